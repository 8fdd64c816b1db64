/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Writing offers as HSDS services: what Brobygger holds, then what was kept of each
 * part as it came (see bb-hsds-private.h for the rule). */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "bb-clock.h"
#include "bb-hsds.h"
#include "bb-hsds-private.h"
#include "bb-hsds-writer-private.h"
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
  { BB_HSDS_FIELD_PROVIDER_ID, N_("Identifier"),
    N_("The identifier of the provider in Brobygger.") },
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

struct _BbHsdsWriter
{
  GOutputStream *stream;
  /* "Now" for an offer that has no time of its last change, so that writing the same
   * offers twice gives the same bytes. */
  BbClock       *clock;
  /* Kept until the close: the page says how many services it holds before it lists
   * them. */
  JsonArray     *services;
};

/* ---- members --------------------------------------------------------- */

void
_bb_hsds_add_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  if (!_bb_hsds_is_set (value))
    return;

  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

void
_bb_hsds_add_required_string (JsonBuilder *builder,
                              const char  *member,
                              const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

void
_bb_hsds_add_int (JsonBuilder *builder,
                  const char  *member,
                  gint64       value)
{
  if (value < 0)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

JsonBuilder *
_bb_hsds_begin_object (void)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  return builder;
}

JsonNode *
_bb_hsds_end_object (JsonBuilder *builder,
                     JsonObject  *extra)
{
  JsonNode *node;

  json_builder_end_object (builder);
  node = json_builder_get_root (builder);
  _bb_hsds_merge_extra (json_node_get_object (node), extra);
  return node;
}

/* ---- attributes ------------------------------------------------------ */

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

void
_bb_hsds_add_attribute (JsonBuilder *builder,
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
  g_autofree char *id = _bb_hsds_dup_name_uuid ("attribute:%s:%s", link_id, term_id);

  json_builder_begin_object (builder);
  _bb_hsds_add_required_string (builder, "id", id);
  _bb_hsds_add_required_string (builder, "link_id", link_id);
  _bb_hsds_add_required_string (builder, "taxonomy_term_id", term_id);
  _bb_hsds_add_string (builder, "link_type", link_type);
  _bb_hsds_add_required_string (builder, "link_entity", link_entity);
  if (value != NULL)
    _bb_hsds_add_required_string (builder, "value", value);

  json_builder_set_member_name (builder, "taxonomy_term");
  json_builder_begin_object (builder);
  _bb_hsds_add_required_string (builder, "id", term_id);
  _bb_hsds_add_string (builder, "code", code);
  _bb_hsds_add_required_string (builder, "name", name);
  _bb_hsds_add_required_string (builder, "description", description);
  _bb_hsds_add_required_string (builder, "taxonomy", taxonomy);
  json_builder_end_object (builder);

  json_builder_end_object (builder);
}

void
_bb_hsds_add_field_attribute (JsonBuilder *builder,
                              const char  *link_id,
                              const char  *link_entity,
                              const char  *code,
                              const char  *value)
{
  const BbHsdsField *field = lookup_field (code);
  g_autofree char *term_id = _bb_hsds_dup_name_uuid ("%s:%s", BB_HSDS_TAXONOMY_FIELD, code);

  g_assert (field != NULL);

  _bb_hsds_add_attribute (builder, link_id, link_entity, NULL, BB_HSDS_TAXONOMY_FIELD, term_id,
                          code, _(field->name), _(field->description), value);
}

void
_bb_hsds_add_key_attribute (JsonBuilder *builder,
                            const char  *link_id,
                            const char  *link_entity,
                            const char  *taxonomy,
                            const char  *key,
                            const char  *label)
{
  g_autofree char *term_id = _bb_hsds_dup_name_uuid ("%s:%s", taxonomy, key);

  _bb_hsds_add_attribute (builder, link_id, link_entity, NULL, taxonomy, term_id,
                          key, label, label, NULL);
}

/* What the file wrote for a member Brobygger would otherwise write as @ours: written
 * in its place, so the kept one is not added again. */
static const char *
get_kept (JsonObject *extra,
          const char *member,
          const char *ours)
{
  const char *kept = extra != NULL ? _bb_hsds_get_string (extra, member) : NULL;

  return kept != NULL ? kept : ours;
}

/* A term of another taxonomy, as it came. */
static void
add_term (JsonBuilder *builder,
          BbTerm      *term,
          const char  *service_id)
{
  g_autoptr(JsonBuilder) object = _bb_hsds_begin_object ();
  g_autoptr(JsonObject) extra = _bb_hsds_parse_extra (term->extra);
  g_autofree char *scope = g_strdup_printf ("term:%s:%s:%s", term->taxonomy ? term->taxonomy : "",
                                            term->code ? term->code : "", term->name);
  g_autofree char *term_id = _bb_hsds_dup_valid_uuid (term->id, scope);
  g_autofree char *attribute_scope = g_strdup_printf ("attribute:%s:%s", service_id, term_id);
  g_autofree char *id = _bb_hsds_dup_valid_uuid (term->attribute_id, attribute_scope);

  _bb_hsds_add_required_string (object, "id", id);
  _bb_hsds_add_required_string (object, "link_id", get_kept (extra, "link_id", service_id));
  _bb_hsds_add_required_string (object, "taxonomy_term_id",
                                get_kept (extra, "taxonomy_term_id", term_id));
  _bb_hsds_add_required_string (object, "link_entity", get_kept (extra, "link_entity", "service"));
  json_builder_set_member_name (object, "taxonomy_term");
  json_builder_begin_object (object);
  _bb_hsds_add_required_string (object, "id", term_id);
  _bb_hsds_add_string (object, "code", term->code);
  _bb_hsds_add_required_string (object, "name", term->name);
  /* HSDS requires a description; the name stands in, as for our steps. */
  _bb_hsds_add_required_string (object, "description",
                                term->description != NULL ? term->description : term->name);
  _bb_hsds_add_string (object, "taxonomy", term->taxonomy);
  json_builder_end_object (object);

  json_builder_add_value (builder, _bb_hsds_end_object (object, extra));
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

static gboolean
is_term_name (BbOfferDetails *details,
              const char     *keyword)
{
  for (guint i = 0; i < details->terms->len; i++)
    {
      BbTerm *term = g_ptr_array_index (details->terms, i);

      if (g_strcmp0 (term->name, keyword) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
add_attributes (JsonBuilder *builder,
                BbOffer     *offer,
                const char  *service_id)
{
  GListModel *target_groups = G_LIST_MODEL (bb_offer_get_target_groups (offer));
  GListModel *steps = G_LIST_MODEL (bb_offer_get_steps (offer));
  BbOfferDetails *details = bb_offer_get_details (offer);
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
      g_autofree char *term_id = _bb_hsds_dup_valid_uuid (bb_target_group_get_uuid (target_group), scope);

      _bb_hsds_add_attribute (builder, service_id, "service", "audience",
                              BB_HSDS_TAXONOMY_TARGET_GROUP, term_id, NULL, name, name, NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);
      const char *name = bb_step_get_name (step);
      const char *description = bb_step_get_description (step);
      g_autofree char *code = g_strdup_printf ("%d", bb_step_get_level (step));
      g_autofree char *scope = g_strdup_printf ("%s:%s:%s", BB_HSDS_TAXONOMY_STEP, code, name);
      g_autofree char *term_id = _bb_hsds_dup_valid_uuid (bb_step_get_uuid (step), scope);

      _bb_hsds_add_attribute (builder, service_id, "service", NULL, BB_HSDS_TAXONOMY_STEP, term_id,
                              code, name, _bb_hsds_is_set (description) ? description : name, NULL);
    }

  for (guint i = 0; i < keywords->len; i++)
    {
      const char *keyword = g_ptr_array_index (keywords, i);
      g_autofree char *term_id = NULL;

      /* The name of another taxonomy's term is a keyword that term already says. */
      if (is_term_name (details, keyword))
        continue;

      term_id = _bb_hsds_dup_name_uuid ("%s:%s", BB_HSDS_TAXONOMY_KEYWORD, keyword);
      _bb_hsds_add_attribute (builder, service_id, "service", NULL, BB_HSDS_TAXONOMY_KEYWORD,
                              term_id, NULL, keyword, keyword, NULL);
    }

  _bb_hsds_add_key_attribute (builder, service_id, "service", BB_HSDS_TAXONOMY_STATUS,
                              bb_offer_status_to_key (status), bb_offer_status_get_label (status));
  if (details->access_stated)
    _bb_hsds_add_key_attribute (builder, service_id, "service", BB_HSDS_TAXONOMY_ACCESS,
                                bb_access_to_key (access), bb_access_get_label (access));

  if (_bb_hsds_is_set (bb_offer_get_summary (offer)))
    _bb_hsds_add_field_attribute (builder, service_id, "service", BB_HSDS_FIELD_SUMMARY,
                                  bb_offer_get_summary (offer));
  if (_bb_hsds_is_set (bb_offer_get_legal_basis (offer)))
    _bb_hsds_add_field_attribute (builder, service_id, "service", BB_HSDS_FIELD_LEGAL_BASIS,
                                  bb_offer_get_legal_basis (offer));
  if (bb_offer_get_waiting_weeks (offer) >= 0)
    {
      g_autofree char *weeks = g_strdup_printf ("%d", bb_offer_get_waiting_weeks (offer));

      _bb_hsds_add_field_attribute (builder, service_id, "service", BB_HSDS_FIELD_WAITING_WEEKS,
                                    weeks);
    }
  /* One term per keyword is what other systems read; the text as typed comes back
   * only when it is not already "a, b, c". */
  g_ptr_array_add (keywords, NULL);
  joined = g_strjoinv (", ", (char **) keywords->pdata);
  if (!g_str_equal (joined, bb_offer_get_keywords (offer)))
    _bb_hsds_add_field_attribute (builder, service_id, "service", BB_HSDS_FIELD_KEYWORDS,
                                  bb_offer_get_keywords (offer));
  /* Keeps an imported id that is not a UUID, so it comes back unchanged. */
  if (g_strcmp0 (uuid, service_id) != 0 && _bb_hsds_is_set (uuid))
    _bb_hsds_add_field_attribute (builder, service_id, "service", BB_HSDS_FIELD_ID, uuid);

  for (guint i = 0; i < details->terms->len; i++)
    add_term (builder, g_ptr_array_index (details->terms, i), service_id);

  json_builder_end_array (builder);
}

/* ---- history --------------------------------------------------------- */

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
      g_autofree char *id = _bb_hsds_dup_metadata_id (service_id, n_changes - 1 - i);
      g_autofree char *date = _bb_hsds_dup_date (bb_offer_change_get_changed_at (change));

      json_builder_begin_object (builder);
      _bb_hsds_add_required_string (builder, "id", id);
      _bb_hsds_add_required_string (builder, "resource_id", service_id);
      _bb_hsds_add_required_string (builder, "resource_type", "service");
      _bb_hsds_add_required_string (builder, "last_action_date", date);
      _bb_hsds_add_required_string (builder, "last_action_type",
                                    action_type (bb_offer_change_get_field (change)));
      _bb_hsds_add_required_string (builder, "field_name", bb_offer_change_get_field (change));
      _bb_hsds_add_required_string (builder, "previous_value", bb_offer_change_get_old_value (change));
      _bb_hsds_add_required_string (builder, "replacement_value",
                                    bb_offer_change_get_new_value (change));
      _bb_hsds_add_required_string (builder, "updated_by", bb_offer_change_get_changed_by (change));
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

/* ---- the service ----------------------------------------------------- */

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

static JsonArray *
get_kept_array (JsonObject *extra,
                const char *member)
{
  return extra != NULL ? _bb_hsds_get_array (extra, member) : NULL;
}

static void
add_capacity (JsonBuilder *builder,
              BbOffer     *offer,
              JsonObject  *extra,
              const char  *service_id,
              const char  *updated)
{
  int capacity = bb_offer_get_capacity (offer);
  g_autofree char *id = NULL;
  g_autofree char *unit_id = NULL;

  /* Read from another system's capacities, which are written back as they came. */
  if (capacity < 0 || capacity == _bb_hsds_get_capacity (get_kept_array (extra, "capacities")))
    return;

  id = _bb_hsds_dup_capacity_id (service_id);
  unit_id = _bb_hsds_dup_name_uuid ("unit:places");

  json_builder_set_member_name (builder, "capacities");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  _bb_hsds_add_required_string (builder, "id", id);
  _bb_hsds_add_required_string (builder, "service_id", service_id);
  json_builder_set_member_name (builder, "unit");
  json_builder_begin_object (builder);
  _bb_hsds_add_required_string (builder, "id", unit_id);
  /* TRANSLATORS: the unit of an offer's capacity, as other directories show it */
  _bb_hsds_add_required_string (builder, "name", _("places"));
  _bb_hsds_add_required_string (builder, "scheme", "brobygger");
  _bb_hsds_add_required_string (builder, "identifier", "places");
  json_builder_end_object (builder);
  _bb_hsds_add_required_string (builder, "unit_id", unit_id);
  /* We keep the number of places, not how many are free; "available" is required. */
  json_builder_set_member_name (builder, "available");
  json_builder_add_int_value (builder, capacity);
  json_builder_set_member_name (builder, "maximum");
  json_builder_add_int_value (builder, capacity);
  _bb_hsds_add_required_string (builder, "description", _("Number of places in the offer."));
  _bb_hsds_add_required_string (builder, "updated", updated);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

/* Our wording of the waiting time, unless another system's says the same. */
static char *
dup_wait_time (BbOffer    *offer,
               JsonObject *extra)
{
  int weeks = bb_offer_get_waiting_weeks (offer);
  const char *kept = extra != NULL ? _bb_hsds_get_string (extra, "wait_time") : NULL;

  if (weeks < 0 || (kept != NULL && _bb_hsds_parse_wait_time (kept) == weeks))
    return NULL;

  return _bb_hsds_format_wait_time (weeks, FALSE);
}

/* A date or time as the file wrote it (with fractions of a second, or in its own time
 * zone) while it is still the one Brobygger holds. */
static const char *
get_kept_time (JsonObject  *extra,
               const char  *member,
               const char  *ours,
               char      *(*normalize) (const char *text))
{
  const char *kept = extra != NULL ? _bb_hsds_get_string (extra, member) : NULL;
  g_autofree char *normalized = kept != NULL ? normalize (kept) : NULL;

  return ours != NULL && g_strcmp0 (normalized, ours) == 0 ? kept : ours;
}

/* One service, with @history as its metadata. */
static JsonNode *
build_service (BbOffer    *offer,
               GListModel *history,
               BbClock    *clock)
{
  g_autoptr(JsonBuilder) builder = _bb_hsds_begin_object ();
  BbOfferDetails *details = bb_offer_get_details (offer);
  g_autoptr(JsonObject) extra = _bb_hsds_parse_extra (details->extra);
  BbProvider *provider = bb_offer_get_provider (offer);
  const char *uuid = bb_offer_get_uuid (offer);
  const char *process = details->how_to_get_in;
  g_autofree char *service_id = NULL;
  g_autofree char *organization_id = NULL;
  g_autofree char *modified = _bb_hsds_dup_rfc3339 (bb_offer_get_modified (offer));
  g_autofree char *reviewed = _bb_hsds_dup_date (bb_offer_get_reviewed (offer));
  g_autofree char *wait_time = dup_wait_time (offer, extra);

  if (_bb_hsds_is_set (uuid))
    service_id = _bb_hsds_dup_valid_uuid (uuid, "service");
  else
    service_id = g_uuid_string_random ();

  if (provider != NULL)
    organization_id = _bb_hsds_dup_organization_id (provider);

  if (modified == NULL)
    modified = bb_clock_dup_utc_timestamp (clock);

  /* The provider's own words on how to get in; else, when the access route is
   * known, its name. */
  if (process == NULL && details->access_stated)
    process = bb_access_get_label (bb_offer_get_access (offer));

  _bb_hsds_add_required_string (builder, "id", service_id);
  _bb_hsds_add_string (builder, "organization_id", organization_id);
  _bb_hsds_add_required_string (builder, "name", bb_offer_get_title (offer));
  _bb_hsds_add_string (builder, "alternate_name", details->alternate_name);
  _bb_hsds_add_string (builder, "description", bb_offer_get_description (offer));
  _bb_hsds_add_string (builder, "url", details->url);
  _bb_hsds_add_string (builder, "email", details->email);
  _bb_hsds_add_required_string (builder, "status", status_to_hsds (bb_offer_get_status (offer)));
  _bb_hsds_add_string (builder, "application_process", process);
  _bb_hsds_add_string (builder, "fees_description", details->fees);
  _bb_hsds_add_string (builder, "wait_time", wait_time);
  _bb_hsds_add_string (builder, "eligibility_description", details->eligibility);
  _bb_hsds_add_string (builder, "alert", details->alert);
  _bb_hsds_add_int (builder, "minimum_age", bb_offer_get_age_min (offer));
  _bb_hsds_add_int (builder, "maximum_age", bb_offer_get_age_max (offer));
  _bb_hsds_add_string (builder, "assured_date", get_kept_time (extra, "assured_date", reviewed,
                                                             _bb_hsds_dup_date));
  _bb_hsds_add_required_string (builder, "last_modified",
                                get_kept_time (extra, "last_modified", modified,
                                               _bb_hsds_dup_rfc3339));
  _bb_hsds_write_phones (builder, details->phones, service_id);
  _bb_hsds_write_schedules (builder, details->schedules, details->locations,
                            bb_offer_get_opening_hours (offer), service_id);
  _bb_hsds_write_locations (builder, details->locations, bb_offer_get_location (offer),
                            service_id);
  if (provider != NULL)
    _bb_hsds_write_organization (builder, provider, organization_id);
  _bb_hsds_write_contacts (builder, offer, service_id);
  add_capacity (builder, offer, extra, service_id, modified);
  add_attributes (builder, offer, service_id);
  add_metadata (builder, history, service_id);

  return _bb_hsds_end_object (builder, extra);
}

/* Public API */

BbHsdsWriter *
bb_hsds_writer_new (GOutputStream *stream,
                    BbClock       *clock)
{
  BbHsdsWriter *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);
  g_return_val_if_fail (BB_IS_CLOCK (clock), NULL);

  self = g_new0 (BbHsdsWriter, 1);
  self->stream = g_object_ref (stream);
  self->clock = g_object_ref (clock);
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

  json_array_add_element (self->services, build_service (offer, history, self->clock));

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
  g_clear_object (&self->clock);
  g_clear_pointer (&self->services, json_array_unref);
  g_free (self);
}
