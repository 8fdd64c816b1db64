/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <stdlib.h>
#include <glib/gstdio.h>

#include "bb-fuzz.h"

static char *folder;

static void
remove_folder (void)
{
  bb_fuzz_clear_folder ();
  g_rmdir (folder);
}

/* Aborts (which libFuzzer catches and saves the input of) rather than G_DEBUG's
 * breakpoint trap (which it does not). */
static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (level, fields, n_fields, user_data);

  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return output;
}

void
bb_fuzz_init (void)
{
  g_log_set_writer_func (write_log, NULL, NULL);
  /* The readers' messages in English, whatever the fuzzing machine speaks. */
  g_setenv ("LANGUAGE", "en", TRUE);
}

const char *
bb_fuzz_get_folder (void)
{
  if (folder == NULL)
    {
      g_autoptr(GError) error = NULL;

      folder = g_dir_make_tmp ("bb-fuzz-XXXXXX", &error);
      if (folder == NULL)
        g_error ("%s", error->message);
      atexit (remove_folder);
    }

  return folder;
}

void
bb_fuzz_clear_folder (void)
{
  g_autoptr(GDir) dir = g_dir_open (bb_fuzz_get_folder (), 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_remove (path);
    }
}

GFile *
bb_fuzz_write_file (const char   *name,
                    const guint8 *data,
                    size_t        size)
{
  g_autofree char *path = g_build_filename (bb_fuzz_get_folder (), name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, (const char *) data, size, &error))
    g_error ("%s", error->message);

  return g_file_new_for_path (path);
}
