/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-course-records.h"
#include "bb-database.h"

G_BEGIN_DECLS

#define BB_DOMAIN_ACCESS_LOG "access-log"

#define BB_TYPE_ACCESS_LOG_REPOSITORY (bb_access_log_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbAccessLogRepository, bb_access_log_repository, BB, ACCESS_LOG_REPOSITORY, GObject)

/* The access log: who (the adviser set in Preferences, that is the database's user
 * name, and the account on the computer) opened, created, changed, deleted, exported
 * or printed which young person's data, and when. Rows are only ever added: triggers
 * in the database refuse to change or delete them. The repositories of the courses
 * write it with each access; exports and prints record theirs here. Every row
 * notifies "access-log". */
BbAccessLogRepository *bb_access_log_repository_new     (BbDatabase             *database,
                                                         GError                **error);
/* Records an export or a print of @young_person_id's data: @subject says what ("course",
 * "hand-over letter", …), @detail where to (a file name) or NULL. */
gboolean   bb_access_log_repository_record              (BbAccessLogRepository  *self,
                                                         gint64                  young_person_id,
                                                         BbAccessAction          action,
                                                         const char             *subject,
                                                         const char             *detail,
                                                         GError                **error);
/* Records, inside the transaction of the deletion (the caller holds it), that
 * @young_person_id and their @n_courses courses were deleted at the end of the
 * retention period: when, who and how many, nothing of what was deleted. */
gboolean   bb_access_log_repository_record_deletion     (BbAccessLogRepository  *self,
                                                         gint64                  young_person_id,
                                                         guint                   n_courses,
                                                         GError                **error);
/* BbAccessEntry records of one young person, newest first. */
GPtrArray *bb_access_log_repository_list                (BbAccessLogRepository  *self,
                                                         gint64                  young_person_id,
                                                         GError                **error);

G_END_DECLS
