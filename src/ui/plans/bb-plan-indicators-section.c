/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bb-plan-form-dialog.h"
#include "bb-plan-indicators.h"
#include "bb-plan-indicators-card.h"
#include "bb-plan-indicators-section.h"
#include "bb-plan-sections-private.h"

struct _BbPlanIndicatorsSection
{
  BbPlanSection  parent_instance;

  /* BbPlanIndicator and BbMeasurement records of what the cards show. */
  GPtrArray     *indicators;
  GPtrArray     *measurements;
  GPtrArray     *cards;

  GtkBox        *cards_box;
  GtkLabel      *empty_label;
};

G_DEFINE_FINAL_TYPE (BbPlanIndicatorsSection, bb_plan_indicators_section, BB_TYPE_PLAN_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_PLANS, BB_DOMAIN_ADVISERS, NULL };

static BbPlanIndicator *
find_indicator (BbPlanIndicatorsSection *self,
                gint64                   id)
{
  for (guint i = 0; i < self->indicators->len; i++)
    if (((BbPlanIndicator *) g_ptr_array_index (self->indicators, i))->id == id)
      return g_ptr_array_index (self->indicators, i);
  return NULL;
}

static gboolean
is_share_kind (BbIndicatorKind kind)
{
  return kind == BB_INDICATOR_SHARE_HANDED_OVER || kind == BB_INDICATOR_SHARE_FOLLOW_UP
         || kind == BB_INDICATOR_SHARE_GOALS_REACHED;
}

static void
replace (char **field,
         char  *value)
{
  g_free (*field);
  *field = value;
}

/* ---- the indicator dialog ----------------------------------------------- */

typedef struct
{
  BbPlanIndicatorsSection *section;
  BbContext               *context;
  gpointer                 record;
  GDestroyNotify           free_record;
  /* The ids behind the element and adviser combos' choices after the first. */
  GArray                  *element_ids;
  GArray                  *adviser_ids;
} Edit;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_clear_weak_pointer (&edit->section);
  g_object_unref (edit->context);
  edit->free_record (edit->record);
  g_clear_pointer (&edit->element_ids, g_array_unref);
  g_clear_pointer (&edit->adviser_ids, g_array_unref);
  g_free (edit);
}

static Edit *
edit_new (BbPlanIndicatorsSection *self,
          gpointer                 record,
          GDestroyNotify           free_record)
{
  Edit *edit = g_new0 (Edit, 1);

  g_set_weak_pointer (&edit->section, self);
  edit->context = g_object_ref (bb_plan_section_get_context (BB_PLAN_SECTION (self)));
  edit->record = record;
  edit->free_record = free_record;
  edit->element_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  edit->adviser_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return edit;
}

static gboolean
save_indicator (BbPlanFormDialog  *dialog,
                gpointer           data,
                GError           **error)
{
  Edit *edit = data;
  g_autoptr(BbPlanIndicator) edited = bb_plan_indicator_copy (edit->record);
  guint element, adviser;

  replace (&edited->name, bb_plan_form_dialog_dup_text (dialog, "name"));
  if (edited->name == NULL)
    {
      bb_plan_form_dialog_show_error (dialog, "name", _("Name: write what the indicator measures."));
      return FALSE;
    }
  edited->kind = (BbIndicatorKind) bb_plan_form_dialog_get_selected (dialog, "kind");
  if (is_share_kind (edited->kind)
      ? !bb_plan_form_dialog_read_share (dialog, "target", &edited->target)
      : !bb_plan_form_dialog_read_number (dialog, "target", &edited->target))
    return FALSE;
  replace (&edited->unit, bb_plan_form_dialog_dup_text (dialog, "unit"));
  replace (&edited->definition, bb_plan_form_dialog_dup_text (dialog, "definition"));
  replace (&edited->source, bb_plan_form_dialog_dup_text (dialog, "source"));
  element = bb_plan_form_dialog_get_selected (dialog, "element");
  edited->element_id = element == 0 ? 0 : g_array_index (edit->element_ids, gint64, element - 1);
  adviser = bb_plan_form_dialog_get_selected (dialog, "adviser");
  edited->adviser_id = adviser == 0 || edited->kind == BB_INDICATOR_MANUAL
                       ? 0 : g_array_index (edit->adviser_ids, gint64, adviser - 1);

  return bb_plan_repository_save_indicator (bb_context_get_plans (edit->context), edited, error);
}

