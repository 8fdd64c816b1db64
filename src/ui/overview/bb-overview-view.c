/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-format.h"
#include "bb-overview-card-widget.h"
#include "bb-overview-view-private.h"
#include "bb-page-section.h"
#include "bb-view.h"

static void bb_overview_view_view_iface_init (BbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BbOverviewView, bb_overview_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (BB_TYPE_VIEW, bb_overview_view_view_iface_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The waiting target when there are no settings (tests): two weeks. */
#define DEFAULT_WAITING_TARGET_DAYS 14

/* A running computation and the cancellable that tells whether it still counts. */
typedef struct
{
  BbOverviewView *self;
  GCancellable   *cancellable;
} Computation;

static void
computation_free (Computation *computation)
{
  g_object_unref (computation->self);
  g_object_unref (computation->cancellable);
  g_free (computation);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Computation, computation_free)

GSettings *
_bb_overview_view_get_settings (BbOverviewView *self)
{
  return self->context != NULL ? bb_context_get_settings (self->context) : NULL;
}

static guint
dropdown_selected (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected == GTK_INVALID_LIST_POSITION ? 0 : selected;
}

/* ---- the period ------------------------------------------------------ */

/* "overview-period": "month", "quarter", "year" or "custom:FROM:TO". */
static const char * const period_names[] = { "month", "quarter", "year", "custom" };

static void
save_period (BbOverviewView *self)
{
  GSettings *settings = _bb_overview_view_get_settings (self);
  guint kind = dropdown_selected (self->period_dropdown);
  g_autofree char *value = NULL;

  if (settings == NULL || kind >= G_N_ELEMENTS (period_names))
    return;

  if (kind == BB_OVERVIEW_PERIOD_CUSTOM && self->custom_from != NULL)
    value = g_strdup_printf ("custom:%s:%s", self->custom_from, self->custom_to);
  else
    value = g_strdup (period_names[kind]);
  g_settings_set_string (settings, "overview-period", value);
}

static void
load_period (BbOverviewView *self)
{
  GSettings *settings = _bb_overview_view_get_settings (self);
  g_autofree char *value = settings != NULL ? g_settings_get_string (settings, "overview-period") : NULL;
  g_auto(GStrv) parts = g_strsplit (value != NULL ? value : "", ":", 3);
  guint kind = BB_OVERVIEW_PERIOD_MONTH;

  for (guint i = 0; i < G_N_ELEMENTS (period_names); i++)
    if (g_strcmp0 (parts[0], period_names[i]) == 0)
      kind = i;

  /* A custom period whose dates were lost is this month. */
  if (kind == BB_OVERVIEW_PERIOD_CUSTOM)
    {
      BbOverviewFilter check = { 0 };

      if (g_strv_length (parts) == 3
          && bb_overview_filter_init (&check, BB_OVERVIEW_PERIOD_CUSTOM, parts[1], parts[1], parts[2], NULL))
        {
          g_free (self->custom_from);
          g_free (self->custom_to);
          self->custom_from = g_strdup (parts[1]);
          self->custom_to = g_strdup (parts[2]);
        }
      else
        kind = BB_OVERVIEW_PERIOD_MONTH;
      bb_overview_filter_clear (&check);
    }

  gtk_drop_down_set_selected (self->period_dropdown, kind);
}

static void
update_custom_button (BbOverviewView *self)
{
  gboolean custom = dropdown_selected (self->period_dropdown) == BB_OVERVIEW_PERIOD_CUSTOM;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *label = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->custom_button), custom);
  if (!custom || self->custom_from == NULL)
    return;

  from = bb_format_date (self->custom_from);
  to = bb_format_date (self->custom_to);
  /* Translators: the dates of a custom period: "1 January 2026 – 31 March 2026" */
  label = g_strdup_printf (_("%s – %s"), from, to);
  gtk_menu_button_set_label (self->custom_button, label);
}

