/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The foreign taxonomies of an import and what each of their terms stands for here. */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-format.h"
#include "bb-step.h"
#include "bb-target-group.h"
#include "bb-taxonomy-mapping.h"
#include "bb-taxonomy-mapping-dialog.h"

struct _BbTaxonomyMappingDialog
{
  AdwWindow             parent_instance;

  AdwPreferencesPage   *page;
  AdwPreferencesGroup  *intro_group;
  GtkButton            *done_button;

  BbImport             *import;
  /* The choices of every row: "Keep as keyword", the target groups, the steps. */
  GPtrArray            *targets;
};

G_DEFINE_FINAL_TYPE (BbTaxonomyMappingDialog, bb_taxonomy_mapping_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_MAPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_selected (AdwComboRow             *row,
                 GParamSpec              *pspec,
                 BbTaxonomyMappingDialog *self)
{
  BbForeignTerm *term = g_object_get_data (G_OBJECT (row), "foreign-term");
  guint selected = adw_combo_row_get_selected (row);
  GObject *target = NULL;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->targets->len)
    target = g_ptr_array_index (self->targets, selected - 1);

  if (target == bb_foreign_term_get_target (term))
    return;

  bb_import_map_term (self->import, term, target);
  g_signal_emit (self, signals[SIGNAL_MAPPED], 0);
}

/* "Keep as keyword", then each target group and each step, as the rows offer them. */
static GtkStringList *
new_choices (BbTaxonomyMappingDialog *self)
{
  GtkStringList *choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, _("Keep as keyword"));
  for (guint i = 0; i < self->targets->len; i++)
    {
      GObject *target = g_ptr_array_index (self->targets, i);
      g_autofree char *label = NULL;

      if (BB_IS_TARGET_GROUP (target))
        /* TRANSLATORS: a choice of what a foreign term stands for; %s is a target group */
        label = g_strdup_printf (_("Target group “%s”"), bb_target_group_get_name (BB_TARGET_GROUP (target)));
      else
        {
          g_autofree char *step = bb_step_dup_display_name (BB_STEP (target));

          /* TRANSLATORS: a choice of what a foreign term stands for; %s is a step ("1 – Early and light") */
          label = g_strdup_printf (_("Step “%s”"), step);
        }
      gtk_string_list_append (choices, label);
    }

  return choices;
}

static GtkWidget *
new_term_row (BbTaxonomyMappingDialog *self,
              BbForeignTerm           *term,
              GListModel              *choices)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autofree char *label = bb_foreign_term_dup_label (term);
  g_autofree char *title = g_markup_escape_text (label, -1);
  g_autofree char *subtitle = NULL;
  guint n_offers = bb_foreign_term_get_n_offers (term);
  guint selected = 0;

  for (guint i = 0; i < self->targets->len; i++)
    {
      if (g_ptr_array_index (self->targets, i) == bb_foreign_term_get_target (term))
        selected = i + 1;
    }

  if (bb_foreign_term_get_remembered (term))
    /* TRANSLATORS: under a foreign term: how many offers of the file use it, and that
     * its mapping is the one chosen for an earlier file */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Used by %u offer · as remembered",
                                             "Used by %u offers · as remembered",
                                             n_offers),
                                n_offers);
  else
    /* TRANSLATORS: under a foreign term: how many offers of the file use it */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Used by %u offer",
                                             "Used by %u offers",
                                             n_offers),
                                n_offers);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), choices);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (row), "foreign-term", g_object_ref (term), g_object_unref);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_row_selected), self, 0);
  return row;
}

static void
fill (BbTaxonomyMappingDialog *self)
{
  BbTaxonomyMapping *mapping = bb_import_get_taxonomy_mapping (self->import);
  g_autoptr(GtkStringList) choices = NULL;
  g_auto(GStrv) taxonomies = NULL;
  GListModel *lists[] = {
    bb_import_get_catalogue_entries (self->import, BB_IMPORT_NAME_TARGET_GROUP),
    bb_import_get_catalogue_entries (self->import, BB_IMPORT_NAME_STEP),
  };
  GListModel *terms;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      for (guint j = 0; lists[i] != NULL && j < g_list_model_get_n_items (lists[i]); j++)
        g_ptr_array_add (self->targets, g_list_model_get_item (lists[i], j));
    }
  choices = new_choices (self);

  if (mapping == NULL)
    return;

  terms = bb_taxonomy_mapping_get_terms (mapping);
  taxonomies = bb_taxonomy_mapping_dup_taxonomies (mapping);
  for (guint i = 0; taxonomies[i] != NULL; i++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      g_autofree char *title = g_markup_escape_text (*taxonomies[i] != '\0' ? taxonomies[i]
                                                     : _("Terms without a taxonomy"), -1);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      for (guint j = 0; j < g_list_model_get_n_items (terms); j++)
        {
          g_autoptr(BbForeignTerm) term = g_list_model_get_item (terms, j);

          if (g_str_equal (bb_foreign_term_get_taxonomy (term), taxonomies[i]))
            adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                       new_term_row (self, term, G_LIST_MODEL (choices)));
        }
      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
    }
}

static void
bb_taxonomy_mapping_dialog_dispose (GObject *object)
{
  BbTaxonomyMappingDialog *self = BB_TAXONOMY_MAPPING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_TAXONOMY_MAPPING_DIALOG);
  g_clear_object (&self->import);
  g_clear_pointer (&self->targets, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_taxonomy_mapping_dialog_parent_class)->dispose (object);
}

static void
bb_taxonomy_mapping_dialog_class_init (BbTaxonomyMappingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_taxonomy_mapping_dialog_dispose;

  signals[SIGNAL_MAPPED] =
    g_signal_new ("mapped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-taxonomy-mapping-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BbTaxonomyMappingDialog, page);
  gtk_widget_class_bind_template_child (widget_class, BbTaxonomyMappingDialog, intro_group);
  gtk_widget_class_bind_template_child (widget_class, BbTaxonomyMappingDialog, done_button);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_taxonomy_mapping_dialog_init (BbTaxonomyMappingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->targets = g_ptr_array_new_with_free_func (g_object_unref);
}

BbTaxonomyMappingDialog *
bb_taxonomy_mapping_dialog_new (BbImport *import)
{
  BbTaxonomyMappingDialog *self;

  g_return_val_if_fail (BB_IS_IMPORT (import), NULL);

  self = g_object_new (BB_TYPE_TAXONOMY_MAPPING_DIALOG, NULL);
  self->import = g_object_ref (import);
  fill (self);
  return self;
}
