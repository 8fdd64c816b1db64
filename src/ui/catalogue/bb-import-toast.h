/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

/* After an import: "Imported: @summary" with Undo, on the toast overlay that is
 * @parent's content (Brobygger's window has one). Undo needs nothing of the dialog
 * that imported, which is closed by then: it undoes import @import_id of @context in
 * one step and says so on the same overlay. Without an overlay nothing is shown. */
void bb_import_toast_show (GtkWindow  *parent,
                           BbContext  *context,
                           gint64      import_id,
                           const char *summary);
/* What Undo on that toast does, for an undo asked for elsewhere (the offer's history):
 * the same step, said on @parent's overlay when done. */
void bb_import_toast_undo (GtkWindow  *parent,
                           BbContext  *context,
                           gint64      import_id);

G_END_DECLS
