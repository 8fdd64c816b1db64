/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-catalogue-lists-window.h"
#include "bb-validate.h"

/* One row of a list: the item as the store holds it and the fields that edit it.
 * The item's type says which of the fields below the row has. */
typedef struct
{
  BbCatalogueListsWindow *window;
  GtkWidget              *row;
  GObject                *item;         /* its id is 0 until it is first saved */
  int                     order;        /* place in the store's order */
  guint                   serial;       /* keeps unsaved rows in the order they were added */
  gboolean                filling;      /* the fields are being set from the item */
  gboolean                name_edited;

  AdwEntryRow            *name_row;
  GtkWidget              *name_error;
  GtkWidget              *save_button;
  GtkWidget              *duplicate_button;
  GtkWidget              *delete_button;

  /* Providers */
  AdwComboRow            *sector_row;
  AdwEntryRow            *department_row;
  AdwEntryRow            *website_row;
  AdwEntryRow            *email_row;
  GtkWidget              *email_error;
  AdwEntryRow            *phone_row;
  GtkWidget              *phone_error;

  /* Target groups */
  GtkWidget              *up_button;
  GtkWidget              *down_button;
  GSimpleAction          *duplicate_action;

  /* Steps */
  GtkSpinButton          *level_button;
  AdwEntryRow            *description_row;
} Editor;

struct _BbCatalogueListsWindow
{
  AdwPreferencesWindow  parent_instance;

  BbStore              *store;
  /* Copies (id 0) of deleted items by uuid, for the Undo of their toasts. */
  GHashTable           *deleted;
  guint                 next_serial;
  /* Our own writes reload the lists once they are done, not half-way. */
  guint                 writing;
  gboolean              reload_pending;
  gboolean              discard_confirmed;

  AdwPreferencesGroup  *providers_group;
  GtkListBox           *providers_list;
  AdwPreferencesGroup  *target_groups_group;
  GtkListBox           *target_groups_list;
  AdwPreferencesGroup  *steps_group;
  GtkListBox           *steps_list;
};

G_DEFINE_FINAL_TYPE (BbCatalogueListsWindow, bb_catalogue_lists_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload_lists (BbCatalogueListsWindow *self);

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static gint64
item_get_id (GObject *item)
{
  gint64 id;

  g_object_get (item, "id", &id, NULL);
  return id;
}

static GObject *
item_copy (GObject *item)
{
  if (BB_IS_PROVIDER (item))
    return G_OBJECT (bb_provider_copy (BB_PROVIDER (item)));
  if (BB_IS_TARGET_GROUP (item))
    return G_OBJECT (bb_target_group_copy (BB_TARGET_GROUP (item)));

  return G_OBJECT (bb_step_copy (BB_STEP (item)));
}

static gboolean
item_save (BbStore  *store,
           GObject  *item,
           GError  **error)
{
  if (BB_IS_PROVIDER (item))
    return bb_store_save_provider (store, BB_PROVIDER (item), error);
  if (BB_IS_TARGET_GROUP (item))
    return bb_store_save_target_group (store, BB_TARGET_GROUP (item), error);

  return bb_store_save_step (store, BB_STEP (item), error);
}

static gboolean
item_delete (BbStore  *store,
             GObject  *item,
             GError  **error)
{
  gint64 id = item_get_id (item);

  if (BB_IS_PROVIDER (item))
    return bb_store_delete_provider (store, id, error);
  if (BB_IS_TARGET_GROUP (item))
    return bb_store_delete_target_group (store, id, error);

  return bb_store_delete_step (store, id, error);
}

/* Every property alike, so an edited copy can be compared with what is stored. */
static gboolean
items_equal (GObject *a,
             GObject *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value_a = G_VALUE_INIT;
      g_auto(GValue) value_b = G_VALUE_INIT;

      g_value_init (&value_a, pspecs[i]->value_type);
      g_value_init (&value_b, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &value_a);
      g_object_get_property (b, pspecs[i]->name, &value_b);
      if (g_param_values_cmp (pspecs[i], &value_a, &value_b) != 0)
        return FALSE;
    }

  return TRUE;
}

static Editor *
editor_from_row (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "bb-editor");
}

static void
editor_free (Editor *editor)
{
  g_clear_object (&editor->item);
  g_free (editor);
}

