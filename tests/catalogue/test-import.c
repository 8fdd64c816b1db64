/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "bb-csv.h"
#include "bb-import.h"
#include "bb-offer-csv.h"
#include "bb-offer-exchange.h"
#include "bb-sql.h"
#include "bb-test-offers.h"

typedef BbTestCatalogue Fixture;
#include "bb-test-utils.h"

static void
save_sample_offers (Fixture *fixture)
{
  g_autoptr(BbOffer) nasty = bb_test_new_nasty_offer ();
  g_autoptr(BbOffer) bare = bb_test_new_offer ("Åben rådgivning", "Ærø Kommune");
  g_autoptr(BbOffer) spaced = bb_test_new_offer ("  Mellemrum foran", "Region Syddanmark");

  bb_offer_set_status (spaced, BB_OFFER_STATUS_PLANNED);
  bb_provider_set_sector (bb_offer_get_provider (spaced), BB_SECTOR_REGION);
  bb_test_add_target_group (spaced, "Unge 15–25 år med mistrivsel");
  bb_test_add_contact (spaced, "Kim", "Sygeplejerske", "", "", TRUE);

  bb_test_catalogue_save (fixture, nasty);
  bb_test_catalogue_save (fixture, bare);
  bb_test_catalogue_save (fixture, spaced);
}

/* "Line 3" must not be satisfied by "Line 30". */
static void
assert_names_line (const char *message,
                   guint       line)
{
  g_autofree char *needle = g_strdup_printf ("Line %u", line);
  const char *found = strstr (message, needle);

  if (found == NULL || g_ascii_isdigit (found[strlen (needle)]))
    g_error ("“%s” does not name line %u", message, line);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GFile) file = bb_test_catalogue_file (fixture, "Tilbudsvifte.CSV");
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *records;
  guint n_offers;

  save_sample_offers (fixture);
  n_offers = bb_offer_repository_count (fixture->offers, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_offers, ==, 3);

  bb_offer_exchange_export (fixture->offers, file, &error);
  g_assert_no_error (error);

  import = bb_offer_exchange_read_file (file, &error);
  g_assert_no_error (error);
  records = bb_import_get_records (import);
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, n_offers);
  g_assert_cmpuint (bb_import_count (import, BB_IMPORT_ACTION_REJECT), ==, 0);

  for (guint i = 0; i < n_offers; i++)
    {
      BbOffer *offer = bb_test_get_offer (import, i);
      g_autoptr(BbOffer) stored = NULL;

      /* The header is line 1; the nasty offer spans several lines. */
      g_assert_cmpuint (bb_import_record_get_line (bb_test_get_record (import, i)), >=, i + 2);

      stored = bb_offer_repository_find_by_uuid (fixture->offers, bb_offer_get_uuid (offer), &error);
      g_assert_no_error (error);
      g_assert_nonnull (stored);
      bb_test_assert_offers_equal (stored, offer);
    }
}

/* A cell a spreadsheet would run as a formula leaves behind an apostrophe and comes
 * back as it was. */
