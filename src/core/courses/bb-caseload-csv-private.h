/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the caseload reader and writer must agree on, so that a file written reads
 * back into the same courses. */

#include "bb-caseload-csv.h"

G_BEGIN_DECLS

typedef enum
{
  BB_CASELOAD_COLUMN_ID,
  BB_CASELOAD_COLUMN_YOUNG_PERSON,
  BB_CASELOAD_COLUMN_BIRTH_DATE,
  BB_CASELOAD_COLUMN_ADVISER,
  BB_CASELOAD_COLUMN_REFERRAL_SOURCE,
  BB_CASELOAD_COLUMN_FIRST_CONTACT,
  BB_CASELOAD_COLUMN_STATUS,
  BB_CASELOAD_COLUMN_STATUS_SINCE,
  BB_CASELOAD_COLUMN_CONVERSATION_DATES,
  BB_CASELOAD_COLUMN_CLOSED_DATE,
  BB_CASELOAD_COLUMN_CLOSING_REASON,
  BB_CASELOAD_COLUMN_NOTES,
  BB_CASELOAD_COLUMN_WAITING_DAYS,
  BB_CASELOAD_COLUMN_CONVERSATIONS,
  BB_CASELOAD_COLUMN_COURSE_DAYS,
  BB_CASELOAD_N_COLUMNS
} BbCaseloadColumn;

/* Stable English keys, NULL-terminated as a record: the header row. */
extern const char * const _bb_caseload_column_keys[BB_CASELOAD_N_COLUMNS + 1];

G_END_DECLS
