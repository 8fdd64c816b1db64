/* SPDX-License-Identifier: GPL-3.0-or-later */

/* --generate-demo FILE [--offers N] [--courses N] [--seed S]: a new database holding a
 * fictional municipality, for demonstrations, tests and benchmarks. */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-commands.h"
#include "bb-demo-generator.h"

/* Large enough for any municipality's years; small enough that the meetings fit a guint. */
#define MAX_OFFERS 1000000
#define MAX_COURSES 10000000

/* Read as text: GApplication leaves out of @options an integer option given as 0. */
static gboolean
read_number (GVariantDict *options,
             const char   *option,
             guint64       max,
             guint64      *number)
{
  const char *text;

  if (!g_variant_dict_lookup (options, option, "&s", &text))
    return TRUE;

  if (!g_ascii_string_to_unsigned (text, 10, 0, max, number, NULL))
    {
      g_autofree char *most = g_strdup_printf ("%" G_GUINT64_FORMAT, max);

      g_printerr (_("--%s takes a whole number from 0 to %s.\n"), option, most);
      return FALSE;
    }

  return TRUE;
}

/* Without an installed template a database is still made, without plans. */
static GPtrArray *
load_templates (void)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *templates = bb_plan_template_load_all (NULL, &error);

  if (templates == NULL)
    g_warning ("No plan templates: %s", error->message);
  return templates;
}

int
bb_command_generate_demo (BbContext    *context,
                          GVariantDict *options)
{
  BbDemoOptions demo = BB_DEMO_OPTIONS_INIT;
  const char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *offers_text = NULL;
  g_autofree char *courses_text = NULL;
  g_autoptr(GPtrArray) templates = NULL;
  guint64 offers, courses;

  g_variant_dict_lookup (options, "generate-demo", "^&ay", &path);
  offers = demo.n_offers;
  courses = demo.n_courses;
  if (!read_number (options, "offers", MAX_OFFERS, &offers) ||
      !read_number (options, "courses", MAX_COURSES, &courses) ||
      !read_number (options, "seed", G_MAXUINT64, &demo.seed))
    return 1;

  demo.n_offers = (guint) offers;
  demo.n_courses = (guint) courses;

  /* Never into a file that is there: it may be someone's real database. */
  if (g_file_test (path, G_FILE_TEST_EXISTS) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_printerr (_("“%s” exists already. Demonstration data is made only in a new file: name one that does not exist.\n"),
                  path);
      return 1;
    }

  templates = load_templates ();
  if (!bb_demo_generate_file (path, &demo, NULL, templates, &error))
    {
      g_printerr (_("Cannot make demonstration data in “%s”: %s\n"), path, error->message);
      return 1;
    }

  seed_text = g_strdup_printf ("%" G_GUINT64_FORMAT, demo.seed);
  g_print (_("Demonstration data made in “%s” with the seed %s:\n"), path, seed_text);
  offers_text = g_strdup_printf (ngettext ("%u offer", "%u offers", demo.n_offers), demo.n_offers);
  courses_text = g_strdup_printf (ngettext ("%u course", "%u courses", demo.n_courses), demo.n_courses);
  g_print ("  %s\n  %s\n", offers_text, courses_text);
  return 0;
}
