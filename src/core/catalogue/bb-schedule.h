/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* When an offer or a place is open, as an Open Referral schedule says it: a
 * recurrence (freq "WEEKLY" or "MONTHLY", interval, byday "MO,TU", bymonthday), the
 * hours (opens_at, closes_at, "09:00"), the dates it holds between, and free text.
 * Strings are NULL when unset and kept as written; "extra" is a JSON object of the
 * members Brobygger has no place for (wkst, dtstart, until, count, timezone,
 * attributes, …), written back as they came. */
typedef struct
{
  char   *id;
  char   *freq;
  gint64  interval;    /* -1 when unset */
  char   *byday;
  char   *bymonthday;
  char   *opens_at;
  char   *closes_at;
  char   *valid_from;
  char   *valid_to;
  char   *description;
  char   *notes;
  char   *extra;
} BbSchedule;

#define BB_TYPE_SCHEDULE (bb_schedule_get_type ())
GType       bb_schedule_get_type  (void) G_GNUC_CONST;
BbSchedule *bb_schedule_new       (void);
BbSchedule *bb_schedule_copy      (const BbSchedule *self);
void        bb_schedule_free      (BbSchedule       *self);
gboolean    bb_schedule_equal     (const BbSchedule *a,
                                   const BbSchedule *b);
/* The description, else "MO,TU 09:00–17:00" from the structured fields; "" when it
 * says nothing. The same in every language, since it is also what an offer's
 * opening hours are made from on import. */
char       *bb_schedule_to_string (const BbSchedule *self);
/* For people, in the UI language: "Monday–Wednesday 9–17", "Every 2 weeks: Tuesday
 * 17–19 (1 February 2026 – 30 June 2026)", its notes after a dash and its description
 * on a line of its own; NULL when it says nothing. */
char       *bb_schedule_format    (const BbSchedule *self);
/* Each of @schedules (BbSchedule) formatted, one a line; NULL when none says anything. */
char       *bb_schedules_format   (GPtrArray        *schedules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbSchedule, bb_schedule_free)

G_END_DECLS
