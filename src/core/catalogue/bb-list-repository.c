/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-catalogue-private.h"
#include "bb-text.h"

struct _BbListRepository
{
  GObject     parent_instance;

  BbDatabase *database;
};

G_DEFINE_FINAL_TYPE (BbListRepository, bb_list_repository, G_TYPE_OBJECT)

/* ---- rows ------------------------------------------------------------ */

BbProvider *
_bb_provider_from_row (sqlite3_stmt *stmt,
                       int           first)
{
  BbProvider *provider = bb_provider_new (bb_sql_column_text (stmt, first + 2));
  BbSector sector = BB_SECTOR_MUNICIPALITY;

  bb_sector_from_key (bb_sql_column_text (stmt, first + 3), &sector);
  bb_provider_set_id (provider, sqlite3_column_int64 (stmt, first));
  bb_provider_set_uuid (provider, bb_sql_column_text (stmt, first + 1));
  bb_provider_set_sector (provider, sector);
  bb_provider_set_department (provider, bb_sql_column_text (stmt, first + 4));
  bb_provider_set_website (provider, bb_sql_column_text (stmt, first + 5));
  bb_provider_set_email (provider, bb_sql_column_text (stmt, first + 6));
  /* The row holds the first number only; the phones are loaded apart. */
  bb_provider_set_phones (provider, NULL);
  bb_provider_set_phone (provider, bb_sql_column_text (stmt, first + 7));
  return provider;
}

/* With its details whole, as an offer loads them, so that the provider picked from
 * the lists is the offer's: legal status, tax id, description, whether the sector is
 * stated, and what is carried (the identifiers shown). */
static gpointer
listed_provider_row (sqlite3_stmt *stmt)
{
  BbProvider *provider = _bb_provider_from_row (stmt, 0);

  bb_provider_set_legal_status (provider, bb_sql_column_text (stmt, 8));
  bb_provider_set_tax_id (provider, bb_sql_column_text (stmt, 9));
  bb_provider_set_extra (provider, bb_sql_column_text (stmt, 10));
  bb_provider_set_description (provider, bb_sql_column_text (stmt, 11));
  if (sqlite3_column_type (stmt, 12) != SQLITE_NULL)
    bb_provider_set_sector_stated (provider, sqlite3_column_int (stmt, 12) != 0);
  return provider;
}

/* The legal status and tax id as the lists edit them; the rest of the details as
 * stored. A provider with none gets no row. */
static gboolean
write_provider_legal (BbDatabase  *database,
                      BbProvider  *provider,
                      GError     **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;

  stmt = bb_database_prepare_cached (database,
                                     "INSERT INTO provider_details (provider_id, legal_status, tax_id)"
                                     " SELECT ?1, ?2, ?3 WHERE ?2 != '' OR ?3 != ''"
                                     "   OR EXISTS (SELECT 1 FROM provider_details WHERE provider_id = ?1)"
                                     " ON CONFLICT (provider_id) DO UPDATE"
                                     "   SET legal_status = excluded.legal_status, tax_id = excluded.tax_id",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, bb_provider_get_id (provider));
  return bb_sql_bind_checked_text (stmt, 2, _("Legal status"), bb_provider_get_legal_status (provider), error) &&
         bb_sql_bind_checked_text (stmt, 3, _("Tax ID"), bb_provider_get_tax_id (provider), error) &&
         bb_database_step_done (database, stmt, error);
}

static gboolean
write_listed_provider (BbDatabase  *database,
                       BbProvider  *provider,
                       GError     **error)
{
  return _bb_list_write_provider (database, provider, error) &&
         write_provider_legal (database, provider, error);
}

gpointer
_bb_target_group_from_row (sqlite3_stmt *stmt)
{
  BbTargetGroup *group = bb_target_group_new (bb_sql_column_text (stmt, 2));

  bb_target_group_set_id (group, sqlite3_column_int64 (stmt, 0));
  bb_target_group_set_uuid (group, bb_sql_column_text (stmt, 1));
  bb_target_group_set_position (group, sqlite3_column_int (stmt, 3));
  return group;
}

