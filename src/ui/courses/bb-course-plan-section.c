/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-cpr-row.h"
#include "bb-course-goal-row.h"
#include "bb-course-plan-section.h"
#include "bb-course-staff-row.h"
#include "bb-course.h"

struct _BbCoursePlanSection
{
  BbCourseSection      parent_instance;

  /* The advisers to choose from: "None", then each by name, and their ids (0 first). */
  GtkStringList       *adviser_names;
  GArray              *adviser_ids;
  /* The rows of the goals and the staff groups, in order. */
  GPtrArray           *goal_rows;
  GPtrArray           *staff_rows;

  AdwComboRow         *referral_row;
  GtkStringList       *referral_labels;
  AdwEntryRow         *referral_note_row;
  AdwEntryRow         *first_contact_row;
  AdwEntryRow         *planned_row;
  AdwPreferencesGroup *goals_group;
  AdwEntryRow         *assessment_date_row;
  AdwEntryRow         *assessment_note_row;
  AdwComboRow         *adviser_row;
  AdwPreferencesGroup *staff_group;
  AdwEntryRow         *notes_row;
};

G_DEFINE_FINAL_TYPE (BbCoursePlanSection, bb_course_plan_section, BB_TYPE_COURSE_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_ADVISERS, NULL };

static void
on_field_changed (BbCoursePlanSection *self)
{
  bb_course_section_edited (BB_COURSE_SECTION (self));
}

static void
on_row_remove (BbCoursePlanSection *self,
               GtkWidget           *row)
{
  if (!g_ptr_array_remove (self->goal_rows, row))
    g_ptr_array_remove (self->staff_rows, row);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
  bb_course_section_edited (BB_COURSE_SECTION (self));
}

static void
add_row (BbCoursePlanSection *self,
         AdwPreferencesGroup *group,
         GPtrArray           *rows,
         GtkWidget           *row)
{
  g_signal_connect_object (row, "edited", G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_row_remove), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  while (rows->len > 0)
    adw_preferences_group_remove (group, g_ptr_array_steal_index (rows, rows->len - 1));
}

static void
add_new_row (BbCoursePlanSection *self,
             AdwPreferencesGroup *group,
             GPtrArray           *rows,
             GtkWidget           *row)
{
  add_row (self, group, rows, row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (row);
  bb_course_section_edited (BB_COURSE_SECTION (self));
}

static void
add_goal (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  BbCoursePlanSection *self = BB_COURSE_PLAN_SECTION (widget);

  add_new_row (self, self->goals_group, self->goal_rows, GTK_WIDGET (bb_course_goal_row_new (NULL)));
}

static void
add_staff (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  BbCoursePlanSection *self = BB_COURSE_PLAN_SECTION (widget);

  add_new_row (self, self->staff_group, self->staff_rows,
               GTK_WIDGET (bb_course_staff_row_new (NULL, G_LIST_MODEL (self->adviser_names), self->adviser_ids)));
}

static guint
adviser_position (BbCoursePlanSection *self,
                  gint64               adviser_id)
{
  for (guint i = 0; i < self->adviser_ids->len; i++)
    if (g_array_index (self->adviser_ids, gint64, i) == adviser_id)
      return i;
  return 0;
}

/* Every adviser, the inactive too: a course keeps the one who has left. Only ever
 * appended to, so what the combo rows have chosen stays chosen. */
static void
load_advisers (BbCoursePlanSection *self)
{
  BbContext *context = bb_course_section_get_context (BB_COURSE_SECTION (self));
  g_autoptr(GListModel) advisers = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (context == NULL)
    return;

  advisers = bb_adviser_repository_list (bb_context_get_advisers (context), TRUE, &error);
  if (advisers == NULL)
    {
      g_warning ("Advisers could not be read: %s", error->message);
      return;
    }

  if (self->adviser_ids->len == 0)
    {
      gint64 none = 0;

      gtk_string_list_append (self->adviser_names, C_("adviser", "None"));
      g_array_append_val (self->adviser_ids, none);
    }
  n = g_list_model_get_n_items (advisers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BbAdviser) adviser = g_list_model_get_item (advisers, i);
      gint64 id = bb_adviser_get_id (adviser);

      if (adviser_position (self, id) != 0)
        continue;
      gtk_string_list_append (self->adviser_names, bb_adviser_get_name (adviser));
      g_array_append_val (self->adviser_ids, id);
    }
}

