/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-id-rows.h"
#include "bb-course-list.h"

struct _BbCourseList
{
  GObject             parent_instance;

  BbCourseRepository *courses;
  BbCourseQuery       query;
  char               *search;
  BbIdRows            rows;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BbCourseList, bb_course_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
bb_course_list_get_item_type (GListModel *model)
{
  return BB_TYPE_COURSE;
}

static guint
bb_course_list_get_n_items (GListModel *model)
{
  return BB_COURSE_LIST (model)->rows.ids->len;
}

/* Deleted by another window since the last query: the refresh after that write is on
 * its way, so the row shows an empty course rather than nothing. */
static gpointer
load_row (gpointer source,
          gint64   id)
{
  g_autoptr(GError) error = NULL;
  BbCourse *course = bb_course_repository_get (source, id, &error);

  if (course == NULL)
    {
      g_debug ("Course %" G_GINT64_FORMAT " vanished: %s", id, error->message);
      course = bb_course_new (0);
      bb_course_set_id (course, id);
    }

  return course;
}

static gpointer
bb_course_list_get_item (GListModel *model,
                         guint       position)
{
  BbCourseList *self = BB_COURSE_LIST (model);

  return bb_id_rows_get (&self->rows, position, load_row, self->courses);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bb_course_list_get_item_type;
  iface->get_n_items = bb_course_list_get_n_items;
  iface->get_item = bb_course_list_get_item;
}

static void
refresh (BbCourseList *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  guint removed;

  ids = bb_course_repository_query_ids (self->courses, &self->query, &error);
  if (ids == NULL)
    {
      g_warning ("Cannot list courses: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  removed = bb_id_rows_replace (&self->rows, g_steal_pointer (&ids));
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->rows.ids->len);
}

static void
bb_course_list_finalize (GObject *object)
{
  BbCourseList *self = BB_COURSE_LIST (object);

  g_signal_handlers_disconnect_by_data (bb_course_repository_get_database (self->courses), self);
  g_clear_object (&self->courses);
  g_clear_pointer (&self->search, g_free);
  bb_id_rows_clear (&self->rows);

  G_OBJECT_CLASS (bb_course_list_parent_class)->finalize (object);
}

static void
bb_course_list_class_init (BbCourseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_course_list_finalize;
}

static void
bb_course_list_init (BbCourseList *self)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;

  self->query = query;
  bb_id_rows_init (&self->rows);
}

BbCourseList *
bb_course_list_new (BbCourseRepository *courses)
{
  BbCourseList *self;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (courses), NULL);

  self = g_object_new (BB_TYPE_COURSE_LIST, NULL);
  self->courses = g_object_ref (courses);
  /* Every write to a course, its meetings or its young person notifies "courses". */
  g_signal_connect_swapped (bb_course_repository_get_database (courses), "changed::" BB_DOMAIN_COURSES,
                            G_CALLBACK (refresh), self);
  refresh (self);

  return self;
}

void
bb_course_list_set_query (BbCourseList        *self,
                          const BbCourseQuery *query)
{
  g_return_if_fail (BB_IS_COURSE_LIST (self));
  g_return_if_fail (query != NULL);

  g_free (self->search);
  self->search = g_strdup (query->search);
  self->query = *query;
  self->query.search = self->search;

  refresh (self);
}

guint
bb_course_list_find (BbCourseList *self,
                     gint64        id)
{
  g_return_val_if_fail (BB_IS_COURSE_LIST (self), G_MAXUINT);

  return bb_id_rows_find (&self->rows, id);
}

gint64
bb_course_list_get_id (BbCourseList *self,
                       guint         position)
{
  g_return_val_if_fail (BB_IS_COURSE_LIST (self), 0);
  g_return_val_if_fail (position < self->rows.ids->len, 0);

  return g_array_index (self->rows.ids, gint64, position);
}