static void
present_indicator_dialog (BbPlanIndicatorsSection *self,
                          const BbPlanIndicator   *indicator)
{
  BbPlanFormDialog *dialog = bb_plan_form_dialog_new (indicator != NULL ? _("Edit Indicator") : _("New Indicator"),
                                                      "/io/github/brobygger/Brobygger/plans/bb-plan-indicators-dialog.ui");
  BbPlanIndicator *record = indicator != NULL ? bb_plan_indicator_copy (indicator) : bb_plan_indicator_new ();
  Edit *edit = edit_new (self, record, (GDestroyNotify) bb_plan_indicator_free);
  BbContext *context = edit->context;
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(GListModel) advisers = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *target = NULL;
  guint chosen = 0;

  if (indicator == NULL)
    {
      record->plan_id = bb_plan_section_get_plan_id (BB_PLAN_SECTION (self));
      record->position = self->indicators->len;
      record->kind = BB_INDICATOR_MANUAL;
      record->target = NAN;
    }

  bb_plan_form_dialog_set_text (dialog, "name", record->name);
  for (int i = 0; i < BB_INDICATOR_KIND_COUNT; i++)
    g_ptr_array_add (labels, g_strdup (bb_indicator_kind_get_label (i)));
  g_ptr_array_add (labels, NULL);
  bb_plan_form_dialog_set_choices (dialog, "kind", (const char * const *) labels->pdata, record->kind);

  target = is_share_kind (record->kind) ? bb_plan_format_share (record->target) : bb_plan_format_number (record->target);
  bb_plan_form_dialog_set_text (dialog, "target", target);
  bb_plan_form_dialog_set_text (dialog, "unit", record->unit);
  bb_plan_form_dialog_set_text (dialog, "definition", record->definition);
  bb_plan_form_dialog_set_text (dialog, "source", record->source);

  g_ptr_array_set_size (labels, 0);
  g_ptr_array_add (labels, g_strdup (C_("link", "None")));
  elements = bb_plan_repository_list_elements (bb_context_get_plans (context), record->plan_id, NULL);
  for (guint i = 0; elements != NULL && i < elements->len; i++)
    {
      BbPlanElement *element = g_ptr_array_index (elements, i);

      g_array_append_val (edit->element_ids, element->id);
      g_ptr_array_add (labels, g_strdup (element->title));
      if (element->id == record->element_id)
        chosen = i + 1;
    }
  g_ptr_array_add (labels, NULL);
  bb_plan_form_dialog_set_choices (dialog, "element", (const char * const *) labels->pdata, chosen);

  chosen = 0;
  g_ptr_array_set_size (labels, 0);
  g_ptr_array_add (labels, g_strdup (_("All courses")));
  advisers = bb_adviser_repository_list (bb_context_get_advisers (context), TRUE, NULL);
  for (guint i = 0; advisers != NULL && i < g_list_model_get_n_items (advisers); i++)
    {
      g_autoptr(BbAdviser) adviser = g_list_model_get_item (advisers, i);
      gint64 id = bb_adviser_get_id (adviser);

      g_array_append_val (edit->adviser_ids, id);
      g_ptr_array_add (labels, g_strdup (bb_adviser_get_name (adviser)));
      if (id == record->adviser_id)
        chosen = i + 1;
    }
  g_ptr_array_add (labels, NULL);
  bb_plan_form_dialog_set_choices (dialog, "adviser", (const char * const *) labels->pdata, chosen);

  bb_plan_form_dialog_set_save_func (dialog, save_indicator, edit, edit_free);
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

/* ---- the measurement dialog --------------------------------------------- */

static gboolean
save_measurement (BbPlanFormDialog  *dialog,
                  gpointer           data,
                  GError           **error)
{
  Edit *edit = data;
  BbMeasurement *measurement = edit->record;
  BbIndicatorKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autofree char *date = NULL;
  double value;

  if (!bb_plan_form_dialog_read_date (dialog, "date", TRUE, &date)
      || (is_share_kind (kind)
          ? !bb_plan_form_dialog_read_share (dialog, "value", &value)
          : !bb_plan_form_dialog_read_number (dialog, "value", &value)))
    return FALSE;
  if (isnan (value))
    {
      bb_plan_form_dialog_show_error (dialog, "value", _("Value: write what was measured."));
      return FALSE;
    }
  replace (&measurement->date, g_steal_pointer (&date));
  measurement->value = value;
  measurement->origin = BB_MEASUREMENT_TYPED;
  replace (&measurement->note, bb_plan_form_dialog_dup_text (dialog, "note"));

  return bb_plan_repository_save_measurement (bb_context_get_plans (edit->context), measurement, error);
}

/* ---- computing and importing -------------------------------------------- */

/* "2026-03", "03-2026", "3.2026" or "3/2026" as YYYY-MM; NULL for anything else. */
static char *
parse_month (const char *text)
{
  unsigned int year = 0, month = 0;
  char sep = 0, rest = 0;

  if (text == NULL)
    return NULL;
  if (sscanf (text, "%4u-%2u%c", &year, &month, &rest) != 2 || year < 1000)
    {
      if (sscanf (text, "%2u%c%4u%c", &month, &sep, &year, &rest) != 3 || strchr (".-/", sep) == NULL)
        return NULL;
    }
  if (year < 1000 || month < 1 || month > 12)
    return NULL;
  return g_strdup_printf ("%04u-%02u", year, month);
}

static gboolean
compute (BbPlanFormDialog  *dialog,
         gpointer           data,
         GError           **error)
{
  Edit *edit = data;
  BbPlanIndicator *indicator = edit->record;
  g_autofree char *from_text = bb_plan_form_dialog_dup_text (dialog, "from");
  g_autofree char *to_text = bb_plan_form_dialog_dup_text (dialog, "to");
  g_autofree char *from = parse_month (from_text);
  g_autofree char *to = parse_month (to_text);

  if (from == NULL)
    {
      bb_plan_form_dialog_show_error (dialog, "from", _("From month: write the month as 03-2026 or 2026-03."));
      return FALSE;
    }
  if (to == NULL)
    {
      bb_plan_form_dialog_show_error (dialog, "to", _("To month: write the month as 03-2026 or 2026-03."));
      return FALSE;
    }
  if (g_strcmp0 (to, from) < 0)
    {
      bb_plan_form_dialog_show_error (dialog, "to", _("To month: the period cannot end before it starts."));
      return FALSE;
    }

  if (!bb_plan_indicator_compute (bb_context_get_plans (edit->context), bb_context_get_courses (edit->context),
                                  indicator->id, from, to, error))
    return FALSE;
  if (edit->section != NULL)
    {
      /* Translators: a toast; %s is the indicator's name. */
      g_autofree char *message = g_markup_printf_escaped (_("»%s« is computed from the courses"), indicator->name);

      bb_plan_section_add_toast (BB_PLAN_SECTION (edit->section), adw_toast_new (message));
    }
  return TRUE;
}

/* The plan's period as months, or the twelve months up to today. */
static void
default_period (BbPlanIndicatorsSection  *self,
                char                    **from_out,
                char                    **to_out)
{
  BbPlanSection *section = BB_PLAN_SECTION (self);
  g_autoptr(BbPlan) plan = bb_plan_repository_get (bb_plan_section_get_plans (section),
                                                   bb_plan_section_get_plan_id (section), NULL);
  g_autofree char *today = bb_page_dup_today (bb_plan_section_get_context (section));
  const char *start = plan != NULL ? bb_plan_get_period_start (plan) : NULL;
  const char *end = plan != NULL ? bb_plan_get_period_end (plan) : NULL;

  *to_out = g_strndup (end != NULL ? end : today, 7);
  if (start != NULL)
    *from_out = g_strndup (start, 7);
  else
    {
      int year = atoi (*to_out), month = atoi (*to_out + 5);

      *from_out = g_strdup_printf ("%04d-%02d", month == 12 ? year : year - 1, month % 12 + 1);
    }
}

static void
on_figure_file_chosen (GtkNativeDialog *chooser,
                       int              response,
                       gpointer         data)
{
  Edit *edit = data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && edit->section != NULL)
    {
      BbPlanIndicator *indicator = edit->record;

      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!bb_plan_indicator_import_figures (bb_context_get_plans (edit->context), indicator->id, file, &error))
        bb_plan_section_show_error (BB_PLAN_SECTION (edit->section), error);
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          /* Translators: a toast; %s is the name of a figure file. */
          g_autofree char *message = g_markup_printf_escaped (_("Figures imported from »%s«"), name);

          bb_plan_section_add_toast (BB_PLAN_SECTION (edit->section), adw_toast_new (message));
        }
    }
  edit_free (edit);
  g_object_unref (chooser);
}

