/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include <gio/gio.h>

#include "bb-csv.h"

/* A stream serving a pattern, then repeating its last byte up to a total length, at
 * most max_read bytes per read: one-byte reads split every CRLF, quote pair and BOM
 * across reads, and a 100 MB stream need not exist in memory. */
#define TEST_TYPE_PATTERN_STREAM (test_pattern_stream_get_type ())
G_DECLARE_FINAL_TYPE (TestPatternStream, test_pattern_stream, TEST, PATTERN_STREAM, GInputStream)

struct _TestPatternStream
{
  GInputStream parent_instance;

  GBytes      *pattern;
  guint64      total;
  guint64      served;
  gsize        max_read;
  gboolean     fail_at_end;
};

G_DEFINE_FINAL_TYPE (TestPatternStream, test_pattern_stream, G_TYPE_INPUT_STREAM)

static gssize
test_pattern_stream_read (GInputStream  *stream,
                          void          *buffer,
                          gsize          count,
                          GCancellable  *cancellable,
                          GError       **error)
{
  TestPatternStream *self = TEST_PATTERN_STREAM (stream);
  gsize pattern_len;
  const guint8 *pattern = g_bytes_get_data (self->pattern, &pattern_len);
  gsize n = MIN (count, self->max_read);

  n = MIN (n, self->total - self->served);
  if (n == 0 && self->fail_at_end)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The disk caught fire");
      return -1;
    }

  for (gsize i = 0; i < n; i++)
    ((guint8 *) buffer)[i] = pattern[MIN (self->served + i, pattern_len - 1)];
  self->served += n;

  return n;
}

static void
test_pattern_stream_finalize (GObject *object)
{
  TestPatternStream *self = TEST_PATTERN_STREAM (object);

  g_clear_pointer (&self->pattern, g_bytes_unref);

  G_OBJECT_CLASS (test_pattern_stream_parent_class)->finalize (object);
}

static void
test_pattern_stream_class_init (TestPatternStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GInputStreamClass *stream_class = G_INPUT_STREAM_CLASS (klass);

  object_class->finalize = test_pattern_stream_finalize;
  stream_class->read_fn = test_pattern_stream_read;
}

static void
test_pattern_stream_init (TestPatternStream *self)
{
}

static TestPatternStream *
test_pattern_stream_new (const char *pattern,
                         gsize       pattern_len,
                         guint64     total,
                         gsize       max_read)
{
  TestPatternStream *self = g_object_new (TEST_TYPE_PATTERN_STREAM, NULL);

  self->pattern = g_bytes_new (pattern, pattern_len);
  self->total = total;
  self->max_read = max_read;

  return self;
}

static GInputStream *
memory_stream (const char *data,
               gssize      len)
{
  if (len < 0)
    len = strlen (data);

  return g_memory_input_stream_new_from_data (g_memdup2 (data, len), len, g_free);
}

static BbCsvReader *
reader_for (const char  *data,
            gssize       len,
            GError     **error)
{
  g_autoptr(GInputStream) stream = memory_stream (data, len);

  return bb_csv_reader_new (stream, error);
}

/* The number as a whole word, so line 3 is not found in “13” and the test does not
 * depend on the English wording. */
static gboolean
message_names_number (const char *message,
                      guint       number)
{
  g_autofree char *digits = g_strdup_printf ("%u", number);
  gsize len = strlen (digits);

  for (const char *p = strstr (message, digits); p != NULL; p = strstr (p + 1, digits))
    {
      if ((p == message || !g_ascii_isdigit (p[-1])) && !g_ascii_isdigit (p[len]))
        return TRUE;
    }

  return FALSE;
}

#define assert_error_line(error, code, line) \
  G_STMT_START { \
    g_assert_error ((error), BB_CSV_ERROR, (code)); \
    if (!message_names_number ((error)->message, (line))) \
      g_error ("“%s” does not name line %u", (error)->message, (guint) (line)); \
  } G_STMT_END

