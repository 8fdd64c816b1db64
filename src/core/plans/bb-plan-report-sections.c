/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The sections of the plan PDF for the plan's rows that can run to pages: activities,
 * partners, indicators with their curves, trial actions, competence development. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bb-format.h"
#include "bb-plan-report-private.h"
#include "bb-report.h"
#include "bb-report-chart.h"
#include "bb-report-text.h"

void
_bb_plan_report_add_activities (BbPlanReport *self)
{
  BbPagerColumn columns[5];

  columns[0] = (BbPagerColumn) { _("Activity"), 0.3 };
  columns[1] = (BbPagerColumn) { _("Responsible"), 0.17 };
  columns[2] = (BbPagerColumn) { _("Period"), 0.2 };
  columns[3] = (BbPagerColumn) { _("Status"), 0.13 };
  columns[4] = (BbPagerColumn) { _("Linked to"), 0.2 };
  _bb_plan_report_begin_section (self, BB_PLAN_REPORT_SECTION_ACTIVITIES);
  if (self->activities->len == 0)
    {
      _bb_plan_report_say_none (self, _("The plan has no activities."));
      return;
    }

  _bb_pager_table_begin (&self->pager, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < self->activities->len; i++)
    {
      BbPlanActivity *a = g_ptr_array_index (self->activities, i);
      g_autofree char *end_iso = bb_plan_activity_dup_end (a);
      g_autofree char *start = _bb_plan_report_date (a->start_date);
      g_autofree char *end = _bb_plan_report_date (end_iso);
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", a->title);
      g_autofree char *responsible = _bb_plan_report_escape (a->responsible);
      g_autofree char *period = g_markup_printf_escaped ("%s%s%s", start, *end != '\0' ? " – " : "", end);
      g_autofree char *status = _bb_plan_report_escape (bb_activity_status_get_label (a->status));
      g_autoptr(GString) linked = g_string_new (NULL);
      g_autoptr(GString) details = g_string_new (NULL);
      g_autofree char *detail = NULL;
      const char *element = _bb_plan_report_element_title (self, a->element_id);
      const char *area = _bb_plan_report_focus_area_title (self, a->focus_area_id);

      if (element != NULL)
        g_string_append_printf (linked, "%s", element);
      if (area != NULL)
        g_string_append_printf (linked, "%s%s", linked->len > 0 ? "\n" : "", area);

      /* What it is, then how implementation research specifies it, then how it goes. */
      _bb_plan_report_add_inline_field (details, _("Content:"), a->content);
      _bb_plan_report_add_inline_field (details, _("Participants:"), a->participants);
      _bb_plan_report_add_inline_field (details, _("Coordinate with:"), a->coordinate_with);
      _bb_plan_report_add_inline_field (details, _("Support tools:"), a->support_tools);
      _bb_plan_report_end_paragraph (details);
      _bb_plan_report_add_inline_field (details, _("Who acts:"), a->actor);
      _bb_plan_report_add_inline_field (details, _("On whom:"), a->target);
      _bb_plan_report_add_inline_field (details, _("When:"), a->timing);
      _bb_plan_report_add_inline_field (details, _("How much:"), a->dose);
      _bb_plan_report_add_inline_field (details, _("Outcome it should move:"), a->outcome);
      _bb_plan_report_add_inline_field (details, _("Why:"), a->rationale);
      _bb_plan_report_end_paragraph (details);
      _bb_plan_report_add_inline_field (details, _("Progress:"), a->progress_notes);
      if (details->len > 0 && details->str[details->len - 1] == '\n')
        g_string_truncate (details, details->len - 1);
      detail = _bb_plan_report_dup_fields (details);

      {
        g_autofree char *linked_markup = _bb_plan_report_escape (linked->str);
        const char *cells[] = { title, responsible, period, status, linked_markup };

        _bb_pager_table_row (&self->pager, cells, detail);
      }
    }
  _bb_pager_table_end (&self->pager);
}

void
_bb_plan_report_add_partners (BbPlanReport *self)
{
  BbPagerColumn columns[4];

  columns[0] = (BbPagerColumn) { _("Partner"), 0.25 };
  columns[1] = (BbPagerColumn) { _("New tasks"), 0.3 };
  columns[2] = (BbPagerColumn) { _("Contact person"), 0.2 };
  columns[3] = (BbPagerColumn) { _("Collaboration agreement"), 0.25 };
  _bb_plan_report_begin_section (self, BB_PLAN_REPORT_SECTION_PARTNERS);
  if (self->partners->len == 0)
    {
      _bb_plan_report_say_none (self, _("The plan has no partners."));
      return;
    }

  _bb_pager_table_begin (&self->pager, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < self->partners->len; i++)
    {
      BbPlanPartner *p = g_ptr_array_index (self->partners, i);
      g_autofree char *name = g_markup_printf_escaped ("<b>%s</b>", p->name);
      g_autofree char *tasks = _bb_plan_report_escape (p->new_tasks);
      g_autofree char *contact = _bb_plan_report_escape (p->contact_person);
      g_autofree char *date = _bb_plan_report_date (p->agreement_date);
      g_autofree char *agreement = g_markup_printf_escaped ("%s%s%s", p->agreement != NULL ? p->agreement : "",
                                                            *date != '\0' ? "\n" : "", date);
      g_autoptr(GString) details = g_string_new (NULL);
      g_autofree char *detail = NULL;
      const char *cells[] = { name, tasks, contact, agreement };

      _bb_plan_report_add_field (details, _("To inform:"), p->to_inform);
      _bb_plan_report_add_field (details, _("Challenges:"), p->challenges);
      detail = _bb_plan_report_dup_fields (details);
      _bb_pager_table_row (&self->pager, cells, detail);
    }
  _bb_pager_table_end (&self->pager);
}

