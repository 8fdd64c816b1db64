/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Courses themselves, with their staff and goals; the search index. The figures'
 * day (bb-course-repository-day.c), status, meetings, measures, hand-overs and
 * finding are in the files beside. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-course-repository-private.h"
#include "bb-courses-private.h"
#include "bb-format.h"

#define COURSE_GONE _("The course no longer exists. It may have been deleted in another window.")

G_DEFINE_FINAL_TYPE (BbCourseRepository, bb_course_repository, G_TYPE_OBJECT)

/* ---- helpers the repositories share ---------------------------------- */

gboolean
_bb_courses_bind_checked_text (sqlite3_stmt  *stmt,
                               int            index,
                               const char    *field,
                               const char    *text,
                               GError       **error)
{
  return bb_sql_bind_checked_text (stmt, index, field, text != NULL ? text : "", error);
}

void
_bb_courses_today (BbDatabase *database,
                   char       *buffer,
                   GDate      *date)
{
  GDate today;

  bb_clock_get_today (bb_database_get_clock (database), &today);
  if (buffer != NULL)
    _bb_courses_format_date (&today, buffer);
  if (date != NULL)
    *date = today;
}

gint64
_bb_courses_find_young_person (BbDatabase  *database,
                               const char  *sql,
                               gint64       id,
                               const char  *not_found,
                               GError     **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  stmt = bb_database_prepare_cached (database, sql, error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, not_found);
  else
    bb_database_set_error (database, error);
  return 0;
}

gint64
_bb_course_young_person_id (BbDatabase  *database,
                            gint64       course_id,
                            GError     **error)
{
  return _bb_courses_find_young_person (database, "SELECT young_person_id FROM courses WHERE id = ?1", course_id,
                                        COURSE_GONE, error);
}

char *
_bb_courses_join_fields (GPtrArray *fields)
{
  g_ptr_array_add (fields, NULL);
  return g_strjoinv (",", (char **) fields->pdata);
}

/* ---- the search index ------------------------------------------------ */

/* Brings course_fts up to date with the courses the triggers noted as changed
 * (see migrations/0006-courses.sql), inside the transaction that changed them. */
static gboolean
sync_search_index (BbDatabase  *database,
                   gpointer     user_data,
                   GError     **error)
{
  gint64 pending = bb_database_query_int64 (database, "SELECT count (*) FROM course_search_pending", error);

  if (pending < 0)
    return FALSE;
  if (pending == 0)
    return TRUE;

  if (!bb_database_exec (database,
                         "DELETE FROM course_fts"
                         " WHERE rowid IN (SELECT course_id FROM course_search_pending);"
                         "INSERT INTO course_fts (rowid, names, notes)"
                         " SELECT id, names, notes FROM course_search_text"
                         "  WHERE id IN (SELECT course_id FROM course_search_pending);"
                         "DELETE FROM course_search_pending;",
                         error))
    return FALSE;

  bb_database_notify (database, BB_DOMAIN_COURSES);
  return TRUE;
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_course_repository_finalize (GObject *object)
{
  BbCourseRepository *self = BB_COURSE_REPOSITORY (object);

  if (self->search_hook != 0)
    bb_database_remove_pre_commit_hook (self->database, self->search_hook);
  g_clear_object (&self->instruments);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_course_repository_parent_class)->finalize (object);
}

static void
bb_course_repository_class_init (BbCourseRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_course_repository_finalize;
}

static void
bb_course_repository_init (BbCourseRepository *self)
{
}