/* ---- the cards ---------------------------------------------------------- */

static void
bb_plan_indicators_section_refresh (BbPlanSection *section)
{
  BbPlanIndicatorsSection *self = BB_PLAN_INDICATORS_SECTION (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  gint64 plan_id = bb_plan_section_get_plan_id (section);
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.add", plans != NULL && plan_id != 0);
  while (self->cards->len > 0)
    gtk_box_remove (self->cards_box, g_ptr_array_steal_index (self->cards, self->cards->len - 1));
  g_ptr_array_set_size (self->indicators, 0);
  g_ptr_array_set_size (self->measurements, 0);

  if (plans != NULL && plan_id != 0)
    {
      indicators = bb_plan_repository_list_indicators (plans, plan_id, &error);
      if (indicators == NULL)
        bb_plan_section_show_error (section, error);
      elements = bb_plan_repository_list_elements (plans, plan_id, NULL);
    }

  for (guint i = 0; indicators != NULL && i < indicators->len; i++)
    {
      BbPlanIndicator *indicator = g_ptr_array_index (indicators, i);
      g_autoptr(GPtrArray) measurements = bb_plan_repository_list_measurements (plans, indicator->id, NULL);
      g_autoptr(GPtrArray) empty = g_ptr_array_new ();
      g_autoptr(BbAdviser) adviser = NULL;
      const char *element = NULL;
      GtkWidget *card;

      for (guint j = 0; elements != NULL && j < elements->len; j++)
        if (((BbPlanElement *) g_ptr_array_index (elements, j))->id == indicator->element_id)
          element = ((BbPlanElement *) g_ptr_array_index (elements, j))->title;
      if (indicator->adviser_id != 0)
        adviser = bb_adviser_repository_get (bb_context_get_advisers (bb_plan_section_get_context (section)),
                                             indicator->adviser_id, NULL);

      card = bb_plan_indicators_card_new (indicator, measurements != NULL ? measurements : empty, element,
                                          adviser != NULL ? bb_adviser_get_name (adviser) : NULL);
      gtk_box_append (self->cards_box, card);
      g_ptr_array_add (self->cards, card);
      g_ptr_array_add (self->indicators, bb_plan_indicator_copy (indicator));
      for (guint j = 0; measurements != NULL && j < measurements->len; j++)
        g_ptr_array_add (self->measurements, bb_measurement_copy (g_ptr_array_index (measurements, j)));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->indicators->len == 0);
}

/* ---- actions ------------------------------------------------------------ */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  bb_plan_indicators_section_add_indicator (BB_PLAN_INDICATORS_SECTION (widget));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbPlanIndicatorsSection *self = BB_PLAN_INDICATORS_SECTION (widget);
  BbPlanIndicator *indicator = find_indicator (self, g_variant_get_int64 (parameter));

  if (indicator != NULL)
    present_indicator_dialog (self, indicator);
}

