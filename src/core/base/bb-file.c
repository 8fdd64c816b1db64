/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-file.h"

gboolean
bb_file_replace (GFile        *file,
                 BbWriteFunc   write,
                 gpointer      user_data,
                 GError      **error)
{
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean existed;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* g_file_replace() writes a new file in place, not through a temporary file, so
   * on failure that one has to be removed by hand. */
  existed = g_file_query_exists (file, NULL);

  cancellable = g_cancellable_new ();
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, error);
  if (stream == NULL)
    return FALSE;

  ok = write (G_OUTPUT_STREAM (stream), user_data, &local_error);

  /* Closing is what puts the new file in place of the old one. */
  if (ok)
    ok = g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error);

  if (!ok)
    {
      /* Closing with a cancelled cancellable drops the temporary file and keeps the
       * original. */
      g_cancellable_cancel (cancellable);
      if (!g_output_stream_is_closed (G_OUTPUT_STREAM (stream)))
        g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);

      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}
