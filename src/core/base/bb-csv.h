/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BB_CSV_ERROR (bb_csv_error_quark ())
typedef enum
{
  BB_CSV_ERROR_ENCODING,          /* not valid UTF-8, a NUL byte, or UTF-16 */
  BB_CSV_ERROR_UNTERMINATED_QUOTE,
  BB_CSV_ERROR_BAD_QUOTE,         /* text after a closing quote */
  BB_CSV_ERROR_TOO_LONG,          /* a record over the limit */
  BB_CSV_ERROR_EMPTY,             /* no header row */
  BB_CSV_ERROR_IO,
} BbCsvError;
GQuark bb_csv_error_quark (void);

/* Records, including line breaks inside quoted fields, are at most this long. */
#define BB_CSV_MAX_RECORD_BYTES (1024 * 1024)

/* The UTF-8 byte-order mark, so Excel opens the file as UTF-8. */
#define BB_CSV_BOM "\xEF\xBB\xBF"

typedef struct _BbCsvReader BbCsvReader;

/* A streaming RFC 4180 reader: it holds at most one record (plus one read chunk) in
 * memory. It keeps a reference to @stream and never closes it.
 *
 * Skips a UTF-8 BOM if present and sniffs the separator (';' or ',', whichever
 * occurs more outside quotes in the first record; ';' on a tie or when neither).
 * Fails with BB_CSV_ERROR_EMPTY when the stream holds no record at all (nothing,
 * only a BOM, or only blank lines), with BB_CSV_ERROR_ENCODING when it starts with a
 * UTF-16 BOM, and with BB_CSV_ERROR_IO when the stream cannot be read. */
BbCsvReader  *bb_csv_reader_new           (GInputStream  *stream,
                                           GError       **error);
void          bb_csv_reader_free          (BbCsvReader   *reader);
char          bb_csv_reader_get_separator (BbCsvReader   *reader);
/* Records up to @max_record_bytes (whole megabytes, at least BB_CSV_MAX_RECORD_BYTES)
 * for files whose cells may hold more than a megabyte. */
void          bb_csv_reader_set_max_record_bytes (BbCsvReader *reader,
                                                  gsize        max_record_bytes);

/* Returns a NULL-terminated strv of the fields of the next record (transfer full),
 * or NULL at the end (error unset) or on error (error set). *line (optional) is set
 * to the 1-based line number where a returned record started. Blank lines are
 * skipped; a quote inside an unquoted field is kept as text, as spreadsheets do.
 * Line breaks inside quoted fields are returned as they are in the file.
 * After an error, every further call fails with the same error. */
char        **bb_csv_reader_read_record   (BbCsvReader   *reader,
                                           guint         *line,
                                           GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbCsvReader, bb_csv_reader_free)

/* Appends one record terminated by CRLF. A field is quoted (quotes doubled) when it
 * contains ';', ',' (either, whatever @separator is, so the file always sniffs
 * right), @separator, a quote, CR or LF, or starts or ends with a space or tab; a
 * record of one empty field is written as "" so it is not read back as a blank
 * line. @separator must not be NUL, a quote, CR or LF. */
void          bb_csv_append_record        (GString            *out,
                                           const char * const *fields,
                                           char                separator);

/* A cell starting with one of these is a formula to a spreadsheet, and a file
 * exchanged between municipalities must not carry one that runs when opened (OWASP's
 * "CSV injection"). Writers put such a cell behind an apostrophe, which spreadsheets
 * take as "text"; readers take it off again. */
#define BB_CSV_FORMULA_STARTS "=+-@\t\r"

/* TRUE for a cell a reader takes an apostrophe from: one guarding a formula, or
 * guarding another apostrophe. Writers guard exactly these and the formula starts, so
 * "'=text" travels as "''=text" and comes back as it was. */
gboolean      bb_csv_cell_is_guarded      (const char         *cell);
/* @cell (transfer full) as a writer puts it in the file: behind an apostrophe when it
 * starts a formula or looks guarded; @cell itself otherwise. */
char         *bb_csv_guard_formula        (char               *cell);
/* Takes the apostrophe bb_csv_guard_formula () put before @cell off, in place. */
void          bb_csv_unguard_formula      (char               *cell);

G_END_DECLS