static Editor *
editor_new (BbCatalogueListsWindow *self,
            GtkWidget              *row,
            GObject                *item)
{
  Editor *editor = g_new0 (Editor, 1);

  editor->window = self;
  editor->row = row;
  editor->item = g_object_ref (item);
  editor->serial = self->next_serial++;
  g_object_set_data_full (G_OBJECT (row), "bb-editor", editor, (GDestroyNotify) editor_free);

  return editor;
}

static Editor *
find_editor (GtkListBox *list,
             gint64      id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Editor *editor = editor_from_row (child);

      if (editor != NULL && item_get_id (editor->item) == id)
        return editor;
    }

  return NULL;
}

static int
compare_rows (GtkListBoxRow *row_a,
              GtkListBoxRow *row_b,
              gpointer       user_data)
{
  Editor *a = editor_from_row (GTK_WIDGET (row_a));
  Editor *b = editor_from_row (GTK_WIDGET (row_b));

  if (a->order != b->order)
    return a->order < b->order ? -1 : 1;

  return a->serial < b->serial ? -1 : a->serial > b->serial;
}

static void
add_toast (BbCatalogueListsWindow *self,
           AdwToast               *toast)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

/* The store's messages are plain text; toast titles are markup. */
static void
show_message (BbCatalogueListsWindow *self,
              const char             *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  add_toast (self, adw_toast_new (escaped));
}

static void
begin_write (BbCatalogueListsWindow *self)
{
  self->writing++;
}

static void
end_write (BbCatalogueListsWindow *self)
{
  g_assert (self->writing > 0);

  if (--self->writing == 0 && self->reload_pending)
    {
      self->reload_pending = FALSE;
      reload_lists (self);
    }
}

/* Saves @item and, when that works, makes it what @editor (if any) shows as stored
 * before the lists reload, so the row is found again by its new id. Errors are shown;
 * the row keeps its edits. */
static gboolean
save_item (BbCatalogueListsWindow *self,
           GObject                *item,
           Editor                 *editor)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  begin_write (self);
  saved = item_save (self->store, item, &error);
  if (saved && editor != NULL)
    g_set_object (&editor->item, item);
  end_write (self);

  if (!saved)
    show_message (self, error->message);

  return saved;
}

static void
show_field_error (AdwEntryRow *field,
                  GtkWidget   *error_row,
                  gboolean     show)
{
  if (show)
    gtk_widget_add_css_class (GTK_WIDGET (field), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (field), "error");

  gtk_widget_set_visible (error_row, show);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               show ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* The item with the edits of the row, ready to save. */
static GObject *
editor_dup_edited (Editor *editor)
{
  GObject *item = item_copy (editor->item);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (editor->name_row));

  if (BB_IS_PROVIDER (item))
    {
      BbProvider *provider = BB_PROVIDER (item);

      bb_provider_set_name (provider, name);
      bb_provider_set_sector (provider, adw_combo_row_get_selected (editor->sector_row));
      bb_provider_set_department (provider, gtk_editable_get_text (GTK_EDITABLE (editor->department_row)));
      bb_provider_set_website (provider, gtk_editable_get_text (GTK_EDITABLE (editor->website_row)));
      bb_provider_set_email (provider, gtk_editable_get_text (GTK_EDITABLE (editor->email_row)));
      bb_provider_set_phone (provider, gtk_editable_get_text (GTK_EDITABLE (editor->phone_row)));
    }
  else if (BB_IS_TARGET_GROUP (item))
    {
      bb_target_group_set_name (BB_TARGET_GROUP (item), name);
    }
  else
    {
      BbStep *step = BB_STEP (item);

      bb_step_set_level (step, gtk_spin_button_get_value_as_int (editor->level_button));
      bb_step_set_name (step, name);
      bb_step_set_description (step, gtk_editable_get_text (GTK_EDITABLE (editor->description_row)));
    }

  return item;
}

static gboolean
editor_is_changed (Editor *editor)
{
  g_autoptr(GObject) edited = editor_dup_edited (editor);

  return !items_equal (edited, editor->item);
}

