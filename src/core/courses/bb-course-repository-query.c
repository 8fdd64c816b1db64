/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Finding courses: search, filters and sort orders, and the figures across them. */

#include "config.h"

#include <math.h>

#include "bb-course-repository-private.h"
#include "bb-courses-private.h"
#include "bb-id-list.h"
#include "bb-text.h"

/* ---- the query ------------------------------------------------------- */

/* The conditions of a BbCourseQuery, each written only when the query sets it, so
 * SQLite plans each shape of query with the indexes that serve it (the FTS5 index for
 * a search, an adviser's courses for a caseload) instead of one plan for them all.
 * Parameters, whichever are used:
 *   ?1 FTS5 query   ?2 JSON array of status keys   ?3 adviser id   ?4 referral source
 *   ?5 waiting days   ?6 today minus ?5   ?7 today minus the days without a meeting
 *   ?8 today's day number   ?12 closing reason   ?13 conversations   ?14 offer id
 *   ?15 ?16 first contact from, to   ?17 ?18 closed from, to   ?19 waited at most
 *   ?20 ?21 hand-over from, to   ?22 JSON array of hand-over state keys
 * (?9 to ?11 are the list's, see Shape). */
enum
{
  FILTER_SEARCH = 1 << 0,
  FILTER_STATUS = 1 << 1,
  FILTER_ADVISER = 1 << 2,
  FILTER_REFERRAL = 1 << 3,
  FILTER_WAITING = 1 << 4,
  FILTER_QUIET = 1 << 5,
  FILTER_RESPONSIBLE = 1 << 6,
  FILTER_CLOSING = 1 << 7,
  FILTER_CONVERSATIONS = 1 << 8,
  FILTER_CONVERSATIONS_MIN = 1 << 9,
  FILTER_HANDOVER = 1 << 10,
  FILTER_FIRST_FROM = 1 << 11,
  FILTER_FIRST_TO = 1 << 12,
  FILTER_CLOSED_FROM = 1 << 13,
  FILTER_CLOSED_TO = 1 << 14,
  FILTER_REFERRED_ON = 1 << 15,
  FILTER_WAITED_AT_MOST = 1 << 16,
  FILTER_FIRST_CONVERSATION = 1 << 17,
  /* Past the conditions: one hand-over meets them all (handover_conditions). */
  FILTER_HANDOVER_FROM = 1 << 18,
  FILTER_HANDOVER_TO = 1 << 19,
  FILTER_HANDOVER_STATE = 1 << 20,
  FILTER_HANDOVERS = FILTER_HANDOVER | FILTER_HANDOVER_FROM | FILTER_HANDOVER_TO | FILTER_HANDOVER_STATE,
};

static const char * const conditions[] = {
  " AND c.id IN (SELECT rowid FROM course_fts WHERE course_fts MATCH ?1)",
  " AND c.status IN (SELECT value FROM json_each (?2))",
  " AND (c.adviser_id = ?3 OR c.id IN (SELECT course_id FROM course_staff WHERE adviser_id = ?3))",
  " AND c.referral_source = ?4",
  /* In parentheses: one element written on two lines (clang's -Wstring-concatenation). */
  (" AND (c.waiting_days > ?5"
   "      OR (c.first_conversation IS NULL AND c.closed_date IS NULL AND c.first_contact < ?6))"),
  " AND c.closed_date IS NULL AND c.last_activity < ?7",
  " AND c.adviser_id = ?3",
  /* Only a closed course has a reason: the bound lets courses_by_closing answer. */
  " AND c.closed_date IS NOT NULL AND c.closing_reason = ?12",
  " AND c.conversations = ?13",
  " AND c.conversations >= ?13",
  /* The hand-overs' conditions go in one subquery, see filtered (). */
  "",
  " AND c.first_contact >= ?15",
  " AND c.first_contact <= ?16",
  " AND c.closed_date >= ?17",
  " AND c.closed_date <= ?18",
  /* Not admitted is referred on too: the overview's flow counts both. */
  " AND c.closed_date IS NOT NULL AND (c.status = 'not-admitted' OR c.closing_reason = 'referred-on')",
  " AND c.waiting_days <= ?19",
  " AND c.waiting_days IS NOT NULL",
};

