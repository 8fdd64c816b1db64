/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Text size for a projector: the setting "text-scale", from 70 % to 200 % in steps of
 * 10 %, scales every text of the program (GtkSettings:gtk-xft-dpi, from the desktop's
 * own value), so titles, lists and dialogs grow together. */
#define BB_TEXT_SCALE_MIN  0.7
#define BB_TEXT_SCALE_MAX  2.0
#define BB_TEXT_SCALE_STEP 0.1

/* "win.zoom-in", "win.zoom-out" and "win.zoom-reset" on a window class with a
 * "settings" property holding the application's GSettings. */
void bb_text_scale_install_actions   (GtkWidgetClass *widget_class);
/* Ctrl++ and Ctrl+=, Ctrl+−, Ctrl+0 (and the keypad's). */
void bb_text_scale_add_accelerators  (GtkApplication *application);
/* Applies the setting to @window's display now and whenever it changes, and keeps the
 * window's zoom actions enabled only where there is room to zoom. */
void bb_text_scale_follow            (GtkWidget      *window,
                                      GSettings      *settings);
/* The setting's value, rounded to a step and kept within range. */
double bb_text_scale_get             (GSettings      *settings);

G_END_DECLS
