/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The tables of a datapackage joined into HSDS services, nested as the JSON of
 * schema/compiled/service.json nests them, so that the JSON reader reads a tabular
 * catalogue exactly as it reads the same services as a file. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bb-hsds-tabular-private.h"

/* Columns HSDS 3.x types as numbers (schema/compiled/tabular.json), for a package whose
 * datapackage.json does not say. */
static const char * const number_columns[] = {
  "latitude", "longitude", "minimum_age", "maximum_age", "year_incorporated", "extension",
  "timezone", "count", "interval", "amount", "maximum", "available", NULL,
};

typedef struct
{
  BbTabularPackage *package;
} Joiner;

static BbTabularTable *
table (Joiner     *self,
       const char *name)
{
  return _bb_tabular_get_table (self->package, name);
}

static JsonNode *
typed_value (const char *type,
             const char *text)
{
  JsonNode *node = json_node_alloc ();
  gint64 whole;
  double number;
  char *end = NULL;

  if (g_strcmp0 (type, "boolean") == 0 &&
      (g_ascii_strcasecmp (text, "true") == 0 || g_ascii_strcasecmp (text, "false") == 0))
    return json_node_init_boolean (node, g_ascii_strcasecmp (text, "true") == 0);

  if (g_strcmp0 (type, "number") == 0 || g_strcmp0 (type, "integer") == 0)
    {
      if (g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &whole, NULL))
        return json_node_init_int (node, whole);

      number = g_ascii_strtod (text, &end);
      if (end != text && *end == '\0' && isfinite (number))
        return json_node_init_double (node, number);
    }

  /* Not what the column should hold: kept as written, for the reader to judge. */
  return json_node_init_string (node, text);
}

/* The row as an object of its non-empty fields, numbers as numbers. */
static JsonObject *
row_object (BbTabularTable  *from,
            char           **row)
{
  JsonObject *object = json_object_new ();

  for (guint i = 0; i < from->columns->len; i++)
    {
      const char *column = g_ptr_array_index (from->columns, i);
      const char *value = _bb_tabular_get (from, row, column);
      const char *type;

      if (value == NULL)
        continue;

      type = g_hash_table_lookup (from->types, column);
      if (type == NULL && g_strv_contains (number_columns, column))
        type = "number";
      json_object_set_member (object, column, typed_value (type, value));
    }

  return object;
}

static void
set_array (JsonObject *object,
           const char *member,
           JsonArray  *array)
{
  if (json_array_get_length (array) > 0)
    json_object_set_array_member (object, member, array);
  else
    json_array_unref (array);
}

/* Phones, schedules and contacts name every owner they might have; each belongs to
 * the most particular one. */
static const char *
owner_of (BbTabularTable  *from,
          char           **row)
{
  static const char * const owners[] = {
    "phone_id", "contact_id", "service_at_location_id", "service_id", "location_id", "organization_id",
  };

  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    if (_bb_tabular_get (from, row, owners[i]) != NULL)
      return owners[i];

  return NULL;
}

/* The rows of @name whose @column is @id and whose owner it is. */
static JsonArray *
owned (Joiner     *self,
       const char *name,
       const char *column,
       const char *id,
       JsonObject *(*build) (Joiner *, BbTabularTable *, char **))
{
  BbTabularTable *from = table (self, name);
  GPtrArray *rows = _bb_tabular_lookup (from, column, id);
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (owner_of (from, row), column) != 0)
        continue;
      json_array_add_object_element (array, build != NULL ? build (self, from, row) : row_object (from, row));
    }

  return array;
}

static JsonObject *
phone_object (Joiner          *self,
              BbTabularTable  *from,
              char           **row)
{
  JsonObject *phone = row_object (from, row);

  set_array (phone, "languages", owned (self, "language", "phone_id",
                                        _bb_tabular_get (from, row, "id"), NULL));
  return phone;
}

static JsonObject *
contact_object (Joiner          *self,
                BbTabularTable  *from,
                char           **row)
{
  JsonObject *contact = row_object (from, row);

  set_array (contact, "phones", owned (self, "phone", "contact_id",
                                       _bb_tabular_get (from, row, "id"), phone_object));
  return contact;
}