static const char * const handover_conditions[] = {
  " AND h.offer_id = ?14",
  " AND h.state_date >= ?20",
  " AND h.state_date <= ?21",
  " AND h.state IN (SELECT value FROM json_each (?22))",
};

/* Ties go by name in the same direction, so each order is one index read forwards or
 * backwards (see the courses_by_* indexes). "@" is ASC or DESC. */
static const char * const orders[BB_COURSE_SORT_COUNT] = {
  [BB_COURSE_SORT_NAME] = " ORDER BY c.name_key @, c.id @",
  [BB_COURSE_SORT_FIRST_CONTACT] = " ORDER BY c.first_contact @, c.name_key @, c.id @",
  [BB_COURSE_SORT_CONVERSATIONS] = " ORDER BY c.conversations @, c.name_key @, c.id @",
  /* The length as of today, kept by the triggers of 0011-courses-sort-keys.sql. */
  [BB_COURSE_SORT_LENGTH] = " ORDER BY c.length_key @, c.name_key @, c.id @",
  [BB_COURSE_SORT_LAST_MEETING] = " ORDER BY c.last_activity @, c.name_key @, c.id @",
};

static guint
query_filters (const BbCourseQuery *query,
               const char          *match)
{
  guint adviser = query->responsible_only ? FILTER_RESPONSIBLE : FILTER_ADVISER;
  guint conversations = query->conversations_or_more ? FILTER_CONVERSATIONS_MIN : FILTER_CONVERSATIONS;

  return (match != NULL ? FILTER_SEARCH : 0) |
         (query->statuses != 0 ? FILTER_STATUS : 0) |
         (query->adviser_id > 0 ? adviser : 0) |
         (query->referral_source >= 0 ? FILTER_REFERRAL : 0) |
         (query->waiting_more_than >= 0 ? FILTER_WAITING : 0) |
         (query->no_meeting_for >= 0 ? FILTER_QUIET : 0) |
         (query->closing_reason >= 0 ? FILTER_CLOSING : 0) |
         (query->conversations >= 0 ? conversations : 0) |
         (query->handover_offer_id > 0 ? FILTER_HANDOVER : 0) |
         (query->first_contact_from[0] != '\0' ? FILTER_FIRST_FROM : 0) |
         (query->first_contact_to[0] != '\0' ? FILTER_FIRST_TO : 0) |
         (query->closed_from[0] != '\0' ? FILTER_CLOSED_FROM : 0) |
         (query->closed_to[0] != '\0' ? FILTER_CLOSED_TO : 0) |
         (query->referred_on_or_not_admitted ? FILTER_REFERRED_ON : 0) |
         (query->waiting_at_most >= 0 ? FILTER_WAITED_AT_MOST : 0) |
         (query->first_conversation_held ? FILTER_FIRST_CONVERSATION : 0) |
         (query->handover_from[0] != '\0' ? FILTER_HANDOVER_FROM : 0) |
         (query->handover_to[0] != '\0' ? FILTER_HANDOVER_TO : 0) |
         (query->handover_states != 0 ? FILTER_HANDOVER_STATE : 0);
}

/* "FROM courses c WHERE …" for @filters. */
static GString *
filtered (guint filters)
{
  GString *sql = g_string_new (" FROM courses c WHERE 1");

  const guint handover_bits[] = { FILTER_HANDOVER, FILTER_HANDOVER_FROM, FILTER_HANDOVER_TO, FILTER_HANDOVER_STATE };

  for (guint i = 0; i < G_N_ELEMENTS (conditions); i++)
    if (filters & (1u << i))
      g_string_append (sql, conditions[i]);

  if (filters & FILTER_HANDOVERS)
    {
      g_string_append (sql, " AND c.id IN (SELECT h.course_id FROM handovers h WHERE 1");
      for (guint i = 0; i < G_N_ELEMENTS (handover_conditions); i++)
        if (filters & handover_bits[i])
          g_string_append (sql, handover_conditions[i]);
      g_string_append_c (sql, ')');
    }

  return sql;
}

