/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-plan-list.h"

struct _BbPlanList
{
  BbIdList          parent_instance;

  BbPlanRepository *plans;
  BbPlanQuery       query;
  char             *search;
  gint64            hidden_id;
  /* The ids of the last count: a municipality has tens of plans, so one query gives
   * them all and the pages are slices of it. */
  GArray           *ids;
};

G_DEFINE_FINAL_TYPE (BbPlanList, bb_plan_list, BB_TYPE_ID_LIST)

static gint64
bb_plan_list_count (BbIdList  *list,
                    GError   **error)
{
  BbPlanList *self = BB_PLAN_LIST (list);
  GArray *ids = bb_plan_repository_query_ids (self->plans, &self->query, error);

  g_clear_pointer (&self->ids, g_array_unref);
  if (ids == NULL)
    return -1;

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == self->hidden_id)
      {
        g_array_remove_index (ids, i);
        break;
      }
  self->ids = ids;
  return ids->len;
}

static GArray *
bb_plan_list_fetch_ids (BbIdList  *list,
                        guint      offset,
                        guint      limit,
                        GError   **error)
{
  BbPlanList *self = BB_PLAN_LIST (list);
  GArray *page = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->ids != NULL && offset < self->ids->len)
    g_array_append_vals (page, &g_array_index (self->ids, gint64, offset),
                         MIN (limit, self->ids->len - offset));
  return page;
}

static gboolean
bb_plan_list_locate (BbIdList  *list,
                     gint64     id,
                     guint     *position,
                     GError   **error)
{
  BbPlanList *self = BB_PLAN_LIST (list);

  *position = G_MAXUINT;
  for (guint i = 0; self->ids != NULL && i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      {
        *position = i;
        break;
      }
  return TRUE;
}

static gpointer
bb_plan_list_load (BbIdList *list,
                   gint64    id)
{
  BbPlanList *self = BB_PLAN_LIST (list);
  g_autoptr(GError) error = NULL;
  BbPlan *plan = bb_plan_repository_get (self->plans, id, &error);

  if (plan == NULL)
    {
      g_debug ("Plan %" G_GINT64_FORMAT " vanished: %s", id, error->message);
      plan = bb_plan_new ("");
      bb_plan_set_id (plan, id);
    }

  return plan;
}

static void
bb_plan_list_finalize (GObject *object)
{
  BbPlanList *self = BB_PLAN_LIST (object);

  g_clear_object (&self->plans);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (bb_plan_list_parent_class)->finalize (object);
}

static void
bb_plan_list_class_init (BbPlanListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  BbIdListClass *list_class = BB_ID_LIST_CLASS (klass);

  object_class->finalize = bb_plan_list_finalize;
  list_class->count = bb_plan_list_count;
  list_class->fetch_ids = bb_plan_list_fetch_ids;
  list_class->locate = bb_plan_list_locate;
  list_class->load = bb_plan_list_load;
}

static void
bb_plan_list_init (BbPlanList *self)
{
  BbPlanQuery query = BB_PLAN_QUERY_INIT;

  self->query = query;
}

BbPlanList *
bb_plan_list_new (BbPlanRepository *plans,
                  BbDatabase       *database)
{
  BbPlanList *self;

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (plans), NULL);
  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self = g_object_new (BB_TYPE_PLAN_LIST, "item-type", BB_TYPE_PLAN, NULL);
  self->plans = g_object_ref (plans);
  bb_id_list_watch (BB_ID_LIST (self), database, BB_DOMAIN_PLANS);
  bb_id_list_refresh (BB_ID_LIST (self));

  return self;
}

void
bb_plan_list_set_query (BbPlanList        *self,
                        const BbPlanQuery *query)
{
  g_return_if_fail (BB_IS_PLAN_LIST (self));
  g_return_if_fail (query != NULL);

  g_free (self->search);
  self->search = g_strdup (query->search);
  self->query = *query;
  self->query.search = self->search;

  bb_id_list_refresh (BB_ID_LIST (self));
}

void
bb_plan_list_set_hidden (BbPlanList *self,
                         gint64      id)
{
  g_return_if_fail (BB_IS_PLAN_LIST (self));

  if (self->hidden_id == id)
    return;
  self->hidden_id = id;
  bb_id_list_refresh (BB_ID_LIST (self));
}

gint64
bb_plan_list_get_hidden (BbPlanList *self)
{
  g_return_val_if_fail (BB_IS_PLAN_LIST (self), 0);

  return self->hidden_id;
}
