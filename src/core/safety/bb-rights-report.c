/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The PDF of an access request: what the JSON file holds, in words a young person
 * can read, every field of every row, on as many pages as it takes (nothing is cut:
 * text breaks between lines across pages). */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "bb-course-enums.h"
#include "bb-format.h"
#include "bb-report.h"
#include "bb-report-text.h"
#include "bb-rights-private.h"

#define TITLE_SIZE 20.0
#define SUBTITLE_SIZE 12.0
#define HEADING_SIZE 14.0
#define SUBHEADING_SIZE 11.5
#define BODY_SIZE 10.0
#define FOOTER_SIZE 8.0
#define ROW_GAP 6.0

typedef const char *(*LabelFunc) (const char *key);

typedef enum
{
  FIELD_TEXT,
  FIELD_DATE,
  FIELD_MOMENT,
  FIELD_YES_NO,
  FIELD_NUMBER,
} FieldKind;

typedef struct
{
  const char *column;
  const char *context;
  const char *label;
  FieldKind   kind;
  LabelFunc   key_label;
} Field;

typedef struct
{
  BbReport     *report;
  cairo_t      *cr;
  PangoContext *context;
  JsonObject   *tables;
  const char   *today;
  char         *footer;
  double        margin;
  double        content;
  double        top;
  double        bottom;
  double        y;
} Document;

/* The stable keys of the database as the program's labels; an unknown key as it is. */
#define DEFINE_KEY_LABEL(Type, type) \
  static const char * \
  type##_label (const char *key) \
  { \
    Type value; \
    return type##_from_key (key, &value) ? type##_get_label (value) : key; \
  }

DEFINE_KEY_LABEL (BbOccupation, bb_occupation)
DEFINE_KEY_LABEL (BbInvolvement, bb_involvement)
DEFINE_KEY_LABEL (BbReferralSource, bb_referral_source)
DEFINE_KEY_LABEL (BbCourseStatus, bb_course_status)
DEFINE_KEY_LABEL (BbClosingReason, bb_closing_reason)
DEFINE_KEY_LABEL (BbMeetingKind, bb_meeting_kind)
DEFINE_KEY_LABEL (BbRespondent, bb_respondent)
DEFINE_KEY_LABEL (BbHandoverState, bb_handover_state)
DEFINE_KEY_LABEL (BbAccessAction, bb_access_action)


static const Field young_person_fields[] = {
  { "name", "course field", NC_ ("course field", "Name"), FIELD_TEXT, NULL },
  { "is_pseudonym", "access request", NC_ ("access request", "The name is a pseudonym"), FIELD_YES_NO, NULL },
  { "birth_date", "course field", NC_ ("course field", "Birth date"), FIELD_DATE, NULL },
  { "phone", "course field", NC_ ("course field", "Phone"), FIELD_TEXT, NULL },
  { "email", "course field", NC_ ("course field", "E-mail"), FIELD_TEXT, NULL },
  { "address", "course field", NC_ ("course field", "Address"), FIELD_TEXT, NULL },
  { "occupation", "course field", NC_ ("course field", "School, education or work"), FIELD_TEXT, bb_occupation_label },
  { "occupation_note", "access request", NC_ ("access request", "About school, education or work"), FIELD_TEXT, NULL },
  { "consent_date", "course field", NC_ ("course field", "Consent given"), FIELD_DATE, NULL },
  { "consent_scope", "course field", NC_ ("course field", "Consent covers"), FIELD_TEXT, NULL },
  { "created", "access request", NC_ ("access request", "Registered"), FIELD_MOMENT, NULL },
  { "modified", "access request", NC_ ("access request", "Last changed"), FIELD_MOMENT, NULL },
  { NULL, },
};

static const Field guardian_fields[] = {
  { "name", "course field", NC_ ("course field", "Name"), FIELD_TEXT, NULL },
  { "relation", "course field", NC_ ("course field", "Relation"), FIELD_TEXT, NULL },
  { "phone", "course field", NC_ ("course field", "Phone"), FIELD_TEXT, NULL },
  { "email", "course field", NC_ ("course field", "E-mail"), FIELD_TEXT, NULL },
  { "involvement", "access request", NC_ ("access request", "Involvement"), FIELD_TEXT, bb_involvement_label },
  { "note", "access request", NC_ ("access request", "Note"), FIELD_TEXT, NULL },
  { NULL, },
};