/* The courses without a wait (closed before a first conversation) come last whichever
 * way round, so the sort by waiting time is a merge of two parts, each read in the
 * order of courses_by_waiting_key: the courses with a wait (stored, or so far as of
 * today: waiting_key, see 0011-courses-sort-keys.sql) and those without, under a key
 * past any wait. */
typedef struct
{
  const char *key;
  const char *condition;
} Part;

static const Part waiting_parts[] = {
  { "c.waiting_key", " AND c.waiting_key IS NOT NULL" },
  { "@LAST", " AND c.waiting_key IS NULL" },
};

/* "SELECT c.id AS id, key AS k, c.name_key AS nk FROM … UNION ALL …", and when
 * @ordered, ordered by key, name and id. */
static GString *
merged_sql (const Part *parts,
            guint       n_parts,
            guint       filters,
            gboolean    descending,
            gboolean    ordered)
{
  GString *sql = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    {
      GString *part = filtered (filters);

      g_string_append_printf (sql, "%sSELECT c.id AS id, %s AS k, c.name_key AS nk%s%s", i > 0 ? " UNION ALL " : "",
                              g_str_equal (parts[i].key, "@LAST") ? (descending ? "-1000000000" : "1000000000")
                                                                   : parts[i].key,
                              part->str, parts[i].condition);
      g_string_free (part, TRUE);
    }

  if (ordered)
    g_string_append (sql, descending ? " ORDER BY 2 DESC, 3 DESC, 1 DESC" : " ORDER BY 2, 3, 1");
  return sql;
}

/* The statement text for @filters in the shape @make gives it; interned, so the
 * database's statement cache keeps one prepared statement per shape. */
static const char *
intern_sql (GString *sql)
{
  const char *interned = g_intern_string (sql->str);

  g_string_free (sql, TRUE);
  return interned;
}

/* The keys of the statuses (or, with @handover, hand-over states) in the mask. */
static char *
statuses_json (guint    statuses,
               gboolean handover)
{
  GString *json;

  if (statuses == 0)
    return NULL;

  json = g_string_new ("[");
  for (guint i = 0; i < (handover ? BB_HANDOVER_STATE_COUNT : BB_COURSE_STATUS_COUNT); i++)
    if (statuses & (1u << i))
      g_string_append_printf (json, "%s\"%s\"", json->len > 1 ? "," : "",
                              handover ? bb_handover_state_to_key (i) : bb_course_status_to_key (i));
  g_string_append_c (json, ']');

  return g_string_free (json, FALSE);
}

static void
days_before (const GDate *today,
             int          days,
             char        *buffer)
{
  GDate date = *today;

  g_date_subtract_days (&date, (guint) days);
  _bb_courses_format_date (&date, buffer);
}

/* Binds the filter of @query to @stmt (see conditions). */
static void
bind_query (BbDatabase          *database,
            sqlite3_stmt        *stmt,
            const BbCourseQuery *query,
            const char          *match)
{
  g_autofree char *statuses = statuses_json (query->statuses, FALSE);
  g_autofree char *handover_states = statuses_json (query->handover_states, TRUE);
  char waiting_since[16];
  char quiet_since[16];
  GDate today;

  _bb_courses_today (database, NULL, &today);

  bb_sql_bind_text (stmt, 1, match);
  bb_sql_bind_text (stmt, 2, statuses);
  sqlite3_bind_int64 (stmt, 3, query->adviser_id);
  bb_sql_bind_text (stmt, 4, query->referral_source >= 0 ? bb_referral_source_to_key (query->referral_source) : NULL);

  if (query->waiting_more_than >= 0)
    {
      days_before (&today, query->waiting_more_than, waiting_since);
      sqlite3_bind_int (stmt, 5, query->waiting_more_than);
      bb_sql_bind_text (stmt, 6, waiting_since);
    }

  if (query->no_meeting_for >= 0)
    {
      days_before (&today, query->no_meeting_for, quiet_since);
      bb_sql_bind_text (stmt, 7, quiet_since);
    }

  /* The Julian day number julianday () truncates to, as the day columns hold. */
  sqlite3_bind_int64 (stmt, 8, (gint64) g_date_get_julian (&today) + 1721424);

  bb_sql_bind_text (stmt, 12, query->closing_reason >= 0 ? bb_closing_reason_to_key (query->closing_reason) : NULL);
  sqlite3_bind_int (stmt, 13, query->conversations);
  sqlite3_bind_int64 (stmt, 14, query->handover_offer_id);
  bb_sql_bind_text (stmt, 15, query->first_contact_from);
  bb_sql_bind_text (stmt, 16, query->first_contact_to);
  bb_sql_bind_text (stmt, 17, query->closed_from);
  bb_sql_bind_text (stmt, 18, query->closed_to);
  sqlite3_bind_int (stmt, 19, query->waiting_at_most);
  bb_sql_bind_text (stmt, 20, query->handover_from);
  bb_sql_bind_text (stmt, 21, query->handover_to);
  bb_sql_bind_text (stmt, 22, handover_states);
}

