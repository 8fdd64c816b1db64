/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-advisers-window.h"
#include "bb-course-new-dialog.h"
#include "bb-courses-view-private.h"
#include "bb-read-only-banner.h"

/* The actions that need a course shown beside the list. */
/* What writes: off while the database can only be read (bb_read_only_get ()). */
static const char * const editing_actions[] = {
  "courses.new", "courses.delete", "courses.manage-advisers", NULL
};

static const char * const course_actions[] = {
  "courses.delete",
};

/* The actions that need a database at all. */
static const char * const database_actions[] = {
  "courses.new",
  "courses.manage-advisers",
  "courses.show-course",
};

static GtkWindow *
parent_window (BbCoursesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* ---- search and filters ---------------------------------------------- */

static void
reset_all (BbCoursesView *self)
{
  self->filling_filters = TRUE;
  _bb_courses_view_reset_filters (self);
  gtk_toggle_button_set_active (self->all_button, TRUE);
  self->filling_filters = FALSE;
  _bb_courses_view_apply_query (self);
}

static void
clear_filters (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbCoursesView *self = BB_COURSES_VIEW (widget);

  self->filling_filters = TRUE;
  _bb_courses_view_reset_filters (self);
  self->filling_filters = FALSE;
  _bb_courses_view_apply_query (self);
}

static void
remove_filter (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbCoursesView *self = BB_COURSES_VIEW (widget);

  _bb_courses_view_remove_filter (self, g_variant_get_string (parameter, NULL));
  /* The chip that had the focus is gone. */
  gtk_widget_grab_focus (GTK_WIDGET (bb_browse_pane_get_search_entry (self->pane)));
}

static void
focus_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  bb_browse_pane_focus_search (BB_COURSES_VIEW (widget)->pane);
}

/* What other views reach through win.show-course. */
static void
show_course (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbCoursesView *self = BB_COURSES_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);

  /* A course the search, the filters or the caseload hide is worth more than them. */
  if (!bb_browse_pane_select (self->pane, id))
    {
      reset_all (self);
      if (!bb_browse_pane_select (self->pane, id))
        return;
    }

  bb_browse_pane_show_detail (self->pane);
}

/* What the overview reaches through win.show-filtered ("a{ss}": filters of
 * bb-overview.h and their values): the courses behind a figure, every other filter
 * and the caseload off, the ones set shown in the filter bar. */
static void
show_filtered (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbCoursesView *self = BB_COURSES_VIEW (widget);

  self->filling_filters = TRUE;
  gtk_toggle_button_set_active (self->all_button, TRUE);
  _bb_courses_view_set_filters (self, parameter);
  self->filling_filters = FALSE;

  _bb_courses_view_apply_query (self);
  bb_browse_pane_show_list (self->pane);
}

/* ---- new course ------------------------------------------------------ */

static void
on_course_created (BbCoursesView *self,
                   gint64         id)
{
  if (!bb_browse_pane_focus (self->pane, id))
    {
      reset_all (self);
      bb_browse_pane_focus (self->pane, id);
    }
  bb_browse_pane_show_detail (self->pane);
}

static void
new_course (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbCoursesView *self = BB_COURSES_VIEW (widget);
  BbCourseNewDialog *dialog;

  if (self->context == NULL)
    return;

  dialog = bb_course_new_dialog_new (self->context);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_course_created), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- delete and undo ------------------------------------------------- */

