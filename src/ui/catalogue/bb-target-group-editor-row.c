/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-target-group-editor-row.h"

struct _BbTargetGroupEditorRow
{
  AdwEntryRow     parent_instance;

  BbTargetGroup  *item;
  int             order;
  /* The name is being set from the item. */
  gboolean        filling;

  GtkWidget      *up_button;
  GtkWidget      *down_button;
};

static void bb_target_group_editor_row_editor_init (BbListItemEditorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BbTargetGroupEditorRow, bb_target_group_editor_row, ADW_TYPE_ENTRY_ROW,
                               G_IMPLEMENT_INTERFACE (BB_TYPE_LIST_ITEM_EDITOR,
                                                      bb_target_group_editor_row_editor_init))

static void
fill (BbTargetGroupEditorRow *self)
{
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), bb_target_group_get_name (self->item));
  self->filling = FALSE;
}

static void
update (BbTargetGroupEditorRow *self)
{
  /* A group never saved has nothing to duplicate yet. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.duplicate",
                                 bb_list_item_editor_is_stored (BB_LIST_ITEM_EDITOR (self)));
}

static void
on_changed (BbTargetGroupEditorRow *self)
{
  if (self->filling)
    return;

  gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  update (self);
}

/* The name is saved when the row's apply button (or Return) says so. */
static void
on_apply (BbTargetGroupEditorRow *self)
{
  if (bb_list_item_editor_save (BB_LIST_ITEM_EDITOR (self)))
    update (self);
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
}

/* A button that has just become insensitive would take the focus with it. */
static void
keep_focus (BbTargetGroupEditorRow *self,
            GtkWidget              *clicked,
            GtkWidget              *other)
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
  BbTargetGroupEditorRow *self = BB_TARGET_GROUP_EDITOR_ROW (widget);

  bb_list_item_editor_move (BB_LIST_ITEM_EDITOR (self), -1);
  keep_focus (self, self->up_button, self->down_button);
}

static void
move_down_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BbTargetGroupEditorRow *self = BB_TARGET_GROUP_EDITOR_ROW (widget);

  bb_list_item_editor_move (BB_LIST_ITEM_EDITOR (self), 1);
  keep_focus (self, self->down_button, self->up_button);
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

static GObject *
bb_target_group_editor_row_get_item (BbListItemEditor *editor)
{
  return G_OBJECT (BB_TARGET_GROUP_EDITOR_ROW (editor)->item);
}

static void
bb_target_group_editor_row_set_item (BbListItemEditor *editor,
                                     GObject          *item)
{
  BbTargetGroupEditorRow *self = BB_TARGET_GROUP_EDITOR_ROW (editor);
  gboolean changed = bb_list_item_editor_is_changed (editor);

  g_set_object (&self->item, BB_TARGET_GROUP (item));
  if (!changed)
    fill (self);

  update (self);
}

static GObject *
bb_target_group_editor_row_dup_edited (BbListItemEditor *editor)
{
  BbTargetGroupEditorRow *self = BB_TARGET_GROUP_EDITOR_ROW (editor);
  BbTargetGroup *item = bb_target_group_copy (self->item);

  bb_target_group_set_name (item, gtk_editable_get_text (GTK_EDITABLE (self)));
  return G_OBJECT (item);
}

static void
bb_target_group_editor_row_present (BbListItemEditor *editor)
{
  gtk_widget_grab_focus (GTK_WIDGET (editor));
}

static int
bb_target_group_editor_row_get_order (BbListItemEditor *editor)
{
  return BB_TARGET_GROUP_EDITOR_ROW (editor)->order;
}

static void
bb_target_group_editor_row_set_order (BbListItemEditor *editor,
                                      int               order)
{
  BB_TARGET_GROUP_EDITOR_ROW (editor)->order = order;
}

static void
bb_target_group_editor_row_editor_init (BbListItemEditorInterface *iface)
{
  iface->get_item = bb_target_group_editor_row_get_item;
  iface->set_item = bb_target_group_editor_row_set_item;
  iface->dup_edited = bb_target_group_editor_row_dup_edited;
  iface->present = bb_target_group_editor_row_present;
  iface->get_order = bb_target_group_editor_row_get_order;
  iface->set_order = bb_target_group_editor_row_set_order;
}

static void
bb_target_group_editor_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_TARGET_GROUP_EDITOR_ROW);

  G_OBJECT_CLASS (bb_target_group_editor_row_parent_class)->dispose (object);
}

static void
bb_target_group_editor_row_finalize (GObject *object)
{
  BbTargetGroupEditorRow *self = BB_TARGET_GROUP_EDITOR_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (bb_target_group_editor_row_parent_class)->finalize (object);
}

static void
bb_target_group_editor_row_class_init (BbTargetGroupEditorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_target_group_editor_row_dispose;
  object_class->finalize = bb_target_group_editor_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-target-group-editor-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbTargetGroupEditorRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, BbTargetGroupEditorRow, down_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_apply);

  gtk_widget_class_install_action (widget_class, "row.move-up", NULL, move_up_activated);
  gtk_widget_class_install_action (widget_class, "row.move-down", NULL, move_down_activated);
  gtk_widget_class_install_action (widget_class, "row.duplicate", NULL, duplicate_activated);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, delete_activated);
}

static void
bb_target_group_editor_row_init (BbTargetGroupEditorRow *self)
{
  /* Until bb_target_group_editor_row_new () has put the item in. */
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbTargetGroupEditorRow *
bb_target_group_editor_row_new (BbTargetGroup *target_group)
{
  BbTargetGroupEditorRow *self;

  g_return_val_if_fail (BB_IS_TARGET_GROUP (target_group), NULL);

  self = g_object_new (BB_TYPE_TARGET_GROUP_EDITOR_ROW, NULL);
  self->item = g_object_ref (target_group);
  fill (self);
  update (self);

  return self;
}

void
bb_target_group_editor_row_set_movable (BbTargetGroupEditorRow *self,
                                        gboolean                up,
                                        gboolean                down)
{
  g_return_if_fail (BB_IS_TARGET_GROUP_EDITOR_ROW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-up", up);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-down", down);
}
