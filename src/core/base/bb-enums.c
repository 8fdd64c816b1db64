/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gi18n-lib.h>

#include "bb-enums.h"

typedef struct
{
  const char *key;
  const char *label;
} BbEnumEntry;

static const BbEnumEntry sectors[BB_SECTOR_COUNT] = {
  [BB_SECTOR_MUNICIPALITY] = { "municipality", N_("Municipality") },
  [BB_SECTOR_REGION] = { "region", N_("Region") },
  [BB_SECTOR_PRIVATE] = { "private", N_("Private") },
  [BB_SECTOR_VOLUNTARY] = { "voluntary", N_("Voluntary / civil society") },
};

static const BbEnumEntry accesses[BB_ACCESS_COUNT] = {
  [BB_ACCESS_OPEN] = { "open", N_("Open access") },
  [BB_ACCESS_REFERRAL] = { "referral", N_("Referral") },
  [BB_ACCESS_VISITATION] = { "visitation", N_("Decision by the authority") },
};

static const BbEnumEntry statuses[BB_OFFER_STATUS_COUNT] = {
  [BB_OFFER_STATUS_PLANNED] = { "planned", N_("Planned") },
  [BB_OFFER_STATUS_ACTIVE] = { "active", N_("Active") },
  [BB_OFFER_STATUS_PAUSED] = { "paused", N_("Paused") },
  [BB_OFFER_STATUS_CLOSED] = { "closed", N_("Closed") },
};

static gboolean
folded_equal (const char *folded,
              const char *candidate)
{
  g_autofree char *other = g_utf8_casefold (candidate, -1);

  return g_strcmp0 (folded, other) == 0;
}

/* Imported files and older databases may carry the key, the English label or the
 * label in the user's language, in any case and with stray spaces. */
static gboolean
lookup_key (const BbEnumEntry *entries,
            guint              n_entries,
            const char        *key,
            guint             *value)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;

  if (key == NULL || !g_utf8_validate (key, -1, NULL))
    return FALSE;

  trimmed = g_strstrip (g_strdup (key));
  folded = g_utf8_casefold (trimmed, -1);

  for (guint i = 0; i < n_entries; i++)
    {
      if (folded_equal (folded, entries[i].key) ||
          folded_equal (folded, entries[i].label) ||
          folded_equal (folded, _(entries[i].label)))
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
bb_sector_to_key (BbSector sector)
{
  g_return_val_if_fail ((guint) sector < BB_SECTOR_COUNT, NULL);

  return sectors[sector].key;
}

const char *
bb_sector_get_label (BbSector sector)
{
  g_return_val_if_fail ((guint) sector < BB_SECTOR_COUNT, NULL);

  return _(sectors[sector].label);
}

gboolean
bb_sector_from_key (const char *key,
                    BbSector   *sector)
{
  guint value;

  g_return_val_if_fail (sector != NULL, FALSE);

  if (!lookup_key (sectors, G_N_ELEMENTS (sectors), key, &value))
    return FALSE;

  *sector = (BbSector) value;
  return TRUE;
}

const char *
bb_access_to_key (BbAccess access)
{
  g_return_val_if_fail ((guint) access < BB_ACCESS_COUNT, NULL);

  return accesses[access].key;
}

const char *
bb_access_get_label (BbAccess access)
{
  g_return_val_if_fail ((guint) access < BB_ACCESS_COUNT, NULL);

  return _(accesses[access].label);
}

gboolean
bb_access_from_key (const char *key,
                    BbAccess   *access)
{
  guint value;

  g_return_val_if_fail (access != NULL, FALSE);

  if (!lookup_key (accesses, G_N_ELEMENTS (accesses), key, &value))
    return FALSE;

  *access = (BbAccess) value;
  return TRUE;
}

const char *
bb_offer_status_to_key (BbOfferStatus status)
{
  g_return_val_if_fail ((guint) status < BB_OFFER_STATUS_COUNT, NULL);

  return statuses[status].key;
}

const char *
bb_offer_status_get_label (BbOfferStatus status)
{
  g_return_val_if_fail ((guint) status < BB_OFFER_STATUS_COUNT, NULL);

  return _(statuses[status].label);
}

gboolean
bb_offer_status_from_key (const char    *key,
                          BbOfferStatus *status)
{
  guint value;

  g_return_val_if_fail (status != NULL, FALSE);

  if (!lookup_key (statuses, G_N_ELEMENTS (statuses), key, &value))
    return FALSE;

  *status = (BbOfferStatus) value;
  return TRUE;
}
