/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "bb-hsds.h"
#include "bb-offer-change.h"
#include "bb-validate.h"

/* Our own taxonomies. Any other taxonomy term on a service becomes a keyword. */
#define TAXONOMY_PREFIX       "brobygger-"
#define TAXONOMY_TARGET_GROUP "brobygger-target-group"
#define TAXONOMY_STEP         "brobygger-step"
#define TAXONOMY_KEYWORD      "brobygger-keyword"
#define TAXONOMY_STATUS       "brobygger-status"
#define TAXONOMY_ACCESS       "brobygger-access"
#define TAXONOMY_SECTOR       "brobygger-sector"
/* Free text that HSDS has no field for travels as the "value" of an attribute whose
 * term, in this taxonomy, names the field. */
#define TAXONOMY_FIELD        "brobygger-field"

#define FIELD_ID            "id"
#define FIELD_KEYWORDS      "keywords"
#define FIELD_SUMMARY       "summary"
#define FIELD_LEGAL_BASIS   "legal-basis"
#define FIELD_WAITING_WEEKS "waiting-weeks"
#define FIELD_DEPARTMENT    "department"
#define FIELD_AMBASSADOR    "ambassador"

typedef struct
{
  const char *code;
  const char *name;
  const char *description;
} BbHsdsField;

static const BbHsdsField fields[] = {
  { FIELD_ID, N_("Identifier"), N_("The identifier of the offer in Brobygger.") },
  { FIELD_KEYWORDS, N_("Keywords"), N_("The keywords of the offer as written in Brobygger.") },
  { FIELD_SUMMARY, N_("Summary"), N_("A short description of the offer.") },
  { FIELD_LEGAL_BASIS, N_("Legal basis"), N_("The law under which the offer is given.") },
  { FIELD_WAITING_WEEKS, N_("Waiting time in weeks"), N_("The current waiting time in whole weeks.") },
  { FIELD_DEPARTMENT, N_("Department"), N_("The department of the provider that runs the offer.") },
  { FIELD_AMBASSADOR, N_("Ambassador"), N_("The contact person is an ambassador for the offer.") },
};

/* Namespace of the name-based UUIDs (version 5) given to the parts that have no id of
 * their own, so that exporting the same catalogue twice gives the same file:
 * 92d1a078-6a90-4f22-8ef4-4fc72528b6ff. */
static const guint8 uuid_namespace[16] = {
  0x92, 0xd1, 0xa0, 0x78, 0x6a, 0x90, 0x4f, 0x22,
  0x8e, 0xf4, 0x4f, 0xc7, 0x25, 0x28, 0xb6, 0xff,
};

typedef struct
{
  BbStore     *store;
  JsonBuilder *builder;
  guint        n_services;
} WriteData;

typedef struct
{
  guint line;
  guint column;
} ParsePosition;

static char *dup_name_uuid (const char *format,
                            ...) G_GNUC_PRINTF (1, 2);

/* Helpers */

static char *
dup_name_uuid (const char *format,
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

/* HSDS wants UUIDs everywhere; imported ids that are not one get a stable stand-in. */
static char *
dup_valid_uuid (const char *id,
                const char *scope)
{
  if (id != NULL && g_uuid_string_is_valid (id))
    return g_strdup (id);

  return dup_name_uuid ("%s:%s", scope, id != NULL ? id : "");
}

static const BbHsdsField *
lookup_field (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (g_strcmp0 (fields[i].code, code) == 0)
        return &fields[i];
    }

  return NULL;
}

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

