/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gi18n-lib.h>

#include "bb-offer.h"
#include "bb-offer-change.h"
#include "bb-validate.h"

#define AGE_LIMIT 130

struct _BbOffer
{
  GObject        parent_instance;

  gint64         id;
  char          *uuid;
  char          *title;
  char          *summary;
  char          *description;
  BbProvider    *provider;
  char          *legal_basis;
  int            age_min;
  int            age_max;
  BbAccess       access;
  int            capacity;
  int            waiting_weeks;
  char          *location;
  char          *opening_hours;
  BbOfferStatus  status;
  char          *reviewed;
  char          *keywords;
  char          *created;
  char          *modified;

  GListStore    *target_groups;
  GListStore    *steps;
  GListStore    *contacts;
};

G_DEFINE_FINAL_TYPE (BbOffer, bb_offer, G_TYPE_OBJECT)
G_DEFINE_QUARK (bb-offer-error-quark, bb_offer_error)

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

/* Text fields are never NULL so that views and SQL need no special case. */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Dates are NULL when unset, so that "no date" cannot be mistaken for a bad one. */
static gboolean
replace_nullable_string (char       **field,
                         const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
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

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

static void
copy_store (GListStore *from,
            GListStore *to,
            gpointer  (*copy_func) (gpointer item))
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (from));
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (from), i);

      g_ptr_array_add (items, copy_func (item));
    }

  g_list_store_splice (to, 0, g_list_model_get_n_items (G_LIST_MODEL (to)),
                       items->pdata, items->len);
}

static char *
dup_joined (GListStore   *store,
            const char *(*get_name) (gpointer item),
            const char   *separator)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_items = g_list_model_get_n_items (model);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append (str, separator);
      g_string_append (str, get_name (item));
    }

  return g_string_free (str, FALSE);
}

static const char *
get_target_group_name (gpointer item)
{
  return bb_target_group_get_name (item);
}

static const char *
get_step_name (gpointer item)
{
  return bb_step_get_name (item);
}

static gpointer
copy_target_group (gpointer item)
{
  return bb_target_group_copy (item);
}

static gpointer
copy_step (gpointer item)
{
  return bb_step_copy (item);
}

static gpointer
copy_contact (gpointer item)
{
  return bb_contact_copy (item);
}

