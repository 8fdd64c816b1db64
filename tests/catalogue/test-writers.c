/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The CSV and HSDS writers, without a database, against what they wrote while they still
 * read the database themselves: each golden catalogue is rebuilt in memory from
 * fixtures/golden/NAME.offers.json and must come out byte for byte as NAME.csv and
 * NAME.json (see fixtures/golden/README). */

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "bb-hsds.h"
#include "bb-offer-change.h"
#include "bb-offer-csv.h"
#include "bb-offer-exchange.h"
#include "bb-test-offers.h"
#include "bb-test-utils.h"

static const char * const catalogues[] = {
  "empty",
  "every-field",
  "history",
  "hsds-tests",
  "import-tests",
};

typedef struct
{
  GPtrArray *offers;     /* BbOffer */
  GPtrArray *histories;  /* GListModel of BbOfferChange, newest first, one per offer */
} Catalogue;

static void
catalogue_free (Catalogue *catalogue)
{
  g_ptr_array_unref (catalogue->offers);
  g_ptr_array_unref (catalogue->histories);
  g_free (catalogue);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Catalogue, catalogue_free)

/* Building objects from their descriptions */

/* The descriptions name sector, access and status by key, as files do. */
static gboolean
enum_from_key (const char *property,
               const char *key,
               GValue     *value)
{
  BbSector sector;
  BbAccess access;
  BbOfferStatus status;

  if (g_str_equal (property, "sector") && bb_sector_from_key (key, &sector))
    g_value_set_int (value, sector);
  else if (g_str_equal (property, "access") && bb_access_from_key (key, &access))
    g_value_set_int (value, access);
  else if (g_str_equal (property, "status") && bb_offer_status_from_key (key, &status))
    g_value_set_int (value, status);
  else
    return FALSE;

  return TRUE;
}

/* Every member of @description that is not a list is a property of @type by name, so
 * a description cannot say something the object does not hold. */
static GObject *
new_object (GType       type,
            JsonObject *description)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_autoptr(GList) members = json_object_get_members (description);

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (description, name);
      GParamSpec *pspec;
      GValue value = G_VALUE_INIT;

      if (JSON_NODE_HOLDS_ARRAY (node) || JSON_NODE_HOLDS_NULL (node))
        continue;

      pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);
      if (pspec == NULL)
        g_error ("%s has no property “%s”", g_type_name (type), name);

      g_value_init (&value, pspec->value_type);

      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          g_value_take_object (&value, new_object (pspec->value_type,
                                                   json_node_get_object (node)));
        }
      else if (pspec->value_type == G_TYPE_INT &&
               json_node_get_value_type (node) == G_TYPE_STRING)
        {
          if (!enum_from_key (name, json_node_get_string (node), &value))
            g_error ("“%s” is not a key of %s", json_node_get_string (node), name);
        }
      else
        {
          g_auto(GValue) json_value = G_VALUE_INIT;

          json_node_get_value (node, &json_value);
          if (!g_value_transform (&json_value, &value))
            g_error ("%s of %s cannot hold the description's value", name, g_type_name (type));
        }

      g_ptr_array_add (names, (gpointer) name);
      g_array_append_val (values, value);
    }

  return g_object_new_with_properties (type, names->len, (const char **) names->pdata,
                                       (const GValue *) values->data);
}

static void
append_items (GListStore *store,
              JsonObject *description,
              const char *member)
{
  JsonArray *items = json_object_get_array_member (description, member);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      g_autoptr(GObject) object = new_object (g_list_model_get_item_type (G_LIST_MODEL (store)),
                                              item);

      g_list_store_append (store, object);
    }
}

/* The offers of fixtures/golden/@name.offers.json, in their order, with their history. */
static Catalogue *
load_catalogue (const char *name)
{
  g_autofree char *basename = g_strconcat (name, ".offers.json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "golden", basename, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  Catalogue *catalogue = g_new0 (Catalogue, 1);
  JsonArray *offers;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  offers = json_node_get_array (json_parser_get_root (parser));

  catalogue->offers = g_ptr_array_new_with_free_func (g_object_unref);
  catalogue->histories = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < json_array_get_length (offers); i++)
    {
      JsonObject *description = json_array_get_object_element (offers, i);
      BbOffer *offer = BB_OFFER (new_object (BB_TYPE_OFFER, description));
      GListStore *history = g_list_store_new (BB_TYPE_OFFER_CHANGE);

      append_items (bb_offer_get_target_groups (offer), description, "target-groups");
      append_items (bb_offer_get_steps (offer), description, "steps");
      append_items (bb_offer_get_contacts (offer), description, "contacts");
      append_items (history, description, "history");

      g_ptr_array_add (catalogue->offers, offer);
      g_ptr_array_add (catalogue->histories, history);
    }

  return catalogue;
}

