/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-courses-resources.h"
#include "bb-instrument-repository.h"
#include "bb-sql.h"
#include "bb-text.h"

#define INSTRUMENTS_PATH "/io/github/brobygger/Brobygger/instruments"

struct _BbInstrumentRepository
{
  GObject     parent_instance;

  BbDatabase *database;
  GListStore *instruments;
};

G_DEFINE_FINAL_TYPE (BbInstrumentRepository, bb_instrument_repository, G_TYPE_OBJECT)

static void
ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      bb_courses_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

static int
compare_instruments (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  BbInstrument *x = (BbInstrument *) a;
  BbInstrument *y = (BbInstrument *) b;
  g_autofree char *x_key = NULL;
  g_autofree char *y_key = NULL;

  if (bb_instrument_is_custom (x) != bb_instrument_is_custom (y))
    return bb_instrument_is_custom (x) ? 1 : -1;

  x_key = bb_text_sort_key (bb_instrument_get_name (x));
  y_key = bb_text_sort_key (bb_instrument_get_name (y));
  return g_strcmp0 (x_key, y_key);
}

static gboolean
load_built_in (BbInstrumentRepository  *self,
               GError                 **error)
{
  g_auto(GStrv) names = g_resources_enumerate_children (INSTRUMENTS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (names == NULL)
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_path ("/", INSTRUMENTS_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      g_autofree char *json = NULL;
      g_autoptr(BbInstrument) instrument = NULL;

      if (bytes == NULL)
        return FALSE;

      json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      instrument = bb_instrument_new_from_json (json, error);
      if (instrument == NULL)
        {
          g_prefix_error (error, "%s: ", names[i]);
          return FALSE;
        }

      g_list_store_insert_sorted (self->instruments, instrument, compare_instruments, NULL);
    }

  return TRUE;
}

static gboolean
load_custom (BbInstrumentRepository  *self,
             GError                 **error)
{
  g_autoptr(BbStatement) stmt = bb_database_prepare (self->database,
                                                     "SELECT key, definition FROM instruments ORDER BY id",
                                                     error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(BbInstrument) instrument = bb_instrument_new_from_json (bb_sql_column_text (stmt, 1), &local_error);

      /* One damaged definition must not hide the measures of the others. */
      if (instrument == NULL)
        {
          g_warning ("Instrument %s: %s", bb_sql_column_text (stmt, 0), local_error->message);
          continue;
        }

      g_list_store_insert_sorted (self->instruments, instrument, compare_instruments, NULL);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  return TRUE;
}

static void
bb_instrument_repository_finalize (GObject *object)
{
  BbInstrumentRepository *self = BB_INSTRUMENT_REPOSITORY (object);

  g_clear_object (&self->instruments);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_instrument_repository_parent_class)->finalize (object);
}

static void
bb_instrument_repository_class_init (BbInstrumentRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_instrument_repository_finalize;
}

static void
bb_instrument_repository_init (BbInstrumentRepository *self)
{
  self->instruments = g_list_store_new (BB_TYPE_INSTRUMENT);
}

BbInstrumentRepository *
bb_instrument_repository_new (BbDatabase  *database,
                              GError     **error)
{
  g_autoptr(BbInstrumentRepository) self = NULL;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  ensure_resources ();

  self = g_object_new (BB_TYPE_INSTRUMENT_REPOSITORY, NULL);
  self->database = g_object_ref (database);

  if (!load_built_in (self, error) || !load_custom (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

GListModel *
bb_instrument_repository_list (BbInstrumentRepository *self)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT_REPOSITORY (self), NULL);

  return G_LIST_MODEL (self->instruments);
}

static gboolean
find (BbInstrumentRepository *self,
      const char             *key,
      guint                  *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->instruments)); i++)
    {
      g_autoptr(BbInstrument) instrument = g_list_model_get_item (G_LIST_MODEL (self->instruments), i);

      if (g_strcmp0 (bb_instrument_get_key (instrument), key) == 0)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

BbInstrument *
bb_instrument_repository_lookup (BbInstrumentRepository *self,
                                 const char             *key)
{
  guint position;

  g_return_val_if_fail (BB_IS_INSTRUMENT_REPOSITORY (self), NULL);

  if (key == NULL || !find (self, key, &position))
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->instruments), position);
}

gboolean
bb_instrument_repository_add (BbInstrumentRepository  *self,
                              BbInstrument            *instrument,
                              GError                 **error)
{
  g_autofree char *now = NULL;
  g_autoptr(BbStatement) stmt = NULL;
  guint position;

  g_return_val_if_fail (BB_IS_INSTRUMENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_INSTRUMENT (instrument), FALSE);

  if (!bb_instrument_is_custom (instrument) || find (self, bb_instrument_get_key (instrument), &position))
    {
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID,
                   _("There is already an instrument “%s”."), bb_instrument_get_name (instrument));
      return FALSE;
    }

  if (!bb_database_begin (self->database, error))
    return FALSE;

  now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));
  stmt = bb_database_prepare (self->database,
                              "INSERT INTO instruments (key, definition, created) VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    goto failed;

  bb_sql_bind_text (stmt, 3, now);
  if (!bb_sql_bind_checked_text (stmt, 1, C_("course field", "Instrument"), bb_instrument_get_key (instrument),
                                 error) ||
      !bb_sql_bind_checked_text (stmt, 2, C_("course field", "Instrument"), bb_instrument_get_json (instrument),
                                 error) ||
      !bb_database_step_done (self->database, stmt, error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_INSTRUMENTS);
  if (!bb_database_commit (self->database, error))
    return FALSE;

  g_list_store_insert_sorted (self->instruments, instrument, compare_instruments, NULL);
  return TRUE;

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

gboolean
bb_instrument_repository_remove (BbInstrumentRepository  *self,
                                 const char              *key,
                                 GError                 **error)
{
  g_autoptr(BbInstrument) instrument = NULL;
  g_autoptr(BbStatement) used = NULL;
  g_autoptr(BbStatement) stmt = NULL;
  guint position;

  g_return_val_if_fail (BB_IS_INSTRUMENT_REPOSITORY (self), FALSE);

  instrument = bb_instrument_repository_lookup (self, key);
  if (instrument == NULL || !bb_instrument_is_custom (instrument))
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                           _("Only instruments the users defined can be removed."));
      return FALSE;
    }

  if (!bb_database_begin (self->database, error))
    return FALSE;

  used = bb_database_prepare (self->database, "SELECT count (*) FROM measures WHERE instrument = ?1", error);
  if (used == NULL)
    goto failed;
  bb_sql_bind_text (used, 1, key);
  if (sqlite3_step (used) != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      goto failed;
    }

  if (sqlite3_column_int64 (used, 0) > 0)
    {
      guint n = (guint) sqlite3_column_int64 (used, 0);

      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” cannot be removed: %u measure uses it.",
                                "“%s” cannot be removed: %u measures use it.", n),
                   bb_instrument_get_name (instrument), n);
      goto failed;
    }

  stmt = bb_database_prepare (self->database, "DELETE FROM instruments WHERE key = ?1", error);
  if (stmt == NULL)
    goto failed;
  bb_sql_bind_text (stmt, 1, key);
  if (!bb_database_step_done (self->database, stmt, error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_INSTRUMENTS);
  if (!bb_database_commit (self->database, error))
    return FALSE;

  if (find (self, key, &position))
    g_list_store_remove (self->instruments, position);
  return TRUE;

failed:
  bb_database_rollback (self->database);
  return FALSE;
}
