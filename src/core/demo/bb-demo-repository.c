/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The demonstration generator's SQL (see bb-demo-repository.h). */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <time.h>

#include "bb-course-repository.h"
#include "bb-demo-repository.h"
#include "bb-sql.h"

/* All of it is one transaction, in which the indexes of these tables are dropped and
 * made again at the end (sorting once is far cheaper than a million inserts into
 * each). The rows go straight into their tables through statements prepared once,
 * with the ids given here, counting on from the largest each table has. The figures
 * are counted at the end by one pass over the meetings, before the indexes of the
 * courses they are part of are made, and the search index is filled once (by the
 * course repository's pre-commit hook). The triggers that would do row by row what
 * the end does for all rows at once are dropped likewise (bulk_triggers). */
enum
{
  YOUNG_PEOPLE,
  GUARDIANS,
  COURSES,
  STATUS_EVENTS,
  STAFF,
  GOALS,
  MEETINGS,
  MEASURES,
  HANDOVERS,
  N_TABLES
};

static const struct
{
  const char *table;
  const char *columns;
  int         n_columns;
} tables[N_TABLES] = {
  /* In the order of their foreign keys. */
  [YOUNG_PEOPLE] = { "young_people",
                     "id, uuid, name, sort_key, birth_date, phone, email, address, occupation, occupation_note,"
                     " consent_date, consent_scope, created, modified", 14 },
  [GUARDIANS] = { "guardians", "young_person_id, position, name, relation, phone, involvement", 6 },
  [COURSES] = { "courses",
                "id, uuid, young_person_id, adviser_id, referral_source, referral_note, first_contact,"
                " planned_conversations, status, status_since, assessment_date, assessment_note, closed_date,"
                " closing_reason, onward_offer_id, onward_offer_title, notes, created, modified", 19 },
  [STATUS_EVENTS] = { "course_status_events", "course_id, status, date, recorded_at, recorded_by", 5 },
  [STAFF] = { "course_staff", "course_id, adviser_id, role", 3 },
  [GOALS] = { "course_goals", "course_id, position, text, progress", 4 },
  [MEETINGS] = { "meetings",
                 "id, uuid, course_id, date, time, kind, participants, duration, notes, no_show, rating", 11 },
  [MEASURES] = { "measures",
                 "uuid, course_id, meeting_id, instrument, date, respondent, items, score, scales", 9 },
  [HANDOVERS] = { "handovers", "course_id, offer_id, offer_title, state, state_date, note, created, modified", 8 },
};

/* Each writes, for one row, what bb_demo_bulk_finish() writes for all: the courses'
 * name and sort keys, their figures, their scores and their search rows. Any other
 * trigger stays. */
static const char bulk_triggers[] =
  "'courses_name_key_insert', 'courses_sort_keys_insert', 'courses_sort_keys_update', 'courses_search_insert',"
  " 'measures_scores_insert',"
  " 'meetings_figures_insert', 'meetings_search_insert', 'guardians_search_insert',"
  " 'course_goals_search_insert', 'handovers_search_insert', 'course_status_events_search_insert'";

struct _BbDemoBulk
{
  BbDatabase   *database;
  sqlite3_stmt *inserts[N_TABLES];
  /* The ids handed out last. */
  gint64        young_person_id;
  gint64        course_id;
  gint64        meeting_id;
  /* The first course of this bulk is the one after this. */
  gint64        first_course_id;
  /* The CREATE statements of the dropped indexes (of the courses, and of the other
   * tables) and triggers. */
  GPtrArray    *course_indexes;
  GPtrArray    *indexes;
  GPtrArray    *triggers;
  gboolean      in_transaction;
  gboolean      checks_ignored;
};

static gboolean
begin (BbDemoBulk  *self,
       GError     **error)
{
  if (!bb_database_begin (self->database, error))
    return FALSE;

  self->in_transaction = TRUE;
  return TRUE;
}

