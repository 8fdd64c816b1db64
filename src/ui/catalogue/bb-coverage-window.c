/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-coverage-window.h"
#include "bb-format.h"

struct _BbCoverageWindow
{
  AdwWindow          parent_instance;

  BbContext         *context;

  GtkStack          *stack;
  GtkScrolledWindow *step_scroller;
  GtkScrolledWindow *group_scroller;
  GtkScrolledWindow *cell_scroller;
  GtkGrid           *step_grid;
  GtkGrid           *group_grid;
  GtkGrid           *grid;
  GtkLabel          *normal_legend;
  GtkLabel          *crowded_legend;
  AdwStatusPage     *error_page;
};

G_DEFINE_FINAL_TYPE (BbCoverageWindow, bb_coverage_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CELL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Tints with alpha over the window's own background, so they work in dark mode too;
 * hover and press need their own shades because the flat button's are replaced. */
static const char style[] =
  ".coverage-cell { min-width: 112px; min-height: 72px; border-radius: 12px; }\n"
  ".coverage-swatch { min-width: 16px; min-height: 16px; border-radius: 5px; }\n"
  ".coverage-gap { background-color: alpha(@error_bg_color, 0.16); }\n"
  ".coverage-normal { background-color: alpha(@success_bg_color, 0.12); }\n"
  ".coverage-crowded { background-color: alpha(@warning_bg_color, 0.24); }\n"
  ".coverage-cell.coverage-gap:hover { background-color: alpha(@error_bg_color, 0.24); }\n"
  ".coverage-cell.coverage-normal:hover { background-color: alpha(@success_bg_color, 0.2); }\n"
  ".coverage-cell.coverage-crowded:hover { background-color: alpha(@warning_bg_color, 0.34); }\n"
  ".coverage-cell.coverage-gap:active { background-color: alpha(@error_bg_color, 0.32); }\n"
  ".coverage-cell.coverage-normal:active { background-color: alpha(@success_bg_color, 0.28); }\n"
  ".coverage-cell.coverage-crowded:active { background-color: alpha(@warning_bg_color, 0.44); }\n"
  ".coverage-gap .coverage-caption { color: @error_color; }\n"
  ".coverage-crowded .coverage-caption { color: @warning_color; }\n";

static const char * const level_classes[] = {
  [BB_COVERAGE_GAP] = "coverage-gap",
  [BB_COVERAGE_NORMAL] = "coverage-normal",
  [BB_COVERAGE_CROWDED] = "coverage-crowded",
};

static void
ensure_style (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr(GtkCssProvider) provider = NULL;

  /* Once per display, however many coverage windows are opened. */
  if (g_object_get_data (G_OBJECT (display), "bb-coverage-style") != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, style, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "bb-coverage-style",
                          g_steal_pointer (&provider), g_object_unref);
}

static char *
dup_cell_description (BbTargetGroup   *group,
                      BbStep          *step,
                      guint            count,
                      BbCoverageLevel  level)
{
  g_autofree char *step_name = bb_format_step (bb_step_get_level (step), bb_step_get_name (step));
  const char *group_name = bb_target_group_get_name (group);

  switch (level)
    {
    case BB_COVERAGE_GAP:
      /* Translators: "ADHD at step 1 – Early and light: no active offer, a gap" */
      return g_strdup_printf (_("%s at step %s: no active offer, a gap"), group_name, step_name);

    case BB_COVERAGE_NORMAL:
      /* Translators: "ADHD at step 1 – Early and light: 2 active offers" */
      return g_strdup_printf (ngettext ("%s at step %s: %u active offer",
                                        "%s at step %s: %u active offers",
                                        count),
                              group_name, step_name, count);

    case BB_COVERAGE_CROWDED:
      /* Translators: "ADHD at step 1 – Early and light: 4 active offers, a possible overlap" */
      return g_strdup_printf (ngettext ("%s at step %s: %u active offer, a possible overlap",
                                        "%s at step %s: %u active offers, a possible overlap",
                                        count),
                              group_name, step_name, count);

    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
create_cell (BbCoverage *coverage,
             guint       row,
             guint       column)
{
  GListModel *groups = bb_coverage_get_target_groups (coverage);
  GListModel *steps = bb_coverage_get_steps (coverage);
  g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, row);
  g_autoptr(BbStep) step = g_list_model_get_item (steps, column);
  guint count = bb_coverage_get_count (coverage, row, column);
  BbCoverageLevel level = bb_coverage_get_level (coverage, row, column);
  g_autofree char *number = g_strdup_printf ("%u", count);
  g_autofree char *description = dup_cell_description (group, step, count, level);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (number);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "title-1");
  gtk_box_append (GTK_BOX (box), label);

  if (level != BB_COVERAGE_NORMAL)
    {
      const char *text = level == BB_COVERAGE_GAP ? _("Gap") : _("Possible overlap");
      GtkWidget *caption = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "coverage-caption");
      gtk_box_append (GTK_BOX (box), caption);
    }

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "coverage-cell");
  gtk_widget_add_css_class (button, level_classes[level]);
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "coverage.activate-cell");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(xx)",
                                    bb_target_group_get_id (group), bb_step_get_id (step));

  return button;
}

