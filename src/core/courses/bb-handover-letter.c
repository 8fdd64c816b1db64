/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The letter that goes with a young person to the next offer: who they are, what has
 * happened so far, what they need, what was agreed and whom to call on both sides. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-access-log-repository.h"
#include "bb-course-repository-private.h"
#include "bb-format.h"
#include "bb-handover-letter.h"
#include "bb-report.h"
#include "bb-report-text.h"

#define TITLE_SIZE 22.0
#define SUBTITLE_SIZE 13.0
#define BODY_SIZE 11.0
#define FOOTER_SIZE 8.5
#define SECTION_GAP 16.0

typedef struct
{
  BbHandover    *handover;
  BbCourse      *course;
  BbYoungPerson *young_person;
  BbAdviser     *adviser;
  /* NULL when the offer has been deleted since: its title stays on the hand-over. */
  BbOffer       *offer;
  GDate          today;
} Letter;

static void
letter_clear (Letter *self)
{
  g_clear_pointer (&self->handover, bb_handover_free);
  g_clear_object (&self->course);
  g_clear_object (&self->young_person);
  g_clear_object (&self->adviser);
  g_clear_object (&self->offer);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Letter, letter_clear)

/* "Label: value" as a paragraph; nothing for an empty value. */
static void
block_add_field (BbReportBlock *block,
                 const char    *label,
                 const char    *value)
{
  g_autofree char *markup = NULL;

  if (value == NULL || *value == '\0')
    return;

  markup = g_markup_printf_escaped ("<b>%s</b> %s", label, value);
  bb_report_block_add_markup (block, markup);
}

static void
add_young_person (Letter        *self,
                  BbReportBlock *block)
{
  BbYoungPerson *person = self->young_person;
  g_autofree char *birth = bb_format_date (bb_young_person_get_birth_date (person));
  g_autofree char *born = NULL;
  g_autofree char *occupation = NULL;
  g_autofree char *consent = NULL;
  int age = bb_young_person_get_age (person, &self->today);

  bb_report_block_add_heading (block, _("The young person"));
  block_add_field (block, C_("hand-over letter", "Name:"), bb_young_person_get_name (person));
  if (birth != NULL)
    {
      born = age >= 0
             /* TRANSLATORS: a birth date and the age, as in "3 May 2009 (16 years)" */
             ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%d year)", "%s (%d years)", age), birth, age)
             : g_strdup (birth);
      block_add_field (block, C_("hand-over letter", "Born:"), born);
    }

  if (bb_young_person_get_occupation (person) != BB_OCCUPATION_UNKNOWN ||
      *bb_young_person_get_occupation_note (person) != '\0')
    {
      const char *note = bb_young_person_get_occupation_note (person);

      occupation = *note != '\0'
                   ? g_strdup_printf ("%s – %s", bb_occupation_get_label (bb_young_person_get_occupation (person)), note)
                   : g_strdup (bb_occupation_get_label (bb_young_person_get_occupation (person)));
      block_add_field (block, C_("hand-over letter", "School, education or work:"), occupation);
    }

  block_add_field (block, C_("hand-over letter", "Phone:"), bb_young_person_get_phone (person));
  block_add_field (block, C_("hand-over letter", "Email:"), bb_young_person_get_email (person));

  if (bb_young_person_get_consent_date (person) != NULL)
    {
      g_autofree char *date = bb_format_date (bb_young_person_get_consent_date (person));
      const char *scope = bb_young_person_get_consent_scope (person);

      consent = *scope != '\0' ? g_strdup_printf ("%s – %s", date, scope) : g_strdup (date);
      block_add_field (block, C_("hand-over letter", "Consent:"), consent);
    }
}

