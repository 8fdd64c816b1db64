/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-meetings-section.h"
#include "bb-course-sections-private.h"
#include "bb-format.h"
#include "bb-meeting-dialog.h"

struct _BbCourseMeetingsSection
{
  BbCourseSection  parent_instance;

  /* The meetings newest first, as the list shows them. */
  GListStore *meetings;

  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (BbCourseMeetingsSection, bb_course_meetings_section, BB_TYPE_COURSE_SECTION)

/* ---- shared by the sections (bb-course-sections-private.h) ------------- */

void
_bb_course_sections_offer_undo (GtkWidget      *section,
                                const char     *title,
                                void          (*undo) (gpointer data),
                                gpointer        data,
                                GDestroyNotify  destroy)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (section, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    {
      destroy (data);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo), data,
                         (GClosureNotify) (void (*) (void)) destroy, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
_bb_course_sections_show_error (GtkWidget    *section,
                                const GError *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (section, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  if (overlay == NULL)
    {
      g_message ("%s", error->message);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

/* ---- rows --------------------------------------------------------------- */

static char *
dup_meeting_title (BbMeeting *meeting)
{
  g_autofree char *date = bb_format_date (bb_meeting_get_date (meeting));
  const char *kind = bb_meeting_kind_get_label (bb_meeting_get_kind (meeting));

  if (bb_meeting_get_time (meeting) != NULL)
    /* Translators: a meeting in the list: its date, time and kind. */
    return g_strdup_printf (_("%s at %s – %s"), date, bb_meeting_get_time (meeting), kind);
  /* Translators: a meeting in the list: its date and kind. */
  return g_strdup_printf (_("%s – %s"), date, kind);
}

static char *
dup_meeting_subtitle (BbMeeting *meeting)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (bb_meeting_get_no_show (meeting))
    g_ptr_array_add (parts, g_strdup (_("No-show")));
  if (bb_meeting_get_duration (meeting) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (NULL, "%d minute", "%d minutes",
                                                          bb_meeting_get_duration (meeting)),
                                             bb_meeting_get_duration (meeting)));
  if (*bb_meeting_get_participants (meeting) != '\0')
    /* Translators: who took part in a meeting besides the young person. */
    g_ptr_array_add (parts, g_strdup_printf (_("With %s"), bb_meeting_get_participants (meeting)));
  if (bb_meeting_get_rating (meeting) > 0)
    /* Translators: the young person's own rating of a meeting, 1 to 5. */
    g_ptr_array_add (parts, g_strdup_printf (_("Rated %d of 5"), bb_meeting_get_rating (meeting)));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  BbMeeting *meeting = item;
  g_autofree char *title = dup_meeting_title (meeting);
  g_autofree char *subtitle = dup_meeting_subtitle (meeting);
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);
  /* Translators: the accessible name of a meeting's delete button; %s is the meeting. */
  g_autofree char *delete_name = g_strdup_printf (_("Delete meeting %s"), title);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "meeting", g_object_ref (meeting), g_object_unref);

  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_set_tooltip_text (delete_button, _("Delete"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete_button), "meetings.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete_button), "x", bb_meeting_get_id (meeting));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button);

  return row;
}

static void
refresh (BbCourseMeetingsSection *self)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  g_list_store_remove_all (self->meetings);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.add",
                                 bb_course_section_get_context (BB_COURSE_SECTION (self)) != NULL && bb_course_section_get_course_id (BB_COURSE_SECTION (self)) != 0);
  if (bb_course_section_get_context (BB_COURSE_SECTION (self)) == NULL || bb_course_section_get_course_id (BB_COURSE_SECTION (self)) == 0)
    return;

  meetings = bb_course_repository_list_meetings (bb_context_get_courses (bb_course_section_get_context (BB_COURSE_SECTION (self))),
                                                 bb_course_section_get_course_id (BB_COURSE_SECTION (self)), &error);
  if (meetings == NULL)
    {
      _bb_course_sections_show_error (GTK_WIDGET (self), error);
      return;
    }

  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BbMeeting) meeting = g_list_model_get_item (meetings, n - 1 - i);

      g_list_store_append (self->meetings, meeting);
    }
}

static const char * const watched_domains[] = { BB_DOMAIN_MEETINGS, NULL };

