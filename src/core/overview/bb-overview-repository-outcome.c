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
 * an instrument up to its end, one row each with the first and the last score, so
 * the instrument itself (bb_instrument_compare) judges each pair. Only the
 * instruments ?5 names (a JSON array): those with a reliable change. From
 * course_scores (0015-course-scores.sql) in one range of its index; only a course
 * measured again after the period's end has its scores read from its measures. */
#define SCORE_UP_TO_END(order) \
  "(SELECT m.score FROM measures m WHERE m.course_id = s.course_id AND m.instrument = s.instrument" \
  "   AND m.date <= ?2 ORDER BY " order " LIMIT 1)"
static const char outcome_sql[] =
  "SELECT s.instrument,"
  "       CASE WHEN s.last_date <= ?2 THEN s.first_score ELSE " SCORE_UP_TO_END ("m.date, m.id") " END,"
  "       CASE WHEN s.last_date <= ?2 THEN s.last_score ELSE " SCORE_UP_TO_END ("m.date DESC, m.id DESC") " END"
  "  FROM course_scores s"
  " WHERE s.instrument IN (SELECT value FROM json_each (?5)) AND s.closed_date BETWEEN ?1 AND ?2$"
  "   AND s.measures >= 2"
  "   AND (s.last_date <= ?2"
  "        OR (SELECT count (*) FROM measures m"
  "             WHERE m.course_id = s.course_id AND m.instrument = s.instrument AND m.date <= ?2) >= 2)";

/* Every hand-over of the period by offer and state: the offers most referred to
 * (beyond a suggestion) and those receiving most are both read from it. */
static const char handovers_sql[] =
  "SELECT coalesce (h.offer_id, 0), h.offer_title,"
  "       total (h.state = 'suggested'), total (h.state = 'referred'),"
  "       total (h.state = 'accepted'), total (h.state = 'started')"
  "  FROM handovers h"
  " WHERE h.state_date BETWEEN ?1 AND ?2#"
  " GROUP BY 1, 2";

/* Hand-overs beyond a suggestion counted per offer before they meet the offers'
 * target groups, so each offer is joined once rather than each hand-over. */
static const char referrals_by_group_sql[] =
  "SELECT g.id, g.name, total (h.n)"
  "  FROM (SELECT h.offer_id AS offer_id, count (*) AS n FROM handovers h"
  "         WHERE h.state_date BETWEEN ?1 AND ?2 AND h.state != 'suggested'# GROUP BY h.offer_id) h"
  "  JOIN offer_target_groups ot ON ot.offer_id = h.offer_id"
  "  JOIN target_groups g ON g.id = ot.target_group_id"
  " GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT 10";

/* The cards show the ten offers with most. */
#define TOP_OFFERS 10

/* An offer's hand-overs of the period. */
typedef struct
{
  gint64  id;
  char   *title;
  double  by_state[BB_HANDOVER_STATE_COUNT];
  /* What the card being made sorts by. */
  double  count;
} OfferHandovers;

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
          outcome->measured++;
          if (bb_instrument_compare (outcome->instrument, scale, sqlite3_column_double (stmt, 1),
                                     sqlite3_column_double (stmt, 2)) > 0)
            outcome->improved++;
          break;
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

/* A card of one series of (id, name, count) rows. */
static gboolean
add_counts (BbOverviewComputation  *self,
            const char             *sql,
            BbOverviewCard         *card,
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
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));

      bb_overview_series_add_keyed_point (series, key, (const char *) sqlite3_column_text (stmt, 1),
                                          sqlite3_column_double (stmt, 2), NULL);
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

static void
offer_handovers_clear (gpointer data)
{
  g_free (((OfferHandovers *) data)->title);
}

/* Most first, then by title (as SQLite compares text), then by id, so that offers
 * of the same title and count always come in the same order. */
static int
compare_offers (gconstpointer a,
                gconstpointer b)
{
  const OfferHandovers *x = a, *y = b;
  int by_title;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  by_title = g_strcmp0 (x->title, y->title);
  return by_title != 0 ? by_title : (x->id > y->id) - (x->id < y->id);
}

/* @offers sorted by the sum of @states' counts (a bit per BbHandoverState). */
static void
rank_offers (GArray *offers,
             guint   states)
{
  for (guint i = 0; i < offers->len; i++)
    {
      OfferHandovers *offer = &g_array_index (offers, OfferHandovers, i);

      offer->count = 0;
      for (BbHandoverState state = 0; state < BB_HANDOVER_STATE_COUNT; state++)
        if (states & (1u << state))
          offer->count += offer->by_state[state];
    }
  g_array_sort (offers, compare_offers);
}

