/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "bb-hsds.h"
#include "bb-hsds-private.h"
#include "bb-text.h"
#include "bb-validate.h"

typedef struct
{
  guint line;
  guint column;
} ParsePosition;

/* Dates, shared with the writer */

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

/* Reading */

static JsonNode *
get_value_node (JsonObject *object,
                const char *member,
                GType       type)
{
  JsonNode *node;

  if (object == NULL)
    return NULL;

  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != type)
    return NULL;

  return node;
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = get_value_node (object, member, G_TYPE_STRING);

  return node != NULL ? json_node_get_string (node) : NULL;
}

/* A whole number of people, places or years; -1 when missing or impossible. */
static int
get_count (JsonObject *object,
           const char *member)
{
  JsonNode *node;
  double value;

  if ((node = get_value_node (object, member, G_TYPE_INT64)) != NULL)
    value = json_node_get_int (node);
  else if ((node = get_value_node (object, member, G_TYPE_DOUBLE)) != NULL)
    value = json_node_get_double (node);
  else
    return -1;

  if (!(value >= 0 && value <= G_MAXINT))
    return -1;

  return (int) value;
}

static JsonObject *
get_object (JsonObject *object,
            const char *member)
{
  JsonNode *node;

  if (object == NULL)
    return NULL;

  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node;

  if (object == NULL)
    return NULL;

  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  return json_node_get_array (node);
}

static guint
array_length (JsonArray *array)
{
  return array != NULL ? json_array_get_length (array) : 0;
}

static JsonObject *
array_object (JsonArray *array,
              guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static char *
dup_trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* Other directories write numbers with quotes or dots ("\"+44 1234 234567\""); keep
 * what a phone number is made of. */
static char *
dup_phone (JsonObject *owner)
{
  JsonArray *phones = get_array (owner, "phones");
  GString *number;
  const char *text = NULL;

  for (guint i = 0; i < array_length (phones) && text == NULL; i++)
    text = get_string (array_object (phones, i), "number");

  if (text == NULL)
    return g_strdup ("");

  number = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) || strchr (" +-()", *p) != NULL)
        g_string_append_c (number, *p);
    }

  return g_strstrip (g_string_free (number, FALSE));
}

static const char *
get_taxonomy (JsonObject *term)
{
  const char *taxonomy = get_string (term, "taxonomy");

  if (taxonomy == NULL)
    taxonomy = get_string (get_object (term, "taxonomy_detail"), "name");

  return taxonomy;
}

/* The value of one of our field attributes among @attributes, or NULL. */
static const char *
find_field_value (JsonArray  *attributes,
                  const char *code)
{
  for (guint i = 0; i < array_length (attributes); i++)
    {
      JsonObject *attribute = array_object (attributes, i);
      JsonObject *term = get_object (attribute, "taxonomy_term");

      if (g_strcmp0 (get_taxonomy (term), BB_HSDS_TAXONOMY_FIELD) == 0 &&
          g_strcmp0 (get_string (term, "code"), code) == 0)
        return get_string (attribute, "value");
    }

  return NULL;
}

static const char *
find_key (JsonArray  *attributes,
          const char *taxonomy)
{
  for (guint i = 0; i < array_length (attributes); i++)
    {
      JsonObject *term = get_object (array_object (attributes, i), "taxonomy_term");

      if (g_strcmp0 (get_taxonomy (term), taxonomy) == 0)
        return get_string (term, "code");
    }

  return NULL;
}

static gboolean
parse_int (const char *text,
           int        *value)
{
  gint64 number;

  if (text == NULL ||
      !g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &number, NULL))
    return FALSE;

  *value = (int) number;
  return TRUE;
}

