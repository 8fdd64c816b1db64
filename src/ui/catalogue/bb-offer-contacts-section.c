/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-contact-editor-row.h"
#include "bb-offer-contacts-section.h"

/* A contact person taken out of the form, whole, for as long as its toast offers Undo. */
typedef struct
{
  BbContactEditorRow *row;
  /* Where it was among the contacts, to put it back there. */
  guint               position;
} RemovedContact;

struct _BbOfferContactsSection
{
  BbOfferEditorSection  parent_instance;

  /* BbContactEditorRow, top to bottom; the group holds them. */
  GPtrArray            *contacts;
  /* RemovedContact by the serial number its toast carries. */
  GHashTable           *removed_contacts;
  guint                 last_removed;

  AdwPreferencesGroup  *contacts_group;
  GtkWidget            *add_contact_button;
};

G_DEFINE_FINAL_TYPE (BbOfferContactsSection, bb_offer_contacts_section, BB_TYPE_OFFER_EDITOR_SECTION)

static void add_row (BbOfferContactsSection *self,
                     BbContactEditorRow     *row,
                     guint                   position);

static void
removed_contact_free (RemovedContact *removed)
{
  g_object_unref (removed->row);
  g_free (removed);
}

static void
edited (BbOfferContactsSection *self)
{
  bb_offer_editor_section_edited (BB_OFFER_EDITOR_SECTION (self));
}

/* Shows @row at @position among the contacts. AdwPreferencesGroup can only append, so
 * the contacts after @position are taken out and appended again behind it. */
static void
insert_row (BbOfferContactsSection *self,
            BbContactEditorRow     *row,
            guint                   position)
{
  g_ptr_array_insert (self->contacts, position, row);

  for (guint i = position + 1; i < self->contacts->len; i++)
    {
      GtkWidget *later = g_ptr_array_index (self->contacts, i);

      g_object_ref (later);
      adw_preferences_group_remove (self->contacts_group, later);
    }

  adw_preferences_group_add (self->contacts_group, GTK_WIDGET (row));

  for (guint i = position + 1; i < self->contacts->len; i++)
    {
      GtkWidget *later = g_ptr_array_index (self->contacts, i);

      adw_preferences_group_add (self->contacts_group, later);
      g_object_unref (later);
    }
}

/* One ambassador per offer: choosing another takes the part from the first. */
static void
on_row_ambassador_changed (BbOfferContactsSection *self,
                           GParamSpec             *pspec,
                           BbContactEditorRow     *row)
{
  if (!bb_contact_editor_row_get_ambassador (row))
    return;

  for (guint i = 0; i < self->contacts->len; i++)
    {
      BbContactEditorRow *other = g_ptr_array_index (self->contacts, i);

      if (other != row)
        bb_contact_editor_row_set_ambassador (other, FALSE);
    }
}

static void
on_row_duplicate (BbOfferContactsSection *self,
                  BbContactEditorRow     *row)
{
  BbContactEditorRow *copy = bb_contact_editor_row_duplicate (row);
  guint position;

  g_ptr_array_find (self->contacts, row, &position);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (copy), TRUE);
  add_row (self, copy, position + 1);
  /* The copy is there to be changed. */
  bb_contact_editor_row_present (copy);
  edited (self);
}

/* Undo went with its toast, and so does what it would have put back. */
static void
on_remove_toast_dismissed (BbOfferContactsSection *self,
                           AdwToast               *toast)
{
  GVariant *target = adw_toast_get_action_target_value (toast);

  g_hash_table_remove (self->removed_contacts, GUINT_TO_POINTER (g_variant_get_uint32 (target)));
}

static void
on_row_remove (BbOfferContactsSection *self,
               BbContactEditorRow     *row)
{
  RemovedContact *removed = g_new0 (RemovedContact, 1);
  guint serial = ++self->last_removed;
  g_autofree char *name = bb_contact_editor_row_dup_name (row);
  GtkWidget *overlay;
  AdwToast *toast;

  g_ptr_array_find (self->contacts, row, &removed->position);
  g_ptr_array_remove_index (self->contacts, removed->position);
  /* Kept, with everything typed in it, until Undo or the toast is gone. */
  removed->row = g_object_ref (row);
  adw_preferences_group_remove (self->contacts_group, GTK_WIDGET (row));
  g_hash_table_insert (self->removed_contacts, GUINT_TO_POINTER (serial), removed);

  if (name[0] == '\0')
    toast = adw_toast_new (_("Contact person removed"));
  else
    {
      /* Toast titles are markup. */
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *title = NULL;

      /* Translators: %s is the name of a contact person */
      title = g_strdup_printf (_("“%s” removed"), escaped);
      toast = adw_toast_new (title);
    }
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo-remove-contact");
  adw_toast_set_action_target (toast, "u", serial);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_remove_toast_dismissed), self,
                           G_CONNECT_SWAPPED);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));

  /* The focused button went with its row. */
  gtk_widget_grab_focus (self->add_contact_button);
  edited (self);
}

