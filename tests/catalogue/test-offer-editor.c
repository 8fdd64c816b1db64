/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-offer-change.h"
#include "bb-offer-editor-error-row.h"
#include "bb-section.h"
#include "test-offer-editor-helpers.h"

static void
test_editor_new_offer (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbOfferRepository *offers = bb_context_get_offers (context);
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

  editor = g_object_ref (bb_offer_editor_new (context, NULL));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Offer");

  /* An untouched form does not complain; Save is never greyed out, as pressing it is
   * how to learn what is missing. */
  assert_errors (editor, "");
  g_assert_true (save_sensitive (editor));

  /* Trying to save says what is missing. */
  press (GTK_WIDGET (editor), "_Save");
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
  tick (GTK_WIDGET (editor), "1 – Early and light");
  target_groups_row = find_row (GTK_WIDGET (editor), "Target groups");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (target_groups_row)), ==, "ADHD");

  set_text (GTK_WIDGET (editor), "Lowest age", "18");
  set_text (GTK_WIDGET (editor), "Highest age", "15");
  assert_errors (editor, "The lowest age must not be above the highest.");
  g_assert_true (gtk_widget_has_css_class (find_row (GTK_WIDGET (editor), "Highest age"), "error"));

  set_text (GTK_WIDGET (editor), "Lowest age", "15");
  set_text (GTK_WIDGET (editor), "Highest age", "18");
  assert_errors (editor, "");
  g_assert_false (gtk_widget_has_css_class (find_row (GTK_WIDGET (editor), "Highest age"), "error"));

  set_text (GTK_WIDGET (editor), "Capacity", "ti");
  assert_errors (editor, "Write a whole number, 0 or more.");
  set_text (GTK_WIDGET (editor), "Capacity", "10");
  assert_errors (editor, "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-contact", NULL));
  bb_test_iterate ();
  contacts_group = find_group (GTK_WIDGET (editor), "Contact Persons");
  contact_row = find_row (contacts_group, "New contact person");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (contact_row)));
  /* A new contact person needs a name before the offer can be saved; it says so once
   * something was typed or Save was tried, not while it is being filled in. */
  assert_errors (editor, "");
  set_text (contact_row, "Name", "Mette Hansen");
  set_text (contact_row, "Role", "Psykolog");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (contact_row)), ==, "Mette Hansen");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (contact_row)), ==, "Psykolog");
  set_text (contact_row, "Phone", "75 12 34 56");
  set_text (contact_row, "E-mail", "mette@");
  assert_errors (editor, "This does not look like an e-mail address.");
  g_assert_true (gtk_widget_has_css_class (find_row (contact_row, "E-mail"), "error"));
  set_text (contact_row, "E-mail", "mette@esbjerg.dk");
  assert_errors (editor, "");
  ambassador = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (find_row (contact_row, "Ambassador")));
  gtk_switch_set_active (GTK_SWITCH (ambassador), TRUE);

  press (GTK_WIDGET (editor), "_Save");
  g_assert_cmpint (saved_id, >, 0);
  /* Saved and closed. */
  g_assert_finalize_object (editor);

  g_assert_cmpint (only_offer_id (context), ==, saved_id);
  saved = bb_offer_repository_get (offers, saved_id, &error);
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
  /* Whoever wrote it has just looked at it: reviewed today, by the context's clock. */
  g_assert_cmpstr (bb_offer_get_reviewed (saved), ==, "2026-03-15");

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
  remove_context (context, folder);
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
  BbContext *context = bb_test_context_new (&folder);
  BbOfferRepository *offers = bb_context_get_offers (context);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Samtaleforløb");
  g_autoptr(BbOffer) loaded = NULL;
  g_autoptr(BbOffer) saved = NULL;
  g_autoptr(GListModel) history = NULL;
  BbOfferEditor *editor;
  GtkWidget *provider_group;
  GtkWidget *contact_row;
  gint64 saved_id = 0;

  g_assert_true (bb_offer_repository_save (offers, offer, &error));
  g_assert_no_error (error);
  loaded = bb_offer_repository_get (offers, bb_offer_get_id (offer), &error);
  g_assert_no_error (error);

  editor = g_object_ref (bb_offer_editor_new (context, loaded));
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

  g_assert_cmpint (only_offer_id (context), ==, saved_id);
  saved = bb_offer_repository_get (offers, saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_offer_get_title (saved), ==, "Samtaleforløb for unge");
  g_assert_cmpint (bb_provider_get_id (bb_offer_get_provider (saved)), ==,
                   bb_provider_get_id (bb_offer_get_provider (offer)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_contacts (saved))), ==, 1);

  history = bb_offer_repository_list_history (offers, saved_id, &error);
  g_assert_no_error (error);
  g_assert_true (history_has (history, "title", "Samtaleforløb", "Samtaleforløb for unge"));

  g_clear_object (&offer);
  g_clear_object (&loaded);
  g_clear_object (&saved);
  g_clear_object (&history);
  remove_context (context, folder);
}

