/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-sql.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"

void
bb_test_courses_set_up (BbTestCourses *fixture,
                        gconstpointer  user_data)
{
  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->database = bb_context_get_database (fixture->context);
  fixture->advisers = bb_context_get_advisers (fixture->context);
  fixture->young_people = bb_context_get_young_people (fixture->context);
  fixture->courses = bb_context_get_courses (fixture->context);
  fixture->instruments = bb_context_get_instruments (fixture->context);
  fixture->access_log = bb_context_get_access_log (fixture->context);
  bb_database_set_user_name (fixture->database, "Mette Rådgiver");
}

void
bb_test_courses_tear_down (BbTestCourses *fixture,
                           gconstpointer  user_data)
{
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

void
bb_test_courses_set_clock (BbTestCourses *fixture,
                           const char    *iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(BbClock) clock = NULL;

  g_assert_nonnull (now);
  clock = bb_clock_new_fixed (now);
  bb_database_set_clock (fixture->database, clock);
}

gint64
bb_test_add_adviser (BbTestCourses *fixture,
                     const char    *name,
                     BbProfession   profession)
{
  g_autoptr(BbAdviser) adviser = bb_adviser_new (name);
  g_autoptr(GError) error = NULL;

  bb_adviser_set_profession (adviser, profession);
  g_assert_true (bb_adviser_repository_save (fixture->advisers, adviser, &error));
  g_assert_no_error (error);
  return bb_adviser_get_id (adviser);
}

gint64
bb_test_add_young_person (BbTestCourses *fixture,
                          const char    *name,
                          const char    *birth_date)
{
  g_autoptr(BbYoungPerson) young_person = bb_young_person_new (name);
  g_autoptr(GError) error = NULL;

  bb_young_person_set_birth_date (young_person, birth_date);
  g_assert_true (bb_young_person_repository_save (fixture->young_people, young_person, &error));
  g_assert_no_error (error);
  return bb_young_person_get_id (young_person);
}

gint64
bb_test_add_course (BbTestCourses *fixture,
                    const char    *name,
                    const char    *first_contact,
                    gint64         adviser_id)
{
  g_autoptr(BbCourse) course = bb_course_new (bb_test_add_young_person (fixture, name, "2009-06-01"));
  g_autoptr(GError) error = NULL;

  bb_course_set_first_contact (course, first_contact);
  bb_course_set_adviser_id (course, adviser_id);
  g_assert_true (bb_course_repository_save (fixture->courses, course, &error));
  g_assert_no_error (error);
  return bb_course_get_id (course);
}

gint64
bb_test_add_meeting (BbTestCourses *fixture,
                     gint64         course_id,
                     BbMeetingKind  kind,
                     const char    *date,
                     gboolean       no_show)
{
  g_autoptr(BbMeeting) meeting = bb_meeting_new (course_id, kind, date);
  g_autoptr(GError) error = NULL;

  bb_meeting_set_no_show (meeting, no_show);
  g_assert_true (bb_course_repository_save_meeting (fixture->courses, meeting, &error));
  g_assert_no_error (error);
  return bb_meeting_get_id (meeting);
}

void
bb_test_change_status (BbTestCourses  *fixture,
                       gint64          course_id,
                       BbCourseStatus  status,
                       const char     *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_course_repository_change_status (fixture->courses, course_id, status, date, NULL, &error));
  g_assert_no_error (error);
}

gint64
bb_test_add_offer (BbTestCourses *fixture,
                   const char    *title)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungeenheden");
  g_autoptr(GError) error = NULL;

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  g_assert_true (bb_offer_repository_save (bb_context_get_offers (fixture->context), offer, &error));
  g_assert_no_error (error);
  return bb_offer_get_id (offer);
}

BbCourse *
bb_test_get_course (BbTestCourses *fixture,
                    gint64         course_id)
{
  g_autoptr(GError) error = NULL;
  BbCourse *course = bb_course_repository_get (fixture->courses, course_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (course);
  return course;
}

char *
bb_test_query_courses (BbTestCourses       *fixture,
                       const BbCourseQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = bb_course_repository_query_ids (fixture->courses, query, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", g_array_index (ids, gint64, i));

  return g_string_free (text, FALSE);
}

void
bb_test_courses_generate (BbTestCourses       *fixture,
                          const BbDemoOptions *options)
{
  BbDemoStores stores = {
    fixture->database,
    bb_context_get_lists (fixture->context),
    bb_context_get_offers (fixture->context),
    fixture->advisers,
    fixture->instruments,
    bb_context_get_plans (fixture->context),
    bb_context_get_templates (fixture->context),
    fixture->courses,
  };
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_demo_generate (&stores, options, &error));
  g_assert_no_error (error);
}

char *
bb_test_courses_digest (BbDatabase *database)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(BbStatement) tables = NULL;
  g_autoptr(GError) error = NULL;

  tables = bb_database_prepare (database,
                                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", &error);
  g_assert_no_error (error);

  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *name = bb_sql_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", name);
      g_autoptr(BbStatement) rows = bb_database_prepare (database, sql, &error);

      g_assert_no_error (error);
      g_checksum_update (checksum, (const guchar *) name, -1);
      while (sqlite3_step (rows) == SQLITE_ROW)
        for (int i = 0; i < sqlite3_column_count (rows); i++)
          {
            const void *bytes = sqlite3_column_blob (rows, i);
            int type = sqlite3_column_type (rows, i);

            g_checksum_update (checksum, (const guchar *) &type, sizeof type);
            if (bytes != NULL)
              g_checksum_update (checksum, bytes, sqlite3_column_bytes (rows, i));
          }
    }

  return g_strdup (g_checksum_get_string (checksum));
}

gint64
bb_test_courses_count_wrong_figures (BbDatabase *database)
{
  /* As 0006-courses.sql defines them, up to the day they are counted to. */
  return bb_test_query_int (database,
                            "SELECT count (*) FROM courses c, course_figures_day d WHERE"
                            "    c.conversations IS NOT (SELECT count (*) FROM meetings m WHERE m.course_id = c.id"
                            "                             AND m.no_show = 0 AND m.kind = 'advisory' AND m.date <= d.day)"
                            " OR c.meetings_held IS NOT (SELECT count (*) FROM meetings m WHERE m.course_id = c.id"
                            "                             AND m.no_show = 0 AND m.date <= d.day)"
                            " OR c.no_shows IS NOT (SELECT count (*) FROM meetings m WHERE m.course_id = c.id"
                            "                        AND m.no_show = 1)"
                            " OR c.first_conversation IS NOT (SELECT min (m.date) FROM meetings m"
                            "                                  WHERE m.course_id = c.id AND m.no_show = 0"
                            "                                    AND m.kind = 'advisory' AND m.date >= c.first_contact"
                            "                                    AND m.date <= d.day)"
                            " OR c.last_meeting IS NOT (SELECT max (m.date) FROM meetings m WHERE m.course_id = c.id"
                            "                            AND m.no_show = 0 AND m.date <= d.day)");
}
