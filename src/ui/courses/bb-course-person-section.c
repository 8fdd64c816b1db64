/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-cpr-row.h"
#include "bb-course-guardian-row.h"
#include "bb-course-person-section.h"
#include "bb-young-person.h"

struct _BbCoursePersonSection
{
  BbCourseSection       parent_instance;

  /* The guardian rows, in order (the group has no list of its own children). */
  GPtrArray            *guardian_rows;

  AdwEntryRow          *name_row;
  GtkSwitch            *pseudonym_switch;
  AdwEntryRow          *birth_date_row;
  GtkLabel             *age_label;
  AdwEntryRow          *phone_row;
  AdwEntryRow          *email_row;
  AdwEntryRow          *address_row;
  AdwComboRow          *occupation_row;
  GtkStringList        *occupation_labels;
  AdwEntryRow          *occupation_note_row;
  AdwPreferencesGroup  *guardians_group;
  AdwEntryRow          *consent_date_row;
  AdwEntryRow          *consent_scope_row;
};

G_DEFINE_FINAL_TYPE (BbCoursePersonSection, bb_course_person_section, BB_TYPE_COURSE_SECTION)

static void
update_age (BbCoursePersonSection *self)
{
  BbContext *context = bb_course_section_get_context (BB_COURSE_SECTION (self));
  g_autofree char *birth_date = NULL;
  g_autofree char *today = NULL;
  int age = -1;

  if (context != NULL &&
      bb_course_parse_date (GTK_EDITABLE (self->birth_date_row), "", &birth_date, NULL) &&
      birth_date != NULL)
    {
      today = bb_course_dup_today (context);
      age = bb_age_in_years (birth_date, today);
    }

  if (age >= 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", age), age);

      gtk_label_set_label (self->age_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->age_label), age >= 0);
}

static void
on_field_changed (BbCoursePersonSection *self)
{
  bb_course_section_edited (BB_COURSE_SECTION (self));
}

static void
on_birth_date_changed (BbCoursePersonSection *self)
{
  update_age (self);
  bb_course_section_edited (BB_COURSE_SECTION (self));
}

static void
on_guardian_remove (BbCoursePersonSection *self,
                    BbCourseGuardianRow   *row)
{
  g_ptr_array_remove (self->guardian_rows, row);
  adw_preferences_group_remove (self->guardians_group, GTK_WIDGET (row));
  bb_course_section_edited (BB_COURSE_SECTION (self));
}

static BbCourseGuardianRow *
add_guardian_row (BbCoursePersonSection *self,
                  const BbGuardian      *guardian)
{
  BbCourseGuardianRow *row = bb_course_guardian_row_new (guardian);

  g_signal_connect_object (row, "edited", G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_guardian_remove), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->guardians_group, GTK_WIDGET (row));
  g_ptr_array_add (self->guardian_rows, row);
  return row;
}

