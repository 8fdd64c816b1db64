/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The tabular HSDS reader (bb_hsds_tabular_read). It reads a folder of files or a
 * .zip, so the input is either a zip (it starts with "PK") or a bundle of files as
 * `tail -n +1 datapackage.json *.csv` prints them:
 *
 *   ==> datapackage.json <==
 *   {"resources": …}
 *   ==> services.csv <==
 *   id,name,…
 *
 * (text before the first header is datapackage.json). Each file goes into the folder
 * that is read. */

#include <string.h>

#include "bb-fuzz.h"
#include "bb-hsds-tabular.h"

#define HEADER_START "==> "
#define HEADER_END " <=="

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  bb_fuzz_init ();
  return 0;
}

/* Names the mutations make up stay plain file names in the folder. */
static gboolean
is_plain_name (const char *name)
{
  if (*name == '\0' || *name == '.' || strlen (name) > 64)
    return FALSE;
  for (const char *c = name; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && *c != '_' && *c != '-' && *c != '.')
      return FALSE;
  return TRUE;
}

static void
write_part (const char   *name,
            const guint8 *data,
            size_t        size)
{
  if (is_plain_name (name))
    g_object_unref (bb_fuzz_write_file (name, data, size));
}

static void
write_bundle (const guint8 *data,
              size_t        size)
{
  const guint8 *end = data + size;
  const guint8 *part = data;
  g_autofree char *name = g_strdup ("datapackage.json");

  for (const guint8 *line = data; line < end;)
    {
      const guint8 *newline = memchr (line, '\n', end - line);
      const guint8 *next = newline != NULL ? newline + 1 : end;
      size_t length = (newline != NULL ? newline : end) - line;

      if (length >= strlen (HEADER_START HEADER_END) &&
          memcmp (line, HEADER_START, strlen (HEADER_START)) == 0 &&
          memcmp (line + length - strlen (HEADER_END), HEADER_END, strlen (HEADER_END)) == 0)
        {
          if (line > part)
            write_part (name, part, line - part);
          g_free (name);
          name = g_strndup ((const char *) line + strlen (HEADER_START),
                            length - strlen (HEADER_START HEADER_END));
          part = next;
        }
      line = next;
    }
  write_part (name, part, end - part);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(BbImport) import = bb_import_new ();
  g_autoptr(GError) error = NULL;

  bb_fuzz_clear_folder ();
  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    file = bb_fuzz_write_file ("package.zip", data, size);
  else
    {
      write_bundle (data, size);
      file = g_file_new_for_path (bb_fuzz_get_folder ());
    }

  bb_hsds_tabular_read (file, import, &error);
  return 0;
}
