/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BB_TYPE_CLOCK (bb_clock_get_type ())
G_DECLARE_FINAL_TYPE (BbClock, bb_clock, BB, CLOCK, GObject)

/* What "now" and "today" are: the system's time, or a fixed moment for tests, so that
 * "not reviewed for 12 months" can be checked on an exact day. */
BbClock   *bb_clock_new                (void);
BbClock   *bb_clock_new_fixed          (GDateTime  *now);
/* The moment in the local time zone. */
GDateTime *bb_clock_dup_now            (BbClock    *self);
/* "2024-08-17T12:05:00Z", as history and files record changes. */
char      *bb_clock_dup_utc_timestamp  (BbClock    *self);
/* The local date, into an initialised GDate. */
void       bb_clock_get_today          (BbClock    *self,
                                        GDate      *date);

G_END_DECLS