BbCourseRepository *
bb_course_repository_new (BbDatabase              *database,
                          BbInstrumentRepository  *instruments,
                          GError                 **error)
{
  g_autoptr(BbCourseRepository) self = NULL;
  gint64 pending;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (BB_IS_INSTRUMENT_REPOSITORY (instruments), NULL);

  self = g_object_new (BB_TYPE_COURSE_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  self->instruments = g_object_ref (instruments);
  self->search_hook = bb_database_add_pre_commit_hook (database, sync_search_index, NULL, NULL);

  /* Catches up with writes made by other programs since the last run. */
  pending = bb_database_query_int64 (database, "SELECT count (*) FROM course_search_pending", NULL);
  if (pending > 0)
    {
      g_autoptr(GError) local_error = NULL;

      if (_bb_courses_begin_unless_read_only (database, &local_error) && !bb_database_commit (database, &local_error))
        bb_database_rollback (database);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  if (!_bb_course_repository_catch_up (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

BbDatabase *
bb_course_repository_get_database (BbCourseRepository *self)
{
  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  return self->database;
}

/* ---- loading --------------------------------------------------------- */

/* ?2 is today. */
#define COURSE_SELECT \
  "SELECT c.id, c.uuid, c.young_person_id, y.name, coalesce (c.adviser_id, 0), coalesce (a.name, '')," \
  "       c.referral_source, c.referral_note, c.first_contact, c.planned_conversations, c.status," \
  "       c.status_since, c.assessment_date, c.assessment_note, c.closed_date, c.closing_reason," \
  "       coalesce (c.onward_offer_id, 0), c.onward_offer_title, c.notes, c.created, c.modified," \
  "       c.first_conversation, c.waiting_days, c.conversations, c.no_shows, c.meetings_held," \
  "       c.last_meeting," \
  "       (SELECT min (m.date) FROM meetings m WHERE m.course_id = c.id AND m.date > ?2)," \
  "       CAST (julianday (?2) AS INTEGER) - c.first_contact_day," \
  "       coalesce (c.closed_day, CAST (julianday (?2) AS INTEGER)) - c.first_contact_day" \
  "  FROM courses c JOIN young_people y ON y.id = c.young_person_id" \
  "  LEFT JOIN advisers a ON a.id = c.adviser_id" \
  " WHERE c.id = ?1"

static BbCourse *
course_from_row (sqlite3_stmt *stmt)
{
  BbCourse *course = bb_course_new (sqlite3_column_int64 (stmt, 2));
  BbCourseFigures figures = { 0 };
  BbReferralSource source = BB_REFERRAL_OTHER;
  BbCourseStatus status = BB_COURSE_STATUS_CONTACTED;
  BbClosingReason reason;

  bb_referral_source_from_key (bb_sql_column_text (stmt, 6), &source);
  bb_course_status_from_key (bb_sql_column_text (stmt, 10), &status);

  bb_course_set_id (course, sqlite3_column_int64 (stmt, 0));
  bb_course_set_uuid (course, bb_sql_column_text (stmt, 1));
  bb_course_set_young_person_name (course, bb_sql_column_text (stmt, 3));
  bb_course_set_adviser_id (course, sqlite3_column_int64 (stmt, 4));
  bb_course_set_adviser_name (course, bb_sql_column_text (stmt, 5));
  bb_course_set_referral_source (course, source);
  bb_course_set_referral_note (course, bb_sql_column_text (stmt, 7));
  bb_course_set_first_contact (course, bb_sql_column_text (stmt, 8));
  bb_course_set_planned_conversations (course, bb_sql_column_optional_int (stmt, 9));
  bb_course_set_status (course, status);
  bb_course_set_status_since (course, bb_sql_column_text (stmt, 11));
  bb_course_set_assessment_date (course, bb_sql_column_text (stmt, 12));
  bb_course_set_assessment_note (course, bb_sql_column_text (stmt, 13));
  bb_course_set_closed_date (course, bb_sql_column_text (stmt, 14));
  bb_course_set_closing_reason (course, bb_closing_reason_from_key (bb_sql_column_text (stmt, 15), &reason)
                                        ? (int) reason : -1);
  bb_course_set_onward_offer_id (course, sqlite3_column_int64 (stmt, 16));
  bb_course_set_onward_offer_title (course, bb_sql_column_text (stmt, 17));
  bb_course_set_notes (course, bb_sql_column_text (stmt, 18));
  bb_course_set_created (course, bb_sql_column_text (stmt, 19));
  bb_course_set_modified (course, bb_sql_column_text (stmt, 20));

  figures.first_conversation = g_strdup (bb_sql_column_text (stmt, 21));
  figures.waiting_days = bb_sql_column_optional_int (stmt, 22);
  figures.conversations = sqlite3_column_int (stmt, 23);
  figures.no_shows = sqlite3_column_int (stmt, 24);
  figures.meetings_held = sqlite3_column_int (stmt, 25);
  figures.last_meeting = g_strdup (bb_sql_column_text (stmt, 26));
  figures.next_meeting = g_strdup (bb_sql_column_text (stmt, 27));
  if (figures.first_conversation == NULL && bb_course_status_is_open (status))
    {
      /* Still waiting: the wait so far. */
      figures.waiting_days = sqlite3_column_int (stmt, 28);
      figures.waiting_ongoing = TRUE;
    }
  figures.course_days = sqlite3_column_int (stmt, 29);
  bb_course_take_figures (course, &figures);

  return course;
}

static gboolean
load_staff_and_goals (BbCourseRepository  *self,
                      BbCourse            *course,
                      GError             **error)
{
  g_autoptr(BbCachedStatement) staff = NULL;
  g_autoptr(BbCachedStatement) goals = NULL;
  int rc;

  staff = bb_database_prepare_cached (self->database,
                                      "SELECT s.adviser_id, a.name, a.profession, s.role"
                                      "  FROM course_staff s JOIN advisers a ON a.id = s.adviser_id"
                                      " WHERE s.course_id = ?1 ORDER BY s.position",
                                      error);
  goals = bb_database_prepare_cached (self->database,
                                      "SELECT id, text, progress, note FROM course_goals"
                                      " WHERE course_id = ?1 ORDER BY position, id",
                                      error);
  if (staff == NULL || goals == NULL)
    return FALSE;

  sqlite3_bind_int64 (staff, 1, bb_course_get_id (course));
  while ((rc = sqlite3_step (staff)) == SQLITE_ROW)
    {
      BbCourseStaff *member = bb_course_staff_new (sqlite3_column_int64 (staff, 0), bb_sql_column_text (staff, 3));
      BbProfession profession = BB_PROFESSION_OTHER;

      bb_profession_from_key (bb_sql_column_text (staff, 2), &profession);
      member->adviser_name = g_strdup (bb_sql_column_text (staff, 1));
      member->profession = profession;
      g_ptr_array_add (bb_course_get_staff (course), member);
    }
  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  sqlite3_bind_int64 (goals, 1, bb_course_get_id (course));
  while ((rc = sqlite3_step (goals)) == SQLITE_ROW)
    {
      BbCourseGoal *goal = bb_course_goal_new (bb_sql_column_text (goals, 1));

      goal->id = sqlite3_column_int64 (goals, 0);
      goal->progress = bb_sql_column_optional_int (goals, 2);
      goal->note = g_strdup (bb_sql_column_text (goals, 3));
      g_ptr_array_add (bb_course_get_goals (course), goal);
    }
  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  return TRUE;
}

static BbCourse *
load_course (BbCourseRepository  *self,
             gint64               id,
             gboolean             whole,
             GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autoptr(BbCourse) course = NULL;
  char today[16];
  int rc;

  if (!_bb_course_repository_catch_up (self, error))
    return NULL;

  stmt = bb_database_prepare_cached (self->database, COURSE_SELECT, error);
  if (stmt == NULL)
    return NULL;

  _bb_courses_today (self->database, today, NULL);
  sqlite3_bind_int64 (stmt, 1, id);
  bb_sql_bind_text (stmt, 2, today);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, COURSE_GONE);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  course = course_from_row (stmt);
  _bb_course_set_children (course, whole);
  if (whole && !load_staff_and_goals (self, course, error))
    return NULL;

  return g_steal_pointer (&course);
}

BbCourse *
bb_course_repository_get (BbCourseRepository  *self,
                          gint64               id,
                          GError             **error)
{
  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  return load_course (self, id, FALSE, error);
}

BbCourse *
bb_course_repository_open (BbCourseRepository  *self,
                           gint64               id,
                           GError             **error)
{
  g_autoptr(BbCourse) course = NULL;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  if (!_bb_course_repository_catch_up (self, error) || !bb_database_begin (self->database, error))
    return NULL;

  course = load_course (self, id, TRUE, error);
  if (course == NULL ||
      !_bb_access_log_write (self->database, bb_course_get_young_person_id (course),
                             BB_ACCESS_ACTION_OPEN, "course", id, NULL, error))
    {
      bb_database_rollback (self->database);
      return NULL;
    }

  if (!bb_database_commit (self->database, error))
    return NULL;

  return g_steal_pointer (&course);
}

BbCourse *
_bb_course_repository_read (BbCourseRepository  *self,
                            gint64               id,
                            GError             **error)
{
  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  return load_course (self, id, TRUE, error);
}

gboolean
_bb_course_repository_delete_part (BbCourseRepository  *self,
                                   const char          *table,
                                   gint64               id,
                                   const char          *subject,
                                   const char          *domain,
                                   const char          *gone,
                                   GError             **error)
{
  g_autofree char *find_sql = g_strdup_printf ("SELECT c.young_person_id FROM %s p"
                                               "  JOIN courses c ON c.id = p.course_id WHERE p.id = ?1", table);
  g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table);
  g_autoptr(BbStatement) stmt = NULL;
  gint64 young_person_id;

  if (!bb_database_begin (self->database, error))
    return FALSE;

  young_person_id = _bb_courses_find_young_person (self->database, find_sql, id, gone, error);
  if (young_person_id == 0)
    goto failed;

  stmt = bb_database_prepare (self->database, delete_sql, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!bb_database_step_done (self->database, stmt, error) ||
      !_bb_access_log_write (self->database, young_person_id, BB_ACCESS_ACTION_DELETE, subject, id, NULL, error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  bb_database_notify (self->database, domain);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

/* ---- saving ---------------------------------------------------------- */

static gboolean
write_staff_and_goals (BbCourseRepository  *self,
                       BbCourse            *course,
                       GError             **error)
{
  GPtrArray *staff = bb_course_get_staff (course);
  GPtrArray *goals = bb_course_get_goals (course);
  gint64 id = bb_course_get_id (course);
  g_autoptr(BbCachedStatement) clear_staff = NULL;
  g_autoptr(BbCachedStatement) clear_goals = NULL;
  g_autoptr(BbCachedStatement) insert_staff = NULL;
  g_autoptr(BbCachedStatement) insert_goal = NULL;

  /* Cached: an import saves a course a row. */
  clear_staff = bb_database_prepare_cached (self->database, "DELETE FROM course_staff WHERE course_id = ?1", error);
  if (clear_staff == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear_staff, 1, id);
  if (!bb_database_step_done (self->database, clear_staff, error))
    return FALSE;

  clear_goals = bb_database_prepare_cached (self->database, "DELETE FROM course_goals WHERE course_id = ?1", error);
  if (clear_goals == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear_goals, 1, id);
  if (!bb_database_step_done (self->database, clear_goals, error))
    return FALSE;

  insert_staff = bb_database_prepare_cached (self->database,
                                             "INSERT OR REPLACE INTO course_staff (course_id, adviser_id, position,"
                                             " role) VALUES (?1, ?2, ?3, ?4)",
                                             error);
  if (insert_staff == NULL)
    return FALSE;
  insert_goal = bb_database_prepare_cached (self->database,
                                            "INSERT INTO course_goals (course_id, position, text, progress, note)"
                                            " VALUES (?1, ?2, ?3, ?4, ?5)",
                                            error);
  if (insert_goal == NULL)
    return FALSE;

  for (guint i = 0; i < staff->len; i++)
    {
      BbCourseStaff *member = g_ptr_array_index (staff, i);

      sqlite3_reset (insert_staff);
      sqlite3_bind_int64 (insert_staff, 1, id);
      sqlite3_bind_int64 (insert_staff, 2, member->adviser_id);
      sqlite3_bind_int (insert_staff, 3, (int) i);
      if (!_bb_courses_bind_checked_text (insert_staff, 4, C_("course field", "Role on the course"),
                                          member->role, error) ||
          !bb_database_step_done (self->database, insert_staff, error))
        return FALSE;
    }

  for (guint i = 0; i < goals->len; i++)
    {
      BbCourseGoal *goal = g_ptr_array_index (goals, i);

      sqlite3_reset (insert_goal);
      sqlite3_bind_int64 (insert_goal, 1, id);
      sqlite3_bind_int (insert_goal, 2, (int) i);
      bb_sql_bind_optional_int (insert_goal, 4, goal->progress);
      if (!bb_sql_bind_checked_text (insert_goal, 3, C_("course field", "Goal"), goal->text, error) ||
          !_bb_courses_bind_checked_text (insert_goal, 5, C_("course field", "Note on the goal"), goal->note, error) ||
          !bb_database_step_done (self->database, insert_goal, error))
        return FALSE;
      goal->id = sqlite3_last_insert_rowid (bb_database_get_handle (self->database));
    }

  return TRUE;
}

/* The first status change is dated the first contact; a later first contact than a
 * later change would put the course's history out of order. */
static gboolean
check_first_contact (BbCourseRepository  *self,
                     BbCourse            *course,
                     GError             **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  const char *earliest;

  stmt = bb_database_prepare (self->database,
                              "SELECT min (date) FROM course_status_events"
                              " WHERE course_id = ?1"
                              "   AND id != (SELECT min (id) FROM course_status_events WHERE course_id = ?1)",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, bb_course_get_id (course));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  earliest = bb_sql_column_text (stmt, 0);
  if (earliest != NULL && strcmp (bb_course_get_first_contact (course), earliest) > 0)
    {
      g_autofree char *when = bb_format_date (earliest);

      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   _("The first contact cannot come after the course’s first change of status (%s)."), when);
      return FALSE;
    }

  return TRUE;
}

static gboolean
insert_course (BbCourseRepository  *self,
               BbCourse            *course,
               const char          *now,
               GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;

  stmt = bb_database_prepare_cached (self->database,
                                     "INSERT INTO courses (uuid, young_person_id, adviser_id, referral_source,"
                                     " referral_note, first_contact, planned_conversations, status, status_since,"
                                     " assessment_date, assessment_note, notes, created, modified)"
                                     " VALUES (?1, ?2, nullif (?3, 0), ?4, ?5, ?6, ?7, ?8, ?6, ?9, ?10, ?11, ?12, ?12)",
                                     error);
  if (stmt == NULL)
    return FALSE;

  bb_sql_bind_text (stmt, 1, bb_course_get_uuid (course));
  sqlite3_bind_int64 (stmt, 2, bb_course_get_young_person_id (course));
  sqlite3_bind_int64 (stmt, 3, bb_course_get_adviser_id (course));
  bb_sql_bind_text (stmt, 4, bb_referral_source_to_key (bb_course_get_referral_source (course)));
  bb_sql_bind_text (stmt, 6, bb_course_get_first_contact (course));
  bb_sql_bind_optional_int (stmt, 7, bb_course_get_planned_conversations (course));
  bb_sql_bind_text (stmt, 8, bb_course_status_to_key (bb_course_get_status (course)));
  bb_sql_bind_text (stmt, 9, bb_course_get_assessment_date (course));
  if (!bb_sql_bind_checked_text (stmt, 5, C_("course field", "About the referral"), bb_course_get_referral_note (course), error) ||
      !bb_sql_bind_checked_text (stmt, 10, C_("course field", "Holistic assessment"), bb_course_get_assessment_note (course), error) ||
      !bb_sql_bind_checked_text (stmt, 11, C_("course field", "Notes"), bb_course_get_notes (course), error))
    return FALSE;
  bb_sql_bind_text (stmt, 12, now);
  if (!bb_database_step_done (self->database, stmt, error))
    return FALSE;

  bb_course_set_id (course, sqlite3_last_insert_rowid (bb_database_get_handle (self->database)));
  bb_course_set_status_since (course, bb_course_get_first_contact (course));
  bb_course_set_created (course, now);

  return _bb_course_repository_write_status (self, bb_course_get_id (course), bb_course_get_status (course),
                                             bb_course_get_first_contact (course), NULL, error);
}

static gboolean
update_course (BbCourseRepository  *self,
               BbCourse            *course,
               const char          *now,
               GError             **error)
{
  g_autoptr(BbStatement) stmt = NULL;

  if (!check_first_contact (self, course, error))
    return FALSE;

  /* The first status change moves with the first contact it is dated by. */
  stmt = bb_database_prepare (self->database,
                              "UPDATE course_status_events SET date = ?2"
                              " WHERE id = (SELECT min (id) FROM course_status_events WHERE course_id = ?1)"
                              "   AND date = (SELECT first_contact FROM courses WHERE id = ?1);"
                              , error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, bb_course_get_id (course));
  bb_sql_bind_text (stmt, 2, bb_course_get_first_contact (course));
  if (!bb_database_step_done (self->database, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = bb_database_prepare (self->database,
                              "UPDATE courses SET adviser_id = nullif (?2, 0), referral_source = ?3,"
                              " referral_note = ?4, first_contact = ?5, planned_conversations = ?6,"
                              " assessment_date = ?7, assessment_note = ?8, notes = ?9, modified = ?10,"
                              " status_since = (SELECT max (date) FROM course_status_events WHERE course_id = ?1)"
                              " WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, bb_course_get_id (course));
  sqlite3_bind_int64 (stmt, 2, bb_course_get_adviser_id (course));
  bb_sql_bind_text (stmt, 3, bb_referral_source_to_key (bb_course_get_referral_source (course)));
  bb_sql_bind_text (stmt, 5, bb_course_get_first_contact (course));
  bb_sql_bind_optional_int (stmt, 6, bb_course_get_planned_conversations (course));
  bb_sql_bind_text (stmt, 7, bb_course_get_assessment_date (course));
  bb_sql_bind_text (stmt, 10, now);
  if (!bb_sql_bind_checked_text (stmt, 4, C_("course field", "About the referral"), bb_course_get_referral_note (course), error) ||
      !bb_sql_bind_checked_text (stmt, 8, C_("course field", "Holistic assessment"), bb_course_get_assessment_note (course), error) ||
      !bb_sql_bind_checked_text (stmt, 9, C_("course field", "Notes"), bb_course_get_notes (course), error))
    return FALSE;

  return bb_database_step_done (self->database, stmt, error);
}

gboolean
bb_course_repository_save (BbCourseRepository  *self,
                           BbCourse            *course,
                           GError             **error)
{
  g_autofree char *now = NULL;
  g_autofree char *detail = NULL;
  g_autoptr(BbCourse) before = NULL;
  gboolean is_new;
  GDate today;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_COURSE (course), FALSE);

  _bb_courses_today (self->database, NULL, &today);
  if (!bb_course_validate (course, &today, error) || !bb_database_begin (self->database, error))
    return FALSE;

  now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));
  is_new = bb_course_get_id (course) == 0;

  if (!is_new)
    {
      g_autoptr(GPtrArray) fields = NULL;

      before = load_course (self, bb_course_get_id (course), TRUE, error);
      if (before == NULL)
        goto failed;

      fields = bb_course_diff (before, course);
      /* Nothing changed, nothing to log or write. */
      if (fields->len == 0)
        {
          bb_database_rollback (self->database);
          return TRUE;
        }
      detail = _bb_courses_join_fields (fields);
    }

  if (!(is_new ? insert_course (self, course, now, error) : update_course (self, course, now, error)) ||
      (_bb_course_has_children (course) && !write_staff_and_goals (self, course, error)) ||
      !_bb_access_log_write (self->database, bb_course_get_young_person_id (course),
                             is_new ? BB_ACCESS_ACTION_CREATE : BB_ACCESS_ACTION_CHANGE,
                             "course", bb_course_get_id (course), detail, error))
    goto failed;

  bb_course_set_modified (course, now);
  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

gboolean
bb_course_repository_delete (BbCourseRepository  *self,
                             gint64               id,
                             GError             **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  gint64 young_person_id;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);

  if (!bb_database_begin (self->database, error))
    return FALSE;

  young_person_id = _bb_course_young_person_id (self->database, id, error);
  if (young_person_id == 0)
    goto failed;

  stmt = bb_database_prepare (self->database, "DELETE FROM courses WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!bb_database_step_done (self->database, stmt, error) ||
      !_bb_access_log_write (self->database, young_person_id, BB_ACCESS_ACTION_DELETE, "course", id, NULL, error))
    goto failed;

  /* A young person is reached only through their courses: kept after the last one,
   * their data would be held with no way to see, correct or delete it. */
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = bb_database_prepare (self->database,
                              "DELETE FROM young_people WHERE id = ?1"
                              " AND NOT EXISTS (SELECT 1 FROM courses WHERE young_person_id = ?1)",
                              error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, young_person_id);
  if (!bb_database_step_done (self->database, stmt, error))
    goto failed;
  if (sqlite3_changes (bb_database_get_handle (self->database)) > 0)
    {
      if (!_bb_access_log_write (self->database, young_person_id, BB_ACCESS_ACTION_DELETE,
                                 "young-person", young_person_id, NULL, error))
        goto failed;
      bb_database_notify (self->database, BB_DOMAIN_YOUNG_PEOPLE);
    }

  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  bb_database_notify (self->database, BB_DOMAIN_MEETINGS);
  bb_database_notify (self->database, BB_DOMAIN_MEASURES);
  bb_database_notify (self->database, BB_DOMAIN_HANDOVERS);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}
