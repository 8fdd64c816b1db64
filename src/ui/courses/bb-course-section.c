/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-course-section.h"

typedef struct
{
  gboolean    loading;
  gboolean    changed;
} BbCourseSectionPrivate;

static void bb_course_section_iface_init (BbSectionInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (BbCourseSection, bb_course_section, BB_TYPE_PAGE_SECTION,
                                  G_ADD_PRIVATE (BbCourseSection)
                                  G_IMPLEMENT_INTERFACE (BB_TYPE_SECTION, bb_course_section_iface_init))

enum
{
  PROP_0,
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
on_item_id_notify (BbCourseSection *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COURSE_ID]);
}

/* The course sections' typed vfuncs, called by the page section. */
static void
bb_course_section_page_refresh (BbPageSection *section)
{
  BbCourseSection *self = BB_COURSE_SECTION (section);

  if (BB_COURSE_SECTION_GET_CLASS (self)->refresh != NULL)
    BB_COURSE_SECTION_GET_CLASS (self)->refresh (self);
}

static gboolean
bb_course_section_watches (BbPageSection *section,
                           const char    *domain)
{
  const char * const *domains = BB_COURSE_SECTION_GET_CLASS (section)->watch_domains;

  return domains != NULL && g_strv_contains (domains, domain);
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
bb_course_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_COURSE_ID:
      g_value_set_int64 (value, bb_page_section_get_item_id (BB_PAGE_SECTION (object)));
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
  switch (prop_id)
    {
    case PROP_COURSE_ID:
      g_object_set_property (object, "item-id", value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_section_class_init (BbCourseSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  BbPageSectionClass *page_class = BB_PAGE_SECTION_CLASS (klass);

  object_class->get_property = bb_course_section_get_property;
  object_class->set_property = bb_course_section_set_property;

  page_class->refresh = bb_course_section_page_refresh;
  page_class->watches = bb_course_section_watches;

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
  g_signal_connect (self, "notify::item-id", G_CALLBACK (on_item_id_notify), NULL);
}

BbContext *
bb_course_section_get_context (BbCourseSection *self)
{
  g_return_val_if_fail (BB_IS_COURSE_SECTION (self), NULL);

  return bb_page_section_get_context (BB_PAGE_SECTION (self));
}

gint64
bb_course_section_get_course_id (BbCourseSection *self)
{
  g_return_val_if_fail (BB_IS_COURSE_SECTION (self), 0);

  return bb_page_section_get_item_id (BB_PAGE_SECTION (self));
}

void
bb_course_section_refresh (BbCourseSection *self)
{
  g_return_if_fail (BB_IS_COURSE_SECTION (self));

  bb_page_section_refresh (BB_PAGE_SECTION (self));
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
