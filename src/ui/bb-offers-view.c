/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-catalogue-lists-window.h"
#include "bb-coverage-window.h"
#include "bb-export.h"
#include "bb-format.h"
#include "bb-import-dialog.h"
#include "bb-leaflet.h"
#include "bb-leaflet-print.h"
#include "bb-offer-change.h"
#include "bb-offer-editor.h"
#include "bb-offer-list.h"
#include "bb-offers-view.h"

struct _BbOffersView
{
  GtkWidget            parent_instance;

  BbStore             *store;
  BbOfferList         *offers;
  GtkSingleSelection  *selection;
  BbOffer             *offer;
  gint64               selected_id;
  /* Offers in the catalogue, whatever the query; changes only with the store. */
  guint                n_offers;
  /* Set while the list reloads, when the selection briefly points nowhere. */
  gboolean             reloading;
  /* The store changed since the offer beside the list was loaded. */
  gboolean             offer_outdated;
  /* Ids behind the entries of the target group and step filters; index 0 is "all". */
  GArray              *target_group_ids;
  GArray              *step_ids;
  gboolean             filling_filters;
  GPtrArray           *fact_rows;
  GPtrArray           *contact_rows;

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

G_DEFINE_FINAL_TYPE (BbOffersView, bb_offers_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_toast (BbOffersView *self,
                        const char   *title);

/* ---- the list -------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *stale = gtk_label_new (_("Needs review"));
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *groups = gtk_label_new (NULL);
  GtkWidget *tags = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  /* An ellipsized label asks for its whole text; the offer beside needs the room. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (stale, "caption");
  gtk_widget_add_css_class (stale, "warning");
  gtk_widget_set_tooltip_text (stale, _("Not reviewed for 12 months or more"));
  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *label = (GtkWidget *[]) { meta, groups, tags }[i];

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
      gtk_widget_add_css_class (label, i == 0 ? "body" : "caption");
      if (i > 0)
        gtk_widget_add_css_class (label, "dim-label");
    }

  gtk_box_append (GTK_BOX (top), title);
  gtk_box_append (GTK_BOX (top), stale);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_box_append (GTK_BOX (box), groups);
  gtk_box_append (GTK_BOX (box), tags);

  g_object_set_data (G_OBJECT (item), "title", title);
  g_object_set_data (G_OBJECT (item), "stale", stale);
  g_object_set_data (G_OBJECT (item), "meta", meta);
  g_object_set_data (G_OBJECT (item), "groups", groups);
  g_object_set_data (G_OBJECT (item), "tags", tags);
  gtk_list_item_set_child (item, box);
}

/* "Provider · steps" for the second line of a row, leaving out what is unset. */
static char *
join_nonempty (const char *separator,
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

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  BbOffer *offer = gtk_list_item_get_item (item);
  BbProvider *provider = bb_offer_get_provider (offer);
  g_autofree char *steps = bb_offer_dup_step_names (offer);
  g_autofree char *groups = bb_offer_dup_target_group_names (offer);
  g_autofree char *meta = join_nonempty (" · ", provider ? bb_provider_get_name (provider) : "", steps, NULL);
  g_autofree char *tags = join_nonempty (" · ",
                                         bb_access_get_label (bb_offer_get_access (offer)),
                                         bb_offer_status_get_label (bb_offer_get_status (offer)),
                                         NULL);

  gtk_label_set_text (g_object_get_data (G_OBJECT (item), "title"), bb_offer_get_title (offer));
  gtk_label_set_text (g_object_get_data (G_OBJECT (item), "meta"), meta);
  gtk_label_set_text (g_object_get_data (G_OBJECT (item), "groups"), groups);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (item), "groups"), *groups != '\0');
  gtk_label_set_text (g_object_get_data (G_OBJECT (item), "tags"), tags);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (item), "stale"), bb_offer_is_stale (offer, NULL));
}

