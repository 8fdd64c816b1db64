/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A real click of the pointer's first button at @x, @y of @widget, through the X
 * server (XTest), so the gesture on the widget is what is tested; FALSE, with the
 * test skipped, without an X display. */
gboolean bb_test_click_at (GtkWidget *widget,
                           double     x,
                           double     y);

G_END_DECLS
