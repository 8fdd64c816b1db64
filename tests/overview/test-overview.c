/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Every card of the overview on a small hand-made database, each value computed by
 * hand below; the adviser filter, the period's bounds, the cards' words, the CSV and
 * the one-page PDF.
 *
 * Today is 15 March 2026 (the test clock). The period is February 2026, so the
 * trends run over the six months September 2025 – February 2026.
 *
 *   course  adviser  first contact  advisory conversations    end                 planned
 *   c1      A        2026-02-01     02-05, 02-10, 02-20       closed 02-25 goals   3
 *   c2      A        2026-02-10     02-20                     closed 02-28 referred 3
 *   c3      B        2026-02-28     03-10 (status advisory)   open
 *   c4      A        2026-03-01     03-05                     open (contacted)
 *   c5      B        2026-01-15     –                         not admitted 02-15
 *   c6      A        2025-12-01     2026-01-20                closed 02-10 dropped  2
 *
 * c3 begins on the period's last day and is in it; c4 begins the day after and is not.
 * Waits (first contact → first conversation): c1 4, c2 10, c3 10, c4 4, c6 50.
 */

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <sys/stat.h>

#include "bb-overview-repository.h"
#include "bb-report-bars.h"
#include "bb-sql.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"

typedef struct
{
  BbTestCourses  base;
  gint64         adviser_a;
  gint64         adviser_b;
  gint64         courses[7];
  gint64         offers[4];
} Fixture;

static void
exec (Fixture    *fixture,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_database_exec (fixture->base.database, sql, &error));
  g_assert_no_error (error);
}

static void
exec_printf (Fixture    *fixture,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
exec_printf (Fixture    *fixture,
             const char *format,
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
close_course (Fixture        *fixture,
              gint64          id,
              BbCourseStatus  status,
              const char     *date,
              BbClosingReason reason,
              gint64          offer)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_course_repository_close (fixture->base.courses, id, status, date, reason, offer, NULL,
                                             &error));
  g_assert_no_error (error);
}

static void
add_measure (Fixture    *fixture,
             guint       course,
             const char *date,
             double      score)
{
  exec_printf (fixture,
               "INSERT INTO measures (uuid, course_id, instrument, date, items, score, scales)"
               " VALUES ('m-%u-%s', %" G_GINT64_FORMAT ", 'who-5', '%s', '', %g, '%g')",
               course, date, fixture->courses[course], date, score, score);
}

static void
add_handover (Fixture    *fixture,
              guint       course,
              guint       offer,
              const char *state,
              const char *date)
{
  exec_printf (fixture,
               "INSERT INTO handovers (course_id, offer_id, offer_title, state, state_date, created, modified)"
               " SELECT %" G_GINT64_FORMAT ", id, title, '%s', '%s', '2026-01-01', '2026-01-01'"
               "   FROM offers WHERE id = %" G_GINT64_FORMAT,
               fixture->courses[course], state, date, fixture->offers[offer]);
}

