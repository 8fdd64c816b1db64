/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Reading the parts of an HSDS service: phones, schedules, places with their
 * addresses, and organizations. Each takes the members it holds and leaves the rest
 * to be kept as they came. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-hsds-private.h"
#include "bb-hsds-reader-private.h"
#include "bb-text.h"
#include "bb-validate.h"

/* ---- members --------------------------------------------------------- */

char *
_bb_hsds_take_text (JsonObject *object,
                    const char *member)
{
  const char *text = _bb_hsds_get_string (object, member);
  char *taken;

  if (!_bb_hsds_is_set (text))
    return NULL;

  taken = g_strdup (text);
  json_object_remove_member (object, member);
  return taken;
}

static char *
dup_number_text (JsonNode *node)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  return g_strdup (g_ascii_formatd (text, sizeof text, "%g", json_node_get_double (node)));
}

gboolean
_bb_hsds_take_whole (JsonObject  *object,
                     const char  *member,
                     int          min,
                     int          max,
                     gint64      *value,
                     char       **problem)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type;
  double number;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FALSE;

  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type == G_TYPE_STRING)
    {
      /* TRANSLATORS: "minimum_age" is the text "12", not a number */
      *problem = g_strdup_printf (_("“%s” is the text “%s”, not a number"), member,
                                  json_node_get_string (node));
      return FALSE;
    }
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    {
      *problem = g_strdup_printf (_("“%s” is not a number"), member);
      return FALSE;
    }

  number = type == G_TYPE_INT64 ? (double) json_node_get_int (node) : json_node_get_double (node);
  if (!(number >= min && number <= max) || number != floor (number))
    {
      g_autofree char *text = dup_number_text (node);

      /* TRANSLATORS: "minimum_age" is -1; it must be a whole number from 0 to 130 */
      *problem = g_strdup_printf (_("“%s” is %s; it must be a whole number from %d to %d"),
                                  member, text, min, max);
      return FALSE;
    }

  *value = (gint64) number;
  json_object_remove_member (object, member);
  return TRUE;
}

JsonArray *
_bb_hsds_take_array (JsonObject *object,
                     const char *member)
{
  JsonArray *array = _bb_hsds_get_array (object, member);

  if (array == NULL)
    return NULL;

  json_array_ref (array);
  json_object_remove_member (object, member);
  return array;
}

JsonObject *
_bb_hsds_take_object (JsonObject *object,
                      const char *member)
{
  JsonObject *taken = _bb_hsds_get_object (object, member);

  if (taken == NULL)
    return NULL;

  json_object_ref (taken);
  json_object_remove_member (object, member);
  return taken;
}

void
_bb_hsds_put_back (JsonObject *object,
                   const char *member,
                   JsonArray  *left)
{
  if (left != NULL && json_array_get_length (left) > 0)
    json_object_set_array_member (object, member, json_array_ref (left));
}

/* A member that is not a whole number in range stays as it came. */
static gint64
take_optional_whole (JsonObject *object,
                     const char *member,
                     int         min,
                     int         max)
{
  g_autofree char *problem = NULL;
  gint64 value;

  return _bb_hsds_take_whole (object, member, min, max, &value, &problem) ? value : -1;
}

/* ---- phones ---------------------------------------------------------- */

static void
warn_phone (BbOfferDetails *details,
            const char     *number)
{
  g_autofree char *warning = NULL;

  /* TRANSLATORS: %s is a phone number as a file wrote it */
  warning = g_strdup_printf (_("The phone number “%s” is kept as written, though it is not "
                               "one the form takes."), number);
  bb_offer_details_add_warning (details, warning);
}

