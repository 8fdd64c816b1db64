/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-offer-details.h"
#include "bb-offer-phones-section.h"
#include "bb-phone-editor-row.h"

struct _BbOfferPhonesSection
{
  BbOfferRowsSection parent_instance;
};

G_DEFINE_FINAL_TYPE (BbOfferPhonesSection, bb_offer_phones_section, BB_TYPE_OFFER_ROWS_SECTION)

static GPtrArray **
get_phones (BbOffer *offer)
{
  return &bb_offer_get_details (offer)->phones;
}

static void
bb_offer_phones_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_OFFER_PHONES_SECTION);

  G_OBJECT_CLASS (bb_offer_phones_section_parent_class)->dispose (object);
}

static void
bb_offer_phones_section_class_init (BbOfferPhonesSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbOfferRowsSectionClass *rows_class = BB_OFFER_ROWS_SECTION_CLASS (klass);

  object_class->dispose = bb_offer_phones_section_dispose;
  rows_class->get_items = get_phones;
  rows_class->new_item_row = (BbOfferRowsNewFunc) bb_phone_editor_row_new;
  rows_class->dup_item = (BbOfferRowsDupFunc) bb_phone_editor_row_dup_phone;
  rows_class->free_item = (GDestroyNotify) bb_phone_free;
  rows_class->equal_item = (GEqualFunc) bb_phone_equal;
  rows_class->focus_row = (void (*) (GtkWidget *)) bb_phone_editor_row_focus;
  rows_class->validate_row = (gboolean (*) (GtkWidget *)) bb_phone_editor_row_validate;
  rows_class->number_row = (void (*) (GtkWidget *, guint)) bb_phone_editor_row_set_number;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offer-phones-section.ui");
  bb_offer_rows_section_class_bind_template (widget_class);
}

static void
bb_offer_phones_section_init (BbOfferPhonesSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
