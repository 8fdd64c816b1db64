/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "bb-core-resources.h"
#include "bb-offer-change.h"
#include "bb-store-private.h"

/* Long enough for a second window or a backup to finish a write. */
#define BUSY_TIMEOUT_MS 10000

#define MIGRATIONS_PATH "/io/github/brobygger/Brobygger/core/migrations"

struct _BbStore
{
  GObject  parent_instance;

  sqlite3    *db;
  char       *path;
  char       *user_name;
  /* Prepared statements of the paths every row and keystroke takes, by SQL text. */
  GHashTable *statements;
};

G_DEFINE_FINAL_TYPE (BbStore, bb_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (bb-store-error-quark, bb_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef sqlite3_stmt Statement;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Statement, sqlite3_finalize)

/* A statement from the cache: handed back reset rather than finalized. */
typedef sqlite3_stmt CachedStatement;

static void
release_statement (CachedStatement *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CachedStatement, release_statement)

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/* ---- errors ---------------------------------------------------------- */

static void
set_error_from_code (GError    **error,
                     int         code,
                     const char *detail)
{
  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, BB_STORE_ERROR, BB_STORE_ERROR_BUSY,
                           _("The database is busy in another window or program. Try again in a moment."));
      break;

    case SQLITE_FULL:
      g_set_error_literal (error, BB_STORE_ERROR, BB_STORE_ERROR_FULL,
                           _("The disk is full. Nothing was saved; free some space and try again."));
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error_literal (error, BB_STORE_ERROR, BB_STORE_ERROR_READ_ONLY,
                           _("The database file cannot be written. Check that you may change the file and its folder."));
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error_literal (error, BB_STORE_ERROR, BB_STORE_ERROR_CORRUPT,
                           _("The database file is damaged or is not a Brobygger database."));
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_INVALID,
                   _("The change breaks a rule of the catalogue (%s)."), detail);
      break;

    default:
      g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_FAILED,
                   _("The database reported an error: %s"), detail);
      break;
    }
}

static void
set_error_from_db (BbStore  *self,
                   GError  **error)
{
  set_error_from_code (error, sqlite3_extended_errcode (self->db), sqlite3_errmsg (self->db));
}

/* ---- statements ------------------------------------------------------ */

static Statement *
prepare (BbStore     *self,
         const char  *sql,
         GError     **error)
{
  Statement *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      set_error_from_db (self, error);
      return NULL;
    }

  return stmt;
}

