/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What came of the courses: reliable improvement on their instruments, and where
 * they were handed over to. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bb-course-enums.h"
#include "bb-overview-repository-private.h"

/* The courses closed in the period (not "not admitted") with two scores or more on
 * an instrument up to its end: how many went from each first score to each last, so
 * the instrument itself (bb_instrument_compare) judges each pair once. Only the
 * instruments ?5 names (a JSON array): those with a reliable change. In one pass
 * over measures_outcome: the first and the last score are those of the least and
 * the greatest of date, id (12 digits) and score run together. */
static const char outcome_sql[] =
  "SELECT instrument, CAST (substr (first, 23) AS REAL), CAST (substr (last, 23) AS REAL), count (*)"
  "  FROM (SELECT m.instrument AS instrument,"
  "               min (m.date || printf ('%012d', m.id) || m.score) AS first,"
  "               max (m.date || printf ('%012d', m.id) || m.score) AS last"
  "          FROM measures m"
  "         WHERE m.course_id IN (SELECT c.id FROM courses c"
  "                                WHERE c.closed_date BETWEEN ?1 AND ?2 AND c.status = 'closed'@)"
  "           AND m.instrument IN (SELECT value FROM json_each (?5)) AND m.date <= ?2"
  "         GROUP BY m.course_id, m.instrument HAVING count (*) >= 2)"
  " GROUP BY 1, 2, 3";

/* Hand-overs that went further than a suggestion, by the day of their state. */
#define HANDED_OVER_IN_PERIOD \
  "  FROM handovers h" \
  " WHERE h.state_date BETWEEN ?1 AND ?2 AND h.state != 'suggested'#"

/* The ten offers most referred to. */
static const char referrals_by_offer_sql[] =
  "SELECT coalesce (h.offer_id, 0), h.offer_title, count (*)" HANDED_OVER_IN_PERIOD
  " GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT 10";

static const char referrals_by_group_sql[] =
  "SELECT g.id, g.name, count (*)"
  "  FROM handovers h"
  "  JOIN offer_target_groups ot ON ot.offer_id = h.offer_id"
  "  JOIN target_groups g ON g.id = ot.target_group_id"
  " WHERE h.state_date BETWEEN ?1 AND ?2 AND h.state != 'suggested'#"
  " GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT 10";

/* Every hand-over of the period by its state, for the ten offers receiving most. */
static const char handovers_sql[] =
  "SELECT coalesce (h.offer_id, 0), h.offer_title,"
  "       total (h.state = 'suggested'), total (h.state = 'referred'),"
  "       total (h.state = 'accepted'), total (h.state = 'started')"
  "  FROM handovers h"
  " WHERE h.state_date BETWEEN ?1 AND ?2#"
  " GROUP BY 1, 2 ORDER BY count (*) DESC, 2 LIMIT 10";

typedef struct
{
  BbInstrument *instrument;
  double        measured;
  double        improved;
} Outcome;

static gboolean
add_outcome (BbOverviewComputation  *self,
             GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, outcome_sql, error);
  g_autoptr(GArray) outcomes = g_array_new (FALSE, TRUE, sizeof (Outcome));
  g_autoptr(GString) keys = g_string_new ("[");
  GListModel *instruments = bb_instrument_repository_list (self->instruments);
  BbOverviewCard *card;
  BbOverviewSeries *series = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;

  /* In the instruments' order; those with no published reliable change cannot say. */
  for (guint i = 0; i < g_list_model_get_n_items (instruments); i++)
    {
      g_autoptr(BbInstrument) instrument = g_list_model_get_item (instruments, i);
      Outcome outcome = { instrument, 0, 0 };

      if (isnan (bb_instrument_get_reliable_change (instrument, bb_instrument_get_main_scale (instrument))) ||
          strpbrk (bb_instrument_get_key (instrument), "\"\\") != NULL)
        continue;
      g_array_append_val (outcomes, outcome);
      /* Keys are letters, digits and dashes ("who-5", "custom-<uuid>"). */
      g_string_append_printf (keys, "%s\"%s\"", keys->len > 1 ? "," : "", bb_instrument_get_key (instrument));
    }
  g_string_append_c (keys, ']');
  bb_sql_bind_text (stmt, 5, keys->str);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);

      for (guint i = 0; i < outcomes->len; i++)
        {
          Outcome *outcome = &g_array_index (outcomes, Outcome, i);
          guint scale;

          if (g_strcmp0 (bb_instrument_get_key (outcome->instrument), key) != 0)
            continue;
          scale = bb_instrument_get_main_scale (outcome->instrument);
          outcome->measured += sqlite3_column_double (stmt, 3);
          if (bb_instrument_compare (outcome->instrument, scale, sqlite3_column_double (stmt, 1),
                                     sqlite3_column_double (stmt, 2)) > 0)
            outcome->improved += sqlite3_column_double (stmt, 3);
        }
    }
  if (!_bb_overview_check_done (self, rc, error))
    return FALSE;

  card = bb_overview_card_new ("outcome-improved", _("Courses with a reliable improvement"), "%",
                               BB_OVERVIEW_CHART_BARS);
  for (guint i = 0; i < outcomes->len; i++)
    {
      Outcome *outcome = &g_array_index (outcomes, Outcome, i);

      if (outcome->measured == 0)
        continue;
      if (series == NULL)
        series = bb_overview_card_add_series (card, NULL);
      bb_overview_series_add_keyed_point (series, bb_instrument_get_key (outcome->instrument),
                                          bb_instrument_get_name (outcome->instrument),
                                          100.0 * outcome->improved / outcome->measured, NULL);
    }
  if (series == NULL)
    card->empty_text = g_strdup (_("No course closed in this period has two scores on an instrument"));
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