static void
test_formula_guard (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GFile) file = bb_test_catalogue_file (fixture, "formulas.csv");
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("@Udbyder");
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  BbOffer *read_back;

  bb_offer_set_title (offer, "=HYPERLINK(\"http://example.invalid\";\"klik\")");
  bb_offer_set_summary (offer, "-5 grader");
  bb_offer_set_keywords (offer, "+45 22 33 44 55");
  bb_offer_set_description (offer, "'=citat");
  bb_offer_set_legal_basis (offer, "\tindrykket");
  bb_offer_set_opening_hours (offer, "\r=1+1");
  bb_offer_set_provider (offer, provider);
  g_assert_true (bb_offer_repository_save (fixture->offers, offer, &error));
  g_assert_true (bb_offer_exchange_export (fixture->offers, file, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, &error));
  g_assert_nonnull (strstr (contents, "\"'=HYPERLINK("));
  g_assert_nonnull (strstr (contents, ";'-5 grader;"));
  g_assert_nonnull (strstr (contents, ";'+45 22 33 44 55;"));
  g_assert_nonnull (strstr (contents, ";'@Udbyder;"));
  /* A tab first is a formula start too. */
  g_assert_nonnull (strstr (contents, ";'\tindrykket;"));
  /* And a carriage return: quoted, as a cell with a line break, and guarded. */
  g_assert_nonnull (strstr (contents, "\"'\r=1+1\""));
  /* An apostrophe that the reader would take is guarded in its turn, so the text
   * does not come back as a live formula. */
  g_assert_nonnull (strstr (contents, ";''=citat;"));

  import = bb_offer_exchange_read_file (file, &error);
  g_assert_no_error (error);
  read_back = bb_test_get_offer (import, 0);
  g_assert_cmpstr (bb_offer_get_title (read_back), ==, "=HYPERLINK(\"http://example.invalid\";\"klik\")");
  g_assert_cmpstr (bb_offer_get_summary (read_back), ==, "-5 grader");
  g_assert_cmpstr (bb_offer_get_keywords (read_back), ==, "+45 22 33 44 55");
  g_assert_cmpstr (bb_provider_get_name (bb_offer_get_provider (read_back)), ==, "@Udbyder");
  g_assert_cmpstr (bb_offer_get_description (read_back), ==, "'=citat");
  g_assert_cmpstr (bb_offer_get_legal_basis (read_back), ==, "\tindrykket");
  g_assert_cmpstr (bb_offer_get_opening_hours (read_back), ==, "\r=1+1");
}

static void
test_export_bytes (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GFile) file = bb_test_catalogue_file (fixture, "empty.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(BbOffer) offer = NULL;
  gsize length;
  const char *header =
    BB_CSV_BOM
    "id;title;summary;description;provider;sector;department;legal_basis;target_groups;"
    "steps;age_min;age_max;access;how_to_get_in;capacity;waiting_weeks;location;opening_hours;status;"
    "last_reviewed;keywords;contacts\r\n";

  /* An empty catalogue is still a file spreadsheets open with the right columns. */
  bb_offer_exchange_export (fixture->offers, file, &error);
  g_assert_no_error (error);
  g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, header);
  g_clear_pointer (&contents, g_free);

  offer = bb_test_new_offer ("Samtaler", "Kommunen");
  bb_test_add_target_group (offer, "ADHD");
  bb_test_add_target_group (offer, "Angst");
  bb_test_add_contact (offer, "Anna", "", "", "", TRUE);
  bb_test_add_contact (offer, "Bo", "Rådgiver", "", "", FALSE);
  bb_test_catalogue_save (fixture, offer);

  bb_offer_exchange_export (fixture->offers, file, &error);
  g_assert_no_error (error);
  g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (g_str_has_prefix (contents, header));
  g_assert_true (g_str_has_suffix (contents, "\r\n"));
  /* Several values in a cell are lines inside it, as Alt+Enter makes them. */
  g_assert_nonnull (strstr (contents, ";\"ADHD\nAngst\";"));
  g_assert_nonnull (strstr (contents, ";\"Anna |  |  |  | ambassador\nBo | Rådgiver\"\r\n"));
  g_assert_nonnull (strstr (contents, ";Samtaler;;;Kommunen;municipality;;;"));
}

