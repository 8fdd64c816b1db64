/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-catalogue-private.h"
#include "bb-offer-change.h"
#include "bb-offer-repository-private.h"
#include "bb-text.h"

G_DEFINE_FINAL_TYPE (BbOfferRepository, bb_offer_repository, G_TYPE_OBJECT)

/* ---- the search index ------------------------------------------------ */

/* Brings offer_fts up to date with the offers the triggers noted as changed
 * (see migrations/0002-catalogue-search.sql), inside the transaction that changed
 * them. A list rename re-indexes the offers that show it, which then changed too. */
static gboolean
sync_search_index (BbDatabase  *database,
                   gpointer     user_data,
                   GError     **error)
{
  gint64 pending = bb_database_query_int64 (database, "SELECT count(*) FROM offer_search_pending", error);

  if (pending < 0)
    return FALSE;
  if (pending == 0)
    return TRUE;

  if (!bb_database_exec (database,
                         "DELETE FROM offer_fts"
                         " WHERE rowid IN (SELECT offer_id FROM offer_search_pending);"
                         "INSERT INTO offer_fts (rowid, title, body, provider, target_groups, steps, keywords, contacts)"
                         " SELECT id, title, body, provider, target_groups, steps, keywords, contacts"
                         "   FROM offer_search_text"
                         "  WHERE id IN (SELECT offer_id FROM offer_search_pending);"
                         "DELETE FROM offer_search_pending;",
                         error))
    return FALSE;

  bb_database_notify (database, BB_DOMAIN_OFFERS);
  return TRUE;
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_offer_repository_finalize (GObject *object)
{
  BbOfferRepository *self = BB_OFFER_REPOSITORY (object);

  if (self->search_hook != 0)
    bb_database_remove_pre_commit_hook (self->database, self->search_hook);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_offer_repository_parent_class)->finalize (object);
}

static void
bb_offer_repository_class_init (BbOfferRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_offer_repository_finalize;
}

static void
bb_offer_repository_init (BbOfferRepository *self)
{
}

BbOfferRepository *
bb_offer_repository_new (BbDatabase  *database,
                         GError     **error)
{
  g_autoptr(BbOfferRepository) self = NULL;
  gint64 pending;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self = g_object_new (BB_TYPE_OFFER_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  self->search_hook = bb_database_add_pre_commit_hook (database, sync_search_index, NULL, NULL);

  /* Catches up with writes made by other programs since the last run; a command that
   * only reads does not need the index and must not write. */
  pending = bb_database_is_read_only (database)
            ? 0 : bb_database_query_int64 (database, "SELECT count(*) FROM offer_search_pending", NULL);
  if (pending > 0 &&
      (!bb_database_begin (database, error) || !bb_database_commit (database, error)))
    return NULL;

  return g_steal_pointer (&self);
}

BbDatabase *
bb_offer_repository_get_database (BbOfferRepository *self)
{
  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), NULL);

  return self->database;
}

/* ---- loading offers -------------------------------------------------- */

#define OFFER_COLUMNS \
  "o.id, o.uuid, o.title, o.summary, o.description, o.legal_basis, o.age_min, o.age_max," \
  " o.access, o.capacity, o.waiting_weeks, o.location, o.opening_hours, o.status," \
  " o.reviewed, o.keywords, o.created, o.modified," \
  " p.id, p.uuid, p.name, p.sector, p.department, p.website, p.email, p.phone"

