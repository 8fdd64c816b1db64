/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-contact-editor-row.h"
#include "bb-offer-editor-section.h"
#include "bb-text.h"
#include "bb-validate.h"

struct _BbContactEditorRow
{
  AdwExpanderRow         parent_instance;

  /* The stored contact the row edits, so it keeps its id; NULL for a new one. */
  BbContact             *contact;
  gboolean               ambassador;
  /* Filling the fields is not an edit. */
  gboolean               loading;
  gboolean               name_edited;
  gboolean               save_tried;

  GtkEditable           *name_row;
  BbOfferEditorErrorRow *name_error;
  GtkEditable           *role_row;
  GtkEditable           *phone_row;
  BbOfferEditorErrorRow *phone_error;
  GtkEditable           *email_row;
  BbOfferEditorErrorRow *email_error;
  GtkWidget             *actions_row;
};

G_DEFINE_FINAL_TYPE (BbContactEditorRow, bb_contact_editor_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_AMBASSADOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_EDITED,
  SIGNAL_DUPLICATE,
  SIGNAL_REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Every contact person has the same fields: a screen reader names them, the row and
 * its buttons' row after the contact, so the user hears whose phone a field holds.
 * Each field has a sentence of its own: "%s of %s" reads stiffly in Danish. */
#define CONTACT_LABEL(name, named, unnamed) \
  ((name)[0] != '\0' ? g_strdup_printf ((named), (name)) : g_strdup (unnamed))

static void
name_field (gpointer  field,
            char     *label)
{
  bb_offer_editor_set_accessible_name (field, label);
  g_free (label);
}

static void
update_accessible_names (BbContactEditorRow *self,
                         const char         *name)
{
  g_autofree char *row_label = NULL;

  if (name[0] != '\0')
    /* TRANSLATORS: the name a screen reader gives a contact person's row */
    row_label = g_strdup_printf (_("Contact person %s"), name);
  else
    row_label = g_strdup (_("New contact person"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, row_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->actions_row), GTK_ACCESSIBLE_PROPERTY_LABEL, row_label, -1);

  /* TRANSLATORS: what a screen reader calls a field; %s is the contact person's name */
  name_field (self->name_row, CONTACT_LABEL (name, _("Name of the contact person %s"), _("Name of the contact person")));
  /* TRANSLATORS: what a screen reader calls a field; %s is the contact person's name */
  name_field (self->role_row, CONTACT_LABEL (name, _("Role of the contact person %s"), _("Role")));
  /* TRANSLATORS: what a screen reader calls a field; %s is the contact person's name */
  name_field (self->phone_row, CONTACT_LABEL (name, _("Phone of the contact person %s"), _("Phone")));
  /* TRANSLATORS: what a screen reader calls a field; %s is the contact person's name */
  name_field (self->email_row, CONTACT_LABEL (name, _("E-mail of the contact person %s"), _("E-mail")));
}

static void
update_header (BbContactEditorRow *self)
{
  g_autofree char *name = bb_offer_editor_dup_text (self->name_row);
  g_autofree char *role = bb_offer_editor_dup_text (self->role_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 name[0] != '\0' ? name : _("New contact person"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), role);
  update_accessible_names (self, name);
}

static void
edited (BbContactEditorRow *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[SIGNAL_EDITED], 0);
}

static void
on_name_changed (BbContactEditorRow *self)
{
  update_header (self);
  if (!self->loading)
    self->name_edited = TRUE;
  edited (self);
}

static void
on_role_changed (BbContactEditorRow *self)
{
  update_header (self);
  edited (self);
}

static void
on_field_changed (BbContactEditorRow *self)
{
  edited (self);
}

static void
on_duplicate_clicked (BbContactEditorRow *self)
{
  g_signal_emit (self, signals[SIGNAL_DUPLICATE], 0);
}

static void
on_remove_clicked (BbContactEditorRow *self)
{
  g_signal_emit (self, signals[SIGNAL_REMOVE], 0);
}

static void
bb_contact_editor_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_CONTACT_EDITOR_ROW);

  G_OBJECT_CLASS (bb_contact_editor_row_parent_class)->dispose (object);
}

static void
bb_contact_editor_row_finalize (GObject *object)
{
  BbContactEditorRow *self = BB_CONTACT_EDITOR_ROW (object);

  g_clear_object (&self->contact);

  G_OBJECT_CLASS (bb_contact_editor_row_parent_class)->finalize (object);
}