static void
test_comma (void)
{
  g_autoptr(BbImport) import = bb_test_read_csv_fixture ("comma.csv");
  BbOffer *offer;
  g_autofree char *groups = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_records (import)), ==, 2);

  offer = bb_test_get_offer (import, 0);
  g_assert_cmpuint (bb_import_record_get_line (bb_test_get_record (import, 0)), ==, 2);
  g_assert_cmpstr (bb_offer_get_title (offer), ==, "Samtaler, for unge");
  g_assert_cmpstr (bb_provider_get_name (bb_offer_get_provider (offer)), ==, "Kommunen");
  g_assert_cmpint (bb_provider_get_sector (bb_offer_get_provider (offer)), ==, BB_SECTOR_REGION);
  g_assert_cmpstr (bb_offer_get_summary (offer), ==, "Kort; med semikolon");
  groups = bb_offer_dup_target_group_names (offer);
  g_assert_cmpstr (groups, ==, "Angst, Depression");
  g_assert_cmpint (bb_offer_get_age_min (offer), ==, 15);
  g_assert_cmpint (bb_offer_get_age_max (offer), ==, 25);
  /* Columns the file leaves out keep their defaults. */
  g_assert_cmpint (bb_offer_get_status (offer), ==, BB_OFFER_STATUS_ACTIVE);
  g_assert_cmpint (bb_offer_get_access (offer), ==, BB_ACCESS_OPEN);
  g_assert_cmpint (bb_offer_get_capacity (offer), ==, -1);

  offer = bb_test_get_offer (import, 1);
  g_assert_cmpuint (bb_import_record_get_line (bb_test_get_record (import, 1)), ==, 3);
  g_assert_cmpstr (bb_offer_get_title (offer), ==, "Gruppeforløb");
  g_assert_cmpstr (bb_provider_get_name (bb_offer_get_provider (offer)), ==, "Foreningen, Øst");
  g_assert_cmpint (bb_provider_get_sector (bb_offer_get_provider (offer)), ==, BB_SECTOR_VOLUNTARY);
  g_assert_cmpint (bb_offer_get_age_min (offer), ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_target_groups (offer))), ==, 0);
}

static void
test_danish (void)
{
  g_autoptr(BbImport) import = bb_test_read_csv_fixture ("danish.csv");
  GListModel *contacts;
  g_autoptr(BbContact) first = NULL;
  g_autoptr(BbContact) second = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *steps = NULL;
  BbOffer *offer;
  BbProvider *provider;

  g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_records (import)), ==, 1);
  offer = bb_test_get_offer (import, 0);
  provider = bb_offer_get_provider (offer);

  g_assert_true (g_uuid_string_is_valid (bb_offer_get_uuid (offer)));
  g_assert_cmpstr (bb_offer_get_title (offer), ==, "Rådgivning for unge i Ærøskøbing");
  g_assert_cmpstr (bb_provider_get_name (provider), ==, "Ærø Kommune");
  g_assert_cmpint (bb_provider_get_sector (provider), ==, BB_SECTOR_VOLUNTARY);
  g_assert_cmpstr (bb_provider_get_department (provider), ==, "Børn & Unge");
  g_assert_cmpint (bb_offer_get_status (offer), ==, BB_OFFER_STATUS_PAUSED);
  g_assert_cmpint (bb_offer_get_access (offer), ==, BB_ACCESS_REFERRAL);
  groups = bb_offer_dup_target_group_names (offer);
  g_assert_cmpstr (groups, ==, "Unge 15–25 år, Forældre og pårørende, Søskende");
  steps = bb_offer_dup_step_names (offer);
  g_assert_cmpstr (steps, ==, "Tidlig og let");
  g_assert_cmpint (bb_offer_get_age_min (offer), ==, 16);
  g_assert_cmpint (bb_offer_get_age_max (offer), ==, -1);
  g_assert_cmpstr (bb_offer_get_reviewed (offer), ==, "2023-12-01");

  contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  first = g_list_model_get_item (contacts, 0);
  g_assert_cmpstr (bb_contact_get_name (first), ==, "Søren Ø");
  g_assert_cmpstr (bb_contact_get_role (first), ==, "Rådgiver");
  g_assert_cmpstr (bb_contact_get_phone (first), ==, "+45 11 22 33 44");
  g_assert_cmpstr (bb_contact_get_email (first), ==, "soren@example.dk");
  g_assert_true (bb_contact_get_ambassador (first));
  second = g_list_model_get_item (contacts, 1);
  g_assert_cmpstr (bb_contact_get_name (second), ==, "Åse Å");
  g_assert_cmpstr (bb_contact_get_role (second), ==, "");
  g_assert_false (bb_contact_get_ambassador (second));
}

