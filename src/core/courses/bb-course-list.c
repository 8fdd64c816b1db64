/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-course-list.h"

/* Rows a list shows at once are a few dozen; this many cached courses covers scrolling
 * back and forth without growing with the caseload. */
#define CACHE_LIMIT 512

struct _BbCourseList
{
  GObject             parent_instance;

  BbCourseRepository *courses;
  BbCourseQuery       query;
  char               *search;
  GArray             *ids;
  GHashTable         *cache;
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
  return BB_COURSE_LIST (model)->ids->len;
}

static gpointer
bb_course_list_get_item (GListModel *model,
                         guint       position)
{
  BbCourseList *self = BB_COURSE_LIST (model);
  g_autoptr(GError) error = NULL;
  BbCourse *course;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  course = g_hash_table_lookup (self->cache, &id);
  if (course != NULL)
    return g_object_ref (course);

  course = bb_course_repository_get (self->courses, id, &error);
  if (course == NULL)
    {
      /* Deleted by another window since the last query: the refresh after that
       * write is on its way, so show an empty course rather than nothing. */
      g_debug ("Course %" G_GINT64_FORMAT " vanished: %s", id, error->message);
      course = bb_course_new (0);
      bb_course_set_id (course, id);
    }

  if (g_hash_table_size (self->cache) >= CACHE_LIMIT)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (course));

  return course;
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
  guint removed = self->ids->len;

  ids = bb_course_repository_query_ids (self->courses, &self->query, &error);
  if (ids == NULL)
    {
      g_warning ("Cannot list courses: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);
  g_hash_table_remove_all (self->cache);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->ids->len);
}

static void
bb_course_list_finalize (GObject *object)
{
  BbCourseList *self = BB_COURSE_LIST (object);

  g_signal_handlers_disconnect_by_data (bb_course_repository_get_database (self->courses), self);
  g_clear_object (&self->courses);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);

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
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
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

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;

  return G_MAXUINT;
}

gint64
bb_course_list_get_id (BbCourseList *self,
                       guint         position)
{
  g_return_val_if_fail (BB_IS_COURSE_LIST (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);

  return g_array_index (self->ids, gint64, position);
}