static void
add_course (Letter        *self,
            BbReportBlock *block)
{
  BbCourse *course = self->course;
  const BbCourseFigures *figures = bb_course_get_figures (course);
  g_autofree char *first_contact = bb_format_date (bb_course_get_first_contact (course));
  g_autofree char *since = bb_format_date (bb_course_get_status_since (course));
  g_autofree char *status = NULL;
  g_autofree char *conversations = NULL;
  g_autofree char *length = NULL;

  bb_report_block_add_heading (block, _("The course so far"));
  block_add_field (block, C_("hand-over letter", "First contact:"), first_contact);
  block_add_field (block, C_("hand-over letter", "Referred by:"),
                   bb_referral_source_get_label (bb_course_get_referral_source (course)));
  /* TRANSLATORS: a course's status and since when, as in "Waiting since 3 March 2026" */
  status = g_strdup_printf (C_("hand-over letter", "%s since %s"),
                            bb_course_status_get_label (bb_course_get_status (course)), since);
  block_add_field (block, C_("hand-over letter", "Status:"), status);

  conversations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u advisory conversation held",
                                                "%u advisory conversations held",
                                                figures->conversations),
                                   figures->conversations);
  if (figures->no_shows > 0)
    {
      g_autofree char *with = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%s, %u meeting not attended",
                                                            "%s, %u meetings not attended",
                                                            figures->no_shows),
                                               conversations, figures->no_shows);

      g_free (conversations);
      conversations = g_steal_pointer (&with);
    }
  block_add_field (block, C_("hand-over letter", "Conversations:"), conversations);

  if (figures->waiting_days >= 0)
    {
      g_autofree char *waiting = g_strdup_printf (figures->waiting_ongoing
                                                  ? g_dngettext (GETTEXT_PACKAGE,
                                                                 "%d day so far, no conversation yet",
                                                                 "%d days so far, no conversation yet",
                                                                 figures->waiting_days)
                                                  : g_dngettext (GETTEXT_PACKAGE,
                                                                 "%d day from first contact to first conversation",
                                                                 "%d days from first contact to first conversation",
                                                                 figures->waiting_days),
                                                  figures->waiting_days);

      block_add_field (block, C_("hand-over letter", "Waiting time:"), waiting);
    }

  length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", figures->course_days),
                            figures->course_days);
  block_add_field (block, C_("hand-over letter", "Course length:"), length);
}

static void
add_needs (Letter        *self,
           BbReportBlock *block)
{
  bb_report_block_add_heading (block, _("Needs"));
  if (self->handover->note != NULL && *self->handover->note != '\0')
    bb_report_block_add_text (block, self->handover->note);
  else
    bb_report_block_add_text (block, _("No hand-over note has been written."));
}

static void
add_next_steps (Letter        *self,
                BbReportBlock *block)
{
  GPtrArray *goals = bb_course_get_goals (self->course);
  const BbCourseFigures *figures = bb_course_get_figures (self->course);
  g_autofree char *state_date = bb_format_date (self->handover->state_date);
  g_autofree char *state = NULL;

  bb_report_block_add_heading (block, _("Agreed next steps"));
  /* TRANSLATORS: the state of a hand-over and its date, as in "Referred on 3 March 2026" */
  state = g_strdup_printf (C_("hand-over letter", "%s on %s"),
                           bb_handover_state_get_label (self->handover->state), state_date);
  block_add_field (block, C_("hand-over letter", "Hand-over:"), state);

  if (figures->next_meeting != NULL)
    {
      g_autofree char *next = bb_format_date (figures->next_meeting);

      block_add_field (block, C_("hand-over letter", "Next meeting:"), next);
    }

  for (guint i = 0; i < goals->len; i++)
    {
      BbCourseGoal *goal = g_ptr_array_index (goals, i);
      g_autofree char *line = NULL;

      if (goal->progress >= 0)
        /* TRANSLATORS: a goal of the course and how far the young person has come, 0–10 */
        line = g_markup_printf_escaped (C_("hand-over letter", "• %s (%d of 10)"), goal->text, goal->progress);
      else
        line = g_markup_printf_escaped ("• %s", goal->text);
      bb_report_block_add_markup (block, line);
    }
}

static void
block_add_contact_line (BbReportBlock *block,
                        const char    *name,
                        const char    *role)
{
  g_autofree char *markup = NULL;

  if (role != NULL && *role != '\0')
    markup = g_markup_printf_escaped ("<b>%s</b> · %s", name, role);
  else
    markup = g_markup_printf_escaped ("<b>%s</b>", name);
  bb_report_block_add_markup (block, markup);
}

