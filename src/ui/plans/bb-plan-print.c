/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-plan-print.h"
#include "bb-report.h"

struct _BbPlanPrint
{
  GtkPrintOperation  parent_instance;

  BbPlanReport      *report;
};

G_DEFINE_FINAL_TYPE (BbPlanPrint, bb_plan_print, GTK_TYPE_PRINT_OPERATION)

/* The report is laid out for A4; on other paper and inside the printer's margins each
 * page is scaled down whole, so it looks the same everywhere. */
static void
bb_plan_print_draw_page (GtkPrintOperation *operation,
                         GtkPrintContext   *context,
                         int                page_nr)
{
  BbPlanPrint *self = BB_PLAN_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale = MIN (width / BB_REPORT_A4_WIDTH, height / BB_REPORT_A4_HEIGHT);

  cairo_save (cr);
  cairo_translate (cr, (width - BB_REPORT_A4_WIDTH * scale) / 2, 0);
  cairo_scale (cr, scale, scale);
  bb_plan_report_draw_page (self->report, cr, page_nr);
  cairo_restore (cr);
}

static void
bb_plan_print_finalize (GObject *object)
{
  BbPlanPrint *self = BB_PLAN_PRINT (object);

  g_clear_pointer (&self->report, bb_plan_report_free);

  G_OBJECT_CLASS (bb_plan_print_parent_class)->finalize (object);
}

static void
bb_plan_print_class_init (BbPlanPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = bb_plan_print_finalize;
  operation_class->draw_page = bb_plan_print_draw_page;
}

static void
bb_plan_print_init (BbPlanPrint *self)
{
}

BbPlanPrint *
bb_plan_print_new (BbPlanReport *report)
{
  BbPlanPrint *self;
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (report != NULL, NULL);

  self = g_object_new (BB_TYPE_PLAN_PRINT, NULL);
  self->report = report;
  operation = GTK_PRINT_OPERATION (self);
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_job_name (operation, bb_plan_report_get_title (report));
  gtk_print_operation_set_n_pages (operation, bb_plan_report_get_n_pages (report));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  return self;
}
