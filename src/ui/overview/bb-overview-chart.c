/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-chart.h"
#include "bb-overview-chart.h"
#include "bb-report-bars.h"

/* Where a point was drawn, so a click or a pointer over it finds it. */
typedef struct
{
  const BbOverviewPoint *point;
  graphene_rect_t        area;
} DrawnPoint;

/* A drawing with no children: no template to build. */
struct _BbOverviewChart
{
  GtkWidget             parent_instance;

  const BbOverviewCard *card;
  BbReportBars         *bars;
  GArray               *drawn;
};

G_DEFINE_FINAL_TYPE (BbOverviewChart, bb_overview_chart, GTK_TYPE_WIDGET)

/* The numbers cards show large; their labels in the widget's own size. */
#define NUMBER_SCALE 2.2
/* The least height of a bar's click target, in pixels. */
#define MIN_TARGET 16.0

/* The text bb-report-bars gives the bar of @point of @series. */
static char *
bar_text (const BbOverviewSeries *series,
          const BbOverviewPoint  *point)
{
  if (series->name != NULL && *series->name != '\0')
    return g_strdup_printf ("%s: %s", series->name, point->label);
  return g_strdup (point->label);
}

static BbReportBars *
make_bars (const BbOverviewCard *card)
{
  BbReportBars *bars = bb_report_bars_new (card->title);

  for (guint s = 0; s < card->series->len; s++)
    {
      BbOverviewSeries *series = g_ptr_array_index (card->series, s);
      guint index = bb_report_bars_add_series (bars, series->name);

      for (guint p = 0; p < series->points->len; p++)
        {
          BbOverviewPoint *point = g_ptr_array_index (series->points, p);

          bb_report_bars_set_value (bars, index, point->label, point->value);
        }
    }
  bb_report_bars_set_target (bars, card->target, NULL);
  return bars;
}

static gboolean
is_numbers (BbOverviewChart *self)
{
  return self->card != NULL && self->card->kind == BB_OVERVIEW_CHART_NUMBERS;
}

static void
add_drawn (BbOverviewChart       *self,
           const BbOverviewPoint *point,
           double                 x,
           double                 y,
           double                 width,
           double                 height)
{
  DrawnPoint drawn = { point, GRAPHENE_RECT_INIT (x, y, width, height) };

  g_array_append_val (self->drawn, drawn);
}

/* The bars of the last draw back to the points they stand for. */
static void
collect_bars (BbOverviewChart *self)
{
  GPtrArray *items = bb_report_bars_get_items (self->bars);

  for (guint i = 0; i < items->len; i++)
    {
      BbReportChartItem *item = g_ptr_array_index (items, i);

      if (item->kind != BB_REPORT_CHART_ITEM_POINT)
        continue;

      for (guint s = 0; s < self->card->series->len; s++)
        {
          BbOverviewSeries *series = g_ptr_array_index (self->card->series, s);

          for (guint p = 0; p < series->points->len; p++)
            {
              BbOverviewPoint *point = g_ptr_array_index (series->points, p);
              g_autofree char *text = bar_text (series, point);

              if (g_strcmp0 (text, item->text) == 0)
                {
                  /* A small value's bar is still a target a pointer can hit. */
                  double bottom = MAX (item->y0, item->y1);
                  double height = MAX (fabs (item->y1 - item->y0), MIN_TARGET);

                  add_drawn (self, point, MIN (item->x0, item->x1), bottom - height, fabs (item->x1 - item->x0),
                             height);
                }
            }
        }
    }
}

static PangoLayout *
make_layout (BbOverviewChart *self,
             const char      *text,
             double           scale,
             gboolean         bold,
             int              width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  const PangoFontDescription *base = pango_context_get_font_description (pango_layout_get_context (layout));
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (base);

  pango_font_description_set_size (font, (int) (pango_font_description_get_size (font) * scale));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* Each series' first point as a large number over its name, side by side. */
static void
snapshot_numbers (BbOverviewChart *self,
                  GtkSnapshot     *snapshot,
                  int              width,
                  int              height)
{
  BbReportChartColors colors;
  guint n = self->card->series->len;
  int column;

  if (n == 0)
    return;

  bb_chart_lookup_colors (GTK_WIDGET (self), &colors);
  column = width / (int) n;
  for (guint s = 0; s < n; s++)
    {
      BbOverviewSeries *series = g_ptr_array_index (self->card->series, s);
      BbOverviewPoint *point;
      g_autofree char *value = NULL;
      g_autoptr(PangoLayout) number = NULL;
      g_autoptr(PangoLayout) name = NULL;
      int number_height, name_height, top;
      GdkRGBA accent = { colors.accent.r, colors.accent.g, colors.accent.b, colors.accent.a };
      GdkRGBA muted = { colors.muted.r, colors.muted.g, colors.muted.b, colors.muted.a };

      if (series->points->len == 0)
        continue;

      point = g_ptr_array_index (series->points, 0);
      value = bb_overview_format_value (point->value);
      number = make_layout (self, value, NUMBER_SCALE, TRUE, column);
      name = make_layout (self, series->name != NULL ? series->name : point->label, 1.0, FALSE, column);
      pango_layout_get_pixel_size (number, NULL, &number_height);
      pango_layout_get_pixel_size (name, NULL, &name_height);
      top = MAX (0, (height - number_height - name_height) / 2);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (column * (int) s, top));
      gtk_snapshot_append_layout (snapshot, number, &accent);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, number_height));
      gtk_snapshot_append_layout (snapshot, name, &muted);
      gtk_snapshot_restore (snapshot);

      add_drawn (self, point, column * (int) s, top, column, number_height + name_height);
    }
}

