/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-handovers-section.h"
#include "bb-course-measures-section.h"
#include "bb-course-meetings-section.h"
#include "bb-course-page.h"
#include "bb-course-person-section.h"
#include "bb-course-plan-section.h"
#include "bb-course-status-section.h"
#include "bb-course-timeline-section.h"
#include "bb-save-error-bar.h"
#include "bb-young-person-log-section.h"

/* How long typing may pause before the edit is saved. */
#define SAVE_DELAY_MS 800

struct _BbCoursePage
{
  AdwBin                   parent_instance;

  BbContext               *context;
  gint64                   course_id;
  /* What the page edits, as opened: the sections write into them before each save. */
  BbCourse                *course;
  BbYoungPerson           *person;
  guint                    save_source;
  gboolean                 pending;
  GtkRoot                 *root;
  gulong                   focus_id;
  gulong                   changed_id;

  GtkStack                *stack;
  AdwStatusPage           *empty_page;
  GtkLabel                *name_label;
  GtkLabel                *details_label;
  GtkLabel                *status_label;
  GtkLabel                *adviser_label;
  GtkLabel                *error_label;
  BbSaveErrorBar          *save_error_bar;
  BbCourseSection         *person_section;
  BbCourseSection         *status_section;
  BbCourseSection         *plan_section;
  BbCourseMeetingsSection *meetings_section;
  GtkWidget               *measures_section;
  GtkWidget               *handovers_section;
  BbCourseSection         *timeline_section;
  BbCourseSection         *log_section;
};

G_DEFINE_FINAL_TYPE (BbCoursePage, bb_course_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_COURSE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (BbCoursePage *self,
            const char   *message)
{
  g_autofree char *text = NULL;

  if (message != NULL)
    /* Translators: at the top of the course page when an edit could not be saved. */
    text = g_strdup_printf (_("Not saved: %s"), message);
  gtk_label_set_label (self->error_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Writes one section into its record and the record to the database; what was typed
 * stays in the fields either way. */
static gboolean
save_section (BbCoursePage    *self,
              BbCourseSection *section,
              GObject         *item)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (item == NULL || !bb_section_changed (BB_SECTION (section)))
    return TRUE;

  if (!bb_course_section_store (section, item, &error))
    saved = FALSE;
  else if (BB_IS_YOUNG_PERSON (item))
    saved = bb_young_person_repository_save (bb_context_get_young_people (self->context),
                                             BB_YOUNG_PERSON (item), &error);
  else
    saved = bb_course_repository_save (bb_context_get_courses (self->context), BB_COURSE (item), &error);

  if (!saved)
    {
      /* A full disk or a busy database: the bar says what to do, and offers Save Again. */
      if (bb_save_error_is_fault (error))
        bb_save_error_bar_show (self->save_error_bar, error);
      else
        show_error (self, error->message);
      return FALSE;
    }

  bb_course_section_mark_saved (section);
  return TRUE;
}

static void
save_now (BbCoursePage *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->pending || self->context == NULL)
    return;
  self->pending = FALSE;

  if (save_section (self, self->person_section, G_OBJECT (self->person)) &&
      save_section (self, self->plan_section, G_OBJECT (self->course)))
    {
      show_error (self, NULL);
      bb_save_error_bar_saved (self->save_error_bar);
    }
}

static void
on_save_error_bar_retry (BbCoursePage *self)
{
  self->pending = TRUE;
  save_now (self);
}

static gboolean
on_save_timeout (gpointer data)
{
  BbCoursePage *self = data;

  self->save_source = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_section_edited (BbCoursePage *self)
{
  self->pending = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, on_save_timeout, self);
}

/* The focus leaving a field saves what was typed in it. */
static void
on_focus_changed (BbCoursePage *self)
{
  if (self->pending)
    save_now (self);
}

static void
update_header (BbCoursePage *self)
{
  g_autoptr(BbCourse) row = NULL;
  g_autofree char *number = NULL;
  g_autofree char *details = NULL;
  g_autofree char *today = NULL;
  int age = -1;

  if (self->context == NULL || self->course == NULL)
    return;

  row = bb_course_repository_get (bb_context_get_courses (self->context), self->course_id, NULL);
  if (row == NULL)
    return;

  number = g_strdup_printf ("%" G_GINT64_FORMAT, self->course_id);
  today = bb_course_dup_today (self->context);
  if (self->person != NULL)
    age = bb_age_in_years (bb_young_person_get_birth_date (self->person), today);
  if (age >= 0)
    /* Translators: under the young person's name: age, then the course's number. */
    details = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year · Course no. %s", "%d years · Course no. %s", age),
                               age, number);
  else
    /* Translators: the course's number, as --export-handover takes it. */
    details = g_strdup_printf (_("Course no. %s"), number);

  gtk_label_set_label (self->name_label, bb_course_get_young_person_name (row));
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->status_label, bb_course_status_get_label (bb_course_get_status (row)));
  if (*bb_course_get_adviser_name (row) != '\0')
    {
      /* Translators: in the course page's header. */
      g_autofree char *adviser = g_strdup_printf (_("Responsible adviser: %s"), bb_course_get_adviser_name (row));

      gtk_label_set_label (self->adviser_label, adviser);
    }
  else
    gtk_label_set_label (self->adviser_label, _("No responsible adviser yet"));
}

