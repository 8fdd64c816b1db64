/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Each target is one libFuzzer entry point, built with -fsanitize=fuzzer when
 * -Dfuzzing=true, and linked with fuzz-replay.c in every build so its corpus runs as
 * a test. A target may reject its input in any way but crash, leak, or log a warning
 * or critical (both abort: see bb_fuzz_init). */
int   LLVMFuzzerInitialize   (int            *argc,
                              char         ***argv);
int   LLVMFuzzerTestOneInput (const guint8   *data,
                              size_t          size);

/* Makes warnings and criticals abort, as G_DEBUG=fatal-warnings does in the tests. */
void  bb_fuzz_init           (void);
/* A folder of the process's own for readers that take files, made on the first call
 * and removed at exit. */
const char *bb_fuzz_get_folder (void);
/* Removes the files an earlier input left there. */
void  bb_fuzz_clear_folder   (void);
/* Writes @size bytes of @data to @name in bb_fuzz_get_folder (). */
GFile *bb_fuzz_write_file    (const char     *name,
                              const guint8   *data,
                              size_t          size);

G_END_DECLS
