/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-chart.h"
#include "bb-format.h"
#include "bb-plan-indicators-card.h"
#include "bb-plan-sections-private.h"

struct _BbPlanIndicatorsCard
{
  GtkBox        parent_instance;

  GtkLabel     *name_label;
  GtkLabel     *details_label;
  GtkLabel     *definition_label;
  BbChart      *chart;
  GtkListBox   *list_box;
  GtkButton    *add_button;
  GtkButton    *compute_button;
  GtkButton    *import_button;
  GtkButton    *edit_button;
  GtkButton    *delete_button;
};

G_DEFINE_FINAL_TYPE (BbPlanIndicatorsCard, bb_plan_indicators_card, GTK_TYPE_BOX)

/* Shares are kept 0 to 1 and shown as percentages. */
static gboolean
is_share (const BbPlanIndicator *indicator)
{
  return indicator->kind == BB_INDICATOR_SHARE_HANDED_OVER
         || indicator->kind == BB_INDICATOR_SHARE_FOLLOW_UP
         || indicator->kind == BB_INDICATOR_SHARE_GOALS_REACHED;
}

char *
bb_plan_indicator_format_value (const BbPlanIndicator *indicator,
                                double                 value)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("");
  if (is_share (indicator))
    /* Translators: a share as a percentage, e.g. "85 %". */
    return g_strdup_printf (_("%.0f %%"), value * 100);
  number = g_strdup_printf ("%.3g", value);
  if (indicator->kind == BB_INDICATOR_WAITING_MEDIAN)
    return g_strdup_printf (g_dngettext (NULL, "%s day", "%s days", value == 1 ? 1 : 2), number);
  if (indicator->unit != NULL && *indicator->unit != '\0')
    /* Translators: a measured value and its unit, e.g. "12 conversations". */
    return g_strdup_printf (_("%s %s"), number, indicator->unit);
  return g_steal_pointer (&number);
}

/* The round number at or above @value the axis ends on: 1, 2, 2.5 or 5 times a
 * power of ten. */
static double
nice_ceiling (double value)
{
  static const double steps[] = { 1, 2, 2.5, 5, 10 };
  double magnitude;

  if (value <= 0)
    return 1;
  magnitude = pow (10, floor (log10 (value)));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * magnitude >= value)
      return steps[i] * magnitude;
  return 10 * magnitude;
}

static BbReportChart *
build_chart (const BbPlanIndicator *indicator,
             GPtrArray             *measurements)
{
  double scale = is_share (indicator) ? 100 : 1;
  double low = 0, high = is_share (indicator) ? 100 : 1;
  BbReportChart *chart;

  for (guint i = 0; i < measurements->len; i++)
    {
      BbMeasurement *measurement = g_ptr_array_index (measurements, i);

      low = MIN (low, measurement->value * scale);
      high = MAX (high, measurement->value * scale);
    }
  if (!isnan (indicator->target))
    high = MAX (high, indicator->target * scale);
  if (!is_share (indicator))
    high = nice_ceiling (high * 1.1);

  chart = bb_report_chart_new (indicator->name, low, high);
  for (guint i = 0; i < measurements->len; i++)
    {
      BbMeasurement *measurement = g_ptr_array_index (measurements, i);

      bb_report_chart_add_point (chart, measurement->date, measurement->value * scale, BB_REPORT_CHART_MARK_NONE);
    }
  if (!isnan (indicator->target))
    {
      g_autofree char *target = bb_plan_indicator_format_value (indicator, indicator->target);
      /* Translators: the target line on an indicator's chart, e.g. "Target: 14 days". */
      g_autofree char *label = g_strdup_printf (_("Target: %s"), target);

      /* A wait is met at or below its target, everything else at or above it. */
      bb_report_chart_add_threshold (chart, indicator->target * scale,
                                     indicator->kind != BB_INDICATOR_WAITING_MEDIAN, 1, label);
    }
  return chart;
}

static const char *
origin_phrase (BbMeasurementOrigin origin)
{
  return bb_measurement_origin_get_label (origin);
}

