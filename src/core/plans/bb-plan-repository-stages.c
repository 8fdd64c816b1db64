/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The implementation stages a plan goes through, each with the date it began. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-plan-repository-private.h"

/* ---- stages ----------------------------------------------------------- */

typedef struct
{
  gint64       id;
  BbPlanStage  stage;
  const char  *date;
} StageChange;

static gboolean
change_stage (BbPlanRepository  *self,
              gpointer           data,
              GError           **error)
{
  StageChange *change = data;
  g_autoptr(BbCachedStatement) latest = NULL;
  char today[16];
  GDate date;
  int rc;

  if (!_bb_plan_parse_date (change->date, &date))
    {
      g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD."), change->date != NULL ? change->date : "");
      return FALSE;
    }

  _bb_plan_repository_today (self, today);
  if (g_strcmp0 (change->date, today) > 0)
    {
      g_set_error_literal (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                           _("A stage cannot begin after today."));
      return FALSE;
    }

  latest = bb_database_prepare_cached (self->database,
                                       "SELECT max (date) FROM plan_stage_events WHERE plan_id = ?1", error);
  if (latest == NULL)
    return FALSE;

  sqlite3_bind_int64 (latest, 1, change->id);
  rc = sqlite3_step (latest);
  if (rc != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }
  if (g_strcmp0 (change->date, bb_sql_column_text (latest, 0)) < 0)
    {
      g_set_error_literal (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                           _("A stage cannot begin before the one the plan is in."));
      return FALSE;
    }

  return _bb_plan_repository_touch (self, change->id, error) &&
         _bb_plan_repository_add_stage_event (self, change->id, change->stage, change->date, error);
}

gboolean
bb_plan_repository_change_stage (BbPlanRepository  *self,
                                 gint64             id,
                                 BbPlanStage        stage,
                                 const char        *date,
                                 GError           **error)
{
  StageChange change = { id, stage, date };

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), FALSE);
  g_return_val_if_fail ((guint) stage < BB_PLAN_STAGE_COUNT, FALSE);

  return _bb_plan_repository_transact (self, change_stage, &change, error);
}

typedef struct
{
  gint64      event_id;
  const char *date;
} Redating;

static gboolean
redate_stage_event (BbPlanRepository  *self,
                    gpointer           data,
                    GError           **error)
{
  Redating *redating = data;
  g_autoptr(BbCachedStatement) bounds = NULL;
  g_autoptr(BbCachedStatement) update = NULL;
  const char *before, *after;
  char today[16];
  GDate date;

  if (!_bb_plan_parse_date (redating->date, &date))
    {
      g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD."), redating->date != NULL ? redating->date : "");
      return FALSE;
    }

  /* The plan, and the dates of the events on either side. */
  bounds = bb_database_prepare_cached (self->database,
                                       "SELECT e.plan_id,"
                                       "  (SELECT max (o.date) FROM plan_stage_events o WHERE o.plan_id = e.plan_id"
                                       "     AND (o.date < e.date OR (o.date = e.date AND o.id < e.id))),"
                                       "  (SELECT min (o.date) FROM plan_stage_events o WHERE o.plan_id = e.plan_id"
                                       "     AND (o.date > e.date OR (o.date = e.date AND o.id > e.id)))"
                                       " FROM plan_stage_events e WHERE e.id = ?1",
                                       error);
  if (bounds == NULL)
    return FALSE;

  sqlite3_bind_int64 (bounds, 1, redating->event_id);
  if (sqlite3_step (bounds) != SQLITE_ROW)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, BB_PLAN_GONE);
      return FALSE;
    }

  _bb_plan_repository_today (self, today);
  before = bb_sql_column_text (bounds, 1);
  after = bb_sql_column_text (bounds, 2);
  if (g_strcmp0 (redating->date, today) > 0 || (before != NULL && strcmp (redating->date, before) < 0) ||
      (after != NULL && strcmp (redating->date, after) > 0))
    {
      g_set_error_literal (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                           _("A stage cannot begin before the stage before it, after the one after it, "
                             "or after today."));
      return FALSE;
    }

  update = bb_database_prepare_cached (self->database, "UPDATE plan_stage_events SET date = ?2 WHERE id = ?1",
                                       error);
  if (update == NULL)
    return FALSE;

  sqlite3_bind_int64 (update, 1, redating->event_id);
  bb_sql_bind_text (update, 2, redating->date);
  return bb_database_step_done (self->database, update, error) &&
         _bb_plan_repository_touch (self, sqlite3_column_int64 (bounds, 0), error);
}

gboolean
bb_plan_repository_redate_stage_event (BbPlanRepository  *self,
                                       gint64             event_id,
                                       const char        *date,
                                       GError           **error)
{
  Redating redating = { event_id, date };

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), FALSE);

  return _bb_plan_repository_transact (self, redate_stage_event, &redating, error);
}

GPtrArray *
bb_plan_repository_list_stage_events (BbPlanRepository  *self,
                                      gint64             plan_id,
                                      GError           **error)
{
  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), NULL);

  return _bb_plan_rows_list (self, &_bb_plan_kind_stage_event, plan_id, error);
}
