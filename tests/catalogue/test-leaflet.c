/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gstdio.h>
#include <string.h>

#include "bb-leaflet.h"

typedef struct
{
  char  *folder;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("bb-leaflet-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->file = g_file_new_build_filename (fixture->folder, "folder.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *path = g_file_get_path (fixture->file);

  g_remove (path);
  g_assert_no_errno (g_rmdir (fixture->folder));
  g_clear_object (&fixture->file);
  g_clear_pointer (&fixture->folder, g_free);
}

static BbOffer *
make_offer (void)
{
  BbOffer *offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungeenheden Århus");
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("Unge 15–25 med angst");
  g_autoptr(BbStep) step = bb_step_new (1, "Tidlig og let");
  g_autoptr(BbContact) contact = bb_contact_new ("Søren Kjær");
  g_autoptr(BbContact) ambassador = bb_contact_new ("Mette Holm");

  bb_provider_set_department (provider, "Børn og Unge");
  bb_provider_set_phone (provider, "+45 87 13 00 00");
  bb_provider_set_website (provider, "https://aarhus.dk/unge");

  bb_offer_set_title (offer, "Åben rådgivning");
  bb_offer_set_summary (offer, "Samtaler for unge, der går med bekymringer.");
  bb_offer_set_description (offer, "Du kan tale med en rådgiver om det, der fylder. Vi lytter, "
                                   "og sammen finder vi ud af, hvad der kan hjælpe dig videre.");
  bb_offer_set_provider (offer, provider);
  bb_offer_set_age_min (offer, 15);
  bb_offer_set_age_max (offer, 25);
  bb_offer_set_access (offer, BB_ACCESS_OPEN);
  bb_offer_set_waiting_weeks (offer, 2);
  bb_offer_set_location (offer, "Ungehuset, Søndergade 12, 8000 Aarhus C");
  bb_offer_set_opening_hours (offer, "Mandag–torsdag 14–18\nFredag 12–15");
  bb_offer_set_reviewed (offer, "2024-03-01");

  bb_contact_set_role (contact, "Socialrådgiver");
  bb_contact_set_phone (contact, "+45 12 34 56 78");
  bb_contact_set_email (contact, "soren@aarhus.dk");
  bb_contact_set_role (ambassador, "Psykolog");
  bb_contact_set_email (ambassador, "mette@aarhus.dk");
  bb_contact_set_ambassador (ambassador, TRUE);

  g_list_store_append (bb_offer_get_target_groups (offer), group);
  g_list_store_append (bb_offer_get_steps (offer), step);
  g_list_store_append (bb_offer_get_contacts (offer), contact);
  g_list_store_append (bb_offer_get_contacts (offer), ambassador);

  return offer;
}

/* Runs a poppler tool on @file, with @output_argument as its second argument (if any); NULL when
 * the tool is not installed. */
static char *
run_poppler (const char *program,
             GFile      *file,
             const char *output_argument)
{
  g_autofree char *found = g_find_program_in_path (program);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { found, path, output_argument, NULL };
  char *output = NULL;
  int status;

  if (found == NULL)
    return NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &output, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return output;
}

static guint
count_pages (GFile *file)
{
  g_autofree char *info = run_poppler ("pdfinfo", file, NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  guint pages = 0;

  if (info != NULL)
    {
      const char *line = strstr (info, "Pages:");

      g_assert_nonnull (line);
      return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
    }

  /* Without poppler: page objects, not the page tree. */
  path = g_file_get_path (file);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  for (const char *p = contents;
       (p = g_strstr_len (p, length - (p - contents), "/Type /Page")) != NULL;
       p++)
    if (p[strlen ("/Type /Page")] != 's')
      pages++;

  return pages;
}

static void
assert_pdf (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (count_pages (file), ==, 1);
}

/* pdftotext breaks lines as the page does: compare with the line breaks taken out. */
static char *
dup_text (GFile *file)
{
  g_autofree char *text = run_poppler ("pdftotext", file, "-");
  g_auto(GStrv) words = NULL;

  if (text == NULL)
    return NULL;

  words = g_strsplit_set (text, " \n\f", -1);
  return g_strjoinv (" ", words);
}

static void
assert_text_contains (const char *text,
                      const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not in the leaflet:\n%s", needle, text);
}

static void
test_write (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(BbOffer) offer = make_offer ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (bb_leaflet_write_pdf (offer, fixture->file, &error));
  g_assert_no_error (error);
  assert_pdf (fixture->file);

  text = dup_text (fixture->file);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  assert_text_contains (text, "Åben rådgivning");
  assert_text_contains (text, "Samtaler for unge, der går med bekymringer.");
  assert_text_contains (text, "Ungeenheden Århus");
  assert_text_contains (text, "+45 87 13 00 00");
  assert_text_contains (text, "+45 12 34 56 78");
  assert_text_contains (text, "Søren Kjær");
  assert_text_contains (text, "15–25 years");
  assert_text_contains (text, "Just come by or call — no referral needed.");
  assert_text_contains (text, "Waiting time: about 2 weeks");
  assert_text_contains (text, "Ambassador");
  assert_text_contains (text, "Last reviewed 1 March 2024");
}

static void
test_empty_fields_left_out (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  bb_offer_set_title (offer, "Netværksgruppe for forældre");
  bb_offer_set_access (offer, BB_ACCESS_VISITATION);

  g_assert_true (bb_leaflet_write_pdf (offer, fixture->file, &error));
  g_assert_no_error (error);
  assert_pdf (fixture->file);

  text = dup_text (fixture->file);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  assert_text_contains (text, "Netværksgruppe for forældre");
  assert_text_contains (text, "The municipality decides after a conversation with you.");
  g_assert_null (strstr (text, "What it is"));
  g_assert_null (strstr (text, "For whom"));
  g_assert_null (strstr (text, "Waiting time"));
  g_assert_null (strstr (text, "Where and when"));
  g_assert_null (strstr (text, "Who to contact"));
  g_assert_null (strstr (text, "Who runs it"));
  g_assert_null (strstr (text, "Last reviewed"));
}

static void
test_long_description (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(BbOffer) offer = make_offer ();
  g_autoptr(GString) description = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (description, "Afsnit %u: vi mødes, taler og finder en vej frem.\n\n", i);
  bb_offer_set_description (offer, description->str);

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("Kontakt %u", i);
      g_autoptr(BbContact) contact = bb_contact_new (name);

      bb_contact_set_role (contact, "Rådgiver");
      bb_contact_set_phone (contact, "+45 11 22 33 44");
      g_list_store_append (bb_offer_get_contacts (offer), contact);
    }

  g_assert_true (bb_leaflet_write_pdf (offer, fixture->file, &error));
  g_assert_no_error (error);
  assert_pdf (fixture->file);

  text = dup_text (fixture->file);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  /* The description gave way; the title and the provider are still there. */
  assert_text_contains (text, "Afsnit 0:");
  assert_text_contains (text, "…");
  g_assert_null (strstr (text, "Afsnit 199:"));
  assert_text_contains (text, "Åben rådgivning");
  assert_text_contains (text, "Ungeenheden Århus");
  assert_text_contains (text, "Last reviewed");
}

static void
test_replace (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(BbOffer) offer = make_offer ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (fixture->file);

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (bb_leaflet_write_pdf (offer, fixture->file, &error));
  g_assert_no_error (error);
  assert_pdf (fixture->file);
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(BbOffer) offer = make_offer ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = g_file_new_build_filename (fixture->folder, "missing", NULL);
  g_autoptr(GFile) file = g_file_get_child (folder, "folder.pdf");

  g_assert_false (bb_leaflet_write_pdf (offer, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_query_exists (folder, NULL));
  g_assert_false (g_file_query_exists (fixture->file, NULL));
}

/* What the leaflet says about getting in depends on the offer's status and access: an
 * offer that is not running says so at the top, and "no referral needed" is only ever
 * said of open access. */
static void
test_status_and_access (Fixture       *fixture,
                        gconstpointer  user_data)
{
  const struct {
    BbOfferStatus  status;
    BbAccess       access;
    const char    *says;
    const char    *never;
  } cases[] = {
    { BB_OFFER_STATUS_ACTIVE, BB_ACCESS_OPEN, "Just come by or call — no referral needed.", "This offer" },
    { BB_OFFER_STATUS_ACTIVE, BB_ACCESS_REFERRAL, "Ask your GP, school or adviser to refer you.", "no referral" },
    { BB_OFFER_STATUS_ACTIVE, BB_ACCESS_VISITATION, "The municipality decides", "no referral" },
    { BB_OFFER_STATUS_PLANNED, BB_ACCESS_OPEN, "This offer has not started yet.", "paused" },
    { BB_OFFER_STATUS_PAUSED, BB_ACCESS_OPEN, "This offer is paused and takes no one in at the moment.", "no referral" },
    { BB_OFFER_STATUS_PAUSED, BB_ACCESS_REFERRAL, "This offer is paused", "Waiting time" },
    { BB_OFFER_STATUS_CLOSED, BB_ACCESS_OPEN, "This offer has closed and takes no one in.", "How to get in" },
    { BB_OFFER_STATUS_CLOSED, BB_ACCESS_OPEN, "This offer has closed", "no referral" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BbOffer) offer = make_offer ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      bb_offer_set_status (offer, cases[i].status);
      bb_offer_set_access (offer, cases[i].access);
      g_assert_true (bb_leaflet_write_pdf (offer, fixture->file, &error));
      g_assert_no_error (error);
      assert_pdf (fixture->file);

      text = dup_text (fixture->file);
      if (text == NULL)
        {
          g_test_skip ("pdftotext is not installed");
          return;
        }

      assert_text_contains (text, cases[i].says);
      if (strstr (text, cases[i].never) != NULL)
        g_error ("“%s” in the leaflet of case %u:\n%s", cases[i].never, i, text);
    }
}

/* An access route the file did not state is never told to a young person as open
 * access: the leaflet prints how to get in in the provider's words, and no "no
 * referral needed" (the offer's access is Brobygger's default, open, underneath). */
static void
test_access_not_stated (Fixture       *fixture,
                        gconstpointer  user_data)
{
  const char *how_to_get_in[] = { "Henvisning fra egen læge", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (how_to_get_in); i++)
    {
      g_autoptr(BbOffer) offer = make_offer ();
      BbOfferDetails *details = bb_offer_get_details (offer);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      g_assert_cmpint (bb_offer_get_access (offer), ==, BB_ACCESS_OPEN);
      details->access_stated = FALSE;
      g_free (details->how_to_get_in);
      details->how_to_get_in = g_strdup (how_to_get_in[i]);
      g_assert_true (bb_leaflet_write_pdf (offer, fixture->file, &error));
      g_assert_no_error (error);

      text = dup_text (fixture->file);
      if (text == NULL)
        {
          g_test_skip ("pdftotext is not installed");
          return;
        }

      g_assert_null (strstr (text, "no referral needed"));
      g_assert_null (strstr (text, "Open access"));
      assert_text_contains (text, "Waiting time: about 2 weeks");
      if (how_to_get_in[i] != NULL)
        assert_text_contains (text, how_to_get_in[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/leaflet/write", Fixture, NULL, fixture_set_up, test_write, fixture_tear_down);
  g_test_add ("/leaflet/empty-fields", Fixture, NULL,
              fixture_set_up, test_empty_fields_left_out, fixture_tear_down);
  g_test_add ("/leaflet/long-description", Fixture, NULL,
              fixture_set_up, test_long_description, fixture_tear_down);
  g_test_add ("/leaflet/replace", Fixture, NULL, fixture_set_up, test_replace, fixture_tear_down);
  g_test_add ("/leaflet/status-and-access", Fixture, NULL,
              fixture_set_up, test_status_and_access, fixture_tear_down);
  g_test_add ("/leaflet/access-not-stated", Fixture, NULL,
              fixture_set_up, test_access_not_stated, fixture_tear_down);
  g_test_add ("/leaflet/missing-folder", Fixture, NULL,
              fixture_set_up, test_missing_folder, fixture_tear_down);

  return g_test_run ();
}
