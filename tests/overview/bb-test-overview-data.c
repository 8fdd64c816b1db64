/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The overview's hand-made database: see bb-test-overview-data.h. */

#include "bb-test-overview-data.h"

static void
exec (BbTestOverviewData *fixture,
      const char         *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_database_exec (fixture->base.database, sql, &error));
  g_assert_no_error (error);
}

void
bb_test_overview_exec (BbTestOverviewData *fixture,
                       const char         *format,
                       ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  exec (fixture, sql);
}

static void
close_course (BbTestOverviewData *fixture,
              gint64              id,
              BbCourseStatus      status,
              const char         *date,
              BbClosingReason     reason,
              gint64              offer)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_course_repository_close (fixture->base.courses, id, status, date, reason, offer, NULL,
                                             &error));
  g_assert_no_error (error);
}

static void
add_measure (BbTestOverviewData *fixture,
             guint               course,
             const char         *date,
             double              score)
{
  bb_test_overview_exec (fixture,
                         "INSERT INTO measures (uuid, course_id, instrument, date, items, score, scales)"
                         " VALUES ('m-%u-%s', %" G_GINT64_FORMAT ", 'who-5', '%s', '', %g, '%g')",
                         course, date, fixture->courses[course], date, score, score);
}

void
bb_test_overview_add_handover (BbTestOverviewData *fixture,
                               guint               course,
                               guint               offer,
                               const char         *state,
                               const char         *date)
{
  bb_test_overview_exec (fixture,
                         "INSERT INTO handovers (course_id, offer_id, offer_title, state, state_date, created, modified)"
                         " SELECT %" G_GINT64_FORMAT ", id, title, '%s', '%s', '2026-01-01', '2026-01-01'"
                         "   FROM offers WHERE id = %" G_GINT64_FORMAT,
                         fixture->courses[course], state, date, fixture->offers[offer]);
}

