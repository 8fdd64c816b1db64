/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include "bb-test-utils.h"

typedef struct
{
  char              *folder;
  BbContext         *context;
  BbOfferRepository *offers;
  BbListRepository  *lists;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->offers = bb_context_get_offers (fixture->context);
  fixture->lists = bb_context_get_lists (fixture->context);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GListModel) steps = bb_list_repository_list_steps (fixture->lists, NULL);
  g_autoptr(GListModel) groups = bb_list_repository_list_target_groups (fixture->lists, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbListRepository) again = NULL;
  g_autoptr(GListModel) steps_again = NULL;

  /* A new database starts with the four steps and six target groups of the model. */
  g_assert_cmpuint (g_list_model_get_n_items (steps), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 6);
  {
    g_autoptr(BbStep) first = g_list_model_get_item (steps, 0);

    g_assert_cmpint (bb_step_get_level (first), ==, 0);
    g_assert_cmpstr (bb_step_get_name (first), ==, "Universal and preventive");
  }

  /* Opened again, it is not seeded a second time. */
  database = bb_database_open (bb_database_get_path (bb_context_get_database (fixture->context)),
                               FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (bb_database_is_new (database));
  again = bb_list_repository_new (database, &error);
  g_assert_no_error (error);
  steps_again = bb_list_repository_list_steps (again, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (steps_again), ==, 4);
}

static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("Unge i misbrug");
  g_autoptr(BbTargetGroup) clash = bb_target_group_new ("ADHD");
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(BbProvider) provider = NULL;
  guint n_groups;

  g_assert_true (bb_list_repository_save_target_group (fixture->lists, group, &error));
  g_assert_no_error (error);
  groups = bb_list_repository_list_target_groups (fixture->lists, NULL);
  n_groups = g_list_model_get_n_items (groups);
  {
    g_autoptr(BbTargetGroup) last = g_list_model_get_item (groups, n_groups - 1);

    g_assert_cmpstr (bb_target_group_get_name (last), ==, "Unge i misbrug");
  }

  g_assert_false (bb_list_repository_save_target_group (fixture->lists, clash, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "ADHD"));
  g_clear_error (&error);

  {
    g_autoptr(BbOffer) offer = bb_offer_new ();
    g_autoptr(BbProvider) owner = bb_provider_new ("Rusmiddelcentret");
    g_autoptr(BbTargetGroup) used = bb_target_group_new ("Unge i misbrug");

    bb_offer_set_title (offer, "Misbrugsrådgivning");
    bb_offer_set_provider (offer, owner);
    g_list_store_append (bb_offer_get_target_groups (offer), used);
    g_assert_true (bb_offer_repository_save (fixture->offers, offer, &error));
    g_assert_no_error (error);
  }
  g_assert_false (bb_list_repository_delete_target_group (fixture->lists, bb_target_group_get_id (group), &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_IN_USE);
  g_clear_error (&error);

  {
    g_autoptr(GListModel) providers = bb_list_repository_list_providers (fixture->lists, NULL);

    provider = g_list_model_get_item (providers, 0);
  }
  g_assert_false (bb_list_repository_delete_provider (fixture->lists, bb_provider_get_id (provider), &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_IN_USE);
  g_clear_error (&error);

  /* Renaming a provider reaches the search. */
  bb_provider_set_name (provider, "Rusmiddelcenter Nord");
  g_assert_true (bb_list_repository_save_provider (fixture->lists, provider, &error));
  g_assert_no_error (error);
  {
    BbOfferQuery query = BB_OFFER_QUERY_INIT;
    g_autoptr(GArray) ids = NULL;

    query.search = "nord";
    ids = bb_offer_repository_query_ids (fixture->offers, &query, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 1);
  }
}


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/list-repository/defaults", test_defaults);
  ADD ("/list-repository/save-and-delete", test_lists);
#undef ADD

  return g_test_run ();
}
