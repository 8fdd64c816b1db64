/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-offer-location.h"

G_BEGIN_DECLS

#define BB_TYPE_PLACE_EDITOR_ROW (bb_place_editor_row_get_type ())
G_DECLARE_FINAL_TYPE (BbPlaceEditorRow, bb_place_editor_row, BB, PLACE_EDITOR_ROW, GtkListBoxRow)

/* One place where the offer is given: its name, the street, postal code and city of
 * its first address, and its coordinates (for the map link). Its other addresses,
 * phones, hours, accessibility and the rest are kept as loaded. Signals "edited",
 * "remove" (its button) and "add-after" (Enter in its last field). */
BbPlaceEditorRow *bb_place_editor_row_new          (const BbOfferLocation *place);
/* The place as typed, the loaded one's copy; NULL when the row is empty. */
BbOfferLocation  *bb_place_editor_row_dup_location (BbPlaceEditorRow      *self);
/* Shows what is wrong under the row; FALSE when it cannot be saved. */
gboolean          bb_place_editor_row_validate     (BbPlaceEditorRow      *self);
void              bb_place_editor_row_focus        (BbPlaceEditorRow      *self);
/* Its place among the places, from 1, for the names screen readers give its fields. */
void              bb_place_editor_row_set_number   (BbPlaceEditorRow      *self,
                                                    guint                  number);

G_END_DECLS
