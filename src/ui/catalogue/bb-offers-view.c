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

static void
update_list_state (BbOffersView *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->offers));
  guint n_all = self->n_offers;
  g_autofree char *count = NULL;

  /* An empty catalogue has nothing to show beside the list, nor to search or filter:
   * the welcome takes the room. */
  bb_browse_pane_set_detail_visible (self->pane, n_all > 0);
  bb_browse_pane_set_has_items (self->pane, n_all > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n_all > 0);
  gtk_widget_set_visible (self->filter_button, n_all > 0);
  gtk_widget_set_hexpand (self->catalogue_menu_button, n_all == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "offers.search", n_all > 0);

  /* A search's count comes from the job thread; the list holds its first rows till then. */
  if (bb_id_list_is_counting (BB_ID_LIST (self->offers)))
    count = g_strdup (_("Counting…"));
  else if (n_shown == n_all)
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
  _bb_offers_view_show_selected (self);
}

static gint64
get_offer_id (GListModel *model,
              guint       position)
{
  return bb_offer_list_get_id (BB_OFFER_LIST (model), position);
}

static guint
find_offer (GListModel *model,
            gint64      id)
{
  return bb_offer_list_find (BB_OFFER_LIST (model), id);
}

/* After the pane has found the selected offer again in the new rows. A new search
 * leaves the offer shown as it was; only a write can change it. */
static void
on_offers_changed (BbOffersView *self)
{
  gint64 selected_id = bb_browse_pane_get_selected_id (self->pane);

  if (self->offer_outdated || selected_id != (self->offer != NULL ? bb_offer_get_id (self->offer) : 0))
    _bb_offers_view_show_selected (self);
  self->offer_outdated = FALSE;
  update_list_state (self);
}

/* ---- search and filters ---------------------------------------------- */

static void
on_search_changed (BbOffersView *self)
{
  _bb_offers_view_update_sort_names (self);
  _bb_offers_view_apply_query (self);
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
  bb_browse_pane_show_toast (self->pane, title);
}

void
_bb_offers_view_show_error (BbOffersView *self,
                            const GError *error)
{
  bb_browse_pane_show_error (self->pane, error);
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
  bb_browse_pane_set_model (self->pane, NULL, NULL, NULL);
  g_clear_object (&self->offers);

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
      bb_browse_pane_set_model (self->pane, G_LIST_MODEL (self->offers), get_offer_id, find_offer);
      g_signal_connect_object (self->offers, "items-changed", G_CALLBACK (on_offers_changed),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

      /* The rows judge "needs review" by this context's clock. */
      g_signal_connect_data (factory, "setup", G_CALLBACK (setup_row),
                             g_object_ref (bb_context_get_clock (context)),
                             (GClosureNotify) (void (*) (void)) g_object_unref, 0);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
      bb_browse_pane_set_factory (self->pane, factory);

      _bb_offers_view_apply_query (self);
    }

  if (context != NULL)
    update_list_state (self);
  _bb_offers_view_show_offer (self, NULL);

  g_object_notify (G_OBJECT (self), "context");
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_offers_view_dispose (GObject *object)
{
  BbOffersView *self = BB_OFFERS_VIEW (object);

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (bb_context_get_database (self->context), self);
  if (self->offers != NULL)
    g_signal_handlers_disconnect_by_data (self->offers, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_OFFERS_VIEW);

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

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  g_type_ensure (BB_TYPE_BROWSE_PANE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offers-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, pane);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, catalogue_menu_button);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, filter_label);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, count_label);
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
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);

  _bb_offers_view_class_actions_init (klass);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bb_offers_view_init (BbOffersView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->target_group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->step_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->fact_rows = g_ptr_array_new ();
  self->contact_rows = g_ptr_array_new ();

  _bb_offers_view_actions_init (self);
  _bb_offers_view_fill_fixed_filters (self);
  _bb_offers_view_show_offer (self, NULL);
}