static const Field course_fields[] = {
  { "adviser_name", "course field", NC_ ("course field", "Adviser"), FIELD_TEXT, NULL },
  { "referral_source", "access request", NC_ ("access request", "Referred by"), FIELD_TEXT, bb_referral_source_label },
  { "referral_note", "course field", NC_ ("course field", "About the referral"), FIELD_TEXT, NULL },
  { "first_contact", "course field", NC_ ("course field", "First contact"), FIELD_DATE, NULL },
  { "planned_conversations", "access request", NC_ ("access request", "Planned advisory conversations"), FIELD_NUMBER, NULL },
  { "status", "access request", NC_ ("access request", "Status"), FIELD_TEXT, bb_course_status_label },
  { "status_since", "access request", NC_ ("access request", "Status since"), FIELD_DATE, NULL },
  { "assessment_date", "course field", NC_ ("course field", "Holistic assessment done"), FIELD_DATE, NULL },
  { "assessment_note", "course field", NC_ ("course field", "Holistic assessment"), FIELD_TEXT, NULL },
  { "closed_date", "access request", NC_ ("access request", "Closed"), FIELD_DATE, NULL },
  { "closing_reason", "access request", NC_ ("access request", "Reason for closing"), FIELD_TEXT, bb_closing_reason_label },
  { "onward_offer_title", "course field", NC_ ("course field", "Onward offer"), FIELD_TEXT, NULL },
  { "notes", "course field", NC_ ("course field", "Notes"), FIELD_TEXT, NULL },
  { "created", "access request", NC_ ("access request", "Registered"), FIELD_MOMENT, NULL },
  { "modified", "access request", NC_ ("access request", "Last changed"), FIELD_MOMENT, NULL },
  { NULL, },
};

static const Field staff_fields[] = {
  { "adviser_name", "course field", NC_ ("course field", "Adviser"), FIELD_TEXT, NULL },
  { "role", "course field", NC_ ("course field", "Role on the course"), FIELD_TEXT, NULL },
  { NULL, },
};

static const Field goal_fields[] = {
  { "text", "course field", NC_ ("course field", "Goal"), FIELD_TEXT, NULL },
  { "progress", "access request", NC_ ("access request", "Progress (of 10)"), FIELD_NUMBER, NULL },
  { "note", "course field", NC_ ("course field", "Note on the goal"), FIELD_TEXT, NULL },
  { NULL, },
};

static const Field status_fields[] = {
  { "status", "access request", NC_ ("access request", "Status"), FIELD_TEXT, bb_course_status_label },
  { "date", "course field", NC_ ("course field", "Date of the change"), FIELD_DATE, NULL },
  { "note", "course field", NC_ ("course field", "Note on the change"), FIELD_TEXT, NULL },
  { "recorded_at", "access request", NC_ ("access request", "Recorded"), FIELD_MOMENT, NULL },
  { "recorded_by", "access request", NC_ ("access request", "Recorded by"), FIELD_TEXT, NULL },
  { NULL, },
};

static const Field meeting_fields[] = {
  { "date", "course field", NC_ ("course field", "Date of the meeting"), FIELD_DATE, NULL },
  { "time", "access request", NC_ ("access request", "Time"), FIELD_TEXT, NULL },
  { "kind", "access request", NC_ ("access request", "Kind of meeting"), FIELD_TEXT, bb_meeting_kind_label },
  { "participants", "course field", NC_ ("course field", "Participants"), FIELD_TEXT, NULL },
  { "duration", "access request", NC_ ("access request", "Duration in minutes"), FIELD_NUMBER, NULL },
  { "no_show", "access request", NC_ ("access request", "Did not attend"), FIELD_YES_NO, NULL },
  { "rating", "access request", NC_ ("access request", "The young person’s rating (1–5)"), FIELD_NUMBER, NULL },
  { "notes", "course field", NC_ ("course field", "Notes on the meeting"), FIELD_TEXT, NULL },
  { NULL, },
};

