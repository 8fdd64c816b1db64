/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The offer's page shows what an imported Open Referral offer holds: phones with
 * their extensions as links that call, each place with its address and a map link,
 * the opening hours in the UI language, languages, fees, who can use it, how to get
 * in as written and the access route "Not stated" when the file did not say it, the
 * provider's details, and how many courses were handed over to it. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>

#include "bb-offer-editor.h"
#include "bb-offer-exchange.h"
#include "bb-offers-view.h"
#include "bb-offers-view-private.h"
#include "bb-test-courses.h"
#include "bb-test-offers.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

#define CRISIS_LINE_UUID "5b0c7a52-9d1e-4e0b-8f3a-2c6d1e9a7b41"

typedef struct
{
  BbTestCourses  courses;
  GtkWindow     *window;
  BbOffersView  *view;
  gint64         offer_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BbOfferRepository *offers;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "hsds", "page-1-of-54.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BbOffer) offer = NULL;

  bb_test_courses_set_up (&fixture->courses, NULL);
  offers = bb_context_get_offers (fixture->courses.context);
  bb_test_import_file (offers, file);
  offer = bb_offer_repository_find_by_uuid (offers, CRISIS_LINE_UUID, NULL);
  g_assert_nonnull (offer);
  fixture->offer_id = bb_offer_get_id (offer);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
}

static void
show_offer (Fixture *fixture,
            gint64   id)
{
  fixture->view = g_object_new (BB_TYPE_OFFERS_VIEW, "context", fixture->courses.context, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  bb_test_iterate ();
  g_assert_true (bb_browse_pane_select (fixture->view->pane, id));
  bb_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  bb_test_iterate ();
  bb_test_courses_tear_down (&fixture->courses, NULL);
}

/* The text of the row titled @title on screen (its subtitle), or NULL. */
static const char *
find_row_value (GtkWidget  *root,
                const char *title)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (root, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return adw_action_row_get_subtitle (g_ptr_array_index (rows, i));

  return NULL;
}

/* Whether a row on screen has @text as its title or subtitle. */
static gboolean
shows_row_text (GtkWidget  *root,
                const char *text)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (root, ADW_TYPE_PREFERENCES_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), text) == 0)
        return TRUE;
      if (ADW_IS_ACTION_ROW (row) && g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), text) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether some text on screen, in a row or a label, mentions @text. */
