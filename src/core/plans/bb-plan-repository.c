/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Plans themselves: loading, saving, the list's search, stages, and a new plan from a
 * template. Stages are in -stages.c, the rows of the sections in -rows.c, duplicating and carrying over
 * in -copy.c, the JSON file in -exchange.c. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-plan-repository-private.h"
#include "bb-text.h"

G_DEFINE_FINAL_TYPE (BbPlanRepository, bb_plan_repository, G_TYPE_OBJECT)

/* ---- helpers the files share ------------------------------------------ */

gboolean
_bb_plan_repository_transact (BbPlanRepository  *self,
                              BbPlanWork         work,
                              gpointer           data,
                              GError           **error)
{
  if (!bb_database_begin (self->database, error))
    return FALSE;

  if (!work (self, data, error))
    {
      bb_database_rollback (self->database);
      return FALSE;
    }

  return bb_database_commit (self->database, error);
}

void
_bb_plan_repository_today (BbPlanRepository *self,
                           char             *buffer)
{
  GDate today;

  g_date_clear (&today, 1);
  bb_clock_get_today (bb_database_get_clock (self->database), &today);
  g_date_strftime (buffer, 11, "%Y-%m-%d", &today);
}

gboolean
_bb_plan_repository_touch (BbPlanRepository  *self,
                           gint64             plan_id,
                           GError           **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autofree char *now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));

  stmt = bb_database_prepare_cached (self->database, "UPDATE plans SET modified = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, plan_id);
  bb_sql_bind_text (stmt, 2, now);
  if (!bb_database_step_done (self->database, stmt, error))
    return FALSE;

  if (sqlite3_changes (bb_database_get_handle (self->database)) == 0)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, BB_PLAN_GONE);
      return FALSE;
    }

  bb_database_notify (self->database, BB_DOMAIN_PLANS);
  return TRUE;
}

/* ---- the search index ------------------------------------------------- */

static gboolean
index_plan (BbPlanRepository  *self,
            BbPlan            *plan,
            GError           **error)
{
  g_autoptr(BbCachedStatement) remove = NULL;
  g_autoptr(BbCachedStatement) insert = NULL;
  g_autofree char *text = NULL;

  remove = bb_database_prepare_cached (self->database, "DELETE FROM plan_fts WHERE rowid = ?1", error);
  if (remove == NULL)
    return FALSE;

  sqlite3_bind_int64 (remove, 1, bb_plan_get_id (plan));
  if (!bb_database_step_done (self->database, remove, error))
    return FALSE;

  insert = bb_database_prepare_cached (self->database, "INSERT INTO plan_fts (rowid, text) VALUES (?1, ?2)", error);
  if (insert == NULL)
    return FALSE;

  text = g_strjoin (" ", bb_plan_get_title (plan), bb_plan_get_organisation (plan), bb_plan_get_owner (plan),
                    bb_plan_get_model_title (plan), bb_plan_get_model (plan), NULL);
  sqlite3_bind_int64 (insert, 1, bb_plan_get_id (plan));
  bb_sql_bind_text (insert, 2, text);
  return bb_database_step_done (self->database, insert, error);
}

/* ---- loading ---------------------------------------------------------- */

/* ?2 is today. */
#define PLAN_SELECT \
  "SELECT p.id, p.uuid, p.title, p.model, p.model_title, p.template_version, p.organisation," \
  "       p.owner, p.purpose, p.target_group, p.period_start, p.period_end, p.status, p.stage," \
  "       p.archived, p.created, p.modified," \
  "       (SELECT count (*) FROM plan_activities a WHERE a.plan_id = p.id)," \
  "       (SELECT count (*) FROM plan_activities a WHERE a.plan_id = p.id AND a.status = 'done')," \
  "       (SELECT count (*) FROM plan_activities a WHERE a.plan_id = p.id" \
  "           AND a.status NOT IN ('done', 'cancelled') AND a.due_date < ?2)" \
  "  FROM plans p WHERE p.id = ?1"

