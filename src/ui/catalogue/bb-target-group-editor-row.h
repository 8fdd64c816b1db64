/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-list-item-editor.h"
#include "bb-target-group.h"

G_BEGIN_DECLS

#define BB_TYPE_TARGET_GROUP_EDITOR_ROW (bb_target_group_editor_row_get_type ())
G_DECLARE_FINAL_TYPE (BbTargetGroupEditorRow, bb_target_group_editor_row, BB, TARGET_GROUP_EDITOR_ROW, AdwEntryRow)

/* A target group is one line: its name, saved by the row's apply button or Return,
 * Move Up and Move Down, and Duplicate and Delete in a menu so the name keeps room on
 * narrow screens. A BbListItemEditor. */
BbTargetGroupEditorRow *bb_target_group_editor_row_new          (BbTargetGroup          *target_group);
/* Whether it can go one place up or down among the stored groups. */
void                    bb_target_group_editor_row_set_movable  (BbTargetGroupEditorRow *self,
                                                                 gboolean                up,
                                                                 gboolean                down);

G_END_DECLS