static BbOffer *
offer_from_row (sqlite3_stmt *stmt)
{
  BbOffer *offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = _bb_provider_from_row (stmt, 18);
  BbAccess access = BB_ACCESS_OPEN;
  BbOfferStatus status = BB_OFFER_STATUS_ACTIVE;

  bb_access_from_key (bb_sql_column_text (stmt, 8), &access);
  bb_offer_status_from_key (bb_sql_column_text (stmt, 13), &status);

  bb_offer_set_id (offer, sqlite3_column_int64 (stmt, 0));
  bb_offer_set_uuid (offer, bb_sql_column_text (stmt, 1));
  bb_offer_set_title (offer, bb_sql_column_text (stmt, 2));
  bb_offer_set_summary (offer, bb_sql_column_text (stmt, 3));
  bb_offer_set_description (offer, bb_sql_column_text (stmt, 4));
  bb_offer_set_legal_basis (offer, bb_sql_column_text (stmt, 5));
  bb_offer_set_age_min (offer, bb_sql_column_optional_int (stmt, 6));
  bb_offer_set_age_max (offer, bb_sql_column_optional_int (stmt, 7));
  bb_offer_set_access (offer, access);
  bb_offer_set_capacity (offer, bb_sql_column_optional_int (stmt, 9));
  bb_offer_set_waiting_weeks (offer, bb_sql_column_optional_int (stmt, 10));
  bb_offer_set_location (offer, bb_sql_column_text (stmt, 11));
  bb_offer_set_opening_hours (offer, bb_sql_column_text (stmt, 12));
  bb_offer_set_status (offer, status);
  bb_offer_set_reviewed (offer, bb_sql_column_text (stmt, 14));
  bb_offer_set_keywords (offer, bb_sql_column_text (stmt, 15));
  bb_offer_set_created (offer, bb_sql_column_text (stmt, 16));
  bb_offer_set_modified (offer, bb_sql_column_text (stmt, 17));
  bb_offer_set_provider (offer, provider);
  return offer;
}

/* Columns: id, uuid, name, role, phone, email, ambassador. */
static gpointer
contact_from_row (sqlite3_stmt *stmt)
{
  BbContact *contact = bb_contact_new (bb_sql_column_text (stmt, 2));

  bb_contact_set_id (contact, sqlite3_column_int64 (stmt, 0));
  bb_contact_set_uuid (contact, bb_sql_column_text (stmt, 1));
  bb_contact_set_role (contact, bb_sql_column_text (stmt, 3));
  bb_contact_set_phone (contact, bb_sql_column_text (stmt, 4));
  bb_contact_set_email (contact, bb_sql_column_text (stmt, 5));
  bb_contact_set_ambassador (contact, sqlite3_column_int (stmt, 6) != 0);
  return contact;
}

/* Columns: field, old_value, new_value, changed_at, changed_by. */
static gpointer
change_from_row (sqlite3_stmt *stmt)
{
  BbOfferChange *change = bb_offer_change_new (bb_sql_column_text (stmt, 0),
                                               bb_sql_column_text (stmt, 1),
                                               bb_sql_column_text (stmt, 2));

  bb_offer_change_set_changed_at (change, bb_sql_column_text (stmt, 3));
  bb_offer_change_set_changed_by (change, bb_sql_column_text (stmt, 4));
  return change;
}

static gboolean
load_offer_lists (BbOfferRepository *self,
                  BbOffer  *offer,
                  GError  **error)
{
  gint64 id = bb_offer_get_id (offer);
  g_autoptr(BbCachedStatement) groups = NULL;
  g_autoptr(BbCachedStatement) steps = NULL;
  g_autoptr(BbCachedStatement) contacts = NULL;

  groups = bb_database_prepare_cached (self->database,
                           "SELECT t.id, t.uuid, t.name, t.position"
                           "  FROM offer_target_groups ot JOIN target_groups t ON t.id = ot.target_group_id"
                           " WHERE ot.offer_id = ?1 ORDER BY t.position, t.name",
                           error);
  if (groups == NULL)
    return FALSE;
  sqlite3_bind_int64 (groups, 1, id);
  if (!bb_database_collect_rows (self->database, groups, bb_offer_get_target_groups (offer), _bb_target_group_from_row, error))
    return FALSE;

  steps = bb_database_prepare_cached (self->database,
                          "SELECT s.id, s.uuid, s.level, s.name, s.description"
                          "  FROM offer_steps os JOIN steps s ON s.id = os.step_id"
                          " WHERE os.offer_id = ?1 ORDER BY s.level, s.name",
                          error);
  if (steps == NULL)
    return FALSE;
  sqlite3_bind_int64 (steps, 1, id);
  if (!bb_database_collect_rows (self->database, steps, bb_offer_get_steps (offer), _bb_step_from_row, error))
    return FALSE;

  contacts = bb_database_prepare_cached (self->database,
                             "SELECT id, uuid, name, role, phone, email, ambassador"
                             "  FROM contacts WHERE offer_id = ?1 ORDER BY position, id",
                             error);
  if (contacts == NULL)
    return FALSE;
  sqlite3_bind_int64 (contacts, 1, id);

  return bb_database_collect_rows (self->database, contacts, bb_offer_get_contacts (offer), contact_from_row, error);
}

