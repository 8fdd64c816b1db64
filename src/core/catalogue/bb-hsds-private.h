/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the HSDS reader and writer must agree on, so that our own files read back as
 * they were written. */

/* Our own taxonomies. Any other taxonomy term on a service becomes a keyword. */
#define BB_HSDS_TAXONOMY_PREFIX       "brobygger-"
#define BB_HSDS_TAXONOMY_TARGET_GROUP "brobygger-target-group"
#define BB_HSDS_TAXONOMY_STEP         "brobygger-step"
#define BB_HSDS_TAXONOMY_KEYWORD      "brobygger-keyword"
#define BB_HSDS_TAXONOMY_STATUS       "brobygger-status"
#define BB_HSDS_TAXONOMY_ACCESS       "brobygger-access"
#define BB_HSDS_TAXONOMY_SECTOR       "brobygger-sector"
/* Free text that HSDS has no field for travels as the "value" of an attribute whose
 * term, in this taxonomy, names the field. */
#define BB_HSDS_TAXONOMY_FIELD        "brobygger-field"

#define BB_HSDS_FIELD_ID            "id"
#define BB_HSDS_FIELD_KEYWORDS      "keywords"
#define BB_HSDS_FIELD_SUMMARY       "summary"
#define BB_HSDS_FIELD_LEGAL_BASIS   "legal-basis"
#define BB_HSDS_FIELD_WAITING_WEEKS "waiting-weeks"
#define BB_HSDS_FIELD_DEPARTMENT    "department"
#define BB_HSDS_FIELD_AMBASSADOR    "ambassador"

static inline gboolean
_bb_hsds_is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* An ISO 8601 date-time (SQLite's "YYYY-MM-DD HH:MM:SS" too; UTC unless it says
 * otherwise) as RFC 3339 in UTC, as the schema's date-time format asks; NULL when
 * @text is not one. */
char *_bb_hsds_dup_rfc3339 (const char *text);
/* The YYYY-MM-DD of a date or date-time, or NULL. */
char *_bb_hsds_dup_date    (const char *text);

G_END_DECLS
