/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_ADVISER_DIALOG (bb_adviser_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BbAdviserDialog, bb_adviser_dialog, BB, ADVISER_DIALOG, AdwWindow)

/* Adds an adviser (@adviser NULL) or edits one: name, profession, active. Saves on
 * Save or Enter, and closes; a name another adviser has is refused in the dialog. */
BbAdviserDialog *bb_adviser_dialog_new (BbContext *context,
                                        BbAdviser *adviser);

G_END_DECLS
