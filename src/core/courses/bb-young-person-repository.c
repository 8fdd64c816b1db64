/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-access-log-repository.h"
#include "bb-course-repository-private.h"
#include "bb-text.h"
#include "bb-young-person-repository.h"

#define YOUNG_PERSON_GONE _("The young person no longer exists. They may have been deleted in another window.")

struct _BbYoungPersonRepository
{
  GObject     parent_instance;

  BbDatabase *database;
};

G_DEFINE_FINAL_TYPE (BbYoungPersonRepository, bb_young_person_repository, G_TYPE_OBJECT)

static void
bb_young_person_repository_finalize (GObject *object)
{
  BbYoungPersonRepository *self = BB_YOUNG_PERSON_REPOSITORY (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_young_person_repository_parent_class)->finalize (object);
}

static void
bb_young_person_repository_class_init (BbYoungPersonRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_young_person_repository_finalize;
}

static void
bb_young_person_repository_init (BbYoungPersonRepository *self)
{
}

BbYoungPersonRepository *
bb_young_person_repository_new (BbDatabase  *database,
                                GError     **error)
{
  BbYoungPersonRepository *self;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self = g_object_new (BB_TYPE_YOUNG_PERSON_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  return self;
}

/* ---- loading --------------------------------------------------------- */

static BbYoungPerson *
young_person_from_row (sqlite3_stmt *stmt)
{
  BbYoungPerson *young_person = bb_young_person_new (bb_sql_column_text (stmt, 2));
  BbOccupation occupation = BB_OCCUPATION_UNKNOWN;

  bb_occupation_from_key (bb_sql_column_text (stmt, 8), &occupation);
  bb_young_person_set_id (young_person, sqlite3_column_int64 (stmt, 0));
  bb_young_person_set_uuid (young_person, bb_sql_column_text (stmt, 1));
  bb_young_person_set_is_pseudonym (young_person, sqlite3_column_int (stmt, 3) != 0);
  bb_young_person_set_birth_date (young_person, bb_sql_column_text (stmt, 4));
  bb_young_person_set_phone (young_person, bb_sql_column_text (stmt, 5));
  bb_young_person_set_email (young_person, bb_sql_column_text (stmt, 6));
  bb_young_person_set_address (young_person, bb_sql_column_text (stmt, 7));
  bb_young_person_set_occupation (young_person, occupation);
  bb_young_person_set_occupation_note (young_person, bb_sql_column_text (stmt, 9));
  bb_young_person_set_consent_date (young_person, bb_sql_column_text (stmt, 10));
  bb_young_person_set_consent_scope (young_person, bb_sql_column_text (stmt, 11));
  bb_young_person_set_created (young_person, bb_sql_column_text (stmt, 12));
  bb_young_person_set_modified (young_person, bb_sql_column_text (stmt, 13));
  return young_person;
}

static gboolean
load_guardians (BbYoungPersonRepository  *self,
                BbYoungPerson            *young_person,
                GError                  **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  GPtrArray *guardians = bb_young_person_get_guardians (young_person);
  int rc;

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT id, name, relation, phone, email, involvement, note"
                                     "  FROM guardians WHERE young_person_id = ?1 ORDER BY position, id",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, bb_young_person_get_id (young_person));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BbGuardian *guardian = bb_guardian_new (bb_sql_column_text (stmt, 1));

      guardian->id = sqlite3_column_int64 (stmt, 0);
      guardian->relation = g_strdup (bb_sql_column_text (stmt, 2));
      guardian->phone = g_strdup (bb_sql_column_text (stmt, 3));
      guardian->email = g_strdup (bb_sql_column_text (stmt, 4));
      bb_involvement_from_key (bb_sql_column_text (stmt, 5), &guardian->involvement);
      guardian->note = g_strdup (bb_sql_column_text (stmt, 6));
      g_ptr_array_add (guardians, guardian);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  return TRUE;
}

BbYoungPerson *
bb_young_person_repository_get (BbYoungPersonRepository  *self,
                                gint64                    id,
                                GError                  **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autoptr(BbYoungPerson) young_person = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_YOUNG_PERSON_REPOSITORY (self), NULL);

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT id, uuid, name, is_pseudonym, birth_date, phone, email, address,"
                                     "       occupation, occupation_note, consent_date, consent_scope, created,"
                                     "       modified"
                                     "  FROM young_people WHERE id = ?1",
                                     error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, YOUNG_PERSON_GONE);
      else
        bb_database_set_error (self->database, error);
      return NULL;
    }

  young_person = young_person_from_row (stmt);
  if (!load_guardians (self, young_person, error))
    return NULL;

  return g_steal_pointer (&young_person);
}

