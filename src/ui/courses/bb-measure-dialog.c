/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-course-section.h"
#include "bb-measure-dialog.h"

struct _BbMeasureDialog
{
  AdwWindow             parent_instance;

  BbContext            *context;
  gint64                course_id;
  BbInstrument         *instrument;
  /* The AdwEntryRow of each item, in order. */
  GPtrArray            *item_rows;
  /* The answers as last read, and whether they can be saved. */
  GArray               *items;
  gboolean              valid;

  AdwComboRow          *instrument_row;
  AdwEntryRow          *date_row;
  AdwComboRow          *respondent_row;
  AdwPreferencesGroup  *items_group;
  GtkLabel             *score_label;
  GtkLabel             *error_label;
  AdwEntryRow          *note_row;
  GtkLabel             *source_label;
};

G_DEFINE_FINAL_TYPE (BbMeasureDialog, bb_measure_dialog, ADW_TYPE_WINDOW)

static void
show_error (BbMeasureDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static char *
format_number (double value)
{
  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

/* A number as typed, with a comma or a point; FALSE for blank or not a number. */
static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdelimit (g_strdup (text), ",", '.'));
  char *end = NULL;

  if (*copy == '\0')
    return FALSE;
  *value = g_ascii_strtod (copy, &end);
  return end != copy && *end == '\0' && isfinite (*value);
}

/* Reads the items, scores them when all are there, and says what is wrong. */
static void
update_score (BbMeasureDialog *self)
{
  guint n = self->item_rows->len;
  guint n_filled = 0;
  g_autofree double *scores = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  double min, max, step;

  self->valid = FALSE;
  g_array_set_size (self->items, n);
  if (self->instrument == NULL)
    return;

  bb_instrument_get_item_range (self->instrument, &min, &max, &step);
  for (guint i = 0; i < n; i++)
    {
      AdwEntryRow *row = g_ptr_array_index (self->item_rows, i);
      const char *typed = gtk_editable_get_text (GTK_EDITABLE (row));
      double value;

      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      if (*typed == '\0')
        continue;
      if (!parse_number (typed, &value))
        {
          g_autofree char *lo = format_number (min);
          g_autofree char *hi = format_number (max);
          g_autofree char *message = NULL;

          gtk_widget_add_css_class (GTK_WIDGET (row), "error");
          /* Translators: an item of a questionnaire that is no number; %u is its number. */
          message = g_strdup_printf (_("Item %u: write a number from %s to %s."), i + 1, lo, hi);
          show_error (self, message);
          gtk_label_set_text (self->score_label, "");
          return;
        }
      g_array_index (self->items, double, i) = value;
      n_filled++;

      /* Check each item as it comes, before the others are there. */
      if (value < min - 1e-9 || value > max + 1e-9)
        {
          g_autofree char *lo = format_number (min);
          g_autofree char *hi = format_number (max);
          g_autofree char *message = NULL;

          gtk_widget_add_css_class (GTK_WIDGET (row), "error");
          /* Translators: an answer outside the instrument's range; %u is the item's number. */
          message = g_strdup_printf (_("Item %u: %s is out of range; the answers go from %s to %s."),
                                     i + 1, typed, lo, hi);
          show_error (self, message);
          gtk_label_set_text (self->score_label, "");
          return;
        }
    }

  if (n_filled < n)
    {
      show_error (self, NULL);
      /* Translators: the score while items are still missing. */
      g_string_printf (text, g_dngettext (NULL, "Score: %u of %u item answered",
                                          "Score: %u of %u items answered", n), n_filled, n);
      gtk_label_set_text (self->score_label, text->str);
      return;
    }

  scores = g_new0 (double, bb_instrument_get_n_scales (self->instrument));
  if (!bb_instrument_score (self->instrument, (double *) self->items->data, n, scores, &error))
    {
      show_error (self, error->message);
      gtk_label_set_text (self->score_label, "");
      return;
    }

  show_error (self, NULL);
  for (guint s = 0; s < bb_instrument_get_n_scales (self->instrument); s++)
    {
      guint main_scale = bb_instrument_get_main_scale (self->instrument);
      double lo, hi;
      g_autofree char *value = format_number (scores[s]);
      g_autofree char *top = NULL;

      bb_instrument_get_scale_range (self->instrument, s, &lo, &hi);
      top = format_number (hi);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (s == main_scale)
        /* Translators: the score of a measure and the top of its range: "Score: 64 of 100". */
        g_string_append_printf (text, _("Score: %s of %s"), value, top);
      else
        /* Translators: a subscale's name, its score and the top of its range. */
        g_string_append_printf (text, _("%s: %s of %s"), bb_instrument_get_scale_name (self->instrument, s),
                                value, top);
    }
  gtk_label_set_text (self->score_label, text->str);
  self->valid = TRUE;
}