gboolean
_bb_overview_view_fill_filter (BbOverviewView   *self,
                               BbOverviewFilter *filter,
                               GError          **error)
{
  GSettings *settings = _bb_overview_view_get_settings (self);
  guint kind = dropdown_selected (self->period_dropdown);
  guint adviser = dropdown_selected (self->adviser_dropdown);
  g_autofree char *today = bb_page_dup_today (self->context);

  if (kind == BB_OVERVIEW_PERIOD_CUSTOM && self->custom_from == NULL)
    kind = BB_OVERVIEW_PERIOD_MONTH;
  if (!bb_overview_filter_init (filter, kind, today, self->custom_from, self->custom_to, error))
    return FALSE;

  if (adviser > 0 && adviser < self->adviser_ids->len)
    filter->adviser_id = g_array_index (self->adviser_ids, gint64, adviser);
  filter->waiting_target_days = settings != NULL ? g_settings_get_uint (settings, "waiting-target-days")
                                                 : DEFAULT_WAITING_TARGET_DAYS;
  return TRUE;
}

/* ---- the adviser filter ---------------------------------------------- */

static void
fill_adviser_filter (BbOverviewView *self)
{
  g_autoptr(GListModel) advisers = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = dropdown_selected (self->adviser_dropdown);
  gint64 selected_id = selected < self->adviser_ids->len ? g_array_index (self->adviser_ids, gint64, selected) : 0;
  guint position = 0;
  gint64 all = 0;

  g_array_set_size (self->adviser_ids, 0);
  g_array_append_val (self->adviser_ids, all);
  gtk_string_list_append (names, _("All advisers"));

  if (self->context != NULL)
    advisers = bb_adviser_repository_list (bb_context_get_advisers (self->context), TRUE, NULL);
  for (guint i = 0; advisers != NULL && i < g_list_model_get_n_items (advisers); i++)
    {
      g_autoptr(BbAdviser) adviser = g_list_model_get_item (advisers, i);
      gint64 id = bb_adviser_get_id (adviser);

      g_array_append_val (self->adviser_ids, id);
      if (bb_adviser_get_active (adviser))
        gtk_string_list_append (names, bb_adviser_get_name (adviser));
      else
        {
          /* Translators: an adviser who has left, in the adviser filter */
          g_autofree char *name = g_strdup_printf (_("%s (inactive)"), bb_adviser_get_name (adviser));

          gtk_string_list_append (names, name);
        }
      if (id == selected_id)
        position = i + 1;
    }

  self->filling_filters = TRUE;
  gtk_drop_down_set_model (self->adviser_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->adviser_dropdown, position);
  self->filling_filters = FALSE;
}

/* ---- the cards ------------------------------------------------------- */

/* The cards shown, in order. */
static GPtrArray *
list_card_widgets (BbOverviewView *self)
{
  GPtrArray *widgets = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->card_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (widgets, gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child)));

  return widgets;
}

/* GTK 4.8 has no gtk_flow_box_remove_all (). */
static void
remove_cards (BbOverviewView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->card_box))) != NULL)
    gtk_flow_box_remove (self->card_box, child);
}

/* The same cards as before take their new figures in place, so the focus stays
 * where it was; other cards are built afresh. */
static void
set_overview (BbOverviewView *self,
              BbOverview     *overview)
{
  g_autoptr(BbOverview) old = g_steal_pointer (&self->overview);
  g_autoptr(GPtrArray) widgets = list_card_widgets (self);
  guint n = bb_overview_get_n_cards (overview);
  gboolean same = widgets->len == n;

  for (guint i = 0; same && i < n; i++)
    {
      const BbOverviewCard *shown = bb_overview_card_widget_get_card (g_ptr_array_index (widgets, i));

      same = g_strcmp0 (shown->id, bb_overview_get_card (overview, i)->id) == 0;
    }

  self->overview = overview;
  if (same)
    {
      for (guint i = 0; i < n; i++)
        bb_overview_card_widget_set_card (g_ptr_array_index (widgets, i), bb_overview_get_card (overview, i));
    }
  else
    {
      remove_cards (self);
      for (guint i = 0; i < n; i++)
        {
          BbOverviewCardWidget *card = bb_overview_card_widget_new ();

          bb_overview_card_widget_set_card (card, bb_overview_get_card (overview, i));
          gtk_flow_box_append (self->card_box, GTK_WIDGET (card));
          /* The card's own controls take the focus, not the flow box's child. */
          gtk_widget_set_focusable (gtk_widget_get_parent (GTK_WIDGET (card)), FALSE);
        }
    }

  _bb_overview_view_actions_update (self);
}

static void
set_busy (BbOverviewView *self,
          gboolean        busy)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->spinner)) == busy)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
