/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "bb-plan-repository.h"

G_BEGIN_DECLS

/* The whole plan for its steering group, on A4 pages in the UI language: a title
 * page, the contents with page numbers, every section as tables, the fidelity of
 * each core element over time and each indicator's curve against its target, "Page
 * N of M" at the foot. Laid out once when made; a print operation then draws its
 * pages one by one. */
typedef struct _BbPlanReport BbPlanReport;

/* Reads the plan @plan_id and lays it out; BB_DATABASE_ERROR_NOT_FOUND for an
 * unknown id. */
BbPlanReport *bb_plan_report_new          (BbPlanRepository  *plans,
                                           gint64             plan_id,
                                           GError           **error);
void          bb_plan_report_free         (BbPlanReport      *self);
/* The plan's title, for a print job. */
const char   *bb_plan_report_get_title    (BbPlanReport      *self);
guint         bb_plan_report_get_n_pages  (BbPlanReport      *self);
/* Draws page @page (from 0) of BB_REPORT_A4_WIDTH × BB_REPORT_A4_HEIGHT points at
 * the origin of @cr; a print operation scales @cr to its paper first. */
void          bb_plan_report_draw_page    (BbPlanReport      *self,
                                           cairo_t           *cr,
                                           guint              page);

/* Writes the plan's PDF to @file (replaced only once it is complete). */
gboolean      bb_plan_report_write        (BbPlanRepository  *plans,
                                           gint64             plan_id,
                                           GFile             *file,
                                           GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbPlanReport, bb_plan_report_free)

G_END_DECLS
