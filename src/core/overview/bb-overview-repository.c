/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The overview's computation: its period and months, the statements' bindings, and
 * the run on a worker thread. The cards' SQL is in the files beside this one. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-course-repository.h"
#include "bb-overview-repository-private.h"

/* The trends show at least this many months, so a month's overview has a curve. */
#define TREND_MONTHS 6

struct _BbOverviewRepository
{
  GObject     parent_instance;

  BbDatabase *database;
};

G_DEFINE_FINAL_TYPE (BbOverviewRepository, bb_overview_repository, G_TYPE_OBJECT)

/* ---- for the cards --------------------------------------------------------- */

/* "@" on courses "c"; "#" on hand-overs "h", so that without an adviser they are
 * counted without reading their courses; "$" on course_scores "s", which holds its
 * course's adviser. */
#define ADVISER_CONDITION " AND c.adviser_id = ?9"
#define HANDOVER_ADVISER_CONDITION " AND h.course_id IN (SELECT a.id FROM courses a WHERE a.adviser_id = ?9)"
#define SCORES_ADVISER_CONDITION " AND s.adviser_id = ?9"

BbCachedStatement *
_bb_overview_prepare (BbOverviewComputation  *self,
                      const char             *sql,
                      GError                **error)
{
  g_autoptr(GString) text = g_string_new (sql);
  BbCachedStatement *stmt;

  g_string_replace (text, "@", self->filter->adviser_id > 0 ? ADVISER_CONDITION : "", 0);
  g_string_replace (text, "#", self->filter->adviser_id > 0 ? HANDOVER_ADVISER_CONDITION : "", 0);
  g_string_replace (text, "$", self->filter->adviser_id > 0 ? SCORES_ADVISER_CONDITION : "", 0);
  stmt = bb_database_prepare_cached (self->database, g_intern_string (text->str), error);
  if (stmt == NULL)
    return NULL;

  /* A statement binds only the parameters it names. */
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    {
      const char *name = sqlite3_bind_parameter_name (stmt, i);

      if (name == NULL)
        continue;
      if (strcmp (name, "?1") == 0)
        bb_sql_bind_text (stmt, i, self->filter->from);
      else if (strcmp (name, "?2") == 0)
        bb_sql_bind_text (stmt, i, self->filter->to);
      else if (strcmp (name, "?3") == 0)
        bb_sql_bind_text (stmt, i, self->trend_from);
      else if (strcmp (name, "?4") == 0)
        bb_sql_bind_text (stmt, i, self->today);
      else if (strcmp (name, "?9") == 0)
        sqlite3_bind_int64 (stmt, i, self->filter->adviser_id);
    }

  return stmt;
}

BbOverviewLink *
_bb_overview_course_link (BbOverviewComputation *self,
                          const char            *first_filter,
                          ...)
{
  BbOverviewLink *link;
  va_list filters;

  va_start (filters, first_filter);
  link = bb_overview_link_new_valist ("courses", self->filter->adviser_id, first_filter, filters);
  va_end (filters);

  return link;
}

static BbOverviewLink *
month_link (BbOverviewComputation     *self,
            const char                *month,
            const BbOverviewMonthLink *link)
{
  g_autofree char *from_key = g_strconcat (link->dates, "-from", NULL);
  g_autofree char *to_key = g_strconcat (link->dates, "-to", NULL);
  char from[16], to[16];
  GDate last;

  /* The trends' months begin on the 1st; the last one ends with the period. */
  g_snprintf (from, sizeof from, "%.7s-01", month);
  g_date_clear (&last, 1);
  _bb_overview_parse_day (from, &last);
  g_date_add_months (&last, 1);
  g_date_subtract_days (&last, 1);
  g_date_strftime (to, sizeof to, "%Y-%m-%d", &last);
  if (strcmp (to, self->filter->to) > 0)
    g_strlcpy (to, self->filter->to, sizeof to);

  return _bb_overview_course_link (self, from_key, from, to_key, to, link->filter, link->value, NULL);
}

int
_bb_overview_month_index (BbOverviewComputation *self,
                          const char            *month)
{
  for (guint i = 0; month != NULL && i < self->months->len; i++)
    if (strncmp (g_ptr_array_index (self->months, i), month, 7) == 0)
      return (int) i;

  return -1;
}

