/* SPDX-License-Identifier: GPL-3.0-or-later */

/* HSDS files that would crash the reader, fill the memory or change values on the
 * way in, and files that are only different from what the form expects: the first
 * are refused (a file) or rejected (a service) with the reason, the others kept. */

#include <string.h>

#include <glib/gstdio.h>

#include "bb-test-hsds.h"
#include "bb-test-utils.h"

typedef BbTestCatalogue Fixture;

static void
assert_rejected (BbImport   *import,
                 guint       position,
                 const char *reason)
{
  BbImportRecord *record = bb_test_get_record (import, position);

  g_assert_cmpint (bb_import_record_get_action (record), ==, BB_IMPORT_ACTION_REJECT);
  g_assert_cmpuint (bb_import_record_get_line (record), ==, position + 1);
  g_assert_null (bb_import_record_get_offer (record));
  g_assert_cmpstr (bb_import_record_get_reason (record), ==, reason);
}

static gint64
count_rows (Fixture    *fixture,
            const char *sql)
{
  return bb_test_query_int (bb_context_get_database (fixture->context), sql);
}

/* ---- files that must not take the machine down ----------------------- */

/* 75,000 levels in 150 KB overflowed json-glib's stack (SIGSEGV). */
static void
test_deep_nesting (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GString *text = g_string_new ("{\"contents\": [{\"name\": \"Dyb\", \"status\": \"active\", \"x\": ");
  g_autofree char *deep = NULL;
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 75000; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 75000; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}]}");
  deep = g_string_free (text, FALSE);

  import = read_text_full (deep, &error);
  g_assert_null (import);
  g_assert_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "Line 1: the file is nested more than 64 levels deep. Open Referral (HSDS) "
                   "files need far fewer, so it was not read.");
}

/* Nesting HSDS has room for is read, and kept. */
static void
test_nesting_within_limit (Fixture       *fixture,
                           gconstpointer  user_data)
{
  GString *text = g_string_new ("{\"contents\": [{\"name\": \"Dyb\", \"status\": \"active\","
                                " \"organization_id\": \"2b6c1f0e-3d4a-4b5c-8d6e-7f8a9b0c1d2e\","
                                " \"x\": ");
  g_autofree char *nested = NULL;
  g_autoptr(BbImport) import = NULL;

  /* 3 levels above, so 61 in all. */
  for (guint i = 0; i < 58; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 58; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}]}");
  nested = g_string_free (text, FALSE);

  import = read_text (nested);
  g_assert_nonnull (strstr (bb_offer_get_details (bb_test_get_offer (import, 0))->extra,
                            "[[[[[[[[[["));
}

/* /dev/zero took 4.2 GB before the reader gave up. */
static void
test_dev_zero (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(BbImport) import = bb_import_new ();
  g_autoptr(GError) error = NULL;

  stream = g_file_read (zero, NULL, &error);
  if (stream == NULL)
    {
      g_test_skip ("/dev/zero cannot be read here");
      return;
    }

  g_assert_false (bb_hsds_read (G_INPUT_STREAM (stream), import, &error));
  g_assert_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "Line 1: the file is not valid JSON (a byte 0x00 outside any text).");
}

/* A stream of @size bytes: one service whose description is as long as it takes. */
#define HUGE_TYPE_STREAM (huge_stream_get_type ())
G_DECLARE_FINAL_TYPE (HugeStream, huge_stream, HUGE, STREAM, GInputStream)

struct _HugeStream
{
  GInputStream parent_instance;
  goffset      size;
  goffset      position;
};

G_DEFINE_FINAL_TYPE (HugeStream, huge_stream, G_TYPE_INPUT_STREAM)

#define HUGE_HEAD "{\"contents\": [{\"name\": \"Stor\", \"status\": \"active\", \"description\": \""
#define HUGE_TAIL "\"}, {\"name\": \"Lille\", \"status\": \"active\", \"organization_id\": \"o\"}]}"

