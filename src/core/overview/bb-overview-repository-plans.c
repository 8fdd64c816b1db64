/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plans' cards, over the active plans (not archived): activities done and
 * overdue today, each core element's fidelity month by month, and the indicators
 * with a target against their latest measurement in the period. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bb-overview-repository-private.h"
#include "bb-plan-enums.h"

#define ACTIVE_PLANS " p.status = 'active' AND p.archived = 0"

/* Overdue as bb_plan_activity_is_overdue () says: not done or cancelled, and due
 * before today. */
static const char activities_sql[] =
  "SELECT p.id, p.title, total (a.status = 'done'),"
  "       total (a.status NOT IN ('done', 'cancelled') AND a.due_date < ?4)"
  "  FROM plans p LEFT JOIN plan_activities a ON a.plan_id = p.id"
  " WHERE" ACTIVE_PLANS
  " GROUP BY p.id ORDER BY p.sort_key, p.id";

/* The level of the latest rating up to the end of each month ("" before the first). */
static const char fidelity_sql[] =
  "WITH RECURSIVE months (first) AS ("
  "  SELECT ?3 UNION ALL SELECT date (first, '+1 month') FROM months WHERE date (first, '+1 month') <= ?2)"
  "SELECT e.id, p.title, e.title, substr (months.first, 1, 7),"
  "       (SELECT r.level FROM plan_fidelity_ratings r"
  "         WHERE r.element_id = e.id AND r.date < date (months.first, '+1 month')"
  "         ORDER BY r.date DESC, r.id DESC LIMIT 1),"
  "       (SELECT count (*) FROM plans q WHERE q.status = 'active' AND q.archived = 0)"
  "  FROM plans p JOIN plan_elements e ON e.plan_id = p.id CROSS JOIN months"
  " WHERE" ACTIVE_PLANS
  " ORDER BY p.sort_key, p.id, e.position, e.id, months.first";

static const char indicators_sql[] =
  "SELECT p.id, p.title, i.name, i.target,"
  "       (SELECT m.value FROM plan_measurements m WHERE m.indicator_id = i.id AND m.date <= ?2"
  "         ORDER BY m.date DESC, m.id DESC LIMIT 1)"
  "  FROM plans p JOIN plan_indicators i ON i.plan_id = p.id"
  " WHERE" ACTIVE_PLANS " AND i.target IS NOT NULL"
  " ORDER BY p.sort_key, p.id, i.position, i.id";

static gboolean
add_activities (BbOverviewComputation  *self,
                GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, activities_sql, error);
  g_autoptr(BbOverviewLink) overdue_link = bb_overview_link_new ("plans", "overdue", "", NULL);
  BbOverviewSeries *done, *overdue;
  BbOverviewCard *card;
  int rc;

  if (stmt == NULL)
    return FALSE;
  card = bb_overview_card_new ("plan-activities", _("Plan activities"), _("activities"), BB_OVERVIEW_CHART_BARS);
  done = bb_overview_card_add_series (card, C_("plan activities", "Done"));
  overdue = bb_overview_card_add_series (card, C_("plan activities", "Overdue"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
      g_autoptr(BbOverviewLink) link = bb_overview_link_new ("plans", "plan", key, NULL);
      const char *title = (const char *) sqlite3_column_text (stmt, 1);

      bb_overview_series_add_keyed_point (done, key, title, sqlite3_column_double (stmt, 2), link);
      bb_overview_series_add_keyed_point (overdue, key, title, sqlite3_column_double (stmt, 3), overdue_link);
    }
  if (!_bb_overview_check_done (self, rc, error))
    {
      bb_overview_card_free (card);
      return FALSE;
    }
  if (done->points->len == 0)
    card->empty_text = g_strdup (_("No active plans"));
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

static gboolean
add_fidelity (BbOverviewComputation  *self,
              GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, fidelity_sql, error);
  BbOverviewSeries *series = NULL;
  BbOverviewCard *card;
  gint64 element = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  card = bb_overview_card_new ("plan-fidelity", _("Fidelity per core element"), _("level"), BB_OVERVIEW_CHART_LINE);
  card->target = BB_FIDELITY_FULLY;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *month = (const char *) sqlite3_column_text (stmt, 3);
      g_autofree char *label = _bb_overview_month_label (month);
      BbFidelity level = BB_FIDELITY_NOT_STARTED;

      /* A series per element, named with its plan's title when there are several. */
      if (series == NULL || sqlite3_column_int64 (stmt, 0) != element)
        {
          g_autofree char *name = sqlite3_column_int (stmt, 5) > 1
                                    /* Translators: a plan's title and one of its core elements. */
                                    ? g_strdup_printf (_("%s: %s"), sqlite3_column_text (stmt, 1),
                                                       sqlite3_column_text (stmt, 2))
                                    : g_strdup ((const char *) sqlite3_column_text (stmt, 2));

          element = sqlite3_column_int64 (stmt, 0);
          series = bb_overview_card_add_series (card, name);
        }
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        bb_fidelity_from_key ((const char *) sqlite3_column_text (stmt, 4), &level);
      bb_overview_series_add_keyed_point (series, month, label, level, NULL);
    }
  if (!_bb_overview_check_done (self, rc, error))
    {
      bb_overview_card_free (card);
      return FALSE;
    }
  if (series == NULL)
    card->empty_text = g_strdup (_("No core elements in active plans"));
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

static gboolean
add_indicators (BbOverviewComputation  *self,
                GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, indicators_sql, error);
  BbOverviewSeries *latest, *target;
  BbOverviewCard *card;
  int rc;

  if (stmt == NULL)
    return FALSE;
  card = bb_overview_card_new ("plan-indicators", _("Indicators against their targets"), "",
                               BB_OVERVIEW_CHART_BARS);
  latest = bb_overview_card_add_series (card, _("Latest"));
  target = bb_overview_card_add_series (card, _("Target"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
      g_autoptr(BbOverviewLink) link = bb_overview_link_new ("plans", "plan", key, NULL);
      const char *name = (const char *) sqlite3_column_text (stmt, 2);

      bb_overview_series_add_keyed_point (latest, key, name,
                                          sqlite3_column_type (stmt, 4) == SQLITE_NULL
                                            ? NAN : sqlite3_column_double (stmt, 4), link);
      bb_overview_series_add_keyed_point (target, key, name, sqlite3_column_double (stmt, 3), link);
    }
  if (!_bb_overview_check_done (self, rc, error))
    {
      bb_overview_card_free (card);
      return FALSE;
    }
  if (latest->points->len == 0)
    card->empty_text = g_strdup (_("No indicators with a target in active plans"));
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

const char * const *
_bb_overview_plan_statements (void)
{
  static const char * const statements[] = { activities_sql, fidelity_sql, indicators_sql, NULL };

  return statements;
}

gboolean
_bb_overview_add_plan_cards (BbOverviewComputation  *self,
                             GError                **error)
{
  return add_activities (self, error) && add_fidelity (self, error) && add_indicators (self, error);
}