BbOverviewCard *
_bb_overview_month_card (BbOverviewComputation     *self,
                         const char                *id,
                         const char                *title,
                         const char                *unit,
                         BbOverviewChartKind        kind,
                         guint                      n_series,
                         const char * const        *names,
                         const BbOverviewMonthLink *links)
{
  BbOverviewCard *card = bb_overview_card_new (id, title, unit, kind);

  for (guint s = 0; s < n_series; s++)
    {
      BbOverviewSeries *series = bb_overview_card_add_series (card, names[s]);

      for (guint i = 0; i < self->months->len; i++)
        {
          const char *month = g_ptr_array_index (self->months, i);
          g_autofree char *label = _bb_overview_month_label (month);
          g_autoptr(BbOverviewLink) link = links != NULL && links[s].dates != NULL
                                           ? month_link (self, month, &links[s]) : NULL;

          bb_overview_series_add_keyed_point (series, month, label, 0, link);
        }
    }

  return card;
}

gboolean
_bb_overview_check_done (BbOverviewComputation  *self,
                         int                     rc,
                         GError                **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;

  bb_database_set_error (self->database, error);
  return FALSE;
}

/* ---- the computation ---------------------------------------------------------- */

static gboolean
set_up (BbOverviewComputation  *self,
        BbDatabase             *database,
        const BbOverviewFilter *filter,
        GError                **error)
{
  GDate today, from, to, month;

  self->database = database;
  self->filter = filter;

  if (!_bb_overview_parse_day (filter->from, &from) || !_bb_overview_parse_day (filter->to, &to) ||
      g_date_compare (&from, &to) > 0)
    {
      g_set_error_literal (error, BB_OVERVIEW_ERROR, BB_OVERVIEW_ERROR_INVALID,
                           _("A period is two dates, for example 2026-03-01 and 2026-03-31."));
      return FALSE;
    }

  g_date_clear (&today, 1);
  bb_clock_get_today (bb_database_get_clock (database), &today);
  g_date_strftime (self->today, sizeof self->today, "%Y-%m-%d", &today);

  /* The months of the period, or the last TREND_MONTHS of it when it is shorter. */
  g_date_set_dmy (&month, 1, g_date_get_month (&to), g_date_get_year (&to));
  g_date_subtract_months (&month, TREND_MONTHS - 1);
  if (g_date_compare (&from, &month) < 0)
    g_date_set_dmy (&month, 1, g_date_get_month (&from), g_date_get_year (&from));
  g_date_strftime (self->trend_from, sizeof self->trend_from, "%Y-%m-%d", &month);

  self->months = g_ptr_array_new_with_free_func (g_free);
  while (g_date_compare (&month, &to) <= 0)
    {
      char text[16];

      g_date_strftime (text, sizeof text, "%Y-%m", &month);
      g_ptr_array_add (self->months, g_strdup (text));
      g_date_add_months (&month, 1);
    }

  /* Built-in and user-defined instruments judge reliable change; the offer
   * repository knows coverage and staleness; the course repository, made here,
   * brings the courses' figures up to today before anything reads them. */
  self->instruments = bb_instrument_repository_new (database, error);
  if (self->instruments == NULL)
    return FALSE;
  {
    g_autoptr(BbCourseRepository) courses = bb_course_repository_new (database, self->instruments, error);

    if (courses == NULL)
      return FALSE;
  }
  self->offers = bb_offer_repository_new (database, error);
  return self->offers != NULL;
}

static void
tear_down (BbOverviewComputation *self)
{
  g_clear_object (&self->instruments);
  g_clear_object (&self->offers);
  g_clear_pointer (&self->months, g_ptr_array_unref);
  g_clear_pointer (&self->overview, bb_overview_free);
}

static gboolean
look_up_adviser (BbOverviewComputation  *self,
                 GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  if (self->filter->adviser_id <= 0)
    return TRUE;

  stmt = bb_database_prepare_cached (self->database, "SELECT name FROM advisers WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->filter->adviser_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      bb_overview_set_adviser_name (self->overview, (const char *) sqlite3_column_text (stmt, 0));
      return TRUE;
    }
  return _bb_overview_check_done (self, rc, error);
}

