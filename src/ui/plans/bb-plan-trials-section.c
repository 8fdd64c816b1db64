/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-format.h"
#include "bb-plan-form-dialog.h"
#include "bb-plan-sections-private.h"
#include "bb-plan-trials-section.h"

struct _BbPlanTrialsSection
{
  BbPlanSection  parent_instance;

  /* BbTrialAction and BbLearningReview records of what the list shows. */
  GPtrArray     *trials;
  GPtrArray     *reviews;
  /* The rows, removed at the next refresh. */
  GPtrArray     *rows;

  AdwPreferencesGroup *group;
  GtkWidget           *empty_row;
};

G_DEFINE_FINAL_TYPE (BbPlanTrialsSection, bb_plan_trials_section, BB_TYPE_PLAN_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_PLANS, NULL };

static void
replace (char **field,
         char  *value)
{
  g_free (*field);
  *field = value;
}

static BbTrialAction *
find_trial (BbPlanTrialsSection *self,
            gint64               id)
{
  for (guint i = 0; i < self->trials->len; i++)
    if (((BbTrialAction *) g_ptr_array_index (self->trials, i))->id == id)
      return g_ptr_array_index (self->trials, i);
  return NULL;
}

static BbLearningReview *
find_review (BbPlanTrialsSection *self,
             gint64               id)
{
  for (guint i = 0; i < self->reviews->len; i++)
    if (((BbLearningReview *) g_ptr_array_index (self->reviews, i))->id == id)
      return g_ptr_array_index (self->reviews, i);
  return NULL;
}

/* ---- the dialogs -------------------------------------------------------- */

typedef struct
{
  BbPlanRepository *plans;
  gpointer          record;
  GType             type;
  /* The ids behind the element combo's choices after "None". */
  GArray           *element_ids;
} Edit;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_object_unref (edit->plans);
  g_boxed_free (edit->type, edit->record);
  g_clear_pointer (&edit->element_ids, g_array_unref);
  g_free (edit);
}

static Edit *
edit_new (BbPlanTrialsSection *self,
          GType                type,
          gpointer             record)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->plans = g_object_ref (bb_plan_section_get_plans (BB_PLAN_SECTION (self)));
  edit->type = type;
  edit->record = record;
  return edit;
}

static gboolean
save_trial (BbPlanFormDialog  *dialog,
            gpointer           data,
            GError           **error)
{
  Edit *edit = data;
  g_autoptr(BbTrialAction) edited = bb_trial_action_copy (edit->record);
  g_autofree char *start = NULL;
  guint element;

  replace (&edited->title, bb_plan_form_dialog_dup_text (dialog, "title"));
  if (edited->title == NULL)
    {
      bb_plan_form_dialog_show_error (dialog, "title", _("Title: write what is tried out."));
      return FALSE;
    }
  if (!bb_plan_form_dialog_read_date (dialog, "start_date", FALSE, &start))
    return FALSE;
  replace (&edited->start_date, g_steal_pointer (&start));
  replace (&edited->description, bb_plan_form_dialog_dup_text (dialog, "description"));
  element = bb_plan_form_dialog_get_selected (dialog, "element");
  edited->element_id = element == 0 ? 0 : g_array_index (edit->element_ids, gint64, element - 1);

  return bb_plan_repository_save_trial (edit->plans, edited, error);
}