/* What a list asks: a page of ids (?9 rows from ?10 on), how many there are, or where
 * one of them (?11) is, numbered by a window over the same order. */
typedef enum
{
  SHAPE_PAGE,
  SHAPE_COUNT,
  SHAPE_POSITION,
} Shape;

/* The condition a page of a search walks with when the matches are kept (see
 * bb-course-repository-matches.c). */
#define MATCH_CONDITION " AND bb_course_match (c.id)"

static GString *
query_sql (const BbCourseQuery *query,
           guint                filters,
           Shape                shape,
           gboolean             walk)
{
  const char *direction = query->descending ? "DESC" : "ASC";
  GString *sql;

  /* The search alone: its matches are the courses (one row of course_fts each). */
  if (shape == SHAPE_COUNT && filters == FILTER_SEARCH)
    return g_string_new ("SELECT rowid FROM course_fts WHERE course_fts MATCH ?1");

  if (shape == SHAPE_COUNT)
    {
      sql = filtered (filters);
      g_string_prepend (sql, "SELECT count (*)");
      return sql;
    }

  if (query->sort == BB_COURSE_SORT_WAITING)
    {
      sql = merged_sql (waiting_parts, G_N_ELEMENTS (waiting_parts), filters, query->descending,
                        shape == SHAPE_PAGE);
      if (shape == SHAPE_PAGE)
        g_string_append (sql, " LIMIT ?9 OFFSET ?10");
      else
        {
          g_string_prepend (sql, "SELECT n FROM (SELECT id, row_number () OVER (ORDER BY k @, nk @, id @) - 1 AS n FROM (");
          g_string_append (sql, ")) WHERE id = ?11");
        }
    }
  else
    {
      sql = filtered (filters);
      if (shape == SHAPE_PAGE)
        {
          g_string_prepend (sql, "SELECT c.id");
          g_string_append_printf (sql, "%s LIMIT ?9 OFFSET ?10", orders[query->sort]);
        }
      else
        {
          g_string_prepend (sql, ") - 1 AS n");
          g_string_prepend (sql, orders[query->sort]);
          g_string_prepend (sql, "SELECT n FROM (SELECT c.id AS id, row_number () OVER (");
          g_string_append (sql, ") WHERE id = ?11");
        }
    }

  g_string_replace (sql, "@", direction, 0);
  if (walk)
    g_string_replace (sql, conditions[0], MATCH_CONDITION, 0);
  return sql;
}

/* The statement for @query in @shape with the query bound, or NULL. */
static BbCachedStatement *
prepare_query (BbCourseRepository   *self,
               const BbCourseQuery  *query,
               Shape                 shape,
               GError              **error)
{
  g_autofree char *match = NULL;
  BbCachedStatement *stmt;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail ((guint) query->sort < BB_COURSE_SORT_COUNT, NULL);

  if (!_bb_course_repository_catch_up (self, error))
    return NULL;

  match = query->search != NULL ? bb_text_fts_query (query->search) : NULL;
  stmt = bb_database_prepare_cached (self->database,
                                     intern_sql (query_sql (query, query_filters (query, match), shape,
                                                            match != NULL && shape == SHAPE_PAGE
                                                            && query_filters (query, match) == FILTER_SEARCH
                                                            && _bb_course_repository_has_matches (self, match))),
                                     error);
  if (stmt == NULL)
    return NULL;

  bind_query (self->database, stmt, query, match);
  return stmt;
}

