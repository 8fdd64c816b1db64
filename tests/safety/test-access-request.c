/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A young person's access request: the JSON file holds every row of every table that
 * refers to them and nothing of anyone else; the PDF reads as their data, their
 * meetings and the access log with dates, in English and in Danish; both files are
 * 0600 and the export is in the access log. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "bb-format.h"
#include "bb-rights.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"

#define MEETING_NOTE "Talte om skolen og om søvnen."

typedef struct
{
  BbTestCourses  courses;
  gint64         young_person_id;
  gint64         course_id;
  GFile         *pdf;
  GFile         *json;
} Fixture;

/* One row of every kind that refers to a young person. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BbTestCourses *c = &fixture->courses;
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(BbYoungPerson) person = NULL;
  g_autoptr(BbMeeting) meeting = NULL;
  g_autoptr(BbMeasure) measure = NULL;
  g_autoptr(BbHandover) handover = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbInstrument) who5 = NULL;
  BbGuardian *guardian;
  const double items[] = { 3, 2, 4, 1, 5 };
  g_autofree char *path = NULL;
  gint64 adviser_id;
  gint64 other_id;
  gint64 offer_id;

  bb_test_courses_set_up (c, data);
  adviser_id = bb_test_add_adviser (c, "Mette Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  other_id = bb_test_add_adviser (c, "Peter Psykolog", BB_PROFESSION_PSYCHOLOGIST);
  fixture->course_id = bb_test_add_course (c, "Ida Østergaard", "2026-01-05", adviser_id);
  /* Someone else, whose data must not be in Ida's files. */
  bb_test_add_course (c, "Bo Andersen", "2026-01-06", adviser_id);

  course = bb_course_repository_open (c->courses, fixture->course_id, &error);
  g_assert_no_error (error);
  fixture->young_person_id = bb_course_get_young_person_id (course);
  bb_course_set_notes (course, "Kursusnote om Ida.");
  g_ptr_array_add (bb_course_get_goals (course), bb_course_goal_new ("Komme i skole tre dage om ugen"));
  g_ptr_array_add (bb_course_get_staff (course), bb_course_staff_new (other_id, "behandlingsforløb"));
  g_assert_true (bb_course_repository_save (c->courses, course, &error));
  g_assert_no_error (error);

  person = bb_young_person_repository_get (c->young_people, fixture->young_person_id, &error);
  g_assert_no_error (error);
  bb_young_person_set_consent_date (person, "2026-01-05");
  bb_young_person_set_consent_scope (person, "Samtykke til kontakt med skolen");
  guardian = bb_guardian_new ("Hanne Østergaard");
  guardian->relation = g_strdup ("mor");
  g_ptr_array_add (bb_young_person_get_guardians (person), guardian);
  g_assert_true (bb_young_person_repository_save (c->young_people, person, &error));
  g_assert_no_error (error);

  bb_test_change_status (c, fixture->course_id, BB_COURSE_STATUS_ADVISORY, "2026-01-12");
  meeting = bb_meeting_new (fixture->course_id, BB_MEETING_ADVISORY, "2026-01-12");
  bb_meeting_set_notes (meeting, MEETING_NOTE);
  g_assert_true (bb_course_repository_save_meeting (c->courses, meeting, &error));
  g_assert_no_error (error);

  who5 = bb_instrument_repository_lookup (c->instruments, "who-5");
  g_assert_nonnull (who5);
  measure = bb_measure_new (fixture->course_id, who5, "2026-01-12");
  g_assert_true (bb_measure_set_items (measure, items, G_N_ELEMENTS (items), &error));
  g_assert_no_error (error);
  g_assert_true (bb_course_repository_save_measure (c->courses, measure, &error));
  g_assert_no_error (error);

  offer_id = bb_test_add_offer (c, "Åben rådgivning for unge");
  handover = bb_handover_new (fixture->course_id, offer_id, BB_HANDOVER_REFERRED);
  handover->state_date = g_strdup ("2026-03-10");
  handover->note = g_strdup ("Har brug for ro og faste aftaler.");
  g_assert_true (bb_course_repository_save_handover (c->courses, handover, &error));
  g_assert_no_error (error);

  path = g_build_filename (c->folder, "indsigt.pdf", NULL);
  fixture->pdf = g_file_new_for_path (path);
  fixture->json = bb_rights_dup_json_file (fixture->pdf);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->pdf);
  g_clear_object (&fixture->json);
  bb_test_courses_tear_down (&fixture->courses, data);
}

static void
export (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_rights_export_write (fixture->courses.database, fixture->young_person_id, fixture->pdf,
                                         fixture->json, &error));
  g_assert_no_error (error);
}

static void
assert_private (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
}

/* How many rows of @table refer to the young person, straight from the file. */
static gint64
count_rows (Fixture    *fixture,
            const char *table,
            const char *column)
{
  g_autofree char *sql = NULL;

  if (g_str_equal (column, "course_id"))
    sql = g_strdup_printf ("SELECT count (*) FROM %s WHERE course_id IN"
                           " (SELECT id FROM courses WHERE young_person_id = %" G_GINT64_FORMAT ")",
                           table, fixture->young_person_id);
  else
    sql = g_strdup_printf ("SELECT count (*) FROM %s WHERE %s = %" G_GINT64_FORMAT,
                           table, column, fixture->young_person_id);
  return bb_test_query_int (fixture->courses.database, sql);
}

