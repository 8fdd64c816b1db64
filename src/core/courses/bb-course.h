/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-course-enums.h"
#include "bb-course-records.h"

G_BEGIN_DECLS

/* What the database works out for a course from its meetings, as of the clock's
 * today (see bb-course-repository.h for the definitions). Dates YYYY-MM-DD or NULL. */
typedef struct
{
  /* The first advisory conversation held (not a no-show) on or after the first
   * contact, up to today. */
  char     *first_conversation;
  /* First contact to that conversation; while the course is open and none has been
   * held, first contact to today (then waiting_ongoing). -1 for a course that ended
   * without one. */
  int       waiting_days;
  gboolean  waiting_ongoing;
  /* Advisory conversations held up to today; no-shows of any kind of meeting. */
  guint     conversations;
  guint     no_shows;
  /* Meetings of every kind held up to today. */
  guint     meetings_held;
  char     *last_meeting;
  /* The first meeting after today. */
  char     *next_meeting;
  /* First contact to the end (closed or not admitted), or to today while open. */
  int       course_days;
} BbCourseFigures;

#define BB_TYPE_COURSE (bb_course_get_type ())
G_DECLARE_FINAL_TYPE (BbCourse, bb_course, BB, COURSE, GObject)

/* One young person's way through the offer. Strings are never NULL ("" when unset)
 * except dates (YYYY-MM-DD or NULL). The status, the closing and the figures are
 * written by the repository alone (bb_course_repository_change_status, _close);
 * the status of a new course is where it starts. Read-only properties for list
 * rows: "id", "young-person-name", "adviser-name", "status", "first-contact",
 * "waiting-days", "conversations", "course-days", "next-meeting". */
BbCourse        *bb_course_new                       (gint64           young_person_id);
gint64           bb_course_get_id                    (BbCourse        *self);
void             bb_course_set_id                    (BbCourse        *self,
                                                      gint64           id);
const char      *bb_course_get_uuid                  (BbCourse        *self);
void             bb_course_set_uuid                  (BbCourse        *self,
                                                      const char      *uuid);
gint64           bb_course_get_young_person_id       (BbCourse        *self);
void             bb_course_set_young_person_id       (BbCourse        *self,
                                                      gint64           young_person_id);
const char      *bb_course_get_young_person_name     (BbCourse        *self);
void             bb_course_set_young_person_name     (BbCourse        *self,
                                                      const char      *name);
/* The responsible adviser; 0 for none yet. */
gint64           bb_course_get_adviser_id            (BbCourse        *self);
void             bb_course_set_adviser_id            (BbCourse        *self,
                                                      gint64           adviser_id);
const char      *bb_course_get_adviser_name          (BbCourse        *self);
void             bb_course_set_adviser_name          (BbCourse        *self,
                                                      const char      *name);
BbReferralSource bb_course_get_referral_source       (BbCourse        *self);
void             bb_course_set_referral_source       (BbCourse        *self,
                                                      BbReferralSource source);
const char      *bb_course_get_referral_note         (BbCourse        *self);
void             bb_course_set_referral_note         (BbCourse        *self,
                                                      const char      *note);
const char      *bb_course_get_first_contact         (BbCourse        *self);
void             bb_course_set_first_contact         (BbCourse        *self,
                                                      const char      *date);
/* How many advisory conversations are planned now; -1 for not decided. Changes as
 * the course goes (the dynamic number of the model). */
int              bb_course_get_planned_conversations (BbCourse        *self);
void             bb_course_set_planned_conversations (BbCourse        *self,
                                                      int              planned);
BbCourseStatus   bb_course_get_status                (BbCourse        *self);
void             bb_course_set_status                (BbCourse        *self,
                                                      BbCourseStatus   status);
const char      *bb_course_get_status_since          (BbCourse        *self);
void             bb_course_set_status_since          (BbCourse        *self,
                                                      const char      *date);
/* The holistic assessment (Retssikkerhedsloven § 5): when, and what it found. */
const char      *bb_course_get_assessment_date       (BbCourse        *self);
void             bb_course_set_assessment_date       (BbCourse        *self,
                                                      const char      *date);
const char      *bb_course_get_assessment_note       (BbCourse        *self);
void             bb_course_set_assessment_note       (BbCourse        *self,
                                                      const char      *note);
/* Set when the course ended (closed or not admitted). */
const char      *bb_course_get_closed_date           (BbCourse        *self);
void             bb_course_set_closed_date           (BbCourse        *self,
                                                      const char      *date);
/* -1 while open. */
int              bb_course_get_closing_reason        (BbCourse        *self);
void             bb_course_set_closing_reason        (BbCourse        *self,
                                                      int              reason);
/* The offer the young person went on to; 0 for none (or one since deleted, whose
 * title stays). */
gint64           bb_course_get_onward_offer_id       (BbCourse        *self);
void             bb_course_set_onward_offer_id       (BbCourse        *self,
                                                      gint64           offer_id);
const char      *bb_course_get_onward_offer_title    (BbCourse        *self);
void             bb_course_set_onward_offer_title    (BbCourse        *self,
                                                      const char      *title);
const char      *bb_course_get_notes                 (BbCourse        *self);
void             bb_course_set_notes                 (BbCourse        *self,
                                                      const char      *notes);
const char      *bb_course_get_created               (BbCourse        *self);
void             bb_course_set_created               (BbCourse        *self,
                                                      const char      *created);
const char      *bb_course_get_modified              (BbCourse        *self);
void             bb_course_set_modified              (BbCourse        *self,
                                                      const char      *modified);
/* BbCourseGoal and BbCourseStaff records, in order; the caller may change them. */
GPtrArray       *bb_course_get_goals                 (BbCourse        *self);
GPtrArray       *bb_course_get_staff                 (BbCourse        *self);
const BbCourseFigures *bb_course_get_figures         (BbCourse        *self);
/* Takes over the strings of @figures. */
void             bb_course_take_figures              (BbCourse        *self,
                                                      BbCourseFigures *figures);

/* What must be fixed before saving: a first contact not after @today, real dates,
 * a planned number 0–99, goal progress 0–10, no CPR number in any text. The message
 * names the field. BB_COURSE_ERROR. */
gboolean         bb_course_validate                  (BbCourse        *self,
                                                      const GDate     *today,
                                                      GError         **error);
/* The keys of the fields a save would change ("notes", "goals", …), for the access
 * log. The status and closing are not compared: they change through their own calls. */
GPtrArray       *bb_course_diff                      (BbCourse        *before,
                                                      BbCourse        *after);

G_END_DECLS