/* Sets the fields from the stored item. */
static void
editor_fill (Editor *editor)
{
  editor->filling = TRUE;

  if (BB_IS_PROVIDER (editor->item))
    {
      BbProvider *provider = BB_PROVIDER (editor->item);

      gtk_editable_set_text (GTK_EDITABLE (editor->name_row), bb_provider_get_name (provider));
      adw_combo_row_set_selected (editor->sector_row, bb_provider_get_sector (provider));
      gtk_editable_set_text (GTK_EDITABLE (editor->department_row), bb_provider_get_department (provider));
      gtk_editable_set_text (GTK_EDITABLE (editor->website_row), bb_provider_get_website (provider));
      gtk_editable_set_text (GTK_EDITABLE (editor->email_row), bb_provider_get_email (provider));
      gtk_editable_set_text (GTK_EDITABLE (editor->phone_row), bb_provider_get_phone (provider));
    }
  else if (BB_IS_TARGET_GROUP (editor->item))
    {
      gtk_editable_set_text (GTK_EDITABLE (editor->name_row),
                             bb_target_group_get_name (BB_TARGET_GROUP (editor->item)));
    }
  else
    {
      BbStep *step = BB_STEP (editor->item);

      gtk_spin_button_set_value (editor->level_button, bb_step_get_level (step));
      gtk_editable_set_text (GTK_EDITABLE (editor->name_row), bb_step_get_name (step));
      gtk_editable_set_text (GTK_EDITABLE (editor->description_row), bb_step_get_description (step));
    }

  editor->filling = FALSE;
}

/* The expander's title and subtitle say what is stored, not what is being typed. */
static void
editor_update_title (Editor *editor)
{
  AdwPreferencesRow *row = ADW_PREFERENCES_ROW (editor->row);
  gboolean stored = item_get_id (editor->item) != 0;

  if (BB_IS_PROVIDER (editor->item))
    {
      BbProvider *provider = BB_PROVIDER (editor->item);
      const char *sector = bb_sector_get_label (bb_provider_get_sector (provider));
      const char *department = bb_provider_get_department (provider);
      g_autofree char *subtitle = NULL;

      if (!stored)
        subtitle = g_strdup ("");
      else if (department[0] == '\0')
        subtitle = g_strdup (sector);
      else
        /* Translators: a provider's sector and department, e.g. "Municipality · Youth Guidance" */
        subtitle = g_strdup_printf (_("%s · %s"), sector, department);

      adw_preferences_row_set_title (row, stored ? bb_provider_get_name (provider) : _("New Provider"));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
    }
  else if (BB_IS_STEP (editor->item))
    {
      BbStep *step = BB_STEP (editor->item);
      g_autofree char *title = stored ? bb_step_dup_display_name (step) : g_strdup (_("New Step"));

      adw_preferences_row_set_title (row, title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), stored ? bb_step_get_description (step) : "");
    }
}

/* Checks the fields as they are typed and says what is wrong right under the field. */
static void
editor_update (Editor *editor)
{
  gboolean stored = item_get_id (editor->item) != 0;
  gboolean valid;

  if (BB_IS_TARGET_GROUP (editor->item))
    {
      g_simple_action_set_enabled (editor->duplicate_action, stored);
      return;
    }

  valid = !is_blank (gtk_editable_get_text (GTK_EDITABLE (editor->name_row)));
  /* A new row is not wrong before anything has been typed into it. */
  show_field_error (editor->name_row, editor->name_error, !valid && (stored || editor->name_edited));

  if (BB_IS_PROVIDER (editor->item))
    {
      gboolean email_valid = bb_validate_email (gtk_editable_get_text (GTK_EDITABLE (editor->email_row)));
      gboolean phone_valid = bb_validate_phone (gtk_editable_get_text (GTK_EDITABLE (editor->phone_row)));

      show_field_error (editor->email_row, editor->email_error, !email_valid);
      show_field_error (editor->phone_row, editor->phone_error, !phone_valid);
      valid = valid && email_valid && phone_valid;
    }

  gtk_widget_set_sensitive (editor->save_button, valid && (!stored || editor_is_changed (editor)));
  /* A row never saved has nothing to duplicate yet, and Delete just drops it. */
  gtk_widget_set_visible (editor->duplicate_button, stored);
  gtk_button_set_label (GTK_BUTTON (editor->delete_button), stored ? _("_Delete") : _("_Discard"));
  editor_update_title (editor);
}

/* What another write stored replaces the row's item; fields the user has not
 * touched follow it, edits in progress stay. */
static void
editor_set_item (Editor  *editor,
                 GObject *item)
{
  gboolean changed = editor_is_changed (editor);

  g_set_object (&editor->item, item);
  if (!changed)
    editor_fill (editor);

  editor_update (editor);
}

static GtkListBox *
editor_get_list (Editor *editor)
{
  return GTK_LIST_BOX (gtk_widget_get_parent (editor->row));
}

