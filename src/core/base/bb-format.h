/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates for people, in the language of the translations (LANGUAGE) rather than of
 * LC_TIME, so a Danish interface never shows an English month or order.
 * Both return NULL for NULL or unreadable input. */
char *bb_format_date             (const char  *iso_date);
/* The name of @month (1–12), "January", from the translations (every screen and
 * report that names a month asks here). */
const char *bb_format_month_name (int          month);
/* A UTC date-time shown in local time: "24 November 2026, 14:05". */
char *bb_format_date_time        (const char  *iso_date_time);
/* How long an offer has gone without review on @today, for the stale mark: "Not
 * reviewed for 14 months", from 24 months on "Not reviewed for 2 years", and "Never
 * reviewed" for a NULL or unreadable @iso_date. Months are counted as the review falls
 * due (bb_offer_is_stale ()), so the mark and the rule agree on every day. */
char *bb_format_not_reviewed_for (const char  *iso_date,
                                  const GDate *today);
/* A figure for people, whole when it is ("4"), else with one decimal ("4.3", "4,3" in
 * Danish): the decimal mark, like the dates, from the translations. */
char *bb_format_figure           (double       value);
/* A step as every screen shows it: "2 – Specialised municipal". */
char *bb_format_step             (int          level,
                                  const char  *name);

/* A link that shows the point on OpenStreetMap: "https://www.openstreetmap.org/
 * ?mlat=56.1503&mlon=10.2049#map=17/56.1503/10.2049", the same in every locale. */
char *bb_format_map_uri          (double       latitude,
                                  double       longitude);
/* A tel: link that dials @number as written ("86 12 34 56", "\"+44 1234 234567\"")
 * and its extension (-1 for none); NULL when the number holds no digit. */
char *bb_format_tel_uri          (const char  *number,
                                  gint64       extension);

G_END_DECLS