static void
add_contacts (Letter        *self,
              BbReportBlock *block)
{
  GPtrArray *staff = bb_course_get_staff (self->course);
  guint n_contacts = self->offer != NULL
                     ? g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_contacts (self->offer))) : 0;

  bb_report_block_add_heading (block, _("Contacts"));
  bb_report_block_add_text (block, _("Here:"));
  if (self->adviser != NULL)
    {
      /* TRANSLATORS: the role of the adviser who holds the course, after their profession */
      g_autofree char *role = g_strdup_printf (C_("hand-over letter", "%s, responsible adviser"),
                                               bb_profession_get_label (bb_adviser_get_profession (self->adviser)));

      block_add_contact_line (block, bb_adviser_get_name (self->adviser), role);
    }
  for (guint i = 0; i < staff->len; i++)
    {
      BbCourseStaff *member = g_ptr_array_index (staff, i);

      if (self->adviser != NULL && member->adviser_id == bb_adviser_get_id (self->adviser))
        continue;
      block_add_contact_line (block, member->adviser_name, member->role);
    }
  if (self->adviser == NULL && staff->len == 0)
    bb_report_block_add_text (block, _("No adviser holds the course."));

  bb_report_block_add_gap (block);
  bb_report_block_add_text (block, _("At the receiving offer:"));
  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_contacts (self->offer)), i);
      g_autofree char *reach = NULL;

      block_add_contact_line (block, bb_contact_get_name (contact), bb_contact_get_role (contact));
      if (*bb_contact_get_phone (contact) != '\0' && *bb_contact_get_email (contact) != '\0')
        reach = g_strdup_printf ("%s · %s", bb_contact_get_phone (contact), bb_contact_get_email (contact));
      else
        reach = g_strconcat (bb_contact_get_phone (contact), bb_contact_get_email (contact), NULL);
      if (*reach != '\0')
        bb_report_block_add_text (block, reach);
    }
  if (n_contacts == 0)
    bb_report_block_add_text (block, _("The catalogue names no contact person for the offer."));
}

static void
add_offer (Letter        *self,
           BbReportBlock *block)
{
  BbProvider *provider = self->offer != NULL ? bb_offer_get_provider (self->offer) : NULL;
  g_autofree char *title = bb_report_markup_bold (self->handover->offer_title);

  bb_report_block_add_heading (block, _("The receiving offer"));
  bb_report_block_add_markup (block, title);
  if (self->offer == NULL)
    {
      bb_report_block_add_text (block, _("The offer is no longer in the catalogue."));
      return;
    }

  if (provider != NULL)
    block_add_field (block, C_("hand-over letter", "Provider:"), bb_provider_get_name (provider));
  block_add_field (block, C_("hand-over letter", "Where:"), bb_offer_get_location (self->offer));
  block_add_field (block, C_("hand-over letter", "When:"), bb_offer_get_opening_hours (self->offer));
  if (provider != NULL)
    {
      block_add_field (block, C_("hand-over letter", "Phone:"), bb_provider_get_phone (provider));
      block_add_field (block, C_("hand-over letter", "Email:"), bb_provider_get_email (provider));
    }
  if (*bb_offer_get_summary (self->offer) != '\0')
    bb_report_block_add_text (block, bb_offer_get_summary (self->offer));
}

typedef void (*SectionFunc) (Letter *self, BbReportBlock *block);

