/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the overview view's files (the view and its actions); nothing else
 * includes this. */

#include "bb-context.h"
#include "bb-overview-repository.h"
#include "bb-overview-view.h"

G_BEGIN_DECLS

struct _BbOverviewView
{
  GtkWidget             parent_instance;

  BbContext            *context;
  BbOverviewRepository *repository;
  /* What the cards show; they borrow its cards. */
  BbOverview           *overview;
  /* The computation running, cancelled by the next. */
  GCancellable         *cancellable;
  /* Something changed while the view was not shown: counted when it is. */
  gboolean              stale;
  guint                 changed_source;
  gboolean              filling_filters;
  /* Ids behind the entries of the adviser filter; index 0 is "all". */
  GArray               *adviser_ids;
  /* The custom period, YYYY-MM-DD; NULL until chosen. */
  char                 *custom_from;
  char                 *custom_to;

  /* Template widgets */
  GtkWidget            *box;
  GtkDropDown          *period_dropdown;
  GtkMenuButton        *custom_button;
  GtkPopover           *custom_popover;
  GtkEntry             *from_entry;
  GtkEntry             *to_entry;
  GtkLabel             *custom_error_label;
  GtkDropDown          *adviser_dropdown;
  GtkMenuButton        *export_button;
  GtkSpinner           *spinner;
  GtkLabel             *error_label;
  GtkFlowBox           *card_box;
};

/* bb-overview-view-actions.c: the overview.* actions and their shortcuts. */
void     _bb_overview_view_class_actions_init (BbOverviewViewClass *klass);
void     _bb_overview_view_actions_init       (BbOverviewView      *self);
void     _bb_overview_view_actions_update     (BbOverviewView      *self);

/* bb-overview-view.c: the context's settings, NULL without (tests). */
GSettings *_bb_overview_view_get_settings     (BbOverviewView      *self);
/* Counts again, cancelling what runs. */
void     _bb_overview_view_refresh            (BbOverviewView      *self);
/* The filter the figures are counted for; FALSE with @error for a custom period
 * that is not one. */
gboolean _bb_overview_view_fill_filter        (BbOverviewView      *self,
                                               BbOverviewFilter    *filter,
                                               GError             **error);

G_END_DECLS
