/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Writing the parts of an HSDS service: phones, schedules, places, contact persons
 * and the organization, each followed by what was kept of it. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-hsds-private.h"
#include "bb-hsds-writer-private.h"
#include "bb-validate.h"

/* ---- phones ---------------------------------------------------------- */

/* @organization: an organization's phones keep their ids as they came, and the first
 * without one takes the id a provider's single phone had before its phones were
 * stored one by one, so that files written since read the same. */
static void
write_phones (JsonBuilder *builder,
              GPtrArray   *phones,
              const char  *owner_id,
              gboolean     organization)
{
  if (phones == NULL || phones->len == 0)
    return;

  json_builder_set_member_name (builder, "phones");
  json_builder_begin_array (builder);

  for (guint i = 0; i < phones->len; i++)
    {
      BbPhone *phone = g_ptr_array_index (phones, i);
      g_autoptr(JsonBuilder) object = _bb_hsds_begin_object ();
      g_autoptr(JsonObject) extra = _bb_hsds_parse_extra (phone->extra);
      g_autofree char *scope = g_strdup_printf ("phone:%s:%u", owner_id, i);
      g_autofree char *id = NULL;

      if (organization && phone->id != NULL)
        id = g_strdup (phone->id);
      else if (organization && i == 0)
        id = _bb_hsds_dup_phone_id (owner_id);
      else
        id = _bb_hsds_dup_valid_uuid (phone->id, scope);

      _bb_hsds_add_required_string (object, "id", id);
      _bb_hsds_add_required_string (object, "number", phone->number);
      _bb_hsds_add_int (object, "extension", phone->extension);
      _bb_hsds_add_string (object, "type", phone->type);
      _bb_hsds_add_string (object, "description", phone->description);
      json_builder_add_value (builder, _bb_hsds_end_object (object, extra));
    }

  json_builder_end_array (builder);
}

void
_bb_hsds_write_phones (JsonBuilder *builder,
                       GPtrArray   *phones,
                       const char  *owner_id)
{
  write_phones (builder, phones, owner_id, FALSE);
}

/* Whether the first kept phone is the one the form shows: its number, once cleaned,
 * is one the form takes (see _bb_hsds_take_phone ()). */
static gboolean
is_shown_phone (JsonObject *phone,
                char      **shown)
{
  const char *written = _bb_hsds_get_string (phone, "number");

  if (written == NULL)
    return TRUE;

  *shown = _bb_hsds_dup_clean_phone (written);
  return _bb_hsds_is_set (*shown) && bb_validate_phone (*shown);
}

void
_bb_hsds_write_single_phone (JsonBuilder *builder,
                             const char  *owner_id,
                             const char  *number,
                             JsonObject  *owner_extra)
{
  g_autoptr(JsonNode) kept_node = NULL;
  g_autofree char *shown = NULL;
  JsonArray *kept = NULL;
  JsonObject *first = NULL;
  gboolean replaced;
  guint n_kept;

  if (owner_extra != NULL && _bb_hsds_get_array (owner_extra, "phones") != NULL)
    {
      kept_node = json_node_copy (json_object_get_member (owner_extra, "phones"));
      kept = json_node_get_array (kept_node);
      json_object_remove_member (owner_extra, "phones");
    }

  n_kept = kept != NULL ? json_array_get_length (kept) : 0;
  if (n_kept > 0 && JSON_NODE_HOLDS_OBJECT (json_array_get_element (kept, 0)) &&
      is_shown_phone (json_array_get_object_element (kept, 0), &shown))
    first = json_array_get_object_element (kept, 0);

  /* The number shown, as the file wrote it: all as it came. */
  if (first != NULL && shown != NULL && g_strcmp0 (shown, number) == 0)
    {
      json_builder_set_member_name (builder, "phones");
      json_builder_add_value (builder, g_steal_pointer (&kept_node));
      return;
    }

  /* Otherwise the first kept phone, when the form showed it, is the one changed here
   * (or cleared, and gone). */
  replaced = first != NULL;
  if (!_bb_hsds_is_set (number) && n_kept == (replaced ? 1 : 0))
    return;

  json_builder_set_member_name (builder, "phones");
  json_builder_begin_array (builder);

  if (_bb_hsds_is_set (number))
    {
      g_autoptr(JsonBuilder) object = _bb_hsds_begin_object ();
      g_autofree char *id = NULL;

      if (first != NULL && _bb_hsds_get_string (first, "id") != NULL)
        id = g_strdup (_bb_hsds_get_string (first, "id"));
      else
        id = _bb_hsds_dup_phone_id (owner_id);

      _bb_hsds_add_required_string (object, "id", id);
      _bb_hsds_add_required_string (object, "number", number);
      json_builder_add_value (builder, _bb_hsds_end_object (object, first));
    }

  for (guint i = replaced ? 1 : 0; i < n_kept; i++)
    json_builder_add_value (builder, json_node_copy (json_array_get_element (kept, i)));

  json_builder_end_array (builder);
}