static BbPlan *
plan_from_row (sqlite3_stmt *stmt)
{
  BbPlan *plan = bb_plan_new (bb_sql_column_text (stmt, 2));
  BbPlanStatus status = BB_PLAN_STATUS_DRAFT;
  BbPlanStage stage = BB_PLAN_STAGE_EXPLORATION;

  bb_plan_status_from_key (bb_sql_column_text (stmt, 12), &status);
  bb_plan_stage_from_key (bb_sql_column_text (stmt, 13), &stage);

  bb_plan_set_id (plan, sqlite3_column_int64 (stmt, 0));
  bb_plan_set_uuid (plan, bb_sql_column_text (stmt, 1));
  bb_plan_set_model (plan, bb_sql_column_text (stmt, 3));
  bb_plan_set_model_title (plan, bb_sql_column_text (stmt, 4));
  bb_plan_set_template_version (plan, bb_sql_column_text (stmt, 5));
  bb_plan_set_organisation (plan, bb_sql_column_text (stmt, 6));
  bb_plan_set_owner (plan, bb_sql_column_text (stmt, 7));
  bb_plan_set_purpose (plan, bb_sql_column_text (stmt, 8));
  bb_plan_set_target_group (plan, bb_sql_column_text (stmt, 9));
  bb_plan_set_period_start (plan, bb_sql_column_text (stmt, 10));
  bb_plan_set_period_end (plan, bb_sql_column_text (stmt, 11));
  bb_plan_set_status (plan, status);
  bb_plan_set_stage (plan, stage);
  bb_plan_set_archived (plan, sqlite3_column_int (stmt, 14) != 0);
  bb_plan_set_created (plan, bb_sql_column_text (stmt, 15));
  bb_plan_set_modified (plan, bb_sql_column_text (stmt, 16));
  bb_plan_set_figures (plan, sqlite3_column_int (stmt, 17), sqlite3_column_int (stmt, 18),
                       sqlite3_column_int (stmt, 19));
  return plan;
}

BbPlan *
bb_plan_repository_get (BbPlanRepository  *self,
                        gint64             id,
                        GError           **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  char today[16];
  int rc;

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), NULL);

  stmt = bb_database_prepare_cached (self->database, PLAN_SELECT, error);
  if (stmt == NULL)
    return NULL;

  _bb_plan_repository_today (self, today);
  sqlite3_bind_int64 (stmt, 1, id);
  bb_sql_bind_text (stmt, 2, today);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      BbPlan *plan = plan_from_row (stmt);
      BbPlanTemplate *template = NULL;

      /* The model's name in the language the user reads now; the stored one (in the
       * language the plan was made in) for a model this installation does not know. */
      if (self->templates != NULL)
        template = bb_plan_template_find (self->templates, bb_plan_get_model (plan),
                                          bb_plan_get_template_version (plan));
      if (template != NULL)
        bb_plan_set_model_title (plan, bb_template_text_get (bb_plan_template_get_title (template)));
      return plan;
    }

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, BB_PLAN_GONE);
  else
    bb_database_set_error (self->database, error);
  return NULL;
}

