/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-csv.h"

#define CHUNK_SIZE (64 * 1024)

struct _BbCsvReader
{
  GInputStream *stream;
  GByteArray   *buf;
  guint         pos;       /* next unread byte in buf */
  gboolean      eof;
  char          separator;
  guint         line;      /* line of the next unread byte */
  gboolean      after_cr;  /* an LF now completes a CRLF already counted */
  GString      *field;
  GError       *failure;   /* sticky, so a caller cannot mistake it for the end */
  gsize         max_record_bytes;
};

typedef enum
{
  STATE_RECORD_START,
  STATE_FIELD_START,
  STATE_UNQUOTED,
  STATE_QUOTED,
  STATE_QUOTE_IN_QUOTED,   /* a quote inside quotes: doubled, or the closing one */
} State;

G_DEFINE_QUARK (bb-csv-error-quark, bb_csv_error)

/* Appends up to one chunk to the buffer. Returns the number of bytes read, 0 at the
 * end of the stream, or -1 on error. */
static gssize
fill (BbCsvReader  *reader,
      GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  guint len = reader->buf->len;
  gssize n;

  if (reader->eof)
    return 0;

  g_byte_array_set_size (reader->buf, len + CHUNK_SIZE);
  n = g_input_stream_read (reader->stream, reader->buf->data + len, CHUNK_SIZE,
                           NULL, &local_error);
  g_byte_array_set_size (reader->buf, len + MAX (n, 0));

  if (n < 0)
    {
      g_set_error (error, BB_CSV_ERROR, BB_CSV_ERROR_IO,
                   _("The file could not be read: %s"), local_error->message);
      return -1;
    }

  if (n == 0)
    reader->eof = TRUE;

  return n;
}

/* Makes sure there is an unread byte, dropping what was consumed. Returns the
 * number of unread bytes, 0 at the end of the stream, or -1 on error. */
static gssize
available (BbCsvReader  *reader,
           GError      **error)
{
  if (reader->pos < reader->buf->len)
    return reader->buf->len - reader->pos;

  g_byte_array_set_size (reader->buf, 0);
  reader->pos = 0;

  return fill (reader, error);
}

static void
count_newline (BbCsvReader *reader,
               guint8       c)
{
  reader->line++;
  reader->after_cr = (c == '\r');
}

static guint
count_line_breaks (const char *text,
                   gsize       len)
{
  guint n = 0;

  for (gsize i = 0; i < len; i++)
    {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == len || text[i + 1] != '\n')))
        n++;
    }

  return n;
}

static gboolean
is_newline (guint8 c)
{
  return c == '\r' || c == '\n';
}

/* Reports the sticky failure already set on the reader. */
static void
fail (BbCsvReader  *reader,
      GError      **error)
{
  g_propagate_error (error, g_error_copy (reader->failure));
}

static gboolean
push_field (BbCsvReader *reader,
            GPtrArray   *fields,
            guint        field_line)
{
  GString *field = reader->field;
  const char *end;

  /* Separators, quotes and line breaks are ASCII and cannot be part of a multi-byte
   * sequence, so checking each field alone finds every invalid sequence. */
  if (!g_utf8_validate_len (field->str, field->len, &end))
    {
      guint line = field_line + count_line_breaks (field->str, end - field->str);

      g_set_error (&reader->failure, BB_CSV_ERROR, BB_CSV_ERROR_ENCODING,
                   _("Line %u is not valid UTF-8 text. Save the file as UTF-8 (in Excel: “CSV UTF-8”; in LibreOffice: “Text CSV” with character set “Unicode (UTF-8)”) and try again."),
                   line);
      return FALSE;
    }

  g_ptr_array_add (fields, g_strndup (field->str, field->len));
  g_string_truncate (field, 0);

  return TRUE;
}

/* Counts separators in the first record without consuming it. Its quoting may be
 * broken or the record too long; reading it reports that, so sniffing just stops. */
