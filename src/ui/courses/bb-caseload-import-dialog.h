/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_CASELOAD_IMPORT_DIALOG (bb_caseload_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BbCaseloadImportDialog, bb_caseload_import_dialog, BB, CASELOAD_IMPORT_DIALOG, AdwWindow)

/* Reads @file and shows what importing it would do: the courses to create, the
 * advisers new to the list, the rejected rows with their line and reason. Import
 * creates every course or, when a row is rejected, none: the button waits until the
 * file is corrected. Emits ::imported (guint: how many courses) and closes. */
BbCaseloadImportDialog *bb_caseload_import_dialog_new (BbContext *context,
                                                       GFile     *file);

/* The menu's two items, for the window: each asks for a file, then imports through
 * the dialog (win.show-view "courses" once done) or writes the course list, and says
 * how it went on @toasts. */
void bb_caseload_import_dialog_choose_file (GtkWindow       *parent,
                                           BbContext       *context,
                                           AdwToastOverlay *toasts);
void bb_caseload_export_choose_file        (GtkWindow       *parent,
                                           BbContext       *context,
                                           AdwToastOverlay *toasts);

G_END_DECLS
