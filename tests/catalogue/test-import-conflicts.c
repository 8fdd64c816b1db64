/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The import dialog with offers edited here since the last import: what it shows, the
 * choice per offer, the Undo of the toast it leaves on the window, the names the
 * catalogue lacks, and the whole dialog by keyboard. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "bb-import-dialog.h"
#include "bb-offer-exchange.h"
#include "bb-test-offers.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

#define FIRST_UUID "0b7d1a4e-52c3-4f0e-9a57-3c1d2e4f5a6b"
#define SECOND_UUID "1c8e2b5f-63d4-4a1f-8b68-4d2e3f5a6b7c"

#define CATALOGUE \
  "id;title;provider;description;last_reviewed\n" \
  FIRST_UUID ";Åben rådgivning;Ærø Kommune;Samtaler for unge.;2026-01-10\n" \
  SECOND_UUID ";Gruppeforløb;Headspace;Grupper hver tirsdag.;2026-01-10\n"

typedef struct
{
  char      *folder;
  BbContext *context;
  /* The window the dialog is on top of: its content is the toast overlay, as in
   * Brobygger's window. */
  GtkWindow *parent;
  AdwToastOverlay *overlay;
} Fixture;

typedef struct
{
  GtkWidget  *widget;
  const char *text;
  GtkLabel   *label;
} LabelWait;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->parent = GTK_WINDOW (adw_window_new ());
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (fixture->overlay, gtk_label_new ("Brobygger"));
  adw_window_set_content (ADW_WINDOW (fixture->parent), GTK_WIDGET (fixture->overlay));
  gtk_window_set_default_size (fixture->parent, 800, 600);
  gtk_window_present (fixture->parent);
}

static gboolean
only_one_ref (gpointer data)
{
  return g_atomic_int_get (&G_OBJECT (data)->ref_count) <= 1;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->parent);
  /* Workers hold the catalogue until their tasks are done. */
  bb_test_wait_for (only_one_ref, fixture->context, 30);
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child)
          && strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        return GTK_LABEL (child);
      if ((found = find_label (child, text)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  wait->label = find_label (wait->widget, wait->text);
  return wait->label != NULL;
}

static GtkLabel *
wait_for_label (GtkWidget  *widget,
                const char *text)
{
  LabelWait wait = { widget, text, NULL };

  bb_test_wait_for (label_shown, &wait, 30);
  if (wait.label == NULL)
    g_error ("No label with “%s” was shown", text);
  return wait.label;
}

/* The mapped buttons (check buttons too) below @widget with this label. */
static void
collect_buttons (GtkWidget  *widget,
                 const char *label,
                 GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = NULL;

      if (GTK_IS_BUTTON (child))
        text = gtk_button_get_label (GTK_BUTTON (child));
      else if (GTK_IS_CHECK_BUTTON (child))
        text = gtk_check_button_get_label (GTK_CHECK_BUTTON (child));

      if (text != NULL && gtk_widget_get_mapped (child) && g_str_equal (text, label))
        g_ptr_array_add (found, child);
      collect_buttons (child, label, found);
    }
}

static GtkWidget *
find_labelled_button (GtkWidget  *widget,
             const char *label)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_buttons (widget, label, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static void
import_file (Fixture    *fixture,
             const char *contents)
{
  g_autoptr(GFile) file = write_file (fixture, "first.csv", contents);

  bb_test_import_file (bb_context_get_offers (fixture->context), file);
}

static BbOffer *
load (Fixture    *fixture,
      const char *uuid)
{
  g_autoptr(GError) error = NULL;
  BbOffer *offer = bb_offer_repository_find_by_uuid (bb_context_get_offers (fixture->context), uuid, &error);

  g_assert_no_error (error);
  g_assert_nonnull (offer);
  return offer;
}

static void
edit_description (Fixture    *fixture,
                  const char *uuid,
                  const char *description)
{
  g_autoptr(BbOffer) offer = load (fixture, uuid);
  g_autoptr(GError) error = NULL;

  bb_offer_set_description (offer, description);
  bb_offer_set_reviewed (offer, "2026-03-15");
  bb_offer_repository_save (bb_context_get_offers (fixture->context), offer, &error);
  g_assert_no_error (error);
}

static BbImportDialog *
open_dialog (Fixture *fixture,
             GFile   *file)
{
  BbImportDialog *dialog = bb_import_dialog_new (fixture->context, file);

  g_object_ref (dialog);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), fixture->parent);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

typedef struct
{
  Fixture    *fixture;
  const char *uuid;
  const char *description;
} DescriptionWait;