static void
test_editor_duplicate (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbOfferRepository *offers = bb_context_get_offers (context);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Gruppeforløb");
  g_autoptr(BbOffer) duplicate = NULL;
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  BbOfferEditor *editor;
  gint64 saved_id = 0;

  g_assert_true (bb_offer_repository_save (offers, offer, &error));
  g_assert_no_error (error);
  duplicate = bb_offer_duplicate (offer);

  editor = g_object_ref (bb_offer_editor_new (context, duplicate));
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

  ids = bb_offer_repository_query_ids (offers, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);

  g_clear_object (&offer);
  g_clear_object (&duplicate);
  remove_context (context, folder);
}

static void
test_editor_save_error (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbOfferRepository *offers = bb_context_get_offers (context);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Netværksgruppe for forældre");
  g_autofree char *errors = NULL;
  BbOfferEditor *editor;
  gint64 saved_id = 0;

  g_assert_true (bb_offer_repository_save (offers, offer, &error));
  g_assert_no_error (error);

  editor = g_object_ref (bb_offer_editor_new (context, offer));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  /* Someone else removes the offer for good while it is being edited. */
  g_assert_true (bb_offer_repository_delete (offers, bb_offer_get_id (offer), &error));
  g_assert_true (bb_offer_repository_purge_deleted (offers, &error));
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
  remove_context (context, folder);
}

static void
test_editor_cancel (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbOfferEditor *editor;
  AdwMessageDialog *dialog;

  /* Nothing changed: closes at once. */
  editor = g_object_ref (bb_offer_editor_new (context, NULL));
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  bb_test_iterate ();
  g_assert_null (find_message_dialog ());
  g_assert_finalize_object (editor);

  /* Changed: asks first, and keeps editing when told to. */
  editor = g_object_ref (bb_offer_editor_new (context, NULL));
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

  remove_context (context, folder);
}

static guint
count_sections (GtkWidget *root)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += BB_IS_SECTION (child) ? 1 : count_sections (child);

  return n;
}

static void
count_changes (BbDatabase *database,
               const char *domain,
               guint      *n_changes)
{
  (*n_changes)++;
}

/* The editor saves only when every section applies: one that cannot stops the save
 * before anything is written, and says why where the user typed. */
