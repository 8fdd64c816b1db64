/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Terms of other taxonomies (AIRS codes, a region's own groups): the preview lists
 * them per taxonomy, the user maps each to a target group or step or keeps it as a
 * keyword, the mapping is remembered for the source and applied to its next file,
 * in the window and headless, and the coverage matrix fills through it. The terms
 * keep their code and taxonomy on export whatever they are mapped to. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "bb-coverage.h"
#include "bb-import-dialog.h"
#include "bb-list-repository.h"
#include "bb-offer-exchange.h"
#include "bb-taxonomy-mapping.h"
#include "bb-taxonomy-mapping-dialog.h"
#include "bb-test-offers.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef BbTestCatalogue Fixture;

/* A region's file of two services, with AIRS codes and a target group of its own. */
static const char page_text[] =
  "{\"total_items\": 2, \"total_pages\": 1, \"page_number\": 1, \"size\": 2,"
  " \"first_page\": true, \"last_page\": true, \"empty\": false, \"contents\": ["
  "{\"id\": \"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01\", \"name\": \"Krisetelefonen\","
  " \"description\": \"Døgnåben telefon\", \"status\": \"active\","
  " \"organization\": {\"id\": \"7b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d01\", \"name\": \"Region H\","
  "   \"description\": \"Regionen\"},"
  " \"attributes\": ["
  "  {\"id\": \"8c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e01\", \"taxonomy_term\": {"
  "    \"id\": \"9d4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f01\", \"code\": \"RP-1400.8000-020\","
  "    \"name\": \"Crisis Intervention Hotlines\", \"taxonomy\": \"AIRS\"}},"
  "  {\"id\": \"8c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e02\", \"taxonomy_term\": {"
  "    \"id\": \"9d4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f02\", \"name\": \"Unge i krise\","
  "    \"taxonomy\": \"Region H målgrupper\"}}]},"
  "{\"id\": \"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02\", \"name\": \"Samtalegruppe\","
  " \"description\": \"Hver tirsdag\", \"status\": \"active\","
  " \"organization\": {\"id\": \"7b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d01\", \"name\": \"Region H\","
  "   \"description\": \"Regionen\"},"
  " \"attributes\": ["
  "  {\"id\": \"8c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e03\", \"taxonomy_term\": {"
  "    \"id\": \"9d4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f02\", \"name\": \"Unge i krise\","
  "    \"taxonomy\": \"Region H målgrupper\"}}]}]}";

static GFile *
write_page (Fixture    *fixture,
            const char *name)
{
  g_autoptr(GFile) file = bb_test_catalogue_file (fixture, name);
  g_autoptr(GError) error = NULL;

  g_file_replace_contents (file, page_text, strlen (page_text), NULL, FALSE, G_FILE_CREATE_NONE,
                           NULL, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

static BbImport *
prepare (Fixture *fixture,
         GFile   *file)
{
  g_autoptr(GError) error = NULL;
  BbImport *import = bb_offer_exchange_read_file (file, &error);

  g_assert_no_error (error);
  g_assert_true (bb_offer_repository_prepare_import (fixture->offers, import, &error));
  g_assert_no_error (error);
  return import;
}

static void
commit (Fixture  *fixture,
        BbImport *import)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_offer_repository_commit_import (fixture->offers, import, &error));
  g_assert_no_error (error);
}

static BbForeignTerm *
find_term (BbImport   *import,
           const char *taxonomy,
           const char *key)
{
  BbTaxonomyMapping *mapping = bb_import_get_taxonomy_mapping (import);

  g_assert_nonnull (mapping);
  return bb_taxonomy_mapping_lookup (mapping, taxonomy, key, key);
}

/* The catalogue's entry of @kind named @name (a new catalogue's seeded lists). */
static GObject *
find_entry (BbImport         *import,
            BbImportNameKind  kind,
            const char       *name)
{
  GListModel *entries = bb_import_get_catalogue_entries (import, kind);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (entries, i);
      const char *entry_name = kind == BB_IMPORT_NAME_TARGET_GROUP
                               ? bb_target_group_get_name (BB_TARGET_GROUP (entry))
                               : bb_step_get_name (BB_STEP (entry));

      if (g_str_equal (entry_name, name))
        return entry;
    }

  g_error ("no %s in the catalogue", name);
}

