/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-database.h"
#include "bb-young-person.h"

G_BEGIN_DECLS

#define BB_DOMAIN_YOUNG_PEOPLE "young-people"

#define BB_TYPE_YOUNG_PERSON_REPOSITORY (bb_young_person_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbYoungPersonRepository, bb_young_person_repository, BB, YOUNG_PERSON_REPOSITORY, GObject)

/* The young people courses are for, with their parents or guardians: the only code
 * with their SQL. Every read for a person ("open") and every write logs to the access
 * log in the same transaction. Writes notify "young-people" (and "courses", whose rows
 * show the name). */
BbYoungPersonRepository *bb_young_person_repository_new     (BbDatabase               *database,
                                                             GError                  **error);
/* The young person, without logging: for code that shows no personal data. */
BbYoungPerson *bb_young_person_repository_get               (BbYoungPersonRepository  *self,
                                                             gint64                    id,
                                                             GError                  **error);
/* The young person for a person to read, logged as opened. */
BbYoungPerson *bb_young_person_repository_open              (BbYoungPersonRepository  *self,
                                                             gint64                    id,
                                                             GError                  **error);
/* Validates (no CPR number anywhere), then inserts (id 0) or updates the young
 * person with their guardians, logged as created or changed (with the fields). */
gboolean       bb_young_person_repository_save              (BbYoungPersonRepository  *self,
                                                             BbYoungPerson            *young_person,
                                                             GError                  **error);
/* Deletes the young person with their courses; the access log keeps that it
 * happened. */
gboolean       bb_young_person_repository_delete            (BbYoungPersonRepository  *self,
                                                             gint64                    id,
                                                             GError                  **error);

G_END_DECLS
