/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-browse-pane-private.h"


static void bb_browse_pane_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BbBrowsePane, bb_browse_pane, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, bb_browse_pane_buildable_init))

enum {
  PROP_0,
  PROP_SELECTED_ID,
  PROP_HAS_ITEMS,
  PROP_NOTICE_SHOWN,
  PROP_ITEM_SHOWN,
  PROP_DETAIL_VISIBLE,
  PROP_FOLDED,
  PROP_SEARCH_PLACEHOLDER,
  PROP_LIST_LABEL,
  N_PROPS
};

enum {
  SEARCH_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];
static GtkBuildableIface *parent_buildable_iface;

/* ---- what the list shows --------------------------------------------- */

static void
show_page_if_there (GtkStack   *stack,
                    const char *name)
{
  if (gtk_stack_get_child_by_name (stack, name) != NULL)
    gtk_stack_set_visible_child_name (stack, name);
}

void
_bb_browse_pane_update_list_page (BbBrowsePane *self)
{
  guint n_items = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

  if (self->notice_shown)
    show_page_if_there (self->list_stack, "notice");
  else if (!self->has_items)
    show_page_if_there (self->list_stack, "empty");
  else if (n_items == 0)
    show_page_if_there (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
update_detail_page (BbBrowsePane *self)
{
  show_page_if_there (self->detail_stack, self->item_shown ? "detail" : "none");
}

/* Typing anywhere in the window searches while the view is shown and has anything to
 * search, as in Files or Settings. */
static void
update_key_capture (BbBrowsePane *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  gboolean searchable = gtk_widget_get_mapped (GTK_WIDGET (self)) && self->has_items;

  gtk_search_entry_set_key_capture_widget (self->search_entry, searchable ? root : NULL);
}

/* ---- the list ------------------------------------------------------- */

static void
on_list_activate (BbBrowsePane *self,
                  guint         position)
{
  bb_browse_pane_show_detail (self);
}

/* A click or tap on a narrow window opens the item; arrow keys only move through the
 * list, so reading it with the keyboard does not jump away from it. */
static void
on_list_released (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  BbBrowsePane    *self)
{
  if (adw_leaflet_get_folded (self->leaflet) && self->selected_id != 0)
    bb_browse_pane_show_detail (self);
}

static void
on_folded_changed (BbBrowsePane *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

void
_bb_browse_pane_set_selected_id (BbBrowsePane *self,
                                 gint64        id)
{
  if (self->selected_id == id)
    return;

  self->selected_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

/* ---- the search ------------------------------------------------------ */

static void
on_search_changed (BbBrowsePane *self)
{
  GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));

  /* New results start at the top, whatever the old ones were scrolled to. The list
   * keeps its place at the first row through the reload; scrolled after, it would look
   * for rows it has not laid out yet. */
  if (scroll != NULL)
    gtk_adjustment_set_value (scroll, gtk_adjustment_get_lower (scroll));

  g_signal_emit (self, signals[SEARCH_CHANGED], 0);
}

/* Down in the search entry goes on to the results, with the first one selected. */
static gboolean
on_search_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       BbBrowsePane          *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & gtk_accelerator_get_default_mod_mask ()) != 0
      || self->model == NULL || g_list_model_get_n_items (self->model) == 0)
    return GDK_EVENT_PROPAGATE;

  bb_browse_pane_focus (self, self->get_id (self->model, 0));
  return GDK_EVENT_STOP;
}

static void
on_stop_search (BbBrowsePane *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* ---- actions and keys ------------------------------------------------ */

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  bb_browse_pane_show_list (BB_BROWSE_PANE (widget));
}

/* Escape goes back from the item to the list where they take turns, as the back
 * button does; elsewhere it is left to others (the search entry clears itself). */
static gboolean
on_escape (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  return bb_browse_pane_go_back (BB_BROWSE_PANE (widget));
}

/* ---- GtkBuildable ---------------------------------------------------- */

static void
add_after (GtkWidget  *box,
           GtkWidget  *child,
           GtkWidget **last)
{
  gtk_box_insert_child_after (GTK_BOX (box), child, *last);
  *last = child;
}