/* @sql must be a string constant: its address is the key. */
static CachedStatement *
prepare_cached (BbStore     *self,
                const char  *sql,
                GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    return stmt;

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      set_error_from_db (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

static void
bind_text (Statement  *stmt,
           int         index,
           const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* -1 is "unset" throughout the domain, NULL in the database. */
static void
bind_optional_int (Statement *stmt,
                   int        index,
                   int        value)
{
  if (value < 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, value);
}

static int
column_optional_int (Statement *stmt,
                     int        column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return -1;

  return sqlite3_column_int (stmt, column);
}

static const char *
column_text (Statement *stmt,
             int        column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Runs a statement that returns no rows. */
static gboolean
step_done (BbStore    *self,
           Statement  *stmt,
           GError    **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      set_error_from_db (self, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
exec (BbStore     *self,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      set_error_from_db (self, error);
      return FALSE;
    }

  return TRUE;
}

static gint64
query_int64 (BbStore     *self,
             const char  *sql,
             GError     **error)
{
  g_autoptr(Statement) stmt = prepare (self, sql, error);

  if (stmt == NULL)
    return -1;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_error_from_db (self, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* ---- transactions ---------------------------------------------------- */

/* IMMEDIATE takes the write lock up front, so a busy database fails here,
 * before any work, rather than halfway through. */
static gboolean
begin_write (BbStore  *self,
             GError  **error)
{
  return exec (self, "BEGIN IMMEDIATE", error);
}

static void
rollback_write (BbStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Brings offer_fts up to date with the offers the triggers noted as changed
 * (see migrations/0002-catalogue-search.sql). */
static gboolean
sync_search_index (BbStore  *self,
                   GError  **error)
{
  return exec (self,
               "DELETE FROM offer_fts"
               " WHERE rowid IN (SELECT offer_id FROM offer_search_pending);"
               "INSERT INTO offer_fts (rowid, title, body, provider, target_groups, steps, keywords, contacts)"
               " SELECT id, title, body, provider, target_groups, steps, keywords, contacts"
               "   FROM offer_search_text"
               "  WHERE id IN (SELECT offer_id FROM offer_search_pending);"
               "DELETE FROM offer_search_pending;",
               error);
}

static gboolean
commit_write (BbStore  *self,
              GError  **error)
{
  if (!sync_search_index (self, error) || !exec (self, "COMMIT", error))
    {
      rollback_write (self);
      return FALSE;
    }

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* ---- sort keys ------------------------------------------------------- */

char *
bb_store_sort_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  g_autofree char *composed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
  GString *key = g_string_sized_new (strlen (composed));

  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

      /* The Danish alphabet ends … x y z æ ø å; these three bytes follow z. */
      if (c == 0x00E6)
        g_string_append_c (key, '{');
      else if (c == 0x00F8)
        g_string_append_c (key, '|');
      else if (c == 0x00E5)
        g_string_append_c (key, '}');
      else if (g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0)
        g_string_append_unichar (key, decomposed[0]);
    }

  return g_string_free (key, FALSE);
}

/* ---- opening --------------------------------------------------------- */

static void
ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      bb_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

int
bb_store_get_schema_version (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;

  ensure_resources ();
  names = g_resources_enumerate_children (MIGRATIONS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return g_strv_length (names);
}

char *
bb_store_dup_default_path (void)
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

      g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_NO_FOLDER,
                   _("The folder “%s” for the database cannot be created: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_NO_FOLDER,
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

      g_set_error (error, BB_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS
                   ? BB_STORE_ERROR_READ_ONLY : BB_STORE_ERROR_FAILED,
                   _("The database “%s” cannot be created: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

static gboolean
seed_defaults (BbStore  *self,
               GError  **error)
{
  const struct { int level; const char *name; } steps[] = {
    { 0, N_("Universal and preventive") },
    { 1, N_("Early and light") },
    { 2, N_("Specialised municipal") },
    { 3, N_("Regional and psychiatric treatment") },
  };
  const char *target_groups[] = {
    N_("Young people 15–25 with mental vulnerability"),
    N_("Anxiety and depression"),
    N_("ADHD"),
    N_("Eating disorders"),
    N_("Parents and relatives"),
    N_("Homeless citizens"),
  };
  g_autoptr(Statement) insert_step = NULL;
  g_autoptr(Statement) insert_group = NULL;

  insert_step = prepare (self, "INSERT INTO steps (uuid, level, name) VALUES (?1, ?2, ?3)", error);
  insert_group = prepare (self, "INSERT INTO target_groups (uuid, name, position) VALUES (?1, ?2, ?3)", error);
  if (insert_step == NULL || insert_group == NULL)
    return FALSE;

  /* Seeded in the language the database is created in: they are the user's to rename. */
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      sqlite3_reset (insert_step);
      bind_text (insert_step, 1, uuid);
      sqlite3_bind_int (insert_step, 2, steps[i].level);
      bind_text (insert_step, 3, _(steps[i].name));
      if (!step_done (self, insert_step, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (target_groups); i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      sqlite3_reset (insert_group);
      bind_text (insert_group, 1, uuid);
      bind_text (insert_group, 2, _(target_groups[i]));
      sqlite3_bind_int (insert_group, 3, i);
      if (!step_done (self, insert_group, error))
        return FALSE;
    }

  return TRUE;
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static gboolean
migrate (BbStore  *self,
         int       from_version,
         GError  **error)
{
  g_auto(GStrv) names = NULL;
  int latest;

  names = g_resources_enumerate_children (MIGRATIONS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return FALSE;

  latest = g_strv_length (names);
  if (from_version == latest)
    return TRUE;

  /* Files are named NNNN-what.sql; their order is the schema's history. */
  qsort (names, latest, sizeof (char *), compare_names);

  if (!begin_write (self, error))
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

      if (!exec (self, sql, error) || !exec (self, set_version, error))
        goto failed;
    }

  if (from_version == 0 && !seed_defaults (self, error))
    goto failed;

  if (!commit_write (self, error))
    return FALSE;

  return TRUE;

failed:
  rollback_write (self);
  return FALSE;
}

static gboolean
check_integrity (BbStore  *self,
                 GError  **error)
{
  g_autoptr(Statement) stmt = prepare (self, "PRAGMA quick_check", error);
  const char *result;

  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_error_from_db (self, error);
      return FALSE;
    }

  result = column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_CORRUPT,
                   _("The database file is damaged (%s)."), result);
      return FALSE;
    }

  return TRUE;
}

static gboolean
open_connection (BbStore     *self,
                 const char  *path,
                 gboolean     create_folder,
                 GError     **error)
{
  gboolean is_uri = g_str_has_prefix (path, "file:");
  g_autofree char *journal_mode = NULL;
  int version;
  int rc;

  if (!is_uri && !prepare_file (path, create_folder, error))
    return FALSE;

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_code (error, rc, self->db ? sqlite3_errmsg (self->db) : "");
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  /* Connection settings first: none of them writes to the file. */
  if (!exec (self,
             "PRAGMA trusted_schema = OFF;"
             "PRAGMA foreign_keys = ON;"
             "PRAGMA secure_delete = ON;"
             "PRAGMA synchronous = FULL;",
             error))
    return FALSE;

  /* The first read of the file: garbage fails here, before anything is written. */
  version = (int) query_int64 (self, "PRAGMA user_version", error);
  if (version < 0)
    return FALSE;

  if (version > bb_store_get_schema_version ())
    {
      g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_TOO_NEW,
                   _("The database was made by a newer version of Brobygger. Update Brobygger to open it; the file has not been changed."));
      return FALSE;
    }

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_READ_ONLY,
                   _("The database “%s” is read-only. Brobygger needs to write to it; check the file’s permissions."),
                   path);
      return FALSE;
    }

  if (!check_integrity (self, error))
    return FALSE;

  {
    g_autoptr(Statement) stmt = prepare (self, "PRAGMA journal_mode = WAL", error);

    if (stmt == NULL)
      return FALSE;
    if (sqlite3_step (stmt) != SQLITE_ROW)
      {
        set_error_from_db (self, error);
        return FALSE;
      }
    journal_mode = g_strdup (column_text (stmt, 0));
  }

  if (g_strcmp0 (journal_mode, "wal") != 0)
    {
      g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_FAILED,
                   _("The database cannot use write-ahead logging (journal mode is “%s”)."),
                   journal_mode);
      return FALSE;
    }

  if (!migrate (self, version, error))
    return FALSE;

  /* Catches up with writes made by other programs since the last run. */
  if (query_int64 (self, "SELECT count(*) FROM offer_search_pending", NULL) > 0)
    {
      if (!begin_write (self, error) || !commit_write (self, error))
        return FALSE;
    }

  return TRUE;
}

BbStore *
bb_store_open (const char  *path,
               gboolean     create_folder,
               GError     **error)
{
  g_autoptr(BbStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (BB_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_connection (self, path, create_folder, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_store_finalize (GObject *object)
{
  BbStore *self = (BbStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->user_name, g_free);

  G_OBJECT_CLASS (bb_store_parent_class)->finalize (object);
}

static void
bb_store_class_init (BbStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_store_finalize;

  ensure_resources ();

  /**
   * BbStore::changed:
   *
   * Emitted after a write has committed, so views can reload what they show.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
bb_store_init (BbStore *self)
{
  self->user_name = g_strdup (g_get_real_name ());
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
}

const char *
bb_store_get_path (BbStore *self)
{
  g_return_val_if_fail (BB_IS_STORE (self), NULL);

  return self->path;
}

const char *
bb_store_get_user_name (BbStore *self)
{
  g_return_val_if_fail (BB_IS_STORE (self), NULL);

  return self->user_name;
}

void
bb_store_set_user_name (BbStore    *self,
                        const char *user_name)
{
  g_return_if_fail (BB_IS_STORE (self));

  g_free (self->user_name);
  /* An empty preference means the account's own name. */
  self->user_name = g_strdup (user_name != NULL && *user_name != '\0'
                              ? user_name : g_get_real_name ());
}

sqlite3 *
bb_store_get_db (BbStore *self)
{
  return self->db;
}

/* ---- loading offers -------------------------------------------------- */

#define OFFER_COLUMNS \
  "o.id, o.uuid, o.title, o.summary, o.description, o.legal_basis, o.age_min, o.age_max," \
  " o.access, o.capacity, o.waiting_weeks, o.location, o.opening_hours, o.status," \
  " o.reviewed, o.keywords, o.created, o.modified," \
  " p.id, p.uuid, p.name, p.sector, p.department, p.website, p.email, p.phone"

static BbProvider *
provider_from_row (Statement *stmt,
                   int        first)
{
  BbProvider *provider = bb_provider_new (column_text (stmt, first + 2));
  BbSector sector = BB_SECTOR_MUNICIPALITY;

  bb_sector_from_key (column_text (stmt, first + 3), &sector);
  bb_provider_set_id (provider, sqlite3_column_int64 (stmt, first));
  bb_provider_set_uuid (provider, column_text (stmt, first + 1));
  bb_provider_set_sector (provider, sector);
  bb_provider_set_department (provider, column_text (stmt, first + 4));
  bb_provider_set_website (provider, column_text (stmt, first + 5));
  bb_provider_set_email (provider, column_text (stmt, first + 6));
  bb_provider_set_phone (provider, column_text (stmt, first + 7));
  return provider;
}

static BbOffer *
offer_from_row (Statement *stmt)
{
  BbOffer *offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = provider_from_row (stmt, 18);
  BbAccess access = BB_ACCESS_OPEN;
  BbOfferStatus status = BB_OFFER_STATUS_ACTIVE;

  bb_access_from_key (column_text (stmt, 8), &access);
  bb_offer_status_from_key (column_text (stmt, 13), &status);

  bb_offer_set_id (offer, sqlite3_column_int64 (stmt, 0));
  bb_offer_set_uuid (offer, column_text (stmt, 1));
  bb_offer_set_title (offer, column_text (stmt, 2));
  bb_offer_set_summary (offer, column_text (stmt, 3));
  bb_offer_set_description (offer, column_text (stmt, 4));
  bb_offer_set_legal_basis (offer, column_text (stmt, 5));
  bb_offer_set_age_min (offer, column_optional_int (stmt, 6));
  bb_offer_set_age_max (offer, column_optional_int (stmt, 7));
  bb_offer_set_access (offer, access);
  bb_offer_set_capacity (offer, column_optional_int (stmt, 9));
  bb_offer_set_waiting_weeks (offer, column_optional_int (stmt, 10));
  bb_offer_set_location (offer, column_text (stmt, 11));
  bb_offer_set_opening_hours (offer, column_text (stmt, 12));
  bb_offer_set_status (offer, status);
  bb_offer_set_reviewed (offer, column_text (stmt, 14));
  bb_offer_set_keywords (offer, column_text (stmt, 15));
  bb_offer_set_created (offer, column_text (stmt, 16));
  bb_offer_set_modified (offer, column_text (stmt, 17));
  bb_offer_set_provider (offer, provider);
  return offer;
}

static gpointer
provider_row (Statement *stmt)
{
  return provider_from_row (stmt, 0);
}

/* Columns: id, uuid, name, position. */
static gpointer
target_group_from_row (Statement *stmt)
{
  BbTargetGroup *group = bb_target_group_new (column_text (stmt, 2));

  bb_target_group_set_id (group, sqlite3_column_int64 (stmt, 0));
  bb_target_group_set_uuid (group, column_text (stmt, 1));
  bb_target_group_set_position (group, sqlite3_column_int (stmt, 3));
  return group;
}

/* Columns: id, uuid, level, name, description. */
static gpointer
step_from_row (Statement *stmt)
{
  BbStep *step = bb_step_new (sqlite3_column_int (stmt, 2), column_text (stmt, 3));

  bb_step_set_id (step, sqlite3_column_int64 (stmt, 0));
  bb_step_set_uuid (step, column_text (stmt, 1));
  bb_step_set_description (step, column_text (stmt, 4));
  return step;
}

/* Columns: id, uuid, name, role, phone, email, ambassador. */
static gpointer
contact_from_row (Statement *stmt)
{
  BbContact *contact = bb_contact_new (column_text (stmt, 2));

  bb_contact_set_id (contact, sqlite3_column_int64 (stmt, 0));
  bb_contact_set_uuid (contact, column_text (stmt, 1));
  bb_contact_set_role (contact, column_text (stmt, 3));
  bb_contact_set_phone (contact, column_text (stmt, 4));
  bb_contact_set_email (contact, column_text (stmt, 5));
  bb_contact_set_ambassador (contact, sqlite3_column_int (stmt, 6) != 0);
  return contact;
}

/* Columns: field, old_value, new_value, changed_at, changed_by. */
static gpointer
change_from_row (Statement *stmt)
{
  BbOfferChange *change = bb_offer_change_new (column_text (stmt, 0),
                                               column_text (stmt, 1),
                                               column_text (stmt, 2));

  bb_offer_change_set_changed_at (change, column_text (stmt, 3));
  bb_offer_change_set_changed_by (change, column_text (stmt, 4));
  return change;
}

typedef gpointer (*RowFunc) (Statement *stmt);

/* Steps @stmt to its end, appending what @row_func makes of each row to @list. */
static gboolean
append_rows (BbStore     *self,
             Statement   *stmt,
             GListStore  *list,
             RowFunc      row_func,
             GError     **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) item = row_func (stmt);

      g_list_store_append (list, item);
    }

  if (rc != SQLITE_DONE)
    {
      set_error_from_db (self, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_offer_lists (BbStore  *self,
                  BbOffer  *offer,
                  GError  **error)
{
  gint64 id = bb_offer_get_id (offer);
  g_autoptr(CachedStatement) groups = NULL;
  g_autoptr(CachedStatement) steps = NULL;
  g_autoptr(CachedStatement) contacts = NULL;

  groups = prepare_cached (self,
                           "SELECT t.id, t.uuid, t.name, t.position"
                           "  FROM offer_target_groups ot JOIN target_groups t ON t.id = ot.target_group_id"
                           " WHERE ot.offer_id = ?1 ORDER BY t.position, t.name",
                           error);
  if (groups == NULL)
    return FALSE;
  sqlite3_bind_int64 (groups, 1, id);
  if (!append_rows (self, groups, bb_offer_get_target_groups (offer), target_group_from_row, error))
    return FALSE;

  steps = prepare_cached (self,
                          "SELECT s.id, s.uuid, s.level, s.name, s.description"
                          "  FROM offer_steps os JOIN steps s ON s.id = os.step_id"
                          " WHERE os.offer_id = ?1 ORDER BY s.level, s.name",
                          error);
  if (steps == NULL)
    return FALSE;
  sqlite3_bind_int64 (steps, 1, id);
  if (!append_rows (self, steps, bb_offer_get_steps (offer), step_from_row, error))
    return FALSE;

  contacts = prepare_cached (self,
                             "SELECT id, uuid, name, role, phone, email, ambassador"
                             "  FROM contacts WHERE offer_id = ?1 ORDER BY position, id",
                             error);
  if (contacts == NULL)
    return FALSE;
  sqlite3_bind_int64 (contacts, 1, id);

  return append_rows (self, contacts, bb_offer_get_contacts (offer), contact_from_row, error);
}

static BbOffer *
load_offer (BbStore     *self,
            const char  *sql,
            gint64       id,
            const char  *uuid,
            GError     **error)
{
  g_autoptr(CachedStatement) stmt = prepare_cached (self, sql, error);
  g_autoptr(BbOffer) offer = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  if (uuid != NULL)
    bind_text (stmt, 1, uuid);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      set_error_from_db (self, error);
      return NULL;
    }

  offer = offer_from_row (stmt);
  if (!load_offer_lists (self, offer, error))
    return NULL;

  return g_steal_pointer (&offer);
}

BbOffer *
bb_store_get_offer (BbStore  *self,
                    gint64    id,
                    GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  BbOffer *offer;

  g_return_val_if_fail (BB_IS_STORE (self), NULL);

  offer = load_offer (self,
                      "SELECT " OFFER_COLUMNS
                      "  FROM offers o JOIN providers p ON p.id = o.provider_id WHERE o.id = ?1",
                      id, NULL, &local_error);
  if (offer == NULL && local_error == NULL)
    g_set_error_literal (&local_error, BB_STORE_ERROR, BB_STORE_ERROR_NOT_FOUND,
                         _("The offer no longer exists. It may have been deleted in another window."));
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return offer;
}

BbOffer *
bb_store_find_offer_by_uuid (BbStore     *self,
                             const char  *uuid,
                             GError     **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return load_offer (self,
                     "SELECT " OFFER_COLUMNS
                     "  FROM offers o JOIN providers p ON p.id = o.provider_id WHERE o.uuid = ?1",
                     0, uuid, error);
}

/* ---- saving offers --------------------------------------------------- */

/* Looks a row up by name in one of the small lists; 0 when there is none. */
static gint64
find_id_by_name (BbStore     *self,
                 const char  *sql,
                 const char  *name,
                 GError     **error)
{
  g_autoptr(Statement) stmt = prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;

  bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;

  set_error_from_db (self, error);
  return -1;
}

static gboolean write_provider     (BbStore *self, BbProvider *provider, GError **error);
static gboolean write_target_group (BbStore *self, BbTargetGroup *group, GError **error);
static gboolean write_step         (BbStore *self, BbStep *step, GError **error);

/* Gives the provider, target groups and steps of an offer their ids, matching by name
 * what a form or a file named without one, and creating what does not exist yet. */
static gboolean
resolve_references (BbStore  *self,
                    BbOffer  *offer,
                    GError  **error)
{
  BbProvider *provider = bb_offer_get_provider (offer);
  GListModel *groups = G_LIST_MODEL (bb_offer_get_target_groups (offer));
  GListModel *steps = G_LIST_MODEL (bb_offer_get_steps (offer));
  gint64 id;

  if (bb_provider_get_id (provider) == 0)
    {
      id = find_id_by_name (self, "SELECT id FROM providers WHERE name = ?1",
                            bb_provider_get_name (provider), error);
      if (id < 0)
        return FALSE;
      if (id > 0)
        bb_provider_set_id (provider, id);
      else if (!write_provider (self, provider, error))
        return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, i);

      if (bb_target_group_get_id (group) != 0)
        continue;

      id = find_id_by_name (self, "SELECT id FROM target_groups WHERE name = ?1",
                            bb_target_group_get_name (group), error);
      if (id < 0)
        return FALSE;
      if (id > 0)
        bb_target_group_set_id (group, id);
      else if (!write_target_group (self, group, error))
        return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);

      if (bb_step_get_id (step) != 0)
        continue;

      id = find_id_by_name (self, "SELECT id FROM steps WHERE name = ?1",
                            bb_step_get_name (step), error);
      if (id < 0)
        return FALSE;
      if (id > 0)
        bb_step_set_id (step, id);
      else if (!write_step (self, step, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_history (BbStore     *self,
             gint64       offer_id,
             const char  *changed_at,
             const char  *field,
             const char  *old_value,
             const char  *new_value,
             GError     **error)
{
  g_autoptr(Statement) stmt = NULL;

  stmt = prepare (self,
                  "INSERT INTO offer_history (offer_id, changed_at, changed_by, field, old_value, new_value)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, offer_id);
  bind_text (stmt, 2, changed_at);
  bind_text (stmt, 3, self->user_name);
  bind_text (stmt, 4, field);
  bind_text (stmt, 5, old_value);
  bind_text (stmt, 6, new_value);
  return step_done (self, stmt, error);
}

static gboolean
write_offer_links (BbStore  *self,
                   BbOffer  *offer,
                   GError  **error)
{
  gint64 id = bb_offer_get_id (offer);
  GListModel *groups = G_LIST_MODEL (bb_offer_get_target_groups (offer));
  GListModel *steps = G_LIST_MODEL (bb_offer_get_steps (offer));
  GListModel *contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  g_autoptr(Statement) clear = NULL;
  g_autoptr(Statement) link_group = NULL;
  g_autoptr(Statement) link_step = NULL;
  g_autoptr(Statement) uuid_taken = NULL;
  g_autoptr(Statement) insert_contact = NULL;

  clear = prepare (self,
                   "DELETE FROM offer_target_groups WHERE offer_id = ?1;",
                   error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, id);
  if (!step_done (self, clear, error))
    return FALSE;
  g_clear_pointer (&clear, sqlite3_finalize);

  clear = prepare (self, "DELETE FROM offer_steps WHERE offer_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, id);
  if (!step_done (self, clear, error))
    return FALSE;
  g_clear_pointer (&clear, sqlite3_finalize);

  clear = prepare (self, "DELETE FROM contacts WHERE offer_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, id);
  if (!step_done (self, clear, error))
    return FALSE;

  link_group = prepare (self,
                        "INSERT OR IGNORE INTO offer_target_groups (offer_id, target_group_id) VALUES (?1, ?2)",
                        error);
  link_step = prepare (self,
                       "INSERT OR IGNORE INTO offer_steps (offer_id, step_id) VALUES (?1, ?2)",
                       error);
  uuid_taken = prepare (self, "SELECT 1 FROM contacts WHERE uuid = ?1", error);
  insert_contact = prepare (self,
                            "INSERT INTO contacts (uuid, offer_id, position, name, role, phone, email, ambassador)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                            error);
  if (link_group == NULL || link_step == NULL || uuid_taken == NULL || insert_contact == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, i);

      sqlite3_reset (link_group);
      sqlite3_bind_int64 (link_group, 1, id);
      sqlite3_bind_int64 (link_group, 2, bb_target_group_get_id (group));
      if (!step_done (self, link_group, error))
        return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);

      sqlite3_reset (link_step);
      sqlite3_bind_int64 (link_step, 1, id);
      sqlite3_bind_int64 (link_step, 2, bb_step_get_id (step));
      if (!step_done (self, link_step, error))
        return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

      /* A file may reuse a contact id that another offer already holds. */
      sqlite3_reset (uuid_taken);
      bind_text (uuid_taken, 1, bb_contact_get_uuid (contact));
      if (sqlite3_step (uuid_taken) == SQLITE_ROW)
        {
          g_autofree char *uuid = g_uuid_string_random ();

          bb_contact_set_uuid (contact, uuid);
        }

      sqlite3_reset (insert_contact);
      bind_text (insert_contact, 1, bb_contact_get_uuid (contact));
      sqlite3_bind_int64 (insert_contact, 2, id);
      sqlite3_bind_int (insert_contact, 3, i);
      bind_text (insert_contact, 4, bb_contact_get_name (contact));
      bind_text (insert_contact, 5, bb_contact_get_role (contact));
      bind_text (insert_contact, 6, bb_contact_get_phone (contact));
      bind_text (insert_contact, 7, bb_contact_get_email (contact));
      sqlite3_bind_int (insert_contact, 8, bb_contact_get_ambassador (contact) ? 1 : 0);
      if (!step_done (self, insert_contact, error))
        return FALSE;
      bb_contact_set_id (contact, sqlite3_last_insert_rowid (self->db));
    }

  return TRUE;
}

/* The body of a save, inside a transaction the caller holds. */
static gboolean
write_offer (BbStore  *self,
             BbOffer  *offer,
             GError  **error)
{
  g_autofree char *now = now_utc ();
  g_autofree char *sort_key = bb_store_sort_key (bb_offer_get_title (offer));
  g_autoptr(BbOffer) before = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(Statement) stmt = NULL;
  gboolean is_new = bb_offer_get_id (offer) == 0;

  if (!bb_offer_validate (offer, error))
    return FALSE;

  if (!is_new)
    {
      before = bb_store_get_offer (self, bb_offer_get_id (offer), error);
      if (before == NULL)
        return FALSE;
    }

  if (!resolve_references (self, offer, error))
    return FALSE;

  if (is_new)
    stmt = prepare (self,
                    "INSERT INTO offers (title, sort_key, summary, description, provider_id,"
                    " legal_basis, age_min, age_max, access, capacity, waiting_weeks, location,"
                    " opening_hours, status, reviewed, keywords, modified, uuid, created)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                    " ?16, ?17, ?18, ?17)",
                    error);
  else
    stmt = prepare (self,
                    "UPDATE offers SET title = ?1, sort_key = ?2, summary = ?3, description = ?4,"
                    " provider_id = ?5, legal_basis = ?6, age_min = ?7, age_max = ?8, access = ?9,"
                    " capacity = ?10, waiting_weeks = ?11, location = ?12, opening_hours = ?13,"
                    " status = ?14, reviewed = ?15, keywords = ?16, modified = ?17, deleted = 0"
                    " WHERE id = ?18",
                    error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, bb_offer_get_title (offer));
  bind_text (stmt, 2, sort_key);
  bind_text (stmt, 3, bb_offer_get_summary (offer));
  bind_text (stmt, 4, bb_offer_get_description (offer));
  sqlite3_bind_int64 (stmt, 5, bb_provider_get_id (bb_offer_get_provider (offer)));
  bind_text (stmt, 6, bb_offer_get_legal_basis (offer));
  bind_optional_int (stmt, 7, bb_offer_get_age_min (offer));
  bind_optional_int (stmt, 8, bb_offer_get_age_max (offer));
  bind_text (stmt, 9, bb_access_to_key (bb_offer_get_access (offer)));
  bind_optional_int (stmt, 10, bb_offer_get_capacity (offer));
  bind_optional_int (stmt, 11, bb_offer_get_waiting_weeks (offer));
  bind_text (stmt, 12, bb_offer_get_location (offer));
  bind_text (stmt, 13, bb_offer_get_opening_hours (offer));
  bind_text (stmt, 14, bb_offer_status_to_key (bb_offer_get_status (offer)));
  bind_text (stmt, 15, bb_offer_get_reviewed (offer));
  bind_text (stmt, 16, bb_offer_get_keywords (offer));
  bind_text (stmt, 17, now);
  if (is_new)
    bind_text (stmt, 18, bb_offer_get_uuid (offer));
  else
    sqlite3_bind_int64 (stmt, 18, bb_offer_get_id (offer));

  if (!step_done (self, stmt, error))
    return FALSE;

  if (is_new)
    {
      bb_offer_set_id (offer, sqlite3_last_insert_rowid (self->db));
      bb_offer_set_created (offer, now);
    }
  bb_offer_set_modified (offer, now);

  if (!write_offer_links (self, offer, error))
    return FALSE;

  if (is_new)
    return add_history (self, bb_offer_get_id (offer), now, "created", NULL,
                        bb_offer_get_title (offer), error);

  changes = bb_offer_diff (before, offer);
  for (guint i = 0; i < changes->len; i++)
    {
      BbOfferChange *change = g_ptr_array_index (changes, i);

      if (!add_history (self, bb_offer_get_id (offer), now,
                        bb_offer_change_get_field (change),
                        bb_offer_change_get_old_value (change),
                        bb_offer_change_get_new_value (change),
                        error))
        return FALSE;
    }

  return TRUE;
}

gboolean
bb_store_save_offer (BbStore  *self,
                     BbOffer  *offer,
                     GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), FALSE);
  g_return_val_if_fail (BB_IS_OFFER (offer), FALSE);

  if (!bb_offer_validate (offer, error) || !begin_write (self, error))
    return FALSE;

  if (!write_offer (self, offer, error))
    {
      rollback_write (self);
      return FALSE;
    }

  return commit_write (self, error);
}

static gboolean
set_offer_deleted (BbStore     *self,
                   gint64       id,
                   gboolean     deleted,
                   GError     **error)
{
  g_autofree char *now = now_utc ();
  g_autoptr(Statement) stmt = NULL;

  if (!begin_write (self, error))
    return FALSE;

  stmt = prepare (self, "UPDATE offers SET deleted = ?2 WHERE id = ?1 AND deleted != ?2", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, deleted ? 1 : 0);
  if (!step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, BB_STORE_ERROR, BB_STORE_ERROR_NOT_FOUND,
                           _("The offer no longer exists. It may have been deleted in another window."));
      goto failed;
    }

  if (!add_history (self, id, now, deleted ? "deleted" : "restored", NULL, NULL, error))
    goto failed;

  return commit_write (self, error);

failed:
  rollback_write (self);
  return FALSE;
}

gboolean
bb_store_delete_offer (BbStore  *self,
                       gint64    id,
                       GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), FALSE);

  return set_offer_deleted (self, id, TRUE, error);
}

gboolean
bb_store_restore_offer (BbStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), FALSE);

  return set_offer_deleted (self, id, FALSE, error);
}

gboolean
bb_store_purge_deleted_offers (BbStore  *self,
                               GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), FALSE);

  if (!begin_write (self, error))
    return FALSE;

  if (!exec (self, "DELETE FROM offers WHERE deleted = 1", error))
    {
      rollback_write (self);
      return FALSE;
    }

  return commit_write (self, error);
}

gboolean
bb_store_mark_offer_reviewed (BbStore  *self,
                              gint64    id,
                              GDate    *date,
                              GError  **error)
{
  g_autoptr(BbOffer) offer = NULL;
  char iso[16];

  g_return_val_if_fail (BB_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  offer = bb_store_get_offer (self, id, error);
  if (offer == NULL)
    return FALSE;

  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
  bb_offer_set_reviewed (offer, iso);
  return bb_store_save_offer (self, offer, error);
}

GListModel *
bb_store_list_offer_history (BbStore  *self,
                             gint64    id,
                             GError  **error)
{
  g_autoptr(Statement) stmt = NULL;
  g_autoptr(GListStore) history = g_list_store_new (BB_TYPE_OFFER_CHANGE);

  g_return_val_if_fail (BB_IS_STORE (self), NULL);

  stmt = prepare (self,
                  "SELECT field, old_value, new_value, changed_at, changed_by"
                  "  FROM offer_history WHERE offer_id = ?1 ORDER BY id DESC",
                  error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!append_rows (self, stmt, history, change_from_row, error))
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&history));
}

/* ---- querying offers ------------------------------------------------- */

/* Turns what a person typed into an FTS5 query: every word must match the start of
 * a word. Quoting each word keeps FTS5 syntax (AND, NEAR, quotes, *) out of user text. */
static char *
fts_query_from_text (const char *text)
{
  GString *query = g_string_new (NULL);
  GString *word = g_string_new (NULL);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          g_string_append_printf (query, "%s\"%s\"*", query->len > 0 ? " " : "", word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }

  return g_string_free (query, FALSE);
}

#define OFFER_QUERY_BASE \
  "SELECT o.id FROM offers o JOIN providers p ON p.id = o.provider_id" \
  " WHERE o.deleted = 0" \
  "   AND (?1 IS NULL OR o.id IN (SELECT rowid FROM offer_fts WHERE offer_fts MATCH ?1))" \
  "   AND (?2 = 0 OR EXISTS (SELECT 1 FROM offer_target_groups x" \
  "                           WHERE x.offer_id = o.id AND x.target_group_id = ?2))" \
  "   AND (?3 = 0 OR EXISTS (SELECT 1 FROM offer_steps x WHERE x.offer_id = o.id AND x.step_id = ?3))" \
  "   AND (?4 IS NULL OR p.sector = ?4)" \
  "   AND (?5 IS NULL OR o.access = ?5)" \
  "   AND (?6 IS NULL OR o.status = ?6)" \
  "   AND (?7 IS NULL OR o.reviewed IS NULL OR o.reviewed <= ?7)"

GArray *
bb_store_query_offer_ids (BbStore             *self,
                          const BbOfferQuery  *query,
                          GError             **error)
{
  static const char * const sql[] = {
    [BB_OFFER_SORT_TITLE] = OFFER_QUERY_BASE " ORDER BY o.sort_key, o.id",
    [BB_OFFER_SORT_PROVIDER] = OFFER_QUERY_BASE " ORDER BY p.sort_key, o.sort_key, o.id",
    [BB_OFFER_SORT_STEP] = OFFER_QUERY_BASE
      " ORDER BY (SELECT min (s.level) FROM offer_steps x JOIN steps s ON s.id = x.step_id"
      "            WHERE x.offer_id = o.id) NULLS LAST, o.sort_key, o.id",
    [BB_OFFER_SORT_REVIEWED] = OFFER_QUERY_BASE " ORDER BY o.reviewed NULLS FIRST, o.sort_key, o.id",
  };
  g_autofree char *match = NULL;
  g_autoptr(CachedStatement) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_return_val_if_fail (BB_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (query->sort <= BB_OFFER_SORT_REVIEWED, NULL);

  stmt = prepare_cached (self, sql[query->sort], error);
  if (stmt == NULL)
    return NULL;

  if (query->search != NULL)
    match = fts_query_from_text (query->search);

  bind_text (stmt, 1, match);
  sqlite3_bind_int64 (stmt, 2, query->target_group_id);
  sqlite3_bind_int64 (stmt, 3, query->step_id);
  bind_text (stmt, 4, query->sector >= 0 ? bb_sector_to_key (query->sector) : NULL);
  bind_text (stmt, 5, query->access >= 0 ? bb_access_to_key (query->access) : NULL);
  bind_text (stmt, 6, query->status >= 0 ? bb_offer_status_to_key (query->status) : NULL);

  if (query->stale_only)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) cutoff = g_date_time_add_months (now, -BB_OFFER_STALE_MONTHS);
      g_autofree char *iso = g_date_time_format (cutoff, "%Y-%m-%d");

      bind_text (stmt, 7, iso);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      set_error_from_db (self, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

guint
bb_store_count_offers (BbStore  *self,
                       GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), 0);

  return MAX (0, query_int64 (self, "SELECT count(*) FROM offers WHERE deleted = 0", error));
}

gboolean
bb_store_foreach_offer (BbStore      *self,
                        BbOfferFunc   func,
                        gpointer      user_data,
                        GError      **error)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (BB_IS_STORE (self), FALSE);

  /* Ids first, so @func may use the store while we go. */
  ids = bb_store_query_offer_ids (self, &query, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BbOffer) offer = bb_store_get_offer (self, g_array_index (ids, gint64, i), error);

      if (offer == NULL || !func (offer, user_data, error))
        return FALSE;
    }

  return TRUE;
}

/* ---- providers, target groups, steps --------------------------------- */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* Steps a statement that writes a named row. A clash of names is left to the caller
 * (returns FALSE, error unset) so it can say which list already has the name. */
static gboolean
step_named_write (BbStore    *self,
                  Statement  *stmt,
                  gboolean   *clash,
                  GError    **error)
{
  *clash = FALSE;
  if (sqlite3_step (stmt) == SQLITE_DONE)
    return TRUE;

  if (sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE)
    *clash = TRUE;
  else
    set_error_from_db (self, error);

  return FALSE;
}

static gboolean
write_provider (BbStore     *self,
                BbProvider  *provider,
                GError     **error)
{
  g_autofree char *sort_key = bb_store_sort_key (bb_provider_get_name (provider));
  g_autoptr(Statement) stmt = NULL;
  gboolean is_new = bb_provider_get_id (provider) == 0;
  gboolean clash;

  if (is_blank (bb_provider_get_name (provider)))
    {
      g_set_error_literal (error, BB_STORE_ERROR, BB_STORE_ERROR_INVALID,
                           _("The provider needs a name."));
      return FALSE;
    }

  stmt = prepare (self,
                  is_new
                  ? "INSERT INTO providers (name, sort_key, sector, department, website, email, phone, uuid)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                  : "UPDATE providers SET name = ?1, sort_key = ?2, sector = ?3, department = ?4,"
                    " website = ?5, email = ?6, phone = ?7 WHERE id = ?9",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, bb_provider_get_name (provider));
  bind_text (stmt, 2, sort_key);
  bind_text (stmt, 3, bb_sector_to_key (bb_provider_get_sector (provider)));
  bind_text (stmt, 4, bb_provider_get_department (provider));
  bind_text (stmt, 5, bb_provider_get_website (provider));
  bind_text (stmt, 6, bb_provider_get_email (provider));
  bind_text (stmt, 7, bb_provider_get_phone (provider));
  if (is_new)
    bind_text (stmt, 8, bb_provider_get_uuid (provider));
  else
    sqlite3_bind_int64 (stmt, 9, bb_provider_get_id (provider));

  if (!step_named_write (self, stmt, &clash, error))
    {
      if (clash)
        g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_INVALID,
                     _("There is already a provider called “%s”."), bb_provider_get_name (provider));
      return FALSE;
    }

  if (is_new)
    bb_provider_set_id (provider, sqlite3_last_insert_rowid (self->db));

  return TRUE;
}