/* Writing and comparing */

static GOutputStream *
write_csv (Catalogue *catalogue)
{
  GOutputStream *stream = g_memory_output_stream_new_resizable ();
  g_autoptr(BbOfferCsvWriter) writer = bb_offer_csv_writer_new (stream);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < catalogue->offers->len; i++)
    {
      g_assert_true (bb_offer_csv_writer_add (writer, g_ptr_array_index (catalogue->offers, i),
                                              &error));
      g_assert_no_error (error);
    }
  g_assert_true (bb_offer_csv_writer_close (writer, &error));
  g_assert_no_error (error);
  g_assert_false (g_output_stream_is_closed (stream));

  return stream;
}

/* @with_history FALSE feeds every offer without its history. */
static GOutputStream *
write_hsds (Catalogue *catalogue,
            gboolean   with_history)
{
  GOutputStream *stream = g_memory_output_stream_new_resizable ();
  g_autoptr(BbClock) clock = bb_test_clock_new ();
  g_autoptr(BbHsdsWriter) writer = bb_hsds_writer_new (stream, clock);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < catalogue->offers->len; i++)
    {
      GListModel *history = with_history ? g_ptr_array_index (catalogue->histories, i) : NULL;

      g_assert_true (bb_hsds_writer_add (writer, g_ptr_array_index (catalogue->offers, i),
                                         history, &error));
      g_assert_no_error (error);
    }
  g_assert_true (bb_hsds_writer_close (writer, &error));
  g_assert_no_error (error);
  g_assert_false (g_output_stream_is_closed (stream));

  return stream;
}

static char *
dup_line (const char *text,
          const char *end)
{
  const char *newline = memchr (text, '\n', end - text);
  g_autofree char *line = g_strndup (text, (newline != NULL ? newline : end) - text);
  char letters[128];

  /* Shows CR and tabs, which are what CSV gets wrong, but keeps æ, ø and å readable. */
  for (guint i = 0; i < 127; i++)
    letters[i] = (char) (0x80 + i);
  letters[127] = '\0';

  return g_strescape (line, letters);
}

/* Fails naming the first line where @stream differs from fixtures/golden/@name. */
static void
assert_golden (GOutputStream *stream,
               const char    *name)
{
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (stream);
  const char *actual = g_memory_output_stream_get_data (memory);
  gsize actual_length = g_memory_output_stream_get_data_size (memory);
  const char *actual_end = actual + actual_length;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "golden", name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected_end;
  gsize expected_length;
  gsize line_start = 0;
  guint line = 1;

  g_file_get_contents (path, &expected, &expected_length, &error);
  g_assert_no_error (error);

  if (actual_length == expected_length && memcmp (actual, expected, actual_length) == 0)
    return;

  expected_end = expected + expected_length;
  for (gsize i = 0; i < MIN (actual_length, expected_length) && actual[i] == expected[i]; i++)
    {
      if (actual[i] == '\n')
        {
          line++;
          line_start = i + 1;
        }
    }

  {
    g_autofree char *want = dup_line (expected + line_start, expected_end);
    g_autofree char *got = dup_line (actual + line_start, actual_end);
    g_autofree char *written = g_build_filename (g_get_tmp_dir (), name, NULL);

    /* The whole of it, to compare with diff. */
    g_file_set_contents (written, actual, actual_length, NULL);
    g_test_fail_printf ("%s differs from line %u on (%" G_GSIZE_FORMAT " bytes written, %"
                        G_GSIZE_FORMAT " expected; all of it is in %s)\nexpected: %s\nwritten:  %s",
                        name, line, actual_length, expected_length, written, want, got);
  }
}

/* Tests */

static void
test_csv (gconstpointer data)
{
  const char *name = data;
  g_autoptr(Catalogue) catalogue = load_catalogue (name);
  g_autoptr(GOutputStream) stream = write_csv (catalogue);
  g_autofree char *golden = g_strconcat (name, ".csv", NULL);

  assert_golden (stream, golden);
}