static void
add_measurement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  bb_plan_indicators_section_add_measurement (BB_PLAN_INDICATORS_SECTION (widget), g_variant_get_int64 (parameter));
}

static void
compute_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BbPlanIndicatorsSection *self = BB_PLAN_INDICATORS_SECTION (widget);
  BbPlanIndicator *indicator = find_indicator (self, g_variant_get_int64 (parameter));
  BbPlanFormDialog *dialog;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (indicator == NULL)
    return;
  dialog = bb_plan_form_dialog_new (_("Compute from Courses"),
                                    "/io/github/brobygger/Brobygger/plans/bb-plan-indicators-compute-dialog.ui");
  default_period (self, &from, &to);
  bb_plan_form_dialog_set_text (dialog, "from", from);
  bb_plan_form_dialog_set_text (dialog, "to", to);
  bb_plan_form_dialog_set_save_func (dialog, compute,
                                     edit_new (self, bb_plan_indicator_copy (indicator), (GDestroyNotify) bb_plan_indicator_free),
                                     edit_free);
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

static void
import_figures_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BbPlanIndicatorsSection *self = BB_PLAN_INDICATORS_SECTION (widget);
  BbPlanIndicator *indicator = find_indicator (self, g_variant_get_int64 (parameter));
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (indicator == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Import Figure File"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Figure files (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_figure_file_chosen),
                    edit_new (self, bb_plan_indicator_copy (indicator), (GDestroyNotify) bb_plan_indicator_free));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A deleted indicator with its measurements, which Undo brings back together. */