static void
update_groups (BbCatalogueListsWindow *self)
{
  const struct {
    AdwPreferencesGroup *group;
    GtkListBox          *list;
    const char          *description;
    const char          *empty;
  } groups[] = {
    { self->providers_group, self->providers_list,
      _("The organisations that run offers, in every sector."),
      _("No providers yet. Providers are added here or when you save an offer.") },
    { self->target_groups_group, self->target_groups_list,
      _("The citizens offers are for, in the order filters and the coverage matrix show them."),
      _("No target groups yet. Add the groups your offers are for, such as young people with anxiety.") },
    { self->steps_group, self->steps_list,
      _("The steps of intensity, ordered by level: 0 is universal and preventive, higher levels are more specialised."),
      _("No steps yet. Steps order offers by intensity, from universal and preventive (level 0) to specialised treatment.") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      gboolean empty = gtk_widget_get_first_child (GTK_WIDGET (groups[i].list)) == NULL;

      gtk_widget_set_visible (GTK_WIDGET (groups[i].list), !empty);
      adw_preferences_group_set_description (groups[i].group,
                                             empty ? groups[i].empty : groups[i].description);
    }
}

/* Only stored target groups move; the first cannot go up nor the last down. */
static void
update_moves (BbCatalogueListsWindow *self)
{
  GtkListBoxRow *row;
  int n_stored = 0;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->target_groups_list, i)) != NULL; i++)
    if (item_get_id (editor_from_row (GTK_WIDGET (row))->item) != 0)
      n_stored++;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->target_groups_list, i)) != NULL; i++)
    {
      Editor *editor = editor_from_row (GTK_WIDGET (row));
      gboolean stored = item_get_id (editor->item) != 0;

      gtk_widget_set_sensitive (editor->up_button, stored && i > 0);
      gtk_widget_set_sensitive (editor->down_button, stored && i < n_stored - 1);
    }
}

static void
on_field_changed (Editor *editor)
{
  if (!editor->filling)
    editor_update (editor);
}

static void
on_name_changed (Editor *editor)
{
  if (editor->filling)
    return;

  editor->name_edited = TRUE;
  gtk_widget_remove_css_class (editor->row, "error");
  editor_update (editor);
}

static void
on_save_clicked (Editor *editor)
{
  g_autoptr(GObject) item = editor_dup_edited (editor);

  if (save_item (editor->window, item, editor))
    editor_update (editor);
}

/* Return in any field saves the row, as the Save button would. */
static void
on_field_activated (Editor *editor)
{
  if (gtk_widget_get_sensitive (editor->save_button))
    on_save_clicked (editor);
}

/* A target group saves its name when the row's apply button (or Return) says so. */
static void
on_target_group_apply (Editor *editor)
{
  g_autoptr(GObject) item = editor_dup_edited (editor);

  if (save_item (editor->window, item, editor))
    editor_update (editor);
  else
    gtk_widget_add_css_class (editor->row, "error");
}