static gboolean
write_target_group (BbStore        *self,
                    BbTargetGroup  *group,
                    GError        **error)
{
  g_autoptr(Statement) stmt = NULL;
  gboolean is_new = bb_target_group_get_id (group) == 0;
  gboolean clash;

  if (is_blank (bb_target_group_get_name (group)))
    {
      g_set_error_literal (error, BB_STORE_ERROR, BB_STORE_ERROR_INVALID,
                           _("The target group needs a name."));
      return FALSE;
    }

  /* A new group goes last; the user moves it from there. */
  stmt = prepare (self,
                  is_new
                  ? "INSERT INTO target_groups (name, position, uuid)"
                    " VALUES (?1, (SELECT coalesce (max (position) + 1, 0) FROM target_groups), ?3)"
                  : "UPDATE target_groups SET name = ?1, position = ?2 WHERE id = ?4",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, bb_target_group_get_name (group));
  if (is_new)
    bind_text (stmt, 3, bb_target_group_get_uuid (group));
  else
    {
      sqlite3_bind_int (stmt, 2, bb_target_group_get_position (group));
      sqlite3_bind_int64 (stmt, 4, bb_target_group_get_id (group));
    }

  if (!step_named_write (self, stmt, &clash, error))
    {
      if (clash)
        g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_INVALID,
                     _("There is already a target group called “%s”."), bb_target_group_get_name (group));
      return FALSE;
    }

  if (is_new)
    bb_target_group_set_id (group, sqlite3_last_insert_rowid (self->db));

  return TRUE;
}

