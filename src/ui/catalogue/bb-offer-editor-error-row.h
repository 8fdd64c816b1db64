/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_OFFER_EDITOR_ERROR_ROW (bb_offer_editor_error_row_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferEditorErrorRow, bb_offer_editor_error_row, BB, OFFER_EDITOR_ERROR_ROW, AdwPreferencesRow)

/* What is wrong with the field in the row above it, in a form of boxed lists (the offer
 * editor, the lists window): a preferences row, so that a preferences group puts it
 * in its list under the field. Shown only while there is a message. The row never takes
 * the keyboard focus: Tab and the arrows pass it on to the next row, where a row that
 * cannot be focused would end the list's keyboard navigation. */
const char            *bb_offer_editor_error_row_get_message (BbOfferEditorErrorRow *self);
/* NULL hides the row. */
void                   bb_offer_editor_error_row_set_message (BbOfferEditorErrorRow *self,
                                                              const char            *message);

G_END_DECLS