static void
on_duplicate_clicked (Editor *editor)
{
  BbCatalogueListsWindow *self = editor->window;
  GtkListBox *list = editor_get_list (editor);
  g_autoptr(GObject) copy = item_copy (editor->item);
  g_autofree char *name = NULL;
  g_autofree char *copy_name = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  Editor *duplicate;

  g_object_get (copy, "name", &name, NULL);
  /* Translators: the name of a duplicated provider, target group or step */
  copy_name = g_strdup_printf (_("%s (copy)"), name);
  g_object_set (copy, "id", (gint64) 0, "uuid", uuid, "name", copy_name, NULL);

  if (!save_item (self, copy, NULL))
    return;

  /* The copy is there to be changed; put it in front of the user. */
  duplicate = find_editor (list, item_get_id (copy));
  if (duplicate == NULL)
    return;

  if (ADW_IS_EXPANDER_ROW (duplicate->row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (duplicate->row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (duplicate->name_row));
}

static void
show_undo_toast (BbCatalogueListsWindow *self,
                 GObject                *item)
{
  g_autoptr(GObject) copy = item_copy (item);
  g_autofree char *name = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_object_set (copy, "id", (gint64) 0, NULL);
  g_object_get (copy, "name", &name, "uuid", &uuid, NULL);

  escaped = g_markup_escape_text (name, -1);
  title = g_strdup_printf (_("“%s” deleted"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "lists.undo-delete");
  adw_toast_set_action_target (toast, "s", uuid);

  g_hash_table_replace (self->deleted, g_steal_pointer (&uuid), g_steal_pointer (&copy));
  add_toast (self, toast);
}

static void
on_delete_clicked (Editor *editor)
{
  BbCatalogueListsWindow *self = editor->window;
  g_autoptr(GObject) item = NULL;
  g_autoptr(GError) error = NULL;
  gboolean deleted;

  /* Never saved, so there is nothing in the store to delete or to undo. */
  if (item_get_id (editor->item) == 0)
    {
      gtk_list_box_remove (editor_get_list (editor), editor->row);
      update_groups (self);
      update_moves (self);
      return;
    }

  /* The reload after the delete frees the editor. */
  item = g_object_ref (editor->item);

  begin_write (self);
  deleted = item_delete (self->store, item, &error);
  end_write (self);

  if (deleted)
    show_undo_toast (self, item);
  else
    show_message (self, error->message);
}

/* Renumbers the stored target groups with one of them moved by @offset. */
static void
move_target_group (Editor *editor,
                   int     offset)
{
  BbCatalogueListsWindow *self = editor->window;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  GtkListBoxRow *row;
  int from = -1;
  int to;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->target_groups_list, i)) != NULL; i++)
    {
      Editor *other = editor_from_row (GTK_WIDGET (row));

      if (item_get_id (other->item) == 0)
        continue;
      if (other == editor)
        from = items->len;
      g_ptr_array_add (items, other->item);
    }

  to = from + offset;
  if (from < 0 || to < 0 || to >= (int) items->len)
    return;

  items->pdata[from] = items->pdata[to];
  items->pdata[to] = editor->item;

  begin_write (self);
  for (guint i = 0; i < items->len; i++)
    {
      BbTargetGroup *group = g_ptr_array_index (items, i);
      g_autoptr(BbTargetGroup) moved = NULL;
      g_autoptr(GError) error = NULL;

      if (bb_target_group_get_position (group) == (int) i)
        continue;

      moved = bb_target_group_copy (group);
      bb_target_group_set_position (moved, i);
      if (!bb_store_save_target_group (self->store, moved, &error))
        {
          show_message (self, error->message);
          break;
        }
    }
  end_write (self);
}

/* A button that has just become insensitive would take the focus with it. */
static void
keep_focus (Editor    *editor,
            GtkWidget *clicked,
            GtkWidget *other)
{
  if (gtk_widget_get_sensitive (clicked))
    return;

  if (gtk_widget_get_sensitive (other))
    gtk_widget_grab_focus (other);
  else
    gtk_widget_grab_focus (GTK_WIDGET (editor->name_row));
}

static void
on_up_clicked (Editor *editor)
{
  move_target_group (editor, -1);
  keep_focus (editor, editor->up_button, editor->down_button);
}

static void
on_down_clicked (Editor *editor)
{
  move_target_group (editor, 1);
  keep_focus (editor, editor->down_button, editor->up_button);
}

static GtkWidget *
add_error_row (AdwExpanderRow *expander,
               AdwEntryRow    *field,
               const char     *message)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (message);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_visible (row, FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, label, NULL,
                                  -1);
  adw_expander_row_add_row (expander, row);

  return row;
}

static AdwEntryRow *
add_entry_row (Editor          *editor,
               const char      *title,
               GtkInputPurpose  purpose,
               GCallback        changed)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), purpose);
  g_signal_connect_swapped (row, "changed", changed, editor);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (on_field_activated), editor);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (editor->row), row);

  return ADW_ENTRY_ROW (row);
}

static void
add_name_row (Editor *editor)
{
  editor->name_row = add_entry_row (editor, _("Name"), GTK_INPUT_PURPOSE_FREE_FORM,
                                    G_CALLBACK (on_name_changed));
  editor->name_error = add_error_row (ADW_EXPANDER_ROW (editor->row), editor->name_row,
                                      _("Enter a name."));
}

/* Delete on the left, away from Save. */
static void
add_button_row (Editor *editor)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  editor->delete_button = gtk_button_new_with_mnemonic (_("_Delete"));
  gtk_widget_add_css_class (editor->delete_button, "destructive-action");
  g_signal_connect_swapped (editor->delete_button, "clicked", G_CALLBACK (on_delete_clicked), editor);

  editor->duplicate_button = gtk_button_new_with_mnemonic (_("D_uplicate"));
  gtk_widget_set_hexpand (editor->duplicate_button, TRUE);
  gtk_widget_set_halign (editor->duplicate_button, GTK_ALIGN_END);
  g_signal_connect_swapped (editor->duplicate_button, "clicked", G_CALLBACK (on_duplicate_clicked), editor);

  editor->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (editor->save_button, "suggested-action");
  g_signal_connect_swapped (editor->save_button, "clicked", G_CALLBACK (on_save_clicked), editor);

  gtk_box_append (GTK_BOX (box), editor->delete_button);
  gtk_box_append (GTK_BOX (box), editor->duplicate_button);
  gtk_box_append (GTK_BOX (box), editor->save_button);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (editor->row), row);
}

