/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-caseload-csv-private.h"
#include "bb-course-status.h"
#include "bb-courses-private.h"
#include "bb-cpr.h"
#include "bb-csv.h"

/* Where each field of the file goes: a BbCaseloadColumn, -1 for a column without a
 * name (spreadsheets add empty ones at the end). */
typedef struct
{
  guint  n_fields;
  int   *columns;
} Header;

static void
header_clear (Header *header)
{
  g_clear_pointer (&header->columns, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Header, header_clear)

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

/* Spreadsheets on Windows may write CRLF inside cells. */
static void
normalize_line_breaks (char *text)
{
  char *out = text;

  for (const char *in = text; *in != '\0'; in++)
    {
      if (in[0] == '\r')
        {
          *out++ = '\n';
          if (in[1] == '\n')
            in++;
        }
      else
        *out++ = *in;
    }

  *out = '\0';
}

static gboolean
read_header (BbCsvReader  *reader,
             Header       *header,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) fields = NULL;
  gboolean seen[BB_CASELOAD_N_COLUMNS] = { FALSE, };
  guint line = 0;

  fields = bb_csv_reader_read_record (reader, &line, &local_error);
  if (fields == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The file is empty."));
      return FALSE;
    }

  header->n_fields = g_strv_length (fields);
  header->columns = g_new (int, header->n_fields);

  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (fields[i]));
      g_autofree char *key = g_ascii_strdown (name, -1);
      int column = -1;

      header->columns[i] = -1;
      if (*name == '\0')
        continue;

      for (guint c = 0; c < BB_CASELOAD_N_COLUMNS && column < 0; c++)
        if (g_str_equal (key, _bb_caseload_column_keys[c]))
          column = (int) c;

      if (column < 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Line %u: unknown column “%s”. The columns of a caseload file are described in Brobygger’s README."),
                       line, name);
          return FALSE;
        }

      if (seen[column])
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Line %u: the column “%s” appears twice."), line, name);
          return FALSE;
        }

      seen[column] = TRUE;
      header->columns[i] = column;
    }

  if (!seen[BB_CASELOAD_COLUMN_YOUNG_PERSON] || !seen[BB_CASELOAD_COLUMN_FIRST_CONTACT])
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* TRANSLATORS: young_person and first_contact are column names in files:
                    * keep them in English */
                   _("Line %u: a caseload file needs at least the columns young_person and first_contact."),
                   line);
      return FALSE;
    }

  return TRUE;
}

static void
reject (BbCaseload *caseload,
        guint       line,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static void
reject (BbCaseload *caseload,
        guint       line,
        const char *format,
        ...)
{
  BbCaseloadRejection *rejection = g_new0 (BbCaseloadRejection, 1);
  va_list args;

  va_start (args, format);
  rejection->line = line;
  rejection->reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (caseload->rejected, rejection);
}

/* The cell stripped, or NULL when it is missing or empty. */
static char *
dup_cell (char       **cells,
          BbCaseloadColumn column)
{
  char *text;

  if (cells[column] == NULL)
    return NULL;

  text = g_strstrip (g_strdup (cells[column]));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static gboolean
check_date (const char   *date,
            BbCaseloadColumn column,
            const GDate  *today,
            GError      **error)
{
  const char *label = _bb_caseload_column_keys[column];

  return _bb_courses_check_date (label, date, FALSE, error) &&
         _bb_courses_check_not_after (label, date, today, error);
}

static char *
dup_choices (const char * (*to_key) (int),
             guint         count)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) keys = NULL;

  for (guint i = 0; i < count; i++)
    g_strv_builder_add (builder, to_key ((int) i));

  keys = g_strv_builder_end (builder);
  return g_strjoinv (", ", keys);
}

static const char *
referral_key (int value)
{
  return bb_referral_source_to_key (value);
}

static const char *
status_key (int value)
{
  return bb_course_status_to_key (value);
}

static const char *
reason_key (int value)
{
  return bb_closing_reason_to_key (value);
}

