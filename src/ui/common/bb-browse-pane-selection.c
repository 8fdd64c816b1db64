/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The pane's list: its model, and the selection kept by id through every reload. */

#include "config.h"

#include "bb-browse-pane-private.h"

static void
on_selection_changed (BbBrowsePane *self)
{
  guint position;

  if (self->reloading)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  _bb_browse_pane_set_selected_id (self, position != GTK_INVALID_LIST_POSITION
                                         ? self->get_id (self->model, position) : 0);
}

static void
on_items_changing (BbBrowsePane *self)
{
  self->reloading = TRUE;
}

/* A refresh replaces every row; keep the item the user was looking at. */
static void
on_items_changed (BbBrowsePane *self)
{
  guint position = self->selected_id != 0 ? self->find (self->model, self->selected_id) : G_MAXUINT;

  gtk_single_selection_set_selected (self->selection,
                                     position != G_MAXUINT ? position : GTK_INVALID_LIST_POSITION);
  self->reloading = FALSE;

  if (position == G_MAXUINT)
    _bb_browse_pane_set_selected_id (self, 0);
  _bb_browse_pane_update_list_page (self);
}

/* The list makes a row's widget only when it lays the row out, so the focus may have
 * to wait for the next frame. The selected row is the one. */
static gboolean
focus_pending_row (BbBrowsePane *self)
{
  if (self->selected_id != self->focus_id)
    {
      self->focus_id = 0;
      return FALSE;
    }

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      if (gtk_widget_get_mapped (item)
          && (gtk_widget_get_state_flags (item) & GTK_STATE_FLAG_SELECTED) != 0)
        {
          self->focus_id = 0;
          return gtk_widget_grab_focus (item);
        }
    }

  return FALSE;
}

static gboolean
on_focus_tick (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  BbBrowsePane *self = BB_BROWSE_PANE (user_data);

  /* A row the list never lays out (hidden meanwhile) is not waited for long. */
  if (self->focus_id == 0 || focus_pending_row (self) || ++self->focus_frames > 10)
    {
      self->focus_id = 0;
      self->focus_tick = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

void
_bb_browse_pane_disconnect_model (BbBrowsePane *self)
{
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
}

void
bb_browse_pane_set_model (BbBrowsePane          *self,
                          GListModel            *model,
                          BbBrowsePaneGetIdFunc  get_id,
                          BbBrowsePaneFindFunc   find)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));
  g_return_if_fail (model == NULL || (G_IS_LIST_MODEL (model) && get_id != NULL && find != NULL));

  _bb_browse_pane_disconnect_model (self);
  g_clear_object (&self->selection);
  g_set_object (&self->model, model);
  self->get_id = get_id;
  self->find = find;
  self->reloading = FALSE;
  _bb_browse_pane_set_selected_id (self, 0);

  if (model != NULL)
    {
      /* Before the selection model's own handler, which forgets the selection. */
      g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changing),
                               self, G_CONNECT_SWAPPED);
      self->selection = gtk_single_selection_new (g_object_ref (model));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selection_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  _bb_browse_pane_update_list_page (self);
}

GListModel *
bb_browse_pane_get_model (BbBrowsePane *self)
{
  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), NULL);

  return self->model;
}

void
bb_browse_pane_set_factory (BbBrowsePane       *self,
                            GtkListItemFactory *factory)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  gtk_list_view_set_factory (self->list_view, factory);
}

gint64
bb_browse_pane_get_selected_id (BbBrowsePane *self)
{
  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), 0);

  return self->selected_id;
}

gboolean
bb_browse_pane_select (BbBrowsePane *self,
                       gint64        id)
{
  guint position;

  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), FALSE);

  position = self->model != NULL && id != 0 ? self->find (self->model, id) : G_MAXUINT;
  if (position == G_MAXUINT)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

gboolean
bb_browse_pane_focus (BbBrowsePane *self,
                      gint64        id)
{
  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), FALSE);

  if (!bb_browse_pane_select (self, id))
    return FALSE;

  self->focus_id = id;
  self->focus_frames = 0;
  if (!focus_pending_row (self) && self->focus_id != 0 && self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), on_focus_tick,
                                                     self, NULL);
  return TRUE;
}

void
bb_browse_pane_unselect (BbBrowsePane *self)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  _bb_browse_pane_set_selected_id (self, 0);
}

void
bb_browse_pane_focus_after_removal (BbBrowsePane *self,
                                    guint         position)
{
  guint n_left;

  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  n_left = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  bb_browse_pane_show_list (self);
  if (position != G_MAXUINT && n_left > 0)
    bb_browse_pane_focus (self, self->get_id (self->model, MIN (position, n_left - 1)));
  else
    bb_browse_pane_focus_search (self);
}
