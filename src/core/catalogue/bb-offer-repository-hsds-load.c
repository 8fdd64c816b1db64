/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Loading what an offer holds beyond the form and what its provider says beyond it
 * (see bb-offer-repository-hsds.c, which saves them). */

#include "config.h"

#include "bb-catalogue-private.h"
#include "bb-offer-repository-private.h"

/* The place of an offer's own phones and schedules, beside those of its places. */
#define OWN_PLACE -1

/* ---- small helpers --------------------------------------------------- */

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = bb_sql_column_text (stmt, column);

  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

static gint64
column_optional_int64 (sqlite3_stmt *stmt,
                       int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, column);
}

/* The phones or schedules of place @place: the offer's own, or a place's. */
static GPtrArray *
place_records (BbOfferDetails *details,
               int             place,
               gboolean        schedules)
{
  BbOfferLocation *location;

  if (place == OWN_PLACE)
    return schedules ? details->schedules : details->phones;

  if (place < 0 || (guint) place >= details->locations->len)
    return NULL;

  location = g_ptr_array_index (details->locations, place);
  return schedules ? location->schedules : location->phones;
}

/* ---- loading --------------------------------------------------------- */

static gboolean
load_offer_row (BbOfferRepository  *self,
                gint64              id,
                BbOfferDetails     *details,
                GError            **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT alternate_name, url, email, how_to_get_in, fees,"
                                     " eligibility, alert, access_stated, extra"
                                     "  FROM offer_details WHERE offer_id = ?1",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  details->alternate_name = dup_column (stmt, 0);
  details->url = dup_column (stmt, 1);
  details->email = dup_column (stmt, 2);
  details->how_to_get_in = dup_column (stmt, 3);
  details->fees = dup_column (stmt, 4);
  details->eligibility = dup_column (stmt, 5);
  details->alert = dup_column (stmt, 6);
  details->access_stated = sqlite3_column_int (stmt, 7) != 0;
  details->extra = dup_column (stmt, 8);
  return TRUE;
}

/* Steps @stmt to its end, handing each row to @row_func. */
static gboolean
for_each_row (BbOfferRepository  *self,
              sqlite3_stmt       *stmt,
              void              (*row_func) (sqlite3_stmt   *stmt,
                                             BbOfferDetails *details),
              BbOfferDetails     *details,
              GError            **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    row_func (stmt, details);

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  return TRUE;
}

static void
place_from_row (sqlite3_stmt   *stmt,
                BbOfferDetails *details)
{
  g_autofree char *location_type = dup_column (stmt, 2);
  BbOfferLocation *place = bb_offer_location_new (location_type);

  place->link_id = dup_column (stmt, 0);
  place->id = dup_column (stmt, 1);
  place->name = dup_column (stmt, 3);
  place->alternate_name = dup_column (stmt, 4);
  place->description = dup_column (stmt, 5);
  place->transportation = dup_column (stmt, 6);
  place->has_coordinates = sqlite3_column_type (stmt, 7) != SQLITE_NULL &&
                           sqlite3_column_type (stmt, 8) != SQLITE_NULL;
  place->latitude = sqlite3_column_double (stmt, 7);
  place->longitude = sqlite3_column_double (stmt, 8);
  place->extra = dup_column (stmt, 9);
  place->link_extra = dup_column (stmt, 10);
  g_ptr_array_add (details->locations, place);
}

static void
address_from_row (sqlite3_stmt   *stmt,
                  BbOfferDetails *details)
{
  int place = sqlite3_column_int (stmt, 0);
  BbAddress *address;

  if (place < 0 || (guint) place >= details->locations->len)
    return;

  address = bb_address_new ();
  address->id = dup_column (stmt, 1);
  address->attention = dup_column (stmt, 2);
  address->address_1 = dup_column (stmt, 3);
  address->address_2 = dup_column (stmt, 4);
  address->city = dup_column (stmt, 5);
  address->region = dup_column (stmt, 6);
  address->state_province = dup_column (stmt, 7);
  address->postal_code = dup_column (stmt, 8);
  address->country = dup_column (stmt, 9);
  address->address_type = dup_column (stmt, 10);
  address->extra = dup_column (stmt, 11);
  g_ptr_array_add (((BbOfferLocation *) g_ptr_array_index (details->locations, place))->addresses,
                   address);
}

static void
phone_from_row (sqlite3_stmt   *stmt,
                BbOfferDetails *details)
{
  GPtrArray *phones = place_records (details, sqlite3_column_int (stmt, 0), FALSE);
  BbPhone *phone;

  if (phones == NULL)
    return;

  phone = _bb_phone_from_row (stmt, 1);
  g_ptr_array_add (phones, phone);
}

static void
accessibility_from_row (sqlite3_stmt   *stmt,
                        BbOfferDetails *details)
{
  int place = sqlite3_column_int (stmt, 0);
  BbAccessibility *note;

  if (place < 0 || (guint) place >= details->locations->len)
    return;

  note = bb_accessibility_new ();
  note->id = dup_column (stmt, 1);
  note->description = dup_column (stmt, 2);
  note->details = dup_column (stmt, 3);
  note->url = dup_column (stmt, 4);
  note->extra = dup_column (stmt, 5);
  g_ptr_array_add (((BbOfferLocation *) g_ptr_array_index (details->locations, place))->accessibility, note);
}