BbYoungPerson *
bb_young_person_repository_open (BbYoungPersonRepository  *self,
                                 gint64                    id,
                                 GError                  **error)
{
  g_autoptr(BbYoungPerson) young_person = NULL;

  g_return_val_if_fail (BB_IS_YOUNG_PERSON_REPOSITORY (self), NULL);

  if (!bb_database_begin (self->database, error))
    return NULL;

  young_person = bb_young_person_repository_get (self, id, error);
  if (young_person == NULL ||
      !_bb_access_log_write (self->database, id, BB_ACCESS_ACTION_OPEN, "young-person", id, NULL, error))
    {
      bb_database_rollback (self->database);
      return NULL;
    }

  if (!bb_database_commit (self->database, error))
    return NULL;

  return g_steal_pointer (&young_person);
}

/* ---- saving ---------------------------------------------------------- */

static gboolean
write_guardians (BbYoungPersonRepository  *self,
                 BbYoungPerson            *young_person,
                 GError                  **error)
{
  GPtrArray *guardians = bb_young_person_get_guardians (young_person);
  g_autoptr(BbCachedStatement) clear = NULL;
  g_autoptr(BbCachedStatement) insert = NULL;

  clear = bb_database_prepare_cached (self->database, "DELETE FROM guardians WHERE young_person_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  insert = bb_database_prepare_cached (self->database,
                                       "INSERT INTO guardians (young_person_id, position, name, relation, phone,"
                                       " email, involvement, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                       error);
  if (insert == NULL)
    return FALSE;

  sqlite3_bind_int64 (clear, 1, bb_young_person_get_id (young_person));
  if (!bb_database_step_done (self->database, clear, error))
    return FALSE;

  for (guint i = 0; i < guardians->len; i++)
    {
      BbGuardian *guardian = g_ptr_array_index (guardians, i);

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, bb_young_person_get_id (young_person));
      sqlite3_bind_int (insert, 2, (int) i);
      bb_sql_bind_text (insert, 7, bb_involvement_to_key (guardian->involvement));
      if (!bb_sql_bind_checked_text (insert, 3, C_("course field", "Parent’s or guardian’s name"),
                                     guardian->name, error) ||
          !_bb_courses_bind_checked_text (insert, 4, C_("course field", "Relation"), guardian->relation, error) ||
          !_bb_courses_bind_checked_text (insert, 5, C_("course field", "Parent’s or guardian’s phone"),
                                          guardian->phone, error) ||
          !_bb_courses_bind_checked_text (insert, 6, C_("course field", "Parent’s or guardian’s e-mail"),
                                          guardian->email, error) ||
          !_bb_courses_bind_checked_text (insert, 8, C_("course field", "Note on the parent or guardian"),
                                          guardian->note, error) ||
          !bb_database_step_done (self->database, insert, error))
        return FALSE;
      guardian->id = sqlite3_last_insert_rowid (bb_database_get_handle (self->database));
    }

  return TRUE;
}