typedef struct
{
  const char *name;
  GQuark    (*domain) (void);
  int         code;
  guint       line;      /* 0: the message names no line */
} BrokenFile;

static void
test_broken (Fixture       *fixture,
             gconstpointer  user_data)
{
  const BrokenFile *broken = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids_before = NULL;
  g_autoptr(GArray) ids_after = NULL;
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  guint count_before;
  guint count_after;

  save_sample_offers (fixture);
  count_before = bb_offer_repository_count (fixture->offers, &error);
  g_assert_no_error (error);
  ids_before = bb_offer_repository_query_ids (fixture->offers, &query, &error);
  g_assert_no_error (error);

  if (g_str_equal (broken->name, "long.csv"))
    {
      g_autoptr(GString) contents = g_string_new ("title;provider\r\nKort;Kommunen\r\n");

      /* 17 MiB in one line: refused after the 16 MiB a cell may hold (as much as an
       * HSDS service), not read into memory. */
      g_string_append_c (contents, '"');
      for (guint i = 0; i < 17 * 1024 * 1024; i++)
        g_string_append_c (contents, 'a' + i % 26);
      g_string_append (contents, "\";Kommunen\r\n");

      file = bb_test_catalogue_file (fixture, broken->name);
      g_file_replace_contents (file, contents->str, contents->len, NULL, FALSE,
                               G_FILE_CREATE_NONE, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  else
    {
      file = bb_test_csv_fixture (broken->name);
    }

  import = bb_offer_exchange_read_file (file, &error);
  g_assert_error (error, broken->domain (), broken->code);
  g_assert_null (import);
  if (broken->line > 0)
    assert_names_line (error->message, broken->line);
  else
    g_assert_null (strstr (error->message, "Line"));
  g_clear_error (&error);

  count_after = bb_offer_repository_count (fixture->offers, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_after, ==, count_before);
  ids_after = bb_offer_repository_query_ids (fixture->offers, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids_after->len, ==, ids_before->len);
  g_assert_cmpmem (ids_after->data, ids_after->len * sizeof (gint64),
                   ids_before->data, ids_before->len * sizeof (gint64));
}

static void
assert_rejected (BbImport   *import,
                 guint       position,
                 guint       line,
                 const char *fragment)
{
  BbImportRecord *record = bb_test_get_record (import, position);
  const char *reason = bb_import_record_get_reason (record);
  g_autofree char *prefix = g_strdup_printf ("Line %u: ", line);

  g_assert_cmpint (bb_import_record_get_action (record), ==, BB_IMPORT_ACTION_REJECT);
  g_assert_null (bb_import_record_get_offer (record));
  g_assert_cmpuint (bb_import_record_get_line (record), ==, line);
  g_assert_nonnull (reason);
  if (!g_str_has_prefix (reason, prefix) || strstr (reason, fragment) == NULL)
    g_error ("Unexpected reason for line %u: “%s”", line, reason);
}

static void
test_rejected_rows (void)
{
  g_autoptr(BbImport) import = bb_test_read_csv_fixture ("rejected.csv");
  g_autofree char *summary = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_records (import)), ==, 8);

  g_assert_cmpstr (bb_offer_get_title (bb_test_get_offer (import, 0)), ==, "Godt tilbud");
  g_assert_cmpuint (bb_import_record_get_line (bb_test_get_record (import, 0)), ==, 2);
  assert_rejected (import, 1, 3, "“femten” in column age_min is not a whole number");
  assert_rejected (import, 2, 4, "“lukket for altid” in column status");
  assert_rejected (import, 3, 5, "The lowest age must not be above the highest");
  assert_rejected (import, 4, 6, "expected 6 fields, found 3");
  /* A line break inside a quoted field: the record starts on line 7, the next on 9.
   * The cell keeps its line break as the file wrote it (CRLF here). */
  g_assert_cmpstr (bb_offer_get_title (bb_test_get_offer (import, 5)), ==, "Flere\r\nlinjer");
  g_assert_cmpuint (bb_import_record_get_line (bb_test_get_record (import, 5)), ==, 7);
  g_assert_cmpint (bb_offer_get_status (bb_test_get_offer (import, 5)), ==, BB_OFFER_STATUS_PLANNED);
  g_assert_cmpint (bb_offer_get_capacity (bb_test_get_offer (import, 5)), ==, 5);
  assert_rejected (import, 6, 9, "“-3” in column capacity is not a whole number");
  /* Line 10 holds only separators and is skipped. */
  assert_rejected (import, 7, 11, "provider");

  g_assert_cmpuint (bb_import_count (import, BB_IMPORT_ACTION_NEW), ==, 2);
  g_assert_cmpuint (bb_import_count (import, BB_IMPORT_ACTION_REJECT), ==, 6);
  summary = bb_import_dup_summary (import);
  g_assert_cmpstr (summary, ==, "2 new, 0 updated, 0 unchanged, 6 rejected");
}

