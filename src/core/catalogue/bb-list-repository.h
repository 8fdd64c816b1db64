/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-database.h"
#include "bb-provider.h"
#include "bb-step.h"
#include "bb-target-group.h"

G_BEGIN_DECLS

#define BB_TYPE_LIST_REPOSITORY (bb_list_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbListRepository, bb_list_repository, BB, LIST_REPOSITORY, GObject)

/* The catalogue's small user-edited lists: providers, target groups and steps. Seeds
 * the default target groups and steps, in the UI language, into a new database. Every
 * write notifies "lists" (and "offers" when offers show the changed name). */
BbListRepository *bb_list_repository_new                 (BbDatabase        *database,
                                                          GError           **error);

GListModel  *bb_list_repository_list_providers           (BbListRepository  *self,
                                                          GError           **error);
gboolean     bb_list_repository_save_provider            (BbListRepository  *self,
                                                          BbProvider        *provider,
                                                          GError           **error);
/* The deletes fail with BB_DATABASE_ERROR_IN_USE while an offer names the row (one in
 * the trash too), with a message naming the first few of those offers. */
gboolean     bb_list_repository_delete_provider          (BbListRepository  *self,
                                                          gint64             id,
                                                          GError           **error);
GListModel  *bb_list_repository_list_target_groups       (BbListRepository  *self,
                                                          GError           **error);
gboolean     bb_list_repository_save_target_group        (BbListRepository  *self,
                                                          BbTargetGroup     *target_group,
                                                          GError           **error);
gboolean     bb_list_repository_delete_target_group      (BbListRepository  *self,
                                                          gint64             id,
                                                          GError           **error);
GListModel  *bb_list_repository_list_steps               (BbListRepository  *self,
                                                          GError           **error);
gboolean     bb_list_repository_save_step                (BbListRepository  *self,
                                                          BbStep            *step,
                                                          GError           **error);
gboolean     bb_list_repository_delete_step              (BbListRepository  *self,
                                                          gint64             id,
                                                          GError           **error);

G_END_DECLS
