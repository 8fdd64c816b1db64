/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-list-item-editor-row.h"
#include "bb-offer-editor-section.h"
#include "bb-provider.h"
#include "bb-phones-editor.h"
#include "bb-step.h"
#include "bb-target-group.h"
#include "bb-text.h"
#include "bb-validate.h"

struct _BbListItemEditorRow
{
  AdwExpanderRow         parent_instance;

  GObject               *item;
  int                    order;
  /* The fields are being set from the item. */
  gboolean               filling;
  gboolean               name_edited;
  gboolean               can_save;

  AdwEntryRow           *name_row;
  BbOfferEditorErrorRow *name_error;
  GtkWidget             *delete_button;
  GtkWidget             *duplicate_button;
  BbOfferEditorErrorRow *in_use_error;
  GtkWidget             *show_offers_row;
  GtkWidget             *actions_row;

  /* Providers */
  AdwComboRow           *sector_row;
  AdwEntryRow           *department_row;
  AdwEntryRow           *website_row;
  AdwEntryRow           *email_row;
  BbOfferEditorErrorRow *email_error;
  AdwEntryRow           *legal_status_row;
  AdwEntryRow           *tax_id_row;
  AdwActionRow          *identifiers_row;
  GtkWidget             *phones_row;
  BbPhonesEditor        *phones_editor;

  /* Target groups */
  GtkWidget             *order_row;
  GtkWidget             *up_button;
  GtkWidget             *down_button;

  /* Steps */
  GtkWidget             *level_row;
  GtkSpinButton         *level_button;
  AdwEntryRow           *description_row;
};

static void bb_list_item_editor_row_editor_init (BbListItemEditorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BbListItemEditorRow, bb_list_item_editor_row, ADW_TYPE_EXPANDER_ROW,
                               G_IMPLEMENT_INTERFACE (BB_TYPE_LIST_ITEM_EDITOR,
                                                      bb_list_item_editor_row_editor_init))

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_stored (BbListItemEditorRow *self)
{
  return bb_list_item_editor_is_stored (BB_LIST_ITEM_EDITOR (self));
}

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Sets the fields from the stored item. */
static void
fill (BbListItemEditorRow *self)
{
  self->filling = TRUE;

  if (BB_IS_PROVIDER (self->item))
    {
      BbProvider *provider = BB_PROVIDER (self->item);

      gtk_editable_set_text (GTK_EDITABLE (self->name_row), bb_provider_get_name (provider));
      adw_combo_row_set_selected (self->sector_row, bb_provider_get_sector (provider));
      gtk_editable_set_text (GTK_EDITABLE (self->department_row), bb_provider_get_department (provider));
      gtk_editable_set_text (GTK_EDITABLE (self->website_row), bb_provider_get_website (provider));
      gtk_editable_set_text (GTK_EDITABLE (self->email_row), bb_provider_get_email (provider));
      g_autofree char *identifiers = bb_provider_dup_identifiers (provider);

      gtk_editable_set_text (GTK_EDITABLE (self->legal_status_row), bb_provider_get_legal_status (provider));
      gtk_editable_set_text (GTK_EDITABLE (self->tax_id_row), bb_provider_get_tax_id (provider));
      adw_action_row_set_subtitle (self->identifiers_row, identifiers != NULL ? identifiers : "");
      gtk_widget_set_visible (GTK_WIDGET (self->identifiers_row), identifiers != NULL);
      bb_phones_editor_load (self->phones_editor, bb_provider_get_phones (provider));
    }
  else if (BB_IS_TARGET_GROUP (self->item))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), bb_target_group_get_name (BB_TARGET_GROUP (self->item)));
    }
  else
    {
      BbStep *step = BB_STEP (self->item);

      gtk_spin_button_set_value (self->level_button, bb_step_get_level (step));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), bb_step_get_name (step));
      gtk_editable_set_text (GTK_EDITABLE (self->description_row), bb_step_get_description (step));
    }

  self->filling = FALSE;
}

/* What a screen reader calls each field, in words of its own for each kind of item:
 * "%s of %s" put together reads stiffly in Danish. @title is the stored item's name,
 * NULL for one not yet saved. */
#define FIELD_LABEL(title, stored, unsaved) \
  ((title) != NULL ? g_strdup_printf ((stored), (title)) : g_strdup (unsaved))

