/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The courses' figures by calendar month, for a plan's indicators and figure files, and
 * the totals under the course list, counted in a worker thread. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bb-course-repository-private.h"

/* Each counts the courses of one event by the month it fell in, over the stored
 * figures (first_conversation, waiting_days and conversations are brought up to today
 * by the catch-up), each reading an index from the period's first day (see
 * 0012-course-month-figures.sql). ?1 the first day of the first month, ?2 the first
 * day after the last, ?3 the adviser; "@" is where the adviser's condition goes. */
static const char started_sql[] =
  "SELECT substr (c.first_contact, 1, 7), count (*) FROM courses c"
  " WHERE c.first_contact >= ?1 AND c.first_contact < ?2@"
  " GROUP BY 1";

/* The median is the middle row of each month, or the mean of the middle two. */
static const char waited_sql[] =
  "SELECT month, count (*), avg (CASE WHEN n BETWEEN (total + 1) / 2 AND (total + 2) / 2 THEN v END)"
  "  FROM (SELECT substr (c.first_conversation, 1, 7) AS month, c.waiting_days AS v,"
  "               row_number () OVER (PARTITION BY substr (c.first_conversation, 1, 7)"
  "                                   ORDER BY c.waiting_days) AS n,"
  "               count (*) OVER (PARTITION BY substr (c.first_conversation, 1, 7)) AS total"
  "          FROM courses c"
  "         WHERE c.first_conversation >= ?1 AND c.first_conversation < ?2@)"
  " GROUP BY month";

/* Handed over as BbCourseTotals counts it. The period by day numbers, which
 * courses_open begins with. */
static const char ended_sql[] =
  "SELECT substr (c.closed_date, 1, 7), count (*), avg (c.conversations),"
  "       avg (c.onward_offer_title != ''"
  "            OR EXISTS (SELECT 1 FROM handovers h WHERE h.course_id = c.id AND h.state != 'suggested')),"
  "       avg (EXISTS (SELECT 1 FROM course_status_events e"
  "                     WHERE e.course_id = c.id AND e.status = 'follow-up')),"
  "       total (c.status = 'closed'),"
  "       avg (c.closing_reason = 'goals-reached') FILTER (WHERE c.status = 'closed')"
  "  FROM courses c"
  " WHERE c.closed_day >= CAST (julianday (?1) AS INTEGER) AND c.closed_day < CAST (julianday (?2) AS INTEGER)@"
  " GROUP BY 1";

#define ADVISER_CONDITION \
  " AND (c.adviser_id = ?3 OR c.id IN (SELECT course_id FROM course_staff WHERE adviser_id = ?3))"

typedef enum
{
  COUNT_STARTED,
  COUNT_WAITED,
  COUNT_ENDED,
} Count;

/* Months as a number, so a row finds its place in the array. */
static gboolean
parse_month (const char *text,
             int        *number)
{
  guint64 year, month;
  g_auto(GStrv) parts = NULL;

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  parts = g_strsplit (text, "-", 2);
  if (!g_ascii_string_to_unsigned (parts[0], 10, 1900, 9999, &year, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL))
    return FALSE;

  *number = (int) year * 12 + (int) month - 1;
  return TRUE;
}

static char *
format_month (int  number,
              int  day)
{
  return day > 0 ? g_strdup_printf ("%04d-%02d-%02d", number / 12, number % 12 + 1, day)
                 : g_strdup_printf ("%04d-%02d", number / 12, number % 12 + 1);
}

static double
column_or_nan (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, column);
}

