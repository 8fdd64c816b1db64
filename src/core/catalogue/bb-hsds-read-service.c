/* SPDX-License-Identifier: GPL-3.0-or-later */

/* One HSDS service as an offer: what Brobygger holds, it takes (and checks: a number
 * out of range or an impossible date is a reason to refuse the service, never to
 * change it); what it has no place for is kept as it came. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-hsds-private.h"
#include "bb-hsds-reader-private.h"
#include "bb-offer-change.h"
#include "bb-text.h"
#include "bb-validate.h"

#define AGE_LIMIT 130

typedef struct
{
  BbOffer        *offer;
  BbOfferDetails *details;
  JsonObject     *service;
  const char     *service_id;
  GPtrArray      *keywords;        /* from terms, in file order */
  char           *exact_keywords;  /* our own field: the keywords as typed */
  gint64          waiting_weeks;   /* from our own field, or -1 */
  gboolean        has_access;
  char           *problem;
} ServiceReader;

static void
add_keyword (ServiceReader *self,
             const char    *keyword)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (keyword != NULL ? keyword : ""));

  if (*trimmed != '\0' &&
      !g_ptr_array_find_with_equal_func (self->keywords, trimmed, g_str_equal, NULL))
    g_ptr_array_add (self->keywords, g_steal_pointer (&trimmed));
}

static gboolean
parse_whole (const char *text,
             gint64     *value)
{
  return text != NULL &&
         g_ascii_string_to_signed (text, 10, 0, G_MAXINT, value, NULL);
}

/* ---- attributes ------------------------------------------------------ */

static BbTerm *
read_term (JsonNode   *element,
           const char *service_id)
{
  g_autoptr(JsonNode) copy = json_node_ref (element);
  JsonObject *rest = json_node_get_object (copy);
  g_autoptr(JsonObject) term_rest = _bb_hsds_take_object (rest, "taxonomy_term");
  BbTerm *term = bb_term_new (_bb_hsds_get_string (term_rest, "name"));

  term->attribute_id = _bb_hsds_take_text (rest, "id");
  term->id = _bb_hsds_take_text (term_rest, "id");
  term->taxonomy = _bb_hsds_take_text (term_rest, "taxonomy");
  term->code = _bb_hsds_take_text (term_rest, "code");
  term->description = _bb_hsds_take_text (term_rest, "description");
  json_object_remove_member (term_rest, "name");

  /* Written again from the service and the term, unless the file said otherwise. */
  if (g_strcmp0 (_bb_hsds_get_string (rest, "link_id"), service_id) == 0)
    json_object_remove_member (rest, "link_id");
  if (g_strcmp0 (_bb_hsds_get_string (rest, "link_entity"), "service") == 0)
    json_object_remove_member (rest, "link_entity");
  if (g_strcmp0 (_bb_hsds_get_string (rest, "taxonomy_term_id"), term->id) == 0)
    json_object_remove_member (rest, "taxonomy_term_id");

  if (json_object_get_size (term_rest) > 0)
    json_object_set_object_member (rest, "taxonomy_term", g_steal_pointer (&term_rest));
  term->extra = _bb_hsds_dup_rest (rest);
  return term;
}

/* Our own field attributes; FALSE when the attribute is not one we know. */
static gboolean
read_field (ServiceReader *self,
            const char    *code,
            const char    *value)
{
  gint64 weeks;

  if (g_strcmp0 (code, BB_HSDS_FIELD_SUMMARY) == 0)
    bb_offer_set_summary (self->offer, value);
  else if (g_strcmp0 (code, BB_HSDS_FIELD_LEGAL_BASIS) == 0)
    bb_offer_set_legal_basis (self->offer, value);
  else if (g_strcmp0 (code, BB_HSDS_FIELD_KEYWORDS) == 0)
    {
      g_free (self->exact_keywords);
      self->exact_keywords = g_strdup (value);
    }
  else if (g_strcmp0 (code, BB_HSDS_FIELD_ID) == 0 && _bb_hsds_is_set (value))
    bb_offer_set_uuid (self->offer, value);
  else if (g_strcmp0 (code, BB_HSDS_FIELD_WAITING_WEEKS) == 0)
    {
      if (!parse_whole (value, &weeks))
        {
          /* TRANSLATORS: %s is what the file gives as the waiting time in weeks */
          self->problem = g_strdup_printf (_("the waiting time “%s” is not a whole number of "
                                             "weeks"), value);
          return TRUE;
        }
      self->waiting_weeks = weeks;
    }
  else
    return FALSE;

  return TRUE;
}