static void
update_list_state (BbOffersView *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->offers));
  guint n_all = self->n_offers;
  g_autofree char *count = NULL;

  /* An empty catalogue has nothing to show beside the list: the welcome takes the room. */
  gtk_widget_set_visible (self->detail_pane, n_all > 0);
  gtk_widget_set_visible (self->pane_separator, n_all > 0);
  gtk_widget_set_hexpand (self->list_pane, n_all == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n_all > 0);

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

/* ---- the detail pane ------------------------------------------------- */

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         const char          *title,
         const char          *value)
{
  g_autofree char *escaped_title = NULL;
  g_autofree char *escaped_value = NULL;
  GtkWidget *row;

  if (value == NULL || *value == '\0')
    return;

  /* Row titles are markup in libadwaita 1.2; what users typed is text. */
  escaped_title = g_markup_escape_text (title, -1);
  escaped_value = g_markup_escape_text (value, -1);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_value);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

static char *
describe_ages (BbOffer *offer)
{
  int min = bb_offer_get_age_min (offer);
  int max = bb_offer_get_age_max (offer);

  if (min >= 0 && max >= 0)
    /* Translators: an age range, "15–25 years" */
    return g_strdup_printf (_("%d–%d years"), min, max);
  if (min >= 0)
    return g_strdup_printf (_("From %d years"), min);
  if (max >= 0)
    return g_strdup_printf (_("Up to %d years"), max);
  return NULL;
}

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  BbOfferChange *change = item;
  const char *field = bb_offer_change_get_field (change);
  const char *old_value = bb_offer_change_get_old_value (change);
  const char *new_value = bb_offer_change_get_new_value (change);
  g_autofree char *when = bb_format_date_time (bb_offer_change_get_changed_at (change));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (g_str_equal (field, "created") || g_str_equal (field, "deleted") || g_str_equal (field, "restored"))
    title = g_markup_escape_text (bb_offer_change_get_field_label (change), -1);
  else
    {
      g_autofree char *text = NULL;

      /* Translators: a change in an offer's history: field: old value → new value */
      text = g_strdup_printf (_("%s: %s → %s"), bb_offer_change_get_field_label (change),
                              old_value != NULL ? old_value : _("(empty)"),
                              new_value != NULL ? new_value : _("(empty)"));
      title = g_markup_escape_text (text, -1);
    }

  /* Translators: when and by whom, "24 November 2026, 14:05 · Mette Hansen" */
  subtitle = g_markup_printf_escaped (_("%s · %s"), when != NULL ? when : "",
                                      bb_offer_change_get_changed_by (change));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