static void
schedule_from_row (sqlite3_stmt   *stmt,
                   BbOfferDetails *details)
{
  GPtrArray *schedules = place_records (details, sqlite3_column_int (stmt, 0), TRUE);
  BbSchedule *schedule;

  if (schedules == NULL)
    return;

  schedule = bb_schedule_new ();
  schedule->id = dup_column (stmt, 1);
  schedule->freq = dup_column (stmt, 2);
  schedule->interval = column_optional_int64 (stmt, 3);
  schedule->byday = dup_column (stmt, 4);
  schedule->bymonthday = dup_column (stmt, 5);
  schedule->opens_at = dup_column (stmt, 6);
  schedule->closes_at = dup_column (stmt, 7);
  schedule->valid_from = dup_column (stmt, 8);
  schedule->valid_to = dup_column (stmt, 9);
  schedule->description = dup_column (stmt, 10);
  schedule->notes = dup_column (stmt, 11);
  schedule->extra = dup_column (stmt, 12);
  g_ptr_array_add (schedules, schedule);
}

static void
term_from_row (sqlite3_stmt   *stmt,
               BbOfferDetails *details)
{
  BbTerm *term = bb_term_new (bb_sql_column_text (stmt, 4));

  term->attribute_id = dup_column (stmt, 0);
  term->id = dup_column (stmt, 1);
  term->taxonomy = dup_column (stmt, 2);
  term->code = dup_column (stmt, 3);
  term->description = dup_column (stmt, 5);
  term->extra = dup_column (stmt, 6);
  g_ptr_array_add (details->terms, term);
}

static void
contact_extra_from_row (sqlite3_stmt   *stmt,
                        BbOfferDetails *details)
{
  bb_offer_details_set_contact_extra (details, bb_sql_column_text (stmt, 0),
                                      bb_sql_column_text (stmt, 1));
}

static gboolean
load_rows (BbOfferRepository  *self,
           const char         *sql,
           gint64              id,
           void              (*row_func) (sqlite3_stmt   *stmt,
                                          BbOfferDetails *details),
           BbOfferDetails     *details,
           GError            **error)
{
  g_autoptr(BbCachedStatement) stmt = bb_database_prepare_cached (self->database, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return for_each_row (self, stmt, row_func, details, error);
}

static gboolean
load_provider_details (BbOfferRepository  *self,
                       BbProvider         *provider,
                       GError            **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  if (provider == NULL || bb_provider_get_id (provider) == 0)
    return TRUE;

  if (!_bb_list_load_provider_phones (self->database, provider, error))
    return FALSE;

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT description, legal_status, tax_id, sector_stated, extra"
                                     "  FROM provider_details WHERE provider_id = ?1",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, bb_provider_get_id (provider));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  bb_provider_set_description (provider, bb_sql_column_text (stmt, 0));
  bb_provider_set_legal_status (provider, bb_sql_column_text (stmt, 1));
  bb_provider_set_tax_id (provider, bb_sql_column_text (stmt, 2));
  bb_provider_set_sector_stated (provider, sqlite3_column_int (stmt, 3) != 0);
  bb_provider_set_extra (provider, bb_sql_column_text (stmt, 4));
  return TRUE;
}

gboolean
_bb_offer_repository_load_details (BbOfferRepository  *self,
                                   BbOffer            *offer,
                                   GError            **error)
{
  g_autoptr(BbOfferDetails) details = bb_offer_details_new ();
  gint64 id = bb_offer_get_id (offer);

  /* Places first: their addresses, phones and schedules go to them. */
  if (!load_offer_row (self, id, details, error) ||
      !load_rows (self,
                  "SELECT link_uuid, uuid, location_type, name, alternate_name, description,"
                  " transportation, latitude, longitude, extra, link_extra"
                  "  FROM offer_places WHERE offer_id = ?1 ORDER BY position",
                  id, place_from_row, details, error) ||
      !load_rows (self,
                  "SELECT place, uuid, attention, address_1, address_2, city, region,"
                  " state_province, postal_code, country, address_type, extra"
                  "  FROM offer_place_addresses WHERE offer_id = ?1 ORDER BY place, position",
                  id, address_from_row, details, error) ||
      !load_rows (self,
                  "SELECT place, uuid, number, extension, type, description, extra"
                  "  FROM offer_phones WHERE offer_id = ?1 ORDER BY place, position",
                  id, phone_from_row, details, error) ||
      !load_rows (self,
                  "SELECT place, uuid, description, details, url, extra"
                  "  FROM offer_place_accessibility WHERE offer_id = ?1 ORDER BY place, position",
                  id, accessibility_from_row, details, error) ||
      !load_rows (self,
                  "SELECT place, uuid, freq, interval, byday, bymonthday, opens_at, closes_at,"
                  " valid_from, valid_to, description, notes, extra"
                  "  FROM offer_schedules WHERE offer_id = ?1 ORDER BY place, position",
                  id, schedule_from_row, details, error) ||
      !load_rows (self,
                  "SELECT attribute_uuid, uuid, taxonomy, code, name, description, extra"
                  "  FROM offer_terms WHERE offer_id = ?1 ORDER BY position",
                  id, term_from_row, details, error) ||
      !load_rows (self,
                  "SELECT c.uuid, d.extra FROM contact_details d JOIN contacts c ON c.id = d.contact_id"
                  " WHERE c.offer_id = ?1",
                  id, contact_extra_from_row, details, error) ||
      !load_provider_details (self, bb_offer_get_provider (offer), error))
    return FALSE;

  bb_offer_set_details (offer, details);
  return TRUE;
}
