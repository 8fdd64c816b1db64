/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_PREFERENCES_WINDOW (bb_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (BbPreferencesWindow, bb_preferences_window, BB, PREFERENCES_WINDOW, AdwPreferencesWindow)

BbPreferencesWindow *bb_preferences_window_new (GSettings *settings);

G_END_DECLS