/* FALSE when @attribute is not one Brobygger takes, and is kept. */
static gboolean
read_attribute (ServiceReader *self,
                JsonNode      *element)
{
  JsonObject *attribute = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
  JsonObject *term = _bb_hsds_get_object (attribute, "taxonomy_term");
  const char *taxonomy = _bb_hsds_get_taxonomy (term);
  const char *code = _bb_hsds_get_string (term, "code");
  const char *name = _bb_hsds_get_string (term, "name");
  const char *id = _bb_hsds_get_string (term, "id");
  const char *value = _bb_hsds_get_string (attribute, "value");
  BbOfferStatus status;
  BbAccess access;

  if (term == NULL)
    return FALSE;

  if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_TARGET_GROUP) == 0 && !bb_text_is_blank (name))
    {
      g_autoptr(BbTargetGroup) target_group = bb_target_group_new (name);

      if (_bb_hsds_is_set (id))
        bb_target_group_set_uuid (target_group, id);
      g_list_store_append (bb_offer_get_target_groups (self->offer), target_group);
    }
  else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_STEP) == 0 && !bb_text_is_blank (name))
    {
      const char *description = _bb_hsds_get_string (term, "description");
      g_autoptr(BbStep) step = NULL;
      gint64 level;

      /* A step's code is its level; without one it cannot be placed. */
      if (!parse_whole (code, &level))
        {
          /* TRANSLATORS: the code of step “Specialiseret” is “-5”; … */
          self->problem = g_strdup_printf (_("the code of step “%s” is “%s”; a step’s code is "
                                             "its level, a whole number from 0"),
                                           name, code != NULL ? code : "");
          return TRUE;
        }

      step = bb_step_new ((int) level, name);
      if (_bb_hsds_is_set (id))
        bb_step_set_uuid (step, id);
      /* The name stands in for an empty description, which HSDS requires. */
      if (description != NULL && !g_str_equal (description, name))
        bb_step_set_description (step, description);
      g_list_store_append (bb_offer_get_steps (self->offer), step);
    }
  else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_STATUS) == 0 &&
           bb_offer_status_from_key (code, &status))
    bb_offer_set_status (self->offer, status);
  else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_ACCESS) == 0 && bb_access_from_key (code, &access))
    {
      bb_offer_set_access (self->offer, access);
      self->has_access = TRUE;
    }
  else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_FIELD) == 0 && value != NULL)
    return read_field (self, code, value);
  else if (g_strcmp0 (taxonomy, BB_HSDS_TAXONOMY_KEYWORD) == 0 && !bb_text_is_blank (name))
    add_keyword (self, name);
  else if ((taxonomy == NULL || !g_str_has_prefix (taxonomy, BB_HSDS_TAXONOMY_PREFIX)) &&
           !bb_text_is_blank (name))
    {
      /* Kept with its code and taxonomy; until it is mapped, its name is a keyword. */
      g_ptr_array_add (self->details->terms, read_term (element, self->service_id));
      add_keyword (self, name);
    }
  else
    return FALSE;

  return TRUE;
}

static void
read_attributes (ServiceReader *self)
{
  g_autoptr(JsonArray) attributes = _bb_hsds_take_array (self->service, "attributes");
  g_autoptr(JsonArray) left = json_array_new ();

  for (guint i = 0; attributes != NULL && i < json_array_get_length (attributes); i++)
    {
      JsonNode *element = json_array_get_element (attributes, i);

      if (!read_attribute (self, element))
        json_array_add_element (left, json_node_copy (element));
      if (self->problem != NULL)
        return;
    }

  _bb_hsds_put_back (self->service, "attributes", left);
}

/* ---- history --------------------------------------------------------- */

