/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-offer-private.h"

G_DEFINE_FINAL_TYPE (BbOffer, bb_offer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_DESCRIPTION,
  PROP_PROVIDER,
  PROP_LEGAL_BASIS,
  PROP_AGE_MIN,
  PROP_AGE_MAX,
  PROP_ACCESS,
  PROP_CAPACITY,
  PROP_WAITING_WEEKS,
  PROP_LOCATION,
  PROP_OPENING_HOURS,
  PROP_STATUS,
  PROP_REVIEWED,
  PROP_KEYWORDS,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (BbOffer     *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Text fields are never NULL so that views and SQL need no special case. */
static void
set_text (BbOffer     *self,
          char       **field,
          const char  *value,
          guint        prop_id)
{
  set_string (self, field, value != NULL ? value : "", prop_id);
}

/* Dates are NULL when unset, so that "no date" cannot be mistaken for a bad one. */
static void
set_date (BbOffer     *self,
          char       **field,
          const char  *value,
          guint        prop_id)
{
  set_string (self, field, value != NULL && value[0] != '\0' ? value : NULL, prop_id);
}

static gboolean
set_number (BbOffer *self,
            int     *field,
            int      value,
            guint    prop_id)
{
  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  return TRUE;
}

static void
bb_offer_finalize (GObject *object)
{
  BbOffer *self = (BbOffer *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_object (&self->provider);
  g_clear_pointer (&self->legal_basis, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->opening_hours, g_free);
  g_clear_pointer (&self->reviewed, g_free);
  g_clear_pointer (&self->keywords, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_object (&self->target_groups);
  g_clear_object (&self->steps);
  g_clear_object (&self->contacts);
  g_clear_pointer (&self->details, bb_offer_details_free);

  G_OBJECT_CLASS (bb_offer_parent_class)->finalize (object);
}

static void
bb_offer_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BbOffer *self = BB_OFFER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_PROVIDER:
      g_value_set_object (value, self->provider);
      break;

    case PROP_LEGAL_BASIS:
      g_value_set_string (value, self->legal_basis);
      break;

    case PROP_AGE_MIN:
      g_value_set_int (value, self->age_min);
      break;

    case PROP_AGE_MAX:
      g_value_set_int (value, self->age_max);
      break;

    case PROP_ACCESS:
      g_value_set_int (value, self->access);
      break;

    case PROP_CAPACITY:
      g_value_set_int (value, self->capacity);
      break;

    case PROP_WAITING_WEEKS:
      g_value_set_int (value, self->waiting_weeks);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_OPENING_HOURS:
      g_value_set_string (value, self->opening_hours);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_REVIEWED:
      g_value_set_string (value, self->reviewed);
      break;

    case PROP_KEYWORDS:
      g_value_set_string (value, self->keywords);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  BbOffer *self = BB_OFFER (object);

  switch (prop_id)
    {
    case PROP_ID:
      bb_offer_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      bb_offer_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      bb_offer_set_title (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      bb_offer_set_summary (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      bb_offer_set_description (self, g_value_get_string (value));
      break;

    case PROP_PROVIDER:
      bb_offer_set_provider (self, g_value_get_object (value));
      break;

    case PROP_LEGAL_BASIS:
      bb_offer_set_legal_basis (self, g_value_get_string (value));
      break;

    case PROP_AGE_MIN:
      bb_offer_set_age_min (self, g_value_get_int (value));
      break;

    case PROP_AGE_MAX:
      bb_offer_set_age_max (self, g_value_get_int (value));
      break;

    case PROP_ACCESS:
      bb_offer_set_access (self, g_value_get_int (value));
      break;

    case PROP_CAPACITY:
      bb_offer_set_capacity (self, g_value_get_int (value));
      break;

    case PROP_WAITING_WEEKS:
      bb_offer_set_waiting_weeks (self, g_value_get_int (value));
      break;

    case PROP_LOCATION:
      bb_offer_set_location (self, g_value_get_string (value));
      break;

    case PROP_OPENING_HOURS:
      bb_offer_set_opening_hours (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      bb_offer_set_status (self, g_value_get_int (value));
      break;

    case PROP_REVIEWED:
      bb_offer_set_reviewed (self, g_value_get_string (value));
      break;

    case PROP_KEYWORDS:
      bb_offer_set_keywords (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      bb_offer_set_created (self, g_value_get_string (value));
      break;

    case PROP_MODIFIED:
      bb_offer_set_modified (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_class_init (BbOfferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_offer_finalize;
  object_class->get_property = bb_offer_get_property;
  object_class->set_property = bb_offer_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PROVIDER] =
    g_param_spec_object ("provider", NULL, NULL, BB_TYPE_PROVIDER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LEGAL_BASIS] =
    g_param_spec_string ("legal-basis", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AGE_MIN] =
    g_param_spec_int ("age-min", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AGE_MAX] =
    g_param_spec_int ("age-max", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACCESS] =
    g_param_spec_int ("access", NULL, NULL, 0, BB_ACCESS_COUNT - 1, BB_ACCESS_OPEN,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAPACITY] =
    g_param_spec_int ("capacity", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_WAITING_WEEKS] =
    g_param_spec_int ("waiting-weeks", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OPENING_HOURS] =
    g_param_spec_string ("opening-hours", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, 0, BB_OFFER_STATUS_COUNT - 1, BB_OFFER_STATUS_ACTIVE,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REVIEWED] =
    g_param_spec_string ("reviewed", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KEYWORDS] =
    g_param_spec_string ("keywords", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_string ("modified", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_offer_init (BbOffer *self)
{
  self->uuid = g_uuid_string_random ();
  self->title = g_strdup ("");
  self->summary = g_strdup ("");
  self->description = g_strdup ("");
  self->legal_basis = g_strdup ("");
  self->age_min = -1;
  self->age_max = -1;
  self->access = BB_ACCESS_OPEN;
  self->capacity = -1;
  self->waiting_weeks = -1;
  self->location = g_strdup ("");
  self->opening_hours = g_strdup ("");
  self->status = BB_OFFER_STATUS_ACTIVE;
  self->keywords = g_strdup ("");

  self->target_groups = g_list_store_new (BB_TYPE_TARGET_GROUP);
  self->steps = g_list_store_new (BB_TYPE_STEP);
  self->contacts = g_list_store_new (BB_TYPE_CONTACT);
  self->details = bb_offer_details_new ();
}

/**
 * bb_offer_new:
 *
 * Open access, active, no numbers set. "created" and "modified" stay NULL
 * until the store saves the offer.
 *
 * Returns: (transfer full): a new offer
 */
BbOffer *
bb_offer_new (void)
{
  return g_object_new (BB_TYPE_OFFER, NULL);
}

gint64
bb_offer_get_id (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), 0);

  return self->id;
}

void
bb_offer_set_id (BbOffer *self,
                 gint64   id)
{
  g_return_if_fail (BB_IS_OFFER (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
bb_offer_get_uuid (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->uuid;
}

void
bb_offer_set_uuid (BbOffer    *self,
                   const char *uuid)
{
  g_return_if_fail (BB_IS_OFFER (self));

  set_text (self, &self->uuid, uuid, PROP_UUID);
}

const char *
bb_offer_get_title (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->title;
}

void
bb_offer_set_title (BbOffer    *self,
                    const char *title)
{
  g_return_if_fail (BB_IS_OFFER (self));

  set_text (self, &self->title, title, PROP_TITLE);
}

const char *
bb_offer_get_summary (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->summary;
}

void
bb_offer_set_summary (BbOffer    *self,
                      const char *summary)
{
  g_return_if_fail (BB_IS_OFFER (self));

  set_text (self, &self->summary, summary, PROP_SUMMARY);
}

const char *
bb_offer_get_description (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->description;
}

void
bb_offer_set_description (BbOffer    *self,
                          const char *description)
{
  g_return_if_fail (BB_IS_OFFER (self));

  set_text (self, &self->description, description, PROP_DESCRIPTION);
}

/**
 * bb_offer_get_provider:
 *
 * Returns: (transfer none) (nullable): the provider
 */
BbProvider *
bb_offer_get_provider (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->provider;
}

void
bb_offer_set_provider (BbOffer    *self,
                       BbProvider *provider)
{
  g_return_if_fail (BB_IS_OFFER (self));
  g_return_if_fail (provider == NULL || BB_IS_PROVIDER (provider));

  if (g_set_object (&self->provider, provider))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROVIDER]);
}

const char *
bb_offer_get_legal_basis (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->legal_basis;
}

void
bb_offer_set_legal_basis (BbOffer    *self,
                          const char *legal_basis)
{
  g_return_if_fail (BB_IS_OFFER (self));

  set_text (self, &self->legal_basis, legal_basis, PROP_LEGAL_BASIS);
}

int
bb_offer_get_age_min (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), -1);

  return self->age_min;
}

/* Ages outside 0..130 are accepted here so the form can hold what was typed;
 * bb_offer_validate() tells the user. */
void
bb_offer_set_age_min (BbOffer *self,
                      int      age_min)
{
  g_return_if_fail (BB_IS_OFFER (self));
  g_return_if_fail (age_min >= -1);

  set_number (self, &self->age_min, age_min, PROP_AGE_MIN);
}

int
bb_offer_get_age_max (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), -1);

  return self->age_max;
}

void
bb_offer_set_age_max (BbOffer *self,
                      int      age_max)
{
  g_return_if_fail (BB_IS_OFFER (self));
  g_return_if_fail (age_max >= -1);

  set_number (self, &self->age_max, age_max, PROP_AGE_MAX);
}

BbAccess
bb_offer_get_access (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), BB_ACCESS_OPEN);

  return self->access;
}

void
bb_offer_set_access (BbOffer  *self,
                     BbAccess  access)
{
  g_return_if_fail (BB_IS_OFFER (self));
  g_return_if_fail ((guint) access < BB_ACCESS_COUNT);

  if (self->access == access)
    return;

  self->access = access;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCESS]);
}

int
bb_offer_get_capacity (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), -1);

  return self->capacity;
}

void
bb_offer_set_capacity (BbOffer *self,
                       int      capacity)
{
  g_return_if_fail (BB_IS_OFFER (self));
  g_return_if_fail (capacity >= -1);

  set_number (self, &self->capacity, capacity, PROP_CAPACITY);
}

int
bb_offer_get_waiting_weeks (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), -1);

  return self->waiting_weeks;
}

