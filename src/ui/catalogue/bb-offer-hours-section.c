/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-offer-details.h"
#include "bb-offer-hours-section.h"
#include "bb-schedule-editor-row.h"

struct _BbOfferHoursSection
{
  BbOfferRowsSection  parent_instance;

  /* The offer's schedules the rows cannot say, kept as they are, in their order
   * before the rows' (NULL where a row stands). */
  GPtrArray          *kept;
};

G_DEFINE_FINAL_TYPE (BbOfferHoursSection, bb_offer_hours_section, BB_TYPE_OFFER_ROWS_SECTION)

/* Enter in a row's last field: another range, the same day, after it. */
static GtkWidget *
bb_offer_hours_section_new_row (BbOfferRowsSection *section,
                                GtkWidget          *like)
{
  g_autoptr(BbSchedule) schedule = NULL;
  g_autoptr(BbSchedule) same_day = NULL;

  if (like == NULL)
    return GTK_WIDGET (bb_schedule_editor_row_new (NULL));

  same_day = bb_schedule_editor_row_dup_schedule (BB_SCHEDULE_EDITOR_ROW (like));
  schedule = bb_schedule_new ();
  schedule->byday = g_strdup (same_day->byday);
  return GTK_WIDGET (bb_schedule_editor_row_new (schedule));
}

static void
focus_row (GtkWidget *row)
{
  bb_schedule_editor_row_focus (BB_SCHEDULE_EDITOR_ROW (row));
}

static gboolean
validate_row (GtkWidget *row)
{
  return bb_schedule_editor_row_validate (BB_SCHEDULE_EDITOR_ROW (row));
}

static void
bb_offer_hours_section_load (BbOfferEditorSection *section,
                             BbOffer              *offer)
{
  BbOfferHoursSection *self = BB_OFFER_HOURS_SECTION (section);
  BbOfferRowsSection *rows = BB_OFFER_ROWS_SECTION (section);
  GPtrArray *schedules = bb_offer_get_details (offer)->schedules;
  GtkWidget *last = NULL;

  bb_offer_rows_section_clear (rows);
  g_ptr_array_set_size (self->kept, 0);

  for (guint i = 0; i < schedules->len; i++)
    {
      const BbSchedule *schedule = g_ptr_array_index (schedules, i);

      if (bb_schedule_editor_row_can_edit (schedule))
        {
          GtkWidget *row = GTK_WIDGET (bb_schedule_editor_row_new (schedule));

          bb_offer_rows_section_add_row (rows, row, last);
          last = row;
        }
      else
        g_ptr_array_add (self->kept, bb_schedule_copy (schedule));
    }
}

/* The same schedules, in whatever order. */
static gboolean
same_schedules (GPtrArray *a,
                GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < b->len; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < a->len && !found; j++)
        found = bb_schedule_equal (g_ptr_array_index (a, j), g_ptr_array_index (b, i));
      if (!found)
        return FALSE;
    }

  return TRUE;
}

static void
bb_offer_hours_section_store (BbOfferEditorSection *section,
                              BbOffer              *offer)
{
  BbOfferHoursSection *self = BB_OFFER_HOURS_SECTION (section);
  BbOfferDetails *details = bb_offer_get_details (offer);
  g_autoptr(GPtrArray) schedules = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_schedule_free);

  for (guint i = 0; i < self->kept->len; i++)
    g_ptr_array_add (schedules, bb_schedule_copy (g_ptr_array_index (self->kept, i)));
  for (GtkWidget *row = bb_offer_rows_section_get_first_row (BB_OFFER_ROWS_SECTION (self));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_ptr_array_add (schedules, bb_schedule_editor_row_dup_schedule (BB_SCHEDULE_EDITOR_ROW (row)));

  /* Unchanged, the file's order stays too. */
  if (same_schedules (details->schedules, schedules))
    return;

  g_ptr_array_unref (details->schedules);
  details->schedules = g_steal_pointer (&schedules);
}

static void
bb_offer_hours_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_OFFER_HOURS_SECTION);

  G_OBJECT_CLASS (bb_offer_hours_section_parent_class)->dispose (object);
}

static void
bb_offer_hours_section_finalize (GObject *object)
{
  BbOfferHoursSection *self = BB_OFFER_HOURS_SECTION (object);

  g_clear_pointer (&self->kept, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_offer_hours_section_parent_class)->finalize (object);
}

static void
bb_offer_hours_section_class_init (BbOfferHoursSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbOfferEditorSectionClass *section_class = BB_OFFER_EDITOR_SECTION_CLASS (klass);
  BbOfferRowsSectionClass *rows_class = BB_OFFER_ROWS_SECTION_CLASS (klass);

  object_class->dispose = bb_offer_hours_section_dispose;
  object_class->finalize = bb_offer_hours_section_finalize;
  section_class->load = bb_offer_hours_section_load;
  section_class->store = bb_offer_hours_section_store;
  rows_class->new_row = bb_offer_hours_section_new_row;
  rows_class->focus_row = focus_row;
  rows_class->validate_row = validate_row;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offer-hours-section.ui");
  bb_offer_rows_section_class_bind_template (widget_class);
}

static void
bb_offer_hours_section_init (BbOfferHoursSection *self)
{
  self->kept = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_schedule_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}