static gssize
huge_stream_read (GInputStream  *stream,
                  void          *buffer,
                  gsize          count,
                  GCancellable  *cancellable,
                  GError       **error)
{
  HugeStream *self = (HugeStream *) stream;
  goffset head = sizeof HUGE_HEAD - 1;
  goffset tail_start = self->size - (goffset) (sizeof HUGE_TAIL - 1);
  char *out = buffer;
  gsize n = 0;

  for (; n < count && self->position < self->size; n++, self->position++)
    {
      if (self->position < head)
        out[n] = HUGE_HEAD[self->position];
      else if (self->position >= tail_start)
        out[n] = HUGE_TAIL[self->position - tail_start];
      else
        out[n] = 'a';
    }

  return n;
}

static void
huge_stream_class_init (HugeStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = huge_stream_read;
}

static void
huge_stream_init (HugeStream *self)
{
}

static gsize
peak_memory_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return 0;

  return (gsize) g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
}

/* Read in a subprocess, so the peak is this read's own: a 1 GB file took 1.07 GB. */
static void
test_bounded_memory (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(HugeStream) stream = g_object_new (HUGE_TYPE_STREAM, NULL);
      g_autoptr(BbImport) import = bb_import_new ();
      g_autoptr(GError) error = NULL;
      gsize before = peak_memory_kb ();

      stream->size = 100 * 1024 * 1024;
      g_assert_true (bb_hsds_read (G_INPUT_STREAM (stream), import, &error));
      g_assert_no_error (error);

      /* The big service is rejected, the small one after it read. */
      g_assert_cmpstr (bb_import_record_get_reason (bb_test_get_record (import, 0)), ==,
                       "Service 1, “Stor”: it is larger than 16 MB, more than any service needs.");
      g_assert_cmpstr (bb_offer_get_title (bb_test_get_offer (import, 1)), ==, "Lille");

      if (before > 0)
        g_assert_cmpuint (peak_memory_kb () - before, <, 64 * 1024);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* What a file's offers take is held until the import is committed: a file has a
 * limit. (In a subprocess, as above: 129 MB is a long read under valgrind.) */
static void
test_file_limit (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(HugeStream) stream = g_object_new (HUGE_TYPE_STREAM, NULL);
      g_autoptr(BbImport) import = bb_import_new ();
      g_autoptr(GError) error = NULL;

      stream->size = 129 * 1024 * 1024;
      g_assert_false (bb_hsds_read (G_INPUT_STREAM (stream), import, &error));
      g_assert_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT);
      g_assert_cmpstr (error->message, ==,
                       "The file is larger than 128 MB, the most Brobygger reads at once. Import "
                       "it in parts (pages of its list of services).");
      g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_records (import)), ==, 0);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* ---- text that cannot be held ---------------------------------------- */

static void
test_invalid_text (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(BbImport) import = NULL;

  import = read_text ("{\"contents\": ["
                       " {\"id\": \"a\", \"name\": \"Halvt tegn\", \"description\": \"x\\ud800y\","
                       "  \"organization\": {\"id\": \"o\", \"name\": \"Kommunen\"}},"
                       " {\"name\": \"Nul\", \"organization_id\": \"o\","
                       "  \"contacts\": [{\"name\": \"a\\u0000b\"}]},"
                       " {\"name\": \"Omvendt\", \"alert\": \"\\udc00\", \"organization_id\": \"o\"},"
                       " {\"name\": \"Bytes\", \"description\": \"\xff\xfe\", \"organization_id\": \"o\"},"
                       " {\"name\": \"Smil \\ud83d\\ude00\", \"organization_id\": \"o\"}"
                       "]}");

  assert_rejected (import, 0, "Service 1, “Halvt tegn”: the text of “description” holds the "
                              "escape \\uD800, half of a character that cannot stand alone (a lone "
                              "surrogate).");
  assert_rejected (import, 1, "Service 2, “Nul”: the text of “name” holds \\u0000, a character no "
                              "text can hold.");
  assert_rejected (import, 2, "Service 3, “Omvendt”: the text of “alert” holds the escape \\uDC00, "
                              "half of a character that cannot stand alone (a lone surrogate).");
  assert_rejected (import, 3, "Service 4, “Bytes”: the text of “description” is not valid UTF-8.");
  /* A whole pair is one character. */
  g_assert_cmpstr (bb_offer_get_title (bb_test_get_offer (import, 4)), ==, "Smil 😀");

  import_into (fixture->offers, import);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM offers"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM offers"
                                        " WHERE description LIKE '%x%' OR title = 'a'"), ==, 0);
}

