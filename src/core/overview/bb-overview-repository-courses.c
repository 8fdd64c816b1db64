/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The courses' cards: status now, the flow by month, waiting time and conversations.
 * A course is counted for its responsible adviser. The period's bounds are both
 * included; dates compare as text, closings by their day number (courses_open). */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bb-course-enums.h"
#include "bb-overview-repository-private.h"

#define IN_PERIOD(column) " " column " BETWEEN ?1 AND ?2"
#define CLOSED_IN(from) " c.closed_date BETWEEN " from " AND ?2"
/* courses.waiting_days from the columns it is made of: SQLite reads the table for a
 * generated column, and from these the indexes alone answer (see
 * 0013-overview-figures.sql). NULL without a first conversation. */
#define WAIT "CAST (julianday (c.first_conversation) - julianday (c.first_contact) AS INTEGER)"
#define WAITED " AND c.first_conversation IS NOT NULL"

static const char status_sql[] =
  "SELECT c.status, count (*) FROM courses c WHERE 1@ GROUP BY c.status";

/* Referred on: closed for that reason, or not admitted (and so referred on). */
static const char flow_sql[] =
  "SELECT month, total (started), total (ended), total (referred) FROM ("
  "  SELECT substr (c.first_contact, 1, 7) AS month, 1 AS started, 0 AS ended, 0 AS referred"
  "    FROM courses c WHERE c.first_contact BETWEEN ?3 AND ?2@"
  "  UNION ALL"
  "  SELECT substr (c.closed_date, 1, 7), 0, 1, c.closing_reason = 'referred-on' OR c.status = 'not-admitted'"
  "    FROM courses c WHERE" CLOSED_IN ("?3") "@)"
  " GROUP BY month";

/* The waits of the courses whose first contact falls in the period and who had a
 * first advisory conversation, as a count per number of days: the median and the
 * distribution are read from that (a few hundred rows, however many courses). */
static const char waits_sql[] =
  "SELECT v, count (*) FROM (SELECT " WAIT " AS v FROM courses c"
  "                           WHERE" IN_PERIOD ("c.first_contact") WAITED "@)"
  " GROUP BY v ORDER BY v";

/* The same per month of first contact over the trends' months. */
static const char waits_by_month_sql[] =
  "SELECT month, v, count (*)"
  "  FROM (SELECT substr (c.first_contact, 1, 7) AS month, " WAIT " AS v FROM courses c"
  "         WHERE c.first_contact BETWEEN ?3 AND ?2" WAITED "@)"
  " GROUP BY 1, 2 ORDER BY 1, 2";

/* Ten and more share a bar. */
#define MANY_CONVERSATIONS 10

static const char conversations_sql[] =
  "SELECT min (c.conversations, 10), count (*) FROM courses c"
  " WHERE" CLOSED_IN ("?1") " AND c.status = 'closed'@"
  " GROUP BY 1";

static const char against_plan_sql[] =
  "SELECT count (*), total (c.conversations < c.planned_conversations),"
  "       total (c.conversations = c.planned_conversations),"
  "       total (c.conversations > c.planned_conversations)"
  "  FROM courses c"
  " WHERE" CLOSED_IN ("?1") " AND c.status = 'closed' AND c.planned_conversations IS NOT NULL@";

static gboolean
add_status (BbOverviewComputation  *self,
            GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, status_sql, error);
  BbOverviewCard *card;
  double counts[BB_COURSE_STATUS_COUNT] = { 0 };
  BbOverviewSeries *series;
  double total = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BbCourseStatus status;

      if (bb_course_status_from_key ((const char *) sqlite3_column_text (stmt, 0), &status))
        counts[status] = sqlite3_column_double (stmt, 1);
    }
  if (!_bb_overview_check_done (self, rc, error))
    return FALSE;

  card = bb_overview_card_new ("courses-by-status", _("Courses by status"), _("courses"),
                               BB_OVERVIEW_CHART_BARS);
  series = bb_overview_card_add_series (card, NULL);
  for (BbCourseStatus status = 0; status < BB_COURSE_STATUS_COUNT; status++)
    {
      BbOverviewLink link = { (char *) "courses", (char *) "status", (char *) bb_course_status_to_key (status) };

      bb_overview_series_add_keyed_point (series, bb_course_status_to_key (status),
                                          bb_course_status_get_label (status), counts[status], &link);
      total += counts[status];
    }
  if (total == 0)
    card->empty_text = g_strdup (_("No courses"));
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

