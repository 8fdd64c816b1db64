/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-section.h"
#include "bb-format.h"
#include "bb-handover-row.h"

struct _BbHandoverRow
{
  AdwExpanderRow  parent_instance;

  BbHandover     *handover;
  gboolean        loading;

  AdwComboRow    *state_row;
  AdwEntryRow    *note_row;
  GtkButton      *letter_button;
  GtkButton      *print_button;
  GtkButton      *remove_button;
};

G_DEFINE_FINAL_TYPE (BbHandoverRow, bb_handover_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_subtitle (BbHandoverRow *self)
{
  g_autofree char *date = bb_format_date (self->handover->state_date);
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;

  if (date != NULL)
    /* Translators: a hand-over's state and since when: "Referred since 2 March 2026". */
    subtitle = g_strdup_printf (_("%s since %s"), bb_handover_state_get_label (self->handover->state), date);
  else
    subtitle = g_strdup (bb_handover_state_get_label (self->handover->state));
  escaped = g_markup_escape_text (subtitle, -1);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped);
}

static void
on_state_selected (BbHandoverRow *self)
{
  guint state = adw_combo_row_get_selected (self->state_row);

  if (self->loading || state == GTK_INVALID_LIST_POSITION || state == (guint) self->handover->state)
    return;

  self->handover->state = state;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  update_subtitle (self);
}

static void
on_note_apply (BbHandoverRow *self)
{
  g_autofree char *note = bb_course_dup_text (GTK_EDITABLE (self->note_row));

  if (self->loading || g_strcmp0 (note != NULL ? note : "", self->handover->note != NULL ? self->handover->note : "") == 0)
    return;

  g_free (self->handover->note);
  self->handover->note = g_steal_pointer (&note);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
bb_handover_row_dispose (GObject *object)
{
  BbHandoverRow *self = BB_HANDOVER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_HANDOVER_ROW);
  g_clear_pointer (&self->handover, bb_handover_free);

  G_OBJECT_CLASS (bb_handover_row_parent_class)->dispose (object);
}

static void
bb_handover_row_class_init (BbHandoverRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_handover_row_dispose;

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-handover-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbHandoverRow, state_row);
  gtk_widget_class_bind_template_child (widget_class, BbHandoverRow, note_row);
  gtk_widget_class_bind_template_child (widget_class, BbHandoverRow, letter_button);
  gtk_widget_class_bind_template_child (widget_class, BbHandoverRow, print_button);
  gtk_widget_class_bind_template_child (widget_class, BbHandoverRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_state_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_note_apply);
}

static void
bb_handover_row_init (BbHandoverRow *self)
{
  g_autoptr(GtkStringList) states = gtk_string_list_new (NULL);

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  BB_COURSE_FILL_LABELS (states, bb_handover_state, BB_HANDOVER_STATE_COUNT);
  adw_combo_row_set_model (self->state_row, G_LIST_MODEL (states));
  self->loading = FALSE;
}

GtkWidget *
bb_handover_row_new (const BbHandover *handover)
{
  BbHandoverRow *self;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  GtkButton *buttons[3];

  g_return_val_if_fail (handover != NULL, NULL);

  self = g_object_new (BB_TYPE_HANDOVER_ROW, NULL);
  self->handover = bb_handover_copy (handover);

  self->loading = TRUE;
  title = g_markup_escape_text (handover->offer_title != NULL ? handover->offer_title : "", -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_combo_row_set_selected (self->state_row, handover->state);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), handover->note != NULL ? handover->note : "");
  update_subtitle (self);
  self->loading = FALSE;

  buttons[0] = self->letter_button;
  buttons[1] = self->print_button;
  buttons[2] = self->remove_button;
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (buttons[i]), "x", handover->id);

  /* Translators: the accessible names of a hand-over's buttons; %s is the offer. */
  name = g_strdup_printf (_("Save the hand-over letter to %s"), handover->offer_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->letter_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_free (name);
  name = g_strdup_printf (_("Print the hand-over letter to %s"), handover->offer_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->print_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_free (name);
  name = g_strdup_printf (_("Remove the hand-over to %s"), handover->offer_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return GTK_WIDGET (self);
}

const BbHandover *
bb_handover_row_get_handover (BbHandoverRow *self)
{
  g_return_val_if_fail (BB_IS_HANDOVER_ROW (self), NULL);

  return self->handover;
}