gpointer
_bb_step_from_row (sqlite3_stmt *stmt)
{
  BbStep *step = bb_step_new (sqlite3_column_int (stmt, 2), bb_sql_column_text (stmt, 3));

  bb_step_set_id (step, sqlite3_column_int64 (stmt, 0));
  bb_step_set_uuid (step, bb_sql_column_text (stmt, 1));
  bb_step_set_description (step, bb_sql_column_text (stmt, 4));
  return step;
}

/* ---- writes ---------------------------------------------------------- */

/* Steps a statement that writes a named row. A clash of names is left to the caller
 * (returns FALSE, error unset) so it can say which list already has the name. */
static gboolean
step_named_write (BbDatabase    *database,
                  sqlite3_stmt  *stmt,
                  gboolean      *clash,
                  GError       **error)
{
  *clash = FALSE;
  if (sqlite3_step (stmt) == SQLITE_DONE)
    return TRUE;

  if (sqlite3_extended_errcode (bb_database_get_handle (database)) == SQLITE_CONSTRAINT_UNIQUE)
    *clash = TRUE;
  else
    bb_database_set_error (database, error);

  return FALSE;
}

static gint64
last_insert_id (BbDatabase *database)
{
  return sqlite3_last_insert_rowid (bb_database_get_handle (database));
}

gboolean
_bb_list_write_provider (BbDatabase  *database,
                         BbProvider  *provider,
                         GError     **error)
{
  g_autofree char *sort_key = NULL;
  g_autoptr(BbCachedStatement) stmt = NULL;
  gboolean is_new = bb_provider_get_id (provider) == 0;
  gboolean clash;

  stmt = bb_database_prepare_cached (database,
                              is_new
                              ? "INSERT INTO providers (name, sort_key, sector, department, website, email, phone, uuid)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                              : "UPDATE providers SET name = ?1, sort_key = ?2, sector = ?3, department = ?4,"
                                " website = ?5, email = ?6, phone = ?7 WHERE id = ?9",
                              error);
  if (stmt == NULL)
    return FALSE;

  /* Checked first: the blank test and the sort key read the name as UTF-8. */
  if (!bb_sql_bind_checked_text (stmt, 1, _("Name of the provider"), bb_provider_get_name (provider), error) ||
      !bb_sql_bind_checked_text (stmt, 4, _("Department"), bb_provider_get_department (provider), error) ||
      !bb_sql_bind_checked_text (stmt, 5, _("Website"), bb_provider_get_website (provider), error) ||
      !bb_sql_bind_checked_text (stmt, 6, _("E-mail"), bb_provider_get_email (provider), error) ||
      !bb_sql_bind_checked_text (stmt, 7, _("Phone"), bb_provider_get_phone (provider), error) ||
      (is_new && !bb_sql_bind_checked_text (stmt, 8, _("Identifier"), bb_provider_get_uuid (provider), error)))
    return FALSE;

  if (bb_text_is_blank (bb_provider_get_name (provider)))
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID,
                           _("The provider needs a name."));
      return FALSE;
    }

  sort_key = bb_text_sort_key (bb_provider_get_name (provider));
  bb_sql_bind_text (stmt, 2, sort_key);
  bb_sql_bind_text (stmt, 3, bb_sector_to_key (bb_provider_get_sector (provider)));
  if (!is_new)
    sqlite3_bind_int64 (stmt, 9, bb_provider_get_id (provider));

  if (!step_named_write (database, stmt, &clash, error))
    {
      if (clash)
        g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID,
                     _("There is already a provider called “%s”."), bb_provider_get_name (provider));
      return FALSE;
    }

  if (is_new)
    bb_provider_set_id (provider, last_insert_id (database));

  if (!_bb_list_write_provider_phones (database, provider, error))
    return FALSE;

  bb_database_notify (database, BB_DOMAIN_LISTS);
  return TRUE;
}

