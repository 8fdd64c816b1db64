/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_ZOOM_CONTROLS (bb_zoom_controls_get_type ())
G_DECLARE_FINAL_TYPE (BbZoomControls, bb_zoom_controls, BB, ZOOM_CONTROLS, GtkWidget)

/* The main menu's row of text size buttons, as in GNOME Text Editor: smaller, the
 * size now (which resets it), larger; the window's zoom actions. */
BbZoomControls *bb_zoom_controls_new (GSettings *settings);

G_END_DECLS
