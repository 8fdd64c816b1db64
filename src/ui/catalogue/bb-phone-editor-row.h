/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-phone.h"

G_BEGIN_DECLS

#define BB_TYPE_PHONE_EDITOR_ROW (bb_phone_editor_row_get_type ())
G_DECLARE_FINAL_TYPE (BbPhoneEditorRow, bb_phone_editor_row, BB, PHONE_EDITOR_ROW, GtkListBoxRow)

/* One phone of an offer: the number as written, its extension, its type and a
 * description. A number of a shape the form does not expect is kept as written and
 * only flagged. Signals "edited", "remove" (its button) and "add-after" (Enter in its
 * last field). */
BbPhoneEditorRow *bb_phone_editor_row_new        (const BbPhone    *phone);
/* The phone as typed, the loaded one's copy so it keeps its id and what the row does
 * not show; NULL when the row is empty. */
BbPhone          *bb_phone_editor_row_dup_phone  (BbPhoneEditorRow *self);
/* Shows what is wrong or unusual under the row; FALSE when it cannot be saved. */
gboolean          bb_phone_editor_row_validate   (BbPhoneEditorRow *self);
void              bb_phone_editor_row_focus      (BbPhoneEditorRow *self);
/* Its place among the phones, from 1, for the names screen readers give its fields. */
void              bb_phone_editor_row_set_number (BbPhoneEditorRow *self,
                                                  guint             number);

G_END_DECLS
