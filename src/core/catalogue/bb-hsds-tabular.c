/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A tabular HSDS datapackage: its CSV tables from a folder or a zip (libarchive), their
 * names and columns as HSDS 3.x has them whatever version published them, and the
 * field types datapackage.json gives. */

#include "config.h"

#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>

#include "bb-csv.h"
#include "bb-hsds.h"
#include "bb-hsds-private.h"
#include "bb-hsds-tabular-private.h"

/* A zip member larger than this is no table anyone publishes: refused, not read. */
#define MAX_MEMBER_BYTES (512 * 1024 * 1024)

/* The names tables have had: HSDS 3.x (the paths tabular.json gives, and the table
 * names), 2.x and 1.x. Columns renamed since are renamed when the new name is not
 * there already; @defaults fill columns the old table implied. */
typedef struct
{
  const char *file;
  const char *table;
  const char *renames;
  const char *defaults;
} Alias;

static const Alias aliases[] = {
  { "organizations", "organization", "url=website", NULL },
  { "organization", "organization", "url=website", NULL },
  { "services", "service", NULL, NULL },
  { "service", "service", NULL, NULL },
  { "locations", "location", NULL, NULL },
  { "location", "location", NULL, NULL },
  { "service_at_location", "service_at_location", NULL, NULL },
  { "services_at_location", "service_at_location", NULL, NULL },
  { "service_at_locations", "service_at_location", NULL, NULL },
  { "phones", "phone", NULL, NULL },
  { "phone", "phone", NULL, NULL },
  { "addresses", "address", NULL, NULL },
  { "address", "address", NULL, NULL },
  { "physical_addresses", "address", NULL, "address_type=physical" },
  { "postal_addresses", "address", NULL, "address_type=postal" },
  { "schedules", "schedule", NULL, NULL },
  { "schedule", "schedule", NULL, NULL },
  { "regular_schedules", "schedule", NULL, NULL },
  { "holiday_schedules", "schedule", "start_date=valid_from,end_date=valid_to", NULL },
  { "taxonomy_terms", "taxonomy_term", "term=name,vocabulary=taxonomy", NULL },
  { "taxonomy_term", "taxonomy_term", "term=name,vocabulary=taxonomy", NULL },
  /* 1.x: its "taxonomy" table holds the terms. */
  { "taxonomy", "taxonomy_term", "term=name,vocabulary=taxonomy", NULL },
  { "taxonomies", "taxonomy", NULL, NULL },
  { "attributes", "attribute", NULL, NULL },
  { "attribute", "attribute", NULL, NULL },
  { "service_taxonomy", "attribute",
    "service_id=link_id,taxonomy_term_id=taxonomy_term_id,taxonomy_id=taxonomy_term_id,taxonomy_detail=value",
    "link_type=service,link_entity=service" },
  { "contacts", "contact", NULL, NULL },
  { "contact", "contact", NULL, NULL },
  { "languages", "language", "language=name", NULL },
  { "language", "language", "language=name", NULL },
  { "funding", "funding", NULL, NULL },
  { "fundings", "funding", NULL, NULL },
  { "service_areas", "service_area", "service_area=name", NULL },
  { "service_area", "service_area", "service_area=name", NULL },
  { "required_documents", "required_document", NULL, NULL },
  { "required_document", "required_document", NULL, NULL },
  { "accessibility", "accessibility", NULL, NULL },
  { "accessibility_for_disabilities", "accessibility", "accessibility=description", NULL },
  { "cost_options", "cost_option", NULL, NULL },
  { "cost_option", "cost_option", NULL, NULL },
  { "eligibility", "eligibility", NULL, NULL },
  { "programs", "program", NULL, NULL },
  { "program", "program", NULL, NULL },
  { "organization_identifiers", "organization_identifier", NULL, NULL },
  { "organization_identifier", "organization_identifier", NULL, NULL },
  { "service_capacity", "service_capacity", NULL, NULL },
  { "service_capacities", "service_capacity", NULL, NULL },
  { "units", "unit", NULL, NULL },
  { "unit", "unit", NULL, NULL },
  { "metadata", "metadata", NULL, NULL },
};

