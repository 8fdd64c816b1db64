/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "bb-offer-change.h"
#include "bb-offer-editor.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

static void
remove_store (BbStore *store,
              char    *folder)
{
  g_assert_finalize_object (store);
  bb_test_remove_folder (folder);
}

/* The first preferences row (or group) below @root with this title, in the order the
 * user reads the form. */
static GtkWidget *
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

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  GtkWidget *row = find_titled (root, ADW_TYPE_PREFERENCES_ROW, title);

  g_assert_nonnull (row);
  return row;
}

static GtkWidget *
find_group (GtkWidget  *root,
            const char *title)
{
  GtkWidget *group = find_titled (root, ADW_TYPE_PREFERENCES_GROUP, title);

  g_assert_nonnull (group);
  return group;
}

static void
set_text (GtkWidget  *root,
          const char *title,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_row (root, title)), text);
  bb_test_iterate ();
}

static GtkWidget *
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

static void
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
static GPtrArray *
contact_rows (BbOfferEditor *editor)
{
  GPtrArray *expanders = g_ptr_array_new ();

  collect_expanders (find_group (GTK_WIDGET (editor), "Contact Persons"), expanders);
  return expanders;
}

static const char *
row_text (GtkWidget  *contact_row,
          const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_row (contact_row, title)));
}

static GtkSwitch *
ambassador_switch (GtkWidget *contact_row)
{
  AdwActionRow *row = ADW_ACTION_ROW (find_row (contact_row, "Ambassador"));

  return GTK_SWITCH (adw_action_row_get_activatable_widget (row));
}

static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = find_button (root, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  bb_test_iterate ();
}

static gboolean
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

static gboolean
save_sensitive (BbOfferEditor *editor)
{
  GtkWidget *button = find_button (GTK_WIDGET (editor), "_Save");

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static void
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
static char *
dup_errors (BbOfferEditor *editor)
{
  GString *errors = g_string_new (NULL);

  collect_errors (GTK_WIDGET (editor), errors);
  return g_string_free (errors, FALSE);
}

static void
assert_errors (BbOfferEditor *editor,
               const char    *expected)
{
  g_autofree char *errors = dup_errors (editor);

  g_assert_cmpstr (errors, ==, expected);
}

static void
tick (GtkWidget  *root,
      const char *title)
{
  AdwActionRow *row = ADW_ACTION_ROW (find_row (root, title));

  adw_action_row_activate (row);
  bb_test_iterate ();
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return (AdwMessageDialog *) bb_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL);
}

static void
on_saved (BbOfferEditor  *editor,
          BbOffer        *offer,
          gint64         *saved_id)
{
  g_assert_true (BB_IS_OFFER (offer));
  g_assert_cmpint (bb_offer_get_id (offer), >, 0);
  *saved_id = bb_offer_get_id (offer);
}

static gint64
only_offer_id (BbStore *store)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = bb_store_query_offer_ids (store, &query, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  return g_array_index (ids, gint64, 0);
}

static BbOffer *
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

