/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-course-records.h"

G_BEGIN_DECLS

#define BB_TYPE_HANDOVER_ROW (bb_handover_row_get_type ())
G_DECLARE_FINAL_TYPE (BbHandoverRow, bb_handover_row, BB, HANDOVER_ROW, AdwExpanderRow)

/* A hand-over of the hand-overs section: the offer, its state to change and its note
 * to edit, the letter to save or print, and Remove. The buttons activate the section's
 * actions "handovers.save-letter", "handovers.print-letter" and "handovers.remove"
 * with the hand-over's id. "changed" says the user chose another state or applied
 * the note: the row's hand-over holds them. */
GtkWidget        *bb_handover_row_new          (const BbHandover *handover);
const BbHandover *bb_handover_row_get_handover (BbHandoverRow    *self);

G_END_DECLS