void
_bb_hsds_read_phones (JsonArray      *phones,
                      GPtrArray      *into,
                      JsonArray      *left,
                      BbOfferDetails *details)
{
  for (guint i = 0; phones != NULL && i < json_array_get_length (phones); i++)
    {
      JsonNode *element = json_array_get_element (phones, i);
      g_autoptr(JsonNode) copy = NULL;
      JsonObject *rest;
      BbPhone *phone;
      g_autofree char *number = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          !_bb_hsds_is_set (_bb_hsds_get_string (json_node_get_object (element), "number")))
        {
          json_array_add_element (left, json_node_copy (element));
          continue;
        }

      copy = json_node_ref (element);
      rest = json_node_get_object (copy);
      number = _bb_hsds_take_text (rest, "number");
      if (!bb_validate_phone (number))
        warn_phone (details, number);

      phone = bb_phone_new (number);
      phone->id = _bb_hsds_take_text (rest, "id");
      phone->extension = take_optional_whole (rest, "extension", 0, G_MAXINT);
      phone->type = _bb_hsds_take_text (rest, "type");
      phone->description = _bb_hsds_take_text (rest, "description");
      phone->extra = _bb_hsds_dup_rest (rest);
      g_ptr_array_add (into, phone);
    }
}

char *
_bb_hsds_take_phone (JsonObject     *owner,
                     const char     *owner_id,
                     BbOfferDetails *details)
{
  g_autoptr(JsonArray) phones = _bb_hsds_take_array (owner, "phones");
  g_autoptr(JsonArray) left = NULL;
  g_autoptr(JsonNode) first = NULL;
  g_autofree char *generated_id = NULL;
  g_autofree char *number = NULL;
  JsonObject *rest;
  const char *written;

  if (phones == NULL || json_array_get_length (phones) == 0 ||
      !JSON_NODE_HOLDS_OBJECT (json_array_get_element (phones, 0)))
    {
      _bb_hsds_put_back (owner, "phones", phones);
      return NULL;
    }

  first = json_node_ref (json_array_get_element (phones, 0));
  rest = json_node_get_object (first);
  written = _bb_hsds_get_string (rest, "number");
  number = _bb_hsds_dup_clean_phone (written);
  if (!_bb_hsds_is_set (number) || !bb_validate_phone (number))
    {
      /* Kept, number and all, for the file; the form's field stays empty. */
      if (_bb_hsds_is_set (written))
        warn_phone (details, written);
      _bb_hsds_put_back (owner, "phones", phones);
      return NULL;
    }

  /* The form shows the number; the file keeps it as written unless that is the same.
   * Either way the first phone stays first: the writer knows it by that. */
  if (g_str_equal (number, written))
    json_object_remove_member (rest, "number");
  generated_id = owner_id != NULL ? _bb_hsds_dup_phone_id (owner_id) : NULL;
  if (g_strcmp0 (_bb_hsds_get_string (rest, "id"), generated_id) == 0)
    json_object_remove_member (rest, "id");

  left = json_array_new ();
  if (json_object_get_size (rest) > 0)
    json_array_add_element (left, json_node_copy (first));
  for (guint i = 1; i < json_array_get_length (phones); i++)
    json_array_add_element (left, json_node_copy (json_array_get_element (phones, i)));
  _bb_hsds_put_back (owner, "phones", left);

  return g_steal_pointer (&number);
}

/* ---- schedules ------------------------------------------------------- */

/* Each object of @array read into a record of @into by @read, which takes the members
 * it holds from it; what is no object is left as it came. */
static void
read_records (JsonArray *array,
              GPtrArray *into,
              JsonArray *left,
              gpointer (*read) (JsonObject *rest))
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(JsonNode) copy = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          json_array_add_element (left, json_node_copy (element));
          continue;
        }

      copy = json_node_ref (element);
      g_ptr_array_add (into, read (json_node_get_object (copy)));
    }
}