static BbOverview *
compute (BbDatabase              *database,
         const BbOverviewFilter  *filter,
         GCancellable            *cancellable,
         GError                 **error)
{
  typedef gboolean (*AddCards) (BbOverviewComputation *self, GError **error);
  static const AddCards parts[] = {
    _bb_overview_add_course_cards,
    _bb_overview_add_outcome_cards,
    _bb_overview_add_catalogue_cards,
    _bb_overview_add_plan_cards,
  };
  BbOverviewComputation self = { NULL };
  BbOverview *overview = NULL;

  if (!set_up (&self, database, filter, error))
    goto out;

  self.overview = bb_overview_new (filter);
  if (!look_up_adviser (&self, error))
    goto out;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_cancellable_set_error_if_cancelled (cancellable, error) || !parts[i] (&self, error))
      goto out;

  overview = g_steal_pointer (&self.overview);

out:
  tear_down (&self);
  return overview;
}

char **
bb_overview_repository_list_statements (void)
{
  const char * const *(*parts[]) (void) = {
    _bb_overview_course_statements, _bb_overview_outcome_statements, _bb_overview_plan_statements,
  };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    for (const char * const *sql = parts[i] (); *sql != NULL; sql++)
      {
        g_autoptr(GString) text = g_string_new (*sql);

        g_string_replace (text, "@", "", 0);
        g_string_replace (text, "#", "", 0);
        g_string_replace (text, "$", "", 0);
        g_strv_builder_add (builder, text->str);
      }

  return g_strv_builder_end (builder);
}

/* ---- the object ---------------------------------------------------------------- */

static void
bb_overview_repository_dispose (GObject *object)
{
  BbOverviewRepository *self = BB_OVERVIEW_REPOSITORY (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_overview_repository_parent_class)->dispose (object);
}

static void
bb_overview_repository_class_init (BbOverviewRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bb_overview_repository_dispose;
}

static void
bb_overview_repository_init (BbOverviewRepository *self)
{
}

BbOverviewRepository *
bb_overview_repository_new (BbDatabase *database)
{
  BbOverviewRepository *self;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self = g_object_new (BB_TYPE_OVERVIEW_REPOSITORY, NULL);
  self->database = g_object_ref (database);

  return self;
}

BbOverview *
bb_overview_repository_compute (BbOverviewRepository    *self,
                                const BbOverviewFilter  *filter,
                                GCancellable            *cancellable,
                                GError                 **error)
{
  g_return_val_if_fail (BB_IS_OVERVIEW_REPOSITORY (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  return compute (self->database, filter, cancellable, error);
}

typedef struct
{
  BbOverviewFilter  filter;
  BbOverview       *overview;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  bb_overview_filter_clear (&job->filter);
  g_clear_pointer (&job->overview, bb_overview_free);
  g_free (job);
}

static gboolean
run_job (BbDatabase    *connection,
         gpointer       data,
         GCancellable  *cancellable,
         GError       **error)
{
  Job *job = data;

  job->overview = compute (connection, &job->filter, cancellable, error);
  return job->overview != NULL;
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  Job *job = g_task_get_task_data (task);

  if (!bb_database_run_job_finish (BB_DATABASE (source), result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&job->overview), (GDestroyNotify) bb_overview_free);
}

void
bb_overview_repository_compute_async (BbOverviewRepository   *self,
                                      const BbOverviewFilter *filter,
                                      GCancellable           *cancellable,
                                      GAsyncReadyCallback     callback,
                                      gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (BB_IS_OVERVIEW_REPOSITORY (self));
  g_return_if_fail (filter != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bb_overview_repository_compute_async);
  job = g_new0 (Job, 1);
  bb_overview_filter_copy (&job->filter, filter);
  g_task_set_task_data (task, job, job_free);

  /* The task owns the job; the worker only fills it. */
  bb_database_run_job_async (self->database, run_job, job, NULL, cancellable, on_job_done,
                             g_steal_pointer (&task));
}

BbOverview *
bb_overview_repository_compute_finish (BbOverviewRepository  *self,
                                       GAsyncResult          *result,
                                       GError               **error)
{
  g_return_val_if_fail (BB_IS_OVERVIEW_REPOSITORY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