/* Every table of the schema with a column that names a young person or a course,
 * but for the bookkeeping of the triggers, which holds nothing of theirs. */
static GPtrArray *
dup_referring_tables (BbDatabase *database)
{
  GPtrArray *tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (bb_database_get_handle (database),
                                       "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info (m.name) p"
                                       " WHERE m.type = 'table' AND m.name NOT LIKE 'course_fts%'"
                                       "   AND m.name NOT LIKE '%_pending'"
                                       "   AND p.name IN ('young_person_id', 'course_id')"
                                       " UNION SELECT 'young_people', 'id' ORDER BY 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  return tables;
}

static void
test_json_every_row (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) referring = NULL;
  JsonObject *root;
  JsonObject *tables;

  export (fixture);
  assert_private (fixture->json);
  assert_private (fixture->pdf);

  path = g_file_get_path (fixture->json);
  g_assert_true (g_str_has_suffix (path, "indsigt.json"));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, BB_RIGHTS_JSON_FORMAT);
  tables = json_object_get_object_member (root, "tables");

  referring = dup_referring_tables (fixture->courses.database);
  g_assert_cmpuint (referring->len, >=, 2 * 10);
  for (guint i = 0; i < referring->len; i += 2)
    {
      const char *table = g_ptr_array_index (referring, i);
      gint64 rows = count_rows (fixture, table, g_ptr_array_index (referring, i + 1));

      if (!json_object_has_member (tables, table))
        g_error ("The table %s refers to young people but is not exported", table);
      /* One of each kind was added: a table without rows would prove nothing. */
      g_assert_cmpint (rows, >, 0);
      g_assert_cmpint (json_array_get_length (json_object_get_array_member (tables, table)), ==, rows);
    }

  /* Column by column, as held. */
  g_assert_nonnull (strstr (text, MEETING_NOTE));
  g_assert_nonnull (strstr (text, "Hanne Østergaard"));
  g_assert_nonnull (strstr (text, "Samtykke til kontakt med skolen"));
  g_assert_nonnull (strstr (text, "Komme i skole tre dage om ugen"));
  g_assert_nonnull (strstr (text, "\"items\" : \"3,2,4,1,5\""));
  g_assert_nonnull (strstr (text, "Har brug for ro og faste aftaler."));
  g_assert_nonnull (strstr (text, "\"subject\" : \"access request\""));
  g_assert_null (strstr (text, "Bo Andersen"));
}

static void
assert_text_contains (const char *text,
                      const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not in the PDF:\n%s", needle, text);
}

static void
check_pdf (Fixture    *fixture,
           const char *heading)
{
  /* The access log's rows are dated the test clock's moment, in local time. */
  g_autofree char *log_date = bb_format_date_time (BB_TEST_NOW_ISO);
  g_autofree char *path = g_file_get_path (fixture->pdf);
  g_autofree char *text = NULL;

  export (fixture);
  text = bb_test_pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  assert_text_contains (text, "Ida Østergaard");
  assert_text_contains (text, MEETING_NOTE);
  assert_text_contains (text, "Hanne Østergaard");
  assert_text_contains (text, heading);
  /* The access log, dated: the test clock's day. */
  assert_text_contains (text, log_date);
  g_assert_null (strstr (text, "Bo Andersen"));
}

static void
test_pdf_english (Fixture       *fixture,
                  gconstpointer  data)
{
  check_pdf (fixture, "Access log");
}

/* The language is read when the program starts: a process of its own, in Danish. */
static void
test_pdf_danish (Fixture       *fixture,
                 gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      check_pdf (fixture, "Adgangslog");
      return;
    }

  g_setenv ("LANGUAGE", "da", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_trap_assert_passed ();
}

/* The export is one access, logged with the names of both files; a failed one logs
 * nothing and leaves no file. */
static void
test_logged (Fixture       *fixture,
             gconstpointer  data)
{
  BbDatabase *database = fixture->courses.database;
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-folder/indsigt.pdf");
  g_autoptr(GFile) nowhere_json = bb_rights_dup_json_file (nowhere);
  g_autoptr(GError) error = NULL;
  const char *sql = "SELECT count (*) FROM access_log WHERE action = 'export' AND subject = 'access request'"
                    " AND detail = 'indsigt.pdf, indsigt.json'";

  export (fixture);
  g_assert_cmpint (bb_test_query_int (database, sql), ==, 1);

  g_assert_false (bb_rights_export_write (database, fixture->young_person_id, nowhere, nowhere_json, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count (*) FROM access_log WHERE subject = 'access request'"),
                   ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* The translations as built, in whatever language LANGUAGE says; "C" would ignore it. */
  setlocale (LC_ALL, "C.UTF-8");
  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/access-request/json-every-row", test_json_every_row);
  ADD ("/access-request/pdf-english", test_pdf_english);
  ADD ("/access-request/pdf-danish", test_pdf_danish);
  ADD ("/access-request/logged", test_logged);
#undef ADD

  return g_test_run ();
}
