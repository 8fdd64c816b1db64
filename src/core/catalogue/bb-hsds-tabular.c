/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A tabular HSDS datapackage: its CSV tables from a folder or a zip (libarchive), with
 * the names and field types datapackage.json gives them; each table is read by
 * bb-hsds-tabular-csv.c. */

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
resource_free (Resource *resource)
{
  g_free (resource->name);
  g_clear_pointer (&resource->types, g_hash_table_unref);
  g_free (resource);
}

static void
loader_clear (Loader *self)
{
  _bb_tabular_package_clear (&self->package);
  g_clear_pointer (&self->resources, g_hash_table_unref);
  g_clear_pointer (&self->display_name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, loader_clear)

/* A table under the name and with the field types datapackage.json gives its file. */
static gboolean
add_package_table (Loader        *self,
                   const char    *path,
                   GInputStream  *stream,
                   GError       **error)
{
  g_autofree char *basename = g_path_get_basename (path);
  Resource *resource = g_hash_table_lookup (self->resources, basename);

  return _bb_tabular_add_table (&self->package, path, resource != NULL ? resource->name : NULL,
                                resource != NULL ? resource->types : NULL, stream, error);
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

  /* An empty file parses, to no root at all. */
  if (!json_parser_load_from_data (parser, text, length, &local_error) ||
      json_parser_get_root (parser) == NULL ||
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

      if (stream == NULL || !add_package_table (self, name, G_INPUT_STREAM (stream), error))
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

      ok = add_package_table (self, g_ptr_array_index (names, i), stream, error);
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

/* The column names of @file's first line, or NULL when it has none. */
static char **
read_header (GFile *file)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  g_autoptr(BbCsvReader) reader = NULL;
  char **header;

  if (stream == NULL || (reader = bb_csv_reader_new (G_INPUT_STREAM (stream), NULL)) == NULL ||
      (header = bb_csv_reader_read_record (reader, NULL, NULL)) == NULL)
    return NULL;

  for (guint i = 0; header[i] != NULL; i++)
    g_strstrip (header[i]);
  return header;
}

static gboolean
has_column (char       **header,
            const char  *column)
{
  for (guint i = 0; header != NULL && header[i] != NULL; i++)
    if (g_ascii_strcasecmp (header[i], column) == 0)
      return TRUE;

  return FALSE;
}

const char *
bb_hsds_tabular_table_of (GFile  *file,
                          GFile **package)
{
  g_autofree char *basename = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) datapackage = NULL;
  g_auto(GStrv) header = NULL;
  const char *table;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (package != NULL, NULL);

  *package = NULL;
  basename = g_file_get_basename (file);
  table = basename != NULL ? _bb_tabular_table_name (basename) : NULL;
  if (table == NULL || (folder = g_file_get_parent (file)) == NULL)
    return NULL;

  /* A catalogue of offers has a title, whatever it is named and wherever it is. */
  header = read_header (file);
  if (has_column (header, "title"))
    return NULL;

  datapackage = g_file_get_child (folder, "datapackage.json");
  if (g_file_query_exists (datapackage, NULL))
    {
      *package = g_steal_pointer (&datapackage);
      return table;
    }

  return has_column (header, "id") ? table : NULL;
}

static gboolean
load (Loader  *self,
      GFile   *file,
      GError **error)
{
  g_autoptr(GFile) folder = NULL;

  _bb_tabular_package_init (&self->package);
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
