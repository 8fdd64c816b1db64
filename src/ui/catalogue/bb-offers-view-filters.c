/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The offers view's search, filters and sort order, and the bar that says which
 * filters are in use. */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-format.h"
#include "bb-offers-view-private.h"

static guint
dropdown_selected (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected == GTK_INVALID_LIST_POSITION ? 0 : selected;
}

static const char *
dropdown_text (GtkDropDown *dropdown)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  return item != NULL ? gtk_string_object_get_string (item) : "";
}

/* The sort entries are the orders from TITLE on; while searching, RELEVANCE comes
 * first. */
static gboolean
sort_has_relevance (BbOffersView *self)
{
  GtkStringList *names = GTK_STRING_LIST (gtk_drop_down_get_model (self->sort_dropdown));

  return g_list_model_get_n_items (G_LIST_MODEL (names)) > BB_OFFER_SORT_REVIEWED + 1;
}

static BbOfferSort
selected_sort (BbOffersView *self)
{
  guint selected = dropdown_selected (self->sort_dropdown);

  if (!sort_has_relevance (self))
    return (BbOfferSort) selected;
  return selected == 0 ? BB_OFFER_SORT_RELEVANCE : (BbOfferSort) (selected - 1);
}

void
_bb_offers_view_apply_query (BbOffersView *self)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GPtrArray) active = g_ptr_array_new ();
  GtkDropDown *filters[] = {
    self->target_group_dropdown, self->step_dropdown, self->sector_dropdown,
    self->access_dropdown, self->status_dropdown,
  };
  g_autofree char *shown = NULL;
  g_autofree char *spoken = NULL;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  if (self->filling_filters || self->offers == NULL)
    return;

  query.search = bb_browse_pane_get_search_text (self->pane);
  query.sort = selected_sort (self);
  query.provider_id = self->provider_id;
  query.target_group_id = g_array_index (self->target_group_ids, gint64,
                                         dropdown_selected (self->target_group_dropdown));
  query.step_id = g_array_index (self->step_ids, gint64, dropdown_selected (self->step_dropdown));
  query.sector = (int) dropdown_selected (self->sector_dropdown) - 1;
  query.access = (int) dropdown_selected (self->access_dropdown) - 1;
  query.status = (int) dropdown_selected (self->status_dropdown) - 1;
  query.stale_only = gtk_check_button_get_active (self->stale_check);

  bb_offer_list_set_query (self->offers, &query);

  /* The provider has no entry in the popover (only "Show These Offers" sets it); the
   * bar is where it shows, and Clear Filters where it goes. */
  if (self->provider_id != 0)
    g_ptr_array_add (active, self->provider_name);
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (dropdown_selected (filters[i]) > 0)
      g_ptr_array_add (active, (gpointer) dropdown_text (filters[i]));
  if (query.stale_only)
    g_ptr_array_add (active, _("Needs review"));
  g_ptr_array_add (active, NULL);

  /* The eye needs a mark between filters whose names have spaces; a screen reader reads
   * a list better than the marks. */
  shown = g_strjoinv (" · ", (char **) active->pdata);
  spoken = g_strjoinv (", ", (char **) active->pdata);
  /* Translators: the filters in use, e.g. "Filtered: ADHD · Active" */
  label = g_strdup_printf (_("Filtered: %s"), shown);
  /* Translators: what a screen reader says of the filter bar, e.g. "Filters in use: ADHD, Active" */
  description = g_strdup_printf (_("Filters in use: %s"), spoken);
  gtk_label_set_text (self->filter_label, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_filters_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_revealer_set_reveal_child (self->filter_bar, active->len > 1);
}

