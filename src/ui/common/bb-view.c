/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-view.h"

G_DEFINE_INTERFACE (BbView, bb_view, GTK_TYPE_WIDGET)

static void
bb_view_default_init (BbViewInterface *iface)
{
  /**
   * BbView:context:
   *
   * What the view shows and edits. The window binds its own context here, so it
   * may arrive after construction, change, or be NULL.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_object ("context", NULL, NULL,
                                                            BB_TYPE_CONTEXT,
                                                            G_PARAM_READWRITE |
                                                            G_PARAM_EXPLICIT_NOTIFY |
                                                            G_PARAM_STATIC_STRINGS));
}

/**
 * bb_view_get_context:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the view's context
 */
BbContext *
bb_view_get_context (BbView *self)
{
  g_autoptr(BbContext) context = NULL;

  g_return_val_if_fail (BB_IS_VIEW (self), NULL);

  /* The view keeps its own reference; the caller borrows it. */
  g_object_get (self, "context", &context, NULL);
  return context;
}

/**
 * bb_view_activate:
 * @self: a view
 *
 * Tells the view that the window now shows it.
 */
void
bb_view_activate (BbView *self)
{
  BbViewInterface *iface;

  g_return_if_fail (BB_IS_VIEW (self));

  iface = BB_VIEW_GET_IFACE (self);
  if (iface->activate != NULL)
    iface->activate (self);
}