static const Field measure_fields[] = {
  { "instrument", "course field", NC_ ("course field", "Instrument"), FIELD_TEXT, NULL },
  { "date", "course field", NC_ ("course field", "Date of the measure"), FIELD_DATE, NULL },
  { "respondent", "access request", NC_ ("access request", "Answered by"), FIELD_TEXT, bb_respondent_label },
  { "items", "access request", NC_ ("access request", "Answers"), FIELD_TEXT, NULL },
  { "score", "access request", NC_ ("access request", "Score"), FIELD_NUMBER, NULL },
  { "scales", "access request", NC_ ("access request", "Scales"), FIELD_TEXT, NULL },
  { "note", "course field", NC_ ("course field", "Note on the measure"), FIELD_TEXT, NULL },
  { NULL, },
};

static const Field handover_fields[] = {
  { "offer_title", "course field", NC_ ("course field", "Receiving offer"), FIELD_TEXT, NULL },
  { "state", "access request", NC_ ("access request", "State"), FIELD_TEXT, bb_handover_state_label },
  { "state_date", "course field", NC_ ("course field", "Date of the hand-over"), FIELD_DATE, NULL },
  { "note", "course field", NC_ ("course field", "Hand-over note"), FIELD_TEXT, NULL },
  { "created", "access request", NC_ ("access request", "Registered"), FIELD_MOMENT, NULL },
  { "modified", "access request", NC_ ("access request", "Last changed"), FIELD_MOMENT, NULL },
  { NULL, },
};

/* ---- the page flow ---------------------------------------------------------- */

static void
start_page (Document *self)
{
  bb_report_set_source_color (self->cr, BB_REPORT_COLOR_PAPER, 1);
  cairo_paint (self->cr);
  self->y = self->top;
}

static void
end_page (Document *self)
{
  g_autoptr(PangoLayout) footer = bb_report_layout_new (self->context, self->footer, FOOTER_SIZE, self->content);

  bb_report_set_source_color (self->cr, BB_REPORT_COLOR_MUTED, 1);
  bb_report_show_layout (self->cr, footer, self->margin, self->bottom + FOOTER_SIZE);
}

static void
next_page (Document *self)
{
  end_page (self);
  bb_report_new_page (self->report);
  start_page (self);
}

/* Shows @layout line by line, going on to the next page between two lines where the
 * page is full. */
static void
show_flowing (Document    *self,
              PangoLayout *layout,
              const char  *color)
{
  PangoLayoutIter *iter;
  double origin = self->y;

  if (layout == NULL)
    return;

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      double line_top;
      double line_height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_top = pango_units_to_double (logical.y);
      line_height = pango_units_to_double (logical.height);
      if (origin + line_top + line_height > self->bottom && origin + line_top > self->top)
        {
          next_page (self);
          origin = self->top - line_top;
        }

      bb_report_set_source_color (self->cr, color, 1);
      cairo_move_to (self->cr, self->margin,
                     origin + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
      pango_cairo_show_layout_line (self->cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  self->y = origin + bb_report_layout_get_height (layout);
}

static void
add_markup (Document   *self,
            const char *markup,
            double      size)
{
  g_autoptr(PangoLayout) layout = bb_report_layout_new (self->context, markup, size, self->content);

  show_flowing (self, layout, BB_REPORT_COLOR_TEXT);
}

/* A heading kept with a few lines of what follows it. */
static void
add_heading (Document   *self,
             const char *text,
             double      size)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);
  g_autoptr(PangoLayout) layout = bb_report_layout_new (self->context, markup, size, self->content);
  double height = bb_report_layout_get_height (layout);

  if (self->y > self->top)
    self->y += size;
  if (self->y + height + 3 * BODY_SIZE * 1.4 > self->bottom)
    next_page (self);
  show_flowing (self, layout, BB_REPORT_COLOR_ACCENT);
  self->y += 4;
}

/* ---- fields ---------------------------------------------------------------- */

