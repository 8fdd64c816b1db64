/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-course-enums.h"

G_BEGIN_DECLS

#define BB_TYPE_MEETING (bb_meeting_get_type ())
G_DECLARE_FINAL_TYPE (BbMeeting, bb_meeting, BB, MEETING, GObject)

/* A meeting of a course: held, missed (no-show) or, dated after today, planned.
 * Strings are never NULL ("" when unset) except the date (YYYY-MM-DD) and the time
 * (HH:MM, NULL when not noted). Properties for timeline rows: "id", "date", "time",
 * "kind", "no-show". */
BbMeeting    *bb_meeting_new                (gint64         course_id,
                                             BbMeetingKind  kind,
                                             const char    *date);
gint64        bb_meeting_get_id             (BbMeeting     *self);
void          bb_meeting_set_id             (BbMeeting     *self,
                                             gint64         id);
const char   *bb_meeting_get_uuid           (BbMeeting     *self);
void          bb_meeting_set_uuid           (BbMeeting     *self,
                                             const char    *uuid);
gint64        bb_meeting_get_course_id      (BbMeeting     *self);
void          bb_meeting_set_course_id      (BbMeeting     *self,
                                             gint64         course_id);
const char   *bb_meeting_get_date           (BbMeeting     *self);
void          bb_meeting_set_date           (BbMeeting     *self,
                                             const char    *date);
const char   *bb_meeting_get_time           (BbMeeting     *self);
void          bb_meeting_set_time           (BbMeeting     *self,
                                             const char    *time);
BbMeetingKind bb_meeting_get_kind           (BbMeeting     *self);
void          bb_meeting_set_kind           (BbMeeting     *self,
                                             BbMeetingKind  kind);
/* Who took part besides the young person ("mother, class teacher"). */
const char   *bb_meeting_get_participants   (BbMeeting     *self);
void          bb_meeting_set_participants   (BbMeeting     *self,
                                             const char    *participants);
/* Minutes; -1 when not noted. */
int           bb_meeting_get_duration       (BbMeeting     *self);
void          bb_meeting_set_duration       (BbMeeting     *self,
                                             int            minutes);
const char   *bb_meeting_get_notes          (BbMeeting     *self);
void          bb_meeting_set_notes          (BbMeeting     *self,
                                             const char    *notes);
gboolean      bb_meeting_get_no_show        (BbMeeting     *self);
void          bb_meeting_set_no_show        (BbMeeting     *self,
                                             gboolean       no_show);
/* The young person's own rating of the meeting, 1 (bad) to 5 (good); -1 for none. */
int           bb_meeting_get_rating         (BbMeeting     *self);
void          bb_meeting_set_rating         (BbMeeting     *self,
                                             int            rating);

/* What must be fixed before saving: a real date, a time HH:MM, a duration of 1 to
 * 1440 minutes, a rating of 1 to 5 and not for a no-show, no no-show or rating for a
 * meeting after @today, no CPR number in the notes or participants. BB_COURSE_ERROR. */
gboolean      bb_meeting_validate           (BbMeeting     *self,
                                             const GDate   *today,
                                             GError       **error);

G_END_DECLS
