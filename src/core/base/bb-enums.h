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

#define BB_SECTOR_COUNT 4
#define BB_ACCESS_COUNT 3
#define BB_OFFER_STATUS_COUNT 4

/* Keys are the stable words stored in the database and written to files;
 * labels are translated for people. from_key returns FALSE for unknown keys
 * and accepts the translated label and the key case-insensitively. */
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
