/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Faults a test turns on and off: a VFS registered as SQLite's default, passing every
 * call to the real one until told to fail. The product has no hook for them. */
typedef enum
{
  BB_TEST_FAULT_NONE,
  /* Every write to a file fails with SQLITE_IOERR_WRITE (a failing disk). */
  BB_TEST_FAULT_IO,
  /* Every write fails as SQLite's I/O layer does when malloc () fails. */
  BB_TEST_FAULT_NO_MEMORY,
} BbTestFault;

/* Registers the VFS (once per process), before any connection is opened. */
void bb_test_fault_vfs_install (void);
void bb_test_fault_vfs_set     (BbTestFault fault);

/* The first column of the one row @sql returns, read by a connection of its own, as
 * another program sees the file at @path. */
gint64 bb_test_count_outside   (const char *path,
                                const char *sql);

G_END_DECLS
