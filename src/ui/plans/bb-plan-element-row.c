/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-chart.h"
#include "bb-format.h"
#include "bb-plan-element-row.h"

struct _BbPlanElementRow
{
  AdwExpanderRow  parent_instance;

  BbPlanElement  *element;

  GtkWidget      *rate_button;
  GtkLabel       *description_label;
  GtkLabel       *measured_label;
  BbChart        *chart;
  GtkLabel       *history_label;
  GtkWidget      *own_buttons;
};

G_DEFINE_FINAL_TYPE (BbPlanElementRow, bb_plan_element_row, ADW_TYPE_EXPANDER_ROW)

enum {
  RATE,
  RENAME,
  DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_rate_clicked (BbPlanElementRow *self)
{
  g_signal_emit (self, signals[RATE], 0);
}

static void
on_rename_clicked (BbPlanElementRow *self)
{
  g_signal_emit (self, signals[RENAME], 0);
}

static void
on_delete_clicked (BbPlanElementRow *self)
{
  g_signal_emit (self, signals[DELETE], 0);
}

static char *
dup_latest_text (const BbPlanElement *element)
{
  g_autofree char *date = NULL;

  if (element->fidelity_date == NULL)
    return g_strdup (_("Not rated yet"));
  date = bb_format_date (element->fidelity_date);
  /* Translators: an element's latest fidelity and the date it was rated. */
  return g_strdup_printf (_("%s · rated %s"), bb_fidelity_get_label (element->fidelity), date);
}

/* The history for the chart (a line of the level per date) and as text. */
static void
show_history (BbPlanElementRow *self,
              GPtrArray        *ratings)
{
  g_autoptr(BbReportChart) chart = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->chart), ratings != NULL && ratings->len > 1);
  if (ratings == NULL || ratings->len == 0)
    {
      gtk_label_set_text (self->history_label, _("No ratings yet. Rate the element to start its history."));
      bb_chart_set_chart (self->chart, NULL);
      return;
    }

  chart = bb_report_chart_new (_("Fidelity over time"), BB_FIDELITY_NOT_STARTED, BB_FIDELITY_FULLY);
  for (guint i = 0; i < ratings->len; i++)
    {
      BbFidelityRating *rating = g_ptr_array_index (ratings, i);
      g_autofree char *date = bb_format_date (rating->date);

      bb_report_chart_add_point (chart, rating->date, rating->level, BB_REPORT_CHART_MARK_NONE);
      if (rating->note != NULL && *rating->note != '\0')
        /* Translators: one rating in an element's history: date, level and note. */
        g_string_append_printf (text, _("%s: %s – %s"), date, bb_fidelity_get_label (rating->level), rating->note);
      else
        /* Translators: one rating in an element's history: date and level. */
        g_string_append_printf (text, _("%s: %s"), date, bb_fidelity_get_label (rating->level));
      if (i + 1 < ratings->len)
        g_string_append_c (text, '\n');
    }
  bb_chart_set_chart (self->chart, g_steal_pointer (&chart));
  gtk_label_set_text (self->history_label, text->str);
}

static void
bb_plan_element_row_finalize (GObject *object)
{
  BbPlanElementRow *self = BB_PLAN_ELEMENT_ROW (object);

  g_clear_pointer (&self->element, bb_plan_element_free);

  G_OBJECT_CLASS (bb_plan_element_row_parent_class)->finalize (object);
}

static void
bb_plan_element_row_class_init (BbPlanElementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = bb_plan_element_row_finalize;

  signals[RATE] = g_signal_new ("rate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[RENAME] = g_signal_new ("rename", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DELETE] = g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (BB_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-element-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanElementRow, rate_button);
  gtk_widget_class_bind_template_child (widget_class, BbPlanElementRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanElementRow, measured_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanElementRow, chart);
  gtk_widget_class_bind_template_child (widget_class, BbPlanElementRow, history_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanElementRow, own_buttons);
  gtk_widget_class_bind_template_callback (widget_class, on_rate_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_rename_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
}

static void
bb_plan_element_row_init (BbPlanElementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbPlanElementRow *
bb_plan_element_row_new (void)
{
  return g_object_new (BB_TYPE_PLAN_ELEMENT_ROW, NULL);
}

void
bb_plan_element_row_set_element (BbPlanElementRow    *self,
                                 const BbPlanElement *element,
                                 GPtrArray           *ratings,
                                 const char          *measured)
{
  g_autofree char *latest = NULL;
  g_autofree char *rate_label = NULL;

  g_return_if_fail (BB_IS_PLAN_ELEMENT_ROW (self));
  g_return_if_fail (element != NULL);

  g_clear_pointer (&self->element, bb_plan_element_free);
  self->element = bb_plan_element_copy (element);

  latest = dup_latest_text (element);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), element->title != NULL ? element->title : "");
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), latest);
  gtk_label_set_text (self->description_label, element->description != NULL ? element->description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          element->description != NULL && *element->description != '\0');
  gtk_label_set_text (self->measured_label, measured != NULL ? measured : "");
  gtk_widget_set_visible (GTK_WIDGET (self->measured_label), measured != NULL);
  gtk_widget_set_visible (self->own_buttons, element->template_key == NULL);
  show_history (self, ratings);

  /* Translators: the accessible name of an element's Rate button; %s is the element. */
  rate_label = g_strdup_printf (_("Rate %s"), element->title != NULL ? element->title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rate_button), GTK_ACCESSIBLE_PROPERTY_LABEL, rate_label, -1);
}

const BbPlanElement *
bb_plan_element_row_get_element (BbPlanElementRow *self)
{
  g_return_val_if_fail (BB_IS_PLAN_ELEMENT_ROW (self), NULL);

  return self->element;
}
