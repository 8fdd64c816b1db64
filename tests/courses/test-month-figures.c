/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The courses' figures by month, and the figure file that carries them. */

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "bb-test-courses.h"
#include "bb-test-utils.h"

/* Today is 15 March 2026 (the test clock). The fixture, with the figures each course
 * adds to its months:
 *
 *  Asta     Anna   first contact 5 Jan, a conversation planned for April: started Jan.
 *  Bo       Anna   first contact 10 Jan, a conversation on 8 Jan (before it: no end of
 *                  the wait) and on 20 Jan: waited 10 days in Jan; follow-up from 1 Feb,
 *                  closed 20 Feb with goals reached after 2 conversations.
 *  Cecilie  Bent (Anna on the staff)  first contact 15 Jan, no-show 20 Jan, held 4 Feb:
 *                  waited 20 days in Feb; handed over, closed 1 Mar as referred on.
 *  Dennis   Bent   first contact 2 Feb, held 5 Feb: waited 3 in Feb; not admitted
 *                  10 Feb.
 *  Emma     Bent   first contact 10 Feb, held 16 Feb: waited 6 in Feb; follow-up 1 Mar,
 *                  closed 10 Mar as dropped out.
 *  Frida    —      first contact 1 Mar, held 5 Mar: waited 4 in Mar.
 *  Gustav   —      first contact 2 Mar, held 9 Mar: waited 7 in Mar. */

typedef struct
{
  BbTestCourses base;
  gint64        anna;
  gint64        bent;
} Fixture;

typedef struct
{
  const char *month;
  guint       started;
  guint       waited;
  double      waiting_median;
  guint       ended;
  double      conversations_mean;
  double      share_handed_over;
  double      share_follow_up;
  guint       closed;
  double      share_goals_reached;
} Expected;

