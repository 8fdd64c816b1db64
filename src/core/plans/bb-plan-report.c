/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plan PDF for the steering group: what it reads and how each section reads on
 * paper. The page flow is bb-plan-report-pages.c. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bb-format.h"
#include "bb-plan-report-private.h"
#include "bb-plan-repository-private.h"
#include "bb-report.h"
#include "bb-report-chart.h"
#include "bb-report-text.h"


static const char * const section_titles[BB_PLAN_REPORT_N_SECTIONS] = {
  N_("Purpose and target group"),
  N_("Stage history"),
  N_("Core elements"),
  N_("Fidelity over time"),
  N_("Structural challenges"),
  N_("Focus areas"),
  N_("Activities"),
  N_("Partners"),
  N_("Monitoring indicators"),
  N_("Trial actions and learning reviews"),
  N_("Competence development"),
};

/* ---- words ------------------------------------------------------------------ */

char *
_bb_plan_report_date (const char *iso)
{
  return iso != NULL && *iso != '\0' ? bb_format_date (iso) : g_strdup ("");
}

/* Escaped @text, or "" for NULL. */
char *
_bb_plan_report_escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/* "<b>Label:</b> value" on a line of its own; nothing for an empty value. */
void
_bb_plan_report_add_field (GString    *markup,
                           const char *label,
                           const char *value)
{
  g_autofree char *line = NULL;

  if (value == NULL || *value == '\0')
    return;

  line = g_markup_printf_escaped ("<b>%s</b> %s", label, value);
  if (markup->len > 0)
    g_string_append_c (markup, '\n');
  g_string_append (markup, line);
}

/* The same in a run of fields on one paragraph, " · " between them. */
void
_bb_plan_report_add_inline_field (GString    *markup,
                                  const char *label,
                                  const char *value)
{
  g_autofree char *field = NULL;

  if (value == NULL || *value == '\0')
    return;

  field = g_markup_printf_escaped ("<b>%s</b> %s", label, value);
  if (markup->len > 0 && markup->str[markup->len - 1] != '\n')
    g_string_append (markup, " · ");
  g_string_append (markup, field);
}

/* Ends a run of inline fields. */
void
_bb_plan_report_end_paragraph (GString *markup)
{
  if (markup->len > 0 && markup->str[markup->len - 1] != '\n')
    g_string_append_c (markup, '\n');
}

char *
_bb_plan_report_dup_fields (GString *markup)
{
  return markup->len > 0 ? g_strdup (markup->str) : NULL;
}

gboolean
_bb_plan_report_is_share (BbIndicatorKind kind)
{
  return kind == BB_INDICATOR_SHARE_HANDED_OVER || kind == BB_INDICATOR_SHARE_FOLLOW_UP ||
         kind == BB_INDICATOR_SHARE_GOALS_REACHED;
}

char *
_bb_plan_report_value_text (const BbPlanIndicator *indicator,
                            double                 value)
{
  /* Whole numbers without decimals, others with one. */
  int decimals = fabs (value - round (value)) < 1e-9 ? 0 : 1;
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("");
  if (_bb_plan_report_is_share (indicator->kind))
    /* TRANSLATORS: a share in per cent, as in "45 %" */
    return g_strdup_printf (_("%.0f %%"), value * 100);
  number = g_strdup_printf ("%.*f", decimals, value);
  if (indicator->unit != NULL && *indicator->unit != '\0')
    return g_strdup_printf ("%s %s", number, indicator->unit);
  return g_steal_pointer (&number);
}

static const char *
title_of (GPtrArray *rows,
          gsize      id_offset,
          gsize      title_offset,
          gint64     id)
{
  for (guint i = 0; id > 0 && i < rows->len; i++)
    {
      gpointer row = g_ptr_array_index (rows, i);

      if (G_STRUCT_MEMBER (gint64, row, id_offset) == id)
        return G_STRUCT_MEMBER (const char *, row, title_offset);
    }
  return NULL;
}

