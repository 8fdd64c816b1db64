/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdlib.h>

#include "bb-course-shown-list.h"

struct _BbCourseShownList
{
  GObject       parent_instance;

  BbCourseList *courses;
  gint64        hidden_id;
  /* Where the hidden course is in @courses, or G_MAXUINT. */
  guint         hidden_position;
  guint         n_items;
  /* Each course handed out since the last change and still alive (held by a row, the
   * selection or the list's cache) → its position + 1, through a weak reference. */
  GHashTable   *given;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BbCourseShownList, bb_course_shown_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Rows this close to one another are told as one change: few signals, and few items
 * for GTK to look through in each. */
#define CLUSTER_GAP 64

static guint
to_source (BbCourseShownList *self,
           guint              position)
{
  return self->hidden_position != G_MAXUINT && position >= self->hidden_position ? position + 1 : position;
}

static guint
count_shown (BbCourseShownList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->courses));

  return self->hidden_position != G_MAXUINT ? n - 1 : n;
}

static void
on_given_finalized (gpointer  data,
                    GObject  *where_the_object_was)
{
  BbCourseShownList *self = data;

  g_hash_table_remove (self->given, where_the_object_was);
}

static GType
bb_course_shown_list_get_item_type (GListModel *model)
{
  return BB_TYPE_COURSE;
}

static guint
bb_course_shown_list_get_n_items (GListModel *model)
{
  return BB_COURSE_SHOWN_LIST (model)->n_items;
}

static gpointer
bb_course_shown_list_get_item (GListModel *model,
                               guint       position)
{
  BbCourseShownList *self = BB_COURSE_SHOWN_LIST (model);
  BbCourse *course;

  if (position >= self->n_items)
    return NULL;

  course = g_list_model_get_item (G_LIST_MODEL (self->courses), to_source (self, position));
  if (course != NULL && !g_hash_table_contains (self->given, course))
    g_object_weak_ref (G_OBJECT (course), on_given_finalized, self);
  if (course != NULL)
    g_hash_table_insert (self->given, course, GUINT_TO_POINTER (position + 1));
  return course;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bb_course_shown_list_get_item_type;
  iface->get_n_items = bb_course_shown_list_get_n_items;
  iface->get_item = bb_course_shown_list_get_item;
}

static void
forget_given (BbCourseShownList *self)
{
  GHashTableIter iter;
  gpointer course;

  g_hash_table_iter_init (&iter, self->given);
  while (g_hash_table_iter_next (&iter, &course, NULL))
    g_object_weak_unref (course, on_given_finalized, self);
  g_hash_table_remove_all (self->given);
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint first = GPOINTER_TO_UINT (*(gpointer *) a);
  guint second = GPOINTER_TO_UINT (*(gpointer *) b);

  return first < second ? -1 : first > second;
}