/* The first screenful of a search, walking the order and testing each course's own
 * text while the matches are dense (bb-course-repository-matches.c): no search index
 * read, so a keystroke costs the rows it shows. NULL when that does not apply, or the
 * matches proved sparse: the index answers then. */
static GArray *
walk_first_page (BbCourseRepository  *self,
                 const BbCourseQuery *query,
                 guint                offset,
                 guint                limit)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autofree char *match = NULL;
  GString *sql;

  /* The waiting order is a merge of two parts, not one walk of an index. */
  if (offset > 0 || limit > _BB_COURSE_WALK_LIMIT || query->search == NULL || query->sort == BB_COURSE_SORT_WAITING
      || (guint) query->sort >= BB_COURSE_SORT_COUNT || !_bb_course_repository_catch_up (self, NULL))
    return NULL;
  match = bb_text_fts_query (query->search);
  if (match == NULL || _bb_course_repository_has_matches (self, match))
    return NULL;

  sql = filtered (query_filters (query, match) & ~FILTER_SEARCH);
  g_string_replace (sql, " FROM courses c WHERE", " FROM courses c CROSS JOIN course_fts f ON f.rowid = c.id WHERE", 1);
  g_string_prepend (sql, "SELECT c.id, f.names, f.notes");
  g_string_append (sql, orders[query->sort]);
  g_string_replace (sql, "@", query->descending ? "DESC" : "ASC", 0);
  stmt = bb_database_prepare_cached (self->database, intern_sql (sql), NULL);
  if (stmt == NULL)
    return NULL;

  bind_query (self->database, stmt, query, match);
  return _bb_course_repository_walk (self, stmt, match, limit);
}

/* Past the first screenful a search alone reads its matches once and keeps them, so the
 * pages walk the order's index (see _bb_course_repository_count_matches ()). */
static gboolean
keep_matches (BbCourseRepository   *self,
              const BbCourseQuery  *query,
              GError              **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autofree char *match = query->search != NULL ? bb_text_fts_query (query->search) : NULL;

  if (match == NULL || query_filters (query, match) != FILTER_SEARCH || _bb_course_repository_has_matches (self, match))
    return TRUE;

  stmt = prepare_query (self, query, SHAPE_COUNT, error);
  return stmt != NULL && _bb_course_repository_count_matches (self, stmt, match, error) >= 0;
}

gint64
_bb_course_repository_count_on (BbDatabase           *connection,
                                const BbCourseQuery  *query,
                                GError              **error)
{
  g_autofree char *match = query->search != NULL ? bb_text_fts_query (query->search) : NULL;
  guint filters = query_filters (query, match);
  g_autoptr(BbCachedStatement) stmt = bb_database_prepare_cached (connection,
                                                                  intern_sql (query_sql (query, filters, SHAPE_COUNT,
                                                                                         FALSE)),
                                                                  error);
  g_autoptr(GArray) ids = NULL;

  if (stmt == NULL)
    return -1;

  bind_query (connection, stmt, query, match);
  if (filters != FILTER_SEARCH)
    return bb_id_list_read_count (connection, stmt, error);

  /* The search alone is its matches' ids (see query_sql). */
  ids = bb_id_list_read_ids (connection, stmt, error);
  return ids != NULL ? (gint64) ids->len : -1;
}

GArray *
bb_course_repository_query_page (BbCourseRepository   *self,
                                 const BbCourseQuery  *query,
                                 guint                 offset,
                                 guint                 limit,
                                 GError              **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  GArray *walked = walk_first_page (self, query, offset, limit);

  if (walked != NULL)
    return walked;
  if (!keep_matches (self, query, error))
    return NULL;

  stmt = prepare_query (self, query, SHAPE_PAGE, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 9, limit == G_MAXUINT ? -1 : (gint64) limit);
  sqlite3_bind_int64 (stmt, 10, offset);
  return bb_id_list_read_ids (self->database, stmt, error);
}

GArray *
bb_course_repository_query_ids (BbCourseRepository   *self,
                                const BbCourseQuery  *query,
                                GError              **error)
{
  return bb_course_repository_query_page (self, query, 0, G_MAXUINT, error);
}