/* ---- schedules ------------------------------------------------------- */

static JsonNode *
build_schedule (BbSchedule *schedule,
                const char *scope)
{
  g_autoptr(JsonBuilder) object = _bb_hsds_begin_object ();
  g_autoptr(JsonObject) extra = _bb_hsds_parse_extra (schedule->extra);
  g_autofree char *id = _bb_hsds_dup_valid_uuid (schedule->id, scope);

  _bb_hsds_add_required_string (object, "id", id);
  _bb_hsds_add_string (object, "freq", schedule->freq);
  _bb_hsds_add_int (object, "interval", schedule->interval);
  _bb_hsds_add_string (object, "byday", schedule->byday);
  _bb_hsds_add_string (object, "bymonthday", schedule->bymonthday);
  _bb_hsds_add_string (object, "opens_at", schedule->opens_at);
  _bb_hsds_add_string (object, "closes_at", schedule->closes_at);
  _bb_hsds_add_string (object, "valid_from", schedule->valid_from);
  _bb_hsds_add_string (object, "valid_to", schedule->valid_to);
  _bb_hsds_add_string (object, "description", schedule->description);
  _bb_hsds_add_string (object, "notes", schedule->notes);
  return _bb_hsds_end_object (object, extra);
}

static void
add_schedule_list (JsonBuilder *builder,
                   GPtrArray   *schedules,
                   const char  *owner_id)
{
  for (guint i = 0; i < schedules->len; i++)
    {
      g_autofree char *scope = g_strdup_printf ("schedule:%s:%u", owner_id, i);

      json_builder_add_value (builder, build_schedule (g_ptr_array_index (schedules, i), scope));
    }
}

