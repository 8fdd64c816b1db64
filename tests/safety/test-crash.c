/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Nothing acknowledged is lost: crash-child writes through the real repositories and
 * prints each id after its COMMIT returns; we kill it with SIGKILL at a random moment,
 * reopen the file and check it is whole, that every acknowledged record is there with
 * all its fields, and that no record is there in part. The same for a migration: killed
 * midway, the file is at the old version or the new one, never between; and for a
 * restore: the database as it was or as restored, and every backup it offers whole.
 *
 * BB_CRASH_KILLS sets the number of kills of each (by default 50 of the writer, 20 of
 * the migration and of the restore; 1000 for the long run), BB_CRASH_SEED replays the
 * random delays of a failed run: each case prints its seed first. */

#include <signal.h>
#include <glib/gstdio.h>

#include "bb-backup.h"
#include "bb-sql.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "test-crash-records.h"

/* Long enough for a kill to land anywhere in a few dozen commits. */
#define MAX_DELAY_MS 500
#define DEFAULT_KILLS 50
#define MIGRATION_KILLS 20
/* The schema the migration starts from (before 0005-catalogue-hsds rebuilds the
 * providers), and enough offers for its copy to take a while. */
#define OLD_VERSION 4
#define OLD_OFFERS 3000
#define RESTORE_KILLS 20
/* Offers in the database a restore replaces, and in the file it restores. */
#define RESTORE_OFFERS 300

typedef struct
{
  gint64  id;
  gint64  meeting_id;  /* 0 for an offer */
  gint64  n;
} Acknowledged;

typedef struct
{
  char    *folder;
  char    *path;
  GRand   *rand;
  GArray  *acknowledged;
} Fixture;

static guint
get_env_uint (const char *name,
              guint       fallback)
{
  const char *value = g_getenv (name);

  return value != NULL && *value != '\0' ? (guint) g_ascii_strtoull (value, NULL, 10) : fallback;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint32 seed = get_env_uint ("BB_CRASH_SEED", g_random_int ());

  g_test_message ("BB_CRASH_SEED=%u", seed);
  fixture->rand = g_rand_new_with_seed (seed);
  fixture->folder = g_dir_make_tmp ("bb-crash-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "brobygger.db", NULL);
  fixture->acknowledged = g_array_new (FALSE, FALSE, sizeof (Acknowledged));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
  g_rand_free (fixture->rand);
  g_array_unref (fixture->acknowledged);
}

/* crash-child with @arguments (NULL-terminated), once it has said "ready". */
static GSubprocess *
spawn_child (GDataInputStream  **lines,
             const char * const *arguments)
{
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ready = NULL;
  GSubprocess *child;

  g_assert_nonnull (g_getenv ("BB_CRASH_CHILD"));
  g_strv_builder_add (argv, g_getenv ("BB_CRASH_CHILD"));
  g_strv_builder_addv (argv, (const char **) arguments);
  strv = g_strv_builder_end (argv);

  child = g_subprocess_newv ((const char * const *) strv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  *lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));

  ready = g_data_input_stream_read_line (*lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ready, ==, "ready");
  return child;
}

/* Runs crash-child with @arguments to its end, which it announces with @done; returns
 * how long that took from its start, so kills can be spread over that time. */
static guint
time_child (const char * const *arguments,
            const char         *done)
{
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  gint64 started = g_get_monotonic_time ();
  guint took_ms;

  child = spawn_child (&lines, arguments);
  line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, done);
  took_ms = (g_get_monotonic_time () - started) / G_TIME_SPAN_MILLISECOND;
  g_subprocess_wait_check (child, NULL, &error);
  g_assert_no_error (error);

  return took_ms;
}

/* Kills @child after a random delay of up to @max_ms and waits for it. FALSE when it
 * had ended by itself first (cleanly: a child that failed fails the test). */
static gboolean
kill_child (Fixture     *fixture,
            GSubprocess *child,
            guint        max_ms)
{
  g_autoptr(GError) error = NULL;
  guint delay_ms = g_rand_int_range (fixture->rand, 0, max_ms + 1);

  g_usleep (delay_ms * G_TIME_SPAN_MILLISECOND);
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);

  if (g_subprocess_get_if_signaled (child))
    {
      g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);
      return TRUE;
    }

  g_assert_cmpint (g_subprocess_get_exit_status (child), ==, 0);
  return FALSE;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  return value;
}

