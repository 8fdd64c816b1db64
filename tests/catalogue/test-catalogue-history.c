/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What issue 8's deliberate mistakes went past: deleting or restoring an offer writes
 * its history entry (dated by the context's clock), and the coverage matrix's crowded
 * mark starts at three offers, not two. */

#include "bb-coverage.h"
#include "bb-list-repository.h"
#include "bb-offer-change.h"
#include "bb-test-offers.h"
#include "bb-test-utils.h"

typedef BbTestCatalogue Fixture;

static char *
dup_newest_field (Fixture *fixture,
                  gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = bb_offer_repository_list_history (fixture->offers, id, &error);
  g_autoptr(BbOfferChange) newest = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), >, 0);
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpstr (bb_offer_change_get_changed_at (newest), ==, BB_TEST_NOW_ISO);
  return g_strdup (bb_offer_change_get_field (newest));
}

static gint64
count_entries (Fixture    *fixture,
               gint64      id,
               const char *field)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM offer_history"
                                          " WHERE offer_id = %" G_GINT64_FORMAT " AND field = '%s'",
                                          id, field);

  return bb_test_query_int (bb_context_get_database (fixture->context), sql);
}

static void
test_delete_restore (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(BbOffer) offer = bb_test_new_offer ("Åben rådgivning", "Ærø Kommune");
  g_autoptr(GError) error = NULL;
  g_autofree char *after_delete = NULL;
  g_autofree char *after_restore = NULL;
  gint64 id;

  bb_test_catalogue_save (fixture, offer);
  id = bb_offer_get_id (offer);
  g_assert_cmpint (count_entries (fixture, id, "deleted"), ==, 0);

  g_assert_true (bb_offer_repository_delete (fixture->offers, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_entries (fixture, id, "deleted"), ==, 1);
  after_delete = dup_newest_field (fixture, id);
  g_assert_cmpstr (after_delete, ==, "deleted");

  g_assert_true (bb_offer_repository_restore (fixture->offers, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_entries (fixture, id, "restored"), ==, 1);
  after_restore = dup_newest_field (fixture, id);
  g_assert_cmpstr (after_restore, ==, "restored");
  /* The deletion is still in the history after the restore. */
  g_assert_cmpint (count_entries (fixture, id, "deleted"), ==, 1);
}

static void
save_covering (Fixture       *fixture,
               guint          index,
               BbTargetGroup *group,
               BbStep        *step)
{
  g_autofree char *title = g_strdup_printf ("Tilbud %u", index);
  g_autoptr(BbOffer) offer = bb_test_new_offer (title, "Ungeenheden");

  g_list_store_append (bb_offer_get_target_groups (offer), group);
  g_list_store_append (bb_offer_get_steps (offer), step);
  bb_test_catalogue_save (fixture, offer);
}

static BbCoverageLevel
level_of_first_cell (Fixture *fixture,
                     guint   *count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbCoverage) coverage = bb_offer_repository_count_coverage (fixture->offers, &error);

  g_assert_no_error (error);
  *count = bb_coverage_get_count (coverage, 0, 0);
  return bb_coverage_get_level (coverage, 0, 0);
}

/* Two offers in a cell are normal; the third makes it a possible overlap. */
static void
test_crowded_boundary (Fixture       *fixture,
                       gconstpointer  user_data)
{
  BbListRepository *lists = bb_context_get_lists (fixture->context);
  g_autoptr(GListModel) groups = bb_list_repository_list_target_groups (lists, NULL);
  g_autoptr(GListModel) steps = bb_list_repository_list_steps (lists, NULL);
  g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, 0);
  g_autoptr(BbStep) step = g_list_model_get_item (steps, 0);
  guint count = 0;

  save_covering (fixture, 0, group, step);
  g_assert_cmpint (level_of_first_cell (fixture, &count), ==, BB_COVERAGE_NORMAL);
  g_assert_cmpuint (count, ==, 1);
  save_covering (fixture, 1, group, step);
  g_assert_cmpint (level_of_first_cell (fixture, &count), ==, BB_COVERAGE_NORMAL);
  g_assert_cmpuint (count, ==, 2);
  save_covering (fixture, 2, group, step);
  g_assert_cmpint (level_of_first_cell (fixture, &count), ==, BB_COVERAGE_CROWDED);
  g_assert_cmpuint (count, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/catalogue-history/delete-restore", Fixture, NULL,
              bb_test_catalogue_set_up, test_delete_restore, bb_test_catalogue_tear_down);
  g_test_add ("/catalogue-history/crowded-boundary", Fixture, NULL,
              bb_test_catalogue_set_up, test_crowded_boundary, bb_test_catalogue_tear_down);

  return g_test_run ();
}
