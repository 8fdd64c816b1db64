/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-format.h"
#include "bb-young-person-log-section.h"

/* A young person's log grows with every open: the page shows the latest. */
#define SHOWN_ENTRIES 50

struct _BbYoungPersonLogSection
{
  BbCourseSection      parent_instance;

  GPtrArray           *rows;
  gint64               young_person_id;

  AdwPreferencesGroup *log_group;
};

G_DEFINE_FINAL_TYPE (BbYoungPersonLogSection, bb_young_person_log_section, BB_TYPE_COURSE_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_ACCESS_LOG, NULL };

static char *
describe_who (const BbAccessEntry *entry)
{
  gboolean has_adviser = entry->adviser != NULL && *entry->adviser != '\0';
  gboolean has_account = entry->os_user != NULL && *entry->os_user != '\0';

  if (has_adviser && has_account)
    /* Translators: who reached a young person's data: the adviser, then the computer account. */
    return g_strdup_printf (_("%s (account %s)"), entry->adviser, entry->os_user);
  return g_strdup (has_adviser ? entry->adviser : has_account ? entry->os_user : "");
}

/* The subjects the repositories write are stable keys; what callers name for an export
 * or a print is shown as they wrote it. */
static const char *
subject_label (const char *subject)
{
  static const struct { const char *key; const char *label; } subjects[] = {
    { "young-person", N_("the young person") },
    { "course", N_("the course") },
    { "meeting", N_("a meeting") },
    { "measure", N_("a measure") },
    { "hand-over", N_("a hand-over") },
    { "status", N_("the status") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
    if (g_strcmp0 (subject, subjects[i].key) == 0)
      return _(subjects[i].label);
  return subject != NULL ? subject : "";
}

static void
bb_young_person_log_section_refresh (BbCourseSection *section)
{
  BbYoungPersonLogSection *self = BB_YOUNG_PERSON_LOG_SECTION (section);
  BbContext *context = bb_course_section_get_context (section);
  gint64 course_id = bb_course_section_get_course_id (section);
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  while (self->rows->len > 0)
    adw_preferences_group_remove (self->log_group, g_ptr_array_steal_index (self->rows, self->rows->len - 1));

  self->young_person_id = 0;
  if (context == NULL || course_id == 0)
    return;

  course = bb_course_repository_get (bb_context_get_courses (context), course_id, NULL);
  if (course != NULL)
    self->young_person_id = bb_course_get_young_person_id (course);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "young-person.export-everything", self->young_person_id != 0);
  if (course != NULL)
    entries = bb_access_log_repository_list (bb_context_get_access_log (context),
                                             bb_course_get_young_person_id (course), NULL);

  for (guint i = 0; entries != NULL && i < MIN (entries->len, SHOWN_ENTRIES); i++)
    {
      BbAccessEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *when = bb_format_date_time (entry->at);
      g_autofree char *who = describe_who (entry);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (entry->detail != NULL && *entry->detail != '\0')
        /* Translators: a row of the access log: what was done, to what, and which fields, e.g. "Changed – the course: notes, goals". */
        title = g_strdup_printf (_("%s – %s: %s"), bb_access_action_get_label (entry->action),
                                 subject_label (entry->subject), entry->detail);
      else
        /* Translators: a row of the access log: what was done, and to what, e.g. "Opened – the course". */
        title = g_strdup_printf (_("%s – %s"), bb_access_action_get_label (entry->action),
                                 subject_label (entry->subject));
      /* Translators: under a row of the access log: who, then when. */
      subtitle = g_strdup_printf (_("%s – %s"), who, when != NULL ? when : "");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->log_group, row);
      g_ptr_array_add (self->rows, row);
    }
}

/* The export itself lives with the other data-safety work, behind a window action. */
static void
export_everything (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BbYoungPersonLogSection *self = BB_YOUNG_PERSON_LOG_SECTION (widget);

  if (self->young_person_id != 0)
    gtk_widget_activate_action (widget, "win.export-everything-held", "x", self->young_person_id);
}

static void
bb_young_person_log_section_dispose (GObject *object)
{
  BbYoungPersonLogSection *self = BB_YOUNG_PERSON_LOG_SECTION (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_YOUNG_PERSON_LOG_SECTION);

  G_OBJECT_CLASS (bb_young_person_log_section_parent_class)->dispose (object);
}

static void
bb_young_person_log_section_class_init (BbYoungPersonLogSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbCourseSectionClass *section_class = BB_COURSE_SECTION_CLASS (klass);

  object_class->dispose = bb_young_person_log_section_dispose;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_young_person_log_section_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-young-person-log-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbYoungPersonLogSection, log_group);
  gtk_widget_class_install_action (widget_class, "young-person.export-everything", NULL, export_everything);
}

static void
bb_young_person_log_section_init (BbYoungPersonLogSection *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Anywhere on the young person's page, not only with the focus in this section. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (keys), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_e,
                                                                                  GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                                                          gtk_named_action_new ("young-person.export-everything")));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
