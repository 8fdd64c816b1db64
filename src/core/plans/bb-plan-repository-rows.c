/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The rows of a plan's sections, read and written through the row tables of
 * bb-plan-records.c: one piece of SQL-building code for every kind. Fidelity ratings
 * and the measurements an indicator is filled with are here too. */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bb-plan-indicators.h"
#include "bb-plan-repository-private.h"
#include "bb-text.h"

#define ROW_GONE _("The row no longer exists. It may have been deleted in another window.")

/* ---- statements ------------------------------------------------------- */

static gboolean
is_written (const BbPlanField *field)
{
  return (field->flags & BB_PLAN_FIELD_DERIVED) == 0;
}

/* "a, b, c" of the fields, or "a = ?2, b = ?3" with @assign. */
static void
append_columns (GString             *sql,
                const BbPlanRowKind *kind,
                gboolean             written_only,
                gboolean             assign)
{
  guint n = 0;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      if (written_only && !is_written (&kind->fields[i]))
        continue;

      g_string_append_printf (sql, assign ? "%s%s = ?%u" : "%s%s", n > 0 ? ", " : "",
                              kind->fields[i].name, n + 2);
      n++;
    }
}

static guint
count_written (const BbPlanRowKind *kind)
{
  guint n = 0;

  for (guint i = 0; i < kind->n_fields; i++)
    n += is_written (&kind->fields[i]) ? 1 : 0;
  return n;
}

static sqlite3_stmt *
prepare_select (BbPlanRepository     *self,
                const BbPlanRowKind  *kind,
                GError              **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  g_string_append_printf (sql, "SELECT id, %s, ", kind->owner_column);
  append_columns (sql, kind, FALSE, FALSE);
  g_string_append_printf (sql, " FROM %s WHERE %s = ?1 ORDER BY %s", kind->table, kind->owner_column,
                          kind->order_by);
  return bb_database_prepare (self->database, sql->str, error);
}

/* ?1 the owner, ?2 … the written fields, and for an update the id last. */
static sqlite3_stmt *
prepare_write (BbPlanRepository     *self,
               const BbPlanRowKind  *kind,
               gboolean              insert,
               GError              **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  guint n = count_written (kind);

  if (insert)
    {
      g_string_append_printf (sql, "INSERT INTO %s (%s, ", kind->table, kind->owner_column);
      append_columns (sql, kind, TRUE, FALSE);
      g_string_append (sql, ") VALUES (?1");
      for (guint i = 0; i < n; i++)
        g_string_append_printf (sql, ", ?%u", i + 2);
      g_string_append (sql, ")");
    }
  else
    {
      g_string_append_printf (sql, "UPDATE %s SET ", kind->table);
      append_columns (sql, kind, TRUE, TRUE);
      g_string_append_printf (sql, " WHERE id = ?%u AND %s = ?1", n + 2, kind->owner_column);
    }
  return bb_database_prepare (self->database, sql->str, error);
}

/* ---- records and columns ---------------------------------------------- */

