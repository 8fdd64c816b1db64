/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the HSDS reader and writer share: dates, the ids Brobygger makes, the members
 * kept as they came, and the texts both sides must make the same way. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-hsds-private.h"
#include "bb-import.h"
#include "bb-offer-location.h"
#include "bb-records.h"
#include "bb-validate.h"

/* Namespace of the name-based UUIDs (version 5) given to the parts that have no id of
 * their own, so that exporting the same catalogue twice gives the same file:
 * 92d1a078-6a90-4f22-8ef4-4fc72528b6ff. */
static const guint8 uuid_namespace[16] = {
  0x92, 0xd1, 0xa0, 0x78, 0x6a, 0x90, 0x4f, 0x22,
  0x8e, 0xf4, 0x4f, 0xc7, 0x25, 0x28, 0xb6, 0xff,
};

/* ---- dates ----------------------------------------------------------- */

static GDateTime *
parse_date_time (const char *text)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autofree char *normalized = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  /* SQLite writes a space where ISO 8601 has the T. */
  normalized = g_strdup (text);
  if (strlen (normalized) > 10 && normalized[10] == ' ')
    normalized[10] = 'T';

  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (normalized, utc);
}

char *
_bb_hsds_dup_rfc3339 (const char *text)
{
  g_autoptr(GDateTime) date_time = parse_date_time (text);
  g_autoptr(GDateTime) utc = NULL;

  if (date_time == NULL)
    return NULL;

  utc = g_date_time_to_utc (date_time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

char *
_bb_hsds_dup_date (const char *text)
{
  g_autoptr(GDateTime) date_time = parse_date_time (text);

  if (date_time != NULL)
    return g_date_time_format (date_time, "%Y-%m-%d");

  if (text != NULL && strlen (text) >= 10)
    {
      g_autofree char *date = g_strndup (text, 10);

      if (bb_validate_date (date))
        return g_steal_pointer (&date);
    }

  return NULL;
}

/* ---- ids ------------------------------------------------------------- */

char *
_bb_hsds_dup_name_uuid (const char *format,
                        ...)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  g_autofree char *name = NULL;
  guint8 digest[20];
  gsize length = sizeof (digest);
  va_list args;

  va_start (args, format);
  name = g_strdup_vprintf (format, args);
  va_end (args);

  g_checksum_update (checksum, uuid_namespace, sizeof (uuid_namespace));
  g_checksum_update (checksum, (const guchar *) name, -1);
  g_checksum_get_digest (checksum, digest, &length);

  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3],
                          digest[4], digest[5], digest[6], digest[7],
                          digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

char *
_bb_hsds_dup_valid_uuid (const char *id,
                         const char *scope)
{
  if (id != NULL && g_uuid_string_is_valid (id))
    return g_strdup (id);

  return _bb_hsds_dup_name_uuid ("%s:%s", scope, id != NULL ? id : "");
}

char *
_bb_hsds_dup_text_location_id (const char *service_id,
                               gboolean    link)
{
  return _bb_hsds_dup_name_uuid (link ? "service-at-location:%s" : "location:%s", service_id);
}

char *
_bb_hsds_dup_text_schedule_id (const char *service_id)
{
  return _bb_hsds_dup_name_uuid ("schedule:%s", service_id);
}

char *
_bb_hsds_dup_phone_id (const char *owner_id)
{
  return _bb_hsds_dup_name_uuid ("phone:%s", owner_id);
}

char *
_bb_hsds_dup_capacity_id (const char *service_id)
{
  return _bb_hsds_dup_name_uuid ("capacity:%s", service_id);
}

/* Counting from the oldest keeps the ids stable as history grows. */
char *
_bb_hsds_dup_metadata_id (const char *service_id,
                          guint       n)
{
  return _bb_hsds_dup_name_uuid ("metadata:%s:%u", service_id, n);
}

/* ---- kept members ---------------------------------------------------- */

const char *
_bb_hsds_get_string (JsonObject *object,
                     const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

JsonObject *
_bb_hsds_get_object (JsonObject *object,
                     const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
_bb_hsds_get_array (JsonObject *object,
                    const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}


JsonNode *
_bb_hsds_copy (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *from = json_node_get_object (node);
      JsonNode *copy = json_node_new (JSON_NODE_OBJECT);
      JsonObject *to = json_object_new ();
      g_autoptr(GList) members = json_object_get_members (from);

      for (GList *l = members; l != NULL; l = l->next)
        json_object_set_member (to, l->data, _bb_hsds_copy (json_object_get_member (from, l->data)));

      json_node_take_object (copy, to);
      return copy;
    }

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *from = json_node_get_array (node);
      JsonNode *copy = json_node_new (JSON_NODE_ARRAY);
      JsonArray *to = json_array_sized_new (json_array_get_length (from));

      for (guint i = 0; i < json_array_get_length (from); i++)
        json_array_add_element (to, _bb_hsds_copy (json_array_get_element (from, i)));

      json_node_take_array (copy, to);
      return copy;
    }

  return json_node_copy (node);
}

/* In the order of their names: what is kept must not read as changed because the
 * writer put one of its members elsewhere (a last_modified written in place, say). */
char *
_bb_hsds_dup_rest (JsonObject *rest)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *sorted;

  if (rest == NULL || json_object_get_size (rest) == 0)
    return NULL;

  sorted = json_object_new ();
  members = g_list_sort (json_object_get_members (rest), (GCompareFunc) strcmp);
  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (sorted, l->data, json_object_dup_member (rest, l->data));

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, sorted);
  return json_to_string (node, FALSE);
}