/* HSDS 1.x gives a schedule's day as "weekday": a number (1 Monday … 7 Sunday, 0
 * Sunday too) or its English name. */
static const char * const weekdays[] = { "SU", "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
static const char * const weekday_names[] = {
  "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
};

typedef struct
{
  char       *name;        /* datapackage resource name, or NULL */
  GHashTable *types;       /* column → type, or NULL */
} Resource;

typedef struct
{
  BbTabularPackage  package;
  GHashTable       *resources;   /* path basename → Resource */
  char             *display_name;
} Loader;

static void
table_free (BbTabularTable *table)
{
  g_free (table->name);
  g_ptr_array_unref (table->columns);
  g_ptr_array_unref (table->rows);
  g_hash_table_unref (table->types);
  g_hash_table_unref (table->indexes);
  g_array_unref (table->origins);
  g_free (table);
}

static void
resource_free (Resource *resource)
{
  g_free (resource->name);
  g_clear_pointer (&resource->types, g_hash_table_unref);
  g_free (resource);
}

void
_bb_tabular_package_clear (BbTabularPackage *package)
{
  g_clear_pointer (&package->tables, g_hash_table_unref);
}

static void
loader_clear (Loader *self)
{
  _bb_tabular_package_clear (&self->package);
  g_clear_pointer (&self->resources, g_hash_table_unref);
  g_clear_pointer (&self->display_name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, loader_clear)

BbTabularTable *
_bb_tabular_get_table (BbTabularPackage *package,
                       const char       *name)
{
  return g_hash_table_lookup (package->tables, name);
}

static int
column_index (BbTabularTable *table,
              const char     *column)
{
  for (guint i = 0; i < table->columns->len; i++)
    if (g_str_equal (g_ptr_array_index (table->columns, i), column))
      return i;

  return -1;
}

const char *
_bb_tabular_get (BbTabularTable  *table,
                 char           **row,
                 const char      *column)
{
  GPtrArray *fields = (GPtrArray *) row;
  int index = table != NULL ? column_index (table, column) : -1;
  const char *value;

  if (index < 0 || (guint) index >= fields->len)
    return NULL;

  value = g_ptr_array_index (fields, index);
  return value != NULL && *value != '\0' ? value : NULL;
}

GPtrArray *
_bb_tabular_lookup (BbTabularTable *table,
                    const char     *column,
                    const char     *value)
{
  static GPtrArray *none = NULL;
  GHashTable *index;
  GPtrArray *rows;

  if (g_once_init_enter (&none))
    g_once_init_leave (&none, g_ptr_array_new ());

  if (table == NULL || value == NULL || column_index (table, column) < 0)
    return none;

  /* Built on first use: most joins go through a handful of columns. */
  index = g_hash_table_lookup (table->indexes, column);
  if (index == NULL)
    {
      index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                     (GDestroyNotify) g_ptr_array_unref);
      for (guint i = 0; i < table->rows->len; i++)
        {
          char **row = g_ptr_array_index (table->rows, i);
          const char *key = _bb_tabular_get (table, row, column);
          GPtrArray *same;

          if (key == NULL)
            continue;
          same = g_hash_table_lookup (index, key);
          if (same == NULL)
            g_hash_table_insert (index, (gpointer) key, same = g_ptr_array_new ());
          g_ptr_array_add (same, row);
        }
      g_hash_table_insert (table->indexes, g_strdup (column), index);
    }

  rows = g_hash_table_lookup (index, value);
  return rows != NULL ? rows : none;
}

/* ---- the tables ------------------------------------------------------ */

static const Alias *
find_alias (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (aliases[i].file, name) == 0)
      return &aliases[i];

  return NULL;
}

static char *
dup_renamed (const Alias *alias,
             const char  *column,
             char       **header)
{
  g_auto(GStrv) pairs = alias->renames != NULL ? g_strsplit (alias->renames, ",", -1) : NULL;

  for (guint i = 0; pairs != NULL && pairs[i] != NULL; i++)
    {
      const char *equals = strchr (pairs[i], '=');
      g_autofree char *from = g_strndup (pairs[i], equals - pairs[i]);

      if (g_str_equal (from, column) && !g_strv_contains ((const char * const *) header, equals + 1))
        return g_strdup (equals + 1);
    }

  return g_strdup (column);
}

