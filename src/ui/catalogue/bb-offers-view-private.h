/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the offers view's files (the view, its detail pane, its actions, its
 * rows); nothing else includes this. */

#include "bb-offer-list.h"
#include "bb-offers-view.h"

G_BEGIN_DECLS

struct _BbOffersView
{
  GtkWidget            parent_instance;

  BbContext           *context;
  BbOfferList         *offers;
  GtkSingleSelection  *selection;
  BbOffer             *offer;
  gint64               selected_id;
  /* Offers in the catalogue, whatever the query; changes only with the offers. */
  guint                n_offers;
  /* Set while the list reloads, when the selection briefly points nowhere. */
  gboolean             reloading;
  /* The offers changed since the offer beside the list was loaded. */
  gboolean             offer_outdated;
  /* Ids behind the entries of the target group and step filters; index 0 is "all". */
  GArray              *target_group_ids;
  GArray              *step_ids;
  gboolean             filling_filters;
  GPtrArray           *fact_rows;
  GPtrArray           *contact_rows;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwLeaflet          *leaflet;
  GtkWidget           *list_pane;
  GtkWidget           *detail_pane;
  GtkWidget           *pane_separator;
  GtkSearchEntry      *search_entry;
  GtkRevealer         *filter_bar;
  GtkLabel            *filter_label;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  GtkLabel            *count_label;
  GtkStack            *detail_stack;
  GtkLabel            *title_label;
  GtkLabel            *provider_label;
  GtkLabel            *tags_label;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *facts_group;
  AdwPreferencesGroup *contacts_group;
  GtkListBox          *history_list;
  GtkDropDown         *sort_dropdown;
  GtkDropDown         *target_group_dropdown;
  GtkDropDown         *step_dropdown;
  GtkDropDown         *sector_dropdown;
  GtkDropDown         *access_dropdown;
  GtkDropDown         *status_dropdown;
  GtkCheckButton      *stale_check;
};

/* bb-offers-view-actions.c: the offers.* actions and their window-wide shortcuts. */
void     _bb_offers_view_class_actions_init (BbOffersViewClass *klass);
void     _bb_offers_view_actions_init       (BbOffersView      *self);
/* Enables the actions that work on the offer shown. */
void     _bb_offers_view_actions_update     (BbOffersView      *self);

/* bb-offers-view-detail.c: the offer beside the list. */
void     _bb_offers_view_show_offer         (BbOffersView      *self,
                                             BbOffer           *offer);
/* Reads the selected offer again: the list's copy may be older. */
void     _bb_offers_view_show_selected      (BbOffersView      *self);

/* bb-offers-view.c */
/* Asks the list again with the search and filters the user set. */
void     _bb_offers_view_apply_query        (BbOffersView      *self);
/* Empties the search and sets every filter to "all"; the caller holds
 * filling_filters, and applies the query once it has set what it wants. */
void     _bb_offers_view_reset_filters      (BbOffersView      *self);
/* FALSE when the offer is not in the list as it is filtered now. */
gboolean _bb_offers_view_select_offer       (BbOffersView      *self,
                                             gint64             id);
void     _bb_offers_view_show_toast         (BbOffersView      *self,
                                             const char        *title);
void     _bb_offers_view_show_error         (BbOffersView      *self,
                                             const GError      *error);
/* The non-empty parts joined by @separator: "Provider · steps" leaves out what is unset. */
char    *_bb_offers_view_join               (const char        *separator,
                                             ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
