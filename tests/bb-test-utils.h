/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "bb-context.h"

G_BEGIN_DECLS

/* The moment every test context lives at: 15 March 2026, 11:00 in Copenhagen. */
#define BB_TEST_NOW_ISO "2026-03-15T10:00:00Z"

BbClock    *bb_test_clock_new      (void);
/* A fresh database in a new temporary folder, on the test clock. The caller removes
 * the folder with bb_test_remove_folder () once the database is gone. */
BbDatabase *bb_test_database_new   (char       **folder_out);
/* The same, with its repositories, and no settings. */
BbContext  *bb_test_context_new    (char       **folder_out);
void        bb_test_remove_folder  (const char  *folder);
/* The first column of the one row @sql returns, straight from the file. */
gint64      bb_test_query_int      (BbDatabase  *database,
                                    const char  *sql);

/* Runs the first @version migrations on @db, as a program of that schema left the
 * file, and sets its user_version. */
void        bb_test_build_schema   (sqlite3     *db,
                                    int          version);

/* The words of the PDF at @path on one line, as pdftotext breaks them where the page
 * does; NULL when pdftotext (poppler-utils) is not installed. */
char       *bb_test_pdf_text       (const char  *path);

G_END_DECLS