static void
test_editor_new_offer (void)
{
  g_autofree char *folder = NULL;
  BbStore *store = bb_test_store_new (&folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) saved = NULL;
  g_autoptr(BbContact) contact = NULL;
  g_autoptr(BbTargetGroup) target_group = NULL;
  g_autoptr(BbStep) step = NULL;
  BbOfferEditor *editor;
  GtkWidget *contacts_group;
  GtkWidget *contact_row;
  GtkWidget *provider_group;
  GtkWidget *ambassador;
  GtkWidget *target_groups_row;
  gint64 saved_id = 0;

  editor = g_object_ref (bb_offer_editor_new (store, NULL));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Offer");

  /* An untouched form does not complain, but cannot be saved either. */
  assert_errors (editor, "");
  g_assert_false (save_sensitive (editor));

  /* Trying to save says what is missing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();
  assert_errors (editor, "The title is required.\nThe provider is required.");
  g_assert_cmpint (saved_id, ==, 0);

  set_text (GTK_WIDGET (editor), "Title", "Åben rådgivning for unge");
  assert_errors (editor, "The provider is required.");

  provider_group = find_group (GTK_WIDGET (editor), "Provider");
  g_assert_false (gtk_widget_get_visible (find_row (provider_group, "Sector")));
  set_text (provider_group, "Name", "Headspace Esbjerg");
  /* A provider not stored yet asks for its sector and department. */
  g_assert_true (gtk_widget_get_visible (find_row (provider_group, "Sector")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (provider_group, "Sector")), BB_SECTOR_VOLUNTARY);
  set_text (provider_group, "Department", "Ungeindsatsen");
  assert_errors (editor, "");
  g_assert_true (save_sensitive (editor));

  set_text (GTK_WIDGET (editor), "Summary", "Anonym rådgivning uden henvisning");
  tick (GTK_WIDGET (editor), "ADHD");
  tick (GTK_WIDGET (editor), "1 · Early and light");
  target_groups_row = find_row (GTK_WIDGET (editor), "Target groups");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (target_groups_row)), ==, "ADHD");

  set_text (GTK_WIDGET (editor), "Lowest age", "18");
  set_text (GTK_WIDGET (editor), "Highest age", "15");
  assert_errors (editor, "The lowest age must not be above the highest.");
  g_assert_true (gtk_widget_has_css_class (find_row (GTK_WIDGET (editor), "Highest age"), "error"));
  g_assert_false (save_sensitive (editor));

  set_text (GTK_WIDGET (editor), "Lowest age", "15");
  set_text (GTK_WIDGET (editor), "Highest age", "18");
  assert_errors (editor, "");
  g_assert_false (gtk_widget_has_css_class (find_row (GTK_WIDGET (editor), "Highest age"), "error"));
  g_assert_true (save_sensitive (editor));

  set_text (GTK_WIDGET (editor), "Capacity", "ti");
  assert_errors (editor, "Write a whole number, 0 or more.");
  g_assert_false (save_sensitive (editor));
  set_text (GTK_WIDGET (editor), "Capacity", "10");
  g_assert_true (save_sensitive (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-contact", NULL));
  bb_test_iterate ();
  contacts_group = find_group (GTK_WIDGET (editor), "Contact Persons");
  contact_row = find_row (contacts_group, "New contact person");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (contact_row)));
  /* A new contact person needs a name before the offer can be saved. */
  g_assert_false (save_sensitive (editor));
  set_text (contact_row, "Name", "Mette Hansen");
  set_text (contact_row, "Role", "Psykolog");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (contact_row)), ==, "Mette Hansen");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (contact_row)), ==, "Psykolog");
  set_text (contact_row, "Phone", "75 12 34 56");
  set_text (contact_row, "E-mail", "mette@");
  assert_errors (editor, "This does not look like an e-mail address.");
  g_assert_true (gtk_widget_has_css_class (find_row (contact_row, "E-mail"), "error"));
  g_assert_false (save_sensitive (editor));
  set_text (contact_row, "E-mail", "mette@esbjerg.dk");
  assert_errors (editor, "");
  g_assert_true (save_sensitive (editor));
  ambassador = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (find_row (contact_row, "Ambassador")));
  gtk_switch_set_active (GTK_SWITCH (ambassador), TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();
  g_assert_cmpint (saved_id, >, 0);
  /* Saved and closed. */
  g_assert_finalize_object (editor);

  g_assert_cmpint (only_offer_id (store), ==, saved_id);
  saved = bb_store_get_offer (store, saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_offer_get_title (saved), ==, "Åben rådgivning for unge");
  g_assert_cmpstr (bb_offer_get_summary (saved), ==, "Anonym rådgivning uden henvisning");
  g_assert_cmpstr (bb_provider_get_name (bb_offer_get_provider (saved)), ==, "Headspace Esbjerg");
  g_assert_cmpint (bb_provider_get_sector (bb_offer_get_provider (saved)), ==, BB_SECTOR_VOLUNTARY);
  g_assert_cmpstr (bb_provider_get_department (bb_offer_get_provider (saved)), ==, "Ungeindsatsen");
  g_assert_cmpint (bb_offer_get_age_min (saved), ==, 15);
  g_assert_cmpint (bb_offer_get_age_max (saved), ==, 18);
  g_assert_cmpint (bb_offer_get_capacity (saved), ==, 10);
  g_assert_cmpint (bb_offer_get_waiting_weeks (saved), ==, -1);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_target_groups (saved))), ==, 1);
  target_group = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_target_groups (saved)), 0);
  g_assert_cmpstr (bb_target_group_get_name (target_group), ==, "ADHD");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_steps (saved))), ==, 1);
  step = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_steps (saved)), 0);
  g_assert_cmpint (bb_step_get_level (step), ==, 1);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_contacts (saved))), ==, 1);
  contact = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_contacts (saved)), 0);
  g_assert_cmpstr (bb_contact_get_name (contact), ==, "Mette Hansen");
  g_assert_cmpstr (bb_contact_get_role (contact), ==, "Psykolog");
  g_assert_cmpstr (bb_contact_get_phone (contact), ==, "75 12 34 56");
  g_assert_cmpstr (bb_contact_get_email (contact), ==, "mette@esbjerg.dk");
  g_assert_true (bb_contact_get_ambassador (contact));

  g_clear_object (&saved);
  remove_store (store, folder);
}

