/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-plan-activities-section.h"
#include "bb-plan-basics-section.h"
#include "bb-plan-competence-section.h"
#include "bb-plan-elements-section.h"
#include "bb-plan-indicators-section.h"
#include "bb-plan-page.h"
#include "bb-plan-print.h"
#include "bb-plan-partners-section.h"
#include "bb-plan-questions-section.h"
#include "bb-plan-row.h"
#include "bb-plan-section.h"
#include "bb-plan-status-section.h"
#include "bb-plan-timeline.h"
#include "bb-plan-trials-section.h"

struct _BbPlanPage
{
  GtkWidget        parent_instance;

  BbContext       *context;
  gint64           plan_id;
  BbPlan          *plan;
  /* The newer version of the plan's model, when there is one. */
  BbPlanTemplate  *newer;
  gulong           changed_id;
  /* Shows the sections below the first screen after the first frame. */
  guint            reveal_source;

  GtkLabel        *title_label;
  GtkLabel        *subtitle_label;
  GtkRevealer     *banner_revealer;
  GtkLabel        *banner_label;
  GtkWidget       *sections_box;
};

G_DEFINE_FINAL_TYPE (BbPlanPage, bb_plan_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PLAN_ID,
  N_PROPS
};

enum {
  PLAN_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- the newer model ------------------------------------------------- */

static GPtrArray *
diff_to_newer (BbPlanPage *self)
{
  GPtrArray *templates = bb_context_get_templates (self->context);
  BbPlanTemplate *older = bb_plan_template_find (templates, bb_plan_get_model (self->plan),
                                                 bb_plan_get_template_version (self->plan));

  if (older == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) bb_template_change_free);
  return bb_plan_template_diff (older, self->newer);
}

/* "3 elements merged, 1 renamed": the kinds of change, counted, in words. */
static char *
dup_changes_summary (GPtrArray *changes)
{
  guint counts[BB_TEMPLATE_CHANGE_REMOVED + 1] = { 0 };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < changes->len; i++)
    counts[((BbTemplateChange *) g_ptr_array_index (changes, i))->kind]++;

  if (counts[BB_TEMPLATE_CHANGE_MERGED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u element merged", "%u elements merged",
                                                          counts[BB_TEMPLATE_CHANGE_MERGED]),
                                             counts[BB_TEMPLATE_CHANGE_MERGED]));
  if (counts[BB_TEMPLATE_CHANGE_RENAMED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u renamed", "%u renamed",
                                                          counts[BB_TEMPLATE_CHANGE_RENAMED]),
                                             counts[BB_TEMPLATE_CHANGE_RENAMED]));
  if (counts[BB_TEMPLATE_CHANGE_ADDED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added", "%u added",
                                                          counts[BB_TEMPLATE_CHANGE_ADDED]),
                                             counts[BB_TEMPLATE_CHANGE_ADDED]));
  if (counts[BB_TEMPLATE_CHANGE_REMOVED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u removed", "%u removed",
                                                          counts[BB_TEMPLATE_CHANGE_REMOVED]),
                                             counts[BB_TEMPLATE_CHANGE_REMOVED]));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static void
update_banner (BbPlanPage *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *text = NULL;

  g_clear_object (&self->newer);
  if (self->plan != NULL && *bb_plan_get_model (self->plan) != '\0')
    {
      BbPlanTemplate *newer = bb_plan_template_find_newer (bb_context_get_templates (self->context),
                                                           bb_plan_get_model (self->plan),
                                                           bb_plan_get_template_version (self->plan));

      self->newer = newer != NULL ? g_object_ref (newer) : NULL;
    }

  gtk_revealer_set_reveal_child (self->banner_revealer, self->newer != NULL);
  if (self->newer == NULL)
    return;

  changes = diff_to_newer (self);
  summary = dup_changes_summary (changes);
  if (*summary != '\0')
    /* Translators: %s is a version ("2023"), then what changed ("3 elements merged, 1 renamed"). */
    text = g_strdup_printf (_("A newer version of this model (%s) exists: %s."),
                            bb_plan_template_get_version (self->newer), summary);
  else
    /* Translators: %s is a version ("2023"). */
    text = g_strdup_printf (_("A newer version of this model (%s) exists."),
                            bb_plan_template_get_version (self->newer));
  gtk_label_set_text (self->banner_label, text);
}

static void
on_changes_response (AdwMessageDialog *dialog,
                     const char       *response,
                     BbPlanPage       *self)
{
  if (g_strcmp0 (response, "carry-over") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "page.carry-over", NULL);
}

