/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A deleted item waiting for Undo, one at a time: the view hides its row at once and
 * deletes it for good on "commit" (gint64 id), which comes when its toast goes, when
 * another item is deleted, or when the view commits it (leaving, closing). Undo only
 * shows the row again, so nothing of the item is lost. */
#define BB_TYPE_PENDING_DELETE (bb_pending_delete_get_type ())

G_DECLARE_FINAL_TYPE (BbPendingDelete, bb_pending_delete, BB, PENDING_DELETE, GObject)

/* @undo_action is the action the toast's Undo button activates with the id. */
BbPendingDelete *bb_pending_delete_new     (const char      *undo_action);
/* Commits the item pending before, then holds @id: the toast to show, titled @title. */
AdwToast        *bb_pending_delete_start   (BbPendingDelete *self,
                                            gint64           id,
                                            const char      *title);
/* Undo: TRUE when @id was the one pending, which is then no longer. */
gboolean         bb_pending_delete_cancel  (BbPendingDelete *self,
                                            gint64           id);
void             bb_pending_delete_commit  (BbPendingDelete *self);
/* The id pending, 0 for none. */
gint64           bb_pending_delete_get_id  (BbPendingDelete *self);

G_END_DECLS