static const char *
first_group_name (BbImport *import)
{
  g_autoptr(GObject) entry = g_list_model_get_item (bb_import_get_catalogue_entries (import, BB_IMPORT_NAME_TARGET_GROUP), 0);

  return bb_target_group_get_name (BB_TARGET_GROUP (entry));
}

static const char *
first_step_name (BbImport *import)
{
  g_autoptr(GObject) entry = g_list_model_get_item (bb_import_get_catalogue_entries (import, BB_IMPORT_NAME_STEP), 0);

  return bb_step_get_name (BB_STEP (entry));
}

static BbOffer *
load (Fixture    *fixture,
      const char *uuid)
{
  g_autoptr(GError) error = NULL;
  BbOffer *offer = bb_offer_repository_find_by_uuid (fixture->offers, uuid, &error);

  g_assert_no_error (error);
  g_assert_nonnull (offer);
  return offer;
}

static gboolean
has_target_group (BbOffer    *offer,
                  const char *name)
{
  GListModel *groups = G_LIST_MODEL (bb_offer_get_target_groups (offer));

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, i);

      if (g_str_equal (bb_target_group_get_name (group), name))
        return TRUE;
    }

  return FALSE;
}

static void
test_source_names (void)
{
  const struct { const char *file; const char *source; } cases[] = {
    { "Region-H_målgrupper-2026-03.json", "region-h_målgrupper" },
    { "airs-feed-page-2.json", "airs-feed" },
    { "katalog.csv", "katalog" },
    { "2026.json", "2026" },
    { "a.json, b.json", "a" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *source = bb_taxonomy_source_for_file_name (cases[i].file);

      g_assert_cmpstr (source, ==, cases[i].source);
    }
}

/* Listed per taxonomy, keywords by default; mapped, remembered, applied next time. */
static void
test_remembered (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GFile) first_file = write_page (fixture, "region-h-2026-03.json");
  g_autoptr(GFile) next_file = write_page (fixture, "region-h-2026-04.json");
  g_autoptr(BbImport) import = prepare (fixture, first_file);
  g_autoptr(BbImport) next = NULL;
  g_autoptr(BbOffer) hotline = NULL;
  g_autoptr(BbCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) taxonomies = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *group_name = g_strdup (first_group_name (import));
  g_autofree char *step_name = g_strdup (first_step_name (import));
  BbTaxonomyMapping *mapping = bb_import_get_taxonomy_mapping (import);
  BbForeignTerm *airs = find_term (import, "AIRS", "RP-1400.8000-020");
  BbForeignTerm *region = find_term (import, "Region H målgrupper", "Unge i krise");
  BbDatabase *database = bb_context_get_database (fixture->context);

  g_assert_cmpstr (bb_taxonomy_mapping_get_source (mapping), ==, "region-h");
  taxonomies = bb_taxonomy_mapping_dup_taxonomies (mapping);
  g_assert_cmpuint (g_strv_length (taxonomies), ==, 2);
  g_assert_cmpstr (taxonomies[0], ==, "AIRS");
  g_assert_cmpstr (taxonomies[1], ==, "Region H målgrupper");
  g_assert_nonnull (airs);
  g_assert_nonnull (region);
  g_assert_cmpuint (bb_foreign_term_get_n_offers (region), ==, 2);
  g_assert_null (bb_foreign_term_get_target (airs));
  notice = bb_import_dup_notice (import);
  g_assert_nonnull (strstr (notice, "2 terms of other taxonomies are kept as keywords"));

  bb_import_map_term (import, region, find_entry (import, BB_IMPORT_NAME_TARGET_GROUP, group_name));
  bb_import_map_term (import, airs, find_entry (import, BB_IMPORT_NAME_STEP, step_name));
  g_assert_true (has_target_group (bb_import_record_get_merged (bb_test_get_record (import, 1)), group_name));
  commit (fixture, import);

  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM taxonomy_mappings WHERE source = 'region-h'"), ==, 2);
  hotline = load (fixture, "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01");
  g_assert_true (has_target_group (hotline, group_name));
  /* No longer a keyword: it is a target group now. */
  g_assert_null (strstr (bb_offer_get_keywords (hotline), "Unge i krise"));
  /* The terms themselves stay, with their codes and taxonomies. */
  g_assert_cmpuint (bb_offer_get_details (hotline)->terms->len, ==, 2);

  /* The coverage matrix counts the offers through the mapping. */
  coverage = bb_offer_repository_count_coverage (fixture->offers, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bb_coverage_get_count (coverage, 0, 0), ==, 1);

  /* The next edition of the same source is mapped as remembered. */
  next = prepare (fixture, next_file);
  region = find_term (next, "Region H målgrupper", "Unge i krise");
  g_assert_true (bb_foreign_term_get_remembered (region));
  g_assert_nonnull (bb_foreign_term_get_target (region));
  g_assert_cmpuint (bb_import_count (next, BB_IMPORT_ACTION_UNCHANGED), ==, 2);

  /* Kept as a keyword this time: forgotten for the source. */
  bb_import_map_term (next, region, NULL);
  commit (fixture, next);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM taxonomy_mappings WHERE source = 'region-h'"), ==, 1);
}