gint64
bb_course_repository_query_count (BbCourseRepository   *self,
                                  const BbCourseQuery  *query,
                                  GError              **error)
{
  g_autoptr(BbCachedStatement) stmt = prepare_query (self, query, SHAPE_COUNT, error);
  g_autofree char *match = NULL;
  gint64 count;

  if (stmt == NULL)
    return -1;

  match = query->search != NULL ? bb_text_fts_query (query->search) : NULL;
  if (match != NULL && query_filters (query, match) == FILTER_SEARCH)
    count = _bb_course_repository_count_matches (self, stmt, match, error);
  else
    count = bb_id_list_read_count (self->database, stmt, error);
  return count;
}

gboolean
bb_course_repository_query_position (BbCourseRepository   *self,
                                     const BbCourseQuery  *query,
                                     gint64                id,
                                     guint                *position,
                                     GError              **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;

  g_return_val_if_fail (position != NULL, FALSE);

  *position = G_MAXUINT;
  stmt = prepare_query (self, query, SHAPE_POSITION, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 11, id);
  return bb_id_list_read_position (self->database, stmt, position, error);
}

/* ---- figures across a list ------------------------------------------- */

/* "WITH selected AS (the courses of the query) @body", interned. */
static const char *
selected_sql (const BbCourseQuery *query,
              const char          *match,
              const char          *body)
{
  GString *sql = filtered (query_filters (query, match));

  g_string_prepend (sql,
                    "WITH selected AS (SELECT c.id, c.closed_date, c.waiting_days, c.conversations,"
                    " c.closed_day - c.first_contact_day AS length, c.onward_offer_title");
  g_string_append_printf (sql, ") %s", body);
  return intern_sql (sql);
}

static double
column_or_nan (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, column);
}

/* The median of @column of the selected courses, which @n of them have. */
static gboolean
median (BbDatabase           *database,
        const BbCourseQuery  *query,
        const char           *match,
        const char           *column,
        guint                 n,
        double               *result,
        GError              **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autofree char *body = NULL;

  *result = NAN;
  if (n == 0)
    return TRUE;

  body = g_strdup_printf ("SELECT avg (v) FROM (SELECT %s AS v FROM selected WHERE v IS NOT NULL"
                          "                     ORDER BY v LIMIT ?9 OFFSET ?10)", column);
  stmt = bb_database_prepare_cached (database, selected_sql (query, match, body), error);
  if (stmt == NULL)
    return FALSE;

  bind_query (database, stmt, query, match);
  /* The middle one, or the mean of the middle two. */
  sqlite3_bind_int (stmt, 9, 2 - (int) (n % 2));
  sqlite3_bind_int (stmt, 10, (int) ((n - 1) / 2));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      bb_database_set_error (database, error);
      return FALSE;
    }

  *result = column_or_nan (stmt, 0);
  return TRUE;
}

gboolean
bb_course_repository_count_totals (BbCourseRepository   *self,
                                   const BbCourseQuery  *query,
                                   BbCourseTotals       *totals,
                                   GError              **error)
{
  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (totals != NULL, FALSE);

  return _bb_course_repository_catch_up (self, error) &&
         _bb_course_repository_count_totals_on (self->database, query, totals, error);
}

gboolean
_bb_course_repository_count_totals_on (BbDatabase           *connection,
                                       const BbCourseQuery  *query,
                                       BbCourseTotals       *totals,
                                       GError              **error)
{
  g_autofree char *match = NULL;
  g_autoptr(BbCachedStatement) stmt = NULL;

  match = query->search != NULL ? bb_text_fts_query (query->search) : NULL;
  stmt = bb_database_prepare_cached (connection,
                                     selected_sql (query, match,
                                                   "SELECT count (*), total (closed_date IS NULL),"
                                                   "       count (waiting_days), avg (waiting_days),"
                                                   "       total (conversations), avg (conversations),"
                                                   "       count (length), avg (length),"
                                                   "       (SELECT count (*) FROM selected s"
                                                   "         WHERE s.onward_offer_title != ''"
                                                   "            OR EXISTS (SELECT 1 FROM handovers h"
                                                   "                        WHERE h.course_id = s.id"
                                                   "                          AND h.state != 'suggested'))"
                                                   "  FROM selected"),
                                     error);
  if (stmt == NULL)
    return FALSE;

  bind_query (connection, stmt, query, match);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      bb_database_set_error (connection, error);
      return FALSE;
    }

  totals->courses = sqlite3_column_int (stmt, 0);
  totals->open = sqlite3_column_int (stmt, 1);
  totals->waited = sqlite3_column_int (stmt, 2);
  totals->waiting_mean = column_or_nan (stmt, 3);
  totals->conversations = sqlite3_column_int (stmt, 4);
  totals->conversations_mean = totals->courses > 0 ? column_or_nan (stmt, 5) : NAN;
  totals->ended = sqlite3_column_int (stmt, 6);
  totals->length_mean = column_or_nan (stmt, 7);
  totals->handed_over = sqlite3_column_int (stmt, 8);

  return median (connection, query, match, "waiting_days", totals->waited, &totals->waiting_median, error) &&
         median (connection, query, match, "length", totals->ended, &totals->length_median, error);
}

