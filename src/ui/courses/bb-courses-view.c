/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-row.h"
#include "bb-courses-view-private.h"
#include "bb-validate.h"

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
  gint64 count;

  if (self->shown == NULL)
    return FALSE;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0)
    return TRUE;
  if (!self->filtered && !gtk_toggle_button_get_active (self->mine_button))
    return FALSE;
  /* A count, not the totals: their medians read every course. */
  count = bb_course_repository_query_count (bb_context_get_courses (self->context), &all, NULL);
  return count > (bb_pending_delete_get_id (self->pending_delete) != 0 ? 1 : 0);
}

void
_bb_courses_view_update_list_state (BbCoursesView *self)
{
  gboolean any = has_courses (self);

  gtk_widget_set_visible (self->filter_button, any);
  gtk_widget_set_visible (GTK_WIDGET (self->totals_label), any && !self->no_adviser);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "courses.search", any);
  bb_browse_pane_set_has_items (self->pane, any);
  bb_browse_pane_set_notice_shown (self->pane, self->no_adviser);
}

/* ---- the selection --------------------------------------------------- */

static void
on_selection_changed (BbCoursesView *self)
{
  gint64 id = bb_browse_pane_get_selected_id (self->pane);

  bb_course_page_set_course_id (self->course_page, id);
  bb_browse_pane_set_item_shown (self->pane, id != 0);
  _bb_courses_view_actions_update (self);
}

static gint64
get_shown_id (GListModel *model,
              guint       position)
{
  return bb_course_shown_list_get_id (BB_COURSE_SHOWN_LIST (model), position);
}

static guint
find_shown (GListModel *model,
            gint64      id)
{
  return bb_course_shown_list_find (BB_COURSE_SHOWN_LIST (model), id);
}

/* After the pane has found the selected course again in the new rows. */
static void
on_courses_changed (BbCoursesView *self)
{
  _bb_courses_view_update_list_state (self);
}

/* ---- search and filters ---------------------------------------------- */

static void
on_search_changed (BbCoursesView *self)
{
  _bb_courses_view_apply_query (self);
}

static void
on_filter_changed (BbCoursesView *self)
{
  _bb_courses_view_apply_query (self);
}

/* A date half typed filters nothing yet; the entry says it is not a date. */
static void
on_date_changed (BbCoursesView *self,
                 GtkEditable   *entry)
{
  const char *text = gtk_editable_get_text (entry);
  gboolean invalid = *text != '\0' && !bb_validate_date (text);

  if (invalid)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
  _bb_courses_view_apply_query (self);
}

static void
on_filter_popover_show (BbCoursesView *self)
{
  _bb_courses_view_fill_handover_filter (self);
}

/* ---- following the database ------------------------------------------ */

/* After the list has reloaded: the totals of what it shows now. */
static void
on_courses_reloaded (BbCoursesView *self,
                     const char    *domain)
{
  /* A hand-over may name another offer: read again when the filters are next shown. */
  self->handover_filled = FALSE;
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
  self->handover_filled = FALSE;
  bb_browse_pane_set_model (self->pane, NULL, NULL, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->courses);
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
      bb_browse_pane_set_model (self->pane, G_LIST_MODEL (self->shown), get_shown_id, find_shown);
      g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (on_courses_changed),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

      g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
      bb_browse_pane_set_factory (self->pane, factory);
    }

  if (context != NULL)
    _bb_courses_view_apply_query (self);
  on_selection_changed (self);

  g_object_notify (G_OBJECT (self), "context");
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_courses_view_dispose (GObject *object)
{
  BbCoursesView *self = BB_COURSES_VIEW (object);

  /* Closing the window ends the wait for Undo: the delete the user asked for happens. */
  _bb_courses_view_commit_delete (self);
  disconnect_context (self);
  g_clear_handle_id (&self->totals_source, g_source_remove);
  g_cancellable_cancel (self->totals_cancellable);
  g_clear_object (&self->totals_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_COURSES_VIEW);

  g_clear_object (&self->shown);
  g_clear_object (&self->courses);
  g_clear_object (&self->context);
  g_clear_object (&self->pending_delete);

  G_OBJECT_CLASS (bb_courses_view_parent_class)->dispose (object);
}

static void
bb_courses_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  BbCoursesView *self = BB_COURSES_VIEW (widget);

  if (!self->drawn)
    {
      self->drawn = TRUE;
      _bb_courses_view_queue_totals (self);
    }

  GTK_WIDGET_CLASS (bb_courses_view_parent_class)->snapshot (widget, snapshot);
}

static void
bb_courses_view_finalize (GObject *object)
{
  BbCoursesView *self = BB_COURSES_VIEW (object);

  g_clear_pointer (&self->adviser_ids, g_array_unref);
  g_clear_pointer (&self->handover_ids, g_array_unref);

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

  widget_class->snapshot = bb_courses_view_snapshot;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  g_type_ensure (BB_TYPE_BROWSE_PANE);
  g_type_ensure (BB_TYPE_COURSE_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-courses-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, pane);
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
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, closing_chip);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, closing_chip_content);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, conversations_chip);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, conversations_chip_content);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, handover_chip);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, handover_chip_content);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, first_contact_chip);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, first_contact_chip_content);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, closed_chip);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, closed_chip_content);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, no_adviser_page);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, totals_label);
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
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, responsible_check);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, closing_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, conversations_check);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, conversations_spin);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, conversations_more_check);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, handover_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, first_from_entry);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, first_to_entry);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, closed_from_entry);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, closed_to_entry);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, waiting_at_most_check);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, waiting_at_most_spin);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, first_conversation_check);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, handover_state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, handover_from_entry);
  gtk_widget_class_bind_template_child (widget_class, BbCoursesView, handover_to_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);

  _bb_courses_view_class_actions_init (klass);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bb_courses_view_init (BbCoursesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->adviser_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->handover_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  _bb_courses_view_actions_init (self);
  _bb_courses_view_fill_fixed_filters (self);
  on_selection_changed (self);
}