static gboolean
read_handovers (BbOverviewComputation  *self,
                GArray                 *offers,
                GError                **error)
{
  g_autoptr(BbCachedStatement) stmt = _bb_overview_prepare (self, handovers_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OfferHandovers offer = { sqlite3_column_int64 (stmt, 0), g_strdup ((const char *) sqlite3_column_text (stmt, 1)) };

      for (BbHandoverState state = 0; state < BB_HANDOVER_STATE_COUNT; state++)
        offer.by_state[state] = sqlite3_column_double (stmt, 2 + state);
      g_array_append_val (offers, offer);
    }
  return _bb_overview_check_done (self, rc, error);
}

/* The courses with a hand-over of the period to @offer in one of @states ("referred,accepted"). */
static BbOverviewLink *
offer_link (BbOverviewComputation *self,
            const OfferHandovers  *offer,
            const char            *states)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, offer->id);

  if (offer->id <= 0)
    return NULL;
  return _bb_overview_course_link (self, "handover-offer", key, "handover-from", self->filter->from,
                                   "handover-to", self->filter->to, "handover-state", states, NULL);
}

/* The first ten offers of @offers (ranked, those with none left out), a point each
 * in every series of @card: a series per state with @by_state, else the one series
 * with the count they were ranked by, of the hand-overs in @states. */
static void
add_offer_points (BbOverviewComputation *self,
                  BbOverviewCard        *card,
                  GArray                *offers,
                  gboolean               by_state,
                  const char            *states)
{
  for (guint i = 0; i < offers->len && i < TOP_OFFERS; i++)
    {
      const OfferHandovers *offer = &g_array_index (offers, OfferHandovers, i);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, offer->id);

      if (offer->count == 0)
        break;
      for (guint s = 0; s < card->series->len; s++)
        {
          g_autoptr(BbOverviewLink) link = offer_link (self, offer, by_state ? bb_handover_state_to_key (s) : states);

          bb_overview_series_add_keyed_point (g_ptr_array_index (card->series, s), key, offer->title,
                                              by_state ? offer->by_state[s] : offer->count, link);
        }
    }
}

static gboolean
add_handover_cards (BbOverviewComputation  *self,
                    GError                **error)
{
  g_autoptr(GArray) offers = g_array_new (FALSE, FALSE, sizeof (OfferHandovers));
  BbOverviewCard *referrals, *handovers;
  guint beyond_suggestion = 0;
  g_autoptr(GString) beyond_states = g_string_new (NULL);

  g_array_set_clear_func (offers, offer_handovers_clear);
  if (!read_handovers (self, offers, error))
    return FALSE;

  for (BbHandoverState state = 0; state < BB_HANDOVER_STATE_COUNT; state++)
    if (state != BB_HANDOVER_SUGGESTED)
      {
        beyond_suggestion |= 1u << state;
        g_string_append_printf (beyond_states, "%s%s", beyond_states->len > 0 ? "," : "",
                                bb_handover_state_to_key (state));
      }
  referrals = bb_overview_card_new ("referrals-by-offer", _("Referrals by offer"), _("referrals"),
                                    BB_OVERVIEW_CHART_BARS);
  bb_overview_card_add_series (referrals, NULL);
  rank_offers (offers, beyond_suggestion);
  add_offer_points (self, referrals, offers, FALSE, beyond_states->str);
  if (((BbOverviewSeries *) g_ptr_array_index (referrals->series, 0))->points->len == 0)
    referrals->empty_text = g_strdup (_("No referrals in this period"));
  bb_overview_add_card (self->overview, referrals);

  if (!add_counts (self, referrals_by_group_sql,
                   bb_overview_card_new ("referrals-by-target-group", _("Referrals by target group"),
                                         _("referrals"), BB_OVERVIEW_CHART_BARS),
                   _("No referrals in this period"), error))
    return FALSE;

  handovers = bb_overview_card_new ("handovers-by-offer", _("Hand-overs by receiving offer"), _("hand-overs"),
                                    BB_OVERVIEW_CHART_BARS);
  for (BbHandoverState state = 0; state < BB_HANDOVER_STATE_COUNT; state++)
    bb_overview_card_add_series (handovers, bb_handover_state_get_label (state));
  rank_offers (offers, (1u << BB_HANDOVER_STATE_COUNT) - 1);
  add_offer_points (self, handovers, offers, TRUE, NULL);
  if (((BbOverviewSeries *) g_ptr_array_index (handovers->series, 0))->points->len == 0)
    handovers->empty_text = g_strdup (_("No hand-overs in this period"));
  bb_overview_add_card (self->overview, handovers);
  return TRUE;
}

const char * const *
_bb_overview_outcome_statements (void)
{
  static const char * const statements[] = { outcome_sql, handovers_sql, referrals_by_group_sql, NULL };

  return statements;
}

gboolean
_bb_overview_add_outcome_cards (BbOverviewComputation  *self,
                                GError                **error)
{
  return add_outcome (self, error) && add_handover_cards (self, error);
}
