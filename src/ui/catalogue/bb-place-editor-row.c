/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-offer-rows-section.h"
#include "bb-phones-editor.h"
#include "bb-place-editor-row.h"

struct _BbPlaceEditorRow
{
  GtkListBoxRow    parent_instance;

  /* What was loaded, so its ids and what the row does not show are kept. */
  BbOfferLocation *place;

  GtkEntry        *name_entry;
  GtkEntry        *street_entry;
  GtkEntry        *postal_code_entry;
  GtkEntry        *city_entry;
  GtkEntry        *latitude_entry;
  GtkEntry        *longitude_entry;
  GtkEntry        *accessibility_entry;
  GtkEntry        *accessibility_details_entry;
  GtkEntry        *accessibility_url_entry;
  BbPhonesEditor  *phones_editor;
  GtkButton       *remove_button;
  GtkLabel        *message_label;
};

G_DEFINE_FINAL_TYPE (BbPlaceEditorRow, bb_place_editor_row, GTK_TYPE_LIST_BOX_ROW)

/* "55,6761" as Danes write it or "55.6761"; FALSE unless a number within ±@limit.
 * Empty is no number: NAN. */
static gboolean
parse_degrees (GtkEntry *entry,
               double    limit,
               double   *degrees)
{
  g_autofree char *text = bb_offer_editor_dup_text (GTK_EDITABLE (entry));
  char *end = NULL;

  *degrees = NAN;
  if (text[0] == '\0')
    return TRUE;
  g_strdelimit (text, ",", '.');
  *degrees = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*degrees) && fabs (*degrees) <= limit;
}

static void
set_degrees (GtkEntry *entry,
             double    degrees)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  /* Fifteen digits read back as the number a file wrote in decimals, so an unedited
   * place keeps it exactly, without the binary tail ("56.150300000000001"). */
  gtk_editable_set_text (GTK_EDITABLE (entry), g_ascii_formatd (text, sizeof text, "%.15g", degrees));
}

/* @field set to the entry's text, NULL when it is empty; FALSE when unchanged. */
static gboolean
update_field (char     **field,
              GtkEntry  *entry)
{
  g_autofree char *text = bb_offer_editor_dup_text (GTK_EDITABLE (entry));

  if (g_strcmp0 (*field != NULL ? *field : "", text) == 0)
    return FALSE;
  g_free (*field);
  *field = text[0] != '\0' ? g_steal_pointer (&text) : NULL;
  return TRUE;
}

static void
bb_place_editor_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_PLACE_EDITOR_ROW);

  G_OBJECT_CLASS (bb_place_editor_row_parent_class)->dispose (object);
}

static void
bb_place_editor_row_finalize (GObject *object)
{
  BbPlaceEditorRow *self = BB_PLACE_EDITOR_ROW (object);

  g_clear_pointer (&self->place, bb_offer_location_free);

  G_OBJECT_CLASS (bb_place_editor_row_parent_class)->finalize (object);
}

static void
bb_place_editor_row_class_init (BbPlaceEditorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_place_editor_row_dispose;
  object_class->finalize = bb_place_editor_row_finalize;

  g_type_ensure (BB_TYPE_PHONES_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-place-editor-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, street_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, postal_code_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, city_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, latitude_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, longitude_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, accessibility_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, accessibility_details_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, accessibility_url_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, phones_editor);
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, BbPlaceEditorRow, message_label);
  bb_offer_rows_class_init_row (widget_class);
}

static void
bb_place_editor_row_init (BbPlaceEditorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bb_phones_editor_set_description (self->phones_editor, _("The place’s own numbers."));
  bb_phones_editor_load (self->phones_editor, NULL);
  bb_place_editor_row_set_number (self, 1);
}

