/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_PREFERENCES_WINDOW (bb_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (BbPreferencesWindow, bb_preferences_window, BB, PREFERENCES_WINDOW, AdwPreferencesWindow)

BbPreferencesWindow *bb_preferences_window_new (GSettings *settings);
/* The database whose backups the Backups page lists; NULL when none is open. */
void                 bb_preferences_window_set_context (BbPreferencesWindow *self,
                                                        BbContext           *context);

G_END_DECLS