void
_bb_hsds_write_schedules (JsonBuilder *builder,
                          GPtrArray   *schedules,
                          GPtrArray   *locations,
                          const char  *text,
                          const char  *service_id)
{
  g_autofree char *derived = _bb_hsds_dup_schedules_text (schedules, locations);
  gboolean with_text = _bb_hsds_is_set (text) && g_strcmp0 (text, derived) != 0;

  if (schedules->len == 0 && !with_text)
    return;

  json_builder_set_member_name (builder, "schedules");
  json_builder_begin_array (builder);
  add_schedule_list (builder, schedules, service_id);

  /* Opening hours typed here, which the schedules do not say. */
  if (with_text)
    {
      g_autofree char *id = _bb_hsds_dup_text_schedule_id (service_id);

      json_builder_begin_object (builder);
      _bb_hsds_add_required_string (builder, "id", id);
      _bb_hsds_add_required_string (builder, "service_id", service_id);
      _bb_hsds_add_required_string (builder, "description", text);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

/* ---- places ---------------------------------------------------------- */

static JsonNode *
build_address (BbAddress  *address,
               const char *scope)
{
  g_autoptr(JsonBuilder) object = _bb_hsds_begin_object ();
  g_autoptr(JsonObject) extra = _bb_hsds_parse_extra (address->extra);
  g_autofree char *id = _bb_hsds_dup_valid_uuid (address->id, scope);

  _bb_hsds_add_required_string (object, "id", id);
  _bb_hsds_add_string (object, "attention", address->attention);
  _bb_hsds_add_string (object, "address_1", address->address_1);
  _bb_hsds_add_string (object, "address_2", address->address_2);
  _bb_hsds_add_string (object, "city", address->city);
  _bb_hsds_add_string (object, "region", address->region);
  _bb_hsds_add_string (object, "state_province", address->state_province);
  _bb_hsds_add_string (object, "postal_code", address->postal_code);
  _bb_hsds_add_string (object, "country", address->country);
  _bb_hsds_add_string (object, "address_type", address->address_type);
  return _bb_hsds_end_object (object, extra);
}

static JsonNode *
build_place (BbOfferLocation *place,
             const char      *location_id)
{
  g_autoptr(JsonBuilder) object = _bb_hsds_begin_object ();
  g_autoptr(JsonObject) extra = _bb_hsds_parse_extra (place->extra);

  _bb_hsds_add_required_string (object, "id", location_id);
  _bb_hsds_add_required_string (object, "location_type", place->location_type);
  _bb_hsds_add_string (object, "name", place->name);
  _bb_hsds_add_string (object, "alternate_name", place->alternate_name);
  _bb_hsds_add_string (object, "description", place->description);
  _bb_hsds_add_string (object, "transportation", place->transportation);
  if (place->has_coordinates)
    {
      json_builder_set_member_name (object, "latitude");
      json_builder_add_double_value (object, place->latitude);
      json_builder_set_member_name (object, "longitude");
      json_builder_add_double_value (object, place->longitude);
    }

  if (place->addresses->len > 0)
    {
      json_builder_set_member_name (object, "addresses");
      json_builder_begin_array (object);
      for (guint i = 0; i < place->addresses->len; i++)
        {
          g_autofree char *scope = g_strdup_printf ("address:%s:%u", location_id, i);

          json_builder_add_value (object, build_address (g_ptr_array_index (place->addresses, i),
                                                         scope));
        }
      json_builder_end_array (object);
    }

  _bb_hsds_write_phones (object, place->phones, location_id);

  /* Where "accessibility" stood among what was kept before it had a place here: first
   * of them by its name, after the phones. */
  if (place->accessibility->len > 0)
    {
      json_builder_set_member_name (object, "accessibility");
      json_builder_begin_array (object);
      for (guint i = 0; i < place->accessibility->len; i++)
        {
          BbAccessibility *note = g_ptr_array_index (place->accessibility, i);
          g_autoptr(JsonBuilder) item = _bb_hsds_begin_object ();
          g_autoptr(JsonObject) note_extra = _bb_hsds_parse_extra (note->extra);
          g_autofree char *scope = g_strdup_printf ("accessibility:%s:%u", location_id, i);
          /* Kept as it came, as when the notes were carried whole. */
          g_autofree char *id = note->id != NULL ? g_strdup (note->id) : _bb_hsds_dup_valid_uuid (NULL, scope);

          _bb_hsds_add_required_string (item, "id", id);
          _bb_hsds_add_string (item, "description", note->description);
          _bb_hsds_add_string (item, "details", note->details);
          _bb_hsds_add_string (item, "url", note->url);
          json_builder_add_value (object, _bb_hsds_end_object (item, note_extra));
        }
      json_builder_end_array (object);
    }

  return _bb_hsds_end_object (object, extra);
}

void
_bb_hsds_write_locations (JsonBuilder *builder,
                          GPtrArray   *locations,
                          const char  *text,
                          const char  *service_id)
{
  g_autofree char *derived = _bb_hsds_dup_locations_text (locations);
  gboolean with_text = _bb_hsds_is_set (text) && g_strcmp0 (text, derived) != 0;

  if (locations->len == 0 && !with_text)
    return;

  json_builder_set_member_name (builder, "service_at_locations");
  json_builder_begin_array (builder);

  for (guint i = 0; i < locations->len; i++)
    {
      BbOfferLocation *place = g_ptr_array_index (locations, i);
      g_autoptr(JsonBuilder) link = _bb_hsds_begin_object ();
      g_autoptr(JsonObject) link_extra = _bb_hsds_parse_extra (place->link_extra);
      g_autofree char *scope = g_strdup_printf ("service-at-location:%s:%u", service_id, i);
      g_autofree char *link_id = _bb_hsds_dup_valid_uuid (place->link_id, scope);
      g_autofree char *location_id = _bb_hsds_dup_valid_uuid (place->id, link_id);

      _bb_hsds_add_required_string (link, "id", link_id);
      _bb_hsds_add_required_string (link, "service_id", service_id);
      _bb_hsds_add_required_string (link, "location_id", location_id);
      if (place->schedules->len > 0)
        {
          json_builder_set_member_name (link, "schedules");
          json_builder_begin_array (link);
          add_schedule_list (link, place->schedules, link_id);
          json_builder_end_array (link);
        }
      json_builder_set_member_name (link, "location");
      json_builder_add_value (link, build_place (place, location_id));
      json_builder_add_value (builder, _bb_hsds_end_object (link, link_extra));
    }

  /* A location typed here, which the places do not say. */
  if (with_text)
    {
      g_autofree char *link_id = _bb_hsds_dup_text_location_id (service_id, TRUE);
      g_autofree char *location_id = _bb_hsds_dup_text_location_id (service_id, FALSE);

      json_builder_begin_object (builder);
      _bb_hsds_add_required_string (builder, "id", link_id);
      _bb_hsds_add_required_string (builder, "service_id", service_id);
      _bb_hsds_add_required_string (builder, "location_id", location_id);
      json_builder_set_member_name (builder, "location");
      json_builder_begin_object (builder);
      _bb_hsds_add_required_string (builder, "id", location_id);
      _bb_hsds_add_required_string (builder, "location_type", "physical");
      _bb_hsds_add_required_string (builder, "name", text);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

/* ---- contact persons ------------------------------------------------- */

void
_bb_hsds_write_contacts (JsonBuilder *builder,
                         BbOffer     *offer,
                         const char  *service_id)
{
  GListModel *contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  BbOfferDetails *details = bb_offer_get_details (offer);
  guint n_contacts = g_list_model_get_n_items (contacts);

  if (n_contacts == 0)
    return;

  json_builder_set_member_name (builder, "contacts");
  json_builder_begin_array (builder);

  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);
      g_autoptr(JsonBuilder) object = _bb_hsds_begin_object ();
      g_autoptr(JsonObject) extra = NULL;
      g_autofree char *scope = g_strdup_printf ("contact:%s:%u", service_id, i);
      g_autofree char *id = _bb_hsds_dup_valid_uuid (bb_contact_get_uuid (contact), scope);
      const char *email = bb_contact_get_email (contact);

      extra = _bb_hsds_parse_extra (bb_offer_details_get_contact_extra (details,
                                                                        bb_contact_get_uuid (contact)));

      _bb_hsds_add_required_string (object, "id", id);
      _bb_hsds_add_required_string (object, "service_id", service_id);
      _bb_hsds_add_required_string (object, "name", bb_contact_get_name (contact));
      _bb_hsds_add_string (object, "title", bb_contact_get_role (contact));
      if (bb_validate_email (email))
        _bb_hsds_add_string (object, "email", email);
      _bb_hsds_write_single_phone (object, id, bb_contact_get_phone (contact), extra);

      /* HSDS has no ambassador; an attribute keeps the mark on the contact itself. */
      if (bb_contact_get_ambassador (contact))
        {
          json_builder_set_member_name (object, "attributes");
          json_builder_begin_array (object);
          _bb_hsds_add_field_attribute (object, id, "contact", BB_HSDS_FIELD_AMBASSADOR, "true");
          json_builder_end_array (object);
        }

      json_builder_add_value (builder, _bb_hsds_end_object (object, extra));
    }

  json_builder_end_array (builder);
}

/* ---- the organization ------------------------------------------------ */

char *
_bb_hsds_dup_organization_id (BbProvider *provider)
{
  g_autofree char *scope = g_strdup_printf ("provider:%s", bb_provider_get_name (provider));

  return _bb_hsds_dup_valid_uuid (bb_provider_get_uuid (provider), scope);
}

/* A provider a file named only by its id, and nothing has been said of since. (An id
 * that is not a UUID needs the organization to travel in.) */
static gboolean
is_known_by_id_only (BbProvider *provider)
{
  return g_strcmp0 (bb_provider_get_name (provider), bb_provider_get_uuid (provider)) == 0 &&
         g_uuid_string_is_valid (bb_provider_get_uuid (provider)) &&
         !bb_provider_get_sector_stated (provider) &&
         *bb_provider_get_department (provider) == '\0' &&
         *bb_provider_get_description (provider) == '\0' &&
         *bb_provider_get_website (provider) == '\0' &&
         *bb_provider_get_email (provider) == '\0' &&
         *bb_provider_get_phone (provider) == '\0' &&
         (bb_provider_get_phones (provider) == NULL || bb_provider_get_phones (provider)->len == 0) &&
         *bb_provider_get_legal_status (provider) == '\0' &&
         *bb_provider_get_tax_id (provider) == '\0' &&
         *bb_provider_get_extra (provider) == '\0';
}

void
_bb_hsds_write_organization (JsonBuilder *builder,
                             BbProvider  *provider,
                             const char  *organization_id)
{
  g_autoptr(JsonBuilder) object = NULL;
  g_autoptr(JsonObject) extra = NULL;
  BbSector sector = bb_provider_get_sector (provider);
  gboolean sector_stated = bb_provider_get_sector_stated (provider);
  const char *department = bb_provider_get_department (provider);
  const char *email = bb_provider_get_email (provider);
  const char *uuid = bb_provider_get_uuid (provider);
  g_autofree char *website = _bb_hsds_dup_website (bb_provider_get_website (provider));
  g_autofree char *description = NULL;

  if (is_known_by_id_only (provider))
    return;

  if (*bb_provider_get_description (provider) != '\0')
    description = g_strdup (bb_provider_get_description (provider));
  else if (sector_stated)
    description = _bb_hsds_dup_organization_description (sector, department);

  object = _bb_hsds_begin_object ();
  extra = _bb_hsds_parse_extra (bb_provider_get_extra (provider));
  _bb_hsds_add_required_string (object, "id", organization_id);
  _bb_hsds_add_required_string (object, "name", bb_provider_get_name (provider));
  _bb_hsds_add_required_string (object, "description", description);
  if (bb_validate_email (email))
    _bb_hsds_add_string (object, "email", email);
  _bb_hsds_add_string (object, "website", website);
  _bb_hsds_add_string (object, "tax_id", bb_provider_get_tax_id (provider));
  _bb_hsds_add_string (object, "legal_status", bb_provider_get_legal_status (provider));
  /* Phones not loaded: only the first number is known, as before they were stored. */
  if (bb_provider_get_phones (provider) != NULL)
    write_phones (object, bb_provider_get_phones (provider), organization_id, TRUE);
  else
    _bb_hsds_write_single_phone (object, organization_id, bb_provider_get_phone (provider), extra);

  if (sector_stated || _bb_hsds_is_set (department) || g_strcmp0 (uuid, organization_id) != 0)
    {
      json_builder_set_member_name (object, "attributes");
      json_builder_begin_array (object);
      if (sector_stated)
        _bb_hsds_add_key_attribute (object, organization_id, "organization",
                                    BB_HSDS_TAXONOMY_SECTOR, bb_sector_to_key (sector),
                                    bb_sector_get_label (sector));
      if (_bb_hsds_is_set (department))
        _bb_hsds_add_field_attribute (object, organization_id, "organization",
                                      BB_HSDS_FIELD_DEPARTMENT, department);
      /* Keeps an id that is not a UUID, so the provider is found by it again. */
      if (g_strcmp0 (uuid, organization_id) != 0 && _bb_hsds_is_set (uuid))
        _bb_hsds_add_field_attribute (object, organization_id, "organization",
                                      BB_HSDS_FIELD_PROVIDER_ID, uuid);
      json_builder_end_array (object);
    }

  json_builder_set_member_name (builder, "organization");
  json_builder_add_value (builder, _bb_hsds_end_object (object, extra));
}