GArray *
bb_plan_repository_query_ids (BbPlanRepository  *self,
                              const BbPlanQuery *query,
                              GError           **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT id FROM plans"
                                     " WHERE (?1 IS NULL OR id IN (SELECT rowid FROM plan_fts WHERE plan_fts MATCH ?1))"
                                     "   AND (?2 = 0 OR (?2 & CASE status WHEN 'draft' THEN 1 WHEN 'active' THEN 2"
                                     "                                     WHEN 'completed' THEN 4 END) != 0)"
                                     "   AND (?3 OR archived = 0)"
                                     " ORDER BY sort_key, id",
                                     error);
  if (stmt == NULL)
    return NULL;

  G_STATIC_ASSERT (BB_PLAN_STATUS_DRAFT == 0 && BB_PLAN_STATUS_ACTIVE == 1 && BB_PLAN_STATUS_COMPLETED == 2);
  match = query->search != NULL ? bb_text_fts_query (query->search) : NULL;
  bb_sql_bind_text (stmt, 1, match);
  sqlite3_bind_int (stmt, 2, (int) query->statuses);
  sqlite3_bind_int (stmt, 3, query->include_archived ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/* ---- writing ---------------------------------------------------------- */

/* Binds the plan's own fields as ?1 … ?12 (see the statements below). */
static gboolean
bind_plan (sqlite3_stmt  *stmt,
           BbPlan        *plan,
           GError       **error)
{
  g_autofree char *sort_key = bb_text_sort_key (bb_plan_get_title (plan));

  if (!bb_sql_bind_checked_text (stmt, 1, _("Title"), bb_plan_get_title (plan), error) ||
      !bb_sql_bind_checked_text (stmt, 2, _("Title"), sort_key, error) ||
      !bb_sql_bind_checked_text (stmt, 3, _("Model"), bb_plan_get_model (plan), error) ||
      !bb_sql_bind_checked_text (stmt, 4, _("Model"), bb_plan_get_model_title (plan), error) ||
      !bb_sql_bind_checked_text (stmt, 5, _("Model"), bb_plan_get_template_version (plan), error) ||
      !bb_sql_bind_checked_text (stmt, 6, _("Organisation"), bb_plan_get_organisation (plan), error) ||
      !bb_sql_bind_checked_text (stmt, 7, _("Owner"), bb_plan_get_owner (plan), error) ||
      !bb_sql_bind_checked_text (stmt, 8, _("Purpose"), bb_plan_get_purpose (plan), error) ||
      !bb_sql_bind_checked_text (stmt, 9, _("Target group"), bb_plan_get_target_group (plan), error))
    return FALSE;

  bb_sql_bind_text (stmt, 10, bb_plan_get_period_start (plan));
  bb_sql_bind_text (stmt, 11, bb_plan_get_period_end (plan));
  bb_sql_bind_text (stmt, 12, bb_plan_status_to_key (bb_plan_get_status (plan)));
  sqlite3_bind_int (stmt, 13, bb_plan_get_archived (plan) ? 1 : 0);
  return TRUE;
}

gboolean
_bb_plan_repository_add_stage_event (BbPlanRepository  *self,
                                     gint64             plan_id,
                                     BbPlanStage        stage,
                                     const char        *date,
                                     GError           **error)
{
  g_autoptr(BbCachedStatement) insert = NULL;
  g_autoptr(BbCachedStatement) update = NULL;

  insert = bb_database_prepare_cached (self->database,
                                       "INSERT INTO plan_stage_events (plan_id, stage, date) VALUES (?1, ?2, ?3)",
                                       error);
  if (insert == NULL)
    return FALSE;

  sqlite3_bind_int64 (insert, 1, plan_id);
  bb_sql_bind_text (insert, 2, bb_plan_stage_to_key (stage));
  bb_sql_bind_text (insert, 3, date);
  if (!bb_database_step_done (self->database, insert, error))
    return FALSE;

  update = bb_database_prepare_cached (self->database,
                                       "UPDATE plans SET stage = (SELECT stage FROM plan_stage_events"
                                       "   WHERE plan_id = ?1 ORDER BY date DESC, id DESC LIMIT 1)"
                                       " WHERE id = ?1",
                                       error);
  if (update == NULL)
    return FALSE;

  sqlite3_bind_int64 (update, 1, plan_id);
  return bb_database_step_done (self->database, update, error);
}

typedef struct
{
  BbPlan   *plan;
  gboolean  with_stage_event;
} PlanWrite;

static gboolean
write_plan (BbPlanRepository  *self,
            gpointer           data,
            GError           **error)
{
  PlanWrite *write = data;
  BbPlan *plan = write->plan;
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autofree char *now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));
  gboolean insert = bb_plan_get_id (plan) == 0;

  if (insert)
    stmt = bb_database_prepare_cached (self->database,
                                       "INSERT INTO plans (title, sort_key, model, model_title, template_version,"
                                       "  organisation, owner, purpose, target_group, period_start, period_end,"
                                       "  status, archived, stage, uuid, created, modified)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                                       "   ?16, ?16)",
                                       error);
  else
    stmt = bb_database_prepare_cached (self->database,
                                       "UPDATE plans SET title = ?1, sort_key = ?2, model = ?3, model_title = ?4,"
                                       "  template_version = ?5, organisation = ?6, owner = ?7, purpose = ?8,"
                                       "  target_group = ?9, period_start = ?10, period_end = ?11, status = ?12,"
                                       "  archived = ?13, uuid = ?15, modified = ?16"
                                       " WHERE id = ?14",
                                       error);
  if (stmt == NULL || !bind_plan (stmt, plan, error))
    return FALSE;

  if (insert)
    {
      g_autofree char *uuid = NULL;

      if (*bb_plan_get_uuid (plan) == '\0')
        {
          uuid = g_uuid_string_random ();
          bb_plan_set_uuid (plan, uuid);
        }
      bb_sql_bind_text (stmt, 14, bb_plan_stage_to_key (bb_plan_get_stage (plan)));
      bb_sql_bind_text (stmt, 15, bb_plan_get_uuid (plan));
    }
  else
    {
      /* A plan without one (made in code) gets one; else it keeps its own. */
      if (*bb_plan_get_uuid (plan) == '\0')
        {
          g_autofree char *uuid = g_uuid_string_random ();

          bb_plan_set_uuid (plan, uuid);
        }
      sqlite3_bind_int64 (stmt, 14, bb_plan_get_id (plan));
      bb_sql_bind_text (stmt, 15, bb_plan_get_uuid (plan));
    }
  bb_sql_bind_text (stmt, 16, now);

  if (!bb_database_step_done (self->database, stmt, error))
    return FALSE;

  if (insert)
    {
      bb_plan_set_id (plan, sqlite3_last_insert_rowid (bb_database_get_handle (self->database)));
      bb_plan_set_created (plan, now);
      if (write->with_stage_event)
        {
          char today[16];

          _bb_plan_repository_today (self, today);
          if (!_bb_plan_repository_add_stage_event (self, bb_plan_get_id (plan), bb_plan_get_stage (plan), today,
                                                    error))
            return FALSE;
        }
    }
  else if (sqlite3_changes (bb_database_get_handle (self->database)) == 0)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, BB_PLAN_GONE);
      return FALSE;
    }

  bb_plan_set_modified (plan, now);
  bb_database_notify (self->database, BB_DOMAIN_PLANS);
  return index_plan (self, plan, error);
}