/* The value of @field in @row as the reader should see it; NULL for an empty one. */
static char *
dup_value (JsonObject  *row,
           const Field *field)
{
  JsonNode *node = json_object_get_member (row, field->column);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      if (*text == '\0')
        return NULL;
      switch (field->kind)
        {
        case FIELD_DATE:
          return bb_format_date (text);
        case FIELD_MOMENT:
          return bb_format_date_time (text);
        default:
          return g_strdup (field->key_label != NULL ? field->key_label (text) : text);
        }
    }

  if (field->kind == FIELD_YES_NO)
    return g_strdup (json_node_get_int (node) != 0 ? _("Yes") : _("No"));
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      /* As the locale writes numbers, without trailing zeros. */
      g_snprintf (buffer, sizeof buffer, "%g", json_node_get_double (node));
      return g_strdup (buffer);
    }
  return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
}

static void
add_row (Document    *self,
         JsonObject  *row,
         const Field *fields)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  for (const Field *field = fields; field->column != NULL; field++)
    {
      g_autofree char *value = dup_value (row, field);
      g_autofree char *line = NULL;

      if (value == NULL)
        continue;
      line = g_markup_printf_escaped ("<b>%s:</b> %s", g_dpgettext2 (GETTEXT_PACKAGE, field->context, field->label),
                                      value);
      if (markup->len > 0)
        g_string_append_c (markup, '\n');
      g_string_append (markup, line);
    }

  add_markup (self, markup->str, BODY_SIZE);
  self->y += ROW_GAP;
}

static JsonArray *
get_table (Document   *self,
           const char *table)
{
  return json_object_get_array_member (self->tables, table);
}

/* The rows of @table, of course @course_id unless it is 0, under @heading. */
static void
add_table (Document    *self,
           const char  *heading,
           double       size,
           const char  *table,
           gint64       course_id,
           const Field *fields)
{
  JsonArray *rows = get_table (self, table);
  gboolean any = FALSE;

  add_heading (self, heading, size);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      if (course_id != 0 && json_object_get_int_member (row, "course_id") != course_id)
        continue;
      add_row (self, row, fields);
      any = TRUE;
    }
  if (!any)
    {
      g_autofree char *none = g_markup_escape_text (_("None."), -1);

      add_markup (self, none, BODY_SIZE);
    }
}

static void
add_courses (Document *self)
{
  JsonArray *courses = get_table (self, "courses");

  add_heading (self, _("Courses"), HEADING_SIZE);
  if (json_array_get_length (courses) == 0)
    add_markup (self, _("None."), BODY_SIZE);

  for (guint i = 0; i < json_array_get_length (courses); i++)
    {
      JsonObject *course = json_array_get_object_element (courses, i);
      gint64 id = json_object_get_int_member (course, "id");
      g_autofree char *first_contact = bb_format_date (json_object_get_string_member (course, "first_contact"));
      /* TRANSLATORS: a heading in the export of everything held; %s is the date of the first contact */
      g_autofree char *heading = g_strdup_printf (_("Course from %s"), first_contact);

      add_heading (self, heading, SUBHEADING_SIZE + 1);
      add_row (self, course, course_fields);
      add_table (self, _("Staff"), SUBHEADING_SIZE, "course_staff", id, staff_fields);
      add_table (self, _("Goals"), SUBHEADING_SIZE, "course_goals", id, goal_fields);
      add_table (self, _("Status history"), SUBHEADING_SIZE, "course_status_events", id, status_fields);
      add_table (self, _("Meetings"), SUBHEADING_SIZE, "meetings", id, meeting_fields);
      add_table (self, _("Measures"), SUBHEADING_SIZE, "measures", id, measure_fields);
      add_table (self, _("Hand-overs"), SUBHEADING_SIZE, "handovers", id, handover_fields);
    }
}