void
_bb_offers_view_reset_filters (BbOffersView *self)
{
  g_assert (self->filling_filters);

  bb_browse_pane_set_search_text (self->pane, "");
  self->provider_id = 0;
  g_clear_pointer (&self->provider_name, g_free);
  gtk_drop_down_set_selected (self->target_group_dropdown, 0);
  gtk_drop_down_set_selected (self->step_dropdown, 0);
  gtk_drop_down_set_selected (self->sector_dropdown, 0);
  gtk_drop_down_set_selected (self->access_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_check_button_set_active (self->stale_check, FALSE);
}

/* The provider's name as the lists hold it now; NULL once it is gone. */
static char *
dup_provider_name (BbOffersView *self,
                   gint64        id)
{
  g_autoptr(GListModel) providers = bb_list_repository_list_providers (bb_context_get_lists (self->context), NULL);

  for (guint i = 0; providers != NULL && i < g_list_model_get_n_items (providers); i++)
    {
      g_autoptr(BbProvider) provider = g_list_model_get_item (providers, i);

      if (bb_provider_get_id (provider) == id)
        return g_strdup (bb_provider_get_name (provider));
    }

  return NULL;
}

static gboolean
select_id (GtkDropDown *dropdown,
           GArray      *ids,
           gint64       id)
{
  /* Index 0 is "all", whose id 0 is no offer's. */
  for (guint i = 1; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        gtk_drop_down_set_selected (dropdown, i);
        return TRUE;
      }

  return FALSE;
}

gboolean
_bb_offers_view_select_list_filter (BbOffersView *self,
                                    const char   *kind,
                                    gint64        id)
{
  g_assert (self->filling_filters);

  if (g_strcmp0 (kind, "target-group") == 0)
    return select_id (self->target_group_dropdown, self->target_group_ids, id);
  if (g_strcmp0 (kind, "step") == 0)
    return select_id (self->step_dropdown, self->step_ids, id);
  if (g_strcmp0 (kind, "provider") != 0 || self->context == NULL)
    return FALSE;

  g_free (self->provider_name);
  self->provider_name = dup_provider_name (self, id);
  self->provider_id = self->provider_name != NULL ? id : 0;
  return self->provider_id != 0;
}

void
_bb_offers_view_update_sort_names (BbOffersView *self)
{
  gboolean searching = *bb_browse_pane_get_search_text (self->pane) != '\0';
  GtkStringList *names = GTK_STRING_LIST (gtk_drop_down_get_model (self->sort_dropdown));
  guint selected = dropdown_selected (self->sort_dropdown);
  /* Also called while the filters are being reset (clearing the search), which must
   * still apply the query itself once it is done. */
  gboolean filling = self->filling_filters;

  if (searching == sort_has_relevance (self))
    return;

  /* The best match first is what a search is for, so it is chosen as a search begins,
   * unless the user asked for another order than the title's; it goes with the search. */
  self->filling_filters = TRUE;
  if (searching)
    {
      gtk_string_list_splice (names, 0, 0, (const char * const []) { C_("sort", "Relevance"), NULL });
      gtk_drop_down_set_selected (self->sort_dropdown, selected == BB_OFFER_SORT_TITLE ? 0 : selected + 1);
    }
  else
    {
      gtk_string_list_remove (names, 0);
      gtk_drop_down_set_selected (self->sort_dropdown, selected == 0 ? BB_OFFER_SORT_TITLE : selected - 1);
    }
  self->filling_filters = filling;
}

static void
set_dropdown_strings (GtkDropDown         *dropdown,
                      const char          *all,
                      const char * const  *labels,
                      guint                n_labels)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  guint selected = dropdown_selected (dropdown);

  gtk_string_list_append (strings, all);
  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (strings, labels[i]);

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (dropdown, selected <= n_labels ? selected : 0);
}