/* A card of one series of (id, name, count) rows; @view/@filter the link of each
 * point (its value the id) or NULL. */
static gboolean
add_counts (BbOverviewComputation  *self,
            const char             *sql,
            BbOverviewCard         *card,
            const char             *view,
            const char             *filter,
            const char             *empty_text,
            GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, sql, error);
  BbOverviewSeries *series;
  int rc;

  if (stmt == NULL)
    {
      bb_overview_card_free (card);
      return FALSE;
    }
  series = bb_overview_card_add_series (card, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      BbOverviewLink link = { (char *) view, (char *) filter, key };

      bb_overview_series_add_keyed_point (series, key, (const char *) sqlite3_column_text (stmt, 1),
                                          sqlite3_column_double (stmt, 2), view != NULL && id > 0 ? &link : NULL);
    }
  if (!_bb_overview_check_done (self, rc, error))
    {
      bb_overview_card_free (card);
      return FALSE;
    }
  if (series->points->len == 0)
    card->empty_text = g_strdup (empty_text);
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

static gboolean
add_handovers (BbOverviewComputation  *self,
               GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, handovers_sql, error);
  BbOverviewSeries *series[BB_HANDOVER_STATE_COUNT];
  BbOverviewCard *card;
  int rc;

  if (stmt == NULL)
    return FALSE;

  card = bb_overview_card_new ("handovers-by-offer", _("Hand-overs by receiving offer"), _("hand-overs"),
                               BB_OVERVIEW_CHART_BARS);
  for (BbHandoverState state = 0; state < BB_HANDOVER_STATE_COUNT; state++)
    series[state] = bb_overview_card_add_series (card, bb_handover_state_get_label (state));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      BbOverviewLink link = { (char *) "courses", (char *) "handover-offer", key };

      for (BbHandoverState state = 0; state < BB_HANDOVER_STATE_COUNT; state++)
        bb_overview_series_add_keyed_point (series[state], key, (const char *) sqlite3_column_text (stmt, 1),
                                            sqlite3_column_double (stmt, 2 + state), id > 0 ? &link : NULL);
    }
  if (!_bb_overview_check_done (self, rc, error))
    {
      bb_overview_card_free (card);
      return FALSE;
    }
  if (series[0]->points->len == 0)
    card->empty_text = g_strdup (_("No hand-overs in this period"));
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

const char * const *
_bb_overview_outcome_statements (void)
{
  static const char * const statements[] = {
    outcome_sql, referrals_by_offer_sql, referrals_by_group_sql, handovers_sql, NULL,
  };

  return statements;
}

gboolean
_bb_overview_add_outcome_cards (BbOverviewComputation  *self,
                                GError                **error)
{
  return add_outcome (self, error) &&
         add_counts (self, referrals_by_offer_sql,
                     bb_overview_card_new ("referrals-by-offer", _("Referrals by offer"), _("referrals"),
                                           BB_OVERVIEW_CHART_BARS),
                     "courses", "handover-offer", _("No referrals in this period"), error) &&
         add_counts (self, referrals_by_group_sql,
                     bb_overview_card_new ("referrals-by-target-group", _("Referrals by target group"),
                                           _("referrals"), BB_OVERVIEW_CHART_BARS),
                     NULL, NULL, _("No referrals in this period"), error) &&
         add_handovers (self, error);
}
