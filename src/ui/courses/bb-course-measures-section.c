/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-chart.h"
#include "bb-course-measures-section.h"
#include "bb-course-sections-private.h"
#include "bb-format.h"
#include "bb-measure-dialog.h"

struct _BbCourseMeasuresSection
{
  BbCourseSection  parent_instance;

  /* One GtkBox per instrument (and respondent) drawn, below empty_label. */
  GPtrArray  *blocks;

  GtkBox     *charts_box;
  GtkLabel   *empty_label;
};

G_DEFINE_FINAL_TYPE (BbCourseMeasuresSection, bb_course_measures_section, BB_TYPE_COURSE_SECTION)

static char *
format_number (double value)
{
  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

static gboolean
rule_is_above (BbCutoffRule rule)
{
  return rule == BB_CUTOFF_AT_OR_ABOVE || rule == BB_CUTOFF_ABOVE;
}

/* The chart of one instrument's measures (all by one respondent, oldest first): its
 * main scale against its range, the cut-offs for that respondent at the young
 * person's latest age, the reliable change round the first score. */
static BbReportChart *
make_chart (GPtrArray *measures)
{
  BbMeasure *first = g_ptr_array_index (measures, 0);
  BbMeasure *last = g_ptr_array_index (measures, measures->len - 1);
  BbInstrument *instrument = bb_measure_get_instrument (first);
  guint scale = bb_instrument_get_main_scale (instrument);
  double min, max, change;
  g_autoptr(GPtrArray) cutoffs = NULL;
  BbReportChart *chart;

  bb_instrument_get_scale_range (instrument, scale, &min, &max);
  chart = bb_report_chart_new (bb_instrument_get_name (instrument), min, max);

  cutoffs = bb_instrument_get_cutoffs (instrument, scale, bb_measure_get_respondent (last),
                                       bb_measure_get_age (last));
  for (guint i = 0; cutoffs != NULL && i < cutoffs->len; i++)
    {
      const BbInstrumentCutoff *cutoff = g_ptr_array_index (cutoffs, i);

      bb_report_chart_add_threshold (chart, cutoff->value, rule_is_above (cutoff->rule),
                                     cutoff->severity, cutoff->label);
    }

  change = bb_instrument_get_reliable_change (instrument, scale);
  if (!isnan (change))
    bb_report_chart_set_reliable_change (chart, bb_measure_get_score (first), change,
                                         _("No reliable change"));

  for (guint i = 0; i < measures->len; i++)
    {
      BbMeasure *measure = g_ptr_array_index (measures, i);
      BbReportChartMark mark = BB_REPORT_CHART_MARK_NONE;
      int compared = bb_instrument_compare (instrument, scale, bb_measure_get_score (first),
                                            bb_measure_get_score (measure));

      if (bb_measure_get_mark (measure, scale) != NULL)
        mark |= BB_REPORT_CHART_MARK_CUTOFF;
      if (compared > 0)
        mark |= BB_REPORT_CHART_MARK_BETTER;
      else if (compared < 0)
        mark |= BB_REPORT_CHART_MARK_WORSE;
      bb_report_chart_add_point (chart, bb_measure_get_date (measure), bb_measure_get_score (measure), mark);
    }

  return chart;
}

static GtkWidget *
create_measure_row (BbMeasure *measure,
                    BbMeasure *first)
{
  BbInstrument *instrument = bb_measure_get_instrument (measure);
  guint scale = bb_instrument_get_main_scale (instrument);
  const BbInstrumentCutoff *mark = bb_measure_get_mark (measure, scale);
  int compared = bb_instrument_compare (instrument, scale, bb_measure_get_score (first),
                                        bb_measure_get_score (measure));
  g_autofree char *date = bb_format_date (bb_measure_get_date (measure));
  g_autofree char *score = format_number (bb_measure_get_score (measure));
  /* Translators: a measure in the list: its date and score. */
  g_autofree char *title = g_strdup_printf (_("%s – score %s"), date, score);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped_subtitle = NULL;
  /* Translators: the accessible name of a measure's delete button; %s is the measure. */
  g_autofree char *delete_name = g_strdup_printf (_("Delete measure %s"), title);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  if (mark != NULL)
    g_ptr_array_add (parts, (gpointer) mark->label);
  if (compared > 0)
    g_ptr_array_add (parts, (gpointer) _("Reliably better than the first"));
  else if (compared < 0)
    g_ptr_array_add (parts, (gpointer) _("Reliably worse than the first"));
  if (*bb_measure_get_note (measure) != '\0')
    g_ptr_array_add (parts, (gpointer) bb_measure_get_note (measure));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  escaped_subtitle = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);

  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_set_tooltip_text (delete_button, _("Delete"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete_button), "measures.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete_button), "x", bb_measure_get_id (measure));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button);

  return row;
}

/* A heading, the chart, and the values as a list (the chart's numbers as text). */
static GtkWidget *
create_block (GPtrArray *measures)
{
  BbMeasure *first = g_ptr_array_index (measures, 0);
  BbInstrument *instrument = bb_measure_get_instrument (first);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *chart = bb_chart_new ();
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *title = NULL;

  if (bb_instrument_accepts_respondent (instrument, BB_RESPONDENT_PARENT))
    /* Translators: an instrument's name and who answered it: "SDQ – Parent". */
    title = g_strdup_printf (_("%s – %s"), bb_instrument_get_name (instrument),
                             bb_respondent_get_label (bb_measure_get_respondent (first)));
  else
    title = g_strdup (bb_instrument_get_name (instrument));

  gtk_label_set_text (GTK_LABEL (heading), title);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  bb_chart_set_chart (BB_CHART (chart), make_chart (measures));
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (box), chart);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  for (guint i = measures->len; i > 0; i--)
    gtk_list_box_append (GTK_LIST_BOX (list), create_measure_row (g_ptr_array_index (measures, i - 1), first));
  gtk_box_append (GTK_BOX (box), list);

  return box;
}