static void
on_item_changed (BbMeasureDialog *self)
{
  update_score (self);
}

static void save (BbMeasureDialog *self);

/* Enter goes on to the next item; on the last it saves. */
static void
on_item_activated (BbMeasureDialog *self,
                   AdwEntryRow     *row)
{
  guint index;

  if (g_ptr_array_find (self->item_rows, row, &index) && index + 1 < self->item_rows->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->item_rows, index + 1));
  else
    save (self);
}

static void
on_date_activated (BbMeasureDialog *self)
{
  if (self->item_rows->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->item_rows, 0));
}

static void
on_note_activated (BbMeasureDialog *self)
{
  save (self);
}

static void
fill_items (BbMeasureDialog *self)
{
  double min, max, step;
  g_autofree char *lo = NULL;
  g_autofree char *hi = NULL;
  g_autoptr(GtkStringList) respondents = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->item_rows->len; i++)
    adw_preferences_group_remove (self->items_group, g_ptr_array_index (self->item_rows, i));
  g_ptr_array_set_size (self->item_rows, 0);
  if (self->instrument == NULL)
    return;

  bb_instrument_get_item_range (self->instrument, &min, &max, &step);
  lo = format_number (min);
  hi = format_number (max);
  {
    /* Translators: the range of a questionnaire's answers, under the "Answers" heading. */
    g_autofree char *description = g_strdup_printf (_("Each from %s to %s"), lo, hi);

    adw_preferences_group_set_description (self->items_group, description);
  }

  for (guint i = 0; i < bb_instrument_get_n_items (self->instrument); i++)
    {
      const char *label = bb_instrument_get_item_label (self->instrument, i + 1);
      GtkWidget *row = adw_entry_row_new ();
      g_autofree char *title = NULL;
      g_autofree char *escaped = NULL;

      if (label != NULL)
        /* Translators: an item of a questionnaire: its number and its text or scale name. */
        title = g_strdup_printf (_("%u. %s"), i + 1, label);
      else
        /* Translators: an item of a questionnaire whose text is not shipped. */
        title = g_strdup_printf (_("Item %u"), i + 1);
      if (bb_instrument_is_reverse_item (self->instrument, i + 1))
        {
          /* Translators: marks an item scored in reverse. */
          g_autofree char *reverse = g_strdup_printf (_("%s (scored in reverse)"), title);

          g_free (title);
          title = g_steal_pointer (&reverse);
        }
      escaped = g_markup_escape_text (title, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      g_signal_connect_swapped (row, "changed", G_CALLBACK (on_item_changed), self);
      g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (on_item_activated), self);
      adw_preferences_group_add (self->items_group, row);
      g_ptr_array_add (self->item_rows, row);
    }

  for (int r = 0; r < BB_RESPONDENT_COUNT; r++)
    if (bb_instrument_accepts_respondent (self->instrument, r))
      gtk_string_list_append (respondents, bb_respondent_get_label (r));
  adw_combo_row_set_model (self->respondent_row, G_LIST_MODEL (respondents));
  gtk_widget_set_visible (GTK_WIDGET (self->respondent_row),
                          g_list_model_get_n_items (G_LIST_MODEL (respondents)) > 1);

  gtk_label_set_text (self->source_label, bb_instrument_get_source (self->instrument));
  update_score (self);
}

static void
on_instrument_selected (BbMeasureDialog *self)
{
  GListModel *instruments = bb_instrument_repository_list (bb_context_get_instruments (self->context));
  guint position = adw_combo_row_get_selected (self->instrument_row);

  g_clear_object (&self->instrument);
  if (position != GTK_INVALID_LIST_POSITION)
    self->instrument = g_list_model_get_item (instruments, position);
  fill_items (self);
}