static gboolean
set_choice_error (GError          **error,
                  BbCaseloadColumn  column,
                  const char       *value,
                  const char *    (*to_key) (int),
                  guint             count)
{
  g_autofree char *choices = dup_choices (to_key, count);

  g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
               /* TRANSLATORS: the value, the column name (English, as in the file), and
                * the accepted words separated by commas */
               _("“%s” in column %s is not one of %s."),
               value, _bb_caseload_column_keys[column], choices);
  return FALSE;
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
parse_conversations (const char     *cell,
                     const GDate    *today,
                     BbCaseloadRow  *row,
                     GError        **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit_set (cell != NULL ? cell : "", "\n|", -1);
  guint n;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *date = g_strstrip (parts[i]);

      if (*date == '\0')
        continue;
      if (!check_date (date, BB_CASELOAD_COLUMN_CONVERSATION_DATES, today, error))
        return FALSE;
      g_strv_builder_add (builder, date);
    }

  row->conversation_dates = g_strv_builder_end (builder);
  n = g_strv_length (row->conversation_dates);
  qsort (row->conversation_dates, n, sizeof (char *), compare_dates);
  return TRUE;
}

/* Fills @row from the cells of one data line, or says what is wrong with it. */
static gboolean
parse_row (char          **cells,
           const GDate    *today,
           BbCaseloadRow  *row,
           GError        **error)
{
  g_autofree char *referral = dup_cell (cells, BB_CASELOAD_COLUMN_REFERRAL_SOURCE);
  g_autofree char *status = dup_cell (cells, BB_CASELOAD_COLUMN_STATUS);
  g_autofree char *reason = dup_cell (cells, BB_CASELOAD_COLUMN_CLOSING_REASON);
  const char *first_contact_key = _bb_caseload_column_keys[BB_CASELOAD_COLUMN_FIRST_CONTACT];

  row->young_person = dup_cell (cells, BB_CASELOAD_COLUMN_YOUNG_PERSON);
  row->birth_date = dup_cell (cells, BB_CASELOAD_COLUMN_BIRTH_DATE);
  row->adviser = dup_cell (cells, BB_CASELOAD_COLUMN_ADVISER);
  row->first_contact = dup_cell (cells, BB_CASELOAD_COLUMN_FIRST_CONTACT);
  row->status_since = dup_cell (cells, BB_CASELOAD_COLUMN_STATUS_SINCE);
  row->closed_date = dup_cell (cells, BB_CASELOAD_COLUMN_CLOSED_DATE);
  /* Notes are kept as written. */
  row->notes = g_strdup (cells[BB_CASELOAD_COLUMN_NOTES] != NULL ? cells[BB_CASELOAD_COLUMN_NOTES] : "");

  if (row->young_person == NULL)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           /* TRANSLATORS: young_person is a column name: keep it in English */
                           _("the column young_person is empty. Every course needs the young person’s name or a pseudonym."));
      return FALSE;
    }

  if (!_bb_courses_check_date (first_contact_key, row->first_contact, TRUE, error) ||
      !check_date (row->first_contact, BB_CASELOAD_COLUMN_FIRST_CONTACT, today, error) ||
      !check_date (row->birth_date, BB_CASELOAD_COLUMN_BIRTH_DATE, today, error) ||
      !check_date (row->status_since, BB_CASELOAD_COLUMN_STATUS_SINCE, today, error) ||
      !check_date (row->closed_date, BB_CASELOAD_COLUMN_CLOSED_DATE, today, error) ||
      !parse_conversations (cells[BB_CASELOAD_COLUMN_CONVERSATION_DATES], today, row, error))
    return FALSE;

  if (referral != NULL && !bb_referral_source_from_key (referral, &row->referral_source))
    return set_choice_error (error, BB_CASELOAD_COLUMN_REFERRAL_SOURCE, referral, referral_key,
                             BB_REFERRAL_COUNT);
  if (status != NULL && !bb_course_status_from_key (status, &row->status))
    return set_choice_error (error, BB_CASELOAD_COLUMN_STATUS, status, status_key, BB_COURSE_STATUS_COUNT);
  if (reason != NULL)
    {
      BbClosingReason value;

      if (!bb_closing_reason_from_key (reason, &value))
        return set_choice_error (error, BB_CASELOAD_COLUMN_CLOSING_REASON, reason, reason_key,
                                 BB_CLOSING_REASON_COUNT);
      row->closing_reason = (int) value;
    }

  if (bb_course_status_is_open (row->status))
    {
      if (row->closed_date != NULL || row->closing_reason >= 0)
        {
          g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                       /* TRANSLATORS: %s is a status as the file wrote it; closed_date and
                        * closing_reason are column names */
                       _("a course with the status “%s” is open: leave closed_date and closing_reason empty."),
                       status != NULL ? status : bb_course_status_to_key (row->status));
          return FALSE;
        }
    }
  else
    {
      /* The course ended on the day its status changed to closed. */
      if (row->closed_date == NULL)
        row->closed_date = g_strdup (row->status_since);
      if (row->closed_date == NULL)
        {
          g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                               /* TRANSLATORS: closed_date is a column name: keep it in English */
                               _("a course that ended needs the date in the column closed_date."));
          return FALSE;
        }
      if (row->status_since != NULL && strcmp (row->status_since, row->closed_date) != 0)
        {
          g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                               /* TRANSLATORS: status_since and closed_date are column names */
                               _("status_since and closed_date differ; a course that ended has one date for both."));
          return FALSE;
        }
      if (row->closing_reason < 0)
        row->closing_reason = BB_CLOSING_OTHER;
    }

  if (row->status_since == NULL)
    row->status_since = g_strdup (row->closed_date != NULL ? row->closed_date : row->first_contact);

  if (strcmp (row->status_since, row->first_contact) < 0)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           /* TRANSLATORS: status_since and first_contact are column names */
                           _("the date in status_since comes before the first_contact."));
      return FALSE;
    }

  return TRUE;
}