/* A file of one service: its position is 1. */
static void
test_invalid_text_single (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(BbImport) import = read_text ("{\"name\": \"Ene\", \"status\": \"active\","
                                           " \"description\": \"\\ud800\"}");

  assert_rejected (import, 0, "Service 1, “Ene”: the text of “description” holds the escape "
                              "\\uD800, half of a character that cannot stand alone (a lone "
                              "surrogate).");
}

/* ---- values that would have changed on the way in -------------------- */

static void
test_numbers (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(BbImport) import = NULL;

  import = read_text ("{\"contents\": ["
                       " {\"name\": \"A\", \"minimum_age\": -1, \"organization_id\": \"o\"},"
                       " {\"name\": \"B\", \"minimum_age\": 1e30, \"organization_id\": \"o\"},"
                       " {\"name\": \"C\", \"minimum_age\": \"12\", \"organization_id\": \"o\"},"
                       " {\"name\": \"D\", \"maximum_age\": 2.9, \"organization_id\": \"o\"},"
                       " {\"name\": \"E\", \"capacities\": [{\"id\": \"k\", \"maximum\": 1e30}],"
                       "  \"organization_id\": \"o\"},"
                       " {\"name\": \"F\", \"attributes\": [{\"taxonomy_term\": {\"taxonomy\":"
                       "  \"brobygger-step\", \"code\": \"-5\", \"name\": \"Trin\", \"description\": \"\"}}],"
                       "  \"organization_id\": \"o\"},"
                       " {\"name\": \"G\", \"minimum_age\": 12.0, \"maximum_age\": 130,"
                       "  \"organization_id\": \"o\"},"
                       " {\"name\": \"H\", \"service_areas\": [{\"id\": \"s\", \"extent\": 1e30}],"
                       "  \"organization_id\": \"o\"}"
                       "]}");

  assert_rejected (import, 0, "Service 1, “A”: “minimum_age” is -1; it must be a whole number "
                              "from 0 to 130.");
  assert_rejected (import, 1, "Service 2, “B”: “minimum_age” is 1e+30; it must be a whole number "
                              "from 0 to 130.");
  assert_rejected (import, 2, "Service 3, “C”: “minimum_age” is the text “12”, not a number.");
  assert_rejected (import, 3, "Service 4, “D”: “maximum_age” is 2.9; it must be a whole number "
                              "from 0 to 130.");
  assert_rejected (import, 4, "Service 5, “E”: “maximum” is 1e+30; it must be a whole number "
                              "from 0 to 2147483647.");
  assert_rejected (import, 5, "Service 6, “F”: the code of step “Trin” is “-5”; a step’s code is "
                              "its level, a whole number from 0.");
  g_assert_cmpint (bb_offer_get_age_min (bb_test_get_offer (import, 6)), ==, 12);
  g_assert_cmpint (bb_offer_get_age_max (bb_test_get_offer (import, 6)), ==, 130);
  /* json-glib would write it back as "1e+30.0", which is not JSON. */
  assert_rejected (import, 7, "Service 8, “H”: the number in “extent” is too large to be written "
                              "back exactly.");
}

static void
test_dates (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(BbImport) import = NULL;

  import = read_text ("{\"contents\": ["
                       " {\"name\": \"A\", \"assured_date\": \"2023-02-30\", \"organization_id\": \"o\"},"
                       " {\"name\": \"B\", \"last_modified\": \"i går\", \"organization_id\": \"o\"},"
                       " {\"name\": \"C\", \"status\": \"open\", \"organization_id\": \"o\"}"
                       "]}");

  assert_rejected (import, 0, "Service 1, “A”: its assured_date “2023-02-30” is not a real date.");
  assert_rejected (import, 1, "Service 2, “B”: its last_modified “i går” is not a real date and "
                              "time.");
  assert_rejected (import, 2, "Service 3, “C”: its status “open” is none of “active”, "
                              "“inactive”, “temporarily closed” and “defunct”.");
}

