/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-timeline-section.h"
#include "bb-format.h"

struct _BbCourseTimelineSection
{
  BbCourseSection      parent_instance;

  GPtrArray           *rows;

  AdwPreferencesGroup *timeline_group;
  AdwActionRow        *empty_row;
};

G_DEFINE_FINAL_TYPE (BbCourseTimelineSection, bb_course_timeline_section, BB_TYPE_COURSE_SECTION)

static const char * const watch_domains[] = {
  BB_DOMAIN_COURSES, BB_DOMAIN_MEETINGS, BB_DOMAIN_MEASURES, BB_DOMAIN_HANDOVERS, NULL
};

typedef struct
{
  /* YYYY-MM-DD, then the time of day or "" to order one day's events. */
  char *date;
  char *time;
  char *title;
  char *note;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->date);
  g_free (entry->time);
  g_free (entry->title);
  g_free (entry->note);
  g_free (entry);
}

static void
add_entry (GPtrArray  *entries,
           const char *date,
           const char *time,
           char       *title,
           const char *note)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->date = g_strndup (date != NULL ? date : "", 10);
  entry->time = g_strdup (time != NULL ? time : "");
  entry->title = title;
  entry->note = g_strdup (note);
  g_ptr_array_add (entries, entry);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const Entry *first = *(const Entry **) a;
  const Entry *second = *(const Entry **) b;
  int order = g_strcmp0 (second->date, first->date);

  return order != 0 ? order : g_strcmp0 (second->time, first->time);
}

static void
collect (BbCourseRepository *courses,
         gint64              course_id,
         GPtrArray          *entries)
{
  g_autoptr(GPtrArray) events = bb_course_repository_list_status_events (courses, course_id, NULL);
  g_autoptr(GListModel) meetings = bb_course_repository_list_meetings (courses, course_id, NULL);
  g_autoptr(GListModel) measures = bb_course_repository_list_measures (courses, course_id, NULL, NULL);
  g_autoptr(GPtrArray) handovers = bb_course_repository_list_handovers (courses, course_id, NULL);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      BbStatusEvent *event = g_ptr_array_index (events, i);

      /* Translators: a status change on the course's timeline. */
      add_entry (entries, event->date, event->recorded_at,
                 g_strdup_printf (_("Status: %s"), bb_course_status_get_label (event->status)), event->note);
    }

  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(BbMeeting) meeting = g_list_model_get_item (meetings, i);
      const char *kind = bb_meeting_kind_get_label (bb_meeting_get_kind (meeting));

      add_entry (entries, bb_meeting_get_date (meeting), bb_meeting_get_time (meeting),
                 bb_meeting_get_no_show (meeting)
                   /* Translators: a meeting the young person did not come to, e.g. "Advisory conversation (no-show)". */
                   ? g_strdup_printf (_("%s (no-show)"), kind)
                   : g_strdup (kind),
                 bb_meeting_get_notes (meeting));
    }

  for (guint i = 0; measures != NULL && i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(BbMeasure) measure = g_list_model_get_item (measures, i);

      /* Translators: an outcome measure on the timeline: instrument and score, e.g. "WHO-5: 64". */
      add_entry (entries, bb_measure_get_date (measure), NULL,
                 g_strdup_printf (_("%s: %g"), bb_instrument_get_name (bb_measure_get_instrument (measure)),
                                  bb_measure_get_score (measure)),
                 bb_measure_get_note (measure));
    }

  for (guint i = 0; handovers != NULL && i < handovers->len; i++)
    {
      BbHandover *handover = g_ptr_array_index (handovers, i);

      /* Translators: a hand-over on the timeline: the offer and how far it has come. */
      add_entry (entries, handover->state_date != NULL ? handover->state_date : handover->created, NULL,
                 g_strdup_printf (_("Hand-over to %s: %s"), handover->offer_title != NULL ? handover->offer_title : "",
                                  bb_handover_state_get_label (handover->state)),
                 handover->note);
    }
}

static void
bb_course_timeline_section_refresh (BbCourseSection *section)
{
  BbCourseTimelineSection *self = BB_COURSE_TIMELINE_SECTION (section);
  BbContext *context = bb_course_section_get_context (section);
  gint64 course_id = bb_course_section_get_course_id (section);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);

  while (self->rows->len > 0)
    adw_preferences_group_remove (self->timeline_group, g_ptr_array_steal_index (self->rows, self->rows->len - 1));

  if (context != NULL && course_id != 0)
    collect (bb_context_get_courses (context), course_id, entries);
  g_ptr_array_sort (entries, compare_newest_first);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      g_autofree char *date = bb_format_date (entry->date);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (entry->note != NULL && *entry->note != '\0')
        subtitle = g_strdup_printf (_("%s – %s"), date != NULL ? date : "", entry->note);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : date);
      adw_preferences_group_add (self->timeline_group, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), entries->len == 0);
}

static void
bb_course_timeline_section_dispose (GObject *object)
{
  BbCourseTimelineSection *self = BB_COURSE_TIMELINE_SECTION (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_COURSE_TIMELINE_SECTION);

  G_OBJECT_CLASS (bb_course_timeline_section_parent_class)->dispose (object);
}

static void
bb_course_timeline_section_class_init (BbCourseTimelineSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbCourseSectionClass *section_class = BB_COURSE_SECTION_CLASS (klass);

  object_class->dispose = bb_course_timeline_section_dispose;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_course_timeline_section_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-timeline-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCourseTimelineSection, timeline_group);
  gtk_widget_class_bind_template_child (widget_class, BbCourseTimelineSection, empty_row);
}

static void
bb_course_timeline_section_init (BbCourseTimelineSection *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
