/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the offers view's files (the view, its detail pane, its actions, its
 * rows); nothing else includes this. */

#include "bb-browse-pane.h"
#include "bb-offer-exchange.h"
#include "bb-offer-list.h"
#include "bb-offers-view.h"

G_BEGIN_DECLS

struct _BbOffersView
{
  GtkWidget            parent_instance;

  BbContext           *context;
  BbOfferList         *offers;
  BbOffer             *offer;
  /* The import the offer shown can be taken back from (its newest change), or 0. */
  gint64               undo_import_id;
  /* Offers in the catalogue, whatever the query; changes only with the offers. */
  guint                n_offers;
  /* The offers changed since the offer beside the list was loaded. */
  gboolean             offer_outdated;
  /* Ids behind the entries of the target group and step filters; index 0 is "all". */
  GArray              *target_group_ids;
  GArray              *step_ids;
  /* The provider whose offers alone are shown (0 for all), and its name for the bar. */
  gint64               provider_id;
  char                *provider_name;
  gboolean             filling_filters;
  GPtrArray           *fact_rows;
  GPtrArray           *contact_rows;

  /* Template widgets */
  BbBrowsePane        *pane;
  GtkWidget           *filter_button;
  GtkWidget           *catalogue_menu_button;
  GtkRevealer         *filter_bar;
  GtkLabel            *filter_label;
  GtkWidget           *clear_filters_button;
  GtkLabel            *count_label;
  GtkLabel            *title_label;
  GtkLabel            *provider_label;
  GtkLabel            *tags_label;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *facts_group;
  AdwPreferencesGroup *contacts_group;
  GtkListBox          *history_list;
  GtkWidget           *undo_import_button;
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
/* The file an export writes when the user chose @chosen with the filter of @format
 * (UNKNOWN when none): the filter wins, so a name without an extension gets the
 * format's, and one with the other format's extension has it replaced. */
GFile   *_bb_offers_view_dup_export_file    (GFile             *chosen,
                                             BbOfferFormat      format);

/* bb-offers-view-detail.c: the offer beside the list. */
void     _bb_offers_view_show_offer         (BbOffersView      *self,
                                             BbOffer           *offer);
/* Reads the selected offer again: the list's copy may be older. */
void     _bb_offers_view_show_selected      (BbOffersView      *self);

/* bb-offers-view-filters.c: the search, the filters and the sort order. */
/* Asks the list again with the search and filters the user set. */
void     _bb_offers_view_apply_query        (BbOffersView      *self);
/* Empties the search and sets every filter to "all"; the caller holds
 * filling_filters, and applies the query once it has set what it wants. */
void     _bb_offers_view_reset_filters      (BbOffersView      *self);
/* Sets the filter of @kind ("provider", "target-group" or "step") to @id, under
 * filling_filters as above; FALSE when the catalogue has no such entry. */
gboolean _bb_offers_view_select_list_filter (BbOffersView      *self,
                                             const char        *kind,
                                             gint64             id);
/* Offers "Relevance" as the sort order while searching, and only then. */
void     _bb_offers_view_update_sort_names  (BbOffersView      *self);
/* The actions offers.show-offers-of ("(sx)") and offers.show-filtered ("a{ss}"). */
void     _bb_offers_view_show_offers_of     (GtkWidget         *widget,
                                             const char        *action_name,
                                             GVariant          *parameter);
void     _bb_offers_view_show_filtered      (GtkWidget         *widget,
                                             const char        *action_name,
                                             GVariant          *parameter);
/* The target groups and steps are the user's own lists; their filters follow them. */
void     _bb_offers_view_fill_list_filters  (BbOffersView      *self);
void     _bb_offers_view_fill_fixed_filters (BbOffersView      *self);

/* bb-offers-view.c */
void     _bb_offers_view_show_toast         (BbOffersView      *self,
                                             const char        *title);
void     _bb_offers_view_show_error         (BbOffersView      *self,
                                             const GError      *error);
/* The non-empty parts joined by @separator: "Provider · steps" leaves out what is unset. */
char    *_bb_offers_view_join               (const char        *separator,
                                             ...) G_GNUC_NULL_TERMINATED;
/* The offer's steps as every screen shows steps: "1 – Early and light, 2 – …". */
char    *_bb_offers_view_dup_step_names     (BbOffer           *offer);

G_END_DECLS
