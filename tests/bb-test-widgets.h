/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gpointer    bb_test_find             (GtkWidget  *root,
                                      GType       type,
                                      gboolean    mapped);
GPtrArray  *bb_test_collect_drawn    (GtkWidget  *root,
                                      GType       type);
const char *bb_test_find_styled_text (GtkWidget  *root,
                                      const char *css_class);
void        bb_test_iterate          (void);
gboolean    bb_test_wait_for         (gboolean  (*condition) (gpointer data),
                                      gpointer    data,
                                      guint       seconds);
GtkWindow  *bb_test_find_toplevel    (GType       type,
                                      GtkWindow  *transient_for);

G_END_DECLS
