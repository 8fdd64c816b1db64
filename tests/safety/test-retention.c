/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Deletion at the end of the retention period: who is listed (only young people whose
 * every course closed long enough ago), and that deleting one leaves nothing of them
 * in the database file, its write-ahead log or any kept backup, while the access log
 * keeps that the deletion happened. */

/* memmem () */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bb-backup.h"
#include "bb-retention.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"

/* Lower case, so that it is found in the search index too, which folds case. */
#define MARKER "zqxmarkor7731"
#define YEARS 5

typedef struct
{
  BbTestCourses  courses;
  /* Closed in 2020, more than five years before the test clock's 15 March 2026. */
  gint64         old_id;
  /* Closed in 2022: not yet. */
  gint64         recent_id;
  /* Open since 2015. */
  gint64         open_id;
  /* One course closed in 2019, one open. */
  gint64         mixed_id;
} Fixture;

static gint64
young_person_of (Fixture *fixture,
                 gint64   course_id)
{
  g_autoptr(BbCourse) course = bb_test_get_course (&fixture->courses, course_id);

  return bb_course_get_young_person_id (course);
}

static void
close_course (Fixture    *fixture,
              gint64      course_id,
              const char *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_course_repository_close (fixture->courses.courses, course_id, BB_COURSE_STATUS_CLOSED, date,
                                             BB_CLOSING_GOALS_REACHED, 0, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BbTestCourses *c = &fixture->courses;
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(BbCourse) second = NULL;
  g_autoptr(BbYoungPerson) person = NULL;
  g_autoptr(BbMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  gint64 old_course;
  gint64 course_id;

  bb_test_courses_set_up (c, data);

  old_course = bb_test_add_course (c, "Ida Østergaard", "2019-05-01", 0);
  course = bb_course_repository_open (c->courses, old_course, &error);
  g_assert_no_error (error);
  bb_course_set_notes (course, "Kursusnote " MARKER " om Ida.");
  g_assert_true (bb_course_repository_save (c->courses, course, &error));
  g_assert_no_error (error);
  meeting = bb_meeting_new (old_course, BB_MEETING_ADVISORY, "2019-05-08");
  bb_meeting_set_notes (meeting, "Mødenote " MARKER " fra samtalen.");
  g_assert_true (bb_course_repository_save_meeting (c->courses, meeting, &error));
  g_assert_no_error (error);
  fixture->old_id = young_person_of (fixture, old_course);
  person = bb_young_person_repository_get (c->young_people, fixture->old_id, &error);
  g_assert_no_error (error);
  bb_young_person_set_occupation_note (person, "Note om skolen " MARKER);
  g_assert_true (bb_young_person_repository_save (c->young_people, person, &error));
  g_assert_no_error (error);
  close_course (fixture, old_course, "2020-01-10");

  course_id = bb_test_add_course (c, "Bo Andersen", "2021-09-01", 0);
  close_course (fixture, course_id, "2022-06-01");
  fixture->recent_id = young_person_of (fixture, course_id);

  course_id = bb_test_add_course (c, "Carl Nielsen", "2015-02-01", 0);
  fixture->open_id = young_person_of (fixture, course_id);

  course_id = bb_test_add_course (c, "Dina Holm", "2018-02-01", 0);
  close_course (fixture, course_id, "2019-03-01");
  fixture->mixed_id = young_person_of (fixture, course_id);
  second = bb_course_new (fixture->mixed_id);
  bb_course_set_first_contact (second, "2025-10-01");
  g_assert_true (bb_course_repository_save (c->courses, second, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bb_test_courses_tear_down (&fixture->courses, data);
}

static void
test_listed (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  BbRetentionEntry *entry;
  char cutoff[16];

  bb_retention_get_cutoff (fixture->courses.database, YEARS, cutoff);
  g_assert_cmpstr (cutoff, ==, "2021-03-15");

  due = bb_retention_list_due (fixture->courses.database, YEARS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 1);
  entry = g_ptr_array_index (due, 0);
  g_assert_cmpint (entry->young_person_id, ==, fixture->old_id);
  g_assert_cmpstr (entry->name, ==, "Ida Østergaard");
  g_assert_cmpstr (entry->closed_date, ==, "2020-01-10");
  g_assert_cmpuint (entry->n_courses, ==, 1);
  g_clear_pointer (&due, g_ptr_array_unref);

  /* Three years: the 2022 closing is old enough, the open courses never are. */
  due = bb_retention_list_due (fixture->courses.database, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 2);
  g_assert_cmpint (((BbRetentionEntry *) g_ptr_array_index (due, 0))->young_person_id, ==, fixture->old_id);
  g_assert_cmpint (((BbRetentionEntry *) g_ptr_array_index (due, 1))->young_person_id, ==, fixture->recent_id);
}

/* Whether @path holds @needle anywhere in its bytes; FALSE for a missing file. */
static gboolean
file_holds (const char *path,
            const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  return memmem (contents, length, needle, strlen (needle)) != NULL;
}

/* The database, its -wal and every backup kept. */
static GPtrArray *
dup_files (BbDatabase *database)
{
  const char *path = bb_database_get_path (database);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) backups = bb_backup_list (path);

  g_ptr_array_add (files, g_strdup (path));
  g_ptr_array_add (files, g_strconcat (path, "-wal", NULL));
  for (guint i = 0; i < backups->len; i++)
    g_ptr_array_add (files, g_strdup (((BbBackupInfo *) g_ptr_array_index (backups, i))->path));
  return files;
}

static void
make_backup (Fixture    *fixture,
             const char *now)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  bb_test_courses_set_clock (&fixture->courses, now);
  path = bb_backup_make (fixture->courses.database, BB_BACKUP_DEFAULT_COUNT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (path);
}

static void
test_deleted_for_good (Fixture       *fixture,
                       gconstpointer  data)
{
  BbDatabase *database = fixture->courses.database;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gboolean anywhere = FALSE;

  make_backup (fixture, "2026-03-13T10:00:00Z");
  make_backup (fixture, "2026-03-14T10:00:00Z");
  bb_test_courses_set_clock (&fixture->courses, BB_TEST_NOW_ISO);

  /* The check below can see the marker where it is. */
  before = dup_files (database);
  g_assert_cmpuint (before->len, ==, 4);
  for (guint i = 2; i < before->len; i++)
    g_assert_true (file_holds (g_ptr_array_index (before, i), MARKER));
  for (guint i = 0; i < 2; i++)
    anywhere |= file_holds (g_ptr_array_index (before, i), MARKER);
  g_assert_true (anywhere);

  g_assert_true (bb_retention_delete (database, fixture->old_id, YEARS, BB_BACKUP_DEFAULT_COUNT, &error));
  g_assert_no_error (error);

  after = dup_files (database);
  /* A fresh backup instead of the two that held her. */
  g_assert_cmpuint (after->len, ==, 3);
  for (guint i = 0; i < after->len; i++)
    if (file_holds (g_ptr_array_index (after, i), MARKER))
      g_error ("The marker is still in %s", (const char *) g_ptr_array_index (after, i));
  for (guint i = 0; i < after->len; i++)
    g_assert_false (file_holds (g_ptr_array_index (after, i), "Ida Østergaard"));

  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM young_people"), ==, 3);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM course_fts WHERE course_fts MATCH '"
                                                MARKER "'"), ==, 0);
  /* The deletion is logged: when, who, how many courses; nothing of her. */
  sql = g_strdup_printf ("SELECT count (*) FROM access_log WHERE young_person_id = %" G_GINT64_FORMAT
                         " AND action = 'delete' AND subject = 'retention' AND detail = 'courses: 1'"
                         " AND at = '" BB_TEST_NOW_ISO "'", fixture->old_id);
  g_assert_cmpint (bb_test_query_int (database, sql), ==, 1);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM access_log WHERE detail LIKE '%"
                                                MARKER "%' OR detail LIKE '%Ida%'"), ==, 0);

  due = bb_retention_list_due (database, YEARS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 0);
}

/* Only who is due can be deleted this way, also when a window's list is out of date. */
static void
test_not_due_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  BbDatabase *database = fixture->courses.database;
  const gint64 refused[] = { fixture->recent_id, fixture->open_id, fixture->mixed_id };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (bb_retention_delete (database, refused[i], YEARS, BB_BACKUP_DEFAULT_COUNT, &error));
      g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
    }
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM young_people"), ==, 4);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM access_log WHERE subject = 'retention'"),
                   ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/retention/listed", test_listed);
  ADD ("/retention/deleted-for-good", test_deleted_for_good);
  ADD ("/retention/not-due-refused", test_not_due_refused);
#undef ADD

  return g_test_run ();
}
