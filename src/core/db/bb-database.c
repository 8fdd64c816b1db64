/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "bb-database-private.h"
#include "bb-db-resources.h"
#include "bb-sql.h"

/* Long enough for a second window or a backup to finish a write. */
#define BUSY_TIMEOUT_MS 10000

#define MIGRATIONS_PATH "/io/github/brobygger/Brobygger/db/migrations"

G_DEFINE_FINAL_TYPE (BbDatabase, bb_database, G_TYPE_OBJECT)
G_DEFINE_QUARK (bb-database-error-quark, bb_database_error)

guint _bb_database_changed_signal;

enum {
  PROP_0,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static BbDatabaseMigrationHook migration_hook;
static gpointer migration_hook_data;

/* ---- opening --------------------------------------------------------- */

static void
ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      bb_db_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

int
bb_database_get_schema_version (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;

  ensure_resources ();
  names = g_resources_enumerate_children (MIGRATIONS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return g_strv_length (names);
}

char *
bb_database_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "brobygger", "brobygger.db", NULL);
}

static gboolean
prepare_file (const char  *path,
              gboolean     create_folder,
              GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd;

  if (create_folder && g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NO_FOLDER,
                   _("The folder “%s” for the database cannot be created: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NO_FOLDER,
                   _("The folder “%s” for the database does not exist."), folder);
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  /* Created here rather than by SQLite so that the file, and the -wal and -shm
   * files SQLite gives the same mode, are readable by the user alone. */
  fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        return TRUE;

      g_set_error (error, BB_DATABASE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS
                   ? BB_DATABASE_ERROR_READ_ONLY : BB_DATABASE_ERROR_FAILED,
                   _("The database “%s” cannot be created: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static gboolean
query_value (BbDatabase  *self,
             const char  *sql,
             gint64      *value,
             GError     **error)
{
  g_autoptr(BbStatement) stmt = bb_database_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      bb_database_set_error (self, error);
      return FALSE;
    }

  *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* What the file says it is, read before anything is written to it. */
typedef struct
{
  gint64 version;
  gint64 application_id;
  /* Tables, indexes, views and triggers. */
  gint64 n_objects;
  /* Two tables every Brobygger schema has had since the first. */
  gint64 n_own_tables;
} Identity;

static gboolean
read_identity (BbDatabase  *self,
               Identity    *identity,
               GError     **error)
{
  /* The first read of the file: garbage fails here, before anything is written. */
  return query_value (self, "PRAGMA user_version", &identity->version, error) &&
         query_value (self, "PRAGMA application_id", &identity->application_id, error) &&
         query_value (self, "SELECT count(*) FROM sqlite_schema", &identity->n_objects, error) &&
         query_value (self,
                      "SELECT count(*) FROM sqlite_schema"
                      " WHERE type = 'table' AND name IN ('offers', 'providers')",
                      &identity->n_own_tables, error);
}

static gboolean
check_identity (const char      *path,
                const Identity  *identity,
                GError         **error)
{
  gboolean foreign;

  if (identity->version < 0)
    {
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_CORRUPT,
                   _("The database file is damaged or is not a Brobygger database (its schema version is %d). The file has not been changed."),
                   (int) identity->version);
      return FALSE;
    }

  /* Files made before Brobygger set its application id have none, but a version
   * and our tables; an empty file is a new database. */
  if (identity->application_id == BB_DATABASE_APPLICATION_ID)
    foreign = FALSE;
  else if (identity->application_id != 0)
    foreign = TRUE;
  else if (identity->version == 0)
    foreign = identity->n_objects > 0;
  else
    foreign = identity->n_own_tables < 2;

  if (foreign)
    {
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FOREIGN,
                   _("“%s” is a database of another program, not of Brobygger. It has not been changed; choose a Brobygger database or a new file."),
                   path);
      return FALSE;
    }

  if (identity->version > bb_database_get_schema_version ())
    {
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_TOO_NEW,
                   _("The database was made by a newer version of Brobygger. Update Brobygger to open it; the file has not been changed."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (BbDatabase  *self,
         int          from_version,
         gint64       application_id,
         GError     **error)
{
  g_auto(GStrv) names = NULL;
  g_autofree char *set_application_id = NULL;
  int latest;

  names = g_resources_enumerate_children (MIGRATIONS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return FALSE;

  latest = g_strv_length (names);
  if (from_version == latest && application_id == BB_DATABASE_APPLICATION_ID)
    return TRUE;

  /* Files are named NNNN-what.sql; their order is the schema's history. */
  qsort (names, latest, sizeof (char *), compare_names);

  if (!bb_database_begin (self, error))
    return FALSE;

  for (int version = from_version + 1; version <= latest; version++)
    {
      g_autofree char *resource = g_build_path ("/", MIGRATIONS_PATH, names[version - 1], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      g_autofree char *sql = NULL;
      g_autofree char *set_version = NULL;

      if (bytes == NULL)
        goto failed;

      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      /* A version number of our own, not input: PRAGMA takes no bound values. */
      set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

      if (!bb_database_exec (self, sql, error) || !bb_database_exec (self, set_version, error))
        goto failed;
    }

  /* In the same transaction: a file never has our id without our schema. */
  set_application_id = g_strdup_printf ("PRAGMA application_id = %d", BB_DATABASE_APPLICATION_ID);
  if (!bb_database_exec (self, set_application_id, error))
    goto failed;

  return bb_database_commit (self, error);

failed:
  bb_database_rollback (self);
  return FALSE;
}

static gboolean
use_write_ahead_log (BbDatabase  *self,
                     GError     **error)
{
  g_autoptr(BbStatement) stmt = bb_database_prepare (self, "PRAGMA journal_mode = WAL", error);
  const char *journal_mode;

  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      bb_database_set_error (self, error);
      return FALSE;
    }

  journal_mode = bb_sql_column_text (stmt, 0);
  if (g_strcmp0 (journal_mode, "wal") != 0)
    {
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FAILED,
                   _("The database cannot use write-ahead logging (journal mode is “%s”)."),
                   journal_mode);
      return FALSE;
    }

  return TRUE;
}

/* Settings of the connection alone: none of them writes to the file. */
static gboolean
configure_connection (BbDatabase  *self,
                      GError     **error)
{
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  return bb_database_exec (self,
                           "PRAGMA trusted_schema = OFF;"
                           "PRAGMA foreign_keys = ON;"
                           "PRAGMA secure_delete = ON;"
                           "PRAGMA synchronous = FULL;",
                           error);
}

/* For a command that must not change the file: the schema is brought up to date in
 * a copy, and the file is let go. */
static gboolean
copy_to_memory (BbDatabase  *self,
                GError     **error)
{
  sqlite3 *memory = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (memory, "main", self->db, "main");
      if (backup == NULL)
        rc = sqlite3_extended_errcode (memory);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error_from_code (error, rc, sqlite3_errstr (rc));
      sqlite3_close (memory);
      return FALSE;
    }

  sqlite3_close (self->db);
  self->db = memory;
  return configure_connection (self, error);
}

static gboolean
open_connection (BbDatabase  *self,
                 const char  *path,
                 gboolean     create_folder,
                 gboolean     read_only,
                 GError     **error)
{
  gboolean is_uri = g_str_has_prefix (path, "file:");
  int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
  Identity identity;
  int rc;

  if (!is_uri && read_only && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                   _("There is no database “%s”."), path);
      return FALSE;
    }

  if (!is_uri && !read_only && !prepare_file (path, create_folder, error))
    return FALSE;

  /* Even to read, a file we may write is opened for writing, so that SQLite removes
   * the -wal and -shm files it makes as it closes; query_only keeps every statement
   * from changing anything. (Closing may still write back into the file what a log
   * left by a crash holds: the same data, in its place.) */
  if (read_only && (is_uri || g_access (path, W_OK) != 0))
    flags |= SQLITE_OPEN_READONLY;
  else
    flags |= SQLITE_OPEN_READWRITE;

  rc = sqlite3_open_v2 (path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      bb_database_set_error_from_code (error, rc, self->db ? sqlite3_errmsg (self->db) : "");
      return FALSE;
    }

  if ((read_only && !bb_database_exec (self, "PRAGMA query_only = ON", error)) ||
      !configure_connection (self, error))
    return FALSE;

  if (!read_identity (self, &identity, error) || !check_identity (path, &identity, error))
    return FALSE;

  /* No check of the whole file here: it grows with the database, and start-up must
   * not. Garbage and a foreign header fail the reads above; the safety layer checks
   * the whole file in the background (bb-check.c). */
  if (read_only)
    {
      if (identity.version < bb_database_get_schema_version () &&
          (!copy_to_memory (self, error) ||
           !migrate (self, identity.version, identity.application_id, error) ||
           !bb_database_exec (self, "PRAGMA query_only = ON", error)))
        return FALSE;

      self->read_only = TRUE;
      return TRUE;
    }

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY,
                   _("The database “%s” is read-only. Brobygger needs to write to it; check the file’s permissions."),
                   path);
      return FALSE;
    }

  if (!use_write_ahead_log (self, error))
    return FALSE;

  /* Before the transaction that changes the schema: the file as it was, backed up. */
  if (identity.version > 0 && identity.version < bb_database_get_schema_version () &&
      migration_hook != NULL && !migration_hook (self, (int) identity.version,
                                                 migration_hook_data, error))
    return FALSE;

  if (!migrate (self, identity.version, identity.application_id, error))
    return FALSE;

  self->is_new = identity.version == 0;
  return TRUE;
}

static BbDatabase *
open_database (const char  *path,
               gboolean     create_folder,
               gboolean     read_only,
               GError     **error)
{
  g_autoptr(BbDatabase) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (BB_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  if (!open_connection (self, path, create_folder, read_only, error))
    return NULL;

  return g_steal_pointer (&self);
}

BbDatabase *
bb_database_open (const char  *path,
                  gboolean     create_folder,
                  GError     **error)
{
  return open_database (path, create_folder, FALSE, error);
}

BbDatabase *
bb_database_open_read_only (const char  *path,
                            GError     **error)
{
  return open_database (path, FALSE, TRUE, error);
}

/* Why a file that would not open for writing cannot be written, in the user's words. */
static char *
dup_read_only_reason (const char *path)
{
  g_autofree char *folder = NULL;

  if (g_str_has_prefix (path, "file:"))
    return g_strdup (_("It was opened for reading only."));

  if (g_access (path, W_OK) != 0)
    return g_strdup_printf (_("You may not change the file “%s”."), path);

  folder = g_path_get_dirname (path);
  if (g_access (folder, W_OK) != 0)
    return g_strdup_printf (_("You may not change the folder “%s”, where the file is."), folder);

  return g_strdup (_("The file or its disk cannot be written."));
}

BbDatabase *
bb_database_open_or_read_only (const char  *path,
                               gboolean     create_folder,
                               GError     **error)
{
  g_autoptr(GError) write_error = NULL;
  BbDatabase *self;

  self = open_database (path, create_folder, FALSE, &write_error);
  if (self != NULL)
    return self;

  if (!g_error_matches (write_error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY))
    {
      g_propagate_error (error, g_steal_pointer (&write_error));
      return NULL;
    }

  /* A file we may read but not write is still worth showing: every edit is then
   * disabled by the window, rather than each failing as it is tried. */
  self = open_database (path, FALSE, TRUE, NULL);
  /* In a folder we may not write, SQLite cannot make the -shm file a WAL database is
   * read through; with no -wal beside it, no one is writing it, and it is read as a
   * file that does not change. */
  if (self == NULL && !g_str_has_prefix (path, "file:"))
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
      g_autofree char *immutable = uri != NULL ? g_strconcat (uri, "?immutable=1", NULL) : NULL;

      if (immutable != NULL && !g_file_test (wal, G_FILE_TEST_EXISTS))
        self = open_database (immutable, FALSE, TRUE, NULL);
    }
  if (self == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&write_error));
      return NULL;
    }

  self->read_only_reason = dup_read_only_reason (path);
  return self;
}

