/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-offer-rows-section.h"
#include "bb-phone-editor-row.h"
#include "bb-validate.h"

struct _BbPhoneEditorRow
{
  GtkListBoxRow  parent_instance;

  /* What was loaded, so its id and what the row does not show are kept. */
  BbPhone       *phone;
  /* The types the dropdown lists, in its order: Open Referral's, then a loaded one
   * of another name, as written. */
  GPtrArray     *types;

  GtkEntry      *number_entry;
  GtkEntry      *extension_entry;
  GtkDropDown   *type_dropdown;
  GtkEntry      *description_entry;
  GtkButton     *remove_button;
  GtkLabel      *message_label;
};

G_DEFINE_FINAL_TYPE (BbPhoneEditorRow, bb_phone_editor_row, GTK_TYPE_LIST_BOX_ROW)

/* The words of the offer's page for them (bb-offers-view-detail.c); "voice" first,
 * the type of a phone that says none. */
static const struct { const char *type; const char *label; } phone_types[] = {
  { "voice", N_("Phone") }, { "cell", N_("Mobile") }, { "text", N_("Text message") },
  { "fax", N_("Fax") }, { "video", N_("Video call") }, { "pager", N_("Pager") },
  { "textphone", N_("Textphone") },
};

static guint
find_type (BbPhoneEditorRow *self,
           const char       *type)
{
  if (type == NULL)
    return 0;
  for (guint i = 0; i < self->types->len; i++)
    if (g_ascii_strcasecmp (type, g_ptr_array_index (self->types, i)) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

static void
bb_phone_editor_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_PHONE_EDITOR_ROW);

  G_OBJECT_CLASS (bb_phone_editor_row_parent_class)->dispose (object);
}

static void
bb_phone_editor_row_finalize (GObject *object)
{
  BbPhoneEditorRow *self = BB_PHONE_EDITOR_ROW (object);

  g_clear_pointer (&self->phone, bb_phone_free);
  g_clear_pointer (&self->types, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_phone_editor_row_parent_class)->finalize (object);
}

static void
bb_phone_editor_row_class_init (BbPhoneEditorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_phone_editor_row_dispose;
  object_class->finalize = bb_phone_editor_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-phone-editor-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPhoneEditorRow, number_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPhoneEditorRow, extension_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPhoneEditorRow, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbPhoneEditorRow, description_entry);
  gtk_widget_class_bind_template_child (widget_class, BbPhoneEditorRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, BbPhoneEditorRow, message_label);
  bb_offer_rows_class_init_row (widget_class);
}

static void
bb_phone_editor_row_init (BbPhoneEditorRow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  self->types = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (phone_types); i++)
    {
      g_ptr_array_add (self->types, g_strdup (phone_types[i].type));
      gtk_string_list_append (labels, _(phone_types[i].label));
    }
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (labels));
  bb_phone_editor_row_set_number (self, 1);
}

BbPhoneEditorRow *
bb_phone_editor_row_new (const BbPhone *phone)
{
  BbPhoneEditorRow *self = g_object_new (BB_TYPE_PHONE_EDITOR_ROW, NULL);
  guint type;

  if (phone == NULL)
    return self;

  self->phone = bb_phone_copy (phone);
  gtk_editable_set_text (GTK_EDITABLE (self->number_entry), phone->number != NULL ? phone->number : "");
  bb_offer_editor_set_number (GTK_EDITABLE (self->extension_entry),
                              phone->extension >= 0 && phone->extension <= G_MAXINT ? (int) phone->extension : -1);
  gtk_editable_set_text (GTK_EDITABLE (self->description_entry),
                         phone->description != NULL ? phone->description : "");
  type = find_type (self, phone->type);
  if (type == GTK_INVALID_LIST_POSITION)
    {
      /* A type of another name is kept, and offered as written. */
      type = self->types->len;
      g_ptr_array_add (self->types, g_strdup (phone->type));
      gtk_string_list_append (GTK_STRING_LIST (gtk_drop_down_get_model (self->type_dropdown)), phone->type);
    }
  gtk_drop_down_set_selected (self->type_dropdown, type);
  return self;
}

static char *
dup_set_text (GtkEntry *entry)
{
  char *text = bb_offer_editor_dup_text (GTK_EDITABLE (entry));

  if (text[0] != '\0')
    return text;
  g_free (text);
  return NULL;
}