static void
present_trial_dialog (BbPlanTrialsSection *self,
                      const BbTrialAction *trial)
{
  BbPlanFormDialog *dialog = bb_plan_form_dialog_new (trial != NULL ? _("Edit Trial Action") : _("New Trial Action"),
                                                      "/io/github/brobygger/Brobygger/plans/bb-plan-trials-dialog.ui");
  BbTrialAction *record = trial != NULL ? bb_trial_action_copy (trial) : bb_trial_action_new ();
  Edit *edit = edit_new (self, BB_TYPE_TRIAL_ACTION, record);
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  guint chosen = 0;

  if (trial == NULL)
    {
      record->plan_id = bb_plan_section_get_plan_id (BB_PLAN_SECTION (self));
      record->position = self->trials->len;
      record->start_date = bb_page_dup_today (bb_plan_section_get_context (BB_PLAN_SECTION (self)));
    }

  edit->element_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  elements = bb_plan_repository_list_elements (edit->plans, record->plan_id, NULL);
  g_ptr_array_add (titles, (gpointer) C_("link", "None"));
  for (guint i = 0; elements != NULL && i < elements->len; i++)
    {
      BbPlanElement *element = g_ptr_array_index (elements, i);

      g_array_append_val (edit->element_ids, element->id);
      g_ptr_array_add (titles, element->title);
      if (element->id == record->element_id)
        chosen = i + 1;
    }
  g_ptr_array_add (titles, NULL);

  bb_plan_form_dialog_set_text (dialog, "title", record->title);
  bb_plan_form_dialog_set_text (dialog, "start_date", record->start_date);
  bb_plan_form_dialog_set_text (dialog, "description", record->description);
  bb_plan_form_dialog_set_choices (dialog, "element", (const char * const *) titles->pdata, chosen);
  bb_plan_form_dialog_set_save_func (dialog, save_trial, edit, edit_free);
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

static gboolean
save_review (BbPlanFormDialog  *dialog,
             gpointer           data,
             GError           **error)
{
  Edit *edit = data;
  g_autoptr(BbLearningReview) edited = bb_learning_review_copy (edit->record);
  g_autofree char *date = NULL;

  if (!bb_plan_form_dialog_read_date (dialog, "date", TRUE, &date))
    return FALSE;
  replace (&edited->date, g_steal_pointer (&date));
  edited->decision = (BbTrialDecision) bb_plan_form_dialog_get_selected (dialog, "decision");
  replace (&edited->worked, bb_plan_form_dialog_dup_text (dialog, "worked"));
  replace (&edited->did_not_work, bb_plan_form_dialog_dup_text (dialog, "did_not_work"));
  replace (&edited->note, bb_plan_form_dialog_dup_text (dialog, "note"));

  return bb_plan_repository_save_review (edit->plans, edited, error);
}

static void
present_review_dialog (BbPlanTrialsSection    *self,
                       gint64                  trial_id,
                       const BbLearningReview *review)
{
  BbPlanFormDialog *dialog = bb_plan_form_dialog_new (review != NULL ? _("Edit Learning Review") : _("New Learning Review"),
                                                      "/io/github/brobygger/Brobygger/plans/bb-plan-trials-review-dialog.ui");
  BbLearningReview *record = review != NULL ? bb_learning_review_copy (review) : bb_learning_review_new ();
  Edit *edit = edit_new (self, BB_TYPE_LEARNING_REVIEW, record);
  const char *decisions[BB_TRIAL_DECISION_COUNT + 1] = { NULL };

  if (review == NULL)
    {
      record->trial_id = trial_id;
      record->date = bb_page_dup_today (bb_plan_section_get_context (BB_PLAN_SECTION (self)));
    }
  for (int i = 0; i < BB_TRIAL_DECISION_COUNT; i++)
    decisions[i] = bb_trial_decision_get_label (i);

  bb_plan_form_dialog_set_text (dialog, "date", record->date);
  bb_plan_form_dialog_set_choices (dialog, "decision", decisions, record->decision);
  bb_plan_form_dialog_set_text (dialog, "worked", record->worked);
  bb_plan_form_dialog_set_text (dialog, "did_not_work", record->did_not_work);
  bb_plan_form_dialog_set_text (dialog, "note", record->note);
  bb_plan_form_dialog_set_save_func (dialog, save_review, edit, edit_free);
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

/* ---- the list ----------------------------------------------------------- */

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             gint64      id,
             const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return button;
}

static char *
dup_review_title (const BbLearningReview *review)
{
  g_autofree char *date = bb_format_date (review->date);

  /* Translators: a learning review in the list: its date and decision. */
  return g_strdup_printf (_("%s – %s"), date != NULL ? date : "", bb_trial_decision_get_label (review->decision));
}

static void
on_review_activated (AdwActionRow *row,
                     gpointer      user_data)
{
  BbPlanTrialsSection *self = BB_PLAN_TRIALS_SECTION (gtk_widget_get_ancestor (GTK_WIDGET (row), BB_TYPE_PLAN_TRIALS_SECTION));
  BbLearningReview *review = find_review (self, GPOINTER_TO_SIZE (user_data));

  if (review != NULL)
    present_review_dialog (self, review->trial_id, review);
}

static GtkWidget *
create_review_row (const BbLearningReview *review)
{
  g_autofree char *title = dup_review_title (review);
  g_autofree char *worked = review->worked != NULL ? g_strdup_printf (_("Worked: %s"), review->worked) : NULL;
  g_autofree char *did_not = review->did_not_work != NULL
                             ? g_strdup_printf (_("Did not work: %s"), review->did_not_work) : NULL;
  const char *parts[] = { worked, did_not };
  g_autofree char *subtitle = _bb_plan_sections_join (parts, G_N_ELEMENTS (parts));
  /* Translators: the accessible name of a learning review's delete button; %s is its date and decision. */
  g_autofree char *delete_name = g_strdup_printf (_("Delete learning review %s"), title);
  GtkWidget *row = _bb_plan_sections_row_new (title, subtitle, "trials.delete-review", review->id, delete_name);

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  g_signal_connect (row, "activated", G_CALLBACK (on_review_activated), GSIZE_TO_POINTER (review->id));
  return row;
}

static GtkWidget *
create_trial_row (BbPlanTrialsSection *self,
                  const BbTrialAction *trial,
                  const char          *element)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *start = bb_format_date (trial->start_date);
  g_autofree char *started = start != NULL ? g_strdup_printf (_("From %s"), start) : NULL;
  /* Translators: accessible names of a trial action's buttons; %s is its title. */
  g_autofree char *edit_name = g_strdup_printf (_("Edit trial action %s"), trial->title);
  g_autofree char *delete_name = g_strdup_printf (_("Delete trial action %s"), trial->title);
  g_autofree char *add_name = g_strdup_printf (_("Add a learning review of %s"), trial->title);
  const BbLearningReview *latest = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *decision = NULL;
  GtkWidget *add_row, *add_button;
  guint n_reviews = 0;

  for (guint i = 0; i < self->reviews->len; i++)
    {
      const BbLearningReview *review = g_ptr_array_index (self->reviews, i);

      if (review->trial_id != trial->id)
        continue;
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), create_review_row (review));
      latest = review;
      n_reviews++;
    }
  if (latest != NULL)
    /* Translators: the decision of a trial action's latest learning review. */
    decision = g_strdup_printf (_("Latest decision: %s"), bb_trial_decision_get_label (latest->decision));
  else
    decision = g_strdup (_("No learning review yet"));

  {
    const char *parts[] = { started, element, decision };

    subtitle = _bb_plan_sections_join (parts, G_N_ELEMENTS (parts));
  }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), trial->title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander),
                               icon_button ("document-edit-symbolic", _("Edit"), "trials.edit", trial->id, edit_name));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander),
                               icon_button ("user-trash-symbolic", _("Delete"), "trials.delete", trial->id, delete_name));

  add_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row),
                                 n_reviews == 0 ? _("No learning review yet") : "");
  add_button = gtk_button_new_with_mnemonic (_("Add Learning _Review…"));
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "trials.add-review");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (add_button), "x", trial->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_button), GTK_ACCESSIBLE_PROPERTY_LABEL, add_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), add_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), add_row);

  return expander;
}

