/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_SAVE_ERROR_BAR (bb_save_error_bar_get_type ())
G_DECLARE_FINAL_TYPE (BbSaveErrorBar, bb_save_error_bar, BB, SAVE_ERROR_BAR, GtkWidget)

/* Above an editor's fields: why the last save failed, in words that say what to do,
 * with a Save Again button; what was typed stays where it is. A busy database is
 * tried again by itself every second until the save goes through ("retry" each
 * time), and the bar then says the change is saved.
 *
 * Signal "retry": Save Again was pressed, or the database may be free again; the
 * owner saves once more and calls bb_save_error_bar_saved () or _show () again. */

/* The headline for a failed save (the disk is full, busy, …), without the detail;
 * NULL for an error that is no fault of the disk or the database (a missing title). */
char *bb_save_error_dup_headline (const GError   *error);
/* TRUE when @error is such a fault: the bar, rather than the field's own message. */
gboolean bb_save_error_is_fault  (const GError   *error);

void  bb_save_error_bar_show     (BbSaveErrorBar *self,
                                  const GError   *error);
/* A message of the owner's own, with no Save Again (a list that could not be read). */
void  bb_save_error_bar_show_message (BbSaveErrorBar *self,
                                      const char     *message);
/* The save went through: hides the bar; after a failure says "saved" on the nearest
 * toast overlay. */
void  bb_save_error_bar_saved    (BbSaveErrorBar *self);
/* The fields changed: what failed may no longer hold. Stops trying again. */
void  bb_save_error_bar_hide     (BbSaveErrorBar *self);
/* Another record is shown: forgets the failure without a word. */
void  bb_save_error_bar_clear    (BbSaveErrorBar *self);
/* TRUE while a busy database is being tried again. */
gboolean bb_save_error_bar_is_waiting (BbSaveErrorBar *self);
/* TRUE from a failed save until one goes through: the fields hold what the database
 * does not, so a reload must leave them alone. */
gboolean bb_save_error_bar_has_unsaved (BbSaveErrorBar *self);

G_END_DECLS
