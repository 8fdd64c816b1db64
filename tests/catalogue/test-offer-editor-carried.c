/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What an Open Referral file holds that the editor does not show survives an edit:
 * a service with every member, retitled in the editor and exported again, is the
 * file it was but for its name, its last_modified and the change the edit recorded. */

#include "config.h"

#include "bb-offer-exchange.h"
#include "bb-test-hsds.h"
#include "test-offer-editor-helpers.h"

#define SERVICE_ID "d9681fb2-2a7d-5c66-a355-104004dc45c2"

/* The export's single service, without what an edit of the title changes. */
static char *
dup_service_without_edit (const char *path,
                          char      **title)
{
  g_autoptr(JsonNode) page = parse_file (path);
  JsonObject *service = get_service (page, 0);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) node = NULL;
  JsonArray *metadata;

  *title = g_strdup (json_object_get_string_member (service, "name"));
  json_object_remove_member (service, "name");
  json_object_remove_member (service, "last_modified");
  /* The history is written newest first: the edit's change is the first entry. */
  metadata = json_object_get_array_member (service, "metadata");
  if (g_strcmp0 (*title, "Ungeindsatsen Aarhus") != 0)
    {
      JsonObject *newest = json_array_get_object_element (metadata, 0);

      g_assert_cmpstr (json_object_get_string_member (newest, "field_name"), ==, "title");
      g_assert_cmpstr (json_object_get_string_member (newest, "replacement_value"), ==, *title);
      json_array_remove_element (metadata, 0);
    }
  node = json_node_init_object (json_node_alloc (), service);
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static void
test_carried_fields_survive (void)
{
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbOfferRepository *offers = bb_context_get_offers (context);
  g_autofree char *source = fixture_path ("every-field.json");
  g_autoptr(BbImport) import = read_path (source);
  g_autoptr(BbOffer) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before_path = NULL;
  g_autofree char *after_path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *before_title = NULL;
  g_autofree char *after_title = NULL;
  BbOfferEditor *editor;
  gint64 saved_id = 0;

  import_into (offers, import);
  before_path = export_from (offers, folder, "before.json");
  loaded = bb_offer_repository_find_by_uuid (offers, SERVICE_ID, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  editor = g_object_ref (bb_offer_editor_new (context, loaded));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();
  set_text (GTK_WIDGET (editor), "Title", "Ungeindsatsen Aarhus og Skanderborg");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  bb_test_iterate ();
  g_assert_cmpint (saved_id, ==, bb_offer_get_id (loaded));
  g_assert_finalize_object (editor);

  after_path = export_from (offers, folder, "after.json");
  before = dup_service_without_edit (before_path, &before_title);
  after = dup_service_without_edit (after_path, &after_title);
  g_assert_cmpstr (before_title, ==, "Ungeindsatsen Aarhus");
  g_assert_cmpstr (after_title, ==, "Ungeindsatsen Aarhus og Skanderborg");
  g_assert_cmpstr (after, ==, before);

  g_clear_object (&loaded);
  g_clear_object (&import);
  remove_context (context, folder);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/offer-editor/carried-fields-survive", test_carried_fields_survive);

  return g_test_run ();
}
