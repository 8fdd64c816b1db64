/* SPDX-License-Identifier: GPL-3.0-or-later */

/* brobygger --import-offers, as a script runs it: the built program on a database of
 * its own, checked by its exit status, its messages and what the database holds. */

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "bb-test-utils.h"

#define UUID "0b7d1a4e-52c3-4f0e-9a57-3c1d2e4f5a6b"
#define OTHER_UUID "1c8e2b5f-63d4-4a1f-8b68-4d2e3f5a6b7c"

typedef struct
{
  char *folder;
  char *database;
  char *program;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("bb-import-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->database = g_build_filename (fixture->folder, "brobygger.db", NULL);
  /* G_TEST_BUILDDIR is the build's tests folder; the program is built beside it. */
  fixture->program = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "src", "brobygger", NULL);
  if (!g_file_test (fixture->program, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("The program %s is not built", fixture->program);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->database);
  g_free (fixture->program);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->folder, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* Runs the program with --database and @first, @second (which may be NULL). */
static void
run_program (Fixture    *fixture,
             Run        *run,
             const char *first,
             const char *second,
             const char *third)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { fixture->program, "--database", fixture->database, first, second, third, NULL };
  int wait_status;

  run_clear (run);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* Opens the program's database to look or to edit, and closes it again. */
static BbContext *
open_context (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = bb_database_open (fixture->database, FALSE, &error);
  BbContext *context;

  g_assert_no_error (error);
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);
  return context;
}

static char *
dup_description (Fixture *fixture)
{
  g_autoptr(BbContext) context = open_context (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = bb_offer_repository_find_by_uuid (bb_context_get_offers (context), UUID, &error);

  g_assert_no_error (error);
  g_assert_nonnull (offer);
  return g_strdup (bb_offer_get_description (offer));
}

static void
edit_description (Fixture    *fixture,
                  const char *description)
{
  g_autoptr(BbContext) context = open_context (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = bb_offer_repository_find_by_uuid (bb_context_get_offers (context), UUID, &error);

  g_assert_no_error (error);
  bb_offer_set_description (offer, description);
  bb_offer_repository_save (bb_context_get_offers (context), offer, &error);
  g_assert_no_error (error);
}

/* Local edits are kept and named on stderr; --overwrite-local lets the file win. */
static void
test_conflicts (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "catalogue.csv",
                                      "id;title;provider;description\n"
                                      UUID ";Åben rådgivning;Ærø Kommune;Samtaler for unge.\n"
                                      OTHER_UUID ";Gruppeforløb;Headspace;\n");
  g_auto(Run) run = { 0, };
  g_autofree char *description = NULL;

  run_program (fixture, &run, "--import-offers", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "2 new, 0 updated, 0 unchanged, 0 rejected"));

  edit_description (fixture, "Rettet her.");

  run_program (fixture, &run, "--import-offers", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==,
                   "“Åben rådgivning” was edited here since it was last imported or exported"
                   " (Description): it was kept as edited here.\n");
  g_assert_nonnull (strstr (run.out, "0 new, 0 updated, 1 unchanged, 0 rejected, 1 kept as edited here"));
  description = dup_description (fixture);
  g_assert_cmpstr (description, ==, "Rettet her.");
  g_clear_pointer (&description, g_free);

  run_program (fixture, &run, "--import-offers", path, "--overwrite-local");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==,
                   "“Åben rådgivning” was edited here since it was last imported or exported"
                   " (Description): the file’s version was taken.\n");
  g_assert_nonnull (strstr (run.out, "0 new, 1 updated, 1 unchanged, 0 rejected"));
  description = dup_description (fixture);
  g_assert_cmpstr (description, ==, "Samtaler for unge.");
}

/* A rejected record still stops the whole file, conflicts or not. */
static void
test_rejected (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *good = write_file (fixture, "good.csv",
                                      "id;title;provider;description\n"
                                      UUID ";Åben rådgivning;Ærø Kommune;Samtaler for unge.\n");
  g_autofree char *bad = write_file (fixture, "bad.csv",
                                     "id;title;provider;description;age_min\n"
                                     UUID ";Åben rådgivning;Ærø Kommune;Fra filen.;\n"
                                     ";Ungegruppe;Headspace;;tolv\n");
  g_auto(Run) run = { 0, };
  g_autofree char *description = NULL;

  run_program (fixture, &run, "--import-offers", good, NULL);
  g_assert_cmpint (run.status, ==, 0);
  edit_description (fixture, "Rettet her.");

  run_program (fixture, &run, "--import-offers", bad, "--overwrite-local");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "Line 3: "));
  g_assert_nonnull (strstr (run.err, "Nothing was imported from"));
  g_assert_cmpstr (run.out, ==, "");
  description = dup_description (fixture);
  g_assert_cmpstr (description, ==, "Rettet her.");
}

/* services.csv of a datapackage, chosen as if it were a catalogue: the package is
 * imported whole; alone, the message says what to choose instead. */
static void
test_datapackage_table (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *table = g_test_build_filename (G_TEST_DIST, "fixtures", "foreign", "hsds-3-tabular",
                                                  "services.csv", NULL);
  g_autofree char *alone = g_test_build_filename (G_TEST_DIST, "fixtures", "foreign", "hsds-1-all-resources",
                                                  "services.csv", NULL);
  g_auto(Run) run = { 0, };

  run_program (fixture, &run, "--import-offers", table, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "1 new, 0 updated, 0 unchanged, 0 rejected"));
  {
    g_autoptr(BbContext) context = open_context (fixture);

    g_assert_cmpint (bb_test_query_int (bb_context_get_database (context),
                                        "SELECT count (*) FROM offers"), ==, 1);
  }

  run_program (fixture, &run, "--import-offers", alone, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "This is the services table of an Open Referral datapackage. "
                                     "Choose the folder or datapackage.json to import it whole."));
  g_assert_null (strstr (run.err, "column"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/import-cli/conflicts", Fixture, NULL, fixture_set_up, test_conflicts, fixture_tear_down);
  g_test_add ("/import-cli/rejected", Fixture, NULL, fixture_set_up, test_rejected, fixture_tear_down);
  g_test_add ("/import-cli/datapackage-table", Fixture, NULL, fixture_set_up, test_datapackage_table,
              fixture_tear_down);

  return g_test_run ();
}
