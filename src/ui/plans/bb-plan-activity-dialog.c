/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-page-section.h"
#include "bb-plan-activity-dialog.h"
#include "bb-plan-repository.h"

typedef struct
{
  BbContext      *context;
  BbPlanActivity *activity;
  /* The ids behind the link combos' choices after "None". */
  GArray         *element_ids;
  GArray         *focus_area_ids;
} Edit;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_object_unref (edit->context);
  bb_plan_activity_free (edit->activity);
  g_array_unref (edit->element_ids);
  g_array_unref (edit->focus_area_ids);
  g_free (edit);
}

/* The text fields, by the dialog's ids, and where each goes in the record. */
#define TEXT_FIELD(name) { #name, G_STRUCT_OFFSET (BbPlanActivity, name) }
static const struct
{
  const char *id;
  glong       offset;
} text_fields[] = {
  TEXT_FIELD (title), TEXT_FIELD (content), TEXT_FIELD (responsible), TEXT_FIELD (participants),
  TEXT_FIELD (coordinate_with), TEXT_FIELD (support_tools), TEXT_FIELD (progress_notes),
  TEXT_FIELD (actor), TEXT_FIELD (target), TEXT_FIELD (timing), TEXT_FIELD (dose),
  TEXT_FIELD (outcome), TEXT_FIELD (rationale),
};

static guint
position_of (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i + 1;
  return 0;
}

static gboolean
save (BbPlanFormDialog  *dialog,
      gpointer           data,
      GError           **error)
{
  Edit *edit = data;
  g_autoptr(BbPlanActivity) edited = bb_plan_activity_copy (edit->activity);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  guint element, focus_area;
  int duration;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      char **field = G_STRUCT_MEMBER_P (edited, text_fields[i].offset);

      g_free (*field);
      *field = bb_plan_form_dialog_dup_text (dialog, text_fields[i].id);
    }
  if (edited->title == NULL)
    {
      bb_plan_form_dialog_show_error (dialog, "title", _("Title: write what the activity is."));
      return FALSE;
    }
  if (!bb_plan_form_dialog_read_date (dialog, "start_date", FALSE, &start)
      || !bb_plan_form_dialog_read_date (dialog, "end_date", FALSE, &end)
      || !bb_plan_form_dialog_read_count (dialog, "duration", &duration))
    return FALSE;
  if (start != NULL && end != NULL && g_strcmp0 (end, start) < 0)
    {
      bb_plan_form_dialog_show_error (dialog, "end_date", _("End date: the activity cannot end before it starts."));
      return FALSE;
    }

  g_free (edited->start_date);
  edited->start_date = g_steal_pointer (&start);
  g_free (edited->end_date);
  edited->end_date = g_steal_pointer (&end);
  edited->duration_days = duration;
  element = bb_plan_form_dialog_get_selected (dialog, "element");
  edited->element_id = element == 0 ? 0 : g_array_index (edit->element_ids, gint64, element - 1);
  focus_area = bb_plan_form_dialog_get_selected (dialog, "focus_area");
  edited->focus_area_id = focus_area == 0 ? 0 : g_array_index (edit->focus_area_ids, gint64, focus_area - 1);
  edited->status = (BbActivityStatus) bb_plan_form_dialog_get_selected (dialog, "status");

  return bb_plan_repository_save_activity (bb_context_get_plans (edit->context), edited, error);
}

/* Fills a link combo: "None", then the titles; @ids gets the id of each. */
static void
set_link_choices (BbPlanFormDialog *dialog,
                  const char       *id,
                  GPtrArray        *titles,
                  GArray           *ids,
                  gint64            chosen)
{
  g_ptr_array_insert (titles, 0, g_strdup (C_("link", "None")));
  g_ptr_array_add (titles, NULL);
  bb_plan_form_dialog_set_choices (dialog, id, (const char * const *) titles->pdata, position_of (ids, chosen));
}

BbPlanFormDialog *
bb_plan_activity_dialog_new (BbContext            *context,
                             gint64                plan_id,
                             const BbPlanActivity *activity)
{
  BbPlanRepository *plans;
  BbPlanFormDialog *dialog;
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(GPtrArray) focus_areas = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(GPtrArray) statuses = g_ptr_array_new ();
  g_autofree char *duration = NULL;
  Edit *edit;

  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);

  plans = bb_context_get_plans (context);
  dialog = bb_plan_form_dialog_new (activity != NULL ? _("Edit Activity") : _("New Activity"),
                                    "/io/github/brobygger/Brobygger/plans/bb-plan-activity-dialog.ui");
  edit = g_new0 (Edit, 1);
  edit->context = g_object_ref (context);
  if (activity != NULL)
    edit->activity = bb_plan_activity_copy (activity);
  else
    {
      edit->activity = bb_plan_activity_new ();
      edit->activity->plan_id = plan_id;
      edit->activity->start_date = bb_page_dup_today (context);
      edit->activity->duration_days = -1;
      edit->activity->status = BB_ACTIVITY_PLANNED;
    }
  edit->element_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  edit->focus_area_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  activity = edit->activity;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    bb_plan_form_dialog_set_text (dialog, text_fields[i].id,
                                  G_STRUCT_MEMBER (char *, activity, text_fields[i].offset));
  bb_plan_form_dialog_set_text (dialog, "start_date", activity->start_date);
  bb_plan_form_dialog_set_text (dialog, "end_date", activity->end_date);
  if (activity->duration_days >= 0)
    duration = g_strdup_printf ("%d", activity->duration_days);
  bb_plan_form_dialog_set_text (dialog, "duration", duration);

  elements = bb_plan_repository_list_elements (plans, activity->plan_id, NULL);
  titles = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; elements != NULL && i < elements->len; i++)
    {
      BbPlanElement *element = g_ptr_array_index (elements, i);

      g_array_append_val (edit->element_ids, element->id);
      g_ptr_array_add (titles, g_strdup (element->title));
    }
  set_link_choices (dialog, "element", titles, edit->element_ids, activity->element_id);

  focus_areas = bb_plan_repository_list_focus_areas (plans, activity->plan_id, NULL);
  g_clear_pointer (&titles, g_ptr_array_unref);
  titles = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; focus_areas != NULL && i < focus_areas->len; i++)
    {
      BbFocusArea *area = g_ptr_array_index (focus_areas, i);

      g_array_append_val (edit->focus_area_ids, area->id);
      g_ptr_array_add (titles, g_strdup (area->title));
    }
  set_link_choices (dialog, "focus_area", titles, edit->focus_area_ids, activity->focus_area_id);

  for (int i = 0; i < BB_ACTIVITY_STATUS_COUNT; i++)
    g_ptr_array_add (statuses, (gpointer) bb_activity_status_get_label (i));
  g_ptr_array_add (statuses, NULL);
  bb_plan_form_dialog_set_choices (dialog, "status", (const char * const *) statuses->pdata, activity->status);

  bb_plan_form_dialog_set_save_func (dialog, save, edit, edit_free);
  return dialog;
}
