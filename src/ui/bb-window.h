/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-store.h"

G_BEGIN_DECLS

#define BB_TYPE_WINDOW (bb_window_get_type ())
G_DECLARE_FINAL_TYPE (BbWindow, bb_window, BB, WINDOW, AdwApplicationWindow)

/* @store is NULL when it could not be opened; @store_error then says why, and the
 * window shows it instead of the views. */
BbWindow *bb_window_new              (GtkApplication *application,
                                      GSettings      *settings,
                                      BbStore        *store,
                                      const GError   *store_error);
BbStore  *bb_window_get_store        (BbWindow       *self);
/* Shows a short message at the bottom of the window. */
void      bb_window_add_toast        (BbWindow       *self,
                                      AdwToast       *toast);
/* The accelerators of the window's actions, set once per application. */
void      bb_window_add_accelerators (GtkApplication *application);

G_END_DECLS