static JsonObject *
term_object (Joiner     *self,
             const char *id)
{
  BbTabularTable *terms = table (self, "taxonomy_term");
  GPtrArray *rows = _bb_tabular_lookup (terms, "id", id);
  JsonObject *term;
  GPtrArray *taxonomies;

  if (rows->len == 0)
    return NULL;

  term = row_object (terms, g_ptr_array_index (rows, 0));
  taxonomies = _bb_tabular_lookup (table (self, "taxonomy"), "id",
                                   _bb_tabular_get (terms, g_ptr_array_index (rows, 0), "taxonomy_id"));
  if (taxonomies->len > 0)
    json_object_set_object_member (term, "taxonomy_detail",
                                   row_object (table (self, "taxonomy"), g_ptr_array_index (taxonomies, 0)));
  return term;
}

static JsonArray *
attributes (Joiner     *self,
            const char *id)
{
  BbTabularTable *from = table (self, "attribute");
  GPtrArray *rows = _bb_tabular_lookup (from, "link_id", id);
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      JsonObject *attribute = row_object (from, g_ptr_array_index (rows, i));
      JsonObject *term = term_object (self, _bb_tabular_get (from, g_ptr_array_index (rows, i),
                                                             "taxonomy_term_id"));

      if (term != NULL)
        json_object_set_object_member (attribute, "taxonomy_term", term);
      json_array_add_object_element (array, attribute);
    }

  return array;
}

/* Every row of @name whose @column is @id. */
static JsonArray *
all (Joiner     *self,
     const char *name,
     const char *column,
     const char *id)
{
  BbTabularTable *from = table (self, name);
  GPtrArray *rows = _bb_tabular_lookup (from, column, id);
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < rows->len; i++)
    json_array_add_object_element (array, row_object (from, g_ptr_array_index (rows, i)));

  return array;
}

static JsonObject *
location_object (Joiner          *self,
                 BbTabularTable  *from,
                 char           **row)
{
  const char *id = _bb_tabular_get (from, row, "id");
  JsonObject *location = row_object (from, row);

  set_array (location, "languages", owned (self, "language", "location_id", id, NULL));
  set_array (location, "addresses", all (self, "address", "location_id", id));
  set_array (location, "contacts", owned (self, "contact", "location_id", id, contact_object));
  set_array (location, "accessibility", all (self, "accessibility", "location_id", id));
  set_array (location, "phones", owned (self, "phone", "location_id", id, phone_object));
  set_array (location, "schedules", owned (self, "schedule", "location_id", id, NULL));
  return location;
}

static JsonObject *
service_at_location_object (Joiner          *self,
                            BbTabularTable  *from,
                            char           **row)
{
  const char *id = _bb_tabular_get (from, row, "id");
  JsonObject *object = row_object (from, row);
  BbTabularTable *locations = table (self, "location");
  GPtrArray *rows = _bb_tabular_lookup (locations, "id", _bb_tabular_get (from, row, "location_id"));

  set_array (object, "contacts", owned (self, "contact", "service_at_location_id", id, contact_object));
  set_array (object, "phones", owned (self, "phone", "service_at_location_id", id, phone_object));
  set_array (object, "schedules", owned (self, "schedule", "service_at_location_id", id, NULL));
  if (rows->len > 0)
    json_object_set_object_member (object, "location",
                                   location_object (self, locations, g_ptr_array_index (rows, 0)));
  return object;
}

static JsonObject *
organization_object (Joiner          *self,
                     BbTabularTable  *from,
                     char           **row)
{
  const char *id = _bb_tabular_get (from, row, "id");
  JsonObject *organization = row_object (from, row);

  set_array (organization, "phones", owned (self, "phone", "organization_id", id, phone_object));
  set_array (organization, "organization_identifiers",
             all (self, "organization_identifier", "organization_id", id));
  return organization;
}

static JsonObject *
capacity_object (Joiner          *self,
                 BbTabularTable  *from,
                 char           **row)
{
  JsonObject *capacity = row_object (from, row);
  GPtrArray *units = _bb_tabular_lookup (table (self, "unit"), "id", _bb_tabular_get (from, row, "unit_id"));

  if (units->len > 0)
    json_object_set_object_member (capacity, "unit",
                                   row_object (table (self, "unit"), g_ptr_array_index (units, 0)));
  return capacity;
}

static JsonArray *
each (Joiner     *self,
      const char *name,
      const char *column,
      const char *id,
      JsonObject *(*build) (Joiner *, BbTabularTable *, char **))
{
  BbTabularTable *from = table (self, name);
  GPtrArray *rows = _bb_tabular_lookup (from, column, id);
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < rows->len; i++)
    json_array_add_object_element (array, build (self, from, g_ptr_array_index (rows, i)));

  return array;
}