static void
draw_letter (BbReport *report,
             cairo_t  *cr,
             gpointer  user_data)
{
  static const SectionFunc sections[] = {
    add_young_person, add_course, add_needs, add_next_steps, add_contacts, add_offer,
  };
  Letter *self = user_data;
  PangoContext *context = bb_report_create_pango_context (cr);
  double width = BB_REPORT_A4_WIDTH;
  double height = BB_REPORT_A4_HEIGHT;
  double margin = bb_report_get_margin (width);
  double content = width - 2 * margin;
  g_autofree char *title = bb_report_markup_bold (_("Hand-over letter"));
  g_autofree char *today_iso = NULL;
  g_autofree char *today = NULL;
  g_autofree char *subtitle_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *footer_text = NULL;
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autoptr(PangoLayout) subtitle_layout = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  BbReportFlow flow;
  double band;

  today_iso = g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (&self->today),
                               (guint) g_date_get_month (&self->today), (guint) g_date_get_day (&self->today));
  today = bb_format_date (today_iso);
  /* TRANSLATORS: the young person, the offer they go on to, and today's date */
  subtitle_text = g_strdup_printf (_("%s to %s · %s"), bb_young_person_get_name (self->young_person),
                                   self->handover->offer_title, today);
  subtitle = g_markup_escape_text (subtitle_text, -1);
  /* TRANSLATORS: the foot of every page of a hand-over letter */
  footer_text = g_markup_escape_text (_("Holds personal data about a young person. Keep it safe and share it only with the receiving offer."), -1);

  title_layout = bb_report_layout_new (context, title, TITLE_SIZE, content);
  subtitle_layout = bb_report_layout_new (context, subtitle, SUBTITLE_SIZE, content);
  footer = bb_report_layout_new (context, footer_text, FOOTER_SIZE, content);

  bb_report_set_source_color (cr, BB_REPORT_COLOR_PAPER, 1);
  cairo_paint (cr);

  bb_report_flow_init (&flow, margin * 0.8, height - 0.6 * margin);
  {
    double title_y = bb_report_flow_place (&flow, bb_report_layout_get_height (title_layout));
    double subtitle_y;

    bb_report_flow_skip (&flow, 6);
    subtitle_y = bb_report_flow_place (&flow, bb_report_layout_get_height (subtitle_layout));
    bb_report_flow_skip (&flow, 0.5 * margin);
    band = bb_report_flow_get_y (&flow);

    bb_report_set_source_color (cr, BB_REPORT_COLOR_ACCENT, 1);
    cairo_rectangle (cr, 0, 0, width, band);
    cairo_fill (cr);
    bb_report_set_source_color (cr, BB_REPORT_COLOR_PAPER, 1);
    bb_report_show_layout (cr, title_layout, margin, title_y);
    bb_report_show_layout (cr, subtitle_layout, margin, subtitle_y);
  }
  bb_report_flow_skip (&flow, SECTION_GAP);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autoptr(BbReportBlock) block = bb_report_block_new ();
      g_autofree char *markup = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      double section_height;

      sections[i] (self, block);
      markup = bb_report_block_dup_markup (block);
      layout = bb_report_layout_new (context, markup, BODY_SIZE, content);
      section_height = bb_report_layout_get_height (layout);

      /* A section starts a new page rather than break; one taller than a page is cut. */
      if (!bb_report_flow_fits (&flow, section_height + FOOTER_SIZE * 2))
        {
          bb_report_set_source_color (cr, BB_REPORT_COLOR_MUTED, 1);
          bb_report_show_layout (cr, footer, margin, height - 0.6 * margin);
          bb_report_new_page (report);
          bb_report_set_source_color (cr, BB_REPORT_COLOR_PAPER, 1);
          cairo_paint (cr);
          bb_report_flow_init (&flow, margin, height - 0.6 * margin);
          if (!bb_report_flow_fits (&flow, section_height + FOOTER_SIZE * 2))
            {
              bb_report_block_fit (block, layout, bb_report_flow_get_room (&flow) - FOOTER_SIZE * 2);
              section_height = bb_report_layout_get_height (layout);
            }
        }

      bb_report_set_source_color (cr, BB_REPORT_COLOR_TEXT, 1);
      bb_report_show_layout (cr, layout, margin, bb_report_flow_place (&flow, section_height));
      bb_report_flow_skip (&flow, SECTION_GAP);
    }

  bb_report_set_source_color (cr, BB_REPORT_COLOR_MUTED, 1);
  bb_report_show_layout (cr, footer, margin, height - 0.6 * margin);
  g_object_unref (context);
}