static char *
dup_provider_label (guint       field,
                    const char *title)
{
  switch (field)
    {
    case 0:
      /* TRANSLATORS: what a screen reader calls a field; %s is the provider's name */
      return FIELD_LABEL (title, _("Name of the provider %s"), _("Name of the new provider"));
    case 1:
      /* TRANSLATORS: what a screen reader calls a field; %s is the provider's name */
      return FIELD_LABEL (title, _("Sector of the provider %s"), _("Sector of the new provider"));
    case 2:
      /* TRANSLATORS: what a screen reader calls a field; %s is the provider's name */
      return FIELD_LABEL (title, _("Department of the provider %s"), _("Department of the new provider"));
    case 3:
      /* TRANSLATORS: what a screen reader calls a field; %s is the provider's name */
      return FIELD_LABEL (title, _("Website of the provider %s"), _("Website of the new provider"));
    case 4:
      /* TRANSLATORS: what a screen reader calls a field; %s is the provider's name */
      return FIELD_LABEL (title, _("E-mail of the provider %s"), _("E-mail of the new provider"));
    case 5:
      /* TRANSLATORS: what a screen reader calls a field; %s is the provider's name */
      return FIELD_LABEL (title, _("Legal status of the provider %s"), _("Legal status of the new provider"));
    case 6:
      /* TRANSLATORS: what a screen reader calls a field; %s is the provider's name */
      return FIELD_LABEL (title, _("Tax ID of the provider %s"), _("Tax ID of the new provider"));
    default:
      /* TRANSLATORS: what a screen reader calls a group of fields; %s is the provider's name */
      return FIELD_LABEL (title, _("Phones of the provider %s"), _("Phones of the new provider"));
    }
}

static char *
dup_step_label (guint       field,
                const char *title)
{
  switch (field)
    {
    case 0:
      /* TRANSLATORS: what a screen reader calls a field; %s is the step ("1 – Early and light") */
      return FIELD_LABEL (title, _("Name of the step %s"), _("Name of the new step"));
    case 1:
      /* TRANSLATORS: what a screen reader calls a field; %s is the step ("1 – Early and light") */
      return FIELD_LABEL (title, _("Level of the step %s"), _("Level of the new step"));
    default:
      /* TRANSLATORS: what a screen reader calls a field; %s is the step ("1 – Early and light") */
      return FIELD_LABEL (title, _("Description of the step %s"), _("Description of the new step"));
    }
}

static void
name_field (gpointer  field,
            char     *label)
{
  bb_offer_editor_set_accessible_name (field, label);
  g_free (label);
}

/* Every row has the same fields: a screen reader names the row, its buttons' row and
 * each field after the item, so the user hears whose department a field holds. */
static void
update_accessible_names (BbListItemEditorRow *self,
                         const char          *title)
{
  const char *stored_title = is_stored (self) ? title : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->actions_row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  if (BB_IS_PROVIDER (self->item))
    {
      gpointer fields[] = {
        self->name_row, self->sector_row, self->department_row,
        self->website_row, self->email_row, self->legal_status_row, self->tax_id_row,
      };

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        name_field (fields[i], dup_provider_label (i, stored_title));
      name_field (self->phones_row, dup_provider_label (G_N_ELEMENTS (fields), stored_title));
    }
  else if (BB_IS_TARGET_GROUP (self->item))
    /* TRANSLATORS: what a screen reader calls a field; %s is the target group's name */
    name_field (self->name_row, FIELD_LABEL (stored_title, _("Name of the target group %s"),
                                             _("Name of the new target group")));
  else
    {
      gpointer fields[] = { self->name_row, self->level_button, self->description_row };

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        name_field (fields[i], dup_step_label (i, stored_title));
    }
}