static void
refresh (BbCourseMeasuresSection *self)
{
  g_autoptr(GListModel) measures = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GPtrArray) order = NULL;

  for (guint i = 0; i < self->blocks->len; i++)
    gtk_box_remove (self->charts_box, g_ptr_array_index (self->blocks, i));
  g_ptr_array_set_size (self->blocks, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measures.add",
                                 bb_course_section_get_context (BB_COURSE_SECTION (self)) != NULL && bb_course_section_get_course_id (BB_COURSE_SECTION (self)) != 0);
  if (bb_course_section_get_context (BB_COURSE_SECTION (self)) == NULL || bb_course_section_get_course_id (BB_COURSE_SECTION (self)) == 0)
    return;

  measures = bb_course_repository_list_measures (bb_context_get_courses (bb_course_section_get_context (BB_COURSE_SECTION (self))),
                                                 bb_course_section_get_course_id (BB_COURSE_SECTION (self)), NULL, &error);
  if (measures == NULL)
    {
      _bb_course_sections_show_error (GTK_WIDGET (self), error);
      return;
    }

  /* By instrument and respondent, in the order they first came. */
  groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  order = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(BbMeasure) measure = g_list_model_get_item (measures, i);
      g_autofree char *key = g_strdup_printf ("%s/%d", bb_instrument_get_key (bb_measure_get_instrument (measure)),
                                              bb_measure_get_respondent (measure));
      GPtrArray *group = g_hash_table_lookup (groups, key);

      if (group == NULL)
        {
          group = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (order, group);
          g_hash_table_insert (groups, g_steal_pointer (&key), group);
        }
      g_ptr_array_add (group, g_steal_pointer (&measure));
    }

  for (guint i = 0; i < order->len; i++)
    {
      GtkWidget *block = create_block (g_ptr_array_index (order, i));

      gtk_box_append (self->charts_box, block);
      g_ptr_array_add (self->blocks, block);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), order->len == 0);
}

static const char * const watched_domains[] = { BB_DOMAIN_MEASURES, NULL };

static void
refresh_section (BbCourseSection *section)
{
  refresh (BB_COURSE_MEASURES_SECTION (section));
}