typedef struct
{
  BbPlanIndicator *indicator;
  GPtrArray       *measurements;
} DeletedIndicator;

static void
deleted_indicator_free (gpointer data)
{
  DeletedIndicator *deleted = data;

  bb_plan_indicator_free (deleted->indicator);
  g_ptr_array_unref (deleted->measurements);
  g_free (deleted);
}

static gboolean
restore_indicator (BbPlanRepository  *plans,
                   gpointer           record,
                   GError           **error)
{
  DeletedIndicator *deleted = record;

  deleted->indicator->id = 0;
  if (!bb_plan_repository_save_indicator (plans, deleted->indicator, error))
    return FALSE;
  for (guint i = 0; i < deleted->measurements->len; i++)
    {
      BbMeasurement *measurement = g_ptr_array_index (deleted->measurements, i);

      measurement->id = 0;
      measurement->indicator_id = deleted->indicator->id;
      if (!bb_plan_repository_save_measurement (plans, measurement, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_measurement (BbPlanRepository  *plans,
                     gpointer           record,
                     GError           **error)
{
  ((BbMeasurement *) record)->id = 0;
  return bb_plan_repository_save_measurement (plans, record, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbPlanIndicatorsSection *self = BB_PLAN_INDICATORS_SECTION (widget);
  BbPlanIndicator *indicator = find_indicator (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  DeletedIndicator *deleted;

  if (indicator == NULL)
    return;
  deleted = g_new0 (DeletedIndicator, 1);
  deleted->indicator = bb_plan_indicator_copy (indicator);
  deleted->measurements = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_measurement_free);
  for (guint i = 0; i < self->measurements->len; i++)
    if (((BbMeasurement *) g_ptr_array_index (self->measurements, i))->indicator_id == indicator->id)
      g_ptr_array_add (deleted->measurements, bb_measurement_copy (g_ptr_array_index (self->measurements, i)));
  if (!bb_plan_repository_delete_indicator (bb_plan_section_get_plans (BB_PLAN_SECTION (self)), indicator->id, &error))
    {
      bb_plan_section_show_error (BB_PLAN_SECTION (self), error);
      deleted_indicator_free (deleted);
      return;
    }

  /* Translators: a toast; %s is the indicator's name. */
  message = g_markup_printf_escaped (_("Indicator »%s« deleted"), deleted->indicator->name);
  _bb_plan_sections_offer_undo (BB_PLAN_SECTION (self), message, deleted, deleted_indicator_free, restore_indicator);
}

static void
delete_measurement_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  BbPlanIndicatorsSection *self = BB_PLAN_INDICATORS_SECTION (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(BbMeasurement) deleted = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; deleted == NULL && i < self->measurements->len; i++)
    if (((BbMeasurement *) g_ptr_array_index (self->measurements, i))->id == id)
      deleted = bb_measurement_copy (g_ptr_array_index (self->measurements, i));
  if (deleted == NULL)
    return;
  if (!bb_plan_repository_delete_measurement (bb_plan_section_get_plans (BB_PLAN_SECTION (self)), id, &error))
    {
      bb_plan_section_show_error (BB_PLAN_SECTION (self), error);
      return;
    }
  _bb_plan_sections_offer_undo (BB_PLAN_SECTION (self), _("Measurement deleted"), g_steal_pointer (&deleted),
                                (GDestroyNotify) bb_measurement_free, restore_measurement);
}

/* ---- the object --------------------------------------------------------- */

static void
bb_plan_indicators_section_dispose (GObject *object)
{
  BbPlanIndicatorsSection *self = BB_PLAN_INDICATORS_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_INDICATORS_SECTION);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->measurements, g_ptr_array_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_plan_indicators_section_parent_class)->dispose (object);
}

static void
bb_plan_indicators_section_class_init (BbPlanIndicatorsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbPlanSectionClass *section_class = BB_PLAN_SECTION_CLASS (klass);

  object_class->dispose = bb_plan_indicators_section_dispose;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_plan_indicators_section_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-indicators-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsSection, cards_box);
  gtk_widget_class_bind_template_child (widget_class, BbPlanIndicatorsSection, empty_label);

  gtk_widget_class_install_action (widget_class, "indicators.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "indicators.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "indicators.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "indicators.add-measurement", "x", add_measurement_action);
  gtk_widget_class_install_action (widget_class, "indicators.delete-measurement", "x", delete_measurement_action);
  gtk_widget_class_install_action (widget_class, "indicators.compute", "x", compute_action);
  gtk_widget_class_install_action (widget_class, "indicators.import-figures", "x", import_figures_action);
}

static void
bb_plan_indicators_section_init (BbPlanIndicatorsSection *self)
{
  self->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_plan_indicator_free);
  self->measurements = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_measurement_free);
  self->cards = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.add", FALSE);
  _bb_plan_sections_add_shortcut (BB_PLAN_SECTION (self), "<Control><Shift>m", "indicators.add");
}

