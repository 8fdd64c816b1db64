/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The organisation behind an offer, as the seeds group the cross-sector landscape. */
typedef enum
{
  BB_SECTOR_MUNICIPALITY,
  BB_SECTOR_REGION,
  BB_SECTOR_PRIVATE,
  BB_SECTOR_VOLUNTARY,
} BbSector;

/* How a young person gets into an offer. */
typedef enum
{
  BB_ACCESS_OPEN,
  BB_ACCESS_REFERRAL,
  BB_ACCESS_VISITATION,
} BbAccess;

typedef enum
{
  BB_OFFER_STATUS_PLANNED,
  BB_OFFER_STATUS_ACTIVE,
  BB_OFFER_STATUS_PAUSED,
  BB_OFFER_STATUS_CLOSED,
} BbOfferStatus;

/* A row of an enumeration's table: the stable key stored in the database and written
 * to files, and the label for people with its translation context (NULL for none,
 * else the same English word can be a different word in each list). */
typedef struct
{
  const char *key;
  const char *context;
  const char *label;
} BbEnumEntry;

/* The label in the user's language. */
const char *bb_enum_entry_get_label   (const BbEnumEntry *entry);
/* The index of the entry @key names: its key, its English label or its translated
 * label, in any case and with stray spaces, as files and spreadsheets carry them.
 * FALSE for NULL, text that is not UTF-8 and unknown keys. */
gboolean    bb_enum_lookup            (const BbEnumEntry *entries,
                                       guint              n_entries,
                                       const char        *key,
                                       guint             *value);

/* Defines type_to_key (), type_get_label () and type_from_key () over @table, an
 * array of BbEnumEntry indexed by the enumeration. */
#define BB_DEFINE_ENUM(Type, type, table) \
  const char * \
  type##_to_key (Type value) \
  { \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL); \
    return table[value].key; \
  } \
  \
  const char * \
  type##_get_label (Type value) \
  { \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL); \
    return bb_enum_entry_get_label (&table[value]); \
  } \
  \
  gboolean \
  type##_from_key (const char *key, \
                   Type       *value) \
  { \
    guint found; \
    \
    g_return_val_if_fail (value != NULL, FALSE); \
    if (!bb_enum_lookup (table, G_N_ELEMENTS (table), key, &found)) \
      return FALSE; \
    *value = (Type) found; \
    return TRUE; \
  }

#define BB_SECTOR_COUNT 4
#define BB_ACCESS_COUNT 3
#define BB_OFFER_STATUS_COUNT 4

/* Keys and labels as BbEnumEntry has them; from_key as bb_enum_lookup (). */
const char *bb_sector_to_key          (BbSector       sector);
const char *bb_sector_get_label       (BbSector       sector);
gboolean    bb_sector_from_key        (const char    *key,
                                       BbSector      *sector);
const char *bb_access_to_key          (BbAccess       access);
const char *bb_access_get_label       (BbAccess       access);
gboolean    bb_access_from_key        (const char    *key,
                                       BbAccess      *access);
const char *bb_offer_status_to_key    (BbOfferStatus  status);
const char *bb_offer_status_get_label (BbOfferStatus  status);
gboolean    bb_offer_status_from_key  (const char    *key,
                                       BbOfferStatus *status);

G_END_DECLS
