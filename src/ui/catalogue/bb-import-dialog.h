/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_IMPORT_DIALOG (bb_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BbImportDialog, bb_import_dialog, BB, IMPORT_DIALOG, AdwWindow)

/* Reads @file (.csv or .json) and shows what importing it would do; nothing
 * is written until the user chooses Import. Signal "imported" (const char *summary):
 * emitted after the import was committed, just before the dialog closes. The caller
 * sets the transient parent. */
BbImportDialog *bb_import_dialog_new (BbContext *context,
                                      GFile     *file);

G_END_DECLS