static BbOffer *
load_offer (BbOfferRepository *self,
            const char  *sql,
            gint64       id,
            const char  *uuid,
            GError     **error)
{
  g_autoptr(BbCachedStatement) stmt = bb_database_prepare_cached (self->database, sql, error);
  g_autoptr(BbOffer) offer = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  if (uuid != NULL)
    bb_sql_bind_text (stmt, 1, uuid);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  offer = offer_from_row (stmt);
  if (!load_offer_lists (self, offer, error) ||
      !_bb_offer_repository_load_details (self, offer, error))
    return NULL;

  return g_steal_pointer (&offer);
}

BbOffer *
bb_offer_repository_get (BbOfferRepository *self,
                    gint64    id,
                    GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  BbOffer *offer;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), NULL);

  offer = load_offer (self,
                      "SELECT " OFFER_COLUMNS
                      "  FROM offers o JOIN providers p ON p.id = o.provider_id WHERE o.id = ?1",
                      id, NULL, &local_error);
  if (offer == NULL && local_error == NULL)
    g_set_error_literal (&local_error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                         _("The offer no longer exists. It may have been deleted in another window."));
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return offer;
}

BbOffer *
bb_offer_repository_find_by_uuid (BbOfferRepository *self,
                             const char  *uuid,
                             GError     **error)
{
  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return load_offer (self,
                     "SELECT " OFFER_COLUMNS
                     "  FROM offers o JOIN providers p ON p.id = o.provider_id WHERE o.uuid = ?1",
                     0, uuid, error);
}

/* ---- saving offers --------------------------------------------------- */

/* Looks a row up by name in one of the small lists; 0 when there is none. @sql is a
 * string constant: an import asks this for every offer, so the statement is cached. */
