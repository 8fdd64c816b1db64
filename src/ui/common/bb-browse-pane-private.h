/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the browse pane's files (the widget, its selection); nothing else
 * includes this. */

#include "bb-browse-pane.h"

G_BEGIN_DECLS

struct _BbBrowsePane
{
  GtkWidget              parent_instance;

  GListModel            *model;
  BbBrowsePaneGetIdFunc  get_id;
  BbBrowsePaneFindFunc   find;
  GtkSingleSelection    *selection;
  gint64                 selected_id;
  /* Set while the list reloads, when the selection briefly points nowhere. */
  gboolean               reloading;
  gboolean               has_items;
  gboolean               notice_shown;
  gboolean               item_shown;
  /* The row that takes the keyboard focus once the list has laid it out. */
  gint64                 focus_id;
  guint                  focus_tick;
  guint                  focus_frames;
  /* Where the next "list-start" and "list-top" children go after. */
  GtkWidget             *list_start_last;
  GtkWidget             *list_top_last;
  char                  *list_label;

  /* Template widgets */
  AdwToastOverlay       *toast_overlay;
  AdwLeaflet            *leaflet;
  GtkWidget             *list_pane;
  GtkWidget             *list_header;
  GtkSearchEntry        *search_entry;
  GtkStack              *list_stack;
  GtkListView           *list_view;
  GtkWidget             *pane_separator;
  GtkWidget             *detail_pane;
  GtkWidget             *detail_header;
  GtkStack              *detail_stack;
};

/* bb-browse-pane.c */
/* Notifies selected-id when @id is another. */
void _bb_browse_pane_set_selected_id  (BbBrowsePane *self,
                                       gint64        id);
/* The list's page for what it holds: the rows, empty, no results or the notice. */
void _bb_browse_pane_update_list_page (BbBrowsePane *self);

/* bb-browse-pane-selection.c */
void _bb_browse_pane_disconnect_model (BbBrowsePane *self);

G_END_DECLS