static void
on_database_changed (BbCoursePage *self,
                     const char   *domain)
{
  update_header (self);
}

/* Every section works on the page's context and course. Handed over here rather than
 * through bindings: those follow the notification, which g_object_set () holds back
 * until after the page has loaded the course into its sections. */
static void
hand_to_sections (BbCoursePage *self)
{
  GObject *sections[] = {
    G_OBJECT (self->person_section), G_OBJECT (self->status_section), G_OBJECT (self->plan_section),
    G_OBJECT (self->meetings_section), G_OBJECT (self->measures_section), G_OBJECT (self->handovers_section),
    G_OBJECT (self->timeline_section), G_OBJECT (self->log_section),
  };

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    g_object_set (sections[i], "context", self->context, "course-id", self->course_id, NULL);
}

static void
load (BbCoursePage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->course);
  g_clear_object (&self->person);
  show_error (self, NULL);
  bb_save_error_bar_clear (self->save_error_bar);
  adw_status_page_set_title (self->empty_page, _("No Course Chosen"));
  adw_status_page_set_description (self->empty_page, _("Choose a course in the list to see it here."));
  hand_to_sections (self);

  if (self->context == NULL || self->course_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* Opening reads the young person's data: the repository logs it. */
  self->course = bb_course_repository_open (bb_context_get_courses (self->context), self->course_id, &error);
  if (self->course != NULL)
    self->person = bb_young_person_repository_get (bb_context_get_young_people (self->context),
                                                   bb_course_get_young_person_id (self->course), &error);
  if (self->person == NULL)
    {
      g_clear_object (&self->course);
      show_error (self, error->message);
      /* Every opening is written to the access log: a database that can only be read
       * cannot take that, so the course stays closed, and the page says why. */
      if (g_error_matches (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY))
        {
          adw_status_page_set_title (self->empty_page, _("The Course Cannot Be Opened"));
          adw_status_page_set_description (self->empty_page,
                                           _("Each opening of a course is written to the young person’s access log, and this database can only be read."));
        }
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  bb_section_set_item (BB_SECTION (self->person_section), G_OBJECT (self->person));
  bb_section_set_item (BB_SECTION (self->plan_section), G_OBJECT (self->course));
  update_header (self);
  gtk_stack_set_visible_child_name (self->stack, "course");
}

static void
add_meeting (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbCoursePage *self = BB_COURSE_PAGE (widget);

  if (self->course != NULL)
    bb_course_meetings_section_add_meeting (self->meetings_section);
}

static void
set_context (BbCoursePage *self,
             BbContext    *context)
{
  if (self->context == context)
    return;

  save_now (self);
  if (self->changed_id != 0)
    g_clear_signal_handler (&self->changed_id, bb_context_get_database (self->context));
  g_set_object (&self->context, context);
  if (context != NULL)
    self->changed_id = g_signal_connect_object (bb_context_get_database (context), "changed::" BB_DOMAIN_COURSES,
                                                G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
bb_course_page_root (GtkWidget *widget)
{
  BbCoursePage *self = BB_COURSE_PAGE (widget);

  GTK_WIDGET_CLASS (bb_course_page_parent_class)->root (widget);

  self->root = gtk_widget_get_root (widget);
  self->focus_id = g_signal_connect_object (self->root, "notify::focus-widget",
                                            G_CALLBACK (on_focus_changed), self, G_CONNECT_SWAPPED);
}

/* Closing the window (or taking the page out of it) mid-edit keeps the edit. */
static void
bb_course_page_unroot (GtkWidget *widget)
{
  BbCoursePage *self = BB_COURSE_PAGE (widget);

  save_now (self);
  g_clear_signal_handler (&self->focus_id, self->root);
  self->root = NULL;

  GTK_WIDGET_CLASS (bb_course_page_parent_class)->unroot (widget);
}

static void
bb_course_page_dispose (GObject *object)
{
  BbCoursePage *self = BB_COURSE_PAGE (object);

  save_now (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->changed_id != 0)
    g_clear_signal_handler (&self->changed_id, bb_context_get_database (self->context));
  /* The stack is the bin's child and a template child: the bin lets go of it first,
   * or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_COURSE_PAGE);
  g_clear_object (&self->course);
  g_clear_object (&self->person);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_course_page_parent_class)->dispose (object);
}

static void
bb_course_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BbCoursePage *self = BB_COURSE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_COURSE_ID:
      g_value_set_int64 (value, self->course_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BbCoursePage *self = BB_COURSE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      set_context (self, g_value_get_object (value));
      break;
    case PROP_COURSE_ID:
      bb_course_page_set_course_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_page_class_init (BbCoursePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_course_page_dispose;
  object_class->get_property = bb_course_page_get_property;
  object_class->set_property = bb_course_page_set_property;
  widget_class->root = bb_course_page_root;
  widget_class->unroot = bb_course_page_unroot;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_COURSE_ID] =
    g_param_spec_int64 ("course-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BB_TYPE_COURSE_PERSON_SECTION);
  g_type_ensure (BB_TYPE_COURSE_STATUS_SECTION);
  g_type_ensure (BB_TYPE_COURSE_PLAN_SECTION);
  g_type_ensure (BB_TYPE_COURSE_MEETINGS_SECTION);
  g_type_ensure (BB_TYPE_COURSE_MEASURES_SECTION);
  g_type_ensure (BB_TYPE_COURSE_HANDOVERS_SECTION);
  g_type_ensure (BB_TYPE_COURSE_TIMELINE_SECTION);
  g_type_ensure (BB_TYPE_YOUNG_PERSON_LOG_SECTION);
  g_type_ensure (BB_TYPE_SAVE_ERROR_BAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, stack);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, details_label);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, status_label);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, adviser_label);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, save_error_bar);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_save_error_bar_retry);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, person_section);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, status_section);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, plan_section);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, meetings_section);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, measures_section);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, handovers_section);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, timeline_section);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePage, log_section);
  gtk_widget_class_bind_template_callback (widget_class, on_section_edited);

  gtk_widget_class_install_action (widget_class, "course.add-meeting", NULL, add_meeting);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "course.add-meeting", NULL);
}

static void
bb_course_page_init (BbCoursePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbCoursePage *
bb_course_page_new (void)
{
  return g_object_new (BB_TYPE_COURSE_PAGE, NULL);
}

gint64
bb_course_page_get_course_id (BbCoursePage *self)
{
  g_return_val_if_fail (BB_IS_COURSE_PAGE (self), 0);

  return self->course_id;
}

void
bb_course_page_set_course_id (BbCoursePage *self,
                              gint64        course_id)
{
  g_return_if_fail (BB_IS_COURSE_PAGE (self));

  if (self->course_id == course_id)
    return;

  /* The edit of the course shown so far is saved before another takes its place. */
  save_now (self);
  self->course_id = course_id;
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COURSE_ID]);
}