const char *
_bb_plan_report_element_title (BbPlanReport *self,
                               gint64        id)
{
  return title_of (self->elements, G_STRUCT_OFFSET (BbPlanElement, id), G_STRUCT_OFFSET (BbPlanElement, title), id);
}

const char *
_bb_plan_report_focus_area_title (BbPlanReport *self,
                                  gint64        id)
{
  return title_of (self->focus_areas, G_STRUCT_OFFSET (BbFocusArea, id), G_STRUCT_OFFSET (BbFocusArea, title), id);
}

/* The newest measurement of an indicator, NULL before the first. */
BbMeasurement *
_bb_plan_report_latest_measurement (BbPlanReport *self,
                                    guint         indicator)
{
  GPtrArray *measurements = g_ptr_array_index (self->measurements, indicator);

  return measurements->len > 0 ? g_ptr_array_index (measurements, measurements->len - 1) : NULL;
}

/* ---- sections ------------------------------------------------------------------ */

void
_bb_plan_report_begin_section (BbPlanReport        *self,
                               BbPlanReportSection  section)
{
  _bb_pager_heading (&self->pager, _(section_titles[section]), HEADING_SIZE, 60);
  self->section_pages[section] = _bb_pager_get_page (&self->pager);
}

void
_bb_plan_report_say_none (BbPlanReport *self,
                          const char   *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", text);

  _bb_pager_markup (&self->pager, markup, BODY_SIZE);
}

static void
add_title_page (BbPlanReport *self)
{
  BbPlan *plan = self->plan;
  BbPager *pager = &self->pager;
  g_autoptr(GString) fields = g_string_new (NULL);
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", bb_plan_get_title (plan));
  g_autofree char *model = NULL;
  g_autofree char *start = _bb_plan_report_date (bb_plan_get_period_start (plan));
  g_autofree char *end = _bb_plan_report_date (bb_plan_get_period_end (plan));
  g_autofree char *period = NULL;
  g_autofree char *printed = _bb_plan_report_date (self->today);
  g_autofree char *fields_markup = NULL;

  if (*bb_plan_get_model_title (plan) != '\0')
    /* TRANSLATORS: an intervention model and the version of it a plan follows, as in "Ungeindsatsen (2023)" */
    model = g_strdup_printf (_("%s (version %s)"), bb_plan_get_model_title (plan), bb_plan_get_template_version (plan));
  if (*start != '\0' || *end != '\0')
    /* TRANSLATORS: a plan's period, from one date to another */
    period = g_strdup_printf (_("%s – %s"), start, end);

  _bb_pager_space (pager, 120);
  _bb_pager_markup (pager, title, TITLE_SIZE);
  _bb_pager_space (pager, 8);
  {
    g_autofree char *subtitle = g_markup_printf_escaped ("%s", _("Local implementation plan"));

    _bb_pager_markup (pager, subtitle, SUBTITLE_SIZE);
  }
  _bb_pager_space (pager, 40);

  _bb_plan_report_add_field (fields, _("Model:"), model);
  _bb_plan_report_add_field (fields, _("Organisation:"), bb_plan_get_organisation (plan));
  _bb_plan_report_add_field (fields, _("Owner:"), bb_plan_get_owner (plan));
  _bb_plan_report_add_field (fields, _("Period:"), period);
  _bb_plan_report_add_field (fields, _("Status:"), bb_plan_status_get_label (bb_plan_get_status (plan)));
  _bb_plan_report_add_field (fields, _("Stage:"), bb_plan_stage_get_label (bb_plan_get_stage (plan)));
  _bb_plan_report_add_field (fields, _("Printed:"), printed);
  fields_markup = _bb_plan_report_dup_fields (fields);
  _bb_pager_markup (pager, fields_markup, SUBHEADING_SIZE);
}