static void
assert_whole_file (sqlite3 *db)
{
  g_autofree char *integrity = query_text (db, "PRAGMA integrity_check");

  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

/* The lines the child printed before it died: only whole ones were acknowledged. */
static guint
read_acknowledged (Fixture          *fixture,
                   GDataInputStream *lines)
{
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) split = NULL;
  guint count;

  g_output_stream_splice (memory, G_INPUT_STREAM (lines), G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
  g_assert_no_error (error);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  /* Nothing at all when the kill came before the first commit. */
  text = g_bytes_get_size (bytes) > 0 ? g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes))
                                      : g_strdup ("");
  split = g_strsplit (text, "\n", -1);
  /* The last piece follows the last newline: empty, or a line the kill cut off. */
  count = MAX (g_strv_length (split), 1) - 1;

  for (guint i = 0; i < count; i++)
    {
      g_auto(GStrv) words = g_strsplit (split[i], " ", -1);
      Acknowledged record = { 0 };

      if (g_str_equal (words[0], "offer") && g_strv_length (words) == 3)
        {
          record.id = g_ascii_strtoll (words[1], NULL, 10);
          record.n = g_ascii_strtoll (words[2], NULL, 10);
        }
      else if (g_str_equal (words[0], "course") && g_strv_length (words) == 4)
        {
          record.id = g_ascii_strtoll (words[1], NULL, 10);
          record.meeting_id = g_ascii_strtoll (words[2], NULL, 10);
          record.n = g_ascii_strtoll (words[3], NULL, 10);
        }
      else
        g_error ("crash-child said »%s«", split[i]);

      g_array_append_val (fixture->acknowledged, record);
    }

  return count;
}

/* Through the repositories, as the program reads them back. */
static void
assert_record_whole (BbContext          *context,
                     const Acknowledged *record)
{
  g_autoptr(GError) error = NULL;

  if (record->meeting_id == 0)
    {
      g_autoptr(BbOffer) offer = bb_offer_repository_get (bb_context_get_offers (context), record->id, &error);
      g_autofree char *title = bb_crash_offer_title (record->n);
      g_autofree char *description = bb_crash_offer_description (record->n);

      g_assert_no_error (error);
      g_assert_nonnull (offer);
      g_assert_cmpstr (bb_offer_get_title (offer), ==, title);
      g_assert_cmpstr (bb_offer_get_description (offer), ==, description);
      g_assert_cmpstr (bb_provider_get_name (bb_offer_get_provider (offer)), ==, BB_CRASH_PROVIDER);
    }
  else
    {
      BbCourseRepository *courses = bb_context_get_courses (context);
      g_autoptr(BbCourse) course = bb_course_repository_get (courses, record->id, &error);
      g_autoptr(GListModel) meetings = NULL;
      g_autoptr(BbMeeting) meeting = NULL;
      g_autofree char *name = bb_crash_young_person_name (record->n);
      g_autofree char *notes = bb_crash_meeting_notes (record->n);

      g_assert_no_error (error);
      g_assert_nonnull (course);
      g_assert_cmpstr (bb_course_get_young_person_name (course), ==, name);
      g_assert_cmpstr (bb_course_get_first_contact (course), ==, BB_CRASH_DATE);

      meetings = bb_course_repository_list_meetings (courses, record->id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
      meeting = g_list_model_get_item (meetings, 0);
      g_assert_cmpint (bb_meeting_get_id (meeting), ==, record->meeting_id);
      g_assert_cmpstr (bb_meeting_get_notes (meeting), ==, notes);
      g_assert_cmpstr (bb_meeting_get_date (meeting), ==, BB_CRASH_DATE);
    }
}

/* Every record in the file, acknowledged or not, was written in one piece. */
static void
assert_no_partial_records (sqlite3 *db)
{
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM courses c"
                                  " WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.course_id = c.id)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM young_people y"
                                  " WHERE NOT EXISTS (SELECT 1 FROM courses c WHERE c.young_person_id = y.id)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM offers o"
                                  " WHERE NOT EXISTS (SELECT 1 FROM offer_history h WHERE h.offer_id = o.id)"), ==, 0);
}

