/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The offer's opening hours by weekday in the editor, typed with real key presses:
 * Monday 09:00–15:00 is saved as an Open Referral schedule and shown as "Monday 9–15";
 * a time that is no time, or a closing time before the opening time, is said on the
 * row and keeps the offer from being saved. */

#include "config.h"

#include "bb-offer-details.h"
#include "bb-sql.h"
#include "test-offer-editor-helpers.h"

static BbOfferEditor *
open_editor (BbContext *context,
             BbOffer   *offer)
{
  BbOfferEditor *editor = g_object_ref (bb_offer_editor_new (context, offer));

  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();
  return editor;
}

/* The button whose content (icon and label) says @label. */
static GtkWidget *
find_content_button (GtkWidget  *root,
                     const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *content = GTK_IS_BUTTON (child) ? gtk_button_get_child (GTK_BUTTON (child)) : NULL;
      GtkWidget *found;

      if (ADW_IS_BUTTON_CONTENT (content)
          && g_strcmp0 (adw_button_content_get_label (ADW_BUTTON_CONTENT (content)), label) == 0)
        return child;
      if ((found = find_content_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

/* The focus, once the keys were handled. */
static GtkWidget *
focus_of (BbOfferEditor *editor)
{
  bb_test_iterate ();
  return gtk_root_get_focus (GTK_ROOT (editor));
}

static char *
query_schedules (BbContext *context,
                 gint64     offer_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbStatement) stmt = bb_database_prepare (bb_context_get_database (context),
                                                     "SELECT freq, byday, opens_at, closes_at FROM offer_schedules"
                                                     " WHERE offer_id = ?1 AND place = -1 ORDER BY position",
                                                     &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, offer_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (text, "%s %s %s–%s\n", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1),
                            sqlite3_column_text (stmt, 2), sqlite3_column_text (stmt, 3));
  return g_string_free (text, FALSE);
}

static void
test_hours_by_weekday (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbOfferRepository *offers = bb_context_get_offers (context);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Samtaleforløb");
  g_autoptr(BbOffer) loaded = NULL;
  g_autoptr(BbOffer) saved = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *shown = NULL;
  BbOfferEditor *editor;
  GtkWidget *add_button;
  gint64 saved_id = 0;

  g_assert_true (bb_offer_repository_save (offers, offer, &error));
  g_assert_no_error (error);
  loaded = bb_offer_repository_get (offers, bb_offer_get_id (offer), &error);
  g_assert_no_error (error);
  editor = open_editor (context, loaded);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);

  add_button = find_content_button (GTK_WIDGET (editor), "Add _Opening Hours");
  g_assert_nonnull (add_button);
  gtk_widget_grab_focus (add_button);
  if (!bb_test_press_key (add_button, GDK_KEY_Return, 0))
    {
      gtk_window_destroy (GTK_WINDOW (editor));
      g_clear_object (&editor);
      remove_context (context, folder);
      return;
    }

  /* A new row has the focus on its weekday, Monday; Tab goes on to its times. */
  g_assert_true (gtk_widget_is_ancestor (focus_of (editor), GTK_WIDGET (bb_test_find (GTK_WIDGET (editor),
                                                                                     GTK_TYPE_DROP_DOWN, TRUE)))
                 || GTK_IS_DROP_DOWN (focus_of (editor)));
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "Tab 0 9 colon 0 0 Tab 1 5 colon 0 0"));

  /* Enter in the closing time adds another range; a wrong one says what is wrong. */
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "Return Tab 1 4 Tab 1 2 colon 0 0"));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL) && saved_id != 0);
  bb_test_iterate ();
  g_assert_cmpint (saved_id, ==, 0);
  g_assert_true (shows_label (GTK_WIDGET (editor), "Write the times as hours and minutes, such as 09:00."));
  /* The failed save took the cursor to the wrong time. */
  g_assert_true (GTK_IS_TEXT (focus_of (editor)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus_of (editor))), ==, "14");
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "End BackSpace BackSpace 1 6 colon 0 0"));
  bb_test_iterate ();
  g_assert_true (shows_label (GTK_WIDGET (editor), "The closing time must come after the opening time."));

  /* The second range goes again: its remove button is the next stop. */
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "Tab Tab space"));
  bb_test_iterate ();
  g_assert_false (shows_label (GTK_WIDGET (editor), "The closing time must come after the opening time."));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();
  g_assert_cmpint (saved_id, ==, bb_offer_get_id (offer));
  g_assert_finalize_object (editor);

  rows = query_schedules (context, saved_id);
  g_assert_cmpstr (rows, ==, "WEEKLY MO 09:00–15:00\n");
  /* What the offer's page shows of them (bb-offers-view-detail.c). */
  saved = bb_offer_repository_get (offers, saved_id, &error);
  g_assert_no_error (error);
  shown = bb_schedules_format (bb_offer_get_details (saved)->schedules);
  g_assert_cmpstr (shown, ==, "Monday 9–15");

  g_clear_object (&offer);
  g_clear_object (&loaded);
  g_clear_object (&saved);
  remove_context (context, folder);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/offer-editor/hours-by-weekday", test_hours_by_weekday);

  return g_test_run ();
}