/* Reads every record; lines (optional) receives the line of each. */
static GPtrArray *
read_all (BbCsvReader  *reader,
          GArray      **lines)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GArray) record_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  char **record;
  guint line;

  while ((record = bb_csv_reader_read_record (reader, &line, &error)) != NULL)
    {
      g_ptr_array_add (records, record);
      g_array_append_val (record_lines, line);
    }
  g_assert_no_error (error);

  if (lines != NULL)
    *lines = g_steal_pointer (&record_lines);

  return g_steal_pointer (&records);
}

static void
assert_record (GPtrArray  *records,
               guint       index,
               const char *first,
               ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) expected = NULL;
  va_list args;

  va_start (args, first);
  for (const char *field = first; field != NULL; field = va_arg (args, const char *))
    g_strv_builder_add (builder, field);
  va_end (args);

  expected = g_strv_builder_end (builder);
  g_assert_cmpuint (index, <, records->len);
  g_assert_cmpstrv (g_ptr_array_index (records, index), expected);
}

static void
assert_lines (GArray      *lines,
              const guint *expected,
              guint        n_expected)
{
  g_assert_cmpuint (lines->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpuint (g_array_index (lines, guint, i), ==, expected[i]);
}

static const char * const header[] = { "Navn", "Udbyder", "Beskrivelse", "Pris", NULL };

static const char * const nasty[][5] = {
  { "semi;colon", "com,ma", "\"quoted\" and \"\"doubled\"\"", "\"", NULL },
  { "line\nfeed", "carriage\rreturn", "cr\r\nlf", "\r\n\r\n", NULL },
  { " leading", "trailing ", "\ttab", "  ", NULL },
  { "", "", "", "", NULL },
  { "æøåÆØÅ é", "Ærø Kommune – Søndergade 7", "Café “Åen”", "😀👍🏽🇩🇰", NULL },
  { "12\" skærm", "'single'", "=SUM(A1)", "a\"b;c,d\r\ne", NULL },
  { "", NULL },
  { "", "", NULL },
  { "only", NULL },
};

static GPtrArray *
round_trip (GString    *csv,
            gsize       max_read,
            char        expected_separator,
            GArray    **lines)
{
  g_autoptr(TestPatternStream) stream = NULL;
  g_autoptr(BbCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  stream = test_pattern_stream_new (csv->str, csv->len, csv->len, max_read);
  reader = bb_csv_reader_new (G_INPUT_STREAM (stream), &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_csv_reader_get_separator (reader), ==, expected_separator);

  return read_all (reader, lines);
}

static void
check_round_trip (char     separator,
                  gboolean nasty_first)
{
  g_autoptr(GString) csv = g_string_new (BB_CSV_BOM);
  gsize max_reads[] = { 1, 7, 64 * 1024 };

  if (!nasty_first)
    bb_csv_append_record (csv, header, separator);
  for (guint i = 0; i < G_N_ELEMENTS (nasty); i++)
    bb_csv_append_record (csv, nasty[i], separator);

  for (guint r = 0; r < G_N_ELEMENTS (max_reads); r++)
    {
      g_autoptr(GPtrArray) records = NULL;
      guint offset = nasty_first ? 0 : 1;

      records = round_trip (csv, max_reads[r], separator, NULL);
      g_assert_cmpuint (records->len, ==, G_N_ELEMENTS (nasty) + offset);
      if (!nasty_first)
        g_assert_cmpstrv (g_ptr_array_index (records, 0), header);
      for (guint i = 0; i < G_N_ELEMENTS (nasty); i++)
        g_assert_cmpstrv (g_ptr_array_index (records, i + offset), nasty[i]);
    }
}

static void
test_round_trip_semicolon (void)
{
  check_round_trip (';', FALSE);
}

static void
test_round_trip_comma (void)
{
  check_round_trip (',', FALSE);
}

/* Fields holding either separator are quoted, so even our own file whose first
 * record is full of them sniffs right. */
static void
test_round_trip_nasty_first (void)
{
  check_round_trip (';', TRUE);
  check_round_trip (',', TRUE);
}

static void
test_round_trip_lines (void)
{
  const char * const multi[] = { "a\r\nb\nc\rd", "x", NULL };
  const char * const plain[] = { "p", "q", NULL };
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) lines = NULL;
  const guint expected[] = { 1, 2, 6, 7 };

  bb_csv_append_record (csv, plain, ';');
  bb_csv_append_record (csv, multi, ';');
  bb_csv_append_record (csv, plain, ';');
  bb_csv_append_record (csv, plain, ';');

  records = round_trip (csv, 1, ';', &lines);
  assert_lines (lines, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstrv (g_ptr_array_index (records, 1), multi);
}

static void
test_write_quoting (void)
{
  const char * const fields[] = { "plain", "se;mi", "com,ma", "qu\"ote", "cr\rlf\n",
                                  " lead", "trail ", "in side", "", "æø", NULL };
  const char * const one_empty[] = { "", NULL };
  const char * const none[] = { NULL };
  const char * const tabbed[] = { "a\tb", "c|d", NULL };
  g_autoptr(GString) out = g_string_new (NULL);

  bb_csv_append_record (out, fields, ';');
  g_assert_cmpstr (out->str, ==,
                   "plain;\"se;mi\";\"com,ma\";\"qu\"\"ote\";\"cr\rlf\n\";"
                   "\" lead\";\"trail \";in side;;æø\r\n");

  g_string_truncate (out, 0);
  bb_csv_append_record (out, one_empty, ',');
  g_assert_cmpstr (out->str, ==, "\"\"\r\n");

  g_string_truncate (out, 0);
  bb_csv_append_record (out, none, ',');
  g_assert_cmpstr (out->str, ==, "\r\n");

  g_string_truncate (out, 0);
  bb_csv_append_record (out, tabbed, '|');
  g_assert_cmpstr (out->str, ==, "a\tb|\"c|d\"\r\n");
}

static void
test_read_sniff (void)
{
  const struct {
    const char *data;
    char        separator;
  } cases[] = {
    { "a;b;c\n1,2;3\n", ';' },
    { "a,b,c\n1;2,3\n", ',' },
    { "a,b;c\n", ';' },                      /* a tie */
    { "abc\r\n", ';' },                      /* neither */
    { "\"x;y;z\",b\n", ',' },                /* quoted separators do not count */
    { "\"x\r\n;;;\",b\r\n", ',' },           /* nor across a line break */
    { "a;b\n1,2,3,4,5\n", ';' },             /* only the first record counts */
    { "\r\n\n\ra,b\n", ',' },                /* blank lines before it are skipped */
    { "12\" skærm,b\n", ',' },               /* a stray quote opens nothing */
    { "\"a\"\"b;c\",d\n", ',' },             /* a doubled quote stays inside */
    { "a,b", ',' },                          /* no line break at all */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BbCsvReader) reader = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      reader = reader_for (cases[i].data, -1, &error);
      g_assert_no_error (error);
      g_assert_cmpint (bb_csv_reader_get_separator (reader), ==, cases[i].separator);
    }
}

static void
test_read_bom (void)
{
  g_autoptr(BbCsvReader) reader = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = NULL;
  const guint expected[] = { 1, 2 };

  reader = reader_for (BB_CSV_BOM "Navn,Pris\r\nÆble,5\r\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_csv_reader_get_separator (reader), ==, ',');
  records = read_all (reader, &lines);
  assert_record (records, 0, "Navn", "Pris", NULL);
  assert_record (records, 1, "Æble", "5", NULL);
  assert_lines (lines, expected, G_N_ELEMENTS (expected));
  g_clear_pointer (&records, g_ptr_array_unref);
  g_clear_pointer (&reader, bb_csv_reader_free);

  /* Only the first BOM is a BOM; later it is text, and no BOM is fine too. */
  reader = reader_for (BB_CSV_BOM BB_CSV_BOM "a\n", -1, &error);
  g_assert_no_error (error);
  records = read_all (reader, NULL);
  assert_record (records, 0, BB_CSV_BOM "a", NULL);
  g_clear_pointer (&records, g_ptr_array_unref);
  g_clear_pointer (&reader, bb_csv_reader_free);

  reader = reader_for ("a", -1, &error);
  g_assert_no_error (error);
  records = read_all (reader, NULL);
  assert_record (records, 0, "a", NULL);
  g_assert_cmpuint (records->len, ==, 1);
}

static void
test_read_line_endings (void)
{
  g_autoptr(BbCsvReader) reader = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = NULL;
  /* CRLF, LF, CR, blank lines of each kind, LF CR (two lines), no final newline */
  const char *data = "a;b\r\nc;d\ne;f\rg;h\r\n\r\n\n\r\ni;j\n\rk;l";
  const guint expected[] = { 1, 2, 3, 4, 8, 10 };

  reader = reader_for (data, -1, &error);
  g_assert_no_error (error);
  records = read_all (reader, &lines);
  assert_lines (lines, expected, G_N_ELEMENTS (expected));
  assert_record (records, 0, "a", "b", NULL);
  assert_record (records, 1, "c", "d", NULL);
  assert_record (records, 2, "e", "f", NULL);
  assert_record (records, 3, "g", "h", NULL);
  assert_record (records, 4, "i", "j", NULL);
  assert_record (records, 5, "k", "l", NULL);
}

static void
test_read_quoted_newlines (void)
{
  g_autoptr(BbCsvReader) reader = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = NULL;
  const char *data =
    "id;tekst\r\n"                         /* 1 */
    "1;\"to\r\nlinjer\"\r\n"               /* 2-3 */
    "2;\"lf\nog\rcr\r\n\r\nslut\";x\r\n"   /* 4-8 */
    "\r\n"                                 /* 9 */
    "3;\"\"\"\r\n\"\"\"\n"                 /* 10-11 */
    "4;sidst\r";                           /* 12 */
  const guint expected[] = { 1, 2, 4, 10, 12 };

  reader = reader_for (data, -1, &error);
  g_assert_no_error (error);
  records = read_all (reader, &lines);
  assert_lines (lines, expected, G_N_ELEMENTS (expected));
  assert_record (records, 1, "1", "to\r\nlinjer", NULL);
  assert_record (records, 2, "2", "lf\nog\rcr\r\n\r\nslut", "x", NULL);
  assert_record (records, 3, "3", "\"\r\n\"", NULL);
  assert_record (records, 4, "4", "sidst", NULL);
}

static void
test_read_fields (void)
{
  g_autoptr(BbCsvReader) reader = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  const char *data =
    "a;;c;\n"
    "\"\"\n"
    ";\n"
    " a ; b \n"
    "12\" skærm;a\"b\"\n"
    "\"\";\"x\"\n"
    "\"end\";";

  reader = reader_for (data, -1, &error);
  g_assert_no_error (error);
  records = read_all (reader, NULL);
  g_assert_cmpuint (records->len, ==, 7);
  assert_record (records, 0, "a", "", "c", "", NULL);
  assert_record (records, 1, "", NULL);
  assert_record (records, 2, "", "", NULL);
  assert_record (records, 3, " a ", " b ", NULL);
  assert_record (records, 4, "12\" skærm", "a\"b\"", NULL);
  assert_record (records, 5, "", "x", NULL);
  assert_record (records, 6, "end", "", NULL);
}

static void
test_read_end_stays_end (void)
{
  g_autoptr(BbCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) record = NULL;

  reader = reader_for ("a\n\n", -1, &error);
  g_assert_no_error (error);
  record = bb_csv_reader_read_record (reader, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (record);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_null (bb_csv_reader_read_record (reader, NULL, &error));
      g_assert_no_error (error);
    }
}

/* Reads until an error, checking that every record before it came through. */
static GError *
read_until_error (const char *data,
                  gssize      len,
                  guint       n_good)
{
  g_autoptr(BbCsvReader) reader = NULL;
  GError *error = NULL;
  char **record;
  guint n = 0;

  reader = reader_for (data, len, &error);
  g_assert_no_error (error);
  while ((record = bb_csv_reader_read_record (reader, NULL, &error)) != NULL)
    {
      g_strfreev (record);
      n++;
    }
  g_assert_nonnull (error);
  g_assert_cmpuint (n, ==, n_good);

  return error;
}

static void
test_error_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;

  /* Latin-1 “ø” as Excel’s plain “CSV” writes it */
  error = read_until_error ("navn;by\r\nÅse;Århus\r\nS\xF8ren;K\xF8ge\r\n", -1, 2);
  assert_error_line (error, BB_CSV_ERROR_ENCODING, 3);
}

static void
test_error_invalid_utf8_multiline (void)
{
  g_autoptr(GError) error = NULL;

  /* the bad byte is on line 6, inside a field that starts on line 3 */
  error = read_until_error ("a;b\n1;2\n3;\"x\r\ny\rz\n\xC3(\"\n", -1, 2);
  assert_error_line (error, BB_CSV_ERROR_ENCODING, 6);
  g_clear_error (&error);

  error = read_until_error ("a;b\n1;2\n3;\"x\r\ny\r\xC3(\"\n", -1, 2);
  assert_error_line (error, BB_CSV_ERROR_ENCODING, 5);
  g_clear_error (&error);

  /* a sequence cut short by a separator */
  error = read_until_error ("a;b\n\xC3;x\n", -1, 1);
  assert_error_line (error, BB_CSV_ERROR_ENCODING, 2);
  g_clear_error (&error);

  /* and by the end of the file */
  error = read_until_error ("a;b\nx;\xE2\x82", -1, 1);
  assert_error_line (error, BB_CSV_ERROR_ENCODING, 2);
}

static void
test_error_utf16 (void)
{
  const char le[] = "\xFF\xFE" "a\0;\0b\0";
  const char be[] = "\xFE\xFF" "\0a\0;\0b";
  g_autoptr(GError) error = NULL;
  BbCsvReader *reader;

  reader = reader_for (le, sizeof le - 1, &error);
  g_assert_null (reader);
  g_assert_error (error, BB_CSV_ERROR, BB_CSV_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "UTF-16"));
  g_clear_error (&error);

  reader = reader_for (be, sizeof be - 1, &error);
  g_assert_null (reader);
  g_assert_error (error, BB_CSV_ERROR, BB_CSV_ERROR_ENCODING);
}