/* The row goes at once, the course when its toast does (BbPendingDelete). */
static void
on_delete_committed (BbCoursesView *self,
                     gint64         id)
{
  g_autoptr(GError) error = NULL;

  if (self->context != NULL
      && !bb_course_repository_delete (bb_context_get_courses (self->context), id, &error))
    {
      g_warning ("Cannot delete course %" G_GINT64_FORMAT ": %s", id, error->message);
      if (self->shown != NULL && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
        bb_browse_pane_show_error (self->pane, error);
    }

  if (self->shown != NULL)
    bb_course_shown_list_set_hidden (self->shown, 0);
}

void
_bb_courses_view_commit_delete (BbCoursesView *self)
{
  if (self->pending_delete != NULL)
    bb_pending_delete_commit (self->pending_delete);
}

static void
delete_course (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbCoursesView *self = BB_COURSES_VIEW (widget);
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint position;
  gint64 id = bb_browse_pane_get_selected_id (self->pane);

  if (id == 0 || self->shown == NULL)
    return;

  course = bb_course_repository_get (bb_context_get_courses (self->context), id, &error);
  if (course == NULL)
    {
      bb_browse_pane_show_error (self->pane, error);
      return;
    }

  title = g_strdup_printf (_("The course of “%s” is deleted"), bb_course_get_young_person_name (course));
  /* The toast first: it commits the course deleted before, whose row shows again. */
  bb_browse_pane_add_toast (self->pane, bb_pending_delete_start (self->pending_delete, id, title));
  position = bb_course_shown_list_find (self->shown, id);
  bb_course_shown_list_set_hidden (self->shown, id);
  bb_browse_pane_focus_after_removal (self->pane, position);
  _bb_courses_view_update_list_state (self);
}

static void
undo_delete (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbCoursesView *self = BB_COURSES_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);

  if (!bb_pending_delete_cancel (self->pending_delete, id))
    return;

  bb_course_shown_list_set_hidden (self->shown, 0);
  _bb_courses_view_update_list_state (self);

  /* The toast's button, which had the focus, is gone: the focus goes to the course. */
  bb_browse_pane_focus (self->pane, id);
}

/* ---- the advisers ---------------------------------------------------- */

static void
manage_advisers (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BbCoursesView *self = BB_COURSES_VIEW (widget);
  BbAdvisersWindow *window;

  if (self->context == NULL)
    return;

  window = bb_advisers_window_new (self->context);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent_window (self));
  gtk_window_present (GTK_WINDOW (window));
}

/* ---- setting up ------------------------------------------------------ */

void
_bb_courses_view_class_actions_init (BbCoursesViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "courses.new", NULL, new_course);
  gtk_widget_class_install_action (widget_class, "courses.delete", NULL, delete_course);
  gtk_widget_class_install_action (widget_class, "courses.undo-delete", "x", undo_delete);
  gtk_widget_class_install_action (widget_class, "courses.manage-advisers", NULL, manage_advisers);
  gtk_widget_class_install_action (widget_class, "courses.search", NULL, focus_search);
  gtk_widget_class_install_action (widget_class, "courses.clear-filters", NULL, clear_filters);
  gtk_widget_class_install_action (widget_class, "courses.remove-filter", "s", remove_filter);
  gtk_widget_class_install_action (widget_class, "courses.show-course", "x", show_course);
  gtk_widget_class_install_action (widget_class, "courses.show-filtered", "a{ss}", show_filtered);
}

static void
add_shortcut (GtkEventController *controller,
              guint               keyval,
              GdkModifierType     modifiers,
              const char         *action)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_named_action_new (action)));
}

void
_bb_courses_view_actions_init (BbCoursesView *self)
{
  GtkEventController *window_keys = gtk_shortcut_controller_new ();
  GtkEventController *list_keys = gtk_shortcut_controller_new ();
  GtkEventController *row_keys = gtk_shortcut_controller_new ();

  self->pending_delete = bb_pending_delete_new ("courses.undo-delete");
  g_signal_connect_object (self->pending_delete, "commit", G_CALLBACK (on_delete_committed), self, G_CONNECT_SWAPPED);

  /* Wherever the focus is while the view is shown (an unmapped view takes no keys). */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (window_keys), GTK_SHORTCUT_SCOPE_GLOBAL);
  add_shortcut (window_keys, GDK_KEY_f, GDK_CONTROL_MASK, "courses.search");
  gtk_widget_add_controller (GTK_WIDGET (self), window_keys);

  /* Only from the list and its search: on the course page Ctrl+N adds a meeting. */
  add_shortcut (list_keys, GDK_KEY_n, GDK_CONTROL_MASK, "courses.new");
  gtk_widget_add_controller (bb_browse_pane_get_list_pane (self->pane), list_keys);

  /* Delete only on the rows: in the search entry it deletes text. */
  add_shortcut (row_keys, GDK_KEY_Delete, 0, "courses.delete");
  gtk_widget_add_controller (GTK_WIDGET (bb_browse_pane_get_list_view (self->pane)), row_keys);
}

void
_bb_courses_view_actions_update (BbCoursesView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (course_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), course_actions[i],
                                   bb_browse_pane_get_selected_id (self->pane) != 0);
  for (guint i = 0; i < G_N_ELEMENTS (database_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), database_actions[i], self->context != NULL);
  bb_read_only_disable_actions (GTK_WIDGET (self), self->context, editing_actions);
}
