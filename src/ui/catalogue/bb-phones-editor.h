/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_PHONES_EDITOR (bb_phones_editor_get_type ())
G_DECLARE_FINAL_TYPE (BbPhonesEditor, bb_phones_editor, BB, PHONES_EDITOR, GtkBox)

/* The phones of a provider or of a place: the offer editor's phones section (a row
 * each, with its extension, type and description), so every phone is edited alike.
 * Signal "edited" on every change. */
void       bb_phones_editor_load            (BbPhonesEditor *self,
                                             GPtrArray      *phones);
/* The phones as typed (BbPhone, each the loaded one's copy where it was one); NULL,
 * with the messages shown under the rows, when one cannot be saved. */
GPtrArray *bb_phones_editor_dup_phones      (BbPhonesEditor *self);
/* What the group says under its title: whose numbers they are. */
void       bb_phones_editor_set_description (BbPhonesEditor *self,
                                             const char     *description);

G_END_DECLS