gboolean
_bb_list_write_target_group (BbDatabase     *database,
                             BbTargetGroup  *group,
                             GError        **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  gboolean is_new = bb_target_group_get_id (group) == 0;
  gboolean clash;

  /* A new group goes last; the user moves it from there. */
  stmt = bb_database_prepare_cached (database,
                              is_new
                              ? "INSERT INTO target_groups (name, position, uuid)"
                                " VALUES (?1, (SELECT coalesce (max (position) + 1, 0) FROM target_groups), ?3)"
                              : "UPDATE target_groups SET name = ?1, position = ?2 WHERE id = ?4",
                              error);
  if (stmt == NULL)
    return FALSE;

  if (!bb_sql_bind_checked_text (stmt, 1, _("Name of the target group"), bb_target_group_get_name (group), error) ||
      (is_new && !bb_sql_bind_checked_text (stmt, 3, _("Identifier"), bb_target_group_get_uuid (group), error)))
    return FALSE;

  if (bb_text_is_blank (bb_target_group_get_name (group)))
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID,
                           _("The target group needs a name."));
      return FALSE;
    }

  if (!is_new)
    {
      sqlite3_bind_int (stmt, 2, bb_target_group_get_position (group));
      sqlite3_bind_int64 (stmt, 4, bb_target_group_get_id (group));
    }

  if (!step_named_write (database, stmt, &clash, error))
    {
      if (clash)
        g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID,
                     _("There is already a target group called “%s”."), bb_target_group_get_name (group));
      return FALSE;
    }

  if (is_new)
    bb_target_group_set_id (group, last_insert_id (database));

  bb_database_notify (database, BB_DOMAIN_LISTS);
  return TRUE;
}

gboolean
_bb_list_write_step (BbDatabase  *database,
                     BbStep      *step,
                     GError     **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  gboolean is_new = bb_step_get_id (step) == 0;
  gboolean clash;

  stmt = bb_database_prepare_cached (database,
                              is_new
                              ? "INSERT INTO steps (level, name, description, uuid) VALUES (?1, ?2, ?3, ?4)"
                              : "UPDATE steps SET level = ?1, name = ?2, description = ?3 WHERE id = ?5",
                              error);
  if (stmt == NULL)
    return FALSE;

  if (!bb_sql_bind_checked_text (stmt, 2, _("Name of the step"), bb_step_get_name (step), error) ||
      !bb_sql_bind_checked_text (stmt, 3, _("Description of the step"), bb_step_get_description (step), error) ||
      (is_new && !bb_sql_bind_checked_text (stmt, 4, _("Identifier"), bb_step_get_uuid (step), error)))
    return FALSE;

  if (bb_text_is_blank (bb_step_get_name (step)))
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID,
                           _("The step needs a name."));
      return FALSE;
    }

  sqlite3_bind_int (stmt, 1, bb_step_get_level (step));
  if (!is_new)
    sqlite3_bind_int64 (stmt, 5, bb_step_get_id (step));

  if (!step_named_write (database, stmt, &clash, error))
    {
      if (clash)
        g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID,
                     _("There is already a step called “%s”."), bb_step_get_name (step));
      return FALSE;
    }

  if (is_new)
    bb_step_set_id (step, last_insert_id (database));

  bb_database_notify (database, BB_DOMAIN_LISTS);
  return TRUE;
}

typedef gboolean (*WriteFunc) (BbDatabase *database, gpointer item, GError **error);

static gboolean
save_in_transaction (BbListRepository  *self,
                     WriteFunc          write,
                     gpointer           item,
                     GError           **error)
{
  if (!bb_database_begin (self->database, error))
    return FALSE;

  if (!write (self->database, item, error))
    {
      bb_database_rollback (self->database);
      return FALSE;
    }

  return bb_database_commit (self->database, error);
}

/* How many titles a refused delete names; the count says how many there are. */
#define MAX_TITLES_NAMED 5

/* Which list a delete is for: how to find the offers that use a row of it, and what
 * to say when there are some. Each kind has its own words, as languages that give
 * nouns a gender need (Danish: "Den bruges af …" for en udbyder, "Det …" for et trin). */
