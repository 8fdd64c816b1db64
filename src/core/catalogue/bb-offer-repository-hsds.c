/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Saving what an offer holds beyond the form (bb-offer-details.h) and what a provider
 * says beyond it, so that an Open Referral file comes back out as it came in
 * (-hsds-load.c loads them); and who a provider from a file is. The tables are those
 * of migrations/0005-catalogue-hsds.sql. Called from the saving in
 * bb-offer-repository.c. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-catalogue-private.h"
#include "bb-offer-change.h"
#include "bb-offer-repository-private.h"
#include "bb-text.h"

/* The place of an offer's own phones and schedules, beside those of its places. */
#define OWN_PLACE -1

/* ---- small helpers --------------------------------------------------- */

static void
bind_optional_int64 (sqlite3_stmt *stmt,
                     int           index,
                     gint64        value)
{
  if (value < 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, value);
}

/* Binds @texts from @first on, each checked as text the store may hold. */
static gboolean
bind_texts (sqlite3_stmt       *stmt,
            int                 first,
            const char         *label,
            const char * const *texts,
            guint               n_texts,
            GError            **error)
{
  for (guint i = 0; i < n_texts; i++)
    {
      if (!bb_sql_bind_checked_text (stmt, first + (int) i, label, texts[i], error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
delete_rows (BbOfferRepository *self,
             const char        *sql,
             gint64             id,
             GError           **error)
{
  g_autoptr(BbCachedStatement) stmt = bb_database_prepare_cached (self->database, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return bb_database_step_done (self->database, stmt, error);
}

/* ---- saving ---------------------------------------------------------- */

static gboolean
is_empty (const BbOfferDetails *details)
{
  return details->alternate_name == NULL && details->url == NULL && details->email == NULL &&
         details->how_to_get_in == NULL && details->fees == NULL && details->eligibility == NULL &&
         details->alert == NULL && details->access_stated && details->extra == NULL;
}

static gboolean
write_offer_row (BbOfferRepository  *self,
                 gint64              id,
                 BbOfferDetails     *details,
                 GError            **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  const char *texts[] = {
    details->alternate_name, details->url, details->email, details->how_to_get_in,
    details->fees, details->eligibility, details->alert,
  };

  if (!delete_rows (self, "DELETE FROM offer_details WHERE offer_id = ?1", id, error))
    return FALSE;
  if (is_empty (details))
    return TRUE;

  stmt = bb_database_prepare_cached (self->database,
                                     "INSERT INTO offer_details (offer_id, alternate_name, url, email,"
                                     " how_to_get_in, fees, eligibility, alert, access_stated, extra)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 9, details->access_stated ? 1 : 0);
  return bind_texts (stmt, 2, _("Details of the offer"), texts, G_N_ELEMENTS (texts), error) &&
         bb_sql_bind_checked_text (stmt, 10, _("Details of the offer"), details->extra, error) &&
         bb_database_step_done (self->database, stmt, error);
}

static gboolean
write_phones (BbOfferRepository  *self,
              sqlite3_stmt       *stmt,
              gint64              id,
              int                 place,
              GPtrArray          *phones,
              GError            **error)
{
  for (guint i = 0; i < phones->len; i++)
    {
      BbPhone *phone = g_ptr_array_index (phones, i);
      const char *texts[] = { phone->id, phone->number, phone->type, phone->description, phone->extra };

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, place);
      sqlite3_bind_int (stmt, 3, (int) i);
      bind_optional_int64 (stmt, 9, phone->extension);
      if (!bind_texts (stmt, 4, _("Phone"), texts, G_N_ELEMENTS (texts), error) ||
          !bb_database_step_done (self->database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_schedules (BbOfferRepository  *self,
                 sqlite3_stmt       *stmt,
                 gint64              id,
                 int                 place,
                 GPtrArray          *schedules,
                 GError            **error)
{
  for (guint i = 0; i < schedules->len; i++)
    {
      BbSchedule *schedule = g_ptr_array_index (schedules, i);
      const char *texts[] = {
        schedule->id, schedule->freq, schedule->byday, schedule->bymonthday, schedule->opens_at,
        schedule->closes_at, schedule->valid_from, schedule->valid_to, schedule->description,
        schedule->notes, schedule->extra,
      };

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, place);
      sqlite3_bind_int (stmt, 3, (int) i);
      bind_optional_int64 (stmt, 15, schedule->interval);
      if (!bind_texts (stmt, 4, _("Opening hours"), texts, G_N_ELEMENTS (texts), error) ||
          !bb_database_step_done (self->database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_addresses (BbOfferRepository  *self,
                 sqlite3_stmt       *stmt,
                 gint64              id,
                 int                 place,
                 GPtrArray          *addresses,
                 GError            **error)
{
  for (guint i = 0; i < addresses->len; i++)
    {
      BbAddress *address = g_ptr_array_index (addresses, i);
      const char *texts[] = {
        address->id, address->attention, address->address_1, address->address_2, address->city,
        address->region, address->state_province, address->postal_code, address->country,
        address->address_type, address->extra,
      };

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, place);
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!bind_texts (stmt, 4, _("Location"), texts, G_N_ELEMENTS (texts), error) ||
          !bb_database_step_done (self->database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Its rows go with the place's (a trigger of migrations/0016-phones-accessibility.sql deletes them). */
static gboolean
write_accessibility (BbOfferRepository  *self,
                     sqlite3_stmt       *stmt,
                     gint64              id,
                     int                 place,
                     GPtrArray          *notes,
                     GError            **error)
{
  for (guint i = 0; i < notes->len; i++)
    {
      BbAccessibility *note = g_ptr_array_index (notes, i);
      const char *texts[] = { note->id, note->description, note->details, note->url, note->extra };

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, place);
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!bind_texts (stmt, 4, _("Accessibility"), texts, G_N_ELEMENTS (texts), error) ||
          !bb_database_step_done (self->database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_places (BbOfferRepository  *self,
              gint64              id,
              BbOfferDetails     *details,
              GError            **error)
{
  g_autoptr(BbCachedStatement) places = NULL;
  g_autoptr(BbCachedStatement) addresses = NULL;
  g_autoptr(BbCachedStatement) phones = NULL;
  g_autoptr(BbCachedStatement) schedules = NULL;
  g_autoptr(BbCachedStatement) accessibility = NULL;

  places = bb_database_prepare_cached (self->database,
                                       "INSERT INTO offer_places (offer_id, position, link_uuid, uuid,"
                                       " location_type, name, alternate_name, description, transportation,"
                                       " extra, link_extra, latitude, longitude)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                                       error);
  addresses = bb_database_prepare_cached (self->database,
                                          "INSERT INTO offer_place_addresses (offer_id, place, position,"
                                          " uuid, attention, address_1, address_2, city, region,"
                                          " state_province, postal_code, country, address_type, extra)"
                                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                                          error);
  phones = bb_database_prepare_cached (self->database,
                                       "INSERT INTO offer_phones (offer_id, place, position, uuid, number,"
                                       " type, description, extra, extension)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                       error);
  schedules = bb_database_prepare_cached (self->database,
                                          "INSERT INTO offer_schedules (offer_id, place, position, uuid,"
                                          " freq, byday, bymonthday, opens_at, closes_at, valid_from,"
                                          " valid_to, description, notes, extra, interval)"
                                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                                          " ?14, ?15)",
                                          error);
  accessibility = bb_database_prepare_cached (self->database,
                                              "INSERT INTO offer_place_accessibility (offer_id, place, position,"
                                              " uuid, description, details, url, extra)"
                                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                              error);
  if (places == NULL || addresses == NULL || phones == NULL || schedules == NULL || accessibility == NULL)
    return FALSE;

  if (!write_phones (self, phones, id, OWN_PLACE, details->phones, error) ||
      !write_schedules (self, schedules, id, OWN_PLACE, details->schedules, error))
    return FALSE;

  for (guint i = 0; i < details->locations->len; i++)
    {
      BbOfferLocation *place = g_ptr_array_index (details->locations, i);
      const char *texts[] = {
        place->link_id, place->id, place->location_type, place->name, place->alternate_name,
        place->description, place->transportation, place->extra, place->link_extra,
      };

      sqlite3_bind_int64 (places, 1, id);
      sqlite3_bind_int (places, 2, (int) i);
      if (place->has_coordinates)
        {
          sqlite3_bind_double (places, 12, place->latitude);
          sqlite3_bind_double (places, 13, place->longitude);
        }
      else
        {
          sqlite3_bind_null (places, 12);
          sqlite3_bind_null (places, 13);
        }

      if (!bind_texts (places, 3, _("Location"), texts, G_N_ELEMENTS (texts), error) ||
          !bb_database_step_done (self->database, places, error) ||
          !write_addresses (self, addresses, id, (int) i, place->addresses, error) ||
          !write_phones (self, phones, id, (int) i, place->phones, error) ||
          !write_schedules (self, schedules, id, (int) i, place->schedules, error) ||
          !write_accessibility (self, accessibility, id, (int) i, place->accessibility, error))
        return FALSE;
      sqlite3_reset (places);
    }

  return TRUE;
}

static gboolean
write_terms (BbOfferRepository  *self,
             gint64              id,
             BbOfferDetails     *details,
             GError            **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;

  if (details->terms->len == 0)
    return TRUE;

  stmt = bb_database_prepare_cached (self->database,
                                     "INSERT INTO offer_terms (offer_id, position, attribute_uuid, uuid,"
                                     " taxonomy, code, name, description, extra)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                     error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < details->terms->len; i++)
    {
      BbTerm *term = g_ptr_array_index (details->terms, i);
      const char *texts[] = {
        term->attribute_id, term->id, term->taxonomy, term->code, term->name,
        term->description, term->extra,
      };

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      if (!bind_texts (stmt, 3, _("Keywords"), texts, G_N_ELEMENTS (texts), error) ||
          !bb_database_step_done (self->database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* The contacts were written just before, with their ids; their old details went with
 * their old rows. */
static gboolean
write_contact_details (BbOfferRepository  *self,
                       BbOffer            *offer,
                       GError            **error)
{
  GListModel *contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  BbOfferDetails *details = bb_offer_get_details (offer);
  g_autoptr(BbCachedStatement) stmt = NULL;

  if (g_hash_table_size (details->contact_extras) == 0)
    return TRUE;

  stmt = bb_database_prepare_cached (self->database,
                                     "INSERT OR REPLACE INTO contact_details (contact_id, extra) VALUES (?1, ?2)",
                                     error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);
      const char *extra = bb_offer_details_get_contact_extra (details, bb_contact_get_uuid (contact));

      if (extra == NULL)
        continue;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, bb_contact_get_id (contact));
      if (!bb_sql_bind_checked_text (stmt, 2, _("Contact persons"), extra, error) ||
          !bb_database_step_done (self->database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Written when they came from a file or were loaded with the offer; a provider picked
 * from the list in the form has none loaded, and must not clear what is stored. */
static gboolean
write_provider_details (BbOfferRepository  *self,
                        BbProvider         *provider,
                        GError            **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  const char *texts[4];

  if (provider == NULL ||
      (!bb_provider_get_keyed (provider) && bb_provider_get_sector_stated (provider) &&
       *bb_provider_get_description (provider) == '\0' &&
       *bb_provider_get_legal_status (provider) == '\0' &&
       *bb_provider_get_tax_id (provider) == '\0' && *bb_provider_get_extra (provider) == '\0'))
    return TRUE;

  texts[0] = bb_provider_get_description (provider);
  texts[1] = bb_provider_get_legal_status (provider);
  texts[2] = bb_provider_get_tax_id (provider);
  texts[3] = bb_provider_get_extra (provider);

  stmt = bb_database_prepare_cached (self->database,
                                     "INSERT OR REPLACE INTO provider_details (provider_id, description,"
                                     " legal_status, tax_id, extra, sector_stated)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, bb_provider_get_id (provider));
  sqlite3_bind_int (stmt, 6, bb_provider_get_sector_stated (provider) ? 1 : 0);
  return bind_texts (stmt, 2, _("Provider"), texts, G_N_ELEMENTS (texts), error) &&
         bb_database_step_done (self->database, stmt, error);
}

gboolean
_bb_offer_repository_write_details (BbOfferRepository  *self,
                                    BbOffer            *offer,
                                    BbOffer            *before,
                                    GError            **error)
{
  BbOfferDetails *details = bb_offer_get_details (offer);
  gint64 id = bb_offer_get_id (offer);

  /* An access route chosen here is known, whatever the file said. */
  if (before != NULL && bb_offer_get_access (before) != bb_offer_get_access (offer))
    details->access_stated = TRUE;

  return write_offer_row (self, id, details, error) &&
         delete_rows (self, "DELETE FROM offer_places WHERE offer_id = ?1", id, error) &&
         delete_rows (self, "DELETE FROM offer_place_addresses WHERE offer_id = ?1", id, error) &&
         delete_rows (self, "DELETE FROM offer_phones WHERE offer_id = ?1", id, error) &&
         delete_rows (self, "DELETE FROM offer_schedules WHERE offer_id = ?1", id, error) &&
         delete_rows (self, "DELETE FROM offer_terms WHERE offer_id = ?1", id, error) &&
         write_places (self, id, details, error) &&
         write_terms (self, id, details, error) &&
         write_contact_details (self, offer, error) &&
         write_provider_details (self, bb_offer_get_provider (offer), error);
}

/* A new offer takes the history its file gives it, as the file wrote it; without one
 * its history starts here. */
gboolean
_bb_offer_repository_add_first_history (BbOfferRepository  *self,
                                        BbOffer            *offer,
                                        const char         *now,
                                        GError            **error)
{
  GPtrArray *history = bb_offer_get_details (offer)->history;
  g_autoptr(BbCachedStatement) stmt = NULL;

  if (history->len == 0)
    return _bb_offer_repository_add_history (self, bb_offer_get_id (offer), now, "created", NULL,
                                             bb_offer_get_title (offer), error);

  stmt = bb_database_prepare_cached (self->database,
                                     "INSERT INTO offer_history (offer_id, changed_at, changed_by, field,"
                                     " old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                     error);
  if (stmt == NULL)
    return FALSE;

  /* Oldest first, so the rows keep the file's order. */
  for (guint i = history->len; i > 0; i--)
    {
      BbOfferChange *change = g_ptr_array_index (history, i - 1);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, bb_offer_get_id (offer));
      if (!bb_sql_bind_checked_text (stmt, 2, _("History"), bb_offer_change_get_changed_at (change), error) ||
          !bb_sql_bind_checked_text (stmt, 3, _("History"), bb_offer_change_get_changed_by (change) != NULL ? bb_offer_change_get_changed_by (change) : "", error) ||
          !bb_sql_bind_checked_text (stmt, 4, _("History"), bb_offer_change_get_field (change), error) ||
          !bb_sql_bind_checked_text (stmt, 5, _("History"), bb_offer_change_get_old_value (change), error) ||
          !bb_sql_bind_checked_text (stmt, 6, _("History"), bb_offer_change_get_new_value (change), error) ||
          !bb_database_step_done (self->database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* When the offer last changed: as its file says, when a file says another time than
 * the one stored; else now. */
char *
_bb_offer_repository_dup_modified (BbOffer    *offer,
                                   BbOffer    *before,
                                   const char *now)
{
  const char *modified = bb_offer_get_modified (offer);

  if (modified != NULL &&
      (before == NULL ? bb_offer_get_id (offer) == 0 && bb_offer_get_created (offer) == NULL
                      : g_strcmp0 (modified, bb_offer_get_modified (before)) != 0))
    return g_strdup (modified);

  return g_strdup (now);
}

/* ---- who a provider from a file is ----------------------------------- */

gboolean
_bb_offer_repository_resolve_provider (BbOfferRepository  *self,
                                       BbProvider         *provider,
                                       GError            **error)
{
  g_autoptr(BbCachedStatement) find = NULL;
  g_autoptr(BbCachedStatement) insert = NULL;
  g_autofree char *sort_key = NULL;
  const char *texts[7];
  int rc;

  /* Only an organization's id in a file says who it is; everything else is found by
   * name, as before. */
  if (provider == NULL || bb_provider_get_id (provider) != 0 || !bb_provider_get_keyed (provider))
    return TRUE;

  find = bb_database_prepare_cached (self->database,
                                     "SELECT id, (SELECT id FROM providers WHERE name = ?2 AND uuid != ?1)"
                                     "  FROM (SELECT 1) LEFT JOIN providers ON uuid = ?1",
                                     error);
  if (find == NULL)
    return FALSE;

  bb_sql_bind_text (find, 1, bb_provider_get_uuid (provider));
  bb_sql_bind_text (find, 2, bb_provider_get_name (provider));
  rc = sqlite3_step (find);
  if (rc != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  if (sqlite3_column_type (find, 0) != SQLITE_NULL)
    {
      bb_provider_set_id (provider, sqlite3_column_int64 (find, 0));
      return TRUE;
    }

  /* A name no other provider has: the list repository makes it as any other. */
  if (sqlite3_column_type (find, 1) == SQLITE_NULL)
    return TRUE;

  /* Another provider has the name: this one is another organization all the same. */
  sort_key = bb_text_sort_key (bb_provider_get_name (provider));
  texts[0] = bb_provider_get_uuid (provider);
  texts[1] = bb_provider_get_name (provider);
  texts[2] = sort_key;
  texts[3] = bb_provider_get_department (provider);
  texts[4] = bb_provider_get_website (provider);
  texts[5] = bb_provider_get_email (provider);
  texts[6] = bb_provider_get_phone (provider);

  insert = bb_database_prepare_cached (self->database,
                                       "INSERT INTO providers (uuid, name, sort_key, department, website,"
                                       " email, phone, sector, shares_name)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1)",
                                       error);
  if (insert == NULL)
    return FALSE;

  bb_sql_bind_text (insert, 8, bb_sector_to_key (bb_provider_get_sector (provider)));
  if (!bind_texts (insert, 1, _("Provider"), texts, G_N_ELEMENTS (texts), error) ||
      !bb_database_step_done (self->database, insert, error))
    return FALSE;

  bb_provider_set_id (provider, sqlite3_last_insert_rowid (bb_database_get_handle (self->database)));
  bb_database_notify (self->database, BB_DOMAIN_LISTS);
  return TRUE;
}