static Editor *
provider_editor_new (BbCatalogueListsWindow *self,
                     GObject                *item)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);
  Editor *editor = editor_new (self, row, item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  add_name_row (editor);

  for (BbSector sector = 0; sector < BB_SECTOR_COUNT; sector++)
    gtk_string_list_append (sectors, bb_sector_get_label (sector));
  editor->sector_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->sector_row), _("Sector"));
  adw_combo_row_set_model (editor->sector_row, G_LIST_MODEL (sectors));
  g_signal_connect_swapped (editor->sector_row, "notify::selected", G_CALLBACK (on_field_changed), editor);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (editor->sector_row));

  editor->department_row = add_entry_row (editor, _("Department"), GTK_INPUT_PURPOSE_FREE_FORM,
                                          G_CALLBACK (on_field_changed));
  editor->website_row = add_entry_row (editor, _("Website"), GTK_INPUT_PURPOSE_URL,
                                       G_CALLBACK (on_field_changed));
  editor->email_row = add_entry_row (editor, _("E-mail"), GTK_INPUT_PURPOSE_EMAIL,
                                     G_CALLBACK (on_field_changed));
  editor->email_error = add_error_row (ADW_EXPANDER_ROW (row), editor->email_row,
                                       _("Enter an e-mail address such as name@example.dk."));
  editor->phone_row = add_entry_row (editor, _("Phone"), GTK_INPUT_PURPOSE_PHONE,
                                     G_CALLBACK (on_field_changed));
  editor->phone_error = add_error_row (ADW_EXPANDER_ROW (row), editor->phone_row,
                                       _("Enter a phone number with at least 8 digits."));
  add_button_row (editor);

  editor_fill (editor);
  editor_update (editor);

  return editor;
}

static GtkWidget *
add_move_button (Editor     *editor,
                 const char *icon_name,
                 const char *tooltip,
                 GCallback   clicked)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", clicked, editor);
  adw_entry_row_add_suffix (editor->name_row, button);

  return button;
}

static void
duplicate_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  on_duplicate_clicked (user_data);
}

static void
delete_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  on_delete_clicked (user_data);
}

/* A target group is one line; Duplicate and Delete wait in a menu so the name keeps
 * room on narrow screens. */
static Editor *
target_group_editor_new (BbCatalogueListsWindow *self,
                         GObject                *item)
{
  const GActionEntry entries[] = {
    { "duplicate", duplicate_activated },
    { "delete", delete_activated },
  };
  GtkWidget *row = adw_entry_row_new ();
  Editor *editor = editor_new (self, row, item);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *menu_button;

  editor->name_row = ADW_ENTRY_ROW (row);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  adw_entry_row_set_show_apply_button (editor->name_row, TRUE);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_name_changed), editor);
  g_signal_connect_swapped (row, "apply", G_CALLBACK (on_target_group_apply), editor);

  editor->up_button = add_move_button (editor, "go-up-symbolic", _("Move Up"), G_CALLBACK (on_up_clicked));
  editor->down_button = add_move_button (editor, "go-down-symbolic", _("Move Down"), G_CALLBACK (on_down_clicked));

  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), editor);
  editor->duplicate_action = G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions), "duplicate"));
  gtk_widget_insert_action_group (row, "row", G_ACTION_GROUP (actions));

  g_menu_append (menu, _("D_uplicate"), "row.duplicate");
  g_menu_append (menu, _("_Delete"), "row.delete");
  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (menu_button, _("More Options"));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  adw_entry_row_add_suffix (editor->name_row, menu_button);

  editor_fill (editor);
  editor_update (editor);

  return editor;
}