static gpointer
row_from_stmt (const BbPlanRowKind *kind,
               sqlite3_stmt        *stmt)
{
  gpointer record = _bb_plan_record_new (kind);

  BB_PLAN_ROW_HEAD (record)->id = sqlite3_column_int64 (stmt, 0);
  BB_PLAN_ROW_HEAD (record)->owner_id = sqlite3_column_int64 (stmt, 1);
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const BbPlanField *field = &kind->fields[i];
      int column = (int) i + 2;
      gboolean null = sqlite3_column_type (stmt, column) == SQLITE_NULL;
      const char *text = bb_sql_column_text (stmt, column);
      guint value;

      switch (field->type)
        {
        case BB_PLAN_FIELD_TEXT:
        case BB_PLAN_FIELD_DATE:
          *BB_PLAN_FIELD_PTR (record, field, char *) = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
          break;
        case BB_PLAN_FIELD_INT:
          *BB_PLAN_FIELD_PTR (record, field, int) = sqlite3_column_int (stmt, column);
          break;
        case BB_PLAN_FIELD_OPTIONAL_INT:
          *BB_PLAN_FIELD_PTR (record, field, int) = bb_sql_column_optional_int (stmt, column);
          break;
        case BB_PLAN_FIELD_LINK:
        case BB_PLAN_FIELD_ADVISER:
          *BB_PLAN_FIELD_PTR (record, field, gint64) = sqlite3_column_int64 (stmt, column);
          break;
        case BB_PLAN_FIELD_DOUBLE:
          *BB_PLAN_FIELD_PTR (record, field, double) = null ? NAN : sqlite3_column_double (stmt, column);
          break;
        case BB_PLAN_FIELD_ENUM:
          if (bb_enum_lookup (field->entries, field->n_entries, text, &value))
            *BB_PLAN_FIELD_PTR (record, field, int) = (int) value;
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return record;
}

static const char *
field_label (const BbPlanField *field)
{
  return field->label != NULL ? _(field->label) : field->name;
}

/* Checks one field of @record and binds it as @index. */
static gboolean
bind_field (sqlite3_stmt       *stmt,
            int                 index,
            const BbPlanField  *field,
            gconstpointer       record,
            GError            **error)
{
  gconstpointer value = ((const guint8 *) record) + field->offset;
  const char *text = NULL;
  gboolean required = (field->flags & BB_PLAN_FIELD_REQUIRED) != 0;
  GDate date;

  switch (field->type)
    {
    case BB_PLAN_FIELD_TEXT:
      text = *(char *const *) value;
      if (required && bb_text_is_blank (text))
        break;
      return bb_sql_bind_checked_text (stmt, index, field_label (field), text != NULL ? text : "", error);
    case BB_PLAN_FIELD_DATE:
      text = *(char *const *) value;
      if (text != NULL && *text != '\0' && !_bb_plan_parse_date (text, &date))
        {
          g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                       _("“%s” is not a date; write it as YYYY-MM-DD."), text);
          return FALSE;
        }
      if (required && (text == NULL || *text == '\0'))
        break;
      bb_sql_bind_text (stmt, index, text != NULL && *text != '\0' ? text : NULL);
      return TRUE;
    case BB_PLAN_FIELD_INT:
      sqlite3_bind_int (stmt, index, *(const int *) value);
      return TRUE;
    case BB_PLAN_FIELD_OPTIONAL_INT:
      bb_sql_bind_optional_int (stmt, index, *(const int *) value);
      return TRUE;
    case BB_PLAN_FIELD_LINK:
    case BB_PLAN_FIELD_ADVISER:
      if (*(const gint64 *) value > 0)
        sqlite3_bind_int64 (stmt, index, *(const gint64 *) value);
      else
        sqlite3_bind_null (stmt, index);
      return TRUE;
    case BB_PLAN_FIELD_DOUBLE:
      if (isnan (*(const double *) value))
        {
          if (required)
            break;
          sqlite3_bind_null (stmt, index);
        }
      else if ((field->flags & BB_PLAN_FIELD_SHARE) != 0 &&
               (*(const double *) value < 0 || *(const double *) value > 1))
        {
          g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID, _("“%s” must be a share between 0 and 1."),
                       field_label (field));
          return FALSE;
        }
      else
        sqlite3_bind_double (stmt, index, *(const double *) value);
      return TRUE;
    case BB_PLAN_FIELD_ENUM:
      if ((guint) *(const int *) value >= field->n_entries)
        {
          g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID, _("“%s” has a value it cannot have."),
                       field->name);
          return FALSE;
        }
      bb_sql_bind_text (stmt, index, field->entries[*(const int *) value].key);
      return TRUE;
    default:
      g_assert_not_reached ();
    }

  g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID, _("“%s” must be filled in."), field_label (field));
  return FALSE;
}

/* The first column of @sql (taking one id as ?1) as an id; 0 with NOT_FOUND and
 * @gone when there is no row. */
static gint64
query_id (BbPlanRepository  *self,
          const char        *sql,
          gint64             id,
          const char        *gone,
          GError           **error)
{
  g_autoptr(BbStatement) stmt = bb_database_prepare (self->database, sql, error);
  int rc;

  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) > 0)
    return sqlite3_column_int64 (stmt, 0);

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, gone);
  else
    bb_database_set_error (self->database, error);
  return 0;
}

/* The plan a row of @kind owned by @owner_id belongs to. */
static gint64
plan_of_owner (BbPlanRepository     *self,
               const BbPlanRowKind  *kind,
               gint64                owner_id,
               GError              **error)
{
  g_autofree char *sql = NULL;

  /* The plan is checked too, so a row of a deleted plan is refused in words. */
  if (kind->parent == NULL)
    return query_id (self, "SELECT id FROM plans WHERE id = ?1", owner_id, BB_PLAN_GONE, error);

  sql = g_strdup_printf ("SELECT plan_id FROM %s WHERE id = ?1", kind->parent->table);
  return query_id (self, sql, owner_id, ROW_GONE, error);
}

