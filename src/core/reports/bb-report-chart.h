/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* How a point is marked besides its dot: flags. */
typedef enum
{
  BB_REPORT_CHART_MARK_NONE = 0,
  /* The value meets a clinical cut-off: a ring round the dot. */
  BB_REPORT_CHART_MARK_CUTOFF = 1 << 0,
  /* A reliable change from the first value: a triangle up (better) or down (worse). */
  BB_REPORT_CHART_MARK_BETTER = 1 << 1,
  BB_REPORT_CHART_MARK_WORSE = 1 << 2,
} BbReportChartMark;

/* What bb_report_chart_draw () drew, in the coordinates of the cairo context it drew
 * on: for tests, and for a widget that shows a tooltip over a point. */
typedef enum
{
  BB_REPORT_CHART_ITEM_POINT,
  /* A cut-off: the line across (x0, y0)–(x1, y0) with its label. */
  BB_REPORT_CHART_ITEM_THRESHOLD,
  /* The shading of a cut-off's side, or the reliable-change band: x0, y0 – x1, y1. */
  BB_REPORT_CHART_ITEM_BAND,
  /* A number or date on an axis. */
  BB_REPORT_CHART_ITEM_AXIS_LABEL,
  /* The target: the line across (x0, y0)–(x1, y0) with its label. */
  BB_REPORT_CHART_ITEM_TARGET,
} BbReportChartItemKind;

typedef struct
{
  BbReportChartItemKind  kind;
  double                 x0, y0, x1, y1;
  /* The value it stands for (a point's or a line's), and its text. */
  double                 value;
  char                  *text;
  BbReportChartMark      mark;
} BbReportChartItem;

/* Colours as cairo takes them, so a widget can pass its style's (light or dark, the
 * accent) and a page the printed ones. */
typedef struct
{
  double r, g, b, a;
} BbReportChartColor;

typedef struct
{
  BbReportChartColor foreground;
  BbReportChartColor muted;
  BbReportChartColor accent;
  /* The cut-offs and the marks on the points meeting them. */
  BbReportChartColor warning;
  /* What the chart is drawn on: behind the cut-offs' labels. */
  BbReportChartColor background;
} BbReportChartColors;

/* A line chart of dated values over a fixed y range, with horizontal cut-offs
 * (a labelled line, the side that meets it shaded more the more severe it is), a
 * reliable-change band and marks on the points: an outcome measure over a course.
 * Cairo only, so the course page, the plan PDF and the overview draw it alike. */
typedef struct _BbReportChart BbReportChart;

BbReportChart *bb_report_chart_new            (const char               *title,
                                               double                    y_min,
                                               double                    y_max);
void           bb_report_chart_free           (BbReportChart            *self);
/* @date is YYYY-MM-DD; points may come in any order. */
void           bb_report_chart_add_point      (BbReportChart            *self,
                                               const char               *date,
                                               double                    value,
                                               BbReportChartMark         mark);
/* A cut-off at @value: @above TRUE when scores at or above it meet it (SDQ), FALSE
 * when scores at or below it do (WHO-5). @severity 1 or 2. */
void           bb_report_chart_add_threshold  (BbReportChart            *self,
                                               double                    value,
                                               gboolean                  above,
                                               int                       severity,
                                               const char               *label);
/* The band ± @change round @value (the first score) inside which a later score is no
 * reliable change. */
void           bb_report_chart_set_reliable_change (BbReportChart       *self,
                                                    double               value,
                                                    double               change,
                                                    const char          *label);
/* The value the curve should reach (an indicator's target): a dashed line across,
 * labelled at its left end with @label (or the value), nothing shaded. NAN for none. */
void           bb_report_chart_set_target     (BbReportChart            *self,
                                               double                    value,
                                               const char               *label);
void           bb_report_chart_set_colors     (BbReportChart            *self,
                                               const BbReportChartColors *colors);
/* Draws the chart into the rectangle 0, 0 – @width, @height of @cr, with @font
 * (a Pango font description string, NULL for "Sans 9"). */
void           bb_report_chart_draw           (BbReportChart            *self,
                                               cairo_t                  *cr,
                                               double                    width,
                                               double                    height,
                                               const char               *font);
/* BbReportChartItem records of the last draw, owned by the chart. */
GPtrArray     *bb_report_chart_get_items      (BbReportChart            *self);
guint          bb_report_chart_get_n_points   (BbReportChart            *self);
/* The chart as text, a line each: the title, every value with its date in order
 * (and its mark), then the cut-offs, the target and the reliable change; for screen
 * readers and for a table beside the printed chart. */
char          *bb_report_chart_describe       (BbReportChart            *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbReportChart, bb_report_chart_free)

G_END_DECLS