void
bb_database_set_migration_hook (BbDatabaseMigrationHook hook,
                                gpointer                user_data)
{
  migration_hook = hook;
  migration_hook_data = user_data;
}

/* ---- GObject --------------------------------------------------------- */

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
bb_database_finalize (GObject *object)
{
  BbDatabase *self = (BbDatabase *) object;

  g_clear_pointer (&self->hooks, g_array_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_pointer (&self->user_name, g_free);
  g_clear_pointer (&self->changed_domains, g_ptr_array_unref);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (bb_database_parent_class)->finalize (object);
}

static void
bb_database_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BbDatabase *self = BB_DATABASE (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_database_class_init (BbDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_database_finalize;
  object_class->get_property = bb_database_get_property;

  /* Set at open and never changed: what the window's editing actions follow. */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  ensure_resources ();

  /**
   * BbDatabase::changed:
   * @domain: what changed ("offers", "lists", …), also the signal's detail
   *
   * Emitted after a write has committed, once per domain it changed, so a view
   * reloads only what it shows.
   */
  _bb_database_changed_signal = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1,
                                   G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
bb_database_init (BbDatabase *self)
{
  self->user_name = g_strdup (g_get_real_name ());
  self->clock = bb_clock_new ();
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  self->changed_domains = g_ptr_array_new ();
  self->hooks = g_array_new (FALSE, FALSE, sizeof (PreCommitHook));
  g_array_set_clear_func (self->hooks, _bb_database_clear_hook);
}

/* ---- properties ------------------------------------------------------ */

const char *
bb_database_get_path (BbDatabase *self)
{
  g_return_val_if_fail (BB_IS_DATABASE (self), NULL);

  return self->path;
}

gboolean
bb_database_is_read_only (BbDatabase *self)
{
  g_return_val_if_fail (BB_IS_DATABASE (self), FALSE);

  return self->read_only;
}

const char *
bb_database_get_read_only_reason (BbDatabase *self)
{
  g_return_val_if_fail (BB_IS_DATABASE (self), NULL);

  return self->read_only_reason;
}

void
bb_database_set_busy_timeout (BbDatabase *self,
                              int         milliseconds)
{
  g_return_if_fail (BB_IS_DATABASE (self));

  sqlite3_busy_timeout (self->db, milliseconds);
}

gboolean
bb_database_is_new (BbDatabase *self)
{
  g_return_val_if_fail (BB_IS_DATABASE (self), FALSE);

  return self->is_new;
}

sqlite3 *
bb_database_get_handle (BbDatabase *self)
{
  g_return_val_if_fail (BB_IS_DATABASE (self), NULL);

  return self->db;
}

const char *
bb_database_get_user_name (BbDatabase *self)
{
  g_return_val_if_fail (BB_IS_DATABASE (self), NULL);

  return self->user_name;
}

void
bb_database_set_user_name (BbDatabase *self,
                           const char *user_name)
{
  g_return_if_fail (BB_IS_DATABASE (self));

  g_free (self->user_name);
  /* An empty preference means the account's own name. */
  self->user_name = g_strdup (user_name != NULL && *user_name != '\0'
                              ? user_name : g_get_real_name ());
}

BbClock *
bb_database_get_clock (BbDatabase *self)
{
  g_return_val_if_fail (BB_IS_DATABASE (self), NULL);

  return self->clock;
}

void
bb_database_set_clock (BbDatabase *self,
                       BbClock    *clock)
{
  g_return_if_fail (BB_IS_DATABASE (self));
  g_return_if_fail (BB_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}