static gpointer
read_schedule (JsonObject *rest)
{
  BbSchedule *schedule = bb_schedule_new ();

  schedule->id = _bb_hsds_take_text (rest, "id");
  schedule->freq = _bb_hsds_take_text (rest, "freq");
  schedule->interval = take_optional_whole (rest, "interval", 0, G_MAXINT);
  schedule->byday = _bb_hsds_take_text (rest, "byday");
  schedule->bymonthday = _bb_hsds_take_text (rest, "bymonthday");
  schedule->opens_at = _bb_hsds_take_text (rest, "opens_at");
  schedule->closes_at = _bb_hsds_take_text (rest, "closes_at");
  schedule->valid_from = _bb_hsds_take_text (rest, "valid_from");
  schedule->valid_to = _bb_hsds_take_text (rest, "valid_to");
  schedule->description = _bb_hsds_take_text (rest, "description");
  schedule->notes = _bb_hsds_take_text (rest, "notes");
  schedule->extra = _bb_hsds_dup_rest (rest);
  return schedule;
}

void
_bb_hsds_read_schedules (JsonArray *schedules,
                         GPtrArray *into,
                         JsonArray *left)
{
  read_records (schedules, into, left, read_schedule);
}

/* ---- places ---------------------------------------------------------- */

static BbAddress *
read_address (JsonObject *rest)
{
  BbAddress *address = bb_address_new ();

  address->id = _bb_hsds_take_text (rest, "id");
  address->attention = _bb_hsds_take_text (rest, "attention");
  address->address_1 = _bb_hsds_take_text (rest, "address_1");
  address->address_2 = _bb_hsds_take_text (rest, "address_2");
  address->city = _bb_hsds_take_text (rest, "city");
  address->region = _bb_hsds_take_text (rest, "region");
  address->state_province = _bb_hsds_take_text (rest, "state_province");
  address->postal_code = _bb_hsds_take_text (rest, "postal_code");
  address->country = _bb_hsds_take_text (rest, "country");
  address->address_type = _bb_hsds_take_text (rest, "address_type");
  address->extra = _bb_hsds_dup_rest (rest);
  return address;
}

static gpointer
read_accessibility (JsonObject *rest)
{
  BbAccessibility *note = bb_accessibility_new ();

  note->id = _bb_hsds_take_text (rest, "id");
  note->description = _bb_hsds_take_text (rest, "description");
  note->details = _bb_hsds_take_text (rest, "details");
  note->url = _bb_hsds_take_text (rest, "url");
  note->extra = _bb_hsds_dup_rest (rest);
  return note;
}

static gboolean
get_coordinate (JsonObject *object,
                const char *member,
                double      limit,
                double     *value)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else if (json_node_get_value_type (node) == G_TYPE_INT64)
    *value = (double) json_node_get_int (node);
  else
    return FALSE;

  return *value >= -limit && *value <= limit;
}

static void
read_place (BbOfferLocation *place,
            JsonObject      *rest,
            BbOfferDetails  *details)
{
  g_autoptr(JsonArray) addresses = _bb_hsds_take_array (rest, "addresses");
  g_autoptr(JsonArray) phones = _bb_hsds_take_array (rest, "phones");
  g_autoptr(JsonArray) left_addresses = json_array_new ();
  g_autoptr(JsonArray) left_phones = json_array_new ();
  g_autoptr(JsonArray) accessibility = _bb_hsds_take_array (rest, "accessibility");
  g_autoptr(JsonArray) left_accessibility = json_array_new ();
  double latitude, longitude;

  place->id = _bb_hsds_take_text (rest, "id");
  place->name = _bb_hsds_take_text (rest, "name");
  place->alternate_name = _bb_hsds_take_text (rest, "alternate_name");
  place->description = _bb_hsds_take_text (rest, "description");
  place->transportation = _bb_hsds_take_text (rest, "transportation");

  /* Both or neither: a map link needs the two. */
  if (get_coordinate (rest, "latitude", 90, &latitude) &&
      get_coordinate (rest, "longitude", 180, &longitude))
    {
      place->has_coordinates = TRUE;
      place->latitude = latitude;
      place->longitude = longitude;
      json_object_remove_member (rest, "latitude");
      json_object_remove_member (rest, "longitude");
    }

  for (guint i = 0; addresses != NULL && i < json_array_get_length (addresses); i++)
    {
      JsonNode *element = json_array_get_element (addresses, i);
      g_autoptr(JsonNode) copy = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          json_array_add_element (left_addresses, json_node_copy (element));
          continue;
        }

      copy = json_node_ref (element);
      g_ptr_array_add (place->addresses, read_address (json_node_get_object (copy)));
    }
  _bb_hsds_put_back (rest, "addresses", left_addresses);

  _bb_hsds_read_phones (phones, place->phones, left_phones, details);
  _bb_hsds_put_back (rest, "phones", left_phones);

  read_records (accessibility, place->accessibility, left_accessibility, read_accessibility);
  _bb_hsds_put_back (rest, "accessibility", left_accessibility);
}