static const char *
convert_weekday (const char *value)
{
  gint64 number;

  if (g_ascii_string_to_signed (value, 10, 0, 7, &number, NULL))
    return weekdays[number];

  for (guint i = 0; i < G_N_ELEMENTS (weekday_names); i++)
    if (strlen (value) >= 2 && g_ascii_strncasecmp (weekday_names[i], value, strlen (value)) == 0)
      return weekdays[i];

  return value;
}

static guint
add_column (BbTabularTable *table,
            const char     *column)
{
  int index = column_index (table, column);

  if (index >= 0)
    return index;

  g_ptr_array_add (table->columns, g_strdup (column));
  return table->columns->len - 1;
}

static BbTabularTable *
ensure_table (Loader     *self,
              const char *name)
{
  BbTabularTable *table = g_hash_table_lookup (self->package.tables, name);

  if (table == NULL)
    {
      table = g_new0 (BbTabularTable, 1);
      table->name = g_strdup (name);
      table->columns = g_ptr_array_new_with_free_func (g_free);
      table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      table->types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      table->indexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_hash_table_unref);
      table->origins = g_array_new (FALSE, FALSE, sizeof (BbTabularOrigin));
      g_hash_table_insert (self->package.tables, table->name, table);
    }

  return table;
}

static const char *
strip_csv (const char *basename,
           char      **owned)
{
  if (g_str_has_suffix (basename, ".csv") || g_str_has_suffix (basename, ".CSV"))
    return *owned = g_strndup (basename, strlen (basename) - 4);

  return *owned = g_strdup (basename);
}

/* Reads one CSV table into the package under its HSDS 3.x name. A file that is no
 * HSDS table is left out. */
static gboolean
add_table (Loader        *self,
           const char    *path,
           GInputStream  *stream,
           GError       **error)
{
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *stem = NULL;
  g_autoptr(BbCsvReader) reader = NULL;
  g_auto(GStrv) header = NULL;
  g_autoptr(GArray) targets = NULL;
  g_auto(GStrv) defaults = NULL;
  Resource *resource = g_hash_table_lookup (self->resources, basename);
  const Alias *alias = NULL;
  BbTabularTable *table;
  GError *local_error = NULL;
  int weekday = -1;
  int action_date = -1;
  char **record;
  guint line;

  if (resource != NULL && resource->name != NULL)
    alias = find_alias (resource->name);
  if (alias == NULL)
    alias = find_alias (strip_csv (basename, &stem));
  if (alias == NULL)
    return TRUE;

  reader = bb_csv_reader_new (stream, &local_error);
  if (reader == NULL && g_error_matches (local_error, BB_CSV_ERROR, BB_CSV_ERROR_EMPTY))
    {
      g_clear_error (&local_error);
      return TRUE;
    }
  if (reader == NULL || (header = bb_csv_reader_read_record (reader, NULL, &local_error)) == NULL)
    goto failed;

  table = ensure_table (self, alias->table);
  targets = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; header[i] != NULL; i++)
    {
      g_autofree char *column = dup_renamed (alias, g_strstrip (header[i]), header);
      guint target;

      if (g_str_equal (alias->table, "schedule") && g_str_equal (column, "weekday") &&
          !g_strv_contains ((const char * const *) header, "byday"))
        {
          weekday = i;
          g_free (column);
          column = g_strdup ("byday");
        }
      /* 1.x/2.x tables give a change's date as a date-time; HSDS 3 has a date. */
      if (g_str_equal (alias->table, "metadata") && g_str_equal (column, "last_action_date"))
        action_date = i;
      target = add_column (table, column);
      g_array_append_val (targets, target);

      if (resource != NULL && resource->types != NULL)
        {
          const char *type = g_hash_table_lookup (resource->types, header[i]);

          if (type != NULL)
            g_hash_table_replace (table->types, g_strdup (column), g_strdup (type));
        }
    }

  defaults = alias->defaults != NULL ? g_strsplit (alias->defaults, ",", -1) : NULL;
  if (weekday >= 0 && column_index (table, "freq") < 0)
    {
      g_autofree char *joined = alias->defaults != NULL ? g_strconcat (alias->defaults, ",freq=WEEKLY", NULL)
                                                          : g_strdup ("freq=WEEKLY");

      g_strfreev (defaults);
      defaults = g_strsplit (joined, ",", -1);
    }

  while ((record = bb_csv_reader_read_record (reader, &line, &local_error)) != NULL)
    {
      GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
      guint n_fields = g_strv_length (record);

      for (guint i = 0; i < targets->len && i < n_fields; i++)
        {
          guint target = g_array_index (targets, guint, i);
          const char *value = record[i];
          g_autofree char *date = NULL;

          if ((int) i == weekday)
            value = convert_weekday (g_strstrip (record[i]));
          if ((int) i == action_date && (date = _bb_hsds_dup_date (record[i])) != NULL)
            value = date;
          if (row->len <= target)
            g_ptr_array_set_size (row, target + 1);
          g_free (g_ptr_array_index (row, target));
          g_ptr_array_index (row, target) = g_strdup (value);
        }

      for (guint i = 0; defaults != NULL && defaults[i] != NULL; i++)
        {
          const char *equals = strchr (defaults[i], '=');
          g_autofree char *column = g_strndup (defaults[i], equals - defaults[i]);
          guint target = add_column (table, column);

          if (row->len <= target)
            g_ptr_array_set_size (row, target + 1);
          if (g_ptr_array_index (row, target) == NULL ||
              *(char *) g_ptr_array_index (row, target) == '\0')
            {
              g_free (g_ptr_array_index (row, target));
              g_ptr_array_index (row, target) = g_strdup (equals + 1);
            }
        }

      g_ptr_array_add (table->rows, row);
      g_array_append_vals (table->origins, &(BbTabularOrigin) { g_intern_string (basename), line }, 1);
      g_strfreev (record);
    }

  if (local_error == NULL)
    return TRUE;