static Editor *
step_editor_new (BbCatalogueListsWindow *self,
                 GObject                *item)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *level_row = adw_action_row_new ();
  Editor *editor = editor_new (self, row, item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  editor->level_button = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 99, 1));
  gtk_widget_set_valign (GTK_WIDGET (editor->level_button), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (editor->level_button, "value-changed", G_CALLBACK (on_field_changed), editor);
  /* GtkSpinButton has no ::activate of its own before GTK 4.14; its text does. */
  g_signal_connect_swapped (gtk_editable_get_delegate (GTK_EDITABLE (editor->level_button)), "activate",
                            G_CALLBACK (on_field_activated), editor);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (level_row), _("Level"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (level_row), _("Lower levels come first."));
  adw_action_row_add_suffix (ADW_ACTION_ROW (level_row), GTK_WIDGET (editor->level_button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (level_row), GTK_WIDGET (editor->level_button));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (editor->level_button),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, level_row, NULL,
                                  -1);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), level_row);

  add_name_row (editor);
  editor->description_row = add_entry_row (editor, _("Description"), GTK_INPUT_PURPOSE_FREE_FORM,
                                           G_CALLBACK (on_field_changed));
  add_button_row (editor);

  editor_fill (editor);
  editor_update (editor);

  return editor;
}

typedef Editor *(*EditorNew) (BbCatalogueListsWindow *self,
                              GObject                *item);

/* Matches the rows to @items by id: new items get a row, gone ones lose theirs,
 * and rows being edited keep their edits. */
static void
reload_list (BbCatalogueListsWindow *self,
             GtkListBox             *list,
             GListModel             *items,
             EditorNew               new_editor)
{
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  Editor *editor;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gint64 id;

      editor = editor_from_row (child);
      id = item_get_id (editor->item);
      if (id != 0)
        g_hash_table_insert (stored, g_memdup2 (&id, sizeof id), editor);
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      gint64 id = item_get_id (item);

      editor = g_hash_table_lookup (stored, &id);
      if (editor != NULL)
        {
          g_hash_table_remove (stored, &id);
          editor_set_item (editor, item);
        }
      else
        {
          editor = new_editor (self, item);
          gtk_list_box_append (list, editor->row);
        }

      editor->order = i;
    }

  /* Gone from the store, perhaps deleted in another window. */
  g_hash_table_iter_init (&iter, stored);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &editor))
    gtk_list_box_remove (list, editor->row);

  gtk_list_box_invalidate_sort (list);
}

static void
reload_lists (BbCatalogueListsWindow *self)
{
  const struct {
    GListModel *(*list) (BbStore *store, GError **error);
    GtkListBox *list_box;
    EditorNew   new_editor;
  } lists[] = {
    { bb_store_list_providers, self->providers_list, provider_editor_new },
    { bb_store_list_target_groups, self->target_groups_list, target_group_editor_new },
    { bb_store_list_steps, self->steps_list, step_editor_new },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) items = lists[i].list (self->store, &error);

      if (items == NULL)
        {
          show_message (self, error->message);
          continue;
        }

      reload_list (self, lists[i].list_box, items, lists[i].new_editor);
    }

  update_groups (self);
  update_moves (self);
}

static void
on_store_changed (BbCatalogueListsWindow *self)
{
  if (self->writing > 0)
    self->reload_pending = TRUE;
  else
    reload_lists (self);
}

static void
add_new_row (BbCatalogueListsWindow *self,
             GtkListBox             *list,
             Editor                 *editor,
             int                     order)
{
  editor->order = order;
  gtk_list_box_append (list, editor->row);
  if (ADW_IS_EXPANDER_ROW (editor->row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (editor->row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (editor->name_row));

  update_groups (self);
  update_moves (self);
}

static void
add_provider (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (widget);
  g_autoptr(BbProvider) provider = bb_provider_new ("");

  /* At the top, under the button that made it. */
  add_new_row (self, self->providers_list, provider_editor_new (self, G_OBJECT (provider)), G_MININT);
}

static void
add_target_group (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (widget);
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("");

  /* At the end, where the store puts a new group. */
  add_new_row (self, self->target_groups_list, target_group_editor_new (self, G_OBJECT (group)), G_MAXINT);
}

static void
add_step (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (widget);
  g_autoptr(BbStep) step = NULL;
  int level = 0;

  /* Most likely the next level up. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Editor *editor = editor_from_row (child);

      if (item_get_id (editor->item) != 0)
        level = MAX (level, bb_step_get_level (BB_STEP (editor->item)) + 1);
    }

  step = bb_step_new (level, "");
  add_new_row (self, self->steps_list, step_editor_new (self, G_OBJECT (step)), G_MININT);
}

static void
undo_delete (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (widget);
  g_autofree char *uuid = NULL;
  g_autoptr(GObject) item = NULL;

  if (!g_hash_table_steal_extended (self->deleted, g_variant_get_string (parameter, NULL),
                                    (gpointer *) &uuid, (gpointer *) &item))
    return;

  begin_write (self);
  if (BB_IS_TARGET_GROUP (item))
    {
      /* A new group goes last; put it back where it was. */
      int position = bb_target_group_get_position (BB_TARGET_GROUP (item));

      if (save_item (self, item, NULL))
        {
          bb_target_group_set_position (BB_TARGET_GROUP (item), position);
          save_item (self, item, NULL);
        }
    }
  else
    {
      save_item (self, item, NULL);
    }
  end_write (self);
}

static gboolean
has_unsaved_changes (BbCatalogueListsWindow *self)
{
  GtkListBox *lists[] = { self->providers_list, self->target_groups_list, self->steps_list };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (lists[i]));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (editor_is_changed (editor_from_row (child)))
        return TRUE;

  return FALSE;
}

