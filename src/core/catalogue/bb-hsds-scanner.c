/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Reads an HSDS JSON file once, a chunk at a time, and hands the services of its list
 * to the reader one by one, so that memory stays bounded by the largest service and
 * not by the file (a 1 GB file, or /dev/zero, must not take the machine's memory).
 * On the way it refuses what json-glib would mishandle: nesting deep enough to
 * overflow its stack, and escapes it would store as invalid text or cut short (a
 * lone surrogate such as \ud800, and \u0000). Everything else about the syntax is
 * json-glib's to judge, service by service. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-hsds-private.h"
#include "bb-import.h"

#define CHUNK_SIZE 65536
#define KEY_SIZE   48

typedef enum
{
  LIST_NONE,      /* not (yet) in the root's list of services */
  LIST_KEY,       /* "contents" or "services" read at the root: is its value a list? */
  LIST_OPEN,      /* inside the list, before its first element */
  LIST_COMMA,     /* after a comma: an element must follow */
  LIST_ELEMENT,   /* inside an element */
  LIST_AFTER,     /* after an element: a comma or the end must follow */
  LIST_DONE,      /* the list has ended; later ones are the skeleton's */
} ListState;

typedef struct
{
  BbHsdsPieceFunc  func;
  gpointer         user_data;

  GString         *skeleton;
  char            *skeleton_problem;
  char            *skeleton_name;
  GString         *piece;
  char            *piece_problem;
  char            *piece_name;
  gboolean         piece_too_large;
  guint            piece_line;
  char             piece_kind;        /* '{', '[', '"' or 's' for a bare number or word */

  goffset          size;
  guint            line;
  guint            depth;
  char             stack[BB_HSDS_MAX_DEPTH + 1];
  gboolean         expect_key[BB_HSDS_MAX_DEPTH + 1];
  char             keys[BB_HSDS_MAX_DEPTH + 1][KEY_SIZE];

  gboolean         in_string;
  gboolean         string_is_key;
  gsize            string_start;      /* offset of the opening quote in the target */
  guint            escape;            /* 0, 1 after a backslash, 2–5 in \uXXXX */
  guint32          code;
  gboolean         high_surrogate;    /* the last escape began a surrogate pair */
  guint32          high_code;

  ListState        list;
} Scanner;

static void
scanner_clear (Scanner *self)
{
  if (self->skeleton != NULL)
    g_string_free (self->skeleton, TRUE);
  if (self->piece != NULL)
    g_string_free (self->piece, TRUE);
  g_free (self->skeleton_problem);
  g_free (self->skeleton_name);
  g_free (self->piece_problem);
  g_free (self->piece_name);
}

static gboolean
in_piece (Scanner *self)
{
  return self->list == LIST_ELEMENT;
}

/* Where a byte goes: into the piece being read, or into the skeleton. */
static GString *
target (Scanner *self)
{
  return in_piece (self) ? self->piece : self->skeleton;
}

static gboolean
append (Scanner  *self,
        char      c,
        GError  **error)
{
  if (in_piece (self))
    {
      /* A service over the limit is still read to its end, but no longer kept. */
      if (!self->piece_too_large)
        {
          if (self->piece->len >= BB_HSDS_MAX_PIECE)
            {
              self->piece_too_large = TRUE;
              g_string_truncate (self->piece, 0);
            }
          else
            g_string_append_c (self->piece, c);
        }

      /* Lines stay where they were, so json-glib's lines are the file's. */
      if (c == '\n')
        g_string_append_c (self->skeleton, '\n');
      return TRUE;
    }

  if (self->skeleton->len >= BB_HSDS_MAX_PIECE)
    {
      g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                   _("Line %u: the file holds more than %u MB outside its list of services, "
                     "which no Open Referral (HSDS) file needs. It was not read."),
                   self->line, BB_HSDS_MAX_PIECE / (1024 * 1024));
      return FALSE;
    }

  g_string_append_c (self->skeleton, c);
  return TRUE;
}

/* A run of text inside a string, at once: most of a file is text. */
static gboolean
append_run (Scanner     *self,
            const char  *run,
            gsize        length,
            GError     **error)
{
  GString *text = target (self);

  if (in_piece (self) && self->piece_too_large)
    return TRUE;

  if (text->len + length > BB_HSDS_MAX_PIECE)
    {
      /* The limits as append () keeps them, byte by byte. */
      for (gsize i = 0; i < length; i++)
        {
          if (!append (self, run[i], error))
            return FALSE;
        }
      return TRUE;
    }

  g_string_append_len (text, run, length);
  return TRUE;
}

