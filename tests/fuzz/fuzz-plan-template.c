/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plan template loader (bb_plan_template_load_file): it reads files, so the input
 * goes to one first. */

#include "bb-fuzz.h"
#include "bb-plan-template.h"

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
  g_autoptr(GFile) file = bb_fuzz_write_file ("template.json", data, size);
  g_autoptr(GError) error = NULL;
  BbPlanTemplate *template = bb_plan_template_load_file (file, &error);

  g_clear_object (&template);
  return 0;
}