static void
test_editor_section_apply_fails (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbOfferRepository *offers = bb_context_get_offers (context);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Værestedet");
  g_autoptr(BbOffer) unchanged = NULL;
  g_autoptr(BbOffer) saved = NULL;
  g_autoptr(GListModel) history = NULL;
  BbOfferEditor *editor;
  GtkWidget *waiting_row;
  GtkWidget *focus;
  guint n_history;
  guint n_changes = 0;
  gint64 saved_id = 0;

  g_assert_true (bb_offer_repository_save (offers, offer, &error));
  g_assert_no_error (error);
  history = bb_offer_repository_list_history (offers, bb_offer_get_id (offer), &error);
  g_assert_no_error (error);
  n_history = g_list_model_get_n_items (history);
  g_clear_object (&history);
  g_signal_connect (bb_context_get_database (context), "changed::offers",
                    G_CALLBACK (count_changes), &n_changes);

  editor = g_object_ref (bb_offer_editor_new (context, offer));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  /* The page is made of sections, each applied in turn. */
  g_assert_cmpuint (count_sections (GTK_WIDGET (editor)), ==, 7);

  /* The first section applies; a later one cannot. */
  set_text (GTK_WIDGET (editor), "Title", "Værestedet for unge");
  set_text (GTK_WIDGET (editor), "Waiting time (weeks)", "to");
  assert_errors (editor, "Write a whole number, 0 or more.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();

  /* Nothing is written; the editor stays open at the field to put right. */
  g_assert_cmpint (saved_id, ==, 0);
  g_assert_cmpuint (n_changes, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  assert_errors (editor, "Write a whole number, 0 or more.");
  waiting_row = find_row (GTK_WIDGET (editor), "Waiting time (weeks)");
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_nonnull (focus);
  g_assert_true (focus == waiting_row || gtk_widget_is_ancestor (focus, waiting_row));

  unchanged = bb_offer_repository_get (offers, bb_offer_get_id (offer), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_offer_get_title (unchanged), ==, "Værestedet");
  g_assert_cmpstr (bb_offer_get_modified (unchanged), ==, bb_offer_get_modified (offer));
  history = bb_offer_repository_list_history (offers, bb_offer_get_id (offer), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, n_history);
  g_clear_object (&history);

  /* Put right, both sections are saved together. */
  set_text (GTK_WIDGET (editor), "Waiting time (weeks)", "2");
  assert_errors (editor, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();
  g_assert_cmpint (saved_id, ==, bb_offer_get_id (offer));
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_finalize_object (editor);

  saved = bb_offer_repository_get (offers, saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_offer_get_title (saved), ==, "Værestedet for unge");
  g_assert_cmpint (bb_offer_get_waiting_weeks (saved), ==, 2);

  g_signal_handlers_disconnect_by_func (bb_context_get_database (context), count_changes, &n_changes);
  g_clear_object (&offer);
  g_clear_object (&unchanged);
  g_clear_object (&saved);
  remove_context (context, folder);
}

/* Whether @widget is wholly inside what its scrolled window shows. */
static gboolean
in_view (GtkWidget *widget)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW));
  GtkWidget *viewport = gtk_scrolled_window_get_child (scrolled);
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) || !gtk_widget_compute_bounds (widget, viewport, &bounds))
    return FALSE;

  return bounds.size.height > 0 && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (viewport);
}

typedef struct
{
  GtkWidget *field;
  GtkWidget *message;
} Pair;

static gboolean
both_in_view (gpointer data)
{
  Pair *pair = data;

  return in_view (pair->field) && in_view (pair->message);
}

/* The label of the error row right under @field. */
static GtkWidget *
message_under (GtkWidget *field)
{
  GtkWidget *row = gtk_widget_get_next_sibling (field);

  g_assert_true (BB_IS_OFFER_EDITOR_ERROR_ROW (row));
  return bb_test_find (row, GTK_TYPE_LABEL, FALSE);
}

/* Save is not greyed out: pressing it shows every message at once and brings the first
 * field to put right, with its message, into view, even from a folded row far below. */
