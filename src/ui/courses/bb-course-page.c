/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-page.h"

struct _BbCoursePage
{
  AdwBin      parent_instance;

  BbContext  *context;
  gint64      course_id;
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
bb_course_page_dispose (GObject *object)
{
  BbCoursePage *self = BB_COURSE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_COURSE_PAGE);
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
      g_set_object (&self->context, g_value_get_object (value));
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

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_COURSE_ID] =
    g_param_spec_int64 ("course-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-page.ui");
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

  self->course_id = course_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COURSE_ID]);
}
