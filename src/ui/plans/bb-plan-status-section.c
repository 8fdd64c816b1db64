/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-format.h"
#include "bb-plan-form-dialog.h"
#include "bb-plan-status-section.h"

struct _BbPlanStatusSection
{
  BbPlanSection  parent_instance;

  gboolean       loading;

  AdwComboRow   *status_row;
  GtkStringList *status_labels;
  AdwComboRow   *stage_row;
  GtkStringList *stage_labels;
  GtkListBox    *history_list;
};

G_DEFINE_FINAL_TYPE (BbPlanStatusSection, bb_plan_status_section, BB_TYPE_PLAN_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_PLANS, NULL };

static void
fill_history (BbPlanStatusSection *self,
              GPtrArray           *events)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);

  /* Newest first, as the stage now is the one asked about most. */
  for (guint i = events->len; i > 0; i--)
    {
      BbStageEvent *event = g_ptr_array_index (events, i - 1);
      g_autofree char *date = bb_format_date (event->date);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bb_plan_stage_get_label (event->stage));
      /* Translators: when a plan entered a stage. */
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
      gtk_list_box_append (self->history_list, row);
    }
}

static void
bb_plan_status_section_refresh (BbPlanSection *section)
{
  BbPlanStatusSection *self = BB_PLAN_STATUS_SECTION (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  gint64 id = bb_plan_section_get_plan_id (section);
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(GPtrArray) events = NULL;

  if (plans == NULL || id == 0 || (plan = bb_plan_repository_get (plans, id, NULL)) == NULL)
    return;

  self->loading = TRUE;
  adw_combo_row_set_selected (self->status_row, bb_plan_get_status (plan));
  adw_combo_row_set_selected (self->stage_row, bb_plan_get_stage (plan));
  self->loading = FALSE;

  events = bb_plan_repository_list_stage_events (plans, id, NULL);
  if (events != NULL)
    fill_history (self, events);
}

static void
on_status_selected (BbPlanStatusSection *self)
{
  BbPlanRepository *plans = bb_plan_section_get_plans (BB_PLAN_SECTION (self));
  guint status = adw_combo_row_get_selected (self->status_row);
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || plans == NULL || status >= BB_PLAN_STATUS_COUNT)
    return;

  plan = bb_plan_repository_get (plans, bb_plan_section_get_plan_id (BB_PLAN_SECTION (self)), &error);
  if (plan == NULL || bb_plan_get_status (plan) == status)
    return;

  bb_plan_set_status (plan, status);
  if (!bb_plan_repository_save (plans, plan, &error))
    {
      bb_plan_section_show_error (BB_PLAN_SECTION (self), error);
      bb_page_section_refresh (BB_PAGE_SECTION (self));
    }
}

static gboolean
save_stage (BbPlanFormDialog  *dialog,
            gpointer           user_data,
            GError           **error)
{
  BbPlanStatusSection *self = BB_PLAN_STATUS_SECTION (user_data);
  g_autofree char *date = NULL;

  if (!bb_plan_form_dialog_read_date (dialog, "date_row", TRUE, &date))
    return FALSE;

  return bb_plan_repository_change_stage (bb_plan_section_get_plans (BB_PLAN_SECTION (self)),
                                          bb_plan_section_get_plan_id (BB_PLAN_SECTION (self)),
                                          adw_combo_row_get_selected (self->stage_row), date, error);
}

static void
on_stage_selected (BbPlanStatusSection *self)
{
  BbPlanFormDialog *dialog;
  g_autofree char *today = NULL;
  g_autofree char *title = NULL;
  guint stage = adw_combo_row_get_selected (self->stage_row);

  if (self->loading || bb_plan_section_get_plans (BB_PLAN_SECTION (self)) == NULL || stage >= BB_PLAN_STAGE_COUNT)
    return;

  /* Translators: %s is a stage ("Installation"). */
  title = g_strdup_printf (_("Stage: %s"), bb_plan_stage_get_label (stage));
  dialog = bb_plan_form_dialog_new (title, "/io/github/brobygger/Brobygger/plans/bb-plan-stage-form.ui");
  today = bb_page_dup_today (bb_plan_section_get_context (BB_PLAN_SECTION (self)));
  bb_plan_form_dialog_set_text (dialog, "date_row", today);
  bb_plan_form_dialog_set_save_func (dialog, save_stage, g_object_ref (self), g_object_unref);
  /* Cancelled, the combo shows the stage the plan is in again. */
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (bb_page_section_refresh), self, G_CONNECT_SWAPPED);
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

static void
bb_plan_status_section_class_init (BbPlanStatusSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbPlanSectionClass *section_class = BB_PLAN_SECTION_CLASS (klass);

  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_plan_status_section_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-status-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanStatusSection, status_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanStatusSection, status_labels);
  gtk_widget_class_bind_template_child (widget_class, BbPlanStatusSection, stage_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanStatusSection, stage_labels);
  gtk_widget_class_bind_template_child (widget_class, BbPlanStatusSection, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_stage_selected);
}

static void
bb_plan_status_section_init (BbPlanStatusSection *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  BB_PAGE_FILL_LABELS (self->status_labels, bb_plan_status, BB_PLAN_STATUS_COUNT);
  BB_PAGE_FILL_LABELS (self->stage_labels, bb_plan_stage, BB_PLAN_STAGE_COUNT);
  self->loading = FALSE;
}
