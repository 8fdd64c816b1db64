/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-row.h"
#include "bb-courses-view-private.h"

static void bb_courses_view_view_iface_init (BbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BbCoursesView, bb_courses_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (BB_TYPE_VIEW, bb_courses_view_view_iface_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

/* ---- the list -------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  gtk_list_item_set_child (item, GTK_WIDGET (bb_course_row_new ()));
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  bb_course_row_set_course (BB_COURSE_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

/* A row waiting for reuse holds no course: the list keeps only ids. */
static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  bb_course_row_set_course (BB_COURSE_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Whether there is any course at all (the one waiting for its toast apart): the
 * list says so unless it is empty under a search or filter. */
static gboolean
has_courses (BbCoursesView *self)
{
  BbCourseQuery all = BB_COURSE_QUERY_INIT;
  BbCourseTotals totals = { 0 };

  if (self->shown == NULL)
    return FALSE;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0)
    return TRUE;
  if (!self->filtered && !gtk_toggle_button_get_active (self->mine_button))
    return FALSE;
  if (!bb_course_repository_count_totals (bb_context_get_courses (self->context), &all, &totals, NULL))
    return FALSE;
  return totals.courses > (self->pending_delete_id != 0 ? 1u : 0u);
}

/* Typing anywhere in the window searches while the view is shown and has courses. */
static void
update_key_capture (BbCoursesView *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  gboolean searchable = gtk_widget_get_mapped (GTK_WIDGET (self)) && self->searchable;

  gtk_search_entry_set_key_capture_widget (self->search_entry, searchable ? root : NULL);
}

void
_bb_courses_view_update_list_state (BbCoursesView *self)
{
  guint n_shown = self->shown != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->shown)) : 0;
  gboolean any = has_courses (self);

  self->searchable = any;
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), any);
  gtk_widget_set_visible (self->filter_button, any);
  gtk_widget_set_visible (GTK_WIDGET (self->totals_label), any && !self->no_adviser);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "courses.search", any);
  update_key_capture (self);

  if (self->no_adviser)
    gtk_stack_set_visible_child_name (self->list_stack, "no-adviser");
  else if (!any)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (n_shown == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

/* ---- the selection --------------------------------------------------- */

static void
show_selected (BbCoursesView *self)
{
  bb_course_page_set_course_id (self->course_page, self->selected_id);
  gtk_stack_set_visible_child_name (self->detail_stack, self->selected_id != 0 ? "course" : "none");
  _bb_courses_view_actions_update (self);
}

static void
on_selection_changed (BbCoursesView *self)
{
  guint position;

  if (self->reloading)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  self->selected_id = position != GTK_INVALID_LIST_POSITION
                      ? bb_course_shown_list_get_id (self->shown, position) : 0;
  show_selected (self);
}

static void
on_courses_changing (BbCoursesView *self)
{
  self->reloading = TRUE;
}

/* A refresh replaces every row; keep the course the user was looking at. */
static void
on_courses_changed (BbCoursesView *self)
{
  guint position = bb_course_shown_list_find (self->shown, self->selected_id);

  gtk_single_selection_set_selected (self->selection,
                                     position != G_MAXUINT ? position : GTK_INVALID_LIST_POSITION);
  self->reloading = FALSE;

  if (position == G_MAXUINT && self->selected_id != 0)
    {
      self->selected_id = 0;
      show_selected (self);
    }
  _bb_courses_view_update_list_state (self);
}

gboolean
_bb_courses_view_select_course (BbCoursesView *self,
                                gint64         id)
{
  guint position = self->shown != NULL ? bb_course_shown_list_find (self->shown, id) : G_MAXUINT;

  if (position == G_MAXUINT)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

/* The list makes a row's widget only when it lays the row out, so the focus may have
 * to wait for the next frame. */
static gboolean
focus_pending_row (BbCoursesView *self)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      BbCourse *course;

      if (!BB_IS_COURSE_ROW (row) || !gtk_widget_get_mapped (row))
        continue;

      course = bb_course_row_get_course (BB_COURSE_ROW (row));
      if (course != NULL && bb_course_get_id (course) == self->focus_id)
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
  BbCoursesView *self = BB_COURSES_VIEW (user_data);

  if (self->focus_id == 0 || focus_pending_row (self) || ++self->focus_frames > 10)
    {
      self->focus_id = 0;
      self->focus_tick = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

gboolean
_bb_courses_view_focus_course (BbCoursesView *self,
                               gint64         id)
{
  if (!_bb_courses_view_select_course (self, id))
    return FALSE;

  self->focus_id = id;
  self->focus_frames = 0;
  if (!focus_pending_row (self) && self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), on_focus_tick,
                                                     self, NULL);
  return TRUE;
}

static void
on_list_activate (BbCoursesView *self,
                  guint          position)
{
  /* On a narrow window the list and the course take turns. */
  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

/* A click or tap on a narrow window opens the course; arrow keys only move through
 * the list. */
static void
on_list_released (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  BbCoursesView   *self)
{
  if (adw_leaflet_get_folded (self->leaflet) && self->selected_id != 0)
    adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

/* ---- search and filters ---------------------------------------------- */

static void
on_search_changed (BbCoursesView *self)
{
  GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));

  /* New results start at the top, whatever the old ones were scrolled to. */
  if (scroll != NULL)
    gtk_adjustment_set_value (scroll, gtk_adjustment_get_lower (scroll));

  _bb_courses_view_apply_query (self);
}

/* Down in the search entry goes on to the results, with the first one selected. */
static gboolean
on_search_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       BbCoursesView         *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & gtk_accelerator_get_default_mod_mask ()) != 0
      || self->shown == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->shown)) == 0)
    return GDK_EVENT_PROPAGATE;

  _bb_courses_view_focus_course (self, bb_course_shown_list_get_id (self->shown, 0));
  return GDK_EVENT_STOP;
}