static char *
dup_contacts_text (BbOffer *self)
{
  GListModel *model = G_LIST_MODEL (self->contacts);
  guint n_items = g_list_model_get_n_items (model);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (model, i);
      g_autofree char *text = bb_contact_to_string (contact);

      if (i > 0)
        g_string_append (str, "; ");
      g_string_append (str, text);
    }

  return g_string_free (str, FALSE);
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
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_PROVIDER] =
    g_param_spec_object ("provider", NULL, NULL,
                         BB_TYPE_PROVIDER,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_LEGAL_BASIS] =
    g_param_spec_string ("legal-basis", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_AGE_MIN] =
    g_param_spec_int ("age-min", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_AGE_MAX] =
    g_param_spec_int ("age-max", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ACCESS] =
    g_param_spec_int ("access", NULL, NULL,
                      0, BB_ACCESS_COUNT - 1, BB_ACCESS_OPEN,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CAPACITY] =
    g_param_spec_int ("capacity", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_WAITING_WEEKS] =
    g_param_spec_int ("waiting-weeks", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_OPENING_HOURS] =
    g_param_spec_string ("opening-hours", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      0, BB_OFFER_STATUS_COUNT - 1, BB_OFFER_STATUS_ACTIVE,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_REVIEWED] =
    g_param_spec_string ("reviewed", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_KEYWORDS] =
    g_param_spec_string ("keywords", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_MODIFIED] =
    g_param_spec_string ("modified", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

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

/**
 * bb_offer_copy:
 *
 * Copies every field, the provider and each target group, step and contact, so
 * that editing the copy cannot reach the original.
 *
 * Returns: (transfer full): a copy with the same id and uuid
 */
BbOffer *
bb_offer_copy (BbOffer *self)
{
  BbOffer *copy;

  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  copy = g_object_new (BB_TYPE_OFFER, NULL);
  copy->id = self->id;
  replace_string (&copy->uuid, self->uuid);
  replace_string (&copy->title, self->title);
  replace_string (&copy->summary, self->summary);
  replace_string (&copy->description, self->description);
  if (self->provider != NULL)
    copy->provider = bb_provider_copy (self->provider);
  replace_string (&copy->legal_basis, self->legal_basis);
  copy->age_min = self->age_min;
  copy->age_max = self->age_max;
  copy->access = self->access;
  copy->capacity = self->capacity;
  copy->waiting_weeks = self->waiting_weeks;
  replace_string (&copy->location, self->location);
  replace_string (&copy->opening_hours, self->opening_hours);
  copy->status = self->status;
  replace_nullable_string (&copy->reviewed, self->reviewed);
  replace_string (&copy->keywords, self->keywords);
  replace_nullable_string (&copy->created, self->created);
  replace_nullable_string (&copy->modified, self->modified);

  copy_store (self->target_groups, copy->target_groups, copy_target_group);
  copy_store (self->steps, copy->steps, copy_step);
  copy_store (self->contacts, copy->contacts, copy_contact);

  return copy;
}

/**
 * bb_offer_duplicate:
 *
 * The provider, target groups and steps keep their ids (they are shared with
 * other offers); the contacts belong to this offer alone and become new ones.
 *
 * Returns: (transfer full): a new, unsaved offer with the same content
 */
BbOffer *
bb_offer_duplicate (BbOffer *self)
{
  g_autoptr(BbOffer) copy = NULL;
  g_autofree char *title = NULL;
  guint n_contacts;

  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  copy = bb_offer_copy (self);
  copy->id = 0;
  g_free (copy->uuid);
  copy->uuid = g_uuid_string_random ();
  g_clear_pointer (&copy->reviewed, g_free);
  g_clear_pointer (&copy->created, g_free);
  g_clear_pointer (&copy->modified, g_free);

  /* TRANSLATORS: the title of a duplicated offer; %s is the original title */
  title = g_strdup_printf (_("%s (copy)"), self->title);
  replace_string (&copy->title, title);

  n_contacts = g_list_model_get_n_items (G_LIST_MODEL (copy->contacts));
  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (G_LIST_MODEL (copy->contacts), i);
      g_autofree char *uuid = g_uuid_string_random ();

      bb_contact_set_id (contact, 0);
      bb_contact_set_uuid (contact, uuid);
    }

  return g_steal_pointer (&copy);
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

  if (replace_string (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
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

  if (replace_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
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

  if (replace_string (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
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

  if (replace_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
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

  if (replace_string (&self->legal_basis, legal_basis))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_BASIS]);
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

  if (replace_string (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
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

  if (replace_string (&self->opening_hours, opening_hours))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPENING_HOURS]);
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

  if (replace_nullable_string (&self->reviewed, reviewed))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED]);
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

  if (replace_string (&self->keywords, keywords))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYWORDS]);
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

  if (replace_nullable_string (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
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

  if (replace_nullable_string (&self->modified, modified))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/**
 * bb_offer_get_target_groups:
 *
 * Returns: (transfer none): the target groups, a GListStore of BbTargetGroup
 */
GListStore *
bb_offer_get_target_groups (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->target_groups;
}

/**
 * bb_offer_get_steps:
 *
 * Returns: (transfer none): the steps, a GListStore of BbStep
 */
GListStore *
bb_offer_get_steps (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->steps;
}

/**
 * bb_offer_get_contacts:
 *
 * Returns: (transfer none): the contact persons, a GListStore of BbContact
 */
GListStore *
bb_offer_get_contacts (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->contacts;
}

char *
bb_offer_dup_target_group_names (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return dup_joined (self->target_groups, get_target_group_name, ", ");
}

char *
bb_offer_dup_step_names (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return dup_joined (self->steps, get_step_name, ", ");
}

/**
 * bb_offer_is_stale:
 * @today: (nullable): the day to judge from, or NULL for the local date now
 *
 * A review date that cannot be read counts as no review.
 */
gboolean
bb_offer_is_stale (BbOffer *self,
                   GDate   *today)
{
  const char *r;
  GDate due;
  GDate now;

  g_return_val_if_fail (BB_IS_OFFER (self), FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);

  r = self->reviewed;
  if (r == NULL || !bb_validate_date (r))
    return TRUE;

  g_date_clear (&due, 1);
  g_date_set_dmy (&due,
                  (GDateDay) ((r[8] - '0') * 10 + (r[9] - '0')),
                  (GDateMonth) ((r[5] - '0') * 10 + (r[6] - '0')),
                  (GDateYear) ((r[0] - '0') * 1000 + (r[1] - '0') * 100 +
                               (r[2] - '0') * 10 + (r[3] - '0')));
  g_date_add_months (&due, BB_OFFER_STALE_MONTHS);

  if (today == NULL)
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }

  return g_date_compare (&due, today) <= 0;
}

/**
 * bb_offer_validate:
 *
 * Reports the first problem only, in the order of the form, so the user can
 * fix one thing at a time.
 *
 * Returns: TRUE when the offer can be saved
 */
gboolean
bb_offer_validate (BbOffer  *self,
                   GError  **error)
{
  GListModel *contacts;
  guint n_contacts;

  g_return_val_if_fail (BB_IS_OFFER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (is_blank (self->title))
    {
      g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                           _("The title is required."));
      return FALSE;
    }

  if (self->provider == NULL || is_blank (bb_provider_get_name (self->provider)))
    {
      g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                           _("Choose or enter the provider."));
      return FALSE;
    }

  if (self->age_min > AGE_LIMIT || self->age_max > AGE_LIMIT)
    {
      g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                           _("Ages must be between 0 and 130."));
      return FALSE;
    }

  if (self->age_min != -1 && self->age_max != -1 && self->age_min > self->age_max)
    {
      g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                           _("The lowest age must not be above the highest."));
      return FALSE;
    }

  /* Capacity and waiting time cannot be below -1 (unset): the setters refuse it. */

  if (self->reviewed != NULL && !bb_validate_date (self->reviewed))
    {
      g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                           _("The review date must be a real date written YYYY-MM-DD."));
      return FALSE;
    }

  contacts = G_LIST_MODEL (self->contacts);
  n_contacts = g_list_model_get_n_items (contacts);

  /* Names first: the messages below name the contact. */
  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

      if (is_blank (bb_contact_get_name (contact)))
        {
          g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                               _("Every contact person needs a name."));
          return FALSE;
        }
    }

  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

      if (!bb_validate_email (bb_contact_get_email (contact)))
        {
          /* TRANSLATORS: %s is the name of a contact person */
          g_set_error (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                       _("The e-mail address of %s does not look right."),
                       bb_contact_get_name (contact));
          return FALSE;
        }

      if (!bb_validate_phone (bb_contact_get_phone (contact)))
        {
          /* TRANSLATORS: %s is the name of a contact person */
          g_set_error (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                       _("The phone number of %s does not look right."),
                       bb_contact_get_name (contact));
          return FALSE;
        }
    }

  return TRUE;
}

