/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Courses in and out of the building: a caseload file's courses committed, the rows of
 * the course list exported, and a hand-over read for its letter. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-access-log-repository.h"
#include "bb-course-repository-private.h"
#include "bb-database-bulk.h"
#include "bb-course-status.h"
#include "bb-courses-private.h"
#include "bb-text.h"

static gboolean
adviser_exists (BbCourseRepository  *self,
                const char          *name,
                gboolean            *exists,
                GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  stmt = bb_database_prepare_cached (self->database, "SELECT 1 FROM advisers WHERE name = ?1", error);
  if (stmt == NULL)
    return FALSE;

  bb_sql_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
bb_course_repository_prepare_caseload (BbCourseRepository  *self,
                                       BbCaseload          *caseload,
                                       GError             **error)
{
  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (caseload != NULL, FALSE);

  g_ptr_array_set_size (caseload->new_advisers, 0);
  for (guint i = 0; i < caseload->rows->len; i++)
    {
      BbCaseloadRow *row = g_ptr_array_index (caseload->rows, i);
      gboolean exists = FALSE;

      if (row->adviser == NULL ||
          g_ptr_array_find_with_equal_func (caseload->new_advisers, row->adviser, g_str_equal, NULL))
        continue;

      if (!adviser_exists (self, row->adviser, &exists, error))
        return FALSE;
      if (!exists)
        g_ptr_array_add (caseload->new_advisers, g_strdup (row->adviser));
    }

  return TRUE;
}

/* The adviser of that name, created when new; @ids caches the names met. */
static gint64
find_adviser (BbAdviserRepository  *advisers,
              GHashTable           *ids,
              const char           *name,
              GError              **error)
{
  g_autoptr(BbAdviser) adviser = NULL;
  gpointer id;

  if (name == NULL)
    return 0;
  if (g_hash_table_lookup_extended (ids, name, NULL, &id))
    return *(gint64 *) id;

  adviser = bb_adviser_repository_find_by_name (advisers, name, error);
  if (adviser == NULL)
    {
      if (error != NULL && *error != NULL)
        return -1;

      adviser = bb_adviser_new (name);
      bb_adviser_set_profession (adviser, BB_PROFESSION_OTHER);
      if (!bb_adviser_repository_save (advisers, adviser, error))
        return -1;
    }

  g_hash_table_insert (ids, g_strdup (name), g_memdup2 (&(gint64) { bb_adviser_get_id (adviser) }, sizeof (gint64)));
  return bb_adviser_get_id (adviser);
}

/* ---- the caseload in bulk -------------------------------------------- */

/* The tables a caseload fills, and the triggers whose work, row by row, is done with
 * each course's own row (its name key, figures and sort keys: caseload_course_sql) or
 * once for all the new rows at the end (the search index). Every other trigger stays;
 * the course_scores of 0015 are made from measures, which a caseload has none of. */
static const char *const caseload_tables[] = {
  "young_people", "courses", "course_status_events", "meetings", "access_log", NULL,
};

static const char *const caseload_triggers[] = {
  "courses_name_key_insert", "courses_sort_keys_insert", "courses_sort_keys_update", "courses_search_insert",
  "course_status_events_search_insert", "meetings_figures_insert", "meetings_search_insert", NULL,
};

enum
{
  INSERT_YOUNG_PERSON,
  INSERT_COURSE,
  INSERT_STATUS,
  INSERT_MEETING,
  N_INSERTS
};

static const struct
{
  const char *table;
  const char *columns;
  int         n_columns;
} caseload_inserts[N_INSERTS] = {
  [INSERT_YOUNG_PERSON] = { "young_people", "uuid, name, sort_key, birth_date, created, modified", 6 },
  /* Made by caseload_course_sql. */
  [INSERT_COURSE] = { "courses", NULL, 0 },
  [INSERT_STATUS] = { "course_status_events", "course_id, status, date, recorded_at, recorded_by", 5 },
  [INSERT_MEETING] = { "meetings", "uuid, course_id, date, kind", 4 },
};

/* A course with its figures, counted from its conversations as course_figures_recount
 * in 0006-courses.sql counts them up to the figures' day (?17, today), and its sort
 * keys as courses_sort_keys_insert in 0011-courses-sort-keys.sql makes them: written
 * once, not updated again for every meeting. */
static const char caseload_course_sql[] =
  "INSERT INTO courses (uuid, young_person_id, adviser_id, referral_source, first_contact, status, status_since,"
  "                     closed_date, closing_reason, notes, created, modified, name_key, first_conversation,"
  "                     conversations, meetings_held, last_meeting, waiting_key, length_key)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15, ?16,"
  "         coalesce (CAST (julianday (?14) - julianday (?5) AS INTEGER),"
  "                   CASE WHEN ?8 IS NULL THEN CAST (julianday (?17) AS INTEGER) - CAST (julianday (?5) AS INTEGER) END),"
  "         coalesce (CAST (julianday (?8) AS INTEGER), CAST (julianday (?17) AS INTEGER))"
  "         - CAST (julianday (?5) AS INTEGER))";

typedef struct
{
  BbCourseRepository   *self;
  BbAdviserRepository  *advisers;
  GHashTable           *adviser_ids;
  const GDate          *today;
  char                  today_iso[16];
  char                 *now;
  sqlite3_stmt         *inserts[N_INSERTS];
} CaseloadBulk;

static void
caseload_bulk_clear (CaseloadBulk *bulk)
{
  for (guint i = 0; i < N_INSERTS; i++)
    g_clear_pointer (&bulk->inserts[i], sqlite3_finalize);
  g_clear_pointer (&bulk->adviser_ids, g_hash_table_unref);
  g_clear_pointer (&bulk->now, g_free);
}

/* Steps @stmt, resets it for the next row; its id. */
static gint64
insert_step (CaseloadBulk  *bulk,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  gboolean done = bb_database_step_done (bulk->self->database, stmt, error);

  sqlite3_reset (stmt);
  return done ? sqlite3_last_insert_rowid (bb_database_get_handle (bulk->self->database)) : 0;
}

static gboolean
insert_status (CaseloadBulk    *bulk,
               gint64           course_id,
               BbCourseStatus   status,
               const char      *date,
               GError         **error)
{
  sqlite3_stmt *stmt = bulk->inserts[INSERT_STATUS];

  sqlite3_bind_int64 (stmt, 1, course_id);
  bb_sql_bind_text (stmt, 2, bb_course_status_to_key (status));
  bb_sql_bind_text (stmt, 3, date);
  bb_sql_bind_text (stmt, 4, bulk->now);
  return bb_sql_bind_checked_text (stmt, 5, C_("course field", "Adviser"),
                                   bb_database_get_user_name (bulk->self->database), error) &&
         insert_step (bulk, stmt, error) != 0;
}

/* One row, as the course's own saves would write it, checked as they check it: the
 * young person, the course in the status the file gives (recorded as it was, not
 * judged by the status machine: the file holds where the course stands, not the way
 * it came there), its status history and its conversations. */
static gboolean
import_row (CaseloadBulk         *bulk,
            const BbCaseloadRow  *row,
            GError              **error)
{
  g_autoptr(BbYoungPerson) young_person = bb_young_person_new (row->young_person);
  g_autoptr(BbCourse) course = NULL;
  g_autofree char *sort_key = bb_text_sort_key (row->young_person);
  gboolean ended = !bb_course_status_is_open (row->status);
  /* A course whose status has not moved since the first contact needs no second
   * change: it starts in it. */
  gboolean starts_in_status = !ended && g_strcmp0 (row->status_since, row->first_contact) == 0;
  const char *first_conversation;
  guint n_conversations;
  sqlite3_stmt *stmt;
  gint64 adviser_id, young_person_id, course_id;

  adviser_id = find_adviser (bulk->advisers, bulk->adviser_ids, row->adviser, error);
  if (adviser_id < 0)
    return FALSE;

  bb_young_person_set_birth_date (young_person, row->birth_date);
  if (!bb_young_person_validate (young_person, bulk->today, error))
    return FALSE;

  stmt = bulk->inserts[INSERT_YOUNG_PERSON];
  bb_sql_bind_text (stmt, 1, bb_young_person_get_uuid (young_person));
  bb_sql_bind_text (stmt, 4, row->birth_date);
  bb_sql_bind_text (stmt, 5, bulk->now);
  bb_sql_bind_text (stmt, 6, bulk->now);
  if (!bb_sql_bind_checked_text (stmt, 2, C_("course field", "Name"), row->young_person, error) ||
      !bb_sql_bind_checked_text (stmt, 3, C_("course field", "Name"), sort_key, error) ||
      (young_person_id = insert_step (bulk, stmt, error)) == 0)
    return FALSE;

  course = bb_course_new (young_person_id);
  bb_course_set_first_contact (course, row->first_contact);
  bb_course_set_notes (course, row->notes);
  if (!bb_course_validate (course, bulk->today, error))
    return FALSE;

  stmt = bulk->inserts[INSERT_COURSE];
  bb_sql_bind_text (stmt, 1, bb_course_get_uuid (course));
  sqlite3_bind_int64 (stmt, 2, young_person_id);
  if (adviser_id > 0)
    sqlite3_bind_int64 (stmt, 3, adviser_id);
  else
    sqlite3_bind_null (stmt, 3);
  bb_sql_bind_text (stmt, 4, bb_referral_source_to_key (row->referral_source));
  bb_sql_bind_text (stmt, 5, row->first_contact);
  bb_sql_bind_text (stmt, 6, bb_course_status_to_key (row->status));
  bb_sql_bind_text (stmt, 7, starts_in_status ? row->first_contact : row->status_since);
  bb_sql_bind_text (stmt, 8, ended ? row->closed_date : NULL);
  bb_sql_bind_text (stmt, 9, ended ? bb_closing_reason_to_key (row->closing_reason) : NULL);
  bb_sql_bind_text (stmt, 11, bulk->now);
  bb_sql_bind_text (stmt, 12, bulk->now);
  /* The reader has sorted the conversations and refused any after today. */
  n_conversations = row->conversation_dates != NULL ? g_strv_length (row->conversation_dates) : 0;
  first_conversation = NULL;
  for (guint i = 0; i < n_conversations && first_conversation == NULL; i++)
    if (strcmp (row->conversation_dates[i], row->first_contact) >= 0)
      first_conversation = row->conversation_dates[i];
  bb_sql_bind_text (stmt, 14, first_conversation);
  sqlite3_bind_int (stmt, 15, (int) n_conversations);
  bb_sql_bind_text (stmt, 16, n_conversations > 0 ? row->conversation_dates[n_conversations - 1] : NULL);
  sqlite3_bind_text (stmt, 17, bulk->today_iso, -1, SQLITE_STATIC);
  if (!_bb_courses_bind_checked_text (stmt, 10, C_("course field", "Notes"), row->notes, error) ||
      !bb_sql_bind_checked_text (stmt, 13, C_("course field", "Name"), sort_key, error) ||
      (course_id = insert_step (bulk, stmt, error)) == 0)
    return FALSE;

  if (!insert_status (bulk, course_id, starts_in_status ? row->status : BB_COURSE_STATUS_CONTACTED,
                      row->first_contact, error) ||
      (!starts_in_status && !insert_status (bulk, course_id, row->status, row->status_since, error)))
    return FALSE;

  /* A conversation is its date alone, which the reader has checked as
   * bb_meeting_validate () would (a date, not after today): no meeting to make for
   * each of the hundreds of thousands. */
  stmt = bulk->inserts[INSERT_MEETING];
  for (guint i = 0; row->conversation_dates != NULL && row->conversation_dates[i] != NULL; i++)
    {
      sqlite3_bind_text (stmt, 1, g_uuid_string_random (), -1, g_free);
      sqlite3_bind_int64 (stmt, 2, course_id);
      bb_sql_bind_text (stmt, 3, row->conversation_dates[i]);
      sqlite3_bind_text (stmt, 4, bb_meeting_kind_to_key (BB_MEETING_ADVISORY), -1, SQLITE_STATIC);
      if (insert_step (bulk, stmt, error) == 0)
        return FALSE;
    }

  return TRUE;
}

/* The access log of every young person, course and meeting the bulk created, in the
 * order the saves of each row write it; ?4, ?5, ?6 are the last young person, course
 * and meeting before it. */
static const char caseload_log_sql[] =
  "INSERT INTO access_log (at, adviser, os_user, young_person_id, action, subject, subject_id, detail)"
  " SELECT ?1, ?2, ?3, young_person_id, 'create', subject, subject_id, ''"
  "   FROM (SELECT id AS young_person_id, 0 AS rank, 'young-person' AS subject, id AS subject_id"
  "           FROM young_people WHERE id > ?4"
  "         UNION ALL"
  "         SELECT young_person_id, 1, 'course', id FROM courses WHERE id > ?5"
  "         UNION ALL"
  "         SELECT c.young_person_id, 2, 'meeting', m.id"
  "           FROM meetings m JOIN courses c ON c.id = m.course_id WHERE m.id > ?6)"
  "  ORDER BY young_person_id, rank, subject_id";

static gboolean
log_created (CaseloadBulk    *bulk,
             BbDatabaseBulk  *database_bulk,
             GError         **error)
{
  BbDatabase *database = bulk->self->database;
  g_autoptr(BbStatement) stmt = bb_database_prepare (database, caseload_log_sql, error);

  if (stmt == NULL)
    return FALSE;

  bb_sql_bind_text (stmt, 1, bulk->now);
  sqlite3_bind_int64 (stmt, 4, bb_database_bulk_get_first_rowid (database_bulk, "young_people"));
  sqlite3_bind_int64 (stmt, 5, bb_database_bulk_get_first_rowid (database_bulk, "courses"));
  sqlite3_bind_int64 (stmt, 6, bb_database_bulk_get_first_rowid (database_bulk, "meetings"));
  if (!bb_sql_bind_checked_text (stmt, 2, C_("course field", "Adviser"), bb_database_get_user_name (database),
                                 error) ||
      !bb_sql_bind_checked_text (stmt, 3, C_("course field", "Operating system user"), g_get_user_name (), error) ||
      !bb_database_step_done (database, stmt, error))
    return FALSE;

  bb_database_notify (database, BB_DOMAIN_ACCESS_LOG);
  return TRUE;
}

static gboolean
commit_rows (CaseloadBulk  *bulk,
             BbCaseload    *caseload,
             GError       **error)
{
  BbDatabase *database = bulk->self->database;
  g_autoptr(BbDatabaseBulk) database_bulk = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 first_course_id;
  gint64 n_courses;

  /* Sorting the indexes again costs more than adding to them when the courses already
   * there outnumber the new ones. */
  n_courses = bb_database_query_int64 (database, "SELECT count (*) FROM courses", error);
  if (n_courses < 0)
    return FALSE;

  database_bulk = bb_database_bulk_begin (database, caseload_tables, n_courses <= (gint64) caseload->rows->len,
                                          caseload_triggers, error);
  if (database_bulk == NULL)
    return FALSE;

  for (guint i = 0; i < N_INSERTS; i++)
    {
      bulk->inserts[i] = caseload_inserts[i].columns == NULL
                         ? bb_database_prepare (database, caseload_course_sql, error)
                         : bb_database_bulk_prepare_insert (database_bulk, caseload_inserts[i].table,
                                                            caseload_inserts[i].columns,
                                                            caseload_inserts[i].n_columns, error);
      if (bulk->inserts[i] == NULL)
        return FALSE;
    }

  for (guint i = 0; i < caseload->rows->len; i++)
    {
      BbCaseloadRow *row = g_ptr_array_index (caseload->rows, i);

      if (!import_row (bulk, row, error))
        {
          g_prefix_error (error, _("Line %u: "), row->line);
          return FALSE;
        }
    }

  /* Then what the dropped triggers would have written row by row, for all the rows
   * at once: the access log, each index sorted once, and the search index of the new
   * courses, filled once (after the indexes its view reads by). */
  g_debug ("Caseload: rows written in %.2f s", (g_get_monotonic_time () - start) / 1e6);
  first_course_id = bb_database_bulk_get_first_rowid (database_bulk, "courses");
  if (!log_created (bulk, database_bulk, error) || !bb_database_bulk_restore_indexes (database_bulk, NULL, error) ||
      !bb_database_fill_search (database, "course_fts", "names, notes",
                                "id, names, notes FROM course_search_text WHERE id > ?1", first_course_id, error))
    return FALSE;
  g_debug ("Caseload: logged, indexed and searchable in %.2f s", (g_get_monotonic_time () - start) / 1e6);

  bb_database_notify (database, BB_DOMAIN_YOUNG_PEOPLE);
  bb_database_notify (database, BB_DOMAIN_MEETINGS);
  return bb_database_bulk_commit (database_bulk, error);
}

gboolean
bb_course_repository_commit_caseload (BbCourseRepository       *self,
                                      BbYoungPersonRepository  *young_people,
                                      BbAdviserRepository      *advisers,
                                      BbCaseload               *caseload,
                                      GError                  **error)
{
  CaseloadBulk bulk = { 0 };
  g_autofree char *restore = NULL;
  gint64 cache_size;
  gboolean done;
  GDate today;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_YOUNG_PERSON_REPOSITORY (young_people), FALSE);
  g_return_val_if_fail (BB_IS_ADVISER_REPOSITORY (advisers), FALSE);
  g_return_val_if_fail (caseload != NULL, FALSE);

  /* All or nothing: a caseload with holes in it is not the one in the file. */
  if (caseload->rejected->len > 0)
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u row of the file is rejected. Correct it and import again.",
                                "%u rows of the file are rejected. Correct them and import again.",
                                caseload->rejected->len),
                   caseload->rejected->len);
      return FALSE;
    }

  /* The figures count up to today: the bulk's are counted to the same day. The
   * journals of the statements inside the import in memory, not in a file each. */
  _bb_courses_today (self->database, NULL, &today);
  if (!_bb_course_repository_catch_up (self, error) ||
      (!bb_database_in_transaction (self->database) &&
       !bb_database_exec (self->database, "PRAGMA temp_store = MEMORY", error)))
    return FALSE;

  /* The pages of the indexes made again at the end stay in memory instead of being
   * written out to the WAL and read back again and again as it grows. */
  cache_size = bb_database_query_int64 (self->database, "PRAGMA cache_size", error);
  if (cache_size == -1 || !bb_database_exec (self->database, "PRAGMA cache_size = -262144", error))
    return FALSE;

  bulk.self = self;
  bulk.advisers = advisers;
  bulk.adviser_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  bulk.today = &today;
  _bb_courses_format_date (&today, bulk.today_iso);
  bulk.now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));
  done = commit_rows (&bulk, caseload, error);
  caseload_bulk_clear (&bulk);

  restore = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, cache_size);
  bb_database_exec (self->database, restore, NULL);
  return done;
}

