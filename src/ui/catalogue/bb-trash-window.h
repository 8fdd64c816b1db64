/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_TRASH_WINDOW (bb_trash_window_get_type ())
G_DECLARE_FINAL_TYPE (BbTrashWindow, bb_trash_window, BB, TRASH_WINDOW, AdwWindow)

/* "Recently deleted": the offers in the trash, newest first, each with its provider,
 * how long ago it was deleted and a button to restore it; it follows the catalogue
 * as it changes, in this window and others. */
BbTrashWindow *bb_trash_window_new (BbContext *context);

G_END_DECLS