/* The title and subtitle say what is stored, not what is being typed. */
static void
update_title (BbListItemEditorRow *self)
{
  AdwPreferencesRow *row = ADW_PREFERENCES_ROW (self);
  gboolean stored = is_stored (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;

  if (BB_IS_PROVIDER (self->item))
    {
      BbProvider *provider = BB_PROVIDER (self->item);
      const char *sector = bb_sector_get_label (bb_provider_get_sector (provider));
      const char *department = bb_provider_get_department (provider);

      title = g_strdup (stored ? bb_provider_get_name (provider) : _("New Provider"));
      if (stored && department[0] == '\0')
        subtitle = g_strdup (sector);
      else if (stored)
        /* Translators: a provider's sector and department, e.g. "Municipality · Youth Guidance" */
        subtitle = g_strdup_printf (_("%s · %s"), sector, department);
    }
  else if (BB_IS_TARGET_GROUP (self->item))
    {
      title = g_strdup (stored ? bb_target_group_get_name (BB_TARGET_GROUP (self->item)) : _("New Target Group"));
    }
  else
    {
      BbStep *step = BB_STEP (self->item);

      title = stored ? bb_step_dup_display_name (step) : g_strdup (_("New Step"));
      if (stored)
        subtitle = g_strdup (bb_step_get_description (step));
    }

  adw_preferences_row_set_title (row, title);
  /* AdwExpanderRow 1.2 reads its subtitle as markup whatever use-markup says, and a
   * department or description may hold an "&". */
  escaped = g_markup_escape_text (subtitle != NULL ? subtitle : "", -1);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped);
  update_accessible_names (self, title);
}

/* Checks the fields as they are typed and says what is wrong right under the field. */
static void
update (BbListItemEditorRow *self)
{
  gboolean stored = is_stored (self);
  gboolean valid = !bb_text_is_blank (get_text (self->name_row));

  /* A new row is not wrong before anything has been typed into it. */
  bb_offer_editor_show_error (self->name_row, self->name_error, valid ? NULL : _("Enter a name."),
                              stored || self->name_edited);

  if (BB_IS_PROVIDER (self->item))
    {
      if (!bb_offer_editor_show_error (self->email_row, self->email_error,
                                       bb_validate_email (get_text (self->email_row))
                                       ? NULL : _("Enter an e-mail address such as name@example.dk."),
                                       TRUE))
        valid = FALSE;
      g_autoptr(GPtrArray) phones = bb_phones_editor_dup_phones (self->phones_editor);

      /* Each phone says under itself what is wrong with it. */
      if (phones == NULL)
        valid = FALSE;
    }

  self->can_save = valid && (!stored || bb_list_item_editor_is_changed (BB_LIST_ITEM_EDITOR (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.save", self->can_save);
  /* A row never saved has nothing to duplicate yet, and Delete just drops it. */
  gtk_widget_set_visible (self->duplicate_button, stored);
  gtk_button_set_label (GTK_BUTTON (self->delete_button), stored ? _("Delete") : _("Discard"));
  update_title (self);
}

static void
clear_in_use (BbListItemEditorRow *self)
{
  bb_offer_editor_error_row_set_message (self->in_use_error, NULL);
  gtk_widget_set_visible (self->show_offers_row, FALSE);
}

static void
on_field_changed (BbListItemEditorRow *self)
{
  if (self->filling)
    return;

  clear_in_use (self);
  update (self);
}

static void
on_name_changed (BbListItemEditorRow *self)
{
  if (self->filling)
    return;

  self->name_edited = TRUE;
  clear_in_use (self);
  update (self);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BbListItemEditorRow *self = BB_LIST_ITEM_EDITOR_ROW (widget);

  if (bb_list_item_editor_save (BB_LIST_ITEM_EDITOR (self)))
    update (self);
}

/* Return in any field saves the row, as the Save button would. */
static void
on_field_activated (BbListItemEditorRow *self)
{
  if (self->can_save)
    save_activated (GTK_WIDGET (self), NULL, NULL);
}

static void
duplicate_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  bb_list_item_editor_duplicate (BB_LIST_ITEM_EDITOR (widget));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  bb_list_item_editor_delete (BB_LIST_ITEM_EDITOR (widget));
}

static void
show_offers_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  bb_list_item_editor_show_offers (BB_LIST_ITEM_EDITOR (widget));
}

/* A button that has just become insensitive would take the focus with it. */
static void
keep_focus (BbListItemEditorRow *self,
            GtkWidget           *clicked,
            GtkWidget           *other)
{
  if (gtk_widget_get_sensitive (clicked))
    return;

  if (gtk_widget_get_sensitive (other))
    gtk_widget_grab_focus (other);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
move_up_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BbListItemEditorRow *self = BB_LIST_ITEM_EDITOR_ROW (widget);

  bb_list_item_editor_move (BB_LIST_ITEM_EDITOR (self), -1);
  keep_focus (self, self->up_button, self->down_button);
}

static void
move_down_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BbListItemEditorRow *self = BB_LIST_ITEM_EDITOR_ROW (widget);

  bb_list_item_editor_move (BB_LIST_ITEM_EDITOR (self), 1);
  keep_focus (self, self->down_button, self->up_button);
}

