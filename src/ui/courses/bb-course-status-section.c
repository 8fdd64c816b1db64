/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-cpr-row.h"
#include "bb-course-status-section.h"
#include "bb-format.h"

struct _BbCourseStatusSection
{
  BbCourseSection      parent_instance;

  BbCourseStatus       status;
  /* The statuses the course may change to now, in the order the form lists them. */
  GArray              *targets;
  /* The offers of the course's hand-overs: 0 ("None") first. */
  GArray              *onward_ids;
  GPtrArray           *history_rows;

  AdwPreferencesGroup *history_group;
  AdwActionRow        *current_row;
  GtkButton           *change_button;
  GtkRevealer         *change_revealer;
  AdwComboRow         *target_row;
  GtkStringList       *target_labels;
  AdwEntryRow         *date_row;
  AdwComboRow         *reason_row;
  GtkStringList       *reason_labels;
  AdwComboRow         *onward_row;
  GtkStringList       *onward_labels;
  AdwEntryRow         *note_row;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (BbCourseStatusSection, bb_course_status_section, BB_TYPE_COURSE_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_COURSES, NULL };

static gboolean
is_ending (BbCourseStatus status)
{
  return !bb_course_status_is_open (status);
}

static BbCourseStatus
selected_target (BbCourseStatusSection *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);

  if (selected >= self->targets->len)
    return BB_COURSE_STATUS_COUNT;
  return g_array_index (self->targets, BbCourseStatus, selected);
}

static void
update_ending (BbCourseStatusSection *self)
{
  BbCourseStatus target = selected_target (self);
  gboolean ending = target < BB_COURSE_STATUS_COUNT && is_ending (target);

  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), ending);
  gtk_widget_set_visible (GTK_WIDGET (self->onward_row), ending);
}

static void
show_error (BbCourseStatusSection *self,
            const char            *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
on_target_changed (BbCourseStatusSection *self)
{
  update_ending (self);
  show_error (self, NULL);
}

static char *
describe_event (const BbStatusEvent *event)
{
  g_autofree char *date = bb_format_date (event->date);

  if (event->note != NULL && *event->note != '\0')
    /* Translators: a status change in the history: its date, then its note. */
    return g_strdup_printf (_("%s – %s"), date != NULL ? date : "", event->note);
  return g_steal_pointer (&date);
}

/* The status a course on hold was held from: the one before the latest hold. */
static BbCourseStatus
held_from (GPtrArray *events)
{
  for (guint i = events->len; i > 1; i--)
    {
      BbStatusEvent *event = g_ptr_array_index (events, i - 1);

      if (event->status == BB_COURSE_STATUS_ON_HOLD)
        return ((BbStatusEvent *) g_ptr_array_index (events, i - 2))->status;
    }
  return BB_COURSE_STATUS_CONTACTED;
}

static void
fill_targets (BbCourseStatusSection *self,
              BbCourseStatus         from,
              BbCourseStatus         held)
{
  gtk_string_list_splice (self->target_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->target_labels)), NULL);
  g_array_set_size (self->targets, 0);
  for (BbCourseStatus to = 0; to < BB_COURSE_STATUS_COUNT; to++)
    if (bb_course_status_check_change (from, held, to, NULL))
      {
        g_array_append_val (self->targets, to);
        gtk_string_list_append (self->target_labels, bb_course_status_get_label (to));
      }
  gtk_widget_set_sensitive (GTK_WIDGET (self->change_button), self->targets->len > 0);
}

static void
fill_onward (BbCourseStatusSection *self,
             BbContext             *context,
             gint64                 course_id)
{
  g_autoptr(GPtrArray) handovers = NULL;
  gint64 none = 0;

  gtk_string_list_splice (self->onward_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->onward_labels)), NULL);
  g_array_set_size (self->onward_ids, 0);
  gtk_string_list_append (self->onward_labels, C_("onward offer", "None"));
  g_array_append_val (self->onward_ids, none);

  handovers = bb_course_repository_list_handovers (bb_context_get_courses (context), course_id, NULL);
  for (guint i = 0; handovers != NULL && i < handovers->len; i++)
    {
      BbHandover *handover = g_ptr_array_index (handovers, i);

      if (handover->offer_id == 0)
        continue;
      gtk_string_list_append (self->onward_labels, handover->offer_title != NULL ? handover->offer_title : "");
      g_array_append_val (self->onward_ids, handover->offer_id);
    }
}

static void
clear_history (BbCourseStatusSection *self)
{
  while (self->history_rows->len > 0)
    adw_preferences_group_remove (self->history_group,
                                  g_ptr_array_steal_index (self->history_rows, self->history_rows->len - 1));
}