static void
bb_plan_trials_section_refresh (BbPlanSection *section)
{
  BbPlanTrialsSection *self = BB_PLAN_TRIALS_SECTION (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  gint64 plan_id = bb_plan_section_get_plan_id (section);
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(GPtrArray) trials = NULL;
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trials.add", plans != NULL && plan_id != 0);
  /* Keep open what was open. */
  for (guint i = 0; i < self->rows->len; i++)
    if (adw_expander_row_get_expanded (g_ptr_array_index (self->rows, i)))
      g_hash_table_add (expanded, g_strdup (g_object_get_data (g_ptr_array_index (self->rows, i), "trial-id")));
  while (self->rows->len > 0)
    adw_preferences_group_remove (self->group, g_ptr_array_steal_index (self->rows, self->rows->len - 1));
  g_ptr_array_set_size (self->trials, 0);
  g_ptr_array_set_size (self->reviews, 0);

  if (plans != NULL && plan_id != 0)
    {
      trials = bb_plan_repository_list_trials (plans, plan_id, &error);
      if (trials == NULL)
        bb_plan_section_show_error (section, error);
      elements = bb_plan_repository_list_elements (plans, plan_id, NULL);
    }

  for (guint i = 0; trials != NULL && i < trials->len; i++)
    {
      BbTrialAction *trial = g_ptr_array_index (trials, i);
      g_autoptr(GPtrArray) reviews = bb_plan_repository_list_reviews (plans, trial->id, NULL);

      g_ptr_array_add (self->trials, bb_trial_action_copy (trial));
      for (guint j = 0; reviews != NULL && j < reviews->len; j++)
        g_ptr_array_add (self->reviews, bb_learning_review_copy (g_ptr_array_index (reviews, j)));
    }

  for (guint i = 0; i < self->trials->len; i++)
    {
      BbTrialAction *trial = g_ptr_array_index (self->trials, i);
      const char *element = NULL;
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, trial->id);
      GtkWidget *row;

      for (guint j = 0; elements != NULL && j < elements->len; j++)
        if (((BbPlanElement *) g_ptr_array_index (elements, j))->id == trial->element_id)
          element = ((BbPlanElement *) g_ptr_array_index (elements, j))->title;
      row = create_trial_row (self, trial, element);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_hash_table_contains (expanded, key));
      g_object_set_data_full (G_OBJECT (row), "trial-id", g_steal_pointer (&key), g_free);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (self->empty_row, self->trials->len == 0);
}

