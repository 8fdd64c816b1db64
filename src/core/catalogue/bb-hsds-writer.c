/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "bb-hsds.h"
#include "bb-hsds-private.h"
#include "bb-offer-change.h"
#include "bb-validate.h"

typedef struct
{
  const char *code;
  const char *name;
  const char *description;
} BbHsdsField;

static const BbHsdsField fields[] = {
  { BB_HSDS_FIELD_ID, N_("Identifier"),
    N_("The identifier of the offer in Brobygger.") },
  { BB_HSDS_FIELD_KEYWORDS, N_("Keywords"),
    N_("The keywords of the offer as written in Brobygger.") },
  { BB_HSDS_FIELD_SUMMARY, N_("Summary"),
    N_("A short description of the offer.") },
  { BB_HSDS_FIELD_LEGAL_BASIS, N_("Legal basis"),
    N_("The law under which the offer is given.") },
  { BB_HSDS_FIELD_WAITING_WEEKS, N_("Waiting time in weeks"),
    N_("The current waiting time in whole weeks.") },
  { BB_HSDS_FIELD_DEPARTMENT, N_("Department"),
    N_("The department of the provider that runs the offer.") },
  { BB_HSDS_FIELD_AMBASSADOR, N_("Ambassador"),
    N_("The contact person is an ambassador for the offer.") },
};

/* Namespace of the name-based UUIDs (version 5) given to the parts that have no id of
 * their own, so that exporting the same catalogue twice gives the same file:
 * 92d1a078-6a90-4f22-8ef4-4fc72528b6ff. */
static const guint8 uuid_namespace[16] = {
  0x92, 0xd1, 0xa0, 0x78, 0x6a, 0x90, 0x4f, 0x22,
  0x8e, 0xf4, 0x4f, 0xc7, 0x25, 0x28, 0xb6, 0xff,
};

struct _BbHsdsWriter
{
  GOutputStream *stream;
  /* Kept until the close: the page says how many services it holds before it lists
   * them. */
  JsonArray     *services;
};

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
  if (!_bb_hsds_is_set (value))
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
  g_autofree char *term_id = dup_name_uuid ("%s:%s", BB_HSDS_TAXONOMY_FIELD, code);

  g_assert (field != NULL);

  add_attribute (builder, link_id, link_entity, NULL, BB_HSDS_TAXONOMY_FIELD, term_id,
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

  if (!_bb_hsds_is_set (number))
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
  if (_bb_hsds_is_set (department))
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
  add_key_attribute (builder, organization_id, "organization", BB_HSDS_TAXONOMY_SECTOR,
                     bb_sector_to_key (sector), bb_sector_get_label (sector));
  if (_bb_hsds_is_set (department))
    add_field_attribute (builder, organization_id, "organization", BB_HSDS_FIELD_DEPARTMENT,
                         department);
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
          add_field_attribute (builder, id, "contact", BB_HSDS_FIELD_AMBASSADOR, "true");
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

  if (!_bb_hsds_is_set (location))
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

  if (!_bb_hsds_is_set (opening_hours))
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
      g_autofree char *scope = g_strdup_printf ("%s:%s", BB_HSDS_TAXONOMY_TARGET_GROUP, name);
      g_autofree char *term_id = dup_valid_uuid (bb_target_group_get_uuid (target_group), scope);

      add_attribute (builder, service_id, "service", "audience", BB_HSDS_TAXONOMY_TARGET_GROUP,
                     term_id, NULL, name, name, NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);
      const char *name = bb_step_get_name (step);
      const char *description = bb_step_get_description (step);
      g_autofree char *code = g_strdup_printf ("%d", bb_step_get_level (step));
      g_autofree char *scope = g_strdup_printf ("%s:%s:%s", BB_HSDS_TAXONOMY_STEP, code, name);
      g_autofree char *term_id = dup_valid_uuid (bb_step_get_uuid (step), scope);

      add_attribute (builder, service_id, "service", NULL, BB_HSDS_TAXONOMY_STEP, term_id,
                     code, name, _bb_hsds_is_set (description) ? description : name, NULL);
    }

  for (guint i = 0; i < keywords->len; i++)
    {
      const char *keyword = g_ptr_array_index (keywords, i);
      g_autofree char *term_id = dup_name_uuid ("%s:%s", BB_HSDS_TAXONOMY_KEYWORD, keyword);

      add_attribute (builder, service_id, "service", NULL, BB_HSDS_TAXONOMY_KEYWORD, term_id,
                     NULL, keyword, keyword, NULL);
    }

  add_key_attribute (builder, service_id, "service", BB_HSDS_TAXONOMY_STATUS,
                     bb_offer_status_to_key (status), bb_offer_status_get_label (status));
  add_key_attribute (builder, service_id, "service", BB_HSDS_TAXONOMY_ACCESS,
                     bb_access_to_key (access), bb_access_get_label (access));

  if (_bb_hsds_is_set (bb_offer_get_summary (offer)))
    add_field_attribute (builder, service_id, "service", BB_HSDS_FIELD_SUMMARY,
                         bb_offer_get_summary (offer));
  if (_bb_hsds_is_set (bb_offer_get_legal_basis (offer)))
    add_field_attribute (builder, service_id, "service", BB_HSDS_FIELD_LEGAL_BASIS,
                         bb_offer_get_legal_basis (offer));
  if (bb_offer_get_waiting_weeks (offer) >= 0)
    {
      g_autofree char *weeks = g_strdup_printf ("%d", bb_offer_get_waiting_weeks (offer));

      add_field_attribute (builder, service_id, "service", BB_HSDS_FIELD_WAITING_WEEKS, weeks);
    }
  /* One term per keyword is what other systems read; the text as typed comes back
   * only when it is not already "a, b, c". */
  g_ptr_array_add (keywords, NULL);
  joined = g_strjoinv (", ", (char **) keywords->pdata);
  if (!g_str_equal (joined, bb_offer_get_keywords (offer)))
    add_field_attribute (builder, service_id, "service", BB_HSDS_FIELD_KEYWORDS,
                         bb_offer_get_keywords (offer));
  /* Keeps an imported id that is not a UUID, so it comes back unchanged. */
  if (g_strcmp0 (uuid, service_id) != 0 && _bb_hsds_is_set (uuid))
    add_field_attribute (builder, service_id, "service", BB_HSDS_FIELD_ID, uuid);

  json_builder_end_array (builder);
}

