/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_VIEW (bb_view_get_type ())
G_DECLARE_INTERFACE (BbView, bb_view, BB, VIEW, GtkWidget)

/* What a view of the main window implements. The window binds its "context" to every
 * view's "context" property (which the interface defines), so adding a view is a folder,
 * a class and one line in the window's view table. */
struct _BbViewInterface
{
  GTypeInterface parent_iface;

  /* Called when the window shows the view, so it can take the keyboard focus. */
  void (*activate) (BbView *self);
};

BbContext *bb_view_get_context (BbView *self);
void       bb_view_activate    (BbView *self);

G_END_DECLS
