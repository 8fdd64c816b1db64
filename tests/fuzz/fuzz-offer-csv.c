/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The offers' CSV reader (bb_offer_csv_read) on the input's bytes. */

#include "bb-fuzz.h"
#include "bb-offer-csv.h"

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

  bb_offer_csv_read (stream, import, &error);
  return 0;
}