static gboolean
is_our_metadata (JsonObject *entry,
                 const char *service_id,
                 guint       n)
{
  g_autofree char *id = _bb_hsds_dup_metadata_id (service_id, n);

  return entry != NULL &&
         g_strcmp0 (_bb_hsds_get_string (entry, "id"), id) == 0 &&
         _bb_hsds_get_string (entry, "field_name") != NULL &&
         _bb_hsds_get_string (entry, "last_action_date") != NULL;
}

static char *
dup_history_value (JsonObject *entry,
                   const char *member)
{
  const char *value = _bb_hsds_get_string (entry, member);

  return _bb_hsds_is_set (value) ? g_strdup (value) : NULL;
}

/* How many of @metadata's first entries Brobygger wrote: newest first, with ids
 * counting down to 0 from the oldest. */
static guint
count_our_metadata (JsonArray  *metadata,
                    const char *service_id)
{
  guint n_entries = json_array_get_length (metadata);
  JsonNode *first = n_entries > 0 ? json_array_get_element (metadata, 0) : NULL;
  const char *first_id;
  guint count = 0;

  if (first == NULL || !JSON_NODE_HOLDS_OBJECT (first))
    return 0;

  /* The first entry's number says how many there are. */
  first_id = _bb_hsds_get_string (json_node_get_object (first), "id");
  for (guint n = 0; n < n_entries && count == 0 && first_id != NULL; n++)
    {
      g_autofree char *id = _bb_hsds_dup_metadata_id (service_id, n);

      if (g_str_equal (id, first_id))
        count = n + 1;
    }

  for (guint i = 0; i < count; i++)
    {
      JsonNode *element = json_array_get_element (metadata, i);

      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          !is_our_metadata (json_node_get_object (element), service_id, count - 1 - i))
        return 0;
    }

  return count;
}

/* The changes Brobygger wrote become the history of an offer new to this catalogue;
 * another system's are kept as they came. */
static void
read_metadata (ServiceReader *self)
{
  g_autoptr(JsonArray) metadata = _bb_hsds_take_array (self->service, "metadata");
  g_autoptr(JsonArray) left = json_array_new ();
  guint n_entries = metadata != NULL ? json_array_get_length (metadata) : 0;
  guint n_ours = metadata != NULL ? count_our_metadata (metadata, self->service_id) : 0;

  for (guint i = 0; i < n_entries; i++)
    {
      JsonNode *element = json_array_get_element (metadata, i);
      JsonObject *entry;
      g_autofree char *old_value = NULL;
      g_autofree char *new_value = NULL;
      BbOfferChange *change;

      if (i >= n_ours)
        {
          json_array_add_element (left, json_node_copy (element));
          continue;
        }

      entry = json_node_get_object (element);
      old_value = dup_history_value (entry, "previous_value");
      new_value = dup_history_value (entry, "replacement_value");
      change = bb_offer_change_new (_bb_hsds_get_string (entry, "field_name"), old_value, new_value);
      bb_offer_change_set_changed_at (change, _bb_hsds_get_string (entry, "last_action_date"));
      bb_offer_change_set_changed_by (change, _bb_hsds_get_string (entry, "updated_by"));
      g_ptr_array_add (self->details->history, change);
    }

  _bb_hsds_put_back (self->service, "metadata", left);
}

/* ---- places, hours, capacity ----------------------------------------- */

/* The place Brobygger writes for an offer's location text: our ids, a name and
 * nothing else. */
static const char *
get_text_location (JsonObject *service_at_location,
                   const char *service_id)
{
  g_autofree char *link_id = _bb_hsds_dup_text_location_id (service_id, TRUE);
  g_autofree char *location_id = _bb_hsds_dup_text_location_id (service_id, FALSE);
  JsonObject *location = _bb_hsds_get_object (service_at_location, "location");
  const char *name = _bb_hsds_get_string (location, "name");

  if (location == NULL || name == NULL ||
      g_strcmp0 (_bb_hsds_get_string (service_at_location, "id"), link_id) != 0 ||
      g_strcmp0 (_bb_hsds_get_string (location, "id"), location_id) != 0 ||
      json_object_get_size (location) != 3 || json_object_get_size (service_at_location) != 4 ||
      g_strcmp0 (_bb_hsds_get_string (location, "location_type"), "physical") != 0 ||
      g_strcmp0 (_bb_hsds_get_string (service_at_location, "location_id"), location_id) != 0 ||
      g_strcmp0 (_bb_hsds_get_string (service_at_location, "service_id"), service_id) != 0)
    return NULL;

  return name;
}

