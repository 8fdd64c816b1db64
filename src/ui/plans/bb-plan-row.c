/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-format.h"
#include "bb-plan-row.h"

struct _BbPlanRow
{
  GtkWidget    parent_instance;

  BbPlan      *plan;

  GtkLabel    *title_label;
  GtkLabel    *overdue_label;
  GtkLabel    *model_label;
  GtkLabel    *stage_label;
  GtkLevelBar *done_bar;
  GtkLabel    *done_label;
};

G_DEFINE_FINAL_TYPE (BbPlanRow, bb_plan_row, GTK_TYPE_WIDGET)

static void
bb_plan_row_dispose (GObject *object)
{
  BbPlanRow *self = BB_PLAN_ROW (object);
  GtkWidget *child;

  /* The template's top widget has no name, so disposing the template leaves it to us. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_ROW);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (bb_plan_row_parent_class)->dispose (object);
}

static void
bb_plan_row_class_init (BbPlanRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_plan_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/brobygger/Brobygger/plans/bb-plan-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanRow, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanRow, model_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanRow, stage_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanRow, done_bar);
  gtk_widget_class_bind_template_child (widget_class, BbPlanRow, done_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bb_plan_row_init (BbPlanRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbPlanRow *
bb_plan_row_new (void)
{
  return g_object_new (BB_TYPE_PLAN_ROW, NULL);
}

char *
bb_plan_dup_model_text (BbPlan *plan)
{
  if (*bb_plan_get_model (plan) == '\0')
    return g_strdup (_("Blank plan"));
  /* Translators: a plan's model and the version of it the plan follows. */
  return g_strdup_printf (_("%s %s"), bb_plan_get_model_title (plan), bb_plan_get_template_version (plan));
}

char *
bb_plan_dup_period_text (BbPlan *plan)
{
  g_autofree char *start = bb_plan_get_period_start (plan) != NULL ? bb_format_date (bb_plan_get_period_start (plan)) : NULL;
  g_autofree char *end = bb_plan_get_period_end (plan) != NULL ? bb_format_date (bb_plan_get_period_end (plan)) : NULL;

  if (start != NULL && end != NULL)
    /* Translators: a plan's period, from one date to the other. */
    return g_strdup_printf (_("%s – %s"), start, end);
  if (start != NULL)
    /* Translators: a plan's period with no end yet. */
    return g_strdup_printf (_("From %s"), start);
  if (end != NULL)
    /* Translators: a plan's period with no start set. */
    return g_strdup_printf (_("Until %s"), end);
  return NULL;
}

static void
fill (BbPlanRow *self)
{
  BbPlan *plan = self->plan;
  g_autofree char *model = bb_plan_dup_model_text (plan);
  g_autofree char *period = bb_plan_dup_period_text (plan);
  g_autofree char *meta = NULL;
  g_autofree char *stage = NULL;
  g_autofree char *done = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *accessible = NULL;
  guint n = bb_plan_get_n_activities (plan);
  guint n_done = bb_plan_get_n_done (plan);
  guint n_overdue = bb_plan_get_n_overdue (plan);
  GString *line = g_string_new (model);

  if (*bb_plan_get_organisation (plan) != '\0')
    g_string_append_printf (line, " · %s", bb_plan_get_organisation (plan));
  if (*bb_plan_get_owner (plan) != '\0')
    g_string_append_printf (line, " · %s", bb_plan_get_owner (plan));
  meta = g_string_free (line, FALSE);

  if (bb_plan_get_archived (plan))
    /* Translators: the stage of an archived plan in the list. */
    stage = g_strdup_printf (_("%s · archived"), bb_plan_stage_get_label (bb_plan_get_stage (plan)));
  else
    stage = g_strdup (bb_plan_stage_get_label (bb_plan_get_stage (plan)));
  if (period != NULL)
    {
      char *with_period = g_strdup_printf ("%s · %s", stage, period);

      g_free (stage);
      stage = with_period;
    }

  /* Translators: how many of a plan's activities are done. */
  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done", "%u of %u done", n), n_done, n);
  overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue", n_overdue), n_overdue);

  gtk_label_set_text (self->title_label, *bb_plan_get_title (plan) != '\0' ? bb_plan_get_title (plan) : _("Untitled plan"));
  gtk_label_set_text (self->model_label, meta);
  gtk_label_set_text (self->stage_label, stage);
  gtk_label_set_text (self->done_label, done);
  gtk_level_bar_set_value (self->done_bar, n > 0 ? (double) n_done / n : 0);
  gtk_widget_set_visible (GTK_WIDGET (self->done_bar), n > 0);
  gtk_label_set_text (self->overdue_label, overdue);
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_label), n_overdue > 0);

  accessible = g_strdup_printf ("%s. %s. %s. %s%s%s", gtk_label_get_text (self->title_label), meta, stage, done,
                                n_overdue > 0 ? ", " : "", n_overdue > 0 ? overdue : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->done_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, done, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

void
bb_plan_row_set_plan (BbPlanRow *self,
                      BbPlan    *plan)
{
  g_return_if_fail (BB_IS_PLAN_ROW (self));

  if (!g_set_object (&self->plan, plan) || plan == NULL)
    return;
  fill (self);
}
