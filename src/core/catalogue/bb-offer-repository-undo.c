/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Undoing an import: every offer it changed back as it was before, in one transaction
 * the history records. See migrations/0004-catalogue-exchange.sql. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-catalogue-private.h"
#include "bb-import-private.h"
#include "bb-offer-repository-private.h"

/* ---- what an offer was before ---------------------------------------- */

/* The details' fields of their own, as maybe-strings so an unset one stays unset;
 * their records (phones, places, schedules, terms) under "records". */
#define DETAIL_TEXTS(X) \
  X ("alternate-name", alternate_name) X ("url", url) X ("email", email) \
  X ("how-to-get-in", how_to_get_in) X ("fees", fees) X ("eligibility", eligibility) \
  X ("alert", alert) X ("details-extra", extra)

static void
snapshot_details (GVariantBuilder      *builder,
                  const BbOfferDetails *details)
{
#define ADD_TEXT(key, field) \
  g_variant_builder_add (builder, "{sv}", key, g_variant_new ("ms", details->field));
  DETAIL_TEXTS (ADD_TEXT)
#undef ADD_TEXT
  g_variant_builder_add (builder, "{sv}", "access-stated", g_variant_new_boolean (details->access_stated));
  g_variant_builder_add (builder, "{sv}", "records", _bb_offer_details_records_to_variant (details));
}

/* A snapshot from before the details were in it leaves them as they are. */
static void
restore_details (GVariant       *variant,
                 BbOfferDetails *details)
{
  g_autoptr(GVariant) records = NULL;
  const char *text;
  gboolean stated;

#define TAKE_TEXT(key, field) \
  if (g_variant_lookup (variant, key, "m&s", &text)) \
    { \
      g_free (details->field); \
      details->field = g_strdup (text); \
    }
  DETAIL_TEXTS (TAKE_TEXT)
#undef TAKE_TEXT
  if (g_variant_lookup (variant, "access-stated", "b", &stated))
    details->access_stated = stated;
  records = g_variant_lookup_value (variant, "records", G_VARIANT_TYPE ("av"));
  if (records != NULL)
    _bb_offer_details_records_from_variant (details, records);
}

/* The offer as the undo puts it back, in a form later versions can still read: a
 * dictionary, so fields can be added. Lists keep their ids and names. */
GBytes *
_bb_import_snapshot (BbOffer *offer)
{
  GListModel *groups = G_LIST_MODEL (bb_offer_get_target_groups (offer));
  GListModel *steps = G_LIST_MODEL (bb_offer_get_steps (offer));
  GListModel *contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  BbProvider *provider = bb_offer_get_provider (offer);
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  GVariantBuilder list;
  g_autoptr(GVariant) variant = NULL;

#define TEXT(key, field) \
  g_variant_builder_add (&builder, "{sv}", key, g_variant_new_string (bb_offer_get_##field (offer)))
#define NUMBER(key, field) \
  g_variant_builder_add (&builder, "{sv}", key, g_variant_new_int32 (bb_offer_get_##field (offer)))

  TEXT ("title", title);
  TEXT ("summary", summary);
  TEXT ("description", description);
  TEXT ("legal-basis", legal_basis);
  NUMBER ("age-min", age_min);
  NUMBER ("age-max", age_max);
  NUMBER ("capacity", capacity);
  NUMBER ("waiting-weeks", waiting_weeks);
  TEXT ("location", location);
  TEXT ("opening-hours", opening_hours);
  TEXT ("keywords", keywords);

#undef TEXT
#undef NUMBER

  g_variant_builder_add (&builder, "{sv}", "access",
                         g_variant_new_string (bb_access_to_key (bb_offer_get_access (offer))));
  snapshot_details (&builder, bb_offer_get_details (offer));
  g_variant_builder_add (&builder, "{sv}", "status",
                         g_variant_new_string (bb_offer_status_to_key (bb_offer_get_status (offer))));
  g_variant_builder_add (&builder, "{sv}", "reviewed",
                         g_variant_new_string (bb_offer_get_reviewed (offer) != NULL
                                               ? bb_offer_get_reviewed (offer) : ""));
  g_variant_builder_add (&builder, "{sv}", "provider",
                         g_variant_new ("(xs)", bb_provider_get_id (provider), bb_provider_get_name (provider)));

  g_variant_builder_init (&list, G_VARIANT_TYPE ("a(xs)"));
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, i);

      g_variant_builder_add (&list, "(xs)", bb_target_group_get_id (group), bb_target_group_get_name (group));
    }
  g_variant_builder_add (&builder, "{sv}", "target-groups", g_variant_builder_end (&list));

  g_variant_builder_init (&list, G_VARIANT_TYPE ("a(xis)"));
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);

      g_variant_builder_add (&list, "(xis)", bb_step_get_id (step), bb_step_get_level (step),
                             bb_step_get_name (step));
    }
  g_variant_builder_add (&builder, "{sv}", "steps", g_variant_builder_end (&list));

  g_variant_builder_init (&list, G_VARIANT_TYPE ("a(sssssb)"));
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

      g_variant_builder_add (&list, "(sssssb)", bb_contact_get_uuid (contact),
                             bb_contact_get_name (contact), bb_contact_get_role (contact),
                             bb_contact_get_phone (contact), bb_contact_get_email (contact),
                             bb_contact_get_ambassador (contact));
    }
  g_variant_builder_add (&builder, "{sv}", "contacts", g_variant_builder_end (&list));

  variant = g_variant_ref_sink (g_variant_builder_end (&builder));
  return g_variant_get_data_as_bytes (variant);
}