static gboolean
description_is (gpointer data)
{
  DescriptionWait *wait = data;
  g_autoptr(BbOffer) offer = load (wait->fixture, wait->uuid);

  return g_strcmp0 (bb_offer_get_description (offer), wait->description) == 0;
}

static void
wait_for_description (Fixture    *fixture,
                      const char *uuid,
                      const char *description)
{
  DescriptionWait wait = { fixture, uuid, description };
  g_autoptr(BbOffer) offer = NULL;

  bb_test_wait_for (description_is, &wait, 30);
  offer = load (fixture, uuid);
  g_assert_cmpstr (bb_offer_get_description (offer), ==, description);
}

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

/* Both offers were edited here: the preview says what the file would change and keeps
 * both; the user takes the file's version of one, imports, and undoes it all from
 * the toast. */
static void
test_conflict_preview (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "catalogue.csv", CATALOGUE);
  g_autoptr(GPtrArray) choices = g_ptr_array_new ();
  g_autoptr(BbOffer) second = NULL;
  BbImportDialog *dialog;
  GtkWidget *import_button;
  GtkWidget *undo_button;

  import_file (fixture, CATALOGUE);
  edit_description (fixture, FIRST_UUID, "Rettet her.");
  edit_description (fixture, SECOND_UUID, "Også rettet her.");

  dialog = open_dialog (fixture, file);
  wait_for_label (GTK_WIDGET (dialog), "0 new, 0 updated, 0 unchanged, 0 rejected, 2 kept as edited here");
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "2 offers were edited here since they were last imported or exported"));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "Description: Rettet her. → Samtaler for unge. (edited here)"));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "Last reviewed: 15 March 2026 → 10 January 2026 (edited here)"));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "Conflict"));

  /* Nothing to import while every conflict keeps what was done here. */
  import_button = find_labelled_button (GTK_WIDGET (dialog), "_Import");
  g_assert_nonnull (import_button);
  g_assert_false (gtk_widget_is_sensitive (import_button));

  collect_buttons (GTK_WIDGET (dialog), "Use the file’s version", choices);
  g_assert_cmpuint (choices->len, ==, 2);
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (choices, 0)));
  g_assert_true (gtk_widget_activate (g_ptr_array_index (choices, 0)));
  bb_test_iterate ();
  g_assert_true (gtk_check_button_get_active (g_ptr_array_index (choices, 0)));
  wait_for_label (GTK_WIDGET (dialog), "0 new, 1 updated, 0 unchanged, 0 rejected, 1 kept as edited here");
  g_assert_true (gtk_widget_is_sensitive (import_button));

  g_assert_true (gtk_widget_activate (import_button));
  bb_test_wait_for (is_hidden, dialog, 30);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  bb_test_iterate ();
  g_assert_finalize_object (dialog);

  wait_for_description (fixture, FIRST_UUID, "Samtaler for unge.");
  second = load (fixture, SECOND_UUID);
  g_assert_cmpstr (bb_offer_get_description (second), ==, "Også rettet her.");

  /* The toast on the window says what was done, and its own button undoes it. */
  wait_for_label (GTK_WIDGET (fixture->overlay), "Imported: 0 new, 1 updated, 0 unchanged, 0 rejected, 1 kept as edited here");
  undo_button = find_labelled_button (GTK_WIDGET (fixture->overlay), "_Undo");
  g_assert_nonnull (undo_button);
  g_assert_true (gtk_widget_activate (undo_button));
  wait_for_description (fixture, FIRST_UUID, "Rettet her.");
  wait_for_label (GTK_WIDGET (fixture->overlay), "The import is undone");
  g_clear_object (&second);
  second = load (fixture, SECOND_UUID);
  g_assert_cmpstr (bb_offer_get_description (second), ==, "Også rettet her.");
}