/* A link must name a row of the same plan. */
static gboolean
check_links (BbPlanRepository     *self,
             const BbPlanRowKind  *kind,
             gconstpointer         record,
             gint64                plan_id,
             GError              **error)
{
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const BbPlanField *field = &kind->fields[i];
      g_autofree char *sql = NULL;
      gint64 link;

      if (field->type != BB_PLAN_FIELD_LINK)
        continue;
      link = *(const gint64 *) (((const guint8 *) record) + field->offset);
      if (link <= 0)
        continue;

      sql = g_strdup_printf ("SELECT plan_id FROM %s WHERE id = ?1", field->link->table);
      if (query_id (self, sql, link, ROW_GONE, error) != plan_id)
        {
          g_clear_error (error);
          g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                       _("“%s” names a row that is not in this plan."), field->name);
          return FALSE;
        }
    }
  return TRUE;
}

/* ---- list, save, delete ----------------------------------------------- */

GPtrArray *
_bb_plan_rows_list (BbPlanRepository     *self,
                    const BbPlanRowKind  *kind,
                    gint64                owner_id,
                    GError              **error)
{
  g_autoptr(BbStatement) stmt = prepare_select (self, kind, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (kind->free_func);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, owner_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, row_from_stmt (kind, stmt));

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

typedef struct
{
  const BbPlanRowKind *kind;
  gpointer             record;
  gint64               id;
} RowWrite;

static gboolean
save_row (BbPlanRepository  *self,
          gpointer           data,
          GError           **error)
{
  RowWrite *write = data;
  const BbPlanRowKind *kind = write->kind;
  BbPlanRowHead *head = BB_PLAN_ROW_HEAD (write->record);
  g_autoptr(BbStatement) stmt = NULL;
  gboolean insert = head->id == 0;
  gint64 plan_id;
  int index = 2;

  plan_id = plan_of_owner (self, kind, head->owner_id, error);
  if (plan_id == 0 || !check_links (self, kind, write->record, plan_id, error))
    return FALSE;

  stmt = prepare_write (self, kind, insert, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, head->owner_id);
  for (guint i = 0; i < kind->n_fields; i++)
    if (is_written (&kind->fields[i]) && !bind_field (stmt, index++, &kind->fields[i], write->record, error))
      return FALSE;
  if (!insert)
    sqlite3_bind_int64 (stmt, index, head->id);

  if (!bb_database_step_done (self->database, stmt, error))
    return FALSE;

  if (insert)
    head->id = sqlite3_last_insert_rowid (bb_database_get_handle (self->database));
  else if (sqlite3_changes (bb_database_get_handle (self->database)) == 0)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, ROW_GONE);
      return FALSE;
    }

  return _bb_plan_repository_touch (self, plan_id, error);
}

gboolean
_bb_plan_rows_save (BbPlanRepository     *self,
                    const BbPlanRowKind  *kind,
                    gpointer              record,
                    GError              **error)
{
  RowWrite write = { kind, record, 0 };

  g_return_val_if_fail (record != NULL, FALSE);

  return _bb_plan_repository_transact (self, save_row, &write, error);
}

static gboolean
delete_row (BbPlanRepository  *self,
            gpointer           data,
            GError           **error)
{
  RowWrite *write = data;
  g_autofree char *owner_sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", write->kind->owner_column,
                                                write->kind->table);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", write->kind->table);
  g_autoptr(BbStatement) stmt = NULL;
  gint64 owner_id, plan_id;

  owner_id = query_id (self, owner_sql, write->id, ROW_GONE, error);
  if (owner_id == 0)
    return FALSE;
  plan_id = plan_of_owner (self, write->kind, owner_id, error);
  if (plan_id == 0)
    return FALSE;

  stmt = bb_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, write->id);
  return bb_database_step_done (self->database, stmt, error) &&
         _bb_plan_repository_touch (self, plan_id, error);
}

gboolean
_bb_plan_rows_delete (BbPlanRepository     *self,
                      const BbPlanRowKind  *kind,
                      gint64                id,
                      GError              **error)
{
  RowWrite write = { kind, NULL, id };

  return _bb_plan_repository_transact (self, delete_row, &write, error);
}