static void
add_purpose (BbPlanReport *self)
{
  g_autoptr(GString) fields = g_string_new (NULL);
  g_autofree char *markup = NULL;

  _bb_plan_report_begin_section (self, BB_PLAN_REPORT_SECTION_PURPOSE);
  _bb_plan_report_add_field (fields, _("Purpose:"), bb_plan_get_purpose (self->plan));
  _bb_plan_report_add_field (fields, _("Target group:"), bb_plan_get_target_group (self->plan));
  markup = _bb_plan_report_dup_fields (fields);
  if (markup != NULL)
    _bb_pager_markup (&self->pager, markup, BODY_SIZE);
  else
    _bb_plan_report_say_none (self, _("Neither purpose nor target group has been written."));
}

static void
add_stages (BbPlanReport *self)
{
  BbPagerColumn columns[2];

  columns[0] = (BbPagerColumn) { _("Stage"), 0.6 };
  columns[1] = (BbPagerColumn) { _("Began"), 0.4 };
  _bb_plan_report_begin_section (self, BB_PLAN_REPORT_SECTION_STAGES);
  _bb_pager_table_begin (&self->pager, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < self->stages->len; i++)
    {
      BbStageEvent *event = g_ptr_array_index (self->stages, i);
      g_autofree char *stage = _bb_plan_report_escape (bb_plan_stage_get_label (event->stage));
      g_autofree char *date = _bb_plan_report_date (event->date);
      const char *cells[] = { stage, date };

      _bb_pager_table_row (&self->pager, cells, NULL);
    }
  _bb_pager_table_end (&self->pager);
}

static void
add_elements (BbPlanReport *self)
{
  BbPagerColumn columns[4];

  columns[0] = (BbPagerColumn) { _("Core element"), 0.34 };
  columns[1] = (BbPagerColumn) { _("Fidelity"), 0.16 };
  columns[2] = (BbPagerColumn) { _("Rated"), 0.18 };
  columns[3] = (BbPagerColumn) { _("Measured"), 0.32 };
  _bb_plan_report_begin_section (self, BB_PLAN_REPORT_SECTION_ELEMENTS);
  if (self->elements->len == 0)
    {
      _bb_plan_report_say_none (self, _("The plan has no core elements."));
      return;
    }

  _bb_pager_table_begin (&self->pager, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < self->elements->len; i++)
    {
      BbPlanElement *element = g_ptr_array_index (self->elements, i);
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", element->title);
      g_autofree char *fidelity = _bb_plan_report_escape (bb_fidelity_get_label (element->fidelity));
      g_autofree char *rated = _bb_plan_report_date (element->fidelity_date);
      g_autoptr(GString) measured = g_string_new (NULL);
      g_autofree char *detail = element->description != NULL && *element->description != '\0'
                                ? _bb_plan_report_escape (element->description) : NULL;

      /* The figure from the work beside the self-rating. */
      for (guint j = 0; j < self->indicators->len; j++)
        {
          BbPlanIndicator *indicator = g_ptr_array_index (self->indicators, j);
          BbMeasurement *latest = _bb_plan_report_latest_measurement (self, j);
          g_autofree char *value = NULL;
          g_autofree char *date = NULL;
          g_autofree char *line = NULL;

          if (indicator->element_id != element->id || latest == NULL)
            continue;
          value = _bb_plan_report_value_text (indicator, latest->value);
          date = _bb_plan_report_date (latest->date);
          /* TRANSLATORS: an indicator, its latest value and the date of it */
          line = g_markup_printf_escaped (_("%s: %s (%s)"), indicator->name, value, date);
          g_string_append_printf (measured, "%s%s", measured->len > 0 ? "\n" : "", line);
        }

      {
        const char *cells[] = { title, fidelity, rated, measured->str };

        _bb_pager_table_row (&self->pager, cells, detail);
      }
    }
  _bb_pager_table_end (&self->pager);
}

static void
draw_fidelity (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  user_data)
{
  BbReportChart *chart = user_data;

  bb_report_chart_draw (chart, cr, width, height, "Cantarell 7");
}