BbOfferLocation *
_bb_hsds_read_location (JsonObject     *service_at_location,
                        BbOfferDetails *details)
{
  g_autoptr(JsonObject) location = _bb_hsds_take_object (service_at_location, "location");
  g_autoptr(JsonArray) schedules = NULL;
  g_autoptr(JsonArray) left_schedules = NULL;
  g_autofree char *location_type = NULL;
  BbOfferLocation *place;

  if (location == NULL)
    return NULL;

  location_type = _bb_hsds_take_text (location, "location_type");
  place = bb_offer_location_new (location_type);
  place->link_id = _bb_hsds_take_text (service_at_location, "id");
  /* Written again from the service and the place. */
  json_object_remove_member (service_at_location, "service_id");
  read_place (place, location, details);

  if (place->id == NULL)
    place->id = _bb_hsds_take_text (service_at_location, "location_id");
  else if (g_strcmp0 (_bb_hsds_get_string (service_at_location, "location_id"), place->id) == 0)
    json_object_remove_member (service_at_location, "location_id");

  schedules = _bb_hsds_take_array (service_at_location, "schedules");
  left_schedules = json_array_new ();
  _bb_hsds_read_schedules (schedules, place->schedules, left_schedules);
  _bb_hsds_put_back (service_at_location, "schedules", left_schedules);

  place->extra = _bb_hsds_dup_rest (location);
  place->link_extra = _bb_hsds_dup_rest (service_at_location);
  return place;
}

/* ---- contact persons ------------------------------------------------- */

static void
read_contact_attributes (BbContact  *contact,
                         JsonObject *rest)
{
  g_autoptr(JsonArray) attributes = _bb_hsds_take_array (rest, "attributes");
  g_autoptr(JsonArray) left = json_array_new ();

  for (guint i = 0; attributes != NULL && i < json_array_get_length (attributes); i++)
    {
      JsonNode *element = json_array_get_element (attributes, i);
      JsonObject *attribute = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      JsonObject *term = _bb_hsds_get_object (attribute, "taxonomy_term");

      if (g_strcmp0 (_bb_hsds_get_taxonomy (term), BB_HSDS_TAXONOMY_FIELD) == 0 &&
          g_strcmp0 (_bb_hsds_get_string (term, "code"), BB_HSDS_FIELD_AMBASSADOR) == 0)
        bb_contact_set_ambassador (contact, g_strcmp0 (_bb_hsds_get_string (attribute, "value"),
                                                       "true") == 0);
      else
        json_array_add_element (left, json_node_copy (element));
    }

  _bb_hsds_put_back (rest, "attributes", left);
}