/* The member a string is in: the key of the nearest object around it. */
static const char *
current_field (Scanner *self)
{
  guint depth = self->depth;

  /* A key names the member of the object around its own. */
  if (self->string_is_key && depth > 0)
    depth--;

  for (; depth > 0; depth--)
    {
      if (self->stack[depth] == '{' && self->keys[depth][0] != '\0')
        return self->keys[depth];
    }

  return "";
}

static void
note_problem (Scanner    *self,
              const char *format,
              ...) G_GNUC_PRINTF (2, 3);

static void
note_problem (Scanner    *self,
              const char *format,
              ...)
{
  char **problem = in_piece (self) ? &self->piece_problem : &self->skeleton_problem;
  va_list args;

  if (*problem != NULL)
    return;

  va_start (args, format);
  *problem = g_strdup_vprintf (format, args);
  va_end (args);
}

static void
note_lone_surrogate (Scanner *self,
                     guint32  code)
{
  note_problem (self,
                /* TRANSLATORS: %s is the name of a field in the file, %04X a number such as D800 */
                _("the text of “%s” holds the escape \\u%04X, half of a character that "
                  "cannot stand alone (a lone surrogate)"),
                current_field (self), code);
}

static void
on_escaped_code (Scanner *self,
                 guint32  code)
{
  if (self->high_surrogate)
    {
      self->high_surrogate = FALSE;
      if (code >= 0xDC00 && code <= 0xDFFF)
        return;
      note_lone_surrogate (self, self->high_code);
    }

  if (code == 0)
    /* TRANSLATORS: %s is the name of a field in the file */
    note_problem (self, _("the text of “%s” holds \\u0000, a character no text can hold"),
                  current_field (self));
  else if (code >= 0xD800 && code <= 0xDBFF)
    {
      self->high_surrogate = TRUE;
      self->high_code = code;
    }
  else if (code >= 0xDC00 && code <= 0xDFFF)
    note_lone_surrogate (self, code);
}

static void
on_string_end (Scanner *self)
{
  GString *text = target (self);
  const char *start;
  gsize length;

  if (self->high_surrogate)
    {
      self->high_surrogate = FALSE;
      note_lone_surrogate (self, self->high_code);
    }

  if (in_piece (self) && self->piece_too_large)
    return;

  /* Between the quotes; escapes are ASCII, so the raw bytes must be UTF-8. */
  start = text->str + self->string_start + 1;
  length = text->len - self->string_start - 2;
  if (!g_utf8_validate (start, length, NULL))
    /* TRANSLATORS: %s is the name of a field in the file */
    note_problem (self, _("the text of “%s” is not valid UTF-8"), current_field (self));
  else if (!self->string_is_key && self->depth == (in_piece (self) ? 3 : 1) &&
           strcmp (self->keys[self->depth], "name") == 0 && length < 1024)
    {
      char **name = in_piece (self) ? &self->piece_name : &self->skeleton_name;

      if (*name == NULL)
        *name = g_strndup (start, length);
    }
  else if (self->string_is_key)
    {
      /* Kept short; a field name in a message needs no more. */
      const char *end = length < KEY_SIZE ? start + length : g_utf8_find_prev_char (start, start + KEY_SIZE);

      memcpy (self->keys[self->depth], start, end - start);
      self->keys[self->depth][end - start] = '\0';

      if (self->depth == 1 && self->list == LIST_NONE &&
          (strcmp (self->keys[1], "contents") == 0 || strcmp (self->keys[1], "services") == 0))
        self->list = LIST_KEY;
    }
}

static gboolean
scan_string_byte (Scanner  *self,
                  char      c,
                  GError  **error)
{
  if (!append (self, c, error))
    return FALSE;

  if (self->escape == 1)
    {
      if (c == 'u')
        {
          self->escape = 2;
          self->code = 0;
          return TRUE;
        }

      self->escape = 0;
      if (self->high_surrogate)
        {
          self->high_surrogate = FALSE;
          note_lone_surrogate (self, self->high_code);
        }
      return TRUE;
    }

  if (self->escape >= 2)
    {
      if (!g_ascii_isxdigit (c))
        {
          /* Not an escape at all: json-glib says so. */
          self->escape = 0;
          return TRUE;
        }

      self->code = self->code * 16 + (guint32) g_ascii_xdigit_value (c);
      if (++self->escape == 6)
        {
          self->escape = 0;
          on_escaped_code (self, self->code);
        }
      return TRUE;
    }

  if (c == '\\')
    {
      self->escape = 1;
      return TRUE;
    }

  if (self->high_surrogate)
    {
      self->high_surrogate = FALSE;
      note_lone_surrogate (self, self->high_code);
    }

  if (c == '"')
    {
      self->in_string = FALSE;
      on_string_end (self);
    }
  else if (c == '\0')
    /* TRANSLATORS: %s is the name of a field in the file */
    note_problem (self, _("the text of “%s” holds a NUL byte, which no text can hold"),
                  current_field (self));

  return TRUE;
}