static gboolean
history_has (GListModel *history,
             const char *field,
             const char *old_value,
             const char *new_value)
{
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(BbOfferChange) change = g_list_model_get_item (history, i);

      if (g_strcmp0 (bb_offer_change_get_field (change), field) == 0 &&
          g_strcmp0 (bb_offer_change_get_old_value (change), old_value) == 0 &&
          g_strcmp0 (bb_offer_change_get_new_value (change), new_value) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_editor_existing_offer (void)
{
  g_autofree char *folder = NULL;
  BbStore *store = bb_test_store_new (&folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Samtaleforløb");
  g_autoptr(BbOffer) loaded = NULL;
  g_autoptr(BbOffer) saved = NULL;
  g_autoptr(GListModel) history = NULL;
  BbOfferEditor *editor;
  GtkWidget *provider_group;
  GtkWidget *contact_row;
  gint64 saved_id = 0;

  g_assert_true (bb_store_save_offer (store, offer, &error));
  g_assert_no_error (error);
  loaded = bb_store_get_offer (store, bb_offer_get_id (offer), &error);
  g_assert_no_error (error);

  editor = g_object_ref (bb_offer_editor_new (store, loaded));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Offer");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Title"))),
                   ==, "Samtaleforløb");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Lowest age"))),
                   ==, "15");
  /* The stored provider is recognised: nothing more to ask about it. */
  provider_group = find_group (GTK_WIDGET (editor), "Provider");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (provider_group, "Name"))),
                   ==, "Ungdomsrådgivningen");
  g_assert_false (gtk_widget_get_visible (find_row (provider_group, "Sector")));
  contact_row = find_row (find_group (GTK_WIDGET (editor), "Contact Persons"), "Jonas Holm");
  g_assert_true (ADW_IS_EXPANDER_ROW (contact_row));
  assert_errors (editor, "");
  g_assert_true (save_sensitive (editor));

  set_text (GTK_WIDGET (editor), "Title", "Samtaleforløb for unge");
  /* The caller's offer stays as it was until saved. */
  g_assert_cmpstr (bb_offer_get_title (loaded), ==, "Samtaleforløb");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();
  g_assert_cmpint (saved_id, ==, bb_offer_get_id (offer));
  g_assert_finalize_object (editor);

  g_assert_cmpint (only_offer_id (store), ==, saved_id);
  saved = bb_store_get_offer (store, saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_offer_get_title (saved), ==, "Samtaleforløb for unge");
  g_assert_cmpint (bb_provider_get_id (bb_offer_get_provider (saved)), ==,
                   bb_provider_get_id (bb_offer_get_provider (offer)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_contacts (saved))), ==, 1);

  history = bb_store_list_offer_history (store, saved_id, &error);
  g_assert_no_error (error);
  g_assert_true (history_has (history, "title", "Samtaleforløb", "Samtaleforløb for unge"));

  g_clear_object (&offer);
  g_clear_object (&loaded);
  g_clear_object (&saved);
  g_clear_object (&history);
  remove_store (store, folder);
}

