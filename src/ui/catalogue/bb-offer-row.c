/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-format.h"
#include "bb-offer-row.h"
#include "bb-offers-view-private.h"

struct _BbOfferRow
{
  GtkWidget  parent_instance;

  BbClock   *clock;
  BbOffer   *offer;

  GtkLabel  *title_label;
  GtkLabel  *stale_label;
  GtkLabel  *meta_label;
  GtkLabel  *groups_label;
  GtkLabel  *tags_label;
};

G_DEFINE_FINAL_TYPE (BbOfferRow, bb_offer_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_OFFER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A screen reader names the row the user moves to, which is the list's item around
 * this widget, by the offer's title, as it reads a row of a list box. */
static void
update_accessible_label (BbOfferRow *self,
                         const char *title)
{
  GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  if (item != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

static void
update (BbOfferRow *self)
{
  BbOffer *offer = self->offer;
  BbProvider *provider;
  g_autofree char *steps = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *stale = NULL;
  GDate today;

  /* A recycled row shows nothing of the offer it showed before. */
  if (offer == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->meta_label, "");
      gtk_label_set_text (self->groups_label, "");
      gtk_label_set_text (self->tags_label, "");
      gtk_label_set_text (self->stale_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->stale_label), FALSE);
      update_accessible_label (self, "");
      return;
    }

  provider = bb_offer_get_provider (offer);
  steps = _bb_offers_view_dup_step_names (offer);
  groups = bb_offer_dup_target_group_names (offer);
  meta = _bb_offers_view_join (" · ", provider != NULL ? bb_provider_get_name (provider) : "",
                               steps, NULL);
  /* An access route the source did not state is not shown as open access. */
  tags = _bb_offers_view_join (" · ",
                               bb_offer_get_details (offer)->access_stated
                               ? bb_access_get_label (bb_offer_get_access (offer)) : "",
                               bb_offer_status_get_label (bb_offer_get_status (offer)),
                               NULL);

  g_date_clear (&today, 1);
  bb_clock_get_today (self->clock, &today);
  if (bb_offer_is_stale (offer, &today))
    stale = bb_format_not_reviewed_for (bb_offer_get_reviewed (offer), &today);

  gtk_label_set_text (self->title_label, bb_offer_get_title (offer));
  gtk_label_set_text (self->meta_label, meta);
  gtk_label_set_text (self->groups_label, groups);
  gtk_widget_set_visible (GTK_WIDGET (self->groups_label), *groups != '\0');
  gtk_label_set_text (self->tags_label, tags);
  gtk_label_set_text (self->stale_label, stale != NULL ? stale : "");
  gtk_widget_set_visible (GTK_WIDGET (self->stale_label), stale != NULL);
  update_accessible_label (self, bb_offer_get_title (offer));
}

static void
bb_offer_row_dispose (GObject *object)
{
  BbOfferRow *self = BB_OFFER_ROW (object);
  GtkWidget *child;

  /* The template's box has no name, so disposing the template leaves it to us. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_OFFER_ROW);
  g_clear_object (&self->offer);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (bb_offer_row_parent_class)->dispose (object);
}

static void
bb_offer_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BbOfferRow *self = BB_OFFER_ROW (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_OFFER:
      g_value_set_object (value, self->offer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BbOfferRow *self = BB_OFFER_ROW (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    case PROP_OFFER:
      bb_offer_row_set_offer (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_row_class_init (BbOfferRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_offer_row_dispose;
  object_class->get_property = bb_offer_row_get_property;
  object_class->set_property = bb_offer_row_set_property;

  /**
   * BbOfferRow:clock:
   *
   * Says what today is, for the "needs review" mark.
   */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         BB_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * BbOfferRow:offer:
   *
   * The offer shown, or NULL while the row waits for one.
   */
  properties[PROP_OFFER] =
    g_param_spec_object ("offer", NULL, NULL,
                         BB_TYPE_OFFER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offer-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOfferRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, BbOfferRow, stale_label);
  gtk_widget_class_bind_template_child (widget_class, BbOfferRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, BbOfferRow, groups_label);
  gtk_widget_class_bind_template_child (widget_class, BbOfferRow, tags_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bb_offer_row_init (BbOfferRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

/**
 * bb_offer_row_new:
 * @clock: what today is
 *
 * Returns: (transfer floating): a row showing no offer yet
 */
BbOfferRow *
bb_offer_row_new (BbClock *clock)
{
  g_return_val_if_fail (BB_IS_CLOCK (clock), NULL);

  return g_object_new (BB_TYPE_OFFER_ROW, "clock", clock, NULL);
}

BbOffer *
bb_offer_row_get_offer (BbOfferRow *self)
{
  g_return_val_if_fail (BB_IS_OFFER_ROW (self), NULL);

  return self->offer;
}

void
bb_offer_row_set_offer (BbOfferRow *self,
                        BbOffer    *offer)
{
  g_return_if_fail (BB_IS_OFFER_ROW (self));
  g_return_if_fail (offer == NULL || BB_IS_OFFER (offer));

  if (!g_set_object (&self->offer, offer))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFER]);
}