/* Earlier rounds' records, still there: a later crash must not take them. */
static void
assert_still_there (sqlite3 *db,
                    GArray  *acknowledged,
                    guint    before)
{
  sqlite3_stmt *offer = NULL;
  sqlite3_stmt *meeting = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT title FROM offers WHERE id = ?", -1, &offer, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT notes FROM meetings WHERE id = ? AND course_id = ?", -1,
                                       &meeting, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < before; i++)
    {
      const Acknowledged *record = &g_array_index (acknowledged, Acknowledged, i);
      g_autofree char *expected = record->meeting_id == 0 ? bb_crash_offer_title (record->n)
                                                          : bb_crash_meeting_notes (record->n);
      sqlite3_stmt *stmt = record->meeting_id == 0 ? offer : meeting;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, record->meeting_id == 0 ? record->id : record->meeting_id);
      if (record->meeting_id != 0)
        sqlite3_bind_int64 (stmt, 2, record->id);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, expected);
    }
  sqlite3_finalize (offer);
  sqlite3_finalize (meeting);
}

static void
test_crash_writes (Fixture       *fixture,
                   gconstpointer  data)
{
  guint kills = get_env_uint ("BB_CRASH_KILLS", DEFAULT_KILLS);
  guint landed = 0;

  for (guint round = 0; round < kills; round++)
    {
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GDataInputStream) lines = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(BbDatabase) database = NULL;
      g_autoptr(BbContext) context = NULL;
      g_autoptr(BbClock) clock = bb_test_clock_new ();
      g_autofree char *first = g_strdup_printf ("%u", round * 1000000);
      guint before = fixture->acknowledged->len;
      guint count;

      const char *arguments[] = { "write", fixture->path, first, NULL };

      child = spawn_child (&lines, arguments);
      /* A writer never ends by itself. */
      g_assert_true (kill_child (fixture, child, MAX_DELAY_MS));
      count = read_acknowledged (fixture, lines);
      landed += count > 0;

      database = bb_database_open (fixture->path, FALSE, &error);
      g_assert_no_error (error);
      bb_database_set_clock (database, clock);
      assert_whole_file (bb_database_get_handle (database));
      assert_no_partial_records (bb_database_get_handle (database));
      assert_still_there (bb_database_get_handle (database), fixture->acknowledged, before);

      context = bb_context_new (database, NULL, &error);
      g_assert_no_error (error);
      for (guint i = before; i < fixture->acknowledged->len; i++)
        assert_record_whole (context, &g_array_index (fixture->acknowledged, Acknowledged, i));

      g_clear_object (&context);
      g_assert_finalize_object (g_steal_pointer (&database));
    }

  g_test_message ("%u kills, %u acknowledged records, %u kills after at least one",
                  kills, fixture->acknowledged->len, landed);
  /* The kills must have landed among the writes, not only before the first. */
  g_assert_cmpuint (fixture->acknowledged->len, >, 0);
}

