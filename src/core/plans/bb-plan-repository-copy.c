/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A plan made from another: next period's plan (duplicate), and the same plan
 * carried over to a newer version of its model. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-plan-repository-private.h"

/* ---- duplicate -------------------------------------------------------- */

static char *
move_date (const char *text,
           int         months)
{
  GDate date;
  char buffer[16];

  if (!_bb_plan_parse_date (text, &date))
    return g_strdup (text);

  if (months > 0)
    g_date_add_months (&date, (guint) months);
  else if (months < 0)
    g_date_subtract_months (&date, (guint) -months);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
  return g_strdup (buffer);
}

/* Next period's row: its dates moved, an activity back to planned. */
static void
prepare_duplicate (const BbPlanRowKind *kind,
                   gpointer             record,
                   int                  months)
{
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const BbPlanField *field = &kind->fields[i];
      char **text = BB_PLAN_FIELD_PTR (record, field, char *);
      char *moved;

      if ((field->flags & BB_PLAN_FIELD_MOVES) == 0 || *text == NULL)
        continue;

      moved = move_date (*text, months);
      g_free (*text);
      *text = moved;
    }

  if (kind == &_bb_plan_kind_activity)
    ((BbPlanActivity *) record)->status = BB_ACTIVITY_PLANNED;
}

typedef struct
{
  gint64      id;
  const char *title;
  int         months;
  gint64      new_id;
} Duplication;

static gboolean
duplicate_plan (BbPlanRepository  *self,
                gpointer           data,
                GError           **error)
{
  Duplication *dup = data;
  g_autoptr(BbPlan) source = bb_plan_repository_get (self, dup->id, error);
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(GHashTable) ids = _bb_plan_row_ids_new ();
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (source == NULL)
    return FALSE;

  start = move_date (bb_plan_get_period_start (source), dup->months);
  end = move_date (bb_plan_get_period_end (source), dup->months);
  plan = g_object_new (BB_TYPE_PLAN,
                       "title", dup->title != NULL ? dup->title : bb_plan_get_title (source),
                       "model", bb_plan_get_model (source),
                       "model-title", bb_plan_get_model_title (source),
                       "template-version", bb_plan_get_template_version (source),
                       "organisation", bb_plan_get_organisation (source),
                       "owner", bb_plan_get_owner (source),
                       "purpose", bb_plan_get_purpose (source),
                       "target-group", bb_plan_get_target_group (source),
                       "period-start", start,
                       "period-end", end,
                       "stage", bb_plan_get_stage (source),
                       NULL);
  if (!_bb_plan_repository_insert_plan (self, plan, TRUE, error))
    return FALSE;

  for (guint k = 0; _bb_plan_kinds[k] != NULL; k++)
    {
      const BbPlanRowKind *kind = _bb_plan_kinds[k];
      g_autoptr(GPtrArray) rows = NULL;

      /* The stage history is the new plan's own. */
      if (kind == &_bb_plan_kind_stage_event)
        continue;

      rows = _bb_plan_rows_list (self, kind, dup->id, error);
      if (rows == NULL)
        return FALSE;

      for (guint i = 0; i < rows->len; i++)
        prepare_duplicate (kind, g_ptr_array_index (rows, i), dup->months);

      if (!_bb_plan_rows_insert_copies (self, kind, rows, bb_plan_get_id (plan), ids, error))
        return FALSE;
    }

  dup->new_id = bb_plan_get_id (plan);
  return TRUE;
}

gint64
bb_plan_repository_duplicate (BbPlanRepository  *self,
                              gint64             id,
                              const char        *title,
                              int                months,
                              GError           **error)
{
  Duplication dup = { id, title, months, 0 };

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), 0);

  if (!_bb_plan_repository_transact (self, duplicate_plan, &dup, error))
    return 0;

  return dup.new_id;
}

/* ---- carry over ------------------------------------------------------- */

/* Runs @sql with the two ids as ?1 and ?2. */
static gboolean
exec_ids (BbPlanRepository  *self,
          const char        *sql,
          gint64             first,
          gint64             second,
          GError           **error)
{
  g_autoptr(BbCachedStatement) stmt = bb_database_prepare_cached (self->database, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, second);
  return bb_database_step_done (self->database, stmt, error);
}

/* Folds @merged into @kept: its ratings join @kept's history as they were (copied:
 * a rating is never changed), its links point at @kept, and it goes. */
static gboolean
merge_element (BbPlanRepository  *self,
               gint64             kept,
               gint64             merged,
               GError           **error)
{
  return exec_ids (self,
                   "INSERT INTO plan_fidelity_ratings (element_id, date, level, note)"
                   " SELECT ?1, date, level, note FROM plan_fidelity_ratings"
                   "  WHERE element_id = ?2 ORDER BY date, id",
                   kept, merged, error) &&
         exec_ids (self, "UPDATE plan_activities SET element_id = ?1 WHERE element_id = ?2", kept, merged, error) &&
         exec_ids (self, "UPDATE plan_indicators SET element_id = ?1 WHERE element_id = ?2", kept, merged, error) &&
         exec_ids (self, "UPDATE plan_trials SET element_id = ?1 WHERE element_id = ?2", kept, merged, error) &&
         exec_ids (self, "DELETE FROM plan_elements WHERE id = ?2", kept, merged, error);
}

static gboolean
item_takes_place_of (const BbTemplateItem *item,
                     const char           *key)
{
  if (key == NULL)
    return FALSE;

  return g_strcmp0 (item->key, key) == 0 ||
         (item->replaces != NULL && g_strv_contains ((const char *const *) item->replaces, key));
}

