/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-rights-repository.h"
#include "bb-sql.h"

struct _BbRightsRepository
{
  GObject     parent_instance;

  BbDatabase *database;
};

G_DEFINE_FINAL_TYPE (BbRightsRepository, bb_rights_repository, G_TYPE_OBJECT)

#define OF_THE_COURSES " WHERE course_id IN (SELECT id FROM courses WHERE young_person_id = ?1)"

/* SELECT * so that a column a later migration adds is exported without a change
 * here; the tests check that every table referring to a young person is listed. */
static const struct
{
  const char *table;
  const char *sql;
} tables[] = {
  { "young_people", "SELECT * FROM young_people WHERE id = ?1" },
  { "guardians", "SELECT * FROM guardians WHERE young_person_id = ?1 ORDER BY position, id" },
  { "courses",
    "SELECT c.*, a.name AS adviser_name FROM courses c LEFT JOIN advisers a ON a.id = c.adviser_id"
    " WHERE c.young_person_id = ?1 ORDER BY c.first_contact, c.id" },
  { "course_staff",
    "SELECT s.*, a.name AS adviser_name FROM course_staff s JOIN advisers a ON a.id = s.adviser_id"
    " WHERE s.course_id IN (SELECT id FROM courses WHERE young_person_id = ?1)"
    " ORDER BY s.course_id, s.position" },
  { "course_goals", "SELECT * FROM course_goals" OF_THE_COURSES " ORDER BY course_id, position, id" },
  { "course_status_events",
    "SELECT * FROM course_status_events" OF_THE_COURSES " ORDER BY course_id, date, id" },
  { "meetings", "SELECT * FROM meetings" OF_THE_COURSES " ORDER BY course_id, date, time, id" },
  { "measures", "SELECT * FROM measures" OF_THE_COURSES " ORDER BY course_id, instrument, date, id" },
  /* Made from the measures for the overview, but held on them all the same. */
  { "course_scores", "SELECT * FROM course_scores" OF_THE_COURSES " ORDER BY course_id, instrument" },
  { "handovers", "SELECT * FROM handovers" OF_THE_COURSES " ORDER BY course_id, state_date, id" },
  { "access_log", "SELECT * FROM access_log WHERE young_person_id = ?1 ORDER BY id" },
};

static JsonNode *
column_to_node (sqlite3_stmt *stmt,
                int           column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_INTEGER:
      return json_node_init_int (json_node_alloc (), sqlite3_column_int64 (stmt, column));
    case SQLITE_FLOAT:
      return json_node_init_double (json_node_alloc (), sqlite3_column_double (stmt, column));
    case SQLITE_NULL:
      return json_node_init_null (json_node_alloc ());
    case SQLITE_BLOB:
      {
        g_autofree char *base64 = g_base64_encode (sqlite3_column_blob (stmt, column),
                                                   sqlite3_column_bytes (stmt, column));

        return json_node_init_string (json_node_alloc (), base64);
      }
    default:
      return json_node_init_string (json_node_alloc (), (const char *) sqlite3_column_text (stmt, column));
    }
}

static JsonArray *
read_table (BbRightsRepository  *self,
            const char          *sql,
            gint64               young_person_id,
            GError             **error)
{
  g_autoptr(BbStatement) stmt = bb_database_prepare (self->database, sql, error);
  g_autoptr(JsonArray) rows = json_array_new ();
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, young_person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsonObject *row = json_object_new ();

      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        json_object_set_member (row, sqlite3_column_name (stmt, i), column_to_node (stmt, i));
      json_array_add_object_element (rows, row);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

static void
bb_rights_repository_finalize (GObject *object)
{
  BbRightsRepository *self = BB_RIGHTS_REPOSITORY (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_rights_repository_parent_class)->finalize (object);
}

static void
bb_rights_repository_class_init (BbRightsRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_rights_repository_finalize;
}

static void
bb_rights_repository_init (BbRightsRepository *self)
{
}

BbRightsRepository *
bb_rights_repository_new (BbDatabase *database)
{
  BbRightsRepository *self;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self = g_object_new (BB_TYPE_RIGHTS_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  return self;
}

JsonObject *
bb_rights_repository_read_all (BbRightsRepository  *self,
                               gint64               young_person_id,
                               GError             **error)
{
  g_autoptr(JsonObject) all = json_object_new ();

  g_return_val_if_fail (BB_IS_RIGHTS_REPOSITORY (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      JsonArray *rows = read_table (self, tables[i].sql, young_person_id, error);

      if (rows == NULL)
        return NULL;
      if (i == 0 && json_array_get_length (rows) == 0)
        {
          json_array_unref (rows);
          g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                               _("The young person no longer exists. They may have been deleted in another window."));
          return NULL;
        }
      json_object_set_array_member (all, tables[i].table, rows);
    }

  return g_steal_pointer (&all);
}