static void
test_error_nul (void)
{
  const char data[] = "a;b\r\nc;d\r\ne\0f;g\r\n";
  g_autoptr(GError) error = NULL;

  error = read_until_error (data, sizeof data - 1, 2);
  assert_error_line (error, BB_CSV_ERROR_ENCODING, 3);
  g_clear_error (&error);

  /* UTF-16 without a BOM; also inside quotes */
  error = read_until_error ("a;b\r\n\"c\0\"\r\n", 11, 1);
  assert_error_line (error, BB_CSV_ERROR_ENCODING, 2);
}

static void
test_error_unterminated_quote (void)
{
  g_autoptr(GError) error = NULL;

  /* reported where the field opened, not at the end of the file */
  error = read_until_error ("a;b\r\n\"x\r\ny\"\r\nc;\"open\r\nmore\r\n\r\nlines\r\n", -1, 2);
  assert_error_line (error, BB_CSV_ERROR_UNTERMINATED_QUOTE, 4);
  g_assert_false (message_names_number (error->message, 7));
  g_clear_error (&error);

  /* a doubled quote at the end does not close the field */
  error = read_until_error ("a;b\n\"x\"\"", -1, 1);
  assert_error_line (error, BB_CSV_ERROR_UNTERMINATED_QUOTE, 2);
}