static void
bb_course_status_section_refresh (BbCourseSection *section)
{
  BbCourseStatusSection *self = BB_COURSE_STATUS_SECTION (section);
  BbContext *context = bb_course_section_get_context (section);
  gint64 course_id = bb_course_section_get_course_id (section);
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *since = NULL;
  g_autofree char *subtitle = NULL;

  clear_history (self);
  if (context == NULL || course_id == 0)
    return;

  course = bb_course_repository_get (bb_context_get_courses (context), course_id, &error);
  if (course != NULL)
    events = bb_course_repository_list_status_events (bb_context_get_courses (context), course_id, &error);
  if (events == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->current_row), error->message);
      return;
    }

  self->status = bb_course_get_status (course);
  since = bb_format_date (bb_course_get_status_since (course));
  /* Translators: under the course's status: since when, and the FHIR EpisodeOfCare
   * status it maps to ("planned", "active", …; not translated). */
  subtitle = g_strdup_printf (_("Since %s · EpisodeOfCare: %s"), since != NULL ? since : "",
                              bb_course_status_to_fhir (self->status));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->current_row), bb_course_status_get_label (self->status));
  adw_action_row_set_subtitle (self->current_row, subtitle);

  /* Newest first. */
  for (guint i = events->len; i > 0; i--)
    {
      BbStatusEvent *event = g_ptr_array_index (events, i - 1);
      g_autofree char *description = describe_event (event);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bb_course_status_get_label (event->status));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_add_css_class (row, "property");
      adw_preferences_group_add (self->history_group, row);
      g_ptr_array_add (self->history_rows, row);
    }

  {
    /* Something else written while the form is open keeps what was chosen in it. */
    BbCourseStatus target = selected_target (self);
    guint onward = adw_combo_row_get_selected (self->onward_row);
    gint64 onward_id = onward < self->onward_ids->len ? g_array_index (self->onward_ids, gint64, onward) : 0;

    fill_targets (self, self->status, held_from (events));
    fill_onward (self, context, course_id);
    for (guint i = 0; i < self->targets->len; i++)
      if (g_array_index (self->targets, BbCourseStatus, i) == target)
        adw_combo_row_set_selected (self->target_row, i);
    for (guint i = 0; i < self->onward_ids->len; i++)
      if (g_array_index (self->onward_ids, gint64, i) == onward_id)
        adw_combo_row_set_selected (self->onward_row, i);
  }
  if (self->targets->len == 0)
    gtk_revealer_set_reveal_child (self->change_revealer, FALSE);
  update_ending (self);
}

static void
begin_change (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbCourseStatusSection *self = BB_COURSE_STATUS_SECTION (widget);
  BbContext *context = bb_course_section_get_context (BB_COURSE_SECTION (self));
  g_autofree char *today = NULL;

  if (context == NULL || self->targets->len == 0)
    return;

  today = bb_course_dup_today (context);
  adw_combo_row_set_selected (self->target_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  adw_combo_row_set_selected (self->reason_row, BB_CLOSING_GOALS_REACHED);
  adw_combo_row_set_selected (self->onward_row, 0);
  update_ending (self);
  show_error (self, NULL);
  gtk_revealer_set_reveal_child (self->change_revealer, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->target_row));
}

static void
cancel_change (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbCourseStatusSection *self = BB_COURSE_STATUS_SECTION (widget);

  gtk_revealer_set_reveal_child (self->change_revealer, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->change_button));
}

static void
apply_change (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbCourseStatusSection *self = BB_COURSE_STATUS_SECTION (widget);
  BbContext *context = bb_course_section_get_context (BB_COURSE_SECTION (self));
  gint64 course_id = bb_course_section_get_course_id (BB_COURSE_SECTION (self));
  BbCourseStatus target = selected_target (self);
  g_autofree char *date = NULL;
  g_autofree char *note = bb_course_dup_text (GTK_EDITABLE (self->note_row));
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (context == NULL || target >= BB_COURSE_STATUS_COUNT)
    return;

  if (!bb_course_parse_date (GTK_EDITABLE (self->date_row), _("Date of the change"), &date, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (date == NULL)
    date = bb_course_dup_today (context);

  if (is_ending (target))
    {
      guint onward = adw_combo_row_get_selected (self->onward_row);

      done = bb_course_repository_close (bb_context_get_courses (context), course_id, target, date,
                                         adw_combo_row_get_selected (self->reason_row),
                                         onward < self->onward_ids->len ? g_array_index (self->onward_ids, gint64, onward) : 0,
                                         note, &error);
    }
  else
    done = bb_course_repository_change_status (bb_context_get_courses (context), course_id, target,
                                               date, note, &error);

  if (!done)
    {
      /* What the user chose stays, so they can put it right. */
      show_error (self, error->message);
      return;
    }

  gtk_revealer_set_reveal_child (self->change_revealer, FALSE);
  if (gtk_widget_get_sensitive (GTK_WIDGET (self->change_button)))
    gtk_widget_grab_focus (GTK_WIDGET (self->change_button));
}

static void
bb_course_status_section_dispose (GObject *object)
{
  BbCourseStatusSection *self = BB_COURSE_STATUS_SECTION (object);

  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_COURSE_STATUS_SECTION);
  g_clear_pointer (&self->targets, g_array_unref);
  g_clear_pointer (&self->onward_ids, g_array_unref);

  G_OBJECT_CLASS (bb_course_status_section_parent_class)->dispose (object);
}

static void
bb_course_status_section_class_init (BbCourseStatusSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbCourseSectionClass *section_class = BB_COURSE_SECTION_CLASS (klass);

  object_class->dispose = bb_course_status_section_dispose;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_course_status_section_refresh;

  g_type_ensure (BB_TYPE_COURSE_CPR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-status-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, history_group);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, current_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, change_button);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, change_revealer);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, target_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, target_labels);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, reason_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, reason_labels);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, onward_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, onward_labels);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, note_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStatusSection, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_target_changed);
  gtk_widget_class_install_action (widget_class, "status.begin-change", NULL, begin_change);
  gtk_widget_class_install_action (widget_class, "status.cancel-change", NULL, cancel_change);
  gtk_widget_class_install_action (widget_class, "status.apply-change", NULL, apply_change);
}

static void
bb_course_status_section_init (BbCourseStatusSection *self)
{
  self->targets = g_array_new (FALSE, FALSE, sizeof (BbCourseStatus));
  self->onward_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->history_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  BB_COURSE_FILL_LABELS (self->reason_labels, bb_closing_reason, BB_CLOSING_REASON_COUNT);
}