/* The respondent chosen, counted among those the instrument accepts. */
static BbRespondent
selected_respondent (BbMeasureDialog *self)
{
  guint position = adw_combo_row_get_selected (self->respondent_row);
  guint seen = 0;

  for (int r = 0; r < BB_RESPONDENT_COUNT; r++)
    if (bb_instrument_accepts_respondent (self->instrument, r) && seen++ == position)
      return r;

  return BB_RESPONDENT_SELF;
}

static void
save (BbMeasureDialog *self)
{
  g_autoptr(BbMeasure) measure = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *note = NULL;

  update_score (self);
  if (!self->valid)
    {
      if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
        show_error (self, _("Answer every item before saving."));
      return;
    }
  if (!bb_course_parse_date (GTK_EDITABLE (self->date_row), _("Date"), &date, &error))
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }
  if (date == NULL)
    {
      show_error (self, _("Write the date the questionnaire was answered."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }

  measure = bb_measure_new (self->course_id, self->instrument, date);
  bb_measure_set_respondent (measure, selected_respondent (self));
  note = bb_course_dup_text (GTK_EDITABLE (self->note_row));
  bb_measure_set_note (measure, note != NULL ? note : "");
  if (!bb_measure_set_items (measure, (double *) self->items->data, self->items->len, &error) ||
      !bb_course_repository_save_measure (bb_context_get_courses (self->context), measure, &error))
    {
      show_error (self, error->message);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (BB_MEASURE_DIALOG (widget));
}

static void
bb_measure_dialog_dispose (GObject *object)
{
  BbMeasureDialog *self = BB_MEASURE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_MEASURE_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->instrument);
  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_array_unref);

  G_OBJECT_CLASS (bb_measure_dialog_parent_class)->dispose (object);
}

static void
bb_measure_dialog_class_init (BbMeasureDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_measure_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-measure-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BbMeasureDialog, instrument_row);
  gtk_widget_class_bind_template_child (widget_class, BbMeasureDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, BbMeasureDialog, respondent_row);
  gtk_widget_class_bind_template_child (widget_class, BbMeasureDialog, items_group);
  gtk_widget_class_bind_template_child (widget_class, BbMeasureDialog, score_label);
  gtk_widget_class_bind_template_child (widget_class, BbMeasureDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, BbMeasureDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, BbMeasureDialog, source_label);
  gtk_widget_class_bind_template_callback (widget_class, on_instrument_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_date_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_note_activated);

  gtk_widget_class_install_action (widget_class, "measure.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "measure.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_measure_dialog_init (BbMeasureDialog *self)
{
  self->item_rows = g_ptr_array_new ();
  self->items = g_array_new (FALSE, TRUE, sizeof (double));

  gtk_widget_init_template (GTK_WIDGET (self));
}

static char *
dup_instrument_name (BbInstrument *instrument)
{
  return g_strdup (bb_instrument_get_name (instrument));
}

BbMeasureDialog *
bb_measure_dialog_new (BbContext  *context,
                       gint64      course_id,
                       const char *instrument_key)
{
  BbMeasureDialog *self;
  GListModel *instruments;
  g_autofree char *today = NULL;
  guint position = 0;

  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);

  self = g_object_new (BB_TYPE_MEASURE_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->course_id = course_id;

  today = bb_course_dup_today (context);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);

  instruments = bb_instrument_repository_list (bb_context_get_instruments (context));
  for (guint i = 0; instrument_key != NULL && i < g_list_model_get_n_items (instruments); i++)
    {
      g_autoptr(BbInstrument) instrument = g_list_model_get_item (instruments, i);

      if (g_strcmp0 (bb_instrument_get_key (instrument), instrument_key) == 0)
        position = i;
    }
  adw_combo_row_set_expression (self->instrument_row,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (dup_instrument_name), NULL, NULL));
  adw_combo_row_set_model (self->instrument_row, instruments);
  adw_combo_row_set_selected (self->instrument_row, position);
  /* Setting the model may have selected the first already, without a notify. */
  on_instrument_selected (self);
  /* Asked for one instrument, the answers are what is left to type. */
  if (instrument_key != NULL && self->item_rows->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->item_rows, 0));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->instrument_row));

  return self;
}
