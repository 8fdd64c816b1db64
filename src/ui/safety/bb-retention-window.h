/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_RETENTION_WINDOW (bb_retention_window_get_type ())
G_DECLARE_FINAL_TYPE (BbRetentionWindow, bb_retention_window, BB, RETENTION_WINDOW, AdwWindow)

/* The young people due for deletion at the end of the retention period (the
 * "retention-years" setting of @context, five years without settings), each with
 * its latest closing and onward offer, to export for archiving and then delete for
 * good, after a confirmation. */
BbRetentionWindow *bb_retention_window_new (BbContext *context);

G_END_DECLS