static char *
read_locations (ServiceReader *self)
{
  g_autoptr(JsonArray) links = _bb_hsds_take_array (self->service, "service_at_locations");
  g_autoptr(JsonArray) left = json_array_new ();
  char *text = NULL;

  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonNode *element = json_array_get_element (links, i);
      JsonObject *link = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      g_autoptr(JsonNode) copy = NULL;
      BbOfferLocation *place;
      const char *text_location;

      if (text == NULL && link != NULL &&
          (text_location = get_text_location (link, self->service_id)) != NULL)
        {
          text = g_strdup (text_location);
          continue;
        }

      copy = json_node_ref (element);
      place = link != NULL ? _bb_hsds_read_location (json_node_get_object (copy), self->details) : NULL;
      if (place != NULL)
        g_ptr_array_add (self->details->locations, place);
      else
        json_array_add_element (left, json_node_copy (copy));
    }

  _bb_hsds_put_back (self->service, "service_at_locations", left);
  return text;
}

/* The schedule Brobygger writes for an offer's opening-hours text. */
static const char *
get_text_schedule (JsonObject *schedule,
                   const char *service_id)
{
  g_autofree char *id = _bb_hsds_dup_text_schedule_id (service_id);

  if (schedule == NULL || json_object_get_size (schedule) != 3 ||
      g_strcmp0 (_bb_hsds_get_string (schedule, "id"), id) != 0 ||
      g_strcmp0 (_bb_hsds_get_string (schedule, "service_id"), service_id) != 0)
    return NULL;

  return _bb_hsds_get_string (schedule, "description");
}

static char *
read_schedules (ServiceReader *self)
{
  g_autoptr(JsonArray) schedules = _bb_hsds_take_array (self->service, "schedules");
  g_autoptr(JsonArray) others = json_array_new ();
  g_autoptr(JsonArray) left = json_array_new ();
  char *text = NULL;

  for (guint i = 0; schedules != NULL && i < json_array_get_length (schedules); i++)
    {
      JsonNode *element = json_array_get_element (schedules, i);
      const char *text_schedule = NULL;

      if (text == NULL && JSON_NODE_HOLDS_OBJECT (element))
        text_schedule = get_text_schedule (json_node_get_object (element), self->service_id);

      if (text_schedule != NULL)
        text = g_strdup (text_schedule);
      else
        json_array_add_element (others, json_node_copy (element));
    }

  _bb_hsds_read_schedules (others, self->details->schedules, left);
  _bb_hsds_put_back (self->service, "schedules", left);
  return text;
}

static gboolean
is_our_capacity (JsonObject *capacity)
{
  JsonObject *unit = _bb_hsds_get_object (capacity, "unit");

  return g_strcmp0 (_bb_hsds_get_string (unit, "scheme"), "brobygger") == 0 &&
         g_strcmp0 (_bb_hsds_get_string (unit, "identifier"), "places") == 0;
}

static void
read_capacities (ServiceReader *self)
{
  g_autoptr(JsonArray) capacities = _bb_hsds_take_array (self->service, "capacities");
  g_autoptr(JsonArray) left = json_array_new ();
  gint64 capacity = -1;

  for (guint i = 0; capacities != NULL && i < json_array_get_length (capacities); i++)
    {
      JsonNode *element = json_array_get_element (capacities, i);
      g_autoptr(JsonNode) copy = _bb_hsds_copy (element);
      JsonObject *rest = JSON_NODE_HOLDS_OBJECT (copy) ? json_node_get_object (copy) : NULL;
      gint64 maximum = -1, available = -1;

      /* Other systems' capacities are kept, but a number out of range is wrong
       * wherever it is. */
      if (rest != NULL &&
          (!_bb_hsds_take_whole (rest, "maximum", 0, G_MAXINT, &maximum, &self->problem) &&
           self->problem != NULL))
        return;
      if (rest != NULL &&
          (!_bb_hsds_take_whole (rest, "available", 0, G_MAXINT, &available, &self->problem) &&
           self->problem != NULL))
        return;

      if (rest != NULL && is_our_capacity (rest) && capacity < 0)
        capacity = maximum >= 0 ? maximum : available;
      else
        json_array_add_element (left, json_node_copy (element));
    }

  _bb_hsds_put_back (self->service, "capacities", left);

  if (capacity < 0)
    capacity = _bb_hsds_get_capacity (left);
  bb_offer_set_capacity (self->offer, (int) capacity);
}