show_offer (BbOffersView *self,
            BbOffer      *offer)
{
  BbProvider *provider;
  GListModel *contacts;
  g_autoptr(GListModel) history = NULL;
  g_autofree char *provider_text = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *steps = NULL;
  g_autofree char *ages = NULL;
  g_autofree char *capacity = NULL;
  g_autofree char *waiting = NULL;
  g_autofree char *reviewed = NULL;
  gboolean has_offer = offer != NULL;

  g_set_object (&self->offer, offer);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "offers.edit", has_offer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "offers.duplicate", has_offer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "offers.delete", has_offer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "offers.mark-reviewed", has_offer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "offers.print-leaflet", has_offer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "offers.save-leaflet", has_offer);

  clear_rows (self->facts_group, self->fact_rows);
  clear_rows (self->contacts_group, self->contact_rows);
  gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);

  if (!has_offer)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  provider = bb_offer_get_provider (offer);
  provider_text = join_nonempty (" · ", bb_provider_get_name (provider),
                                 bb_provider_get_department (provider),
                                 bb_sector_get_label (bb_provider_get_sector (provider)), NULL);
  reviewed = bb_format_date (bb_offer_get_reviewed (offer));
  {
    g_autofree char *reviewed_text = reviewed != NULL
                                     ? g_strdup_printf (_("Reviewed %s"), reviewed)
                                     : g_strdup (_("Never reviewed"));
    g_autofree char *escaped = g_markup_escape_text (reviewed_text, -1);
    const char *stale = bb_offer_is_stale (offer, NULL) ? _("needs review") : "";
    g_autofree char *stale_markup = *stale != '\0'
                                    ? g_markup_printf_escaped ("<span weight=\"bold\">%s</span>", stale)
                                    : g_strdup ("");

    tags = join_nonempty (" · ", bb_offer_status_get_label (bb_offer_get_status (offer)),
                          bb_access_get_label (bb_offer_get_access (offer)),
                          escaped, stale_markup, NULL);
  }

  gtk_label_set_text (self->title_label, bb_offer_get_title (offer));
  gtk_label_set_text (self->provider_label, provider_text);
  gtk_label_set_markup (self->tags_label, tags);
  gtk_label_set_text (self->summary_label, bb_offer_get_summary (offer));
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), *bb_offer_get_summary (offer) != '\0');

  groups = bb_offer_dup_target_group_names (offer);
  steps = bb_offer_dup_step_names (offer);
  ages = describe_ages (offer);
  if (bb_offer_get_capacity (offer) >= 0)
    capacity = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d place", "%d places",
                                             bb_offer_get_capacity (offer)),
                                bb_offer_get_capacity (offer));
  if (bb_offer_get_waiting_weeks (offer) == 0)
    waiting = g_strdup (_("No waiting time"));
  else if (bb_offer_get_waiting_weeks (offer) > 0)
    waiting = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week", "%d weeks",
                                            bb_offer_get_waiting_weeks (offer)),
                               bb_offer_get_waiting_weeks (offer));

  add_row (self->facts_group, self->fact_rows, _("Description"), bb_offer_get_description (offer));
  add_row (self->facts_group, self->fact_rows, _("Target groups"), groups);
  add_row (self->facts_group, self->fact_rows, _("Steps"), steps);
  add_row (self->facts_group, self->fact_rows, _("Age"), ages);
  add_row (self->facts_group, self->fact_rows, _("Capacity"), capacity);
  add_row (self->facts_group, self->fact_rows, _("Waiting time"), waiting);
  add_row (self->facts_group, self->fact_rows, _("Location"), bb_offer_get_location (offer));
  add_row (self->facts_group, self->fact_rows, _("Opening hours"), bb_offer_get_opening_hours (offer));
  add_row (self->facts_group, self->fact_rows, _("Legal basis"), bb_offer_get_legal_basis (offer));
  add_row (self->facts_group, self->fact_rows, _("Keywords"), bb_offer_get_keywords (offer));
  add_row (self->facts_group, self->fact_rows, _("Provider’s website"), bb_provider_get_website (provider));

  contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *details = join_nonempty (" · ", bb_contact_get_role (contact),
                                                bb_contact_get_phone (contact),
                                                bb_contact_get_email (contact),
                                                bb_contact_get_ambassador (contact) ? _("Ambassador") : "",
                                                NULL);

      add_row (self->contacts_group, self->contact_rows, bb_contact_get_name (contact),
               *details != '\0' ? details : " ");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->contacts_group), self->contact_rows->len > 0);

  history = bb_store_list_offer_history (self->store, bb_offer_get_id (offer), NULL);
  if (history != NULL)
    gtk_list_box_bind_model (self->history_list, history, create_history_row, NULL, NULL);

  gtk_stack_set_visible_child_name (self->detail_stack, "offer");
}

/* Reloads the selected offer from the store: the list's copy may be older. */
static void
show_selected (BbOffersView *self)
{
  g_autoptr(BbOffer) offer = NULL;

  if (self->selected_id != 0)
    offer = bb_store_get_offer (self->store, self->selected_id, NULL);

  show_offer (self, offer);
}

