/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-database.h"

G_BEGIN_DECLS

#define BB_OVERVIEW_ERROR (bb_overview_error_quark ())

typedef enum
{
  /* A period that is not two dates, or ends before it begins. */
  BB_OVERVIEW_ERROR_INVALID,
} BbOverviewError;

GQuark bb_overview_error_quark (void);

/* The overview's figures as data: cards, each one chart of series of labelled
 * values. The view draws them (src/ui/overview), the one-page PDF prints them and
 * the CSV lists them, all from the same BbOverview, so what is read, printed and
 * exported is the same. Computed by SQL in BbOverviewRepository
 * (bb-overview-repository.h); nothing here touches the database. */

typedef enum
{
  BB_OVERVIEW_PERIOD_MONTH,
  BB_OVERVIEW_PERIOD_QUARTER,
  BB_OVERVIEW_PERIOD_YEAR,
  BB_OVERVIEW_PERIOD_CUSTOM,
} BbOverviewPeriodKind;

/* What the figures cover. @from and @to are YYYY-MM-DD, both days included. */
typedef struct
{
  BbOverviewPeriodKind  kind;
  char                 *from;
  char                 *to;
  /* The adviser whose courses are counted (BbAdviser id); 0 for every adviser. */
  gint64                adviser_id;
  /* Days from first contact to first advisory conversation that the service aims
   * for (GSettings "waiting-target-days"); 0 for none. */
  guint                 waiting_target_days;
} BbOverviewFilter;

/* The month, quarter or year holding @today (YYYY-MM-DD); for CUSTOM, @from and
 * @to as given (validated: FALSE with @error when not dates or from > to). */
gboolean          bb_overview_filter_init      (BbOverviewFilter      *filter,
                                                BbOverviewPeriodKind   kind,
                                                const char            *today,
                                                const char            *from,
                                                const char            *to,
                                                GError               **error);
void              bb_overview_filter_clear     (BbOverviewFilter      *filter);
/* Copies @src into @dest (which holds nothing yet), so a filter can go to a thread. */
void              bb_overview_filter_copy      (BbOverviewFilter       *dest,
                                                const BbOverviewFilter *src);
/* The period in words: "March 2026", "1st quarter 2026", "2026", "1 March 2026 – 31 May 2026". */
char             *bb_overview_filter_describe  (const BbOverviewFilter *filter);

typedef enum
{
  /* Bars side by side, one per point; several series are grouped per label. */
  BB_OVERVIEW_CHART_BARS,
  /* A line per series over the points' labels (months). */
  BB_OVERVIEW_CHART_LINE,
  /* One or more headline numbers, no axis: each series' first point. */
  BB_OVERVIEW_CHART_NUMBERS,
} BbOverviewChartKind;

/* Where a click on a point leads: the rows behind it, in their view. The window
 * activates "<view>.show-filtered" with @filters ("a{ss}": filter → value, every
 * other filter of the view reset) on the view called @view ("offers", "courses",
 * "plans").
 *   courses: "status" (BbCourseStatus nick), "closing" (BbClosingReason nick),
 *            "outcome" ("referred-on-or-not-admitted": closed as referred on, or
 *            not admitted), "waiting-longer-than" (days), "waiting-at-most" (days,
 *            of a first conversation held), "first-conversation" ("held"),
 *            "conversations" (count, "N+" for at least N), "handover-offer"
 *            (offer id), "handover-from", "handover-to" (the hand-over's state
 *            date), "handover-state" (BbHandoverState nicks, comma-separated: one
 *            hand-over meets all the handover- keys), "adviser" (adviser id, as
 *            the responsible adviser), "first-contact-from", "first-contact-to",
 *            "closed-from", "closed-to" (YYYY-MM-DD, included);
 *   offers:  "coverage-gap" ("<target group id>:<step id>"), "stale" ("");
 *   plans:   "plan" (plan id), "overdue" ("").
 * A course link carries the overview's adviser and, where the figure depends on
 * it, its period, so the list shows exactly the courses counted. */
typedef struct
{
  char     *view;
  GVariant *filters;
} BbOverviewLink;

/* Pairs of filter and value after @view, NULL-terminated; a pair with a NULL value
 * is left out. */
BbOverviewLink     *bb_overview_link_new        (const char             *view,
                                                 const char             *first_filter,
                                                 ...) G_GNUC_NULL_TERMINATED;
BbOverviewLink     *bb_overview_link_new_valist (const char             *view,
                                                 gint64                  adviser_id,
                                                 const char             *first_filter,
                                                 va_list                 filters);