static void
test_error_bad_quote (void)
{
  g_autoptr(GError) error = NULL;

  error = read_until_error ("a;b\n\"x\ny\";z\n\"q\"uote;x\n", -1, 2);
  assert_error_line (error, BB_CSV_ERROR_BAD_QUOTE, 4);
  g_clear_error (&error);

  /* a space after the closing quote is text too, on the line it is on */
  error = read_until_error ("a;b\nc;\"multi\nline\" \n", -1, 1);
  assert_error_line (error, BB_CSV_ERROR_BAD_QUOTE, 3);
}

static void
test_error_too_long (void)
{
  gsize len = 2 * 1024 * 1024;
  g_autofree char *data = g_malloc (len);
  g_autoptr(GError) error = NULL;
  const char *start = "a;b\r\n\"x\r\ny\";z\r\n";
  gsize start_len = strlen (start);

  memcpy (data, start, start_len);
  memset (data + start_len, 'x', len - start_len);

  error = read_until_error (data, len, 2);
  assert_error_line (error, BB_CSV_ERROR_TOO_LONG, 4);
  g_clear_error (&error);

  /* a quoted field running on is just as long */
  data[start_len] = '"';
  error = read_until_error (data, len, 2);
  assert_error_line (error, BB_CSV_ERROR_TOO_LONG, 4);
}