static gboolean
write_young_person (BbYoungPersonRepository  *self,
                    BbYoungPerson            *young_person,
                    const char               *now,
                    GError                  **error)
{
  g_autofree char *sort_key = bb_text_sort_key (bb_young_person_get_name (young_person));
  g_autoptr(BbCachedStatement) stmt = NULL;
  gboolean is_new = bb_young_person_get_id (young_person) == 0;

  if (is_new)
    stmt = bb_database_prepare_cached (self->database,
                                       "INSERT INTO young_people (name, sort_key, is_pseudonym, birth_date, phone,"
                                       " email, address, occupation, occupation_note, consent_date, consent_scope,"
                                       " modified, uuid, created)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?12)",
                                       error);
  else
    stmt = bb_database_prepare_cached (self->database,
                                       "UPDATE young_people SET name = ?1, sort_key = ?2, is_pseudonym = ?3,"
                                       " birth_date = ?4, phone = ?5, email = ?6, address = ?7, occupation = ?8,"
                                       " occupation_note = ?9, consent_date = ?10, consent_scope = ?11,"
                                       " modified = ?12 WHERE id = ?14",
                                       error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 3, bb_young_person_get_is_pseudonym (young_person) ? 1 : 0);
  bb_sql_bind_text (stmt, 4, bb_young_person_get_birth_date (young_person));
  bb_sql_bind_text (stmt, 8, bb_occupation_to_key (bb_young_person_get_occupation (young_person)));
  bb_sql_bind_text (stmt, 10, bb_young_person_get_consent_date (young_person));
  if (!bb_sql_bind_checked_text (stmt, 1, C_("course field", "Name"), bb_young_person_get_name (young_person), error) ||
      !bb_sql_bind_checked_text (stmt, 2, C_("course field", "Name"), sort_key, error) ||
      !bb_sql_bind_checked_text (stmt, 5, C_("course field", "Phone"), bb_young_person_get_phone (young_person), error) ||
      !bb_sql_bind_checked_text (stmt, 6, C_("course field", "E-mail"), bb_young_person_get_email (young_person), error) ||
      !bb_sql_bind_checked_text (stmt, 7, C_("course field", "Address"), bb_young_person_get_address (young_person), error) ||
      !bb_sql_bind_checked_text (stmt, 9, C_("course field", "School, education or work"),
                                 bb_young_person_get_occupation_note (young_person), error) ||
      !bb_sql_bind_checked_text (stmt, 11, C_("course field", "Consent covers"),
                                 bb_young_person_get_consent_scope (young_person), error))
    return FALSE;
  bb_sql_bind_text (stmt, 12, now);
  if (is_new)
    bb_sql_bind_text (stmt, 13, bb_young_person_get_uuid (young_person));
  else
    sqlite3_bind_int64 (stmt, 14, bb_young_person_get_id (young_person));

  if (!bb_database_step_done (self->database, stmt, error))
    return FALSE;

  if (is_new)
    {
      bb_young_person_set_id (young_person, sqlite3_last_insert_rowid (bb_database_get_handle (self->database)));
      bb_young_person_set_created (young_person, now);
    }
  bb_young_person_set_modified (young_person, now);

  return write_guardians (self, young_person, error);
}

gboolean
bb_young_person_repository_save (BbYoungPersonRepository  *self,
                                 BbYoungPerson            *young_person,
                                 GError                  **error)
{
  g_autofree char *now = NULL;
  g_autofree char *detail = NULL;
  gboolean is_new;
  GDate today;

  g_return_val_if_fail (BB_IS_YOUNG_PERSON_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_YOUNG_PERSON (young_person), FALSE);

  _bb_courses_today (self->database, NULL, &today);
  if (!bb_young_person_validate (young_person, &today, error) || !bb_database_begin (self->database, error))
    return FALSE;

  now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));
  is_new = bb_young_person_get_id (young_person) == 0;

  if (!is_new)
    {
      g_autoptr(BbYoungPerson) before = bb_young_person_repository_get (self, bb_young_person_get_id (young_person), error);
      g_autoptr(GPtrArray) fields = NULL;

      if (before == NULL)
        goto failed;

      fields = bb_young_person_diff (before, young_person);
      if (fields->len == 0)
        {
          bb_database_rollback (self->database);
          return TRUE;
        }
      detail = _bb_courses_join_fields (fields);
    }

  if (!write_young_person (self, young_person, now, error) ||
      !_bb_access_log_write (self->database, bb_young_person_get_id (young_person),
                             is_new ? BB_ACCESS_ACTION_CREATE : BB_ACCESS_ACTION_CHANGE,
                             "young-person", bb_young_person_get_id (young_person), detail, error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_YOUNG_PEOPLE);
  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

gboolean
bb_young_person_repository_delete (BbYoungPersonRepository  *self,
                                   gint64                    id,
                                   GError                  **error)
{
  g_autoptr(BbStatement) stmt = NULL;

  g_return_val_if_fail (BB_IS_YOUNG_PERSON_REPOSITORY (self), FALSE);

  if (!bb_database_begin (self->database, error))
    return FALSE;

  if (_bb_courses_find_young_person (self->database, "SELECT id FROM young_people WHERE id = ?1", id,
                                     YOUNG_PERSON_GONE, error) == 0)
    goto failed;

  stmt = bb_database_prepare (self->database, "DELETE FROM young_people WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!bb_database_step_done (self->database, stmt, error) ||
      !_bb_access_log_write (self->database, id, BB_ACCESS_ACTION_DELETE, "young-person", id, NULL, error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_YOUNG_PEOPLE);
  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  bb_database_notify (self->database, BB_DOMAIN_MEETINGS);
  bb_database_notify (self->database, BB_DOMAIN_MEASURES);
  bb_database_notify (self->database, BB_DOMAIN_HANDOVERS);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}