/* ---- the service's own fields ---------------------------------------- */

static gboolean
status_from_hsds (const char    *status,
                  BbOfferStatus *value)
{
  static const struct
  {
    const char    *hsds;
    BbOfferStatus  status;
  } statuses[] = {
    { "active", BB_OFFER_STATUS_ACTIVE },
    { "inactive", BB_OFFER_STATUS_PLANNED },
    { "temporarily closed", BB_OFFER_STATUS_PAUSED },
    { "defunct", BB_OFFER_STATUS_CLOSED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      if (g_strcmp0 (status, statuses[i].hsds) == 0)
        {
          *value = statuses[i].status;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
read_status (ServiceReader *self)
{
  const char *text = _bb_hsds_get_string (self->service, "status");
  BbOfferStatus status;

  if (text == NULL)
    return TRUE;

  if (!status_from_hsds (text, &status))
    {
      /* TRANSLATORS: %s is the status as the file gives it; keep the four words in quotes */
      self->problem = g_strdup_printf (_("its status “%s” is none of “active”, “inactive”, "
                                         "“temporarily closed” and “defunct”"), text);
      return FALSE;
    }

  bb_offer_set_status (self->offer, status);
  json_object_remove_member (self->service, "status");
  return TRUE;
}

static gboolean
read_ages (ServiceReader *self)
{
  gint64 age;

  if (_bb_hsds_take_whole (self->service, "minimum_age", 0, AGE_LIMIT, &age, &self->problem))
    bb_offer_set_age_min (self->offer, (int) age);
  if (self->problem != NULL)
    return FALSE;

  if (_bb_hsds_take_whole (self->service, "maximum_age", 0, AGE_LIMIT, &age, &self->problem))
    bb_offer_set_age_max (self->offer, (int) age);

  return self->problem == NULL;
}

static gboolean
read_dates (ServiceReader *self)
{
  const char *assured = _bb_hsds_get_string (self->service, "assured_date");
  const char *modified = _bb_hsds_get_string (self->service, "last_modified");

  if (_bb_hsds_is_set (assured))
    {
      g_autofree char *date = _bb_hsds_dup_date (assured);

      if (date == NULL)
        {
          /* TRANSLATORS: %s is a date as the file gives it, e.g. 2023-02-30 */
          self->problem = g_strdup_printf (_("its assured_date “%s” is not a real date"), assured);
          return FALSE;
        }
      bb_offer_set_reviewed (self->offer, date);
      /* A date-time is kept as written; the form holds its day. */
      if (g_str_equal (date, assured))
        json_object_remove_member (self->service, "assured_date");
    }

  /* As the file says, not when it was imported: a record not changed there is not
   * changed here either. */
  if (_bb_hsds_is_set (modified))
    {
      g_autofree char *date_time = _bb_hsds_dup_rfc3339 (modified);

      if (date_time == NULL)
        {
          /* TRANSLATORS: %s is a time as the file gives it */
          self->problem = g_strdup_printf (_("its last_modified “%s” is not a real date and "
                                             "time"), modified);
          return FALSE;
        }
      bb_offer_set_modified (self->offer, date_time);
      /* Fractions of a second, or another time zone, are kept as written. */
      if (g_str_equal (date_time, modified))
        json_object_remove_member (self->service, "last_modified");
    }

  return TRUE;
}

static void
read_texts (ServiceReader *self)
{
  BbOfferDetails *details = self->details;
  g_autofree char *description = _bb_hsds_take_text (self->service, "description");

  if (description != NULL)
    bb_offer_set_description (self->offer, description);

  details->alternate_name = _bb_hsds_take_text (self->service, "alternate_name");
  details->url = _bb_hsds_take_text (self->service, "url");
  details->email = _bb_hsds_take_text (self->service, "email");
  if (details->email != NULL && !bb_validate_email (details->email))
    _bb_hsds_warn_email (details, details->email);
  details->fees = _bb_hsds_take_text (self->service, "fees_description");
  details->eligibility = _bb_hsds_take_text (self->service, "eligibility_description");
  details->alert = _bb_hsds_take_text (self->service, "alert");
}

/* After the attributes: the access term and the waiting weeks say which of these
 * texts are Brobygger's own. */
static void
read_access_and_wait (ServiceReader *self)
{
  const char *process = _bb_hsds_get_string (self->service, "application_process");
  const char *wait_time = _bb_hsds_get_string (self->service, "wait_time");
  BbAccess access;

  /* Our own export names the access route in words; anything else is the provider's
   * own account of how to get in, never an access route. */
  if (self->has_access && bb_access_from_key (process, &access) &&
      access == bb_offer_get_access (self->offer))
    json_object_remove_member (self->service, "application_process");
  else
    self->details->how_to_get_in = _bb_hsds_take_text (self->service, "application_process");
  self->details->access_stated = self->has_access;

  if (self->waiting_weeks >= 0)
    {
      g_autofree char *ours = _bb_hsds_format_wait_time ((int) self->waiting_weeks, FALSE);
      g_autofree char *english = _bb_hsds_format_wait_time ((int) self->waiting_weeks, TRUE);

      bb_offer_set_waiting_weeks (self->offer, (int) self->waiting_weeks);
      if (g_strcmp0 (wait_time, ours) == 0 || g_strcmp0 (wait_time, english) == 0)
        json_object_remove_member (self->service, "wait_time");
    }
  else
    bb_offer_set_waiting_weeks (self->offer, _bb_hsds_parse_wait_time (wait_time));
}

static void
read_keywords (ServiceReader *self)
{
  if (self->exact_keywords != NULL)
    bb_offer_set_keywords (self->offer, self->exact_keywords);
  else if (self->keywords->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (self->keywords, NULL);
      joined = g_strjoinv (", ", (char **) self->keywords->pdata);
      bb_offer_set_keywords (self->offer, joined);
    }
}

gboolean
_bb_hsds_read_service (BbOffer     *offer,
                       JsonObject  *service,
                       const char  *service_id,
                       char       **problem)
{
  g_autoptr(JsonArray) phones = NULL;
  g_autoptr(JsonArray) left_phones = json_array_new ();
  g_autoptr(GPtrArray) keywords = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *location = NULL;
  g_autofree char *opening_hours = NULL;
  ServiceReader self = { 0, };

  self.offer = offer;
  self.details = bb_offer_get_details (offer);
  self.service = service;
  self.service_id = service_id != NULL ? service_id : "";
  self.keywords = keywords;
  self.waiting_weeks = -1;

  if (!read_status (&self) || !read_ages (&self) || !read_dates (&self))
    goto refused;

  read_texts (&self);

  phones = _bb_hsds_take_array (service, "phones");
  _bb_hsds_read_phones (phones, self.details->phones, left_phones, self.details);
  _bb_hsds_put_back (service, "phones", left_phones);

  read_capacities (&self);
  if (self.problem != NULL)
    goto refused;

  read_attributes (&self);
  if (self.problem != NULL)
    goto refused;

  read_access_and_wait (&self);
  read_keywords (&self);
  _bb_hsds_read_contacts (service, offer);
  read_metadata (&self);

  /* The texts the form shows: Brobygger's own when the file has them, else made
   * from the places and schedules. */
  location = read_locations (&self);
  if (location == NULL)
    location = _bb_hsds_dup_locations_text (self.details->locations);
  bb_offer_set_location (offer, location);

  opening_hours = read_schedules (&self);
  if (opening_hours == NULL)
    opening_hours = _bb_hsds_dup_schedules_text (self.details->schedules, self.details->locations);
  bb_offer_set_opening_hours (offer, opening_hours);

  self.details->extra = _bb_hsds_dup_rest (service);
  g_free (self.exact_keywords);
  return TRUE;

refused:
  *problem = g_steal_pointer (&self.problem);
  g_free (self.exact_keywords);
  return FALSE;
}
