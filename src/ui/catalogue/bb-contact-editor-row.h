/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-contact.h"

G_BEGIN_DECLS

#define BB_TYPE_CONTACT_EDITOR_ROW (bb_contact_editor_row_get_type ())
G_DECLARE_FINAL_TYPE (BbContactEditorRow, bb_contact_editor_row, BB, CONTACT_EDITOR_ROW, AdwExpanderRow)

/* The fields of one contact person of an offer, folded under its name and role.
 *
 * Property "ambassador": its switch. Signals "edited" (any field changed),
 * "duplicate" and "remove" (its buttons were pressed). */
BbContactEditorRow *bb_contact_editor_row_new            (BbContact          *contact);
/* A new row (a contact of its own) with what this one has typed; never an ambassador. */
BbContactEditorRow *bb_contact_editor_row_duplicate      (BbContactEditorRow *self);
/* The contact as typed; the stored contact's copy, so it keeps its id. */
BbContact          *bb_contact_editor_row_dup_contact    (BbContactEditorRow *self);
char               *bb_contact_editor_row_dup_name       (BbContactEditorRow *self);
gboolean            bb_contact_editor_row_get_ambassador (BbContactEditorRow *self);
void                bb_contact_editor_row_set_ambassador (BbContactEditorRow *self,
                                                          gboolean            ambassador);
/* Shows what is wrong; a missing name only once it was edited or a save was tried
 * (@saving) with the row there, so a contact person added after a failed save does
 * not complain before anything is typed. */
gboolean            bb_contact_editor_row_validate       (BbContactEditorRow *self,
                                                          gboolean            saving);
/* Brings the row into view with the cursor in its name. */
void                bb_contact_editor_row_present        (BbContactEditorRow *self);

G_END_DECLS
