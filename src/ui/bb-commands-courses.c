/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The courses from the command line: a caseload in and out, and a hand-over letter. */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-caseload-csv-exchange.h"
#include "bb-commands.h"
#include "bb-handover-letter.h"

int
bb_command_import_courses (BbContext    *context,
                           GVariantDict *options)
{
  BbCourseRepository *courses = bb_context_get_courses (context);
  const char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbCaseload) caseload = NULL;
  g_autofree char *summary = NULL;

  g_variant_dict_lookup (options, "import-courses", "^&ay", &path);
  file = g_file_new_for_commandline_arg (path);

  caseload = bb_caseload_csv_read_file (courses, file, &error);
  if (caseload == NULL)
    {
      g_printerr (_("Cannot import “%s”: %s\n"), path, error->message);
      return 1;
    }

  summary = bb_caseload_dup_summary (caseload);
  /* Nobody is there to read a preview: a caseload with holes is not imported. */
  if (caseload->rejected->len > 0)
    {
      for (guint i = 0; i < caseload->rejected->len; i++)
        {
          BbCaseloadRejection *rejection = g_ptr_array_index (caseload->rejected, i);

          g_printerr ("%s\n", rejection->reason);
        }
      g_printerr (_("Nothing was imported from “%s” (%s). Correct the rejected rows and try again.\n"),
                  path, summary);
      return 1;
    }

  for (guint i = 0; i < caseload->new_advisers->len; i++)
    g_print (_("New adviser: %s\n"), (const char *) g_ptr_array_index (caseload->new_advisers, i));

  if (!bb_course_repository_commit_caseload (courses, bb_context_get_young_people (context),
                                             bb_context_get_advisers (context), caseload, &error))
    {
      g_printerr (_("Cannot import “%s”: %s\n"), path, error->message);
      return 1;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Imported %u course from “%s”.\n",
                        "Imported %u courses from “%s”.\n",
                        caseload->rows->len),
           caseload->rows->len, path);
  return 0;
}

int
bb_command_export_courses (BbContext    *context,
                           GVariantDict *options)
{
  const char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint n_courses = 0;

  g_variant_dict_lookup (options, "export-courses", "^&ay", &path);
  file = g_file_new_for_commandline_arg (path);

  if (!bb_caseload_csv_export (bb_context_get_courses (context), file, &n_courses, &error))
    {
      g_printerr (_("Cannot export to “%s”: %s\n"), path, error->message);
      return 1;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Exported %u course to “%s”.\n",
                        "Exported %u courses to “%s”.\n",
                        n_courses),
           n_courses, path);
  return 0;
}

int
bb_command_export_handover (BbContext    *context,
                            GVariantDict *options)
{
  BbCourseRepository *courses = bb_context_get_courses (context);
  const char *course_text = NULL;
  const char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint64 course_id = 0;
  gint64 handover_id;

  g_variant_dict_lookup (options, "export-handover", "&s", &course_text);
  if (!g_ascii_string_to_unsigned (course_text, 10, 1, G_MAXINT64, &course_id, NULL))
    {
      g_printerr (_("“%s” is not a course number. The number is shown on the course’s page.\n"), course_text);
      return 1;
    }

  if (!g_variant_dict_lookup (options, "output", "^&ay", &path))
    {
      g_printerr (_("Say where to write the letter: --export-handover %s --output FILE.pdf\n"), course_text);
      return 2;
    }

  handover_id = bb_course_repository_find_latest_handover (courses, (gint64) course_id, &error);
  if (handover_id < 0)
    {
      if (g_error_matches (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND))
        g_printerr (_("There is no course number %s.\n"), course_text);
      else
        g_printerr (_("Cannot read course %s: %s\n"), course_text, error->message);
      return 1;
    }
  if (handover_id == 0)
    {
      g_printerr (_("Course %s has no hand-over to an offer, so there is no letter to write.\n"), course_text);
      return 1;
    }

  file = g_file_new_for_commandline_arg (path);
  if (!bb_handover_letter_write (courses, bb_context_get_young_people (context), bb_context_get_advisers (context),
                                 bb_context_get_offers (context), handover_id, BB_ACCESS_ACTION_EXPORT, file,
                                 &error))
    {
      g_printerr (_("Cannot write the hand-over letter to “%s”: %s\n"), path, error->message);
      return 1;
    }

  g_print (_("Wrote the hand-over letter of course %s to “%s”.\n"), course_text, path);
  return 0;
}