static gint64
find_id_by_name (BbOfferRepository *self,
                 const char  *sql,
                 const char  *name,
                 GError     **error)
{
  g_autoptr(BbCachedStatement) stmt = bb_database_prepare_cached (self->database, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;

  bb_sql_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;

  bb_database_set_error (self->database, error);
  return -1;
}

/* Gives the provider, target groups and steps of an offer their ids, matching by name
 * what a form or a file named without one, and creating what does not exist yet. */
static gboolean
resolve_references (BbOfferRepository *self,
                    BbOffer  *offer,
                    GError  **error)
{
  BbProvider *provider = bb_offer_get_provider (offer);
  GListModel *groups = G_LIST_MODEL (bb_offer_get_target_groups (offer));
  GListModel *steps = G_LIST_MODEL (bb_offer_get_steps (offer));
  gint64 id;

  if (!_bb_offer_repository_resolve_provider (self, provider, error))
    return FALSE;

  if (bb_provider_get_id (provider) == 0)
    {
      id = find_id_by_name (self, "SELECT id FROM providers WHERE name = ?1",
                            bb_provider_get_name (provider), error);
      if (id < 0)
        return FALSE;
      if (id > 0)
        bb_provider_set_id (provider, id);
      else if (!_bb_list_write_provider (self->database, provider, error))
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
      else if (!_bb_list_write_target_group (self->database, group, error))
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
      else if (!_bb_list_write_step (self->database, step, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_bb_offer_repository_add_history (BbOfferRepository  *self,
                                  gint64              offer_id,
                                  const char         *changed_at,
                                  const char         *field,
                                  const char         *old_value,
                                  const char         *new_value,
                                  GError            **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;

  stmt = bb_database_prepare_cached (self->database,
                  "INSERT INTO offer_history (offer_id, changed_at, changed_by, field, old_value, new_value)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, offer_id);
  bb_sql_bind_text (stmt, 2, changed_at);
  bb_sql_bind_text (stmt, 4, field);
  return bb_sql_bind_checked_text (stmt, 3, _("Adviser Name"), bb_database_get_user_name (self->database), error) &&
         bb_sql_bind_checked_text (stmt, 5, _("History"), old_value, error) &&
         bb_sql_bind_checked_text (stmt, 6, _("History"), new_value, error) &&
         bb_database_step_done (self->database, stmt, error);
}

static gboolean
write_offer_links (BbOfferRepository *self,
                   BbOffer  *offer,
                   GError  **error)
{
  gint64 id = bb_offer_get_id (offer);
  GListModel *groups = G_LIST_MODEL (bb_offer_get_target_groups (offer));
  GListModel *steps = G_LIST_MODEL (bb_offer_get_steps (offer));
  GListModel *contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  /* Cached: an import writes thousands of offers through these. */
  static const char * const clear_sql[] = {
    "DELETE FROM offer_target_groups WHERE offer_id = ?1",
    "DELETE FROM offer_steps WHERE offer_id = ?1",
    "DELETE FROM contacts WHERE offer_id = ?1",
  };
  g_autoptr(BbCachedStatement) link_group = NULL;
  g_autoptr(BbCachedStatement) link_step = NULL;
  g_autoptr(BbCachedStatement) uuid_taken = NULL;
  g_autoptr(BbCachedStatement) insert_contact = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (clear_sql); i++)
    {
      g_autoptr(BbCachedStatement) clear = bb_database_prepare_cached (self->database, clear_sql[i], error);

      if (clear == NULL)
        return FALSE;
      sqlite3_bind_int64 (clear, 1, id);
      if (!bb_database_step_done (self->database, clear, error))
        return FALSE;
    }

  link_group = bb_database_prepare_cached (self->database,
                        "INSERT OR IGNORE INTO offer_target_groups (offer_id, target_group_id) VALUES (?1, ?2)",
                        error);
  link_step = bb_database_prepare_cached (self->database,
                       "INSERT OR IGNORE INTO offer_steps (offer_id, step_id) VALUES (?1, ?2)",
                       error);
  uuid_taken = bb_database_prepare_cached (self->database, "SELECT 1 FROM contacts WHERE uuid = ?1", error);
  insert_contact = bb_database_prepare_cached (self->database,
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
      if (!bb_database_step_done (self->database, link_group, error))
        return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);

      sqlite3_reset (link_step);
      sqlite3_bind_int64 (link_step, 1, id);
      sqlite3_bind_int64 (link_step, 2, bb_step_get_id (step));
      if (!bb_database_step_done (self->database, link_step, error))
        return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

      /* A file may reuse a contact id that another offer already holds. */
      sqlite3_reset (uuid_taken);
      bb_sql_bind_text (uuid_taken, 1, bb_contact_get_uuid (contact));
      if (sqlite3_step (uuid_taken) == SQLITE_ROW)
        {
          g_autofree char *uuid = g_uuid_string_random ();

          bb_contact_set_uuid (contact, uuid);
        }

      sqlite3_reset (insert_contact);
      sqlite3_bind_int64 (insert_contact, 2, id);
      sqlite3_bind_int (insert_contact, 3, i);
      sqlite3_bind_int (insert_contact, 8, bb_contact_get_ambassador (contact) ? 1 : 0);
      if (!bb_sql_bind_checked_text (insert_contact, 1, _("Identifier"), bb_contact_get_uuid (contact), error) ||
          !bb_sql_bind_checked_text (insert_contact, 4, _("Contact persons"), bb_contact_get_name (contact), error) ||
          !bb_sql_bind_checked_text (insert_contact, 5, _("Contact persons"), bb_contact_get_role (contact), error) ||
          !bb_sql_bind_checked_text (insert_contact, 6, _("Contact persons"), bb_contact_get_phone (contact), error) ||
          !bb_sql_bind_checked_text (insert_contact, 7, _("Contact persons"), bb_contact_get_email (contact), error) ||
          !bb_database_step_done (self->database, insert_contact, error))
        return FALSE;
      bb_contact_set_id (contact, sqlite3_last_insert_rowid (bb_database_get_handle (self->database)));
    }

  return TRUE;
}

gboolean
_bb_offer_repository_write (BbOfferRepository *self,
             BbOffer  *offer,
             GError  **error)
{
  g_autofree char *now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));
  g_autofree char *sort_key = bb_text_sort_key (bb_offer_get_title (offer));
  g_autoptr(BbOffer) before = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autofree char *modified = NULL;
  gboolean is_new = bb_offer_get_id (offer) == 0;

  if (!bb_offer_validate (offer, error))
    return FALSE;

  if (!is_new)
    {
      before = bb_offer_repository_get (self, bb_offer_get_id (offer), error);
      if (before == NULL)
        return FALSE;
    }
  modified = _bb_offer_repository_dup_modified (offer, before, now);

  if (!resolve_references (self, offer, error))
    return FALSE;

  if (is_new)
    stmt = bb_database_prepare_cached (self->database,
                    "INSERT INTO offers (title, sort_key, summary, description, provider_id,"
                    " legal_basis, age_min, age_max, access, capacity, waiting_weeks, location,"
                    " opening_hours, status, reviewed, keywords, modified, uuid, created)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                    " ?16, ?17, ?18, ?19)",
                    error);
  else
    stmt = bb_database_prepare_cached (self->database,
                    "UPDATE offers SET title = ?1, sort_key = ?2, summary = ?3, description = ?4,"
                    " provider_id = ?5, legal_basis = ?6, age_min = ?7, age_max = ?8, access = ?9,"
                    " capacity = ?10, waiting_weeks = ?11, location = ?12, opening_hours = ?13,"
                    " status = ?14, reviewed = ?15, keywords = ?16, modified = ?17, deleted = 0,"
                    " deleted_at = NULL"
                    " WHERE id = ?18",
                    error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 5, bb_provider_get_id (bb_offer_get_provider (offer)));
  bb_sql_bind_optional_int (stmt, 7, bb_offer_get_age_min (offer));
  bb_sql_bind_optional_int (stmt, 8, bb_offer_get_age_max (offer));
  bb_sql_bind_text (stmt, 9, bb_access_to_key (bb_offer_get_access (offer)));
  bb_sql_bind_optional_int (stmt, 10, bb_offer_get_capacity (offer));
  bb_sql_bind_optional_int (stmt, 11, bb_offer_get_waiting_weeks (offer));
  bb_sql_bind_text (stmt, 14, bb_offer_status_to_key (bb_offer_get_status (offer)));
  bb_sql_bind_text (stmt, 17, modified);
  if (is_new)
    bb_sql_bind_text (stmt, 19, now);
  if (!is_new)
    sqlite3_bind_int64 (stmt, 18, bb_offer_get_id (offer));

  /* Everything typed or read from a file; the labels are those of the history. */
  if (!bb_sql_bind_checked_text (stmt, 1, _("Title"), bb_offer_get_title (offer), error) ||
      !bb_sql_bind_checked_text (stmt, 2, _("Title"), sort_key, error) ||
      !bb_sql_bind_checked_text (stmt, 3, _("Summary"), bb_offer_get_summary (offer), error) ||
      !bb_sql_bind_checked_text (stmt, 4, _("Description"), bb_offer_get_description (offer), error) ||
      !bb_sql_bind_checked_text (stmt, 6, _("Legal basis"), bb_offer_get_legal_basis (offer), error) ||
      !bb_sql_bind_checked_text (stmt, 12, _("Location"), bb_offer_get_location (offer), error) ||
      !bb_sql_bind_checked_text (stmt, 13, _("Opening hours"), bb_offer_get_opening_hours (offer), error) ||
      !bb_sql_bind_checked_text (stmt, 15, _("Last reviewed"), bb_offer_get_reviewed (offer), error) ||
      !bb_sql_bind_checked_text (stmt, 16, _("Keywords"), bb_offer_get_keywords (offer), error) ||
      (is_new && !bb_sql_bind_checked_text (stmt, 18, _("Identifier"), bb_offer_get_uuid (offer), error)) ||
      !bb_database_step_done (self->database, stmt, error))
    return FALSE;

  if (is_new)
    {
      bb_offer_set_id (offer, sqlite3_last_insert_rowid (bb_database_get_handle (self->database)));
      bb_offer_set_created (offer, now);
    }
  bb_offer_set_modified (offer, modified);

  if (!write_offer_links (self, offer, error) ||
      !_bb_offer_repository_write_details (self, offer, before, error))
    return FALSE;

  bb_database_notify (self->database, BB_DOMAIN_OFFERS);

  if (is_new)
    return _bb_offer_repository_add_first_history (self, offer, now, error);

  changes = bb_offer_diff (before, offer);
  for (guint i = 0; i < changes->len; i++)
    {
      BbOfferChange *change = g_ptr_array_index (changes, i);

      if (!_bb_offer_repository_add_history (self, bb_offer_get_id (offer), now,
                                             bb_offer_change_get_field (change),
                                             bb_offer_change_get_old_value (change),
                                             bb_offer_change_get_new_value (change),
                                             error))
        return FALSE;
    }

  return TRUE;
}

/* The offer and the rows it names that have no id yet: a save that rolls back must
 * leave them without one, or the next save would point at rows that never were. */
static GPtrArray *
collect_unsaved (BbOffer *offer)
{
  GPtrArray *unsaved = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *groups = G_LIST_MODEL (bb_offer_get_target_groups (offer));
  GListModel *steps = G_LIST_MODEL (bb_offer_get_steps (offer));
  BbProvider *provider = bb_offer_get_provider (offer);

  if (bb_offer_get_id (offer) == 0)
    g_ptr_array_add (unsaved, g_object_ref (offer));
  if (provider != NULL && bb_provider_get_id (provider) == 0)
    g_ptr_array_add (unsaved, g_object_ref (provider));
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, i);

      if (bb_target_group_get_id (group) == 0)
        g_ptr_array_add (unsaved, g_steal_pointer (&group));
    }
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);

      if (bb_step_get_id (step) == 0)
        g_ptr_array_add (unsaved, g_steal_pointer (&step));
    }

  return unsaved;
}

