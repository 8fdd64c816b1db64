/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the offer editor's tests share: finding the form's rows as the user reads them,
 * typing, clicking and reading what the form says. Each test program includes it once,
 * so the helpers are static, and either program leaves some unused. */

#pragma once

#include <adwaita.h>

#include "bb-offer-editor.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

G_GNUC_UNUSED static void
remove_context (BbContext *context,
                char      *folder)
{
  g_assert_finalize_object (context);
  bb_test_remove_folder (folder);
}

/* The first preferences row (or group) below @root with this title, in the order the
 * user reads the form. */
G_GNUC_UNUSED static GtkWidget *
find_titled (GtkWidget  *root,
             GType       type,
             const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *child_title = NULL;
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          if (ADW_IS_PREFERENCES_ROW (child))
            child_title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child));
          else if (ADW_IS_PREFERENCES_GROUP (child))
            child_title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (child));
        }
      if (g_strcmp0 (child_title, title) == 0)
        return child;
      if ((found = find_titled (child, type, title)) != NULL)
        return found;
    }

  return NULL;
}

G_GNUC_UNUSED static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  GtkWidget *row = find_titled (root, ADW_TYPE_PREFERENCES_ROW, title);

  g_assert_nonnull (row);
  return row;
}

G_GNUC_UNUSED static GtkWidget *
find_group (GtkWidget  *root,
            const char *title)
{
  GtkWidget *group = find_titled (root, ADW_TYPE_PREFERENCES_GROUP, title);

  g_assert_nonnull (group);
  return group;
}

G_GNUC_UNUSED static void
set_text (GtkWidget  *root,
          const char *title,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_row (root, title)), text);
  bb_test_iterate ();
}

G_GNUC_UNUSED static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

G_GNUC_UNUSED static void
collect_expanders (GtkWidget *root,
                   GPtrArray *expanders)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_EXPANDER_ROW (child))
        g_ptr_array_add (expanders, child);
      else
        collect_expanders (child, expanders);
    }
}

/* The contact persons' rows, top to bottom. */
G_GNUC_UNUSED static GPtrArray *
contact_rows (BbOfferEditor *editor)
{
  GPtrArray *expanders = g_ptr_array_new ();

  collect_expanders (find_group (GTK_WIDGET (editor), "Contact Persons"), expanders);
  return expanders;
}

G_GNUC_UNUSED static const char *
row_text (GtkWidget  *contact_row,
          const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_row (contact_row, title)));
}

G_GNUC_UNUSED static GtkSwitch *
ambassador_switch (GtkWidget *contact_row)
{
  AdwActionRow *row = ADW_ACTION_ROW (find_row (contact_row, "Ambassador"));

  return GTK_SWITCH (adw_action_row_get_activatable_widget (row));
}

G_GNUC_UNUSED static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = find_button (root, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  bb_test_iterate ();
}

/* Clicks the button labelled @label below @root: only one the user could click, on
 * screen and not greyed out. */
G_GNUC_UNUSED static void
press (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = find_button (root, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_get_mapped (button));
  g_signal_emit_by_name (button, "clicked");
  bb_test_iterate ();
}

G_GNUC_UNUSED static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (shows_label (child, text))
        return TRUE;
    }

  return FALSE;
}

G_GNUC_UNUSED static gboolean
save_sensitive (BbOfferEditor *editor)
{
  GtkWidget *button = find_button (GTK_WIDGET (editor), "_Save");

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

G_GNUC_UNUSED static void
collect_errors (GtkWidget *root,
                GString   *errors)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "error") && gtk_widget_get_mapped (child))
        g_string_append_printf (errors, "%s%s", errors->len > 0 ? "\n" : "",
                                gtk_label_get_text (GTK_LABEL (child)));
      collect_errors (child, errors);
    }
}

/* Every error message on screen, one per line. */
G_GNUC_UNUSED static char *
dup_errors (BbOfferEditor *editor)
{
  GString *errors = g_string_new (NULL);

  collect_errors (GTK_WIDGET (editor), errors);
  return g_string_free (errors, FALSE);
}

G_GNUC_UNUSED static void
assert_errors (BbOfferEditor *editor,
               const char    *expected)
{
  g_autofree char *errors = dup_errors (editor);

  g_assert_cmpstr (errors, ==, expected);
}

G_GNUC_UNUSED static void
tick (GtkWidget  *root,
      const char *title)
{
  AdwActionRow *row = ADW_ACTION_ROW (find_row (root, title));

  adw_action_row_activate (row);
  bb_test_iterate ();
}

G_GNUC_UNUSED static AdwMessageDialog *
find_message_dialog (void)
{
  return (AdwMessageDialog *) bb_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL);
}

G_GNUC_UNUSED static void
on_saved (BbOfferEditor  *editor,
          BbOffer        *offer,
          gint64         *saved_id)
{
  g_assert_true (BB_IS_OFFER (offer));
  g_assert_cmpint (bb_offer_get_id (offer), >, 0);
  *saved_id = bb_offer_get_id (offer);
}

G_GNUC_UNUSED static gint64
only_offer_id (BbContext *context)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = bb_offer_repository_query_ids (bb_context_get_offers (context), &query, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  return g_array_index (ids, gint64, 0);
}

G_GNUC_UNUSED static BbOffer *
stored_offer (const char *title)
{
  BbOffer *offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungdomsrådgivningen");
  g_autoptr(BbContact) contact = bb_contact_new ("Jonas Holm");

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  bb_offer_set_age_min (offer, 15);
  bb_offer_set_age_max (offer, 25);
  bb_contact_set_phone (contact, "75 16 00 00");
  g_list_store_append (bb_offer_get_contacts (offer), contact);
  return offer;
}


G_GNUC_UNUSED static gboolean
no_message_dialog (gpointer data)
{
  return find_message_dialog () == NULL;
}
