/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The offer editor by keyboard alone: where the focus starts and where Tab takes it,
 * with real key presses. */

#include "config.h"

#include "test-offer-editor-helpers.h"

/* What the focus is in, said as the user sees it: the button's label or tooltip, or
 * the title of the row it is in. */
static char *
describe_focus (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      if (GTK_IS_BUTTON (widget) && ADW_IS_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (widget))))
        return g_strdup (adw_button_content_get_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (widget)))));
      if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
        return g_strdup (gtk_button_get_label (GTK_BUTTON (widget)));
      if ((GTK_IS_MENU_BUTTON (widget) || GTK_IS_BUTTON (widget)) && gtk_widget_get_tooltip_text (widget) != NULL)
        return g_strdup (gtk_widget_get_tooltip_text (widget));
      if (ADW_IS_PREFERENCES_ROW (widget))
        return g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
      if (GTK_IS_TEXT_VIEW (widget))
        return g_strdup ("Description");
    }

  return g_strdup (focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "(none)");
}

/* Presses @key until the focus is back where it started, and says where it stopped,
 * one stop a line. NULL when real key events cannot be sent. */
static char *
walk_focus (GtkWindow  *window,
            const char *key)
{
  g_autofree char *start = describe_focus (window);
  GString *chain = g_string_new (start);

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *stop = NULL;

      if (!bb_test_send_keys (GTK_WIDGET (window), key))
        return g_string_free (chain, TRUE), NULL;

      stop = describe_focus (window);
      if (g_strcmp0 (stop, start) == 0)
        break;
      g_string_append_printf (chain, "\n%s", stop);
    }

  return g_string_free (chain, FALSE);
}

static BbOfferEditor *
open_editor (BbContext *context,
             BbOffer   *offer)
{
  BbOfferEditor *editor = g_object_ref (bb_offer_editor_new (context, offer));

  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();
  return editor;
}

static void
close_editor (BbOfferEditor *editor)
{
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
}

static gboolean
focus_in (BbOfferEditor *editor,
          GtkWidget     *row)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (editor));

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

/* The form is what the editor opens for: the title has the focus, new offer or not. */
static void
test_editor_first_field (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Mentorordning");
  BbOfferEditor *editor;

  g_assert_true (bb_offer_repository_save (bb_context_get_offers (context), offer, &error));
  g_assert_no_error (error);

  editor = open_editor (context, NULL);
  g_assert_true (focus_in (editor, find_row (GTK_WIDGET (editor), "Title")));
  close_editor (editor);

  editor = open_editor (context, offer);
  g_assert_true (focus_in (editor, find_row (GTK_WIDGET (editor), "Title")));
  close_editor (editor);

  g_clear_object (&offer);
  remove_context (context, folder);
}

static const char expected_chain[] =
  "Title\n"
  "Summary\n"
  "Description\n"
  "Legal basis\n"
  "Common Legal Bases\n"
  "Keywords, separated by commas\n"
  "Name\n"
  "Existing Providers\n"
  "Target groups\n"
  "Young people 15–25 with mental vulnerability\n"
  "Anxiety and depression\n"
  "ADHD\n"
  "Eating disorders\n"
  "Parents and relatives\n"
  "Homeless citizens\n"
  "Steps\n"
  "0 – Universal and preventive\n"
  "1 – Early and light\n"
  "2 – Specialised municipal\n"
  "3 – Regional and psychiatric treatment\n"
  "Lowest age\n"
  "Highest age\n"
  "Access route\n"
  "How to get in\n"
  "Who can use it\n"
  "Fees\n"
  "Capacity\n"
  "Waiting time (weeks)\n"
  "Status\n"
  "Website\n"
  "E-mail\n"
  "Location\n"
  "Opening hours\n"
  "Add _Opening Hours\n"
  "Add _Phone\n"
  "Add P_lace\n"
  "Jonas Holm\n"
  "Name\n"
  "Role\n"
  "Phone\n"
  "E-mail\n"
  "Ambassador\n"
  "Duplicate\n"
  "Remove\n"
  "_Add Contact Person\n"
  "_Cancel\n"
  "_Save";

/* Tab stops once at every control, in the order the form reads, also past the messages
 * of fields that are wrong; Shift+Tab goes the same way back. */
static void
test_editor_tab_order (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Mentorordning");
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *chain = NULL;
  g_autofree char *back = NULL;
  g_auto(GStrv) stops = NULL;
  g_autoptr(GString) reversed = g_string_new (NULL);
  BbOfferEditor *editor;
  GtkWidget *contact_row;

  g_assert_true (bb_offer_repository_save (bb_context_get_offers (context), offer, &error));
  g_assert_no_error (error);

  editor = open_editor (context, offer);
  gtk_window_set_default_size (GTK_WINDOW (editor), 640, 760);
  rows = contact_rows (editor);
  contact_row = g_ptr_array_index (rows, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (contact_row), TRUE);
  /* Two fields wrong, each with its message under it. */
  set_text (GTK_WIDGET (editor), "Capacity", "mange");
  set_text (contact_row, "Phone", "12");
  assert_errors (editor, "Write a whole number, 0 or more.\nWrite a phone number of 8 digits or more.");
  gtk_widget_grab_focus (find_row (GTK_WIDGET (editor), "Title"));

  chain = walk_focus (GTK_WINDOW (editor), "Tab");
  if (chain == NULL)
    {
      close_editor (editor);
      g_clear_object (&offer);
      remove_context (context, folder);
      return;
    }
  g_assert_cmpstr (chain, ==, expected_chain);

  back = walk_focus (GTK_WINDOW (editor), "shift+Tab");
  stops = g_strsplit (expected_chain, "\n", -1);
  g_string_append (reversed, stops[0]);
  for (guint i = g_strv_length (stops) - 1; i > 0; i--)
    g_string_append_printf (reversed, "\n%s", stops[i]);
  g_assert_cmpstr (back, ==, reversed->str);

  close_editor (editor);
  g_clear_object (&offer);
  remove_context (context, folder);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/offer-editor/keyboard/first-field", test_editor_first_field);
  g_test_add_func ("/offer-editor/keyboard/tab-order", test_editor_tab_order);

  return g_test_run ();
}
