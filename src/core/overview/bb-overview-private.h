/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the overview's files share: the model (bb-overview.c), its PDF
 * (bb-overview-pdf.c) and its SQL (bb-overview-repository*.c). */

#include <glib.h>

#include "bb-csv.h"
#include "bb-file.h"
#include "bb-format.h"
#include "bb-overview.h"

G_BEGIN_DECLS

/* YYYY-MM-DD, a real day ("2026-02-30" is not). */
gboolean _bb_overview_parse_day (const char  *text,
                                 GDate       *date);
char *_bb_overview_format_day   (const GDate *date);
/* "March 2026" for "2026-03" or a day in it. */
char *_bb_overview_month_label  (const char  *month);
/* "12", "3.5" (the locale's mark), "–" for NAN. */
char *_bb_overview_format_value (double       value);

G_END_DECLS
