/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-adviser.h"

G_BEGIN_DECLS

#define BB_TYPE_ADVISER_ROW (bb_adviser_row_get_type ())
G_DECLARE_FINAL_TYPE (BbAdviserRow, bb_adviser_row, BB, ADVISER_ROW, AdwActionRow)

/* An adviser in the advisers window: name, profession, an Active switch, Edit and
 * Delete. The switch activates "advisers.set-active" ((xb): id, active), the buttons
 * "advisers.edit" and "advisers.delete" (x) on the row's ancestors. */
GtkWidget *bb_adviser_row_new (BbAdviser *adviser);

G_END_DECLS