static GtkWidget *
create_header (const char *text,
               gboolean    column)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  if (column)
    {
      /* As wide as a cell, whatever the step's name. */
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
      gtk_widget_set_valign (label, GTK_ALIGN_END);
      gtk_widget_set_margin_bottom (label, 6);
    }
  else
    {
      /* Narrow enough to leave room for a cell or two at 360 pixels. */
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_width_chars (GTK_LABEL (label), 10);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
      gtk_widget_set_margin_end (label, 6);
    }

  return label;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

/* The headers live in grids of their own, which scroll with the cells along one axis;
 * size groups keep a header as wide (or as high) as the cells it names. */
static void
fill_grid (BbCoverageWindow *self,
           BbCoverage       *coverage)
{
  GListModel *groups = bb_coverage_get_target_groups (coverage);
  GListModel *steps = bb_coverage_get_steps (coverage);
  guint n_groups = g_list_model_get_n_items (groups);
  guint n_steps = g_list_model_get_n_items (steps);
  g_autoptr(GtkSizeGroup) columns = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  for (guint column = 0; column < n_steps; column++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, column);
      g_autofree char *name = bb_format_step (bb_step_get_level (step), bb_step_get_name (step));
      GtkWidget *header = create_header (name, TRUE);

      gtk_size_group_add_widget (columns, header);
      gtk_grid_attach (self->step_grid, header, column, 0, 1, 1);
    }

  for (guint row = 0; row < n_groups; row++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, row);
      g_autoptr(GtkSizeGroup) height = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);
      GtkWidget *header = create_header (bb_target_group_get_name (group), FALSE);

      gtk_size_group_add_widget (height, header);
      gtk_grid_attach (self->group_grid, header, 0, row, 1, 1);
      for (guint column = 0; column < n_steps; column++)
        {
          GtkWidget *cell = create_cell (coverage, row, column);

          gtk_size_group_add_widget (columns, cell);
          gtk_size_group_add_widget (height, cell);
          gtk_grid_attach (self->grid, cell, column, row, 1, 1);
        }
    }
}