static gboolean
sniff_separator (BbCsvReader  *reader,
                 GError      **error)
{
  State state = STATE_FIELD_START;
  guint semicolons = 0;
  guint commas = 0;
  guint i = reader->pos;

  while (i - reader->pos <= BB_CSV_MAX_RECORD_BYTES)
    {
      guint8 c;

      if (i == reader->buf->len)
        {
          gssize n = fill (reader, error);

          if (n < 0)
            return FALSE;
          if (n == 0)
            break;
        }

      c = reader->buf->data[i++];

      if (state != STATE_QUOTED && is_newline (c))
        break;

      if (state == STATE_QUOTED)
        {
          if (c == '"')
            state = STATE_QUOTE_IN_QUOTED;
        }
      else if (c == ';' || c == ',')
        {
          if (c == ';')
            semicolons++;
          else
            commas++;
          state = STATE_FIELD_START;
        }
      else if (c == '"' && state != STATE_UNQUOTED)
        {
          state = STATE_QUOTED;
        }
      else
        {
          state = STATE_UNQUOTED;
        }
    }

  reader->separator = commas > semicolons ? ',' : ';';

  return TRUE;
}

static gboolean
skip_bom (BbCsvReader  *reader,
          GError      **error)
{
  const guint8 *data;

  while (reader->buf->len < 3)
    {
      gssize n = fill (reader, error);

      if (n < 0)
        return FALSE;
      if (n == 0)
        break;
    }

  data = reader->buf->data;

  /* Excel’s “Unicode Text” is UTF-16; say so rather than complain about NUL bytes. */
  if (reader->buf->len >= 2 &&
      ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    {
      g_set_error (error, BB_CSV_ERROR, BB_CSV_ERROR_ENCODING,
                   _("The file is saved as UTF-16. Save it as UTF-8 (in Excel: “CSV UTF-8”; in LibreOffice: “Text CSV” with character set “Unicode (UTF-8)”) and try again."));
      return FALSE;
    }

  if (reader->buf->len >= 3 && memcmp (data, BB_CSV_BOM, 3) == 0)
    reader->pos = 3;

  return TRUE;
}

/* Consumes blank lines before the first record, so sniffing never has to buffer
 * them. Fails when there is no record at all. */
static gboolean
skip_leading_blank_lines (BbCsvReader  *reader,
                          GError      **error)
{
  while (TRUE)
    {
      gssize n = available (reader, error);
      guint8 c;

      if (n < 0)
        return FALSE;

      if (n == 0)
        {
          g_set_error (error, BB_CSV_ERROR, BB_CSV_ERROR_EMPTY,
                       _("The file is empty."));
          return FALSE;
        }

      c = reader->buf->data[reader->pos];
      if (!is_newline (c))
        return TRUE;

      if (c == '\n' && reader->after_cr)
        reader->after_cr = FALSE;
      else
        count_newline (reader, c);
      reader->pos++;
    }
}

BbCsvReader *
bb_csv_reader_new (GInputStream  *stream,
                   GError       **error)
{
  g_autoptr(BbCsvReader) reader = NULL;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = g_new0 (BbCsvReader, 1);
  reader->max_record_bytes = BB_CSV_MAX_RECORD_BYTES;
  reader->stream = g_object_ref (stream);
  reader->buf = g_byte_array_sized_new (CHUNK_SIZE);
  reader->field = g_string_new (NULL);
  reader->line = 1;
  reader->separator = ';';

  if (!skip_bom (reader, error) ||
      !skip_leading_blank_lines (reader, error) ||
      !sniff_separator (reader, error))
    return NULL;

  return g_steal_pointer (&reader);
}

void
bb_csv_reader_free (BbCsvReader *reader)
{
  if (reader == NULL)
    return;

  g_clear_object (&reader->stream);
  g_clear_pointer (&reader->buf, g_byte_array_unref);
  if (reader->field != NULL)
    g_string_free (reader->field, TRUE);
  g_clear_error (&reader->failure);
  g_free (reader);
}

void
bb_csv_reader_set_max_record_bytes (BbCsvReader *reader,
                                    gsize        max_record_bytes)
{
  g_return_if_fail (reader != NULL);
  g_return_if_fail (max_record_bytes >= 1024 * 1024);

  reader->max_record_bytes = max_record_bytes;
}

char
bb_csv_reader_get_separator (BbCsvReader *reader)
{
  g_return_val_if_fail (reader != NULL, ';');

  return reader->separator;
}

char **
bb_csv_reader_read_record (BbCsvReader  *reader,
                           guint        *line,
                           GError      **error)
{
  g_autoptr(GPtrArray) fields = NULL;
  State state = STATE_RECORD_START;
  guint record_line = 0;
  guint field_line = 0;
  gsize record_bytes = 0;
  guint8 sep;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (reader->failure != NULL)
    {
      fail (reader, error);
      return NULL;
    }

  sep = (guint8) reader->separator;
  g_string_truncate (reader->field, 0);

  while (TRUE)
    {
      const guint8 *data;
      gssize n;
      gsize used = 1;
      guint8 c;

      n = available (reader, &reader->failure);
      if (n < 0)
        {
          fail (reader, error);
          return NULL;
        }
      if (n == 0)
        break;

      data = reader->buf->data + reader->pos;
      c = data[0];

      if (c == '\n' && reader->after_cr)
        {
          reader->after_cr = FALSE;
          reader->pos++;
          if (state == STATE_QUOTED)
            {
              g_string_append_c (reader->field, '\n');
              record_bytes++;
            }
          continue;
        }
      reader->after_cr = FALSE;

      if (c == '\0')
        {
          g_set_error (&reader->failure, BB_CSV_ERROR, BB_CSV_ERROR_ENCODING,
                       _("Line %u contains a null character, so this is not a CSV text file. Save the file as UTF-8 (in Excel: “CSV UTF-8”; in LibreOffice: “Text CSV” with character set “Unicode (UTF-8)”) and try again."),
                       reader->line);
          fail (reader, error);
          return NULL;
        }

      switch (state)
        {
        case STATE_RECORD_START:
          if (is_newline (c))
            {
              count_newline (reader, c);
              reader->pos++;
              continue;
            }
          record_line = reader->line;
          fields = g_ptr_array_new_with_free_func (g_free);
          state = STATE_FIELD_START;
          G_GNUC_FALLTHROUGH;

        case STATE_FIELD_START:
          field_line = reader->line;
          if (c == '"')
            {
              state = STATE_QUOTED;
              break;
            }
          if (c == sep || is_newline (c))
            {
              if (!push_field (reader, fields, field_line))
                {
                  fail (reader, error);
                  return NULL;
                }
              if (c == sep)
                break;
              count_newline (reader, c);
              reader->pos++;
              goto done;
            }
          state = STATE_UNQUOTED;
          G_GNUC_FALLTHROUGH;

        case STATE_UNQUOTED:
          if (c == sep || is_newline (c))
            {
              if (!push_field (reader, fields, field_line))
                {
                  fail (reader, error);
                  return NULL;
                }
              state = STATE_FIELD_START;
              if (c == sep)
                break;
              count_newline (reader, c);
              reader->pos++;
              goto done;
            }
          /* A quote here is plain text, as in LibreOffice and Excel. */
          while (used < (gsize) n && data[used] != sep && data[used] != '\0' &&
                 !is_newline (data[used]))
            used++;
          g_string_append_len (reader->field, (const char *) data, used);
          break;

        case STATE_QUOTED:
          if (c == '"')
            {
              state = STATE_QUOTE_IN_QUOTED;
              break;
            }
          if (is_newline (c))
            {
              g_string_append_c (reader->field, c);
              count_newline (reader, c);
              break;
            }
          while (used < (gsize) n && data[used] != '"' && data[used] != '\0' &&
                 !is_newline (data[used]))
            used++;
          g_string_append_len (reader->field, (const char *) data, used);
          break;

        case STATE_QUOTE_IN_QUOTED:
          if (c == '"')
            {
              g_string_append_c (reader->field, '"');
              state = STATE_QUOTED;
              break;
            }
          if (c == sep || is_newline (c))
            {
              if (!push_field (reader, fields, field_line))
                {
                  fail (reader, error);
                  return NULL;
                }
              state = STATE_FIELD_START;
              if (c == sep)
                break;
              count_newline (reader, c);
              reader->pos++;
              goto done;
            }
          g_set_error (&reader->failure, BB_CSV_ERROR, BB_CSV_ERROR_BAD_QUOTE,
                       _("Line %u: there is text after the closing quotation mark of a field. Put the whole field in quotation marks and write quotation marks inside it twice (\"\")."),
                       reader->line);
          fail (reader, error);
          return NULL;

        default:
          g_assert_not_reached ();
        }

      reader->pos += used;
      record_bytes += used;

      /* Checked as the record grows, so a huge file without line breaks is refused
       * after a megabyte instead of being read into memory. */
      if (record_bytes > reader->max_record_bytes)
        {
          g_set_error (&reader->failure, BB_CSV_ERROR, BB_CSV_ERROR_TOO_LONG,
                       _("Line %u is longer than %u MB; this is not a catalogue file."),
                       record_line, (guint) (reader->max_record_bytes / (1024 * 1024)));
          fail (reader, error);
          return NULL;
        }
    }

  /* The end of the stream ends the last record. */
  switch (state)
    {
    case STATE_RECORD_START:
      return NULL;

    case STATE_QUOTED:
      g_set_error (&reader->failure, BB_CSV_ERROR, BB_CSV_ERROR_UNTERMINATED_QUOTE,
                   _("Line %u: a quoted field is never closed. Check that the field ends with a quotation mark (\")."),
                   field_line);
      fail (reader, error);
      return NULL;

    case STATE_FIELD_START:
    case STATE_UNQUOTED:
    case STATE_QUOTE_IN_QUOTED:
      if (!push_field (reader, fields, field_line))
        {
          fail (reader, error);
          return NULL;
        }
      break;

    default:
      g_assert_not_reached ();
    }

done:
  if (line != NULL)
    *line = record_line;

  g_ptr_array_add (fields, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
}

static gboolean
needs_quotes (const char *field,
              char        separator)
{
  gsize len = strlen (field);

  if (len == 0)
    return FALSE;

  if (field[0] == ' ' || field[0] == '\t' ||
      field[len - 1] == ' ' || field[len - 1] == '\t')
    return TRUE;

  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == separator || *p == ';' || *p == ',' || *p == '"' ||
          *p == '\r' || *p == '\n')
        return TRUE;
    }

  return FALSE;
}

