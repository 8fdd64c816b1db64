/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The offer editor's contact persons: duplicated, removed and brought back. */

#include "config.h"

#include "test-offer-editor-helpers.h"

static void
test_editor_duplicate_contact (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbOfferRepository *offers = bb_context_get_offers (context);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Mentorordning");
  g_autoptr(BbContact) stored_contact = NULL;
  g_autoptr(BbOffer) saved = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GListModel *contacts;
  BbOfferEditor *editor;
  GtkWidget *focus;
  guint n_ambassadors = 0;
  gint64 saved_id = 0;

  stored_contact = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_contacts (offer)), 0);
  bb_contact_set_role (stored_contact, "Mentor");
  bb_contact_set_email (stored_contact, "jonas@esbjerg.dk");
  bb_contact_set_ambassador (stored_contact, TRUE);
  g_assert_true (bb_offer_repository_save (offers, offer, &error));
  g_assert_no_error (error);

  editor = g_object_ref (bb_offer_editor_new (context, offer));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  rows = contact_rows (editor);
  g_assert_cmpuint (rows->len, ==, 1);
  /* What is typed, not what was stored, is copied. */
  set_text (g_ptr_array_index (rows, 0), "Phone", "75 16 11 11");
  click (g_ptr_array_index (rows, 0), "Duplicate");

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = contact_rows (editor);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Jonas Holm");
      g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Mentor");
      g_assert_cmpstr (row_text (row, "Name"), ==, "Jonas Holm");
      g_assert_cmpstr (row_text (row, "Phone"), ==, "75 16 11 11");
      g_assert_cmpstr (row_text (row, "E-mail"), ==, "jonas@esbjerg.dk");
    }
  /* The copy comes right after, open, ready for a new name; the ambassador stays one. */
  g_assert_true (gtk_switch_get_active (ambassador_switch (g_ptr_array_index (rows, 0))));
  g_assert_false (gtk_switch_get_active (ambassador_switch (g_ptr_array_index (rows, 1))));
  g_assert_true (adw_expander_row_get_expanded (g_ptr_array_index (rows, 1)));
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, find_row (g_ptr_array_index (rows, 1), "Name")));
  assert_errors (editor, "");
  g_assert_true (save_sensitive (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();
  g_assert_cmpint (saved_id, ==, bb_offer_get_id (offer));
  g_assert_finalize_object (editor);

  saved = bb_offer_repository_get (offers, saved_id, &error);
  g_assert_no_error (error);
  contacts = G_LIST_MODEL (bb_offer_get_contacts (saved));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

      g_assert_cmpstr (bb_contact_get_name (contact), ==, "Jonas Holm");
      g_assert_cmpstr (bb_contact_get_phone (contact), ==, "75 16 11 11");
      n_ambassadors += bb_contact_get_ambassador (contact);
      /* The first is the stored contact still; the copy is one of its own. */
      if (i == 0)
        g_assert_cmpstr (bb_contact_get_uuid (contact), ==, bb_contact_get_uuid (stored_contact));
      else
        g_assert_cmpstr (bb_contact_get_uuid (contact), !=, bb_contact_get_uuid (stored_contact));
    }
  g_assert_cmpuint (n_ambassadors, ==, 1);

  g_clear_object (&offer);
  g_clear_object (&stored_contact);
  g_clear_object (&saved);
  remove_context (context, folder);
}

