/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Outcome measures: the answers as typed and the scores their instrument made. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-course-repository-private.h"
#include "bb-text.h"
#include "bb-young-person.h"

#define MEASURE_GONE _("The measure no longer exists. It may have been deleted in another window.")

static GArray *
split_numbers (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);
  GArray *values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      {
        double value = g_ascii_strtod (parts[i], NULL);

        g_array_append_val (values, value);
      }

  return values;
}

/* Columns: id, uuid, course_id, meeting_id, instrument, date, respondent, items,
 * note, birth date. NULL (with a warning) for a measure whose instrument is gone. */
static BbMeasure *
measure_from_row (BbCourseRepository *self,
                  sqlite3_stmt       *stmt)
{
  g_autoptr(BbInstrument) instrument = bb_instrument_repository_lookup (self->instruments, bb_sql_column_text (stmt, 4));
  g_autoptr(GArray) items = NULL;
  g_autoptr(GError) error = NULL;
  BbRespondent respondent = BB_RESPONDENT_SELF;
  BbMeasure *measure;

  if (instrument == NULL)
    {
      g_warning ("Measure %" G_GINT64_FORMAT " of an unknown instrument %s",
                 (gint64) sqlite3_column_int64 (stmt, 0), bb_sql_column_text (stmt, 4));
      return NULL;
    }

  measure = bb_measure_new (sqlite3_column_int64 (stmt, 2), instrument, bb_sql_column_text (stmt, 5));
  bb_measure_set_id (measure, sqlite3_column_int64 (stmt, 0));
  bb_measure_set_uuid (measure, bb_sql_column_text (stmt, 1));
  bb_measure_set_meeting_id (measure, sqlite3_column_int64 (stmt, 3));
  bb_respondent_from_key (bb_sql_column_text (stmt, 6), &respondent);
  bb_measure_set_respondent (measure, respondent);
  bb_measure_set_note (measure, bb_sql_column_text (stmt, 8));
  bb_measure_set_age (measure, bb_age_in_years (bb_sql_column_text (stmt, 9), bb_sql_column_text (stmt, 5)));

  /* Scored again from the answers: the same instrument gives the same scores. */
  items = split_numbers (bb_sql_column_text (stmt, 7));
  if (!bb_measure_set_items (measure, (const double *) items->data, items->len, &error))
    g_warning ("Measure %" G_GINT64_FORMAT ": %s", bb_measure_get_id (measure), error->message);

  return measure;
}

GListModel *
bb_course_repository_list_measures (BbCourseRepository  *self,
                                    gint64               course_id,
                                    const char          *instrument,
                                    GError             **error)
{
  g_autoptr(GListStore) measures = g_list_store_new (BB_TYPE_MEASURE);
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT m.id, m.uuid, m.course_id, coalesce (m.meeting_id, 0), m.instrument,"
                                     "       m.date, m.respondent, m.items, m.note, y.birth_date"
                                     "  FROM measures m JOIN courses c ON c.id = m.course_id"
                                     "  JOIN young_people y ON y.id = c.young_person_id"
                                     " WHERE m.course_id = ?1 AND (?2 IS NULL OR m.instrument = ?2)"
                                     " ORDER BY m.date, m.id",
                                     error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, course_id);
  bb_sql_bind_text (stmt, 2, instrument);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BbMeasure) measure = measure_from_row (self, stmt);

      if (measure != NULL)
        g_list_store_append (measures, measure);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&measures));
}

gboolean
bb_course_repository_save_measure (BbCourseRepository  *self,
                                   BbMeasure           *measure,
                                   GError             **error)
{
  BbInstrument *instrument;
  g_autoptr(BbInstrument) known = NULL;
  g_autoptr(BbStatement) stmt = NULL;
  g_autofree char *items = NULL;
  g_autofree char *scales = NULL;
  g_autofree double *scores = NULL;
  const double *values;
  guint n_values;
  guint n_scales;
  gboolean is_new;
  gint64 young_person_id;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_MEASURE (measure), FALSE);

  if (!bb_measure_validate (measure, error))
    return FALSE;

  instrument = bb_measure_get_instrument (measure);
  known = bb_instrument_repository_lookup (self->instruments, bb_instrument_get_key (instrument));
  if (known == NULL)
    {
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                   _("The instrument “%s” is not known here."), bb_instrument_get_name (instrument));
      return FALSE;
    }

  values = bb_measure_get_items (measure, &n_values);
  n_scales = bb_instrument_get_n_scales (instrument);
  scores = g_new0 (double, n_scales);
  for (guint i = 0; i < n_scales; i++)
    scores[i] = bb_measure_get_scale_score (measure, i);
  items = bb_text_join_numbers (values, n_values);
  scales = bb_text_join_numbers (scores, n_scales);

  if (!bb_database_begin (self->database, error))
    return FALSE;

  is_new = bb_measure_get_id (measure) == 0;
  young_person_id = _bb_course_young_person_id (self->database, bb_measure_get_course_id (measure), error);
  if (young_person_id == 0)
    goto failed;

  stmt = bb_database_prepare (self->database,
                              is_new
                              ? "INSERT INTO measures (course_id, meeting_id, instrument, date, respondent,"
                                " items, score, scales, note, uuid)"
                                " VALUES (?1, nullif (?2, 0), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                              : "UPDATE measures SET course_id = ?1, meeting_id = nullif (?2, 0),"
                                " instrument = ?3, date = ?4, respondent = ?5, items = ?6, score = ?7,"
                                " scales = ?8, note = ?9 WHERE id = ?11",
                              error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, bb_measure_get_course_id (measure));
  sqlite3_bind_int64 (stmt, 2, bb_measure_get_meeting_id (measure));
  bb_sql_bind_text (stmt, 4, bb_measure_get_date (measure));
  bb_sql_bind_text (stmt, 5, bb_respondent_to_key (bb_measure_get_respondent (measure)));
  bb_sql_bind_text (stmt, 6, items);
  sqlite3_bind_double (stmt, 7, bb_measure_get_score (measure));
  bb_sql_bind_text (stmt, 8, scales);
  /* The instrument's key comes from a file the user may have written. */
  if (!bb_sql_bind_checked_text (stmt, 3, C_("course field", "Instrument"), bb_instrument_get_key (instrument),
                                 error) ||
      !bb_sql_bind_checked_text (stmt, 9, C_("course field", "Note on the measure"), bb_measure_get_note (measure),
                                 error))
    goto failed;
  if (is_new)
    bb_sql_bind_text (stmt, 10, bb_measure_get_uuid (measure));
  else
    sqlite3_bind_int64 (stmt, 11, bb_measure_get_id (measure));

  if (!bb_database_step_done (self->database, stmt, error))
    goto failed;

  if (sqlite3_changes (bb_database_get_handle (self->database)) == 0)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, MEASURE_GONE);
      goto failed;
    }

  if (is_new)
    bb_measure_set_id (measure, sqlite3_last_insert_rowid (bb_database_get_handle (self->database)));

  if (!_bb_access_log_write (self->database, young_person_id,
                             is_new ? BB_ACCESS_ACTION_CREATE : BB_ACCESS_ACTION_CHANGE,
                             "measure", bb_measure_get_id (measure), bb_instrument_get_key (instrument), error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  bb_database_notify (self->database, BB_DOMAIN_MEASURES);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

gboolean
bb_course_repository_delete_measure (BbCourseRepository  *self,
                                     gint64               id,
                                     GError             **error)
{
  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);

  return _bb_course_repository_delete_part (self, "measures", id, "measure", BB_DOMAIN_MEASURES, MEASURE_GONE,
                                            error);
}