static void
set_from_item (BbPlanElement        *element,
               const BbTemplateItem *item,
               int                   position)
{
  g_free (element->template_key);
  element->template_key = g_strdup (item->key);
  g_free (element->title);
  element->title = g_strdup (bb_template_text_get (&item->title));
  g_free (element->description);
  element->description = g_strdup (bb_template_text_get (&item->description));
  element->position = position;
}

/* The core elements as the newer version has them (see carry_over in the header). */
static gboolean
carry_elements (BbPlanRepository  *self,
                gint64             plan_id,
                BbPlanTemplate    *newer,
                GError           **error)
{
  GPtrArray *items = bb_plan_template_get_elements (newer);
  g_autoptr(GPtrArray) elements = _bb_plan_rows_list (self, &_bb_plan_kind_element, plan_id, error);
  g_autofree gboolean *claimed = NULL;
  int position;

  if (elements == NULL)
    return FALSE;

  claimed = g_new0 (gboolean, elements->len);
  for (guint i = 0; i < items->len; i++)
    {
      const BbTemplateItem *item = g_ptr_array_index (items, i);
      BbPlanElement *kept = NULL;

      for (guint e = 0; e < elements->len; e++)
        {
          BbPlanElement *element = g_ptr_array_index (elements, e);

          if (claimed[e] || !item_takes_place_of (item, element->template_key))
            continue;

          claimed[e] = TRUE;
          if (kept == NULL)
            kept = element;
          else if (!merge_element (self, kept->id, element->id, error))
            return FALSE;
        }

      if (kept == NULL)
        {
          g_autoptr(BbPlanElement) added = bb_plan_element_new ();

          added->plan_id = plan_id;
          set_from_item (added, item, (int) i);
          if (!_bb_plan_rows_save (self, &_bb_plan_kind_element, added, error))
            return FALSE;
        }
      else
        {
          set_from_item (kept, item, (int) i);
          if (!_bb_plan_rows_save (self, &_bb_plan_kind_element, kept, error))
            return FALSE;
        }
    }

  /* Removed from the model: the plan's own now, after the model's. */
  position = (int) items->len;
  for (guint e = 0; e < elements->len; e++)
    {
      BbPlanElement *element = g_ptr_array_index (elements, e);

      if (claimed[e])
        continue;

      g_clear_pointer (&element->template_key, g_free);
      element->position = position++;
      if (!_bb_plan_rows_save (self, &_bb_plan_kind_element, element, error))
        return FALSE;
    }
  return TRUE;
}

/* Challenges or focus areas the newer version adds; the plan's rows stay. */
static gboolean
carry_added_items (BbPlanRepository     *self,
                   const BbPlanRowKind  *kind,
                   gint64                plan_id,
                   GPtrArray            *items,
                   GError              **error)
{
  g_autoptr(GPtrArray) rows = _bb_plan_rows_list (self, kind, plan_id, error);
  const BbPlanField *key_field = &kind->fields[0];

  if (rows == NULL)
    return FALSE;

  g_assert (g_str_equal (key_field->name, "template_key"));
  for (guint i = 0; i < items->len; i++)
    {
      const BbTemplateItem *item = g_ptr_array_index (items, i);
      gboolean present = FALSE;
      gpointer record;
      gboolean ok;

      for (guint r = 0; r < rows->len && !present; r++)
        present = item_takes_place_of (item, *BB_PLAN_FIELD_PTR (g_ptr_array_index (rows, r), key_field, char *));
      if (present)
        continue;

      record = _bb_plan_record_new (kind);
      BB_PLAN_ROW_HEAD (record)->owner_id = plan_id;
      _bb_plan_record_set_text (kind, record, "template_key", item->key);
      _bb_plan_record_set_int (kind, record, "position", (int) (rows->len + i));
      _bb_plan_record_set_text (kind, record, "title", bb_template_text_get (&item->title));
      _bb_plan_record_set_text (kind, record, "guiding_questions", bb_template_text_get (&item->questions));
      ok = _bb_plan_rows_save (self, kind, record, error);
      _bb_plan_record_free (kind, record);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  gint64          id;
  BbPlanTemplate *newer;
} CarryOver;

static gboolean
carry_over (BbPlanRepository  *self,
            gpointer           data,
            GError           **error)
{
  CarryOver *carry = data;
  g_autoptr(BbPlan) plan = bb_plan_repository_get (self, carry->id, error);

  if (plan == NULL)
    return FALSE;

  if (g_strcmp0 (bb_plan_get_model (plan), bb_plan_template_get_model (carry->newer)) != 0)
    {
      g_set_error_literal (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                           _("The template is of another model than the plan."));
      return FALSE;
    }
  if (g_strcmp0 (bb_plan_template_get_version (carry->newer), bb_plan_get_template_version (plan)) <= 0)
    {
      g_set_error_literal (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                           _("The plan already follows this version of its model or a newer one."));
      return FALSE;
    }

  if (!carry_elements (self, carry->id, carry->newer, error) ||
      !carry_added_items (self, &_bb_plan_kind_challenge, carry->id,
                          bb_plan_template_get_challenges (carry->newer), error) ||
      !carry_added_items (self, &_bb_plan_kind_focus_area, carry->id,
                          bb_plan_template_get_focus_areas (carry->newer), error))
    return FALSE;

  bb_plan_set_template_version (plan, bb_plan_template_get_version (carry->newer));
  bb_plan_set_model_title (plan, bb_template_text_get (bb_plan_template_get_title (carry->newer)));
  return bb_plan_repository_save (self, plan, error);
}

gboolean
bb_plan_repository_carry_over (BbPlanRepository  *self,
                               gint64             id,
                               BbPlanTemplate    *newer,
                               GError           **error)
{
  CarryOver carry = { id, newer };

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (newer), FALSE);

  return _bb_plan_repository_transact (self, carry_over, &carry, error);
}