/* "UNIQUE constraint failed: offers.uuid" was all two services of one id got. */
static void
test_duplicate_ids (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(BbImport) import = NULL;

  import = read_text ("{\"contents\": ["
                       " {\"id\": \"tilbud-1\", \"name\": \"Natcafé\", \"organization_id\": \"o\"},"
                       " {\"id\": \"tilbud-2\", \"name\": \"Varmestue\", \"organization_id\": \"o\"},"
                       " {\"id\": \"tilbud-1\", \"name\": \"Natcafé igen\", \"organization_id\": \"o\"}"
                       "]}");

  assert_rejected (import, 2, "Service 3, “Natcafé igen”: the id “tilbud-1” is used twice in the "
                              "file, by services 1 and 3.");
  import_into (fixture->offers, import);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM offers"), ==, 2);
}

static void
test_two_organizations_one_id (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(BbImport) import = NULL;

  import = read_text ("{\"contents\": ["
                       " {\"name\": \"Natcafé\", \"organization\": {\"id\": \"o\", \"name\": \"Kirken\"}},"
                       " {\"name\": \"Varmestue\", \"organization\": {\"id\": \"o\", \"name\": \"Kommunen\"}}"
                       "]}");

  assert_rejected (import, 1, "Service 2, “Varmestue”: two organizations have the id “o”: “Kirken” "
                              "in service 1 and “Kommunen” here.");
}

static void
test_unfinished (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) import = read_text_full ("{\n  \"contents\": [\n    {\"name\": \"Ufærdig\",\n", &error);

  g_assert_null (import);
  g_assert_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "Line 3: the file ends before the service that starts there does.");
}

/* ---- what is only different from what the form expects --------------- */

/* A 211 catalogue of 4,089 services had 3,560 phones of 7 digits: nothing was
 * imported. */
static void
test_phone_shapes (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbOffer) stored = NULL;
  g_autoptr(GError) error = NULL;
  BbOffer *offer;
  BbContact *contact;
  BbPhone *phone;
  BbOfferDetails *details;

  import = read_text ("{\"name\": \"Rådgivning\", \"organization\": {\"name\": \"Kommunen\"},"
                       " \"email\": \"post@kommune\","
                       " \"phones\": [{\"id\": \"9c5e0e7a-39e4-4a5e-b6f1-0e7d1c5d2a11\","
                       "  \"number\": \"555-1234\", \"extension\": 12}],"
                       " \"contacts\": [{\"name\": \"Ann\", \"email\": \"ann(at)kommune.dk\","
                       "  \"phones\": [{\"number\": \"555-0199\", \"extension\": 7}]}]}");

  offer = bb_test_get_offer (import, 0);
  details = bb_offer_get_details (offer);
  phone = g_ptr_array_index (details->phones, 0);
  /* The extension apart, never glued onto the number. */
  g_assert_cmpstr (phone->number, ==, "555-1234");
  g_assert_cmpint (phone->extension, ==, 12);
  g_assert_cmpstr (details->email, ==, "post@kommune");

  /* The form's own fields stay empty; the file's values are kept for the file. */
  contact = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_contacts (offer)), 0);
  g_assert_cmpstr (bb_contact_get_phone (contact), ==, "");
  g_assert_cmpstr (bb_contact_get_email (contact), ==, "");
  g_assert_nonnull (strstr (bb_offer_details_get_contact_extra (details, bb_contact_get_uuid (contact)),
                            "\"number\":\"555-0199\""));
  g_object_unref (contact);

  g_assert_cmpuint (details->warnings->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (details->warnings, 0), ==,
                   "The e-mail address “post@kommune” is kept as written, though it does not look "
                   "like one.");
  g_assert_cmpstr (g_ptr_array_index (details->warnings, 1), ==,
                   "The phone number “555-1234” is kept as written, though it is not one the form "
                   "takes.");

  import_into (fixture->offers, import);
  stored = bb_offer_repository_find_by_uuid (fixture->offers, bb_offer_get_uuid (offer), &error);
  g_assert_no_error (error);
  phone = g_ptr_array_index (bb_offer_get_details (stored)->phones, 0);
  g_assert_cmpstr (phone->number, ==, "555-1234");
  g_assert_cmpint (phone->extension, ==, 12);
}

