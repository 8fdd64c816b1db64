/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "bb-context.h"

G_BEGIN_DECLS

/* A plan of the youth intervention model 2023 in @context with every section filled
 * and @n_activities activities, for the PDF's test and benchmark; fails the test on
 * an error. Returns its id. */
gint64 bb_test_make_plan (BbContext *context,
                          guint      n_activities);

G_END_DECLS