/* Everything the letter shows, read inside the caller's transaction. */
static gboolean
letter_load (Letter                  *self,
             BbCourseRepository      *courses,
             BbYoungPersonRepository *young_people,
             BbAdviserRepository     *advisers,
             BbOfferRepository       *offers,
             gint64                   handover_id,
             GError                 **error)
{
  gint64 adviser_id;

  self->handover = bb_course_repository_get_handover (courses, handover_id, error);
  if (self->handover == NULL)
    return FALSE;

  /* The whole course, goals and staff too. Not logged as opened: the letter is logged
   * as what it is, an export or a print. */
  self->course = _bb_course_repository_read (courses, self->handover->course_id, error);
  if (self->course == NULL)
    return FALSE;

  self->young_person = bb_young_person_repository_get (young_people,
                                                       bb_course_get_young_person_id (self->course), error);
  if (self->young_person == NULL)
    return FALSE;

  adviser_id = bb_course_get_adviser_id (self->course);
  if (adviser_id > 0)
    {
      self->adviser = bb_adviser_repository_get (advisers, adviser_id, error);
      if (self->adviser == NULL)
        return FALSE;
    }

  if (self->handover->offer_id > 0)
    {
      self->offer = bb_offer_repository_get (offers, self->handover->offer_id, error);
      if (self->offer == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * bb_handover_letter_write:
 * @courses: the courses
 * @young_people: their young people
 * @advisers: the staff
 * @offers: the catalogue, for the receiving offer and its contact persons
 * @handover_id: the hand-over the letter is for
 * @action: %BB_ACCESS_ACTION_EXPORT for a file the user keeps, %BB_ACCESS_ACTION_PRINT
 *   for the PDF sent to a printer
 * @file: where to write the PDF
 * @error: return location for an error
 *
 * Writes the hand-over letter as an A4 PDF, in the UI language. The file is created
 * readable by its owner alone and replaced only once complete. The export or print is
 * logged in the same transaction as the reads; nothing is logged when writing fails.
 *
 * Returns: %TRUE when the letter was written
 */
gboolean
bb_handover_letter_write (BbCourseRepository      *courses,
                          BbYoungPersonRepository *young_people,
                          BbAdviserRepository     *advisers,
                          BbOfferRepository       *offers,
                          gint64                   handover_id,
                          BbAccessAction           action,
                          GFile                   *file,
                          GError                 **error)
{
  g_auto(Letter) letter = { 0, };
  g_autoptr(BbAccessLogRepository) access_log = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = NULL;
  BbDatabase *database;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (courses), FALSE);
  g_return_val_if_fail (BB_IS_YOUNG_PERSON_REPOSITORY (young_people), FALSE);
  g_return_val_if_fail (BB_IS_ADVISER_REPOSITORY (advisers), FALSE);
  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (offers), FALSE);
  g_return_val_if_fail (action == BB_ACCESS_ACTION_EXPORT || action == BB_ACCESS_ACTION_PRINT, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  database = bb_course_repository_get_database (courses);
  access_log = bb_access_log_repository_new (database, error);
  if (access_log == NULL || !bb_database_begin (database, error))
    return FALSE;

  bb_clock_get_today (bb_database_get_clock (database), &letter.today);
  /* A print goes through a temporary file whose name tells the log's reader nothing. */
  if (action == BB_ACCESS_ACTION_EXPORT)
    basename = g_file_get_basename (file);

  if (!letter_load (&letter, courses, young_people, advisers, offers, handover_id, &local_error) ||
      !bb_access_log_repository_record (access_log, bb_course_get_young_person_id (letter.course),
                                        action, "hand-over letter", basename, &local_error) ||
      !bb_report_write_pdf (file, BB_REPORT_A4_WIDTH, BB_REPORT_A4_HEIGHT, _("Hand-over letter"),
                            draw_letter, &letter, &local_error))
    {
      bb_database_rollback (database);
      if (g_error_matches (local_error, BB_REPORT_ERROR, BB_REPORT_ERROR_DRAWING))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("The hand-over letter could not be drawn: %s"), local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return bb_database_commit (database, error);
}