/* An offer's history starts with "created" and marks deleting and restoring. */
static const char *
action_type (const char *field)
{
  if (g_strcmp0 (field, "created") == 0)
    return "create";
  if (g_strcmp0 (field, "deleted") == 0)
    return "delete";

  return "update";
}

static void
add_metadata (JsonBuilder *builder,
              GListModel  *history,
              const char  *service_id)
{
  guint n_changes = history != NULL ? g_list_model_get_n_items (history) : 0;

  if (n_changes == 0)
    return;

  json_builder_set_member_name (builder, "metadata");
  json_builder_begin_array (builder);

  for (guint i = 0; i < n_changes; i++)
    {
      g_autoptr(BbOfferChange) change = g_list_model_get_item (history, i);
      /* Newest first: counting from the oldest keeps ids stable as history grows. */
      g_autofree char *id = dup_name_uuid ("metadata:%s:%u", service_id, n_changes - 1 - i);
      g_autofree char *date = _bb_hsds_dup_date (bb_offer_change_get_changed_at (change));

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

/* One service, with @history as its metadata. */
static JsonNode *
build_service (BbOffer    *offer,
               GListModel *history)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  BbProvider *provider = bb_offer_get_provider (offer);
  const char *uuid = bb_offer_get_uuid (offer);
  g_autofree char *service_id = NULL;
  g_autofree char *organization_id = NULL;
  g_autofree char *modified = _bb_hsds_dup_rfc3339 (bb_offer_get_modified (offer));
  g_autofree char *reviewed = _bb_hsds_dup_date (bb_offer_get_reviewed (offer));
  g_autofree char *wait_time = NULL;

  if (_bb_hsds_is_set (uuid))
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
  add_metadata (builder, history, service_id);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Public API */

BbHsdsWriter *
bb_hsds_writer_new (GOutputStream *stream)
{
  BbHsdsWriter *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  self = g_new0 (BbHsdsWriter, 1);
  self->stream = g_object_ref (stream);
  self->services = json_array_new ();

  return self;
}

gboolean
bb_hsds_writer_add (BbHsdsWriter  *self,
                    BbOffer       *offer,
                    GListModel    *history,
                    GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (BB_IS_OFFER (offer), FALSE);
  g_return_val_if_fail (history == NULL || G_IS_LIST_MODEL (history), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  json_array_add_element (self->services, build_service (offer, history));

  return TRUE;
}

gboolean
bb_hsds_writer_close (BbHsdsWriter  *self,
                      GError       **error)
{
  g_autoptr(JsonBuilder) page = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  guint n_services;
  gsize length;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_services = json_array_get_length (self->services);

  json_builder_begin_object (page);
  json_builder_set_member_name (page, "total_items");
  json_builder_add_int_value (page, n_services);
  json_builder_set_member_name (page, "total_pages");
  json_builder_add_int_value (page, 1);
  json_builder_set_member_name (page, "page_number");
  json_builder_add_int_value (page, 1);
  json_builder_set_member_name (page, "size");
  json_builder_add_int_value (page, n_services);
  json_builder_set_member_name (page, "first_page");
  json_builder_add_boolean_value (page, TRUE);
  json_builder_set_member_name (page, "last_page");
  json_builder_add_boolean_value (page, TRUE);
  json_builder_set_member_name (page, "empty");
  json_builder_add_boolean_value (page, n_services == 0);
  json_builder_set_member_name (page, "contents");
  json_builder_add_value (page, json_node_init_array (json_node_alloc (), self->services));
  json_builder_end_object (page);

  root = json_builder_get_root (page);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  /* Not json_generator_to_stream (): json-glib 1.6 makes one write there and takes a
   * short one for success, which on a full disk would leave a cut-off file. */
  text = json_generator_to_data (generator, &length);
  return g_output_stream_write_all (self->stream, text, length, NULL, NULL, error) &&
         g_output_stream_write_all (self->stream, "\n", 1, NULL, NULL, error) &&
         g_output_stream_flush (self->stream, NULL, error);
}

void
bb_hsds_writer_free (BbHsdsWriter *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_clear_pointer (&self->services, json_array_unref);
  g_free (self);
}
