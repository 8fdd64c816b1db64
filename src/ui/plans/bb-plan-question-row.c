/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-page-section.h"
#include "bb-plan-question-row.h"

struct _BbPlanQuestionRow
{
  AdwExpanderRow  parent_instance;

  gboolean        with_rating;
  gboolean        loading;

  GtkLabel       *questions_label;
  AdwComboRow    *rating_row;
  GtkStringList  *rating_labels;
  AdwEntryRow    *text_row;
};

G_DEFINE_FINAL_TYPE (BbPlanQuestionRow, bb_plan_question_row, ADW_TYPE_EXPANDER_ROW)

enum {
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_subtitle (BbPlanQuestionRow *self)
{
  BbChallengeRating rating = bb_plan_question_row_get_rating (self);
  g_autofree char *text = bb_plan_question_row_dup_text (self);

  if (self->with_rating)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), bb_challenge_rating_get_label (rating));
  else
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), text != NULL ? _("Adaptations planned") : _("Nothing planned yet"));
}

static void
on_edited (BbPlanQuestionRow *self)
{
  if (self->loading)
    return;
  update_subtitle (self);
  g_signal_emit (self, signals[EDITED], 0);
}

static void
bb_plan_question_row_class_init (BbPlanQuestionRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-question-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanQuestionRow, questions_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanQuestionRow, rating_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanQuestionRow, rating_labels);
  gtk_widget_class_bind_template_child (widget_class, BbPlanQuestionRow, text_row);
  gtk_widget_class_bind_template_callback (widget_class, on_edited);
}

static void
bb_plan_question_row_init (BbPlanQuestionRow *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  BB_PAGE_FILL_LABELS (self->rating_labels, bb_challenge_rating, BB_CHALLENGE_RATING_COUNT);
  self->loading = FALSE;
}

BbPlanQuestionRow *
bb_plan_question_row_new (gboolean    with_rating,
                          const char *text_title)
{
  BbPlanQuestionRow *self = g_object_new (BB_TYPE_PLAN_QUESTION_ROW, NULL);

  self->with_rating = with_rating;
  gtk_widget_set_visible (GTK_WIDGET (self->rating_row), with_rating);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_row), text_title);
  return self;
}

void
bb_plan_question_row_set (BbPlanQuestionRow *self,
                          const char        *title,
                          const char        *questions,
                          BbChallengeRating  rating,
                          const char        *text)
{
  g_autofree char *rating_name = NULL;
  g_autofree char *text_name = NULL;

  g_return_if_fail (BB_IS_PLAN_QUESTION_ROW (self));

  self->loading = TRUE;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title != NULL ? title : "");
  gtk_label_set_text (self->questions_label, questions != NULL ? questions : "");
  gtk_widget_set_visible (GTK_WIDGET (self->questions_label), questions != NULL && *questions != '\0');
  adw_combo_row_set_selected (self->rating_row, rating);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->text_row)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->text_row), text != NULL ? text : "");
  self->loading = FALSE;
  update_subtitle (self);

  /* The same field titles repeat in every row: the row's title tells them apart. */
  /* Translators: the accessible name of a field in a row: the field, then the row ("Rating – Centralisation"). */
  rating_name = g_strdup_printf (_("%s – %s"), _("Rating"), title);
  text_name = g_strdup_printf (_("%s – %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->text_row)), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rating_row), GTK_ACCESSIBLE_PROPERTY_LABEL, rating_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_row), GTK_ACCESSIBLE_PROPERTY_LABEL, text_name, -1);
}

BbChallengeRating
bb_plan_question_row_get_rating (BbPlanQuestionRow *self)
{
  guint selected;

  g_return_val_if_fail (BB_IS_PLAN_QUESTION_ROW (self), BB_CHALLENGE_NOT_RATED);

  selected = adw_combo_row_get_selected (self->rating_row);
  return selected < BB_CHALLENGE_RATING_COUNT ? (BbChallengeRating) selected : BB_CHALLENGE_NOT_RATED;
}

char *
bb_plan_question_row_dup_text (BbPlanQuestionRow *self)
{
  g_return_val_if_fail (BB_IS_PLAN_QUESTION_ROW (self), NULL);

  return bb_page_dup_text (GTK_EDITABLE (self->text_row));
}

GtkWidget *
bb_plan_question_row_get_text_row (BbPlanQuestionRow *self)
{
  g_return_val_if_fail (BB_IS_PLAN_QUESTION_ROW (self), NULL);

  return GTK_WIDGET (self->text_row);
}