static gboolean
syntax_error (Scanner  *self,
              char      c,
              GError  **error)
{
  if (g_ascii_isprint (c))
    g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                 /* TRANSLATORS: %c is the character, as it is in the file */
                 _("Line %u: the file is not valid JSON (unexpected “%c”)."), self->line, c);
  else
    g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                 /* TRANSLATORS: %02X is the number of a byte that is not a letter, e.g. 00 */
                 _("Line %u: the file is not valid JSON (a byte 0x%02X outside any text)."),
                 self->line, (guint) (guchar) c);
  return FALSE;
}

static gboolean
emit_piece (Scanner  *self,
            GError  **error)
{
  g_autofree char *problem = g_steal_pointer (&self->piece_problem);
  gboolean ok;

  if (self->piece_too_large)
    {
      g_clear_pointer (&problem, g_free);
      problem = g_strdup_printf (_("it is larger than %u MB, more than any service needs"),
                                 BB_HSDS_MAX_PIECE / (1024 * 1024));
    }

  self->list = LIST_AFTER;
  ok = self->func (self->piece->str, self->piece->len, self->piece_line, problem,
                   self->piece_name, self->user_data, error);

  g_string_truncate (self->piece, 0);
  g_clear_pointer (&self->piece_name, g_free);
  self->piece_too_large = FALSE;
  return ok;
}

static gboolean
is_word_byte (char c)
{
  return g_ascii_isalnum (c) || c == '+' || c == '-' || c == '.';
}

/* One byte outside any string. */
static gboolean
scan_byte (Scanner  *self,
           char      c,
           GError  **error)
{
  /* The list of services, between its elements. */
  if (self->depth == 2 && (self->list == LIST_OPEN || self->list == LIST_COMMA ||
                           self->list == LIST_AFTER))
    {
      if (g_ascii_isspace (c))
        return append (self, c, error);

      if (c == ']')
        {
          if (self->list == LIST_COMMA)
            return syntax_error (self, c, error);
          self->list = LIST_DONE;
        }
      else if (c == ',')
        {
          if (self->list != LIST_AFTER)
            return syntax_error (self, c, error);
          self->list = LIST_COMMA;
          return TRUE;
        }
      else
        {
          if (self->list == LIST_AFTER)
            return syntax_error (self, c, error);
          self->list = LIST_ELEMENT;
          self->piece_line = self->line;
          self->piece_kind = (c == '{' || c == '[' || c == '"') ? c : 's';
        }
    }
  else if (self->list == LIST_ELEMENT && self->piece_kind == 's' && self->depth == 2 &&
           !is_word_byte (c))
    {
      /* A bare number or word ends at the first byte that is not part of it. */
      if (!emit_piece (self, error))
        return FALSE;
      return scan_byte (self, c, error);
    }
  else if (self->list == LIST_KEY && self->depth == 1 && !g_ascii_isspace (c) && c != ':')
    self->list = c == '[' ? LIST_OPEN : LIST_NONE;

  if (g_ascii_isspace (c))
    return append (self, c, error);

  if (c == '"')
    {
      self->in_string = TRUE;
      self->string_is_key = self->depth > 0 && self->stack[self->depth] == '{' &&
                            self->expect_key[self->depth];
      self->string_start = target (self)->len;
      return append (self, c, error);
    }

  if (c == '{' || c == '[')
    {
      if (self->depth == BB_HSDS_MAX_DEPTH)
        {
          g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                       _("Line %u: the file is nested more than %u levels deep. Open Referral "
                         "(HSDS) files need far fewer, so it was not read."),
                       self->line, BB_HSDS_MAX_DEPTH);
          return FALSE;
        }

      if (!append (self, c, error))
        return FALSE;

      self->depth++;
      self->stack[self->depth] = c;
      self->expect_key[self->depth] = c == '{';
      self->keys[self->depth][0] = '\0';
      return TRUE;
    }

  if (c == '}' || c == ']')
    {
      if (self->depth == 0 || self->stack[self->depth] != (c == '}' ? '{' : '['))
        return syntax_error (self, c, error);

      if (!append (self, c, error))
        return FALSE;
      self->depth--;

      if (self->list == LIST_ELEMENT && self->depth == 2)
        return emit_piece (self, error);
      return TRUE;
    }

  if (c == ':' || c == ',')
    {
      if (self->depth > 0 && self->stack[self->depth] == '{')
        self->expect_key[self->depth] = c == ',';
      return append (self, c, error);
    }

  if (!is_word_byte (c))
    return syntax_error (self, c, error);

  return append (self, c, error);
}