static void
close_course (Fixture         *fixture,
              gint64           course_id,
              BbCourseStatus   status,
              const char      *date,
              BbClosingReason  reason,
              gint64           onward_offer)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_course_repository_close (fixture->base.courses, course_id, status, date, reason, onward_offer,
                                             "Afsluttet efter aftale med mor", &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BbTestCourses *base = &fixture->base;
  g_autoptr(BbCourse) cecilie_course = NULL;
  g_autoptr(BbHandover) handover = NULL;
  g_autoptr(GError) error = NULL;
  gint64 asta, bo, cecilie, dennis, emma, frida, gustav, offer;

  bb_test_courses_set_up (base, data);
  fixture->anna = bb_test_add_adviser (base, "Anna Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  fixture->bent = bb_test_add_adviser (base, "Bent Psykolog", BB_PROFESSION_PSYCHOLOGIST);
  offer = bb_test_add_offer (base, "Værkstedet");

  asta = bb_test_add_course (base, "Asta Hansen", "2026-01-05", fixture->anna);
  bb_test_add_meeting (base, asta, BB_MEETING_ADVISORY, "2026-04-01", FALSE);

  bo = bb_test_add_course (base, "Bo Jensen", "2026-01-10", fixture->anna);
  bb_test_add_meeting (base, bo, BB_MEETING_ADVISORY, "2026-01-08", FALSE);
  bb_test_add_meeting (base, bo, BB_MEETING_ADVISORY, "2026-01-20", FALSE);
  bb_test_change_status (base, bo, BB_COURSE_STATUS_ADVISORY, "2026-01-20");
  bb_test_change_status (base, bo, BB_COURSE_STATUS_FOLLOW_UP, "2026-02-01");
  close_course (fixture, bo, BB_COURSE_STATUS_CLOSED, "2026-02-20", BB_CLOSING_GOALS_REACHED, 0);

  cecilie = bb_test_add_course (base, "Cecilie Holm", "2026-01-15", fixture->bent);
  cecilie_course = bb_course_repository_open (base->courses, cecilie, &error);
  g_assert_no_error (error);
  g_ptr_array_add (bb_course_get_staff (cecilie_course), bb_course_staff_new (fixture->anna, "Forældresamtaler"));
  bb_course_set_notes (cecilie_course, "Bor hos mormor på Østergade");
  g_assert_true (bb_course_repository_save (base->courses, cecilie_course, &error));
  g_assert_no_error (error);
  bb_test_add_meeting (base, cecilie, BB_MEETING_ADVISORY, "2026-01-20", TRUE);
  bb_test_add_meeting (base, cecilie, BB_MEETING_ADVISORY, "2026-02-04", FALSE);
  bb_test_change_status (base, cecilie, BB_COURSE_STATUS_ADVISORY, "2026-02-04");
  handover = bb_handover_new (cecilie, offer, BB_HANDOVER_ACCEPTED);
  handover->state_date = g_strdup ("2026-02-25");
  handover->note = g_strdup ("Har brug for en fast voksen");
  g_assert_true (bb_course_repository_save_handover (base->courses, handover, &error));
  g_assert_no_error (error);
  close_course (fixture, cecilie, BB_COURSE_STATUS_CLOSED, "2026-03-01", BB_CLOSING_REFERRED_ON, offer);

  dennis = bb_test_add_course (base, "Dennis Lund", "2026-02-02", fixture->bent);
  bb_test_add_meeting (base, dennis, BB_MEETING_ADVISORY, "2026-02-05", FALSE);
  bb_test_change_status (base, dennis, BB_COURSE_STATUS_ADVISORY, "2026-02-05");
  close_course (fixture, dennis, BB_COURSE_STATUS_NOT_ADMITTED, "2026-02-10", BB_CLOSING_OTHER, 0);

  emma = bb_test_add_course (base, "Emma Krogh", "2026-02-10", fixture->bent);
  bb_test_add_meeting (base, emma, BB_MEETING_ADVISORY, "2026-02-16", FALSE);
  bb_test_change_status (base, emma, BB_COURSE_STATUS_ADVISORY, "2026-02-16");
  bb_test_change_status (base, emma, BB_COURSE_STATUS_FOLLOW_UP, "2026-03-01");
  close_course (fixture, emma, BB_COURSE_STATUS_CLOSED, "2026-03-10", BB_CLOSING_DROPPED_OUT, 0);

  frida = bb_test_add_course (base, "Frida Mølgaard", "2026-03-01", 0);
  bb_test_add_meeting (base, frida, BB_MEETING_ADVISORY, "2026-03-05", FALSE);
  gustav = bb_test_add_course (base, "Gustav Brandt", "2026-03-02", 0);
  bb_test_add_meeting (base, gustav, BB_MEETING_ADVISORY, "2026-03-09", FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bb_test_courses_tear_down (&fixture->base, data);
}

static void
assert_share (double actual,
              double expected)
{
  if (isnan (expected))
    g_assert_true (isnan (actual));
  else
    g_assert_cmpfloat_with_epsilon (actual, expected, 1e-9);
}

static void
assert_months (GPtrArray      *months,
               const Expected *expected,
               guint           n_expected)
{
  g_assert_nonnull (months);
  g_assert_cmpuint (months->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      BbMonthFigures *f = g_ptr_array_index (months, i);
      const Expected *e = &expected[i];

      g_test_message ("%s", e->month);
      g_assert_cmpstr (f->month, ==, e->month);
      g_assert_cmpuint (f->started, ==, e->started);
      g_assert_cmpuint (f->waited, ==, e->waited);
      assert_share (f->waiting_median, e->waiting_median);
      g_assert_cmpuint (f->ended, ==, e->ended);
      assert_share (f->conversations_mean, e->conversations_mean);
      assert_share (f->share_handed_over, e->share_handed_over);
      assert_share (f->share_follow_up, e->share_follow_up);
      g_assert_cmpuint (f->closed, ==, e->closed);
      assert_share (f->share_goals_reached, e->share_goals_reached);
    }
}

static const Expected all_courses[] = {
  { "2025-12", 0, 0, NAN, 0, NAN, NAN, NAN, 0, NAN },
  /* Bo's conversation before his first contact does not end his wait. */
  { "2026-01", 3, 1, 10, 0, NAN, NAN, NAN, 0, NAN },
  /* Waits of 20 (the no-show does not count), 3 and 6; Bo and Dennis ended, only Bo
   * closed (Dennis was not admitted). */
  { "2026-02", 2, 3, 6, 2, 1.5, 0, 0.5, 1, 1 },
  /* Waits of 4 and 7; Cecilie handed over, Emma in follow-up before she dropped out. */
  { "2026-03", 2, 2, 5.5, 2, 1, 0.5, 0.5, 2, 0 },
  /* Asta's conversation is planned, not held. */
  { "2026-04", 0, 0, NAN, 0, NAN, NAN, NAN, 0, NAN },
};

static void
test_all_courses (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) months = bb_course_repository_list_month_figures (fixture->base.courses, "2025-12",
                                                                          "2026-04", 0, &error);

  g_assert_no_error (error);
  assert_months (months, all_courses, G_N_ELEMENTS (all_courses));
}

static void
test_adviser (Fixture       *fixture,
              gconstpointer  data)
{
  /* Anna holds Asta and Bo, and is on Cecilie's staff. */
  static const Expected anna[] = {
    { "2026-01", 3, 1, 10, 0, NAN, NAN, NAN, 0, NAN },
    { "2026-02", 0, 1, 20, 1, 2, 0, 1, 1, 1 },
    { "2026-03", 0, 0, NAN, 1, 1, 1, 0, 1, 0 },
  };
  static const Expected bent[] = {
    { "2026-01", 1, 0, NAN, 0, NAN, NAN, NAN, 0, NAN },
    { "2026-02", 2, 3, 6, 1, 1, 0, 0, 0, NAN },
    { "2026-03", 0, 0, NAN, 2, 1, 0.5, 0.5, 2, 0 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) months = NULL;

  months = bb_course_repository_list_month_figures (fixture->base.courses, "2026-01", "2026-03", fixture->anna,
                                                    &error);
  g_assert_no_error (error);
  assert_months (months, anna, G_N_ELEMENTS (anna));

  g_clear_pointer (&months, g_ptr_array_unref);
  months = bb_course_repository_list_month_figures (fixture->base.courses, "2026-01", "2026-03", fixture->bent,
                                                    &error);
  g_assert_no_error (error);
  assert_months (months, bent, G_N_ELEMENTS (bent));
}

static void
test_days_pass (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) months = NULL;
  BbMonthFigures *april;

  /* Once Asta's conversation of 1 April is held, she waited 86 days in April. */
  bb_test_courses_set_clock (&fixture->base, "2026-04-02T10:00:00Z");
  months = bb_course_repository_list_month_figures (fixture->base.courses, "2026-04", "2026-04", 0, &error);
  g_assert_no_error (error);
  april = g_ptr_array_index (months, 0);
  g_assert_cmpuint (april->waited, ==, 1);
  g_assert_cmpfloat (april->waiting_median, ==, 86);
}

static void
test_bad_period (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) months = NULL;

  months = bb_course_repository_list_month_figures (fixture->base.courses, "2026-13", "2026-04", 0, &error);
  g_assert_null (months);
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);

  months = bb_course_repository_list_month_figures (fixture->base.courses, "2026-04", "2026-03", 0, &error);
  g_assert_null (months);
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
}