/* RFC 3339 in UTC, as the schema's date-time format asks. */
static char *
dup_rfc3339 (const char *text)
{
  g_autoptr(GDateTime) date_time = parse_date_time (text);
  g_autoptr(GDateTime) utc = NULL;

  if (date_time == NULL)
    return NULL;

  utc = g_date_time_to_utc (date_time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
dup_date (const char *text)
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

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Keywords are kept as one comma-separated text. */
static GPtrArray *
split_keywords (const char *keywords)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit (keywords != NULL ? keywords : "", ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *keyword = g_strstrip (parts[i]);

      if (*keyword != '\0' &&
          !g_ptr_array_find_with_equal_func (list, keyword, g_str_equal, NULL))
        g_ptr_array_add (list, g_strdup (keyword));
    }

  return g_steal_pointer (&list);
}

/* Writing */

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  if (!is_set (value))
    return;

  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_required_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         int          value)
{
  if (value < 0)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

/* One attribute linking @link_id to a taxonomy term, with an optional value. */
static void
add_attribute (JsonBuilder *builder,
               const char  *link_id,
               const char  *link_entity,
               const char  *link_type,
               const char  *taxonomy,
               const char  *term_id,
               const char  *code,
               const char  *name,
               const char  *description,
               const char  *value)
{
  g_autofree char *id = dup_name_uuid ("attribute:%s:%s", link_id, term_id);

  json_builder_begin_object (builder);
  add_required_string (builder, "id", id);
  add_required_string (builder, "link_id", link_id);
  add_required_string (builder, "taxonomy_term_id", term_id);
  add_string (builder, "link_type", link_type);
  add_required_string (builder, "link_entity", link_entity);
  if (value != NULL)
    add_required_string (builder, "value", value);

  json_builder_set_member_name (builder, "taxonomy_term");
  json_builder_begin_object (builder);
  add_required_string (builder, "id", term_id);
  add_string (builder, "code", code);
  add_required_string (builder, "name", name);
  add_required_string (builder, "description", description);
  add_required_string (builder, "taxonomy", taxonomy);
  json_builder_end_object (builder);

  json_builder_end_object (builder);
}

static void
add_field_attribute (JsonBuilder *builder,
                     const char  *link_id,
                     const char  *link_entity,
                     const char  *code,
                     const char  *value)
{
  const BbHsdsField *field = lookup_field (code);
  g_autofree char *term_id = dup_name_uuid ("%s:%s", TAXONOMY_FIELD, code);

  g_assert (field != NULL);

  add_attribute (builder, link_id, link_entity, NULL, TAXONOMY_FIELD, term_id,
                 code, _(field->name), _(field->description), value);
}

/* A term of a fixed list (status, access, sector): the key is the code. */
static void
add_key_attribute (JsonBuilder *builder,
                   const char  *link_id,
                   const char  *link_entity,
                   const char  *taxonomy,
                   const char  *key,
                   const char  *label)
{
  g_autofree char *term_id = dup_name_uuid ("%s:%s", taxonomy, key);

  add_attribute (builder, link_id, link_entity, NULL, taxonomy, term_id,
                 key, label, label, NULL);
}

static void
add_phones (JsonBuilder *builder,
            const char  *owner_id,
            const char  *number)
{
  g_autofree char *id = NULL;

  if (!is_set (number))
    return;

  id = dup_name_uuid ("phone:%s", owner_id);

  json_builder_set_member_name (builder, "phones");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_required_string (builder, "id", id);
  add_required_string (builder, "number", number);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static char *
dup_website (const char *website)
{
  g_autofree char *uri = NULL;
  g_autofree char *escaped = NULL;

  if (!is_set (website))
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
add_organization (JsonBuilder *builder,
                  BbProvider  *provider,
                  const char  *organization_id)
{
  BbSector sector = bb_provider_get_sector (provider);
  const char *department = bb_provider_get_department (provider);
  const char *email = bb_provider_get_email (provider);
  g_autofree char *website = dup_website (bb_provider_get_website (provider));
  g_autofree char *description = NULL;

  /* HSDS requires a description; ours is who the provider is. */
  if (is_set (department))
    description = g_strdup_printf ("%s, %s", bb_sector_get_label (sector), department);
  else
    description = g_strdup (bb_sector_get_label (sector));

  json_builder_set_member_name (builder, "organization");
  json_builder_begin_object (builder);
  add_required_string (builder, "id", organization_id);
  add_required_string (builder, "name", bb_provider_get_name (provider));
  add_required_string (builder, "description", description);
  if (bb_validate_email (email))
    add_string (builder, "email", email);
  add_string (builder, "website", website);
  add_phones (builder, organization_id, bb_provider_get_phone (provider));

  json_builder_set_member_name (builder, "attributes");
  json_builder_begin_array (builder);
  add_key_attribute (builder, organization_id, "organization", TAXONOMY_SECTOR,
                     bb_sector_to_key (sector), bb_sector_get_label (sector));
  if (is_set (department))
    add_field_attribute (builder, organization_id, "organization", FIELD_DEPARTMENT, department);
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

static void
add_contacts (JsonBuilder *builder,
              BbOffer     *offer,
              const char  *service_id)
{
  GListModel *contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  guint n_contacts = g_list_model_get_n_items (contacts);

  if (n_contacts == 0)
    return;

  json_builder_set_member_name (builder, "contacts");
  json_builder_begin_array (builder);

  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *scope = g_strdup_printf ("contact:%s:%u", service_id, i);
      g_autofree char *id = dup_valid_uuid (bb_contact_get_uuid (contact), scope);
      const char *email = bb_contact_get_email (contact);

      json_builder_begin_object (builder);
      add_required_string (builder, "id", id);
      add_required_string (builder, "service_id", service_id);
      add_required_string (builder, "name", bb_contact_get_name (contact));
      add_string (builder, "title", bb_contact_get_role (contact));
      if (bb_validate_email (email))
        add_string (builder, "email", email);
      add_phones (builder, id, bb_contact_get_phone (contact));

      /* HSDS has no ambassador; an attribute keeps the mark on the contact itself. */
      if (bb_contact_get_ambassador (contact))
        {
          json_builder_set_member_name (builder, "attributes");
          json_builder_begin_array (builder);
          add_field_attribute (builder, id, "contact", FIELD_AMBASSADOR, "true");
          json_builder_end_array (builder);
        }

      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

static void
add_location (JsonBuilder *builder,
              BbOffer     *offer,
              const char  *service_id)
{
  const char *location = bb_offer_get_location (offer);
  g_autofree char *service_at_location_id = NULL;
  g_autofree char *location_id = NULL;

  if (!is_set (location))
    return;

  service_at_location_id = dup_name_uuid ("service-at-location:%s", service_id);
  location_id = dup_name_uuid ("location:%s", service_id);

  json_builder_set_member_name (builder, "service_at_locations");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_required_string (builder, "id", service_at_location_id);
  add_required_string (builder, "service_id", service_id);
  add_required_string (builder, "location_id", location_id);
  json_builder_set_member_name (builder, "location");
  json_builder_begin_object (builder);
  add_required_string (builder, "id", location_id);
  add_required_string (builder, "location_type", "physical");
  add_required_string (builder, "name", location);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
add_schedule (JsonBuilder *builder,
              BbOffer     *offer,
              const char  *service_id)
{
  const char *opening_hours = bb_offer_get_opening_hours (offer);
  g_autofree char *id = NULL;

  if (!is_set (opening_hours))
    return;

  id = dup_name_uuid ("schedule:%s", service_id);

  json_builder_set_member_name (builder, "schedules");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_required_string (builder, "id", id);
  add_required_string (builder, "service_id", service_id);
  add_required_string (builder, "description", opening_hours);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
add_capacity (JsonBuilder *builder,
              BbOffer     *offer,
              const char  *service_id,
              const char  *updated)
{
  int capacity = bb_offer_get_capacity (offer);
  g_autofree char *id = NULL;
  g_autofree char *unit_id = NULL;

  if (capacity < 0)
    return;

  id = dup_name_uuid ("capacity:%s", service_id);
  unit_id = dup_name_uuid ("unit:places");

  json_builder_set_member_name (builder, "capacities");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_required_string (builder, "id", id);
  add_required_string (builder, "service_id", service_id);
  json_builder_set_member_name (builder, "unit");
  json_builder_begin_object (builder);
  add_required_string (builder, "id", unit_id);
  /* TRANSLATORS: the unit of an offer's capacity, as other directories show it */
  add_required_string (builder, "name", _("places"));
  add_required_string (builder, "scheme", "brobygger");
  add_required_string (builder, "identifier", "places");
  json_builder_end_object (builder);
  add_required_string (builder, "unit_id", unit_id);
  /* We keep the number of places, not how many are free; "available" is required. */
  json_builder_set_member_name (builder, "available");
  json_builder_add_int_value (builder, capacity);
  json_builder_set_member_name (builder, "maximum");
  json_builder_add_int_value (builder, capacity);
  add_required_string (builder, "description", _("Number of places in the offer."));
  add_required_string (builder, "updated", updated);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
add_attributes (JsonBuilder *builder,
                BbOffer     *offer,
                const char  *service_id)
{
  GListModel *target_groups = G_LIST_MODEL (bb_offer_get_target_groups (offer));
  GListModel *steps = G_LIST_MODEL (bb_offer_get_steps (offer));
  g_autoptr(GPtrArray) keywords = split_keywords (bb_offer_get_keywords (offer));
  g_autofree char *joined = NULL;
  BbOfferStatus status = bb_offer_get_status (offer);
  BbAccess access = bb_offer_get_access (offer);
  const char *uuid = bb_offer_get_uuid (offer);

  json_builder_set_member_name (builder, "attributes");
  json_builder_begin_array (builder);

  for (guint i = 0; i < g_list_model_get_n_items (target_groups); i++)
    {
      g_autoptr(BbTargetGroup) target_group = g_list_model_get_item (target_groups, i);
      const char *name = bb_target_group_get_name (target_group);
      g_autofree char *scope = g_strdup_printf ("%s:%s", TAXONOMY_TARGET_GROUP, name);
      g_autofree char *term_id = dup_valid_uuid (bb_target_group_get_uuid (target_group), scope);

      add_attribute (builder, service_id, "service", "audience", TAXONOMY_TARGET_GROUP,
                     term_id, NULL, name, name, NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);
      const char *name = bb_step_get_name (step);
      const char *description = bb_step_get_description (step);
      g_autofree char *code = g_strdup_printf ("%d", bb_step_get_level (step));
      g_autofree char *scope = g_strdup_printf ("%s:%s:%s", TAXONOMY_STEP, code, name);
      g_autofree char *term_id = dup_valid_uuid (bb_step_get_uuid (step), scope);

      add_attribute (builder, service_id, "service", NULL, TAXONOMY_STEP, term_id,
                     code, name, is_set (description) ? description : name, NULL);
    }

  for (guint i = 0; i < keywords->len; i++)
    {
      const char *keyword = g_ptr_array_index (keywords, i);
      g_autofree char *term_id = dup_name_uuid ("%s:%s", TAXONOMY_KEYWORD, keyword);

      add_attribute (builder, service_id, "service", NULL, TAXONOMY_KEYWORD, term_id,
                     NULL, keyword, keyword, NULL);
    }

  add_key_attribute (builder, service_id, "service", TAXONOMY_STATUS,
                     bb_offer_status_to_key (status), bb_offer_status_get_label (status));
  add_key_attribute (builder, service_id, "service", TAXONOMY_ACCESS,
                     bb_access_to_key (access), bb_access_get_label (access));

  if (is_set (bb_offer_get_summary (offer)))
    add_field_attribute (builder, service_id, "service", FIELD_SUMMARY,
                         bb_offer_get_summary (offer));
  if (is_set (bb_offer_get_legal_basis (offer)))
    add_field_attribute (builder, service_id, "service", FIELD_LEGAL_BASIS,
                         bb_offer_get_legal_basis (offer));
  if (bb_offer_get_waiting_weeks (offer) >= 0)
    {
      g_autofree char *weeks = g_strdup_printf ("%d", bb_offer_get_waiting_weeks (offer));

      add_field_attribute (builder, service_id, "service", FIELD_WAITING_WEEKS, weeks);
    }
  /* One term per keyword is what other systems read; the text as typed comes back
   * only when it is not already "a, b, c". */
  g_ptr_array_add (keywords, NULL);
  joined = g_strjoinv (", ", (char **) keywords->pdata);
  if (!g_str_equal (joined, bb_offer_get_keywords (offer)))
    add_field_attribute (builder, service_id, "service", FIELD_KEYWORDS,
                         bb_offer_get_keywords (offer));
  /* Keeps an imported id that is not a UUID, so it comes back unchanged. */
  if (g_strcmp0 (uuid, service_id) != 0 && is_set (uuid))
    add_field_attribute (builder, service_id, "service", FIELD_ID, uuid);

  json_builder_end_array (builder);
}

/* The store starts an offer's history with "created" and marks deleting and restoring. */
static const char *
action_type (const char *field)
{
  if (g_strcmp0 (field, "created") == 0)
    return "create";
  if (g_strcmp0 (field, "deleted") == 0)
    return "delete";

  return "update";
}

static gboolean
add_metadata (JsonBuilder  *builder,
              BbStore      *store,
              BbOffer      *offer,
              const char   *service_id,
              GError      **error)
{
  g_autoptr(GListModel) history = NULL;
  guint n_changes;

  if (bb_offer_get_id (offer) <= 0)
    return TRUE;

  history = bb_store_list_offer_history (store, bb_offer_get_id (offer), error);
  if (history == NULL)
    return FALSE;

  n_changes = g_list_model_get_n_items (history);
  if (n_changes == 0)
    return TRUE;

  json_builder_set_member_name (builder, "metadata");
  json_builder_begin_array (builder);

  for (guint i = 0; i < n_changes; i++)
    {
      g_autoptr(BbOfferChange) change = g_list_model_get_item (history, i);
      /* Newest first: counting from the oldest keeps ids stable as history grows. */
      g_autofree char *id = dup_name_uuid ("metadata:%s:%u", service_id, n_changes - 1 - i);
      g_autofree char *date = dup_date (bb_offer_change_get_changed_at (change));

      json_builder_begin_object (builder);
      add_required_string (builder, "id", id);
      add_required_string (builder, "resource_id", service_id);
      add_required_string (builder, "resource_type", "service");
      add_required_string (builder, "last_action_date", date);
      add_required_string (builder, "last_action_type", action_type (bb_offer_change_get_field (change)));
      add_required_string (builder, "field_name", bb_offer_change_get_field (change));
      add_required_string (builder, "previous_value", bb_offer_change_get_old_value (change));
      add_required_string (builder, "replacement_value", bb_offer_change_get_new_value (change));
      add_required_string (builder, "updated_by", bb_offer_change_get_changed_by (change));
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);

  return TRUE;
}

static const char *
status_to_hsds (BbOfferStatus status)
{
  switch (status)
    {
    case BB_OFFER_STATUS_PLANNED:
      return "inactive";
    case BB_OFFER_STATUS_ACTIVE:
      return "active";
    case BB_OFFER_STATUS_PAUSED:
      return "temporarily closed";
    case BB_OFFER_STATUS_CLOSED:
      return "defunct";
    default:
      g_return_val_if_reached ("inactive");
    }
}

static gboolean
write_offer_cb (BbOffer   *offer,
                gpointer   user_data,
                GError   **error)
{
  WriteData *data = user_data;
  JsonBuilder *builder = data->builder;
  BbProvider *provider = bb_offer_get_provider (offer);
  const char *uuid = bb_offer_get_uuid (offer);
  g_autofree char *service_id = NULL;
  g_autofree char *organization_id = NULL;
  g_autofree char *modified = dup_rfc3339 (bb_offer_get_modified (offer));
  g_autofree char *reviewed = dup_date (bb_offer_get_reviewed (offer));
  g_autofree char *wait_time = NULL;

  if (is_set (uuid))
    service_id = dup_valid_uuid (uuid, "service");
  else
    service_id = g_uuid_string_random ();

  if (provider != NULL)
    {
      g_autofree char *scope = g_strdup_printf ("provider:%s", bb_provider_get_name (provider));

      organization_id = dup_valid_uuid (bb_provider_get_uuid (provider), scope);
    }

  if (modified == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      modified = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
    }

  if (bb_offer_get_waiting_weeks (offer) >= 0)
    {
      int weeks = bb_offer_get_waiting_weeks (offer);

      /* TRANSLATORS: the waiting time; "3 uger" is read back as 3 weeks */
      wait_time = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week", "%d weeks", weeks),
                                   weeks);
    }

  json_builder_begin_object (builder);
  add_required_string (builder, "id", service_id);
  add_string (builder, "organization_id", organization_id);
  add_required_string (builder, "name", bb_offer_get_title (offer));
  add_string (builder, "description", bb_offer_get_description (offer));
  add_required_string (builder, "status", status_to_hsds (bb_offer_get_status (offer)));
  add_string (builder, "application_process", bb_access_get_label (bb_offer_get_access (offer)));
  add_string (builder, "wait_time", wait_time);
  add_int (builder, "minimum_age", bb_offer_get_age_min (offer));
  add_int (builder, "maximum_age", bb_offer_get_age_max (offer));
  add_string (builder, "assured_date", reviewed);
  add_required_string (builder, "last_modified", modified);
  add_schedule (builder, offer, service_id);
  add_location (builder, offer, service_id);
  if (provider != NULL)
    add_organization (builder, provider, organization_id);
  add_contacts (builder, offer, service_id);
  add_capacity (builder, offer, service_id, modified);
  add_attributes (builder, offer, service_id);
  if (!add_metadata (builder, data->store, offer, service_id, error))
    return FALSE;
  json_builder_end_object (builder);

  data->n_services++;

  return TRUE;
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

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
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

      if (g_strcmp0 (get_taxonomy (term), TAXONOMY_FIELD) == 0 &&
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
  const char *department = find_field_value (attributes, FIELD_DEPARTMENT);
  BbSector sector = BB_SECTOR_MUNICIPALITY;

  if (is_blank (name))
    return NULL;

  provider = bb_provider_new (name);
  if (is_set (id))
    bb_provider_set_uuid (provider, id);

  /* A provider without our sector is most likely the municipality's own. */
  if (!bb_sector_from_key (find_key (attributes, TAXONOMY_SECTOR), &sector))
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
      if (is_blank (name) && is_blank (title) && *email == '\0' && *phone == '\0')
        continue;

      /* Some directories name only the role ("Reception"). */
      contact = bb_contact_new (!is_blank (name) ? name : title != NULL ? title : "");
      id = get_string (object, "id");
      if (is_set (id))
        bb_contact_set_uuid (contact, id);
      if (title != NULL)
        bb_contact_set_role (contact, title);
      bb_contact_set_email (contact, email);
      bb_contact_set_phone (contact, phone);

      ambassador = find_field_value (get_array (object, "attributes"), FIELD_AMBASSADOR);
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

      if (is_set (name))
        g_ptr_array_add (parts, g_strdup (name));

      if (address != NULL)
        {
          const char *street = get_string (address, "address_1");
          g_autofree char *city = g_strjoin (" ",
                                             is_set (get_string (address, "postal_code")) ?
                                             get_string (address, "postal_code") : "",
                                             is_set (get_string (address, "city")) ?
                                             get_string (address, "city") : "",
                                             NULL);

          if (is_set (street))
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

      if (is_set (description))
        g_ptr_array_add (texts, g_strdup (description));
      else if (is_set (opens_at) && is_set (closes_at))
        {
          const char *byday = get_string (schedule, "byday");

          g_ptr_array_add (texts, g_strdup_printf ("%s%s%s–%s",
                                                   is_set (byday) ? byday : "",
                                                   is_set (byday) ? " " : "",
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

      if (g_strcmp0 (taxonomy, TAXONOMY_TARGET_GROUP) == 0 && is_set (name))
        {
          g_autoptr(BbTargetGroup) target_group = bb_target_group_new (name);

          if (is_set (id))
            bb_target_group_set_uuid (target_group, id);
          g_list_store_append (bb_offer_get_target_groups (offer), target_group);
        }
      else if (g_strcmp0 (taxonomy, TAXONOMY_STEP) == 0 && is_set (name))
        {
          const char *description = get_string (term, "description");
          g_autoptr(BbStep) step = NULL;
          int level = 0;

          if (!parse_int (code, &level))
            level = 0;
          step = bb_step_new (level, name);
          if (is_set (id))
            bb_step_set_uuid (step, id);
          /* The name stands in for an empty description, which HSDS requires. */
          if (description != NULL && !g_str_equal (description, name))
            bb_step_set_description (step, description);
          g_list_store_append (bb_offer_get_steps (offer), step);
        }
      else if (g_strcmp0 (taxonomy, TAXONOMY_STATUS) == 0)
        {
          BbOfferStatus status;

          if (bb_offer_status_from_key (code, &status))
            bb_offer_set_status (offer, status);
        }
      else if (g_strcmp0 (taxonomy, TAXONOMY_ACCESS) == 0)
        {
          BbAccess access;

          if (bb_access_from_key (code, &access))
            bb_offer_set_access (offer, access);
        }
      else if (g_strcmp0 (taxonomy, TAXONOMY_FIELD) == 0 && value != NULL)
        {
          int weeks;

          if (g_strcmp0 (code, FIELD_SUMMARY) == 0)
            bb_offer_set_summary (offer, value);
          else if (g_strcmp0 (code, FIELD_LEGAL_BASIS) == 0)
            bb_offer_set_legal_basis (offer, value);
          else if (g_strcmp0 (code, FIELD_WAITING_WEEKS) == 0 && parse_int (value, &weeks) &&
                   weeks >= 0)
            bb_offer_set_waiting_weeks (offer, weeks);
          else if (g_strcmp0 (code, FIELD_ID) == 0 && is_set (value))
            bb_offer_set_uuid (offer, value);
          else if (g_strcmp0 (code, FIELD_KEYWORDS) == 0)
            exact_keywords = value;
        }
      else if (g_strcmp0 (taxonomy, TAXONOMY_KEYWORD) == 0 ||
               (taxonomy == NULL || !g_str_has_prefix (taxonomy, TAXONOMY_PREFIX)))
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

  if (is_blank (title))
    {
      /* TRANSLATORS: %u is the position of the service in the file (1, 2, …) */
      *reason = g_strdup_printf (_("Service %u has no name."), position);
      return NULL;
    }

  offer = bb_offer_new ();
  if (is_set (id))
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

  reviewed = dup_date (get_string (service, "assured_date"));
  if (reviewed != NULL)
    bb_offer_set_reviewed (offer, reviewed);
  modified = dup_rfc3339 (get_string (service, "last_modified"));
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

gboolean
bb_hsds_write (BbStore        *store,
               GOutputStream  *stream,
               GError        **error)
{
  g_autoptr(JsonBuilder) services = json_builder_new ();
  g_autoptr(JsonBuilder) page = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  gsize length;
  WriteData data = { store, services, 0 };

  g_return_val_if_fail (BB_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  json_builder_begin_array (services);
  if (!bb_store_foreach_offer (store, write_offer_cb, &data, error))
    return FALSE;
  json_builder_end_array (services);

  json_builder_begin_object (page);
  json_builder_set_member_name (page, "total_items");
  json_builder_add_int_value (page, data.n_services);
  json_builder_set_member_name (page, "total_pages");
  json_builder_add_int_value (page, 1);
  json_builder_set_member_name (page, "page_number");
  json_builder_add_int_value (page, 1);
  json_builder_set_member_name (page, "size");
  json_builder_add_int_value (page, data.n_services);
  json_builder_set_member_name (page, "first_page");
  json_builder_add_boolean_value (page, TRUE);
  json_builder_set_member_name (page, "last_page");
  json_builder_add_boolean_value (page, TRUE);
  json_builder_set_member_name (page, "empty");
  json_builder_add_boolean_value (page, data.n_services == 0);
  json_builder_set_member_name (page, "contents");
  json_builder_add_value (page, json_builder_get_root (services));
  json_builder_end_object (page);

  root = json_builder_get_root (page);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  /* Not json_generator_to_stream (): json-glib 1.6 makes one write there and takes a
   * short one for success, which on a full disk would leave a cut-off file. */
  text = json_generator_to_data (generator, &length);
  return g_output_stream_write_all (stream, text, length, NULL, NULL, error) &&
         g_output_stream_write_all (stream, "\n", 1, NULL, NULL, error);
}