/* An adviser added elsewhere can be chosen at once. */
static void
bb_course_plan_section_refresh (BbCourseSection *section)
{
  BbCoursePlanSection *self = BB_COURSE_PLAN_SECTION (section);

  if (self->adviser_ids->len > 0)
    load_advisers (self);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
bb_course_plan_section_load (BbCourseSection *section,
                             GObject         *item)
{
  BbCoursePlanSection *self = BB_COURSE_PLAN_SECTION (section);
  BbCourse *course = BB_COURSE (item);
  GPtrArray *goals;
  GPtrArray *staff;

  clear_rows (self->goals_group, self->goal_rows);
  clear_rows (self->staff_group, self->staff_rows);
  if (course == NULL)
    return;

  load_advisers (self);
  adw_combo_row_set_selected (self->referral_row, bb_course_get_referral_source (course));
  set_text (self->referral_note_row, bb_course_get_referral_note (course));
  set_text (self->first_contact_row, bb_course_get_first_contact (course));
  if (bb_course_get_planned_conversations (course) >= 0)
    {
      g_autofree char *planned = g_strdup_printf ("%d", bb_course_get_planned_conversations (course));

      set_text (self->planned_row, planned);
    }
  else
    set_text (self->planned_row, NULL);
  set_text (self->assessment_date_row, bb_course_get_assessment_date (course));
  set_text (self->assessment_note_row, bb_course_get_assessment_note (course));
  adw_combo_row_set_selected (self->adviser_row, adviser_position (self, bb_course_get_adviser_id (course)));
  set_text (self->notes_row, bb_course_get_notes (course));

  goals = bb_course_get_goals (course);
  for (guint i = 0; i < goals->len; i++)
    add_row (self, self->goals_group, self->goal_rows,
             GTK_WIDGET (bb_course_goal_row_new (g_ptr_array_index (goals, i))));
  staff = bb_course_get_staff (course);
  for (guint i = 0; i < staff->len; i++)
    add_row (self, self->staff_group, self->staff_rows,
             GTK_WIDGET (bb_course_staff_row_new (g_ptr_array_index (staff, i),
                                                  G_LIST_MODEL (self->adviser_names), self->adviser_ids)));
}

static gboolean
bb_course_plan_section_store (BbCourseSection  *section,
                              GObject          *item,
                              GError          **error)
{
  BbCoursePlanSection *self = BB_COURSE_PLAN_SECTION (section);
  BbCourse *course = BB_COURSE (item);
  g_autofree char *referral_note = bb_course_dup_text (GTK_EDITABLE (self->referral_note_row));
  g_autofree char *planned_text = bb_course_dup_text (GTK_EDITABLE (self->planned_row));
  g_autofree char *assessment_note = bb_course_dup_text (GTK_EDITABLE (self->assessment_note_row));
  g_autofree char *notes = bb_course_dup_text (GTK_EDITABLE (self->notes_row));
  g_autofree char *first_contact = NULL;
  g_autofree char *assessment_date = NULL;
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_course_goal_free);
  GPtrArray *course_goals = bb_course_get_goals (course);
  GPtrArray *course_staff = bb_course_get_staff (course);
  guint64 planned = G_MAXUINT64;
  guint adviser;

  if (!bb_course_parse_date (GTK_EDITABLE (self->first_contact_row), _("First contact"), &first_contact, error) ||
      !bb_course_parse_date (GTK_EDITABLE (self->assessment_date_row), _("Holistic assessment made on"),
                             &assessment_date, error))
    return FALSE;
  if (planned_text != NULL && !g_ascii_string_to_unsigned (planned_text, 10, 0, 99, &planned, NULL))
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("Planned advisory conversations: write a whole number from 0 to 99, or leave it empty while undecided."));
      return FALSE;
    }
  for (guint i = 0; i < self->goal_rows->len; i++)
    {
      BbCourseGoal *goal = NULL;

      if (!bb_course_goal_row_dup (g_ptr_array_index (self->goal_rows, i), &goal, error))
        return FALSE;
      g_ptr_array_add (goals, goal);
    }

  bb_course_set_referral_source (course, adw_combo_row_get_selected (self->referral_row));
  bb_course_set_referral_note (course, referral_note);
  bb_course_set_first_contact (course, first_contact);
  bb_course_set_planned_conversations (course, planned_text != NULL ? (int) planned : -1);
  bb_course_set_assessment_date (course, assessment_date);
  bb_course_set_assessment_note (course, assessment_note);
  adviser = adw_combo_row_get_selected (self->adviser_row);
  bb_course_set_adviser_id (course, adviser < self->adviser_ids->len ? g_array_index (self->adviser_ids, gint64, adviser) : 0);
  bb_course_set_notes (course, notes);

  /* All goals read, they move over together. */
  g_ptr_array_set_size (course_goals, 0);
  for (guint i = 0; i < goals->len; i++)
    g_ptr_array_add (course_goals, g_ptr_array_index (goals, i));
  g_ptr_array_set_free_func (goals, NULL);
  g_ptr_array_set_size (course_staff, 0);
  for (guint i = 0; i < self->staff_rows->len; i++)
    {
      BbCourseStaff *staff = bb_course_staff_row_dup (g_ptr_array_index (self->staff_rows, i));

      if (staff != NULL)
        g_ptr_array_add (course_staff, staff);
    }

  return TRUE;
}

