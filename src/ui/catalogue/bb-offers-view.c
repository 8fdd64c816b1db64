/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-format.h"
#include "bb-offer-row.h"
#include "bb-offers-view-private.h"

static void bb_offers_view_view_iface_init (BbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BbOffersView, bb_offers_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (BB_TYPE_VIEW, bb_offers_view_view_iface_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

char *
_bb_offers_view_join (const char *separator,
                      ...)
{
  GString *joined = g_string_new (NULL);
  va_list args;

  va_start (args, separator);
  for (const char *part = va_arg (args, const char *); part != NULL; part = va_arg (args, const char *))
    {
      if (*part == '\0')
        continue;
      if (joined->len > 0)
        g_string_append (joined, separator);
      g_string_append (joined, part);
    }
  va_end (args);

  return g_string_free (joined, FALSE);
}

char *
_bb_offers_view_dup_step_names (BbOffer *offer)
{
  GListModel *steps = G_LIST_MODEL (bb_offer_get_steps (offer));
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);
      g_autofree char *name = bb_format_step (bb_step_get_level (step), bb_step_get_name (step));

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }

  return g_string_free (names, FALSE);
}

/* ---- the list -------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           BbClock                  *clock)
{
  gtk_list_item_set_child (item, GTK_WIDGET (bb_offer_row_new (clock)));
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  bb_offer_row_set_offer (BB_OFFER_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

/* A row waiting for reuse holds no offer: the list keeps only ids. */
static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  bb_offer_row_set_offer (BB_OFFER_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Typing anywhere in the window starts a search while the catalogue is shown, as in
 * Files or Settings; the welcome page has nothing to search. */
static void
update_key_capture (BbOffersView *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  gboolean searchable = gtk_widget_get_mapped (GTK_WIDGET (self)) && self->n_offers > 0;

  gtk_search_entry_set_key_capture_widget (self->search_entry, searchable ? root : NULL);
}

static void
update_list_state (BbOffersView *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->offers));
  guint n_all = self->n_offers;
  g_autofree char *count = NULL;

  /* An empty catalogue has nothing to show beside the list, nor to search or filter:
   * the welcome takes the room. */
  gtk_widget_set_visible (self->detail_pane, n_all > 0);
  gtk_widget_set_visible (self->pane_separator, n_all > 0);
  gtk_widget_set_hexpand (self->list_pane, n_all == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n_all > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), n_all > 0);
  gtk_widget_set_visible (self->filter_button, n_all > 0);
  gtk_widget_set_hexpand (self->catalogue_menu_button, n_all == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "offers.search", n_all > 0);
  update_key_capture (self);

  if (n_all == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (n_shown == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");

  if (n_shown == n_all)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u offer", "%u offers", n_all), n_all);
  else
    /* Translators: "12 of 340 offers" */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u offer", "%u of %u offers", n_all),
                             n_shown, n_all);
  gtk_label_set_text (self->count_label, count);
}

/* ---- the selection --------------------------------------------------- */

static void
on_selection_changed (BbOffersView *self)
{
  guint position;

  if (self->reloading)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  self->selected_id = position != GTK_INVALID_LIST_POSITION
                      ? bb_offer_list_get_id (self->offers, position) : 0;
  _bb_offers_view_show_selected (self);
}

static void
on_offers_changing (BbOffersView *self)
{
  self->reloading = TRUE;
}

/* A refresh replaces every row; keep the offer the user was looking at. */
static void
on_offers_changed (BbOffersView *self)
{
  guint position = self->selected_id != 0
                   ? bb_offer_list_find (self->offers, self->selected_id)
                   : G_MAXUINT;

  gtk_single_selection_set_selected (self->selection,
                                     position != G_MAXUINT ? position : GTK_INVALID_LIST_POSITION);
  self->reloading = FALSE;

  if (position == G_MAXUINT)
    self->selected_id = 0;

  /* A new search leaves the offer shown as it was; only a write can change it. */
  if (self->offer_outdated || self->selected_id != (self->offer != NULL ? bb_offer_get_id (self->offer) : 0))
    _bb_offers_view_show_selected (self);
  self->offer_outdated = FALSE;
  update_list_state (self);
}