static void
on_selection_changed (BbOffersView *self)
{
  guint position;

  if (self->reloading)
    return;

  position = gtk_single_selection_get_selected (self->selection);

  position = gtk_single_selection_get_selected (self->selection);
  self->selected_id = position != GTK_INVALID_LIST_POSITION
                      ? bb_offer_list_get_id (self->offers, position) : 0;
  show_selected (self);
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
    show_selected (self);
  self->offer_outdated = FALSE;
  update_list_state (self);
}

static void
select_offer (BbOffersView *self,
              gint64        id)
{
  guint position = bb_offer_list_find (self->offers, id);

  if (position == G_MAXUINT)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
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

static void
apply_query (BbOffersView *self)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  GString *active = g_string_new (NULL);
  GtkDropDown *filters[] = {
    self->target_group_dropdown, self->step_dropdown, self->sector_dropdown,
    self->access_dropdown, self->status_dropdown,
  };
  g_autofree char *label = NULL;

  if (self->filling_filters || self->store == NULL)
    {
      g_string_free (active, TRUE);
      return;
    }

  query.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  query.sort = dropdown_selected (self->sort_dropdown);
  query.target_group_id = g_array_index (self->target_group_ids, gint64,
                                         dropdown_selected (self->target_group_dropdown));
  query.step_id = g_array_index (self->step_ids, gint64, dropdown_selected (self->step_dropdown));
  query.sector = (int) dropdown_selected (self->sector_dropdown) - 1;
  query.access = (int) dropdown_selected (self->access_dropdown) - 1;
  query.status = (int) dropdown_selected (self->status_dropdown) - 1;
  query.stale_only = gtk_check_button_get_active (self->stale_check);

  bb_offer_list_set_query (self->offers, &query);

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (dropdown_selected (filters[i]) > 0)
      g_string_append_printf (active, "%s%s", active->len > 0 ? " · " : "", dropdown_text (filters[i]));
  if (query.stale_only)
    g_string_append_printf (active, "%s%s", active->len > 0 ? " · " : "", _("Needs review"));

  /* Translators: the filters in use, e.g. "Filtered: ADHD · Active" */
  label = g_strdup_printf (_("Filtered: %s"), active->str);
  gtk_label_set_text (self->filter_label, label);
  gtk_revealer_set_reveal_child (self->filter_bar, active->len > 0);
  g_string_free (active, TRUE);
}

static void
on_search_changed (BbOffersView *self)
{
  apply_query (self);
}

