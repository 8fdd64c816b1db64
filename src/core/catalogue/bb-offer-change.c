/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gi18n-lib.h>

#include "bb-offer-change.h"

struct _BbOfferChange
{
  GObject  parent_instance;

  char    *field;
  char    *old_value;
  char    *new_value;
  char    *changed_at;
  char    *changed_by;
};

G_DEFINE_FINAL_TYPE (BbOfferChange, bb_offer_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FIELD,
  PROP_OLD_VALUE,
  PROP_NEW_VALUE,
  PROP_CHANGED_AT,
  PROP_CHANGED_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *field;
  const char *label;
} field_labels[] = {
  { "title", N_("Title") },
  { "summary", N_("Summary") },
  { "description", N_("Description") },
  { "provider", N_("Provider") },
  { "legal-basis", N_("Legal basis") },
  { "age-min", N_("Lowest age") },
  { "age-max", N_("Highest age") },
  { "access", N_("Access route") },
  { "capacity", N_("Capacity") },
  { "waiting-weeks", N_("Waiting time (weeks)") },
  { "location", N_("Location") },
  { "opening-hours", N_("Opening hours") },
  { "status", N_("Status") },
  { "reviewed", N_("Last reviewed") },
  { "keywords", N_("Keywords") },
  { "target-groups", N_("Target groups") },
  { "steps", N_("Steps") },
  { "contacts", N_("Contact persons") },
  /* What an offer holds beyond the form (bb_offer_details_diff ()). */
  { "alternate-name", N_("Also known as") },
  { "url", N_("Website") },
  { "email", N_("E-mail") },
  { "how-to-get-in", N_("How to get in") },
  { "fees", N_("Fees") },
  { "eligibility", N_("Who can use it") },
  { "alert", N_("Notice") },
  { "phones", N_("Phones") },
  { "schedules", N_("Opening hours") },
  { "locations", N_("Places") },
  { "terms", N_("Terms of other taxonomies") },
  { "contact-details", N_("Contact persons’ details") },
  { "other-fields", N_("Other fields") },
  { "created", N_("Created") },
  { "deleted", N_("Deleted") },
  { "restored", N_("Restored") },
};

/* A history entry has no value rather than an empty one, so "" and NULL read alike. */
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

static void
bb_offer_change_finalize (GObject *object)
{
  BbOfferChange *self = (BbOfferChange *)object;

  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->old_value, g_free);
  g_clear_pointer (&self->new_value, g_free);
  g_clear_pointer (&self->changed_at, g_free);
  g_clear_pointer (&self->changed_by, g_free);

  G_OBJECT_CLASS (bb_offer_change_parent_class)->finalize (object);
}

static void
bb_offer_change_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BbOfferChange *self = BB_OFFER_CHANGE (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;

    case PROP_OLD_VALUE:
      g_value_set_string (value, self->old_value);
      break;

    case PROP_NEW_VALUE:
      g_value_set_string (value, self->new_value);
      break;

    case PROP_CHANGED_AT:
      g_value_set_string (value, self->changed_at);
      break;

    case PROP_CHANGED_BY:
      g_value_set_string (value, self->changed_by);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_change_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BbOfferChange *self = BB_OFFER_CHANGE (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      self->field = g_value_dup_string (value);
      if (self->field == NULL)
        self->field = g_strdup ("");
      break;

    case PROP_OLD_VALUE:
      replace_nullable_string (&self->old_value, g_value_get_string (value));
      break;

    case PROP_NEW_VALUE:
      replace_nullable_string (&self->new_value, g_value_get_string (value));
      break;

    case PROP_CHANGED_AT:
      bb_offer_change_set_changed_at (self, g_value_get_string (value));
      break;

    case PROP_CHANGED_BY:
      bb_offer_change_set_changed_by (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_change_class_init (BbOfferChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_offer_change_finalize;
  object_class->get_property = bb_offer_change_get_property;
  object_class->set_property = bb_offer_change_set_property;

  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OLD_VALUE] =
    g_param_spec_string ("old-value", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NEW_VALUE] =
    g_param_spec_string ("new-value", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CHANGED_AT] =
    g_param_spec_string ("changed-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CHANGED_BY] =
    g_param_spec_string ("changed-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_offer_change_init (BbOfferChange *self)
{
}

/**
 * bb_offer_change_new:
 * @field: the property name of the offer that changed, or "created", "deleted", "restored"
 * @old_value: (nullable): the value before, as readable text
 * @new_value: (nullable): the value after, as readable text
 *
 * Returns: (transfer full): a history entry without time and author
 */
BbOfferChange *
bb_offer_change_new (const char *field,
                     const char *old_value,
                     const char *new_value)
{
  g_return_val_if_fail (field != NULL, NULL);

  return g_object_new (BB_TYPE_OFFER_CHANGE,
                       "field", field,
                       "old-value", old_value,
                       "new-value", new_value,
                       NULL);
}

const char *
bb_offer_change_get_field (BbOfferChange *self)
{
  g_return_val_if_fail (BB_IS_OFFER_CHANGE (self), NULL);

  return self->field;
}

/**
 * bb_offer_change_get_field_label:
 *
 * Returns: the field as the user reads it, or the field itself when it is not known
 *   (a newer version may have written history this one does not know)
 */
const char *
bb_offer_change_get_field_label (BbOfferChange *self)
{
  g_return_val_if_fail (BB_IS_OFFER_CHANGE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    {
      if (g_strcmp0 (self->field, field_labels[i].field) == 0)
        return _(field_labels[i].label);
    }

  return self->field;
}

const char *
bb_offer_change_get_old_value (BbOfferChange *self)
{
  g_return_val_if_fail (BB_IS_OFFER_CHANGE (self), NULL);

  return self->old_value;
}

const char *
bb_offer_change_get_new_value (BbOfferChange *self)
{
  g_return_val_if_fail (BB_IS_OFFER_CHANGE (self), NULL);

  return self->new_value;
}

const char *
bb_offer_change_get_changed_at (BbOfferChange *self)
{
  g_return_val_if_fail (BB_IS_OFFER_CHANGE (self), NULL);

  return self->changed_at;
}

void
bb_offer_change_set_changed_at (BbOfferChange *self,
                                const char    *changed_at)
{
  g_return_if_fail (BB_IS_OFFER_CHANGE (self));

  if (replace_nullable_string (&self->changed_at, changed_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_AT]);
}

const char *
bb_offer_change_get_changed_by (BbOfferChange *self)
{
  g_return_val_if_fail (BB_IS_OFFER_CHANGE (self), NULL);

  return self->changed_by;
}

void
bb_offer_change_set_changed_by (BbOfferChange *self,
                                const char    *changed_by)
{
  g_return_if_fail (BB_IS_OFFER_CHANGE (self));

  if (replace_nullable_string (&self->changed_by, changed_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_BY]);
}