typedef enum
{
  LIST_PROVIDERS,
  LIST_TARGET_GROUPS,
  LIST_STEPS,
} ListKind;

static char *
dup_in_use_message (ListKind    kind,
                    int         n_offers,
                    const char *titles)
{
  switch (kind)
    {
    case LIST_PROVIDERS:
      /* Translators: %d is the number of offers, %s their titles ("“Open counselling”, “Mentor scheme”") */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The provider is used by %d offer: %s. Change that offer first.",
                                           "The provider is used by %d offers: %s. Change those offers first.",
                                           n_offers),
                              n_offers, titles);
    case LIST_TARGET_GROUPS:
      /* Translators: %d is the number of offers, %s their titles */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The target group is used by %d offer: %s. Change that offer first.",
                                           "The target group is used by %d offers: %s. Change those offers first.",
                                           n_offers),
                              n_offers, titles);
    case LIST_STEPS:
    default:
      /* Translators: %d is the number of offers, %s their titles */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The step is used by %d offer: %s. Change that offer first.",
                                           "The step is used by %d offers: %s. Change those offers first.",
                                           n_offers),
                              n_offers, titles);
    }
}

/* The offers that use row @id of the list, named so the user knows which to change:
 * the first few titles, those in the trash marked so. */
static gboolean
find_users (BbListRepository  *self,
            const char        *users_sql,
            gint64             id,
            int               *n_offers,
            char             **titles,
            GError           **error)
{
  g_autoptr(BbStatement) users = bb_database_prepare (self->database, users_sql, error);
  g_autoptr(GString) named = g_string_new (NULL);
  int rc;

  if (users == NULL)
    return FALSE;

  *n_offers = 0;
  sqlite3_bind_int64 (users, 1, id);
  while ((rc = sqlite3_step (users)) == SQLITE_ROW)
    {
      g_autofree char *title = NULL;

      if ((*n_offers)++ >= MAX_TITLES_NAMED)
        continue;

      if (sqlite3_column_int (users, 1) != 0)
        /* Translators: an offer's title in a list of offers, for an offer in the trash */
        title = g_strdup_printf (_("“%s” (deleted)"), bb_sql_column_text (users, 0));
      else
        /* Translators: an offer's title in a list of offers */
        title = g_strdup_printf (_("“%s”"), bb_sql_column_text (users, 0));

      if (named->len > 0)
        /* Translators: what separates the titles in a list of offers */
        g_string_append (named, _(", "));
      g_string_append (named, title);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  if (*n_offers > MAX_TITLES_NAMED)
    {
      int more = *n_offers - MAX_TITLES_NAMED;

      /* Translators: %s is a list of offers' titles, %d how many more there are */
      *titles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %d more", "%s and %d more", more),
                                 named->str, more);
      return TRUE;
    }

  *titles = g_string_free (g_steal_pointer (&named), FALSE);
  return TRUE;
}

/* Deletes a row of a small list unless an offer still names it: the user should
 * move those offers first rather than lose the link without noticing. */