/* "3 weeks", "3 uger", "P3W" or "3"; other wordings are not guessed at. */
static int
parse_wait_time (const char *text)
{
  g_autofree char *folded = NULL;
  const char *p;
  char *end = NULL;
  guint64 weeks;

  if (text == NULL)
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

static BbProvider *
provider_from_organization (JsonObject *organization)
{
  g_autoptr(BbProvider) provider = NULL;
  g_autofree char *phone = NULL;
  const char *name = get_string (organization, "name");
  JsonArray *attributes = get_array (organization, "attributes");
  const char *id = get_string (organization, "id");
  const char *department = find_field_value (attributes, BB_HSDS_FIELD_DEPARTMENT);
  BbSector sector = BB_SECTOR_MUNICIPALITY;

  if (bb_text_is_blank (name))
    return NULL;

  provider = bb_provider_new (name);
  if (_bb_hsds_is_set (id))
    bb_provider_set_uuid (provider, id);

  /* A provider without our sector is most likely the municipality's own. */
  if (!bb_sector_from_key (find_key (attributes, BB_HSDS_TAXONOMY_SECTOR), &sector))
    sector = BB_SECTOR_MUNICIPALITY;
  bb_provider_set_sector (provider, sector);

  if (department != NULL)
    bb_provider_set_department (provider, department);
  if (get_string (organization, "email") != NULL)
    bb_provider_set_email (provider, get_string (organization, "email"));
  if (get_string (organization, "website") != NULL)
    bb_provider_set_website (provider, get_string (organization, "website"));

  phone = dup_phone (organization);
  bb_provider_set_phone (provider, phone);

  return g_steal_pointer (&provider);
}

static void
read_contacts (BbOffer    *offer,
               JsonObject *service)
{
  JsonArray *contacts = get_array (service, "contacts");
  GListStore *store = bb_offer_get_contacts (offer);

  for (guint i = 0; i < array_length (contacts); i++)
    {
      JsonObject *object = array_object (contacts, i);
      g_autoptr(BbContact) contact = NULL;
      g_autofree char *email = NULL;
      g_autofree char *phone = NULL;
      const char *name;
      const char *title;
      const char *id;
      const char *ambassador;

      if (object == NULL)
        continue;

      name = get_string (object, "name");
      title = get_string (object, "title");
      email = dup_trimmed (get_string (object, "email"));
      phone = dup_phone (object);
      if (bb_text_is_blank (name) && bb_text_is_blank (title) && *email == '\0' && *phone == '\0')
        continue;

      /* Some directories name only the role ("Reception"). */
      contact = bb_contact_new (!bb_text_is_blank (name) ? name : title != NULL ? title : "");
      id = get_string (object, "id");
      if (_bb_hsds_is_set (id))
        bb_contact_set_uuid (contact, id);
      if (title != NULL)
        bb_contact_set_role (contact, title);
      bb_contact_set_email (contact, email);
      bb_contact_set_phone (contact, phone);

      ambassador = find_field_value (get_array (object, "attributes"), BB_HSDS_FIELD_AMBASSADOR);
      bb_contact_set_ambassador (contact, g_strcmp0 (ambassador, "true") == 0);

      g_list_store_append (store, contact);
    }
}

/* "Name, street, postcode city" for each place the service is given. */
static char *
dup_locations (JsonObject *service)
{
  JsonArray *service_at_locations = get_array (service, "service_at_locations");
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < array_length (service_at_locations); i++)
    {
      JsonObject *location = get_object (array_object (service_at_locations, i), "location");
      JsonArray *addresses = get_array (location, "addresses");
      JsonObject *address = array_length (addresses) > 0 ? array_object (addresses, 0) : NULL;
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      const char *name = get_string (location, "name");

      if (_bb_hsds_is_set (name))
        g_ptr_array_add (parts, g_strdup (name));

      if (address != NULL)
        {
          const char *street = get_string (address, "address_1");
          g_autofree char *city = g_strjoin (" ",
                                             _bb_hsds_is_set (get_string (address, "postal_code")) ?
                                             get_string (address, "postal_code") : "",
                                             _bb_hsds_is_set (get_string (address, "city")) ?
                                             get_string (address, "city") : "",
                                             NULL);

          if (_bb_hsds_is_set (street))
            g_ptr_array_add (parts, g_strdup (street));
          g_strstrip (city);
          if (*city != '\0')
            g_ptr_array_add (parts, g_steal_pointer (&city));
        }

      if (parts->len > 0)
        {
          g_ptr_array_add (parts, NULL);
          g_ptr_array_add (texts, g_strjoinv (", ", (char **) parts->pdata));
        }
    }

  g_ptr_array_add (texts, NULL);
  return g_strjoinv ("\n", (char **) texts->pdata);
}