static void
show_changes (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbPlanPage *self = BB_PLAN_PAGE (widget);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *heading = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (self->newer == NULL)
    return;

  changes = diff_to_newer (self);
  for (guint i = 0; i < changes->len; i++)
    {
      BbTemplateChange *change = g_ptr_array_index (changes, i);

      g_string_append_printf (body, "%s• %s", i > 0 ? "\n" : "", change->description);
    }
  if (changes->len == 0)
    g_string_append (body, _("The core elements are the same; texts and suggestions may differ."));

  /* Translators: %s is the model, then the version ("Youth intervention model", "2023"). */
  heading = g_strdup_printf (_("What Changed in %s %s"),
                             bb_template_text_get (bb_plan_template_get_title (self->newer)),
                             bb_plan_template_get_version (self->newer));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, body->str));
  adw_message_dialog_add_responses (dialog, "close", _("_Close"), "carry-over", _("_Carry Over"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "carry-over", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_changes_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
carry_over (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbPlanPage *self = BB_PLAN_PAGE (widget);
  g_autoptr(BbPlanTemplate) newer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (self->newer == NULL)
    return;

  newer = g_object_ref (self->newer);
  if (!bb_plan_repository_carry_over (bb_context_get_plans (self->context), self->plan_id, newer, &error))
    {
      bb_page_section_show_error (widget, error);
      return;
    }
  /* Translators: %s is a version ("2023"). */
  title = g_strdup_printf (_("The plan follows the %s version of its model now"), bb_plan_template_get_version (newer));
  bb_page_section_add_toast (widget, adw_toast_new (title));
}

/* ---- loading --------------------------------------------------------- */

static void
load (BbPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *model = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, self->plan_id);

  g_clear_object (&self->plan);
  if (self->context != NULL && self->plan_id != 0)
    {
      self->plan = bb_plan_repository_get (bb_context_get_plans (self->context), self->plan_id, &error);
      if (self->plan == NULL)
        g_debug ("Plan %" G_GINT64_FORMAT " is gone: %s", self->plan_id, error->message);
    }

  if (self->plan != NULL)
    {
      model = bb_plan_dup_model_text (self->plan);
      /* Translators: the plan's number (the id the command line takes), then its model. */
      subtitle = g_strdup_printf (_("Plan %s · %s"), number, model);
      gtk_label_set_text (self->title_label, bb_plan_get_title (self->plan));
      gtk_label_set_text (self->subtitle_label, subtitle);
    }
  update_banner (self);
  g_signal_emit (self, signals[PLAN_CHANGED], 0);
}

static void
on_database_changed (BbPlanPage *self,
                     const char *domain)
{
  load (self);
}

/* The section in @child: @child itself, or the one in the box that holds it until it
 * is shown. */
static GtkWidget *
section_in (GtkWidget *child)
{
  if (BB_IS_PLAN_SECTION (child))
    return child;
  child = gtk_widget_get_first_child (child);
  return child != NULL && BB_IS_PLAN_SECTION (child) ? child : NULL;
}

static void
update_sections (BbPlanPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->sections_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *section = section_in (child);

      if (section != NULL)
        g_object_set (section, "context", self->context, "plan-id", self->plan_id, NULL);
    }
}

/* One more section below the first screen, per turn of the main loop after what is
 * waiting (the first frame); its box shows as long as the section does, so that a
 * section with nothing to show (a blank plan's challenges) leaves no gap. */
