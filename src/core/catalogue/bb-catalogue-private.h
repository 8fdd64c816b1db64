/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the catalogue's repositories; no other code includes this. */

#include "bb-list-repository.h"
#include "bb-offer-repository.h"
#include "bb-sql.h"

G_BEGIN_DECLS

/* Row builders. Provider columns from @first: id, uuid, name, sector, department,
 * website, email, phone. */
BbProvider    *_bb_provider_from_row       (sqlite3_stmt  *stmt,
                                            int            first);
/* Columns: id, uuid, name, position. */
gpointer       _bb_target_group_from_row   (sqlite3_stmt  *stmt);
/* Columns: id, uuid, level, name, description. */
gpointer       _bb_step_from_row           (sqlite3_stmt  *stmt);

/* The target groups and steps in the user's order. */
GListModel    *_bb_list_target_groups      (BbDatabase    *database,
                                            GError       **error);
GListModel    *_bb_list_steps              (BbDatabase    *database,
                                            GError       **error);

/* The bodies of the list writes, inside a transaction the caller holds: offers name
 * providers, target groups and steps that a form or a file may create. */
gboolean       _bb_list_write_provider     (BbDatabase    *database,
                                            BbProvider    *provider,
                                            GError       **error);
/* A phone from the columns uuid, number, extension, type, description, extra from
 * @first, as offer_phones and provider_phones hold them. */
BbPhone       *_bb_phone_from_row          (sqlite3_stmt  *stmt,
                                            int            first);
/* Every phone of a stored provider (bb_provider_get_phones ()). */
gboolean       _bb_list_load_provider_phones (BbDatabase  *database,
                                              BbProvider  *provider,
                                              GError     **error);
/* Every phone again, in order; nothing when the provider's phones were not loaded. */
gboolean       _bb_list_write_provider_phones (BbDatabase  *database,
                                               BbProvider  *provider,
                                               GError     **error);
gboolean       _bb_list_write_target_group (BbDatabase    *database,
                                            BbTargetGroup *group,
                                            GError       **error);
gboolean       _bb_list_write_step         (BbDatabase    *database,
                                            BbStep        *step,
                                            GError       **error);

/* The body of a save of an offer, inside a transaction the caller holds. */
gboolean       _bb_offer_repository_write  (BbOfferRepository  *self,
                                            BbOffer            *offer,
                                            GError            **error);

G_END_DECLS