BbPlaceEditorRow *
bb_place_editor_row_new (const BbOfferLocation *place)
{
  BbPlaceEditorRow *self = g_object_new (BB_TYPE_PLACE_EDITOR_ROW, NULL);
  const BbAddress *address;
  const BbAccessibility *note;

  if (place == NULL)
    return self;

  self->place = bb_offer_location_copy (place);
  address = place->addresses->len > 0 ? g_ptr_array_index (place->addresses, 0) : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), place->name != NULL ? place->name : "");
  if (address != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->street_entry), address->address_1 != NULL ? address->address_1 : "");
      gtk_editable_set_text (GTK_EDITABLE (self->postal_code_entry),
                             address->postal_code != NULL ? address->postal_code : "");
      gtk_editable_set_text (GTK_EDITABLE (self->city_entry), address->city != NULL ? address->city : "");
    }
  if (place->has_coordinates)
    {
      set_degrees (self->latitude_entry, place->latitude);
      set_degrees (self->longitude_entry, place->longitude);
    }
  note = place->accessibility->len > 0 ? g_ptr_array_index (place->accessibility, 0) : NULL;
  if (note != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->accessibility_entry), note->description != NULL ? note->description : "");
      gtk_editable_set_text (GTK_EDITABLE (self->accessibility_details_entry), note->details != NULL ? note->details : "");
      gtk_editable_set_text (GTK_EDITABLE (self->accessibility_url_entry), note->url != NULL ? note->url : "");
    }
  bb_phones_editor_load (self->phones_editor, place->phones);
  return self;
}

/* The first note as typed: a new one when there was none, gone when emptied and it
 * held nothing else. */
static void
update_accessibility (BbPlaceEditorRow *self,
                      BbOfferLocation  *place)
{
  g_autoptr(BbAccessibility) new_note = bb_accessibility_new ();
  BbAccessibility *note = place->accessibility->len > 0 ? g_ptr_array_index (place->accessibility, 0) : new_note;

  update_field (&note->description, self->accessibility_entry);
  update_field (&note->details, self->accessibility_details_entry);
  update_field (&note->url, self->accessibility_url_entry);
  if (note->description == NULL && note->details == NULL && note->url == NULL)
    {
      if (note != new_note && note->extra == NULL)
        g_ptr_array_remove_index (place->accessibility, 0);
    }
  else if (note == new_note)
    g_ptr_array_add (place->accessibility, g_steal_pointer (&new_note));
}

BbOfferLocation *
bb_place_editor_row_dup_location (BbPlaceEditorRow *self)
{
  g_autoptr(GPtrArray) phones = NULL;
  BbOfferLocation *place;
  g_autoptr(BbAddress) new_address = bb_address_new ();
  BbAddress *address;
  gboolean address_typed;
  double latitude, longitude;

  g_return_val_if_fail (BB_IS_PLACE_EDITOR_ROW (self), NULL);

  place = self->place != NULL ? bb_offer_location_copy (self->place) : bb_offer_location_new ("physical");
  update_field (&place->name, self->name_entry);

  address = place->addresses->len > 0 ? g_ptr_array_index (place->addresses, 0) : new_address;
  address_typed = update_field (&address->address_1, self->street_entry);
  address_typed |= update_field (&address->postal_code, self->postal_code_entry);
  address_typed |= update_field (&address->city, self->city_entry);
  if (address == new_address && address_typed)
    {
      address->address_type = g_strdup ("physical");
      g_ptr_array_add (place->addresses, g_steal_pointer (&new_address));
    }

  parse_degrees (self->latitude_entry, 90, &latitude);
  parse_degrees (self->longitude_entry, 180, &longitude);
  place->has_coordinates = !isnan (latitude) && !isnan (longitude);
  place->latitude = place->has_coordinates ? latitude : 0;
  place->longitude = place->has_coordinates ? longitude : 0;

  update_accessibility (self, place);
  /* Phones that cannot be saved stop the save in validate (). */
  phones = bb_phones_editor_dup_phones (self->phones_editor);
  if (phones != NULL)
    {
      g_ptr_array_unref (place->phones);
      place->phones = g_ptr_array_ref (phones);
    }

  if (self->place == NULL && place->name == NULL && place->addresses->len == 0 && !place->has_coordinates &&
      place->accessibility->len == 0 && place->phones->len == 0)
    g_clear_pointer (&place, bb_offer_location_free);
  return place;
}