static gboolean
add_flow (BbOverviewComputation  *self,
          GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, flow_sql, error);
  const char *names[] = {
    C_("course flow", "New"), C_("course flow", "Closed"), C_("course flow", "Referred on"),
  };
  const BbOverviewLink links[] = {
    { NULL, NULL, NULL },
    { (char *) "courses", (char *) "status", (char *) "closed" },
    { (char *) "courses", (char *) "closing", (char *) "referred-on" },
  };
  BbOverviewCard *card;
  int rc;

  if (stmt == NULL)
    return FALSE;
  card = _bb_overview_month_card (self, "course-flow", _("Courses by month"), _("courses"),
                                  BB_OVERVIEW_CHART_BARS, G_N_ELEMENTS (names), names, links);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    _bb_overview_set_month_values (card, _bb_overview_month_index (self, (const char *) sqlite3_column_text (stmt, 0)),
                                   stmt);
  if (!_bb_overview_check_done (self, rc, error))
    {
      bb_overview_card_free (card);
      return FALSE;
    }
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

const char * const *
_bb_overview_course_statements (void)
{
  static const char * const statements[] = {
    status_sql, flow_sql, waits_sql, waits_by_month_sql, conversations_sql, against_plan_sql, NULL,
  };

  return statements;
}

gboolean
_bb_overview_add_course_cards (BbOverviewComputation  *self,
                               GError                **error)
{
  return add_status (self, error) && add_flow (self, error);
}

/* ---- waiting ------------------------------------------------------------- */

static double
waiting_target (BbOverviewComputation *self)
{
  return self->filter->waiting_target_days > 0 ? self->filter->waiting_target_days : NAN;
}

/* Days waited and how many courses waited them, ascending. */
typedef struct
{
  double days;
  double courses;
} Wait;

/* The middle of @waits, or the mean of the middle two; NAN for none. */
static double
median_of (GArray *waits)
{
  double total = 0, seen = 0, lower = NAN;

  for (guint i = 0; i < waits->len; i++)
    total += g_array_index (waits, Wait, i).courses;
  if (total == 0)
    return NAN;

  /* 1-based, the middle rows are (total + 1) / 2 and (total + 2) / 2. */
  for (guint i = 0; i < waits->len; i++)
    {
      const Wait *wait = &g_array_index (waits, Wait, i);

      seen += wait->courses;
      if (isnan (lower) && seen >= floor ((total + 1) / 2))
        lower = wait->days;
      if (seen >= floor ((total + 2) / 2))
        return (lower + wait->days) / 2;
    }

  return lower;
}

static gboolean
add_waiting (BbOverviewComputation  *self,
             GError                **error)
{
  static const char * const longer_than[] = { NULL, "7", "14", "30", "60" };
  static const double upper[] = { 7, 14, 30, 60, G_MAXDOUBLE };
  const char *labels[] = {
    /* Translators: days of waiting, a bar of a chart. */
    _("0–7 days"), _("8–14 days"), _("15–30 days"), _("31–60 days"), _("Over 60 days"),
  };
  const char *none = _("No first conversation for the courses begun in this period");
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, waits_sql, error);
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (Wait));
  double counts[G_N_ELEMENTS (labels)] = { 0 }, total = 0;
  BbOverviewSeries *series;
  BbOverviewCard *median, *distribution;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Wait wait = { sqlite3_column_double (stmt, 0), sqlite3_column_double (stmt, 1) };
      guint bucket = 0;

      g_array_append_val (waits, wait);
      while (wait.days > upper[bucket])
        bucket++;
      counts[bucket] += wait.courses;
      total += wait.courses;
    }
  if (!_bb_overview_check_done (self, rc, error))
    return FALSE;

  median = bb_overview_card_new ("waiting-median", _("Median wait for the first conversation"), _("days"),
                                 BB_OVERVIEW_CHART_NUMBERS);
  median->target = waiting_target (self);
  if (total == 0)
    median->empty_text = g_strdup (none);
  else
    {
      bb_overview_series_add_point (bb_overview_card_add_series (median, _("Median")), _("Median"),
                                    median_of (waits), NULL);
      bb_overview_series_add_point (bb_overview_card_add_series (median, _("Courses counted")),
                                    _("Courses counted"), total, NULL);
    }
  bb_overview_add_card (self->overview, median);

  distribution = bb_overview_card_new ("waiting-distribution", _("Wait for the first conversation"),
                                       _("courses"), BB_OVERVIEW_CHART_BARS);
  series = bb_overview_card_add_series (distribution, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      BbOverviewLink link = { (char *) "courses", (char *) "waiting-longer-than", (char *) longer_than[i] };

      bb_overview_series_add_point (series, labels[i], counts[i], longer_than[i] != NULL ? &link : NULL);
    }
  if (total == 0)
    distribution->empty_text = g_strdup (none);
  bb_overview_add_card (self->overview, distribution);
  return TRUE;
}