/* In the order of schema/compiled/service.json. */
static JsonObject *
service_object (Joiner  *self,
                char   **row)
{
  BbTabularTable *services = table (self, "service");
  BbTabularTable *eligibility = table (self, "eligibility");
  BbTabularTable *organizations = table (self, "organization");
  BbTabularTable *programs = table (self, "program");
  const char *id = _bb_tabular_get (services, row, "id");
  JsonObject *service = row_object (services, row);
  GPtrArray *rows;

  /* 1.x and 2.x: eligibility in a table of its own. */
  rows = _bb_tabular_lookup (eligibility, "service_id", id);
  if (rows->len > 0 && !json_object_has_member (service, "eligibility_description"))
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < rows->len; i++)
        {
          const char *value = _bb_tabular_get (eligibility, g_ptr_array_index (rows, i), "eligibility");

          if (value == NULL)
            continue;
          if (text->len > 0)
            g_string_append (text, "; ");
          g_string_append (text, value);
        }
      if (text->len > 0)
        json_object_set_string_member (service, "eligibility_description", text->str);
    }

  set_array (service, "phones", owned (self, "phone", "service_id", id, phone_object));
  set_array (service, "schedules", owned (self, "schedule", "service_id", id, NULL));
  set_array (service, "service_areas", all (self, "service_area", "service_id", id));
  set_array (service, "service_at_locations",
             each (self, "service_at_location", "service_id", id, service_at_location_object));
  set_array (service, "languages", owned (self, "language", "service_id", id, NULL));

  rows = _bb_tabular_lookup (organizations, "id", _bb_tabular_get (services, row, "organization_id"));
  if (rows->len > 0)
    json_object_set_object_member (service, "organization",
                                   organization_object (self, organizations, g_ptr_array_index (rows, 0)));

  set_array (service, "funding", owned (self, "funding", "service_id", id, NULL));
  set_array (service, "cost_options", all (self, "cost_option", "service_id", id));

  rows = _bb_tabular_lookup (programs, "id", _bb_tabular_get (services, row, "program_id"));
  if (rows->len > 0)
    json_object_set_object_member (service, "program", row_object (programs, g_ptr_array_index (rows, 0)));

  set_array (service, "required_documents", all (self, "required_document", "service_id", id));
  set_array (service, "contacts", owned (self, "contact", "service_id", id, contact_object));
  set_array (service, "capacities", each (self, "service_capacity", "service_id", id, capacity_object));
  set_array (service, "attributes", attributes (self, id));
  set_array (service, "metadata", all (self, "metadata", "resource_id", id));
  return service;
}

gboolean
_bb_tabular_write_services (BbTabularPackage  *package,
                            GOutputStream     *stream,
                            GError           **error)
{
  Joiner self = { package };
  BbTabularTable *services = table (&self, "service");
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  if (!g_output_stream_write_all (stream, "{\"contents\":[", 13, NULL, NULL, error))
    return FALSE;

  /* One service at a time: the JSON of the whole catalogue is never a tree. */
  for (guint i = 0; i < services->rows->len; i++)
    {
      JsonObject *service = service_object (&self, g_ptr_array_index (services->rows, i));
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), service);
      g_autofree char *text = NULL;
      gsize length;

      json_object_unref (service);
      json_generator_set_root (generator, node);
      text = json_generator_to_data (generator, &length);

      if ((i > 0 && !g_output_stream_write_all (stream, ",", 1, NULL, NULL, error)) ||
          !g_output_stream_write_all (stream, text, length, NULL, NULL, error))
        return FALSE;
    }

  return g_output_stream_write_all (stream, "]}", 2, NULL, NULL, error);
}

/* Service n of the JSON is row n of the table of services: named as the user finds it
 * in the package, "services.csv, row 12". */
void
_bb_tabular_name_records (BbTabularPackage *package,
                          BbImport         *import,
                          guint             first)
{
  BbTabularTable *services = _bb_tabular_get_table (package, "service");
  GListModel *records = bb_import_get_records (import);

  for (guint i = first; services != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);
      guint position = bb_import_record_get_line (record);
      BbTabularOrigin *origin;

      if (position < 1 || position > services->origins->len)
        continue;
      origin = &g_array_index (services->origins, BbTabularOrigin, position - 1);
      bb_import_record_set_origin (record, BB_IMPORT_ORIGIN_ROW, origin->line, origin->file);
    }
}