/* The cells of a line by column, after the checks every cell passes. FALSE with the
 * row rejected. */
static gboolean
sort_cells (BbCaseload    *caseload,
            char         **fields,
            guint          line,
            const Header  *header,
            char         **cells)
{
  guint n_fields = g_strv_length (fields);

  if (n_fields != header->n_fields)
    {
      reject (caseload, line, _("Line %u: expected %u fields, found %u."), line, header->n_fields, n_fields);
      return FALSE;
    }

  for (guint i = 0; i < n_fields; i++)
    {
      int column = header->columns[i];

      normalize_line_breaks (fields[i]);
      bb_csv_unguard_formula (fields[i]);

      if (!g_utf8_validate (fields[i], -1, NULL))
        {
          reject (caseload, line, _("Line %u: field %u holds text that is not valid UTF-8."), line, i + 1);
          return FALSE;
        }

      /* Never echoed: the message names where it is, not what it is. */
      if (bb_cpr_contains (fields[i]))
        {
          if (column >= 0)
            reject (caseload, line,
                    _("Line %u: the column %s holds what looks like a CPR number. Brobygger does not keep CPR numbers; remove it from the file and import again."),
                    line, _bb_caseload_column_keys[column]);
          else
            reject (caseload, line,
                    _("Line %u: field %u holds what looks like a CPR number. Brobygger does not keep CPR numbers; remove it from the file and import again."),
                    line, i + 1);
          return FALSE;
        }

      if (column >= 0)
        cells[column] = fields[i];
      else if (!is_blank (fields[i]))
        {
          reject (caseload, line, _("Line %u: field %u has text but its column has no name in the header."),
                  line, i + 1);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
bb_caseload_csv_read (GInputStream  *stream,
                      const GDate   *today,
                      BbCaseload    *caseload,
                      GError       **error)
{
  g_autoptr(BbCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(Header) header = { 0, };
  char **fields;
  guint line = 0;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);
  g_return_val_if_fail (caseload != NULL, FALSE);

  reader = bb_csv_reader_new (stream, error);
  if (reader == NULL || !read_header (reader, &header, error))
    return FALSE;

  while ((fields = bb_csv_reader_read_record (reader, &line, &local_error)) != NULL)
    {
      g_auto(GStrv) owned = fields;
      g_autoptr(BbCaseloadRow) row = NULL;
      g_autoptr(GError) row_error = NULL;
      char *cells[BB_CASELOAD_N_COLUMNS] = { NULL, };
      gboolean empty = TRUE;

      /* Rows of empty cells are what spreadsheets leave after deleted lines. */
      for (guint i = 0; owned[i] != NULL && empty; i++)
        empty = is_blank (owned[i]);
      if (empty || !sort_cells (caseload, owned, line, &header, cells))
        continue;

      row = bb_caseload_row_new ();
      row->line = line;
      if (!parse_row (cells, today, row, &row_error))
        {
          /* TRANSLATORS: %s is what is wrong with the row, starting in lower case */
          reject (caseload, line, _("Line %u: %s"), line, row_error->message);
          continue;
        }

      g_ptr_array_add (caseload->rows, g_steal_pointer (&row));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}