static gboolean
delete_unused (BbListRepository  *self,
               ListKind           kind,
               const char        *users_sql,
               const char        *delete_sql,
               gint64             id,
               GError           **error)
{
  g_autoptr(BbStatement) delete = NULL;
  g_autofree char *titles = NULL;
  int n_offers;

  if (!bb_database_begin (self->database, error))
    return FALSE;

  if (!find_users (self, users_sql, id, &n_offers, &titles, error))
    goto failed;

  if (n_offers > 0)
    {
      g_autofree char *message = dup_in_use_message (kind, n_offers, titles);

      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_IN_USE, message);
      goto failed;
    }

  delete = bb_database_prepare (self->database, delete_sql, error);
  if (delete == NULL)
    goto failed;

  sqlite3_bind_int64 (delete, 1, id);
  if (!bb_database_step_done (self->database, delete, error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_LISTS);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

/* One of the small lists, whole: they hold tens of rows, not thousands. */
static GListModel *
list_all (BbDatabase  *database,
          const char  *sql,
          GType        item_type,
          BbRowFunc    row_func,
          GError     **error)
{
  g_autoptr(BbCachedStatement) stmt = bb_database_prepare_cached (database, sql, error);
  g_autoptr(GListStore) list = g_list_store_new (item_type);

  if (stmt == NULL || !bb_database_collect_rows (database, stmt, list, row_func, error))
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
_bb_list_target_groups (BbDatabase  *database,
                        GError     **error)
{
  return list_all (database, "SELECT id, uuid, name, position FROM target_groups ORDER BY position, name",
                   BB_TYPE_TARGET_GROUP, _bb_target_group_from_row, error);
}

GListModel *
_bb_list_steps (BbDatabase  *database,
                GError     **error)
{
  return list_all (database, "SELECT id, uuid, level, name, description FROM steps ORDER BY level, name",
                   BB_TYPE_STEP, _bb_step_from_row, error);
}

/* ---- defaults -------------------------------------------------------- */

static gboolean
insert_defaults (BbDatabase  *database,
                 GError     **error)
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
  g_autoptr(BbStatement) insert_step = NULL;
  g_autoptr(BbStatement) insert_group = NULL;

  insert_step = bb_database_prepare (database, "INSERT INTO steps (uuid, level, name) VALUES (?1, ?2, ?3)", error);
  insert_group = bb_database_prepare (database, "INSERT INTO target_groups (uuid, name, position) VALUES (?1, ?2, ?3)", error);
  if (insert_step == NULL || insert_group == NULL)
    return FALSE;

  /* Seeded in the language the database is created in: they are the user's to rename. */
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      sqlite3_reset (insert_step);
      bb_sql_bind_text (insert_step, 1, uuid);
      sqlite3_bind_int (insert_step, 2, steps[i].level);
      bb_sql_bind_text (insert_step, 3, _(steps[i].name));
      if (!bb_database_step_done (database, insert_step, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (target_groups); i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      sqlite3_reset (insert_group);
      bb_sql_bind_text (insert_group, 1, uuid);
      bb_sql_bind_text (insert_group, 2, _(target_groups[i]));
      sqlite3_bind_int (insert_group, 3, i);
      if (!bb_database_step_done (database, insert_group, error))
        return FALSE;
    }

  bb_database_notify (database, BB_DOMAIN_LISTS);
  return TRUE;
}

/* Only into a database this connection created, and only once: a user who removed
 * every step keeps a catalogue without them. */
static gboolean
seed_defaults (BbDatabase  *database,
               GError     **error)
{
  gint64 n_rows;

  if (!bb_database_is_new (database))
    return TRUE;

  n_rows = bb_database_query_int64 (database,
                                    "SELECT (SELECT count(*) FROM steps) + (SELECT count(*) FROM target_groups)",
                                    error);
  if (n_rows != 0)
    return n_rows > 0;

  if (!bb_database_begin (database, error))
    return FALSE;

  if (!insert_defaults (database, error))
    {
      bb_database_rollback (database);
      return FALSE;
    }

  return bb_database_commit (database, error);
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_list_repository_finalize (GObject *object)
{
  BbListRepository *self = BB_LIST_REPOSITORY (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_list_repository_parent_class)->finalize (object);
}

static void
bb_list_repository_class_init (BbListRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_list_repository_finalize;
}

static void
bb_list_repository_init (BbListRepository *self)
{
}

/* ---- public API ------------------------------------------------------ */

BbListRepository *
bb_list_repository_new (BbDatabase  *database,
                        GError     **error)
{
  g_autoptr(BbListRepository) self = NULL;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  if (!seed_defaults (database, error))
    return NULL;

  self = g_object_new (BB_TYPE_LIST_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  return g_steal_pointer (&self);
}

GListModel *
bb_list_repository_list_providers (BbListRepository  *self,
                                   GError           **error)
{
  g_autoptr(GListModel) providers = NULL;

  g_return_val_if_fail (BB_IS_LIST_REPOSITORY (self), NULL);

  providers = list_all (self->database,
                        "SELECT p.id, p.uuid, p.name, p.sector, p.department, p.website, p.email, p.phone,"
                        "       d.legal_status, d.tax_id, d.extra, d.description, d.sector_stated"
                        "  FROM providers p LEFT JOIN provider_details d ON d.provider_id = p.id"
                        " ORDER BY p.sort_key",
                        BB_TYPE_PROVIDER, listed_provider_row, error);

  /* The lists edit every phone. */
  for (guint i = 0; providers != NULL && i < g_list_model_get_n_items (providers); i++)
    {
      g_autoptr(BbProvider) provider = g_list_model_get_item (providers, i);

      if (!_bb_list_load_provider_phones (self->database, provider, error))
        return NULL;
    }

  return g_steal_pointer (&providers);
}

gboolean
bb_list_repository_save_provider (BbListRepository  *self,
                                  BbProvider        *provider,
                                  GError           **error)
{
  g_return_val_if_fail (BB_IS_LIST_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_PROVIDER (provider), FALSE);

  return save_in_transaction (self, (WriteFunc) write_listed_provider, provider, error);
}

gboolean
bb_list_repository_delete_provider (BbListRepository  *self,
                                    gint64             id,
                                    GError           **error)
{
  g_return_val_if_fail (BB_IS_LIST_REPOSITORY (self), FALSE);

  return delete_unused (self, LIST_PROVIDERS,
                        "SELECT title, deleted FROM offers WHERE provider_id = ?1"
                        " ORDER BY deleted, sort_key, id",
                        "DELETE FROM providers WHERE id = ?1",
                        id, error);
}

GListModel *
bb_list_repository_list_target_groups (BbListRepository  *self,
                                       GError           **error)
{
  g_return_val_if_fail (BB_IS_LIST_REPOSITORY (self), NULL);

  return _bb_list_target_groups (self->database, error);
}

gboolean
bb_list_repository_save_target_group (BbListRepository  *self,
                                      BbTargetGroup     *target_group,
                                      GError           **error)
{
  g_return_val_if_fail (BB_IS_LIST_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_TARGET_GROUP (target_group), FALSE);

  return save_in_transaction (self, (WriteFunc) _bb_list_write_target_group, target_group, error);
}

gboolean
bb_list_repository_delete_target_group (BbListRepository  *self,
                                        gint64             id,
                                        GError           **error)
{
  g_return_val_if_fail (BB_IS_LIST_REPOSITORY (self), FALSE);

  return delete_unused (self, LIST_TARGET_GROUPS,
                        "SELECT o.title, o.deleted FROM offers o"
                        "  JOIN offer_target_groups g ON g.offer_id = o.id"
                        " WHERE g.target_group_id = ?1 ORDER BY o.deleted, o.sort_key, o.id",
                        "DELETE FROM target_groups WHERE id = ?1",
                        id, error);
}

GListModel *
bb_list_repository_list_steps (BbListRepository  *self,
                               GError           **error)
{
  g_return_val_if_fail (BB_IS_LIST_REPOSITORY (self), NULL);

  return _bb_list_steps (self->database, error);
}

gboolean
bb_list_repository_save_step (BbListRepository  *self,
                              BbStep            *step,
                              GError           **error)
{
  g_return_val_if_fail (BB_IS_LIST_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_STEP (step), FALSE);

  return save_in_transaction (self, (WriteFunc) _bb_list_write_step, step, error);
}

gboolean
bb_list_repository_delete_step (BbListRepository  *self,
                                gint64             id,
                                GError           **error)
{
  g_return_val_if_fail (BB_IS_LIST_REPOSITORY (self), FALSE);

  return delete_unused (self, LIST_STEPS,
                        "SELECT o.title, o.deleted FROM offers o"
                        "  JOIN offer_steps s ON s.offer_id = o.id"
                        " WHERE s.step_id = ?1 ORDER BY o.deleted, o.sort_key, o.id",
                        "DELETE FROM steps WHERE id = ?1",
                        id, error);
}
