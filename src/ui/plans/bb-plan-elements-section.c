/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-format.h"
#include "bb-plan-element-row.h"
#include "bb-plan-elements-section.h"
#include "bb-plan-form-dialog.h"

struct _BbPlanElementsSection
{
  BbPlanSection         parent_instance;

  GPtrArray            *rows;

  AdwPreferencesGroup  *group;
  GtkWidget            *empty_label;
};

G_DEFINE_FINAL_TYPE (BbPlanElementsSection, bb_plan_elements_section, BB_TYPE_PLAN_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_PLANS, NULL };

/* A dialog's work on one element of the section. */
typedef struct
{
  BbPlanElementsSection *section;
  BbPlanElement         *element;
} ElementEdit;

static void
element_edit_free (ElementEdit *edit)
{
  g_object_unref (edit->section);
  bb_plan_element_free (edit->element);
  g_free (edit);
}

static ElementEdit *
element_edit_new (BbPlanElementsSection *self,
                  const BbPlanElement   *element)
{
  ElementEdit *edit = g_new0 (ElementEdit, 1);

  edit->section = g_object_ref (self);
  edit->element = element != NULL ? bb_plan_element_copy (element) : bb_plan_element_new ();
  return edit;
}

/* ---- the figure measured for an element ------------------------------ */

/* "Measured: median wait 9 days (target 14)" from the latest measurement of the
 * first indicator linked to @element_id; NULL without one. */
static char *
dup_measured_text (BbPlanRepository *plans,
                   GPtrArray        *indicators,
                   gint64            element_id)
{
  for (guint i = 0; indicators != NULL && i < indicators->len; i++)
    {
      BbPlanIndicator *indicator = g_ptr_array_index (indicators, i);
      g_autoptr(GPtrArray) measurements = NULL;
      BbMeasurement *latest = NULL;
      g_autofree char *value = NULL;
      g_autofree char *target = NULL;
      const char *unit = indicator->unit != NULL ? indicator->unit : "";

      if (indicator->element_id != element_id)
        continue;
      measurements = bb_plan_repository_list_measurements (plans, indicator->id, NULL);
      for (guint j = 0; measurements != NULL && j < measurements->len; j++)
        {
          BbMeasurement *measurement = g_ptr_array_index (measurements, j);

          if (latest == NULL || g_strcmp0 (measurement->date, latest->date) >= 0)
            latest = measurement;
        }
      if (latest == NULL)
        continue;

      value = bb_plan_format_number (latest->value);
      if (isnan (indicator->target))
        /* Translators: an indicator's latest figure: its name, value and unit. */
        return g_strdup_printf (_("Measured: %s %s %s"), indicator->name, value, unit);
      target = bb_plan_format_number (indicator->target);
      /* Translators: an indicator's latest figure: its name, value, unit and target. */
      return g_strdup_printf (_("Measured: %s %s %s (target %s)"), indicator->name, value, unit, target);
    }
  return NULL;
}

/* ---- rate ------------------------------------------------------------ */

static gboolean
save_rating (BbPlanFormDialog  *dialog,
             gpointer           user_data,
             GError           **error)
{
  ElementEdit *edit = user_data;
  g_autoptr(BbFidelityRating) rating = bb_fidelity_rating_new ();

  if (!bb_plan_form_dialog_read_date (dialog, "date_row", TRUE, &rating->date))
    return FALSE;
  rating->element_id = edit->element->id;
  rating->level = bb_plan_form_dialog_get_selected (dialog, "level_row");
  rating->note = bb_plan_form_dialog_dup_text (dialog, "note_row");
  return bb_plan_repository_rate_element (bb_plan_section_get_plans (BB_PLAN_SECTION (edit->section)), rating, error);
}