static void
fill_courses (Fixture *fixture)
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
  exec_printf (fixture, "UPDATE courses SET planned_conversations = 3 WHERE id IN (%" G_GINT64_FORMAT
               ", %" G_GINT64_FORMAT ")", fixture->courses[1], fixture->courses[2]);
  exec_printf (fixture, "UPDATE courses SET planned_conversations = 2 WHERE id = %" G_GINT64_FORMAT,
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
fill_catalogue (Fixture *fixture)
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
  exec_printf (fixture,
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
fill_plans (Fixture *fixture)
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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
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
  add_handover (fixture, 1, 1, "referred", "2026-02-20");
  add_handover (fixture, 2, 1, "accepted", "2026-02-26");
  add_handover (fixture, 3, 2, "started", "2026-02-28");
  add_handover (fixture, 6, 2, "suggested", "2026-02-05");
  add_handover (fixture, 4, 2, "referred", "2026-03-02");

  fill_plans (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  bb_test_courses_tear_down (&fixture->base, user_data);
}

static BbOverview *
compute (Fixture              *fixture,
         BbOverviewPeriodKind  kind,
         const char           *today,
         const char           *from,
         const char           *to,
         gint64                adviser_id)
{
  BbOverviewFilter filter;
  g_autoptr(GError) error = NULL;
  BbOverview *overview;

  g_assert_true (bb_overview_filter_init (&filter, kind, today, from, to, &error));
  g_assert_no_error (error);
  filter.adviser_id = adviser_id;
  filter.waiting_target_days = 14;
  overview = bb_overview_repository_compute (bb_context_get_overview (fixture->base.context), &filter, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (overview);
  bb_overview_filter_clear (&filter);
  return overview;
}

static BbOverview *
compute_february (Fixture *fixture,
                  gint64   adviser_id)
{
  return compute (fixture, BB_OVERVIEW_PERIOD_MONTH, "2026-02-15", NULL, NULL, adviser_id);
}

/* The card's values, series by series, as "label=value" joined by ", " (series by
 * " | "), so a whole card is compared at once. */
static char *
dup_values (BbOverview *overview,
            const char *id)
{
  BbOverviewCard *card = bb_overview_lookup_card (overview, id);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_nonnull (card);
  for (guint s = 0; s < card->series->len; s++)
    {
      BbOverviewSeries *series = g_ptr_array_index (card->series, s);

      if (s > 0)
        g_string_append (text, " | ");
      for (guint i = 0; i < series->points->len; i++)
        {
          BbOverviewPoint *point = g_ptr_array_index (series->points, i);

          g_string_append_printf (text, "%s%s=%.4g", i > 0 ? ", " : "",
                                  point->key != NULL ? point->key : point->label, point->value);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_values (BbOverview *overview,
               const char *id,
               const char *expected)
{
  g_autofree char *values = dup_values (overview, id);

  g_test_message ("%s: %s", id, values);
  g_assert_cmpstr (values, ==, expected);
}

static const BbOverviewPoint *
point_of (BbOverview *overview,
          const char *id,
          guint       series,
          guint       point)
{
  BbOverviewCard *card = bb_overview_lookup_card (overview, id);
  BbOverviewSeries *s = g_ptr_array_index (card->series, series);

  return g_ptr_array_index (s->points, point);
}

static const BbOverviewLink *
link_of (BbOverview *overview,
         const char *id,
         guint       series,
         guint       point)
{
  return point_of (overview, id, series, point)->link;
}

static void
test_courses (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(BbOverview) overview = compute_february (fixture, 0);
  const BbOverviewLink *link;

  g_assert_cmpuint (bb_overview_get_n_cards (overview), ==, 16);

  /* Now: c4 contacted, c3 advisory, c1 c2 c6 closed, c5 not admitted. */
  assert_values (overview, "courses-by-status",
                 "contacted=1, waiting=0, advisory=1, treatment-individual=0, treatment-group=0,"
                 " follow-up=0, on-hold=0, closed=3, not-admitted=1");
  link = link_of (overview, "courses-by-status", 0, 7);
  g_assert_cmpstr (link->view, ==, "courses");
  g_assert_cmpstr (bb_overview_link_get (link, "status"), ==, "closed");
  g_assert_cmpuint (g_variant_n_children (link->filters), ==, 1);

  /* New by first contact: December c6, January c5, February c1 c2 c3 (c4 is
   * March). Closed in February: c1 c2 c5 c6; referred on: c2 (the reason) and c5
   * (not admitted). */
  assert_values (overview, "course-flow",
                 "2025-09=0, 2025-10=0, 2025-11=0, 2025-12=1, 2026-01=1, 2026-02=3"
                 " | 2025-09=0, 2025-10=0, 2025-11=0, 2025-12=0, 2026-01=0, 2026-02=4"
                 " | 2025-09=0, 2025-10=0, 2025-11=0, 2025-12=0, 2026-01=0, 2026-02=2");
  g_assert_cmpstr (point_of (overview, "course-flow", 0, 5)->label, ==, "February 2026");
  link = link_of (overview, "course-flow", 2, 5);
  g_assert_cmpstr (bb_overview_link_get (link, "closing"), ==, "referred-on");
  g_assert_cmpstr (bb_overview_link_get (link, "closed-from"), ==, "2026-02-01");
  g_assert_cmpstr (bb_overview_link_get (link, "closed-to"), ==, "2026-02-28");
  g_assert_null (bb_overview_link_get (link, "status"));
  link = link_of (overview, "course-flow", 1, 3);
  g_assert_cmpstr (bb_overview_link_get (link, "closed-from"), ==, "2025-12-01");
  g_assert_cmpstr (bb_overview_link_get (link, "closed-to"), ==, "2025-12-31");
  link = link_of (overview, "course-flow", 0, 4);
  g_assert_cmpstr (bb_overview_link_get (link, "first-contact-from"), ==, "2026-01-01");
  g_assert_cmpstr (bb_overview_link_get (link, "first-contact-to"), ==, "2026-01-31");
  g_assert_null (bb_overview_link_get (link, "adviser"));

  /* Begun in February with a first conversation: c1 4, c2 10, c3 10 (held on 10
   * March, after the period: the wait belongs to the month it began in). Median 10
   * of 3; with c4 (4 days) it would be 7 of 4. */
  assert_values (overview, "waiting-median", "Median=10 | Courses counted=3");
  g_assert_cmpfloat (bb_overview_lookup_card (overview, "waiting-median")->target, ==, 14);
  assert_values (overview, "waiting-distribution",
                 "0–7 days=1, 8–14 days=2, 15–30 days=0, 31–60 days=0, Over 60 days=0");
  link = link_of (overview, "waiting-distribution", 0, 1);
  g_assert_cmpstr (bb_overview_link_get (link, "waiting-longer-than"), ==, "7");
  g_assert_cmpstr (bb_overview_link_get (link, "first-contact-from"), ==, "2026-02-01");
  g_assert_cmpstr (bb_overview_link_get (link, "first-contact-to"), ==, "2026-02-28");
  g_assert_null (link_of (overview, "waiting-distribution", 0, 0));
  /* By month of first contact: December c6 50; January c5 has none; February 10. */
  assert_values (overview, "waiting-trend", "2025-12=50, 2026-02=10");

  /* Closed (not "not admitted") in February: c1 3, c2 1, c6 1. */
  assert_values (overview, "conversations-distribution", "0=0, 1=2, 2=0, 3=1");
  link = link_of (overview, "conversations-distribution", 0, 3);
  g_assert_cmpstr (bb_overview_link_get (link, "conversations"), ==, "3");
  g_assert_cmpstr (bb_overview_link_get (link, "status"), ==, "closed");
  g_assert_cmpstr (bb_overview_link_get (link, "closed-from"), ==, "2026-02-01");
  g_assert_cmpstr (bb_overview_link_get (link, "closed-to"), ==, "2026-02-28");
  /* Against the plan: c1 3 of 3 as planned, c2 1 of 3 and c6 1 of 2 fewer. */
  assert_values (overview, "conversations-against-plan",
                 "Fewer than planned=66.67, As planned=33.33, More than planned=0");
}

static void
test_outcome_and_referrals (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(BbOverview) overview = compute_february (fixture, 0);
  const BbOverviewLink *link;
  g_autofree char *alpha = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->offers[1]);
  g_autofree char *beta = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->offers[2]);
  g_autofree char *expected = NULL;

  /* See fixture_set_up: 1 of 3 reliably better on WHO-5. */
  assert_values (overview, "outcome-improved", "who-5=33.33");

  /* Beyond a suggestion, dated in February: Alpha c1 c2, Beta c3. */
  expected = g_strdup_printf ("%s=2, %s=1", alpha, beta);
  assert_values (overview, "referrals-by-offer", expected);
  link = link_of (overview, "referrals-by-offer", 0, 0);
  g_assert_cmpstr (link->view, ==, "courses");
  g_assert_cmpstr (bb_overview_link_get (link, "handover-offer"), ==, alpha);
  /* Alpha is for Unge, Beta for Unge and Forældre. */
  assert_values (overview, "referrals-by-target-group", "1=3, 2=1");

  /* Every hand-over dated in February, by state: Alpha referred 1 accepted 1, Beta
   * suggested 1 started 1. */
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%1$s=0, %2$s=1 | %1$s=1, %2$s=0 | %1$s=1, %2$s=0 | %1$s=0, %2$s=1", alpha, beta);
  assert_values (overview, "handovers-by-offer", expected);
}

static void
test_catalogue_and_plans (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(BbOverview) overview = compute_february (fixture, 0);
  const BbOverviewLink *link;

  /* Unge has Alpha at both steps; Forældre has Beta at Forebyggende only (Gamma is
   * closed): one gap, Forældre × Behandling. */
  assert_values (overview, "coverage-gaps", "1=0, 2=1");
  g_assert_null (link_of (overview, "coverage-gaps", 0, 0));
  link = link_of (overview, "coverage-gaps", 0, 1);
  g_assert_cmpstr (link->view, ==, "offers");
  g_assert_cmpstr (bb_overview_link_get (link, "coverage-gap"), ==, "2:2");
  /* Beta reviewed a year and a day ago and Gamma never: 2 of 3 due. */
  assert_values (overview, "stale-offers", "Due for review=2 | Offers=3");
  g_assert_cmpstr (bb_overview_link_get (link_of (overview, "stale-offers", 0, 0), "stale"), ==, "");

  /* The active plan only: one done; one overdue (ended 1 March, before today). */
  assert_values (overview, "plan-activities", "1=1 | 1=1");
  g_assert_cmpstr (bb_overview_link_get (link_of (overview, "plan-activities", 0, 0), "plan"), ==, "1");
  g_assert_cmpstr (bb_overview_link_get (link_of (overview, "plan-activities", 1, 0), "overdue"), ==, "");
  /* Rekruttering: not started until partly in November, largely on 31 January (the
   * month's last day), fully only in March; Opfølgning never rated. */
  assert_values (overview, "plan-fidelity",
                 "2025-09=0, 2025-10=0, 2025-11=1, 2025-12=1, 2026-01=2, 2026-02=2"
                 " | 2025-09=0, 2025-10=0, 2025-11=0, 2025-12=0, 2026-01=0, 2026-02=0");
  /* Ventetid's latest in February is 16 against 14; the one without a target is left out. */
  assert_values (overview, "plan-indicators", "1=16 | 1=14");
}

static void
test_adviser (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(BbOverview) overview = compute_february (fixture, fixture->adviser_a);
  g_autofree char *alpha = g_strdup_printf ("%" G_GINT64_FORMAT "=2", fixture->offers[1]);

  g_assert_cmpstr (bb_overview_get_adviser_name (overview), ==, "Anne Rådgiver");
  /* Anne holds c1 c2 c4 c6. */
  assert_values (overview, "courses-by-status",
                 "contacted=1, waiting=0, advisory=0, treatment-individual=0, treatment-group=0,"
                 " follow-up=0, on-hold=0, closed=3, not-admitted=0");
  assert_values (overview, "course-flow",
                 "2025-09=0, 2025-10=0, 2025-11=0, 2025-12=1, 2026-01=0, 2026-02=2"
                 " | 2025-09=0, 2025-10=0, 2025-11=0, 2025-12=0, 2026-01=0, 2026-02=3"
                 " | 2025-09=0, 2025-10=0, 2025-11=0, 2025-12=0, 2026-01=0, 2026-02=1");
  /* c1 4 and c2 10: the mean of the middle two. */
  assert_values (overview, "waiting-median", "Median=7 | Courses counted=2");
  assert_values (overview, "referrals-by-offer", alpha);
  /* c1 better, c2 and c6 not. */
  assert_values (overview, "outcome-improved", "who-5=33.33");
}

/* March: c4 (1 March) is in, c3 (28 February) out. */
static void
test_period_bounds (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(BbOverview) overview = compute (fixture, BB_OVERVIEW_PERIOD_CUSTOM, NULL,
                                            "2026-03-01", "2026-03-31", 0);

  /* Only c4 began in March: 4 days. */
  assert_values (overview, "waiting-median", "Median=4 | Courses counted=1");
  /* Nothing closed in March. */
  g_assert_nonnull (bb_overview_lookup_card (overview, "conversations-distribution")->empty_text);
  assert_values (overview, "conversations-distribution", "");
  /* c4's hand-over to Beta on 2 March. */
  {
    g_autofree char *beta = g_strdup_printf ("%" G_GINT64_FORMAT "=1", fixture->offers[2]);

    assert_values (overview, "referrals-by-offer", beta);
  }
  /* No course closed in March: c4's 20 → 80 is not an outcome yet. */
  g_assert_nonnull (bb_overview_lookup_card (overview, "outcome-improved")->empty_text);
  assert_values (overview, "outcome-improved", "");
}

static void
test_describe (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(BbOverview) overview = compute_february (fixture, 0);

  g_assert_cmpstr (bb_overview_lookup_card (overview, "courses-by-status")->summary, ==,
                   "Courses by status: First contact 1, Waiting 0, Advisory conversations 1, "
                   "Individual treatment course 0, Group course 0, Follow-up 0, "
                   "On hold 0, Closed 3, Not admitted, referred on 1 (courses)");
  g_assert_cmpstr (bb_overview_lookup_card (overview, "waiting-median")->summary, ==,
                   "Median wait for the first conversation: Median 10, Courses counted 3 (days). Target 14");
  g_assert_cmpstr (bb_overview_lookup_card (overview, "plan-indicators")->summary, ==,
                   "Indicators against their targets: Ventetid: Latest 16, Target 14");
  g_assert_cmpstr (bb_overview_lookup_card (overview, "conversations-against-plan")->summary, ==,
                   "Conversations against the planned number: Fewer than planned 66.7 %, "
                   "As planned 33.3 %, More than planned 0 %");
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(BbOverview) overview = compute (fixture, BB_OVERVIEW_PERIOD_CUSTOM, NULL,
                                            "2020-01-01", "2020-01-31", 0);

  g_assert_cmpstr (bb_overview_lookup_card (overview, "waiting-median")->summary, ==,
                   "Median wait for the first conversation: "
                   "No first conversation for the courses begun in this period");
  g_assert_nonnull (bb_overview_lookup_card (overview, "handovers-by-offer")->empty_text);
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(BbOverview) overview = compute_february (fixture, fixture->adviser_a);
  g_autofree char *path = g_build_filename (fixture->base.folder, "overview.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GStatBuf info;

  g_assert_true (bb_overview_write_csv (overview, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "card,series,label,value,unit\r\n"
                                             "period,2026-02-01,2026-02-28,,\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nadviser,"));
  g_assert_nonnull (strstr (contents, "Anne Rådgiver"));
  g_assert_nonnull (strstr (contents, "\r\ncourses-by-status,,Closed,3,courses\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nwaiting-median,Median,Median,7,days\r\n"));
  g_assert_nonnull (strstr (contents, "\r\ncourse-flow,New,February 2026,2,courses\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nconversations-against-plan,,Fewer than planned,66.66666667,%\r\n"));
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
}

static void
test_csv_formula (void)
{
  BbOverviewFilter filter = { BB_OVERVIEW_PERIOD_CUSTOM, (char *) "2026-01-01", (char *) "2026-01-31", 0, 0 };
  g_autoptr(BbOverview) overview = bb_overview_new (&filter);
  BbOverviewCard *card = bb_overview_card_new ("referrals-by-offer", "Referrals", "referrals",
                                               BB_OVERVIEW_CHART_BARS);
  g_autofree char *folder = g_dir_make_tmp ("bb-overview-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "f.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  bb_overview_series_add_point (bb_overview_card_add_series (card, NULL), "=HYPERLINK(\"x\")", 1, NULL);
  bb_overview_add_card (overview, card);
  g_assert_true (bb_overview_write_csv (overview, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"'=HYPERLINK(\"\"x\"\")\""));
  g_unlink (path);
  g_rmdir (folder);
}

static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (g_strcmp0 (tool, "pdfinfo") == 0)
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(BbOverview) overview = compute_february (fixture, fixture->adviser_a);
  g_autofree char *path = g_build_filename (fixture->base.folder, "overview.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  g_assert_true (bb_overview_write_pdf (overview, "Testkommune", file, &error));
  g_assert_no_error (error);
  info = run_tool ("pdfinfo", path);
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  /* Landscape A4. */
  g_assert_nonnull (strstr (info, "842 x 595"));
  text = run_tool ("pdftotext", path);
  g_assert_nonnull (strstr (text, "Overview – Testkommune"));
  g_assert_nonnull (strstr (text, "2026-02-01"));
  g_assert_nonnull (strstr (text, "Anne Rådgiver"));
  g_assert_nonnull (strstr (text, "Courses by status"));
  g_assert_nonnull (strstr (text, "Plan activities"));
}

static void
on_computed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  BbOverview **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = bb_overview_repository_compute_finish (BB_OVERVIEW_REPOSITORY (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(BbOverview) sync = compute_february (fixture, 0);
  g_autoptr(BbOverview) async = NULL;
  BbOverviewFilter filter;

  g_assert_true (bb_overview_filter_init (&filter, BB_OVERVIEW_PERIOD_MONTH, "2026-02-15", NULL, NULL, NULL));
  filter.waiting_target_days = 14;
  bb_overview_repository_compute_async (bb_context_get_overview (fixture->base.context), &filter, NULL,
                                        on_computed, &async);
  bb_overview_filter_clear (&filter);
  while (async == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (bb_overview_get_n_cards (async), ==, bb_overview_get_n_cards (sync));
  for (guint i = 0; i < bb_overview_get_n_cards (sync); i++)
    g_assert_cmpstr (bb_overview_get_card (async, i)->summary, ==, bb_overview_get_card (sync, i)->summary);
}

/* Bars grouped per label, series side by side, a value's height in proportion, the
 * target across; reported as the chart's items. */
static void
test_bars (void)
{
  g_autoptr(BbReportBars) bars = bb_report_bars_new ("Flow");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  cairo_t *cr = cairo_create (surface);
  guint new = bb_report_bars_add_series (bars, "New");
  guint closed = bb_report_bars_add_series (bars, "Closed");
  BbReportChartItem *bar[4] = { NULL };
  guint n_bars = 0, n_targets = 0;
  GPtrArray *items;

  bb_report_bars_set_value (bars, new, "January", 10);
  bb_report_bars_set_value (bars, closed, "January", 5);
  bb_report_bars_set_value (bars, new, "February", 20);
  bb_report_bars_set_value (bars, closed, "February", 0);
  bb_report_bars_set_target (bars, 15, NULL);
  bb_report_bars_draw (bars, cr, 400, 200, NULL);
  g_assert_cmpuint (bb_report_bars_get_n_series (bars), ==, 2);
  g_assert_cmpuint (bb_report_bars_get_n_labels (bars), ==, 2);

  items = bb_report_bars_get_items (bars);
  for (guint i = 0; i < items->len; i++)
    {
      BbReportChartItem *item = g_ptr_array_index (items, i);

      if (item->kind == BB_REPORT_CHART_ITEM_POINT)
        bar[n_bars++] = item;
      else if (item->kind == BB_REPORT_CHART_ITEM_TARGET)
        {
          g_assert_cmpfloat (item->value, ==, 15);
          n_targets++;
        }
    }
  g_assert_cmpuint (n_bars, ==, 4);
  g_assert_cmpuint (n_targets, ==, 1);
  /* January's two bars, then February's, each New before Closed. */
  g_assert_cmpstr (bar[0]->text, ==, "New: January");
  g_assert_cmpstr (bar[1]->text, ==, "Closed: January");
  g_assert_cmpstr (bar[2]->text, ==, "New: February");
  g_assert_cmpfloat (bar[0]->x1, <=, bar[1]->x0 + 0.01);
  g_assert_cmpfloat (bar[1]->x1, <, bar[2]->x0);
  /* 20 stands twice as high as 10 on the same baseline; 0 has no height. */
  g_assert_cmpfloat (fabs ((bar[2]->y1 - bar[2]->y0) - 2 * (bar[0]->y1 - bar[0]->y0)), <, 0.01);
  g_assert_cmpfloat (bar[3]->y1 - bar[3]->y0, <, 0.01);

  /* Every bar is painted, the first too (its colour once came from a variable not
   * yet set). */
  cairo_surface_flush (surface);
  for (guint i = 0; i < 3; i++)
    {
      int x = (int) ((bar[i]->x0 + bar[i]->x1) / 2), y = (int) ((bar[i]->y0 + bar[i]->y1) / 2);
      const guint32 *pixel = (const guint32 *) (cairo_image_surface_get_data (surface)
                                                + y * cairo_image_surface_get_stride (surface)) + x;

      g_assert_cmpuint (*pixel >> 24, >, 200);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
assert_period (BbOverviewPeriodKind  kind,
               const char           *today,
               const char           *from,
               const char           *to,
               const char           *words)
{
  BbOverviewFilter filter;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (bb_overview_filter_init (&filter, kind, today, from, to, &error));
  g_assert_no_error (error);
  if (kind != BB_OVERVIEW_PERIOD_CUSTOM)
    {
      g_assert_cmpstr (filter.from, ==, from);
      g_assert_cmpstr (filter.to, ==, to);
    }
  text = bb_overview_filter_describe (&filter);
  g_assert_cmpstr (text, ==, words);
  bb_overview_filter_clear (&filter);
}

static void
test_filter (void)
{
  BbOverviewFilter filter;
  g_autoptr(GError) error = NULL;

  assert_period (BB_OVERVIEW_PERIOD_MONTH, "2024-02-10", "2024-02-01", "2024-02-29", "February 2024");
  assert_period (BB_OVERVIEW_PERIOD_QUARTER, "2026-08-31", "2026-07-01", "2026-09-30", "Quarter 3 2026");
  assert_period (BB_OVERVIEW_PERIOD_YEAR, "2026-03-15", "2026-01-01", "2026-12-31", "2026");
  assert_period (BB_OVERVIEW_PERIOD_CUSTOM, NULL, "2026-01-05", "2026-01-05", "5 January 2026 – 5 January 2026");

  g_assert_false (bb_overview_filter_init (&filter, BB_OVERVIEW_PERIOD_CUSTOM, NULL, "2026-02-01", "2026-01-31",
                                           &error));
  g_assert_error (error, BB_OVERVIEW_ERROR, BB_OVERVIEW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (bb_overview_filter_init (&filter, BB_OVERVIEW_PERIOD_CUSTOM, NULL, "2026-02-30", "2026-03-01",
                                           &error));
  g_assert_error (error, BB_OVERVIEW_ERROR, BB_OVERVIEW_ERROR_INVALID);
}

/* The months from the translations: a Danish interface says "februar" even where
 * the system has no Danish locale (LC_TIME is C here). */
static void
test_danish_months (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(BbOverview) overview = NULL;

  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "da", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_setenv ("LANGUAGE", "en", TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  overview = compute_february (fixture, 0);
  g_assert_cmpstr (point_of (overview, "course-flow", 0, 0)->label, ==, "september 2025");
  g_assert_cmpstr (point_of (overview, "course-flow", 0, 5)->label, ==, "februar 2026");
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *locale_dir = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* The translations as built, in whatever language LANGUAGE says; "C" would ignore it. */
  setlocale (LC_ALL, "C.UTF-8");
  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/overview/courses", test_courses);
  ADD ("/overview/outcome-referrals", test_outcome_and_referrals);
  ADD ("/overview/catalogue-plans", test_catalogue_and_plans);
  ADD ("/overview/adviser", test_adviser);
  ADD ("/overview/period-bounds", test_period_bounds);
  ADD ("/overview/describe", test_describe);
  ADD ("/overview/empty", test_empty);
  ADD ("/overview/csv", test_csv);
  ADD ("/overview/pdf", test_pdf);
  ADD ("/overview/async", test_async);
  ADD ("/overview/danish-months", test_danish_months);
#undef ADD
  g_test_add_func ("/overview/csv-formula", test_csv_formula);
  g_test_add_func ("/overview/filter", test_filter);
  g_test_add_func ("/overview/bars", test_bars);

  return g_test_run ();
}
