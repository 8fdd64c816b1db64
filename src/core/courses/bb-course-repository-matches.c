/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The matches of a course search, kept for the pages of the list to test membership
 * against while they walk an order's index (see bb-course-repository-query.c). */

#include "config.h"

#include "bb-course-repository-private.h"
#include "bb-id-list.h"
#include "bb-search-matcher.h"

/* A search matching a hundredth of the courses or more is read in a single pass of the
 * search index, when the list counts it: its matches (ascending ids) stay here, and the
 * pages walk the order's index asking bb_course_match (id) of each course (a tenth of a
 * microsecond), without searching again or sorting the matches, which reads each
 * course's row (its sort key sits behind the notes: some microseconds each). Fewer
 * matches are cheaper that way. */
#define MANY_MATCHES(courses) ((courses) / 100)

typedef struct
{
  sqlite3 *handle;
  /* The FTS5 query of @ids, NULL when none is kept. */
  char    *match;
  GArray  *ids;
  /* What the database was when @ids were read: another write makes them stale. */
  gint64   changes;
  gint64   data_version;
} Matches;

static void
matches_free (Matches *matches)
{
  /* The function goes with the matches it reads. */
  sqlite3_create_function_v2 (matches->handle, "bb_course_match", 1, SQLITE_UTF8, NULL, NULL, NULL, NULL, NULL);
  g_free (matches->match);
  g_clear_pointer (&matches->ids, g_array_unref);
  g_free (matches);
}

static void
match_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  Matches *matches = sqlite3_user_data (context);
  gint64 id = sqlite3_value_int64 (argv[0]);
  guint low = 0, high = matches->ids != NULL ? matches->ids->len : 0;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      gint64 at = g_array_index (matches->ids, gint64, middle);

      if (at == id)
        {
          sqlite3_result_int (context, 1);
          return;
        }
      if (at < id)
        low = middle + 1;
      else
        high = middle;
    }
  sqlite3_result_int (context, 0);
}

static Matches *
get_matches (BbCourseRepository *self)
{
  Matches *matches = g_object_get_data (G_OBJECT (self), "bb-course-query-matches");

  if (matches != NULL)
    return matches;

  matches = g_new0 (Matches, 1);
  matches->handle = bb_database_get_handle (self->database);
  sqlite3_create_function_v2 (matches->handle, "bb_course_match", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, matches,
                              match_function, NULL, NULL, NULL);
  g_object_set_data_full (G_OBJECT (self), "bb-course-query-matches", matches, (GDestroyNotify) matches_free);
  return matches;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static gint64
data_version (BbCourseRepository *self)
{
  return bb_database_query_int64 (self->database, "PRAGMA data_version", NULL);
}

gboolean
_bb_course_repository_has_matches (BbCourseRepository *self,
                                   const char         *match)
{
  Matches *matches = g_object_get_data (G_OBJECT (self), "bb-course-query-matches");

  return matches != NULL && matches->match != NULL && g_str_equal (matches->match, match)
         && matches->changes == sqlite3_total_changes64 (matches->handle)
         && matches->data_version == data_version (self);
}

gint64
_bb_course_repository_count_matches (BbCourseRepository  *self,
                                     sqlite3_stmt        *stmt,
                                     const char          *match,
                                     GError             **error)
{
  Matches *matches = get_matches (self);
  g_autoptr(GArray) ids = bb_id_list_read_ids (self->database, stmt, error);
  gint64 courses;

  g_clear_pointer (&matches->match, g_free);
  g_clear_pointer (&matches->ids, g_array_unref);
  if (ids == NULL)
    return -1;

  /* The highest id stands in for the number of courses: read at once, near enough. */
  courses = bb_database_query_int64 (self->database, "SELECT coalesce (max (id), 0) FROM courses", NULL);
  if (ids->len > 0 && ids->len >= MANY_MATCHES (courses))
    {
      /* FTS5 gives them by rowid: sorted already, but not promised. */
      g_array_sort (ids, compare_ids);
      matches->match = g_strdup (match);
      matches->changes = sqlite3_total_changes64 (matches->handle);
      matches->data_version = data_version (self);
      matches->ids = g_array_ref (ids);
    }
  return ids->len;
}

/* Four courses read for each match (a quarter of them matching) at most: below that
 * reading the index's matches is cheaper. */
#define WALK_BUDGET(limit) ((limit) * 4)

GArray *
_bb_course_repository_walk (BbCourseRepository *self,
                            sqlite3_stmt       *stmt,
                            const char         *match,
                            guint               limit)
{
  g_autoptr(BbSearchMatcher) matcher = bb_search_matcher_new (self->database, match);
  g_autoptr(GArray) ids = NULL;
  guint read = 0;
  int rc = SQLITE_ROW;

  if (matcher == NULL)
    return NULL;

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while (ids->len < limit && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *columns[] = { bb_sql_column_text (stmt, 1), bb_sql_column_text (stmt, 2) };
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (++read > WALK_BUDGET (limit))
        return NULL;
      if (bb_search_matcher_matches (matcher, columns, G_N_ELEMENTS (columns)))
        g_array_append_val (ids, id);
    }

  /* A failure is the index's to report. */
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&ids);
}