static void
reload (BbCoverageWindow *self)
{
  g_autoptr(BbCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self->grid));
  GtkWidget *child;
  int focus_column = -1;
  int focus_row = -1;

  /* The cell that had the focus gets it back after the rebuild. */
  if (focus != NULL)
    gtk_grid_query_child (self->grid, focus, &focus_column, &focus_row, NULL, NULL);

  clear_grid (self->step_grid);
  clear_grid (self->group_grid);
  clear_grid (self->grid);

  coverage = bb_offer_repository_count_coverage (bb_context_get_offers (self->context), &error);
  if (coverage == NULL)
    {
      /* The description is markup. */
      g_autofree char *message = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  /* An empty catalogue has no gaps to show, only a start to make. */
  if (bb_offer_repository_count (bb_context_get_offers (self->context), NULL) == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-offers");
      return;
    }

  if (g_list_model_get_n_items (bb_coverage_get_target_groups (coverage)) == 0
      || g_list_model_get_n_items (bb_coverage_get_steps (coverage)) == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  fill_grid (self, coverage);
  gtk_stack_set_visible_child_name (self->stack, "matrix");

  if (focus != NULL)
    {
      child = gtk_grid_get_child_at (self->grid, focus_column, focus_row);
      if (child != NULL)
        gtk_widget_grab_focus (child);
    }
}

static void
on_database_changed (BbCoverageWindow *self,
                     const char       *domain)
{
  reload (self);
}

static void
activate_cell (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gint64 target_group_id;
  gint64 step_id;

  g_variant_get (parameter, "(xx)", &target_group_id, &step_id);
  g_signal_emit (widget, signals[CELL_ACTIVATED], 0, target_group_id, step_id);
}

static void
bb_coverage_window_constructed (GObject *object)
{
  BbCoverageWindow *self = BB_COVERAGE_WINDOW (object);
  BbDatabase *database = bb_context_get_database (self->context);

  G_OBJECT_CLASS (bb_coverage_window_parent_class)->constructed (object);

  /* The counts follow the offers; the rows and columns follow the lists. */
  g_signal_connect_object (database, "changed::" BB_DOMAIN_OFFERS, G_CALLBACK (on_database_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed::" BB_DOMAIN_LISTS, G_CALLBACK (on_database_changed),
                           self, G_CONNECT_SWAPPED);
  reload (self);
}

static void
bb_coverage_window_dispose (GObject *object)
{
  BbCoverageWindow *self = BB_COVERAGE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_COVERAGE_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_coverage_window_parent_class)->dispose (object);
}

static void
bb_coverage_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BbCoverageWindow *self = BB_COVERAGE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_coverage_window_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BbCoverageWindow *self = BB_COVERAGE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_coverage_window_class_init (BbCoverageWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bb_coverage_window_constructed;
  object_class->dispose = bb_coverage_window_dispose;
  object_class->get_property = bb_coverage_window_get_property;
  object_class->set_property = bb_coverage_window_set_property;

  /**
   * BbCoverageWindow:context:
   *
   * The catalogue whose offers are counted.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BbCoverageWindow::cell-activated:
   * @self: the window
   * @target_group_id: the row's target group
   * @step_id: the column's step
   *
   * A cell was clicked: the caller shows the offers behind it.
   */
  signals[CELL_ACTIVATED] = g_signal_new ("cell-activated",
                                          G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 2,
                                          G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-coverage-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCoverageWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BbCoverageWindow, step_scroller);
  gtk_widget_class_bind_template_child (widget_class, BbCoverageWindow, group_scroller);
  gtk_widget_class_bind_template_child (widget_class, BbCoverageWindow, cell_scroller);
  gtk_widget_class_bind_template_child (widget_class, BbCoverageWindow, step_grid);
  gtk_widget_class_bind_template_child (widget_class, BbCoverageWindow, group_grid);
  gtk_widget_class_bind_template_child (widget_class, BbCoverageWindow, grid);
  gtk_widget_class_bind_template_child (widget_class, BbCoverageWindow, normal_legend);
  gtk_widget_class_bind_template_child (widget_class, BbCoverageWindow, crowded_legend);
  gtk_widget_class_bind_template_child (widget_class, BbCoverageWindow, error_page);

  gtk_widget_class_install_action (widget_class, "coverage.activate-cell", "(xx)", activate_cell);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_coverage_window_init (BbCoverageWindow *self)
{
  g_autofree char *normal = NULL;
  g_autofree char *crowded = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  ensure_style (GTK_WIDGET (self));

  /* The headers follow the cells: one scrollbar per axis, under the cells. */
  gtk_scrolled_window_set_hadjustment (self->step_scroller,
                                       gtk_scrolled_window_get_hadjustment (self->cell_scroller));
  gtk_scrolled_window_set_vadjustment (self->group_scroller,
                                       gtk_scrolled_window_get_vadjustment (self->cell_scroller));

  /* The legend states the rule the matrix applies. */
  normal = g_strdup_printf (ngettext ("1 to %d active offer", "1 to %d active offers",
                                      BB_COVERAGE_CROWDED_MIN - 1),
                            BB_COVERAGE_CROWDED_MIN - 1);
  crowded = g_strdup_printf (ngettext ("%d or more: a possible overlap",
                                       "%d or more: a possible overlap",
                                       BB_COVERAGE_CROWDED_MIN),
                             BB_COVERAGE_CROWDED_MIN);
  gtk_label_set_label (self->normal_legend, normal);
  gtk_label_set_label (self->crowded_legend, crowded);
}

/**
 * bb_coverage_window_new:
 * @context: the catalogue whose offers to count
 *
 * Returns: (transfer full): a new coverage window
 */
BbCoverageWindow *
bb_coverage_window_new (BbContext *context)
{
  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);

  return g_object_new (BB_TYPE_COVERAGE_WINDOW, "context", context, NULL);
}