static void
collect_schedules (JsonArray *schedules,
                   GPtrArray *texts)
{
  for (guint i = 0; i < array_length (schedules); i++)
    {
      JsonObject *schedule = array_object (schedules, i);
      const char *description = get_string (schedule, "description");
      const char *opens_at = get_string (schedule, "opens_at");
      const char *closes_at = get_string (schedule, "closes_at");

      if (_bb_hsds_is_set (description))
        g_ptr_array_add (texts, g_strdup (description));
      else if (_bb_hsds_is_set (opens_at) && _bb_hsds_is_set (closes_at))
        {
          const char *byday = get_string (schedule, "byday");

          g_ptr_array_add (texts, g_strdup_printf ("%s%s%s–%s",
                                                   _bb_hsds_is_set (byday) ? byday : "",
                                                   _bb_hsds_is_set (byday) ? " " : "",
                                                   opens_at, closes_at));
        }
    }
}

static char *
dup_opening_hours (JsonObject *service)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  JsonArray *service_at_locations = get_array (service, "service_at_locations");

  collect_schedules (get_array (service, "schedules"), texts);

  /* Some directories only give opening hours per location. */
  for (guint i = 0; i < array_length (service_at_locations) && texts->len == 0; i++)
    collect_schedules (get_array (array_object (service_at_locations, i), "schedules"), texts);

  g_ptr_array_add (texts, NULL);
  return g_strjoinv ("\n", (char **) texts->pdata);
}

static int
read_capacity (JsonObject *service)
{
  JsonArray *capacities = get_array (service, "capacities");

  for (guint i = 0; i < array_length (capacities); i++)
    {
      JsonObject *capacity = array_object (capacities, i);
      int places = get_count (capacity, "maximum");

      if (places < 0)
        places = get_count (capacity, "available");
      if (places >= 0)
        return places;
    }

  return -1;
}

static BbOfferStatus
status_from_hsds (const char *status)
{
  if (g_strcmp0 (status, "inactive") == 0)
    return BB_OFFER_STATUS_PLANNED;
  if (g_strcmp0 (status, "temporarily closed") == 0)
    return BB_OFFER_STATUS_PAUSED;
  if (g_strcmp0 (status, "defunct") == 0)
    return BB_OFFER_STATUS_CLOSED;

  return BB_OFFER_STATUS_ACTIVE;
}

static void
add_keyword (GPtrArray  *keywords,
             const char *keyword)
{
  g_autofree char *trimmed = dup_trimmed (keyword);

  if (*trimmed != '\0' &&
      !g_ptr_array_find_with_equal_func (keywords, trimmed, g_str_equal, NULL))
    g_ptr_array_add (keywords, g_steal_pointer (&trimmed));
}