/* The public list, save and delete of each row kind. */
#define BB_DEFINE_PLAN_ROWS(Type, type, kind) \
  GPtrArray * \
  bb_plan_repository_list_##type##s (BbPlanRepository *self, \
                                     gint64            owner_id, \
                                     GError          **error) \
  { \
    g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), NULL); \
    return _bb_plan_rows_list (self, &kind, owner_id, error); \
  } \
  \
  gboolean \
  bb_plan_repository_save_##type (BbPlanRepository *self, \
                                  Type             *record, \
                                  GError          **error) \
  { \
    g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), FALSE); \
    return _bb_plan_rows_save (self, &kind, record, error); \
  } \
  \
  gboolean \
  bb_plan_repository_delete_##type (BbPlanRepository *self, \
                                    gint64            id, \
                                    GError          **error) \
  { \
    g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), FALSE); \
    return _bb_plan_rows_delete (self, &kind, id, error); \
  }

BB_DEFINE_PLAN_ROWS (BbPlanElement, element, _bb_plan_kind_element)
BB_DEFINE_PLAN_ROWS (BbPlanChallenge, challenge, _bb_plan_kind_challenge)
BB_DEFINE_PLAN_ROWS (BbFocusArea, focus_area, _bb_plan_kind_focus_area)
BB_DEFINE_PLAN_ROWS (BbPlanActivity, activity, _bb_plan_kind_activity)
BB_DEFINE_PLAN_ROWS (BbPlanPartner, partner, _bb_plan_kind_partner)
BB_DEFINE_PLAN_ROWS (BbPlanIndicator, indicator, _bb_plan_kind_indicator)
BB_DEFINE_PLAN_ROWS (BbMeasurement, measurement, _bb_plan_kind_measurement)
BB_DEFINE_PLAN_ROWS (BbTrialAction, trial, _bb_plan_kind_trial)
BB_DEFINE_PLAN_ROWS (BbLearningReview, review, _bb_plan_kind_review)
BB_DEFINE_PLAN_ROWS (BbCompetenceEvent, competence_event, _bb_plan_kind_competence_event)

GPtrArray *
bb_plan_repository_list_activities (BbPlanRepository  *self,
                                    gint64             plan_id,
                                    GError           **error)
{
  return bb_plan_repository_list_activitys (self, plan_id, error);
}

/* ---- copies ----------------------------------------------------------- */

static void
hash_table_unref (gpointer table)
{
  g_hash_table_unref (table);
}

GHashTable *
_bb_plan_row_ids_new (void)
{
  return g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, hash_table_unref);
}

gint64
_bb_plan_row_ids_lookup (GHashTable          *ids,
                         const BbPlanRowKind *kind,
                         gint64               old_id)
{
  GHashTable *of_kind = g_hash_table_lookup (ids, kind);
  gint64 *new_id = of_kind != NULL ? g_hash_table_lookup (of_kind, &old_id) : NULL;

  return new_id != NULL ? *new_id : 0;
}

void
_bb_plan_row_ids_note (GHashTable          *ids,
                       const BbPlanRowKind *kind,
                       gint64               old_id,
                       gint64               new_id)
{
  GHashTable *of_kind = g_hash_table_lookup (ids, kind);

  if (of_kind == NULL)
    {
      of_kind = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      g_hash_table_insert (ids, (gpointer) kind, of_kind);
    }
  g_hash_table_insert (of_kind, g_memdup2 (&old_id, sizeof old_id), g_memdup2 (&new_id, sizeof new_id));
}

gboolean
_bb_plan_rows_insert_copies (BbPlanRepository     *self,
                             const BbPlanRowKind  *kind,
                             GPtrArray            *records,
                             gint64                owner_id,
                             GHashTable           *ids,
                             GError              **error)
{
  for (guint i = 0; i < records->len; i++)
    {
      gconstpointer record = g_ptr_array_index (records, i);
      gpointer copy = _bb_plan_record_copy (kind, record);
      gboolean ok = TRUE;

      BB_PLAN_ROW_HEAD (copy)->id = 0;
      BB_PLAN_ROW_HEAD (copy)->owner_id = owner_id;
      for (guint f = 0; f < kind->n_fields && ok; f++)
        {
          const BbPlanField *field = &kind->fields[f];
          gint64 *link = BB_PLAN_FIELD_PTR (copy, field, gint64);

          if (field->type != BB_PLAN_FIELD_LINK || *link == 0)
            continue;

          *link = _bb_plan_row_ids_lookup (ids, field->link, *link);
          if (*link == 0)
            {
              g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_FILE,
                           _("Row %u of “%s” names a row of “%s” that is not there."), i + 1, kind->json_name,
                           field->link->json_name);
              ok = FALSE;
            }
        }

      ok = ok && _bb_plan_rows_save (self, kind, copy, error);
      if (ok)
        _bb_plan_row_ids_note (ids, kind, BB_PLAN_ROW_HEAD (record)->id, BB_PLAN_ROW_HEAD (copy)->id);
      _bb_plan_record_free (kind, copy);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* ---- fidelity ratings ------------------------------------------------- */

gboolean
bb_plan_repository_rate_element (BbPlanRepository  *self,
                                 BbFidelityRating  *rating,
                                 GError           **error)
{
  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), FALSE);
  g_return_val_if_fail (rating != NULL, FALSE);

  /* Always a new row: the history is never rewritten (the database refuses it). */
  rating->id = 0;
  return _bb_plan_rows_save (self, &_bb_plan_kind_rating, rating, error);
}

