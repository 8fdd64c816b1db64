/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_IMPORT_DIALOG (bb_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BbImportDialog, bb_import_dialog, BB, IMPORT_DIALOG, AdwWindow)

/* Reads @file (.csv, .json or a datapackage) and shows what importing it would do: each change, the
 * offers edited here since they were last exchanged (kept unless the user takes the
 * file's version), and the names the catalogue lacks (each can be mapped to an
 * existing entry). Nothing is written until the user chooses Import. Signal "imported"
 * (const char *summary): emitted after the import was committed, just before the
 * dialog closes; the dialog then shows the summary with Undo on its transient parent's
 * toast overlay (see bb-import-toast.h). The caller sets the transient parent. */
BbImportDialog *bb_import_dialog_new           (BbContext  *context,
                                                GFile      *file);
/* Several files (GFile) as one import: one preview, one transaction, each record
 * named with its file. */
BbImportDialog *bb_import_dialog_new_for_files (BbContext  *context,
                                                GListModel *files);
/* The preview of @files, presented on @parent: what a file chooser's response
 * calls. */
BbImportDialog *bb_import_dialog_open          (BbContext  *context,
                                                GtkWindow  *parent,
                                                GListModel *files);

G_END_DECLS
