/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-database.h"

G_BEGIN_DECLS

/* The "format" member of an access request's JSON file. */
#define BB_RIGHTS_JSON_FORMAT "brobygger-access-request"

/* A young person's access request (GDPR article 15): everything held on them — their
 * data, guardians and consent, every course with its status history, goals, staff,
 * meetings, measures (scores and items) and hand-overs, and the access log with
 * dates — written as a readable PDF to @pdf_file and as JSON to @json_file, every row
 * of every table that refers to them with every column. Both files are created
 * readable by their owner alone and replaced only once complete. The export is logged
 * in the access log in the same transaction as the reads, so the files list it too;
 * nothing is logged, and no file is left, when writing fails. */
gboolean bb_rights_export_write (BbDatabase  *database,
                                 gint64       young_person_id,
                                 GFile       *pdf_file,
                                 GFile       *json_file,
                                 GError     **error);

/* The JSON file beside @pdf_file: the same name ending in ".json" instead of ".pdf". */
GFile   *bb_rights_dup_json_file (GFile       *pdf_file);

G_END_DECLS
