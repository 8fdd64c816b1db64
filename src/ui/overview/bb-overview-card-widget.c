/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-overview-card-widget.h"
#include "bb-overview-chart.h"

struct _BbOverviewCardWidget
{
  GtkWidget             parent_instance;

  const BbOverviewCard *card;

  /* Template widgets */
  GtkWidget            *box;
  GtkLabel             *title_label;
  GtkMenuButton        *rows_button;
  GtkLabel             *headline_label;
  BbOverviewChart      *chart;
  GtkLabel             *empty_label;
};

G_DEFINE_FINAL_TYPE (BbOverviewCardWidget, bb_overview_card_widget, GTK_TYPE_WIDGET)

/* The figure read first: the total of a count, the latest of a trend; none where a
 * sum means nothing (days, shares) or the chart already is the numbers. */
static char *
make_headline (const BbOverviewCard *card)
{
  BbOverviewSeries *series;
  g_autofree char *figure = NULL;
  double total = 0;

  if (card->empty_text != NULL || card->series->len == 0 || card->kind == BB_OVERVIEW_CHART_NUMBERS)
    return NULL;

  series = g_ptr_array_index (card->series, 0);
  if (series->points->len == 0)
    return NULL;

  if (card->kind == BB_OVERVIEW_CHART_LINE)
    {
      BbOverviewPoint *last = g_ptr_array_index (series->points, series->points->len - 1);

      figure = bb_overview_format_value (last->value);
      /* Translators: a card's headline, the latest figure of a trend: "12 days in March 2026" */
      return g_strdup_printf (_("%s %s in %s"), figure, card->unit, last->label);
    }

  /* A sum only of counts in a single series. */
  if (card->series->len > 1 || card->unit == NULL || g_strcmp0 (card->unit, "%") == 0)
    return NULL;
  for (guint i = 0; i < series->points->len; i++)
    total += ((BbOverviewPoint *) g_ptr_array_index (series->points, i))->value;
  if (fabs (total - round (total)) >= 0.05)
    return NULL;

  figure = bb_overview_format_value (total);
  /* Translators: a card's headline, the total of its bars: "412 courses" */
  return g_strdup_printf (_("%s %s in all"), figure, card->unit);
}

/* The points that lead somewhere, for those who do not click on bars. */
static GMenuModel *
make_rows_menu (const BbOverviewCard *card)
{
  GMenu *menu = g_menu_new ();

  for (guint s = 0; s < card->series->len; s++)
    {
      BbOverviewSeries *series = g_ptr_array_index (card->series, s);

      for (guint p = 0; p < series->points->len; p++)
        {
          BbOverviewPoint *point = g_ptr_array_index (series->points, p);
          g_autoptr(GMenuItem) item = NULL;
          g_autofree char *value = NULL;
          g_autofree char *label = NULL;

          if (point->link == NULL)
            continue;

          value = bb_overview_format_value (point->value);
          if (series->name != NULL && card->series->len > 1)
            /* Translators: an entry of a card's menu of the rows behind it: "New, March 2026 (12)" */
            label = g_strdup_printf (_("%s, %s (%s)"), series->name, point->label, value);
          else
            /* Translators: an entry of a card's menu of the rows behind it: "Waiting (12)" */
            label = g_strdup_printf (_("%s (%s)"), point->label, value);
          item = g_menu_item_new (label, NULL);
          g_menu_item_set_action_and_target_value (item, "win.show-filtered",
                                                   bb_overview_link_get_target (point->link));
          g_menu_append_item (menu, item);
        }
    }

  return G_MENU_MODEL (menu);
}

static void
bb_overview_card_widget_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_OVERVIEW_CARD_WIDGET);

  G_OBJECT_CLASS (bb_overview_card_widget_parent_class)->dispose (object);
}

static void
bb_overview_card_widget_class_init (BbOverviewCardWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_overview_card_widget_dispose;

  g_type_ensure (BB_TYPE_OVERVIEW_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/overview/bb-overview-card-widget.ui");
  /* Bound so that gtk_widget_dispose_template () takes it away. */
  gtk_widget_class_bind_template_child (widget_class, BbOverviewCardWidget, box);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewCardWidget, title_label);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewCardWidget, rows_button);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewCardWidget, headline_label);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewCardWidget, chart);
  gtk_widget_class_bind_template_child (widget_class, BbOverviewCardWidget, empty_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bb_overview_card_widget_init (BbOverviewCardWidget *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbOverviewCardWidget *
bb_overview_card_widget_new (void)
{
  return g_object_new (BB_TYPE_OVERVIEW_CARD_WIDGET, NULL);
}

void
bb_overview_card_widget_set_card (BbOverviewCardWidget *self,
                                  const BbOverviewCard *card)
{
  g_autofree char *headline = NULL;
  g_autofree char *rows_label = NULL;
  g_autoptr(GMenuModel) menu = NULL;
  gboolean empty;

  g_return_if_fail (BB_IS_OVERVIEW_CARD_WIDGET (self));
  g_return_if_fail (card != NULL);

  self->card = card;
  empty = card->empty_text != NULL;

  gtk_label_set_text (self->title_label, card->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, card->title, -1);

  headline = make_headline (card);
  gtk_label_set_text (self->headline_label, headline != NULL ? headline : "");
  gtk_widget_set_visible (GTK_WIDGET (self->headline_label), headline != NULL);

  /* An empty chart says so in words; the image is still there for a screen reader,
   * with the same words as its description. */
  bb_overview_chart_set_card (self->chart, card);
  gtk_widget_set_visible (GTK_WIDGET (self->chart), !empty);
  gtk_label_set_text (self->empty_label, empty ? card->empty_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), empty);

  menu = make_rows_menu (card);
  gtk_menu_button_set_menu_model (self->rows_button, menu);
  gtk_widget_set_visible (GTK_WIDGET (self->rows_button), !empty && g_menu_model_get_n_items (menu) > 0);
  /* Translators: the button of a card's menu of the rows behind its figures: "Show the Rows of “Courses by status”" */
  rows_label = g_strdup_printf (_("Show the Rows of “%s”"), card->title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->rows_button), rows_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rows_button), GTK_ACCESSIBLE_PROPERTY_LABEL, rows_label, -1);
}

const BbOverviewCard *
bb_overview_card_widget_get_card (BbOverviewCardWidget *self)
{
  g_return_val_if_fail (BB_IS_OVERVIEW_CARD_WIDGET (self), NULL);

  return self->card;
}

GtkWidget *
bb_overview_card_widget_get_chart (BbOverviewCardWidget *self)
{
  g_return_val_if_fail (BB_IS_OVERVIEW_CARD_WIDGET (self), NULL);

  return GTK_WIDGET (self->chart);
}