failed:
  /* "services.csv: Line 3 …", the table first. */
  g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT, "%s: %s", basename,
               local_error->message);
  g_error_free (local_error);
  return FALSE;
}

/* ---- datapackage.json ------------------------------------------------ */

/* Which resource each CSV file is, and the types of its fields, so that a number is
 * a number in the services read. */
static gboolean
read_datapackage (Loader        *self,
                  const char    *text,
                  gsize          length,
                  GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonArray *resources;

  if (!json_parser_load_from_data (parser, text, length, &local_error) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                   /* TRANSLATORS: %s says what is wrong with the file */
                   _("datapackage.json cannot be read: %s"),
                   local_error != NULL ? local_error->message : _("it is not a JSON object"));
      return FALSE;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  resources = json_object_has_member (root, "resources") &&
              JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "resources"))
              ? json_object_get_array_member (root, "resources") : NULL;

  for (guint i = 0; resources != NULL && i < json_array_get_length (resources); i++)
    {
      JsonNode *node = json_array_get_element (resources, i);
      JsonObject *resource = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *path = resource != NULL ? json_object_get_member (resource, "path") : NULL;
      JsonNode *name = resource != NULL ? json_object_get_member (resource, "name") : NULL;
      JsonNode *schema = resource != NULL ? json_object_get_member (resource, "schema") : NULL;
      Resource *entry;
      JsonArray *fields;

      if (path == NULL || json_node_get_value_type (path) != G_TYPE_STRING)
        continue;

      entry = g_new0 (Resource, 1);
      if (name != NULL && json_node_get_value_type (name) == G_TYPE_STRING)
        entry->name = g_strdup (json_node_get_string (name));
      fields = schema != NULL && JSON_NODE_HOLDS_OBJECT (schema) &&
               json_object_has_member (json_node_get_object (schema), "fields") &&
               JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (schema), "fields"))
               ? json_object_get_array_member (json_node_get_object (schema), "fields") : NULL;
      for (guint j = 0; fields != NULL && j < json_array_get_length (fields); j++)
        {
          JsonNode *field = json_array_get_element (fields, j);
          JsonObject *object = JSON_NODE_HOLDS_OBJECT (field) ? json_node_get_object (field) : NULL;
          JsonNode *field_name = object != NULL ? json_object_get_member (object, "name") : NULL;
          JsonNode *type = object != NULL ? json_object_get_member (object, "type") : NULL;

          if (field_name == NULL || type == NULL ||
              json_node_get_value_type (field_name) != G_TYPE_STRING ||
              json_node_get_value_type (type) != G_TYPE_STRING)
            continue;
          if (entry->types == NULL)
            entry->types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          g_hash_table_replace (entry->types, g_strdup (json_node_get_string (field_name)),
                                g_strdup (json_node_get_string (type)));
        }

      g_hash_table_replace (self->resources, g_path_get_basename (json_node_get_string (path)), entry);
    }

  return TRUE;
}

