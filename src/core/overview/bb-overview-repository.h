/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-database.h"
#include "bb-overview.h"

G_BEGIN_DECLS

/* The overview's SQL: every figure a GROUP BY over indexed columns, never a table
 * loaded to be counted in C. Reads only (the access log is not written: counts say
 * nothing about any young person). */
#define BB_TYPE_OVERVIEW_REPOSITORY (bb_overview_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbOverviewRepository, bb_overview_repository, BB, OVERVIEW_REPOSITORY, GObject)

BbOverviewRepository *bb_overview_repository_new      (BbDatabase             *database);

/* Every card of bb-overview.h, in the order the view shows them. */
BbOverview           *bb_overview_repository_compute  (BbOverviewRepository   *self,
                                                       const BbOverviewFilter *filter,
                                                       GCancellable           *cancellable,
                                                       GError                **error);
/* The same on a connection of its own in a worker thread (bb_database_run_job_async),
 * so the window never waits; a newer call cancels nothing by itself: the caller
 * cancels the older one. */
void                  bb_overview_repository_compute_async  (BbOverviewRepository   *self,
                                                             const BbOverviewFilter *filter,
                                                             GCancellable           *cancellable,
                                                             GAsyncReadyCallback     callback,
                                                             gpointer                user_data);
BbOverview           *bb_overview_repository_compute_finish (BbOverviewRepository   *self,
                                                             GAsyncResult           *result,
                                                             GError                **error);

/* The SQL the computation runs itself, as for every adviser (the tilbudsvifte's
 * coverage and staleness are the offer repository's): for a benchmark's floor. The
 * statements bind ?1 the period's first day, ?2 its last, ?3 the first day of the
 * trends' first month, ?4 today and ?5 the keys of the instruments with a reliable
 * change as a JSON array. Free with g_strfreev (). */
char                **bb_overview_repository_list_statements (void);

G_END_DECLS
