/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-plan-row.h"
#include "bb-plans-view-private.h"
#include "bb-view.h"

static void bb_plans_view_view_iface_init (BbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BbPlansView, bb_plans_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (BB_TYPE_VIEW, bb_plans_view_view_iface_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SHOW_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- the list -------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  gtk_list_item_set_child (item, GTK_WIDGET (bb_plan_row_new ()));
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  bb_plan_row_set_plan (BB_PLAN_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  bb_plan_row_set_plan (BB_PLAN_ROW (gtk_list_item_get_child (item)), NULL);
}

static gint64
get_plan_id (GListModel *model,
             guint       position)
{
  return bb_id_list_get_id (BB_ID_LIST (model), position);
}

static guint
find_plan (GListModel *model,
           gint64      id)
{
  return bb_id_list_find (BB_ID_LIST (model), id);
}

/* Whether there is any plan at all, archived ones too (the one waiting for its toast
 * apart): without, the list shows how to begin instead of a search. */
void
_bb_plans_view_update_has_items (BbPlansView *self)
{
  BbPlanQuery all = BB_PLAN_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  gboolean any = FALSE;

  if (self->plans != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->plans)) > 0)
    any = TRUE;
  else if (self->context != NULL)
    {
      all.include_archived = TRUE;
      ids = bb_plan_repository_query_ids (bb_context_get_plans (self->context), &all, NULL);
      any = ids != NULL && ids->len > (bb_pending_delete_get_id (self->pending_delete) != 0 ? 1u : 0u);
    }

  bb_browse_pane_set_has_items (self->pane, any);
}

void
_bb_plans_view_apply_query (BbPlansView *self)
{
  BbPlanQuery query = BB_PLAN_QUERY_INIT;

  if (self->plans == NULL)
    return;

  query.search = bb_browse_pane_get_search_text (self->pane);
  query.include_archived = self->show_archived;
  bb_plan_list_set_query (self->plans, &query);
}

void
_bb_plans_view_show_plan (BbPlansView *self,
                          gint64       id,
                          gboolean     focus)
{
  if (self->plans == NULL || id == 0)
    return;

  if (find_plan (G_LIST_MODEL (self->plans), id) == G_MAXUINT)
    {
      /* A plan the search or the archive filter hide is worth more than them. */
      bb_browse_pane_set_search_text (self->pane, "");
      if (!self->show_archived)
        g_object_set (self, "show-archived", TRUE, NULL);
      _bb_plans_view_apply_query (self);
    }

  if (focus ? bb_browse_pane_focus (self->pane, id) : bb_browse_pane_select (self->pane, id))
    bb_browse_pane_show_detail (self->pane);
}

GtkWindow *
_bb_plans_view_get_window (BbPlansView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_plans_changed (BbPlansView *self)
{
  _bb_plans_view_update_has_items (self);
}

static void
on_search_changed (BbPlansView *self)
{
  _bb_plans_view_apply_query (self);
}

static void
on_selected_id_changed (BbPlansView *self)
{
  gint64 id = bb_browse_pane_get_selected_id (self->pane);

  g_object_set (self->plan_page, "plan-id", id, NULL);
  bb_browse_pane_set_item_shown (self->pane, id != 0);
  gtk_widget_set_visible (self->plan_menu_button, id != 0);
  _bb_plans_view_actions_update (self);
}

/* The page says when its plan's archive state changes, for the menu's wording. */
static void
on_page_plan_changed (BbPlansView *self)
{
  _bb_plans_view_actions_update (self);
}

static void
set_context (BbPlansView *self,
             BbContext   *context)
{
  if (self->context == context)
    return;

  _bb_plans_view_commit_delete (self);
  g_set_object (&self->context, context);
  g_clear_object (&self->plans);
  if (context != NULL)
    {
      self->plans = bb_plan_list_new (bb_context_get_plans (context), bb_context_get_database (context));
      _bb_plans_view_apply_query (self);
    }
  bb_browse_pane_set_model (self->pane, G_LIST_MODEL (self->plans), get_plan_id, find_plan);
  if (self->plans != NULL)
    g_signal_connect_object (self->plans, "items-changed", G_CALLBACK (on_plans_changed), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_object_set (self->plan_page, "context", context, NULL);
  _bb_plans_view_update_has_items (self);
  _bb_plans_view_actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
set_show_archived (BbPlansView *self,
                   gboolean     show)
{
  if (self->show_archived == show)
    return;

  self->show_archived = show;
  _bb_plans_view_apply_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_ARCHIVED]);
}

/* ---- BbView ---------------------------------------------------------- */

static void
bb_plans_view_activate (BbView *view)
{
  BbPlansView *self = BB_PLANS_VIEW (view);

  if (bb_browse_pane_get_has_items (self->pane))
    bb_browse_pane_focus_search (self->pane);
}

static void
bb_plans_view_view_iface_init (BbViewInterface *iface)
{
  iface->activate = bb_plans_view_activate;
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_plans_view_dispose (GObject *object)
{
  BbPlansView *self = BB_PLANS_VIEW (object);

  _bb_plans_view_commit_delete (self);
  if (self->pane != NULL)
    bb_browse_pane_set_model (self->pane, NULL, get_plan_id, find_plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLANS_VIEW);
  g_clear_object (&self->plans);
  g_clear_object (&self->context);
  g_clear_object (&self->pending_delete);

  G_OBJECT_CLASS (bb_plans_view_parent_class)->dispose (object);
}

static void
bb_plans_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BbPlansView *self = BB_PLANS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SHOW_ARCHIVED:
      g_value_set_boolean (value, self->show_archived);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_plans_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BbPlansView *self = BB_PLANS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      set_context (self, g_value_get_object (value));
      break;
    case PROP_SHOW_ARCHIVED:
      set_show_archived (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_plans_view_class_init (BbPlansViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_plans_view_dispose;
  object_class->get_property = bb_plans_view_get_property;
  object_class->set_property = bb_plans_view_set_property;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  properties[PROP_CONTEXT] = g_object_class_find_property (object_class, "context");
  properties[PROP_SHOW_ARCHIVED] =
    g_param_spec_boolean ("show-archived", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_property (object_class, PROP_SHOW_ARCHIVED, properties[PROP_SHOW_ARCHIVED]);

  g_type_ensure (BB_TYPE_BROWSE_PANE);
  g_type_ensure (BB_TYPE_PLAN_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/brobygger/Brobygger/plans/bb-plans-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlansView, pane);
  gtk_widget_class_bind_template_child (widget_class, BbPlansView, plan_page);
  gtk_widget_class_bind_template_child (widget_class, BbPlansView, plan_menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_id_changed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  _bb_plans_view_class_actions_init (klass);
}

static void
bb_plans_view_init (BbPlansView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  bb_browse_pane_set_factory (self->pane, factory);
  g_signal_connect_object (self->plan_page, "plan-changed", G_CALLBACK (on_page_plan_changed), self,
                           G_CONNECT_SWAPPED);

  _bb_plans_view_actions_init (self);
  _bb_plans_view_actions_update (self);
}