show_error (BbOverviewView *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
on_computed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Computation) computation = user_data;
  BbOverviewView *self = computation->self;
  g_autoptr(GError) error = NULL;
  BbOverview *overview;

  overview = bb_overview_repository_compute_finish (BB_OVERVIEW_REPOSITORY (source), result, &error);
  /* A newer computation took over, or the view went. */
  if (g_cancellable_is_cancelled (computation->cancellable))
    {
      g_clear_pointer (&overview, bb_overview_free);
      return;
    }

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  if (overview == NULL)
    {
      g_warning ("Cannot count the overview: %s", error->message);
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  set_overview (self, overview);
}

void
_bb_overview_view_refresh (BbOverviewView *self)
{
  BbOverviewFilter filter = { 0 };
  g_autoptr(GError) error = NULL;
  Computation *computation;

  g_clear_handle_id (&self->changed_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->repository == NULL)
    {
      set_busy (self, FALSE);
      return;
    }

  /* Nobody looks: counted when somebody does. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      set_busy (self, FALSE);
      return;
    }
  self->stale = FALSE;

  if (!_bb_overview_view_fill_filter (self, &filter, &error))
    {
      show_error (self, error->message);
      set_busy (self, FALSE);
      return;
    }

  self->cancellable = g_cancellable_new ();
  computation = g_new0 (Computation, 1);
  computation->self = g_object_ref (self);
  computation->cancellable = g_object_ref (self->cancellable);
  set_busy (self, TRUE);
  bb_overview_repository_compute_async (self->repository, &filter, self->cancellable, on_computed, computation);
  bb_overview_filter_clear (&filter);
}

static gboolean
refresh_after_changes (gpointer data)
{
  BbOverviewView *self = BB_OVERVIEW_VIEW (data);

  self->changed_source = 0;
  _bb_overview_view_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (an import, a status with its history): count once after. */
static void
on_database_changed (BbOverviewView *self,
                     const char     *domain)
{
  if (g_strcmp0 (domain, "advisers") == 0)
    fill_adviser_filter (self);

  g_clear_handle_id (&self->changed_source, g_source_remove);
  self->changed_source = g_timeout_add (300, refresh_after_changes, self);
}

/* ---- template callbacks ---------------------------------------------- */

static void
on_period_selected (BbOverviewView *self)
{
  if (self->filling_filters)
    return;

  update_custom_button (self);
  if (dropdown_selected (self->period_dropdown) == BB_OVERVIEW_PERIOD_CUSTOM)
    {
      /* The period shown so far is where the dates to change start. */
      if (self->custom_from == NULL && self->overview != NULL)
        {
          const BbOverviewFilter *shown = bb_overview_get_filter (self->overview);

          self->custom_from = g_strdup (shown->from);
          self->custom_to = g_strdup (shown->to);
          update_custom_button (self);
        }
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        gtk_menu_button_popup (self->custom_button);
    }

  save_period (self);
  _bb_overview_view_refresh (self);
}

static void
on_custom_popover_show (BbOverviewView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), self->custom_from != NULL ? self->custom_from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), self->custom_to != NULL ? self->custom_to : "");
  gtk_widget_set_visible (GTK_WIDGET (self->custom_error_label), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->from_entry));
}

static void
on_custom_apply (BbOverviewView *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(GError) error = NULL;
  BbOverviewFilter check = { 0 };
  GtkWidget *wrong = GTK_WIDGET (self->from_entry);

  if (bb_page_parse_date (GTK_EDITABLE (self->from_entry), _("From"), &from, &error))
    {
      wrong = GTK_WIDGET (self->to_entry);
      if (bb_page_parse_date (GTK_EDITABLE (self->to_entry), _("To"), &to, &error))
        {
          if (from == NULL || to == NULL)
            {
              wrong = GTK_WIDGET (from == NULL ? self->from_entry : self->to_entry);
              g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Write both dates of the period."));
            }
          else
            bb_overview_filter_init (&check, BB_OVERVIEW_PERIOD_CUSTOM, from, from, to, &error);
          bb_overview_filter_clear (&check);
        }
    }

  if (error != NULL)
    {
      gtk_label_set_text (self->custom_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->custom_error_label), TRUE);
      gtk_widget_grab_focus (wrong);
      return;
    }

  g_free (self->custom_from);
  g_free (self->custom_to);
  self->custom_from = g_steal_pointer (&from);
  self->custom_to = g_steal_pointer (&to);
  gtk_popover_popdown (self->custom_popover);
  update_custom_button (self);
  save_period (self);
  _bb_overview_view_refresh (self);
}