static void
test_editor_save_shows_why (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  g_autoptr(GPtrArray) rows = NULL;
  BbOfferEditor *editor;
  GtkWidget *contact_row;
  GtkWidget *name_row;
  GtkWidget *focus;
  Pair pair;

  editor = g_object_ref (bb_offer_editor_new (context, NULL));
  gtk_window_set_default_size (GTK_WINDOW (editor), 360, 480);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  set_text (GTK_WIDGET (editor), "Title", "Gruppeforløb");
  set_text (find_group (GTK_WIDGET (editor), "Provider"), "Name", "Headspace Esbjerg");
  set_text (GTK_WIDGET (editor), "Capacity", "mange");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-contact", NULL));
  bb_test_iterate ();
  rows = contact_rows (editor);
  contact_row = g_ptr_array_index (rows, 0);
  set_text (contact_row, "Phone", "12");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (contact_row), FALSE);
  /* Back at the top, where the user was before going for Save. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
    bb_test_find (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW, FALSE))), 0);
  bb_test_iterate ();

  press (GTK_WIDGET (editor), "_Save");

  /* Every field that is wrong says why, in the order of the form. */
  assert_errors (editor, "Write a whole number, 0 or more.\n"
                         "The name is required.\n"
                         "Write a phone number of 8 digits or more.");
  /* The first is focused and in view with its message. */
  pair.field = find_row (GTK_WIDGET (editor), "Capacity");
  pair.message = message_under (pair.field);
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_true (gtk_widget_is_ancestor (focus, pair.field));
  g_assert_true (bb_test_wait_for (both_in_view, &pair, 5));

  /* Put right, the next Save goes on to the folded contact person: opened, its name
   * focused and shown with what is wrong with it. */
  set_text (GTK_WIDGET (editor), "Capacity", "12");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
    bb_test_find (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW, FALSE))), 0);
  bb_test_iterate ();
  press (GTK_WIDGET (editor), "_Save");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (contact_row)));
  name_row = find_row (contact_row, "Name");
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_true (gtk_widget_is_ancestor (focus, name_row));
  pair.field = name_row;
  pair.message = message_under (name_row);
  g_assert_true (bb_test_wait_for (both_in_view, &pair, 5));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
  remove_context (context, folder);
}

/* Title and provider say from the start that they must be filled in, for the eye and
 * for screen readers, before anything complains. */
static void
test_editor_required_marked (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbOfferEditor *editor;
  GtkWidget *title_row;
  GtkWidget *provider_row;

  editor = g_object_ref (bb_offer_editor_new (context, NULL));
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  title_row = find_row (GTK_WIDGET (editor), "Title");
  provider_row = find_row (find_group (GTK_WIDGET (editor), "Provider"), "Name");
  assert_errors (editor, "");
  g_assert_true (shows_label (title_row, "Required"));
  g_assert_true (shows_label (provider_row, "Required"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (title_row), GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (provider_row), GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE);
  /* And the text in the row, which has the focus when a screen reader speaks. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (title_row))),
                                       GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE);
  /* Named by what it holds: the editor has other names. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (provider_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Name of the provider");
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (provider_row),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  /* Filled in, the mark goes; emptied again, the message comes, and is read out with
   * the field. */
  set_text (GTK_WIDGET (editor), "Title", "Værestedet");
  g_assert_false (shows_label (title_row, "Required"));
  set_text (GTK_WIDGET (editor), "Title", "");
  assert_errors (editor, "The title is required.");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (title_row), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (title_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "The title is required.");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (title_row))),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "The title is required.");

  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
  remove_context (context, folder);
}

int
main (int   argc,
      char *argv[])
{
  /* What screen readers are told is kept where the tests can read it. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* What is revealed or hidden is so at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/offer-editor/new-offer", test_editor_new_offer);
  g_test_add_func ("/offer-editor/existing-offer", test_editor_existing_offer);
  g_test_add_func ("/offer-editor/duplicate", test_editor_duplicate);
  g_test_add_func ("/offer-editor/save-error", test_editor_save_error);
  g_test_add_func ("/offer-editor/cancel", test_editor_cancel);
  g_test_add_func ("/offer-editor/section-apply-fails", test_editor_section_apply_fails);
  g_test_add_func ("/offer-editor/save-shows-why", test_editor_save_shows_why);
  g_test_add_func ("/offer-editor/required-marked", test_editor_required_marked);

  return g_test_run ();
}
