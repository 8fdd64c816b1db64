/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The courses' cards: status now, the flow by month, waiting time and conversations.
 * A course is counted for its responsible adviser. The period's bounds are both
 * included; dates compare as text. Apart from the status, the cards are made of two
 * passes, one over the courses begun in the trends' months and one over those
 * ended in them, each a range of an index that holds what it reads. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bb-course-enums.h"
#include "bb-overview-repository-private.h"

/* courses.waiting_days from the columns it is made of: SQLite reads the table for a
 * generated column, and from these the indexes alone answer. NULL without a first
 * conversation. */
#define WAIT "CAST (julianday (c.first_conversation) - julianday (c.first_contact) AS INTEGER)"

static const char status_sql[] =
  "SELECT c.status, count (*) FROM courses c WHERE 1@ GROUP BY c.status";

/* Every course begun in the trends' months (?3, the first of them, is never after
 * the period's first day), by day of first contact and its wait: the new courses of
 * each month, and the waits of the period and of each month, in one range of
 * courses_by_first_contact_wait (0015-course-scores.sql) grouped in its order. */
static const char starts_sql[] =
  "SELECT c.first_contact, " WAIT ", count (*) FROM courses c"
  " WHERE c.first_contact BETWEEN ?3 AND ?2@"
  " GROUP BY c.first_contact, c.first_conversation";

/* Every course ended (closed or not admitted) in the trends' months, by what the
 * cards count of it: the ended and referred on of each month, and for the courses
 * closed in the period their conversations, against the plan too; grouped in the
 * order of courses_by_closing (0013-overview-figures.sql). */
static const char ends_sql[] =
  "SELECT c.closed_date, c.status, c.closing_reason, c.conversations, c.planned_conversations, count (*)"
  "  FROM courses c"
  " WHERE c.closed_date BETWEEN ?3 AND ?2@"
  " GROUP BY 1, 2, 3, 4, 5";

/* Ten and more share a bar. */
#define MANY_CONVERSATIONS 10

/* Days waited and how many courses waited them. */
typedef struct
{
  double days;
  double courses;
} Wait;

/* What the two passes find, for the cards made of them. */
typedef struct
{
  /* "course-flow", its values filled in. */
  BbOverviewCard *flow;
  /* Wait: of the courses begun in the period; per trend month (a GArray each). */
  GArray         *waits;
  GPtrArray      *month_waits;
  double          conversations[MANY_CONVERSATIONS + 1];
  int             most_conversations;
  /* Closed in the period with a planned number: all, fewer, as planned, more. */
  double          against_plan[4];
} CourseFigures;

static void
course_figures_clear (CourseFigures *figures)
{
  g_clear_pointer (&figures->flow, bb_overview_card_free);
  g_clear_pointer (&figures->waits, g_array_unref);
  g_clear_pointer (&figures->month_waits, g_ptr_array_unref);
}

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
      g_autoptr(BbOverviewLink) link = _bb_overview_course_link (self, "status", bb_course_status_to_key (status),
                                                                 NULL);

      bb_overview_series_add_keyed_point (series, bb_course_status_to_key (status),
                                          bb_course_status_get_label (status), counts[status], link);
      total += counts[status];
    }
  if (total == 0)
    card->empty_text = g_strdup (_("No courses"));
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

/* ---- the two passes ------------------------------------------------------ */

static int
compare_waits (gconstpointer a,
               gconstpointer b)
{
  double x = ((const Wait *) a)->days, y = ((const Wait *) b)->days;

  return (x > y) - (x < y);
}

static void
add_to_month (BbOverviewCard *card,
              guint           series,
              int             month,
              double          courses)
{
  BbOverviewSeries *s = g_ptr_array_index (card->series, series);

  if (month >= 0)
    ((BbOverviewPoint *) g_ptr_array_index (s->points, month))->value += courses;
}

static gboolean
read_starts (BbOverviewComputation  *self,
             CourseFigures          *figures,
             GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, starts_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *day = (const char *) sqlite3_column_text (stmt, 0);
      int month = _bb_overview_month_index (self, day);
      Wait wait = { sqlite3_column_double (stmt, 1), sqlite3_column_double (stmt, 2) };

      add_to_month (figures->flow, 0, month, wait.courses);
      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
        continue;
      if (g_strcmp0 (day, self->filter->from) >= 0)
        g_array_append_val (figures->waits, wait);
      if (month >= 0)
        g_array_append_val (g_ptr_array_index (figures->month_waits, month), wait);
    }
  return _bb_overview_check_done (self, rc, error);
}

