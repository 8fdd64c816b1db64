/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_FEED_IMPORT_DIALOG (bb_feed_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BbFeedImportDialog, bb_feed_import_dialog, BB, FEED_IMPORT_DIALOG, AdwWindow)

/* "Import from an Open Referral Feed": the address (the feed updated from last, to
 * begin with), the pages read with a progress bar and Cancel, what changed since the
 * last update from it, then the import preview (bb-import-dialog.h) of the whole feed;
 * once that is imported the feed is remembered with the services it brought. Nothing
 * is written before the preview's Import. The caller sets the transient parent, which
 * the preview gets too. */
BbFeedImportDialog *bb_feed_import_dialog_new (BbContext *context);

G_END_DECLS