static BbContact *
read_contact (BbOfferDetails *details,
              JsonObject     *rest)
{
  g_autofree char *name = _bb_hsds_take_text (rest, "name");
  g_autofree char *title = _bb_hsds_take_text (rest, "title");
  g_autofree char *id = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *extra = NULL;
  g_autoptr(BbContact) contact = NULL;
  const char *email;

  /* Some directories name only the role ("Reception"). */
  contact = bb_contact_new (name != NULL ? name : title);
  id = _bb_hsds_take_text (rest, "id");
  if (id != NULL)
    bb_contact_set_uuid (contact, id);
  if (title != NULL)
    bb_contact_set_role (contact, title);
  /* Written again from the service. */
  json_object_remove_member (rest, "service_id");

  email = _bb_hsds_get_string (rest, "email");
  if (_bb_hsds_is_set (email) && bb_validate_email (email))
    {
      bb_contact_set_email (contact, email);
      json_object_remove_member (rest, "email");
    }
  else if (_bb_hsds_is_set (email))
    _bb_hsds_warn_email (details, email);

  phone = _bb_hsds_take_phone (rest, id, details);
  if (phone != NULL)
    bb_contact_set_phone (contact, phone);

  read_contact_attributes (contact, rest);

  extra = _bb_hsds_dup_rest (rest);
  if (extra != NULL)
    bb_offer_details_set_contact_extra (details, bb_contact_get_uuid (contact), extra);

  return g_steal_pointer (&contact);
}

void
_bb_hsds_read_contacts (JsonObject *service,
                        BbOffer    *offer)
{
  g_autoptr(JsonArray) contacts = _bb_hsds_take_array (service, "contacts");
  g_autoptr(JsonArray) left = json_array_new ();

  for (guint i = 0; contacts != NULL && i < json_array_get_length (contacts); i++)
    {
      JsonNode *element = json_array_get_element (contacts, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      g_autoptr(JsonNode) copy = NULL;
      g_autoptr(BbContact) contact = NULL;

      /* A contact person needs a name; one without is kept for the file. */
      if (object == NULL || (bb_text_is_blank (_bb_hsds_get_string (object, "name")) &&
                             bb_text_is_blank (_bb_hsds_get_string (object, "title"))))
        {
          json_array_add_element (left, json_node_copy (element));
          continue;
        }

      copy = json_node_ref (element);
      contact = read_contact (bb_offer_get_details (offer), json_node_get_object (copy));
      g_list_store_append (bb_offer_get_contacts (offer), contact);
    }

  _bb_hsds_put_back (service, "contacts", left);
}

/* ---- organizations --------------------------------------------------- */

const char *
_bb_hsds_get_taxonomy (JsonObject *term)
{
  const char *taxonomy = _bb_hsds_get_string (term, "taxonomy");

  if (taxonomy == NULL)
    taxonomy = _bb_hsds_get_string (_bb_hsds_get_object (term, "taxonomy_detail"), "name");

  return taxonomy;
}

/* Our own attributes of an organization (sector, department, an id that is not a
 * UUID) are taken; others are kept. */
static void
read_organization_attributes (BbProvider *provider,
                              JsonObject *rest)
{
  g_autoptr(JsonArray) attributes = _bb_hsds_take_array (rest, "attributes");
  g_autoptr(JsonArray) left = json_array_new ();

  for (guint i = 0; attributes != NULL && i < json_array_get_length (attributes); i++)
    {
      JsonNode *element = json_array_get_element (attributes, i);
      JsonObject *attribute = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      JsonObject *term = _bb_hsds_get_object (attribute, "taxonomy_term");
      const char *taxonomy = _bb_hsds_get_taxonomy (term);
      const char *code = _bb_hsds_get_string (term, "code");
      const char *value = _bb_hsds_get_string (attribute, "value");
      BbSector sector;

      if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_SECTOR) == 0 && bb_sector_from_key (code, &sector))
        {
          bb_provider_set_sector (provider, sector);
          bb_provider_set_sector_stated (provider, TRUE);
        }
      else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_FIELD) == 0 && value != NULL &&
               g_strcmp0 (code, BB_HSDS_FIELD_DEPARTMENT) == 0)
        bb_provider_set_department (provider, value);
      else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_FIELD) == 0 && _bb_hsds_is_set (value) &&
               g_strcmp0 (code, BB_HSDS_FIELD_PROVIDER_ID) == 0)
        bb_provider_set_uuid (provider, value);
      else
        json_array_add_element (left, json_node_copy (element));
    }

  _bb_hsds_put_back (rest, "attributes", left);
}

