/* SPDX-License-Identifier: GPL-3.0-or-later */

/* brobygger --import-offers, as a script runs it: the built program on a database of
 * its own, checked by its exit status, its messages and what the database holds. */

#include <string.h>

#include <glib/gstdio.h>

#include "bb-test-cli.h"
#include "bb-test-utils.h"

#define UUID "0b7d1a4e-52c3-4f0e-9a57-3c1d2e4f5a6b"
#define OTHER_UUID "1c8e2b5f-63d4-4a1f-8b68-4d2e3f5a6b7c"

static char *
dup_description (BbTestCli *fixture)
{
  g_autoptr(BbContext) context = bb_test_cli_open_context (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = bb_offer_repository_find_by_uuid (bb_context_get_offers (context), UUID, &error);

  g_assert_no_error (error);
  g_assert_nonnull (offer);
  return g_strdup (bb_offer_get_description (offer));
}

static void
edit_description (BbTestCli  *fixture,
                  const char *description)
{
  g_autoptr(BbContext) context = bb_test_cli_open_context (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = bb_offer_repository_find_by_uuid (bb_context_get_offers (context), UUID, &error);

  g_assert_no_error (error);
  bb_offer_set_description (offer, description);
  bb_offer_repository_save (bb_context_get_offers (context), offer, &error);
  g_assert_no_error (error);
}

/* Local edits are kept and named on stderr; --overwrite-local lets the file win. */
static void
test_conflicts (BbTestCli     *fixture,
                gconstpointer  data)
{
  g_autofree char *path = bb_test_cli_write_file (fixture, "catalogue.csv",
                                      "id;title;provider;description\n"
                                      UUID ";Åben rådgivning;Ærø Kommune;Samtaler for unge.\n"
                                      OTHER_UUID ";Gruppeforløb;Headspace;\n");
  g_auto(BbTestRun) run = { 0, };
  g_autofree char *description = NULL;

  bb_test_cli_run (fixture, &run, "--import-offers", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "2 new, 0 updated, 0 unchanged, 0 rejected"));

  edit_description (fixture, "Rettet her.");

  bb_test_cli_run (fixture, &run, "--import-offers", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==,
                   "“Åben rådgivning” was edited here since it was last imported or exported"
                   " (Description): it was kept as edited here.\n");
  g_assert_nonnull (strstr (run.out, "0 new, 0 updated, 1 unchanged, 0 rejected, 1 kept as edited here"));
  description = dup_description (fixture);
  g_assert_cmpstr (description, ==, "Rettet her.");
  g_clear_pointer (&description, g_free);

  bb_test_cli_run (fixture, &run, "--import-offers", path, "--overwrite-local", NULL);
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
test_rejected (BbTestCli     *fixture,
               gconstpointer  data)
{
  g_autofree char *good = bb_test_cli_write_file (fixture, "good.csv",
                                      "id;title;provider;description\n"
                                      UUID ";Åben rådgivning;Ærø Kommune;Samtaler for unge.\n");
  g_autofree char *bad = bb_test_cli_write_file (fixture, "bad.csv",
                                     "id;title;provider;description;age_min\n"
                                     UUID ";Åben rådgivning;Ærø Kommune;Fra filen.;\n"
                                     ";Ungegruppe;Headspace;;tolv\n");
  g_auto(BbTestRun) run = { 0, };
  g_autofree char *description = NULL;

  bb_test_cli_run (fixture, &run, "--import-offers", good, NULL);
  g_assert_cmpint (run.status, ==, 0);
  edit_description (fixture, "Rettet her.");

  bb_test_cli_run (fixture, &run, "--import-offers", bad, "--overwrite-local", NULL);
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
test_datapackage_table (BbTestCli     *fixture,
                        gconstpointer  data)
{
  g_autofree char *table = g_test_build_filename (G_TEST_DIST, "fixtures", "foreign", "hsds-3-tabular",
                                                  "services.csv", NULL);
  g_autofree char *alone = g_test_build_filename (G_TEST_DIST, "fixtures", "foreign", "hsds-1-all-resources",
                                                  "services.csv", NULL);
  g_auto(BbTestRun) run = { 0, };

  bb_test_cli_run (fixture, &run, "--import-offers", table, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "1 new, 0 updated, 0 unchanged, 0 rejected"));
  {
    g_autoptr(BbContext) context = bb_test_cli_open_context (fixture);

    g_assert_cmpint (bb_test_query_int (bb_context_get_database (context),
                                        "SELECT count (*) FROM offers"), ==, 1);
  }

  bb_test_cli_run (fixture, &run, "--import-offers", alone, NULL);
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

  g_test_add ("/import-cli/conflicts", BbTestCli, NULL, bb_test_cli_set_up, test_conflicts, bb_test_cli_tear_down);
  g_test_add ("/import-cli/rejected", BbTestCli, NULL, bb_test_cli_set_up, test_rejected, bb_test_cli_tear_down);
  g_test_add ("/import-cli/datapackage-table", BbTestCli, NULL, bb_test_cli_set_up, test_datapackage_table,
              bb_test_cli_tear_down);

  return g_test_run ();
}
