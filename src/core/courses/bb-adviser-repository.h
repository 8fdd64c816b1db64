/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-adviser.h"
#include "bb-database.h"

G_BEGIN_DECLS

#define BB_DOMAIN_ADVISERS "advisers"

#define BB_TYPE_ADVISER_REPOSITORY (bb_adviser_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbAdviserRepository, bb_adviser_repository, BB, ADVISER_REPOSITORY, GObject)

/* The staff who hold courses, a list the user keeps. Writes notify "advisers" (and
 * "courses", whose rows show the names). */
BbAdviserRepository *bb_adviser_repository_new          (BbDatabase           *database,
                                                         GError              **error);
/* BbAdviser items by name; only the active ones unless @include_inactive. */
GListModel *bb_adviser_repository_list                  (BbAdviserRepository  *self,
                                                         gboolean              include_inactive,
                                                         GError              **error);
BbAdviser  *bb_adviser_repository_get                   (BbAdviserRepository  *self,
                                                         gint64                id,
                                                         GError              **error);
/* The adviser of that exact name, or NULL without error. */
BbAdviser  *bb_adviser_repository_find_by_name          (BbAdviserRepository  *self,
                                                         const char           *name,
                                                         GError              **error);
/* The adviser whose name is the one set in Preferences (the database's user name):
 * whose caseload "My caseload" shows. NULL without error when there is none. */
BbAdviser  *bb_adviser_repository_find_current          (BbAdviserRepository  *self,
                                                         GError              **error);
/* Inserts (id 0) or updates; two advisers cannot share a name. Sets the id. */
gboolean    bb_adviser_repository_save                  (BbAdviserRepository  *self,
                                                         BbAdviser            *adviser,
                                                         GError              **error);
/* BB_DATABASE_ERROR_IN_USE while a course names the adviser: mark them inactive
 * instead, so their courses keep the name. */
gboolean    bb_adviser_repository_delete                (BbAdviserRepository  *self,
                                                         gint64                id,
                                                         GError              **error);

G_END_DECLS
