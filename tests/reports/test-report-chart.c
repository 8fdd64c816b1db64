/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <math.h>
#include <string.h>

#include "bb-report-chart.h"

#define WIDTH 400
#define HEIGHT 200

static BbReportChart *
make_who5_chart (void)
{
  BbReportChart *chart = bb_report_chart_new ("WHO-5", 0, 100);

  bb_report_chart_add_threshold (chart, 50, FALSE, 1, "Poor well-being");
  bb_report_chart_add_threshold (chart, 28, FALSE, 2, "Likely depression");
  bb_report_chart_set_reliable_change (chart, 24, 10, "Reliable change");
  /* Out of order on purpose: the chart sorts by date. */
  bb_report_chart_add_point (chart, "2026-03-01", 60, BB_REPORT_CHART_MARK_BETTER);
  bb_report_chart_add_point (chart, "2026-01-10", 24, BB_REPORT_CHART_MARK_CUTOFF);
  bb_report_chart_add_point (chart, "2026-02-01", 44, BB_REPORT_CHART_MARK_CUTOFF);

  return chart;
}

static cairo_surface_t *
draw (BbReportChart *chart)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  bb_report_chart_draw (chart, cr, WIDTH, HEIGHT, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static GPtrArray *
items_of_kind (BbReportChart         *chart,
               BbReportChartItemKind  kind)
{
  GPtrArray *items = bb_report_chart_get_items (chart);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i++)
    if (((BbReportChartItem *) g_ptr_array_index (items, i))->kind == kind)
      g_ptr_array_add (found, g_ptr_array_index (items, i));

  return found;
}

/* The y of a value on the plot, from the axis labels the chart drew for its range. */
static double
y_of (BbReportChart *chart,
      double         value)
{
  g_autoptr(GPtrArray) labels = items_of_kind (chart, BB_REPORT_CHART_ITEM_AXIS_LABEL);
  double top = NAN, bottom = NAN;

  for (guint i = 0; i < labels->len; i++)
    {
      BbReportChartItem *item = g_ptr_array_index (labels, i);

      if (g_strcmp0 (item->text, "100") == 0)
        top = item->y0;
      else if (g_strcmp0 (item->text, "0") == 0)
        bottom = item->y0;
    }
  g_assert_false (isnan (top));
  g_assert_false (isnan (bottom));

  return bottom - value / 100.0 * (bottom - top);
}

static void
test_chart_thresholds (void)
{
  g_autoptr(BbReportChart) chart = make_who5_chart ();
  cairo_surface_t *surface = draw (chart);
  g_autoptr(GPtrArray) thresholds = items_of_kind (chart, BB_REPORT_CHART_ITEM_THRESHOLD);
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_assert_cmpuint (thresholds->len, ==, 2);
  for (guint i = 0; i < thresholds->len; i++)
    {
      BbReportChartItem *item = g_ptr_array_index (thresholds, i);
      double expected = i == 0 ? 50 : 28;
      guint32 pixel;
      int x, y;

      g_assert_cmpfloat (item->value, ==, expected);
      g_assert_cmpfloat_with_epsilon (item->y0, y_of (chart, expected), 0.01);
      g_assert_true (strstr (item->text, i == 0 ? "50 Poor well-being" : "28 Likely depression"));
      g_assert_cmpfloat (item->x1 - item->x0, >, WIDTH / 2);

      /* The line is there in the warning colour (orange: red above blue), on the
       * first dash. */
      x = (int) item->x0 + 1;
      y = (int) item->y0;
      pixel = *(const guint32 *) (data + y * stride + x * 4);
      g_assert_cmpuint ((pixel >> 16) & 0xff, >, (pixel & 0xff) + 60);
    }

  /* 28 lies below 50 on the screen. */
  g_assert_cmpfloat (((BbReportChartItem *) thresholds->pdata[1])->y0, >,
                     ((BbReportChartItem *) thresholds->pdata[0])->y0);

  cairo_surface_destroy (surface);
}

