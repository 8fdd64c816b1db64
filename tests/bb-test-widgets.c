/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <gdk/x11/gdkx.h>
#include <string.h>
#include <X11/extensions/XTest.h>

#include "bb-test-widgets.h"

/* The first descendant of @root of @type, depth first in the order the widgets are
 * stacked; with @mapped, the first one on screen. */
gpointer
bb_test_find (GtkWidget *root,
              GType      type,
              gboolean   mapped)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (!mapped || gtk_widget_get_mapped (child)))
        return child;
      if ((found = bb_test_find (child, type, mapped)) != NULL)
        return found;
    }

  return NULL;
}

/* Calls @visit on every descendant of @widget, depth first in the order the widgets
 * are stacked, and goes below those it returns TRUE for. */
static void
walk (GtkWidget  *widget,
      gboolean  (*visit) (GtkWidget *child, gpointer data),
      gpointer    data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (visit (child, data))
      walk (child, visit, data);
}

typedef struct
{
  GType      type;
  GPtrArray *found;
} Collect;

static gboolean
collect_drawn (GtkWidget *child,
               gpointer   data)
{
  Collect *collect = data;

  if (G_TYPE_CHECK_INSTANCE_TYPE (child, collect->type) && gtk_widget_is_drawable (child))
    g_ptr_array_add (collect->found, child);
  return TRUE;
}

/* The descendants of @root of @type that are on screen, depth first in the order the
 * widgets are stacked. Free the array; the widgets are borrowed. */
GPtrArray *
bb_test_collect_drawn (GtkWidget *root,
                       GType      type)
{
  Collect collect = { type, g_ptr_array_new () };

  walk (root, collect_drawn, &collect);
  return collect.found;
}

/* The text of the first label on screen below @root with @css_class ("title-1"), or
 * NULL when there is none. */
const char *
bb_test_find_styled_text (GtkWidget  *root,
                          const char *css_class)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), css_class))
      return gtk_label_get_text (g_ptr_array_index (labels, i));

  return NULL;
}

/* Runs the main loop until nothing is pending. */
void
bb_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop until @condition holds or @seconds have passed, whichever is
 * first, and says whether it holds. Work in threads needs this rather than
 * bb_test_iterate(): the loop can be idle while a worker is still busy. */
gboolean
bb_test_wait_for (gboolean (*condition) (gpointer data),
                  gpointer   data,
                  guint      seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  return condition (data);
}

/* The first toplevel window of @type; with @transient_for, the first one on top of
 * that window. The list of toplevels holds it, not the caller. */
GtkWindow *
bb_test_find_toplevel (GType      type,
                       GtkWindow *transient_for)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && (transient_for == NULL || gtk_window_get_transient_for (window) == transient_for))
        return window;
    }

  return NULL;
}