static void
add_fidelity (BbPlanReport *self)
{
  double content = _bb_pager_get_content (&self->pager);
  gboolean any = FALSE;

  _bb_plan_report_begin_section (self, BB_PLAN_REPORT_SECTION_FIDELITY);
  /* TRANSLATORS: how the fidelity charts read; the levels are those of the fidelity rating */
  _bb_pager_markup (&self->pager, _("Each core element’s self-rated fidelity: 0 not started, 1 partly, 2 largely, 3 fully."),
                    BODY_SIZE - 1);
  for (guint i = 0; i < self->elements->len; i++)
    {
      BbPlanElement *element = g_ptr_array_index (self->elements, i);
      GPtrArray *ratings = g_ptr_array_index (self->ratings, i);
      g_autoptr(BbReportChart) chart = NULL;
      g_autofree char *title = NULL;
      gboolean beside;

      if (ratings->len == 0)
        continue;

      chart = bb_report_chart_new (element->title, 0, BB_FIDELITY_COUNT - 1);
      for (guint j = 0; j < ratings->len; j++)
        {
          BbFidelityRating *rating = g_ptr_array_index (ratings, j);

          bb_report_chart_add_point (chart, rating->date, rating->level, BB_REPORT_CHART_MARK_NONE);
        }

      /* Two to a row, each under its element's name. */
      title = g_markup_printf_escaped ("<b>%s</b>", element->title);
      beside = any && self->pager.figure_bottom >= 0 &&
               self->pager.figure_right + 12 + (content - 12) / 2 <= self->pager.margin + content + 1;
      if (!beside)
        {
          /* The name stays with its chart. */
          if (self->pager.bottom - self->pager.y < CHART_HEIGHT * 0.8 + 2 * BODY_SIZE)
            _bb_pager_new_page (&self->pager);
          _bb_pager_markup (&self->pager, title, BODY_SIZE - 1);
        }
      else
        {
          g_autoptr(PangoLayout) layout = bb_report_layout_new (self->pager.context, title, BODY_SIZE - 1,
                                                                (content - 12) / 2);

          bb_report_set_source_color (self->pager.cr, BB_REPORT_COLOR_TEXT, 1);
          bb_report_show_layout (self->pager.cr, layout, self->pager.figure_right + 12,
                                 self->pager.figure_top - bb_report_layout_get_height (layout));
        }
      _bb_pager_figure (&self->pager, (content - 12) / 2, CHART_HEIGHT * 0.8, beside, draw_fidelity, chart);
      any = TRUE;
    }
  if (!any)
    _bb_plan_report_say_none (self, _("No core element has been rated yet."));
}

static void
add_challenges (BbPlanReport *self)
{
  BbPagerColumn columns[3];

  columns[0] = (BbPagerColumn) { _("Structural challenge"), 0.35 };
  columns[1] = (BbPagerColumn) { _("Rating"), 0.15 };
  columns[2] = (BbPagerColumn) { _("Note"), 0.5 };
  _bb_plan_report_begin_section (self, BB_PLAN_REPORT_SECTION_CHALLENGES);
  _bb_pager_table_begin (&self->pager, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < self->challenges->len; i++)
    {
      BbPlanChallenge *challenge = g_ptr_array_index (self->challenges, i);
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", challenge->title);
      g_autofree char *rating = _bb_plan_report_escape (bb_challenge_rating_get_label (challenge->rating));
      g_autofree char *note = _bb_plan_report_escape (challenge->note);
      const char *cells[] = { title, rating, note };

      _bb_pager_table_row (&self->pager, cells, NULL);
    }
  _bb_pager_table_end (&self->pager);
}