static GObject *
bb_list_item_editor_row_get_item (BbListItemEditor *editor)
{
  return BB_LIST_ITEM_EDITOR_ROW (editor)->item;
}

static void
bb_list_item_editor_row_set_item (BbListItemEditor *editor,
                                  GObject          *item)
{
  BbListItemEditorRow *self = BB_LIST_ITEM_EDITOR_ROW (editor);
  gboolean changed = bb_list_item_editor_is_changed (editor);

  g_set_object (&self->item, item);
  if (!changed)
    fill (self);

  update (self);
}

static GObject *
bb_list_item_editor_row_dup_edited (BbListItemEditor *editor)
{
  BbListItemEditorRow *self = BB_LIST_ITEM_EDITOR_ROW (editor);
  GObject *item = bb_list_item_copy (self->item);
  const char *name = get_text (self->name_row);

  if (BB_IS_PROVIDER (item))
    {
      BbProvider *provider = BB_PROVIDER (item);

      bb_provider_set_name (provider, name);
      bb_provider_set_sector (provider, adw_combo_row_get_selected (self->sector_row));
      bb_provider_set_department (provider, get_text (self->department_row));
      bb_provider_set_website (provider, get_text (self->website_row));
      bb_provider_set_email (provider, get_text (self->email_row));
      bb_provider_set_legal_status (provider, get_text (self->legal_status_row));
      bb_provider_set_tax_id (provider, get_text (self->tax_id_row));
      g_autoptr(GPtrArray) phones = bb_phones_editor_dup_phones (self->phones_editor);

      /* Unsavable phones are not saved; update () keeps Save off meanwhile. */
      if (phones != NULL)
        bb_provider_set_phones (provider, phones);
    }
  else if (BB_IS_TARGET_GROUP (item))
    {
      bb_target_group_set_name (BB_TARGET_GROUP (item), name);
    }
  else
    {
      BbStep *step = BB_STEP (item);

      bb_step_set_level (step, gtk_spin_button_get_value_as_int (self->level_button));
      bb_step_set_name (step, name);
      bb_step_set_description (step, get_text (self->description_row));
    }

  return item;
}

static void
bb_list_item_editor_row_present (BbListItemEditor *editor)
{
  BbListItemEditorRow *self = BB_LIST_ITEM_EDITOR_ROW (editor);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  bb_offer_editor_scroll_into_view (GTK_WIDGET (self), GTK_WIDGET (self->name_row));
}

static int
bb_list_item_editor_row_get_order (BbListItemEditor *editor)
{
  return BB_LIST_ITEM_EDITOR_ROW (editor)->order;
}

static void
bb_list_item_editor_row_set_order (BbListItemEditor *editor,
                                   int               order)
{
  BB_LIST_ITEM_EDITOR_ROW (editor)->order = order;
}

static void
bb_list_item_editor_row_editor_init (BbListItemEditorInterface *iface)
{
  iface->get_item = bb_list_item_editor_row_get_item;
  iface->set_item = bb_list_item_editor_row_set_item;
  iface->dup_edited = bb_list_item_editor_row_dup_edited;
  iface->present = bb_list_item_editor_row_present;
  iface->get_order = bb_list_item_editor_row_get_order;
  iface->set_order = bb_list_item_editor_row_set_order;
}

static void
bb_list_item_editor_row_constructed (GObject *object)
{
  BbListItemEditorRow *self = BB_LIST_ITEM_EDITOR_ROW (object);
  gboolean provider = BB_IS_PROVIDER (self->item);
  gboolean step = BB_IS_STEP (self->item);
  gboolean target_group = BB_IS_TARGET_GROUP (self->item);
  GtkWidget *provider_rows[] = {
    GTK_WIDGET (self->sector_row),
    GTK_WIDGET (self->department_row),
    GTK_WIDGET (self->website_row),
    GTK_WIDGET (self->email_row),
    GTK_WIDGET (self->legal_status_row),
    GTK_WIDGET (self->tax_id_row),
    self->phones_row,
  };

  G_OBJECT_CLASS (bb_list_item_editor_row_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (provider_rows); i++)
    gtk_widget_set_visible (provider_rows[i], provider);
  bb_phones_editor_set_description (self->phones_editor,
                                    _("The provider’s numbers, the first one shown on leaflets and letters."));
  gtk_widget_set_visible (self->level_row, step);
  gtk_widget_set_visible (GTK_WIDGET (self->description_row), step);
  gtk_widget_set_visible (self->order_row, target_group);

  fill (self);
  update (self);
}

