/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_BACKUPS_GROUP (bb_backups_group_get_type ())
G_DECLARE_FINAL_TYPE (BbBackupsGroup, bb_backups_group, BB, BACKUPS_GROUP, AdwPreferencesGroup)

/* Preferences ▸ Backups: how many are kept (GSettings "backup-count"), the list of
 * backups each with Restore…, and Back Up Now. Property "context". */
void bb_backups_group_set_context (BbBackupsGroup *self,
                                   BbContext      *context);
/* Reads the backups folder again. */
void bb_backups_group_reload      (BbBackupsGroup *self);

G_END_DECLS