static void
draw_indicator (cairo_t  *cr,
                double    width,
                double    height,
                gpointer  user_data)
{
  bb_report_chart_draw (user_data, cr, width, height, "Cantarell 7");
}

static void
add_indicator_chart (BbPlanReport *self,
                     guint         index)
{
  BbPlanIndicator *indicator = g_ptr_array_index (self->indicators, index);
  GPtrArray *measurements = g_ptr_array_index (self->measurements, index);
  double content = _bb_pager_get_content (&self->pager);
  double top = 1;
  g_autoptr(BbReportChart) chart = NULL;

  for (guint i = 0; !_bb_plan_report_is_share (indicator->kind) && i < measurements->len; i++)
    top = MAX (top, ((BbMeasurement *) g_ptr_array_index (measurements, i))->value * 1.2);
  if (!isnan (indicator->target) && !_bb_plan_report_is_share (indicator->kind))
    top = MAX (top, indicator->target * 1.2);

  chart = bb_report_chart_new (indicator->name, 0, ceil (top));
  for (guint i = 0; i < measurements->len; i++)
    {
      BbMeasurement *m = g_ptr_array_index (measurements, i);

      bb_report_chart_add_point (chart, m->date, m->value, BB_REPORT_CHART_MARK_NONE);
    }
  if (!isnan (indicator->target))
    {
      g_autofree char *value = _bb_plan_report_value_text (indicator, indicator->target);
      /* TRANSLATORS: the label of an indicator's target line on its chart */
      g_autofree char *label = g_strdup_printf (_("Target %s"), value);

      bb_report_chart_set_target (chart, indicator->target, label);
    }

  {
    g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", indicator->name);

    if (self->pager.bottom - self->pager.y < CHART_HEIGHT + 2 * BODY_SIZE)
      _bb_pager_new_page (&self->pager);
    _bb_pager_markup (&self->pager, title, BODY_SIZE - 1);
  }
  _bb_pager_figure (&self->pager, content, CHART_HEIGHT, FALSE, draw_indicator, chart);
}

void
_bb_plan_report_add_indicators (BbPlanReport *self)
{
  BbPagerColumn columns[4];

  columns[0] = (BbPagerColumn) { _("Indicator"), 0.3 };
  columns[1] = (BbPagerColumn) { _("Definition and source"), 0.34 };
  columns[2] = (BbPagerColumn) { _("Target"), 0.13 };
  columns[3] = (BbPagerColumn) { _("Latest"), 0.23 };
  _bb_plan_report_begin_section (self, BB_PLAN_REPORT_SECTION_INDICATORS);
  if (self->indicators->len == 0)
    {
      _bb_plan_report_say_none (self, _("The plan has no indicators."));
      return;
    }

  _bb_pager_table_begin (&self->pager, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < self->indicators->len; i++)
    {
      BbPlanIndicator *indicator = g_ptr_array_index (self->indicators, i);
      GPtrArray *measurements = g_ptr_array_index (self->measurements, i);
      BbMeasurement *latest = _bb_plan_report_latest_measurement (self, i);
      g_autofree char *name = g_markup_printf_escaped ("<b>%s</b>", indicator->name);
      g_autofree char *definition = g_markup_printf_escaped ("%s%s%s", indicator->definition ? indicator->definition : "",
                                                             indicator->source && *indicator->source ? "\n" : "",
                                                             indicator->source ? indicator->source : "");
      g_autofree char *target = _bb_plan_report_value_text (indicator, indicator->target);
      g_autofree char *latest_value = latest != NULL ? _bb_plan_report_value_text (indicator, latest->value) : g_strdup ("");
      g_autoptr(GString) list = g_string_new (NULL);
      const char *cells[] = { name, definition, target, latest_value };

      for (guint j = 0; j < measurements->len; j++)
        {
          BbMeasurement *m = g_ptr_array_index (measurements, j);
          g_autofree char *date = _bb_plan_report_date (m->date);
          g_autofree char *value = _bb_plan_report_value_text (indicator, m->value);

          g_string_append_printf (list, "%s%s: %s", list->len > 0 ? " · " : "", date, value);
        }
      {
        g_autofree char *escaped = _bb_plan_report_escape (list->str);
        g_autofree char *detail = list->len > 0 ? g_markup_printf_escaped ("<b>%s</b> ", _("Measurements:")) : NULL;
        g_autofree char *full = detail != NULL ? g_strconcat (detail, escaped, NULL) : NULL;

        _bb_pager_table_row (&self->pager, cells, full);
      }
    }
  _bb_pager_table_end (&self->pager);

  for (guint i = 0; i < self->indicators->len; i++)
    if (((GPtrArray *) g_ptr_array_index (self->measurements, i))->len > 0)
      add_indicator_chart (self, i);
}

