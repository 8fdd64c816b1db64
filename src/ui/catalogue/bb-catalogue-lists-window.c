/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-catalogue-lists-window.h"
#include "bb-list-item-editor-row.h"

/* Rows not saved yet sort before or after the stored ones, in the order they were added. */
#define ORDER_NEW_FIRST G_MININT
#define ORDER_NEW_LAST  (G_MAXINT / 2)

struct _BbCatalogueListsWindow
{
  AdwPreferencesWindow  parent_instance;

  BbContext            *context;
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
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void     reload_lists     (BbCatalogueListsWindow *self);
static gboolean can_show_offers  (BbCatalogueListsWindow *self);

static BbListRepository *
get_lists (BbCatalogueListsWindow *self)
{
  return bb_context_get_lists (self->context);
}

static gboolean
item_save (BbListRepository  *lists,
           GObject           *item,
           GError           **error)
{
  if (BB_IS_PROVIDER (item))
    return bb_list_repository_save_provider (lists, BB_PROVIDER (item), error);
  if (BB_IS_TARGET_GROUP (item))
    return bb_list_repository_save_target_group (lists, BB_TARGET_GROUP (item), error);

  return bb_list_repository_save_step (lists, BB_STEP (item), error);
}

static gboolean
item_delete (BbListRepository  *lists,
             GObject           *item,
             GError           **error)
{
  gint64 id = bb_list_item_get_id (item);

  if (BB_IS_PROVIDER (item))
    return bb_list_repository_delete_provider (lists, id, error);
  if (BB_IS_TARGET_GROUP (item))
    return bb_list_repository_delete_target_group (lists, id, error);

  return bb_list_repository_delete_step (lists, id, error);
}

static BbListItemEditor *
find_row (GtkListBox *list,
          gint64      id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      BbListItemEditor *row = BB_LIST_ITEM_EDITOR (child);

      if (bb_list_item_get_id (bb_list_item_editor_get_item (row)) == id)
        return row;
    }

  return NULL;
}

static int
compare_rows (GtkListBoxRow *row_a,
              GtkListBoxRow *row_b,
              gpointer       user_data)
{
  int a = bb_list_item_editor_get_order (BB_LIST_ITEM_EDITOR (row_a));
  int b = bb_list_item_editor_get_order (BB_LIST_ITEM_EDITOR (row_b));

  return a < b ? -1 : a > b;
}

static void
add_toast (BbCatalogueListsWindow *self,
           AdwToast               *toast)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

/* The repository's messages are plain text; toast titles are markup. */
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

/* Saves @item and, when that works, makes it what @row (if any) shows as stored
 * before the lists reload, so the row is found again by its new id. Errors are shown;
 * the row keeps its edits. */
static gboolean
save_item (BbCatalogueListsWindow *self,
           GObject                *item,
           BbListItemEditor       *row)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  begin_write (self);
  saved = item_save (get_lists (self), item, &error);
  if (saved && row != NULL)
    bb_list_item_editor_set_item (row, item);
  end_write (self);

  if (!saved)
    show_message (self, error->message);

  return saved;
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
    if (bb_list_item_editor_is_stored (BB_LIST_ITEM_EDITOR (row)))
      n_stored++;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->target_groups_list, i)) != NULL; i++)
    {
      gboolean stored = bb_list_item_editor_is_stored (BB_LIST_ITEM_EDITOR (row));

      bb_list_item_editor_row_set_movable (BB_LIST_ITEM_EDITOR_ROW (row),
                                           stored && i > 0,
                                           stored && i < n_stored - 1);
    }
}

static void
remove_row (BbListItemEditor *row)
{
  gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), GTK_WIDGET (row));
}

static gboolean
on_row_save (BbCatalogueListsWindow *self,
             GObject                *edited,
             BbListItemEditor       *row)
{
  return save_item (self, edited, row);
}

static void
on_row_duplicate (BbCatalogueListsWindow *self,
                  BbListItemEditor       *row)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));
  g_autoptr(GObject) copy = bb_list_item_copy (bb_list_item_editor_get_item (row));
  g_autofree char *name = NULL;
  g_autofree char *copy_name = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  BbListItemEditor *duplicate;

  g_object_get (copy, "name", &name, NULL);
  /* Translators: the name of a duplicated provider, target group or step */
  copy_name = g_strdup_printf (_("%s (copy)"), name);
  g_object_set (copy, "id", (gint64) 0, "uuid", uuid, "name", copy_name, NULL);

  if (!save_item (self, copy, NULL))
    return;

  /* The copy is there to be changed; put it in front of the user. */
  duplicate = find_row (list, bb_list_item_get_id (copy));
  if (duplicate != NULL)
    bb_list_item_editor_present (duplicate);
}