static void
test_error_too_long_streaming (void)
{
  const guint64 total = 100 * 1024 * 1024;
  /* one endless unquoted line; one endless quoted field of line breaks */
  const char * const patterns[] = { "x;", "\"x;\r\n" };

  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(TestPatternStream) stream = NULL;
      g_autoptr(BbCsvReader) reader = NULL;
      g_autoptr(GError) error = NULL;
      char **record;

      stream = test_pattern_stream_new (patterns[i], strlen (patterns[i]), total, G_MAXSIZE);
      reader = bb_csv_reader_new (G_INPUT_STREAM (stream), &error);
      g_assert_no_error (error);
      record = bb_csv_reader_read_record (reader, NULL, &error);
      g_assert_null (record);
      assert_error_line (error, BB_CSV_ERROR_TOO_LONG, 1);

      /* refused after about a megabyte, not after reading 100 */
      g_assert_cmpuint (stream->served, <=, BB_CSV_MAX_RECORD_BYTES + 2 * 64 * 1024);
    }
}

static void
test_error_empty (void)
{
  const char * const empties[] = { "", BB_CSV_BOM, "\r\n", "\n\n\n", BB_CSV_BOM "\r\n\r\r\n" };

  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr(GError) error = NULL;
      BbCsvReader *reader;

      g_test_message ("case %u", i);
      reader = reader_for (empties[i], -1, &error);
      g_assert_null (reader);
      g_assert_error (error, BB_CSV_ERROR, BB_CSV_ERROR_EMPTY);
    }
}