static void
add_guardian (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbCoursePersonSection *self = BB_COURSE_PERSON_SECTION (widget);
  BbCourseGuardianRow *row = add_guardian_row (self, NULL);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  bb_course_section_edited (BB_COURSE_SECTION (self));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
bb_course_person_section_load (BbCourseSection *section,
                               GObject         *item)
{
  BbCoursePersonSection *self = BB_COURSE_PERSON_SECTION (section);
  BbYoungPerson *person = BB_YOUNG_PERSON (item);
  GPtrArray *guardians;

  while (self->guardian_rows->len > 0)
    {
      GtkWidget *row = g_ptr_array_steal_index (self->guardian_rows, self->guardian_rows->len - 1);

      adw_preferences_group_remove (self->guardians_group, row);
    }

  if (person == NULL)
    return;

  set_text (self->name_row, bb_young_person_get_name (person));
  gtk_switch_set_active (self->pseudonym_switch, bb_young_person_get_is_pseudonym (person));
  set_text (self->birth_date_row, bb_young_person_get_birth_date (person));
  set_text (self->phone_row, bb_young_person_get_phone (person));
  set_text (self->email_row, bb_young_person_get_email (person));
  set_text (self->address_row, bb_young_person_get_address (person));
  adw_combo_row_set_selected (self->occupation_row, bb_young_person_get_occupation (person));
  set_text (self->occupation_note_row, bb_young_person_get_occupation_note (person));
  set_text (self->consent_date_row, bb_young_person_get_consent_date (person));
  set_text (self->consent_scope_row, bb_young_person_get_consent_scope (person));

  guardians = bb_young_person_get_guardians (person);
  for (guint i = 0; i < guardians->len; i++)
    add_guardian_row (self, g_ptr_array_index (guardians, i));
  update_age (self);
}

static gboolean
bb_course_person_section_store (BbCourseSection  *section,
                                GObject          *item,
                                GError          **error)
{
  BbCoursePersonSection *self = BB_COURSE_PERSON_SECTION (section);
  BbYoungPerson *person = BB_YOUNG_PERSON (item);
  g_autofree char *name = bb_course_dup_text (GTK_EDITABLE (self->name_row));
  g_autofree char *phone = bb_course_dup_text (GTK_EDITABLE (self->phone_row));
  g_autofree char *email = bb_course_dup_text (GTK_EDITABLE (self->email_row));
  g_autofree char *address = bb_course_dup_text (GTK_EDITABLE (self->address_row));
  g_autofree char *occupation_note = bb_course_dup_text (GTK_EDITABLE (self->occupation_note_row));
  g_autofree char *consent_scope = bb_course_dup_text (GTK_EDITABLE (self->consent_scope_row));
  g_autofree char *birth_date = NULL;
  g_autofree char *consent_date = NULL;
  GPtrArray *guardians = bb_young_person_get_guardians (person);

  if (!bb_course_parse_date (GTK_EDITABLE (self->birth_date_row), _("Birth date"), &birth_date, error) ||
      !bb_course_parse_date (GTK_EDITABLE (self->consent_date_row), _("Consent given on"), &consent_date, error))
    return FALSE;

  bb_young_person_set_name (person, name);
  bb_young_person_set_is_pseudonym (person, gtk_switch_get_active (self->pseudonym_switch));
  bb_young_person_set_birth_date (person, birth_date);
  bb_young_person_set_phone (person, phone);
  bb_young_person_set_email (person, email);
  bb_young_person_set_address (person, address);
  bb_young_person_set_occupation (person, adw_combo_row_get_selected (self->occupation_row));
  bb_young_person_set_occupation_note (person, occupation_note);
  bb_young_person_set_consent_date (person, consent_date);
  bb_young_person_set_consent_scope (person, consent_scope);

  g_ptr_array_set_size (guardians, 0);
  for (guint i = 0; i < self->guardian_rows->len; i++)
    g_ptr_array_add (guardians, bb_course_guardian_row_dup (g_ptr_array_index (self->guardian_rows, i)));

  return TRUE;
}

static void
bb_course_person_section_dispose (GObject *object)
{
  BbCoursePersonSection *self = BB_COURSE_PERSON_SECTION (object);

  g_clear_pointer (&self->guardian_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_COURSE_PERSON_SECTION);

  G_OBJECT_CLASS (bb_course_person_section_parent_class)->dispose (object);
}

static void
bb_course_person_section_class_init (BbCoursePersonSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbCourseSectionClass *section_class = BB_COURSE_SECTION_CLASS (klass);

  object_class->dispose = bb_course_person_section_dispose;
  section_class->load = bb_course_person_section_load;
  section_class->store = bb_course_person_section_store;

  g_type_ensure (BB_TYPE_COURSE_CPR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-person-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, name_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, pseudonym_switch);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, birth_date_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, age_label);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, phone_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, email_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, address_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, occupation_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, occupation_labels);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, occupation_note_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, guardians_group);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, consent_date_row);
  gtk_widget_class_bind_template_child (widget_class, BbCoursePersonSection, consent_scope_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_birth_date_changed);
  gtk_widget_class_install_action (widget_class, "person.add-guardian", NULL, add_guardian);
}

static void
bb_course_person_section_init (BbCoursePersonSection *self)
{
  /* Removing a row from its group drops the group's reference; this keeps none. */
  self->guardian_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  BB_COURSE_FILL_LABELS (self->occupation_labels, bb_occupation, BB_OCCUPATION_COUNT);
}