static const DrawnPoint *
find_drawn (BbOverviewChart *self,
            double           x,
            double           y)
{
  for (guint i = 0; i < self->drawn->len; i++)
    {
      const DrawnPoint *drawn = &g_array_index (self->drawn, DrawnPoint, i);

      if (graphene_rect_contains_point (&drawn->area, &GRAPHENE_POINT_INIT (x, y)))
        return drawn;
    }

  return NULL;
}

void
bb_overview_activate_link (GtkWidget            *widget,
                           const BbOverviewLink *link)
{
  if (link == NULL)
    return;

  gtk_widget_activate_action_variant (widget, "win.show-filtered", bb_overview_link_get_target (link));
}

/* ---- signal callbacks ------------------------------------------------ */

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   BbOverviewChart *self)
{
  const DrawnPoint *drawn = find_drawn (self, x, y);

  if (drawn != NULL && drawn->point->link != NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      bb_overview_activate_link (GTK_WIDGET (self), drawn->point->link);
    }
}

/* A hand over what leads somewhere. */
static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           BbOverviewChart          *self)
{
  const DrawnPoint *drawn = find_drawn (self, x, y);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   drawn != NULL && drawn->point->link != NULL ? "pointer" : NULL);
}

/* The figure under the pointer, else the whole chart in words. */
static gboolean
on_query_tooltip (GtkWidget       *widget,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip,
                  BbOverviewChart *self)
{
  const DrawnPoint *drawn = keyboard ? NULL : find_drawn (self, x, y);
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  if (self->card == NULL)
    return FALSE;

  if (drawn == NULL)
    {
      gtk_tooltip_set_text (tooltip, self->card->summary);
      return self->card->summary != NULL;
    }

  value = bb_overview_format_value (drawn->point->value);
  if (drawn->point->link != NULL)
    /* Translators: a chart's tooltip over a bar: "Waiting: 12 courses – click to show them" */
    text = g_strdup_printf (_("%s: %s %s – click to show them"), drawn->point->label, value,
                            self->card->unit != NULL ? self->card->unit : "");
  else
    /* Translators: a chart's tooltip over a bar: "Waiting: 12 courses" */
    text = g_strdup_printf (_("%s: %s %s"), drawn->point->label, value,
                            self->card->unit != NULL ? self->card->unit : "");
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ---- GtkWidget ------------------------------------------------------- */

static void
bb_overview_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  BbOverviewChart *self = BB_OVERVIEW_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  BbReportChartColors colors;
  g_autofree char *font = NULL;
  cairo_t *cr;

  g_array_set_size (self->drawn, 0);
  if (self->card == NULL || width <= 0 || height <= 0)
    return;

  if (is_numbers (self))
    {
      snapshot_numbers (self, snapshot, width, height);
      return;
    }

  bb_chart_lookup_colors (widget, &colors);
  bb_report_bars_set_colors (self->bars, &colors);
  font = bb_chart_dup_font (widget);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bb_report_bars_draw (self->bars, cr, width, height, font);
  cairo_destroy (cr);
  collect_bars (self);
}

static void
bb_overview_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  BbOverviewChart *self = BB_OVERVIEW_CHART (widget);

  /* A phone's width less the card's margins, which the homogeneous flow box also
   * takes as the width to fit three cards a line into on a desktop; numbers need
   * less height than bars. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 260;
      *natural = 260;
    }
  else
    {
      *minimum = is_numbers (self) ? 72 : 160;
      *natural = is_numbers (self) ? 96 : 200;
    }
}

static void
bb_overview_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (bb_overview_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_overview_chart_finalize (GObject *object)
{
  BbOverviewChart *self = BB_OVERVIEW_CHART (object);

  g_clear_pointer (&self->bars, bb_report_bars_free);
  g_clear_pointer (&self->drawn, g_array_unref);

  G_OBJECT_CLASS (bb_overview_chart_parent_class)->finalize (object);
}

static void
bb_overview_chart_class_init (BbOverviewChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = bb_overview_chart_finalize;
  widget_class->snapshot = bb_overview_chart_snapshot;
  widget_class->measure = bb_overview_chart_measure;
  widget_class->css_changed = bb_overview_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bb_overview_chart_init (BbOverviewChart *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->drawn = g_array_new (FALSE, FALSE, sizeof (DrawnPoint));
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
}

/* ---- public API ------------------------------------------------------ */

char *
bb_overview_format_value (double value)
{
  /* Whole counts as such, shares and medians with one decimal, in the locale's way. */
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

GtkWidget *
bb_overview_chart_new (void)
{
  return g_object_new (BB_TYPE_OVERVIEW_CHART, NULL);
}

void
bb_overview_chart_set_card (BbOverviewChart      *self,
                            const BbOverviewCard *card)
{
  g_return_if_fail (BB_IS_OVERVIEW_CHART (self));

  self->card = card;
  g_clear_pointer (&self->bars, bb_report_bars_free);
  g_array_set_size (self->drawn, 0);
  if (card != NULL && card->kind != BB_OVERVIEW_CHART_NUMBERS)
    self->bars = make_bars (card);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, card != NULL ? card->title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  card != NULL && card->summary != NULL ? card->summary : "",
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gboolean
bb_overview_chart_get_point_area (BbOverviewChart       *self,
                                  const BbOverviewPoint *point,
                                  graphene_rect_t       *area)
{
  g_return_val_if_fail (BB_IS_OVERVIEW_CHART (self), FALSE);

  for (guint i = 0; i < self->drawn->len; i++)
    {
      const DrawnPoint *drawn = &g_array_index (self->drawn, DrawnPoint, i);

      if (drawn->point == point)
        {
          *area = drawn->area;
          return TRUE;
        }
    }

  return FALSE;
}