static void
on_stop_search (BbCoursesView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_changed (BbCoursesView *self)
{
  _bb_courses_view_apply_query (self);
}

/* ---- following the database ------------------------------------------ */

/* After the list has reloaded: the totals of what it shows now. */
static void
on_courses_reloaded (BbCoursesView *self,
                     const char    *domain)
{
  _bb_courses_view_queue_totals (self);
}

static void
on_advisers_written (BbCoursesView *self,
                     const char    *domain)
{
  _bb_courses_view_fill_adviser_filter (self);
  /* A new or renamed adviser may be the one named in Preferences. */
  if (gtk_toggle_button_get_active (self->mine_button))
    _bb_courses_view_apply_query (self);
}

static void
on_adviser_name_changed (BbCoursesView *self)
{
  if (gtk_toggle_button_get_active (self->mine_button))
    _bb_courses_view_apply_query (self);
}

/* ---- feedback -------------------------------------------------------- */

void
_bb_courses_view_show_toast (BbCoursesView *self,
                             const char    *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_bb_courses_view_show_error (BbCoursesView *self,
                             const GError  *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ---- the courses shown ----------------------------------------------- */

static void
disconnect_context (BbCoursesView *self)
{
  if (self->context == NULL)
    return;

  g_signal_handlers_disconnect_by_data (bb_context_get_database (self->context), self);
  if (bb_context_get_settings (self->context) != NULL)
    g_signal_handlers_disconnect_by_data (bb_context_get_settings (self->context), self);
  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
}

static void
set_context (BbCoursesView *self,
             BbContext     *context)
{
  g_return_if_fail (context == NULL || BB_IS_CONTEXT (context));

  if (self->context == context)
    return;

  _bb_courses_view_commit_delete (self);
  disconnect_context (self);
  g_set_object (&self->context, context);
  g_clear_object (&self->selection);
  g_clear_object (&self->shown);
  g_clear_object (&self->courses);
  self->selected_id = 0;
  g_object_set (self->course_page, "context", context, NULL);

  if (context != NULL)
    {
      BbDatabase *database = bb_context_get_database (context);
      GSettings *settings = bb_context_get_settings (context);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect_object (database, "changed::" BB_DOMAIN_ADVISERS, G_CALLBACK (on_advisers_written),
                               self, G_CONNECT_SWAPPED);
      /* The application hands the name to the database first (it connected earlier). */
      if (settings != NULL)
        g_signal_connect_object (settings, "changed::adviser-name", G_CALLBACK (on_adviser_name_changed),
                                 self, G_CONNECT_SWAPPED);
      _bb_courses_view_fill_adviser_filter (self);

      self->courses = bb_course_list_new (bb_context_get_courses (context));
      g_signal_connect_object (database, "changed::" BB_DOMAIN_COURSES, G_CALLBACK (on_courses_reloaded),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      self->shown = bb_course_shown_list_new (self->courses);
      /* Before the selection model's own handler, which forgets the selection. */
      g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (on_courses_changing),
                               self, G_CONNECT_SWAPPED);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selection_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (on_courses_changed),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

      g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
      gtk_list_view_set_factory (self->list_view, factory);
    }

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  if (context != NULL)
    _bb_courses_view_apply_query (self);
  show_selected (self);

  g_object_notify (G_OBJECT (self), "context");
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_courses_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bb_courses_view_parent_class)->map (widget);
  update_key_capture (BB_COURSES_VIEW (widget));
}

static void
bb_courses_view_unmap (GtkWidget *widget)
{
  BbCoursesView *self = BB_COURSES_VIEW (widget);

  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
  GTK_WIDGET_CLASS (bb_courses_view_parent_class)->unmap (widget);
}

static void
bb_courses_view_dispose (GObject *object)
{
  BbCoursesView *self = BB_COURSES_VIEW (object);

  /* Closing the window ends the wait for Undo: the delete the user asked for happens. */
  _bb_courses_view_commit_delete (self);
  disconnect_context (self);
  g_clear_handle_id (&self->totals_source, g_source_remove);
  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->focus_tick);
  self->focus_tick = 0;

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_COURSES_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->shown);
  g_clear_object (&self->courses);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_courses_view_parent_class)->dispose (object);
}