/* "Voluntary / civil society, Ungeteamet" is what Brobygger writes for a provider with
 * no description of its own, in the language it was exported in. */
static gboolean
is_written_description (BbProvider *provider,
                        const char *description)
{
  g_autofree char *label = NULL;
  const char *comma = strstr (description, ", ");
  const char *department = bb_provider_get_department (provider);
  BbSector sector;

  if (!bb_provider_get_sector_stated (provider))
    return FALSE;

  label = comma != NULL ? g_strndup (description, comma - description) : g_strdup (description);
  if (!bb_sector_from_key (label, &sector) || sector != bb_provider_get_sector (provider))
    return FALSE;

  return comma != NULL ? g_strcmp0 (comma + 2, department) == 0 : *department == '\0';
}

void
_bb_hsds_warn_email (BbOfferDetails *details,
                     const char     *email)
{
  g_autofree char *warning = NULL;

  /* TRANSLATORS: %s is an e-mail address as a file wrote it */
  warning = g_strdup_printf (_("The e-mail address “%s” is kept as written, though it does "
                               "not look like one."), email);
  bb_offer_details_add_warning (details, warning);
}

BbProvider *
_bb_hsds_read_organization (JsonObject     *organization,
                            BbOfferDetails *details)
{
  g_autoptr(BbProvider) provider = NULL;
  g_autofree char *name = _bb_hsds_take_text (organization, "name");
  g_autofree char *id = _bb_hsds_take_text (organization, "id");
  g_autofree char *description = NULL;
  g_autofree char *website = NULL;
  g_autoptr(JsonArray) phones = NULL;
  g_autoptr(JsonArray) left_phones = NULL;
  g_autoptr(GPtrArray) read_phones = NULL;
  g_autofree char *legal_status = NULL;
  g_autofree char *tax_id = NULL;
  g_autofree char *extra = NULL;
  const char *email;

  if (bb_text_is_blank (name) && id == NULL)
    return NULL;

  /* An organization known only by its id is named by it until a file names it. */
  provider = bb_provider_new (!bb_text_is_blank (name) ? name : id);
  if (id != NULL)
    {
      bb_provider_set_uuid (provider, id);
      bb_provider_set_keyed (provider, TRUE);
    }

  /* Only our own term says the sector; without it, it is not known. */
  bb_provider_set_sector_stated (provider, FALSE);
  read_organization_attributes (provider, organization);

  description = _bb_hsds_take_text (organization, "description");
  if (description != NULL && !is_written_description (provider, description))
    bb_provider_set_description (provider, description);

  email = _bb_hsds_get_string (organization, "email");
  if (_bb_hsds_is_set (email) && bb_validate_email (email))
    {
      bb_provider_set_email (provider, email);
      json_object_remove_member (organization, "email");
    }
  else if (_bb_hsds_is_set (email))
    _bb_hsds_warn_email (details, email);

  website = _bb_hsds_take_text (organization, "website");
  if (website != NULL)
    bb_provider_set_website (provider, website);

  /* Every phone as written, each editable in the lists; one the form cannot hold
   * (no number) is kept for the file. */
  phones = _bb_hsds_take_array (organization, "phones");
  read_phones = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_phone_free);
  left_phones = json_array_new ();
  _bb_hsds_read_phones (phones, read_phones, left_phones, details);
  _bb_hsds_put_back (organization, "phones", left_phones);
  bb_provider_set_phones (provider, read_phones);

  legal_status = _bb_hsds_take_text (organization, "legal_status");
  if (legal_status != NULL)
    bb_provider_set_legal_status (provider, legal_status);
  tax_id = _bb_hsds_take_text (organization, "tax_id");
  if (tax_id != NULL)
    bb_provider_set_tax_id (provider, tax_id);

  /* An organization's services are read as offers of their own. */
  json_object_remove_member (organization, "services");
  extra = _bb_hsds_dup_rest (organization);
  bb_provider_set_extra (provider, extra);

  return g_steal_pointer (&provider);
}
