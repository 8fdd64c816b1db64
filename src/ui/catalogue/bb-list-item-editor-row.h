/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-list-item-editor.h"

G_BEGIN_DECLS

#define BB_TYPE_LIST_ITEM_EDITOR_ROW (bb_list_item_editor_row_get_type ())
G_DECLARE_FINAL_TYPE (BbListItemEditorRow, bb_list_item_editor_row, BB, LIST_ITEM_EDITOR_ROW, AdwExpanderRow)

/* A provider, target group or step (@item, which says the kind) folded under what is
 * stored of it, with the kind's fields and Delete, Duplicate and Save buttons: the one
 * way all three lists are edited. Target groups also move up and down. A
 * BbListItemEditor. */
BbListItemEditorRow *bb_list_item_editor_row_new         (GObject             *item);
/* Whether a target group can go one place up or down among the stored ones. */
void                 bb_list_item_editor_row_set_movable (BbListItemEditorRow *self,
                                                          gboolean             up,
                                                          gboolean             down);
/* Says under the buttons why the item could not be deleted; with @can_show_offers, a
 * button leads to the offers that use it (the row's "show-offers"). Gone with the next
 * edit. */
void                 bb_list_item_editor_row_show_in_use (BbListItemEditorRow *self,
                                                          const char          *message,
                                                          gboolean             can_show_offers);

G_END_DECLS
