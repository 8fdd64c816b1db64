/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-plan-basics-section.h"

struct _BbPlanBasicsSection
{
  BbPlanSection  parent_instance;

  /* The plan the fields show, and whether they are being filled from it. */
  gint64         loaded_id;
  gboolean       loading;

  AdwEntryRow   *title_row;
  AdwEntryRow   *organisation_row;
  AdwEntryRow   *owner_row;
  AdwEntryRow   *start_row;
  AdwEntryRow   *end_row;
  GtkLabel      *error_label;
  GtkTextView   *purpose_view;
  GtkTextView   *target_view;
};

G_DEFINE_FINAL_TYPE (BbPlanBasicsSection, bb_plan_basics_section, BB_TYPE_PLAN_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_PLANS, NULL };

static void
show_error (BbPlanBasicsSection *self,
            GtkWidget           *field,
            const char          *message)
{
  GtkWidget *rows[] = { GTK_WIDGET (self->title_row), GTK_WIDGET (self->start_row), GTK_WIDGET (self->end_row) };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (rows[i] == field)
      gtk_widget_add_css_class (rows[i], "error");
    else
      gtk_widget_remove_css_class (rows[i], "error");

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Sets @text unless the field holds it already, so a reload after the user's own save
 * leaves the cursor where it was. */
static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *now = bb_page_dup_buffer_text (buffer);

  if (g_strcmp0 (now != NULL ? now : "", text != NULL ? text : "") != 0)
    gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
}

static void
bb_plan_basics_section_save (BbPlanSection *section)
{
  BbPlanBasicsSection *self = BB_PLAN_BASICS_SECTION (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = bb_page_dup_text (GTK_EDITABLE (self->title_row));
  g_autofree char *organisation = bb_page_dup_text (GTK_EDITABLE (self->organisation_row));
  g_autofree char *owner = bb_page_dup_text (GTK_EDITABLE (self->owner_row));
  g_autofree char *purpose = bb_page_dup_buffer_text (gtk_text_view_get_buffer (self->purpose_view));
  g_autofree char *target = bb_page_dup_buffer_text (gtk_text_view_get_buffer (self->target_view));
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (plans == NULL || self->loaded_id == 0)
    return;

  if (!bb_page_parse_date (GTK_EDITABLE (self->start_row), _("Period starts"), &start, &error))
    {
      show_error (self, GTK_WIDGET (self->start_row), error->message);
      return;
    }
  if (!bb_page_parse_date (GTK_EDITABLE (self->end_row), _("Period ends"), &end, &error))
    {
      show_error (self, GTK_WIDGET (self->end_row), error->message);
      return;
    }

  plan = bb_plan_repository_get (plans, self->loaded_id, &error);
  if (plan == NULL)
    return;

  bb_plan_set_title (plan, title != NULL ? title : "");
  bb_plan_set_organisation (plan, organisation != NULL ? organisation : "");
  bb_plan_set_owner (plan, owner != NULL ? owner : "");
  bb_plan_set_purpose (plan, purpose != NULL ? purpose : "");
  bb_plan_set_target_group (plan, target != NULL ? target : "");
  bb_plan_set_period_start (plan, start);
  bb_plan_set_period_end (plan, end);

  if (!bb_plan_validate (plan, &error))
    {
      /* A plan's own fields fail on a missing title or a period that ends first. */
      show_error (self, title == NULL ? GTK_WIDGET (self->title_row) : GTK_WIDGET (self->end_row), error->message);
      return;
    }
  if (!bb_plan_repository_save (plans, plan, &error))
    {
      show_error (self, NULL, error->message);
      return;
    }
  show_error (self, NULL, NULL);
}

static void
on_field_changed (BbPlanBasicsSection *self)
{
  if (!self->loading)
    bb_plan_section_queue_save (BB_PLAN_SECTION (self));
}

static void
bb_plan_basics_section_refresh (BbPlanSection *section)
{
  BbPlanBasicsSection *self = BB_PLAN_BASICS_SECTION (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  gint64 id = bb_plan_section_get_plan_id (section);
  g_autoptr(BbPlan) plan = NULL;

  if (id == self->loaded_id && bb_plan_section_get_save_queued (section))
    return;

  self->loaded_id = 0;
  if (plans == NULL || id == 0 || (plan = bb_plan_repository_get (plans, id, NULL)) == NULL)
    return;

  self->loading = TRUE;
  set_entry_text (self->title_row, bb_plan_get_title (plan));
  set_entry_text (self->organisation_row, bb_plan_get_organisation (plan));
  set_entry_text (self->owner_row, bb_plan_get_owner (plan));
  set_entry_text (self->start_row, bb_plan_get_period_start (plan));
  set_entry_text (self->end_row, bb_plan_get_period_end (plan));
  set_view_text (self->purpose_view, bb_plan_get_purpose (plan));
  set_view_text (self->target_view, bb_plan_get_target_group (plan));
  self->loading = FALSE;
  self->loaded_id = id;
}

static void
bb_plan_basics_section_class_init (BbPlanBasicsSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbPlanSectionClass *section_class = BB_PLAN_SECTION_CLASS (klass);

  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_plan_basics_section_refresh;
  section_class->save = bb_plan_basics_section_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-basics-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, owner_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, start_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, end_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, error_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, purpose_view);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, target_view);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
}

static void
bb_plan_basics_section_init (BbPlanBasicsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  {
    GtkWidget *fields[] = {
      GTK_WIDGET (self->title_row), GTK_WIDGET (self->organisation_row), GTK_WIDGET (self->owner_row),
      GTK_WIDGET (self->start_row), GTK_WIDGET (self->end_row),
      GTK_WIDGET (self->purpose_view), GTK_WIDGET (self->target_view),
    };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      bb_plan_section_save_on_leave (BB_PLAN_SECTION (self), fields[i]);
  }
  g_signal_connect_object (gtk_text_view_get_buffer (self->purpose_view), "changed",
                           G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->target_view), "changed",
                           G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
}
