/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Nothing is lost on the way through: files as other directories publish them import
 * with every value, export valid, and come back out the same. */

#include "bb-hsds-tabular.h"
#include "bb-test-hsds.h"
#include "bb-test-utils.h"

/* The fixtures of fixtures/hsds/ a round trip is run on (see its README); the
 * exports of the first three are checked against the schema too (the checker loads
 * the 2.5 MB schema each time, so not all five: the two examples of the
 * specification go the same way through the writer). */
static const char * const round_trip_fixtures[] = {
  "page-1-of-54.json",
  "every-field.json",
  "oruk-service_full.json",
  "service_full.json",
  "organization_full.json",
  "provider-phones.json",
};

/* Datapackages others published, in fixtures/foreign/ (see its README): checked
 * against the schema too, their services as HSDS JSON taken as the values to keep. */
static const char * const foreign_fixtures[] = {
  "hsds-3-tabular",
  "hsds-1-all-resources",
};

static gboolean
is_foreign (const char *name)
{
  return g_strv_contains ((const char * const *) foreign_fixtures, name);
}

/* A foreign datapackage's services as the HSDS JSON page they are read from. */
static char *
write_package_json (const char *package,
                    const char *folder)
{
  g_autoptr(GFile) source = g_file_new_for_path (package);
  g_autofree char *path = g_build_filename (folder, "source.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileOutputStream) stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (bb_hsds_tabular_write_json (source, G_OUTPUT_STREAM (stream), &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error));
  return g_steal_pointer (&path);
}

/* ---- every value the source had -------------------------------------- */

/* Each scalar under @node as "member value", counted: what a file says, wherever the
 * export puts it. */
static void
count_values (JsonNode   *node,
              const char *member,
              GHashTable *counts)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        count_values (json_object_get_member (object, l->data), l->data, counts);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        count_values (json_array_get_element (array, i), member, counts);
    }
  else
    {
      g_autofree char *value = json_to_string (node, FALSE);
      char *key = g_strdup_printf ("%s %s", member != NULL ? member : "", value);

      g_hash_table_insert (counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
    }
}

/* The services a file holds: a page's contents, or the file itself. */
static JsonNode *
get_services (JsonNode *root)
{
  JsonObject *object = json_node_get_object (root);

  if (json_object_has_member (object, "contents"))
    return json_object_get_member (object, "contents");

  return root;
}

static void
assert_values_kept (const char *source_path,
                    const char *export_path)
{
  g_autoptr(JsonNode) source = parse_file (source_path);
  g_autoptr(JsonNode) exported = parse_file (export_path);
  g_autoptr(GHashTable) had = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) has = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, count;

  count_values (get_services (source), NULL, had);
  count_values (get_services (exported), NULL, has);

  g_hash_table_iter_init (&iter, had);
  while (g_hash_table_iter_next (&iter, &key, &count))
    {
      if (GPOINTER_TO_UINT (g_hash_table_lookup (has, key)) < GPOINTER_TO_UINT (count))
        g_error ("%s lost %s on the way through", source_path, (const char *) key);
    }
}

static void
assert_same_bytes (const char *a,
                   const char *b)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_length, second_length;

  g_assert_true (g_file_get_contents (a, &first, &first_length, NULL));
  g_assert_true (g_file_get_contents (b, &second, &second_length, NULL));
  g_assert_cmpmem (first, first_length, second, second_length);
}

/* Import a published file, export it (valid, every value kept), take the export into
 * another catalogue and export that: the same file; and the export read back into
 * the first catalogue changes nothing. */
static void
test_round_trip (gconstpointer data)
{
  const char *name = data;
  g_autofree char *source = is_foreign (name)
                            ? g_test_build_filename (G_TEST_DIST, "fixtures", "foreign", name, NULL)
                            : fixture_path (name);
  g_autofree char *source_json = NULL;
  g_autofree char *folder_a = NULL;
  g_autofree char *folder_b = NULL;
  g_autoptr(BbContext) a = bb_test_context_new (&folder_a);
  g_autoptr(BbContext) b = bb_test_context_new (&folder_b);
  g_autoptr(BbImport) first = read_path (source);
  g_autoptr(BbImport) second = NULL;
  g_autoptr(BbImport) again = NULL;
  g_autofree char *export_a = NULL;
  g_autofree char *export_b = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *records;

  g_assert_cmpuint (bb_import_count (first, BB_IMPORT_ACTION_REJECT), ==, 0);
  import_into (bb_context_get_offers (a), first);
  export_a = export_from (bb_context_get_offers (a), folder_a, "export.json");
  if (name == round_trip_fixtures[0] || name == round_trip_fixtures[1] || name == round_trip_fixtures[2]
      || is_foreign (name))
    bb_test_assert_valid_hsds (export_a);
  source_json = is_foreign (name) ? write_package_json (source, folder_a) : g_strdup (source);
  assert_values_kept (source_json, export_a);

  second = read_path (export_a);
  import_into (bb_context_get_offers (b), second);
  export_b = export_from (bb_context_get_offers (b), folder_b, "export.json");
  assert_same_bytes (export_a, export_b);

  again = read_path (export_a);
  g_assert_true (bb_offer_repository_prepare_import (bb_context_get_offers (a), again, &error));
  g_assert_no_error (error);
  records = bb_import_get_records (again);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (again, i)), ==,
                     BB_IMPORT_ACTION_UNCHANGED);

  g_clear_object (&first);
  g_clear_object (&second);
  g_clear_object (&again);
  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&b));
  bb_test_remove_folder (folder_a);
  bb_test_remove_folder (folder_b);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (round_trip_fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hsds/lossless/round-trip/%s", round_trip_fixtures[i]);

      g_test_add_data_func (path, round_trip_fixtures[i], test_round_trip);
    }
  for (guint i = 0; i < G_N_ELEMENTS (foreign_fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hsds/lossless/foreign/%s", foreign_fixtures[i]);

      g_test_add_data_func (path, foreign_fixtures[i], test_round_trip);
    }

  return g_test_run ();
}