/* The file as a Brobygger of schema @version left it, with OLD_OFFERS offers. */
static void
create_at_version (const char *path,
                   int         version)
{
  g_autofree char *fill = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  bb_test_build_schema (db, version);

  fill = g_strdup_printf ("BEGIN;"
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)"
                          " INSERT INTO providers (uuid, name, sort_key)"
                          " SELECT 'p' || i, 'Provider ' || i, 'provider ' || i FROM n;"
                          "INSERT INTO offers (uuid, title, sort_key, description, provider_id, created, modified)"
                          " SELECT 'o' || id, 'Offer ' || id, 'offer ' || id, printf ('%%.500c', 'x'), id,"
                          "  '2024-01-01', '2024-01-01' FROM providers;"
                          "COMMIT;", OLD_OFFERS);
  g_assert_cmpint (sqlite3_exec (db, fill, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static char *
dup_schema (sqlite3 *db)
{
  return query_text (db, "SELECT group_concat (name || ':' || coalesce (sql, ''), ';')"
                         " FROM (SELECT name, sql FROM sqlite_schema ORDER BY name)");
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (to, "-wal", NULL);
  g_autofree char *shm = g_strconcat (to, "-shm", NULL);
  g_autofree char *journal = g_strconcat (to, "-journal", NULL);

  /* What the last round's kill left beside the file belongs to that file only. */
  g_remove (wal);
  g_remove (shm);
  g_remove (journal);
  g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* Whether the kill left a transaction behind: a journal or log to recover. */
static gboolean
left_unfinished (const char *path)
{
  const char *suffixes[] = { "-journal", "-wal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_stat (name, &st) == 0 && st.st_size > 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_crash_migration (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *old_path = g_build_filename (fixture->folder, "old.db", NULL);
  g_autofree char *old_schema = NULL;
  g_autofree char *new_schema = NULL;
  guint kills = get_env_uint ("BB_CRASH_KILLS", MIGRATION_KILLS);
  const char *arguments[] = { "migrate", fixture->path, NULL };
  guint at_old = 0, at_new = 0, midway = 0;
  guint took_ms;
  sqlite3 *db = NULL;

  g_assert_cmpint (bb_database_get_schema_version (), >, OLD_VERSION);
  create_at_version (old_path, OLD_VERSION);
  g_assert_cmpint (sqlite3_open (old_path, &db), ==, SQLITE_OK);
  old_schema = dup_schema (db);
  sqlite3_close (db);

  /* Once to the end, for the new schema and for how long it takes. */
  copy_file (old_path, fixture->path);
  took_ms = time_child (arguments, "migrated");
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, bb_database_get_schema_version ());
  new_schema = dup_schema (db);
  sqlite3_close (db);
  g_test_message ("the migration from version %d takes %u ms", OLD_VERSION, took_ms);

  for (guint round = 0; round < kills; round++)
    {
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GDataInputStream) lines = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(BbDatabase) database = NULL;
      g_autofree char *schema = NULL;
      gint64 version;

      copy_file (old_path, fixture->path);
      child = spawn_child (&lines, arguments);
      /* Past the end too, so that some kills find it done. */
      kill_child (fixture, child, took_ms * 3 / 2);
      midway += left_unfinished (fixture->path);

      /* As the file is, before the program touches it again. */
      g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
      assert_whole_file (db);
      version = query_int (db, "PRAGMA user_version");
      schema = dup_schema (db);
      if (version == OLD_VERSION)
        {
          g_assert_cmpstr (schema, ==, old_schema);
          at_old++;
        }
      else
        {
          g_assert_cmpint (version, ==, bb_database_get_schema_version ());
          g_assert_cmpstr (schema, ==, new_schema);
          at_new++;
        }
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM offers"), ==, OLD_OFFERS);
      sqlite3_close (db);

      /* And it opens: the migration runs again, or has nothing left to do. */
      database = bb_database_open (fixture->path, FALSE, &error);
      g_assert_no_error (error);
      g_assert_cmpint (bb_test_query_int (database, "PRAGMA user_version"), ==, bb_database_get_schema_version ());
      g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM offers"), ==, OLD_OFFERS);
    }

  g_test_message ("%u kills, %u of them in the middle of the migration: %u at the old version, %u at the new",
                  kills, midway, at_old, at_new);
}

/* A database at @path with @count offers titled "@prefix N", saved in one transaction. */
static void
create_with_offers (const char *path,
                    const char *prefix,
                    guint       count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbClock) clock = bb_test_clock_new ();
  g_autoptr(BbDatabase) database = bb_database_open (path, FALSE, &error);
  g_autoptr(BbContext) context = NULL;
  g_autoptr(BbProvider) provider = bb_provider_new (BB_CRASH_PROVIDER);

  g_assert_no_error (error);
  bb_database_set_clock (database, clock);
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (bb_database_begin (database, &error));
  for (guint i = 0; i < count; i++)
    {
      g_autoptr(BbOffer) offer = bb_offer_new ();
      g_autofree char *title = g_strdup_printf ("%s %u", prefix, i);
      g_autofree char *description = bb_crash_offer_description (i);

      bb_offer_set_title (offer, title);
      bb_offer_set_description (offer, description);
      bb_offer_set_provider (offer, provider);
      g_assert_true (bb_offer_repository_save (bb_context_get_offers (context), offer, &error));
      g_assert_no_error (error);
    }
  g_assert_true (bb_database_commit (database, &error));
  g_assert_no_error (error);
}

/* Whether a kill left a copy behind that was never given its name (bb_backup_write
 * makes "<name>.tmp-XXXXXX" first). */
static gboolean
left_half_made (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".tmp-") != NULL)
      return TRUE;

  return FALSE;
}