/* A new name mapped to an existing target group creates nothing. */
static void
test_new_names (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "names.csv",
                                      "title;provider;target_groups\n"
                                      "Café;Headspace;Anxiety and depression, ADHD\n"
                                      "Samtaler;Headspace;Forældre til unge\n");
  BbDatabase *database = bb_context_get_database (fixture->context);
  gint64 groups_before = bb_test_query_int (database, "SELECT count (*) FROM target_groups");
  g_autoptr(GPtrArray) rows = NULL;
  BbImportDialog *dialog;
  AdwComboRow *row = NULL;
  GtkStringList *choices;

  dialog = open_dialog (fixture, file);
  wait_for_label (GTK_WIDGET (dialog), "2 new, 0 updated");
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "2 names are new to the catalogue"));

  rows = bb_test_collect_drawn (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      AdwComboRow *candidate = g_ptr_array_index (rows, i);

      if (g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (candidate)), "Forældre til unge"))
        row = candidate;
    }
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "New target group");
  choices = GTK_STRING_LIST (adw_combo_row_get_model (row));
  g_assert_cmpstr (gtk_string_list_get_string (choices, 0), ==, "Create new");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (choices)); i++)
    if (g_str_equal (gtk_string_list_get_string (choices, i), "Parents and relatives"))
      adw_combo_row_set_selected (row, i);
  g_assert_cmpuint (adw_combo_row_get_selected (row), >, 0);

  g_assert_true (gtk_widget_activate (find_labelled_button (GTK_WIDGET (dialog), "_Import")));
  bb_test_wait_for (is_hidden, dialog, 30);
  bb_test_iterate ();
  g_assert_finalize_object (dialog);

  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM target_groups"), ==, groups_before);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count (*) FROM offers o"
                                      "  JOIN offer_target_groups ot ON ot.offer_id = o.id"
                                      "  JOIN target_groups t ON t.id = ot.target_group_id"
                                      " WHERE o.title = 'Samtaler' AND t.name = 'Parents and relatives'"),
                   ==, 1);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count (*) FROM offer_target_groups ot"
                                      "  JOIN offers o ON o.id = ot.offer_id WHERE o.title = 'Café'"),
                   ==, 2);
}

/* Tab reaches every kind of control of the preview, each named by its text; Space
 * takes the file's version, which makes Import reachable; Escape cancels it all. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "catalogue.csv",
                                      "id;title;provider;description;last_reviewed;target_groups\n"
                                      FIRST_UUID ";Åben rådgivning;Ærø Kommune;Samtaler for unge.;2026-01-10;Ensomhed\n");
  gboolean dropdown = FALSE, combo_row = FALSE, check = FALSE, import = FALSE, cancel = FALSE, expander = FALSE;
  BbImportDialog *dialog;

  import_file (fixture,
               "id;title;provider;description;last_reviewed\n"
               FIRST_UUID ";Åben rådgivning;Ærø Kommune;Samtaler for unge.;2026-01-10\n");
  edit_description (fixture, FIRST_UUID, "Rettet her.");

  dialog = open_dialog (fixture, file);
  wait_for_label (GTK_WIDGET (dialog), "1 kept as edited here");
  bb_test_iterate ();

  for (guint i = 0; i < 40; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));

      g_assert_nonnull (focus);
      for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (dialog); w = gtk_widget_get_parent (w))
        {
          if (GTK_IS_DROP_DOWN (w))
            dropdown = TRUE;
          else if (ADW_IS_COMBO_ROW (w))
            combo_row = combo_row || *adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)) != '\0';
          else if (GTK_IS_CHECK_BUTTON (w)
                   && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (w)), "Use the file’s version") == 0
                   && !check)
            {
              check = TRUE;
              if (!bb_test_send_keys (GTK_WIDGET (dialog), "space"))
                return;
              g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (w)));
            }
          else if (GTK_IS_EXPANDER (w))
            expander = expander || gtk_expander_get_label (GTK_EXPANDER (w)) != NULL;
          else if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), "_Import") == 0)
            import = TRUE;
          else if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), "_Cancel") == 0)
            cancel = TRUE;
        }

      if (!bb_test_send_keys (GTK_WIDGET (dialog), "Tab"))
        return;
    }

  g_assert_true (dropdown);
  g_assert_true (expander);
  g_assert_true (combo_row);
  g_assert_true (check);
  g_assert_true (cancel);
  g_assert_true (import);
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "0 new, 1 updated"));

  if (!bb_test_send_keys (GTK_WIDGET (dialog), "Escape"))
    return;
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_finalize_object (dialog);

  wait_for_description (fixture, FIRST_UUID, "Rettet her.");
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (fixture->context),
                                      "SELECT count (*) FROM target_groups WHERE name = 'Ensomhed'"),
                   ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/import-conflicts/preview", Fixture, NULL,
              fixture_set_up, test_conflict_preview, fixture_tear_down);
  g_test_add ("/import-conflicts/new-names", Fixture, NULL,
              fixture_set_up, test_new_names, fixture_tear_down);
  g_test_add ("/import-conflicts/keyboard", Fixture, NULL,
              fixture_set_up, test_keyboard, fixture_tear_down);

  return g_test_run ();
}
