/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "bb-format.h"
#include "bb-plan-basics-section.h"
#include "bb-save-error-bar.h"

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
  BbSaveErrorBar *save_error_bar;
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

/* "1. marts 2026" as "1 marts 2026": what tells two ways of writing a date in words
 * apart only in case, dots and spacing. */
static char *
dup_comparable (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *plain = g_string_new (NULL);

  for (const char *c = folded; *c != '\0'; c++)
    if (g_ascii_isspace (*c))
      {
        if (plain->len > 0 && plain->str[plain->len - 1] != ' ')
          g_string_append_c (plain, ' ');
      }
    else if (*c != '.' && *c != ',')
      g_string_append_c (plain, *c);
  return g_strchomp (g_string_free (plain, FALSE));
}

/* The date @text names in words as bb_format_date () writes them in the language of
 * the translations ("1 March 2026", "1. marts 2026"), as YYYY-MM-DD; NULL if none. */
static char *
dup_iso_from_words (const char *text)
{
  g_autofree char *wanted = NULL;
  const char *last_word;
  unsigned int day, year;

  if (text == NULL || sscanf (text, "%u", &day) != 1 || (last_word = strrchr (text, ' ')) == NULL
      || sscanf (last_word + 1, "%u", &year) != 1 || year < 1000 || year > 9999)
    return NULL;

  wanted = dup_comparable (text);
  for (int month = 1; month <= 12; month++)
    {
      g_autofree char *iso = NULL;
      g_autofree char *words = NULL;
      g_autofree char *written = NULL;

      if (!g_date_valid_dmy (day, month, year))
        continue;
      iso = g_strdup_printf ("%04u-%02d-%02u", year, month, day);
      words = bb_format_date (iso);
      written = dup_comparable (words);
      if (g_strcmp0 (written, wanted) == 0)
        return g_steal_pointer (&iso);
    }
  return NULL;
}

/* A period date as typed: in words as the field shows it, YYYY-MM-DD, or D.M.YYYY as
 * Danes write it; NULL in @iso_out when blank. */
static gboolean
parse_period_date (AdwEntryRow  *row,
                   const char   *field,
                   char        **iso_out,
                   GError      **error)
{
  g_autofree char *text = bb_page_dup_text (GTK_EDITABLE (row));
  g_autofree char *example = NULL;

  if (bb_page_parse_date (GTK_EDITABLE (row), field, iso_out, NULL))
    return TRUE;
  if ((*iso_out = dup_iso_from_words (text)) != NULL)
    return TRUE;

  example = bb_format_date ("2026-08-17");
  /* Translators: %1$s is the name of a field ("Period starts"), %2$s the date 17 August 2026 in words. */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("%1$s: write the date as %2$s, 17-08-2026 or 2026-08-17."), field, example);
  return FALSE;
}

/* The date in words, as dates are shown everywhere else; a date the user is typing
 * (still in the field, the same date) or one refused stays as written. */
static void
set_date_text (AdwEntryRow *row,
               const char  *iso,
               gboolean     keep_typed)
{
  g_autofree char *words = iso != NULL ? bb_format_date (iso) : NULL;
  g_autofree char *typed = NULL;

  if (keep_typed && gtk_widget_has_css_class (GTK_WIDGET (row), "error"))
    return;
  if (keep_typed && (gtk_widget_get_state_flags (GTK_WIDGET (row)) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0
      && parse_period_date (row, "", &typed, NULL) && g_strcmp0 (typed, iso) == 0)
    return;
  set_entry_text (row, words != NULL ? words : iso);
}

/* Leaving a date field written as 1.3.2026 shows it in words, once it is saved. */
static void
on_date_left (GtkEventControllerFocus *focus,
              BbPlanBasicsSection     *self)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus)));
  g_autofree char *iso = NULL;

  if (bb_plan_section_get_save_queued (BB_PLAN_SECTION (self)) || !parse_period_date (row, "", &iso, NULL)
      || gtk_widget_has_css_class (GTK_WIDGET (row), "error"))
    return;
  self->loading = TRUE;
  set_date_text (row, iso, FALSE);
  self->loading = FALSE;
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

  if (!parse_period_date (self->start_row, _("Period starts"), &start, &error))
    {
      show_error (self, GTK_WIDGET (self->start_row), error->message);
      return;
    }
  if (!parse_period_date (self->end_row, _("Period ends"), &end, &error))
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
      /* A full disk or a busy database: the bar says what to do, and offers Save Again. */
      if (bb_save_error_is_fault (error))
        bb_save_error_bar_show (self->save_error_bar, error);
      else
        show_error (self, NULL, error->message);
      return;
    }
  show_error (self, NULL, NULL);
  bb_save_error_bar_saved (self->save_error_bar);
}

static void
on_save_error_bar_retry (BbPlanBasicsSection *self)
{
  /* Not through the queue: nothing may have changed since the save that failed. */
  bb_plan_basics_section_save (BB_PLAN_SECTION (self));
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
  gint64 shown_id = self->loaded_id;
  g_autoptr(BbPlan) plan = NULL;

  /* What was typed and not yet saved stays in the fields. */
  if (id == self->loaded_id &&
      (bb_plan_section_get_save_queued (section) || bb_save_error_bar_has_unsaved (self->save_error_bar)))
    return;

  bb_save_error_bar_clear (self->save_error_bar);
  self->loaded_id = 0;
  if (plans == NULL || id == 0 || (plan = bb_plan_repository_get (plans, id, NULL)) == NULL)
    return;

  self->loading = TRUE;
  set_entry_text (self->title_row, bb_plan_get_title (plan));
  set_entry_text (self->organisation_row, bb_plan_get_organisation (plan));
  set_entry_text (self->owner_row, bb_plan_get_owner (plan));
  set_date_text (self->start_row, bb_plan_get_period_start (plan), id == shown_id);
  set_date_text (self->end_row, bb_plan_get_period_end (plan), id == shown_id);
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

  g_type_ensure (BB_TYPE_SAVE_ERROR_BAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-basics-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, owner_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, start_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, end_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, error_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanBasicsSection, save_error_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_save_error_bar_retry);
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
  for (guint i = 0; i < 2; i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      /* After the section's own save on leaving. */
      g_signal_connect_object (focus, "leave", G_CALLBACK (on_date_left), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (i == 0 ? self->start_row : self->end_row), focus);
    }
  g_signal_connect_object (gtk_text_view_get_buffer (self->purpose_view), "changed",
                           G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->target_view), "changed",
                           G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
}
