/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gi18n-lib.h>

#include "bb-enums.h"

static const BbEnumEntry sectors[BB_SECTOR_COUNT] = {
  [BB_SECTOR_MUNICIPALITY] = { "municipality", NULL, N_("Municipality") },
  [BB_SECTOR_REGION] = { "region", NULL, N_("Region") },
  [BB_SECTOR_PRIVATE] = { "private", NULL, N_("Private") },
  [BB_SECTOR_VOLUNTARY] = { "voluntary", NULL, N_("Voluntary / civil society") },
};

static const BbEnumEntry accesses[BB_ACCESS_COUNT] = {
  [BB_ACCESS_OPEN] = { "open", NULL, N_("Open access") },
  [BB_ACCESS_REFERRAL] = { "referral", NULL, N_("Referral") },
  [BB_ACCESS_VISITATION] = { "visitation", NULL, N_("Decision by the authority") },
};

static const BbEnumEntry statuses[BB_OFFER_STATUS_COUNT] = {
  [BB_OFFER_STATUS_PLANNED] = { "planned", NULL, N_("Planned") },
  [BB_OFFER_STATUS_ACTIVE] = { "active", NULL, N_("Active") },
  [BB_OFFER_STATUS_PAUSED] = { "paused", NULL, N_("Paused") },
  [BB_OFFER_STATUS_CLOSED] = { "closed", NULL, N_("Closed") },
};

const char *
bb_enum_entry_get_label (const BbEnumEntry *entry)
{
  if (entry->context != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, entry->context, entry->label);

  return _(entry->label);
}

static gboolean
folded_equal (const char *folded,
              const char *candidate)
{
  g_autofree char *other = g_utf8_casefold (candidate, -1);

  return g_strcmp0 (folded, other) == 0;
}

gboolean
bb_enum_lookup (const BbEnumEntry *entries,
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
          folded_equal (folded, bb_enum_entry_get_label (&entries[i])))
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
}

BB_DEFINE_ENUM (BbSector, bb_sector, sectors)
BB_DEFINE_ENUM (BbAccess, bb_access, accesses)
BB_DEFINE_ENUM (BbOfferStatus, bb_offer_status, statuses)