void
bb_offer_referrals_free (BbOfferReferrals *referrals)
{
  if (referrals == NULL)
    return;

  g_free (referrals->offer_title);
  g_free (referrals);
}

GPtrArray *
bb_course_repository_list_referrals (BbCourseRepository   *self,
                                     const BbCourseQuery  *query,
                                     GError              **error)
{
  g_autoptr(GPtrArray) referrals = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_offer_referrals_free);
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  /* An offer deleted since counts under the title it had. */
  match = query->search != NULL ? bb_text_fts_query (query->search) : NULL;
  stmt = bb_database_prepare_cached (self->database,
                                     selected_sql (query, match,
                                                   ", referred AS ("
                                                   "  SELECT h.course_id, h.offer_id, h.offer_title FROM handovers h"
                                                   "   WHERE h.course_id IN (SELECT id FROM selected)"
                                                   "     AND h.state != 'suggested'"
                                                   "  UNION"
                                                   "  SELECT c.id, c.onward_offer_id, c.onward_offer_title FROM courses c"
                                                   "   WHERE c.id IN (SELECT id FROM selected)"
                                                   "     AND c.onward_offer_title != '')"
                                                   " SELECT coalesce (r.offer_id, 0),"
                                                   "        coalesce (max (o.title), max (r.offer_title)),"
                                                   "        count (DISTINCT r.course_id) AS n"
                                                   "   FROM referred r LEFT JOIN offers o ON o.id = r.offer_id"
                                                   "  GROUP BY r.offer_id,"
                                                   "           CASE WHEN r.offer_id IS NULL THEN r.offer_title END"
                                                   "  ORDER BY n DESC, 2"),
                                     error);
  if (stmt == NULL)
    return NULL;

  bind_query (self->database, stmt, query, match);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BbOfferReferrals *row = g_new0 (BbOfferReferrals, 1);

      row->offer_id = sqlite3_column_int64 (stmt, 0);
      row->offer_title = g_strdup (bb_sql_column_text (stmt, 1));
      row->courses = sqlite3_column_int (stmt, 2);
      g_ptr_array_add (referrals, row);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return g_steal_pointer (&referrals);
}

GPtrArray *
bb_course_repository_list_handover_offers (BbCourseRepository  *self,
                                           GError             **error)
{
  g_autoptr(GPtrArray) offers = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_offer_referrals_free);
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  /* Grouped along handovers_offer; an offer's current title over the one handed over. */
  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT h.offer_id, coalesce (o.title, max (h.offer_title)), count (DISTINCT h.course_id)"
                                     "  FROM handovers h LEFT JOIN offers o ON o.id = h.offer_id"
                                     " WHERE h.offer_id IS NOT NULL"
                                     " GROUP BY h.offer_id ORDER BY 2 COLLATE NOCASE, 1",
                                     error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BbOfferReferrals *row = g_new0 (BbOfferReferrals, 1);

      row->offer_id = sqlite3_column_int64 (stmt, 0);
      row->offer_title = g_strdup (bb_sql_column_text (stmt, 1));
      row->courses = sqlite3_column_int (stmt, 2);
      g_ptr_array_add (offers, row);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return g_steal_pointer (&offers);
}
