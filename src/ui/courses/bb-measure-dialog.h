/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_MEASURE_DIALOG (bb_measure_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BbMeasureDialog, bb_measure_dialog, BB, MEASURE_DIALOG, AdwWindow)

/* A new outcome measure of a course: the instrument (@instrument_key, or the first
 * one when NULL), the date (today by the context's clock), who answered, and one field
 * per item, numbered (questionnaire texts are shipped only where their licence lets
 * us). The score shows as the items are typed; an item out of range is refused with
 * the reason and the measure cannot be saved. Enter goes on to the next item and, on
 * the last, saves. */
BbMeasureDialog *bb_measure_dialog_new (BbContext  *context,
                                        gint64      course_id,
                                        const char *instrument_key);

G_END_DECLS
