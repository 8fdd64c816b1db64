/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bb-offer-rows-section.h"
#include "bb-schedule-editor-row.h"

struct _BbScheduleEditorRow
{
  GtkListBoxRow  parent_instance;

  /* What was loaded, so its id and what the row does not show are kept. */
  BbSchedule    *schedule;

  GtkDropDown   *weekday_dropdown;
  GtkEntry      *opens_entry;
  GtkEntry      *closes_entry;
  GtkButton     *remove_button;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (BbScheduleEditorRow, bb_schedule_editor_row, GTK_TYPE_LIST_BOX_ROW)

/* HSDS's byday codes, Monday first, as the dropdown lists the days. */
static const char * const day_codes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

static int
day_from_code (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (day_codes); i++)
    if (g_strcmp0 (code, day_codes[i]) == 0)
      return i;

  return -1;
}

/* "9:00", "09:00" or "9.00" (as Danes write it) as minutes since midnight, or -1. */
static int
parse_time (const char *text)
{
  g_auto(GStrv) parts = NULL;
  gint64 hours, minutes;

  if (text == NULL)
    return -1;
  parts = g_strsplit_set (text, ":.", -1);
  if (g_strv_length (parts) != 2 || strlen (parts[1]) != 2
      || !g_ascii_string_to_signed (parts[0], 10, 0, 24, &hours, NULL)
      || !g_ascii_string_to_signed (parts[1], 10, 0, 59, &minutes, NULL)
      || (hours == 24 && minutes > 0))
    return -1;

  return (int) (hours * 60 + minutes);
}

static char *
dup_field (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
bb_schedule_editor_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_SCHEDULE_EDITOR_ROW);

  G_OBJECT_CLASS (bb_schedule_editor_row_parent_class)->dispose (object);
}

static void
bb_schedule_editor_row_finalize (GObject *object)
{
  BbScheduleEditorRow *self = BB_SCHEDULE_EDITOR_ROW (object);

  g_clear_pointer (&self->schedule, bb_schedule_free);

  G_OBJECT_CLASS (bb_schedule_editor_row_parent_class)->finalize (object);
}

static void
bb_schedule_editor_row_class_init (BbScheduleEditorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_schedule_editor_row_dispose;
  object_class->finalize = bb_schedule_editor_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-schedule-editor-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbScheduleEditorRow, weekday_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbScheduleEditorRow, opens_entry);
  gtk_widget_class_bind_template_child (widget_class, BbScheduleEditorRow, closes_entry);
  gtk_widget_class_bind_template_child (widget_class, BbScheduleEditorRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, BbScheduleEditorRow, error_label);
  bb_offer_rows_class_init_row (widget_class);
}

static void
bb_schedule_editor_row_init (BbScheduleEditorRow *self)
{
  /* The same words as the offer's page: bb_schedule_format (). */
  const char * const days[] = {
    NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
    NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
    NC_("weekday", "Sunday"),
  };
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    gtk_string_list_append (names, g_dpgettext2 (GETTEXT_PACKAGE, "weekday", days[i]));
  gtk_drop_down_set_model (self->weekday_dropdown, G_LIST_MODEL (names));
}

gboolean
bb_schedule_editor_row_can_edit (const BbSchedule *schedule)
{
  g_return_val_if_fail (schedule != NULL, FALSE);

  return (schedule->freq == NULL || g_ascii_strcasecmp (schedule->freq, "WEEKLY") == 0)
         && (schedule->interval <= 1) && day_from_code (schedule->byday) >= 0
         && parse_time (schedule->opens_at) >= 0 && parse_time (schedule->closes_at) >= 0
         && schedule->bymonthday == NULL && schedule->description == NULL;
}

BbScheduleEditorRow *
bb_schedule_editor_row_new (const BbSchedule *schedule)
{
  BbScheduleEditorRow *self = g_object_new (BB_TYPE_SCHEDULE_EDITOR_ROW, NULL);

  if (schedule == NULL)
    return self;

  self->schedule = bb_schedule_copy (schedule);
  gtk_drop_down_set_selected (self->weekday_dropdown, MAX (day_from_code (schedule->byday), 0));
  gtk_editable_set_text (GTK_EDITABLE (self->opens_entry), schedule->opens_at != NULL ? schedule->opens_at : "");
  gtk_editable_set_text (GTK_EDITABLE (self->closes_entry), schedule->closes_at != NULL ? schedule->closes_at : "");
  return self;
}

/* "9.00" as HSDS writes a time: "09:00". */
static char *
dup_hsds_time (GtkEntry *entry)
{
  g_autofree char *text = dup_field (entry);
  int minutes = parse_time (text);

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

BbSchedule *
bb_schedule_editor_row_dup_schedule (BbScheduleEditorRow *self)
{
  BbSchedule *schedule;
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;

  g_return_val_if_fail (BB_IS_SCHEDULE_EDITOR_ROW (self), NULL);

  schedule = self->schedule != NULL ? bb_schedule_copy (self->schedule) : bb_schedule_new ();
  opens = dup_hsds_time (self->opens_entry);
  closes = dup_hsds_time (self->closes_entry);
  /* What was loaded keeps its exact text while the time it says is the same. */
  if (parse_time (schedule->opens_at) != parse_time (opens))
    {
      g_free (schedule->opens_at);
      schedule->opens_at = g_steal_pointer (&opens);
    }
  if (parse_time (schedule->closes_at) != parse_time (closes))
    {
      g_free (schedule->closes_at);
      schedule->closes_at = g_steal_pointer (&closes);
    }
  if (day_from_code (schedule->byday) != (int) gtk_drop_down_get_selected (self->weekday_dropdown))
    {
      g_free (schedule->byday);
      schedule->byday = g_strdup (day_codes[gtk_drop_down_get_selected (self->weekday_dropdown)]);
    }
  if (self->schedule == NULL)
    schedule->freq = g_strdup ("WEEKLY");
  return schedule;
}

gboolean
bb_schedule_editor_row_validate (BbScheduleEditorRow *self)
{
  g_autofree char *opens_text = NULL;
  g_autofree char *closes_text = NULL;
  const char *message = NULL;
  int opens, closes;

  g_return_val_if_fail (BB_IS_SCHEDULE_EDITOR_ROW (self), FALSE);

  opens_text = dup_field (self->opens_entry);
  closes_text = dup_field (self->closes_entry);
  opens = parse_time (opens_text);
  closes = parse_time (closes_text);
  bb_offer_rows_mark_invalid (self->opens_entry, opens < 0);
  bb_offer_rows_mark_invalid (self->closes_entry, closes < 0 || (opens >= 0 && closes <= opens));

  if (opens < 0 || closes < 0)
    message = _("Write the times as hours and minutes, such as 09:00.");
  else if (closes <= opens)
    message = _("The closing time must come after the opening time.");

  bb_offer_rows_show_message (self->error_label, opens < 0 ? self->opens_entry : self->closes_entry,
                              message, FALSE);
  return message == NULL;
}

void
bb_schedule_editor_row_focus (BbScheduleEditorRow *self)
{
  g_return_if_fail (BB_IS_SCHEDULE_EDITOR_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->weekday_dropdown));
}