/* A file written before the how_to_get_in column (fixtures/golden/csv-1) still
 * imports, and its offers come out as today's file of them, the column empty. */
static void
test_csv_before_how_to_get_in (gconstpointer data)
{
  const char *name = data;
  g_autofree char *basename = g_strconcat (name, ".csv", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "golden", "csv-1", basename, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) import = bb_offer_exchange_read_file (file, &error);
  g_autoptr(Catalogue) catalogue = g_new0 (Catalogue, 1);
  g_autoptr(GOutputStream) stream = NULL;
  GListModel *records;

  g_assert_no_error (error);
  catalogue->offers = g_ptr_array_new_with_free_func (g_object_unref);
  catalogue->histories = g_ptr_array_new_with_free_func (g_object_unref);
  records = bb_import_get_records (import);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);

      g_assert_cmpstr (bb_import_record_get_reason (record), ==, NULL);
      g_assert_false (bb_import_record_get_fields (record) & BB_IMPORT_FIELD_HOW_TO_GET_IN);
      g_ptr_array_add (catalogue->offers, g_object_ref (bb_import_record_get_offer (record)));
    }

  stream = write_csv (catalogue);
  assert_golden (stream, basename);
}

static void
test_hsds (gconstpointer data)
{
  const char *name = data;
  g_autoptr(Catalogue) catalogue = load_catalogue (name);
  g_autoptr(GOutputStream) stream = write_hsds (catalogue, TRUE);
  g_autofree char *golden = g_strconcat (name, ".json", NULL);

  assert_golden (stream, golden);
}

static void
test_hsds_valid (void)
{
  g_autoptr(Catalogue) catalogue = load_catalogue ("every-field");
  g_autoptr(GOutputStream) stream = write_hsds (catalogue, TRUE);
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (stream);
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "every-field.json", NULL);
  g_autoptr(GError) error = NULL;

  /* The folder is this test's own (G_TEST_OPTION_ISOLATE_DIRS). */
  g_assert_no_errno (g_mkdir_with_parents (g_get_user_cache_dir (), 0700));
  g_file_set_contents (path, g_memory_output_stream_get_data (memory),
                       g_memory_output_stream_get_data_size (memory), &error);
  g_assert_no_error (error);

  bb_test_assert_valid_hsds (path);
}

/* An offer handed over without history, or with an empty one, has no metadata. */
static void
test_hsds_without_history (void)
{
  g_autoptr(Catalogue) catalogue = load_catalogue ("history");
  g_autoptr(GOutputStream) stream = write_hsds (catalogue, FALSE);
  g_autoptr(GOutputStream) with_empty = NULL;
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (stream);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *services;

  json_parser_load_from_data (parser, g_memory_output_stream_get_data (memory),
                              g_memory_output_stream_get_data_size (memory), &error);
  g_assert_no_error (error);
  services = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                           "contents");
  g_assert_cmpuint (json_array_get_length (services), ==, catalogue->offers->len);
  for (guint i = 0; i < json_array_get_length (services); i++)
    g_assert_false (json_object_has_member (json_array_get_object_element (services, i),
                                            "metadata"));

  for (guint i = 0; i < catalogue->histories->len; i++)
    g_list_store_remove_all (g_ptr_array_index (catalogue->histories, i));
  with_empty = write_hsds (catalogue, TRUE);
  g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (with_empty)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (with_empty)),
                   g_memory_output_stream_get_data (memory),
                   g_memory_output_stream_get_data_size (memory));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (catalogues); i++)
    {
      g_autofree char *csv = g_strdup_printf ("/writers/csv/%s", catalogues[i]);
      g_autofree char *hsds = g_strdup_printf ("/writers/hsds/%s", catalogues[i]);
      g_autofree char *old_csv = g_strdup_printf ("/writers/csv-1/%s", catalogues[i]);

      g_test_add_data_func (csv, catalogues[i], test_csv);
      g_test_add_data_func (hsds, catalogues[i], test_hsds);
      g_test_add_data_func (old_csv, catalogues[i], test_csv_before_how_to_get_in);
    }
  g_test_add_func ("/writers/hsds/valid", test_hsds_valid);
  g_test_add_func ("/writers/hsds/without-history", test_hsds_without_history);

  return g_test_run ();
}