/* ---- a folder -------------------------------------------------------- */

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *first = g_file_get_basename (*(GFile **) a);
  g_autofree char *second = g_file_get_basename (*(GFile **) b);

  return g_strcmp0 (first, second);
}

/* The CSV files of @folder, and (@deeper) of its subfolders when datapackage.json
 * names them ("data/services.csv"), in name order so that a file reads the same
 * everywhere. */
static gboolean
list_tables (Loader     *self,
             GFile      *folder,
             gboolean    deeper,
             GPtrArray  *files,
             GError    **error)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, NULL, error);
  if (children == NULL)
    return FALSE;

  while (TRUE)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;
      const char *name;

      if (!g_file_enumerator_iterate (children, &info, &child, NULL, error))
        return FALSE;
      if (info == NULL)
        return TRUE;

      name = g_file_info_get_name (info);
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        {
          if (deeper && !list_tables (self, child, FALSE, files, error))
            return FALSE;
        }
      else if ((deeper || g_hash_table_contains (self->resources, name)) &&
               (g_str_has_suffix (name, ".csv") || g_str_has_suffix (name, ".CSV")))
        g_ptr_array_add (files, g_object_ref (child));
    }
}

static gboolean
load_folder (Loader        *self,
             GFile         *folder,
             GError       **error)
{
  g_autoptr(GFile) datapackage = g_file_get_child (folder, "datapackage.json");
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;
  gsize length;

  if (g_file_load_contents (datapackage, NULL, &text, &length, NULL, NULL) &&
      !read_datapackage (self, text, length, error))
    return FALSE;

  if (!list_tables (self, folder, TRUE, files, error))
    return FALSE;
  g_ptr_array_sort (files, compare_files);

  for (guint i = 0; i < files->len; i++)
    {
      GFile *child = g_ptr_array_index (files, i);
      g_autofree char *name = g_file_get_basename (child);
      g_autoptr(GFileInputStream) stream = g_file_read (child, NULL, error);

      if (stream == NULL || !add_table (self, name, G_INPUT_STREAM (stream), error))
        return FALSE;
    }

  return TRUE;
}

/* ---- a zip ----------------------------------------------------------- */

