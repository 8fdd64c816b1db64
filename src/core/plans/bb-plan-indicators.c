/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Indicators filled from the work itself: the courses here, or an adviser's figure
 * file. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bb-plan-indicators.h"

double
bb_month_figures_get_value (const BbMonthFigures *figures,
                            BbIndicatorKind       kind)
{
  g_return_val_if_fail (figures != NULL, NAN);

  switch (kind)
    {
    case BB_INDICATOR_WAITING_MEDIAN:
      return figures->waited > 0 ? figures->waiting_median : NAN;
    case BB_INDICATOR_CONVERSATIONS_PER_COURSE:
      return figures->ended > 0 ? figures->conversations_mean : NAN;
    case BB_INDICATOR_SHARE_HANDED_OVER:
      return figures->ended > 0 ? figures->share_handed_over : NAN;
    case BB_INDICATOR_SHARE_FOLLOW_UP:
      return figures->ended > 0 ? figures->share_follow_up : NAN;
    case BB_INDICATOR_SHARE_GOALS_REACHED:
      return figures->closed > 0 ? figures->share_goals_reached : NAN;
    case BB_INDICATOR_MANUAL:
    default:
      return NAN;
    }
}

/* The repository reads indicators by plan only, so the plan is looked for; plans
 * are few. */
static BbPlanIndicator *
find_indicator (BbPlanRepository  *plans,
                gint64             indicator_id,
                GError           **error)
{
  BbPlanQuery query = BB_PLAN_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;

  query.include_archived = TRUE;
  ids = bb_plan_repository_query_ids (plans, &query, error);
  if (ids == NULL)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GPtrArray) indicators = bb_plan_repository_list_indicators (plans, g_array_index (ids, gint64, i),
                                                                            error);

      if (indicators == NULL)
        return NULL;
      for (guint j = 0; j < indicators->len; j++)
        {
          BbPlanIndicator *indicator = g_ptr_array_index (indicators, j);

          if (indicator->id == indicator_id)
            return bb_plan_indicator_copy (indicator);
        }
    }

  g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                       _("The indicator no longer exists. It may have been deleted in another window."));
  return NULL;
}

static gboolean
check_kind (const BbPlanIndicator  *indicator,
            GError                **error)
{
  if (indicator->kind != BB_INDICATOR_MANUAL)
    return TRUE;

  g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
               _("The indicator “%s” is typed in; only a figure of the courses can be computed or imported."),
               indicator->name);
  return FALSE;
}

/**
 * bb_plan_indicator_compute:
 * @plans: the plans
 * @courses: the courses here
 * @indicator_id: a course-figure indicator
 * @from_month: the first month, YYYY-MM
 * @to_month: the last month, YYYY-MM
 * @error: return location for an error
 *
 * Returns: %TRUE when the indicator was filled
 */
gboolean
bb_plan_indicator_compute (BbPlanRepository    *plans,
                           BbCourseRepository  *courses,
                           gint64               indicator_id,
                           const char          *from_month,
                           const char          *to_month,
                           GError             **error)
{
  g_autoptr(BbPlanIndicator) indicator = NULL;
  g_autoptr(GPtrArray) months = NULL;

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (plans), FALSE);
  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (courses), FALSE);

  indicator = find_indicator (plans, indicator_id, error);
  if (indicator == NULL || !check_kind (indicator, error))
    return FALSE;

  months = bb_course_repository_list_month_figures (courses, from_month, to_month, indicator->adviser_id, error);
  if (months == NULL)
    return FALSE;

  return bb_plan_repository_fill_indicator (plans, indicator_id, months, BB_MEASUREMENT_COURSES, error);
}

/**
 * bb_plan_indicator_import_figures:
 * @plans: the plans
 * @indicator_id: a course-figure indicator
 * @figure_file: a file of bb_figure_file_write ()
 * @error: return location for an error
 *
 * Returns: %TRUE when the indicator was filled
 */
gboolean
bb_plan_indicator_import_figures (BbPlanRepository  *plans,
                                  gint64             indicator_id,
                                  GFile             *figure_file,
                                  GError           **error)
{
  g_autoptr(BbPlanIndicator) indicator = NULL;
  g_autoptr(GPtrArray) months = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (plans), FALSE);
  g_return_val_if_fail (G_IS_FILE (figure_file), FALSE);

  indicator = find_indicator (plans, indicator_id, error);
  if (indicator == NULL || !check_kind (indicator, error))
    return FALSE;

  months = bb_figure_file_read (figure_file, NULL, &local_error);
  if (months == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (figure_file);

      g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_FILE, _("Cannot read the figure file “%s”: %s"), name,
                   local_error->message);
      return FALSE;
    }

  return bb_plan_repository_fill_indicator (plans, indicator_id, months, BB_MEASUREMENT_FIGURE_FILE, error);
}
