/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The offer's phones and places in the editor, typed with real key presses: a phone
 * with its extension and description, Enter in its last field adds another, a number
 * of an unusual shape is flagged but saved as written; a place with street, postal
 * code, city, coordinates, its accessibility and its own phone. Saved, the database holds them and the offer's page
 * shows them, with a map link. */

#include "config.h"

#include <json-glib/json-glib.h>

#include "bb-offer-details.h"
#include "bb-offer-exchange.h"
#include "bb-offers-view.h"
#include "test-offer-editor-helpers.h"

/* The Add button of the group titled @title, before it has rows. */
static GtkWidget *
find_add_button (BbOfferEditor *editor,
                 const char    *title,
                 const char    *label)
{
  GtkWidget *button = bb_test_find (find_group (GTK_WIDGET (editor), title), GTK_TYPE_BUTTON, TRUE);

  g_assert_nonnull (button);
  g_assert_cmpstr (adw_button_content_get_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (button)))),
                   ==, label);
  return button;
}

/* The entry with the cursor, once the keys were handled. */
static GtkWidget *
focused_entry (BbOfferEditor *editor)
{
  GtkWidget *focus;

  bb_test_iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_nonnull (focus);
  return gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);
}

static void
assert_focus_named (BbOfferEditor *editor,
                    const char    *name)
{
  GtkWidget *entry = focused_entry (editor);

  g_assert_nonnull (entry);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
}

static gboolean
shows_link (GtkWidget  *root,
            const char *uri)
{
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (root, GTK_TYPE_LINK_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_link_button_get_uri (g_ptr_array_index (buttons, i)), uri) == 0)
      return TRUE;

  return FALSE;
}

static void
assert_offer_page (BbContext *context,
                   gint64     offer_id)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *view = g_object_new (BB_TYPE_OFFERS_VIEW, "context", context, NULL);

  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, view);
  gtk_window_present (window);
  bb_test_iterate ();
  g_assert_true (gtk_widget_activate_action (view, "offers.show-offer", "x", offer_id));
  bb_test_iterate ();

  /* The phones as typed, under their type and description, with links that call. */
  g_assert_nonnull (bb_test_find_label (view, "Phone · Visitation"));
  g_assert_nonnull (bb_test_find_label (view, "70123456, ext. 12"));
  g_assert_true (shows_link (view, "tel:70123456;ext=12"));
  g_assert_true (shows_link (view, "tel:123"));
  /* The place under its name, with its address and a map from its coordinates. */
  g_assert_nonnull (bb_test_find_label (view, "Ungehuset"));
  g_assert_nonnull (bb_test_find_label (view, "Vestergade 4, 8000 Aarhus"));
  g_assert_true (shows_link (view, "https://www.openstreetmap.org/?mlat=56.150000&mlon=10.200000"
                                   "#map=17/56.150000/10.200000"));

  gtk_window_destroy (window);
  bb_test_iterate ();
}

static void
assert_exported_place (BbContext  *context,
                       const char *folder)
{
  g_autofree char *path = g_build_filename (folder, "export.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *service, *location, *note, *phone;

  g_assert_true (bb_offer_exchange_export (bb_context_get_offers (context), file, &error));
  g_assert_no_error (error);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  service = json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                                         "contents"), 0);
  location = json_object_get_object_member (json_array_get_object_element (json_object_get_array_member (service,
                                                                                                          "service_at_locations"),
                                                                           0),
                                            "location");
  note = json_array_get_object_element (json_object_get_array_member (location, "accessibility"), 0);
  g_assert_cmpstr (json_object_get_string_member (note, "description"), ==, "Rampe");
  g_assert_cmpstr (json_object_get_string_member (note, "url"), ==, "https://x.dk");
  phone = json_array_get_object_element (json_object_get_array_member (location, "phones"), 0);
  g_assert_cmpint (json_object_get_int_member (phone, "extension"), ==, 210);
}

/* The editor of @offer once it is stored, as the offers view opens it: on the
 * offer read back from the database. */
static BbOfferEditor *
open_stored_offer (BbContext *context,
                   BbOffer   *offer,
                   gint64    *saved_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) loaded = NULL;
  BbOfferEditor *editor;

  if (!bb_offer_repository_save (bb_context_get_offers (context), offer, &error))
    g_error ("%s", error->message);
  loaded = bb_offer_repository_get (bb_context_get_offers (context), bb_offer_get_id (offer), &error);
  g_assert_nonnull (loaded);
  editor = g_object_ref (bb_offer_editor_new (context, loaded));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();
  return editor;
}