static gboolean
mentions (GtkWidget  *root,
          const char *text)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (root, GTK_TYPE_LABEL);
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; i < labels->len; i++)
    {
      g_autofree char *shown = g_utf8_casefold (gtk_label_get_text (g_ptr_array_index (labels, i)), -1);

      if (strstr (shown, folded) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* The targets of the links on screen. */
static GStrv
dup_links (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (root, GTK_TYPE_LINK_BUTTON);
  g_autoptr(GStrvBuilder) links = g_strv_builder_new ();

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkLinkButton *button = g_ptr_array_index (buttons, i);

      g_strv_builder_add (links, gtk_link_button_get_uri (button));
    }

  return g_strv_builder_end (links);
}

static void
assert_expander_shown (GtkWidget  *root,
                       const char *title,
                       const char *subtitle)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (root, ADW_TYPE_EXPANDER_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      {
        g_assert_cmpstr (adw_expander_row_get_subtitle (g_ptr_array_index (rows, i)), ==, subtitle);
        return;
      }

  g_error ("No place “%s” on screen", title);
}

static void
test_english (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *root;
  g_auto(GStrv) links = NULL;

  show_offer (fixture, fixture->offer_id);
  root = GTK_WIDGET (fixture->view);

  /* The service's phones as written, with their extensions, and links that call. */
  g_assert_cmpstr (find_row_value (root, "Phone · Døgnåben linje"), ==, "555-0134, ext. 12");
  g_assert_cmpstr (find_row_value (root, "Text message"), ==, "+45 70 12 34 56");
  links = dup_links (root);
  g_assert_true (g_strv_contains ((const char * const *) links, "tel:5550134;ext=12"));
  g_assert_true (g_strv_contains ((const char * const *) links, "tel:+4570123456"));
  /* A place's phone, under the place. */
  g_assert_true (g_strv_contains ((const char * const *) links, "tel:86123456;ext=210"));

  /* Two places with their addresses and maps from their coordinates. */
  assert_expander_shown (root, "Ungehuset", "Vestergade 4, 8000 Aarhus C");
  assert_expander_shown (root, "Ungdomsskolen Viby", "Skanderborgvej 182, Lokale 12, 8260 Viby J");
  g_assert_true (shows_row_text (root, "Skanderborgvej 182, Lokale 12, 8260 Viby J\n"
                                       "Postal address: Postboks 300, 8260 Viby J"));
  g_assert_true (g_strv_contains ((const char * const *) links,
                                  "https://www.openstreetmap.org/?mlat=56.150300&mlon=10.204900"
                                  "#map=17/56.150300/10.204900"));
  g_assert_true (g_strv_contains ((const char * const *) links,
                                  "https://www.openstreetmap.org/?mlat=56.129600&mlon=10.162100"
                                  "#map=17/56.129600/10.162100"));
  g_assert_true (shows_row_text (root, "Elevator og handicaptoilet"));
  g_assert_true (shows_row_text (root, "Monday, Wednesday 10–16"));

  /* The opening hours from the structured schedules, in English. */
  g_assert_cmpstr (find_row_value (root, "Opening hours"), ==,
                   "Monday–Wednesday 9–17\nThursday 9–19\nFriday 9–14 – Chat lukker kl. 13.30");

  g_assert_cmpstr (find_row_value (root, "Languages"), ==, "Danish, English (Chat only)");
  g_assert_cmpstr (find_row_value (root, "Fees"), ==, "Gratis");
  g_assert_cmpstr (find_row_value (root, "Who can use it"), ==, "Unge 13–25 år med bopæl i Region Midtjylland");
  g_assert_cmpstr (find_row_value (root, "Website"), ==, "https://ungdommensraadgivning.example.dk/krisetelefon");
  g_assert_cmpstr (find_row_value (root, "E-mail"), ==, "linjen@ungdommensraadgivning.example.dk");
  g_assert_true (g_strv_contains ((const char * const *) links,
                                  "mailto:linjen@ungdommensraadgivning.example.dk"));

  /* How to get in as written; the access route the file did not state is not
   * passed off as open access. */
  g_assert_cmpstr (find_row_value (root, "How to get in"), ==,
                   "Ring eller skriv – ingen henvisning. Tidsbestilling til samtale: Henvisning fra egen læge");
  g_assert_cmpstr (find_row_value (root, "Access route"), ==, "Not stated");
  g_assert_false (mentions (root, "Open access"));
  /* Nor by its row in the list. */
  g_assert_false (mentions (GTK_WIDGET (fixture->view), "Open access"));

  /* The provider: sector not stated, legal status and identifiers. */
  g_assert_cmpstr (find_row_value (root, "Sector"), ==, "Not stated");
  g_assert_cmpstr (find_row_value (root, "Legal status"), ==, "Forening");
  g_assert_cmpstr (find_row_value (root, "Identifiers"), ==, "CVR-nummer: 12345678");
  g_assert_true (g_strv_contains ((const char * const *) links, "https://ungdommensraadgivning.example.dk"));
  g_assert_false (mentions (root, "Municipality"));

  /* Nothing empty is shown, and no course was handed over yet. */
  g_assert_null (find_row_value (root, "Capacity"));
  g_assert_null (find_row_value (root, "Hand-overs"));
}

static void
test_danish (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *root;

  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "da", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_setenv ("LANGUAGE", "en", TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  show_offer (fixture, fixture->offer_id);
  root = GTK_WIDGET (fixture->view);
  g_assert_cmpstr (find_row_value (root, "Åbningstider"), ==,
                   "Mandag–onsdag 9–17\nTorsdag 9–19\nFredag 9–14 – Chat lukker kl. 13.30");
  g_assert_true (shows_row_text (root, "Mandag, onsdag 10–16"));
  g_assert_cmpstr (find_row_value (root, "Adgangsvej"), ==, "Ikke oplyst");
  g_assert_cmpstr (find_row_value (root, "Telefon · Døgnåben linje"), ==, "555-0134, lokal 12");
  g_assert_false (mentions (root, "Åben adgang"));
}

/* "Handed over from 2 courses": those referred, accepted or started there, not the
 * ones where it was only suggested. */
static void
test_handed_over (Fixture       *fixture,
                  gconstpointer  data)
{
  BbCourseRepository *courses = fixture->courses.courses;
  const BbHandoverState states[] = { BB_HANDOVER_REFERRED, BB_HANDOVER_STARTED, BB_HANDOVER_SUGGESTED };

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      g_autofree char *name = g_strdup_printf ("Ung %u", i + 1);
      gint64 course_id = bb_test_add_course (&fixture->courses, name, "2026-02-01", 0);
      g_autoptr(BbHandover) handover = bb_handover_new (course_id, fixture->offer_id, states[i]);
      g_autoptr(GError) error = NULL;

      handover->state_date = g_strdup ("2026-03-05");
      g_assert_true (bb_course_repository_save_handover (courses, handover, &error));
      g_assert_no_error (error);
    }

  show_offer (fixture, fixture->offer_id);
  g_assert_cmpstr (find_row_value (GTK_WIDGET (fixture->view), "Hand-overs"), ==, "Handed over from 2 courses");
}

/* An offer made here says the access route it was given, open access included. */
static void
test_stated_access (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BbOffer) offer = bb_test_new_offer ("Åben rådgivning", "Ungeenheden");
  g_autoptr(GError) error = NULL;
  GtkWidget *root;

  bb_offer_set_access (offer, BB_ACCESS_OPEN);
  g_assert_true (bb_offer_repository_save (bb_context_get_offers (fixture->courses.context), offer, &error));
  g_assert_no_error (error);

  show_offer (fixture, bb_offer_get_id (offer));
  root = GTK_WIDGET (fixture->view);
  g_assert_cmpstr (find_row_value (root, "Access route"), ==, "Open access");
  g_assert_cmpstr (find_row_value (root, "Sector"), ==, "Municipality");
  /* No places, phones or website to show: those groups are not there. */
  g_assert_false (mentions (root, "Places"));
  g_assert_false (mentions (root, "Phone, Website and E-mail"));
}