static void
test_editor_duplicate (void)
{
  g_autofree char *folder = NULL;
  BbStore *store = bb_test_store_new (&folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Gruppeforløb");
  g_autoptr(BbOffer) duplicate = NULL;
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  BbOfferEditor *editor;
  gint64 saved_id = 0;

  g_assert_true (bb_store_save_offer (store, offer, &error));
  g_assert_no_error (error);
  duplicate = bb_offer_duplicate (offer);

  editor = g_object_ref (bb_offer_editor_new (store, duplicate));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  /* A duplicate is a new offer with everything filled in. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Offer");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Title"))),
                   ==, bb_offer_get_title (duplicate));
  g_assert_true (save_sensitive (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();
  g_assert_cmpint (saved_id, !=, 0);
  g_assert_cmpint (saved_id, !=, bb_offer_get_id (offer));
  g_assert_finalize_object (editor);

  ids = bb_store_query_offer_ids (store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);

  g_clear_object (&offer);
  g_clear_object (&duplicate);
  remove_store (store, folder);
}

static void
test_editor_duplicate_contact (void)
{
  g_autofree char *folder = NULL;
  BbStore *store = bb_test_store_new (&folder);
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
  g_assert_true (bb_store_save_offer (store, offer, &error));
  g_assert_no_error (error);

  editor = g_object_ref (bb_offer_editor_new (store, offer));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  rows = contact_rows (editor);
  g_assert_cmpuint (rows->len, ==, 1);
  /* What is typed, not what was stored, is copied. */
  set_text (g_ptr_array_index (rows, 0), "Phone", "75 16 11 11");
  click (g_ptr_array_index (rows, 0), "D_uplicate");

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

  saved = bb_store_get_offer (store, saved_id, &error);
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
  remove_store (store, folder);
}

static void
test_editor_remove_contact (void)
{
  g_autofree char *folder = NULL;
  BbStore *store = bb_test_store_new (&folder);
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
  g_assert_true (bb_store_save_offer (store, offer, &error));
  g_assert_no_error (error);
  first = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_contacts (offer)), 0);

  editor = g_object_ref (bb_offer_editor_new (store, offer));
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
  click (row, "_Remove");

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
  click (row, "_Remove");
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

  saved = bb_store_get_offer (store, saved_id, &error);
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
  editor = g_object_ref (bb_offer_editor_new (store, offer));
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = contact_rows (editor);
  click (g_ptr_array_index (rows, 1), "_Remove");
  g_assert_true (shows_label (GTK_WIDGET (editor), "“Mette Hansen” removed"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();
  g_assert_finalize_object (editor);

  saved = bb_store_get_offer (store, saved_id, &error);
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
  remove_store (store, folder);
}

static void
test_editor_save_error (void)
{
  g_autofree char *folder = NULL;
  BbStore *store = bb_test_store_new (&folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Netværksgruppe for forældre");
  g_autofree char *errors = NULL;
  BbOfferEditor *editor;
  gint64 saved_id = 0;

  g_assert_true (bb_store_save_offer (store, offer, &error));
  g_assert_no_error (error);

  editor = g_object_ref (bb_offer_editor_new (store, offer));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  /* Someone else removes the offer for good while it is being edited. */
  g_assert_true (bb_store_delete_offer (store, bb_offer_get_id (offer), &error));
  g_assert_true (bb_store_purge_deleted_offers (store, &error));
  g_assert_no_error (error);

  set_text (GTK_WIDGET (editor), "Summary", "Hver anden tirsdag");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();

  /* The editor stays open with the work in it and says why. */
  g_assert_cmpint (saved_id, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  errors = dup_errors (editor);
  g_assert_cmpstr (errors, !=, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Summary"))),
                   ==, "Hver anden tirsdag");

  /* The message goes once the form is edited again. */
  set_text (GTK_WIDGET (editor), "Summary", "Hver tirsdag");
  assert_errors (editor, "");

  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);

  g_clear_object (&offer);
  remove_store (store, folder);
}

static void
test_editor_cancel (void)
{
  g_autofree char *folder = NULL;
  BbStore *store = bb_test_store_new (&folder);
  BbOfferEditor *editor;
  AdwMessageDialog *dialog;

  /* Nothing changed: closes at once. */
  editor = g_object_ref (bb_offer_editor_new (store, NULL));
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  bb_test_iterate ();
  g_assert_null (find_message_dialog ());
  g_assert_finalize_object (editor);

  /* Changed: asks first, and keeps editing when told to. */
  editor = g_object_ref (bb_offer_editor_new (store, NULL));
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();
  set_text (GTK_WIDGET (editor), "Title", "Halvskrevet tilbud");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  bb_test_iterate ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard Changes?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "The changes to this offer will be lost.");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (editor));
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "_Keep Editing"), "clicked");
  bb_test_iterate ();
  g_assert_null (find_message_dialog ());
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  /* Closing the window asks the same; discarding closes it. */
  gtk_window_close (GTK_WINDOW (editor));
  bb_test_iterate ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "_Discard"), "clicked");
  bb_test_iterate ();
  g_assert_null (find_message_dialog ());
  g_assert_finalize_object (editor);

  remove_store (store, folder);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* What is revealed or hidden is so at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/offer-editor/new-offer", test_editor_new_offer);
  g_test_add_func ("/offer-editor/existing-offer", test_editor_existing_offer);
  g_test_add_func ("/offer-editor/duplicate", test_editor_duplicate);
  g_test_add_func ("/offer-editor/duplicate-contact", test_editor_duplicate_contact);
  g_test_add_func ("/offer-editor/remove-contact", test_editor_remove_contact);
  g_test_add_func ("/offer-editor/save-error", test_editor_save_error);
  g_test_add_func ("/offer-editor/cancel", test_editor_cancel);

  return g_test_run ();
}
