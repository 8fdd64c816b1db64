/* SPDX-License-Identifier: GPL-3.0-or-later */

/* One process per database file: a second start on the same file presents the window
 * already open and exits, another file gets a process of its own, and the headless
 * commands run where they are started, without a display. The test is the first
 * instance; the others are the built program. Needs a session bus (dbus-run-session). */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <sys/wait.h>
#include <X11/Xatom.h>

#include "bb-application.h"
#include "bb-test-safety.h"
#include "bb-test-widgets.h"
#include "bb-window.h"

typedef struct
{
  GPid     pid;
  int      status;
  gboolean exited;
} Child;

typedef struct
{
  BbApplication   *application;
  GDBusConnection *bus;
  char            *folder;
  char            *path;
  char            *other_path;
  char            *other_id;
  guint            activations;
  gboolean         ran;
} Fixture;

static void
on_child_exited (GPid     pid,
                 int      status,
                 gpointer data)
{
  Child *child = data;

  child->status = status;
  child->exited = TRUE;
  g_spawn_close_pid (pid);
}

static gboolean
child_exited (gpointer data)
{
  return ((Child *) data)->exited;
}

/* The built brobygger with @args (NULL-terminated), in @envp (NULL: ours). */
static void
spawn (Child  *child,
       char  **envp,
       ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "src", "brobygger", NULL));
  va_start (args, envp);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  *child = (Child) { 0 };
  /* What the commands print is not the test's TAP stream. */
  g_spawn_async (NULL, (char **) argv->pdata, envp,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                 &child->pid, &error);
  g_assert_no_error (error);
  g_child_watch_add (child->pid, on_child_exited, child);
}

static void
assert_exited_cleanly (Child *child)
{
  g_assert_true (bb_test_wait_for (child_exited, child, 120));
  g_assert_true (WIFEXITED (child->status));
  g_assert_cmpint (WEXITSTATUS (child->status), ==, 0);
}

static gboolean
activated_twice (gpointer data)
{
  return ((Fixture *) data)->activations >= 2;
}

/* Another Brobygger instance on the bus than this one: the other file's. */
static gboolean
other_instance_registered (gpointer data)
{
  Fixture *fixture = data;
  const char *ours = g_application_get_application_id (G_APPLICATION (fixture->application));
  g_autoptr(GVariant) reply = NULL;
  g_autofree const char **names = NULL;

  reply = g_dbus_connection_call_sync (fixture->bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "ListNames", NULL,
                                       G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  g_assert_nonnull (reply);
  g_variant_get (reply, "(^a&s)", &names);
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], APP_ID ".") && !g_str_equal (names[i], ours))
      {
        g_free (fixture->other_id);
        fixture->other_id = g_strdup (names[i]);
        return TRUE;
      }

  return FALSE;
}

/* app.quit of the other instance, as the desktop's menu would call it. */
static void
quit_other (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autofree char *object_path = g_strconcat ("/", fixture->other_id, NULL);

  g_strdelimit (object_path, ".", '/');
  reply = g_dbus_connection_call_sync (fixture->bus, fixture->other_id, object_path,
                                       "org.gtk.Actions", "Activate",
                                       g_variant_new ("(s@av@a{sv})", "quit",
                                                      g_variant_new_array (G_VARIANT_TYPE_VARIANT, NULL, 0),
                                                      g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0)),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
}

/* The id the desktop sees on the window is the desktop file's, whatever the
 * instance's id. */
static void
assert_desktop_id (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  Display *display;
  Atom type;
  int format;
  unsigned long n_items, after;
  unsigned char *value = NULL;

  if (!GDK_IS_X11_SURFACE (surface))
    return;

  display = gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface));
  g_assert_cmpint (XGetWindowProperty (display, gdk_x11_surface_get_xid (surface),
                                       XInternAtom (display, "_GTK_APPLICATION_ID", False),
                                       0, 1024, False, XInternAtom (display, "UTF8_STRING", False),
                                       &type, &format, &n_items, &after, &value), ==, Success);
  g_assert_nonnull (value);
  g_assert_cmpstr ((const char *) value, ==, APP_ID);
  XFree (value);
}

static void
on_activate (GApplication *application,
             Fixture      *fixture)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_autofree char *export = g_build_filename (fixture->folder, "offers.csv", NULL);
  g_auto(GStrv) headless_env = NULL;
  Child second, other, headless;

  fixture->activations++;
  if (fixture->ran)
    return;
  fixture->ran = TRUE;

  g_assert_true (BB_IS_WINDOW (window));
  g_assert_nonnull (bb_window_get_context (BB_WINDOW (window)));
  g_assert_true (g_str_has_prefix (g_application_get_application_id (application), APP_ID "."));
  assert_desktop_id (window);

  /* The same file again: forwarded to this window, which is presented; no second one. */
  spawn (&second, NULL, "--database", fixture->path, NULL);
  assert_exited_cleanly (&second);
  g_assert_true (bb_test_wait_for (activated_twice, fixture, 30));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))), ==, 1);

  /* A headless command runs where it is started, even without a display, and is
   * not forwarded. */
  headless_env = g_get_environ ();
  headless_env = g_environ_unsetenv (headless_env, "DISPLAY");
  headless_env = g_environ_unsetenv (headless_env, "WAYLAND_DISPLAY");
  spawn (&headless, headless_env, "--database", fixture->path, "--export-offers", export, NULL);
  assert_exited_cleanly (&headless);
  g_assert_true (g_file_test (export, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (fixture->activations, ==, 2);

  /* Another file: a process of its own, still running until it is told to quit. */
  spawn (&other, NULL, "--database", fixture->other_path, NULL);
  g_assert_true (bb_test_wait_for (other_instance_registered, fixture, 120));
  g_assert_false (other.exited);
  g_assert_cmpuint (fixture->activations, ==, 2);
  quit_other (fixture);
  assert_exited_cleanly (&other);

  g_application_quit (application);
}

static void
test_forwarded (void)
{
  g_autoptr(GError) error = NULL;
  Fixture fixture = { 0 };
  const char *argv[] = { "brobygger", "--database", NULL, NULL };

  fixture.bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (fixture.bus == NULL)
    {
      g_test_skip ("No session bus: run under dbus-run-session");
      return;
    }

  {
    g_autoptr(BbDatabase) database = bb_test_database_new (&fixture.folder);

    fixture.path = g_strdup (bb_database_get_path (database));
  }
  {
    g_autofree char *other_folder = g_build_filename (fixture.folder, "other", NULL);

    g_assert_cmpint (g_mkdir (other_folder, 0700), ==, 0);
    fixture.other_path = g_build_filename (other_folder, "brobygger.db", NULL);
  }

  argv[2] = fixture.path;
  fixture.application = bb_application_new ();
  g_signal_connect_after (fixture.application, "activate", G_CALLBACK (on_activate), &fixture);
  g_assert_cmpint (g_application_run (G_APPLICATION (fixture.application), 3, (char **) argv), ==, 0);
  g_assert_true (fixture.ran);

  g_clear_object (&fixture.application);
  g_clear_object (&fixture.bus);
  bb_test_remove_folder (fixture.folder);
  g_free (fixture.folder);
  g_free (fixture.path);
  g_free (fixture.other_path);
  g_free (fixture.other_id);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/instance/forwarded", test_forwarded);

  return g_test_run ();
}
