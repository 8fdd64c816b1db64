/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Every way out of the offer editor, as the offers view opens it: on top of a window,
 * with nobody but GTK holding it. Each path must leave nothing behind and warn about
 * nothing (the tests run with G_DEBUG=fatal-warnings). */

#include "config.h"

#include "test-offer-editor-helpers.h"

typedef struct
{
  char          *folder;
  BbContext     *context;
  GtkWindow     *parent;
  /* Weak: the editor lives as long as GTK keeps it. */
  BbOfferEditor *editor;
  gint64         saved_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->parent = GTK_WINDOW (gtk_window_new ());
  g_object_add_weak_pointer (G_OBJECT (fixture->parent), (gpointer *) &fixture->parent);
  gtk_window_present (fixture->parent);
  bb_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_null (fixture->editor);
  g_assert_null (find_message_dialog ());
  gtk_window_destroy (fixture->parent);
  bb_test_iterate ();
  g_assert_null (fixture->parent);
  remove_context (fixture->context, fixture->folder);
  g_free (fixture->folder);
}

/* Opens the editor the way the offers view does. */
static void
open_editor (Fixture *fixture,
             BbOffer *offer)
{
  BbOfferEditor *editor = bb_offer_editor_new (fixture->context, offer);

  fixture->editor = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &fixture->editor);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &fixture->saved_id);
  gtk_window_set_transient_for (GTK_WINDOW (editor), fixture->parent);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();
}

static gboolean
editor_gone (gpointer data)
{
  Fixture *fixture = data;

  return fixture->editor == NULL;
}

static void
assert_editor_gone (Fixture *fixture)
{
  g_assert_true (bb_test_wait_for (editor_gone, fixture, 5));
  /* Its discard dialog went with it, and the parent is still there. */
  g_assert_null (find_message_dialog ());
  g_assert_nonnull (fixture->parent);
}

static void
type_title (Fixture    *fixture,
            const char *title)
{
  set_text (GTK_WIDGET (fixture->editor), "Title", title);
}

static void
answer_dialog (const char *label)
{
  AdwMessageDialog *dialog = find_message_dialog ();

  g_assert_nonnull (dialog);
  press (GTK_WIDGET (dialog), label);
}

static void
test_exit_save (Fixture       *fixture,
                gconstpointer  data)
{
  open_editor (fixture, NULL);
  type_title (fixture, "Rådgivning for unge");
  set_text (GTK_WIDGET (fixture->editor), "Name", "Headspace Esbjerg");

  press (GTK_WIDGET (fixture->editor), "_Save");

  assert_editor_gone (fixture);
  g_assert_cmpint (fixture->saved_id, >, 0);
  g_assert_cmpint (only_offer_id (fixture->context), ==, fixture->saved_id);
}

static void
test_exit_cancel_unchanged (Fixture       *fixture,
                            gconstpointer  data)
{
  open_editor (fixture, NULL);

  press (GTK_WIDGET (fixture->editor), "_Cancel");

  assert_editor_gone (fixture);
  g_assert_cmpint (fixture->saved_id, ==, 0);
}

static void
test_exit_discard (Fixture       *fixture,
                   gconstpointer  data)
{
  open_editor (fixture, NULL);
  type_title (fixture, "Halvskrevet tilbud");

  press (GTK_WIDGET (fixture->editor), "_Cancel");
  g_assert_nonnull (fixture->editor);
  answer_dialog ("_Discard");

  assert_editor_gone (fixture);
  g_assert_cmpint (fixture->saved_id, ==, 0);
}

/* Keep Editing, then Discard on a second attempt: the first dialog must be gone whole. */
static void
test_exit_keep_then_discard (Fixture       *fixture,
                             gconstpointer  data)
{
  open_editor (fixture, NULL);
  type_title (fixture, "Halvskrevet tilbud");

  press (GTK_WIDGET (fixture->editor), "_Cancel");
  answer_dialog ("_Keep Editing");
  g_assert_nonnull (fixture->editor);
  g_assert_null (find_message_dialog ());
  g_assert_cmpstr (row_text (GTK_WIDGET (fixture->editor), "Title"), ==, "Halvskrevet tilbud");

  gtk_window_close (GTK_WINDOW (fixture->editor));
  bb_test_iterate ();
  answer_dialog ("_Discard");

  assert_editor_gone (fixture);
}

/* The window manager's close, with nothing and with something to lose. */
static void
test_exit_close_window (Fixture       *fixture,
                        gconstpointer  data)
{
  open_editor (fixture, NULL);
  gtk_window_close (GTK_WINDOW (fixture->editor));
  bb_test_iterate ();
  assert_editor_gone (fixture);

  open_editor (fixture, NULL);
  type_title (fixture, "Halvskrevet tilbud");
  gtk_window_close (GTK_WINDOW (fixture->editor));
  bb_test_iterate ();
  answer_dialog ("_Discard");
  assert_editor_gone (fixture);
}

/* The parent going first takes the editor and its dialog along. */
static void
test_exit_parent_closed (Fixture       *fixture,
                         gconstpointer  data)
{
  open_editor (fixture, NULL);
  type_title (fixture, "Halvskrevet tilbud");
  gtk_window_close (GTK_WINDOW (fixture->editor));
  bb_test_iterate ();
  g_assert_nonnull (find_message_dialog ());

  gtk_window_destroy (fixture->parent);
  bb_test_iterate ();
  g_assert_true (bb_test_wait_for (editor_gone, fixture, 5));
  g_assert_null (find_message_dialog ());

  /* For the tear-down. */
  fixture->parent = GTK_WINDOW (gtk_window_new ());
  g_object_add_weak_pointer (G_OBJECT (fixture->parent), (gpointer *) &fixture->parent);
}

static gboolean
dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* Escape, as a key pressed on the keyboard: closes an untouched editor, asks about
 * edits, and a second Escape (on the dialog) keeps editing. */
static void
test_exit_escape (Fixture       *fixture,
                  gconstpointer  data)
{
  open_editor (fixture, NULL);
  if (!bb_test_send_keys (GTK_WIDGET (fixture->editor), "Escape"))
    {
      gtk_window_destroy (GTK_WINDOW (fixture->editor));
      bb_test_iterate ();
      return;
    }
  assert_editor_gone (fixture);

  open_editor (fixture, NULL);
  type_title (fixture, "Halvskrevet tilbud");
  bb_test_send_keys (GTK_WIDGET (fixture->editor), "Escape");
  g_assert_true (bb_test_wait_for (dialog_shown, NULL, 5));
  g_assert_nonnull (fixture->editor);

  bb_test_send_keys (GTK_WIDGET (find_message_dialog ()), "Escape");
  g_assert_true (bb_test_wait_for (no_message_dialog, NULL, 5));
  g_assert_nonnull (fixture->editor);
  g_assert_cmpstr (row_text (GTK_WIDGET (fixture->editor), "Title"), ==, "Halvskrevet tilbud");

  bb_test_send_keys (GTK_WIDGET (fixture->editor), "Escape");
  g_assert_true (bb_test_wait_for (dialog_shown, NULL, 5));
  answer_dialog ("_Discard");
  assert_editor_gone (fixture);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add ("/offer-editor/exit/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("save", test_exit_save);
  ADD ("cancel-unchanged", test_exit_cancel_unchanged);
  ADD ("discard", test_exit_discard);
  ADD ("keep-then-discard", test_exit_keep_then_discard);
  ADD ("close-window", test_exit_close_window);
  ADD ("parent-closed", test_exit_parent_closed);
  ADD ("escape", test_exit_escape);

#undef ADD

  return g_test_run ();
}
