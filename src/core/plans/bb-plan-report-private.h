/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The plan PDF's parts: the page flow (bb-plan-report-pages.c): headings,
 * paragraphs, tables that break across pages with their header repeated, and figures
 * of a fixed height, each page recorded, so the footers ("Page N of M") and the
 * contents are drawn once the number of pages is known and the same pages go to a PDF
 * or to a printer; the report (bb-plan-report.c: what it reads, the title page, the
 * contents, the plan's own sections) and the sections of its rows
 * (bb-plan-report-sections.c). */

#include <cairo.h>
#include <pango/pango.h>

#include "bb-plan-report.h"
#include "bb-plan-repository.h"

G_BEGIN_DECLS

typedef struct
{
  const char *title;
  /* A share of the width of the text, the columns' shares adding up to 1. */
  double      share;
} BbPagerColumn;

typedef void (*BbPagerDrawFunc) (cairo_t  *cr,
                                 double    width,
                                 double    height,
                                 gpointer  user_data);

typedef struct
{
  /* cairo recording surfaces, one per page. */
  GPtrArray           *pages;
  cairo_t             *cr;
  PangoContext        *context;
  double               width;
  double               height;
  double               margin;
  double               top;
  double               bottom;
  double               y;
  /* The table being laid out, whose header a new page repeats. */
  const BbPagerColumn *columns;
  guint                n_columns;
  /* The last figure, for the next to go beside it. */
  double               figure_right;
  double               figure_top;
  double               figure_bottom;
} BbPager;

void     _bb_pager_init        (BbPager              *self,
                                double                width,
                                double                height);
void     _bb_pager_clear       (BbPager              *self);
/* The page being laid out, from 0. */
guint    _bb_pager_get_page    (BbPager              *self);
void     _bb_pager_new_page    (BbPager              *self);
/* The width of the text of a page. */
double   _bb_pager_get_content (BbPager              *self);
/* A heading with room for @keep points of what follows it on the same page. */
void     _bb_pager_heading     (BbPager              *self,
                                const char           *text,
                                double                size,
                                double                keep);
void     _bb_pager_markup      (BbPager              *self,
                                const char           *markup,
                                double                size);
void     _bb_pager_space       (BbPager              *self,
                                double                space);
void     _bb_pager_table_begin (BbPager              *self,
                                const BbPagerColumn  *columns,
                                guint                 n_columns);
/* A row of markup cells, and @detail (NULL for none) across the whole row below them. */
void     _bb_pager_table_row   (BbPager              *self,
                                const char * const   *cells,
                                const char           *detail);
void     _bb_pager_table_end   (BbPager              *self);
/* A figure of @height points across @width (at most the text's width), beside the
 * previous one when @beside and it fits there. */
void     _bb_pager_figure      (BbPager              *self,
                                double                width,
                                double                height,
                                gboolean              beside,
                                BbPagerDrawFunc       draw,
                                gpointer              user_data);
/* Ends the last page and adds "Page N of M" to every page. */
void     _bb_pager_finish      (BbPager              *self);
/* A cairo context on page @page (from 0), for what is drawn once the pages are known. */
cairo_t *_bb_pager_open_page   (BbPager              *self,
                                guint                 page);
/* Draws page @page (from 0) at the origin of @cr. */
void     _bb_pager_draw_page   (BbPager              *self,
                                cairo_t              *cr,
                                guint                 page);

#define TITLE_SIZE 26.0
#define SUBTITLE_SIZE 14.0
#define HEADING_SIZE 15.0
#define SUBHEADING_SIZE 11.0
#define BODY_SIZE 10.0
#define CHART_HEIGHT 130.0

typedef enum
{
  BB_PLAN_REPORT_SECTION_PURPOSE,
  BB_PLAN_REPORT_SECTION_STAGES,
  BB_PLAN_REPORT_SECTION_ELEMENTS,
  BB_PLAN_REPORT_SECTION_FIDELITY,
  BB_PLAN_REPORT_SECTION_CHALLENGES,
  BB_PLAN_REPORT_SECTION_FOCUS_AREAS,
  BB_PLAN_REPORT_SECTION_ACTIVITIES,
  BB_PLAN_REPORT_SECTION_PARTNERS,
  BB_PLAN_REPORT_SECTION_INDICATORS,
  BB_PLAN_REPORT_SECTION_TRIALS,
  BB_PLAN_REPORT_SECTION_COMPETENCE,
  BB_PLAN_REPORT_N_SECTIONS,
} BbPlanReportSection;

struct _BbPlanReport
{
  BbPlan    *plan;
  char       today[16];
  GPtrArray *stages;
  GPtrArray *elements;
  /* GPtrArray of BbFidelityRating per element, of BbMeasurement per indicator and of
   * BbLearningReview per trial, in the order of their owners. */
  GPtrArray *ratings;
  GPtrArray *challenges;
  GPtrArray *focus_areas;
  GPtrArray *activities;
  GPtrArray *partners;
  GPtrArray *indicators;
  GPtrArray *measurements;
  GPtrArray *trials;
  GPtrArray *reviews;
  GPtrArray *events;
  BbPager    pager;
  guint      section_pages[BB_PLAN_REPORT_N_SECTIONS];
};

/* Words: "" for a NULL or empty date; @text escaped ("" for NULL); "<b>Label:</b>
 * value" on a line of its own, or in a run of them with " · " between, ended by
 * end_paragraph (); nothing for an empty value. */
char          *_bb_plan_report_date               (const char             *iso);
char          *_bb_plan_report_escape             (const char             *text);
void           _bb_plan_report_add_field          (GString                *markup,
                                                   const char             *label,
                                                   const char             *value);
void           _bb_plan_report_add_inline_field   (GString                *markup,
                                                   const char             *label,
                                                   const char             *value);
void           _bb_plan_report_end_paragraph      (GString                *markup);
/* The markup, NULL when empty. */
char          *_bb_plan_report_dup_fields         (GString                *markup);
gboolean       _bb_plan_report_is_share           (BbIndicatorKind         kind);
/* A value as the indicator counts it: a share in per cent, else with its unit. */
char          *_bb_plan_report_value_text         (const BbPlanIndicator  *indicator,
                                                   double                  value);
const char    *_bb_plan_report_element_title      (BbPlanReport           *self,
                                                   gint64                  id);
const char    *_bb_plan_report_focus_area_title   (BbPlanReport           *self,
                                                   gint64                  id);
/* The newest measurement of indicator number @indicator, NULL before the first. */
BbMeasurement *_bb_plan_report_latest_measurement (BbPlanReport           *self,
                                                   guint                   indicator);
/* The section's heading, its page noted for the contents. */
void           _bb_plan_report_begin_section      (BbPlanReport           *self,
                                                   BbPlanReportSection     section);
void           _bb_plan_report_say_none           (BbPlanReport           *self,
                                                   const char             *text);

/* bb-plan-report-sections.c */
void           _bb_plan_report_add_activities     (BbPlanReport           *self);
void           _bb_plan_report_add_partners       (BbPlanReport           *self);
void           _bb_plan_report_add_indicators     (BbPlanReport           *self);
void           _bb_plan_report_add_trials         (BbPlanReport           *self);
void           _bb_plan_report_add_competence     (BbPlanReport           *self);

G_END_DECLS