static gboolean
read_ends (BbOverviewComputation  *self,
           CourseFigures          *figures,
           GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, ends_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *day = (const char *) sqlite3_column_text (stmt, 0);
      const char *status = (const char *) sqlite3_column_text (stmt, 1);
      int held = sqlite3_column_int (stmt, 3), planned = sqlite3_column_int (stmt, 4);
      double courses = sqlite3_column_double (stmt, 5);
      int month = _bb_overview_month_index (self, day);

      /* Referred on: closed for that reason, or not admitted (and so referred on). */
      add_to_month (figures->flow, 1, month, courses);
      if (g_strcmp0 (status, "not-admitted") == 0 ||
          g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "referred-on") == 0)
        add_to_month (figures->flow, 2, month, courses);

      if (g_strcmp0 (day, self->filter->from) < 0 || g_strcmp0 (status, "closed") != 0)
        continue;
      figures->conversations[CLAMP (held, 0, MANY_CONVERSATIONS)] += courses;
      figures->most_conversations = MAX (figures->most_conversations, CLAMP (held, 0, MANY_CONVERSATIONS));
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        {
          figures->against_plan[0] += courses;
          figures->against_plan[held < planned ? 1 : held == planned ? 2 : 3] += courses;
        }
    }
  return _bb_overview_check_done (self, rc, error);
}

static gboolean
read_figures (BbOverviewComputation  *self,
              CourseFigures          *figures,
              GError                **error)
{
  const char *names[] = {
    C_("course flow", "New"), C_("course flow", "Closed"), C_("course flow", "Referred on"),
  };
  /* Ended: closed or not admitted, so by the closing day alone. */
  const BbOverviewMonthLink links[] = {
    { "first-contact", NULL, NULL },
    { "closed", NULL, NULL },
    { "closed", "outcome", "referred-on-or-not-admitted" },
  };

  figures->flow = _bb_overview_month_card (self, "course-flow", _("Courses by month"), _("courses"),
                                           BB_OVERVIEW_CHART_BARS, G_N_ELEMENTS (names), names, links);
  figures->waits = g_array_new (FALSE, FALSE, sizeof (Wait));
  figures->month_waits = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < self->months->len; i++)
    g_ptr_array_add (figures->month_waits, g_array_new (FALSE, FALSE, sizeof (Wait)));
  figures->most_conversations = -1;

  if (!read_starts (self, figures, error) || !read_ends (self, figures, error))
    return FALSE;

  /* The median walks the waits in order. */
  g_array_sort (figures->waits, compare_waits);
  for (guint i = 0; i < figures->month_waits->len; i++)
    g_array_sort (g_ptr_array_index (figures->month_waits, i), compare_waits);
  return TRUE;
}

/* ---- waiting ------------------------------------------------------------- */

static double
waiting_target (BbOverviewComputation *self)
{
  return self->filter->waiting_target_days > 0 ? self->filter->waiting_target_days : NAN;
}

/* The middle of @waits (ascending), or the mean of the middle two; NAN for none. */
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

static void
add_waiting (BbOverviewComputation *self,
             const CourseFigures   *figures)
{
  /* Each bar's range of days, both as the courses view's filters; the last bar has
   * no upper bound, but counts only the courses that had the conversation. */
  static const char * const longer_than[] = { NULL, "7", "14", "30", "60" };
  static const char * const at_most[] = { "7", "14", "30", "60", NULL };
  static const double upper[] = { 7, 14, 30, 60, G_MAXDOUBLE };
  const char *labels[] = {
    /* Translators: days of waiting, a bar of a chart. */
    _("0–7 days"), _("8–14 days"), _("15–30 days"), _("31–60 days"), _("Over 60 days"),
  };
  const char *none = _("No first conversation for the courses begun in this period");
  double counts[G_N_ELEMENTS (labels)] = { 0 }, total = 0;
  BbOverviewSeries *series;
  BbOverviewCard *median, *distribution;

  for (guint i = 0; i < figures->waits->len; i++)
    {
      const Wait *wait = &g_array_index (figures->waits, Wait, i);
      guint bucket = 0;

      while (wait->days > upper[bucket])
        bucket++;
      counts[bucket] += wait->courses;
      total += wait->courses;
    }

  median = bb_overview_card_new ("waiting-median", _("Median wait for the first conversation"), _("days"),
                                 BB_OVERVIEW_CHART_NUMBERS);
  median->target = waiting_target (self);
  if (total == 0)
    median->empty_text = g_strdup (none);
  else
    {
      /* Both figures are of the courses begun in the period that had the conversation. */
      g_autoptr(BbOverviewLink) counted = _bb_overview_course_link (self, "first-contact-from", self->filter->from,
                                                                    "first-contact-to", self->filter->to,
                                                                    "first-conversation", "held", NULL);

      bb_overview_series_add_point (bb_overview_card_add_series (median, _("Median")), _("Median"),
                                    median_of (figures->waits), counted);
      bb_overview_series_add_point (bb_overview_card_add_series (median, _("Courses counted")),
                                    _("Courses counted"), total, counted);
    }
  bb_overview_add_card (self->overview, median);

  distribution = bb_overview_card_new ("waiting-distribution", _("Wait for the first conversation"),
                                       _("courses"), BB_OVERVIEW_CHART_BARS);
  series = bb_overview_card_add_series (distribution, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autoptr(BbOverviewLink) link = _bb_overview_course_link (self, "first-contact-from", self->filter->from,
                                                                 "first-contact-to", self->filter->to,
                                                                 "first-conversation", "held",
                                                                 "waiting-longer-than", longer_than[i],
                                                                 "waiting-at-most", at_most[i], NULL);

      bb_overview_series_add_point (series, labels[i], counts[i], link);
    }
  if (total == 0)
    distribution->empty_text = g_strdup (none);
  bb_overview_add_card (self->overview, distribution);
}

