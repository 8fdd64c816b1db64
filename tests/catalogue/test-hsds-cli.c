/* SPDX-License-Identifier: GPL-3.0-or-later */

/* brobygger --import-offers with an HSDS file, as a script runs it: the built program
 * on a database of its own, judged by its exit status, what it prints and what the
 * database holds. */

#include <string.h>

#include "bb-test-cli.h"
#include "bb-test-utils.h"

/* Imports fixtures/hsds/@name into @run, with --skip-rejected when asked. */
static void
import_fixture (BbTestCli  *fixture,
                BbTestRun  *run,
                const char *name,
                gboolean    skip_rejected)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "hsds", name, NULL);

  bb_test_cli_run (fixture, run, "--import-offers", path, skip_rejected ? "--skip-rejected" : NULL, NULL);
}

static gint64
count_offers (BbTestCli *fixture)
{
  g_autoptr(BbContext) context = bb_test_cli_open_context (fixture);

  return bb_test_query_int (bb_context_get_database (context), "SELECT count(*) FROM offers");
}

#define REJECTED \
  "Service 2, “Natcafé, anden afdeling”: the id “a1f0c3d2-4b5e-4f60-8a71-92b3c4d5e6f7” is used " \
  "twice in the file, by services 1 and 2.\n" \
  "Service 3, “Varmestue”: “minimum_age” is -1; it must be a whole number from 0 to 130.\n" \
  "Service 4 has no name.\n"

/* Without --skip-rejected: all or nothing, and exit 1, as before. */
static void
test_all_or_nothing (BbTestCli     *fixture,
                     gconstpointer  data)
{
  g_auto(BbTestRun) run = { 0, };

  import_fixture (fixture, &run, "rejected.json", FALSE);

  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, REJECTED "Nothing was imported from “"));
  g_assert_cmpint (count_offers (fixture), ==, 0);
}

/* The good records, the rejected ones on stderr with their line, title and reason,
 * and exit 0. */
static void
test_skip_rejected (BbTestCli     *fixture,
                    gconstpointer  data)
{
  g_auto(BbTestRun) run = { 0, };

  import_fixture (fixture, &run, "rejected.json", TRUE);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==,
                   REJECTED
                   "The 3 rejected records above were skipped.\n");
  g_assert_true (g_str_has_suffix (run.out, ": 2 new, 0 updated, 0 unchanged, 3 rejected.\n"));
  g_assert_cmpint (count_offers (fixture), ==, 2);
}

/* A page of a longer list says so. */
static void
test_page_notice (BbTestCli     *fixture,
                  gconstpointer  data)
{
  g_auto(BbTestRun) run = { 0, };

  import_fixture (fixture, &run, "page-1-of-54.json", FALSE);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==,
                   "This file holds 5 of 2700 services (page 1 of 54). Import the other pages too "
                   "to have them all.\n");
  g_assert_cmpint (count_offers (fixture), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/hsds/cli/all-or-nothing", BbTestCli, NULL, bb_test_cli_set_up, test_all_or_nothing,
              bb_test_cli_tear_down);
  g_test_add ("/hsds/cli/skip-rejected", BbTestCli, NULL, bb_test_cli_set_up, test_skip_rejected,
              bb_test_cli_tear_down);
  g_test_add ("/hsds/cli/page-notice", BbTestCli, NULL, bb_test_cli_set_up, test_page_notice,
              bb_test_cli_tear_down);

  return g_test_run ();
}