static gboolean
reveal_next (gpointer data)
{
  BbPlanPage *self = BB_PLAN_PAGE (data);

  for (GtkWidget *child = gtk_widget_get_first_child (self->sections_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!BB_IS_PLAN_SECTION (child) && g_object_get_data (G_OBJECT (child), "bb-revealed") == NULL)
      {
        g_object_set_data (G_OBJECT (child), "bb-revealed", GINT_TO_POINTER (TRUE));
        g_object_bind_property (section_in (child), "visible", child, "visible", G_BINDING_SYNC_CREATE);
        /* A hidden section leaves its box hidden: on to the next one at once. */
        if (gtk_widget_get_visible (child))
          return G_SOURCE_CONTINUE;
      }
  self->reveal_source = 0;
  return G_SOURCE_REMOVE;
}

static void
bb_plan_page_map (GtkWidget *widget)
{
  BbPlanPage *self = BB_PLAN_PAGE (widget);

  GTK_WIDGET_CLASS (bb_plan_page_parent_class)->map (widget);
  if (self->reveal_source == 0)
    self->reveal_source = g_idle_add_full (G_PRIORITY_LOW, reveal_next, self, NULL);
}

static void
set_context (BbPlanPage *self,
             BbContext  *context)
{
  if (self->context == context)
    return;

  if (self->changed_id != 0)
    g_clear_signal_handler (&self->changed_id, bb_context_get_database (self->context));
  g_set_object (&self->context, context);
  if (context != NULL)
    self->changed_id = g_signal_connect_object (bb_context_get_database (context), "changed::" BB_DOMAIN_PLANS,
                                                G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  load (self);
  update_sections (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
set_plan_id (BbPlanPage *self,
             gint64      plan_id)
{
  if (self->plan_id == plan_id)
    return;

  self->plan_id = plan_id;
  load (self);
  update_sections (self);
  /* Another plan starts at its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (GTK_WIDGET (self)))), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_plan_page_dispose (GObject *object)
{
  BbPlanPage *self = BB_PLAN_PAGE (object);
  GtkWidget *child;

  if (self->changed_id != 0)
    g_clear_signal_handler (&self->changed_id, bb_context_get_database (self->context));
  g_clear_handle_id (&self->reveal_source, g_source_remove);
  /* The template's top widget has no name, so disposing the template leaves it to us. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_PAGE);
  g_clear_object (&self->plan);
  g_clear_object (&self->newer);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_plan_page_parent_class)->dispose (object);
}

static void
bb_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BbPlanPage *self = BB_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_PLAN_ID:
      g_value_set_int64 (value, self->plan_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BbPlanPage *self = BB_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      set_context (self, g_value_get_object (value));
      break;
    case PROP_PLAN_ID:
      set_plan_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_plan_page_class_init (BbPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_plan_page_dispose;
  object_class->get_property = bb_plan_page_get_property;
  object_class->set_property = bb_plan_page_set_property;
  widget_class->map = bb_plan_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PLAN_CHANGED] = g_signal_new ("plan-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* The sections, in the page's order. G2: add the later sections' types here. */
  g_type_ensure (BB_TYPE_PLAN_BASICS_SECTION);
  g_type_ensure (BB_TYPE_PLAN_STATUS_SECTION);
  g_type_ensure (BB_TYPE_PLAN_ELEMENTS_SECTION);
  g_type_ensure (BB_TYPE_PLAN_QUESTIONS_SECTION);
  g_type_ensure (BB_TYPE_PLAN_ACTIVITIES_SECTION);
  g_type_ensure (BB_TYPE_PLAN_TIMELINE);
  g_type_ensure (BB_TYPE_PLAN_PARTNERS_SECTION);
  g_type_ensure (BB_TYPE_PLAN_INDICATORS_SECTION);
  g_type_ensure (BB_TYPE_PLAN_TRIALS_SECTION);
  g_type_ensure (BB_TYPE_PLAN_COMPETENCE_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/brobygger/Brobygger/plans/bb-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanPage, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, BbPlanPage, banner_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanPage, sections_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "page.show-changes", NULL, show_changes);
  gtk_widget_class_install_action (widget_class, "page.carry-over", NULL, carry_over);
}

static void
bb_plan_page_init (BbPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

gboolean
bb_plan_page_get_archived (BbPlanPage *self)
{
  g_return_val_if_fail (BB_IS_PLAN_PAGE (self), FALSE);

  return self->plan != NULL && bb_plan_get_archived (self->plan);
}

gboolean
bb_plan_page_save_pdf (BbPlanPage  *self,
                       GFile       *file,
                       GError     **error)
{
  g_return_val_if_fail (BB_IS_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (self->context != NULL && self->plan_id != 0, FALSE);

  return bb_plan_report_write (bb_context_get_plans (self->context), self->plan_id, file, error);
}

gboolean
bb_plan_page_print (BbPlanPage  *self,
                    GtkWindow   *parent,
                    GError     **error)
{
  g_autoptr(BbPlanPrint) operation = NULL;
  BbPlanReport *report;

  g_return_val_if_fail (BB_IS_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (self->context != NULL && self->plan_id != 0, FALSE);

  report = bb_plan_report_new (bb_context_get_plans (self->context), self->plan_id, error);
  if (report == NULL)
    return FALSE;

  operation = bb_plan_print_new (report);
  return gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                  parent, error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}
