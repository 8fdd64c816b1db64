/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gpointer    bb_test_find             (GtkWidget  *root,
                                      GType       type,
                                      gboolean    mapped);
GPtrArray  *bb_test_collect_drawn    (GtkWidget  *root,
                                      GType       type);
guint       bb_test_count_widgets    (GtkWidget  *root);
const char *bb_test_find_styled_text (GtkWidget  *root,
                                      const char *css_class);
void        bb_test_iterate          (void);
gboolean    bb_test_wait_for         (gboolean  (*condition) (gpointer data),
                                      gpointer    data,
                                      guint       seconds);
GtkWindow  *bb_test_find_toplevel    (GType       type,
                                      GtkWindow  *transient_for);
GtkLabel   *bb_test_find_label       (GtkWidget  *root,
                                      const char *text);
GtkWidget  *bb_test_find_button      (GtkWidget  *root,
                                      const char *label);
GtkLabel   *bb_test_wait_for_label   (GtkWidget  *root,
                                      const char *text,
                                      guint       seconds);
GtkWindow  *bb_test_wait_for_toplevel (GType      type,
                                       GtkWindow *transient_for,
                                       guint      seconds);
void        bb_test_click            (GtkWidget  *button);
char       *bb_test_set_data_home    (void);
void        bb_test_assert_mnemonics_unique (GtkWidget *root,
                                             gboolean   drawn_only);

/* Real key presses, through the X server's own keyboard (XTest), so that the widgets'
 * key handling, not only the action behind a key, is what is tested. The keyboard
 * focus goes to @target's window first, and to @target when it is not the window;
 * each key is handled before the next. FALSE, and the test skipped, without an X
 * display (run the tests under xvfb-run). A key on the second level ("A") is pressed
 * with Shift. */
gboolean    bb_test_press_key        (GtkWidget       *target,
                                      guint            keyval,
                                      GdkModifierType  modifiers);
/* @keys: key names as gdk_keyval_from_name () knows them, separated by spaces, with
 * "shift+", "ctrl+" or "alt+" before a name as needed: "Tab", "shift+Tab", "ctrl+f". */
gboolean    bb_test_send_keys        (GtkWidget       *target,
                                      const char      *keys);

G_END_DECLS