static void
test_error_io (void)
{
  const char *data = "a;b\r\nc;d\r\n";
  g_autoptr(TestPatternStream) stream = NULL;
  g_autoptr(BbCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) record = NULL;

  stream = test_pattern_stream_new (data, strlen (data), strlen (data) + 3, 4);
  stream->fail_at_end = TRUE;
  reader = bb_csv_reader_new (G_INPUT_STREAM (stream), &error);
  g_assert_no_error (error);
  record = bb_csv_reader_read_record (reader, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&record, g_strfreev);
  record = bb_csv_reader_read_record (reader, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&record, g_strfreev);
  record = bb_csv_reader_read_record (reader, NULL, &error);
  g_assert_null (record);
  g_assert_error (error, BB_CSV_ERROR, BB_CSV_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "The disk caught fire"));
  g_clear_error (&error);

  /* failing while sniffing fails bb_csv_reader_new () */
  g_clear_pointer (&reader, bb_csv_reader_free);
  g_clear_object (&stream);
  stream = test_pattern_stream_new (data, strlen (data), 2, 4);
  stream->fail_at_end = TRUE;
  reader = bb_csv_reader_new (G_INPUT_STREAM (stream), &error);
  g_assert_null (reader);
  g_assert_error (error, BB_CSV_ERROR, BB_CSV_ERROR_IO);
}

