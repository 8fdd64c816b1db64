/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-page-section.h"
#include "bb-plan-question-row.h"
#include "bb-plan-section.h"

struct _BbPlanQuestionRow
{
  AdwExpanderRow     parent_instance;

  gboolean           with_rating;
  gboolean           loading;
  /* What the row shows, kept here until its fields are built on first opening (a plan
   * page has seventeen rows; most are never opened). */
  char              *title;
  char              *text_title;
  char              *questions;
  BbChallengeRating  rating;
  char              *text;

  /* NULL until built. */
  GtkLabel          *questions_label;
  AdwComboRow       *rating_row;
  AdwEntryRow       *text_row;
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

/* Puts what the row holds into its fields, once they exist. */
static void
fill_fields (BbPlanQuestionRow *self)
{
  g_autofree char *rating_name = NULL;
  g_autofree char *text_name = NULL;

  if (self->text_row == NULL)
    return;

  self->loading = TRUE;
  gtk_label_set_text (self->questions_label, self->questions != NULL ? self->questions : "");
  gtk_widget_set_visible (GTK_WIDGET (self->questions_label), self->questions != NULL && *self->questions != '\0');
  adw_combo_row_set_selected (self->rating_row, self->rating);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->text_row)), self->text != NULL ? self->text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->text_row), self->text != NULL ? self->text : "");
  self->loading = FALSE;

  /* The same field titles repeat in every row: the row's title tells them apart. */
  /* Translators: the accessible name of a field in a row: the field, then the row ("Rating – Centralisation"). */
  rating_name = g_strdup_printf (_("%s – %s"), _("Rating"), self->title);
  text_name = g_strdup_printf (_("%s – %s"), self->text_title, self->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rating_row), GTK_ACCESSIBLE_PROPERTY_LABEL, rating_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_row), GTK_ACCESSIBLE_PROPERTY_LABEL, text_name, -1);
}

static void
build_fields (BbPlanQuestionRow *self)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *section;

  if (self->text_row != NULL)
    return;

  gtk_builder_cscope_add_callback (GTK_BUILDER_CSCOPE (scope), on_edited);
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  self->loading = TRUE;
  if (!gtk_builder_add_from_resource (builder, "/io/github/brobygger/Brobygger/plans/bb-plan-question-row.ui", &error))
    g_error ("The question row's fields: %s", error->message);

  self->questions_label = GTK_LABEL (gtk_builder_get_object (builder, "questions_label"));
  self->rating_row = ADW_COMBO_ROW (gtk_builder_get_object (builder, "rating_row"));
  self->text_row = ADW_ENTRY_ROW (gtk_builder_get_object (builder, "text_row"));
  BB_PAGE_FILL_LABELS (GTK_STRING_LIST (gtk_builder_get_object (builder, "rating_labels")),
                       bb_challenge_rating, BB_CHALLENGE_RATING_COUNT);
  gtk_widget_set_visible (GTK_WIDGET (self->rating_row), self->with_rating);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_row), self->text_title);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->questions_label));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->rating_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->text_row));
  self->loading = FALSE;
  fill_fields (self);

  /* Leaving the text saves at once, as every field of the page does. */
  section = gtk_widget_get_ancestor (GTK_WIDGET (self), BB_TYPE_PLAN_SECTION);
  if (section != NULL)
    bb_plan_section_save_on_leave (BB_PLAN_SECTION (section), GTK_WIDGET (self->text_row));
}

static void
on_expanded (BbPlanQuestionRow *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    build_fields (self);
}

static void
bb_plan_question_row_finalize (GObject *object)
{
  BbPlanQuestionRow *self = BB_PLAN_QUESTION_ROW (object);

  g_free (self->title);
  g_free (self->text_title);
  g_free (self->questions);
  g_free (self->text);

  G_OBJECT_CLASS (bb_plan_question_row_parent_class)->finalize (object);
}

static void
bb_plan_question_row_class_init (BbPlanQuestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_plan_question_row_finalize;

  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bb_plan_question_row_init (BbPlanQuestionRow *self)
{
  self->rating = BB_CHALLENGE_NOT_RATED;
  g_signal_connect (self, "notify::expanded", G_CALLBACK (on_expanded), NULL);
}

BbPlanQuestionRow *
bb_plan_question_row_new (gboolean    with_rating,
                          const char *text_title)
{
  BbPlanQuestionRow *self = g_object_new (BB_TYPE_PLAN_QUESTION_ROW, NULL);

  self->with_rating = with_rating;
  self->text_title = g_strdup (text_title);
  return self;
}

void
bb_plan_question_row_set (BbPlanQuestionRow *self,
                          const char        *title,
                          const char        *questions,
                          BbChallengeRating  rating,
                          const char        *text)
{
  g_return_if_fail (BB_IS_PLAN_QUESTION_ROW (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title != NULL ? title : "");
  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
  g_free (self->questions);
  self->questions = g_strdup (questions);
  self->rating = rating;
  g_free (self->text);
  self->text = g_strdup (text);
  fill_fields (self);
  update_subtitle (self);
}

BbChallengeRating
bb_plan_question_row_get_rating (BbPlanQuestionRow *self)
{
  guint selected;

  g_return_val_if_fail (BB_IS_PLAN_QUESTION_ROW (self), BB_CHALLENGE_NOT_RATED);

  if (self->rating_row == NULL)
    return self->rating;
  selected = adw_combo_row_get_selected (self->rating_row);
  return selected < BB_CHALLENGE_RATING_COUNT ? (BbChallengeRating) selected : BB_CHALLENGE_NOT_RATED;
}

char *
bb_plan_question_row_dup_text (BbPlanQuestionRow *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (BB_IS_PLAN_QUESTION_ROW (self), NULL);

  if (self->text_row != NULL)
    return bb_page_dup_text (GTK_EDITABLE (self->text_row));
  text = g_strstrip (g_strdup (self->text != NULL ? self->text : ""));
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}
