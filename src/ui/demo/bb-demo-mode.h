/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_DEMO_MODE (bb_demo_mode_get_type ())
G_DECLARE_FINAL_TYPE (BbDemoMode, bb_demo_mode, BB, DEMO_MODE, GObject)

/* Which database a window shows: the real one, or the demonstration database beside it
 * (bb_demo_file_dup_path ()), made on first use and reset on request. The real file is
 * never written by anything here.
 *
 * Properties (read-only, notified): "context", what the window shows (NULL while the
 * demonstration data is being made, or when the real database could not be opened);
 * "active", TRUE from bb_demo_mode_enter () to bb_demo_mode_leave (); "busy", TRUE
 * while the demonstration data is being made in a worker thread.
 *
 * Signal "failed" (const char *message): entering, resetting or leaving went wrong; the
 * message is written for the user. */
BbDemoMode *bb_demo_mode_new         (const char  *real_path,
                                      gboolean     create_folder,
                                      BbContext   *real,
                                      GSettings   *settings,
                                      BbClock     *clock);
BbContext  *bb_demo_mode_get_context (BbDemoMode  *self);
gboolean    bb_demo_mode_get_active  (BbDemoMode  *self);
gboolean    bb_demo_mode_get_busy    (BbDemoMode  *self);
const char *bb_demo_mode_get_path    (BbDemoMode  *self);
void        bb_demo_mode_enter       (BbDemoMode  *self);
/* Back to the real database, opened now if it was not (a start with --demo). */
void        bb_demo_mode_leave       (BbDemoMode  *self);
/* Makes the demonstration data anew in a new file, then puts it in place of the old
 * one and shows it: everything changed in demonstration mode is gone. */
void        bb_demo_mode_reset       (BbDemoMode  *self);

G_END_DECLS