static void
read_attributes (BbOffer    *offer,
                 JsonObject *service)
{
  JsonArray *attributes = get_array (service, "attributes");
  g_autoptr(GPtrArray) keywords = g_ptr_array_new_with_free_func (g_free);
  const char *exact_keywords = NULL;

  for (guint i = 0; i < array_length (attributes); i++)
    {
      JsonObject *attribute = array_object (attributes, i);
      JsonObject *term = get_object (attribute, "taxonomy_term");
      const char *taxonomy = get_taxonomy (term);
      const char *code = get_string (term, "code");
      const char *name = get_string (term, "name");
      const char *id = get_string (term, "id");
      const char *value = get_string (attribute, "value");

      if (term == NULL)
        continue;

      if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_TARGET_GROUP) == 0 && _bb_hsds_is_set (name))
        {
          g_autoptr(BbTargetGroup) target_group = bb_target_group_new (name);

          if (_bb_hsds_is_set (id))
            bb_target_group_set_uuid (target_group, id);
          g_list_store_append (bb_offer_get_target_groups (offer), target_group);
        }
      else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_STEP) == 0 && _bb_hsds_is_set (name))
        {
          const char *description = get_string (term, "description");
          g_autoptr(BbStep) step = NULL;
          int level = 0;

          if (!parse_int (code, &level))
            level = 0;
          step = bb_step_new (level, name);
          if (_bb_hsds_is_set (id))
            bb_step_set_uuid (step, id);
          /* The name stands in for an empty description, which HSDS requires. */
          if (description != NULL && !g_str_equal (description, name))
            bb_step_set_description (step, description);
          g_list_store_append (bb_offer_get_steps (offer), step);
        }
      else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_STATUS) == 0)
        {
          BbOfferStatus status;

          if (bb_offer_status_from_key (code, &status))
            bb_offer_set_status (offer, status);
        }
      else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_ACCESS) == 0)
        {
          BbAccess access;

          if (bb_access_from_key (code, &access))
            bb_offer_set_access (offer, access);
        }
      else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_FIELD) == 0 && value != NULL)
        {
          int weeks;

          if (g_strcmp0 (code, BB_HSDS_FIELD_SUMMARY) == 0)
            bb_offer_set_summary (offer, value);
          else if (g_strcmp0 (code, BB_HSDS_FIELD_LEGAL_BASIS) == 0)
            bb_offer_set_legal_basis (offer, value);
          else if (g_strcmp0 (code, BB_HSDS_FIELD_WAITING_WEEKS) == 0 &&
                   parse_int (value, &weeks) && weeks >= 0)
            bb_offer_set_waiting_weeks (offer, weeks);
          else if (g_strcmp0 (code, BB_HSDS_FIELD_ID) == 0 && _bb_hsds_is_set (value))
            bb_offer_set_uuid (offer, value);
          else if (g_strcmp0 (code, BB_HSDS_FIELD_KEYWORDS) == 0)
            exact_keywords = value;
        }
      else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_KEYWORD) == 0 ||
               (taxonomy == NULL || !g_str_has_prefix (taxonomy, BB_HSDS_TAXONOMY_PREFIX)))
        {
          add_keyword (keywords, name);
        }
    }

  if (exact_keywords != NULL)
    bb_offer_set_keywords (offer, exact_keywords);
  else if (keywords->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (keywords, NULL);
      joined = g_strjoinv (", ", (char **) keywords->pdata);
      bb_offer_set_keywords (offer, joined);
    }
}

/* The offer a service describes, or NULL with the reason it cannot become one. */
static BbOffer *
offer_from_service (JsonObject  *service,
                    JsonObject  *organization,
                    guint        position,
                    char       **reason)
{
  g_autoptr(BbOffer) offer = NULL;
  g_autoptr(BbProvider) provider = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *location = NULL;
  g_autofree char *opening_hours = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *modified = NULL;
  const char *title = get_string (service, "name");
  const char *id = get_string (service, "id");
  const char *description = get_string (service, "description");
  const char *application_process = get_string (service, "application_process");
  BbAccess access;

  if (bb_text_is_blank (title))
    {
      /* TRANSLATORS: %u is the position of the service in the file (1, 2, …) */
      *reason = g_strdup_printf (_("Service %u has no name."), position);
      return NULL;
    }

  offer = bb_offer_new ();
  if (_bb_hsds_is_set (id))
    bb_offer_set_uuid (offer, id);
  bb_offer_set_title (offer, title);
  if (description != NULL)
    bb_offer_set_description (offer, description);

  if (organization == NULL)
    organization = get_object (service, "organization");
  provider = provider_from_organization (organization);
  if (provider != NULL)
    bb_offer_set_provider (offer, provider);

  bb_offer_set_status (offer, status_from_hsds (get_string (service, "status")));
  /* Our own export names the access route in words; the attribute below is exact. */
  if (bb_access_from_key (application_process, &access))
    bb_offer_set_access (offer, access);

  bb_offer_set_age_min (offer, get_count (service, "minimum_age"));
  bb_offer_set_age_max (offer, get_count (service, "maximum_age"));
  bb_offer_set_capacity (offer, read_capacity (service));
  bb_offer_set_waiting_weeks (offer, parse_wait_time (get_string (service, "wait_time")));

  reviewed = _bb_hsds_dup_date (get_string (service, "assured_date"));
  if (reviewed != NULL)
    bb_offer_set_reviewed (offer, reviewed);
  modified = _bb_hsds_dup_rfc3339 (get_string (service, "last_modified"));
  if (modified != NULL)
    bb_offer_set_modified (offer, modified);

  location = dup_locations (service);
  bb_offer_set_location (offer, location);
  opening_hours = dup_opening_hours (service);
  bb_offer_set_opening_hours (offer, opening_hours);

  read_contacts (offer, service);
  read_attributes (offer, service);

  if (!bb_offer_validate (offer, &error))
    {
      /* TRANSLATORS: %u is the position of the service in the file, %s what is wrong */
      *reason = g_strdup_printf (_("Service %u: %s"), position, error->message);
      return NULL;
    }

  return g_steal_pointer (&offer);
}

