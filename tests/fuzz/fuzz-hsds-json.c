/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The HSDS JSON reader (bb_hsds_read) on the input's bytes. */

#include "bb-fuzz.h"
#include "bb-hsds.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  bb_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, size, NULL);
  g_autoptr(BbImport) import = bb_import_new ();
  g_autoptr(GError) error = NULL;

  if (bb_hsds_read (stream, import, &error))
    bb_hsds_get_import_notice (import);
  return 0;
}
