/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Every card of the overview on a small hand-made database, each value computed by
 * hand below; the adviser filter, the period's bounds, the cards' words, the CSV and
 * the one-page PDF.
 *
 * The data: tests/overview/bb-test-overview-data.h.
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
#include "bb-test-overview-data.h"
#include "bb-test-utils.h"

typedef BbTestOverviewData Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  bb_test_overview_data_set_up (fixture, user_data);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  bb_test_overview_data_tear_down (fixture, user_data);
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
  /* Both kinds of referred on, in one filter. */
  g_assert_cmpstr (bb_overview_link_get (link, "outcome"), ==, "referred-on-or-not-admitted");
  g_assert_null (bb_overview_link_get (link, "closing"));
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
  /* Each bar its range of days, of the courses that had the conversation. */
  link = link_of (overview, "waiting-distribution", 0, 1);
  g_assert_cmpstr (bb_overview_link_get (link, "waiting-longer-than"), ==, "7");
  g_assert_cmpstr (bb_overview_link_get (link, "waiting-at-most"), ==, "14");
  g_assert_cmpstr (bb_overview_link_get (link, "first-conversation"), ==, "held");
  g_assert_cmpstr (bb_overview_link_get (link, "first-contact-from"), ==, "2026-02-01");
  g_assert_cmpstr (bb_overview_link_get (link, "first-contact-to"), ==, "2026-02-28");
  link = link_of (overview, "waiting-distribution", 0, 0);
  g_assert_null (bb_overview_link_get (link, "waiting-longer-than"));
  g_assert_cmpstr (bb_overview_link_get (link, "waiting-at-most"), ==, "7");
  link = link_of (overview, "waiting-distribution", 0, 4);
  g_assert_cmpstr (bb_overview_link_get (link, "waiting-longer-than"), ==, "60");
  g_assert_null (bb_overview_link_get (link, "waiting-at-most"));
  g_assert_cmpstr (bb_overview_link_get (link, "first-conversation"), ==, "held");
  link = link_of (overview, "waiting-median", 1, 0);
  g_assert_cmpstr (bb_overview_link_get (link, "first-conversation"), ==, "held");
  g_assert_cmpstr (bb_overview_link_get (link, "first-contact-to"), ==, "2026-02-28");
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
  g_assert_cmpstr (bb_overview_link_get (link, "handover-state"), ==, "referred,accepted,started");
  g_assert_cmpstr (bb_overview_link_get (link, "handover-from"), ==, "2026-02-01");
  g_assert_cmpstr (bb_overview_link_get (link, "handover-to"), ==, "2026-02-28");
  /* Alpha is for Unge, Beta for Unge and Forældre. */
  assert_values (overview, "referrals-by-target-group", "1=3, 2=1");

  /* Every hand-over dated in February, by state: Alpha referred 1 accepted 1, Beta
   * suggested 1 started 1. */
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%1$s=0, %2$s=1 | %1$s=1, %2$s=0 | %1$s=1, %2$s=0 | %1$s=0, %2$s=1", alpha, beta);
  assert_values (overview, "handovers-by-offer", expected);
  /* Each state's bar, to the hand-overs of that state and period. */
  link = link_of (overview, "handovers-by-offer", 2, 0);
  g_assert_cmpstr (bb_overview_link_get (link, "handover-offer"), ==, alpha);
  g_assert_cmpstr (bb_overview_link_get (link, "handover-state"), ==, "accepted");
  g_assert_cmpstr (bb_overview_link_get (link, "handover-from"), ==, "2026-02-01");
  g_assert_cmpstr (bb_overview_link_get (link, "handover-to"), ==, "2026-02-28");
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
