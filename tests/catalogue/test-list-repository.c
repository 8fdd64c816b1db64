/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
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


/* An offer of @title using the first provider, target group and step there are. */
static BbOffer *
save_using_all (Fixture    *fixture,
                const char *title)
{
  g_autoptr(GListModel) groups = bb_list_repository_list_target_groups (fixture->lists, NULL);
  g_autoptr(GListModel) steps = bb_list_repository_list_steps (fixture->lists, NULL);
  g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, 0);
  g_autoptr(BbStep) step = g_list_model_get_item (steps, 0);
  g_autoptr(BbProvider) provider = bb_provider_new ("Rusmiddelcentret");
  g_autoptr(GError) error = NULL;
  BbOffer *offer = bb_offer_new ();

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  g_list_store_append (bb_offer_get_target_groups (offer), group);
  g_list_store_append (bb_offer_get_steps (offer), step);
  g_assert_true (bb_offer_repository_save (fixture->offers, offer, &error));
  g_assert_no_error (error);
  return offer;
}

typedef gboolean (*DeleteFunc) (BbListRepository *, gint64, GError **);

static char *
dup_refusal (Fixture    *fixture,
             DeleteFunc  delete,
             gint64      id)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (delete (fixture->lists, id, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_IN_USE);
  return g_strdup (error->message);
}

/* A refused delete says which kind is used, and by which offers. */
static void
check_refusals (Fixture    *fixture,
                const char *provider_message,
                const char *target_group_message,
                const char *step_message)
{
  g_autoptr(BbOffer) offer = save_using_all (fixture, "Misbrugsrådgivning");
  g_autofree char *provider = NULL;
  g_autofree char *target_group = NULL;
  g_autofree char *step = NULL;
  BbTargetGroup *group = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_target_groups (offer)), 0);
  BbStep *first_step = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_steps (offer)), 0);

  provider = dup_refusal (fixture, bb_list_repository_delete_provider,
                          bb_provider_get_id (bb_offer_get_provider (offer)));
  target_group = dup_refusal (fixture, bb_list_repository_delete_target_group, bb_target_group_get_id (group));
  step = dup_refusal (fixture, bb_list_repository_delete_step, bb_step_get_id (first_step));
  g_assert_cmpstr (provider, ==, provider_message);
  g_assert_cmpstr (target_group, ==, target_group_message);
  g_assert_cmpstr (step, ==, step_message);

  g_object_unref (group);
  g_object_unref (first_step);
}

static void
test_in_use (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) offers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  BbOffer *offer;

  check_refusals (fixture,
                  "The provider is used by 1 offer: “Misbrugsrådgivning”. Change that offer first.",
                  "The target group is used by 1 offer: “Misbrugsrådgivning”. Change that offer first.",
                  "The step is used by 1 offer: “Misbrugsrådgivning”. Change that offer first.");

  /* One in the trash still holds on to the provider, and is said to be deleted. */
  offer = save_using_all (fixture, "Tilbud 2");
  g_ptr_array_add (offers, offer);
  g_assert_true (bb_offer_repository_delete (fixture->offers, bb_offer_get_id (offer), &error));
  g_assert_no_error (error);
  message = dup_refusal (fixture, bb_list_repository_delete_provider,
                         bb_provider_get_id (bb_offer_get_provider (offer)));
  g_assert_cmpstr (message, ==,
                   "The provider is used by 2 offers: “Misbrugsrådgivning”, “Tilbud 2” (deleted). "
                   "Change those offers first.");
  g_clear_pointer (&message, g_free);

  /* Many offers: the count is all of them, the titles the first five, by title. */
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tilbud %u", 7 - i);

      g_ptr_array_add (offers, save_using_all (fixture, title));
    }
  message = dup_refusal (fixture, bb_list_repository_delete_provider,
                         bb_provider_get_id (bb_offer_get_provider (offer)));
  g_assert_cmpstr (message, ==,
                   "The provider is used by 7 offers: “Misbrugsrådgivning”, “Tilbud 3”, “Tilbud 4”, "
                   "“Tilbud 5”, “Tilbud 6” and 2 more. Change those offers first.");
}

/* The same in Danish, where a provider and a target group are "den" and a step "det". */
static void
test_in_use_danish (Fixture       *fixture,
                    gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      check_refusals (fixture,
                      "Den bruges af 1 tilbud: »Misbrugsrådgivning«. Ret det tilbud først.",
                      "Den bruges af 1 tilbud: »Misbrugsrådgivning«. Ret det tilbud først.",
                      "Det bruges af 1 tilbud: »Misbrugsrådgivning«. Ret det tilbud først.");
      return;
    }

  /* The language is read when the program starts: a program of its own, in Danish. */
  g_setenv ("LANGUAGE", "da", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_trap_assert_passed ();
}

/* Text that is not UTF-8 never reaches the lists: each write says which field holds
 * it, and nothing is saved. */
static void
test_invalid_text (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungeenheden \xff");
  g_autoptr(BbProvider) department = bb_provider_new ("Ungeenheden");
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("Unge \xc3\x28");
  g_autoptr(BbStep) step = bb_step_new (4, "Opf\xf8lgning");
  g_autoptr(GListModel) providers = NULL;
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GListModel) steps = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (bb_list_repository_save_provider (fixture->lists, provider, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Name of the provider”"));
  g_clear_error (&error);

  bb_provider_set_department (department, "Afdeling \xe6");
  g_assert_false (bb_list_repository_save_provider (fixture->lists, department, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Department”"));
  g_clear_error (&error);

  g_assert_false (bb_list_repository_save_target_group (fixture->lists, group, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Name of the target group”"));
  g_clear_error (&error);

  g_assert_false (bb_list_repository_save_step (fixture->lists, step, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Name of the step”"));
  g_clear_error (&error);

  providers = bb_list_repository_list_providers (fixture->lists, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (providers), ==, 0);
  groups = bb_list_repository_list_target_groups (fixture->lists, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 6);
  steps = bb_list_repository_list_steps (fixture->lists, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (steps), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* The translations as built, in whatever language LANGUAGE says; "C" would ignore it. */
  setlocale (LC_ALL, "C.UTF-8");
  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/list-repository/defaults", test_defaults);
  ADD ("/list-repository/save-and-delete", test_lists);
  ADD ("/list-repository/in-use", test_in_use);
  ADD ("/list-repository/in-use-danish", test_in_use_danish);
  ADD ("/list-repository/invalid-text", test_invalid_text);
#undef ADD

  return g_test_run ();
}