static void
bb_browse_pane_add_child (GtkBuildable *buildable,
                          GtkBuilder   *builder,
                          GObject      *child,
                          const char   *type)
{
  BbBrowsePane *self = BB_BROWSE_PANE (buildable);
  GtkWidget *widget = GTK_IS_WIDGET (child) ? GTK_WIDGET (child) : NULL;

  if (type == NULL || widget == NULL)
    {
      parent_buildable_iface->add_child (buildable, builder, child, type);
      return;
    }

  if (g_str_equal (type, "list-start"))
    add_after (self->list_header, widget, &self->list_start_last);
  else if (g_str_equal (type, "list-end"))
    gtk_box_append (GTK_BOX (self->list_header), widget);
  else if (g_str_equal (type, "list-top"))
    add_after (self->list_pane, widget, &self->list_top_last);
  else if (g_str_equal (type, "list-bottom"))
    gtk_box_append (GTK_BOX (self->list_pane), widget);
  else if (g_str_equal (type, "empty") || g_str_equal (type, "no-results") || g_str_equal (type, "notice"))
    {
      gtk_stack_add_named (self->list_stack, widget, type);
      _bb_browse_pane_update_list_page (self);
    }
  else if (g_str_equal (type, "detail-end"))
    gtk_box_append (GTK_BOX (self->detail_header), widget);
  else if (g_str_equal (type, "none") || g_str_equal (type, "detail"))
    {
      gtk_stack_add_named (self->detail_stack, widget, type);
      update_detail_page (self);
    }
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
bb_browse_pane_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = bb_browse_pane_add_child;
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_browse_pane_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bb_browse_pane_parent_class)->map (widget);
  update_key_capture (BB_BROWSE_PANE (widget));
}

static void
bb_browse_pane_unmap (GtkWidget *widget)
{
  BbBrowsePane *self = BB_BROWSE_PANE (widget);

  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
  GTK_WIDGET_CLASS (bb_browse_pane_parent_class)->unmap (widget);
}

static void
bb_browse_pane_dispose (GObject *object)
{
  BbBrowsePane *self = BB_BROWSE_PANE (object);

  _bb_browse_pane_disconnect_model (self);
  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->focus_tick);
  self->focus_tick = 0;

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_BROWSE_PANE);

  g_clear_object (&self->selection);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (bb_browse_pane_parent_class)->dispose (object);
}

static void
bb_browse_pane_finalize (GObject *object)
{
  BbBrowsePane *self = BB_BROWSE_PANE (object);

  g_free (self->list_label);

  G_OBJECT_CLASS (bb_browse_pane_parent_class)->finalize (object);
}

static void
bb_browse_pane_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BbBrowsePane *self = BB_BROWSE_PANE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, self->selected_id);
      break;

    case PROP_HAS_ITEMS:
      g_value_set_boolean (value, self->has_items);
      break;

    case PROP_NOTICE_SHOWN:
      g_value_set_boolean (value, self->notice_shown);
      break;

    case PROP_ITEM_SHOWN:
      g_value_set_boolean (value, self->item_shown);
      break;

    case PROP_DETAIL_VISIBLE:
      g_value_set_boolean (value, gtk_widget_get_visible (self->detail_pane));
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, adw_leaflet_get_folded (self->leaflet));
      break;

    case PROP_SEARCH_PLACEHOLDER:
      g_object_get_property (G_OBJECT (self->search_entry), "placeholder-text", value);
      break;

    case PROP_LIST_LABEL:
      g_value_set_string (value, self->list_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_browse_pane_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BbBrowsePane *self = BB_BROWSE_PANE (object);
  const char *text;

  switch (prop_id)
    {
    case PROP_HAS_ITEMS:
      bb_browse_pane_set_has_items (self, g_value_get_boolean (value));
      break;

    case PROP_NOTICE_SHOWN:
      bb_browse_pane_set_notice_shown (self, g_value_get_boolean (value));
      break;

    case PROP_ITEM_SHOWN:
      bb_browse_pane_set_item_shown (self, g_value_get_boolean (value));
      break;

    case PROP_DETAIL_VISIBLE:
      bb_browse_pane_set_detail_visible (self, g_value_get_boolean (value));
      break;

    case PROP_SEARCH_PLACEHOLDER:
      /* What the entry says is also its name for a screen reader. */
      text = g_value_get_string (value);
      /* GtkSearchEntry has no setter before GTK 4.10. */
      g_object_set (self->search_entry, "placeholder-text", text, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      break;

    case PROP_LIST_LABEL:
      g_free (self->list_label);
      self->list_label = g_value_dup_string (value);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, self->list_label, -1);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_browse_pane_class_init (BbBrowsePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_browse_pane_dispose;
  object_class->finalize = bb_browse_pane_finalize;
  object_class->get_property = bb_browse_pane_get_property;
  object_class->set_property = bb_browse_pane_set_property;
  widget_class->map = bb_browse_pane_map;
  widget_class->unmap = bb_browse_pane_unmap;

  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HAS_ITEMS] =
    g_param_spec_boolean ("has-items", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTICE_SHOWN] =
    g_param_spec_boolean ("notice-shown", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ITEM_SHOWN] =
    g_param_spec_boolean ("item-shown", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DETAIL_VISIBLE] =
    g_param_spec_boolean ("detail-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SEARCH_PLACEHOLDER] =
    g_param_spec_string ("search-placeholder", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIST_LABEL] =
    g_param_spec_string ("list-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SEARCH_CHANGED] =
    g_signal_new ("search-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/common/bb-browse-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, BbBrowsePane, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BbBrowsePane, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BbBrowsePane, list_pane);
  gtk_widget_class_bind_template_child (widget_class, BbBrowsePane, list_header);
  gtk_widget_class_bind_template_child (widget_class, BbBrowsePane, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BbBrowsePane, list_stack);
  gtk_widget_class_bind_template_child (widget_class, BbBrowsePane, list_view);
  gtk_widget_class_bind_template_child (widget_class, BbBrowsePane, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, BbBrowsePane, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, BbBrowsePane, detail_header);
  gtk_widget_class_bind_template_child (widget_class, BbBrowsePane, detail_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed);

  gtk_widget_class_install_action (widget_class, "browse.show-list", NULL, show_list_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bb_browse_pane_init (BbBrowsePane *self)
{
  GtkGesture *click;
  GtkEventController *keys;
  GtkEventController *escape;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->list_start_last = NULL;
  self->list_top_last = self->list_header;
  /* Nothing to search until the view says there is. */
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), FALSE);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_list_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  /* Before the entry's text, which would keep Down to itself. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  /* Wherever the focus is while the pane is shown (an unmapped one takes no keys). */
  escape = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (escape), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (escape),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (on_escape, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), escape);

  update_key_capture (self);
}

/* ---- public API ------------------------------------------------------ */

BbBrowsePane *
bb_browse_pane_new (void)
{
  return g_object_new (BB_TYPE_BROWSE_PANE, NULL);
}

void
bb_browse_pane_set_has_items (BbBrowsePane *self,
                              gboolean      has_items)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  has_items = !!has_items;
  if (self->has_items == has_items)
    return;

  self->has_items = has_items;
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), has_items);
  update_key_capture (self);
  _bb_browse_pane_update_list_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_ITEMS]);
}

