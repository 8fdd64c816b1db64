/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-course-enums.h"

G_BEGIN_DECLS

/* The plain records a course holds or the repository lists. Strings may be NULL for
 * empty; dates are YYYY-MM-DD, moments ISO 8601 UTC. */

/* A goal of the course, with how far the young person has come: 0 (not begun) to
 * 10 (reached), the scaling question advisers ask; -1 before the first rating. */
typedef struct
{
  gint64  id;
  char   *text;
  int     progress;
  char   *note;
} BbCourseGoal;

/* A member of staff on the course besides (or as well as) the responsible adviser,
 * with their role in it ("treatment course", "parent conversations", …). */
typedef struct
{
  gint64        adviser_id;
  /* Filled in when loaded, for display. */
  char         *adviser_name;
  BbProfession  profession;
  char         *role;
} BbCourseStaff;

/* One dated change of a course's status. */
typedef struct
{
  gint64          id;
  BbCourseStatus  status;
  char           *date;
  char           *note;
  char           *recorded_at;
  char           *recorded_by;
} BbStatusEvent;

/* A link from a course to an offer of the catalogue: suggested, referred, accepted or
 * started, with the hand-over note of the young person's needs. The offer's title is
 * kept with it, so the hand-over still reads right once the offer is gone (offer_id
 * then 0). */
typedef struct
{
  gint64           id;
  gint64           course_id;
  gint64           offer_id;
  char            *offer_title;
  BbHandoverState  state;
  char            *state_date;
  char            *note;
  char            *created;
  char            *modified;
} BbHandover;

/* A row of the access log. */
typedef struct
{
  gint64          id;
  char           *at;
  /* The adviser set in Preferences, and the account on the computer. */
  char           *adviser;
  char           *os_user;
  gint64          young_person_id;
  BbAccessAction  action;
  /* What was reached: "young-person", "course", "meeting", "measure", "hand-over",
   * "status", or what a caller names for export and print. */
  char           *subject;
  gint64          subject_id;
  /* For a change: the fields changed, comma-separated keys. */
  char           *detail;
} BbAccessEntry;

#define BB_DECLARE_COURSE_RECORD(Type, type) \
  GType  type##_get_type (void) G_GNUC_CONST; \
  Type  *type##_copy     (const Type *record); \
  void   type##_free     (Type       *record); \
  G_DEFINE_AUTOPTR_CLEANUP_FUNC (Type, type##_free)

#define BB_TYPE_COURSE_GOAL (bb_course_goal_get_type ())
BB_DECLARE_COURSE_RECORD (BbCourseGoal, bb_course_goal)
BbCourseGoal  *bb_course_goal_new   (const char    *text);

#define BB_TYPE_COURSE_STAFF (bb_course_staff_get_type ())
BB_DECLARE_COURSE_RECORD (BbCourseStaff, bb_course_staff)
BbCourseStaff *bb_course_staff_new  (gint64         adviser_id,
                                     const char    *role);

#define BB_TYPE_STATUS_EVENT (bb_status_event_get_type ())
BB_DECLARE_COURSE_RECORD (BbStatusEvent, bb_status_event)

#define BB_TYPE_HANDOVER (bb_handover_get_type ())
BB_DECLARE_COURSE_RECORD (BbHandover, bb_handover)
BbHandover    *bb_handover_new      (gint64           course_id,
                                     gint64           offer_id,
                                     BbHandoverState  state);

#define BB_TYPE_ACCESS_ENTRY (bb_access_entry_get_type ())
BB_DECLARE_COURSE_RECORD (BbAccessEntry, bb_access_entry)

G_END_DECLS