static void
on_adviser_selected (BbOverviewView *self)
{
  if (!self->filling_filters)
    _bb_overview_view_refresh (self);
}

/* ---- the context ----------------------------------------------------- */

static void
set_context (BbOverviewView *self,
             BbContext      *context)
{
  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (bb_context_get_database (self->context), self);
  g_set_object (&self->context, context);
  g_clear_object (&self->repository);
  g_clear_pointer (&self->overview, bb_overview_free);
  remove_cards (self);

  if (context != NULL)
    {
      self->repository = bb_overview_repository_new (bb_context_get_database (context));
      g_signal_connect_object (bb_context_get_database (context), "changed",
                               G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
      self->filling_filters = TRUE;
      load_period (self);
      self->filling_filters = FALSE;
      update_custom_button (self);
    }
  fill_adviser_filter (self);
  _bb_overview_view_actions_update (self);
  _bb_overview_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/* ---- BbView ---------------------------------------------------------- */

static void
bb_overview_view_activate (BbView *view)
{
  BbOverviewView *self = BB_OVERVIEW_VIEW (view);

  gtk_widget_grab_focus (GTK_WIDGET (self->period_dropdown));
}

static void
bb_overview_view_view_iface_init (BbViewInterface *iface)
{
  iface->activate = bb_overview_view_activate;
}

/* ---- GtkWidget ------------------------------------------------------- */

static void
bb_overview_view_map (GtkWidget *widget)
{
  BbOverviewView *self = BB_OVERVIEW_VIEW (widget);

  GTK_WIDGET_CLASS (bb_overview_view_parent_class)->map (widget);

  if (self->stale || (self->overview == NULL && self->cancellable == NULL))
    _bb_overview_view_refresh (self);
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_overview_view_dispose (GObject *object)
{
  BbOverviewView *self = BB_OVERVIEW_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->changed_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_OVERVIEW_VIEW);
  g_clear_pointer (&self->overview, bb_overview_free);
  g_clear_object (&self->repository);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_overview_view_parent_class)->dispose (object);
}

static void
bb_overview_view_finalize (GObject *object)
{
  BbOverviewView *self = BB_OVERVIEW_VIEW (object);

  g_clear_pointer (&self->adviser_ids, g_array_unref);
  g_free (self->custom_from);
  g_free (self->custom_to);

  G_OBJECT_CLASS (bb_overview_view_parent_class)->finalize (object);
}

static void
bb_overview_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BbOverviewView *self = BB_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, bb_overview_view_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_overview_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BbOverviewView *self = BB_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_overview_view_class_init (BbOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_overview_view_dispose;
  object_class->finalize = bb_overview_view_finalize;
  object_class->get_property = bb_overview_view_get_property;
  object_class->set_property = bb_overview_view_set_property;
  widget_class->map = bb_overview_view_map;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  properties[PROP_CONTEXT] = g_object_class_find_property (object_class, "context");
  /**
   * BbOverviewView:busy:
   *
   * Whether the figures are being counted (the spinner turns).
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_property (object_class, PROP_BUSY, properties[PROP_BUSY]);

  g_type_ensure (BB_TYPE_OVERVIEW_CARD_WIDGET);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/brobygger/Brobygger/overview/bb-overview-view.ui");
  /* Bound so that gtk_widget_dispose_template () takes it away. */
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, box);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, custom_button);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, custom_popover);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, custom_error_label);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, adviser_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, export_button);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, spinner);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, error_label);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewView, card_box);
  gtk_widget_class_bind_template_callback (widget_class, on_period_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_adviser_selected);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  _bb_overview_view_class_actions_init (klass);
}

static void
bb_overview_view_init (BbOverviewView *self)
{
  self->adviser_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  fill_adviser_filter (self);
  _bb_overview_view_actions_init (self);
  _bb_overview_view_actions_update (self);
}

gboolean
bb_overview_view_get_busy (BbOverviewView *self)
{
  g_return_val_if_fail (BB_IS_OVERVIEW_VIEW (self), FALSE);

  return self->cancellable != NULL;
}
