/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-course-list.h"

#include "bb-course-repository-private.h"
#include "bb-text.h"

struct _BbCourseList
{
  BbIdList            parent_instance;

  BbCourseRepository *courses;
  BbCourseQuery       query;
  char               *search;
};

G_DEFINE_FINAL_TYPE (BbCourseList, bb_course_list, BB_TYPE_ID_LIST)

static gint64
bb_course_list_count (BbIdList  *list,
                      GError   **error)
{
  BbCourseList *self = BB_COURSE_LIST (list);

  return bb_course_repository_query_count (self->courses, &self->query, error);
}

static GArray *
bb_course_list_fetch_ids (BbIdList  *list,
                          guint      offset,
                          guint      limit,
                          GError   **error)
{
  BbCourseList *self = BB_COURSE_LIST (list);

  return bb_course_repository_query_page (self->courses, &self->query, offset, limit, error);
}

static gboolean
bb_course_list_locate (BbIdList  *list,
                       gint64     id,
                       guint     *position,
                       GError   **error)
{
  BbCourseList *self = BB_COURSE_LIST (list);

  return bb_course_repository_query_position (self->courses, &self->query, id, position, error);
}

/* A search reads every match to count them (tens of milliseconds at 100,000 courses):
 * counted on the job's connection, the keystroke costs the first screenful. */
static gint64
count_on (BbDatabase  *connection,
          gpointer     data,
          GError     **error)
{
  return _bb_course_repository_count_on (connection, data, error);
}

static BbIdListCountFunc
bb_course_list_count_later (BbIdList       *list,
                            gpointer       *data,
                            GDestroyNotify *data_free)
{
  BbCourseList *self = BB_COURSE_LIST (list);
  g_autofree char *match = self->search != NULL ? bb_text_fts_query (self->search) : NULL;

  if (match == NULL)
    return NULL;

  *data = bb_id_list_copy_query (&self->query, sizeof self->query, G_STRUCT_OFFSET (BbCourseQuery, search));
  *data_free = g_free;
  return count_on;
}

static gpointer
bb_course_list_load (BbIdList *list,
                     gint64    id)
{
  BbCourseList *self = BB_COURSE_LIST (list);
  g_autoptr(GError) error = NULL;
  BbCourse *course = bb_course_repository_get (self->courses, id, &error);

  if (course == NULL)
    {
      g_debug ("Course %" G_GINT64_FORMAT " vanished: %s", id, error->message);
      course = bb_course_new (0);
      bb_course_set_id (course, id);
    }

  return course;
}

static void
bb_course_list_finalize (GObject *object)
{
  BbCourseList *self = BB_COURSE_LIST (object);

  g_clear_object (&self->courses);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (bb_course_list_parent_class)->finalize (object);
}

static void
bb_course_list_class_init (BbCourseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  BbIdListClass *list_class = BB_ID_LIST_CLASS (klass);

  object_class->finalize = bb_course_list_finalize;
  list_class->count = bb_course_list_count;
  list_class->fetch_ids = bb_course_list_fetch_ids;
  list_class->locate = bb_course_list_locate;
  list_class->load = bb_course_list_load;
  list_class->count_later = bb_course_list_count_later;
}

static void
bb_course_list_init (BbCourseList *self)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;

  self->query = query;
}

BbCourseList *
bb_course_list_new (BbCourseRepository *courses)
{
  BbCourseList *self;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (courses), NULL);

  self = g_object_new (BB_TYPE_COURSE_LIST, "item-type", BB_TYPE_COURSE, NULL);
  self->courses = g_object_ref (courses);
  /* Every write to a course, its meetings or its young person notifies "courses". */
  bb_id_list_watch (BB_ID_LIST (self), bb_course_repository_get_database (courses), BB_DOMAIN_COURSES);
  bb_id_list_refresh (BB_ID_LIST (self));

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

  bb_id_list_refresh (BB_ID_LIST (self));
}

guint
bb_course_list_find (BbCourseList *self,
                     gint64        id)
{
  g_return_val_if_fail (BB_IS_COURSE_LIST (self), G_MAXUINT);

  return bb_id_list_find (BB_ID_LIST (self), id);
}

gint64
bb_course_list_get_id (BbCourseList *self,
                       guint         position)
{
  g_return_val_if_fail (BB_IS_COURSE_LIST (self), 0);

  return bb_id_list_get_id (BB_ID_LIST (self), position);
}
