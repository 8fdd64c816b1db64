/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-course-status.h"

/* Why a change is refused; ALLOWED when it is not. */
typedef enum
{
  ALLOWED,
  SAME,
  ENDED,
  BACK_TO_START,
  WAIT_IS_OVER,
  NEEDS_ADVISORY,
  ALREADY_ADMITTED,
} Verdict;

#define CON BB_COURSE_STATUS_CONTACTED
#define WAI BB_COURSE_STATUS_WAITING
#define ADV BB_COURSE_STATUS_ADVISORY
#define IND BB_COURSE_STATUS_TREATMENT_INDIVIDUAL
#define GRP BB_COURSE_STATUS_TREATMENT_GROUP
#define FUP BB_COURSE_STATUS_FOLLOW_UP
#define HLD BB_COURSE_STATUS_ON_HOLD
#define CLO BB_COURSE_STATUS_CLOSED
#define NAD BB_COURSE_STATUS_NOT_ADMITTED

/* [from][to]. On hold has no row of its own: it takes the row of the status it was
 * held from (see bb_course_status_check_change). */
static const Verdict transitions[BB_COURSE_STATUS_COUNT][BB_COURSE_STATUS_COUNT] = {
  /*            CON            WAI           ADV             IND             GRP             FUP             HLD      CLO      NAD */
  [CON] = { SAME,          ALLOWED,      ALLOWED,        NEEDS_ADVISORY, NEEDS_ADVISORY, NEEDS_ADVISORY, ALLOWED, ALLOWED, ALLOWED },
  [WAI] = { BACK_TO_START, SAME,         ALLOWED,        NEEDS_ADVISORY, NEEDS_ADVISORY, NEEDS_ADVISORY, ALLOWED, ALLOWED, ALLOWED },
  [ADV] = { BACK_TO_START, WAIT_IS_OVER, SAME,           ALLOWED,        ALLOWED,        ALLOWED,        ALLOWED, ALLOWED, ALLOWED },
  [IND] = { BACK_TO_START, WAIT_IS_OVER, ALLOWED,        SAME,           ALLOWED,        ALLOWED,        ALLOWED, ALLOWED, ALREADY_ADMITTED },
  [GRP] = { BACK_TO_START, WAIT_IS_OVER, ALLOWED,        ALLOWED,        SAME,           ALLOWED,        ALLOWED, ALLOWED, ALREADY_ADMITTED },
  [FUP] = { BACK_TO_START, WAIT_IS_OVER, ALLOWED,        ALLOWED,        ALLOWED,        SAME,           ALLOWED, ALLOWED, ALREADY_ADMITTED },
  [HLD] = { SAME,          SAME,         SAME,           SAME,           SAME,           SAME,           SAME,    SAME,    SAME },
  [CLO] = { ENDED,         ENDED,        ENDED,          ENDED,          ENDED,          ENDED,          ENDED,   ENDED,   ENDED },
  [NAD] = { ENDED,         ENDED,        ENDED,          ENDED,          ENDED,          ENDED,          ENDED,   ENDED,   ENDED },
};

static const char * const fhir_statuses[BB_COURSE_STATUS_COUNT] = {
  [CON] = "planned",
  [WAI] = "waitlist",
  [ADV] = "active",
  [IND] = "active",
  [GRP] = "active",
  [FUP] = "active",
  [HLD] = "onhold",
  [CLO] = "finished",
  [NAD] = "cancelled",
};

const char *
bb_course_status_to_fhir (BbCourseStatus status)
{
  g_return_val_if_fail ((guint) status < BB_COURSE_STATUS_COUNT, NULL);

  return fhir_statuses[status];
}

gboolean
bb_course_status_is_open (BbCourseStatus status)
{
  return status != CLO && status != NAD;
}

static void
set_reason (Verdict          verdict,
            BbCourseStatus   from,
            BbCourseStatus   to,
            GError         **error)
{
  switch (verdict)
    {
    case SAME:
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS,
                   _("The course already has the status “%s”."), bb_course_status_get_label (to));
      break;

    case ENDED:
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS,
                   _("The course has ended (“%s”), so its status cannot change. Start a new course for the young person instead."),
                   bb_course_status_get_label (from));
      break;

    case BACK_TO_START:
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS,
                   _("A course starts with “%s” and cannot go back to it."), bb_course_status_get_label (CON));
      break;

    case WAIT_IS_OVER:
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS,
                   _("“%s” is the wait for the first conversation; the conversations have begun, so the course cannot go back to it."),
                   bb_course_status_get_label (WAI));
      break;

    case NEEDS_ADVISORY:
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS,
                   _("“%s” comes after the advisory conversations. Change the status to “%s” first."),
                   bb_course_status_get_label (to), bb_course_status_get_label (ADV));
      break;

    case ALREADY_ADMITTED:
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS,
                   _("The young person has been admitted already. Close the course with the reason “%s” instead."),
                   bb_closing_reason_get_label (BB_CLOSING_REFERRED_ON));
      break;

    case ALLOWED:
    default:
      g_assert_not_reached ();
    }
}

gboolean
bb_course_status_check_change (BbCourseStatus   from,
                               BbCourseStatus   held_from,
                               BbCourseStatus   to,
                               GError         **error)
{
  Verdict verdict;

  g_return_val_if_fail ((guint) from < BB_COURSE_STATUS_COUNT, FALSE);
  g_return_val_if_fail ((guint) to < BB_COURSE_STATUS_COUNT, FALSE);

  if (from == HLD && to != HLD)
    {
      g_return_val_if_fail ((guint) held_from < BB_COURSE_STATUS_COUNT && held_from != HLD, FALSE);

      /* Resuming where it was held is always right; anything else is judged as a
       * change from there. */
      if (to == held_from)
        return TRUE;
      from = held_from;
    }

  verdict = transitions[from][to];
  if (verdict == ALLOWED)
    return TRUE;

  set_reason (verdict, from, to, error);
  return FALSE;
}