gboolean
bb_place_editor_row_validate (BbPlaceEditorRow *self)
{
  g_autoptr(GPtrArray) phones = NULL;
  double latitude, longitude;
  gboolean latitude_valid, longitude_valid;
  const char *message = NULL;
  gpointer about = NULL;

  g_return_val_if_fail (BB_IS_PLACE_EDITOR_ROW (self), FALSE);

  latitude_valid = parse_degrees (self->latitude_entry, 90, &latitude);
  longitude_valid = parse_degrees (self->longitude_entry, 180, &longitude);
  if (!latitude_valid || !longitude_valid)
    {
      message = _("Write the coordinates as degrees, such as 55.6761 and 12.5683.");
      about = latitude_valid ? self->longitude_entry : self->latitude_entry;
    }
  else if (isnan (latitude) != isnan (longitude))
    {
      message = _("Write both the latitude and the longitude, or neither.");
      about = isnan (latitude) ? self->latitude_entry : self->longitude_entry;
    }
  bb_offer_rows_mark_invalid (self->latitude_entry, about == self->latitude_entry);
  bb_offer_rows_mark_invalid (self->longitude_entry, about == self->longitude_entry);
  bb_offer_rows_show_message (self->message_label, about, message, FALSE);
  /* The phones say under each what is wrong with it. */
  phones = bb_phones_editor_dup_phones (self->phones_editor);
  return message == NULL && phones != NULL;
}

void
bb_place_editor_row_focus (BbPlaceEditorRow *self)
{
  g_return_if_fail (BB_IS_PLACE_EDITOR_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

void
bb_place_editor_row_set_number (BbPlaceEditorRow *self,
                                guint             number)
{
  g_return_if_fail (BB_IS_PLACE_EDITOR_ROW (self));

  /* TRANSLATORS: what a screen reader calls a field; %u is the place's number in the list */
  bb_offer_rows_name_field (self->name_entry, g_strdup_printf (_("Name of place %u"), number));
  /* TRANSLATORS: what a screen reader calls a field; %u is the place's number in the list */
  bb_offer_rows_name_field (self->street_entry, g_strdup_printf (_("Street of place %u"), number));
  /* TRANSLATORS: what a screen reader calls a field; %u is the place's number in the list */
  bb_offer_rows_name_field (self->postal_code_entry, g_strdup_printf (_("Postal code of place %u"), number));
  /* TRANSLATORS: what a screen reader calls a field; %u is the place's number in the list */
  bb_offer_rows_name_field (self->city_entry, g_strdup_printf (_("City of place %u"), number));
  /* TRANSLATORS: what a screen reader calls a field; %u is the place's number in the list */
  bb_offer_rows_name_field (self->latitude_entry, g_strdup_printf (_("Latitude of place %u"), number));
  /* TRANSLATORS: what a screen reader calls a field; %u is the place's number in the list */
  bb_offer_rows_name_field (self->longitude_entry, g_strdup_printf (_("Longitude of place %u"), number));
  /* TRANSLATORS: what a screen reader calls a field; %u is the place's number in the list */
  bb_offer_rows_name_field (self->accessibility_entry, g_strdup_printf (_("Accessibility of place %u"), number));
  bb_offer_rows_name_field (self->accessibility_details_entry,
                            /* TRANSLATORS: what a screen reader calls a field; %u is the place's number in the list */
                            g_strdup_printf (_("Details of the accessibility of place %u"), number));
  bb_offer_rows_name_field (self->accessibility_url_entry,
                            /* TRANSLATORS: what a screen reader calls a field; %u is the place's number in the list */
                            g_strdup_printf (_("Web page about the accessibility of place %u"), number));
  /* TRANSLATORS: what a screen reader calls a group of fields; %u is the place's number in the list */
  bb_offer_rows_name_field (self->phones_editor, g_strdup_printf (_("Phones of place %u"), number));
  /* TRANSLATORS: what a screen reader calls a button; %u is the place's number in the list */
  bb_offer_rows_name_field (self->remove_button, g_strdup_printf (_("Remove place %u"), number));
}
