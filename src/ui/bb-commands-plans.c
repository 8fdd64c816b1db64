/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plans from the command line: the courses' figures for a plan, and the plan as
 * a PDF. */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-commands.h"
#include "bb-month-figures.h"
#include "bb-plan-report.h"

/* The default period of a figure file: two years up to this month. */
#define DEFAULT_MONTHS 24

static char *
month_of (const GDate *date,
          int          months_back)
{
  int number = (int) g_date_get_year (date) * 12 + (int) g_date_get_month (date) - 1 - months_back;

  return g_strdup_printf ("%04d-%02d", number / 12, number % 12 + 1);
}

int
bb_command_export_figures (BbContext    *context,
                           GVariantDict *options)
{
  const char *path = NULL;
  const char *adviser_name = NULL;
  const char *from = NULL;
  const char *to = NULL;
  g_autofree char *default_from = NULL;
  g_autofree char *default_to = NULL;
  g_autofree char *exported = NULL;
  g_autoptr(BbAdviser) adviser = NULL;
  g_autoptr(GPtrArray) months = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_variant_dict_lookup (options, "export-figures", "^&ay", &path);
  g_variant_dict_lookup (options, "adviser", "&s", &adviser_name);
  g_variant_dict_lookup (options, "from", "&s", &from);
  g_variant_dict_lookup (options, "to", "&s", &to);

  bb_clock_get_today (bb_context_get_clock (context), &today);
  default_to = month_of (&today, 0);
  default_from = month_of (&today, DEFAULT_MONTHS - 1);
  exported = g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (&today), (guint) g_date_get_month (&today),
                              (guint) g_date_get_day (&today));

  if (adviser_name != NULL)
    {
      adviser = bb_adviser_repository_find_by_name (bb_context_get_advisers (context), adviser_name, &error);
      if (adviser == NULL)
        {
          if (error != NULL)
            g_printerr (_("Cannot read the advisers: %s\n"), error->message);
          else
            g_printerr (_("There is no adviser called “%s”. The names are listed under Advisers in the Courses view.\n"),
                        adviser_name);
          return 1;
        }
    }

  months = bb_course_repository_list_month_figures (bb_context_get_courses (context),
                                                    from != NULL ? from : default_from,
                                                    to != NULL ? to : default_to,
                                                    adviser != NULL ? bb_adviser_get_id (adviser) : 0, &error);
  if (months == NULL)
    {
      g_printerr (_("Cannot count the figures: %s\n"), error->message);
      return 1;
    }

  file = g_file_new_for_commandline_arg (path);
  if (!bb_figure_file_write (file, months, adviser != NULL ? bb_adviser_get_name (adviser) : NULL, exported, &error))
    {
      g_printerr (_("Cannot write the figures to “%s”: %s\n"), path, error->message);
      return 1;
    }

  if (adviser != NULL)
    /* TRANSLATORS: the number of months, the first and the last, the adviser and the file */
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Wrote the figures of %u month (%s to %s) of %s’s courses to “%s”.\n",
                          "Wrote the figures of %u months (%s to %s) of %s’s courses to “%s”.\n",
                          months->len),
             months->len, from != NULL ? from : default_from, to != NULL ? to : default_to,
             bb_adviser_get_name (adviser), path);
  else
    /* TRANSLATORS: the number of months, the first and the last, and the file */
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Wrote the figures of %u month (%s to %s) of all courses to “%s”.\n",
                          "Wrote the figures of %u months (%s to %s) of all courses to “%s”.\n",
                          months->len),
             months->len, from != NULL ? from : default_from, to != NULL ? to : default_to, path);
  return 0;
}

int
bb_command_export_plan (BbContext    *context,
                        GVariantDict *options)
{
  const char *plan_text = NULL;
  const char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint64 plan_id = 0;

  g_variant_dict_lookup (options, "export-plan", "&s", &plan_text);
  if (!g_ascii_string_to_unsigned (plan_text, 10, 1, G_MAXINT64, &plan_id, NULL))
    {
      g_printerr (_("“%s” is not a plan number. The number is shown on the plan’s page.\n"), plan_text);
      return 1;
    }

  if (!g_variant_dict_lookup (options, "output", "^&ay", &path))
    {
      g_printerr (_("Say where to write the plan: --export-plan %s --output FILE.pdf\n"), plan_text);
      return 2;
    }

  file = g_file_new_for_commandline_arg (path);
  if (!bb_plan_report_write (bb_context_get_plans (context), (gint64) plan_id, file, &error))
    {
      if (g_error_matches (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND))
        g_printerr (_("There is no plan number %s.\n"), plan_text);
      else
        g_printerr (_("Cannot write plan %s to “%s”: %s\n"), plan_text, path, error->message);
      return 1;
    }

  g_print (_("Wrote plan %s to “%s”.\n"), plan_text, path);
  return 0;
}