static void
test_ids (void)
{
  g_autoptr(BbImport) import = bb_test_read_csv_fixture ("ids.csv");
  BbOffer *fresh;

  g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_records (import)), ==, 4);
  g_assert_cmpstr (bb_offer_get_uuid (bb_test_get_offer (import, 0)), ==,
                   "0b7d1a4e-52c3-4f0e-9a57-3c1d2e4f5a6b");
  assert_rejected (import, 1, 3, "also used on line 2");
  /* An id that is not a UUID is another system's id, kept as written. */
  g_assert_cmpstr (bb_offer_get_uuid (bb_test_get_offer (import, 2)), ==, "nummer 3");

  /* An empty id is a new offer with a uuid of its own. */
  fresh = bb_test_get_offer (import, 3);
  g_assert_true (g_uuid_string_is_valid (bb_offer_get_uuid (fresh)));
  g_assert_cmpstr (bb_offer_get_uuid (fresh), !=, "0b7d1a4e-52c3-4f0e-9a57-3c1d2e4f5a6b");
}

static BbImport *
prepare (Fixture    *fixture,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  BbImport *import = bb_test_read_csv_fixture (name);

  bb_offer_repository_prepare_import (fixture->offers, import, &error);
  g_assert_no_error (error);

  return import;
}

static void
commit (Fixture  *fixture,
        BbImport *import)
{
  g_autoptr(GError) error = NULL;

  bb_offer_repository_commit_import (fixture->offers, import, &error);
  g_assert_no_error (error);
}

static guint
count_offers (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  guint count = bb_offer_repository_count (fixture->offers, &error);

  g_assert_no_error (error);
  return count;
}