gpointer
_bb_import_provider_row (sqlite3_stmt *stmt)
{
  return _bb_provider_from_row (stmt, 0);
}

/* The provider, target group or step of that id as it is now, or NULL when it is gone. */
static gpointer
load_entry (BbOfferRepository  *self,
            const char         *sql,
            gint64              id,
            BbRowFunc           row_func,
            GError            **error)
{
  g_autoptr(BbCachedStatement) stmt = bb_database_prepare_cached (self->database, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return row_func (stmt);
  if (rc != SQLITE_DONE)
    bb_database_set_error (self->database, error);

  return NULL;
}

BbProvider *
_bb_import_load_provider (BbOfferRepository  *self,
                          gint64              id,
                          GError            **error)
{
  return load_entry (self,
                     "SELECT id, uuid, name, sector, department, website, email, phone"
                     "  FROM providers WHERE id = ?1",
                     id, _bb_import_provider_row, error);
}

/* @current with the fields of the snapshot. An entry deleted since is found again by
 * its name, or created anew. */
static BbOffer *
offer_from_snapshot (BbOfferRepository  *self,
                     GBytes             *bytes,
                     BbOffer            *current,
                     GError            **error)
{
  g_autoptr(GVariant) variant = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE_VARDICT, bytes, FALSE));
  g_autoptr(BbOffer) offer = bb_offer_copy (current);
  g_autoptr(GVariantIter) iter = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BbProvider) provider = NULL;
  const char *text = NULL;
  const char *name;
  gint64 id;
  gint32 number;
  gint32 level;
  BbAccess access = BB_ACCESS_OPEN;
  BbOfferStatus status = BB_OFFER_STATUS_ACTIVE;

#define TEXT(key, field) \
  if (g_variant_lookup (variant, key, "&s", &text)) \
    bb_offer_set_##field (offer, text)
#define NUMBER(key, field) \
  if (g_variant_lookup (variant, key, "i", &number)) \
    bb_offer_set_##field (offer, number)

  TEXT ("title", title);
  TEXT ("summary", summary);
  TEXT ("description", description);
  TEXT ("legal-basis", legal_basis);
  NUMBER ("age-min", age_min);
  NUMBER ("age-max", age_max);
  NUMBER ("capacity", capacity);
  NUMBER ("waiting-weeks", waiting_weeks);
  TEXT ("location", location);
  TEXT ("opening-hours", opening_hours);
  TEXT ("keywords", keywords);

