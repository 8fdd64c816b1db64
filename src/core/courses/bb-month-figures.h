/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The figures of the courses for one calendar month: counts and medians only — no
 * names, birth dates, ids or free text — so they can leave the adviser's machine as
 * a figure file for a project leader's plan. Medians and means are NAN and shares
 * NAN when the month has no course to count them over.
 *
 * - waited, waiting_median: courses whose first advisory conversation was held in
 *   the month, and their median wait in days from the first contact (the definition
 *   of bb-course-repository.h);
 * - ended: courses closed or not admitted in the month; conversations_mean: advisory
 *   conversations held per ended course; share_handed_over: of the ended, those
 *   handed over (BbCourseTotals.handed_over); share_follow_up: of the ended, those
 *   that were in follow-up at some time; share_goals_reached: of those closed (not
 *   "not admitted") in the month, those closed with the reason goals reached;
 * - started: courses whose first contact falls in the month. */
typedef struct
{
  /* YYYY-MM */
  char   *month;
  guint   started;
  guint   waited;
  double  waiting_median;
  guint   ended;
  double  conversations_mean;
  double  share_handed_over;
  double  share_follow_up;
  guint   closed;
  double  share_goals_reached;
} BbMonthFigures;

#define BB_TYPE_MONTH_FIGURES (bb_month_figures_get_type ())
GType           bb_month_figures_get_type (void) G_GNUC_CONST;
BbMonthFigures *bb_month_figures_new      (const char           *month);
BbMonthFigures *bb_month_figures_copy     (const BbMonthFigures *figures);
void            bb_month_figures_free     (BbMonthFigures       *figures);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbMonthFigures, bb_month_figures_free)

/* A figure file: JSON, the months' figures and what they were counted over (the
 * period, the adviser's name when one was chosen, the date of the export), written
 * 0600 and replaced whole. Reading refuses anything that is not such a file, and any
 * key that is not a figure (so no name or note can come in by one). Reading gives
 * BbMonthFigures by month; @adviser, when not NULL, gets the adviser's name or NULL.
 * @exported is the day of the export (the clock's today, YYYY-MM-DD), or NULL. */
gboolean   bb_figure_file_write (GFile        *file,
                                 GPtrArray    *months,
                                 const char   *adviser,
                                 const char   *exported,
                                 GError      **error);
GPtrArray *bb_figure_file_read  (GFile        *file,
                                 char        **adviser,
                                 GError      **error);

G_END_DECLS