static void
test_prepare_commit (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(BbImport) first = NULL;
  g_autoptr(BbImport) again = NULL;
  g_autoptr(BbImport) changed = NULL;
  g_autoptr(BbOffer) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  first = prepare (fixture, "catalogue.csv");
  g_assert_cmpuint (bb_import_count (first, BB_IMPORT_ACTION_NEW), ==, 3);
  g_assert_cmpuint (bb_import_count_duplicates (first), ==, 0);
  summary = bb_import_dup_summary (first);
  g_assert_cmpstr (summary, ==, "3 new, 0 updated, 0 unchanged, 0 rejected");
  g_clear_pointer (&summary, g_free);
  /* Preparing writes nothing. */
  g_assert_cmpuint (count_offers (fixture), ==, 0);
  commit (fixture, first);
  g_assert_cmpuint (count_offers (fixture), ==, 3);

  again = prepare (fixture, "catalogue.csv");
  g_assert_cmpuint (bb_import_count (again, BB_IMPORT_ACTION_NEW), ==, 0);
  g_assert_cmpuint (bb_import_count (again, BB_IMPORT_ACTION_UNCHANGED), ==, 3);
  summary = bb_import_dup_summary (again);
  g_assert_cmpstr (summary, ==, "0 new, 0 updated, 3 unchanged, 0 rejected");
  g_clear_pointer (&summary, g_free);
  commit (fixture, again);
  g_assert_cmpuint (count_offers (fixture), ==, 3);

  /* One title changed, and a new row that repeats the title and provider of a
   * stored offer. */
  changed = prepare (fixture, "catalogue-changed.csv");
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (changed, 0)), ==, BB_IMPORT_ACTION_UNCHANGED);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (changed, 1)), ==, BB_IMPORT_ACTION_UPDATE);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (changed, 2)), ==, BB_IMPORT_ACTION_UNCHANGED);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (changed, 3)), ==, BB_IMPORT_ACTION_NEW);
  g_assert_true (bb_import_record_get_duplicate (bb_test_get_record (changed, 3)));
  g_assert_false (bb_import_record_get_duplicate (bb_test_get_record (changed, 1)));
  g_assert_cmpuint (bb_import_count_duplicates (changed), ==, 1);
  summary = bb_import_dup_summary (changed);
  g_assert_cmpstr (summary, ==, "1 new, 1 updated, 2 unchanged, 0 rejected, 1 possible duplicate");
  commit (fixture, changed);
  g_assert_cmpuint (count_offers (fixture), ==, 4);

  stored = bb_offer_repository_find_by_uuid (fixture->offers, "7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  g_assert_cmpstr (bb_offer_get_title (stored), ==, "Åben rådgivning for unge");
}

/* A file whose name is not UTF-8 (Latin-1 from an old file server, say) imports: its
 * history keeps the name as the file dialog shows it. */
static void
test_file_name_not_utf8 (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GFile) source = bb_test_csv_fixture ("catalogue.csv");
  g_autoptr(GFile) file = bb_test_catalogue_file (fixture, "tilbudsvifte-\xe6\xf8\xe5.csv");
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  const char *stored;

  g_assert_true (g_file_copy (source, file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  import = bb_offer_exchange_read_file (file, &error);
  g_assert_no_error (error);
  /* As the import dialog and the command line name it. */
  basename = g_file_get_basename (file);
  bb_import_set_file_name (import, basename);
  bb_offer_repository_prepare_import (fixture->offers, import, &error);
  g_assert_no_error (error);
  bb_offer_repository_commit_import (fixture->offers, import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_offers (fixture), ==, 3);

  stmt = bb_database_prepare (bb_context_get_database (fixture->context),
                              "SELECT file_name FROM imports", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  stored = (const char *) sqlite3_column_text (stmt, 0);
  g_assert_true (g_utf8_validate (stored, -1, NULL));
  g_assert_true (g_str_has_prefix (stored, "tilbudsvifte-"));
  g_assert_true (g_str_has_suffix (stored, ".csv"));
}

static void
test_commit_all_or_nothing (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(BbImport) import = bb_import_new ();
  g_autoptr(BbOffer) good = bb_test_new_offer ("Godt tilbud", "Kommunen");
  g_autoptr(BbOffer) bad = bb_test_new_offer ("Dårligt tilbud", "Kommunen");
  g_autoptr(BbImportRecord) good_record = NULL;
  g_autoptr(BbImportRecord) bad_record = NULL;
  g_autoptr(BbOffer) found = NULL;
  g_autoptr(GError) error = NULL;
  guint count_before;

  save_sample_offers (fixture);
  count_before = count_offers (fixture);

  /* A record the CSV reader would have rejected, so the second write fails inside
   * the transaction after the first succeeded. */
  bb_offer_set_age_min (bad, 30);
  bb_offer_set_age_max (bad, 20);
  good_record = bb_import_record_new_offer (2, good);
  bad_record = bb_import_record_new_offer (3, bad);
  bb_import_add (import, good_record);
  bb_import_add (import, bad_record);

  bb_offer_repository_commit_import (fixture->offers, import, &error);
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpuint (count_offers (fixture), ==, count_before);
  found = bb_offer_repository_find_by_uuid (fixture->offers, bb_offer_get_uuid (good), &error);
  g_assert_no_error (error);
  g_assert_null (found);
}

static void
test_unknown_type (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GFile) file = bb_test_catalogue_file (fixture, "tilbud.xlsx");
  g_autoptr(GError) error = NULL;

  bb_offer_exchange_export (fixture->offers, file, &error);
  g_assert_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_UNKNOWN_TYPE);
  g_assert_false (g_file_query_exists (file, NULL));
}