gboolean
bb_browse_pane_get_has_items (BbBrowsePane *self)
{
  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), FALSE);

  return self->has_items;
}

void
bb_browse_pane_set_notice_shown (BbBrowsePane *self,
                                 gboolean      shown)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  shown = !!shown;
  if (self->notice_shown == shown)
    return;

  self->notice_shown = shown;
  _bb_browse_pane_update_list_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTICE_SHOWN]);
}

void
bb_browse_pane_set_item_shown (BbBrowsePane *self,
                               gboolean      shown)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  shown = !!shown;
  if (self->item_shown == shown)
    return;

  self->item_shown = shown;
  update_detail_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_SHOWN]);
}

gboolean
bb_browse_pane_get_item_shown (BbBrowsePane *self)
{
  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), FALSE);

  return self->item_shown;
}

void
bb_browse_pane_set_detail_visible (BbBrowsePane *self,
                                   gboolean      visible)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  visible = !!visible;
  if (gtk_widget_get_visible (self->detail_pane) == visible)
    return;

  gtk_widget_set_visible (self->detail_pane, visible);
  gtk_widget_set_visible (self->pane_separator, visible);
  gtk_widget_set_hexpand (self->list_pane, !visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL_VISIBLE]);
}

const char *
bb_browse_pane_get_search_text (BbBrowsePane *self)
{
  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), "");

  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

void
bb_browse_pane_set_search_text (BbBrowsePane *self,
                                const char   *text)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
}

void
bb_browse_pane_focus_search (BbBrowsePane *self)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  bb_browse_pane_show_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
bb_browse_pane_show_list (BbBrowsePane *self)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

void
bb_browse_pane_show_detail (BbBrowsePane *self)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  if (gtk_widget_get_visible (self->detail_pane))
    adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

gboolean
bb_browse_pane_go_back (BbBrowsePane *self)
{
  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), FALSE);

  if (!adw_leaflet_get_folded (self->leaflet)
      || adw_leaflet_get_visible_child (self->leaflet) != self->detail_pane)
    return FALSE;

  bb_browse_pane_show_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  return TRUE;
}

gboolean
bb_browse_pane_get_folded (BbBrowsePane *self)
{
  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), FALSE);

  return adw_leaflet_get_folded (self->leaflet);
}

GtkWidget *
bb_browse_pane_get_list_pane (BbBrowsePane *self)
{
  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), NULL);

  return self->list_pane;
}

GtkListView *
bb_browse_pane_get_list_view (BbBrowsePane *self)
{
  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), NULL);

  return self->list_view;
}

GtkSearchEntry *
bb_browse_pane_get_search_entry (BbBrowsePane *self)
{
  g_return_val_if_fail (BB_IS_BROWSE_PANE (self), NULL);

  return self->search_entry;
}

void
bb_browse_pane_add_toast (BbBrowsePane *self,
                          AdwToast     *toast)
{
  g_return_if_fail (BB_IS_BROWSE_PANE (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
bb_browse_pane_show_toast (BbBrowsePane *self,
                           const char   *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 4);
  bb_browse_pane_add_toast (self, toast);
}

void
bb_browse_pane_show_error (BbBrowsePane *self,
                           const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  bb_browse_pane_add_toast (self, toast);
}