#undef TEXT
#undef NUMBER

  if (g_variant_lookup (variant, "access", "&s", &text) && bb_access_from_key (text, &access))
    bb_offer_set_access (offer, access);
  restore_details (variant, bb_offer_get_details (offer));
  if (g_variant_lookup (variant, "status", "&s", &text) && bb_offer_status_from_key (text, &status))
    bb_offer_set_status (offer, status);
  if (g_variant_lookup (variant, "reviewed", "&s", &text))
    bb_offer_set_reviewed (offer, *text != '\0' ? text : NULL);

  if (g_variant_lookup (variant, "provider", "(x&s)", &id, &name))
    {
      provider = _bb_import_load_provider (self, id, &local_error);
      if (provider == NULL && local_error == NULL)
        provider = bb_provider_new (name);
      if (provider != NULL)
        bb_offer_set_provider (offer, provider);
    }

  if (local_error == NULL && g_variant_lookup (variant, "target-groups", "a(xs)", &iter))
    {
      g_list_store_remove_all (bb_offer_get_target_groups (offer));
      while (local_error == NULL && g_variant_iter_next (iter, "(x&s)", &id, &name))
        {
          g_autoptr(BbTargetGroup) group = load_entry (self, "SELECT id, uuid, name, position FROM target_groups WHERE id = ?1",
                                                       id, _bb_target_group_from_row, &local_error);

          if (group == NULL)
            group = bb_target_group_new (name);
          g_list_store_append (bb_offer_get_target_groups (offer), group);
        }
      g_clear_pointer (&iter, g_variant_iter_free);
    }

  if (local_error == NULL && g_variant_lookup (variant, "steps", "a(xis)", &iter))
    {
      g_list_store_remove_all (bb_offer_get_steps (offer));
      while (local_error == NULL && g_variant_iter_next (iter, "(xi&s)", &id, &level, &name))
        {
          g_autoptr(BbStep) step = load_entry (self, "SELECT id, uuid, level, name, description FROM steps WHERE id = ?1",
                                               id, _bb_step_from_row, &local_error);

          if (step == NULL)
            step = bb_step_new (level, name);
          g_list_store_append (bb_offer_get_steps (offer), step);
        }
      g_clear_pointer (&iter, g_variant_iter_free);
    }

  if (local_error == NULL && g_variant_lookup (variant, "contacts", "a(sssssb)", &iter))
    {
      const char *uuid, *role, *phone, *email;
      gboolean ambassador;

      g_list_store_remove_all (bb_offer_get_contacts (offer));
      while (g_variant_iter_next (iter, "(&s&s&s&s&sb)", &uuid, &name, &role, &phone, &email, &ambassador))
        {
          g_autoptr(BbContact) contact = bb_contact_new (name);

          bb_contact_set_uuid (contact, uuid);
          bb_contact_set_role (contact, role);
          bb_contact_set_phone (contact, phone);
          bb_contact_set_email (contact, email);
          bb_contact_set_ambassador (contact, ambassador);
          g_list_store_append (bb_offer_get_contacts (offer), contact);
        }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&offer);
}

/* ---- undoing --------------------------------------------------------- */

typedef struct
{
  gint64  offer_id;
  gboolean created;
  GBytes *before;
  gint64  exchanged;
} ImportedOffer;

static void
imported_offer_clear (ImportedOffer *offer)
{
  g_clear_pointer (&offer->before, g_bytes_unref);
}

static GArray *
list_imported_offers (BbOfferRepository  *self,
                      gint64              import_id,
                      GError            **error)
{
  g_autoptr(GArray) offers = g_array_new (FALSE, TRUE, sizeof (ImportedOffer));
  g_autoptr(BbStatement) stmt = NULL;
  int rc;

  g_array_set_clear_func (offers, (GDestroyNotify) imported_offer_clear);
  stmt = bb_database_prepare (self->database,
                              "SELECT offer_id, created, before, coalesce (exchanged_before, 0)"
                              "  FROM import_offers WHERE import_id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, import_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ImportedOffer offer = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1) != 0, NULL,
                              sqlite3_column_int64 (stmt, 3) };

      if (!offer.created)
        offer.before = g_bytes_new (sqlite3_column_blob (stmt, 2), sqlite3_column_bytes (stmt, 2));
      g_array_append_val (offers, offer);
    }
  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return g_steal_pointer (&offers);
}

static gboolean
restore_offer (BbOfferRepository  *self,
               ImportedOffer      *imported,
               GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BbOffer) current = NULL;
  g_autoptr(BbOffer) before = NULL;

  if (imported->created)
    return _bb_import_run (self, "DELETE FROM offers WHERE id = ?1", imported->offer_id, 0, error);

  /* Purged since: there is nothing left to put back. */
  current = bb_offer_repository_get (self, imported->offer_id, &local_error);
  if (g_error_matches (local_error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND))
    return TRUE;
  if (current == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  before = offer_from_snapshot (self, imported->before, current, error);
  if (before == NULL || !_bb_offer_repository_write (self, before, error))
    return FALSE;

  if (imported->exchanged == 0)
    return _bb_import_run (self, "DELETE FROM offer_exchanges WHERE offer_id = ?1", imported->offer_id, 0, error);

  return _bb_import_run (self, "INSERT OR REPLACE INTO offer_exchanges (offer_id, change_id) VALUES (?1, ?2)",
                       imported->offer_id, imported->exchanged, error);
}

/* Providers back to what they were, and what the import created and nothing uses
 * any longer removed. Imports before migrations/0014-import-providers.sql kept only
 * the sector and department (import_lists); later ones the whole provider. */