static gboolean
scan_chunk (Scanner     *self,
            const char  *data,
            gsize        length,
            GError     **error)
{
  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];
      gboolean was_string = self->in_string;

      /* Plain text up to the next quote, backslash, NUL or line. */
      if (self->in_string && self->escape == 0 && !self->high_surrogate)
        {
          gsize end = i;

          while (end < length && data[end] != '"' && data[end] != '\\' &&
                 data[end] != '\0' && data[end] != '\n')
            end++;

          if (end > i)
            {
              if (!append_run (self, data + i, end - i, error))
                return FALSE;
              i = end - 1;
              continue;
            }
        }

      if (self->in_string)
        {
          if (!scan_string_byte (self, c, error))
            return FALSE;
        }
      else if (!scan_byte (self, c, error))
        return FALSE;

      if (c == '\n')
        self->line++;

      /* A text element of the list ends with its closing quote. */
      if (was_string && !self->in_string && self->list == LIST_ELEMENT &&
          self->piece_kind == '"' && self->depth == 2 && !emit_piece (self, error))
        return FALSE;
    }

  return TRUE;
}

void
_bb_hsds_skeleton_clear (BbHsdsSkeleton *skeleton)
{
  if (skeleton->text != NULL)
    g_string_free (skeleton->text, TRUE);
  g_clear_pointer (&skeleton->problem, g_free);
  g_clear_pointer (&skeleton->name, g_free);
}

gboolean
_bb_hsds_scan (GInputStream     *stream,
               BbHsdsPieceFunc   func,
               gpointer          user_data,
               BbHsdsSkeleton   *skeleton,
               GError          **error)
{
  Scanner self = { 0, };
  g_autofree char *chunk = g_malloc (CHUNK_SIZE);
  gboolean first = TRUE;
  gboolean ok = TRUE;

  self.func = func;
  self.user_data = user_data;
  self.skeleton = g_string_new (NULL);
  self.piece = g_string_new (NULL);
  self.line = 1;

  while (ok)
    {
      gssize n_read = g_input_stream_read (stream, chunk, CHUNK_SIZE, NULL, error);
      const char *data = chunk;

      if (n_read < 0)
        ok = FALSE;
      else if (n_read == 0)
        break;
      else
        {
          /* Some programs start UTF-8 with a byte-order mark; JSON has no place for it. */
          if (first && n_read >= 3 && memcmp (chunk, "\xEF\xBB\xBF", 3) == 0)
            {
              data += 3;
              n_read -= 3;
            }
          first = FALSE;
          self.size += n_read;
          if (self.size > BB_HSDS_MAX_FILE)
            {
              g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                           _("The file is larger than %u MB, the most Brobygger reads at once. "
                             "Import it in parts (pages of its list of services)."),
                           BB_HSDS_MAX_FILE / (1024 * 1024));
              ok = FALSE;
            }
          else
            ok = scan_chunk (&self, data, n_read, error);
        }
    }

  /* A service cut off by the end of the file; a list cut off after one leaves a
   * skeleton json-glib refuses. */
  if (ok && self.list == LIST_ELEMENT && self.piece_kind == 's')
    ok = emit_piece (&self, error);
  else if (ok && self.list == LIST_ELEMENT)
    {
      g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                   _("Line %u: the file ends before the service that starts there does."),
                   self.piece_line);
      ok = FALSE;
    }

  if (ok)
    {
      skeleton->text = g_steal_pointer (&self.skeleton);
      skeleton->problem = g_steal_pointer (&self.skeleton_problem);
      skeleton->name = g_steal_pointer (&self.skeleton_name);
      skeleton->has_list = self.list != LIST_NONE && self.list != LIST_KEY;
    }

  scanner_clear (&self);
  return ok;
}