static void
test_editor_remove_contact (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbOfferRepository *offers = bb_context_get_offers (context);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Familiesamtaler");
  g_autoptr(BbContact) second = bb_contact_new ("Mette Hansen");
  g_autoptr(BbContact) first = NULL;
  g_autoptr(BbContact) contact = NULL;
  g_autoptr(BbOffer) saved = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GListModel *contacts;
  BbOfferEditor *editor;
  GtkWidget *row;
  gint64 saved_id = 0;

  g_list_store_append (bb_offer_get_contacts (offer), second);
  g_assert_true (bb_offer_repository_save (offers, offer, &error));
  g_assert_no_error (error);
  first = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_contacts (offer)), 0);

  editor = g_object_ref (bb_offer_editor_new (context, offer));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  /* Typed, not saved yet, and then removed by mistake. */
  rows = contact_rows (editor);
  g_assert_cmpuint (rows->len, ==, 2);
  row = g_ptr_array_index (rows, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  set_text (row, "Role", "Familiebehandler");
  set_text (row, "E-mail", "jonas@esbjerg.dk");
  gtk_switch_set_active (ambassador_switch (row), TRUE);
  click (row, "Remove");

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = contact_rows (editor);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==, "Mette Hansen");
  g_assert_true (shows_label (GTK_WIDGET (editor), "“Jonas Holm” removed"));

  /* Undo puts it back in its place, with everything typed. */
  click (GTK_WIDGET (editor), "_Undo");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = contact_rows (editor);
  g_assert_cmpuint (rows->len, ==, 2);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Jonas Holm");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Familiebehandler");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_cmpstr (row_text (row, "Phone"), ==, "75 16 00 00");
  g_assert_cmpstr (row_text (row, "E-mail"), ==, "jonas@esbjerg.dk");
  g_assert_true (gtk_switch_get_active (ambassador_switch (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 1)), ==, "Mette Hansen");
  g_assert_false (shows_label (GTK_WIDGET (editor), "“Jonas Holm” removed"));

  /* An ambassador chosen while the other was away stays the only one. */
  click (row, "Remove");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = contact_rows (editor);
  gtk_switch_set_active (ambassador_switch (g_ptr_array_index (rows, 0)), TRUE);
  click (GTK_WIDGET (editor), "_Undo");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = contact_rows (editor);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_false (gtk_switch_get_active (ambassador_switch (g_ptr_array_index (rows, 0))));
  g_assert_true (gtk_switch_get_active (ambassador_switch (g_ptr_array_index (rows, 1))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();
  g_assert_cmpint (saved_id, ==, bb_offer_get_id (offer));
  g_assert_finalize_object (editor);

  saved = bb_offer_repository_get (offers, saved_id, &error);
  g_assert_no_error (error);
  contacts = G_LIST_MODEL (bb_offer_get_contacts (saved));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  contact = g_list_model_get_item (contacts, 0);
  g_assert_cmpstr (bb_contact_get_uuid (contact), ==, bb_contact_get_uuid (first));
  g_assert_cmpstr (bb_contact_get_name (contact), ==, "Jonas Holm");
  g_assert_cmpstr (bb_contact_get_role (contact), ==, "Familiebehandler");
  g_assert_cmpstr (bb_contact_get_email (contact), ==, "jonas@esbjerg.dk");
  g_assert_false (bb_contact_get_ambassador (contact));
  g_clear_object (&contact);
  contact = g_list_model_get_item (contacts, 1);
  g_assert_cmpstr (bb_contact_get_name (contact), ==, "Mette Hansen");
  g_assert_true (bb_contact_get_ambassador (contact));
  g_clear_object (&contact);
  g_clear_object (&saved);

  /* Removed and not undone: gone when saved, even with its toast still showing. */
  editor = g_object_ref (bb_offer_editor_new (context, offer));
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = contact_rows (editor);
  click (g_ptr_array_index (rows, 1), "Remove");
  g_assert_true (shows_label (GTK_WIDGET (editor), "“Mette Hansen” removed"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();
  g_assert_finalize_object (editor);

  saved = bb_offer_repository_get (offers, saved_id, &error);
  g_assert_no_error (error);
  contacts = G_LIST_MODEL (bb_offer_get_contacts (saved));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
  contact = g_list_model_get_item (contacts, 0);
  g_assert_cmpstr (bb_contact_get_name (contact), ==, "Jonas Holm");

  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_object (&offer);
  g_clear_object (&second);
  g_clear_object (&first);
  g_clear_object (&contact);
  g_clear_object (&saved);
  remove_context (context, folder);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* What is revealed or hidden is so at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/offer-editor/duplicate-contact", test_editor_duplicate_contact);
  g_test_add_func ("/offer-editor/remove-contact", test_editor_remove_contact);

  return g_test_run ();
}