gboolean
_bb_offers_view_select_offer (BbOffersView *self,
                              gint64        id)
{
  guint position = self->offers != NULL ? bb_offer_list_find (self->offers, id) : G_MAXUINT;

  if (position == G_MAXUINT)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

/* The list makes a row's widget only when it lays the row out, so the focus may have to
 * wait for the next frame. */
static gboolean
focus_pending_row (BbOffersView *self)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      BbOffer *offer;

      if (!BB_IS_OFFER_ROW (row) || !gtk_widget_get_mapped (row))
        continue;

      offer = bb_offer_row_get_offer (BB_OFFER_ROW (row));
      if (offer != NULL && bb_offer_get_id (offer) == self->focus_id)
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
  BbOffersView *self = BB_OFFERS_VIEW (user_data);

  /* A row the list never lays out (hidden meanwhile) is not waited for long. */
  if (self->focus_id == 0 || focus_pending_row (self) || ++self->focus_frames > 10)
    {
      self->focus_id = 0;
      self->focus_tick = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

gboolean
_bb_offers_view_focus_offer (BbOffersView *self,
                             gint64        id)
{
  if (!_bb_offers_view_select_offer (self, id))
    return FALSE;

  self->focus_id = id;
  self->focus_frames = 0;
  if (!focus_pending_row (self) && self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), on_focus_tick,
                                                     self, NULL);
  return TRUE;
}

static void
on_list_activate (BbOffersView *self,
                  guint         position)
{
  /* On a narrow window the list and the offer take turns. */
  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

/* A click or tap on a narrow window opens the offer; arrow keys only move through
 * the list, so reading it with the keyboard does not jump away from it. */
static void
on_list_released (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  BbOffersView    *self)
{
  if (adw_leaflet_get_folded (self->leaflet) && self->selected_id != 0)
    adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

/* ---- search and filters ---------------------------------------------- */

static void
on_search_changed (BbOffersView *self)
{
  GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));

  /* New results start at the top, whatever the old ones were scrolled to. The list
   * keeps its place at the first row through the reload; scrolled after, it would look
   * for rows it has not laid out yet. */
  if (scroll != NULL)
    gtk_adjustment_set_value (scroll, gtk_adjustment_get_lower (scroll));

  _bb_offers_view_update_sort_names (self);
  _bb_offers_view_apply_query (self);
}

/* Down in the search entry goes on to the results, with the first one selected. */
static gboolean
on_search_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       BbOffersView          *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & gtk_accelerator_get_default_mod_mask ()) != 0
      || self->offers == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->offers)) == 0)
    return GDK_EVENT_PROPAGATE;

  _bb_offers_view_focus_offer (self, bb_offer_list_get_id (self->offers, 0));
  return GDK_EVENT_STOP;
}