static void
add_focus_areas (BbPlanReport *self)
{
  BbPagerColumn columns[2];

  columns[0] = (BbPagerColumn) { _("Focus area"), 0.35 };
  columns[1] = (BbPagerColumn) { _("Adaptations planned"), 0.65 };
  _bb_plan_report_begin_section (self, BB_PLAN_REPORT_SECTION_FOCUS_AREAS);
  _bb_pager_table_begin (&self->pager, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < self->focus_areas->len; i++)
    {
      BbFocusArea *area = g_ptr_array_index (self->focus_areas, i);
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", area->title);
      g_autofree char *adaptations = _bb_plan_report_escape (area->adaptations);
      const char *cells[] = { title, adaptations };

      _bb_pager_table_row (&self->pager, cells, NULL);
    }
  _bb_pager_table_end (&self->pager);
}

/* The contents, on the page kept for them once every section's page is known. */
static void
draw_contents (BbPlanReport *self)
{
  BbPager *pager = &self->pager;
  cairo_t *cr = _bb_pager_open_page (pager, 1);
  double content = _bb_pager_get_content (pager);
  g_autofree char *heading = g_markup_printf_escaped ("<b>%s</b>", _("Contents"));
  g_autoptr(PangoLayout) layout = bb_report_layout_new (pager->context, heading, HEADING_SIZE, content);
  double y = pager->top;

  bb_report_set_source_color (cr, BB_REPORT_COLOR_ACCENT, 1);
  bb_report_show_layout (cr, layout, pager->margin, y);
  y += bb_report_layout_get_height (layout) + 12;

  bb_report_set_source_color (cr, BB_REPORT_COLOR_TEXT, 1);
  for (guint i = 0; i < BB_PLAN_REPORT_N_SECTIONS; i++)
    {
      g_autofree char *title = g_markup_escape_text (_(section_titles[i]), -1);
      g_autofree char *number = g_strdup_printf ("%u", self->section_pages[i] + 1);
      g_autoptr(PangoLayout) left = bb_report_layout_new (pager->context, title, SUBHEADING_SIZE, content - 40);
      g_autoptr(PangoLayout) right = bb_report_layout_new (pager->context, number, SUBHEADING_SIZE, 40);

      pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
      bb_report_show_layout (cr, left, pager->margin, y);
      bb_report_show_layout (cr, right, pager->margin + content - 40, y);
      y += bb_report_layout_get_height (left) + 6;
    }

  cairo_destroy (cr);
}

/* ---- reading and laying out ---------------------------------------------------- */

/* The rows of every owner in @owners, one GPtrArray each. */
typedef GPtrArray *(*ListFunc) (BbPlanRepository *plans, gint64 owner, GError **error);

static GPtrArray *
list_children (BbPlanRepository  *plans,
               GPtrArray         *owners,
               ListFunc           list,
               GError           **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < owners->len; i++)
    {
      /* Every record starts with its id. */
      GPtrArray *rows = list (plans, *(gint64 *) g_ptr_array_index (owners, i), error);

      if (rows == NULL)
        return NULL;
      g_ptr_array_add (all, rows);
    }

  return g_steal_pointer (&all);
}

static gboolean
load (BbPlanReport      *self,
      BbPlanRepository  *plans,
      gint64             plan_id,
      GError           **error)
{
  self->plan = bb_plan_repository_get (plans, plan_id, error);
  if (self->plan == NULL)
    return FALSE;

  _bb_plan_repository_today (plans, self->today);
  return (self->stages = bb_plan_repository_list_stage_events (plans, plan_id, error)) != NULL &&
         (self->elements = bb_plan_repository_list_elements (plans, plan_id, error)) != NULL &&
         (self->ratings = list_children (plans, self->elements, bb_plan_repository_list_ratings, error)) != NULL &&
         (self->challenges = bb_plan_repository_list_challenges (plans, plan_id, error)) != NULL &&
         (self->focus_areas = bb_plan_repository_list_focus_areas (plans, plan_id, error)) != NULL &&
         (self->activities = bb_plan_repository_list_activities (plans, plan_id, error)) != NULL &&
         (self->partners = bb_plan_repository_list_partners (plans, plan_id, error)) != NULL &&
         (self->indicators = bb_plan_repository_list_indicators (plans, plan_id, error)) != NULL &&
         (self->measurements = list_children (plans, self->indicators, bb_plan_repository_list_measurements,
                                              error)) != NULL &&
         (self->trials = bb_plan_repository_list_trials (plans, plan_id, error)) != NULL &&
         (self->reviews = list_children (plans, self->trials, bb_plan_repository_list_reviews, error)) != NULL &&
         (self->events = bb_plan_repository_list_competence_events (plans, plan_id, error)) != NULL;
}