static gboolean
write_step (BbStore  *self,
            BbStep   *step,
            GError  **error)
{
  g_autoptr(Statement) stmt = NULL;
  gboolean is_new = bb_step_get_id (step) == 0;
  gboolean clash;

  if (is_blank (bb_step_get_name (step)))
    {
      g_set_error_literal (error, BB_STORE_ERROR, BB_STORE_ERROR_INVALID,
                           _("The step needs a name."));
      return FALSE;
    }

  stmt = prepare (self,
                  is_new
                  ? "INSERT INTO steps (level, name, description, uuid) VALUES (?1, ?2, ?3, ?4)"
                  : "UPDATE steps SET level = ?1, name = ?2, description = ?3 WHERE id = ?5",
                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, bb_step_get_level (step));
  bind_text (stmt, 2, bb_step_get_name (step));
  bind_text (stmt, 3, bb_step_get_description (step));
  if (is_new)
    bind_text (stmt, 4, bb_step_get_uuid (step));
  else
    sqlite3_bind_int64 (stmt, 5, bb_step_get_id (step));

  if (!step_named_write (self, stmt, &clash, error))
    {
      if (clash)
        g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_INVALID,
                     _("There is already a step called “%s”."), bb_step_get_name (step));
      return FALSE;
    }

  if (is_new)
    bb_step_set_id (step, sqlite3_last_insert_rowid (self->db));

  return TRUE;
}

