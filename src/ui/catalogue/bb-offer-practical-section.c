/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-offer-practical-section.h"

struct _BbOfferPracticalSection
{
  BbOfferEditorSection   parent_instance;

  AdwComboRow           *access_row;
  AdwEntryRow           *capacity_row;
  BbOfferEditorErrorRow *capacity_error;
  AdwEntryRow           *waiting_row;
  BbOfferEditorErrorRow *waiting_error;
  AdwComboRow           *status_row;
  AdwEntryRow           *location_row;
  AdwEntryRow           *opening_hours_row;
  AdwEntryRow           *how_to_get_in_row;
  AdwEntryRow           *eligibility_row;
  AdwEntryRow           *fees_row;
  AdwEntryRow           *website_row;
  AdwEntryRow           *email_row;
};

/* The access route's row lists the routes in enum order, then this: a route the file
 * did not state is not passed off as one, and the user can leave it unsaid too. */
#define ACCESS_NOT_STATED BB_ACCESS_COUNT

G_DEFINE_FINAL_TYPE (BbOfferPracticalSection, bb_offer_practical_section, BB_TYPE_OFFER_EDITOR_SECTION)

static void
on_field_changed (BbOfferPracticalSection *self)
{
  bb_offer_editor_section_edited (BB_OFFER_EDITOR_SECTION (self));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* The details keep NULL for a field that is not set, as a file leaves it out. */
static void
store_text (AdwEntryRow  *row,
            char        **field)
{
  g_autofree char *text = bb_offer_editor_dup_text (GTK_EDITABLE (row));
  g_autofree char *before = g_strstrip (g_strdup (*field != NULL ? *field : ""));

  /* An untouched field stays exactly as the file wrote it, spaces and all. */
  if (g_strcmp0 (text, before) == 0)
    return;

  g_free (*field);
  *field = *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
bb_offer_practical_section_load (BbOfferEditorSection *section,
                                 BbOffer              *offer)
{
  BbOfferPracticalSection *self = BB_OFFER_PRACTICAL_SECTION (section);
  const BbOfferDetails *details = bb_offer_get_details (offer);

  adw_combo_row_set_selected (self->access_row, details->access_stated ? bb_offer_get_access (offer)
                                                                       : ACCESS_NOT_STATED);
  set_text (self->how_to_get_in_row, details->how_to_get_in);
  set_text (self->eligibility_row, details->eligibility);
  set_text (self->fees_row, details->fees);
  set_text (self->website_row, details->url);
  set_text (self->email_row, details->email);
  bb_offer_editor_set_number (GTK_EDITABLE (self->capacity_row), bb_offer_get_capacity (offer));
  bb_offer_editor_set_number (GTK_EDITABLE (self->waiting_row), bb_offer_get_waiting_weeks (offer));
  adw_combo_row_set_selected (self->status_row, bb_offer_get_status (offer));
  gtk_editable_set_text (GTK_EDITABLE (self->location_row), bb_offer_get_location (offer));
  gtk_editable_set_text (GTK_EDITABLE (self->opening_hours_row), bb_offer_get_opening_hours (offer));
}

static gboolean
bb_offer_practical_section_validate (BbOfferEditorSection *section)
{
  BbOfferPracticalSection *self = BB_OFFER_PRACTICAL_SECTION (section);
  const char *not_whole = _("Write a whole number, 0 or more.");
  gboolean valid = TRUE;
  int number;

  if (!bb_offer_editor_show_error (self->capacity_row, self->capacity_error,
                                   bb_offer_editor_parse_number (GTK_EDITABLE (self->capacity_row), G_MAXINT, &number)
                                   ? NULL : not_whole,
                                   TRUE))
    valid = FALSE;
  if (!bb_offer_editor_show_error (self->waiting_row, self->waiting_error,
                                   bb_offer_editor_parse_number (GTK_EDITABLE (self->waiting_row), G_MAXINT, &number)
                                   ? NULL : not_whole,
                                   TRUE))
    valid = FALSE;

  return valid;
}

static void
bb_offer_practical_section_store (BbOfferEditorSection *section,
                                  BbOffer              *offer)
{
  BbOfferPracticalSection *self = BB_OFFER_PRACTICAL_SECTION (section);
  g_autofree char *location = bb_offer_editor_dup_text (GTK_EDITABLE (self->location_row));
  g_autofree char *opening_hours = bb_offer_editor_dup_text (GTK_EDITABLE (self->opening_hours_row));
  BbOfferDetails *details = bb_offer_get_details (offer);
  guint access = adw_combo_row_get_selected (self->access_row);
  int number;

  /* Not stated leaves the route underneath as it was, so nothing else changes. */
  details->access_stated = access != ACCESS_NOT_STATED;
  if (access != ACCESS_NOT_STATED)
    bb_offer_set_access (offer, access);
  store_text (self->how_to_get_in_row, &details->how_to_get_in);
  store_text (self->eligibility_row, &details->eligibility);
  store_text (self->fees_row, &details->fees);
  store_text (self->website_row, &details->url);
  store_text (self->email_row, &details->email);
  bb_offer_editor_parse_number (GTK_EDITABLE (self->capacity_row), G_MAXINT, &number);
  bb_offer_set_capacity (offer, number);
  bb_offer_editor_parse_number (GTK_EDITABLE (self->waiting_row), G_MAXINT, &number);
  bb_offer_set_waiting_weeks (offer, number);
  bb_offer_set_status (offer, adw_combo_row_get_selected (self->status_row));
  bb_offer_set_location (offer, location);
  bb_offer_set_opening_hours (offer, opening_hours);
}

static void
bb_offer_practical_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_OFFER_PRACTICAL_SECTION);

  G_OBJECT_CLASS (bb_offer_practical_section_parent_class)->dispose (object);
}

static void
bb_offer_practical_section_class_init (BbOfferPracticalSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbOfferEditorSectionClass *section_class = BB_OFFER_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = bb_offer_practical_section_dispose;
  section_class->load = bb_offer_practical_section_load;
  section_class->validate = bb_offer_practical_section_validate;
  section_class->store = bb_offer_practical_section_store;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offer-practical-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, access_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, capacity_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, capacity_error);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, waiting_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, waiting_error);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, status_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, location_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, opening_hours_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, how_to_get_in_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, eligibility_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, fees_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, website_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPracticalSection, email_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
}

static void
bb_offer_practical_section_init (BbOfferPracticalSection *self)
{
  g_autoptr(GtkStringList) accesses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In enum order, so the selected position is the value. */
  for (int i = 0; i < BB_ACCESS_COUNT; i++)
    gtk_string_list_append (accesses, bb_access_get_label (i));
  gtk_string_list_append (accesses, _("Not stated"));
  for (int i = 0; i < BB_OFFER_STATUS_COUNT; i++)
    gtk_string_list_append (statuses, bb_offer_status_get_label (i));
  adw_combo_row_set_model (self->access_row, G_LIST_MODEL (accesses));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}