static void
test_file_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const private[] = {
    "Asta", "Hansen", "Bo Jensen", "Cecilie", "Holm", "Dennis", "Emma", "Frida", "Gustav",
    "2009-06-01", "mormor", "Østergade", "fast voksen", "Forældresamtaler", "Afsluttet", "Værkstedet",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) months = NULL;
  g_autoptr(GPtrArray) read = NULL;
  g_autofree char *path = g_build_filename (fixture->base.folder, "figures.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *adviser = NULL;
  GStatBuf st;

  months = bb_course_repository_list_month_figures (fixture->base.courses, "2025-12", "2026-04", 0, &error);
  g_assert_no_error (error);
  g_assert_true (bb_figure_file_write (file, months, NULL, "2026-03-15", &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (private); i++)
    if (strstr (contents, private[i]) != NULL)
      g_error ("The figure file holds “%s”:\n%s", private[i], contents);

  read = bb_figure_file_read (file, &adviser, &error);
  g_assert_no_error (error);
  g_assert_null (adviser);
  assert_months (read, all_courses, G_N_ELEMENTS (all_courses));

  /* With the adviser's name, which is all of her it holds. */
  g_clear_pointer (&months, g_ptr_array_unref);
  g_clear_pointer (&read, g_ptr_array_unref);
  months = bb_course_repository_list_month_figures (fixture->base.courses, "2026-01", "2026-03", fixture->anna,
                                                    &error);
  g_assert_true (bb_figure_file_write (file, months, "Anna Rådgiver", "2026-03-15", &error));
  g_assert_no_error (error);
  read = bb_figure_file_read (file, &adviser, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (adviser, ==, "Anna Rådgiver");
  g_assert_cmpuint (read->len, ==, 3);
  g_assert_cmpfloat (((BbMonthFigures *) g_ptr_array_index (read, 1))->waiting_median, ==, 20);
}

static void
test_file_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct
  {
    const char *contents;
    const char *says;
  } garbage[] = {
    { "", "not a figure file" },
    { "Navn;Fødselsdato\nAsta;2009-06-01\n", "not a figure file" },
    { "[1, 2, 3]", "holds no figures" },
    { "{\"months\": []}", "does not say" },
    { "{\"brobygger-figures\": 1}", "holds no months" },
    { "{\"brobygger-figures\": 1, \"months\": [], \"name\": \"Asta Hansen\"}", "“name”" },
    { "{\"brobygger-figures\": 1, \"months\": [{\"month\": \"2026-01\", \"note\": \"Bor hos mormor\"}]}", "“note”" },
    { "{\"brobygger-figures\": 1, \"months\": [{\"month\": \"januar\"}]}", "YYYY-MM" },
    { "{\"brobygger-figures\": 1, \"months\": [{\"month\": \"2026-01\", \"started\": -2}]}", "not a count" },
    { "{\"brobygger-figures\": 1, \"months\": [{\"month\": \"2026-01\", \"started\": \"3\"}]}", "not a count" },
    { "{\"brobygger-figures\": 1, \"months\": [{\"month\": \"2026-01\", \"share_follow_up\": 1.5}]}", "out of range" },
    { "{\"brobygger-figures\": 1, \"months\": [{\"month\": \"2026-02\"}, {\"month\": \"2026-01\"}]}", "not in order" },
    { "{\"brobygger-figures\": 1, \"adviser\": {\"name\": \"x\"}, \"months\": []}", "“adviser”" },
    { "{\"brobygger-figures\": 2, \"months\": []}", "version 2" },
  };
  g_autofree char *path = g_build_filename (fixture->base.folder, "garbage.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) months = NULL;
      g_autofree char *adviser = NULL;

      g_test_message ("%s", garbage[i].contents);
      g_assert_true (g_file_set_contents (path, garbage[i].contents, -1, NULL));
      months = bb_figure_file_read (file, &adviser, &error);
      g_assert_null (months);
      g_assert_null (adviser);
      g_assert_nonnull (error);
      if (strstr (error->message, garbage[i].says) == NULL)
        g_error ("“%s” was refused with “%s”", garbage[i].contents, error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/month-figures/all-courses", test_all_courses);
  ADD ("/month-figures/adviser", test_adviser);
  ADD ("/month-figures/days-pass", test_days_pass);
  ADD ("/month-figures/bad-period", test_bad_period);
  ADD ("/month-figures/file-round-trip", test_file_round_trip);
  ADD ("/month-figures/file-refused", test_file_refused);
#undef ADD

  return g_test_run ();
}
