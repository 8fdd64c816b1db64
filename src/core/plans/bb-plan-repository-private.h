/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of the plan repository: bb-plan-repository.c (plans, stages,
 * creating from a template), -rows.c (the rows of every section, ratings,
 * measurements), -copy.c (duplicate, carry over) and -exchange.c (the JSON file). */

#include "bb-plan-private.h"
#include "bb-plan-repository.h"
#include "bb-sql.h"

G_BEGIN_DECLS

struct _BbPlanRepository
{
  GObject     parent_instance;

  BbDatabase *database;
  GPtrArray  *templates;
};

#define BB_PLAN_GONE _("The plan no longer exists. It may have been deleted in another window.")

/* Work done inside one transaction (a savepoint when one is open already). */
typedef gboolean (*BbPlanWork) (BbPlanRepository  *self,
                                gpointer           data,
                                GError           **error);
gboolean  _bb_plan_repository_transact      (BbPlanRepository     *self,
                                             BbPlanWork            work,
                                             gpointer              data,
                                             GError              **error);

/* The clock's today as YYYY-MM-DD into @buffer (at least 11 bytes). */
void      _bb_plan_repository_today         (BbPlanRepository     *self,
                                             char                 *buffer);
/* Marks the plan modified now and notes "plans"; NOT_FOUND when it is gone. */
gboolean  _bb_plan_repository_touch         (BbPlanRepository     *self,
                                             gint64                plan_id,
                                             GError              **error);
/* Inserts @plan (id 0) as it is: no stage event when @with_stage_event is not set. */
gboolean  _bb_plan_repository_insert_plan   (BbPlanRepository     *self,
                                             BbPlan               *plan,
                                             gboolean              with_stage_event,
                                             GError              **error);

/* Adds a stage event and makes the plan's stage the latest one's. */
gboolean  _bb_plan_repository_add_stage_event (BbPlanRepository   *self,
                                               gint64              plan_id,
                                               BbPlanStage         stage,
                                               const char         *date,
                                               GError            **error);

/* The rows of @kind of @owner_id (a plan, or an element, indicator or trial). */
GPtrArray *_bb_plan_rows_list               (BbPlanRepository     *self,
                                             const BbPlanRowKind  *kind,
                                             gint64                owner_id,
                                             GError              **error);
/* Checks and inserts (id 0, filling it) or updates @record, touching its plan. */
gboolean  _bb_plan_rows_save                (BbPlanRepository     *self,
                                             const BbPlanRowKind  *kind,
                                             gpointer              record,
                                             GError              **error);
gboolean  _bb_plan_rows_delete              (BbPlanRepository     *self,
                                             const BbPlanRowKind  *kind,
                                             gint64                id,
                                             GError              **error);

/* A plan's rows to another plan (a duplicate, an imported file): each record of
 * @records (of @kind) is inserted under @owner_id with its links renumbered through
 * @ids (row kind → GHashTable of old id → new id), where its own new id is noted
 * too. A link to a row not in @ids fails with BB_PLAN_ERROR_FILE. @records' ids are
 * left as they were. */
gboolean  _bb_plan_rows_insert_copies       (BbPlanRepository     *self,
                                             const BbPlanRowKind  *kind,
                                             GPtrArray            *records,
                                             gint64                owner_id,
                                             GHashTable           *ids,
                                             GError              **error);
/* The map of _bb_plan_rows_insert_copies (). */
GHashTable *_bb_plan_row_ids_new            (void);
void      _bb_plan_row_ids_note             (GHashTable           *ids,
                                             const BbPlanRowKind  *kind,
                                             gint64                old_id,
                                             gint64                new_id);
gint64    _bb_plan_row_ids_lookup           (GHashTable           *ids,
                                             const BbPlanRowKind  *kind,
                                             gint64                old_id);

G_END_DECLS
