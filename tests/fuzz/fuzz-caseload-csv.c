/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The caseload CSV reader (bb_caseload_csv_read) on the input's bytes. */

#include "bb-caseload-csv.h"
#include "bb-fuzz.h"

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
  g_autoptr(BbCaseload) caseload = bb_caseload_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_MARCH, 2026);

  if (bb_caseload_csv_read (stream, today, caseload, &error))
    g_free (bb_caseload_dup_summary (caseload));
  return 0;
}
