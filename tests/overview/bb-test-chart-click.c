/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A real click on a chart's point, for the overview's view tests. */

#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>

#include "bb-test-chart-click.h"
#include "bb-test-widgets.h"

/* A real click of the pointer's first button at @x, @y of @widget, through the X
 * server (XTest), so the gesture on the widget is what is tested. */
gboolean
bb_test_click_at (GtkWidget *widget,
                  double     x,
                  double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  Display *display;
  graphene_point_t point;
  double dx, dy;
  int root_x, root_y;
  Window child;

  if (!GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("A real click needs an X display (run the tests under xvfb-run)");
      return FALSE;
    }

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &dx, &dy);
  display = gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface));
  XTranslateCoordinates (display, gdk_x11_surface_get_xid (surface), DefaultRootWindow (display),
                         (int) (point.x + dx), (int) (point.y + dy), &root_x, &root_y, &child);
  XTestFakeMotionEvent (display, -1, root_x, root_y, CurrentTime);
  gdk_display_sync (gdk_surface_get_display (surface));
  bb_test_iterate ();
  XTestFakeButtonEvent (display, 1, True, CurrentTime);
  gdk_display_sync (gdk_surface_get_display (surface));
  bb_test_iterate ();
  XTestFakeButtonEvent (display, 1, False, CurrentTime);
  gdk_display_sync (gdk_surface_get_display (surface));
  bb_test_iterate ();
  return TRUE;
}
