/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-course-enums.h"

G_BEGIN_DECLS

/* A caseload as advisers keep it in a spreadsheet today: one row per course. The
 * columns (README.md, "Caseload files") in the order they are written:
 *   id                  the course's number; written, ignored on import
 *   young_person        name or pseudonym (required)
 *   birth_date          YYYY-MM-DD
 *   adviser             the responsible adviser, matched by name (created if new)
 *   referral_source     self, parent, school, gp, psychiatry, job-centre, other
 *   first_contact       YYYY-MM-DD (required)
 *   status              contacted, waiting, advisory, treatment-individual,
 *                       treatment-group, follow-up, on-hold, closed, not-admitted
 *   status_since        YYYY-MM-DD; empty for the first contact
 *   conversation_dates  the advisory conversations held, one date per line or
 *                       separated by "|"
 *   closed_date         YYYY-MM-DD, for a closed or not admitted course
 *   closing_reason      goals-reached, referred-on, dropped-out, moved, other
 *   notes
 *   waiting_days, conversations, course_days
 *                       the figures; written, ignored on import
 * The words of the lists are read as keys, or as labels in English or the user's
 * language, in any case. */
typedef struct
{
  /* The line of the file the row starts on; 0 for a row from the database. */
  guint             line;
  /* The course's row id; 0 for a row from a file. */
  gint64            course_id;
  char             *young_person;
  char             *birth_date;
  /* NULL for none. */
  char             *adviser;
  BbReferralSource  referral_source;
  char             *first_contact;
  BbCourseStatus    status;
  char             *status_since;
  /* YYYY-MM-DD, oldest first, NULL-terminated. */
  char            **conversation_dates;
  char             *closed_date;
  /* -1 for none. */
  int               closing_reason;
  char             *notes;
  /* The figures, as the course list shows them; written only. -1 for none. */
  int               waiting_days;
  int               conversations;
  int               course_days;
} BbCaseloadRow;

BbCaseloadRow *bb_caseload_row_new  (void);
void           bb_caseload_row_free (BbCaseloadRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbCaseloadRow, bb_caseload_row_free)

/* A row of the file that cannot be imported, and why, in the user's words. */
typedef struct
{
  guint  line;
  char  *reason;
} BbCaseloadRejection;

/* What a file holds, for a preview before anything is written: the rows to create,
 * the rejected ones, and (once bb_course_repository_prepare_caseload has looked) the
 * advisers the import would create. */
typedef struct
{
  /* BbCaseloadRow, in file order. */
  GPtrArray *rows;
  /* BbCaseloadRejection, in file order. */
  GPtrArray *rejected;
  /* Names (char *), in the order first met. */
  GPtrArray *new_advisers;
} BbCaseload;

BbCaseload *bb_caseload_new          (void);
void        bb_caseload_free         (BbCaseload *caseload);
/* "3 courses to create, 1 new adviser, 2 rows rejected", for a preview and the
 * command line. */
char       *bb_caseload_dup_summary  (BbCaseload *caseload);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbCaseload, bb_caseload_free)

/* Reads a caseload file into @caseload: a row per course, rejected rows with their
 * line and reason (a bad date, a date after @today, an unknown word, a missing
 * name, what looks like a CPR number in any cell: named by column, never echoed).
 * The whole file is refused for bad encoding or quoting (BB_CSV_ERROR) and for an
 * empty file, a header without young_person and first_contact, or an unknown or
 * repeated column (G_IO_ERROR_INVALID_DATA). */
gboolean    bb_caseload_csv_read     (GInputStream   *stream,
                                      const GDate    *today,
                                      BbCaseload     *caseload,
                                      GError        **error);

typedef struct _BbCaseloadCsvWriter BbCaseloadCsvWriter;

/* Writes rows as the offers' files are written (UTF-8 with a BOM, ';', CRLF, cells
 * that would run as formulas behind an apostrophe): the columns above, so that a
 * file written reads back into the same courses. Never closes @stream. */
BbCaseloadCsvWriter *bb_caseload_csv_writer_new   (GOutputStream        *stream);
gboolean             bb_caseload_csv_writer_add   (BbCaseloadCsvWriter  *self,
                                                   const BbCaseloadRow  *row,
                                                   GError              **error);
/* Writes the header if no row was added, then flushes. */
gboolean             bb_caseload_csv_writer_close (BbCaseloadCsvWriter  *self,
                                                   GError              **error);
void                 bb_caseload_csv_writer_free  (BbCaseloadCsvWriter  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbCaseloadCsvWriter, bb_caseload_csv_writer_free)

G_END_DECLS