static void
test_phones_and_places (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbOfferRepository *offers = bb_context_get_offers (context);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOffer) offer = stored_offer ("Samtaleforløb");
  g_autoptr(BbOffer) saved = NULL;
  BbOfferDetails *details;
  const BbPhone *phone;
  const BbOfferLocation *place;
  const BbAddress *address;
  BbOfferEditor *editor;
  GtkWidget *add_phone;
  GtkWidget *add_place;
  gint64 saved_id = 0;

  editor = open_stored_offer (context, offer, &saved_id);
  add_phone = find_add_button (editor, "Phones", "Add _Phone");
  add_place = find_add_button (editor, "Places", "Add P_lace");
  bb_test_assert_mnemonics_unique (GTK_WIDGET (editor), TRUE);
  if (!bb_test_press_key (add_phone, GDK_KEY_Return, 0))
    {
      gtk_window_destroy (GTK_WINDOW (editor));
      g_clear_object (&editor);
      remove_context (context, folder);
      return;
    }

  /* The new phone has the cursor in its number; then its extension, (its remove
   * button,) its type and its description. */
  assert_focus_named (editor, "Phone number 1");
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "7 0 1 2 3 4 5 6 Tab 1 2"));
  assert_focus_named (editor, "Extension of phone 1");
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "Tab Tab Tab V i s i t a t i o n"));
  assert_focus_named (editor, "Description of phone 1");

  /* Enter there adds another phone; a short number is said to be unusual, not refused. */
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "Return 1 2 3"));
  assert_focus_named (editor, "Phone number 2");
  g_assert_true (shows_label (GTK_WIDGET (editor),
                              "This is not a Danish phone number of 8 digits; it is kept as written."));

  /* A place: name, (remove,) street, postal code, city, latitude, longitude. */
  g_assert_true (bb_test_press_key (add_place, GDK_KEY_Return, 0));
  assert_focus_named (editor, "Name of place 1");
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "U n g e h u s e t Tab Tab"
                                    " V e s t e r g a d e space 4 Tab 8 0 0 0 Tab A a r h u s"));
  assert_focus_named (editor, "City of place 1");
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "Tab 5 6 comma 1 5 Tab 1 0 period 2"));
  assert_focus_named (editor, "Longitude of place 1");

  /* Its accessibility: what, the details, a web page; then its own phone. */
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "Tab R a m p e Tab E l e v a t o r"));
  assert_focus_named (editor, "Details of the accessibility of place 1");
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "Tab h t t p s colon slash slash x period d k"));
  assert_focus_named (editor, "Web page about the accessibility of place 1");
  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "Tab Return 8 6 1 2 3 4 5 6 Tab 2 1 0"));
  assert_focus_named (editor, "Extension of phone 1");

  g_assert_true (bb_test_send_keys (GTK_WIDGET (editor), "ctrl+s"));
  bb_test_iterate ();
  g_assert_cmpint (saved_id, ==, bb_offer_get_id (offer));
  g_assert_finalize_object (editor);

  saved = bb_offer_repository_get (offers, saved_id, &error);
  g_assert_no_error (error);
  details = bb_offer_get_details (saved);
  g_assert_cmpuint (details->phones->len, ==, 2);
  phone = g_ptr_array_index (details->phones, 0);
  g_assert_cmpstr (phone->number, ==, "70123456");
  g_assert_cmpint (phone->extension, ==, 12);
  g_assert_cmpstr (phone->type, ==, "voice");
  g_assert_cmpstr (phone->description, ==, "Visitation");
  phone = g_ptr_array_index (details->phones, 1);
  g_assert_cmpstr (phone->number, ==, "123");
  g_assert_cmpint (phone->extension, ==, -1);
  g_assert_cmpstr (phone->type, ==, "voice");

  g_assert_cmpuint (details->locations->len, ==, 1);
  place = g_ptr_array_index (details->locations, 0);
  g_assert_cmpstr (place->name, ==, "Ungehuset");
  g_assert_cmpuint (place->addresses->len, ==, 1);
  address = g_ptr_array_index (place->addresses, 0);
  g_assert_cmpstr (address->address_1, ==, "Vestergade 4");
  g_assert_cmpstr (address->postal_code, ==, "8000");
  g_assert_cmpstr (address->city, ==, "Aarhus");
  g_assert_true (place->has_coordinates);
  g_assert_cmpfloat_with_epsilon (place->latitude, 56.15, 1e-9);
  g_assert_cmpfloat_with_epsilon (place->longitude, 10.2, 1e-9);
  g_assert_cmpuint (place->accessibility->len, ==, 1);
  g_assert_cmpstr (((BbAccessibility *) g_ptr_array_index (place->accessibility, 0))->description, ==, "Rampe");
  g_assert_cmpstr (((BbAccessibility *) g_ptr_array_index (place->accessibility, 0))->details, ==, "Elevator");
  g_assert_cmpstr (((BbAccessibility *) g_ptr_array_index (place->accessibility, 0))->url, ==, "https://x.dk");
  g_assert_cmpuint (place->phones->len, ==, 1);
  g_assert_cmpstr (((BbPhone *) g_ptr_array_index (place->phones, 0))->number, ==, "86123456");
  g_assert_cmpint (((BbPhone *) g_ptr_array_index (place->phones, 0))->extension, ==, 210);
  /* In their own rows, and in the export. */
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (context),
                                      "SELECT count(*) FROM offer_place_accessibility WHERE description = 'Rampe'"
                                      " AND details = 'Elevator' AND url = 'https://x.dk'"), ==, 1);
  assert_exported_place (context, folder);

  assert_offer_page (context, saved_id);

  g_clear_object (&offer);
  g_clear_object (&saved);
  remove_context (context, folder);
}

int
main (int   argc,
      char *argv[])
{
  /* Reads the names screen readers are given. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/offer-editor/phones-and-places", test_phones_and_places);

  return g_test_run ();
}