/* The catalogue exported as HSDS, with the members of service @uuid that an edit
 * changes besides the field edited taken out: when it changed and its history. */
static char *
dup_export (Fixture    *fixture,
            const char *name,
            const char *uuid,
            const char *edited_member)
{
  g_autofree char *path = g_build_filename (fixture->courses.folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *services;

  g_assert_true (bb_offer_exchange_export (bb_context_get_offers (fixture->courses.context), file, &error));
  g_assert_no_error (error);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  services = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "contents");
  for (guint i = 0; i < json_array_get_length (services); i++)
    {
      JsonObject *service = json_array_get_object_element (services, i);

      if (g_strcmp0 (json_object_get_string_member (service, "id"), uuid) != 0)
        continue;
      json_object_remove_member (service, "last_modified");
      json_object_remove_member (service, "metadata");
      if (edited_member != NULL)
        {
          g_assert_true (json_object_has_member (service, edited_member));
          json_object_remove_member (service, edited_member);
        }
    }

  return json_to_string (json_parser_get_root (parser), TRUE);
}

static void
on_saved (BbOfferEditor *editor,
          BbOffer       *offer,
          gint64        *saved_id)
{
  *saved_id = bb_offer_get_id (offer);
}

static gboolean
is_saved (gpointer data)
{
  return *(gint64 *) data != 0;
}

/* An edit in the editor changes the field edited and keeps all the rest the file
 * carried: the export before and after differ in that field alone. */
static void
test_edit_keeps_carried (Fixture       *fixture,
                         gconstpointer  data)
{
  BbOfferRepository *offers = bb_context_get_offers (fixture->courses.context);
  g_autofree char *before = dup_export (fixture, "before.json", CRISIS_LINE_UUID, NULL);
  g_autofree char *before_without = dup_export (fixture, "before.json", CRISIS_LINE_UUID, "fees_description");
  g_autofree char *after = NULL;
  g_autoptr(BbOffer) offer = bb_offer_repository_get (offers, fixture->offer_id, NULL);
  g_autoptr(BbOffer) saved = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  BbOfferEditor *editor;
  GtkWidget *fees = NULL;
  GtkWidget *access = NULL;
  GtkWidget *save = NULL;
  gint64 saved_id = 0;

  editor = g_object_ref (bb_offer_editor_new (fixture->courses.context, offer));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  /* The route the file did not state is "Not stated" in the form too. */
  buttons = bb_test_collect_drawn (GTK_WIDGET (editor), ADW_TYPE_PREFERENCES_ROW);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (buttons, i);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

      if (g_strcmp0 (title, "Fees") == 0)
        fees = row;
      else if (g_strcmp0 (title, "Access route") == 0)
        access = row;
    }
  g_assert_nonnull (fees);
  g_assert_nonnull (access);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (access))),
                   ==, "Not stated");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fees)), ==, "Gratis");
  gtk_editable_set_text (GTK_EDITABLE (fees), "50 kr. pr. gang");
  bb_test_iterate ();

  save = GTK_WIDGET (bb_test_find_button (GTK_WIDGET (editor), "_Save"));
  g_assert_nonnull (save);
  g_assert_true (gtk_widget_activate (save));
  g_assert_true (bb_test_wait_for (is_saved, &saved_id, 10));
  g_assert_cmpint (saved_id, ==, fixture->offer_id);
  bb_test_iterate ();
  g_assert_finalize_object (editor);

  saved = bb_offer_repository_get (offers, saved_id, NULL);
  g_assert_cmpstr (bb_offer_get_details (saved)->fees, ==, "50 kr. pr. gang");
  g_assert_false (bb_offer_get_details (saved)->access_stated);

  after = dup_export (fixture, "after.json", CRISIS_LINE_UUID, "fees_description");
  g_assert_cmpstr (after, ==, before_without);
  g_assert_cmpstr (after, !=, before);
}