static gboolean
restore_lists (BbOfferRepository  *self,
               gint64              import_id,
               GError            **error)
{
  return _bb_import_run (self,
                       "UPDATE providers SET"
                       "  sector = (SELECT l.sector FROM import_lists l WHERE l.import_id = ?1"
                       "              AND l.kind = 'provider' AND l.item_id = providers.id),"
                       "  department = (SELECT l.department FROM import_lists l WHERE l.import_id = ?1"
                       "                  AND l.kind = 'provider' AND l.item_id = providers.id)"
                       " WHERE id IN (SELECT item_id FROM import_lists WHERE import_id = ?1"
                       "                AND kind = 'provider' AND created = 0)",
                       import_id, 0, error)
         && _bb_import_run (self,
                          "UPDATE providers SET (name, sort_key, sector, department, website, email, phone,"
                          "                      shares_name)"
                          "  = (SELECT s.name, s.sort_key, s.sector, s.department, s.website, s.email,"
                          "            s.phone, s.shares_name"
                          "       FROM import_providers s WHERE s.import_id = ?1 AND s.provider_id = providers.id)"
                          " WHERE id IN (SELECT provider_id FROM import_providers WHERE import_id = ?1)",
                          import_id, 0, error)
         && _bb_import_run (self,
                          "DELETE FROM provider_details"
                          " WHERE provider_id IN (SELECT provider_id FROM import_providers"
                          "                        WHERE import_id = ?1 AND has_details = 0)",
                          import_id, 0, error)
         && _bb_import_run (self,
                          "INSERT OR REPLACE INTO provider_details (provider_id, description, legal_status,"
                          " tax_id, sector_stated, extra)"
                          " SELECT provider_id, description, legal_status, tax_id, sector_stated, extra"
                          "   FROM import_providers"
                          "  WHERE import_id = ?1 AND has_details = 1"
                          "    AND provider_id IN (SELECT id FROM providers)",
                          import_id, 0, error)
         && _bb_import_run (self,
                          "DELETE FROM provider_phones"
                          " WHERE provider_id IN (SELECT provider_id FROM import_providers"
                          "                        WHERE import_id = ?1 AND phones IS NOT NULL)",
                          import_id, 0, error)
         && _bb_import_run (self,
                          "INSERT INTO provider_phones (provider_id, position, uuid, number, extension,"
                          " type, description, extra)"
                          " SELECT s.provider_id, e.key, json_extract (e.value, '$.uuid'),"
                          "        json_extract (e.value, '$.number'), json_extract (e.value, '$.extension'),"
                          "        json_extract (e.value, '$.type'), json_extract (e.value, '$.description'),"
                          "        json_extract (e.value, '$.extra')"
                          "   FROM import_providers s, json_each (s.phones) e"
                          "  WHERE s.import_id = ?1 AND s.phones IS NOT NULL"
                          "    AND s.provider_id IN (SELECT id FROM providers)",
                          import_id, 0, error)
         && _bb_import_run (self,
                          "DELETE FROM providers"
                          " WHERE id IN (SELECT item_id FROM import_lists WHERE import_id = ?1"
                          "                AND kind = 'provider' AND created = 1)"
                          "   AND id NOT IN (SELECT provider_id FROM offers)",
                          import_id, 0, error)
         && _bb_import_run (self,
                          "DELETE FROM target_groups"
                          " WHERE id IN (SELECT item_id FROM import_lists WHERE import_id = ?1"
                          "                AND kind = 'target-group' AND created = 1)"
                          "   AND id NOT IN (SELECT target_group_id FROM offer_target_groups)",
                          import_id, 0, error)
         && _bb_import_run (self,
                          "DELETE FROM steps"
                          " WHERE id IN (SELECT item_id FROM import_lists WHERE import_id = ?1"
                          "                AND kind = 'step' AND created = 1)"
                          "   AND id NOT IN (SELECT step_id FROM offer_steps)",
                          import_id, 0, error);
}