static gboolean
load_zip (Loader        *self,
          GFile         *file,
          GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  struct archive *archive;
  struct archive_entry *entry;
  gboolean ok = TRUE;
  int status;

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Only a .zip file on this computer can be read."));
      return FALSE;
    }

  archive = archive_read_new ();
  archive_read_support_format_zip (archive);
  if (archive_read_open_filename (archive, path, 64 * 1024) != ARCHIVE_OK)
    {
      g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                   /* TRANSLATORS: %s is what libarchive says is wrong */
                   _("The .zip file cannot be opened: %s"), archive_error_string (archive));
      archive_read_free (archive);
      return FALSE;
    }

  /* Tables are read once the whole archive is, so datapackage.json can come last. */
  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);
      g_autofree char *basename = name != NULL ? g_path_get_basename (name) : NULL;
      g_autoptr(GByteArray) data = NULL;
      char buffer[64 * 1024];
      la_ssize_t n_read;

      if (basename == NULL || archive_entry_filetype (entry) != AE_IFREG ||
          (!g_str_equal (basename, "datapackage.json") &&
           !g_str_has_suffix (basename, ".csv") && !g_str_has_suffix (basename, ".CSV")) ||
          g_str_has_prefix (basename, "."))
        continue;

      data = g_byte_array_new ();
      while ((n_read = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          if (data->len + n_read > MAX_MEMBER_BYTES)
            {
              g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                           _("“%s” in the .zip file is too large to be a table."), basename);
              ok = FALSE;
              break;
            }
          g_byte_array_append (data, (const guint8 *) buffer, n_read);
        }
      if (ok && n_read < 0)
        {
          g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                       _("The .zip file cannot be opened: %s"), archive_error_string (archive));
          ok = FALSE;
        }
      if (!ok)
        break;

      if (g_str_equal (basename, "datapackage.json"))
        ok = read_datapackage (self, (const char *) data->data, data->len, error);
      else
        {
          g_ptr_array_add (names, g_steal_pointer (&basename));
          g_ptr_array_add (contents, g_byte_array_free_to_bytes (g_steal_pointer (&data)));
        }
      if (!ok)
        break;
    }

  if (ok && status != ARCHIVE_EOF)
    {
      g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                   _("The .zip file cannot be opened: %s"), archive_error_string (archive));
      ok = FALSE;
    }
  archive_read_free (archive);

  for (guint i = 0; ok && i < names->len; i++)
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (g_ptr_array_index (contents, i));

      ok = add_table (self, g_ptr_array_index (names, i), stream, error);
    }

  return ok;
}

/* ---- the package ----------------------------------------------------- */

static gboolean
is_zip (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL && (g_str_has_suffix (basename, ".zip") || g_str_has_suffix (basename, ".ZIP"));
}

static gboolean
is_datapackage_json (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL && g_ascii_strcasecmp (basename, "datapackage.json") == 0;
}

gboolean
bb_hsds_tabular_is_package (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return is_zip (file) || is_datapackage_json (file) ||
         g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY;
}

static gboolean
load (Loader  *self,
      GFile   *file,
      GError **error)
{
  g_autoptr(GFile) folder = NULL;

  self->package.tables = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                (GDestroyNotify) table_free);
  self->resources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) resource_free);
  self->display_name = g_file_get_parse_name (file);

  if (is_zip (file))
    {
      if (!load_zip (self, file, error))
        return FALSE;
    }
  else
    {
      folder = is_datapackage_json (file) ? g_file_get_parent (file) : g_object_ref (file);
      if (!load_folder (self, folder, error))
        return FALSE;
    }

  if (_bb_tabular_get_table (&self->package, "service") == NULL)
    {
      g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                   /* TRANSLATORS: %s is the folder or .zip file */
                   _("“%s” is not an Open Referral datapackage: it has no table of services "
                     "(services.csv)."),
                   self->display_name);
      return FALSE;
    }

  return TRUE;
}

gboolean
bb_hsds_tabular_write_json (GFile          *file,
                            GOutputStream  *stream,
                            GError        **error)
{
  g_auto(Loader) self = { 0, };

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load (&self, file, error) && _bb_tabular_write_services (&self.package, stream, error);
}

gboolean
bb_hsds_tabular_read (GFile     *file,
                      BbImport  *import,
                      GError   **error)
{
  g_auto(Loader) self = { 0, };
  g_autoptr(GOutputStream) json = g_memory_output_stream_new_resizable ();
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint first;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (BB_IS_IMPORT (import), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The tables are in memory already; their services as JSON cost about as much. */
  if (!load (&self, file, error) ||
      !_bb_tabular_write_services (&self.package, json, error) ||
      !g_output_stream_close (json, NULL, error))
    return FALSE;

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (json));
  input = g_memory_input_stream_new_from_bytes (bytes);
  first = g_list_model_get_n_items (bb_import_get_records (import));
  if (!bb_hsds_read (input, import, error))
    return FALSE;

  _bb_tabular_name_records (&self.package, import, first);
  return TRUE;
}
