/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "bb-course-section.h"
#include "bb-meeting-dialog.h"

struct _BbMeetingDialog
{
  AdwWindow     parent_instance;

  BbContext    *context;
  BbMeeting    *meeting;

  GtkLabel     *error_label;
  AdwEntryRow  *date_row;
  AdwEntryRow  *time_row;
  AdwComboRow  *kind_row;
  AdwEntryRow  *duration_row;
  AdwEntryRow  *participants_row;
  GtkSwitch    *no_show_switch;
  AdwComboRow  *rating_row;
  GtkTextView  *notes_view;
};

G_DEFINE_FINAL_TYPE (BbMeetingDialog, bb_meeting_dialog, ADW_TYPE_WINDOW)

static void
show_error (BbMeetingDialog *self,
            const char      *message,
            GtkWidget       *field)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (field != NULL)
    gtk_widget_grab_focus (field);
}

/* "14:05", "14.05" (as Danes write it) or "9" for nine o'clock; NULL for blank. */
static gboolean
parse_time (const char  *text,
            char       **time_out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;
  long hours, minutes = 0;

  *time_out = NULL;
  if (*copy == '\0')
    return TRUE;

  hours = strtol (copy, &end, 10);
  if (end == copy)
    return FALSE;
  if (*end == ':' || *end == '.')
    {
      const char *start = end + 1;

      minutes = strtol (start, &end, 10);
      if (end - start != 2)
        return FALSE;
    }
  if (*end != '\0' || hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
    return FALSE;

  *time_out = g_strdup_printf ("%02ld:%02ld", hours, minutes);
  return TRUE;
}

/* Minutes, or -1 for blank; FALSE for what is no whole number. */
static gboolean
parse_minutes (const char *text,
               int        *minutes_out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gint64 value;

  *minutes_out = -1;
  if (*copy == '\0')
    return TRUE;
  if (!g_ascii_string_to_signed (copy, 10, 0, G_MAXINT, &value, NULL))
    return FALSE;

  *minutes_out = (int) value;
  return TRUE;
}

static void
save (BbMeetingDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbMeeting) edited = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *participants = NULL;
  g_autofree char *notes = NULL;
  guint rating = adw_combo_row_get_selected (self->rating_row);
  int minutes;

  if (!bb_course_parse_date (GTK_EDITABLE (self->date_row), _("Date"), &date, &error))
    {
      show_error (self, error->message, GTK_WIDGET (self->date_row));
      return;
    }
  if (date == NULL)
    {
      show_error (self, _("Write the date of the meeting."), GTK_WIDGET (self->date_row));
      return;
    }
  if (!parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &time))
    {
      show_error (self, _("Write the time as hours and minutes, such as 14:05."),
                  GTK_WIDGET (self->time_row));
      return;
    }
  if (!parse_minutes (gtk_editable_get_text (GTK_EDITABLE (self->duration_row)), &minutes))
    {
      show_error (self, _("Write the duration as a whole number of minutes."),
                  GTK_WIDGET (self->duration_row));
      return;
    }

  participants = bb_course_dup_text (GTK_EDITABLE (self->participants_row));
  notes = bb_course_dup_buffer_text (gtk_text_view_get_buffer (self->notes_view));

  /* Edit a copy, so a refused save leaves the meeting as the list shows it. */
  edited = bb_meeting_new (bb_meeting_get_course_id (self->meeting),
                           (BbMeetingKind) adw_combo_row_get_selected (self->kind_row), date);
  bb_meeting_set_id (edited, bb_meeting_get_id (self->meeting));
  bb_meeting_set_uuid (edited, bb_meeting_get_uuid (self->meeting));
  bb_meeting_set_time (edited, time);
  bb_meeting_set_duration (edited, minutes);
  bb_meeting_set_participants (edited, participants != NULL ? participants : "");
  bb_meeting_set_notes (edited, notes != NULL ? notes : "");
  bb_meeting_set_no_show (edited, gtk_switch_get_active (self->no_show_switch));
  /* The first choice is "no rating". */
  bb_meeting_set_rating (edited, rating == 0 || rating == GTK_INVALID_LIST_POSITION ? -1 : (int) rating);

  if (!bb_course_repository_save_meeting (bb_context_get_courses (self->context), edited, &error))
    {
      show_error (self, error->message, NULL);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
on_entry_activated (BbMeetingDialog *self)
{
  save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (BB_MEETING_DIALOG (widget));
}

static void
bb_meeting_dialog_dispose (GObject *object)
{
  BbMeetingDialog *self = BB_MEETING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_MEETING_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (bb_meeting_dialog_parent_class)->dispose (object);
}

static void
bb_meeting_dialog_class_init (BbMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_meeting_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BbMeetingDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, BbMeetingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, BbMeetingDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, BbMeetingDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, BbMeetingDialog, duration_row);
  gtk_widget_class_bind_template_child (widget_class, BbMeetingDialog, participants_row);
  gtk_widget_class_bind_template_child (widget_class, BbMeetingDialog, no_show_switch);
  gtk_widget_class_bind_template_child (widget_class, BbMeetingDialog, rating_row);
  gtk_widget_class_bind_template_child (widget_class, BbMeetingDialog, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "meeting.save", NULL, save_action);
  /* Enter in the notes makes a new line; Ctrl+Enter saves from anywhere. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "meeting.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "meeting.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_meeting_dialog_init (BbMeetingDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) ratings = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  BB_COURSE_FILL_LABELS (kinds, bb_meeting_kind, BB_MEETING_KIND_COUNT);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  gtk_string_list_append (ratings, _("Not rated"));
  gtk_string_list_append (ratings, _("1 – Bad"));
  gtk_string_list_append (ratings, _("2 – Not so good"));
  gtk_string_list_append (ratings, _("3 – All right"));
  gtk_string_list_append (ratings, _("4 – Good"));
  gtk_string_list_append (ratings, _("5 – Very good"));
  adw_combo_row_set_model (self->rating_row, G_LIST_MODEL (ratings));
}

BbMeetingDialog *
bb_meeting_dialog_new (BbContext *context,
                       gint64     course_id,
                       BbMeeting *meeting)
{
  BbMeetingDialog *self;
  g_autofree char *duration = NULL;

  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (meeting == NULL || BB_IS_MEETING (meeting), NULL);

  self = g_object_new (BB_TYPE_MEETING_DIALOG, NULL);
  self->context = g_object_ref (context);
  if (meeting != NULL)
    {
      self->meeting = g_object_ref (meeting);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Meeting"));
    }
  else
    {
      g_autofree char *today = bb_course_dup_today (context);

      self->meeting = bb_meeting_new (course_id, BB_MEETING_ADVISORY, today);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), bb_meeting_get_date (self->meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->time_row),
                         bb_meeting_get_time (self->meeting) != NULL ? bb_meeting_get_time (self->meeting) : "");
  adw_combo_row_set_selected (self->kind_row, bb_meeting_get_kind (self->meeting));
  if (bb_meeting_get_duration (self->meeting) > 0)
    duration = g_strdup_printf ("%d", bb_meeting_get_duration (self->meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->duration_row), duration != NULL ? duration : "");
  gtk_editable_set_text (GTK_EDITABLE (self->participants_row), bb_meeting_get_participants (self->meeting));
  gtk_switch_set_active (self->no_show_switch, bb_meeting_get_no_show (self->meeting));
  adw_combo_row_set_selected (self->rating_row, MAX (bb_meeting_get_rating (self->meeting), 0));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), bb_meeting_get_notes (self->meeting), -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));

  return self;
}