static void
add_waiting_trend (BbOverviewComputation *self,
                   const CourseFigures   *figures)
{
  BbOverviewSeries *series;
  BbOverviewCard *card;

  /* Only the months with a wait to tell: a month without is no wait of 0 days. */
  card = bb_overview_card_new ("waiting-trend", _("Median wait by month of first contact"), _("days"),
                               BB_OVERVIEW_CHART_LINE);
  card->target = waiting_target (self);
  series = bb_overview_card_add_series (card, NULL);
  for (guint i = 0; i < self->months->len; i++)
    {
      const char *month = g_ptr_array_index (self->months, i);
      GArray *waits = g_ptr_array_index (figures->month_waits, i);
      g_autofree char *label = NULL;

      if (waits->len == 0)
        continue;
      label = _bb_overview_month_label (month);
      bb_overview_series_add_keyed_point (series, month, label, median_of (waits), NULL);
    }
  if (series->points->len == 0)
    card->empty_text = g_strdup (_("No first conversation for the courses begun in these months"));
  bb_overview_add_card (self->overview, card);
}

/* ---- conversations ------------------------------------------------------- */

static void
add_conversations (BbOverviewComputation *self,
                   const CourseFigures   *figures)
{
  BbOverviewSeries *series;
  BbOverviewCard *card;

  card = bb_overview_card_new ("conversations-distribution", _("Advisory conversations per closed course"),
                               _("courses"), BB_OVERVIEW_CHART_BARS);
  series = bb_overview_card_add_series (card, NULL);
  /* Every count from none to the highest, so the bars stand on a scale. */
  for (int n = 0; n <= figures->most_conversations; n++)
    {
      g_autofree char *value = n == MANY_CONVERSATIONS ? g_strdup_printf ("%d+", n) : g_strdup_printf ("%d", n);
      g_autoptr(BbOverviewLink) link = _bb_overview_course_link (self, "status", "closed",
                                                                 "closed-from", self->filter->from,
                                                                 "closed-to", self->filter->to,
                                                                 "conversations", value, NULL);

      bb_overview_series_add_keyed_point (series, value, value, figures->conversations[n], link);
    }
  if (figures->most_conversations < 0)
    card->empty_text = g_strdup (_("No closed courses in this period"));
  bb_overview_add_card (self->overview, card);
}

static void
add_against_plan (BbOverviewComputation *self,
                  const CourseFigures   *figures)
{
  const char *labels[] = { _("Fewer than planned"), _("As planned"), _("More than planned") };
  double total = figures->against_plan[0];
  BbOverviewSeries *series;
  BbOverviewCard *card;

  card = bb_overview_card_new ("conversations-against-plan", _("Conversations against the planned number"),
                               "%", BB_OVERVIEW_CHART_BARS);
  if (total == 0)
    card->empty_text = g_strdup (_("No closed courses with a planned number of conversations in this period"));
  else
    {
      series = bb_overview_card_add_series (card, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        bb_overview_series_add_point (series, labels[i], 100.0 * figures->against_plan[1 + i] / total, NULL);
    }
  bb_overview_add_card (self->overview, card);
}

const char * const *
_bb_overview_course_statements (void)
{
  static const char * const statements[] = { status_sql, starts_sql, ends_sql, NULL };

  return statements;
}

gboolean
_bb_overview_add_course_cards (BbOverviewComputation  *self,
                               GError                **error)
{
  CourseFigures figures = { NULL };
  gboolean ok = add_status (self, error) && read_figures (self, &figures, error);

  if (ok)
    {
      bb_overview_add_card (self->overview, g_steal_pointer (&figures.flow));
      add_waiting (self, &figures);
      add_waiting_trend (self, &figures);
      add_conversations (self, &figures);
      add_against_plan (self, &figures);
    }
  course_figures_clear (&figures);
  return ok;
}