static gboolean
dir_has_temporary_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, ".goutputstream"))
        return TRUE;
    }

  return FALSE;
}

/* A full disk, simulated with a file size limit: the export fails half way, the
 * file that was there stays, and a new one does not appear. */
static void
test_export_atomic (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GFile) existing = bb_test_catalogue_file (fixture, "tilbud.csv");
  g_autoptr(GFile) fresh = bb_test_catalogue_file (fixture, "nyt.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  struct rlimit saved;
  struct rlimit limit;
  void (*saved_handler) (int);

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tilbud nummer %u", i);
      g_autoptr(BbOffer) offer = bb_test_new_offer (title, "Kommunen");

      bb_offer_set_description (offer,
                                "En lang beskrivelse, så eksporten bliver større end "
                                "grænsen for filstørrelse; den gentages ikke, men fylder.");
      bb_test_catalogue_save (fixture, offer);
    }

  g_file_replace_contents (existing, "original", 8, NULL, FALSE, G_FILE_CREATE_NONE,
                           NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 1024;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  bb_offer_exchange_export (fixture->offers, existing, &error);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_clear_error (&error);

  bb_offer_exchange_export (fixture->offers, fresh, &error);
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_file_load_contents (existing, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "original");
  g_assert_false (g_file_query_exists (fresh, NULL));
  g_assert_false (dir_has_temporary_files (fixture->dir));

  /* And without the limit the same export works. */
  bb_offer_exchange_export (fixture->offers, existing, &error);
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_file_load_contents (existing, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, BB_CSV_BOM "id;title;"));
  g_assert_true (g_str_has_suffix (contents, "\r\n"));
  g_assert_nonnull (strstr (contents, ";Tilbud nummer 29;"));
}

static void
test_json_round_trip (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GFile) file = bb_test_catalogue_file (fixture, "tilbud.json");
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GError) error = NULL;

  save_sample_offers (fixture);

  bb_offer_exchange_export (fixture->offers, file, &error);
  g_assert_no_error (error);

  import = bb_offer_exchange_read_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_records (import)), ==, 3);
  g_assert_cmpuint (bb_import_count (import, BB_IMPORT_ACTION_REJECT), ==, 0);

  bb_offer_repository_prepare_import (fixture->offers, import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bb_import_count (import, BB_IMPORT_ACTION_NEW), ==, 0);
}

static void
test_record (void)
{
  g_autoptr(BbOffer) offer = bb_test_new_offer ("Tilbud", "Kommunen");
  g_autoptr(BbImportRecord) record = bb_import_record_new_offer (4, offer);
  g_autoptr(BbImportRecord) rejected = bb_import_record_new_rejected (5, "Line 5: nej.");
  g_autoptr(BbImport) import = bb_import_new ();
  g_autofree char *summary = NULL;
  BbOffer *got = NULL;
  guint line = 0;
  int action = -1;

  g_object_get (record, "line", &line, "offer", &got, "action", &action, NULL);
  g_assert_cmpuint (line, ==, 4);
  g_assert_true (got == offer);
  g_assert_cmpint (action, ==, BB_IMPORT_ACTION_NEW);
  g_clear_object (&got);

  g_assert_cmpint (bb_import_record_get_action (rejected), ==, BB_IMPORT_ACTION_REJECT);
  g_assert_cmpstr (bb_import_record_get_reason (rejected), ==, "Line 5: nej.");

  bb_import_record_set_action (record, BB_IMPORT_ACTION_UPDATE);
  bb_import_record_set_duplicate (record, TRUE);
  bb_import_add (import, record);
  bb_import_add (import, rejected);
  summary = bb_import_dup_summary (import);
  g_assert_cmpstr (summary, ==, "0 new, 1 updated, 0 unchanged, 1 rejected, 1 possible duplicate");
}

