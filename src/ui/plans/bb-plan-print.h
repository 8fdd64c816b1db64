/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "bb-plan-report.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_PRINT (bb_plan_print_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanPrint, bb_plan_print, BB, PLAN_PRINT, GtkPrintOperation)

/* Prints the plan's report (taken) page by page; run it with gtk_print_operation_run ().
 * The print dialog's "Print to File" writes the same pages as the PDF. */
BbPlanPrint *bb_plan_print_new (BbPlanReport *report);

G_END_DECLS
