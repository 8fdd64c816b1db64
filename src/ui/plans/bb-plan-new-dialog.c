/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-plan-new-dialog.h"

struct _BbPlanNewDialog
{
  AdwWindow            parent_instance;

  BbContext           *context;

  AdwEntryRow         *title_row;
  GtkLabel            *error_label;
  AdwPreferencesGroup *models_group;
  GtkCheckButton      *blank_check;
};

G_DEFINE_FINAL_TYPE (BbPlanNewDialog, bb_plan_new_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The template of the chosen row; NULL for a blank plan. */
static BbPlanTemplate *
chosen_template (BbPlanNewDialog *self)
{
  GtkWidget *check = GTK_WIDGET (self->blank_check);

  /* The checks form one group, in the rows' order. */
  for (GtkWidget *row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *row_check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      if (row_check != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (row_check)))
        return g_object_get_data (G_OBJECT (row), "template");
    }
  return NULL;
}

static void
on_create (BbPlanNewDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  gint64 id;

  if (*title == '\0')
    {
      gtk_label_set_text (self->error_label, _("Give the plan a title."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return;
    }

  id = bb_plan_repository_create (bb_context_get_plans (self->context), chosen_template (self), title, &error);
  if (id == 0)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
add_template_rows (BbPlanNewDialog *self)
{
  GPtrArray *templates = bb_context_get_templates (self->context);

  for (guint i = 0; templates != NULL && i < templates->len; i++)
    {
      BbPlanTemplate *template = g_ptr_array_index (templates, i);
      g_autofree char *title = g_strdup_printf ("%s %s", bb_template_text_get (bb_plan_template_get_title (template)),
                                                bb_plan_template_get_version (template));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   bb_template_text_get (bb_plan_template_get_description (template)));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->blank_check);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data_full (G_OBJECT (row), "template", g_object_ref (template), g_object_unref);
      adw_preferences_group_add (self->models_group, row);
    }
}

static void
bb_plan_new_dialog_dispose (GObject *object)
{
  BbPlanNewDialog *self = BB_PLAN_NEW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_NEW_DIALOG);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_plan_new_dialog_parent_class)->dispose (object);
}

static void
bb_plan_new_dialog_constructed (GObject *object)
{
  BbPlanNewDialog *self = BB_PLAN_NEW_DIALOG (object);

  G_OBJECT_CLASS (bb_plan_new_dialog_parent_class)->constructed (object);

  add_template_rows (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
bb_plan_new_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BbPlanNewDialog *self = BB_PLAN_NEW_DIALOG (object);

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
bb_plan_new_dialog_class_init (BbPlanNewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_plan_new_dialog_dispose;
  object_class->constructed = bb_plan_new_dialog_constructed;
  object_class->set_property = bb_plan_new_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BB_TYPE_CONTEXT,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-new-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanNewDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanNewDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanNewDialog, models_group);
  gtk_widget_class_bind_template_child (widget_class, BbPlanNewDialog, blank_check);
  gtk_widget_class_bind_template_callback (widget_class, on_create);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_plan_new_dialog_init (BbPlanNewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbPlanNewDialog *
bb_plan_new_dialog_new (BbContext *context)
{
  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);

  return g_object_new (BB_TYPE_PLAN_NEW_DIALOG, "context", context, NULL);
}