static void
forget_ids (GPtrArray *unsaved)
{
  for (guint i = 0; i < unsaved->len; i++)
    {
      gpointer object = g_ptr_array_index (unsaved, i);

      if (BB_IS_OFFER (object))
        bb_offer_set_id (object, 0);
      else if (BB_IS_PROVIDER (object))
        bb_provider_set_id (object, 0);
      else if (BB_IS_TARGET_GROUP (object))
        bb_target_group_set_id (object, 0);
      else if (BB_IS_STEP (object))
        bb_step_set_id (object, 0);
    }
}

gboolean
bb_offer_repository_save (BbOfferRepository *self,
                     BbOffer  *offer,
                     GError  **error)
{
  g_autoptr(GPtrArray) unsaved = NULL;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_OFFER (offer), FALSE);

  if (!bb_offer_validate (offer, error) || !bb_database_begin (self->database, error))
    return FALSE;

  unsaved = collect_unsaved (offer);
  if (!_bb_offer_repository_write (self, offer, error))
    {
      bb_database_rollback (self->database);
      forget_ids (unsaved);
      return FALSE;
    }

  if (!bb_database_commit (self->database, error))
    {
      forget_ids (unsaved);
      return FALSE;
    }

  return TRUE;
}

gboolean
bb_offer_repository_mark_reviewed (BbOfferRepository *self,
                              gint64    id,
                              GDate    *date,
                              GError  **error)
{
  g_autoptr(BbOffer) offer = NULL;
  char iso[16];

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  offer = bb_offer_repository_get (self, id, error);
  if (offer == NULL)
    return FALSE;

  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
  bb_offer_set_reviewed (offer, iso);
  return bb_offer_repository_save (self, offer, error);
}

GListModel *
bb_offer_repository_list_history (BbOfferRepository *self,
                             gint64    id,
                             GError  **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  g_autoptr(GListStore) history = g_list_store_new (BB_TYPE_OFFER_CHANGE);

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), NULL);

  stmt = bb_database_prepare (self->database,
                  "SELECT field, old_value, new_value, changed_at, changed_by"
                  "  FROM offer_history WHERE offer_id = ?1 ORDER BY id DESC",
                  error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!bb_database_collect_rows (self->database, stmt, history, change_from_row, error))
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&history));
}