typedef gboolean (*WriteFunc) (BbStore *self, gpointer item, GError **error);

static gboolean
save_in_transaction (BbStore    *self,
                     WriteFunc   write,
                     gpointer    item,
                     GError    **error)
{
  if (!begin_write (self, error))
    return FALSE;

  if (!write (self, item, error))
    {
      rollback_write (self);
      return FALSE;
    }

  return commit_write (self, error);
}

gboolean
bb_store_save_provider (BbStore     *self,
                        BbProvider  *provider,
                        GError     **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), FALSE);
  g_return_val_if_fail (BB_IS_PROVIDER (provider), FALSE);

  return save_in_transaction (self, (WriteFunc) write_provider, provider, error);
}

gboolean
bb_store_save_target_group (BbStore        *self,
                            BbTargetGroup  *target_group,
                            GError        **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), FALSE);
  g_return_val_if_fail (BB_IS_TARGET_GROUP (target_group), FALSE);

  return save_in_transaction (self, (WriteFunc) write_target_group, target_group, error);
}

gboolean
bb_store_save_step (BbStore  *self,
                    BbStep   *step,
                    GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), FALSE);
  g_return_val_if_fail (BB_IS_STEP (step), FALSE);

  return save_in_transaction (self, (WriteFunc) write_step, step, error);
}