/* ?1 is today. */
#define EXPORT_SELECT \
  "SELECT c.id, c.young_person_id, y.name, y.birth_date, a.name, c.referral_source, c.first_contact," \
  "       c.status, c.status_since," \
  "       (SELECT group_concat (date, '|') FROM" \
  "          (SELECT m.date FROM meetings m" \
  "            WHERE m.course_id = c.id AND m.kind = 'advisory' AND m.no_show = 0 AND m.date <= ?1" \
  "            ORDER BY m.date))," \
  "       c.closed_date, c.closing_reason, c.notes, c.first_conversation, c.waiting_days," \
  "       c.conversations," \
  "       CAST (julianday (?1) AS INTEGER) - c.first_contact_day," \
  "       coalesce (c.closed_day, CAST (julianday (?1) AS INTEGER)) - c.first_contact_day" \
  "  FROM courses c JOIN young_people y ON y.id = c.young_person_id" \
  "  LEFT JOIN advisers a ON a.id = c.adviser_id" \
  " ORDER BY c.id"

static BbCaseloadRow *
row_from_statement (sqlite3_stmt *stmt)
{
  BbCaseloadRow *row = bb_caseload_row_new ();
  const char *dates = bb_sql_column_text (stmt, 9);
  BbClosingReason reason;

  row->course_id = sqlite3_column_int64 (stmt, 0);
  row->young_person = g_strdup (bb_sql_column_text (stmt, 2));
  row->birth_date = g_strdup (bb_sql_column_text (stmt, 3));
  row->adviser = g_strdup (bb_sql_column_text (stmt, 4));
  bb_referral_source_from_key (bb_sql_column_text (stmt, 5), &row->referral_source);
  row->first_contact = g_strdup (bb_sql_column_text (stmt, 6));
  bb_course_status_from_key (bb_sql_column_text (stmt, 7), &row->status);
  row->status_since = g_strdup (bb_sql_column_text (stmt, 8));
  row->conversation_dates = dates != NULL ? g_strsplit (dates, "|", -1) : g_new0 (char *, 1);
  row->closed_date = g_strdup (bb_sql_column_text (stmt, 10));
  if (bb_closing_reason_from_key (bb_sql_column_text (stmt, 11), &reason))
    row->closing_reason = (int) reason;
  row->notes = g_strdup (bb_sql_column_text (stmt, 12));

  /* As the course list counts them (see bb-course-repository.h). */
  row->waiting_days = bb_sql_column_optional_int (stmt, 14);
  if (sqlite3_column_type (stmt, 13) == SQLITE_NULL)
    row->waiting_days = bb_course_status_is_open (row->status) ? sqlite3_column_int (stmt, 16) : -1;
  row->conversations = sqlite3_column_int (stmt, 15);
  row->course_days = sqlite3_column_int (stmt, 17);
  return row;
}