static char *
dup_digest (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = bb_database_open (path, FALSE, &error);

  g_assert_no_error (error);
  return bb_test_courses_digest (database);
}

static void
test_crash_restore (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *current_path = g_build_filename (fixture->folder, "current.db", NULL);
  g_autofree char *backup_path = g_build_filename (fixture->folder, "backup.db", NULL);
  g_autofree char *backups_folder = bb_backup_dup_folder (fixture->path);
  g_autofree char *current = NULL;
  g_autofree char *restored = NULL;
  const char *arguments[] = { "restore", fixture->path, backup_path, NULL };
  guint kills = get_env_uint ("BB_CRASH_KILLS", RESTORE_KILLS);
  guint at_old = 0, at_new = 0, midway = 0, backups_checked = 0;
  guint took_ms;

  create_with_offers (current_path, "Current", RESTORE_OFFERS);
  create_with_offers (backup_path, "Restored", RESTORE_OFFERS);
  current = dup_digest (current_path);
  restored = dup_digest (backup_path);
  g_assert_cmpstr (current, !=, restored);

  copy_file (current_path, fixture->path);
  took_ms = time_child (arguments, "restored");
  g_test_message ("a restore takes %u ms", took_ms);

  for (guint round = 0; round < kills; round++)
    {
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GDataInputStream) lines = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(BbDatabase) database = NULL;
      g_autoptr(GPtrArray) backups = NULL;
      g_autofree char *digest = NULL;

      copy_file (current_path, fixture->path);
      child = spawn_child (&lines, arguments);
      kill_child (fixture, child, took_ms * 3 / 2);
      midway += left_half_made (fixture->folder) || left_half_made (backups_folder);

      /* The database opens, whole, as it was or as restored: nothing of both. */
      database = bb_database_open (fixture->path, FALSE, &error);
      g_assert_no_error (error);
      assert_whole_file (bb_database_get_handle (database));
      digest = bb_test_courses_digest (database);
      if (g_str_equal (digest, current))
        at_old++;
      else
        {
          g_assert_cmpstr (digest, ==, restored);
          at_new++;
        }
      g_assert_finalize_object (g_steal_pointer (&database));

      /* Every backup offered as good is the database as it was before, whole. */
      backups = bb_backup_list (fixture->path);
      for (guint i = 0; i < backups->len; i++)
        {
          BbBackupInfo *info = g_ptr_array_index (backups, i);
          g_autoptr(GString) report = g_string_new (NULL);
          g_autofree char *copy = g_build_filename (fixture->folder, "check.db", NULL);
          g_autofree char *backup_digest = NULL;

          if (!info->verified)
            continue;
          g_assert_true (bb_backup_check_file (info->path, TRUE, report, &error));
          g_assert_no_error (error);
          /* Opened in a copy: opening may write, and the backup must stay as made. */
          copy_file (info->path, copy);
          backup_digest = dup_digest (copy);
          g_assert_cmpstr (backup_digest, ==, current);
          backups_checked++;
        }
    }

  g_test_message ("%u kills, %u of them in the middle of the restore: %u as it was, %u restored;"
                  " %u verified backups checked", kills, midway, at_old, at_new, backups_checked);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/crash/writes", Fixture, NULL, fixture_set_up, test_crash_writes, fixture_tear_down);
  g_test_add ("/crash/migration", Fixture, NULL, fixture_set_up, test_crash_migration, fixture_tear_down);
  g_test_add ("/crash/restore", Fixture, NULL, fixture_set_up, test_crash_restore, fixture_tear_down);

  return g_test_run ();
}