static void
on_stop_search (BbOffersView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_changed (BbOffersView *self)
{
  _bb_offers_view_apply_query (self);
}

/* ---- following the database ------------------------------------------ */

/* Runs before the list reloads itself (it connects later), so that the count is
 * current and the offer beside the list is read again when the rows come back. */
static void
on_offers_written (BbOffersView *self,
                   const char   *domain)
{
  self->n_offers = bb_offer_repository_count (bb_context_get_offers (self->context), NULL);
  self->offer_outdated = TRUE;
}

/* A new or renamed target group or step changes the filters, not the list: a rename
 * that offers show comes as a write to the offers too. */
static void
on_lists_written (BbOffersView *self,
                  const char   *domain)
{
  _bb_offers_view_fill_list_filters (self);
}

/* ---- feedback -------------------------------------------------------- */

void
_bb_offers_view_show_toast (BbOffersView *self,
                            const char   *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_bb_offers_view_show_error (BbOffersView *self,
                            const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ---- the catalogue shown -------------------------------------------- */

static void
set_context (BbOffersView *self,
             BbContext    *context)
{
  g_return_if_fail (context == NULL || BB_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (bb_context_get_database (self->context), self);
  if (self->offers != NULL)
    g_signal_handlers_disconnect_by_data (self->offers, self);
  g_set_object (&self->context, context);
  g_clear_object (&self->offers);
  g_clear_object (&self->selection);
  self->selected_id = 0;

  if (context != NULL)
    {
      BbDatabase *database = bb_context_get_database (context);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      /* Connected before the list connects its own handler, so the filters and the
       * count follow a write before the list reloads. */
      g_signal_connect_object (database, "changed::" BB_DOMAIN_OFFERS, G_CALLBACK (on_offers_written),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (database, "changed::" BB_DOMAIN_LISTS, G_CALLBACK (on_lists_written),
                               self, G_CONNECT_SWAPPED);
      self->n_offers = bb_offer_repository_count (bb_context_get_offers (context), NULL);
      _bb_offers_view_fill_list_filters (self);

      self->offers = bb_offer_list_new (bb_context_get_offers (context));
      /* Before the selection model's own handler, which forgets the selection. */
      g_signal_connect_object (self->offers, "items-changed", G_CALLBACK (on_offers_changing),
                               self, G_CONNECT_SWAPPED);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->offers)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selection_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->offers, "items-changed", G_CALLBACK (on_offers_changed),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

      /* The rows judge "needs review" by this context's clock. */
      g_signal_connect_data (factory, "setup", G_CALLBACK (setup_row),
                             g_object_ref (bb_context_get_clock (context)),
                             (GClosureNotify) (void (*) (void)) g_object_unref, 0);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
      gtk_list_view_set_factory (self->list_view, factory);

      _bb_offers_view_apply_query (self);
    }

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  if (context != NULL)
    update_list_state (self);
  _bb_offers_view_show_offer (self, NULL);

  g_object_notify (G_OBJECT (self), "context");
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_offers_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bb_offers_view_parent_class)->map (widget);
  update_key_capture (BB_OFFERS_VIEW (widget));
}

static void
bb_offers_view_unmap (GtkWidget *widget)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);

  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
  GTK_WIDGET_CLASS (bb_offers_view_parent_class)->unmap (widget);
}

static void
bb_offers_view_dispose (GObject *object)
{
  BbOffersView *self = BB_OFFERS_VIEW (object);

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (bb_context_get_database (self->context), self);
  if (self->offers != NULL)
    g_signal_handlers_disconnect_by_data (self->offers, self);
  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->focus_tick);
  self->focus_tick = 0;

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_OFFERS_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->offers);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_offers_view_parent_class)->dispose (object);
}

static void
bb_offers_view_finalize (GObject *object)
{
  BbOffersView *self = BB_OFFERS_VIEW (object);

  g_clear_pointer (&self->target_group_ids, g_array_unref);
  g_clear_pointer (&self->step_ids, g_array_unref);
  g_clear_pointer (&self->provider_name, g_free);
  g_clear_pointer (&self->fact_rows, g_ptr_array_unref);
  g_clear_pointer (&self->contact_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_offers_view_parent_class)->finalize (object);
}

static void
bb_offers_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BbOffersView *self = BB_OFFERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offers_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BbOffersView *self = BB_OFFERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Nothing to do when the window shows the view: typing anywhere already searches. */
static void
bb_offers_view_view_iface_init (BbViewInterface *iface)
{
}

static void
bb_offers_view_class_init (BbOffersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_offers_view_dispose;
  object_class->finalize = bb_offers_view_finalize;
  object_class->get_property = bb_offers_view_get_property;
  object_class->set_property = bb_offers_view_set_property;
  widget_class->map = bb_offers_view_map;
  widget_class->unmap = bb_offers_view_unmap;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offers-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, catalogue_menu_button);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, filter_label);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, list_view);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, count_label);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, title_label);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, provider_label);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, tags_label);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, facts_group);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, history_list);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, undo_import_button);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, target_group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, step_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, sector_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, access_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, stale_check);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);

  _bb_offers_view_class_actions_init (klass);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bb_offers_view_init (BbOffersView *self)
{
  GtkGesture *click;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->target_group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->step_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->fact_rows = g_ptr_array_new ();
  self->contact_rows = g_ptr_array_new ();

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_list_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  /* Before the entry's text, which would keep Down to itself. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  _bb_offers_view_actions_init (self);
  _bb_offers_view_fill_fixed_filters (self);
  _bb_offers_view_show_offer (self, NULL);
}
