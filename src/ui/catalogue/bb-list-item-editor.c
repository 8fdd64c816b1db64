/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-list-item-editor.h"
#include "bb-provider.h"
#include "bb-step.h"
#include "bb-target-group.h"

G_DEFINE_INTERFACE (BbListItemEditor, bb_list_item_editor, GTK_TYPE_LIST_BOX_ROW)

enum {
  SIGNAL_SAVE,
  SIGNAL_DUPLICATE,
  SIGNAL_DELETE,
  SIGNAL_MOVE,
  SIGNAL_SHOW_OFFERS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
bb_list_item_editor_default_init (BbListItemEditorInterface *iface)
{
  signals[SIGNAL_SAVE] =
    g_signal_new ("save",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_first_wins, NULL, NULL,
                  G_TYPE_BOOLEAN, 1, G_TYPE_OBJECT);
  signals[SIGNAL_DUPLICATE] =
    g_signal_new ("duplicate",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SIGNAL_DELETE] =
    g_signal_new ("delete",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SIGNAL_MOVE] =
    g_signal_new ("move",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);
  signals[SIGNAL_SHOW_OFFERS] =
    g_signal_new ("show-offers",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

GObject *
bb_list_item_editor_get_item (BbListItemEditor *self)
{
  g_return_val_if_fail (BB_IS_LIST_ITEM_EDITOR (self), NULL);

  return BB_LIST_ITEM_EDITOR_GET_IFACE (self)->get_item (self);
}

void
bb_list_item_editor_set_item (BbListItemEditor *self,
                              GObject          *item)
{
  g_return_if_fail (BB_IS_LIST_ITEM_EDITOR (self));
  g_return_if_fail (G_IS_OBJECT (item));

  BB_LIST_ITEM_EDITOR_GET_IFACE (self)->set_item (self, item);
}

/**
 * bb_list_item_editor_dup_edited:
 *
 * Returns: (transfer full): a copy of the item with the row's edits
 */
GObject *
bb_list_item_editor_dup_edited (BbListItemEditor *self)
{
  g_return_val_if_fail (BB_IS_LIST_ITEM_EDITOR (self), NULL);

  return BB_LIST_ITEM_EDITOR_GET_IFACE (self)->dup_edited (self);
}

gboolean
bb_list_item_editor_is_changed (BbListItemEditor *self)
{
  g_autoptr(GObject) edited = NULL;

  g_return_val_if_fail (BB_IS_LIST_ITEM_EDITOR (self), FALSE);

  edited = bb_list_item_editor_dup_edited (self);
  return !bb_list_items_equal (edited, bb_list_item_editor_get_item (self));
}

gboolean
bb_list_item_editor_is_stored (BbListItemEditor *self)
{
  g_return_val_if_fail (BB_IS_LIST_ITEM_EDITOR (self), FALSE);

  return bb_list_item_get_id (bb_list_item_editor_get_item (self)) != 0;
}

void
bb_list_item_editor_present (BbListItemEditor *self)
{
  g_return_if_fail (BB_IS_LIST_ITEM_EDITOR (self));

  BB_LIST_ITEM_EDITOR_GET_IFACE (self)->present (self);
}

int
bb_list_item_editor_get_order (BbListItemEditor *self)
{
  g_return_val_if_fail (BB_IS_LIST_ITEM_EDITOR (self), 0);

  return BB_LIST_ITEM_EDITOR_GET_IFACE (self)->get_order (self);
}

void
bb_list_item_editor_set_order (BbListItemEditor *self,
                               int               order)
{
  g_return_if_fail (BB_IS_LIST_ITEM_EDITOR (self));

  BB_LIST_ITEM_EDITOR_GET_IFACE (self)->set_order (self, order);
}

/* Asks for the row's edits to be stored; TRUE when they were. */
gboolean
bb_list_item_editor_save (BbListItemEditor *self)
{
  g_autoptr(GObject) edited = NULL;
  gboolean saved = FALSE;

  g_return_val_if_fail (BB_IS_LIST_ITEM_EDITOR (self), FALSE);

  edited = bb_list_item_editor_dup_edited (self);
  g_signal_emit (self, signals[SIGNAL_SAVE], 0, edited, &saved);
  return saved;
}

void
bb_list_item_editor_duplicate (BbListItemEditor *self)
{
  g_return_if_fail (BB_IS_LIST_ITEM_EDITOR (self));

  g_signal_emit (self, signals[SIGNAL_DUPLICATE], 0);
}

void
bb_list_item_editor_delete (BbListItemEditor *self)
{
  g_return_if_fail (BB_IS_LIST_ITEM_EDITOR (self));

  g_signal_emit (self, signals[SIGNAL_DELETE], 0);
}

void
bb_list_item_editor_move (BbListItemEditor *self,
                          int               offset)
{
  g_return_if_fail (BB_IS_LIST_ITEM_EDITOR (self));

  g_signal_emit (self, signals[SIGNAL_MOVE], 0, offset);
}

void
bb_list_item_editor_show_offers (BbListItemEditor *self)
{
  g_return_if_fail (BB_IS_LIST_ITEM_EDITOR (self));

  g_signal_emit (self, signals[SIGNAL_SHOW_OFFERS], 0);
}

gint64
bb_list_item_get_id (GObject *item)
{
  gint64 id;

  g_object_get (item, "id", &id, NULL);
  return id;
}

/**
 * bb_list_item_copy:
 *
 * Returns: (transfer full): a copy of @item, with its id and uuid
 */
GObject *
bb_list_item_copy (GObject *item)
{
  if (BB_IS_PROVIDER (item))
    return G_OBJECT (bb_provider_copy (BB_PROVIDER (item)));
  if (BB_IS_TARGET_GROUP (item))
    return G_OBJECT (bb_target_group_copy (BB_TARGET_GROUP (item)));

  return G_OBJECT (bb_step_copy (BB_STEP (item)));
}

/* Every property alike, so an edited copy can be compared with what is stored. */
gboolean
bb_list_items_equal (GObject *a,
                     GObject *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  /* A provider's phones, legal status and tax id are not properties. */
  if (BB_IS_PROVIDER (a) && !bb_provider_details_equal (BB_PROVIDER (a), BB_PROVIDER (b)))
    return FALSE;

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