gboolean
bb_course_repository_export_caseload (BbCourseRepository  *self,
                                      const char          *detail,
                                      BbCaseloadRowFunc    func,
                                      gpointer             user_data,
                                      guint               *n_rows,
                                      GError             **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  char today[16];
  guint n = 0;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!_bb_course_repository_catch_up (self, error) || !bb_database_begin (self->database, error))
    return FALSE;

  stmt = bb_database_prepare (self->database, EXPORT_SELECT, error);
  if (stmt == NULL)
    goto failed;

  _bb_courses_today (self->database, today, NULL);
  bb_sql_bind_text (stmt, 1, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BbCaseloadRow) row = row_from_statement (stmt);

      if (!func (row, user_data, error) ||
          !_bb_access_log_write (self->database, sqlite3_column_int64 (stmt, 1), BB_ACCESS_ACTION_EXPORT,
                                 "course", row->course_id, detail, error))
        goto failed;
      n++;
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      goto failed;
    }

  if (!bb_database_commit (self->database, error))
    return FALSE;

  if (n_rows != NULL)
    *n_rows = n;
  return TRUE;

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

BbHandover *
bb_course_repository_get_handover (BbCourseRepository  *self,
                                   gint64               id,
                                   GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  BbHandover *handover;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  /* The offer's title as it is now, or as it was when the offer was deleted. */
  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT h.id, h.course_id, coalesce (h.offer_id, 0),"
                                     "       coalesce (o.title, h.offer_title), h.state, h.state_date, h.note"
                                     "  FROM handovers h LEFT JOIN offers o ON o.id = h.offer_id"
                                     " WHERE h.id = ?1",
                                     error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                           _("The hand-over no longer exists. It may have been deleted in another window."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  handover = bb_handover_new (sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
                              BB_HANDOVER_SUGGESTED);
  handover->id = sqlite3_column_int64 (stmt, 0);
  handover->offer_title = g_strdup (bb_sql_column_text (stmt, 3));
  bb_handover_state_from_key (bb_sql_column_text (stmt, 4), &handover->state);
  handover->state_date = g_strdup (bb_sql_column_text (stmt, 5));
  handover->note = g_strdup (bb_sql_column_text (stmt, 6));
  return handover;
}

gint64
bb_course_repository_find_latest_handover (BbCourseRepository  *self,
                                           gint64               course_id,
                                           GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), -1);

  if (_bb_course_young_person_id (self->database, course_id, error) == 0)
    return -1;

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT id FROM handovers WHERE course_id = ?1"
                                     " ORDER BY created DESC, id DESC LIMIT 1",
                                     error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, course_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return -1;
    }

  return 0;
}