static void
refresh_section (BbCourseSection *section)
{
  refresh (BB_COURSE_MEETINGS_SECTION (section));
}

/* ---- editing ------------------------------------------------------------ */

static void
present_dialog (BbCourseMeetingsSection *self,
                BbMeeting               *meeting)
{
  BbMeetingDialog *dialog = bb_meeting_dialog_new (bb_course_section_get_context (BB_COURSE_SECTION (self)), bb_course_section_get_course_id (BB_COURSE_SECTION (self)), meeting);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_row_activated (BbCourseMeetingsSection *self,
                  GtkListBoxRow           *row)
{
  BbMeeting *meeting = g_object_get_data (G_OBJECT (row), "meeting");

  if (meeting != NULL)
    present_dialog (self, meeting);
}

typedef struct
{
  BbCourseMeetingsSection *section;
  BbMeeting               *meeting;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_weak_pointer (&undo->section);
  g_object_unref (undo->meeting);
  g_free (undo);
}

/* Stores the deleted meeting again, under a new id but with its uuid. */
static void
undo_delete (gpointer data)
{
  Undo *undo = data;
  g_autoptr(GError) error = NULL;

  if (undo->section == NULL || bb_course_section_get_context (BB_COURSE_SECTION (undo->section)) == NULL)
    return;

  bb_meeting_set_id (undo->meeting, 0);
  if (!bb_course_repository_save_meeting (bb_context_get_courses (bb_course_section_get_context (BB_COURSE_SECTION (undo->section))),
                                          undo->meeting, &error))
    _bb_course_sections_show_error (GTK_WIDGET (undo->section), error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbCourseMeetingsSection *self = BB_COURSE_MEETINGS_SECTION (widget);
  BbCourseRepository *courses = bb_context_get_courses (bb_course_section_get_context (BB_COURSE_SECTION (self)));
  g_autoptr(GError) error = NULL;
  g_autoptr(BbMeeting) meeting = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  Undo *undo;

  meeting = bb_course_repository_get_meeting (courses, g_variant_get_int64 (parameter), &error);
  if (meeting == NULL || !bb_course_repository_delete_meeting (courses, bb_meeting_get_id (meeting), &error))
    {
      _bb_course_sections_show_error (widget, error);
      return;
    }

  title = dup_meeting_title (meeting);
  /* Translators: a toast; %s is the meeting, as "15 March 2026 – Advisory conversation". */
  message = g_markup_printf_escaped (_("Meeting »%s« deleted"), title);
  undo = g_new0 (Undo, 1);
  g_set_weak_pointer (&undo->section, self);
  undo->meeting = g_steal_pointer (&meeting);
  _bb_course_sections_offer_undo (widget, message, undo_delete, undo, undo_free);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  bb_course_meetings_section_add_meeting (BB_COURSE_MEETINGS_SECTION (widget));
}

/* ---- the object --------------------------------------------------------- */

static void
bb_course_meetings_section_dispose (GObject *object)
{
  BbCourseMeetingsSection *self = BB_COURSE_MEETINGS_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_COURSE_MEETINGS_SECTION);
  g_clear_object (&self->meetings);

  G_OBJECT_CLASS (bb_course_meetings_section_parent_class)->dispose (object);
}

static void
bb_course_meetings_section_class_init (BbCourseMeetingsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_course_meetings_section_dispose;

  BB_COURSE_SECTION_CLASS (klass)->refresh = refresh_section;
  BB_COURSE_SECTION_CLASS (klass)->watch_domains = watched_domains;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-meetings-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCourseMeetingsSection, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "meetings.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "meetings.delete", "x", delete_action);
}

static void
bb_course_meetings_section_init (BbCourseMeetingsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->meetings = g_list_store_new (BB_TYPE_MEETING);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->meetings), create_row, NULL, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.add", FALSE);
}

void
bb_course_meetings_section_add_meeting (BbCourseMeetingsSection *self)
{
  g_return_if_fail (BB_IS_COURSE_MEETINGS_SECTION (self));

  if (bb_course_section_get_context (BB_COURSE_SECTION (self)) == NULL || bb_course_section_get_course_id (BB_COURSE_SECTION (self)) == 0)
    return;

  present_dialog (self, NULL);
}
