/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-offer-details.h"
#include "bb-offer-places-section.h"
#include "bb-place-editor-row.h"

struct _BbOfferPlacesSection
{
  BbOfferRowsSection parent_instance;
};

G_DEFINE_FINAL_TYPE (BbOfferPlacesSection, bb_offer_places_section, BB_TYPE_OFFER_ROWS_SECTION)

static GPtrArray **
get_places (BbOffer *offer)
{
  return &bb_offer_get_details (offer)->locations;
}

static void
bb_offer_places_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_OFFER_PLACES_SECTION);

  G_OBJECT_CLASS (bb_offer_places_section_parent_class)->dispose (object);
}

static void
bb_offer_places_section_class_init (BbOfferPlacesSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbOfferRowsSectionClass *rows_class = BB_OFFER_ROWS_SECTION_CLASS (klass);

  object_class->dispose = bb_offer_places_section_dispose;
  rows_class->get_items = get_places;
  rows_class->new_item_row = (BbOfferRowsNewFunc) bb_place_editor_row_new;
  rows_class->dup_item = (BbOfferRowsDupFunc) bb_place_editor_row_dup_location;
  rows_class->free_item = (GDestroyNotify) bb_offer_location_free;
  rows_class->equal_item = (GEqualFunc) bb_offer_location_equal;
  rows_class->focus_row = (void (*) (GtkWidget *)) bb_place_editor_row_focus;
  rows_class->validate_row = (gboolean (*) (GtkWidget *)) bb_place_editor_row_validate;
  rows_class->number_row = (void (*) (GtkWidget *, guint)) bb_place_editor_row_set_number;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offer-places-section.ui");
  bb_offer_rows_section_class_bind_template (widget_class);
}

static void
bb_offer_places_section_init (BbOfferPlacesSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