static void
bb_list_item_editor_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_LIST_ITEM_EDITOR_ROW);

  G_OBJECT_CLASS (bb_list_item_editor_row_parent_class)->dispose (object);
}

static void
bb_list_item_editor_row_finalize (GObject *object)
{
  BbListItemEditorRow *self = BB_LIST_ITEM_EDITOR_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (bb_list_item_editor_row_parent_class)->finalize (object);
}

static void
bb_list_item_editor_row_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  BbListItemEditorRow *self = BB_LIST_ITEM_EDITOR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_list_item_editor_row_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  BbListItemEditorRow *self = BB_LIST_ITEM_EDITOR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_list_item_editor_row_class_init (BbListItemEditorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bb_list_item_editor_row_constructed;
  object_class->dispose = bb_list_item_editor_row_dispose;
  object_class->finalize = bb_list_item_editor_row_finalize;
  object_class->get_property = bb_list_item_editor_row_get_property;
  object_class->set_property = bb_list_item_editor_row_set_property;

  /* The provider, target group or step as first stored; its kind is the row's for good. */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BB_TYPE_OFFER_EDITOR_ERROR_ROW);
  g_type_ensure (BB_TYPE_PHONES_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-list-item-editor-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, name_error);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, duplicate_button);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, in_use_error);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, show_offers_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, actions_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, sector_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, department_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, website_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, email_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, email_error);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, legal_status_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, tax_id_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, identifiers_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, phones_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, phones_editor);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, order_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, level_row);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, level_button);
  gtk_widget_class_bind_template_child (widget_class, BbListItemEditorRow, description_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_field_activated);

  gtk_widget_class_install_action (widget_class, "row.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "row.duplicate", NULL, duplicate_activated);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "row.show-offers", NULL, show_offers_activated);
  gtk_widget_class_install_action (widget_class, "row.move-up", NULL, move_up_activated);
  gtk_widget_class_install_action (widget_class, "row.move-down", NULL, move_down_activated);
}

static void
bb_list_item_editor_row_init (BbListItemEditorRow *self)
{
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);

  /* Until constructed () has put the item in. */
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* In enum order, so the selected position is the value. */
  for (BbSector sector = 0; sector < BB_SECTOR_COUNT; sector++)
    gtk_string_list_append (sectors, bb_sector_get_label (sector));
  adw_combo_row_set_model (self->sector_row, G_LIST_MODEL (sectors));

  /* GtkSpinButton has no ::activate of its own before GTK 4.14; its text does. */
  g_signal_connect_swapped (gtk_editable_get_delegate (GTK_EDITABLE (self->level_button)), "activate",
                            G_CALLBACK (on_field_activated), self);
}

BbListItemEditorRow *
bb_list_item_editor_row_new (GObject *item)
{
  g_return_val_if_fail (BB_IS_PROVIDER (item) || BB_IS_TARGET_GROUP (item) || BB_IS_STEP (item), NULL);

  return g_object_new (BB_TYPE_LIST_ITEM_EDITOR_ROW,
                       "item", item,
                       NULL);
}

void
bb_list_item_editor_row_set_movable (BbListItemEditorRow *self,
                                     gboolean             up,
                                     gboolean             down)
{
  g_return_if_fail (BB_IS_LIST_ITEM_EDITOR_ROW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-up", up);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-down", down);
}

void
bb_list_item_editor_row_show_in_use (BbListItemEditorRow *self,
                                     const char          *message,
                                     gboolean             can_show_offers)
{
  g_return_if_fail (BB_IS_LIST_ITEM_EDITOR_ROW (self));
  g_return_if_fail (message != NULL);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  bb_offer_editor_error_row_set_message (self->in_use_error, message);
  gtk_widget_set_visible (self->show_offers_row, can_show_offers);
  bb_offer_editor_scroll_into_view (GTK_WIDGET (self->delete_button),
                                    can_show_offers ? self->show_offers_row : GTK_WIDGET (self->in_use_error));
}
