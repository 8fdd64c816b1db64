/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "bb-test-courses.h"

G_BEGIN_DECLS

/* The overview's small hand-made database, each figure of which the tests compute
 * by hand (tests/overview/test-overview.c), and which the view's tests click
 * through (test-overview-links.c).
 *
 * Today is 15 March 2026 (the test clock). The period is February 2026, so the
 * trends run over the six months September 2025 – February 2026.
 *
 *   course  adviser  first contact  advisory conversations    end                 planned
 *   c1      A        2026-02-01     02-05, 02-10, 02-20       closed 02-25 goals   3
 *   c2      A        2026-02-10     02-20                     closed 02-28 referred 3
 *   c3      B        2026-02-28     03-10 (status advisory)   open
 *   c4      A        2026-03-01     03-05                     open (contacted)
 *   c5      B        2026-01-15     –                         not admitted 02-15
 *   c6      A        2025-12-01     2026-01-20                closed 02-10 dropped  2
 *
 * c3 begins on the period's last day and is in it; c4 begins the day after and is not.
 * Waits (first contact → first conversation): c1 4, c2 10, c3 10, c4 4, c6 50.
 *
 * Offers 1 "Alpha", 2 "Beta", 3 "Gamma"; hand-overs: c1 → Alpha referred 20 Feb,
 * c2 → Alpha accepted 26 Feb, c3 → Beta started 28 Feb, c6 → Beta suggested 5 Feb,
 * c4 → Beta referred 2 March. Plan 1 "Ungeindsats" (see fill_plans). */
typedef struct
{
  BbTestCourses  base;
  gint64         adviser_a;
  gint64         adviser_b;
  gint64         courses[7];
  gint64         offers[4];
} BbTestOverviewData;

void bb_test_overview_data_set_up    (BbTestOverviewData *data,
                                      gconstpointer       user_data);
void bb_test_overview_data_tear_down (BbTestOverviewData *data,
                                      gconstpointer       user_data);
/* SQL on the data's database; fails the test on an error. */
void bb_test_overview_exec           (BbTestOverviewData *data,
                                      const char         *format,
                                      ...) G_GNUC_PRINTF (2, 3);
/* A hand-over of course @course (1–6) to offer @offer (1–3), in @state since @date. */
void bb_test_overview_add_handover   (BbTestOverviewData *data,
                                      guint               course,
                                      guint               offer,
                                      const char         *state,
                                      const char         *date);

G_END_DECLS