static gboolean
label_contains (GtkWidget  *widget,
                const char *text)
{
  return strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
button_labelled (GtkWidget  *widget,
                 const char *label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The first widget of @type on screen below @root that @matches @text. */
static gpointer
find_drawn (GtkWidget   *root,
            GType        type,
            gboolean   (*matches) (GtkWidget *widget, const char *text),
            const char  *text)
{
  g_autoptr(GPtrArray) found = bb_test_collect_drawn (root, type);

  for (guint i = 0; i < found->len; i++)
    if (matches (g_ptr_array_index (found, i), text))
      return g_ptr_array_index (found, i);

  return NULL;
}

/* The first label on screen below @root whose text contains @text, or NULL. */
GtkLabel *
bb_test_find_label (GtkWidget  *root,
                    const char *text)
{
  return find_drawn (root, GTK_TYPE_LABEL, label_contains, text);
}

/* The first button on screen below @root labelled @label (with its underline: "_Undo"),
 * or NULL. */
GtkWidget *
bb_test_find_button (GtkWidget  *root,
                     const char *label)
{
  return find_drawn (root, GTK_TYPE_BUTTON, button_labelled, label);
}

/* Something to wait for: what @find finds from @first and @second. */
typedef struct
{
  gpointer (*find) (gpointer first, gpointer second);
  gpointer   first;
  gpointer   second;
  gpointer   found;
} Lookup;

static gboolean
lookup_found (gpointer data)
{
  Lookup *lookup = data;

  lookup->found = lookup->find (lookup->first, lookup->second);
  return lookup->found != NULL;
}

static gpointer
wait_for_lookup (Lookup     *lookup,
                 guint       seconds,
                 const char *what)
{
  if (!bb_test_wait_for (lookup_found, lookup, seconds))
    g_error ("%s was not shown within %u s", what, seconds);
  return lookup->found;
}

/* Waits up to @seconds for a label on screen below @root that contains @text. */
GtkLabel *
bb_test_wait_for_label (GtkWidget  *root,
                        const char *text,
                        guint       seconds)
{
  Lookup lookup = { (gpointer (*) (gpointer, gpointer)) bb_test_find_label, root, (gpointer) text, NULL };
  g_autofree char *what = g_strdup_printf ("A label saying “%s”", text);

  return wait_for_lookup (&lookup, seconds, what);
}

static gpointer
find_toplevel (gpointer type,
               gpointer transient_for)
{
  return bb_test_find_toplevel ((GType) GPOINTER_TO_SIZE (type), transient_for);
}

/* Waits up to @seconds for a toplevel as bb_test_find_toplevel () finds it. */
GtkWindow *
bb_test_wait_for_toplevel (GType      type,
                           GtkWindow *transient_for,
                           guint      seconds)
{
  Lookup lookup = { find_toplevel, GSIZE_TO_POINTER (type), transient_for, NULL };
  g_autofree char *what = g_strdup_printf ("A %s", g_type_name (type));
  GtkWindow *window = wait_for_lookup (&lookup, seconds, what);

  /* Laid out and drawn, as a user first sees it. */
  bb_test_iterate ();
  return window;
}

/* A data folder of its own (GTK keeps the file chooser's recent files there), set
 * before gtk_test_init (); remove the folder it returns once the tests have run. */
char *
bb_test_set_data_home (void)
{
  g_autoptr(GError) error = NULL;
  char *home = g_dir_make_tmp ("bb-test-home-XXXXXX", &error);
  g_autofree char *data_home = NULL;

  g_assert_no_error (error);
  data_home = g_build_filename (home, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  return home;
}

/* Clicks @button as a user can: it must be on screen and not greyed out. */
/* @root and every widget below it: what a page costs to build. */
guint
bb_test_count_widgets (GtkWidget *root)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += bb_test_count_widgets (child);
  return n;
}

void
bb_test_click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  bb_test_iterate ();
}

/* ---- mnemonics ------------------------------------------------------- */

typedef struct
{
  gboolean    drawn_only;
  GHashTable *seen;
} Mnemonics;

static gboolean
check_mnemonic (GtkWidget *child,
                gpointer   data)
{
  Mnemonics *mnemonics = data;
  guint key;
  const char *other;

  /* A popover or window is a scope of its own; hidden controls press nothing. */
  if (GTK_IS_NATIVE (child) || !gtk_widget_get_visible (child)
      || (mnemonics->drawn_only && !gtk_widget_is_drawable (child)))
    return FALSE;

  if (!GTK_IS_LABEL (child) || !gtk_label_get_use_underline (GTK_LABEL (child))
      || gtk_label_get_mnemonic_keyval (GTK_LABEL (child)) == GDK_KEY_VoidSymbol)
    return TRUE;

  key = gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (child)));
  other = g_hash_table_lookup (mnemonics->seen, GUINT_TO_POINTER (key));
  if (other != NULL)
    g_error ("“%s” and “%s” underline the same letter", other, gtk_label_get_label (GTK_LABEL (child)));
  g_hash_table_insert (mnemonics->seen, GUINT_TO_POINTER (key), (gpointer) gtk_label_get_label (GTK_LABEL (child)));
  return TRUE;
}

/* Fails unless the controls below @root underline different letters: of two alike,
 * Alt and the letter reach only one. With @drawn_only the controls on screen, else
 * every one not hidden (a closed popover's). Popovers below @root are left out: each
 * is a scope of its own. */
void
bb_test_assert_mnemonics_unique (GtkWidget *root,
                                 gboolean   drawn_only)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  Mnemonics mnemonics = { drawn_only, seen };

  walk (root, check_mnemonic, &mnemonics);
}

/* ---- real key presses ------------------------------------------------ */

static gboolean
window_active (gpointer window)
{
  return gtk_window_is_active (window);
}

/* The X server's keyboard, with the keyboard focus in @target's window (and on @target
 * when it is not the window); NULL, and the test skipped, where there is none. */
static Display *
focus_x_keyboard (GtkWidget *target)
{
  GtkNative *native = gtk_widget_get_native (target);
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  Display *display;
  int event_base, error_base, major, minor;

  if (surface == NULL || !GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("Real key presses need an X display (run the tests under xvfb-run)");
      return NULL;
    }

  display = gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface));
  if (!XTestQueryExtension (display, &event_base, &error_base, &major, &minor))
    {
      g_test_skip ("Real key presses need the X server's XTEST extension");
      return NULL;
    }

  /* A press is released only once it is handled; on a loaded machine, or in a
   * sanitizer build, that can outlast the server's repeat delay, and the repeat then
   * reaches whatever the first press focused (Return on Read Feed, then on Cancel). */
  XAutoRepeatOff (display);

  /* Without a window manager nobody else gives the window the focus. */
  if (!gtk_window_is_active (GTK_WINDOW (native)))
    {
      XSetInputFocus (display, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
      gdk_display_sync (gdk_surface_get_display (surface));
      g_assert_true (bb_test_wait_for (window_active, native, 5));
    }
  if (target != GTK_WIDGET (native))
    g_assert_true (gtk_widget_grab_focus (target));

  return display;
}