/* History keeps "nothing" as NULL, whether it was an empty text or an unset number. */
static char *
text_or_null (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return NULL;

  return g_strdup (text);
}

static char *
number_or_null (int number)
{
  if (number < 0)
    return NULL;

  return g_strdup_printf ("%d", number);
}

static char *
provider_text (BbOffer *self)
{
  if (self->provider == NULL)
    return NULL;

  return text_or_null (bb_provider_get_name (self->provider));
}

static char *
steal_text_or_null (char *text)
{
  if (text != NULL && text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static void
add_change (GPtrArray  *changes,
            const char *field,
            char       *old_value,
            char       *new_value)
{
  g_autofree char *old_owned = old_value;
  g_autofree char *new_owned = new_value;

  if (g_strcmp0 (old_owned, new_owned) != 0)
    g_ptr_array_add (changes, bb_offer_change_new (field, old_owned, new_owned));
}

/**
 * bb_offer_diff:
 * @before: (nullable): the offer as it was saved, or NULL for a new offer
 * @after: the offer as it is about to be saved
 *
 * Returns: (transfer full) (element-type BbOfferChange): the changed fields in form
 *   order; empty for a new offer, whose history the store starts with "created"
 */
GPtrArray *
bb_offer_diff (BbOffer *before,
               BbOffer *after)
{
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (before == NULL || BB_IS_OFFER (before), NULL);
  g_return_val_if_fail (BB_IS_OFFER (after), NULL);

  changes = g_ptr_array_new_with_free_func (g_object_unref);

  if (before == NULL)
    return g_steal_pointer (&changes);

#define TEXT(field) text_or_null (before->field), text_or_null (after->field)
#define NUMBER(field) number_or_null (before->field), number_or_null (after->field)

  add_change (changes, "title", TEXT (title));
  add_change (changes, "summary", TEXT (summary));
  add_change (changes, "description", TEXT (description));
  add_change (changes, "provider", provider_text (before), provider_text (after));
  add_change (changes, "legal-basis", TEXT (legal_basis));
  add_change (changes, "age-min", NUMBER (age_min));
  add_change (changes, "age-max", NUMBER (age_max));
  add_change (changes, "access",
              g_strdup (bb_access_get_label (before->access)),
              g_strdup (bb_access_get_label (after->access)));
  add_change (changes, "capacity", NUMBER (capacity));
  add_change (changes, "waiting-weeks", NUMBER (waiting_weeks));
  add_change (changes, "location", TEXT (location));
  add_change (changes, "opening-hours", TEXT (opening_hours));
  add_change (changes, "status",
              g_strdup (bb_offer_status_get_label (before->status)),
              g_strdup (bb_offer_status_get_label (after->status)));
  add_change (changes, "reviewed", TEXT (reviewed));
  add_change (changes, "keywords", TEXT (keywords));
  add_change (changes, "target-groups",
              steal_text_or_null (bb_offer_dup_target_group_names (before)),
              steal_text_or_null (bb_offer_dup_target_group_names (after)));
  add_change (changes, "steps",
              steal_text_or_null (bb_offer_dup_step_names (before)),
              steal_text_or_null (bb_offer_dup_step_names (after)));
  add_change (changes, "contacts",
              steal_text_or_null (dup_contacts_text (before)),
              steal_text_or_null (dup_contacts_text (after)));

#undef TEXT
#undef NUMBER

  return g_steal_pointer (&changes);
}