static void
emit (BbCourseShownList *self,
      guint              position,
      guint              removed,
      guint              added)
{
  if (removed == 0 && added == 0)
    return;

  /* The length as of each signal: GTK reads it in between. */
  self->n_items = self->n_items - removed + added;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/* Tells the list view of a new list without reading it: nothing here grows with the
 * list. Told of one change over rows it holds (the scroll anchor, the focus, the
 * selection), GTK 4.8 (gtklistitemmanager.c, gtksingleselection.c) looks for their
 * items among all the items added with them, loading each. So the rows someone holds
 * are told in clusters of their own, which GTK looks through quickly, and every
 * stretch between them as a change of the same size that holds nothing; rows held past
 * the new end are removed before the rest is added. Positions stay where they were, and
 * so does the scroll. */
static void
emit_changes (BbCourseShownList *self)
{
  g_autofree gpointer *held = g_new (gpointer, g_hash_table_size (self->given) + 1);
  guint n_held = 0;
  GHashTableIter iter;
  gpointer value;
  guint n_old = self->n_items;
  guint n_new = count_shown (self);
  guint done = 0;
  guint i = 0;

  g_hash_table_iter_init (&iter, self->given);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    held[n_held++] = value;
  qsort (held, n_held, sizeof (gpointer), compare_positions);
  forget_given (self);

  while (i < n_held && GPOINTER_TO_UINT (held[i]) - 1 < MIN (n_old, n_new))
    {
      guint start = GPOINTER_TO_UINT (held[i]) - 1;
      guint end = start + 1;

      /* One cluster: held rows with short stretches between them, kept in both lists. */
      for (i++; i < n_held; i++)
        {
          guint next = GPOINTER_TO_UINT (held[i]) - 1;

          if (next >= MIN (n_old, n_new) || next > end + CLUSTER_GAP)
            break;
          end = MAX (end, next + 1);
        }

      emit (self, done, start - done, start - done);
      emit (self, start, end - start, end - start);
      done = end;
    }

  if (i < n_held)
    {
      emit (self, done, n_old - done, 0);
      emit (self, done, 0, n_new - done);
    }
  else
    emit (self, done, n_old - done, n_new - done);
}

static void
on_courses_changed (BbCourseShownList *self,
                    guint              position,
                    guint              removed,
                    guint              added)
{
  /* The list grown or cut at its end (its count came): that alone. */
  if (self->hidden_id == 0 && position == self->n_items && removed == 0)
    {
      emit (self, position, 0, added);
      return;
    }
  if (self->hidden_id == 0 && added == 0 && position + removed == self->n_items)
    {
      emit (self, position, removed, 0);
      return;
    }

  self->hidden_position = self->hidden_id != 0 ? bb_course_list_find (self->courses, self->hidden_id) : G_MAXUINT;
  emit_changes (self);
}

static void
bb_course_shown_list_dispose (GObject *object)
{
  BbCourseShownList *self = BB_COURSE_SHOWN_LIST (object);

  if (self->courses != NULL)
    g_signal_handlers_disconnect_by_data (self->courses, self);
  g_clear_object (&self->courses);
  if (self->given != NULL)
    forget_given (self);
  g_clear_pointer (&self->given, g_hash_table_unref);

  G_OBJECT_CLASS (bb_course_shown_list_parent_class)->dispose (object);
}

static void
bb_course_shown_list_class_init (BbCourseShownListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bb_course_shown_list_dispose;
}

static void
bb_course_shown_list_init (BbCourseShownList *self)
{
  self->hidden_position = G_MAXUINT;
  self->given = g_hash_table_new (NULL, NULL);
}

BbCourseShownList *
bb_course_shown_list_new (BbCourseList *courses)
{
  BbCourseShownList *self;

  g_return_val_if_fail (BB_IS_COURSE_LIST (courses), NULL);

  self = g_object_new (BB_TYPE_COURSE_SHOWN_LIST, NULL);
  self->courses = g_object_ref (courses);
  g_signal_connect_swapped (courses, "items-changed", G_CALLBACK (on_courses_changed), self);
  self->hidden_position = G_MAXUINT;
  emit_changes (self);
  return self;
}

void
bb_course_shown_list_set_hidden (BbCourseShownList *self,
                                 gint64             id)
{
  g_return_if_fail (BB_IS_COURSE_SHOWN_LIST (self));

  if (self->hidden_id == id)
    return;

  self->hidden_id = id;
  self->hidden_position = id != 0 ? bb_course_list_find (self->courses, id) : G_MAXUINT;
  emit_changes (self);
}

gint64
bb_course_shown_list_get_hidden (BbCourseShownList *self)
{
  g_return_val_if_fail (BB_IS_COURSE_SHOWN_LIST (self), 0);

  return self->hidden_id;
}

guint
bb_course_shown_list_find (BbCourseShownList *self,
                           gint64             id)
{
  guint position;

  g_return_val_if_fail (BB_IS_COURSE_SHOWN_LIST (self), G_MAXUINT);

  if (id == 0 || id == self->hidden_id)
    return G_MAXUINT;
  position = bb_course_list_find (self->courses, id);
  if (position != G_MAXUINT && self->hidden_position != G_MAXUINT && position > self->hidden_position)
    position--;
  return position;
}

gint64
bb_course_shown_list_get_id (BbCourseShownList *self,
                             guint              position)
{
  g_return_val_if_fail (BB_IS_COURSE_SHOWN_LIST (self), 0);

  return bb_course_list_get_id (self->courses, to_source (self, position));
}