/* Exported again, the terms keep their codes and taxonomies, mapped or not. */
static void
test_export_keeps_terms (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_page (fixture, "region-h.json");
  g_autoptr(BbImport) import = prepare (fixture, file);
  g_autoptr(GFile) exported = bb_test_catalogue_file (fixture, "export.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  bb_import_map_term (import, find_term (import, "Region H målgrupper", "Unge i krise"),
                      find_entry (import, BB_IMPORT_NAME_TARGET_GROUP, first_group_name (import)));
  commit (fixture, import);
  g_assert_true (bb_offer_exchange_export (fixture->offers, exported, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (exported, NULL, &contents, NULL, NULL, &error));
  g_assert_nonnull (strstr (contents, "\"code\" : \"RP-1400.8000-020\""));
  g_assert_nonnull (strstr (contents, "\"taxonomy\" : \"Region H målgrupper\""));
}

/* brobygger --import-offers applies the remembered mapping and says so on stderr. */
static void
test_headless (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GFile) first_file = write_page (fixture, "region-h-2026-03.json");
  g_autoptr(GFile) next_file = write_page (fixture, "region-h-2026-04.json");
  g_autoptr(BbImport) import = prepare (fixture, first_file);
  g_autofree char *program = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "src", "brobygger", NULL);
  const char *database_path = bb_database_get_path (bb_context_get_database (fixture->context));
  g_autofree char *path = g_file_get_path (next_file);
  g_autofree char *group_name = g_strdup (first_group_name (import));
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { program, "--database", database_path, "--import-offers", path, NULL };
  int status;

  bb_import_map_term (import, find_term (import, "Region H målgrupper", "Unge i krise"),
                      find_entry (import, BB_IMPORT_NAME_TARGET_GROUP, group_name));
  commit (fixture, import);

  /* The program works on the same catalogue, as another window would. */
  g_clear_object (&import);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  expected = g_strdup_printf ("“Region H målgrupper: Unge i krise” is mapped to the target group “%s”, "
                              "as remembered for “region-h”.", group_name);
  g_assert_nonnull (strstr (err, expected));

  /* Both offers of the new edition count in that target group's row. */
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (fixture->context),
                                      "SELECT count(*) FROM offer_target_groups"), ==, 2);
}

/* ---- the dialog, through its widgets ------------------------------------ */