/* One line per access: when, what, by whom. */
static void
add_access_log (Document *self)
{
  JsonArray *rows = get_table (self, "access_log");

  add_heading (self, _("Access log"), HEADING_SIZE);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *when = bb_format_date_time (json_object_get_string_member (row, "at"));
      const char *detail = json_object_get_string_member (row, "detail");
      const char *adviser = json_object_get_string_member (row, "adviser");
      const char *who = *adviser != '\0' ? adviser : json_object_get_string_member (row, "os_user");
      g_autofree char *what = NULL;
      g_autofree char *line = NULL;

      if (*detail != '\0')
        what = g_strdup_printf ("%s (%s)", json_object_get_string_member (row, "subject"), detail);
      else
        what = g_strdup (json_object_get_string_member (row, "subject"));
      /* TRANSLATORS: a line of the access log in the export: when, the action, what, and who */
      line = g_markup_printf_escaped (_("<b>%s</b> %s – %s – %s"), when != NULL ? when : "",
                                      bb_access_action_label (json_object_get_string_member (row, "action")),
                                      what, who);
      add_markup (self, line, BODY_SIZE);
    }
}

static void
add_title (Document *self)
{
  JsonObject *person = json_array_get_object_element (get_table (self, "young_people"), 0);
  g_autofree char *title = bb_report_markup_bold (json_object_get_string_member (person, "name"));
  g_autofree char *date = bb_format_date (self->today);
  /* TRANSLATORS: under the young person's name on the first page of the export of everything held */
  g_autofree char *subtitle_text = g_strdup_printf (_("Everything Brobygger holds on them, exported on %s"), date);
  g_autofree char *subtitle = g_markup_escape_text (subtitle_text, -1);
  g_autoptr(PangoLayout) title_layout = bb_report_layout_new (self->context, title, TITLE_SIZE, self->content);
  g_autoptr(PangoLayout) subtitle_layout = bb_report_layout_new (self->context, subtitle, SUBTITLE_SIZE,
                                                                 self->content);
  double title_y = 0.8 * self->margin;
  double subtitle_y = title_y + bb_report_layout_get_height (title_layout) + 6;
  double band = subtitle_y + bb_report_layout_get_height (subtitle_layout) + 0.5 * self->margin;

  bb_report_set_source_color (self->cr, BB_REPORT_COLOR_ACCENT, 1);
  cairo_rectangle (self->cr, 0, 0, BB_REPORT_A4_WIDTH, band);
  cairo_fill (self->cr);
  bb_report_set_source_color (self->cr, BB_REPORT_COLOR_PAPER, 1);
  bb_report_show_layout (self->cr, title_layout, self->margin, title_y);
  bb_report_show_layout (self->cr, subtitle_layout, self->margin, subtitle_y);
  self->y = band + BODY_SIZE;
}

static void
draw_document (BbReport *report,
               cairo_t  *cr,
               gpointer  user_data)
{
  Document *self = user_data;
  JsonObject *person;
  g_autofree char *footer = NULL;

  self->report = report;
  self->cr = cr;
  self->context = bb_report_create_pango_context (cr);
  self->margin = bb_report_get_margin (BB_REPORT_A4_WIDTH);
  self->content = BB_REPORT_A4_WIDTH - 2 * self->margin;
  self->top = self->margin;
  self->bottom = BB_REPORT_A4_HEIGHT - self->margin;
  person = json_array_get_object_element (get_table (self, "young_people"), 0);
  /* TRANSLATORS: the foot of every page of the export of everything held on a young person */
  footer = g_strdup_printf (_("Everything held on %s. Holds personal data: keep it safe."),
                            json_object_get_string_member (person, "name"));
  self->footer = g_markup_escape_text (footer, -1);

  start_page (self);
  add_title (self);
  add_heading (self, _("The young person"), HEADING_SIZE);
  add_row (self, person, young_person_fields);
  add_table (self, _("Parents and guardians"), HEADING_SIZE, "guardians", 0, guardian_fields);
  add_courses (self);
  add_access_log (self);
  end_page (self);

  g_clear_pointer (&self->footer, g_free);
  g_clear_object (&self->context);
}

gboolean
_bb_rights_report_write (JsonObject  *tables,
                         const char  *today,
                         GFile       *file,
                         GError     **error)
{
  Document document = { .tables = tables, .today = today, };

  return bb_report_write_pdf (file, BB_REPORT_A4_WIDTH, BB_REPORT_A4_HEIGHT, _("Everything held"),
                              draw_document, &document, error);
}
