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
  /* The ids shown, as the last signal told the list view. */
  GArray       *ids;
  /* The positions (in @ids) the list view has asked for since then. */
  GHashTable   *asked;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BbCourseShownList, bb_course_shown_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static guint
to_source (BbCourseShownList *self,
           guint              position)
{
  return self->hidden_position != G_MAXUINT && position >= self->hidden_position ? position + 1 : position;
}

static GType
bb_course_shown_list_get_item_type (GListModel *model)
{
  return BB_TYPE_COURSE;
}

static guint
bb_course_shown_list_get_n_items (GListModel *model)
{
  BbCourseShownList *self = BB_COURSE_SHOWN_LIST (model);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->courses));

  return self->hidden_position != G_MAXUINT ? n - 1 : n;
}

static gpointer
bb_course_shown_list_get_item (GListModel *model,
                               guint       position)
{
  BbCourseShownList *self = BB_COURSE_SHOWN_LIST (model);

  if (position >= bb_course_shown_list_get_n_items (model))
    return NULL;
  g_hash_table_add (self->asked, GUINT_TO_POINTER (position + 1));
  return g_list_model_get_item (G_LIST_MODEL (self->courses), to_source (self, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bb_course_shown_list_get_item_type;
  iface->get_n_items = bb_course_shown_list_get_n_items;
  iface->get_item = bb_course_shown_list_get_item;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint first = GPOINTER_TO_UINT (*(gpointer *) a);
  guint second = GPOINTER_TO_UINT (*(gpointer *) b);

  return first < second ? -1 : first > second;
}

/* Tells the list view only what changed. The course list replaces every row on each
 * query; told so, GTK 4.8 looks for the rows it follows (focus, selection) among all
 * the new ones, which loads every course of 100,000. The ids that changed are one
 * change; the rows the list view asked for are told again after it, each run of them
 * as one, as a write may have changed what they show. */
static void
emit_changes (BbCourseShownList *self)
{
  g_autoptr(GArray) old = g_steal_pointer (&self->ids);
  g_autofree gpointer *asked = NULL;
  guint n_asked = 0;
  guint n_new = bb_course_shown_list_get_n_items (G_LIST_MODEL (self));
  guint n_old = old->len;
  guint prefix = 0;
  guint suffix = 0;
  guint run_start = G_MAXUINT;
  guint run_length = 0;

  self->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_new);
  for (guint i = 0; i < n_new; i++)
    {
      gint64 id = bb_course_shown_list_get_id (self, i);

      g_array_append_val (self->ids, id);
    }

  while (prefix < MIN (n_old, n_new)
         && g_array_index (old, gint64, prefix) == g_array_index (self->ids, gint64, prefix))
    prefix++;
  while (suffix < MIN (n_old, n_new) - prefix
         && g_array_index (old, gint64, n_old - 1 - suffix) == g_array_index (self->ids, gint64, n_new - 1 - suffix))
    suffix++;

  asked = g_hash_table_get_keys_as_array (self->asked, &n_asked);
  qsort (asked, n_asked, sizeof (gpointer), compare_positions);
  g_hash_table_remove_all (self->asked);

  if (prefix + suffix < n_old || prefix + suffix < n_new)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, n_old - prefix - suffix, n_new - prefix - suffix);

  for (guint i = 0; i <= n_asked; i++)
    {
      guint position = G_MAXUINT;

      /* Where the row asked for is now; those in the changed ids were told already. */
      if (i < n_asked)
        {
          guint was = GPOINTER_TO_UINT (asked[i]) - 1;

          if (was < prefix)
            position = was;
          else if (was >= n_old - suffix && was < n_old)
            position = was - n_old + n_new;
        }

      if (position != G_MAXUINT && run_length > 0 && position == run_start + run_length)
        {
          run_length++;
          continue;
        }
      if (run_length > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), run_start, run_length, run_length);
      run_start = position;
      run_length = position != G_MAXUINT ? 1 : 0;
    }
}

static void
on_courses_changed (BbCourseShownList *self)
{
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
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->asked, g_hash_table_unref);

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
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->asked = g_hash_table_new (NULL, NULL);
}

BbCourseShownList *
bb_course_shown_list_new (BbCourseList *courses)
{
  BbCourseShownList *self;

  g_return_val_if_fail (BB_IS_COURSE_LIST (courses), NULL);

  self = g_object_new (BB_TYPE_COURSE_SHOWN_LIST, NULL);
  self->courses = g_object_ref (courses);
  g_signal_connect_swapped (courses, "items-changed", G_CALLBACK (on_courses_changed), self);
  on_courses_changed (self);
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