static void
add_row (BbOfferContactsSection *self,
         BbContactEditorRow     *row,
         guint                   position)
{
  g_signal_connect_object (row, "edited", G_CALLBACK (edited), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "notify::ambassador", G_CALLBACK (on_row_ambassador_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "duplicate", G_CALLBACK (on_row_duplicate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_row_remove), self, G_CONNECT_SWAPPED);
  insert_row (self, row, position);
}

static void
bb_offer_contacts_section_load (BbOfferEditorSection *section,
                                BbOffer              *offer)
{
  BbOfferContactsSection *self = BB_OFFER_CONTACTS_SECTION (section);
  GListModel *contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  guint n_contacts = g_list_model_get_n_items (contacts);

  while (self->contacts->len > 0)
    {
      GtkWidget *row = g_ptr_array_steal_index (self->contacts, self->contacts->len - 1);

      adw_preferences_group_remove (self->contacts_group, row);
    }
  g_hash_table_remove_all (self->removed_contacts);

  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

      add_row (self, bb_contact_editor_row_new (contact), i);
    }
}

static gboolean
bb_offer_contacts_section_validate (BbOfferEditorSection *section)
{
  BbOfferContactsSection *self = BB_OFFER_CONTACTS_SECTION (section);
  gboolean saving = bb_offer_editor_section_is_applying (section);
  gboolean valid = TRUE;

  for (guint i = 0; i < self->contacts->len; i++)
    if (!bb_contact_editor_row_validate (g_ptr_array_index (self->contacts, i), saving))
      valid = FALSE;

  return valid;
}

static void
bb_offer_contacts_section_store (BbOfferEditorSection *section,
                                 BbOffer              *offer)
{
  BbOfferContactsSection *self = BB_OFFER_CONTACTS_SECTION (section);
  GListStore *contacts = bb_offer_get_contacts (offer);

  g_list_store_remove_all (contacts);
  for (guint i = 0; i < self->contacts->len; i++)
    {
      g_autoptr(BbContact) contact = bb_contact_editor_row_dup_contact (g_ptr_array_index (self->contacts, i));

      g_list_store_append (contacts, contact);
    }
}

static void
bb_offer_contacts_section_dispose (GObject *object)
{
  BbOfferContactsSection *self = BB_OFFER_CONTACTS_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_OFFER_CONTACTS_SECTION);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  /* The table itself stays until finalize, as a toast may still be dismissed. */
  g_hash_table_remove_all (self->removed_contacts);

  G_OBJECT_CLASS (bb_offer_contacts_section_parent_class)->dispose (object);
}

static void
bb_offer_contacts_section_finalize (GObject *object)
{
  BbOfferContactsSection *self = BB_OFFER_CONTACTS_SECTION (object);

  g_hash_table_unref (self->removed_contacts);

  G_OBJECT_CLASS (bb_offer_contacts_section_parent_class)->finalize (object);
}

static void
bb_offer_contacts_section_class_init (BbOfferContactsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbOfferEditorSectionClass *section_class = BB_OFFER_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = bb_offer_contacts_section_dispose;
  object_class->finalize = bb_offer_contacts_section_finalize;
  section_class->load = bb_offer_contacts_section_load;
  section_class->validate = bb_offer_contacts_section_validate;
  section_class->store = bb_offer_contacts_section_store;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offer-contacts-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOfferContactsSection, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, BbOfferContactsSection, add_contact_button);
}

static void
bb_offer_contacts_section_init (BbOfferContactsSection *self)
{
  self->contacts = g_ptr_array_new ();
  self->removed_contacts = g_hash_table_new_full (NULL, NULL, NULL,
                                                  (GDestroyNotify) removed_contact_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

void
bb_offer_contacts_section_add_contact (BbOfferContactsSection *self)
{
  BbContactEditorRow *row;

  g_return_if_fail (BB_IS_OFFER_CONTACTS_SECTION (self));

  row = bb_contact_editor_row_new (NULL);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  add_row (self, row, self->contacts->len);
  bb_contact_editor_row_present (row);
  edited (self);
}

gboolean
bb_offer_contacts_section_undo_remove (BbOfferContactsSection *self,
                                       guint                   serial)
{
  RemovedContact *removed;
  BbContactEditorRow *row;

  g_return_val_if_fail (BB_IS_OFFER_CONTACTS_SECTION (self), FALSE);

  if (!g_hash_table_steal_extended (self->removed_contacts, GUINT_TO_POINTER (serial),
                                    NULL, (gpointer *) &removed))
    return FALSE;

  row = removed->row;
  /* An ambassador chosen since stays so: there is only one. */
  for (guint i = 0; i < self->contacts->len; i++)
    if (bb_contact_editor_row_get_ambassador (g_ptr_array_index (self->contacts, i)))
      bb_contact_editor_row_set_ambassador (row, FALSE);

  /* Others may have been removed since. */
  insert_row (self, row, MIN (removed->position, self->contacts->len));
  g_object_unref (row);
  g_free (removed);

  gtk_widget_grab_focus (GTK_WIDGET (row));
  edited (self);
  return TRUE;
}