static void
bb_courses_view_finalize (GObject *object)
{
  BbCoursesView *self = BB_COURSES_VIEW (object);

  g_clear_pointer (&self->adviser_ids, g_array_unref);

  G_OBJECT_CLASS (bb_courses_view_parent_class)->finalize (object);
}

static void
bb_courses_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BbCoursesView *self = BB_COURSES_VIEW (object);

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
bb_courses_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BbCoursesView *self = BB_COURSES_VIEW (object);

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
bb_courses_view_view_iface_init (BbViewInterface *iface)
{
}

static void
bb_courses_view_class_init (BbCoursesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_courses_view_dispose;
  object_class->finalize = bb_courses_view_finalize;
  object_class->get_property = bb_courses_view_get_property;
  object_class->set_property = bb_courses_view_set_property;
  widget_class->map = bb_courses_view_map;
  widget_class->unmap = bb_courses_view_unmap;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  g_type_ensure (BB_TYPE_COURSE_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-courses-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, all_button);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, mine_button);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, status_chip);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, status_chip_content);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, adviser_chip);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, adviser_chip_content);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, referral_chip);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, referral_chip_content);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, waiting_chip);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, waiting_chip_content);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, no_meeting_chip);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, no_meeting_chip_content);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, list_view);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, no_adviser_page);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, totals_label);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, course_page);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, descending_check);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, adviser_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, referral_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, waiting_check);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, waiting_spin);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, no_meeting_check);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, no_meeting_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);

  _bb_courses_view_class_actions_init (klass);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bb_courses_view_init (BbCoursesView *self)
{
  GtkGesture *click;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->adviser_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_list_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  /* Before the entry's text, which would keep Down to itself. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  _bb_courses_view_actions_init (self);
  _bb_courses_view_fill_fixed_filters (self);
  show_selected (self);
}