static void
bb_course_plan_section_dispose (GObject *object)
{
  BbCoursePlanSection *self = BB_COURSE_PLAN_SECTION (object);

  g_clear_pointer (&self->goal_rows, g_ptr_array_unref);
  g_clear_pointer (&self->staff_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_COURSE_PLAN_SECTION);
  g_clear_pointer (&self->adviser_ids, g_array_unref);
  g_clear_object (&self->adviser_names);

  G_OBJECT_CLASS (bb_course_plan_section_parent_class)->dispose (object);
}

static void
bb_course_plan_section_class_init (BbCoursePlanSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbCourseSectionClass *section_class = BB_COURSE_SECTION_CLASS (klass);

  object_class->dispose = bb_course_plan_section_dispose;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_course_plan_section_refresh;
  section_class->load = bb_course_plan_section_load;
  section_class->store = bb_course_plan_section_store;

  g_type_ensure (BB_TYPE_COURSE_CPR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-plan-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCoursePlanSection, referral_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePlanSection, referral_labels);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePlanSection, referral_note_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePlanSection, first_contact_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePlanSection, planned_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePlanSection, goals_group);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePlanSection, assessment_date_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePlanSection, assessment_note_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePlanSection, adviser_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePlanSection, staff_group);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePlanSection, notes_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_install_action (widget_class, "plan.add-goal", NULL, add_goal);
  gtk_widget_class_install_action (widget_class, "plan.add-staff", NULL, add_staff);
}

static void
bb_course_plan_section_init (BbCoursePlanSection *self)
{
  self->goal_rows = g_ptr_array_new ();
  self->staff_rows = g_ptr_array_new ();
  self->adviser_names = gtk_string_list_new (NULL);
  self->adviser_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  BB_COURSE_FILL_LABELS (self->referral_labels, bb_referral_source, BB_REFERRAL_COUNT);
  adw_combo_row_set_model (self->adviser_row, G_LIST_MODEL (self->adviser_names));
}