static void
test_chart_points_and_bands (void)
{
  g_autoptr(BbReportChart) chart = make_who5_chart ();
  cairo_surface_t *surface = draw (chart);
  g_autoptr(GPtrArray) points = items_of_kind (chart, BB_REPORT_CHART_ITEM_POINT);
  g_autoptr(GPtrArray) bands = items_of_kind (chart, BB_REPORT_CHART_ITEM_BAND);
  BbReportChartItem *first, *last, *change = NULL;

  g_assert_cmpuint (bb_report_chart_get_n_points (chart), ==, 3);
  g_assert_cmpuint (points->len, ==, 3);
  first = points->pdata[0];
  last = points->pdata[2];
  g_assert_cmpstr (first->text, ==, "2026-01-10");
  g_assert_cmpint (first->mark, ==, BB_REPORT_CHART_MARK_CUTOFF);
  g_assert_cmpstr (last->text, ==, "2026-03-01");
  g_assert_cmpint (last->mark, ==, BB_REPORT_CHART_MARK_BETTER);
  g_assert_cmpfloat (first->x0, <, ((BbReportChartItem *) points->pdata[1])->x0);
  g_assert_cmpfloat (((BbReportChartItem *) points->pdata[1])->x0, <, last->x0);
  g_assert_cmpfloat_with_epsilon (first->y0, y_of (chart, 24), 0.01);
  g_assert_cmpfloat_with_epsilon (last->y0, y_of (chart, 60), 0.01);

  /* Each cut-off's side is shaded down to the bottom; the reliable-change band is
   * ± 10 round the first score. */
  g_assert_cmpuint (bands->len, ==, 3);
  for (guint i = 0; i < bands->len; i++)
    {
      BbReportChartItem *band = bands->pdata[i];

      if (band->text != NULL)
        change = band;
      else
        g_assert_cmpfloat_with_epsilon (band->y1, y_of (chart, 0), 0.01);
    }
  g_assert_nonnull (change);
  g_assert_cmpfloat_with_epsilon (change->y0, y_of (chart, 34), 0.01);
  g_assert_cmpfloat_with_epsilon (change->y1, y_of (chart, 14), 0.01);

  cairo_surface_destroy (surface);
}

static void
test_chart_above_and_clamped (void)
{
  g_autoptr(BbReportChart) chart = bb_report_chart_new ("SDQ", 0, 40);
  cairo_surface_t *surface;
  g_autoptr(GPtrArray) bands = NULL;
  g_autoptr(GPtrArray) points = NULL;
  BbReportChartItem *band;

  bb_report_chart_add_threshold (chart, 16, TRUE, 1, "Borderline");
  bb_report_chart_add_point (chart, "2026-03-15", 52, BB_REPORT_CHART_MARK_NONE);
  surface = draw (chart);

  /* An "at or above" cut-off shades up to the top; a value beyond the range stays on
   * the plot; one point stands in the middle. */
  bands = items_of_kind (chart, BB_REPORT_CHART_ITEM_BAND);
  g_assert_cmpuint (bands->len, ==, 1);
  band = bands->pdata[0];
  g_assert_cmpfloat (band->y0, <, band->y1);
  points = items_of_kind (chart, BB_REPORT_CHART_ITEM_POINT);
  g_assert_cmpfloat (((BbReportChartItem *) points->pdata[0])->y0, ==, band->y0);
  g_assert_cmpfloat_with_epsilon (((BbReportChartItem *) points->pdata[0])->x0,
                                  (band->x0 + band->x1) / 2, 0.01);

  cairo_surface_destroy (surface);
}

static void
test_chart_describe (void)
{
  g_autoptr(BbReportChart) chart = make_who5_chart ();
  g_autofree char *text = bb_report_chart_describe (chart);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, 7);
  g_assert_cmpstr (lines[0], ==, "WHO-5, from 0 to 100");
  g_assert_cmpstr (lines[1], ==, "10 January 2026: 24 (meets a cut-off)");
  g_assert_cmpstr (lines[2], ==, "1 February 2026: 44 (meets a cut-off)");
  g_assert_cmpstr (lines[3], ==, "1 March 2026: 60 (reliably better)");
  g_assert_cmpstr (lines[4], ==, "Cut-off 50: Poor well-being");
  g_assert_cmpstr (lines[5], ==, "Cut-off 28: Likely depression");
  g_assert_cmpstr (lines[6], ==, "Reliable change: 10 points");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/report-chart/thresholds", test_chart_thresholds);
  g_test_add_func ("/report-chart/points-and-bands", test_chart_points_and_bands);
  g_test_add_func ("/report-chart/above-and-clamped", test_chart_above_and_clamped);
  g_test_add_func ("/report-chart/describe", test_chart_describe);

  return g_test_run ();
}