/* Each key is handled before the next, as fingers press them one at a time. A key may
 * close the window it went to, so nothing of it is used after. */
static void
fake_key (GdkDisplay *display,
          guint       keycode,
          gboolean    press)
{
  XTestFakeKeyEvent (gdk_x11_display_get_xdisplay (display), keycode, press, CurrentTime);
  gdk_display_sync (display);
  bb_test_iterate ();
}

static guint
find_keycode (GdkDisplay *display,
              guint       keyval,
              gboolean   *shifted)
{
  g_autofree GdkKeymapKey *keys = NULL;
  int n_keys;
  int chosen = 0;

  if (!gdk_display_map_keyval (display, keyval, &keys, &n_keys))
    g_error ("No key on this keyboard gives “%s”", gdk_keyval_name (keyval));

  /* The plainest way to the key: the first group, the lowest level. */
  for (int i = 1; i < n_keys; i++)
    if (keys[i].group < keys[chosen].group
        || (keys[i].group == keys[chosen].group && keys[i].level < keys[chosen].level))
      chosen = i;

  if (shifted != NULL)
    *shifted = keys[chosen].level == 1;
  return keys[chosen].keycode;
}

/* Presses @keyval with @modifiers held, and Shift for a key on the second level. */
static void
press_on_focus (GdkDisplay      *display,
                guint            keyval,
                GdkModifierType  modifiers)
{
  static const struct {
    GdkModifierType mask;
    guint           keyval;
  } held_keys[] = {
    { GDK_SHIFT_MASK, GDK_KEY_Shift_L },
    { GDK_CONTROL_MASK, GDK_KEY_Control_L },
    { GDK_ALT_MASK, GDK_KEY_Alt_L },
  };
  guint held[G_N_ELEMENTS (held_keys)];
  guint n_held = 0;
  gboolean shifted;
  guint keycode = find_keycode (display, keyval, &shifted);

  if (shifted)
    modifiers |= GDK_SHIFT_MASK;

  for (guint i = 0; i < G_N_ELEMENTS (held_keys); i++)
    if (modifiers & held_keys[i].mask)
      held[n_held++] = find_keycode (display, held_keys[i].keyval, NULL);

  for (guint i = 0; i < n_held; i++)
    fake_key (display, held[i], TRUE);
  fake_key (display, keycode, TRUE);
  fake_key (display, keycode, FALSE);
  for (guint i = n_held; i > 0; i--)
    fake_key (display, held[i - 1], FALSE);
}

gboolean
bb_test_press_key (GtkWidget       *target,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  GdkDisplay *display;

  g_return_val_if_fail (GTK_IS_WIDGET (target), FALSE);

  display = gtk_widget_get_display (target);
  if (focus_x_keyboard (target) == NULL)
    return FALSE;

  press_on_focus (display, keyval, modifiers);
  return TRUE;
}

gboolean
bb_test_send_keys (GtkWidget  *target,
                   const char *keys)
{
  g_auto(GStrv) names = NULL;
  GdkDisplay *display;

  g_return_val_if_fail (GTK_IS_WIDGET (target), FALSE);
  g_return_val_if_fail (keys != NULL, FALSE);

  display = gtk_widget_get_display (target);
  /* Focused once: the keys may move the focus, as they are meant to. */
  if (focus_x_keyboard (target) == NULL)
    return FALSE;

  names = g_strsplit (keys, " ", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (names[i], "+", -1);
      guint n_parts = g_strv_length (parts);
      GdkModifierType modifiers = 0;
      guint keyval;

      if (n_parts == 0)
        continue;

      for (guint j = 0; j + 1 < n_parts; j++)
        {
          if (g_ascii_strcasecmp (parts[j], "shift") == 0)
            modifiers |= GDK_SHIFT_MASK;
          else if (g_ascii_strcasecmp (parts[j], "ctrl") == 0)
            modifiers |= GDK_CONTROL_MASK;
          else if (g_ascii_strcasecmp (parts[j], "alt") == 0)
            modifiers |= GDK_ALT_MASK;
          else
            g_error ("Unknown modifier “%s” in “%s”", parts[j], names[i]);
        }

      keyval = gdk_keyval_from_name (parts[n_parts - 1]);
      if (keyval == GDK_KEY_VoidSymbol || keyval == 0)
        g_error ("Unknown key “%s”", parts[n_parts - 1]);
      press_on_focus (display, keyval, modifiers);
    }

  return TRUE;
}