void
bb_offer_set_waiting_weeks (BbOffer *self,
                            int      waiting_weeks)
{
  g_return_if_fail (BB_IS_OFFER (self));
  g_return_if_fail (waiting_weeks >= -1);

  set_number (self, &self->waiting_weeks, waiting_weeks, PROP_WAITING_WEEKS);
}

const char *
bb_offer_get_location (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->location;
}

void
bb_offer_set_location (BbOffer    *self,
                       const char *location)
{
  g_return_if_fail (BB_IS_OFFER (self));

  set_text (self, &self->location, location, PROP_LOCATION);
}

const char *
bb_offer_get_opening_hours (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->opening_hours;
}

void
bb_offer_set_opening_hours (BbOffer    *self,
                            const char *opening_hours)
{
  g_return_if_fail (BB_IS_OFFER (self));

  set_text (self, &self->opening_hours, opening_hours, PROP_OPENING_HOURS);
}

BbOfferStatus
bb_offer_get_status (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), BB_OFFER_STATUS_ACTIVE);

  return self->status;
}

void
bb_offer_set_status (BbOffer       *self,
                     BbOfferStatus  status)
{
  g_return_if_fail (BB_IS_OFFER (self));
  g_return_if_fail ((guint) status < BB_OFFER_STATUS_COUNT);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * bb_offer_get_reviewed:
 *
 * Returns: (nullable): the date of the last review, YYYY-MM-DD, or NULL if never
 */
const char *
bb_offer_get_reviewed (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->reviewed;
}

/* Not checked here: the form keeps what was typed, bb_offer_validate() judges it. */
void
bb_offer_set_reviewed (BbOffer    *self,
                       const char *reviewed)
{
  g_return_if_fail (BB_IS_OFFER (self));

  set_date (self, &self->reviewed, reviewed, PROP_REVIEWED);
}

const char *
bb_offer_get_keywords (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->keywords;
}

void
bb_offer_set_keywords (BbOffer    *self,
                       const char *keywords)
{
  g_return_if_fail (BB_IS_OFFER (self));

  set_text (self, &self->keywords, keywords, PROP_KEYWORDS);
}

/**
 * bb_offer_get_created:
 *
 * Returns: (nullable): when the offer was first saved, or NULL before that
 */
const char *
bb_offer_get_created (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->created;
}

void
bb_offer_set_created (BbOffer    *self,
                      const char *created)
{
  g_return_if_fail (BB_IS_OFFER (self));

  set_date (self, &self->created, created, PROP_CREATED);
}

/**
 * bb_offer_get_modified:
 *
 * Returns: (nullable): when the offer was last saved, or NULL before the first save
 */
const char *
bb_offer_get_modified (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->modified;
}

void
bb_offer_set_modified (BbOffer    *self,
                       const char *modified)
{
  g_return_if_fail (BB_IS_OFFER (self));

  set_date (self, &self->modified, modified, PROP_MODIFIED);
}