static void
on_stop_search (BbOffersView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_changed (BbOffersView *self)
{
  apply_query (self);
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

/* The target groups and steps are the user's own lists; they follow the store. */
static void
fill_list_filters (BbOffersView *self)
{
  g_autoptr(GListModel) groups = bb_store_list_target_groups (self->store, NULL);
  g_autoptr(GListModel) steps = bb_store_list_steps (self->store, NULL);
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
      g_ptr_array_add (step_names, bb_step_dup_display_name (step));
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

static void
fill_fixed_filters (BbOffersView *self)
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

static void
on_store_changed (BbOffersView *self)
{
  self->n_offers = bb_store_count_offers (self->store, NULL);
  self->offer_outdated = TRUE;
  self->filling_filters = TRUE;
  fill_list_filters (self);
  self->filling_filters = FALSE;
}

static void
clear_filters (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);

  self->filling_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->target_group_dropdown, 0);
  gtk_drop_down_set_selected (self->step_dropdown, 0);
  gtk_drop_down_set_selected (self->sector_dropdown, 0);
  gtk_drop_down_set_selected (self->access_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_check_button_set_active (self->stale_check, FALSE);
  self->filling_filters = FALSE;
  apply_query (self);
}

static void
focus_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_list (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

/* ---- actions on offers ----------------------------------------------- */

static GtkWindow *
parent_window (BbOffersView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (BbOffersView *self,
            const char   *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error (BbOffersView *self,
            const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_offer_saved (BbOffersView *self,
                BbOffer      *offer)
{
  select_offer (self, bb_offer_get_id (offer));
  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

static void
open_editor (BbOffersView *self,
             BbOffer      *offer)
{
  BbOfferEditor *editor = bb_offer_editor_new (self->store, offer);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_offer_saved), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (editor), parent_window (self));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_offer (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  open_editor (BB_OFFERS_VIEW (widget), NULL);
}

static void
edit_offer (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);

  if (self->offer != NULL)
    open_editor (self, self->offer);
}

static void
duplicate_offer (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  g_autoptr(BbOffer) copy = NULL;

  if (self->offer == NULL)
    return;

  copy = bb_offer_duplicate (self->offer);
  open_editor (self, copy);
}

static void
delete_offer (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  gint64 id;

  if (self->offer == NULL)
    return;

  id = bb_offer_get_id (self->offer);
  title = g_strdup_printf (_("“%s” deleted"), bb_offer_get_title (self->offer));
  if (!bb_store_delete_offer (self->store, id, &error))
    {
      show_error (self, error);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "offers.undo-delete");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_delete (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = g_variant_get_int64 (parameter);

  if (!bb_store_restore_offer (self->store, id, &error))
    {
      show_error (self, error);
      return;
    }

  select_offer (self, id);
}

static void
mark_reviewed (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now),
                                           g_date_time_get_year (now));

  if (self->offer == NULL)
    return;

  if (!bb_store_mark_offer_reviewed (self->store, bb_offer_get_id (self->offer), today, &error))
    show_error (self, error);
  else
    show_toast (self, _("Marked as reviewed today"));
}

static void
print_leaflet (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  g_autoptr(BbLeafletPrint) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->offer == NULL)
    return;

  operation = bb_leaflet_print_new (self->offer);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent_window (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, error);
}

/* GtkFileChooserNative is what GTK 4.8 has; it goes through the portal in a sandbox. */
static GtkFileChooserNative *
file_chooser_new (BbOffersView         *self,
                  const char           *title,
                  GtkFileChooserAction  action,
                  const char           *accept_label)
{
  return gtk_file_chooser_native_new (title, parent_window (self), action, accept_label, _("_Cancel"));
}

static void
add_filter (GtkFileChooserNative *chooser,
            const char           *name,
            const char           *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
}

static void
on_save_leaflet_response (GtkNativeDialog *chooser,
                          int              response,
                          gpointer         user_data)
{
  BbOffersView *self = BB_OFFERS_VIEW (user_data);
  BbOffer *offer = g_object_get_data (G_OBJECT (chooser), "offer");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!bb_leaflet_write_pdf (offer, file, &error))
        show_error (self, error);
      else
        show_toast (self, _("Leaflet saved"));
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
save_leaflet (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->offer == NULL)
    return;

  chooser = file_chooser_new (self, _("Save Leaflet"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  name = g_strdup_printf ("%s.pdf", bb_offer_get_title (self->offer));
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  add_filter (chooser, _("PDF documents"), "*.pdf");
  g_object_set_data_full (G_OBJECT (chooser), "offer", g_object_ref (self->offer), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_leaflet_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_imported (BbOffersView *self,
             const char   *summary)
{
  g_autofree char *title = g_strdup_printf (_("Imported: %s"), summary);

  show_toast (self, title);
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  BbOffersView *self = BB_OFFERS_VIEW (user_data);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      BbImportDialog *dialog = bb_import_dialog_new (self->store, file);

      g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, G_CONNECT_SWAPPED);
      gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
      gtk_window_present (GTK_WINDOW (dialog));
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
import_offers (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  GtkFileChooserNative *chooser;

  chooser = file_chooser_new (self, _("Import Catalogue"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  add_filter (chooser, _("Catalogues (CSV or Open Referral JSON)"), "*.[cCjJ][sS][vVoO]*");
  add_filter (chooser, _("Spreadsheets (CSV)"), "*.[cC][sS][vV]");
  add_filter (chooser, _("Open Referral HSDS (JSON)"), "*.[jJ][sS][oO][nN]");
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  BbOffersView *self = BB_OFFERS_VIEW (user_data);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *name = g_file_get_basename (chosen);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *lower = g_ascii_strdown (name, -1);

      /* The extension chooses the format; a name without one becomes a spreadsheet. */
      if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".json"))
        file = g_object_ref (chosen);
      else
        {
          g_autofree char *csv_name = g_strconcat (name, ".csv", NULL);

          file = g_file_get_child_for_display_name (g_file_get_parent (chosen), csv_name, NULL);
        }

      if (file == NULL || !bb_export_offers (self->store, file, &error))
        {
          if (error != NULL)
            show_error (self, error);
        }
      else
        {
          guint n = bb_store_count_offers (self->store, NULL);
          g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "Exported %u offer",
                                                                 "Exported %u offers", n), n);

          show_toast (self, title);
        }
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_offers (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  GtkFileChooserNative *chooser;

  chooser = file_chooser_new (self, _("Export Catalogue"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  /* Translators: the file name suggested for an exported catalogue; keep .csv */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("offer-catalogue.csv"));
  add_filter (chooser, _("Spreadsheets (CSV)"), "*.csv");
  add_filter (chooser, _("Open Referral HSDS (JSON)"), "*.json");
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_coverage_cell_activated (BbOffersView *self,
                            gint64        target_group_id,
                            gint64        step_id)
{
  self->filling_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  for (guint i = 0; i < self->target_group_ids->len; i++)
    if (g_array_index (self->target_group_ids, gint64, i) == target_group_id)
      gtk_drop_down_set_selected (self->target_group_dropdown, i);
  for (guint i = 0; i < self->step_ids->len; i++)
    if (g_array_index (self->step_ids, gint64, i) == step_id)
      gtk_drop_down_set_selected (self->step_dropdown, i);
  /* The matrix counts active offers; show the same ones. */
  gtk_drop_down_set_selected (self->status_dropdown, BB_OFFER_STATUS_ACTIVE + 1);
  gtk_drop_down_set_selected (self->sector_dropdown, 0);
  gtk_drop_down_set_selected (self->access_dropdown, 0);
  gtk_check_button_set_active (self->stale_check, FALSE);
  self->filling_filters = FALSE;

  apply_query (self);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
show_coverage (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  BbCoverageWindow *window = bb_coverage_window_new (self->store);

  g_signal_connect_object (window, "cell-activated", G_CALLBACK (on_coverage_cell_activated),
                           self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent_window (self));
  gtk_window_present (GTK_WINDOW (window));
}

static void
manage_lists (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  BbCatalogueListsWindow *window = bb_catalogue_lists_window_new (self->store);

  gtk_window_set_transient_for (GTK_WINDOW (window), parent_window (self));
  gtk_window_present (GTK_WINDOW (window));
}

/* ---- GObject --------------------------------------------------------- */

/* These work wherever the focus is in the window, even on the header bar, as the
 * shortcuts window promises. */
static const struct {
  guint            keyval;
  GdkModifierType  modifiers;
  const char      *action;
} window_shortcuts[] = {
  { GDK_KEY_n, GDK_CONTROL_MASK, "offers.new" },
  { GDK_KEY_e, GDK_CONTROL_MASK, "offers.edit" },
  { GDK_KEY_d, GDK_CONTROL_MASK, "offers.duplicate" },
  { GDK_KEY_r, GDK_CONTROL_MASK, "offers.mark-reviewed" },
  { GDK_KEY_p, GDK_CONTROL_MASK, "offers.print-leaflet" },
  { GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "offers.save-leaflet" },
  { GDK_KEY_o, GDK_CONTROL_MASK, "offers.import" },
  { GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "offers.export" },
  { GDK_KEY_m, GDK_CONTROL_MASK, "offers.coverage" },
  { GDK_KEY_f, GDK_CONTROL_MASK, "offers.search" },
};

static void
add_window_shortcuts (BbOffersView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  for (guint i = 0; i < G_N_ELEMENTS (window_shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (window_shortcuts[i].keyval,
                                                                                    window_shortcuts[i].modifiers),
                                                            gtk_named_action_new (window_shortcuts[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Typing anywhere in the window starts a search while the catalogue is shown, as in
 * Files or Settings. */
static void
bb_offers_view_map (GtkWidget *widget)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);

  GTK_WIDGET_CLASS (bb_offers_view_parent_class)->map (widget);
  gtk_search_entry_set_key_capture_widget (self->search_entry,
                                           GTK_WIDGET (gtk_widget_get_root (widget)));
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

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->offers != NULL)
    g_signal_handlers_disconnect_by_data (self->offers, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_OFFERS_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->offers);
  g_clear_object (&self->offer);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bb_offers_view_parent_class)->dispose (object);
}

static void
bb_offers_view_finalize (GObject *object)
{
  BbOffersView *self = BB_OFFERS_VIEW (object);

  g_clear_pointer (&self->target_group_ids, g_array_unref);
  g_clear_pointer (&self->step_ids, g_array_unref);
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
    case PROP_STORE:
      g_value_set_object (value, self->store);
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
    case PROP_STORE:
      bb_offers_view_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
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

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         BB_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/brobygger/Brobygger/bb-offers-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, BbOffersView, filter_label);
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

  gtk_widget_class_install_action (widget_class, "offers.new", NULL, new_offer);
  gtk_widget_class_install_action (widget_class, "offers.edit", NULL, edit_offer);
  gtk_widget_class_install_action (widget_class, "offers.duplicate", NULL, duplicate_offer);
  gtk_widget_class_install_action (widget_class, "offers.delete", NULL, delete_offer);
  gtk_widget_class_install_action (widget_class, "offers.undo-delete", "x", undo_delete);
  gtk_widget_class_install_action (widget_class, "offers.mark-reviewed", NULL, mark_reviewed);
  gtk_widget_class_install_action (widget_class, "offers.print-leaflet", NULL, print_leaflet);
  gtk_widget_class_install_action (widget_class, "offers.save-leaflet", NULL, save_leaflet);
  gtk_widget_class_install_action (widget_class, "offers.import", NULL, import_offers);
  gtk_widget_class_install_action (widget_class, "offers.export", NULL, export_offers);
  gtk_widget_class_install_action (widget_class, "offers.coverage", NULL, show_coverage);
  gtk_widget_class_install_action (widget_class, "offers.manage-lists", NULL, manage_lists);
  gtk_widget_class_install_action (widget_class, "offers.search", NULL, focus_search);
  gtk_widget_class_install_action (widget_class, "offers.clear-filters", NULL, clear_filters);
  gtk_widget_class_install_action (widget_class, "offers.show-list", NULL, show_list);

  /* Delete only where the list has focus: in the search entry it deletes text. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "offers.delete", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bb_offers_view_init (BbOffersView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->target_group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->step_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->fact_rows = g_ptr_array_new ();
  self->contact_rows = g_ptr_array_new ();

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_list_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  add_window_shortcuts (self);
  fill_fixed_filters (self);
  show_offer (self, NULL);
}

BbStore *
bb_offers_view_get_store (BbOffersView *self)
{
  g_return_val_if_fail (BB_IS_OFFERS_VIEW (self), NULL);

  return self->store;
}

void
bb_offers_view_set_store (BbOffersView *self,
                          BbStore      *store)
{
  g_return_if_fail (BB_IS_OFFERS_VIEW (self));
  g_return_if_fail (store == NULL || BB_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_object (&self->offers);
  g_clear_object (&self->selection);
  self->selected_id = 0;

  if (store != NULL)
    {
      /* The filters follow the store before the list does, so a renamed target
       * group shows its new name when the list reloads. */
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      self->n_offers = bb_store_count_offers (store, NULL);
      fill_list_filters (self);

      self->offers = bb_offer_list_new (store);
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
      apply_query (self);
    }

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  if (store != NULL)
    update_list_state (self);
  show_offer (self, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
