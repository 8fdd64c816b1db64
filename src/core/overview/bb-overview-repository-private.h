/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The overview's SQL, a file per part of the program it counts: the courses
 * (bb-overview-repository-courses.c), the tilbudsvifte (-catalogue.c) and the plans
 * (-plans.c), each adding its cards to one computation. */

#include "bb-instrument-repository.h"
#include "bb-offer-repository.h"
#include "bb-overview-private.h"
#include "bb-overview-repository.h"
#include "bb-sql.h"

G_BEGIN_DECLS

/* One computation, on the connection it runs on. The statements bind ?1 the
 * period's first day, ?2 its last, ?3 the first day of the first month of the
 * trends (at least the six months up to the period's end), ?4 today, ?9 the adviser. */
typedef struct
{
  BbDatabase             *database;
  const BbOverviewFilter *filter;
  BbOverview             *overview;
  BbInstrumentRepository *instruments;
  BbOfferRepository      *offers;
  char                    today[16];
  char                    trend_from[16];
  /* The trends' months, "YYYY-MM", oldest first. */
  GPtrArray              *months;
} BbOverviewComputation;

/* @sql with "@" replaced by the adviser's condition on courses "c", "#" by the
 * same on hand-overs "h" and "$" on course_scores "s" (or nothing for every
 * adviser), prepared once per connection, with ?1–?4 and ?9 bound. */
BbCachedStatement *_bb_overview_prepare           (BbOverviewComputation  *self,
                                                   const char             *sql,
                                                   GError                **error);
/* A link to the courses view with the pairs of filter and value (NULL-terminated)
 * and the overview's adviser when it has one. */
BbOverviewLink    *_bb_overview_course_link       (BbOverviewComputation  *self,
                                                   const char             *first_filter,
                                                   ...) G_GNUC_NULL_TERMINATED;

/* What a month card's points of a series link to, month by month: the courses
 * whose @dates ("first-contact", "closed") fall in the month (as far as the period
 * goes), with @filter = @value as well unless @filter is NULL. A NULL @dates for
 * no link. */
typedef struct
{
  const char *dates;
  const char *filter;
  const char *value;
} BbOverviewMonthLink;

/* The index of @month ("YYYY-MM") in the trends' months, or -1. */
int                _bb_overview_month_index       (BbOverviewComputation  *self,
                                                   const char             *month);
/* A card whose points are the trends' months, one series per name of @names, every
 * value 0 (NULL-terminated @names; a NULL first name for a single unnamed series). */
BbOverviewCard    *_bb_overview_month_card        (BbOverviewComputation  *self,
                                                   const char             *id,
                                                   const char             *title,
                                                   const char             *unit,
                                                   BbOverviewChartKind     kind,
                                                   guint                   n_series,
                                                   const char * const     *names,
                                                   const BbOverviewMonthLink *links);
/* FALSE with @error set from the connection unless @rc is SQLITE_DONE. */
gboolean           _bb_overview_check_done        (BbOverviewComputation  *self,
                                                   int                     rc,
                                                   GError                **error);

/* Each part's statements, NULL-terminated, for bb_overview_repository_list_statements (). */
const char * const *_bb_overview_course_statements  (void);
const char * const *_bb_overview_outcome_statements (void);
const char * const *_bb_overview_plan_statements    (void);

gboolean           _bb_overview_add_course_cards    (BbOverviewComputation  *self,
                                                     GError                **error);
gboolean           _bb_overview_add_outcome_cards   (BbOverviewComputation  *self,
                                                     GError                **error);
gboolean           _bb_overview_add_catalogue_cards (BbOverviewComputation  *self,
                                                     GError                **error);
gboolean           _bb_overview_add_plan_cards      (BbOverviewComputation  *self,
                                                     GError                **error);

G_END_DECLS