static void
on_discard_response (BbCatalogueListsWindow *self,
                     const char             *response)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  self->discard_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* Escape closes the window; edits typed but not saved should not go with it unasked. */
static gboolean
bb_catalogue_lists_window_close_request (GtkWindow *window)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (window);
  GtkWidget *dialog;

  if (self->discard_confirmed || !has_unsaved_changes (self))
    return GTK_WINDOW_CLASS (bb_catalogue_lists_window_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window,
                                   _("Discard Unsaved Changes?"),
                                   _("Some rows have changes that have not been saved. Save them with their Save button, or discard them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
bb_catalogue_lists_window_constructed (GObject *object)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (object);

  G_OBJECT_CLASS (bb_catalogue_lists_window_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  reload_lists (self);
}

static void
bb_catalogue_lists_window_dispose (GObject *object)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (object);

  /* The lists are gone after this; the store may live on. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_CATALOGUE_LISTS_WINDOW);

  G_OBJECT_CLASS (bb_catalogue_lists_window_parent_class)->dispose (object);
}

static void
bb_catalogue_lists_window_finalize (GObject *object)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->deleted, g_hash_table_unref);

  G_OBJECT_CLASS (bb_catalogue_lists_window_parent_class)->finalize (object);
}

static void
bb_catalogue_lists_window_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_catalogue_lists_window_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_catalogue_lists_window_class_init (BbCatalogueListsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = bb_catalogue_lists_window_constructed;
  object_class->dispose = bb_catalogue_lists_window_dispose;
  object_class->finalize = bb_catalogue_lists_window_finalize;
  object_class->get_property = bb_catalogue_lists_window_get_property;
  object_class->set_property = bb_catalogue_lists_window_set_property;
  window_class->close_request = bb_catalogue_lists_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         BB_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/bb-catalogue-lists-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCatalogueListsWindow, providers_group);
  gtk_widget_class_bind_template_child (widget_class, BbCatalogueListsWindow, providers_list);
  gtk_widget_class_bind_template_child (widget_class, BbCatalogueListsWindow, target_groups_group);
  gtk_widget_class_bind_template_child (widget_class, BbCatalogueListsWindow, target_groups_list);
  gtk_widget_class_bind_template_child (widget_class, BbCatalogueListsWindow, steps_group);
  gtk_widget_class_bind_template_child (widget_class, BbCatalogueListsWindow, steps_list);

  gtk_widget_class_install_action (widget_class, "lists.add-provider", NULL, add_provider);
  gtk_widget_class_install_action (widget_class, "lists.add-target-group", NULL, add_target_group);
  gtk_widget_class_install_action (widget_class, "lists.add-step", NULL, add_step);
  gtk_widget_class_install_action (widget_class, "lists.undo-delete", "s", undo_delete);
}

static void
bb_catalogue_lists_window_init (BbCatalogueListsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  gtk_list_box_set_sort_func (self->providers_list, compare_rows, NULL, NULL);
  gtk_list_box_set_sort_func (self->target_groups_list, compare_rows, NULL, NULL);
  gtk_list_box_set_sort_func (self->steps_list, compare_rows, NULL, NULL);
}

BbCatalogueListsWindow *
bb_catalogue_lists_window_new (BbStore *store)
{
  g_return_val_if_fail (BB_IS_STORE (store), NULL);

  return g_object_new (BB_TYPE_CATALOGUE_LISTS_WINDOW,
                       "store", store,
                       NULL);
}