static gboolean
count_months (BbCourseRepository  *self,
              Count                count,
              int                  first,
              const char          *from_day,
              const char          *after_day,
              gint64               adviser_id,
              GPtrArray           *months,
              GError             **error)
{
  static const char * const statements[] = { started_sql, waited_sql, ended_sql };
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autoptr(GString) sql = g_string_new (statements[count]);
  int rc;

  g_string_replace (sql, "@", adviser_id > 0 ? ADVISER_CONDITION : "", 1);
  stmt = bb_database_prepare_cached (self->database, g_intern_string (sql->str), error);
  if (stmt == NULL)
    return FALSE;

  bb_sql_bind_text (stmt, 1, from_day);
  bb_sql_bind_text (stmt, 2, after_day);
  sqlite3_bind_int64 (stmt, 3, adviser_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BbMonthFigures *figures;
      int number;

      if (!parse_month ((const char *) sqlite3_column_text (stmt, 0), &number) ||
          number < first || (guint) (number - first) >= months->len)
        continue;

      figures = g_ptr_array_index (months, number - first);
      switch (count)
        {
        case COUNT_STARTED:
          figures->started = sqlite3_column_int (stmt, 1);
          break;

        case COUNT_WAITED:
          figures->waited = sqlite3_column_int (stmt, 1);
          figures->waiting_median = column_or_nan (stmt, 2);
          break;

        case COUNT_ENDED:
          figures->ended = sqlite3_column_int (stmt, 1);
          figures->conversations_mean = column_or_nan (stmt, 2);
          figures->share_handed_over = column_or_nan (stmt, 3);
          figures->share_follow_up = column_or_nan (stmt, 4);
          figures->closed = sqlite3_column_int (stmt, 5);
          figures->share_goals_reached = column_or_nan (stmt, 6);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  return TRUE;
}

GPtrArray *
bb_course_repository_list_month_figures (BbCourseRepository  *self,
                                         const char          *from_month,
                                         const char          *to_month,
                                         gint64               adviser_id,
                                         GError             **error)
{
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_month_figures_free);
  g_autofree char *from_day = NULL;
  g_autofree char *after_day = NULL;
  int first, last;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  if (!parse_month (from_month, &first) || !parse_month (to_month, &last))
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   _("A month is written as a year and a month, for example 2026-03."));
      return NULL;
    }
  if (last < first)
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   _("The period ends in %s, before it begins in %s."), to_month, from_month);
      return NULL;
    }

  for (int number = first; number <= last; number++)
    {
      g_autofree char *month = format_month (number, 0);

      g_ptr_array_add (months, bb_month_figures_new (month));
    }

  if (!_bb_course_repository_catch_up (self, error))
    return NULL;

  from_day = format_month (first, 1);
  after_day = format_month (last + 1, 1);
  for (Count count = COUNT_STARTED; count <= COUNT_ENDED; count++)
    if (!count_months (self, count, first, from_day, after_day, adviser_id, months, error))
      return NULL;

  return g_steal_pointer (&months);
}

/* ---- the totals of a list, off the main thread ------------------------ */

typedef struct
{
  BbCourseQuery  query;
  char          *search;
  BbCourseTotals totals;
} TotalsJob;

static void
totals_job_free (TotalsJob *job)
{
  g_free (job->search);
  g_free (job);
}

static int
on_totals_progress (void *cancellable)
{
  /* A newer query's totals are wanted instead: stop reading. */
  return g_cancellable_is_cancelled (cancellable);
}

static gboolean
run_totals_job (BbDatabase    *connection,
                gpointer       job_data,
                GCancellable  *cancellable,
                GError       **error)
{
  TotalsJob *job = job_data;

  if (cancellable != NULL)
    sqlite3_progress_handler (bb_database_get_handle (connection), 1000, on_totals_progress, cancellable);
  return _bb_course_repository_count_totals_on (connection, &job->query, &job->totals, error);
}

static void
on_totals_counted (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BbCourseRepository *self = g_task_get_source_object (task);
  TotalsJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (bb_database_run_job_finish (BB_DATABASE (source), result, &error))
    g_task_return_boolean (task, TRUE);
  /* No second connection (a database open for reading only, or in memory): here. */
  else if (!g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      g_clear_error (&error);
      if (bb_course_repository_count_totals (self, &job->query, &job->totals, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
bb_course_repository_count_totals_async (BbCourseRepository  *self,
                                         const BbCourseQuery *query,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  TotalsJob *job;

  g_return_if_fail (BB_IS_COURSE_REPOSITORY (self));
  g_return_if_fail (query != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bb_course_repository_count_totals_async);
  job = g_new0 (TotalsJob, 1);
  job->query = *query;
  job->search = g_strdup (query->search);
  job->query.search = job->search;
  g_task_set_task_data (task, job, (GDestroyNotify) totals_job_free);

  /* The job's connection reads the figures as this one left them. */
  if (!_bb_course_repository_catch_up (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* The job's data lives as long as the task, which waits for the job. */
  bb_database_run_job_async (self->database, run_totals_job, job, NULL, cancellable, on_totals_counted,
                             g_steal_pointer (&task));
}

gboolean
bb_course_repository_count_totals_finish (BbCourseRepository  *self,
                                          GAsyncResult        *result,
                                          BbCourseTotals      *totals,
                                          GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (totals != NULL, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  *totals = ((TotalsJob *) g_task_get_task_data (G_TASK (result)))->totals;
  return TRUE;
}