static char *
dup_csv_export (BbContext  *context,
                const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (bb_offer_exchange_export (bb_context_get_offers (context), file, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* A spreadsheet says "not_stated" where the file did not state the access route, and
 * an import of it keeps it unstated: exported again, the file is the same. */
static void
test_csv_not_stated (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *first_path = g_build_filename (fixture->courses.folder, "first.csv", NULL);
  g_autofree char *second_path = g_build_filename (fixture->courses.folder, "second.csv", NULL);
  g_autofree char *first = dup_csv_export (fixture->courses.context, first_path);
  g_autofree char *second = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(BbContext) context = bb_test_context_new (&folder);
  g_autoptr(GFile) file = g_file_new_for_path (first_path);
  g_autoptr(BbOffer) offer = NULL;

  g_assert_nonnull (strstr (first, ";not_stated;"));
  bb_test_import_file (bb_context_get_offers (context), file);
  offer = bb_offer_repository_find_by_uuid (bb_context_get_offers (context), CRISIS_LINE_UUID, NULL);
  g_assert_nonnull (offer);
  g_assert_false (bb_offer_get_details (offer)->access_stated);

  second = dup_csv_export (context, second_path);
  g_assert_cmpstr (second, ==, first);

  /* A file that states the route, re-imported, states it for the offer too. */
  {
    g_autoptr(GString) stated = g_string_new (first);
    g_autoptr(GFile) stated_file = g_file_new_for_path (second_path);
    g_autoptr(GError) error = NULL;

    g_assert_cmpuint (g_string_replace (stated, ";not_stated;", ";open;", 1), ==, 1);
    g_assert_true (g_file_set_contents (second_path, stated->str, -1, &error));
    bb_test_import_file (bb_context_get_offers (context), stated_file);
    g_clear_object (&offer);
    offer = bb_offer_repository_find_by_uuid (bb_context_get_offers (context), CRISIS_LINE_UUID, NULL);
    g_assert_true (bb_offer_get_details (offer)->access_stated);
    g_assert_cmpint (bb_offer_get_access (offer), ==, BB_ACCESS_OPEN);
  }

  g_clear_object (&offer);
  g_assert_finalize_object (g_steal_pointer (&context));
  bb_test_remove_folder (folder);
}

/* Undoing an import that changed how to get in and the fees puts back what the offer
 * said before, and leaves the route unstated as it was. */
static void
test_undo_import_details (Fixture       *fixture,
                          gconstpointer  data)
{
  BbOfferRepository *offers = bb_context_get_offers (fixture->courses.context);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "hsds", "page-1-of-54.json", NULL);
  g_autofree char *path = g_build_filename (fixture->courses.folder, "changed.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) changed = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BbOffer) imported = NULL;
  g_autoptr(BbOffer) undone = NULL;
  g_autoptr(GError) error = NULL;
  gint64 import_id;

  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  changed = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (changed, "\"fees_description\": \"Gratis\"",
                                      "\"fees_description\": \"50 kr.\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (changed, "Ring eller skriv", "Skriv", 1), ==, 1);
  g_file_set_contents (path, changed->str, -1, &error);
  g_assert_no_error (error);

  import_id = bb_test_import_file (offers, file);
  imported = bb_offer_repository_get (offers, fixture->offer_id, NULL);
  g_assert_cmpstr (bb_offer_get_details (imported)->fees, ==, "50 kr.");

  g_assert_true (bb_offer_repository_undo_import (offers, import_id, &error));
  g_assert_no_error (error);
  undone = bb_offer_repository_get (offers, fixture->offer_id, NULL);
  g_assert_cmpstr (bb_offer_get_details (undone)->fees, ==, "Gratis");
  g_assert_true (g_str_has_prefix (bb_offer_get_details (undone)->how_to_get_in, "Ring eller skriv"));
  g_assert_false (bb_offer_get_details (undone)->access_stated);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = bb_test_set_data_home ();
  g_autofree char *locale_dir = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The translations as built, in whatever language LANGUAGE says; "C" would ignore it. */
  setlocale (LC_ALL, "C.UTF-8");
  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* English unless this is the Danish case's subprocess. */
  if (!g_test_subprocess ())
    g_setenv ("LANGUAGE", "en", TRUE);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/offer-details-view/english", test_english);
  ADD ("/offer-details-view/danish", test_danish);
  ADD ("/offer-details-view/handed-over", test_handed_over);
  ADD ("/offer-details-view/stated-access", test_stated_access);
  ADD ("/offer-details-view/edit-keeps-carried", test_edit_keeps_carried);
  ADD ("/offer-details-view/csv-not-stated", test_csv_not_stated);
  ADD ("/offer-details-view/undo-import-details", test_undo_import_details);
#undef ADD

  return g_test_run ();
}