static GtkWidget *
create_row (const BbPlanIndicator *indicator,
            const BbMeasurement   *measurement)
{
  g_autofree char *date = bb_format_date (measurement->date);
  g_autofree char *value = bb_plan_indicator_format_value (indicator, measurement->value);
  /* Translators: a measurement in the list: its date and value, e.g. "1 March 2026: 12 days". */
  g_autofree char *title = g_strdup_printf (_("%s: %s"), date != NULL ? date : "", value);
  const char *parts[] = { origin_phrase (measurement->origin), measurement->note };
  g_autofree char *subtitle = _bb_plan_sections_join (parts, G_N_ELEMENTS (parts));
  /* Translators: the accessible name of a measurement's delete button. */
  g_autofree char *delete_name = g_strdup_printf (_("Delete measurement %s"), title);
  GtkWidget *row = _bb_plan_sections_row_new (title, subtitle, "indicators.delete-measurement",
                                              measurement->id, delete_name);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/* Takes @label. */
static void
set_target (GtkButton *button,
            char      *label,
            gint64     id)
{
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_free (label);
}

static void
bb_plan_indicators_card_class_init (BbPlanIndicatorsCardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (BB_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-indicators-card.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsCard, details_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsCard, definition_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsCard, chart);
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsCard, list_box);
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsCard, add_button);
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsCard, compute_button);
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsCard, import_button);
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsCard, edit_button);
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsCard, delete_button);
}

static void
bb_plan_indicators_card_init (BbPlanIndicatorsCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bb_plan_indicators_card_new (const BbPlanIndicator *indicator,
                             GPtrArray             *measurements,
                             const char            *element,
                             const char            *adviser)
{
  BbPlanIndicatorsCard *self = g_object_new (BB_TYPE_PLAN_INDICATORS_CARD, NULL);
  gboolean from_courses = indicator->kind != BB_INDICATOR_MANUAL;
  g_autofree char *target = NULL;
  g_autofree char *element_text = NULL;
  g_autofree char *adviser_text = NULL;
  g_autofree char *details = NULL;
  const char *definition_parts[2] = { indicator->definition, NULL };
  g_autofree char *source = NULL;
  g_autofree char *definition = NULL;

  gtk_label_set_text (self->name_label, indicator->name);
  if (!isnan (indicator->target))
    {
      g_autofree char *value = bb_plan_indicator_format_value (indicator, indicator->target);

      /* Translators: an indicator's target, e.g. "Target 14 days". */
      target = g_strdup_printf (_("Target %s"), value);
    }
  if (element != NULL)
    /* Translators: the core element an indicator belongs to. */
    element_text = g_strdup_printf (_("Core element: %s"), element);
  if (from_courses)
    adviser_text = adviser != NULL
                   /* Translators: whose courses a course figure counts. */
                   ? g_strdup_printf (_("Courses of %s"), adviser)
                   : g_strdup (_("All courses"));
  {
    const char *parts[] = { bb_indicator_kind_get_label (indicator->kind), target, element_text, adviser_text };

    details = _bb_plan_sections_join (parts, G_N_ELEMENTS (parts));
  }
  gtk_label_set_text (self->details_label, details);

  if (indicator->source != NULL)
    /* Translators: where an indicator's figures come from. */
    source = g_strdup_printf (_("Source: %s"), indicator->source);
  definition_parts[1] = source;
  definition = _bb_plan_sections_join (definition_parts, G_N_ELEMENTS (definition_parts));
  gtk_label_set_text (self->definition_label, definition);
  gtk_widget_set_visible (GTK_WIDGET (self->definition_label), *definition != '\0');

  bb_chart_set_chart (self->chart, build_chart (indicator, measurements));
  gtk_widget_set_visible (GTK_WIDGET (self->chart), measurements->len > 0);
  for (guint i = measurements->len; i > 0; i--)
    gtk_list_box_append (self->list_box, create_row (indicator, g_ptr_array_index (measurements, i - 1)));

  /* Translators: accessible names of an indicator's buttons; %s is the indicator. */
  set_target (self->add_button, g_strdup_printf (_("Add a measurement of %s"), indicator->name), indicator->id);
  set_target (self->compute_button, g_strdup_printf (_("Compute %s from the courses"), indicator->name), indicator->id);
  set_target (self->import_button, g_strdup_printf (_("Import a figure file into %s"), indicator->name), indicator->id);
  set_target (self->edit_button, g_strdup_printf (_("Edit indicator %s"), indicator->name), indicator->id);
  set_target (self->delete_button, g_strdup_printf (_("Delete indicator %s"), indicator->name), indicator->id);
  gtk_widget_set_visible (GTK_WIDGET (self->compute_button), from_courses);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), from_courses);

  return GTK_WIDGET (self);
}
