/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The tilbudsvifte's cards, as the offer repository counts them: the coverage
 * matrix's gaps and the offers due for review. Neither depends on the period or the
 * adviser: they are the state of the tilbudsvifte today. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-overview-repository-private.h"
#include "bb-step.h"
#include "bb-target-group.h"

/* A point per target group: how many steps have no active offer for it, linked to
 * its first gap. */
static gboolean
add_gaps (BbOverviewComputation  *self,
          GError                **error)
{
  g_autoptr(BbCoverage) coverage = bb_offer_repository_count_coverage (self->offers, error);
  GListModel *groups, *steps;
  BbOverviewSeries *series;
  BbOverviewCard *card;
  guint n_gaps = 0;

  if (coverage == NULL)
    return FALSE;

  groups = bb_coverage_get_target_groups (coverage);
  steps = bb_coverage_get_steps (coverage);
  card = bb_overview_card_new ("coverage-gaps", _("Coverage gaps"), _("steps without an offer"),
                               BB_OVERVIEW_CHART_BARS);
  series = bb_overview_card_add_series (card, NULL);
  for (guint row = 0; row < g_list_model_get_n_items (groups); row++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, row);
      g_autofree char *value = NULL;
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, bb_target_group_get_id (group));
      guint gaps = 0;

      for (guint column = 0; column < g_list_model_get_n_items (steps); column++)
        if (bb_coverage_get_level (coverage, row, column) == BB_COVERAGE_GAP)
          {
            g_autoptr(BbStep) step = g_list_model_get_item (steps, column);

            if (value == NULL)
              value = g_strdup_printf ("%s:%" G_GINT64_FORMAT, key, bb_step_get_id (step));
            gaps++;
          }

      {
        g_autoptr(BbOverviewLink) link = value != NULL ? bb_overview_link_new ("offers", "coverage-gap", value, NULL)
                                                       : NULL;

        bb_overview_series_add_keyed_point (series, key, bb_target_group_get_name (group), gaps,
                                            link);
      }
      n_gaps += gaps;
    }
  if (series->points->len == 0 || g_list_model_get_n_items (steps) == 0)
    card->empty_text = g_strdup (_("No target groups and steps to cover"));
  else if (n_gaps == 0)
    card->empty_text = g_strdup (_("Every target group has an active offer at every step"));
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

static gboolean
add_stale (BbOverviewComputation  *self,
           GError                **error)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  BbOfferQuery all = BB_OFFER_QUERY_INIT;
  g_autoptr(BbOverviewLink) link = bb_overview_link_new ("offers", "stale", "", NULL);
  BbOverviewCard *card;
  gint64 stale, total;

  query.stale_only = TRUE;
  query.sort = BB_OFFER_SORT_TITLE;
  all.sort = BB_OFFER_SORT_TITLE;
  stale = bb_offer_repository_query_count (self->offers, &query, error);
  total = stale >= 0 ? bb_offer_repository_query_count (self->offers, &all, error) : -1;
  if (total < 0)
    return FALSE;

  card = bb_overview_card_new ("stale-offers", _("Offers due for review"), _("offers"),
                               BB_OVERVIEW_CHART_NUMBERS);
  bb_overview_series_add_point (bb_overview_card_add_series (card, _("Due for review")), _("Due for review"),
                                stale, link);
  bb_overview_series_add_point (bb_overview_card_add_series (card, _("Offers")), _("Offers"), total, NULL);
  if (total == 0)
    card->empty_text = g_strdup (_("No offers in the catalogue"));
  bb_overview_add_card (self->overview, card);
  return TRUE;
}

gboolean
_bb_overview_add_catalogue_cards (BbOverviewComputation  *self,
                                  GError                **error)
{
  return add_gaps (self, error) && add_stale (self, error);
}