gboolean
bb_offer_repository_undo_import (BbOfferRepository  *self,
                                 gint64              import_id,
                                 GError            **error)
{
  g_autofree char *now = NULL;
  g_autoptr(GArray) offers = NULL;
  gint64 undone;
  gint64 first_history;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);

  if (!bb_database_begin (self->database, error))
    return FALSE;

  undone = _bb_import_query_id (self, "SELECT undone_at IS NOT NULL FROM imports WHERE id = ?1", import_id, -2, error);
  if (undone == -1)
    goto failed;
  if (undone != 0)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                           undone == 1 ? _("This import has already been undone.")
                                       : _("This import can no longer be undone."));
      goto failed;
    }

  offers = list_imported_offers (self, import_id, error);
  if (offers == NULL)
    goto failed;
  first_history = bb_database_query_int64 (self->database, "SELECT coalesce (max (id), 0) FROM offer_history", error);
  if (first_history < 0)
    goto failed;

  for (guint i = 0; i < offers->len; i++)
    {
      if (!restore_offer (self, &g_array_index (offers, ImportedOffer, i), error))
        goto failed;
    }

  now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));
  if (!restore_lists (self, import_id, error)
      || !_bb_import_run (self, "UPDATE offer_history SET import_id = ?1 WHERE id > ?2",
                        import_id, first_history, error))
    goto failed;

  {
    g_autoptr(BbStatement) stmt = bb_database_prepare (self->database,
                                                       "UPDATE imports SET undone_at = ?2 WHERE id = ?1",
                                                       error);

    if (stmt == NULL)
      goto failed;
    sqlite3_bind_int64 (stmt, 1, import_id);
    bb_sql_bind_text (stmt, 2, now);
    if (!bb_database_step_done (self->database, stmt, error))
      goto failed;
  }

  bb_database_notify (self->database, BB_DOMAIN_OFFERS);
  bb_database_notify (self->database, BB_DOMAIN_LISTS);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

static gboolean
run_undo_job (BbDatabase    *connection,
              gpointer       job_data,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(BbOfferRepository) offers = bb_offer_repository_new (connection, error);

  return offers != NULL && bb_offer_repository_undo_import (offers, *(gint64 *) job_data, error);
}

static void
on_undo_job_done (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!bb_database_run_job_finish (BB_DATABASE (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
bb_offer_repository_undo_import_async (BbOfferRepository   *self,
                                       gint64               import_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (BB_IS_OFFER_REPOSITORY (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bb_offer_repository_undo_import_async);
  bb_database_run_job_async (self->database, run_undo_job, g_memdup2 (&import_id, sizeof import_id), g_free,
                             cancellable, on_undo_job_done, task);
}

gboolean
bb_offer_repository_undo_import_finish (BbOfferRepository  *self,
                                        GAsyncResult       *result,
                                        GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gint64
bb_offer_repository_find_undoable_import (BbOfferRepository  *self,
                                          gint64              offer_id,
                                          GError            **error)
{
  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), -1);

  /* Only the offer's newest change: the undo puts every field back, so it would take
   * an edit made here since with it. */
  return _bb_import_query_id (self,
                   "SELECT i.id FROM offer_history h JOIN imports i ON i.id = h.import_id"
                   " WHERE h.id = (SELECT max (id) FROM offer_history WHERE offer_id = ?1)"
                   "   AND i.undone_at IS NULL"
                   "   AND EXISTS (SELECT 1 FROM import_offers io WHERE io.import_id = i.id AND io.offer_id = ?1)",
                   offer_id, 0, error);
}

gboolean
bb_offer_repository_count_import_offers (BbOfferRepository  *self,
                                         gint64              import_id,
                                         guint              *n_changed,
                                         guint              *n_created,
                                         GError            **error)
{
  gint64 changed;
  gint64 created;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);
  g_return_val_if_fail (n_changed != NULL && n_created != NULL, FALSE);

  changed = _bb_import_query_id (self, "SELECT count (*) FROM import_offers WHERE import_id = ?1 AND created = 0",
                                 import_id, 0, error);
  created = changed < 0 ? -1 : _bb_import_query_id (self,
                                                    "SELECT count (*) FROM import_offers"
                                                    " WHERE import_id = ?1 AND created = 1",
                                                    import_id, 0, error);
  if (created < 0)
    return FALSE;

  *n_changed = (guint) changed;
  *n_created = (guint) created;
  return TRUE;
}

gboolean
bb_offer_repository_mark_exported (BbOfferRepository  *self,
                                   GError            **error)
{
  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);

  if (!bb_database_begin (self->database, error))
    return FALSE;

  if (!bb_database_exec (self->database,
                         "INSERT OR REPLACE INTO offer_exchanges (offer_id, change_id)"
                         " SELECT h.offer_id, max (h.id) FROM offer_history h"
                         "   JOIN offers o ON o.id = h.offer_id WHERE o.deleted = 0"
                         "  GROUP BY h.offer_id",
                         error))
    {
      bb_database_rollback (self->database);
      return FALSE;
    }

  return bb_database_commit (self->database, error);
}