gboolean
_bb_plan_repository_insert_plan (BbPlanRepository  *self,
                                 BbPlan            *plan,
                                 gboolean           with_stage_event,
                                 GError           **error)
{
  PlanWrite write = { plan, with_stage_event };

  bb_plan_set_id (plan, 0);
  if (!bb_plan_validate (plan, error))
    return FALSE;

  return _bb_plan_repository_transact (self, write_plan, &write, error);
}

gboolean
bb_plan_repository_save (BbPlanRepository  *self,
                         BbPlan            *plan,
                         GError           **error)
{
  PlanWrite write = { plan, TRUE };

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_PLAN (plan), FALSE);

  if (!bb_plan_validate (plan, error))
    return FALSE;

  return _bb_plan_repository_transact (self, write_plan, &write, error);
}

static gboolean
delete_plan (BbPlanRepository  *self,
             gpointer           data,
             GError           **error)
{
  gint64 id = *(gint64 *) data;
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autoptr(BbCachedStatement) index = NULL;

  stmt = bb_database_prepare_cached (self->database, "DELETE FROM plans WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!bb_database_step_done (self->database, stmt, error))
    return FALSE;

  if (sqlite3_changes (bb_database_get_handle (self->database)) == 0)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, BB_PLAN_GONE);
      return FALSE;
    }

  index = bb_database_prepare_cached (self->database, "DELETE FROM plan_fts WHERE rowid = ?1", error);
  if (index == NULL)
    return FALSE;

  sqlite3_bind_int64 (index, 1, id);
  bb_database_notify (self->database, BB_DOMAIN_PLANS);
  return bb_database_step_done (self->database, index, error);
}

gboolean
bb_plan_repository_delete (BbPlanRepository  *self,
                           gint64             id,
                           GError           **error)
{
  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), FALSE);

  return _bb_plan_repository_transact (self, delete_plan, &id, error);
}

typedef struct
{
  gint64   id;
  gboolean archived;
} Archive;

static gboolean
archive_plan (BbPlanRepository  *self,
              gpointer           data,
              GError           **error)
{
  Archive *archive = data;
  g_autoptr(BbCachedStatement) stmt = NULL;

  stmt = bb_database_prepare_cached (self->database, "UPDATE plans SET archived = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, archive->id);
  sqlite3_bind_int (stmt, 2, archive->archived ? 1 : 0);
  return bb_database_step_done (self->database, stmt, error) &&
         _bb_plan_repository_touch (self, archive->id, error);
}

gboolean
bb_plan_repository_set_archived (BbPlanRepository  *self,
                                 gint64             id,
                                 gboolean           archived,
                                 GError           **error)
{
  Archive archive = { id, archived };

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), FALSE);

  return _bb_plan_repository_transact (self, archive_plan, &archive, error);
}

/* ---- a new plan from a template --------------------------------------- */

typedef struct
{
  BbPlanTemplate *template;
  const char     *title;
  gint64          id;
} Creation;

