/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* bb-rights-report.c: the PDF of an access request from the tables
 * bb_rights_repository_read_all () returns; @today is the export's date (YYYY-MM-DD). */
gboolean _bb_rights_report_write (JsonObject  *tables,
                                  const char  *today,
                                  GFile       *file,
                                  GError     **error);

G_END_DECLS
