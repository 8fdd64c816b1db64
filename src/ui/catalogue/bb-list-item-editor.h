/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_LIST_ITEM_EDITOR (bb_list_item_editor_get_type ())
G_DECLARE_INTERFACE (BbListItemEditor, bb_list_item_editor, BB, LIST_ITEM_EDITOR, GtkListBoxRow)

/* A row of the lists window that edits one provider, target group or step (its item).
 * The row holds the item as stored (id 0 until it is first saved) and what is typed;
 * the window does the writing, asked by the row's signals:
 *
 * "save" (GObject *edited) → gboolean: store @edited (a copy with the row's edits) and
 *     bb_list_item_editor_set_item () it on the row; TRUE when that worked.
 * "duplicate", "delete": the item as stored is to be copied or deleted.
 * "move" (int offset): a target group one place up (-1) or down (1).
 * "show-offers": the offers that use the item are to be shown.
 *
 * BbListItemEditorRow implements it, for every kind. */
struct _BbListItemEditorInterface
{
  GTypeInterface parent_iface;

  GObject  *(*get_item)   (BbListItemEditor *self);
  /* What is stored now replaces the item; fields the user has not touched follow it,
   * edits in progress stay. */
  void      (*set_item)   (BbListItemEditor *self,
                           GObject          *item);
  /* The item with the row's edits, ready to save. */
  GObject  *(*dup_edited) (BbListItemEditor *self);
  /* Opens the row with the cursor in its name. */
  void      (*present)    (BbListItemEditor *self);
  /* Where the window sorts the row: the item's place in the repository's order. */
  int       (*get_order)  (BbListItemEditor *self);
  void      (*set_order)  (BbListItemEditor *self,
                           int               order);
};

GObject  *bb_list_item_editor_get_item    (BbListItemEditor *self);
void      bb_list_item_editor_set_item    (BbListItemEditor *self,
                                           GObject          *item);
GObject  *bb_list_item_editor_dup_edited  (BbListItemEditor *self);
gboolean  bb_list_item_editor_is_changed  (BbListItemEditor *self);
gboolean  bb_list_item_editor_is_stored   (BbListItemEditor *self);
void      bb_list_item_editor_present     (BbListItemEditor *self);
int       bb_list_item_editor_get_order   (BbListItemEditor *self);
void      bb_list_item_editor_set_order   (BbListItemEditor *self,
                                           int               order);

/* For the rows. */
gboolean  bb_list_item_editor_save        (BbListItemEditor *self);
void      bb_list_item_editor_duplicate   (BbListItemEditor *self);
void      bb_list_item_editor_delete      (BbListItemEditor *self);
void      bb_list_item_editor_move        (BbListItemEditor *self,
                                           int               offset);
void      bb_list_item_editor_show_offers (BbListItemEditor *self);

/* A provider, target group or step: its id, a copy of it, and whether two are alike
 * in every property. */
gint64    bb_list_item_get_id             (GObject          *item);
GObject  *bb_list_item_copy               (GObject          *item);
gboolean  bb_list_items_equal             (GObject          *a,
                                           GObject          *b);

G_END_DECLS