BbPhone *
bb_phone_editor_row_dup_phone (BbPhoneEditorRow *self)
{
  g_autofree char *number = NULL;
  g_autofree char *description = NULL;
  BbPhone *phone;
  guint type;
  int extension = -1;

  g_return_val_if_fail (BB_IS_PHONE_EDITOR_ROW (self), NULL);

  number = dup_set_text (self->number_entry);
  description = dup_set_text (self->description_entry);
  bb_offer_editor_parse_number (GTK_EDITABLE (self->extension_entry), G_MAXINT, &extension);
  if (number == NULL && description == NULL && extension < 0)
    return NULL;

  phone = self->phone != NULL ? bb_phone_copy (self->phone) : bb_phone_new (NULL);
  if (g_strcmp0 (phone->number, number != NULL ? number : "") != 0)
    {
      g_free (phone->number);
      phone->number = number != NULL ? g_steal_pointer (&number) : g_strdup ("");
    }
  if (g_strcmp0 (phone->description, description) != 0)
    {
      g_free (phone->description);
      phone->description = g_steal_pointer (&description);
    }
  phone->extension = extension;
  /* A loaded phone that said no type still says none while the row shows the first. */
  type = gtk_drop_down_get_selected (self->type_dropdown);
  if ((self->phone == NULL || type != find_type (self, phone->type)) && type < self->types->len)
    {
      g_free (phone->type);
      phone->type = g_strdup (g_ptr_array_index (self->types, type));
    }
  return phone;
}

gboolean
bb_phone_editor_row_validate (BbPhoneEditorRow *self)
{
  g_autofree char *number = NULL;
  g_autofree char *description = NULL;
  const char *message = NULL;
  gpointer about = NULL;
  gboolean extension_valid;
  gboolean warning = FALSE;
  int extension = -1;

  g_return_val_if_fail (BB_IS_PHONE_EDITOR_ROW (self), FALSE);

  number = bb_offer_editor_dup_text (GTK_EDITABLE (self->number_entry));
  description = bb_offer_editor_dup_text (GTK_EDITABLE (self->description_entry));
  extension_valid = bb_offer_editor_parse_number (GTK_EDITABLE (self->extension_entry), G_MAXINT, &extension);
  bb_offer_rows_mark_invalid (self->extension_entry, !extension_valid);
  bb_offer_rows_mark_invalid (self->number_entry, number[0] == '\0' && (extension >= 0 || description[0] != '\0'));

  if (!extension_valid)
    {
      message = _("Write the extension as a number, such as 12.");
      about = self->extension_entry;
    }
  else if (number[0] == '\0' && (extension >= 0 || description[0] != '\0'))
    {
      message = _("Write the phone number.");
      about = self->number_entry;
    }
  else if (!bb_validate_phone (number))
    {
      /* Another country's numbers, or a short one: kept as written. */
      message = _("This is not a Danish phone number of 8 digits; it is kept as written.");
      about = self->number_entry;
      warning = TRUE;
    }

  bb_offer_rows_show_message (self->message_label, about, message, warning);
  return message == NULL || warning;
}

void
bb_phone_editor_row_focus (BbPhoneEditorRow *self)
{
  g_return_if_fail (BB_IS_PHONE_EDITOR_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->number_entry));
}

void
bb_phone_editor_row_set_number (BbPhoneEditorRow *self,
                                guint             number)
{
  g_return_if_fail (BB_IS_PHONE_EDITOR_ROW (self));

  /* TRANSLATORS: what a screen reader calls a field; %u is the phone's place in the list */
  bb_offer_rows_name_field (self->number_entry, g_strdup_printf (_("Phone number %u"), number));
  /* TRANSLATORS: what a screen reader calls a field; %u is the phone's place in the list */
  bb_offer_rows_name_field (self->extension_entry, g_strdup_printf (_("Extension of phone %u"), number));
  /* TRANSLATORS: what a screen reader calls a field; %u is the phone's place in the list */
  bb_offer_rows_name_field (self->type_dropdown, g_strdup_printf (_("Type of phone %u"), number));
  /* TRANSLATORS: what a screen reader calls a field; %u is the phone's place in the list */
  bb_offer_rows_name_field (self->description_entry, g_strdup_printf (_("Description of phone %u"), number));
  /* TRANSLATORS: what a screen reader calls a button; %u is the phone's place in the list */
  bb_offer_rows_name_field (self->remove_button, g_strdup_printf (_("Remove phone %u"), number));
}
