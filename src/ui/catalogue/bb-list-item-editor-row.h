/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-list-item-editor.h"

G_BEGIN_DECLS

#define BB_TYPE_LIST_ITEM_EDITOR_ROW (bb_list_item_editor_row_get_type ())
G_DECLARE_FINAL_TYPE (BbListItemEditorRow, bb_list_item_editor_row, BB, LIST_ITEM_EDITOR_ROW, AdwExpanderRow)

/* A provider or a step (@item, which says the kind) folded under what is stored of it,
 * with the kind's fields and Delete, Duplicate and Save buttons. A BbListItemEditor. */
BbListItemEditorRow *bb_list_item_editor_row_new (GObject *item);

G_END_DECLS
