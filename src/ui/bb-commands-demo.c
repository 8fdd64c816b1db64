/* SPDX-License-Identifier: GPL-3.0-or-later */

/* --generate-demo FILE [--offers N] [--courses N] [--seed S]: a new database holding a
 * fictional municipality, for demonstrations, tests and benchmarks. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

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

/* What a failed generation leaves is no database anyone asked for. */
static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

static gboolean
generate (const char           *path,
          const BbDemoOptions  *demo,
          GError              **error)
{
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbContext) context = NULL;
  BbDemoStores stores;

  database = bb_database_open (path, FALSE, error);
  if (database == NULL)
    return FALSE;

  context = bb_context_new (database, NULL, error);
  if (context == NULL)
    return FALSE;

  stores.database = database;
  stores.lists = bb_context_get_lists (context);
  stores.offers = bb_context_get_offers (context);
  stores.advisers = bb_context_get_advisers (context);
  stores.instruments = bb_context_get_instruments (context);
  stores.plans = bb_context_get_plans (context);
  stores.templates = bb_context_get_templates (context);
  stores.courses = bb_context_get_courses (context);
  return bb_demo_generate (&stores, demo, error);
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

  if (!generate (path, &demo, &error))
    {
      remove_database (path);
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
