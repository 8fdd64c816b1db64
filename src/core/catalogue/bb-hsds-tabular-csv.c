/* SPDX-License-Identifier: GPL-3.0-or-later */

/* One CSV table of a tabular HSDS datapackage, read under the name and with the
 * columns HSDS 3.x gives it, whatever version published it; the package it belongs
 * to (bb-hsds-tabular.c) says where the tables come from. */

#include "config.h"

#include <string.h>


#include "bb-csv.h"
#include "bb-hsds.h"
#include "bb-hsds-private.h"
#include "bb-hsds-tabular-private.h"

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

void
_bb_tabular_package_init (BbTabularPackage *package)
{
  package->tables = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                           (GDestroyNotify) table_free);
}

void
_bb_tabular_package_clear (BbTabularPackage *package)
{
  g_clear_pointer (&package->tables, g_hash_table_unref);
}

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
ensure_table (BbTabularPackage *package,
              const char       *name)
{
  BbTabularTable *table = g_hash_table_lookup (package->tables, name);

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
      g_hash_table_insert (package->tables, table->name, table);
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

gboolean
_bb_tabular_add_table (BbTabularPackage  *package,
                       const char        *path,
                       const char        *resource_name,
                       GHashTable        *types,
                       GInputStream      *stream,
                       GError           **error)
{
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *stem = NULL;
  g_autoptr(BbCsvReader) reader = NULL;
  g_auto(GStrv) header = NULL;
  g_autoptr(GArray) targets = NULL;
  g_auto(GStrv) defaults = NULL;
  const Alias *alias = NULL;
  BbTabularTable *table;
  GError *local_error = NULL;
  int weekday = -1;
  int action_date = -1;
  char **record;
  guint line;

  if (resource_name != NULL)
    alias = find_alias (resource_name);
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

  table = ensure_table (package, alias->table);
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

      if (types != NULL)
        {
          const char *type = g_hash_table_lookup (types, header[i]);

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

const char *
_bb_tabular_table_name (const char *file_name)
{
  g_autofree char *stem = NULL;
  const Alias *alias = find_alias (strip_csv (file_name, &stem));

  return alias != NULL ? alias->table : NULL;
}