static void
fill_courses (BbTestOverviewData *fixture)
{
  BbTestCourses *base = &fixture->base;
  struct { const char *name, *first_contact; gboolean a; } rows[] = {
    { NULL, NULL, FALSE },
    { "Ada", "2026-02-01", TRUE }, { "Bo", "2026-02-10", TRUE }, { "Cim", "2026-02-28", FALSE },
    { "Dan", "2026-03-01", TRUE }, { "Eva", "2026-01-15", FALSE }, { "Finn", "2025-12-01", TRUE },
  };

  fixture->adviser_a = bb_test_add_adviser (base, "Anne Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  fixture->adviser_b = bb_test_add_adviser (base, "Bent Rådgiver", BB_PROFESSION_PSYCHOLOGIST);
  for (guint i = 1; i < G_N_ELEMENTS (rows); i++)
    fixture->courses[i] = bb_test_add_course (base, rows[i].name, rows[i].first_contact,
                                              rows[i].a ? fixture->adviser_a : fixture->adviser_b);

  bb_test_add_meeting (base, fixture->courses[1], BB_MEETING_ADVISORY, "2026-02-05", FALSE);
  bb_test_add_meeting (base, fixture->courses[1], BB_MEETING_ADVISORY, "2026-02-10", FALSE);
  bb_test_add_meeting (base, fixture->courses[1], BB_MEETING_ADVISORY, "2026-02-20", FALSE);
  /* Neither a no-show nor another kind of meeting is an advisory conversation. */
  bb_test_add_meeting (base, fixture->courses[1], BB_MEETING_ADVISORY, "2026-02-21", TRUE);
  bb_test_add_meeting (base, fixture->courses[1], BB_MEETING_NETWORK, "2026-02-22", FALSE);
  bb_test_add_meeting (base, fixture->courses[2], BB_MEETING_ADVISORY, "2026-02-20", FALSE);
  bb_test_add_meeting (base, fixture->courses[3], BB_MEETING_ADVISORY, "2026-03-10", FALSE);
  bb_test_add_meeting (base, fixture->courses[4], BB_MEETING_ADVISORY, "2026-03-05", FALSE);
  bb_test_add_meeting (base, fixture->courses[6], BB_MEETING_ADVISORY, "2026-01-20", FALSE);

  bb_test_change_status (base, fixture->courses[3], BB_COURSE_STATUS_ADVISORY, "2026-03-10");
  bb_test_overview_exec (fixture, "UPDATE courses SET planned_conversations = 3 WHERE id IN (%" G_GINT64_FORMAT
                         ", %" G_GINT64_FORMAT ")", fixture->courses[1], fixture->courses[2]);
  bb_test_overview_exec (fixture, "UPDATE courses SET planned_conversations = 2 WHERE id = %" G_GINT64_FORMAT,
                         fixture->courses[6]);

  close_course (fixture, fixture->courses[1], BB_COURSE_STATUS_CLOSED, "2026-02-25", BB_CLOSING_GOALS_REACHED, 0);
  close_course (fixture, fixture->courses[2], BB_COURSE_STATUS_CLOSED, "2026-02-28", BB_CLOSING_REFERRED_ON,
                fixture->offers[1]);
  close_course (fixture, fixture->courses[5], BB_COURSE_STATUS_NOT_ADMITTED, "2026-02-15", BB_CLOSING_OTHER, 0);
  close_course (fixture, fixture->courses[6], BB_COURSE_STATUS_CLOSED, "2026-02-10", BB_CLOSING_DROPPED_OUT, 0);
}

/* Offers 1 "Alpha" (target group Unge, steps Forebyggende and Behandling, reviewed
 * this year), 2 "Beta" (Unge and Forældre, Forebyggende, reviewed 14 March 2025: a
 * year and a day ago, due), 3 "Gamma" (closed, never reviewed: due). */
static void
fill_catalogue (BbTestOverviewData *fixture)
{
  fixture->offers[1] = bb_test_add_offer (&fixture->base, "Alpha");
  fixture->offers[2] = bb_test_add_offer (&fixture->base, "Beta");
  fixture->offers[3] = bb_test_add_offer (&fixture->base, "Gamma");
  exec (fixture, "DELETE FROM offer_target_groups; DELETE FROM offer_steps;"
                 " DELETE FROM target_groups; DELETE FROM steps;"
                 "INSERT INTO target_groups (id, uuid, name, position)"
                 " VALUES (1, 'tg1', 'Unge', 0), (2, 'tg2', 'Forældre', 1);"
                 "INSERT INTO steps (id, uuid, level, name)"
                 " VALUES (1, 's1', 1, 'Forebyggende'), (2, 's2', 2, 'Behandling');");
  bb_test_overview_exec (fixture,
                         "UPDATE offers SET status = 'active', reviewed = '2026-01-01' WHERE id = %1$" G_GINT64_FORMAT ";"
                         "UPDATE offers SET status = 'active', reviewed = '2025-03-14' WHERE id = %2$" G_GINT64_FORMAT ";"
                         "UPDATE offers SET status = 'closed', reviewed = NULL WHERE id = %3$" G_GINT64_FORMAT ";"
                         "INSERT INTO offer_target_groups VALUES (%1$" G_GINT64_FORMAT ", 1), (%2$" G_GINT64_FORMAT ", 1),"
                         " (%2$" G_GINT64_FORMAT ", 2), (%3$" G_GINT64_FORMAT ", 2);"
                         "INSERT INTO offer_steps VALUES (%1$" G_GINT64_FORMAT ", 1), (%1$" G_GINT64_FORMAT ", 2),"
                         " (%2$" G_GINT64_FORMAT ", 1), (%3$" G_GINT64_FORMAT ", 2);",
                         fixture->offers[1], fixture->offers[2], fixture->offers[3]);
}

/* Plan 1 "Ungeindsats" (active) with elements Rekruttering (partly 2025-11-10,
 * largely 2026-01-31, fully 2026-03-01) and Opfølgning (never rated); activities done,
 * overdue (ended 1 March), not yet due, cancelled; indicator Ventetid, target 14,
 * measured 20 (January), 16 (February), 12 (March), and one without a target.
 * Plan 2 is a draft and counts for nothing. */
static void
fill_plans (BbTestOverviewData *fixture)
{
  exec (fixture,
        "INSERT INTO plans (id, uuid, title, sort_key, status, created, modified) VALUES"
        " (1, 'p1', 'Ungeindsats', 'ungeindsats', 'active', '2025-01-01', '2025-01-01'),"
        " (2, 'p2', 'Kladde', 'kladde', 'draft', '2025-01-01', '2025-01-01');"
        "INSERT INTO plan_elements (id, plan_id, position, title) VALUES"
        " (1, 1, 0, 'Rekruttering'), (2, 1, 1, 'Opfølgning'), (3, 2, 0, 'Kladdeelement');"
        "INSERT INTO plan_fidelity_ratings (element_id, date, level) VALUES"
        " (1, '2025-11-10', 'partly'), (1, '2026-01-31', 'largely'), (1, '2026-03-01', 'fully'),"
        " (3, '2026-01-01', 'fully');"
        "INSERT INTO plan_activities (plan_id, title, status, end_date) VALUES"
        " (1, 'Gjort', 'done', '2026-01-01'), (1, 'Forsinket', 'planned', '2026-03-01'),"
        " (1, 'Senere', 'in-progress', '2026-04-01'), (1, 'Aflyst', 'cancelled', '2026-01-01'),"
        " (2, 'Kladdeaktivitet', 'planned', '2025-01-01');"
        "INSERT INTO plan_indicators (id, plan_id, position, name, target) VALUES"
        " (1, 1, 0, 'Ventetid', 14), (2, 1, 1, 'Uden mål', NULL);"
        "INSERT INTO plan_measurements (indicator_id, date, value) VALUES"
        " (1, '2026-01-01', 20), (1, '2026-02-01', 16), (1, '2026-03-01', 12), (2, '2026-02-01', 5);");
}

void
bb_test_overview_data_set_up (BbTestOverviewData *fixture,
                              gconstpointer       user_data)
{
  bb_test_courses_set_up (&fixture->base, user_data);
  fill_catalogue (fixture);
  fill_courses (fixture);

  /* WHO-5 (reliable change 10) of the courses closed in February, up to its end:
   * c1 40 → 60 better; c2 40 → 44 (90 on 5 March comes after); c6 50 → 30 worse;
   * c4 is open. So 1 of 3. */
  add_measure (fixture, 1, "2026-02-01", 40);
  add_measure (fixture, 1, "2026-02-25", 60);
  add_measure (fixture, 2, "2026-02-10", 40);
  add_measure (fixture, 2, "2026-02-27", 44);
  add_measure (fixture, 2, "2026-03-05", 90);
  add_measure (fixture, 6, "2026-01-01", 50);
  add_measure (fixture, 6, "2026-02-05", 30);
  add_measure (fixture, 4, "2026-03-01", 20);
  add_measure (fixture, 4, "2026-03-10", 80);

  /* Hand-overs: c1 → Alpha referred 20 Feb, c2 → Alpha accepted 26 Feb, c3 → Beta
   * started 28 Feb, c6 → Beta only suggested 5 Feb, c4 → Beta referred 2 March
   * (after the period). */
  bb_test_overview_add_handover (fixture, 1, 1, "referred", "2026-02-20");
  bb_test_overview_add_handover (fixture, 2, 1, "accepted", "2026-02-26");
  bb_test_overview_add_handover (fixture, 3, 2, "started", "2026-02-28");
  bb_test_overview_add_handover (fixture, 6, 2, "suggested", "2026-02-05");
  bb_test_overview_add_handover (fixture, 4, 2, "referred", "2026-03-02");

  fill_plans (fixture);
}

void
bb_test_overview_data_tear_down (BbTestOverviewData *fixture,
                                 gconstpointer       user_data)
{
  bb_test_courses_tear_down (&fixture->base, user_data);
}