static void
read_service (JsonObject *service,
              JsonObject *organization,
              guint       position,
              BbImport   *import)
{
  g_autoptr(BbImportRecord) record = NULL;
  g_autoptr(BbOffer) offer = NULL;
  g_autofree char *reason = NULL;

  if (service == NULL)
    {
      /* TRANSLATORS: %u is the position of the service in the file */
      reason = g_strdup_printf (_("Service %u is not a JSON object."), position);
    }
  else
    {
      offer = offer_from_service (service, organization, position, &reason);
    }

  if (offer != NULL)
    record = bb_import_record_new_offer (position, offer);
  else
    record = bb_import_record_new_rejected (position, reason);

  bb_import_add (import, record);
}

static void
read_services (JsonArray  *services,
               JsonObject *organization,
               BbImport   *import)
{
  for (guint i = 0; i < json_array_get_length (services); i++)
    read_service (array_object (services, i), organization, i + 1, import);
}

static void
on_parser_error (JsonParser *parser,
                 gpointer    parse_error,
                 gpointer    user_data)
{
  ParsePosition *position = user_data;

  position->line = json_parser_get_current_line (parser);
  position->column = json_parser_get_current_pos (parser);
}

static void
set_parse_error (GError        **error,
                 const GError   *parse_error,
                 ParsePosition  *position)
{
  const char *detail = parse_error->message;

  /* json-glib starts with "<data>:line:column: ", which we say in our own words. */
  if (g_str_has_prefix (detail, "<data>:") && strstr (detail, ": ") != NULL)
    detail = strstr (detail, ": ") + 2;

  if (position->line > 0)
    g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                 /* TRANSLATORS: %s is the JSON parser's own description of the problem */
                 _("Line %u: the file is not valid JSON (%s)."), position->line, detail);
  else
    g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                 /* TRANSLATORS: %s is the JSON parser's own description of the problem */
                 _("The file is not valid JSON (%s)."), detail);
}


/* Public API */

gboolean
bb_hsds_read (GInputStream  *stream,
              BbImport      *import,
              GError       **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  ParsePosition position = { 0, 0 };
  JsonNode *root;
  JsonObject *object;
  JsonArray *services;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (BB_IS_IMPORT (import), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  parser = json_parser_new ();
  g_signal_connect (parser, "error", G_CALLBACK (on_parser_error), &position);

  if (!json_parser_load_from_stream (parser, stream, NULL, &local_error))
    {
      if (local_error->domain == JSON_PARSER_ERROR)
        set_parse_error (error, local_error, &position);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  root = json_parser_get_root (parser);
  object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;

  if (object != NULL && json_object_has_member (object, "contents"))
    {
      if ((services = get_array (object, "contents")) == NULL)
        goto wrong_shape;
      read_services (services, NULL, import);
    }
  else if (object != NULL && json_object_has_member (object, "services"))
    {
      if ((services = get_array (object, "services")) == NULL)
        goto wrong_shape;
      read_services (services, object, import);
    }
  else if (object != NULL && json_object_has_member (object, "name"))
    read_service (object, NULL, 1, import);
  else
    goto wrong_shape;

  return TRUE;

wrong_shape:
  g_set_error_literal (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                       _("This JSON file is not an Open Referral (HSDS) service list, "
                         "service or organization."));
  return FALSE;
}
