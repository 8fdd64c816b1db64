/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bb-course-enums.h"

G_BEGIN_DECLS

/* The status machine of a course.
 *
 *   contacted → waiting → advisory conversations → treatment course (individual or
 *   group) → follow-up → closed; on hold from any running status, back to where it
 *   was held or on from there; not admitted and referred on before admission.
 *
 * Each status maps to the FHIR R4 EpisodeOfCare.status
 * (https://hl7.org/fhir/R4/valueset-episode-of-care-status.html), so figures can be
 * exchanged with health systems:
 *
 *   contacted                          planned    the young person has made contact
 *   waiting                            waitlist   waiting for the first conversation
 *   advisory, treatment-*, follow-up   active
 *   on-hold                            onhold
 *   closed                             finished
 *   not-admitted                       cancelled  ended before the course began
 *
 * Refused (each with its reason): back to first contact; back to waiting once the
 * conversations have begun; a treatment course or follow-up before any advisory
 * conversation; "not admitted" once a treatment course or follow-up has begun (close
 * with the reason "referred on" instead); any change of an ended course; a change
 * to the status the course already has. A course on hold resumes in the status it
 * was held from, or in any status that one may change to. */

/* "planned", "waitlist", "active", "onhold", "finished" or "cancelled". */
const char *bb_course_status_to_fhir       (BbCourseStatus  status);
/* Every status but closed and not admitted. */
gboolean    bb_course_status_is_open       (BbCourseStatus  status);
/* Whether a course in @from may change to @to; @held_from is the status before the
 * hold when @from is on hold (ignored otherwise). BB_COURSE_ERROR_STATUS with the
 * reason, translated, when not. */
gboolean    bb_course_status_check_change  (BbCourseStatus  from,
                                            BbCourseStatus  held_from,
                                            BbCourseStatus  to,
                                            GError        **error);

G_END_DECLS