static void
add_trend_point (BbOverviewSeries *series,
                 const char       *month,
                 GArray           *waits)
{
  g_autofree char *label = NULL;

  if (month == NULL || waits->len == 0)
    return;
  label = _bb_overview_month_label (month);
  bb_overview_series_add_keyed_point (series, month, label, median_of (waits), NULL);
  g_array_set_size (waits, 0);
}

static gboolean
add_waiting_trend (BbOverviewComputation  *self,
                   GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, waits_by_month_sql, error);
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (Wait));
  g_autofree char *month = NULL;
  BbOverviewSeries *series;
  BbOverviewCard *card;
  int rc;

  if (stmt == NULL)
    return FALSE;

  /* Only the months with a wait to tell: a month without is no wait of 0 days. */
  card = bb_overview_card_new ("waiting-trend", _("Median wait by month of first contact"), _("days"),
                               BB_OVERVIEW_CHART_LINE);
  card->target = waiting_target (self);
  series = bb_overview_card_add_series (card, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *row_month = (const char *) sqlite3_column_text (stmt, 0);
      Wait wait = { sqlite3_column_double (stmt, 1), sqlite3_column_double (stmt, 2) };

      if (g_strcmp0 (row_month, month) != 0)
        {
          add_trend_point (series, month, waits);
          g_free (month);
          month = g_strdup (row_month);
        }
      g_array_append_val (waits, wait);
    }
  add_trend_point (series, month, waits);
  if (!_bb_overview_check_done (self, rc, error))
    {
      bb_overview_card_free (card);
      return FALSE;
    }
  if (series->points->len == 0)
    card->empty_text = g_strdup (_("No first conversation for the courses begun in these months"));
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

/* ---- conversations ------------------------------------------------------- */

static gboolean
add_conversations (BbOverviewComputation  *self,
                   GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, conversations_sql, error);
  double counts[MANY_CONVERSATIONS + 1] = { 0 };
  BbOverviewSeries *series;
  BbOverviewCard *card;
  int last = -1, rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n = CLAMP (sqlite3_column_int (stmt, 0), 0, MANY_CONVERSATIONS);

      counts[n] = sqlite3_column_double (stmt, 1);
      last = MAX (last, n);
    }
  if (!_bb_overview_check_done (self, rc, error))
    return FALSE;

  card = bb_overview_card_new ("conversations-distribution", _("Advisory conversations per closed course"),
                               _("courses"), BB_OVERVIEW_CHART_BARS);
  series = bb_overview_card_add_series (card, NULL);
  /* Every count from none to the highest, so the bars stand on a scale. */
  for (int n = 0; n <= last; n++)
    {
      g_autofree char *value = n == MANY_CONVERSATIONS ? g_strdup_printf ("%d+", n) : g_strdup_printf ("%d", n);
      BbOverviewLink link = { (char *) "courses", (char *) "conversations", value };

      bb_overview_series_add_keyed_point (series, value, value, counts[n], &link);
    }
  if (last < 0)
    card->empty_text = g_strdup (_("No closed courses in this period"));
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

static gboolean
add_against_plan (BbOverviewComputation  *self,
                  GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, against_plan_sql, error);
  const char *labels[] = { _("Fewer than planned"), _("As planned"), _("More than planned") };
  BbOverviewSeries *series;
  BbOverviewCard *card;
  double total;
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _bb_overview_check_done (self, rc, error);

  card = bb_overview_card_new ("conversations-against-plan", _("Conversations against the planned number"),
                               "%", BB_OVERVIEW_CHART_BARS);
  total = sqlite3_column_double (stmt, 0);
  if (total == 0)
    card->empty_text = g_strdup (_("No closed courses with a planned number of conversations in this period"));
  else
    {
      series = bb_overview_card_add_series (card, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        bb_overview_series_add_point (series, labels[i], 100.0 * sqlite3_column_double (stmt, 1 + i) / total,
                                      NULL);
    }
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

gboolean
_bb_overview_add_waiting_cards (BbOverviewComputation  *self,
                                GError                **error)
{
  return add_waiting (self, error) && add_waiting_trend (self, error) && add_conversations (self, error) &&
         add_against_plan (self, error);
}