static void
show_undo_toast (BbCatalogueListsWindow *self,
                 GObject                *item)
{
  g_autoptr(GObject) copy = bb_list_item_copy (item);
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
on_row_delete (BbCatalogueListsWindow *self,
               BbListItemEditor       *row)
{
  g_autoptr(GObject) item = NULL;
  g_autoptr(GError) error = NULL;
  gboolean deleted;

  /* Never saved, so there is nothing stored to delete or to undo. */
  if (!bb_list_item_editor_is_stored (row))
    {
      remove_row (row);
      update_groups (self);
      update_moves (self);
      return;
    }

  /* The reload after the delete takes the row away. */
  item = g_object_ref (bb_list_item_editor_get_item (row));

  begin_write (self);
  deleted = item_delete (get_lists (self), item, &error);
  end_write (self);

  if (deleted)
    show_undo_toast (self, item);
  else if (g_error_matches (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_IN_USE))
    /* Said in the row, where the user looks, for as long as it takes to read the
     * offers' titles; a toast would be gone before. */
    bb_list_item_editor_row_show_in_use (BB_LIST_ITEM_EDITOR_ROW (row), error->message,
                                         can_show_offers (self));
  else
    show_message (self, error->message);
}

/* The main window shows the offers that use a provider, target group or step through
 * this action; the lists window leads there only when its parent has it. */
#define SHOW_OFFERS_ACTION "win.show-offers-of"

static gboolean
can_show_offers (BbCatalogueListsWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  const GVariantType *parameter_type;
  const char *property_name;
  const char *name;
  GType owner;

  if (parent == NULL)
    return FALSE;

  for (guint i = 0; gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (parent), i, &owner, &name,
                                                   &parameter_type, &property_name); i++)
    if (g_strcmp0 (name, SHOW_OFFERS_ACTION) == 0)
      return TRUE;

  return G_IS_ACTION_MAP (parent) &&
         g_action_map_lookup_action (G_ACTION_MAP (parent), SHOW_OFFERS_ACTION + strlen ("win.")) != NULL;
}

static const char *
item_kind (GObject *item)
{
  if (BB_IS_PROVIDER (item))
    return "provider";
  if (BB_IS_TARGET_GROUP (item))
    return "target-group";

  return "step";
}

/* The offers list is behind this (modal) window: it goes, and the list shows them. */
static void
on_row_show_offers (BbCatalogueListsWindow *self,
                    BbListItemEditor       *row)
{
  GObject *item = bb_list_item_editor_get_item (row);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (parent), SHOW_OFFERS_ACTION, "(sx)",
                              item_kind (item), bb_list_item_get_id (item));
  gtk_window_close (GTK_WINDOW (self));
}

/* Renumbers the stored target groups with one of them moved by @offset. */
static void
on_row_move (BbCatalogueListsWindow *self,
             int                     offset,
             BbListItemEditor       *moving)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  GtkListBoxRow *row;
  int from = -1;
  int to;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->target_groups_list, i)) != NULL; i++)
    {
      BbListItemEditor *other = BB_LIST_ITEM_EDITOR (row);

      if (!bb_list_item_editor_is_stored (other))
        continue;
      if (other == moving)
        from = items->len;
      g_ptr_array_add (items, bb_list_item_editor_get_item (other));
    }

  to = from + offset;
  if (from < 0 || to < 0 || to >= (int) items->len)
    return;

  items->pdata[from] = items->pdata[to];
  items->pdata[to] = bb_list_item_editor_get_item (moving);

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
      if (!bb_list_repository_save_target_group (get_lists (self), moved, &error))
        {
          show_message (self, error->message);
          break;
        }
    }
  end_write (self);
}