BbOverviewLink     *bb_overview_link_copy       (const BbOverviewLink   *link);
void                bb_overview_link_free       (BbOverviewLink         *link);
/* The target of win.show-filtered, "(sa{ss})": @view and the filters (floating). */
GVariant           *bb_overview_link_get_target (const BbOverviewLink   *link);
/* The value of @filter, NULL when the link does not set it. */
const char         *bb_overview_link_get        (const BbOverviewLink   *link,
                                                 const char             *filter);

typedef struct
{
  /* Translated: "Waiting", "March 2026", "SDQ". */
  char            *label;
  double           value;
  /* Untranslated, NULL when it has none: the month ("2026-03") of a point of a line,
   * a status or an id: the CSV's key, and the date the PDF's line chart takes. */
  char            *key;
  /* NULL when nothing lies behind it. */
  BbOverviewLink  *link;
} BbOverviewPoint;

typedef struct
{
  /* Translated: "New", "Closed", "Referred on". */
  char       *name;
  /* BbOverviewPoint; every series of a card has the same labels in the same order. */
  GPtrArray  *points;
} BbOverviewSeries;

typedef struct
{
  /* Stable and untranslated: the CSV's first column and the tests' handle.
   * "courses-by-status", "course-flow", "waiting-median", "waiting-distribution",
   * "waiting-trend", "conversations-distribution", "conversations-against-plan",
   * "outcome-improved", "referrals-by-offer", "referrals-by-target-group",
   * "handovers-by-offer", "coverage-gaps", "stale-offers", "plan-activities",
   * "plan-fidelity", "plan-indicators". */
  char                *id;
  char                *title;
  /* The unit of the values, translated ("courses", "days", "%"). */
  char                *unit;
  BbOverviewChartKind  kind;
  /* BbOverviewSeries */
  GPtrArray           *series;
  /* A target line across the chart (the waiting target, a planned number, an
   * indicator's target); NAN for none. */
  double               target;
  /* The chart in words, numbers included, for a screen reader and for the PDF's
   * reader without colour: "Courses by status: Waiting 12, Advisory conversations
   * 30, …". Made by bb_overview_card_describe (). */
  char                *summary;
  /* Said when there is nothing to draw ("No closed courses in this period"); NULL
   * when there is. */
  char                *empty_text;
} BbOverviewCard;

typedef struct _BbOverview BbOverview;

BbOverview         *bb_overview_new             (const BbOverviewFilter *filter);
void                bb_overview_free            (BbOverview             *self);
const BbOverviewFilter *bb_overview_get_filter  (BbOverview             *self);
/* The name of the filter's adviser, NULL for every adviser (set by the repository). */
const char         *bb_overview_get_adviser_name (BbOverview            *self);
void                bb_overview_set_adviser_name (BbOverview            *self,
                                                  const char            *name);
guint               bb_overview_get_n_cards     (BbOverview             *self);
BbOverviewCard     *bb_overview_get_card        (BbOverview             *self,
                                                 guint                   index);
/* NULL when no card has @id. */
BbOverviewCard     *bb_overview_lookup_card     (BbOverview             *self,
                                                 const char             *id);
/* Takes @card; sets its summary when it has none. */
void                bb_overview_add_card        (BbOverview             *self,
                                                 BbOverviewCard         *card);

BbOverviewCard     *bb_overview_card_new        (const char             *id,
                                                 const char             *title,
                                                 const char             *unit,
                                                 BbOverviewChartKind     kind);
void                bb_overview_card_free       (BbOverviewCard         *card);
/* Adds a series named @name (NULL for a card's only series) and returns it. */
BbOverviewSeries   *bb_overview_card_add_series (BbOverviewCard         *card,
                                                 const char             *name);
/* @link may be NULL; it is copied. */
void                bb_overview_series_add_point (BbOverviewSeries      *series,
                                                  const char            *label,
                                                  double                 value,
                                                  const BbOverviewLink  *link);
/* The same with an untranslated @key (see BbOverviewPoint). */
void                bb_overview_series_add_keyed_point (BbOverviewSeries *series,
                                                        const char       *key,
                                                        const char       *label,
                                                        double            value,
                                                        const BbOverviewLink *link);
char               *bb_overview_card_describe   (const BbOverviewCard   *card);

/* The figures as CSV: card,series,label,value,unit — one row per point, after a
 * first block of rows "period",from,to and "adviser",id; cells guarded against
 * formulas, written 0600 through a temporary file (bb-file.h). */
gboolean            bb_overview_write_csv       (BbOverview             *self,
                                                 GFile                  *file,
                                                 GError                **error);
/* The overview on one A4 page (landscape), charts drawn by src/core/reports. */
gboolean            bb_overview_write_pdf       (BbOverview             *self,
                                                 const char             *municipality,
                                                 GFile                  *file,
                                                 GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbOverview, bb_overview_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbOverviewCard, bb_overview_card_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbOverviewLink, bb_overview_link_free)

G_END_DECLS