static void
lay_out (BbPlanReport *self)
{
  typedef void (*SectionFunc) (BbPlanReport *self);
  static const SectionFunc sections[BB_PLAN_REPORT_N_SECTIONS] = {
    add_purpose, add_stages, add_elements, add_fidelity, add_challenges, add_focus_areas,
    _bb_plan_report_add_activities, _bb_plan_report_add_partners, _bb_plan_report_add_indicators,
    _bb_plan_report_add_trials, _bb_plan_report_add_competence,
  };

  _bb_pager_init (&self->pager, BB_REPORT_A4_WIDTH, BB_REPORT_A4_HEIGHT);
  add_title_page (self);
  /* The contents page, filled in at the end. */
  _bb_pager_new_page (&self->pager);
  _bb_pager_new_page (&self->pager);
  for (guint i = 0; i < BB_PLAN_REPORT_N_SECTIONS; i++)
    sections[i] (self);
  _bb_pager_finish (&self->pager);
  draw_contents (self);
}

BbPlanReport *
bb_plan_report_new (BbPlanRepository  *plans,
                    gint64             plan_id,
                    GError           **error)
{
  g_autoptr(BbPlanReport) self = g_new0 (BbPlanReport, 1);

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (plans), NULL);

  if (!load (self, plans, plan_id, error))
    return NULL;

  lay_out (self);
  return g_steal_pointer (&self);
}

void
bb_plan_report_free (BbPlanReport *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->plan);
  g_clear_pointer (&self->stages, g_ptr_array_unref);
  g_clear_pointer (&self->elements, g_ptr_array_unref);
  g_clear_pointer (&self->ratings, g_ptr_array_unref);
  g_clear_pointer (&self->challenges, g_ptr_array_unref);
  g_clear_pointer (&self->focus_areas, g_ptr_array_unref);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->partners, g_ptr_array_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->measurements, g_ptr_array_unref);
  g_clear_pointer (&self->trials, g_ptr_array_unref);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  if (self->pager.pages != NULL)
    _bb_pager_clear (&self->pager);
  g_free (self);
}

const char *
bb_plan_report_get_title (BbPlanReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return bb_plan_get_title (self->plan);
}

guint
bb_plan_report_get_n_pages (BbPlanReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pager.pages->len;
}

void
bb_plan_report_draw_page (BbPlanReport *self,
                          cairo_t      *cr,
                          guint         page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  _bb_pager_draw_page (&self->pager, cr, page);
}

static void
draw_pdf (BbReport *report,
          cairo_t  *cr,
          gpointer  user_data)
{
  BbPlanReport *self = user_data;

  for (guint i = 0; i < bb_plan_report_get_n_pages (self); i++)
    {
      if (i > 0)
        bb_report_new_page (report);
      bb_plan_report_draw_page (self, cr, i);
    }
}

gboolean
bb_plan_report_write (BbPlanRepository  *plans,
                      gint64             plan_id,
                      GFile             *file,
                      GError           **error)
{
  g_autoptr(BbPlanReport) self = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (plans), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  self = bb_plan_report_new (plans, plan_id, error);
  if (self == NULL)
    return FALSE;

  if (!bb_report_write_pdf (file, BB_REPORT_A4_WIDTH, BB_REPORT_A4_HEIGHT, bb_plan_report_get_title (self),
                            draw_pdf, self, &local_error))
    {
      if (g_error_matches (local_error, BB_REPORT_ERROR, BB_REPORT_ERROR_DRAWING))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The plan could not be drawn: %s"),
                     local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}
