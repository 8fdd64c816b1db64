/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates for people, in the language of the translations (LANGUAGE) rather than of
 * LC_TIME, so a Danish interface never shows an English month or order.
 * Both return NULL for NULL or unreadable input. */
char *bb_format_date      (const char *iso_date);
/* A UTC date-time shown in local time: "24 November 2026, 14:05". */
char *bb_format_date_time (const char *iso_date_time);

G_END_DECLS