static void
bb_contact_editor_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BbContactEditorRow *self = BB_CONTACT_EDITOR_ROW (object);

  switch (prop_id)
    {
    case PROP_AMBASSADOR:
      g_value_set_boolean (value, self->ambassador);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_contact_editor_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BbContactEditorRow *self = BB_CONTACT_EDITOR_ROW (object);

  switch (prop_id)
    {
    case PROP_AMBASSADOR:
      bb_contact_editor_row_set_ambassador (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_contact_editor_row_class_init (BbContactEditorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_contact_editor_row_dispose;
  object_class->finalize = bb_contact_editor_row_finalize;
  object_class->get_property = bb_contact_editor_row_get_property;
  object_class->set_property = bb_contact_editor_row_set_property;

  /* The switch binds it; the offer has one ambassador, which the section sees to. */
  properties[PROP_AMBASSADOR] =
    g_param_spec_boolean ("ambassador", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SIGNAL_DUPLICATE] =
    g_signal_new ("duplicate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SIGNAL_REMOVE] =
    g_signal_new ("remove",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (BB_TYPE_OFFER_EDITOR_ERROR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-contact-editor-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbContactEditorRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, BbContactEditorRow, name_error);
  gtk_widget_class_bind_template_child (widget_class, BbContactEditorRow, role_row);
  gtk_widget_class_bind_template_child (widget_class, BbContactEditorRow, phone_row);
  gtk_widget_class_bind_template_child (widget_class, BbContactEditorRow, phone_error);
  gtk_widget_class_bind_template_child (widget_class, BbContactEditorRow, email_row);
  gtk_widget_class_bind_template_child (widget_class, BbContactEditorRow, email_error);
  gtk_widget_class_bind_template_child (widget_class, BbContactEditorRow, actions_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_role_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_duplicate_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
bb_contact_editor_row_init (BbContactEditorRow *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bb_contact_editor_row_new:
 * @contact: (nullable): the contact to edit, or NULL for a new one
 */
BbContactEditorRow *
bb_contact_editor_row_new (BbContact *contact)
{
  BbContactEditorRow *self;

  g_return_val_if_fail (contact == NULL || BB_IS_CONTACT (contact), NULL);

  self = g_object_new (BB_TYPE_CONTACT_EDITOR_ROW, NULL);
  if (contact != NULL)
    {
      self->contact = g_object_ref (contact);
      gtk_editable_set_text (self->name_row, bb_contact_get_name (contact));
      gtk_editable_set_text (self->role_row, bb_contact_get_role (contact));
      gtk_editable_set_text (self->phone_row, bb_contact_get_phone (contact));
      gtk_editable_set_text (self->email_row, bb_contact_get_email (contact));
      bb_contact_editor_row_set_ambassador (self, bb_contact_get_ambassador (contact));
    }
  update_header (self);
  self->loading = FALSE;

  return self;
}

BbContactEditorRow *
bb_contact_editor_row_duplicate (BbContactEditorRow *self)
{
  g_autoptr(BbContact) copy = NULL;

  g_return_val_if_fail (BB_IS_CONTACT_EDITOR_ROW (self), NULL);

  /* A new contact (id 0, its own uuid) with the text as it stands. */
  copy = bb_contact_new (gtk_editable_get_text (self->name_row));
  bb_contact_set_role (copy, gtk_editable_get_text (self->role_row));
  bb_contact_set_phone (copy, gtk_editable_get_text (self->phone_row));
  bb_contact_set_email (copy, gtk_editable_get_text (self->email_row));

  return bb_contact_editor_row_new (copy);
}

BbContact *
bb_contact_editor_row_dup_contact (BbContactEditorRow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  BbContact *contact;

  g_return_val_if_fail (BB_IS_CONTACT_EDITOR_ROW (self), NULL);

  name = bb_offer_editor_dup_text (self->name_row);
  role = bb_offer_editor_dup_text (self->role_row);
  phone = bb_offer_editor_dup_text (self->phone_row);
  email = bb_offer_editor_dup_text (self->email_row);

  contact = self->contact != NULL ? bb_contact_copy (self->contact) : bb_contact_new (name);
  bb_contact_set_name (contact, name);
  bb_contact_set_role (contact, role);
  bb_contact_set_phone (contact, phone);
  bb_contact_set_email (contact, email);
  bb_contact_set_ambassador (contact, self->ambassador);

  return contact;
}

char *
bb_contact_editor_row_dup_name (BbContactEditorRow *self)
{
  g_return_val_if_fail (BB_IS_CONTACT_EDITOR_ROW (self), NULL);

  return bb_offer_editor_dup_text (self->name_row);
}

gboolean
bb_contact_editor_row_get_ambassador (BbContactEditorRow *self)
{
  g_return_val_if_fail (BB_IS_CONTACT_EDITOR_ROW (self), FALSE);

  return self->ambassador;
}

void
bb_contact_editor_row_set_ambassador (BbContactEditorRow *self,
                                      gboolean            ambassador)
{
  g_return_if_fail (BB_IS_CONTACT_EDITOR_ROW (self));

  ambassador = !!ambassador;
  if (self->ambassador == ambassador)
    return;

  self->ambassador = ambassador;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMBASSADOR]);
  edited (self);
}

gboolean
bb_contact_editor_row_validate (BbContactEditorRow *self,
                                gboolean            saving)
{
  gboolean valid = TRUE;

  g_return_val_if_fail (BB_IS_CONTACT_EDITOR_ROW (self), FALSE);

  if (saving)
    self->save_tried = TRUE;

  if (!bb_offer_editor_show_error (self->name_row, self->name_error,
                                   bb_text_is_blank (gtk_editable_get_text (self->name_row))
                                   ? _("The name is required.") : NULL,
                                   self->name_edited || self->save_tried))
    valid = FALSE;
  if (!bb_offer_editor_show_error (self->phone_row, self->phone_error,
                                   bb_validate_phone (gtk_editable_get_text (self->phone_row))
                                   ? NULL : _("Write a phone number of 8 digits or more."),
                                   TRUE))
    valid = FALSE;
  if (!bb_offer_editor_show_error (self->email_row, self->email_error,
                                   bb_validate_email (gtk_editable_get_text (self->email_row))
                                   ? NULL : _("This does not look like an e-mail address."),
                                   TRUE))
    valid = FALSE;

  return valid;
}

void
bb_contact_editor_row_present (BbContactEditorRow *self)
{
  g_return_if_fail (BB_IS_CONTACT_EDITOR_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  /* Its header and the name being typed; a new row gets its place only in the next
   * layout, which the viewport's own following of the focus does not wait for. */
  bb_offer_editor_scroll_into_view (GTK_WIDGET (self), GTK_WIDGET (self->name_row));
}