static AdwComboRow *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found;

      if (ADW_IS_COMBO_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return ADW_COMBO_ROW (child);
      if ((found = find_row (child, title)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return bb_test_find_toplevel (BB_TYPE_TAXONOMY_MAPPING_DIALOG, data) != NULL;
}

static gboolean
map_button_shown (gpointer data)
{
  GtkWidget *button = bb_test_find_button (data, "_Map Terms…");

  return button != NULL && gtk_widget_get_mapped (button);
}

/* BB_TEST_SCREENSHOT=WIDTH keeps the dialog on screen, that wide, for a few seconds,
 * so that it can be photographed (README's way of looking at every screen); unset in
 * the suite. */
static void
hold_for_screenshot (GtkWindow *window)
{
  const char *width = g_getenv ("BB_TEST_SCREENSHOT");
  gint64 until;

  if (width == NULL)
    return;

  gtk_window_set_default_size (window, atoi (width), 700);
  gtk_window_maximize (window);
  until = g_get_monotonic_time () + 6 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_dialog (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_page (fixture, "region-h.json");
  g_autoptr(BbImport) import = prepare (fixture, file);
  g_autofree char *group_name = g_strdup (first_group_name (import));
  BbTaxonomyMappingDialog *dialog = bb_taxonomy_mapping_dialog_new (import);
  BbForeignTerm *region = find_term (import, "Region H målgrupper", "Unge i krise");
  AdwComboRow *row;
  GListModel *choices;
  guint position = GTK_INVALID_LIST_POSITION;
  g_autofree char *wanted = g_strdup_printf ("Target group “%s”", group_name);

  gtk_window_present (GTK_WINDOW (dialog));
  bb_test_iterate ();
  hold_for_screenshot (GTK_WINDOW (dialog));

  /* A group per taxonomy, a row per term, keyword by default. */
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "AIRS"));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "Region H målgrupper"));
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), "RP-1400.8000-020 Crisis Intervention Hotlines"));
  row = find_row (GTK_WIDGET (dialog), "Unge i krise");
  g_assert_nonnull (row);
  choices = adw_combo_row_get_model (row);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==, "Keep as keyword");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), wanted))
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);

  /* Chosen in the row's list, as a click on that item does. */
  adw_combo_row_set_selected (row, position);
  g_assert_nonnull (bb_foreign_term_get_target (region));
  g_assert_true (has_target_group (bb_import_record_get_merged (bb_test_get_record (import, 1)), group_name));

  /* Escape closes it (a real key press). */
  g_object_ref (dialog);
  if (bb_test_send_keys (GTK_WIDGET (dialog), "Escape"))
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  else
    gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);

  commit (fixture, import);
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (fixture->context),
                                      "SELECT count(*) FROM taxonomy_mappings"), ==, 1);
}

/* The import dialog offers "Map Terms…" for a file with foreign terms, and opens the
 * mapping dialog from it. */
static void
test_import_dialog_button (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_page (fixture, "region-h.json");
  BbImportDialog *dialog = bb_import_dialog_new (fixture->context, file);
  GtkWindow *mapping;

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (bb_test_wait_for (map_button_shown, dialog, 30));
  bb_test_click (bb_test_find_button (GTK_WIDGET (dialog), "_Map Terms…"));
  g_assert_true (bb_test_wait_for (dialog_shown, dialog, 10));
  mapping = bb_test_find_toplevel (BB_TYPE_TAXONOMY_MAPPING_DIALOG, GTK_WINDOW (dialog));
  g_assert_nonnull (find_row (GTK_WIDGET (mapping), "Unge i krise"));
  gtk_window_destroy (mapping);
  gtk_window_destroy (GTK_WINDOW (dialog));
  bb_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The translations as built, for a look at the dialog in Danish (LANGUAGE=da);
   * gtk_test_init () chose "C", which would ignore LANGUAGE. */
  setlocale (LC_ALL, "C.UTF-8");
  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/taxonomy-mapping/source-names", test_source_names);
  g_test_add ("/taxonomy-mapping/remembered", Fixture, NULL,
              bb_test_catalogue_set_up, test_remembered, bb_test_catalogue_tear_down);
  g_test_add ("/taxonomy-mapping/export-keeps-terms", Fixture, NULL,
              bb_test_catalogue_set_up, test_export_keeps_terms, bb_test_catalogue_tear_down);
  g_test_add ("/taxonomy-mapping/headless", Fixture, NULL,
              bb_test_catalogue_set_up, test_headless, bb_test_catalogue_tear_down);
  g_test_add ("/taxonomy-mapping/dialog", Fixture, NULL,
              bb_test_catalogue_set_up, test_dialog, bb_test_catalogue_tear_down);
  g_test_add ("/taxonomy-mapping/import-dialog-button", Fixture, NULL,
              bb_test_catalogue_set_up, test_import_dialog_button, bb_test_catalogue_tear_down);

  return g_test_run ();
}
