/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-offer-choice-row.h"
#include "bb-step.h"
#include "bb-target-group.h"

struct _BbOfferChoiceRow
{
  AdwActionRow  parent_instance;

  GObject      *item;
  gboolean      active;

  GtkWidget    *check;
};

G_DEFINE_FINAL_TYPE (BbOfferChoiceRow, bb_offer_choice_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_offer_choice_row_constructed (GObject *object)
{
  BbOfferChoiceRow *self = BB_OFFER_CHOICE_ROW (object);
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (bb_offer_choice_row_parent_class)->constructed (object);

  if (BB_IS_STEP (self->item))
    title = bb_step_dup_display_name (BB_STEP (self->item));
  else
    title = g_strdup (bb_target_group_get_name (BB_TARGET_GROUP (self->item)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

static void
bb_offer_choice_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_OFFER_CHOICE_ROW);

  G_OBJECT_CLASS (bb_offer_choice_row_parent_class)->dispose (object);
}

static void
bb_offer_choice_row_finalize (GObject *object)
{
  BbOfferChoiceRow *self = BB_OFFER_CHOICE_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (bb_offer_choice_row_parent_class)->finalize (object);
}

static void
bb_offer_choice_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BbOfferChoiceRow *self = BB_OFFER_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_choice_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BbOfferChoiceRow *self = BB_OFFER_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    case PROP_ACTIVE:
      bb_offer_choice_row_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_choice_row_class_init (BbOfferChoiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bb_offer_choice_row_constructed;
  object_class->dispose = bb_offer_choice_row_dispose;
  object_class->finalize = bb_offer_choice_row_finalize;
  object_class->get_property = bb_offer_choice_row_get_property;
  object_class->set_property = bb_offer_choice_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The check button binds it. */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offer-choice-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOfferChoiceRow, check);
}

static void
bb_offer_choice_row_init (BbOfferChoiceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbOfferChoiceRow *
bb_offer_choice_row_new (GObject *item)
{
  g_return_val_if_fail (BB_IS_TARGET_GROUP (item) || BB_IS_STEP (item), NULL);

  return g_object_new (BB_TYPE_OFFER_CHOICE_ROW,
                       "item", item,
                       NULL);
}

GObject *
bb_offer_choice_row_get_item (BbOfferChoiceRow *self)
{
  g_return_val_if_fail (BB_IS_OFFER_CHOICE_ROW (self), NULL);

  return self->item;
}

gboolean
bb_offer_choice_row_get_active (BbOfferChoiceRow *self)
{
  g_return_val_if_fail (BB_IS_OFFER_CHOICE_ROW (self), FALSE);

  return self->active;
}

void
bb_offer_choice_row_set_active (BbOfferChoiceRow *self,
                                gboolean          active)
{
  g_return_if_fail (BB_IS_OFFER_CHOICE_ROW (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}