static void
on_rate (BbPlanElementsSection *self,
         BbPlanElementRow      *row)
{
  const BbPlanElement *element = bb_plan_element_row_get_element (row);
  const char *levels[BB_FIDELITY_COUNT + 1] = { NULL };
  g_autofree char *today = bb_page_dup_today (bb_plan_section_get_context (BB_PLAN_SECTION (self)));
  g_autofree char *title = NULL;
  BbPlanFormDialog *dialog;

  for (int i = 0; i < BB_FIDELITY_COUNT; i++)
    levels[i] = bb_fidelity_get_label (i);

  /* Translators: the title of the dialog rating an element; %s is the element. */
  title = g_strdup_printf (_("Rate »%s«"), element->title);
  dialog = bb_plan_form_dialog_new (title, "/io/github/brobygger/Brobygger/plans/bb-plan-rating-form.ui");
  bb_plan_form_dialog_set_text (dialog, "date_row", today);
  bb_plan_form_dialog_set_choices (dialog, "level_row", levels, element->fidelity);
  bb_plan_form_dialog_set_save_func (dialog, save_rating, element_edit_new (self, element),
                                     (GDestroyNotify) element_edit_free);
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

/* ---- add, rename, delete --------------------------------------------- */

static gboolean
save_element (BbPlanFormDialog  *dialog,
              gpointer           user_data,
              GError           **error)
{
  ElementEdit *edit = user_data;
  g_autofree char *title = bb_plan_form_dialog_dup_text (dialog, "title_row");

  if (title == NULL)
    {
      bb_plan_form_dialog_show_error (dialog, "title_row", _("Give the element a title."));
      return FALSE;
    }
  g_free (edit->element->title);
  edit->element->title = g_steal_pointer (&title);
  g_free (edit->element->description);
  edit->element->description = bb_plan_form_dialog_dup_text (dialog, "description_view");
  if (edit->element->id == 0)
    {
      edit->element->plan_id = bb_plan_section_get_plan_id (BB_PLAN_SECTION (edit->section));
      edit->element->position = edit->section->rows->len;
    }
  return bb_plan_repository_save_element (bb_plan_section_get_plans (BB_PLAN_SECTION (edit->section)),
                                          edit->element, error);
}

static void
edit_element (BbPlanElementsSection *self,
              const BbPlanElement   *element)
{
  BbPlanFormDialog *dialog;

  dialog = bb_plan_form_dialog_new (element != NULL ? _("Rename Core Element") : _("New Core Element"),
                                    "/io/github/brobygger/Brobygger/plans/bb-plan-element-form.ui");
  if (element != NULL)
    {
      bb_plan_form_dialog_set_text (dialog, "title_row", element->title);
      bb_plan_form_dialog_set_text (dialog, "description_view", element->description);
    }
  bb_plan_form_dialog_set_save_func (dialog, save_element, element_edit_new (self, element),
                                     (GDestroyNotify) element_edit_free);
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

static void
on_add_clicked (BbPlanElementsSection *self)
{
  if (bb_plan_section_get_plans (BB_PLAN_SECTION (self)) != NULL)
    edit_element (self, NULL);
}

static void
on_rename (BbPlanElementsSection *self,
           BbPlanElementRow      *row)
{
  edit_element (self, bb_plan_element_row_get_element (row));
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    ElementEdit      *edit)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") == 0
      && !bb_plan_repository_delete_element (bb_plan_section_get_plans (BB_PLAN_SECTION (edit->section)),
                                             edit->element->id, &error))
    bb_plan_section_show_error (BB_PLAN_SECTION (edit->section), error);
}

static void
on_delete (BbPlanElementsSection *self,
           BbPlanElementRow      *row)
{
  const BbPlanElement *element = bb_plan_element_row_get_element (row);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  /* Translators: %s is a core element. */
  heading = g_strdup_printf (_("Delete »%s«?"), element->title);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                                       _("Its fidelity history goes with it, and activities linked to it lose the link.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_delete_response), element_edit_new (self, element),
                         (GClosureNotify) (void (*) (void)) element_edit_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the rows -------------------------------------------------------- */

static gboolean
was_expanded (GPtrArray *rows,
              gint64     id)
{
  for (guint i = 0; i < rows->len; i++)
    {
      BbPlanElementRow *row = g_ptr_array_index (rows, i);

      if (bb_plan_element_row_get_element (row)->id == id)
        return adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row));
    }
  return FALSE;
}

static void
bb_plan_elements_section_refresh (BbPlanSection *section)
{
  BbPlanElementsSection *self = BB_PLAN_ELEMENTS_SECTION (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  gint64 id = bb_plan_section_get_plan_id (section);
  g_autoptr(GPtrArray) old_rows = g_steal_pointer (&self->rows);
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;

  /* The rows hold a reference, so they can still say what was open once removed. */
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < old_rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (old_rows, i));

  if (plans == NULL || id == 0)
    return;
  elements = bb_plan_repository_list_elements (plans, id, &error);
  if (elements == NULL)
    {
      bb_plan_section_show_error (section, error);
      return;
    }
  indicators = bb_plan_repository_list_indicators (plans, id, NULL);

  for (guint i = 0; i < elements->len; i++)
    {
      BbPlanElement *element = g_ptr_array_index (elements, i);
      g_autoptr(GPtrArray) ratings = bb_plan_repository_list_ratings (plans, element->id, NULL);
      g_autofree char *measured = dup_measured_text (plans, indicators, element->id);
      BbPlanElementRow *row = bb_plan_element_row_new ();

      bb_plan_element_row_set_element (row, element, ratings, measured);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), was_expanded (old_rows, element->id));
      g_signal_connect_object (row, "rate", G_CALLBACK (on_rate), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "rename", G_CALLBACK (on_rename), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "delete", G_CALLBACK (on_delete), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->group, GTK_WIDGET (row));
      g_ptr_array_add (self->rows, g_object_ref (row));
    }
  gtk_widget_set_visible (self->empty_label, elements->len == 0);
}

static void
bb_plan_elements_section_finalize (GObject *object)
{
  BbPlanElementsSection *self = BB_PLAN_ELEMENTS_SECTION (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_plan_elements_section_parent_class)->finalize (object);
}

static void
bb_plan_elements_section_class_init (BbPlanElementsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbPlanSectionClass *section_class = BB_PLAN_SECTION_CLASS (klass);

  object_class->finalize = bb_plan_elements_section_finalize;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_plan_elements_section_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-elements-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanElementsSection, group);
  gtk_widget_class_bind_template_child (widget_class, BbPlanElementsSection, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
}

static void
bb_plan_elements_section_init (BbPlanElementsSection *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}