JsonObject *
_bb_hsds_parse_extra (const char *extra)
{
  g_autoptr(JsonNode) node = NULL;

  if (!_bb_hsds_is_set (extra))
    return NULL;

  /* Written by _bb_hsds_dup_rest (), so always an object; anything else is ignored
   * rather than written into a file. */
  node = json_from_string (extra, NULL);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_object_ref (json_node_get_object (node));
}

void
_bb_hsds_merge_extra (JsonObject *object,
                      JsonObject *extra)
{
  g_autoptr(GList) members = NULL;

  if (extra == NULL)
    return;

  members = json_object_get_members (extra);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *kept = json_object_get_member (extra, name);
      JsonNode *written = json_object_get_member (object, name);

      if (written == NULL)
        json_object_set_member (object, name, json_node_copy (kept));
      else if (JSON_NODE_HOLDS_ARRAY (written) && JSON_NODE_HOLDS_ARRAY (kept))
        {
          JsonArray *to = json_node_get_array (written);
          JsonArray *from = json_node_get_array (kept);

          for (guint i = 0; i < json_array_get_length (from); i++)
            json_array_add_element (to, json_node_copy (json_array_get_element (from, i)));
        }
      else if (JSON_NODE_HOLDS_OBJECT (written) && JSON_NODE_HOLDS_OBJECT (kept))
        _bb_hsds_merge_extra (json_node_get_object (written), json_node_get_object (kept));
      /* Otherwise Brobygger's value is the newer one. */
    }
}

static char *
find_unwritable_number (JsonNode   *node,
                        const char *member)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          char *found = find_unwritable_number (json_object_get_member (object, l->data), l->data);

          if (found != NULL)
            return found;
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          char *found = find_unwritable_number (json_array_get_element (array, i), member);

          if (found != NULL)
            return found;
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      char text[G_ASCII_DTOSTR_BUF_SIZE];

      /* What json-glib's generator does with a double. */
      g_ascii_dtostr (text, sizeof text, json_node_get_double (node));
      if (strpbrk (text, "eEn") != NULL && strchr (text, '.') == NULL)
        return g_strdup (member != NULL ? member : "");
    }

  return NULL;
}

char *
_bb_hsds_find_unwritable_number (JsonNode *node)
{
  return node != NULL ? find_unwritable_number (node, NULL) : NULL;
}

/* ---- texts both sides make ------------------------------------------- */

static char *
dup_lines (GPtrArray            *records,
           BbRecordToStringFunc  to_string)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      char *line = to_string (g_ptr_array_index (records, i));

      if (*line != '\0')
        g_ptr_array_add (lines, line);
      else
        g_free (line);
    }

  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

char *
_bb_hsds_dup_locations_text (GPtrArray *locations)
{
  return dup_lines (locations, (BbRecordToStringFunc) bb_offer_location_to_string);
}

char *
_bb_hsds_dup_schedules_text (GPtrArray *schedules,
                             GPtrArray *locations)
{
  char *text = dup_lines (schedules, (BbRecordToStringFunc) bb_schedule_to_string);

  /* Some directories only give opening hours per place. */
  for (guint i = 0; locations != NULL && i < locations->len && *text == '\0'; i++)
    {
      BbOfferLocation *location = g_ptr_array_index (locations, i);

      g_free (text);
      text = dup_lines (location->schedules, (BbRecordToStringFunc) bb_schedule_to_string);
    }

  return text;
}

char *
_bb_hsds_format_wait_time (int      weeks,
                           gboolean english)
{
  if (english)
    return g_strdup_printf (weeks == 1 ? "%d week" : "%d weeks", weeks);

  /* TRANSLATORS: the waiting time; "3 uger" is read back as 3 weeks */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week", "%d weeks", weeks), weeks);
}