static void
add_row (BbCatalogueListsWindow *self,
         GtkListBox             *list,
         BbListItemEditor       *row,
         int                     order)
{
  bb_list_item_editor_set_order (row, order);
  g_signal_connect_object (row, "save", G_CALLBACK (on_row_save), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "duplicate", G_CALLBACK (on_row_duplicate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "delete", G_CALLBACK (on_row_delete), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "move", G_CALLBACK (on_row_move), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "show-offers", G_CALLBACK (on_row_show_offers), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (list, GTK_WIDGET (row));
}

/* Matches the rows to @items by id: new items get a row, gone ones lose theirs,
 * and rows being edited keep their edits. */
static void
reload_list (BbCatalogueListsWindow *self,
             GtkListBox             *list,
             GListModel             *items)
{
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  BbListItemEditor *row;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gint64 id = bb_list_item_get_id (bb_list_item_editor_get_item (BB_LIST_ITEM_EDITOR (child)));

      if (id != 0)
        g_hash_table_insert (stored, g_memdup2 (&id, sizeof id), child);
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      gint64 id = bb_list_item_get_id (item);

      row = g_hash_table_lookup (stored, &id);
      if (row != NULL)
        {
          g_hash_table_remove (stored, &id);
          bb_list_item_editor_set_item (row, item);
          bb_list_item_editor_set_order (row, i);
        }
      else
        add_row (self, list, BB_LIST_ITEM_EDITOR (bb_list_item_editor_row_new (item)), i);
    }

  /* Gone from the database, perhaps deleted in another window. */
  g_hash_table_iter_init (&iter, stored);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    remove_row (row);

  gtk_list_box_invalidate_sort (list);
}

static void
reload_lists (BbCatalogueListsWindow *self)
{
  const struct {
    GListModel *(*list) (BbListRepository *lists, GError **error);
    GtkListBox *list_box;
  } lists[] = {
    { bb_list_repository_list_providers, self->providers_list },
    { bb_list_repository_list_target_groups, self->target_groups_list },
    { bb_list_repository_list_steps, self->steps_list },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) items = lists[i].list (get_lists (self), &error);

      if (items == NULL)
        {
          show_message (self, error->message);
          continue;
        }

      reload_list (self, lists[i].list_box, items);
    }

  update_groups (self);
  update_moves (self);
}

static void
on_lists_changed (BbCatalogueListsWindow *self)
{
  if (self->writing > 0)
    self->reload_pending = TRUE;
  else
    reload_lists (self);
}

/* A new row (at @order) to type into, open, the cursor in its name. */
static void
add_new_row (BbCatalogueListsWindow *self,
             GtkListBox             *list,
             GObject                *item,
             int                     order)
{
  BbListItemEditor *row = BB_LIST_ITEM_EDITOR (bb_list_item_editor_row_new (item));

  add_row (self, list, row, order + self->next_serial++);
  bb_list_item_editor_present (row);

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
  add_new_row (self, self->providers_list, G_OBJECT (provider), ORDER_NEW_FIRST);
}

static void
add_target_group (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (widget);
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("");

  /* At the end, where the repository puts a new group. */
  add_new_row (self, self->target_groups_list, G_OBJECT (group), ORDER_NEW_LAST);
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
      BbListItemEditor *row = BB_LIST_ITEM_EDITOR (child);

      if (bb_list_item_editor_is_stored (row))
        level = MAX (level, bb_step_get_level (BB_STEP (bb_list_item_editor_get_item (row))) + 1);
    }

  step = bb_step_new (level, "");
  add_new_row (self, self->steps_list, G_OBJECT (step), ORDER_NEW_FIRST);
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
      if (bb_list_item_editor_is_changed (BB_LIST_ITEM_EDITOR (child)))
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

  /* Writes to offers alone change nothing shown here. */
  g_signal_connect_object (bb_context_get_database (self->context), "changed::" BB_DOMAIN_LISTS,
                           G_CALLBACK (on_lists_changed), self, G_CONNECT_SWAPPED);
  reload_lists (self);
}

static void
bb_catalogue_lists_window_dispose (GObject *object)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (object);

  /* The lists are gone after this; the database may live on. */
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (bb_context_get_database (self->context), on_lists_changed, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_CATALOGUE_LISTS_WINDOW);

  G_OBJECT_CLASS (bb_catalogue_lists_window_parent_class)->dispose (object);
}

static void
bb_catalogue_lists_window_finalize (GObject *object)
{
  BbCatalogueListsWindow *self = BB_CATALOGUE_LISTS_WINDOW (object);

  g_clear_object (&self->context);
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
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
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
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
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

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-catalogue-lists-window.ui");
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
bb_catalogue_lists_window_new (BbContext *context)
{
  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);

  return g_object_new (BB_TYPE_CATALOGUE_LISTS_WINDOW,
                       "context", context,
                       NULL);
}