static const BrokenFile broken_files[] = {
  { "bad-utf8.csv", bb_csv_error_quark, BB_CSV_ERROR_ENCODING, 3 },
  { "unterminated.csv", bb_csv_error_quark, BB_CSV_ERROR_UNTERMINATED_QUOTE, 3 },
  { "long.csv", bb_csv_error_quark, BB_CSV_ERROR_TOO_LONG, 3 },
  { "missing-title.csv", bb_import_error_quark, BB_IMPORT_ERROR_FORMAT, 1 },
  { "unknown-column.csv", bb_import_error_quark, BB_IMPORT_ERROR_FORMAT, 1 },
  { "duplicate-column.csv", bb_import_error_quark, BB_IMPORT_ERROR_FORMAT, 1 },
  { "empty.csv", bb_csv_error_quark, BB_CSV_ERROR_EMPTY, 0 },
  { "broken.json", bb_import_error_quark, BB_IMPORT_ERROR_FORMAT, 3 },
  { "tilbud.xlsx", bb_import_error_quark, BB_IMPORT_ERROR_UNKNOWN_TYPE, 0 },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/record", test_record);
  g_test_add ("/import/csv/round-trip", Fixture, NULL,
              bb_test_catalogue_set_up, test_round_trip, bb_test_catalogue_tear_down);
  g_test_add ("/import/csv/export-bytes", Fixture, NULL,
              bb_test_catalogue_set_up, test_export_bytes, bb_test_catalogue_tear_down);
  g_test_add ("/import/csv/formula-guard", Fixture, NULL,
              bb_test_catalogue_set_up, test_formula_guard, bb_test_catalogue_tear_down);
  g_test_add_func ("/import/csv/comma", test_comma);
  g_test_add_func ("/import/csv/danish", test_danish);
  g_test_add_func ("/import/csv/rejected-rows", test_rejected_rows);
  g_test_add_func ("/import/csv/ids", test_ids);

  for (guint i = 0; i < G_N_ELEMENTS (broken_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/broken/%s", broken_files[i].name);

      g_test_add (path, Fixture, &broken_files[i], bb_test_catalogue_set_up, test_broken, bb_test_catalogue_tear_down);
    }

  g_test_add ("/import/prepare-commit", Fixture, NULL,
              bb_test_catalogue_set_up, test_prepare_commit, bb_test_catalogue_tear_down);
  g_test_add ("/import/file-name-not-utf8", Fixture, NULL,
              bb_test_catalogue_set_up, test_file_name_not_utf8, bb_test_catalogue_tear_down);
  g_test_add ("/import/commit-all-or-nothing", Fixture, NULL,
              bb_test_catalogue_set_up, test_commit_all_or_nothing, bb_test_catalogue_tear_down);
  g_test_add ("/export/unknown-type", Fixture, NULL,
              bb_test_catalogue_set_up, test_unknown_type, bb_test_catalogue_tear_down);
  g_test_add ("/export/atomic", Fixture, NULL,
              bb_test_catalogue_set_up, test_export_atomic, bb_test_catalogue_tear_down);
  g_test_add ("/export/json-round-trip", Fixture, NULL,
              bb_test_catalogue_set_up, test_json_round_trip, bb_test_catalogue_tear_down);

  return g_test_run ();
}