/* Deletes a row of a small list unless an offer still names it: the user should
 * move those offers first rather than lose the link without noticing. */
static gboolean
delete_unused (BbStore     *self,
               const char  *count_sql,
               const char  *delete_sql,
               gint64       id,
               GError     **error)
{
  g_autoptr(Statement) count = NULL;
  g_autoptr(Statement) delete = NULL;
  int in_use;

  if (!begin_write (self, error))
    return FALSE;

  count = prepare (self, count_sql, error);
  if (count == NULL)
    goto failed;

  sqlite3_bind_int64 (count, 1, id);
  if (sqlite3_step (count) != SQLITE_ROW)
    {
      set_error_from_db (self, error);
      goto failed;
    }

  in_use = sqlite3_column_int (count, 0);
  if (in_use > 0)
    {
      g_set_error (error, BB_STORE_ERROR, BB_STORE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "It is used by %d offer. Change that offer first.",
                                "It is used by %d offers. Change those offers first.",
                                in_use),
                   in_use);
      goto failed;
    }

  delete = prepare (self, delete_sql, error);
  if (delete == NULL)
    goto failed;

  sqlite3_bind_int64 (delete, 1, id);
  if (!step_done (self, delete, error))
    goto failed;

  return commit_write (self, error);

failed:
  rollback_write (self);
  return FALSE;
}