GPtrArray *
bb_plan_repository_list_ratings (BbPlanRepository  *self,
                                 gint64             element_id,
                                 GError           **error)
{
  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), NULL);

  return _bb_plan_rows_list (self, &_bb_plan_kind_rating, element_id, error);
}

/* ---- indicators from figures ------------------------------------------ */

typedef struct
{
  gint64               indicator_id;
  GPtrArray           *months;
  BbMeasurementOrigin  origin;
} Fill;

static gboolean
fill_indicator (BbPlanRepository  *self,
                gpointer           data,
                GError           **error)
{
  Fill *fill = data;
  g_autoptr(BbStatement) kind_stmt = NULL;
  g_autoptr(BbStatement) clear = NULL;
  BbIndicatorKind kind = BB_INDICATOR_MANUAL;
  guint value;
  int rc;

  kind_stmt = bb_database_prepare (self->database, "SELECT kind FROM plan_indicators WHERE id = ?1", error);
  clear = bb_database_prepare (self->database,
                               "DELETE FROM plan_measurements"
                               " WHERE indicator_id = ?1 AND date = ?2 AND origin != 'typed'",
                               error);
  if (kind_stmt == NULL || clear == NULL)
    return FALSE;

  sqlite3_bind_int64 (kind_stmt, 1, fill->indicator_id);
  rc = sqlite3_step (kind_stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, ROW_GONE);
      else
        bb_database_set_error (self->database, error);
      return FALSE;
    }
  if (bb_enum_lookup (bb_indicator_kind_entries, BB_INDICATOR_KIND_COUNT, bb_sql_column_text (kind_stmt, 0),
                      &value))
    kind = (BbIndicatorKind) value;
  if (kind == BB_INDICATOR_MANUAL)
    {
      g_set_error_literal (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                           _("This indicator is typed in; it cannot be filled from figures of the courses."));
      return FALSE;
    }

  for (guint i = 0; i < fill->months->len; i++)
    {
      const BbMonthFigures *figures = g_ptr_array_index (fill->months, i);
      g_autoptr(BbMeasurement) measurement = NULL;
      double figure = bb_month_figures_get_value (figures, kind);

      if (isnan (figure) || figures->month == NULL)
        continue;

      measurement = bb_measurement_new ();
      measurement->indicator_id = fill->indicator_id;
      measurement->date = g_strconcat (figures->month, "-01", NULL);
      measurement->value = figure;
      measurement->origin = fill->origin;

      sqlite3_reset (clear);
      sqlite3_bind_int64 (clear, 1, fill->indicator_id);
      bb_sql_bind_text (clear, 2, measurement->date);
      if (!bb_database_step_done (self->database, clear, error) ||
          !_bb_plan_rows_save (self, &_bb_plan_kind_measurement, measurement, error))
        return FALSE;
    }

  return _bb_plan_repository_touch (self, plan_of_owner (self, &_bb_plan_kind_measurement, fill->indicator_id, NULL),
                                    error);
}

gboolean
bb_plan_repository_fill_indicator (BbPlanRepository    *self,
                                   gint64               indicator_id,
                                   GPtrArray           *months,
                                   BbMeasurementOrigin  origin,
                                   GError             **error)
{
  Fill fill = { indicator_id, months, origin };

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), FALSE);
  g_return_val_if_fail (months != NULL, FALSE);
  g_return_val_if_fail (origin != BB_MEASUREMENT_TYPED, FALSE);

  return _bb_plan_repository_transact (self, fill_indicator, &fill, error);
}