/* Saves one row per template item, noting its id by the item's key in @keys. */
static gboolean
add_items (BbPlanRepository    *self,
           const BbPlanRowKind *kind,
           GPtrArray           *items,
           gint64               plan_id,
           GHashTable          *element_keys,
           GHashTable          *focus_area_keys,
           GHashTable          *keys,
           GError             **error)
{
  for (guint i = 0; i < items->len; i++)
    {
      const BbTemplateItem *item = g_ptr_array_index (items, i);
      gpointer record = _bb_plan_record_new (kind);
      gboolean ok;

      BB_PLAN_ROW_HEAD (record)->owner_id = plan_id;
      _bb_plan_record_set_text (kind, record, "template_key", item->key);
      _bb_plan_record_set_int (kind, record, "position", (int) i);
      _bb_plan_record_set_text (kind, record, "title", bb_template_text_get (&item->title));
      _bb_plan_record_set_text (kind, record, "description", bb_template_text_get (&item->description));
      _bb_plan_record_set_text (kind, record, "content", bb_template_text_get (&item->description));
      _bb_plan_record_set_text (kind, record, "guiding_questions", bb_template_text_get (&item->questions));
      if (kind == &_bb_plan_kind_activity)
        {
          BbPlanActivity *activity = record;

          if (item->element != NULL)
            activity->element_id = GPOINTER_TO_SIZE (g_hash_table_lookup (element_keys, item->element));
          if (item->focus_area != NULL)
            activity->focus_area_id = GPOINTER_TO_SIZE (g_hash_table_lookup (focus_area_keys, item->focus_area));
        }

      ok = _bb_plan_rows_save (self, kind, record, error);
      if (ok && keys != NULL && item->key != NULL)
        g_hash_table_insert (keys, item->key, GSIZE_TO_POINTER ((gsize) BB_PLAN_ROW_HEAD (record)->id));
      _bb_plan_record_free (kind, record);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
create_plan (BbPlanRepository  *self,
             gpointer           data,
             GError           **error)
{
  Creation *creation = data;
  BbPlanTemplate *template = creation->template;
  g_autoptr(BbPlan) plan = bb_plan_new (creation->title);
  g_autoptr(GHashTable) elements = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) areas = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 id;

  if (template != NULL)
    {
      bb_plan_set_model (plan, bb_plan_template_get_model (template));
      bb_plan_set_model_title (plan, bb_template_text_get (bb_plan_template_get_title (template)));
      bb_plan_set_template_version (plan, bb_plan_template_get_version (template));
    }

  if (!_bb_plan_repository_insert_plan (self, plan, TRUE, error))
    return FALSE;

  id = bb_plan_get_id (plan);
  if (template != NULL &&
      (!add_items (self, &_bb_plan_kind_element, bb_plan_template_get_elements (template), id, NULL, NULL,
                   elements, error) ||
       !add_items (self, &_bb_plan_kind_challenge, bb_plan_template_get_challenges (template), id, NULL, NULL,
                   NULL, error) ||
       !add_items (self, &_bb_plan_kind_focus_area, bb_plan_template_get_focus_areas (template), id, NULL, NULL,
                   areas, error) ||
       !add_items (self, &_bb_plan_kind_activity, bb_plan_template_get_activities (template), id, elements, areas,
                   NULL, error)))
    return FALSE;

  creation->id = id;
  return TRUE;
}

gint64
bb_plan_repository_create (BbPlanRepository  *self,
                           BbPlanTemplate    *template,
                           const char        *title,
                           GError           **error)
{
  Creation creation = { template, title, 0 };

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), 0);
  g_return_val_if_fail (template == NULL || BB_IS_PLAN_TEMPLATE (template), 0);

  if (!_bb_plan_repository_transact (self, create_plan, &creation, error))
    return 0;

  return creation.id;
}

/* ---- GObject ---------------------------------------------------------- */

static void
bb_plan_repository_finalize (GObject *object)
{
  BbPlanRepository *self = BB_PLAN_REPOSITORY (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->templates, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_plan_repository_parent_class)->finalize (object);
}

static void
bb_plan_repository_class_init (BbPlanRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_plan_repository_finalize;
}

static void
bb_plan_repository_init (BbPlanRepository *self)
{
}

BbPlanRepository *
bb_plan_repository_new (BbDatabase  *database,
                        GError     **error)
{
  BbPlanRepository *self;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self = g_object_new (BB_TYPE_PLAN_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  return self;
}

void
bb_plan_repository_set_templates (BbPlanRepository *self,
                                  GPtrArray        *templates)
{
  g_return_if_fail (BB_IS_PLAN_REPOSITORY (self));

  g_clear_pointer (&self->templates, g_ptr_array_unref);
  if (templates != NULL)
    self->templates = g_ptr_array_ref (templates);
}