void
bb_csv_append_record (GString            *out,
                      const char * const *fields,
                      char                separator)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL);
  g_return_if_fail (separator != '\0' && separator != '"' &&
                    separator != '\r' && separator != '\n');

  for (gsize i = 0; fields[i] != NULL; i++)
    {
      const char *field = fields[i];

      if (i > 0)
        g_string_append_c (out, separator);

      if (needs_quotes (field, separator) || (i == 0 && field[0] == '\0' && fields[1] == NULL))
        {
          g_string_append_c (out, '"');
          for (const char *p = field; *p != '\0'; p++)
            {
              if (*p == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *p);
            }
          g_string_append_c (out, '"');
        }
      else
        {
          g_string_append (out, field);
        }
    }

  g_string_append (out, "\r\n");
}

gboolean
bb_csv_cell_is_guarded (const char *cell)
{
  g_return_val_if_fail (cell != NULL, FALSE);

  return cell[0] == '\'' && cell[1] != '\0'
         && (cell[1] == '\'' || strchr (BB_CSV_FORMULA_STARTS, cell[1]) != NULL);
}

char *
bb_csv_guard_formula (char *cell)
{
  char *guarded;

  g_return_val_if_fail (cell != NULL, NULL);

  if (cell[0] == '\0' || (strchr (BB_CSV_FORMULA_STARTS, cell[0]) == NULL && !bb_csv_cell_is_guarded (cell)))
    return cell;

  guarded = g_strconcat ("'", cell, NULL);
  g_free (cell);
  return guarded;
}

void
bb_csv_unguard_formula (char *cell)
{
  g_return_if_fail (cell != NULL);

  if (bb_csv_cell_is_guarded (cell))
    memmove (cell, cell + 1, strlen (cell));
}