typedef struct
{
  BbCourseMeasuresSection *section;
  BbMeasure               *measure;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_weak_pointer (&undo->section);
  g_object_unref (undo->measure);
  g_free (undo);
}

static void
undo_delete (gpointer data)
{
  Undo *undo = data;
  g_autoptr(GError) error = NULL;

  if (undo->section == NULL || bb_course_section_get_context (BB_COURSE_SECTION (undo->section)) == NULL)
    return;

  bb_measure_set_id (undo->measure, 0);
  if (!bb_course_repository_save_measure (bb_context_get_courses (bb_course_section_get_context (BB_COURSE_SECTION (undo->section))),
                                          undo->measure, &error))
    _bb_course_sections_show_error (GTK_WIDGET (undo->section), error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbCourseMeasuresSection *self = BB_COURSE_MEASURES_SECTION (widget);
  BbCourseRepository *courses = bb_context_get_courses (bb_course_section_get_context (BB_COURSE_SECTION (self)));
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GListModel) measures = NULL;
  g_autoptr(BbMeasure) measure = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;
  Undo *undo;

  measures = bb_course_repository_list_measures (courses, bb_course_section_get_course_id (BB_COURSE_SECTION (self)), NULL, &error);
  for (guint i = 0; measures != NULL && i < g_list_model_get_n_items (measures) && measure == NULL; i++)
    {
      g_autoptr(BbMeasure) candidate = g_list_model_get_item (measures, i);

      if (bb_measure_get_id (candidate) == id)
        measure = g_steal_pointer (&candidate);
    }
  if (measure == NULL || !bb_course_repository_delete_measure (courses, id, &error))
    {
      if (error != NULL)
        _bb_course_sections_show_error (widget, error);
      return;
    }

  date = bb_format_date (bb_measure_get_date (measure));
  /* Translators: a toast; the instrument's name and the measure's date. */
  message = g_markup_printf_escaped (_("%s of %s deleted"),
                                     bb_instrument_get_name (bb_measure_get_instrument (measure)), date);
  undo = g_new0 (Undo, 1);
  g_set_weak_pointer (&undo->section, self);
  undo->measure = g_steal_pointer (&measure);
  _bb_course_sections_offer_undo (widget, message, undo_delete, undo, undo_free);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbCourseMeasuresSection *self = BB_COURSE_MEASURES_SECTION (widget);
  g_autoptr(GListModel) measures = bb_course_repository_list_measures (bb_context_get_courses (bb_course_section_get_context (BB_COURSE_SECTION (self))),
                                                                       bb_course_section_get_course_id (BB_COURSE_SECTION (self)), NULL, NULL);
  guint n = measures != NULL ? g_list_model_get_n_items (measures) : 0;
  g_autoptr(BbMeasure) latest = n > 0 ? g_list_model_get_item (measures, n - 1) : NULL;
  BbMeasureDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  /* The course's latest instrument is the likely one: its answers are left to type. */
  dialog = bb_measure_dialog_new (bb_course_section_get_context (BB_COURSE_SECTION (self)), bb_course_section_get_course_id (BB_COURSE_SECTION (self)),
                                  latest != NULL ? bb_instrument_get_key (bb_measure_get_instrument (latest)) : NULL);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
bb_course_measures_section_dispose (GObject *object)
{
  BbCourseMeasuresSection *self = BB_COURSE_MEASURES_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_COURSE_MEASURES_SECTION);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_course_measures_section_parent_class)->dispose (object);
}

static void
bb_course_measures_section_class_init (BbCourseMeasuresSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_course_measures_section_dispose;

  BB_COURSE_SECTION_CLASS (klass)->refresh = refresh_section;
  BB_COURSE_SECTION_CLASS (klass)->watch_domains = watched_domains;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-measures-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCourseMeasuresSection, charts_box);
  gtk_widget_class_bind_template_child (widget_class, BbCourseMeasuresSection, empty_label);

  gtk_widget_class_install_action (widget_class, "measures.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "measures.delete", "x", delete_action);

  g_type_ensure (BB_TYPE_CHART);
}

static void
bb_course_measures_section_init (BbCourseMeasuresSection *self)
{
  self->blocks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measures.add", FALSE);
}
