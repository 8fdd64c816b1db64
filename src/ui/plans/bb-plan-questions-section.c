/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-plan-question-row.h"
#include "bb-plan-questions-section.h"

struct _BbPlanQuestionsSection
{
  BbPlanSection        parent_instance;

  gboolean             focus_areas;
  /* BbPlanChallenge or BbFocusArea records, as loaded, and their rows. */
  GPtrArray           *records;
  GPtrArray           *rows;
  /* The rows the user changed since the last save. */
  GHashTable          *edited;

  AdwPreferencesGroup *group;
};

G_DEFINE_FINAL_TYPE (BbPlanQuestionsSection, bb_plan_questions_section, BB_TYPE_PLAN_SECTION)

enum {
  PROP_0,
  PROP_FOCUS_AREAS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const watch_domains[] = { BB_DOMAIN_PLANS, NULL };

static void
on_row_edited (BbPlanQuestionsSection *self,
               BbPlanQuestionRow      *row)
{
  g_hash_table_add (self->edited, row);
  bb_plan_section_queue_save (BB_PLAN_SECTION (self));
}

static void
bb_plan_questions_section_save (BbPlanSection *section)
{
  BbPlanQuestionsSection *self = BB_PLAN_QUESTIONS_SECTION (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; plans != NULL && i < self->rows->len && error == NULL; i++)
    {
      BbPlanQuestionRow *row = g_ptr_array_index (self->rows, i);

      if (!g_hash_table_contains (self->edited, row))
        continue;

      if (self->focus_areas)
        {
          BbFocusArea *area = g_ptr_array_index (self->records, i);

          g_free (area->adaptations);
          area->adaptations = bb_plan_question_row_dup_text (row);
          bb_plan_repository_save_focus_area (plans, area, &error);
        }
      else
        {
          BbPlanChallenge *challenge = g_ptr_array_index (self->records, i);

          challenge->rating = bb_plan_question_row_get_rating (row);
          g_free (challenge->note);
          challenge->note = bb_plan_question_row_dup_text (row);
          bb_plan_repository_save_challenge (plans, challenge, &error);
        }
    }
  g_hash_table_remove_all (self->edited);
  if (error != NULL)
    bb_plan_section_show_error (section, error);
}

static void
remove_last_row (BbPlanQuestionsSection *self)
{
  GtkWidget *row = g_ptr_array_steal_index (self->rows, self->rows->len - 1);

  g_hash_table_remove (self->edited, row);
  adw_preferences_group_remove (self->group, row);
}

static BbPlanQuestionRow *
add_row (BbPlanQuestionsSection *self)
{
  BbPlanQuestionRow *row = bb_plan_question_row_new (!self->focus_areas,
                                                     self->focus_areas ? _("Adaptations planned") : _("Note"));

  g_signal_connect_object (row, "edited", G_CALLBACK (on_row_edited), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->group, GTK_WIDGET (row));
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
bb_plan_questions_section_refresh (BbPlanSection *section)
{
  BbPlanQuestionsSection *self = BB_PLAN_QUESTIONS_SECTION (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  gint64 id = bb_plan_section_get_plan_id (section);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  /* The user's typing is saved before anything is loaded over it. */
  if (bb_plan_section_get_save_queued (section))
    return;

  if (plans != NULL && id != 0)
    records = self->focus_areas ? bb_plan_repository_list_focus_areas (plans, id, &error)
                                : bb_plan_repository_list_challenges (plans, id, &error);
  if (records == NULL)
    records = g_ptr_array_new ();
  if (error != NULL)
    bb_plan_section_show_error (section, error);

  /* The rows stay (and stay open) while the plan has as many; the fields change only
   * where the text differs, so a reload after a save leaves the cursor alone. */
  while (self->rows->len > records->len)
    {
      remove_last_row (self);
    }
  while (self->rows->len < records->len)
    add_row (self);

  for (guint i = 0; i < records->len; i++)
    {
      BbPlanQuestionRow *row = g_ptr_array_index (self->rows, i);

      if (self->focus_areas)
        {
          BbFocusArea *area = g_ptr_array_index (records, i);

          bb_plan_question_row_set (row, area->title, area->guiding_questions, BB_CHALLENGE_NOT_RATED,
                                    area->adaptations);
        }
      else
        {
          BbPlanChallenge *challenge = g_ptr_array_index (records, i);

          bb_plan_question_row_set (row, challenge->title, challenge->guiding_questions, challenge->rating,
                                    challenge->note);
        }
    }
  g_clear_pointer (&self->records, g_ptr_array_unref);
  self->records = g_steal_pointer (&records);
  gtk_widget_set_visible (GTK_WIDGET (self), self->records->len > 0);
}

static void
set_focus_areas (BbPlanQuestionsSection *self,
                 gboolean                focus_areas)
{
  if (self->focus_areas == focus_areas)
    return;

  bb_plan_section_save_now (BB_PLAN_SECTION (self));
  self->focus_areas = focus_areas;
  while (self->rows->len > 0)
    {
      remove_last_row (self);
    }
  if (focus_areas)
    {
      adw_preferences_group_set_title (self->group, _("Organisational Focus Areas"));
      adw_preferences_group_set_description (self->group, _("What the organisation adapts so the model can work: answer the guiding questions with what you plan."));
    }
  bb_page_section_refresh (BB_PAGE_SECTION (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_AREAS]);
}

static void
bb_plan_questions_section_dispose (GObject *object)
{
  BbPlanQuestionsSection *self = BB_PLAN_QUESTIONS_SECTION (object);

  /* What was typed is saved while the rows are still there. */
  bb_plan_section_save_now (BB_PLAN_SECTION (self));

  G_OBJECT_CLASS (bb_plan_questions_section_parent_class)->dispose (object);
}

static void
bb_plan_questions_section_finalize (GObject *object)
{
  BbPlanQuestionsSection *self = BB_PLAN_QUESTIONS_SECTION (object);

  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->edited, g_hash_table_unref);

  G_OBJECT_CLASS (bb_plan_questions_section_parent_class)->finalize (object);
}

static void
bb_plan_questions_section_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FOCUS_AREAS:
      g_value_set_boolean (value, BB_PLAN_QUESTIONS_SECTION (object)->focus_areas);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_plan_questions_section_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_FOCUS_AREAS:
      set_focus_areas (BB_PLAN_QUESTIONS_SECTION (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_plan_questions_section_class_init (BbPlanQuestionsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbPlanSectionClass *section_class = BB_PLAN_SECTION_CLASS (klass);

  object_class->dispose = bb_plan_questions_section_dispose;
  object_class->finalize = bb_plan_questions_section_finalize;
  object_class->get_property = bb_plan_questions_section_get_property;
  object_class->set_property = bb_plan_questions_section_set_property;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_plan_questions_section_refresh;
  section_class->save = bb_plan_questions_section_save;

  properties[PROP_FOCUS_AREAS] =
    g_param_spec_boolean ("focus-areas", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-questions-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanQuestionsSection, group);
}

static void
bb_plan_questions_section_init (BbPlanQuestionsSection *self)
{
  self->rows = g_ptr_array_new ();
  self->edited = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_preferences_group_set_title (self->group, _("Structural Challenges"));
  adw_preferences_group_set_description (self->group, _("How much each condition of the municipality weighs on the implementation, with the guiding questions to ask."));
}