static void
test_organization_by_reference (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(BbImport) import = NULL;
  BbProvider *first;
  BbProvider *unknown;

  /* The organization is described after the service that names it by id. */
  import = read_text ("{\"contents\": ["
                       " {\"name\": \"Natcafé\", \"organization_id\": \"org-1\"},"
                       " {\"name\": \"Varmestue\", \"organization\": {\"id\": \"org-1\","
                       "  \"name\": \"Kirkens Korshær\", \"description\": \"Frivillig\"}},"
                       " {\"name\": \"Rådgivning\", \"organization_id\": \"org-9\"}"
                       "]}");

  first = bb_offer_get_provider (bb_test_get_offer (import, 0));
  g_assert_true (first == bb_offer_get_provider (bb_test_get_offer (import, 1)));
  g_assert_cmpstr (bb_provider_get_name (first), ==, "Kirkens Korshær");
  g_assert_cmpstr (bb_provider_get_description (first), ==, "Frivillig");
  /* Only our own sector term says the sector. */
  g_assert_false (bb_provider_get_sector_stated (first));

  /* Known only by its id: named by it. */
  unknown = bb_offer_get_provider (bb_test_get_offer (import, 2));
  g_assert_cmpstr (bb_provider_get_name (unknown), ==, "org-9");
  g_assert_cmpstr (bb_provider_get_uuid (unknown), ==, "org-9");

  import_into (fixture->offers, import);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM offers"), ==, 3);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM providers"), ==, 2);
}

/* Different organizations of one name were made one provider. */
static void
test_homonyms (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbImport) again = NULL;
  g_autoptr(BbProvider) typed = bb_provider_new ("Frivilligcenter");
  g_autoptr(GError) error = NULL;
  BbListRepository *lists = bb_context_get_lists (fixture->context);

  import = read_text ("{\"contents\": ["
                       " {\"id\": \"s-1\", \"name\": \"Lektiecafé Gellerup\", \"organization\": {\"id\": \"a\","
                       "  \"name\": \"Frivilligcenter\"}},"
                       " {\"id\": \"s-2\", \"name\": \"Lektiecafé Holstebro\", \"organization\": {\"id\": \"b\","
                       "  \"name\": \"Frivilligcenter\"}}"
                       "]}");
  import_into (fixture->offers, import);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM providers"
                                        " WHERE name = 'Frivilligcenter'"), ==, 2);
  g_assert_cmpint (count_rows (fixture, "SELECT count(DISTINCT provider_id) FROM offers"), ==, 2);

  /* The same file again finds them by their ids. */
  again = read_text ("{\"id\": \"s-2\", \"name\": \"Lektiecafé Holstebro\", \"description\": \"Ny\", \"organization\": {\"id\": \"b\","
                      " \"name\": \"Frivilligcenter\"}}");
  import_into (fixture->offers, again);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM providers"), ==, 2);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM offers o JOIN providers p"
                                        " ON p.id = o.provider_id WHERE o.title = 'Lektiecafé Holstebro'"
                                        " AND p.uuid = 'b'"), ==, 1);

  /* A name typed in the lists is still one the catalogue has once. */
  g_assert_false (bb_list_repository_save_provider (lists, typed, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "There is already a provider called “Frivilligcenter”.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, bb_test_catalogue_set_up, func, bb_test_catalogue_tear_down)

  ADD ("/hsds/hostile/deep-nesting", test_deep_nesting);
  ADD ("/hsds/hostile/nesting-within-limit", test_nesting_within_limit);
  ADD ("/hsds/hostile/dev-zero", test_dev_zero);
  g_test_add_func ("/hsds/hostile/bounded-memory", test_bounded_memory);
  g_test_add_func ("/hsds/hostile/file-limit", test_file_limit);
  ADD ("/hsds/hostile/invalid-text", test_invalid_text);
  ADD ("/hsds/hostile/invalid-text-single", test_invalid_text_single);
  ADD ("/hsds/hostile/numbers", test_numbers);
  ADD ("/hsds/hostile/dates", test_dates);
  ADD ("/hsds/hostile/duplicate-ids", test_duplicate_ids);
  ADD ("/hsds/hostile/two-organizations-one-id", test_two_organizations_one_id);
  ADD ("/hsds/hostile/unfinished", test_unfinished);
  ADD ("/hsds/lenient/phone-shapes", test_phone_shapes);
  ADD ("/hsds/lenient/organization-by-reference", test_organization_by_reference);
  ADD ("/hsds/lenient/homonyms", test_homonyms);

#undef ADD

  return g_test_run ();
}