static gboolean
drop_schema (BbDemoBulk  *self,
             GError     **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  g_autoptr(GPtrArray) drops = NULL;
  GString *names;
  int rc;

  /* The indexes of CREATE INDEX (sql IS NULL for the UNIQUE ones, which stay), and
   * the triggers of bulk_triggers. */
  names = g_string_new ("SELECT name, sql, type, tbl_name = 'courses' FROM main.sqlite_schema"
                        " WHERE ((type = 'index' AND sql IS NOT NULL) OR (type = 'trigger' AND name IN (");
  g_string_append_printf (names, "%s))) AND tbl_name IN (", bulk_triggers);
  for (guint i = 0; i < N_TABLES; i++)
    g_string_append_printf (names, "%s'%s'", i > 0 ? ", " : "", tables[i].table);
  g_string_append (names, ") ORDER BY type, name");
  stmt = bb_database_prepare (self->database, names->str, error);
  g_string_free (names, TRUE);
  if (stmt == NULL)
    return FALSE;

  /* Read to the end first: the schema cannot change under a statement reading it. */
  self->indexes = g_ptr_array_new_with_free_func (g_free);
  self->course_indexes = g_ptr_array_new_with_free_func (g_free);
  self->triggers = g_ptr_array_new_with_free_func (g_free);
  drops = g_ptr_array_new_with_free_func (g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean trigger = g_strcmp0 (bb_sql_column_text (stmt, 2), "trigger") == 0;

      g_ptr_array_add (drops, g_strdup_printf ("DROP %s main.\"%s\"", trigger ? "TRIGGER" : "INDEX",
                                               bb_sql_column_text (stmt, 0)));
      g_ptr_array_add (trigger ? self->triggers : sqlite3_column_int (stmt, 3) ? self->course_indexes : self->indexes,
                       g_strdup (bb_sql_column_text (stmt, 1)));
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  sqlite3_reset (stmt);
  for (guint i = 0; i < drops->len; i++)
    if (!bb_database_exec (self->database, g_ptr_array_index (drops, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
create_schema (BbDemoBulk  *self,
               GPtrArray   *creates,
               GError     **error)
{
  for (guint i = 0; i < creates->len; i++)
    if (!bb_database_exec (self->database, g_ptr_array_index (creates, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
prepare_inserts (BbDemoBulk  *self,
                 GError     **error)
{
  for (guint i = 0; i < N_TABLES; i++)
    {
      GString *insert = g_string_new (NULL);

      g_string_printf (insert, "INSERT INTO main.%s (%s) VALUES (", tables[i].table, tables[i].columns);
      for (int k = 1; k <= tables[i].n_columns; k++)
        g_string_append_printf (insert, "%s?%d", k > 1 ? ", " : "", k);
      g_string_append_c (insert, ')');

      self->inserts[i] = bb_database_prepare (self->database, insert->str, error);
      g_string_free (insert, TRUE);
      if (self->inserts[i] == NULL)
        return FALSE;
    }

  return TRUE;
}

static gint64
last_id (BbDemoBulk  *self,
         const char  *sql,
         GError     **error)
{
  return bb_database_query_int64 (self->database, sql, error);
}

/* As bb_sql_bind_checked_text (), without copying @text: every text bound here lives
 * until its row is stepped, and step () lets go of them. A copy of each was a tenth
 * of the cost of a row. */
static gboolean
bind_text (sqlite3_stmt  *stmt,
           int            index,
           const char    *field,
           const char    *text,
           GError       **error)
{
  if ((text != NULL && !g_utf8_validate (text, -1, NULL)) ||
      sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC) != SQLITE_OK)
    return bb_sql_bind_checked_text (stmt, index, field, text, error);

  return TRUE;
}

/* Steps @stmt and resets it for the next row. */
static gboolean
step (BbDemoBulk    *self,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  gboolean done = bb_database_step_done (self->database, stmt, error);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return done;
}

BbDemoBulk *
bb_demo_bulk_new (BbDatabase  *database,
                  const char  *today,
                  GError     **error)
{
  g_autoptr(BbDemoBulk) self = g_new0 (BbDemoBulk, 1);
  g_autoptr(BbStatement) day = NULL;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self->database = g_object_ref (database);
  self->young_person_id = last_id (self, "SELECT coalesce (max (id), 0) FROM young_people", error);
  self->course_id = last_id (self, "SELECT coalesce (max (id), 0) FROM courses", error);
  self->meeting_id = last_id (self, "SELECT coalesce (max (id), 0) FROM meetings", error);
  self->first_course_id = self->course_id;
  if (self->young_person_id < 0 || self->course_id < 0 || self->meeting_id < 0 || !begin (self, error) ||
      !drop_schema (self, error) || !prepare_inserts (self, error))
    return NULL;

  /* The figures wait (see course_figures_paused in 0006-courses.sql) for the end. */
  if (!bb_database_exec (database, "INSERT INTO course_figures_paused (paused) VALUES (1)", error))
    return NULL;

  /* A CHECK of a list (status IN (…nine keys…)) builds a table of the list for every
   * row it checks: a third of the cost of a meeting's row. Every row here is made of
   * the keys the enums give and of dates it formats itself, and the tests of the
   * generator check every constraint of what it writes (integrity_check). */
  if (!bb_database_exec (database, "PRAGMA ignore_check_constraints = ON", error))
    return NULL;
  self->checks_ignored = TRUE;

  /* Counting up to today from the start spares recounting every course later. */
  day = bb_database_prepare (database, "UPDATE course_figures_day SET day = ?1", error);
  if (day == NULL)
    return NULL;

  bb_sql_bind_text (day, 1, today);
  if (!bb_database_step_done (database, day, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* The figures of course_figures_recount in 0006-courses.sql, for every course at
 * once: one pass over the meetings in the order of meetings_figures, instead of five
 * lookups a course. The held-back recounts are then dropped, not run. */
static const char count_figures_sql[] =
  "UPDATE courses SET first_conversation = f.first_conversation, conversations = f.conversations,"
  "                   meetings_held = f.meetings_held, no_shows = f.no_shows, last_meeting = f.last_meeting"
  "  FROM (SELECT m.course_id,"
  "               min (CASE WHEN m.no_show = 0 AND m.kind = 'advisory' AND m.date >= c.first_contact"
  "                              AND m.date <= d.day THEN m.date END) AS first_conversation,"
  "               count (CASE WHEN m.no_show = 0 AND m.kind = 'advisory' AND m.date <= d.day THEN 1 END)"
  "                 AS conversations,"
  "               count (CASE WHEN m.no_show = 0 AND m.date <= d.day THEN 1 END) AS meetings_held,"
  "               count (CASE WHEN m.no_show = 1 THEN 1 END) AS no_shows,"
  "               max (CASE WHEN m.no_show = 0 AND m.date <= d.day THEN m.date END) AS last_meeting"
  "          FROM meetings m JOIN courses c ON c.id = m.course_id, course_figures_day d"
  "         GROUP BY m.course_id) AS f"
  " WHERE courses.id = f.course_id;"
  "DELETE FROM course_figures_pending;"
  "DELETE FROM course_figures_paused";

/* What the dropped triggers would have written for each new course (?1 is the last
 * course before the bulk): its young person's name key, the sort keys of
 * 0011-courses-sort-keys.sql on the figures just counted, and a search row to make. */
static const char keys_sql[] =
  "UPDATE courses SET name_key = y.sort_key,"
  "  waiting_key = coalesce (waiting_days,"
  "                          CASE WHEN closed_day IS NULL"
  "                               THEN CAST (julianday (d.day) AS INTEGER) - first_contact_day END),"
  "  length_key = coalesce (closed_day, CAST (julianday (d.day) AS INTEGER)) - first_contact_day"
  "  FROM young_people y, course_figures_day d"
  " WHERE y.id = courses.young_person_id AND courses.id > ?1";

/* The rows of 0015-course-scores.sql, of the new courses' measures. */
static const char scores_sql[] =
  "INSERT OR REPLACE INTO course_scores (course_id, instrument, measures, first_date, first_score, last_date,"
  "                                      last_score, closed_date, adviser_id)"
  "SELECT s.*, CASE WHEN c.status = 'closed' THEN c.closed_date END, c.adviser_id"
  "  FROM (SELECT DISTINCT course_id, instrument, count (*) OVER w, first_value (date) OVER w,"
  "               first_value (score) OVER w, last_value (date) OVER w, last_value (score) OVER w"
  "          FROM measures WHERE course_id > ?1"
  "        WINDOW w AS (PARTITION BY course_id, instrument ORDER BY date, id"
  "                     ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) s"
  "  JOIN courses c ON c.id = s.course_id";

static const char search_sql[] =
  "INSERT OR IGNORE INTO course_search_pending (course_id) SELECT id FROM courses WHERE id > ?1";

/* FTS5 writes what it has gathered of the search index to disk as a new segment each
 * time it holds 1 MiB, and merges the segments as they come; the whole index at once
 * (110 MB at 100,000 courses) was 30 % more work that way than in 32 MiB steps. The
 * default is set back once the courses' search rows are written. */
static const char search_bulk_sql[] = "INSERT INTO course_fts (course_fts, rank) VALUES ('hashsize', 33554432)";
static const char search_default_sql[] = "INSERT INTO course_fts (course_fts, rank) VALUES ('hashsize', 1048576)";

static gboolean
update_new_courses (BbDemoBulk  *self,
                    const char  *sql,
                    GError     **error)
{
  g_autoptr(BbStatement) stmt = bb_database_prepare (self->database, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, self->first_course_id);
  return bb_database_step_done (self->database, stmt, error);
}

gboolean
bb_demo_bulk_finish (BbDemoBulk  *self,
                     GError     **error)
{
  clock_t start = clock ();

  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  /* The courses' indexes after their figures, so those are written once. */
  if (!create_schema (self, self->indexes, error))
    return FALSE;
  g_debug ("Demonstration data: indexes made in %.2f s of CPU", (double) (clock () - start) / CLOCKS_PER_SEC);
  if (!bb_database_exec (self->database, count_figures_sql, error) ||
      !update_new_courses (self, keys_sql, error) || !update_new_courses (self, scores_sql, error) ||
      !update_new_courses (self, search_sql, error))
    return FALSE;
  g_debug ("Demonstration data: figures counted in %.2f s of CPU", (double) (clock () - start) / CLOCKS_PER_SEC);
  if (!create_schema (self, self->course_indexes, error) || !create_schema (self, self->triggers, error) ||
      !bb_database_exec (self->database, "PRAGMA ignore_check_constraints = OFF", error))
    return FALSE;
  self->checks_ignored = FALSE;
  g_debug ("Demonstration data: indexes of the courses made in %.2f s of CPU", (double) (clock () - start) / CLOCKS_PER_SEC);
  /* The search rows are written by the course repository before the commit. */
  if (!bb_database_exec (self->database, search_bulk_sql, error) || !bb_database_commit (self->database, error))
    return FALSE;
  g_debug ("Demonstration data: searchable and committed in %.2f s of CPU", (double) (clock () - start) / CLOCKS_PER_SEC);

  self->in_transaction = FALSE;
  if (!bb_database_exec (self->database, search_default_sql, error))
    return FALSE;
  /* The planner's statistics, so the first list of the new database is planned well. */
  return bb_database_exec (self->database, "ANALYZE", error);
}

void
bb_demo_bulk_free (BbDemoBulk *self)
{
  if (self == NULL)
    return;

  if (self->in_transaction)
    bb_database_rollback (self->database);
  if (self->checks_ignored)
    bb_database_exec (self->database, "PRAGMA ignore_check_constraints = OFF", NULL);

  for (guint i = 0; i < N_TABLES; i++)
    if (self->inserts[i] != NULL)
      sqlite3_finalize (self->inserts[i]);

  g_clear_pointer (&self->indexes, g_ptr_array_unref);
  g_clear_pointer (&self->course_indexes, g_ptr_array_unref);
  g_clear_pointer (&self->triggers, g_ptr_array_unref);
  g_clear_object (&self->database);
  g_free (self);
}

gint64
bb_demo_bulk_add_young_person (BbDemoBulk               *self,
                               const BbDemoYoungPerson  *person,
                               GError                  **error)
{
  sqlite3_stmt *stmt = self->inserts[YOUNG_PEOPLE];

  sqlite3_bind_int64 (stmt, 1, self->young_person_id + 1);
  sqlite3_bind_text (stmt, 9, bb_occupation_to_key (person->occupation), -1, SQLITE_STATIC);
  if (!bind_text (stmt, 2, _("Identifier"), person->uuid, error) ||
      !bind_text (stmt, 3, C_("course field", "Name"), person->name, error) ||
      !bind_text (stmt, 4, C_("course field", "Name"), person->sort_key, error) ||
      !bind_text (stmt, 5, C_("course field", "Birth date"), person->birth_date, error) ||
      !bind_text (stmt, 6, C_("course field", "Phone"), person->phone, error) ||
      !bind_text (stmt, 7, C_("course field", "E-mail"), person->email, error) ||
      !bind_text (stmt, 8, C_("course field", "Address"), person->address, error) ||
      !bind_text (stmt, 10, C_("course field", "School, education or work"), person->occupation_note, error) ||
      !bind_text (stmt, 11, C_("course field", "Consent given"), person->consent_date, error) ||
      !bind_text (stmt, 12, C_("course field", "Consent covers"), person->consent_scope, error) ||
      !bind_text (stmt, 13, _("Created"), person->created, error) ||
      !bind_text (stmt, 14, _("Created"), person->created, error) ||
      !step (self, stmt, error))
    return 0;

  return ++self->young_person_id;
}

gboolean
bb_demo_bulk_add_guardian (BbDemoBulk     *self,
                           gint64          young_person_id,
                           int             position,
                           const char     *name,
                           const char     *relation,
                           const char     *phone,
                           BbInvolvement   involvement,
                           GError        **error)
{
  sqlite3_stmt *stmt = self->inserts[GUARDIANS];

  sqlite3_bind_int64 (stmt, 1, young_person_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 6, bb_involvement_to_key (involvement), -1, SQLITE_STATIC);
  return bind_text (stmt, 3, C_("course field", "Parent’s or guardian’s name"), name, error) &&
         bind_text (stmt, 4, C_("course field", "Relation"), relation, error) &&
         bind_text (stmt, 5, C_("course field", "Parent’s or guardian’s phone"), phone, error) &&
         step (self, stmt, error);
}

gint64
bb_demo_bulk_add_course (BbDemoBulk          *self,
                         const BbDemoCourse  *course,
                         GError             **error)
{
  sqlite3_stmt *stmt = self->inserts[COURSES];

  sqlite3_bind_int64 (stmt, 1, self->course_id + 1);
  sqlite3_bind_int64 (stmt, 3, course->young_person_id);
  if (course->adviser_id > 0)
    sqlite3_bind_int64 (stmt, 4, course->adviser_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, bb_referral_source_to_key (course->referral_source), -1, SQLITE_STATIC);
  bb_sql_bind_optional_int (stmt, 8, course->planned_conversations);
  sqlite3_bind_text (stmt, 9, bb_course_status_to_key (course->status), -1, SQLITE_STATIC);
  if (course->closed_date != NULL)
    sqlite3_bind_text (stmt, 14, bb_closing_reason_to_key (course->closing_reason), -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 14);
  if (course->onward_offer_id > 0)
    sqlite3_bind_int64 (stmt, 15, course->onward_offer_id);
  else
    sqlite3_bind_null (stmt, 15);
  if (!bind_text (stmt, 2, _("Identifier"), course->uuid, error) ||
      !bind_text (stmt, 6, C_("course field", "About the referral"), course->referral_note, error) ||
      !bind_text (stmt, 7, C_("course field", "First contact"), course->first_contact, error) ||
      !bind_text (stmt, 10, C_("course field", "Date of the change"), course->status_since, error) ||
      !bind_text (stmt, 11, C_("course field", "Holistic assessment done"), course->assessment_date, error) ||
      !bind_text (stmt, 12, C_("course field", "Holistic assessment"), course->assessment_note, error) ||
      !bind_text (stmt, 13, C_("course status", "Closed"), course->closed_date, error) ||
      !bind_text (stmt, 16, _("Offer"), course->onward_offer_title, error) ||
      !bind_text (stmt, 17, C_("course field", "Notes"), course->notes, error) ||
      !bind_text (stmt, 18, _("Created"), course->created, error) ||
      !bind_text (stmt, 19, C_("access", "Changed"), course->modified, error) ||
      !step (self, stmt, error))
    return 0;

  return ++self->course_id;
}

gboolean
bb_demo_bulk_add_status (BbDemoBulk      *self,
                         gint64           course_id,
                         BbCourseStatus   status,
                         const char      *date,
                         const char      *recorded_by,
                         GError         **error)
{
  sqlite3_stmt *stmt = self->inserts[STATUS_EVENTS];
  g_autofree char *recorded_at = g_strconcat (date, "T09:00:00Z", NULL);

  sqlite3_bind_int64 (stmt, 1, course_id);
  sqlite3_bind_text (stmt, 2, bb_course_status_to_key (status), -1, SQLITE_STATIC);
  return bind_text (stmt, 3, C_("course field", "Date of the change"), date, error) &&
         bind_text (stmt, 4, C_("course field", "Date of the change"), recorded_at, error) &&
         bind_text (stmt, 5, _("Name"), recorded_by, error) &&
         step (self, stmt, error);
}

gboolean
bb_demo_bulk_add_staff (BbDemoBulk  *self,
                        gint64       course_id,
                        gint64       adviser_id,
                        const char  *role,
                        GError     **error)
{
  sqlite3_stmt *stmt = self->inserts[STAFF];

  sqlite3_bind_int64 (stmt, 1, course_id);
  sqlite3_bind_int64 (stmt, 2, adviser_id);
  return bind_text (stmt, 3, C_("course field", "Role on the course"), role, error) &&
         step (self, stmt, error);
}

gboolean
bb_demo_bulk_add_goal (BbDemoBulk  *self,
                       gint64       course_id,
                       int          position,
                       const char  *text,
                       int          progress,
                       GError     **error)
{
  sqlite3_stmt *stmt = self->inserts[GOALS];

  sqlite3_bind_int64 (stmt, 1, course_id);
  sqlite3_bind_int (stmt, 2, position);
  bb_sql_bind_optional_int (stmt, 4, progress);
  return bind_text (stmt, 3, C_("course field", "Goal"), text, error) && step (self, stmt, error);
}

gint64
bb_demo_bulk_add_meeting (BbDemoBulk           *self,
                          const BbDemoMeeting  *meeting,
                          GError              **error)
{
  sqlite3_stmt *stmt = self->inserts[MEETINGS];

  sqlite3_bind_int64 (stmt, 1, self->meeting_id + 1);
  sqlite3_bind_int64 (stmt, 3, meeting->course_id);
  sqlite3_bind_text (stmt, 6, bb_meeting_kind_to_key (meeting->kind), -1, SQLITE_STATIC);
  bb_sql_bind_optional_int (stmt, 8, meeting->duration);
  sqlite3_bind_int (stmt, 10, meeting->no_show ? 1 : 0);
  bb_sql_bind_optional_int (stmt, 11, meeting->rating);
  if (!bind_text (stmt, 2, _("Identifier"), meeting->uuid, error) ||
      !bind_text (stmt, 4, C_("course field", "Date of the meeting"), meeting->date, error) ||
      !bind_text (stmt, 5, C_("course field", "Date of the meeting"), meeting->time, error) ||
      !bind_text (stmt, 7, C_("course field", "Participants"), meeting->participants, error) ||
      !bind_text (stmt, 9, C_("course field", "Notes on the meeting"), meeting->notes, error) ||
      !step (self, stmt, error))
    return 0;

  return ++self->meeting_id;
}

gboolean
bb_demo_bulk_add_measure (BbDemoBulk           *self,
                          const BbDemoMeasure  *measure,
                          GError              **error)
{
  sqlite3_stmt *stmt = self->inserts[MEASURES];

  sqlite3_bind_int64 (stmt, 2, measure->course_id);
  if (measure->meeting_id > 0)
    sqlite3_bind_int64 (stmt, 3, measure->meeting_id);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_text (stmt, 6, bb_respondent_to_key (measure->respondent), -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 8, measure->score);
  return bind_text (stmt, 1, _("Identifier"), measure->uuid, error) &&
         bind_text (stmt, 4, C_("course field", "Note on the measure"), measure->instrument, error) &&
         bind_text (stmt, 5, C_("course field", "Date of the measure"), measure->date, error) &&
         bind_text (stmt, 7, C_("course field", "Note on the measure"), measure->items, error) &&
         bind_text (stmt, 9, C_("course field", "Note on the measure"), measure->scales, error) &&
         step (self, stmt, error);
}

gboolean
bb_demo_bulk_add_handover (BbDemoBulk       *self,
                           gint64            course_id,
                           gint64            offer_id,
                           const char       *offer_title,
                           BbHandoverState   state,
                           const char       *state_date,
                           const char       *note,
                           const char       *created,
                           GError          **error)
{
  sqlite3_stmt *stmt = self->inserts[HANDOVERS];

  sqlite3_bind_int64 (stmt, 1, course_id);
  sqlite3_bind_int64 (stmt, 2, offer_id);
  sqlite3_bind_text (stmt, 4, bb_handover_state_to_key (state), -1, SQLITE_STATIC);
  return bind_text (stmt, 3, _("Offer"), offer_title, error) &&
         bind_text (stmt, 5, C_("course field", "Date of the hand-over"), state_date, error) &&
         bind_text (stmt, 6, C_("course field", "Hand-over note"), note, error) &&
         bind_text (stmt, 7, _("Created"), created, error) &&
         bind_text (stmt, 8, _("Created"), created, error) &&
         step (self, stmt, error);
}

gboolean
bb_demo_repository_tune (BbDatabase  *database,
                         GError     **error)
{
  /* Every statement inside a long transaction keeps a journal of its own, to undo
   * just itself on an error; on disk (SQLite's default) that is most of the writing.
   * And the indexes of a million meetings are written faster in a cache that holds
   * them. Both last for this connection only. */
  return bb_database_exec (database, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -131072", error);
}

gboolean
bb_demo_repository_tune_scratch (BbDatabase  *database,
                                 GError     **error)
{
  /* Leaving WAL needs the connection to be the only one, which a file nobody else
   * knows the name of is. The keys are checked by the tests of the generator, which
   * write to an ordinary database. */
  return bb_database_exec (database,
                           "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA secure_delete = OFF;"
                           " PRAGMA foreign_keys = OFF",
                           error);
}

gboolean
bb_demo_repository_seal (BbDatabase  *database,
                         GError     **error)
{
  return bb_database_exec (database,
                           "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;"
                           " PRAGMA foreign_keys = ON",
                           error);
}

gboolean
bb_demo_repository_set_list_uuid (BbDatabase  *database,
                                  gboolean     is_step,
                                  gint64       id,
                                  const char  *uuid,
                                  GError     **error)
{
  g_autoptr(BbStatement) stmt = bb_database_prepare (database,
                                                     is_step
                                                     ? "UPDATE steps SET uuid = ?2 WHERE id = ?1"
                                                     : "UPDATE target_groups SET uuid = ?2 WHERE id = ?1",
                                                     error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return bb_sql_bind_checked_text (stmt, 2, _("Identifier"), uuid, error) &&
         bb_database_step_done (database, stmt, error);
}
