/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <sqlite3.h>
#include <string.h>

#include "bb-test-fault-vfs.h"

/* A file of the real VFS with our methods in front: the real file's state follows
 * this header in the same allocation (szOsFile is grown to hold both). */
typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
} FaultFile;

static sqlite3_vfs fault_vfs;
static sqlite3_io_methods fault_methods;
static sqlite3_vfs *real_vfs;
static volatile BbTestFault current_fault;

static int
fault_close (sqlite3_file *file)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xClose (self->real);
}

static int
fault_read (sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xRead (self->real, buffer, amount, offset);
}

static int
fault_write (sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
  FaultFile *self = (FaultFile *) file;

  switch (current_fault)
    {
    case BB_TEST_FAULT_IO:
      return SQLITE_IOERR_WRITE;
    case BB_TEST_FAULT_NO_MEMORY:
      return SQLITE_IOERR_NOMEM;
    case BB_TEST_FAULT_NONE:
    default:
      return self->real->pMethods->xWrite (self->real, buffer, amount, offset);
    }
}

static int
fault_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xTruncate (self->real, size);
}

static int
fault_sync (sqlite3_file *file, int flags)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xSync (self->real, flags);
}

static int
fault_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xFileSize (self->real, size);
}

static int
fault_lock (sqlite3_file *file, int lock)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xLock (self->real, lock);
}

static int
fault_unlock (sqlite3_file *file, int lock)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xUnlock (self->real, lock);
}

static int
fault_check_reserved_lock (sqlite3_file *file, int *out)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xCheckReservedLock (self->real, out);
}

static int
fault_file_control (sqlite3_file *file, int op, void *arg)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xFileControl (self->real, op, arg);
}

static int
fault_sector_size (sqlite3_file *file)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xSectorSize (self->real);
}

static int
fault_device_characteristics (sqlite3_file *file)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xDeviceCharacteristics (self->real);
}

static int
fault_shm_map (sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xShmMap (self->real, page, size, extend, out);
}

static int
fault_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xShmLock (self->real, offset, n, flags);
}

static void
fault_shm_barrier (sqlite3_file *file)
{
  FaultFile *self = (FaultFile *) file;

  self->real->pMethods->xShmBarrier (self->real);
}

static int
fault_shm_unmap (sqlite3_file *file, int delete_flag)
{
  FaultFile *self = (FaultFile *) file;

  return self->real->pMethods->xShmUnmap (self->real, delete_flag);
}

static int
fault_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  FaultFile *self = (FaultFile *) file;
  int rc;

  self->real = (sqlite3_file *) (self + 1);
  rc = real_vfs->xOpen (real_vfs, name, self->real, flags, out_flags);
  /* SQLite calls xClose only on a file whose pMethods is set. */
  self->base.pMethods = self->real->pMethods != NULL ? &fault_methods : NULL;
  return rc;
}

static int
fault_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  return real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
fault_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return real_vfs->xAccess (real_vfs, name, flags, out);
}

static int
fault_full_pathname (sqlite3_vfs *vfs, const char *name, int n_out, char *out)
{
  return real_vfs->xFullPathname (real_vfs, name, n_out, out);
}

static int
fault_randomness (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xRandomness (real_vfs, n, out);
}

static int
fault_sleep (sqlite3_vfs *vfs, int microseconds)
{
  return real_vfs->xSleep (real_vfs, microseconds);
}

static int
fault_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, out);
}

static int
fault_get_last_error (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xGetLastError (real_vfs, n, out);
}

void
bb_test_fault_vfs_install (void)
{
  static gsize installed = 0;

  if (!g_once_init_enter (&installed))
    return;

  sqlite3_initialize ();
  real_vfs = sqlite3_vfs_find (NULL);

  fault_methods = (sqlite3_io_methods) {
    .iVersion = 2,
    .xClose = fault_close,
    .xRead = fault_read,
    .xWrite = fault_write,
    .xTruncate = fault_truncate,
    .xSync = fault_sync,
    .xFileSize = fault_file_size,
    .xLock = fault_lock,
    .xUnlock = fault_unlock,
    .xCheckReservedLock = fault_check_reserved_lock,
    .xFileControl = fault_file_control,
    .xSectorSize = fault_sector_size,
    .xDeviceCharacteristics = fault_device_characteristics,
    .xShmMap = fault_shm_map,
    .xShmLock = fault_shm_lock,
    .xShmBarrier = fault_shm_barrier,
    .xShmUnmap = fault_shm_unmap,
  };

  fault_vfs = (sqlite3_vfs) {
    .iVersion = 2,
    .szOsFile = (int) sizeof (FaultFile) + real_vfs->szOsFile,
    .mxPathname = real_vfs->mxPathname,
    .zName = "bb-test-fault",
    .xOpen = fault_open,
    .xDelete = fault_delete,
    .xAccess = fault_access,
    .xFullPathname = fault_full_pathname,
    .xDlOpen = NULL,
    .xRandomness = fault_randomness,
    .xSleep = fault_sleep,
    .xCurrentTimeInt64 = fault_current_time_int64,
    .xGetLastError = fault_get_last_error,
  };

  sqlite3_vfs_register (&fault_vfs, 1);
  g_once_init_leave (&installed, 1);
}

void
bb_test_fault_vfs_set (BbTestFault fault)
{
  current_fault = fault;
}

gint64
bb_test_count_outside (const char *path,
                       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}
