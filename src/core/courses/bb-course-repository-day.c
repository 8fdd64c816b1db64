/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The figures' day: the stored figures of the courses are those of one day, brought
 * forward to the clock's today before anything reads them. */

#include "config.h"

#include <string.h>

#include "bb-course-repository-private.h"
#include "bb-courses-private.h"

/* ---- the figures' day ------------------------------------------------ */

/* A database opened for reading only (an export) takes no writes: the figures are
 * then those of the last day a window or command that writes brought them to, and
 * the search index that of its last commit. FALSE with @error unset then. */
gboolean
_bb_courses_begin_unless_read_only (BbDatabase  *database,
                                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (bb_database_begin (database, &local_error))
    return TRUE;

  if (!g_error_matches (local_error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
_bb_course_repository_catch_up (BbCourseRepository  *self,
                                GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  char today[16];

  _bb_courses_today (self->database, today, NULL);
  if (strcmp (self->figures_day, today) == 0)
    return TRUE;

  if (!_bb_courses_begin_unless_read_only (self->database, &local_error))
    {
      if (local_error == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The trigger on the day recounts the courses with meetings between the two. */
  stmt = bb_database_prepare_cached (self->database,
                                     "UPDATE course_figures_day SET day = ?1 WHERE day != ?1", error);
  if (stmt == NULL)
    {
      bb_database_rollback (self->database);
      return FALSE;
    }

  bb_sql_bind_text (stmt, 1, today);
  if (!bb_database_step_done (self->database, stmt, error))
    {
      bb_database_rollback (self->database);
      return FALSE;
    }

  if (sqlite3_changes (bb_database_get_handle (self->database)) > 0)
    bb_database_notify (self->database, BB_DOMAIN_COURSES);

  /* Before the commit: its ::changed handlers read the figures again. */
  g_strlcpy (self->figures_day, today, sizeof self->figures_day);
  if (!bb_database_commit (self->database, error))
    {
      *self->figures_day = '\0';
      return FALSE;
    }

  return TRUE;
}

gboolean
_bb_course_repository_hold_figures (BbCourseRepository  *self,
                                    gboolean             hold,
                                    GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;

  /* See course_figures_paused in 0006-courses.sql. */
  stmt = bb_database_prepare_cached (self->database,
                                     hold
                                     ? "INSERT INTO course_figures_paused (paused) VALUES (1)"
                                     : "DELETE FROM course_figures_paused",
                                     error);
  return stmt != NULL && bb_database_step_done (self->database, stmt, error);
}