void
bb_plan_indicators_section_add_indicator (BbPlanIndicatorsSection *self)
{
  g_return_if_fail (BB_IS_PLAN_INDICATORS_SECTION (self));

  if (bb_plan_section_get_plans (BB_PLAN_SECTION (self)) == NULL || bb_plan_section_get_plan_id (BB_PLAN_SECTION (self)) == 0)
    return;
  present_indicator_dialog (self, NULL);
}

void
bb_plan_indicators_section_add_measurement (BbPlanIndicatorsSection *self,
                                            gint64                   indicator_id)
{
  BbPlanIndicator *indicator;
  BbPlanFormDialog *dialog;
  BbMeasurement *measurement;
  g_autofree char *title = NULL;

  g_return_if_fail (BB_IS_PLAN_INDICATORS_SECTION (self));

  indicator = find_indicator (self, indicator_id);
  if (indicator == NULL)
    return;
  /* Translators: the title of the dialog that adds a measurement; %s is the indicator. */
  title = g_strdup_printf (_("New Measurement of %s"), indicator->name);
  dialog = bb_plan_form_dialog_new (title, "/io/github/brobygger/Brobygger/plans/bb-plan-indicators-measurement-dialog.ui");
  measurement = bb_measurement_new ();
  measurement->indicator_id = indicator_id;
  measurement->date = bb_page_dup_today (bb_plan_section_get_context (BB_PLAN_SECTION (self)));
  bb_plan_form_dialog_set_text (dialog, "date", measurement->date);
  if (is_share_kind (indicator->kind))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (bb_plan_form_dialog_get_field (dialog, "value")),
                                   _("_Value in per cent"));
  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (indicator->kind));
  bb_plan_form_dialog_set_save_func (dialog, save_measurement,
                                     edit_new (self, measurement, (GDestroyNotify) bb_measurement_free), edit_free);
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}