/* After an error NULL must not look like the end of the file. */
static void
test_error_sticky (void)
{
  g_autoptr(BbCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = reader_for ("a;b\n\"x\"y\nc;d\n", -1, &error);
  g_assert_no_error (error);
  g_strfreev (bb_csv_reader_read_record (reader, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 2; i++)
    {
      g_assert_null (bb_csv_reader_read_record (reader, NULL, &error));
      assert_error_line (error, BB_CSV_ERROR_BAD_QUOTE, 2);
      g_clear_error (&error);
    }
}

/* Every cell a spreadsheet would run goes behind an apostrophe, and so does one that
 * already looks guarded, so that each comes back from the reader as it was written. */
static void
test_formula_guard (void)
{
  const struct {
    const char *cell;
    const char *written;
  } cases[] = {
    { "", "" },
    { "Almindelig tekst", "Almindelig tekst" },
    { "=SUM(A1:A9)", "'=SUM(A1:A9)" },
    { "+45 12 34 56 78", "'+45 12 34 56 78" },
    { "-1", "'-1" },
    { "@navn", "'@navn" },
    { "\tfane", "'\tfane" },
    { "\rretur", "'\rretur" },
    { "'=allerede", "''=allerede" },
    { "''", "'''" },
    { "'", "'" },
    { "'tekst", "'tekst" },
    { "a=b", "a=b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *written = bb_csv_guard_formula (g_strdup (cases[i].cell));
      g_autofree char *read = g_strdup (written);

      g_assert_cmpstr (written, ==, cases[i].written);
      bb_csv_unguard_formula (read);
      g_assert_cmpstr (read, ==, cases[i].cell);
    }

  g_assert_true (bb_csv_cell_is_guarded ("'=x"));
  g_assert_true (bb_csv_cell_is_guarded ("''"));
  g_assert_false (bb_csv_cell_is_guarded ("'"));
  g_assert_false (bb_csv_cell_is_guarded ("'x"));
  g_assert_false (bb_csv_cell_is_guarded ("=x"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv/write/quoting", test_write_quoting);
  g_test_add_func ("/csv/round-trip/semicolon", test_round_trip_semicolon);
  g_test_add_func ("/csv/round-trip/comma", test_round_trip_comma);
  g_test_add_func ("/csv/round-trip/nasty-first-record", test_round_trip_nasty_first);
  g_test_add_func ("/csv/round-trip/line-numbers", test_round_trip_lines);
  g_test_add_func ("/csv/read/sniff", test_read_sniff);
  g_test_add_func ("/csv/read/bom", test_read_bom);
  g_test_add_func ("/csv/read/line-endings", test_read_line_endings);
  g_test_add_func ("/csv/read/quoted-newlines", test_read_quoted_newlines);
  g_test_add_func ("/csv/read/fields", test_read_fields);
  g_test_add_func ("/csv/read/end-stays-end", test_read_end_stays_end);
  g_test_add_func ("/csv/error/invalid-utf8", test_error_invalid_utf8);
  g_test_add_func ("/csv/error/invalid-utf8-multiline", test_error_invalid_utf8_multiline);
  g_test_add_func ("/csv/error/utf16-bom", test_error_utf16);
  g_test_add_func ("/csv/error/nul", test_error_nul);
  g_test_add_func ("/csv/error/unterminated-quote", test_error_unterminated_quote);
  g_test_add_func ("/csv/error/bad-quote", test_error_bad_quote);
  g_test_add_func ("/csv/error/too-long", test_error_too_long);
  g_test_add_func ("/csv/error/too-long-streaming", test_error_too_long_streaming);
  g_test_add_func ("/csv/error/empty", test_error_empty);
  g_test_add_func ("/csv/error/io", test_error_io);
  g_test_add_func ("/csv/error/sticky", test_error_sticky);
  g_test_add_func ("/csv/formula-guard", test_formula_guard);

  return g_test_run ();
}