int
_bb_hsds_parse_wait_time (const char *text)
{
  g_autofree char *folded = NULL;
  const char *p;
  char *end = NULL;
  guint64 weeks;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return -1;

  folded = g_utf8_casefold (text, -1);
  p = g_strstrip (folded);
  if (*p == 'p')
    p++;
  if (!g_ascii_isdigit (*p))
    return -1;

  weeks = g_ascii_strtoull (p, &end, 10);
  if (weeks > G_MAXINT)
    return -1;

  while (*end == ' ')
    end++;
  if (*end == '\0' || g_str_equal (end, "w") || g_str_has_prefix (end, "week") ||
      g_str_has_prefix (end, "uge"))
    return (int) weeks;

  return -1;
}

gint64
_bb_hsds_get_capacity (JsonArray *capacities)
{
  for (guint i = 0; capacities != NULL && i < json_array_get_length (capacities); i++)
    {
      JsonNode *element = json_array_get_element (capacities, i);
      JsonObject *capacity = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;

      for (guint j = 0; capacity != NULL && j < 2; j++)
        {
          JsonNode *node = json_object_get_member (capacity, j == 0 ? "maximum" : "available");

          if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
              json_node_get_value_type (node) == G_TYPE_INT64 && json_node_get_int (node) >= 0 &&
              json_node_get_int (node) <= G_MAXINT)
            return json_node_get_int (node);
          if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
              json_node_get_value_type (node) == G_TYPE_DOUBLE && json_node_get_double (node) >= 0 &&
              json_node_get_double (node) <= G_MAXINT &&
              json_node_get_double (node) == (gint64) json_node_get_double (node))
            return (gint64) json_node_get_double (node);
        }
    }

  return -1;
}

char *
_bb_hsds_dup_clean_phone (const char *number)
{
  GString *clean = g_string_new (NULL);

  for (const char *p = number != NULL ? number : ""; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) || strchr (" +-()", *p) != NULL)
        g_string_append_c (clean, *p);
    }

  return g_strstrip (g_string_free (clean, FALSE));
}

char *
_bb_hsds_dup_organization_description (BbSector    sector,
                                       const char *department)
{
  /* HSDS requires a description; ours is who the provider is. */
  if (_bb_hsds_is_set (department))
    return g_strdup_printf ("%s, %s", bb_sector_get_label (sector), department);

  return g_strdup (bb_sector_get_label (sector));
}

char *
_bb_hsds_dup_website (const char *website)
{
  g_autofree char *uri = NULL;
  g_autofree char *escaped = NULL;

  if (!_bb_hsds_is_set (website))
    return NULL;

  /* People write "www.example.dk"; the schema wants an absolute URI. */
  if (strstr (website, "://") == NULL)
    uri = g_strconcat ("https://", website, NULL);
  else
    uri = g_strdup (website);

  /* Letters like "ø" and spaces are not allowed in a URI; percent-encode them. */
  escaped = g_uri_escape_string (uri, G_URI_RESERVED_CHARS_GENERIC_DELIMITERS
                                      G_URI_RESERVED_CHARS_SUBCOMPONENT_DELIMITERS "%",
                                 FALSE);
  if (!g_uri_is_valid (escaped, G_URI_FLAGS_NONE, NULL))
    return NULL;

  return g_steal_pointer (&escaped);
}

static void
on_parser_error (JsonParser *parser,
                 gpointer    parse_error,
                 gpointer    user_data)
{
  guint *line = user_data;

  *line = json_parser_get_current_line (parser);
}

JsonNode *
_bb_hsds_parse (const char  *text,
                gsize        length,
                guint        first_line,
                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  const char *detail;
  JsonNode *root;
  guint line = 0;

  g_signal_connect (parser, "error", G_CALLBACK (on_parser_error), &line);
  if (json_parser_load_from_data (parser, text, length, &parse_error))
    {
      root = json_parser_get_root (parser);
      return root != NULL ? json_node_copy (root) : json_node_new (JSON_NODE_NULL);
    }

  /* json-glib starts with "<data>:line:column: ", which we say in our own words. */
  detail = parse_error->message;
  if (g_str_has_prefix (detail, "<data>:") && strstr (detail, ": ") != NULL)
    detail = strstr (detail, ": ") + 2;

  if (line > 0)
    g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                 /* TRANSLATORS: %s is the JSON parser's own description of the problem */
                 _("Line %u: the file is not valid JSON (%s)."), first_line + line - 1, detail);
  else
    g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                 /* TRANSLATORS: %s is the JSON parser's own description of the problem */
                 _("The file is not valid JSON (%s)."), detail);
  return NULL;
}