void
_bb_offers_view_fill_list_filters (BbOffersView *self)
{
  BbListRepository *lists = bb_context_get_lists (self->context);
  g_autoptr(GListModel) groups = bb_list_repository_list_target_groups (lists, NULL);
  g_autoptr(GListModel) steps = bb_list_repository_list_steps (lists, NULL);
  g_autoptr(GPtrArray) group_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) step_names = g_ptr_array_new_with_free_func (g_free);
  gint64 group_id = self->target_group_ids->len > 0
                    ? g_array_index (self->target_group_ids, gint64, dropdown_selected (self->target_group_dropdown)) : 0;
  gint64 step_id = self->step_ids->len > 0
                   ? g_array_index (self->step_ids, gint64, dropdown_selected (self->step_dropdown)) : 0;
  guint group_position = 0;
  guint step_position = 0;
  gint64 all = 0;

  g_array_set_size (self->target_group_ids, 0);
  g_array_set_size (self->step_ids, 0);
  g_array_append_val (self->target_group_ids, all);
  g_array_append_val (self->step_ids, all);

  for (guint i = 0; groups != NULL && i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, i);
      gint64 id = bb_target_group_get_id (group);

      g_array_append_val (self->target_group_ids, id);
      g_ptr_array_add (group_names, g_strdup (bb_target_group_get_name (group)));
      if (id == group_id)
        group_position = i + 1;
    }

  for (guint i = 0; steps != NULL && i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);
      gint64 id = bb_step_get_id (step);

      g_array_append_val (self->step_ids, id);
      g_ptr_array_add (step_names, bb_format_step (bb_step_get_level (step), bb_step_get_name (step)));
      if (id == step_id)
        step_position = i + 1;
    }

  self->filling_filters = TRUE;
  set_dropdown_strings (self->target_group_dropdown, _("All target groups"),
                        (const char * const *) group_names->pdata, group_names->len);
  gtk_drop_down_set_selected (self->target_group_dropdown, group_position);
  set_dropdown_strings (self->step_dropdown, _("All steps"),
                        (const char * const *) step_names->pdata, step_names->len);
  gtk_drop_down_set_selected (self->step_dropdown, step_position);
  self->filling_filters = FALSE;
}

void
_bb_offers_view_fill_fixed_filters (BbOffersView *self)
{
  const char *sectors[BB_SECTOR_COUNT];
  const char *access[BB_ACCESS_COUNT];
  const char *statuses[BB_OFFER_STATUS_COUNT];

  for (guint i = 0; i < BB_SECTOR_COUNT; i++)
    sectors[i] = bb_sector_get_label (i);
  for (guint i = 0; i < BB_ACCESS_COUNT; i++)
    access[i] = bb_access_get_label (i);
  for (guint i = 0; i < BB_OFFER_STATUS_COUNT; i++)
    statuses[i] = bb_offer_status_get_label (i);

  self->filling_filters = TRUE;
  set_dropdown_strings (self->sector_dropdown, _("All sectors"), sectors, BB_SECTOR_COUNT);
  set_dropdown_strings (self->access_dropdown, _("All access routes"), access, BB_ACCESS_COUNT);
  set_dropdown_strings (self->status_dropdown, _("All statuses"), statuses, BB_OFFER_STATUS_COUNT);
  self->filling_filters = FALSE;
}

/* ---- filters set from elsewhere ------------------------------------- */

/* What the lists window reaches through win.show-offers-of: the offers that use a
 * provider, target group or step, and only those. */
void
_bb_offers_view_show_offers_of (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  const char *kind;
  gint64 id;
  gboolean found;

  g_variant_get (parameter, "(&sx)", &kind, &id);

  self->filling_filters = TRUE;
  _bb_offers_view_reset_filters (self);
  found = _bb_offers_view_select_list_filter (self, kind, id);
  self->filling_filters = FALSE;
  _bb_offers_view_apply_query (self);

  /* Gone meanwhile: the whole catalogue, rather than a filter nobody set. */
  if (!found)
    return;

  bb_browse_pane_show_list (self->pane);
  gtk_widget_grab_focus (GTK_WIDGET (bb_browse_pane_get_list_view (self->pane)));
}

/* What the overview reaches through win.show-filtered ("a{ss}": filters of
 * bb-overview.h and their values): the offers of a coverage gap's target group and
 * step (none active, or there were no gap), or those not reviewed for a year. */
void
_bb_offers_view_show_filtered (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  const char *value;

  self->filling_filters = TRUE;
  _bb_offers_view_reset_filters (self);
  if (g_variant_lookup (parameter, "coverage-gap", "&s", &value))
    {
      g_auto(GStrv) ids = g_strsplit (value, ":", 2);

      if (g_strv_length (ids) == 2)
        {
          _bb_offers_view_select_list_filter (self, "target-group", g_ascii_strtoll (ids[0], NULL, 10));
          _bb_offers_view_select_list_filter (self, "step", g_ascii_strtoll (ids[1], NULL, 10));
        }
    }
  if (g_variant_lookup (parameter, "stale", "&s", &value))
    gtk_check_button_set_active (self->stale_check, TRUE);
  self->filling_filters = FALSE;
  _bb_offers_view_apply_query (self);

  bb_browse_pane_show_list (self->pane);
}
