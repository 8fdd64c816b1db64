/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-row.h"
#include "bb-format.h"

struct _BbCourseRow
{
  GtkWidget  parent_instance;

  BbCourse  *course;

  /* Inscriptions, not labels: their size comes from the font, not the text, so the
   * 200 rows a list view keeps bound are not each laid out on every scroll. */
  GtkInscription *name_label;
  GtkInscription *status_label;
  GtkInscription *meta_label;
  GtkInscription *figures_label;
};

G_DEFINE_FINAL_TYPE (BbCourseRow, bb_course_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COURSE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* As the offer rows do: the list item around the row is what a screen reader names. */
static void
update_accessible_label (BbCourseRow *self,
                         const char  *name)
{
  GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (item != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static char *
dup_waiting (const BbCourseFigures *figures)
{
  int days = figures->waiting_days;

  if (days < 0)
    return g_strdup ("");
  if (figures->waiting_ongoing)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Waiting for %d day", "Waiting for %d days", days), days);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Waited %d day", "Waited %d days", days), days);
}

static void
join (GString    *joined,
      const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (joined->len > 0)
    g_string_append (joined, " · ");
  g_string_append (joined, part);
}

static void
update (BbCourseRow *self)
{
  const BbCourseFigures *figures;
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *since = NULL;
  g_autofree char *waiting = NULL;
  g_autofree char *conversations = NULL;
  g_autofree char *next_date = NULL;
  g_autofree char *next = NULL;
  const char *adviser;

  /* A recycled row shows nothing of the course it showed before. */
  if (self->course == NULL)
    {
      gtk_inscription_set_text (self->name_label, "");
      gtk_inscription_set_text (self->status_label, "");
      gtk_inscription_set_text (self->meta_label, "");
      gtk_inscription_set_text (self->figures_label, "");
      update_accessible_label (self, "");
      return;
    }

  figures = bb_course_get_figures (self->course);
  adviser = bb_course_get_adviser_name (self->course);
  join (meta, *adviser != '\0' ? adviser : _("No adviser"));
  if (figures->course_days >= 0)
    since = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day since first contact",
                                          "%d days since first contact", figures->course_days),
                             figures->course_days);
  join (meta, since);

  waiting = dup_waiting (figures);
  conversations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conversation", "%u conversations",
                                                figures->conversations), figures->conversations);
  next_date = bb_format_date (figures->next_meeting);
  /* Translators: %s is a date, "17 March 2026" */
  next = next_date != NULL ? g_strdup_printf (_("Next meeting %s"), next_date) : NULL;
  join (line, waiting);
  join (line, conversations);
  join (line, next);

  gtk_inscription_set_text (self->name_label, bb_course_get_young_person_name (self->course));
  gtk_inscription_set_text (self->status_label, bb_course_status_get_label (bb_course_get_status (self->course)));
  gtk_inscription_set_text (self->meta_label, meta->str);
  gtk_inscription_set_text (self->figures_label, line->str);
  update_accessible_label (self, bb_course_get_young_person_name (self->course));
}

static void
bb_course_row_dispose (GObject *object)
{
  BbCourseRow *self = BB_COURSE_ROW (object);
  GtkWidget *child;

  /* The template's box has no name, so disposing the template leaves it to us. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_COURSE_ROW);
  g_clear_object (&self->course);

  G_OBJECT_CLASS (bb_course_row_parent_class)->dispose (object);
}

static void
bb_course_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BbCourseRow *self = BB_COURSE_ROW (object);

  switch (prop_id)
    {
    case PROP_COURSE:
      g_value_set_object (value, self->course);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BbCourseRow *self = BB_COURSE_ROW (object);

  switch (prop_id)
    {
    case PROP_COURSE:
      bb_course_row_set_course (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_row_class_init (BbCourseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_course_row_dispose;
  object_class->get_property = bb_course_row_get_property;
  object_class->set_property = bb_course_row_set_property;

  /**
   * BbCourseRow:course:
   *
   * The course shown, or NULL while the row waits for one.
   */
  properties[PROP_COURSE] =
    g_param_spec_object ("course", NULL, NULL,
                         BB_TYPE_COURSE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCourseRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, BbCourseRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, BbCourseRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, BbCourseRow, figures_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bb_course_row_init (BbCourseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

/**
 * bb_course_row_new:
 *
 * Returns: (transfer floating): a row showing no course yet
 */
BbCourseRow *
bb_course_row_new (void)
{
  return g_object_new (BB_TYPE_COURSE_ROW, NULL);
}

BbCourse *
bb_course_row_get_course (BbCourseRow *self)
{
  g_return_val_if_fail (BB_IS_COURSE_ROW (self), NULL);

  return self->course;
}

void
bb_course_row_set_course (BbCourseRow *self,
                          BbCourse    *course)
{
  g_return_if_fail (BB_IS_COURSE_ROW (self));
  g_return_if_fail (course == NULL || BB_IS_COURSE (course));

  if (!g_set_object (&self->course, course))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COURSE]);
}
