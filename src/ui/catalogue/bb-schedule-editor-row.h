/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-schedule.h"

G_BEGIN_DECLS

#define BB_TYPE_SCHEDULE_EDITOR_ROW (bb_schedule_editor_row_get_type ())
G_DECLARE_FINAL_TYPE (BbScheduleEditorRow, bb_schedule_editor_row, BB, SCHEDULE_EDITOR_ROW, GtkListBoxRow)

/* One range of opening hours on one weekday: the weekday, opens at and closes at
 * (HH:MM). Several rows of one weekday are several ranges that day; a weekday with none
 * is closed. Signals "edited" (a field changed), "remove" (its button) and "add-after"
 * (Enter in its last field: the user wants another range). */
BbScheduleEditorRow *bb_schedule_editor_row_new          (const BbSchedule    *schedule);
/* Whether @schedule says what a row can show, and nothing else the row would lose:
 * weekly, on one day, from one time to another. */
gboolean             bb_schedule_editor_row_can_edit     (const BbSchedule    *schedule);
/* The schedule as typed: the one loaded with its id and what the row does not show. */
BbSchedule          *bb_schedule_editor_row_dup_schedule (BbScheduleEditorRow *self);
/* Shows what is wrong under the row; FALSE when something is. */
gboolean             bb_schedule_editor_row_validate     (BbScheduleEditorRow *self);
/* Puts the cursor in the row's first field. */
void                 bb_schedule_editor_row_focus        (BbScheduleEditorRow *self);

G_END_DECLS