void
_bb_plan_report_add_trials (BbPlanReport *self)
{
  BbPagerColumn columns[3];

  columns[0] = (BbPagerColumn) { _("Trial action"), 0.45 };
  columns[1] = (BbPagerColumn) { _("Started"), 0.2 };
  columns[2] = (BbPagerColumn) { _("Core element"), 0.35 };
  _bb_plan_report_begin_section (self, BB_PLAN_REPORT_SECTION_TRIALS);
  if (self->trials->len == 0)
    {
      _bb_plan_report_say_none (self, _("The plan has no trial actions."));
      return;
    }

  _bb_pager_table_begin (&self->pager, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < self->trials->len; i++)
    {
      BbTrialAction *trial = g_ptr_array_index (self->trials, i);
      GPtrArray *reviews = g_ptr_array_index (self->reviews, i);
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", trial->title);
      g_autofree char *start = _bb_plan_report_date (trial->start_date);
      g_autofree char *element = _bb_plan_report_escape (_bb_plan_report_element_title (self, trial->element_id));
      g_autoptr(GString) details = g_string_new (NULL);
      g_autofree char *detail = NULL;
      const char *cells[] = { title, start, element };

      if (trial->description != NULL && *trial->description != '\0')
        {
          g_autofree char *description = _bb_plan_report_escape (trial->description);

          g_string_append (details, description);
        }
      for (guint j = 0; j < reviews->len; j++)
        {
          BbLearningReview *review = g_ptr_array_index (reviews, j);
          g_autofree char *date = _bb_plan_report_date (review->date);
          /* TRANSLATORS: the heading of one learning review, with its date */
          g_autofree char *heading = g_strdup_printf (_("Learning review %s"), date);

          g_autofree char *line = g_markup_printf_escaped ("<b>%s</b>", heading);

          g_string_append_printf (details, "%s%s", details->len > 0 ? "\n" : "", line);
          _bb_plan_report_add_field (details, _("Worked:"), review->worked);
          _bb_plan_report_add_field (details, _("Did not work:"), review->did_not_work);
          _bb_plan_report_add_field (details, _("Decision:"), bb_trial_decision_get_label (review->decision));
          _bb_plan_report_add_field (details, _("Note:"), review->note);
        }
      detail = _bb_plan_report_dup_fields (details);
      _bb_pager_table_row (&self->pager, cells, detail);
    }
  _bb_pager_table_end (&self->pager);
}

static char *
share_text (double share)
{
  return isnan (share) ? g_strdup ("") : g_strdup_printf (_("%.0f %%"), share * 100);
}

void
_bb_plan_report_add_competence (BbPlanReport *self)
{
  BbPagerColumn columns[5];

  columns[0] = (BbPagerColumn) { _("Date"), 0.17 };
  columns[1] = (BbPagerColumn) { _("Event"), 0.35 };
  columns[2] = (BbPagerColumn) { _("Participants"), 0.18 };
  columns[3] = (BbPagerColumn) { _("Rated 4–5 of 5"), 0.15 };
  columns[4] = (BbPagerColumn) { _("Used it afterwards"), 0.15 };
  _bb_plan_report_begin_section (self, BB_PLAN_REPORT_SECTION_COMPETENCE);
  if (self->events->len == 0)
    {
      _bb_plan_report_say_none (self, _("The plan has no competence development events."));
      return;
    }

  _bb_pager_table_begin (&self->pager, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < self->events->len; i++)
    {
      BbCompetenceEvent *event = g_ptr_array_index (self->events, i);
      g_autofree char *date = _bb_plan_report_date (event->date);
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", event->title);
      g_autofree char *count = event->n_participants >= 0 ? g_strdup_printf ("%d", event->n_participants) : g_strdup ("");
      g_autofree char *participants = g_markup_printf_escaped ("%s%s%s", count,
                                                               *count != '\0' && event->participants ? "\n" : "",
                                                               event->participants ? event->participants : "");
      g_autofree char *high = share_text (event->share_rating_high);
      g_autofree char *used = share_text (event->share_used_after);
      g_autofree char *note = event->note != NULL && *event->note != '\0' ? _bb_plan_report_escape (event->note) : NULL;
      const char *cells[] = { date, title, participants, high, used };

      _bb_pager_table_row (&self->pager, cells, note);
    }
  _bb_pager_table_end (&self->pager);
}
