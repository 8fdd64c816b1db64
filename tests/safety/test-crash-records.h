/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-context.h"

G_BEGIN_DECLS

/* What crash-child writes as record @n, so the parent can check each acknowledged
 * record field by field. The description is long enough to span several pages. */
#define BB_CRASH_PROVIDER "Ungeenheden"
#define BB_CRASH_DATE "2026-03-01"

char *bb_crash_offer_title        (gint64 n);
char *bb_crash_offer_description  (gint64 n);
char *bb_crash_young_person_name  (gint64 n);
char *bb_crash_meeting_notes      (gint64 n);

G_END_DECLS