/* ---- actions ------------------------------------------------------------ */

/* A deleted trial action with its reviews, which Undo brings back together. */
typedef struct
{
  BbTrialAction *trial;
  GPtrArray     *reviews;
} DeletedTrial;

static void
deleted_trial_free (gpointer data)
{
  DeletedTrial *deleted = data;

  bb_trial_action_free (deleted->trial);
  g_ptr_array_unref (deleted->reviews);
  g_free (deleted);
}

static gboolean
restore_trial (BbPlanRepository  *plans,
               gpointer           record,
               GError           **error)
{
  DeletedTrial *deleted = record;

  deleted->trial->id = 0;
  if (!bb_plan_repository_save_trial (plans, deleted->trial, error))
    return FALSE;
  for (guint i = 0; i < deleted->reviews->len; i++)
    {
      BbLearningReview *review = g_ptr_array_index (deleted->reviews, i);

      review->id = 0;
      review->trial_id = deleted->trial->id;
      if (!bb_plan_repository_save_review (plans, review, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_review (BbPlanRepository  *plans,
                gpointer           record,
                GError           **error)
{
  ((BbLearningReview *) record)->id = 0;
  return bb_plan_repository_save_review (plans, record, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbPlanTrialsSection *self = BB_PLAN_TRIALS_SECTION (widget);
  BbTrialAction *trial = find_trial (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  DeletedTrial *deleted;

  if (trial == NULL)
    return;
  deleted = g_new0 (DeletedTrial, 1);
  deleted->trial = bb_trial_action_copy (trial);
  deleted->reviews = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_learning_review_free);
  for (guint i = 0; i < self->reviews->len; i++)
    if (((BbLearningReview *) g_ptr_array_index (self->reviews, i))->trial_id == trial->id)
      g_ptr_array_add (deleted->reviews, bb_learning_review_copy (g_ptr_array_index (self->reviews, i)));
  if (!bb_plan_repository_delete_trial (bb_plan_section_get_plans (BB_PLAN_SECTION (self)), trial->id, &error))
    {
      bb_plan_section_show_error (BB_PLAN_SECTION (self), error);
      deleted_trial_free (deleted);
      return;
    }

  /* Translators: a toast; %s is the title of a trial action. */
  message = g_markup_printf_escaped (_("Trial action »%s« deleted"), deleted->trial->title);
  _bb_plan_sections_offer_undo (BB_PLAN_SECTION (self), message, deleted, deleted_trial_free, restore_trial);
}

static void
delete_review_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BbPlanTrialsSection *self = BB_PLAN_TRIALS_SECTION (widget);
  BbLearningReview *review = find_review (self, g_variant_get_int64 (parameter));
  g_autoptr(BbLearningReview) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;

  if (review == NULL)
    return;
  deleted = bb_learning_review_copy (review);
  if (!bb_plan_repository_delete_review (bb_plan_section_get_plans (BB_PLAN_SECTION (self)), deleted->id, &error))
    {
      bb_plan_section_show_error (BB_PLAN_SECTION (self), error);
      return;
    }

  title = dup_review_title (deleted);
  /* Translators: a toast; %s is a learning review's date and decision. */
  message = g_markup_printf_escaped (_("Learning review »%s« deleted"), title);
  _bb_plan_sections_offer_undo (BB_PLAN_SECTION (self), message, g_steal_pointer (&deleted),
                                (GDestroyNotify) bb_learning_review_free, restore_review);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbPlanTrialsSection *self = BB_PLAN_TRIALS_SECTION (widget);
  BbTrialAction *trial = find_trial (self, g_variant_get_int64 (parameter));

  if (trial != NULL)
    present_trial_dialog (self, trial);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  bb_plan_trials_section_add_trial (BB_PLAN_TRIALS_SECTION (widget));
}

static void
add_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  bb_plan_trials_section_add_review (BB_PLAN_TRIALS_SECTION (widget), g_variant_get_int64 (parameter));
}

/* ---- the object --------------------------------------------------------- */

static void
bb_plan_trials_section_dispose (GObject *object)
{
  BbPlanTrialsSection *self = BB_PLAN_TRIALS_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_TRIALS_SECTION);
  g_clear_pointer (&self->trials, g_ptr_array_unref);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_plan_trials_section_parent_class)->dispose (object);
}

static void
bb_plan_trials_section_class_init (BbPlanTrialsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbPlanSectionClass *section_class = BB_PLAN_SECTION_CLASS (klass);

  object_class->dispose = bb_plan_trials_section_dispose;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_plan_trials_section_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-trials-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanTrialsSection, group);
  gtk_widget_class_bind_template_child (widget_class, BbPlanTrialsSection, empty_row);

  gtk_widget_class_install_action (widget_class, "trials.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "trials.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "trials.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "trials.add-review", "x", add_review_action);
  gtk_widget_class_install_action (widget_class, "trials.delete-review", "x", delete_review_action);
}

static void
bb_plan_trials_section_init (BbPlanTrialsSection *self)
{
  self->trials = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_trial_action_free);
  self->reviews = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_learning_review_free);
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trials.add", FALSE);
  _bb_plan_sections_add_shortcut (BB_PLAN_SECTION (self), "<Control><Shift>t", "trials.add");
}

void
bb_plan_trials_section_add_trial (BbPlanTrialsSection *self)
{
  g_return_if_fail (BB_IS_PLAN_TRIALS_SECTION (self));

  if (bb_plan_section_get_plans (BB_PLAN_SECTION (self)) == NULL || bb_plan_section_get_plan_id (BB_PLAN_SECTION (self)) == 0)
    return;
  present_trial_dialog (self, NULL);
}

void
bb_plan_trials_section_add_review (BbPlanTrialsSection *self,
                                   gint64               trial_id)
{
  g_return_if_fail (BB_IS_PLAN_TRIALS_SECTION (self));

  if (find_trial (self, trial_id) != NULL)
    present_review_dialog (self, trial_id, NULL);
}
