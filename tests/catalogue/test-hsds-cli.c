/* SPDX-License-Identifier: GPL-3.0-or-later */

/* brobygger --import-offers with an HSDS file, as a script runs it: the built program
 * on a database of its own, judged by its exit status, what it prints and what the
 * database holds. */

#include <string.h>
#include <sys/wait.h>

#include "bb-test-utils.h"

typedef struct
{
  char *folder;
  char *database;
  char *program;
  int   status;
  char *out;
  char *err;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("bb-hsds-cli-XXXXXX", &error);
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
  g_free (fixture->out);
  g_free (fixture->err);
}

/* Imports fixtures/hsds/@name, with --skip-rejected when asked. */
static void
import_fixture (Fixture    *fixture,
                const char *name,
                gboolean    skip_rejected)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "hsds", name, NULL);
  const char *argv[] = { fixture->program, "--database", fixture->database, "--import-offers", path,
                         skip_rejected ? "--skip-rejected" : NULL, NULL };
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_clear_pointer (&fixture->out, g_free);
  g_clear_pointer (&fixture->err, g_free);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &fixture->out, &fixture->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  fixture->status = WEXITSTATUS (wait_status);
}

static gint64
count_offers (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = bb_database_open (fixture->database, FALSE, &error);
  gint64 count;

  g_assert_no_error (error);
  count = bb_test_query_int (database, "SELECT count(*) FROM offers");
  g_assert_finalize_object (g_steal_pointer (&database));
  return count;
}

#define REJECTED \
  "Service 2, “Natcafé, anden afdeling”: the id “a1f0c3d2-4b5e-4f60-8a71-92b3c4d5e6f7” is used " \
  "twice in the file, by services 1 and 2.\n" \
  "Service 3, “Varmestue”: “minimum_age” is -1; it must be a whole number from 0 to 130.\n" \
  "Service 4 has no name.\n"

/* Without --skip-rejected: all or nothing, and exit 1, as before. */
static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  import_fixture (fixture, "rejected.json", FALSE);

  g_assert_cmpint (fixture->status, ==, 1);
  g_assert_cmpstr (fixture->out, ==, "");
  g_assert_true (g_str_has_prefix (fixture->err, REJECTED "Nothing was imported from “"));
  g_assert_cmpint (count_offers (fixture), ==, 0);
}

/* The good records, the rejected ones on stderr with their line, title and reason,
 * and exit 0. */
static void
test_skip_rejected (Fixture       *fixture,
                    gconstpointer  data)
{
  import_fixture (fixture, "rejected.json", TRUE);

  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpstr (fixture->err, ==,
                   REJECTED
                   "The 3 rejected records above were skipped.\n");
  g_assert_true (g_str_has_suffix (fixture->out, ": 2 new, 0 updated, 0 unchanged, 3 rejected.\n"));
  g_assert_cmpint (count_offers (fixture), ==, 2);
}

/* A page of a longer list says so. */
static void
test_page_notice (Fixture       *fixture,
                  gconstpointer  data)
{
  import_fixture (fixture, "page-1-of-54.json", FALSE);

  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpstr (fixture->err, ==,
                   "This file holds 5 of 2700 services (page 1 of 54). Import the other pages too "
                   "to have them all.\n");
  g_assert_cmpint (count_offers (fixture), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/hsds/cli/all-or-nothing", Fixture, NULL, fixture_set_up, test_all_or_nothing,
              fixture_tear_down);
  g_test_add ("/hsds/cli/skip-rejected", Fixture, NULL, fixture_set_up, test_skip_rejected,
              fixture_tear_down);
  g_test_add ("/hsds/cli/page-notice", Fixture, NULL, fixture_set_up, test_page_notice,
              fixture_tear_down);

  return g_test_run ();
}
