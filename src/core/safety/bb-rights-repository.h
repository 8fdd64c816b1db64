/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "bb-database.h"

G_BEGIN_DECLS

#define BB_TYPE_RIGHTS_REPOSITORY (bb_rights_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbRightsRepository, bb_rights_repository, BB, RIGHTS_REPOSITORY, GObject)

/* What a young person's access request reads: every row of every table that refers
 * to them, column by column as the database holds it. */
BbRightsRepository *bb_rights_repository_new  (BbDatabase          *database);
/* An object with one array of row objects per table ("young_people", "guardians",
 * "courses", "course_staff", "course_goals", "course_status_events", "meetings",
 * "measures", "handovers", "access_log"), each row with every column of the table
 * (and the adviser's name beside an adviser's id). Read inside the caller's
 * transaction; BB_DATABASE_ERROR_NOT_FOUND when there is no such young person. */
JsonObject *bb_rights_repository_read_all     (BbRightsRepository  *self,
                                               gint64               young_person_id,
                                               GError             **error);

G_END_DECLS