gboolean
bb_store_delete_provider (BbStore  *self,
                          gint64    id,
                          GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), FALSE);

  return delete_unused (self,
                        "SELECT count(*) FROM offers WHERE provider_id = ?1",
                        "DELETE FROM providers WHERE id = ?1",
                        id, error);
}

gboolean
bb_store_delete_target_group (BbStore  *self,
                              gint64    id,
                              GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), FALSE);

  return delete_unused (self,
                        "SELECT count(*) FROM offer_target_groups WHERE target_group_id = ?1",
                        "DELETE FROM target_groups WHERE id = ?1",
                        id, error);
}

gboolean
bb_store_delete_step (BbStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), FALSE);

  return delete_unused (self,
                        "SELECT count(*) FROM offer_steps WHERE step_id = ?1",
                        "DELETE FROM steps WHERE id = ?1",
                        id, error);
}

/* One of the small lists, whole: they hold tens of rows, not thousands. */
static GListModel *
list_all (BbStore     *self,
          const char  *sql,
          GType        item_type,
          RowFunc      row_func,
          GError     **error)
{
  g_autoptr(CachedStatement) stmt = prepare_cached (self, sql, error);
  g_autoptr(GListStore) list = g_list_store_new (item_type);

  if (stmt == NULL || !append_rows (self, stmt, list, row_func, error))
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
bb_store_list_providers (BbStore  *self,
                         GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), NULL);

  return list_all (self,
                   "SELECT id, uuid, name, sector, department, website, email, phone"
                   "  FROM providers ORDER BY sort_key",
                   BB_TYPE_PROVIDER, provider_row, error);
}

GListModel *
bb_store_list_target_groups (BbStore  *self,
                             GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), NULL);

  return list_all (self, "SELECT id, uuid, name, position FROM target_groups ORDER BY position, name",
                   BB_TYPE_TARGET_GROUP, target_group_from_row, error);
}

GListModel *
bb_store_list_steps (BbStore  *self,
                     GError  **error)
{
  g_return_val_if_fail (BB_IS_STORE (self), NULL);

  return list_all (self, "SELECT id, uuid, level, name, description FROM steps ORDER BY level, name",
                   BB_TYPE_STEP, step_from_row, error);
}

/* ---- coverage -------------------------------------------------------- */

static GHashTable *
index_by_id (GListModel *model,
             gint64    (*get_id) (gpointer item))
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_hash_table_insert (index, g_memdup2 (&(gint64) { get_id (item) }, sizeof (gint64)),
                           GUINT_TO_POINTER (i + 1));
    }

  return index;
}

