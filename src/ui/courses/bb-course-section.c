/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-enums.h"
#include "bb-course-section.h"

typedef struct
{
  BbContext  *context;
  gint64      course_id;
  gulong      changed_id;
  gboolean    loading;
  gboolean    changed;
} BbCourseSectionPrivate;

static void bb_course_section_iface_init (BbSectionInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (BbCourseSection, bb_course_section, GTK_TYPE_BOX,
                                  G_ADD_PRIVATE (BbCourseSection)
                                  G_IMPLEMENT_INTERFACE (BB_TYPE_SECTION, bb_course_section_iface_init))

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_COURSE_ID,
  N_PROPS
};

enum
{
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_database_changed (BbCourseSection *self,
                     const char      *domain)
{
  const char * const *domains = BB_COURSE_SECTION_GET_CLASS (self)->watch_domains;

  if (domains != NULL && g_strv_contains (domains, domain))
    bb_course_section_refresh (self);
}

static void
set_context (BbCourseSection *self,
             BbContext       *context)
{
  BbCourseSectionPrivate *priv = bb_course_section_get_instance_private (self);

  if (priv->context == context)
    return;

  if (priv->changed_id != 0)
    g_clear_signal_handler (&priv->changed_id, bb_context_get_database (priv->context));
  g_set_object (&priv->context, context);
  if (context != NULL && BB_COURSE_SECTION_GET_CLASS (self)->watch_domains != NULL)
    priv->changed_id = g_signal_connect_object (bb_context_get_database (context), "changed",
                                                G_CALLBACK (on_database_changed), self,
                                                G_CONNECT_SWAPPED);
  bb_course_section_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
set_course_id (BbCourseSection *self,
               gint64           course_id)
{
  BbCourseSectionPrivate *priv = bb_course_section_get_instance_private (self);

  if (priv->course_id == course_id)
    return;

  priv->course_id = course_id;
  bb_course_section_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COURSE_ID]);
}

static void
bb_course_section_set_item (BbSection *section,
                            GObject   *item)
{
  BbCourseSection *self = BB_COURSE_SECTION (section);
  BbCourseSectionPrivate *priv = bb_course_section_get_instance_private (self);

  priv->loading = TRUE;
  if (BB_COURSE_SECTION_GET_CLASS (self)->load != NULL)
    BB_COURSE_SECTION_GET_CLASS (self)->load (self, item);
  priv->loading = FALSE;
  priv->changed = FALSE;
}

static gboolean
bb_course_section_apply (BbSection *section,
                         GObject   *item)
{
  return bb_course_section_store (BB_COURSE_SECTION (section), item, NULL);
}

static gboolean
bb_course_section_changed (BbSection *section)
{
  BbCourseSectionPrivate *priv = bb_course_section_get_instance_private (BB_COURSE_SECTION (section));

  return priv->changed;
}

static void
bb_course_section_iface_init (BbSectionInterface *iface)
{
  iface->set_item = bb_course_section_set_item;
  iface->apply = bb_course_section_apply;
  iface->changed = bb_course_section_changed;
}

static void
bb_course_section_dispose (GObject *object)
{
  BbCourseSection *self = BB_COURSE_SECTION (object);
  BbCourseSectionPrivate *priv = bb_course_section_get_instance_private (self);

  if (priv->changed_id != 0)
    g_clear_signal_handler (&priv->changed_id, bb_context_get_database (priv->context));
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (bb_course_section_parent_class)->dispose (object);
}

static void
bb_course_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BbCourseSection *self = BB_COURSE_SECTION (object);
  BbCourseSectionPrivate *priv = bb_course_section_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    case PROP_COURSE_ID:
      g_value_set_int64 (value, priv->course_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_section_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BbCourseSection *self = BB_COURSE_SECTION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      set_context (self, g_value_get_object (value));
      break;
    case PROP_COURSE_ID:
      set_course_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_section_class_init (BbCourseSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bb_course_section_dispose;
  object_class->get_property = bb_course_section_get_property;
  object_class->set_property = bb_course_section_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_COURSE_ID] =
    g_param_spec_int64 ("course-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bb_course_section_init (BbCourseSection *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
}

BbContext *
bb_course_section_get_context (BbCourseSection *self)
{
  BbCourseSectionPrivate *priv = bb_course_section_get_instance_private (self);

  g_return_val_if_fail (BB_IS_COURSE_SECTION (self), NULL);

  return priv->context;
}

gint64
bb_course_section_get_course_id (BbCourseSection *self)
{
  BbCourseSectionPrivate *priv = bb_course_section_get_instance_private (self);

  g_return_val_if_fail (BB_IS_COURSE_SECTION (self), 0);

  return priv->course_id;
}

void
bb_course_section_refresh (BbCourseSection *self)
{
  g_return_if_fail (BB_IS_COURSE_SECTION (self));

  if (BB_COURSE_SECTION_GET_CLASS (self)->refresh != NULL)
    BB_COURSE_SECTION_GET_CLASS (self)->refresh (self);
}

gboolean
bb_course_section_store (BbCourseSection  *self,
                         GObject          *item,
                         GError          **error)
{
  g_return_val_if_fail (BB_IS_COURSE_SECTION (self), FALSE);

  if (BB_COURSE_SECTION_GET_CLASS (self)->store == NULL)
    return TRUE;
  return BB_COURSE_SECTION_GET_CLASS (self)->store (self, item, error);
}

void
bb_course_section_mark_saved (BbCourseSection *self)
{
  BbCourseSectionPrivate *priv = bb_course_section_get_instance_private (self);

  g_return_if_fail (BB_IS_COURSE_SECTION (self));

  priv->changed = FALSE;
}

void
bb_course_section_edited (BbCourseSection *self)
{
  BbCourseSectionPrivate *priv = bb_course_section_get_instance_private (self);

  g_return_if_fail (BB_IS_COURSE_SECTION (self));

  if (priv->loading)
    return;
  priv->changed = TRUE;
  g_signal_emit (self, signals[EDITED], 0);
}

gboolean
bb_course_section_is_loading (BbCourseSection *self)
{
  BbCourseSectionPrivate *priv = bb_course_section_get_instance_private (self);

  g_return_val_if_fail (BB_IS_COURSE_SECTION (self), FALSE);

  return priv->loading;
}

char *
bb_course_dup_text (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

char *
bb_course_dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

gboolean
bb_course_parse_date (GtkEditable  *editable,
                      const char   *field,
                      char        **iso_out,
                      GError      **error)
{
  g_autofree char *text = bb_course_dup_text (editable);
  unsigned int day = 0, month = 0, year = 0;
  char sep1 = 0, sep2 = 0;
  char rest = 0;

  *iso_out = NULL;
  if (text == NULL)
    return TRUE;

  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &rest) != 3 &&
      (sscanf (text, "%2u%c%2u%c%4u%c", &day, &sep1, &month, &sep2, &year, &rest) != 5 ||
       sep1 != sep2 || strchr (".-/", sep1) == NULL || year < 1000))
    year = 0;

  if (year == 0 || !g_date_valid_dmy (day, month, year))
    {
      /* Translators: %s is the name of a field, e.g. "Birth date". */
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   _("%s: write the date as 17-08-2024 or 2024-08-17."), field);
      return FALSE;
    }

  *iso_out = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  return TRUE;
}

char *
bb_course_dup_today (BbContext *context)
{
  GDate today;

  g_date_clear (&today, 1);
  bb_clock_get_today (bb_context_get_clock (context), &today);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&today),
                          g_date_get_month (&today), g_date_get_day (&today));
}
