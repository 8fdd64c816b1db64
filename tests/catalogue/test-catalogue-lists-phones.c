/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A provider's every phone in the lists window, typed with real key presses: an
 * extension changed, a phone added with Enter on Add Phone, one removed. Saved, the
 * database holds each phone and the HSDS export writes them all. */

#include "config.h"

#include "bb-test-hsds.h"
#include "test-catalogue-lists-helpers.h"

/* The entries under @root with the tooltip @tooltip, in the order they are shown. */
static void
collect_entries (GtkWidget  *root,
                 const char *tooltip,
                 GPtrArray  *into)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_ENTRY (child) && g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        g_ptr_array_add (into, child);
      collect_entries (child, tooltip, into);
    }
}

static GtkWidget *
nth_entry (gpointer    root,
           const char *tooltip,
           guint       n)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  collect_entries (GTK_WIDGET (root), tooltip, entries);
  g_assert_cmpuint (entries->len, >, n);
  return g_ptr_array_index (entries, n);
}

static guint
count_entries (gpointer    root,
               const char *tooltip)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  collect_entries (GTK_WIDGET (root), tooltip, entries);
  return entries->len;
}

static GtkWidget *
find_add_phone (AdwExpanderRow *expander)
{
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (GTK_WIDGET (expander), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *child = gtk_button_get_child (g_ptr_array_index (buttons, i));

      if (ADW_IS_BUTTON_CONTENT (child) &&
          g_strcmp0 (adw_button_content_get_label (ADW_BUTTON_CONTENT (child)), "Add Phone") == 0)
        return g_ptr_array_index (buttons, i);
    }

  g_assert_not_reached ();
}

static BbProvider *
save_provider (Fixture *fixture)
{
  BbProvider *provider = bb_provider_new ("Værkstedet");
  g_autoptr(GPtrArray) phones = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_phone_free);
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(GError) error = NULL;
  BbPhone *phone;

  g_ptr_array_add (phones, bb_phone_new ("98 12 34 56"));
  phone = bb_phone_new ("98 12 34 57");
  phone->extension = 44;
  phone->type = g_strdup ("fax");
  g_ptr_array_add (phones, phone);
  bb_provider_set_phones (provider, phones);
  bb_list_repository_save_provider (fixture->lists, provider, &error);
  g_assert_no_error (error);

  bb_offer_set_title (offer, "Vejledning på værkstedet");
  bb_offer_set_provider (offer, provider);
  bb_offer_repository_save (bb_context_get_offers (fixture->context), offer, &error);
  g_assert_no_error (error);
  return provider;
}

static void
test_edit_phones (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(BbProvider) provider = save_provider (fixture);
  BbDatabase *database = bb_context_get_database (fixture->context);
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) page = NULL;
  BbCatalogueListsWindow *window;
  AdwExpanderRow *expander;
  GtkWidget *extension;
  GtkWidget *add_phone;
  GtkWidget *save_button;
  JsonArray *phones;
  JsonObject *organization;

  window = open_window (fixture->context);
  expander = find_widget (window, ADW_TYPE_EXPANDER_ROW, "Værkstedet");
  g_assert_nonnull (expander);
  adw_expander_row_set_expanded (expander, TRUE);
  bb_test_iterate ();

  /* Every phone shows, each with its extension. */
  g_assert_cmpuint (count_entries (expander, "Number"), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (nth_entry (expander, "Number", 1))), ==, "98 12 34 57");
  extension = nth_entry (expander, "Ext.", 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (extension)), ==, "44");
  save_button = find_widget (expander, GTK_TYPE_BUTTON, "Save");
  g_assert_false (gtk_widget_get_sensitive (save_button));

  if (!bb_test_send_keys (extension, "ctrl+a 4 5"))
    {
      close_window (window);
      return;
    }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (extension)), ==, "45");
  g_assert_true (gtk_widget_get_sensitive (save_button));

  /* Add Phone puts the cursor in the new phone's number. */
  add_phone = find_add_phone (expander);
  g_assert_true (bb_test_press_key (add_phone, GDK_KEY_Return, 0));
  bb_test_iterate ();
  g_assert_cmpuint (count_entries (expander, "Number"), ==, 3);
  g_assert_true (bb_test_send_keys (nth_entry (expander, "Number", 2), "7 0 1 2 3 4 5 6 Tab 9"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (nth_entry (expander, "Ext.", 2))), ==, "9");

  press (save_button);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM provider_phones"), ==, 3);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM provider_phones WHERE position = 1"
                                      " AND number = '98 12 34 57' AND extension = 45 AND type = 'fax'"), ==, 1);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM provider_phones WHERE position = 2"
                                      " AND number = '70123456' AND extension = 9"), ==, 1);

  /* The first removed by its own button: the second is the one shown now. */
  bb_test_click (find_widget (expander, GTK_TYPE_BUTTON, "Remove This Phone"));
  bb_test_iterate ();
  g_assert_cmpuint (count_entries (expander, "Number"), ==, 2);
  press (save_button);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM provider_phones"), ==, 2);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM providers WHERE phone = '98 12 34 57'"), ==, 1);

  path = export_from (bb_context_get_offers (fixture->context), fixture->folder, "export.json");
  page = parse_file (path);
  organization = json_object_get_object_member (get_service (page, 0), "organization");
  phones = json_object_get_array_member (organization, "phones");
  g_assert_cmpuint (json_array_get_length (phones), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (phones, 0), "number"), ==,
                   "98 12 34 57");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (phones, 0), "extension"), ==, 45);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (phones, 1), "extension"), ==, 9);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  lists_test_init (&argc, &argv);

  g_test_add ("/catalogue-lists/edit-phones", Fixture, NULL,
              fixture_set_up, test_edit_phones, fixture_tear_down);

  return g_test_run ();
}