BbCoverage *
bb_store_count_coverage (BbStore  *self,
                         GError  **error)
{
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GListModel) steps = NULL;
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GHashTable) columns = NULL;
  g_autoptr(BbCoverage) coverage = NULL;
  g_autoptr(Statement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_STORE (self), NULL);

  groups = bb_store_list_target_groups (self, error);
  steps = groups != NULL ? bb_store_list_steps (self, error) : NULL;
  if (steps == NULL)
    return NULL;

  stmt = prepare (self,
                  "SELECT ot.target_group_id, os.step_id, count(*)"
                  "  FROM offers o"
                  "  JOIN offer_target_groups ot ON ot.offer_id = o.id"
                  "  JOIN offer_steps os ON os.offer_id = o.id"
                  " WHERE o.deleted = 0 AND o.status = 'active'"
                  " GROUP BY ot.target_group_id, os.step_id",
                  error);
  if (stmt == NULL)
    return NULL;

  coverage = bb_coverage_new (groups, steps);
  rows = index_by_id (groups, (gint64 (*) (gpointer)) bb_target_group_get_id);
  columns = index_by_id (steps, (gint64 (*) (gpointer)) bb_step_get_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 group_id = sqlite3_column_int64 (stmt, 0);
      gint64 step_id = sqlite3_column_int64 (stmt, 1);
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (rows, &group_id));
      guint column = GPOINTER_TO_UINT (g_hash_table_lookup (columns, &step_id));

      bb_coverage_set_count (coverage, row - 1, column - 1, sqlite3_column_int (stmt, 2));
    }

  if (rc != SQLITE_DONE)
    {
      set_error_from_db (self, error);
      return NULL;
    }

  return g_steal_pointer (&coverage);
}

/* ---- import ---------------------------------------------------------- */

static gboolean
is_duplicate_of_stored (BbStore     *self,
                        BbOffer     *offer,
                        const char  *sort_key,
                        gboolean    *duplicate,
                        GError     **error)
{
  g_autoptr(Statement) stmt = NULL;
  int rc;

  stmt = prepare (self,
                  "SELECT 1 FROM offers o JOIN providers p ON p.id = o.provider_id"
                  " WHERE o.deleted = 0 AND o.uuid != ?1 AND o.sort_key = ?2 AND p.name = ?3"
                  " LIMIT 1",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, bb_offer_get_uuid (offer));
  bind_text (stmt, 2, sort_key);
  bind_text (stmt, 3, bb_provider_get_name (bb_offer_get_provider (offer)));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_error_from_db (self, error);
      return FALSE;
    }

  *duplicate = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
bb_store_prepare_import (BbStore   *self,
                         BbImport  *import,
                         GError   **error)
{
  GListModel *records;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (BB_IS_STORE (self), FALSE);
  g_return_val_if_fail (BB_IS_IMPORT (import), FALSE);

  records = bb_import_get_records (import);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);
      BbOffer *offer = bb_import_record_get_offer (record);
      g_autoptr(BbOffer) stored = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *sort_key = NULL;
      g_autofree char *identity = NULL;
      gboolean duplicate = FALSE;

      if (bb_import_record_get_action (record) == BB_IMPORT_ACTION_REJECT)
        continue;

      stored = bb_store_find_offer_by_uuid (self, bb_offer_get_uuid (offer), &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (stored == NULL)
        {
          bb_offer_set_id (offer, 0);
          bb_import_record_set_action (record, BB_IMPORT_ACTION_NEW);
        }
      else
        {
          g_autoptr(GPtrArray) changes = bb_offer_diff (stored, offer);

          bb_offer_set_id (offer, bb_offer_get_id (stored));
          bb_import_record_set_action (record, changes->len > 0
                                               ? BB_IMPORT_ACTION_UPDATE
                                               : BB_IMPORT_ACTION_UNCHANGED);
        }

      sort_key = bb_store_sort_key (bb_offer_get_title (offer));
      if (!is_duplicate_of_stored (self, offer, sort_key, &duplicate, error))
        return FALSE;

      /* Two records of the same file can be duplicates of each other, too. */
      identity = g_strconcat (sort_key, "\n", bb_provider_get_name (bb_offer_get_provider (offer)), NULL);
      if (!g_hash_table_add (seen, g_steal_pointer (&identity)))
        duplicate = TRUE;

      bb_import_record_set_duplicate (record, duplicate);
    }

  return TRUE;
}

gboolean
bb_store_commit_import (BbStore   *self,
                        BbImport  *import,
                        GError   **error)
{
  GListModel *records;

  g_return_val_if_fail (BB_IS_STORE (self), FALSE);
  g_return_val_if_fail (BB_IS_IMPORT (import), FALSE);

  records = bb_import_get_records (import);
  if (!begin_write (self, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);
      BbImportAction action = bb_import_record_get_action (record);

      if (action != BB_IMPORT_ACTION_NEW && action != BB_IMPORT_ACTION_UPDATE)
        continue;

      if (!write_offer (self, bb_import_record_get_offer (record), error))
        {
          g_prefix_error (error, _("Line %u: "), bb_import_record_get_line (record));
          rollback_write (self);
          return FALSE;
        }
    }

  return commit_write (self, error);
}

/* ---- import in a worker thread --------------------------------------- */

typedef struct
{
  char     *path;
  char     *user_name;
  BbImport *import;
  gboolean  commit;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->path);
  g_free (job->user_name);
  g_clear_object (&job->import);
  g_free (job);
}

/* SQLite connections are not shared between threads here: the worker opens its own,
 * which WAL lets read and write beside the window's. */
static void
run_import_job (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(BbStore) worker = NULL;
  GError *error = NULL;
  gboolean ok;

  if (g_task_return_error_if_cancelled (task))
    return;

  worker = bb_store_open (job->path, FALSE, &error);
  if (worker == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  bb_store_set_user_name (worker, job->user_name);
  ok = job->commit
       ? bb_store_commit_import (worker, job->import, &error)
       : bb_store_prepare_import (worker, job->import, &error);

  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
start_import_job (BbStore             *self,
                  BbImport            *import,
                  gboolean             commit,
                  gpointer             source_tag,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  ImportJob *job = g_new0 (ImportJob, 1);

  job->path = g_strdup (self->path);
  job->user_name = g_strdup (self->user_name);
  job->import = g_object_ref (import);
  job->commit = commit;

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, run_import_job);
}

void
bb_store_prepare_import_async (BbStore             *self,
                               BbImport            *import,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (BB_IS_STORE (self));
  g_return_if_fail (BB_IS_IMPORT (import));

  start_import_job (self, import, FALSE, bb_store_prepare_import_async,
                    cancellable, callback, user_data);
}

gboolean
bb_store_prepare_import_finish (BbStore       *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
bb_store_commit_import_async (BbStore             *self,
                              BbImport            *import,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (BB_IS_STORE (self));
  g_return_if_fail (BB_IS_IMPORT (import));

  start_import_job (self, import, TRUE, bb_store_commit_import_async,
                    cancellable, callback, user_data);
}

gboolean
bb_store_commit_import_finish (BbStore       *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  /* The worker wrote through its own connection; this one's views reload now. */
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}
