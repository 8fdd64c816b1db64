/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"
#include "bb-demo-mode.h"

G_BEGIN_DECLS

#define BB_TYPE_WINDOW (bb_window_get_type ())
G_DECLARE_FINAL_TYPE (BbWindow, bb_window, BB, WINDOW, AdwApplicationWindow)

/* The main window: a view per feature, each bound to the window's "context".
 * @context is NULL when the database could not be opened; @error then says why, and
 * the window shows it instead of the views.
 *
 * Actions: "win.show-view" (s, a view's name) and "win.show-offer" (x, an offer id),
 * which shows the offers view with that offer selected. */
BbWindow  *bb_window_new              (GtkApplication *application,
                                       GSettings      *settings,
                                       BbContext      *context,
                                       const GError   *error);
BbContext *bb_window_get_context      (BbWindow       *self);
/* Lets the window switch to the demonstration database beside the real one and back
 * ("win.demo-mode", a toggle; "win.demo-reset" asks, then resets it): the window's
 * "context" follows @demo's, and a banner shows over every view while it is active. */
void       bb_window_set_demo_mode    (BbWindow       *self,
                                       BbDemoMode     *demo);
/* On the error page of a damaged database: @offer (what restoring does) and a Restore
 * Backup button for app.restore-backup(@backup_path). */
void       bb_window_offer_backup     (BbWindow       *self,
                                       const char     *offer,
                                       const char     *backup_path);
/* Shows a short message at the bottom of the window. */
void       bb_window_add_toast        (BbWindow       *self,
                                       AdwToast       *toast);
/* The accelerators of the window's actions, set once per application. */
void       bb_window_add_accelerators (GtkApplication *application);

G_END_DECLS
