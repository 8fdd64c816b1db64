/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the CSV reader and writer must agree on, so that our own files read back as
 * they were written. */

/* The order in which columns are written; files may have them in any order. */
typedef enum
{
  BB_OFFER_CSV_COLUMN_ID,
  BB_OFFER_CSV_COLUMN_TITLE,
  BB_OFFER_CSV_COLUMN_SUMMARY,
  BB_OFFER_CSV_COLUMN_DESCRIPTION,
  BB_OFFER_CSV_COLUMN_PROVIDER,
  BB_OFFER_CSV_COLUMN_SECTOR,
  BB_OFFER_CSV_COLUMN_DEPARTMENT,
  BB_OFFER_CSV_COLUMN_LEGAL_BASIS,
  BB_OFFER_CSV_COLUMN_TARGET_GROUPS,
  BB_OFFER_CSV_COLUMN_STEPS,
  BB_OFFER_CSV_COLUMN_AGE_MIN,
  BB_OFFER_CSV_COLUMN_AGE_MAX,
  BB_OFFER_CSV_COLUMN_ACCESS,
  /* How to get in, in the provider's words; files written before it lack it. */
  BB_OFFER_CSV_COLUMN_HOW_TO_GET_IN,
  BB_OFFER_CSV_COLUMN_CAPACITY,
  BB_OFFER_CSV_COLUMN_WAITING_WEEKS,
  BB_OFFER_CSV_COLUMN_LOCATION,
  BB_OFFER_CSV_COLUMN_OPENING_HOURS,
  BB_OFFER_CSV_COLUMN_STATUS,
  BB_OFFER_CSV_COLUMN_LAST_REVIEWED,
  BB_OFFER_CSV_COLUMN_KEYWORDS,
  BB_OFFER_CSV_COLUMN_CONTACTS,
  BB_OFFER_CSV_N_COLUMNS
} BbOfferCsvColumn;

/* The key of each column (NULL-terminated, as a CSV record), in the order above.
 * Stable English keys: translating them would make files unreadable across languages. */
extern const char * const _bb_offer_csv_column_keys[BB_OFFER_CSV_N_COLUMNS + 1];

/* The access column's word for a route the offer's source did not state (an empty
 * cell reads the same). */
#define BB_OFFER_CSV_ACCESS_NOT_STATED "not_stated"

/* The word in a contact's fifth part (the Danish "ambassadør" is read too). */
#define BB_OFFER_CSV_AMBASSADOR_KEY "ambassador"
/* name | role | phone | email | ambassador */
#define BB_OFFER_CSV_CONTACT_PARTS 5

G_END_DECLS
