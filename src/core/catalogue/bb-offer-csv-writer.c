/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include "bb-csv.h"
#include "bb-offer-csv.h"
#include "bb-offer-csv-private.h"

#define SEPARATOR ';'

struct _BbOfferCsvWriter
{
  GOutputStream *stream;
  GString       *buffer;
  gboolean       started;
};

static char *
dup_number (int value)
{
  if (value < 0)
    return g_strdup ("");

  return g_strdup_printf ("%d", value);
}

/* A value of a list cell, escaped as the reader reads it: a line break would start
 * another value or contact, "|" another part, and spaces at the ends would be taken
 * for layout. */
static void
append_list_part (GString    *text,
                  const char *part)
{
  gsize length = strlen (part);

  for (gsize i = 0; i < length; i++)
    {
      char c = part[i];
      gboolean at_end = i == 0 || i == length - 1;

      if (c == '\\' || c == '|')
        g_string_append_printf (text, "\\%c", c);
      else if (c == '\n')
        g_string_append (text, "\\n");
      else if (c == '\r')
        g_string_append (text, "\\r");
      else if (c == '\t' && at_end)
        g_string_append (text, "\\t");
      else if (c == ' ' && at_end)
        g_string_append (text, "\\s");
      else
        g_string_append_c (text, c);
    }
}

/* Each value on a line of its own, as Alt+Enter makes in a spreadsheet cell. */
static char *
dup_names (GListModel  *model,
           const char * (*get_name) (gpointer))
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      append_list_part (text, get_name (item));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
target_group_name (gpointer item)
{
  return bb_target_group_get_name (item);
}

static const char *
step_name (gpointer item)
{
  return bb_step_get_name (item);
}

static char *
dup_contacts (GListModel *contacts)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (contacts);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);
      const char *parts[BB_OFFER_CSV_CONTACT_PARTS] = {
        bb_contact_get_name (contact),
        bb_contact_get_role (contact),
        bb_contact_get_phone (contact),
        bb_contact_get_email (contact),
        bb_contact_get_ambassador (contact) ? BB_OFFER_CSV_AMBASSADOR_KEY : "",
      };
      guint n_parts = BB_OFFER_CSV_CONTACT_PARTS;

      /* Trailing empty parts are left out, so a contact with a name only reads "Anna". */
      while (n_parts > 1 && *parts[n_parts - 1] == '\0')
        n_parts--;

      if (i > 0)
        g_string_append_c (text, '\n');

      for (guint j = 0; j < n_parts; j++)
        {
          if (j > 0)
            g_string_append (text, BB_OFFER_CSV_VALUE_SEPARATOR);
          append_list_part (text, parts[j]);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
write_buffer (BbOfferCsvWriter  *self,
              GError           **error)
{
  gboolean ok;

  ok = g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len,
                                  NULL, NULL, error);
  g_string_truncate (self->buffer, 0);

  return ok;
}

static void
start (BbOfferCsvWriter *self)
{
  if (self->started)
    return;

  self->started = TRUE;
  g_string_append (self->buffer, BB_CSV_BOM);
  bb_csv_append_record (self->buffer, _bb_offer_csv_column_keys, SEPARATOR);
}

BbOfferCsvWriter *
bb_offer_csv_writer_new (GOutputStream *stream)
{
  BbOfferCsvWriter *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  self = g_new0 (BbOfferCsvWriter, 1);
  self->stream = g_object_ref (stream);
  self->buffer = g_string_new (NULL);

  return self;
}

gboolean
bb_offer_csv_writer_add (BbOfferCsvWriter  *self,
                         BbOffer           *offer,
                         GError           **error)
{
  char *fields[BB_OFFER_CSV_N_COLUMNS + 1] = { NULL, };
  BbProvider *provider;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (BB_IS_OFFER (offer), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  start (self);

  provider = bb_offer_get_provider (offer);

  fields[BB_OFFER_CSV_COLUMN_ID] = g_strdup (bb_offer_get_uuid (offer));
  fields[BB_OFFER_CSV_COLUMN_TITLE] = g_strdup (bb_offer_get_title (offer));
  fields[BB_OFFER_CSV_COLUMN_SUMMARY] = g_strdup (bb_offer_get_summary (offer));
  fields[BB_OFFER_CSV_COLUMN_DESCRIPTION] = g_strdup (bb_offer_get_description (offer));
  fields[BB_OFFER_CSV_COLUMN_PROVIDER] =
    g_strdup (provider != NULL ? bb_provider_get_name (provider) : "");
  fields[BB_OFFER_CSV_COLUMN_SECTOR] =
    g_strdup (provider != NULL ? bb_sector_to_key (bb_provider_get_sector (provider)) : "");
  fields[BB_OFFER_CSV_COLUMN_DEPARTMENT] =
    g_strdup (provider != NULL ? bb_provider_get_department (provider) : "");
  fields[BB_OFFER_CSV_COLUMN_LEGAL_BASIS] = g_strdup (bb_offer_get_legal_basis (offer));
  fields[BB_OFFER_CSV_COLUMN_TARGET_GROUPS] =
    dup_names (G_LIST_MODEL (bb_offer_get_target_groups (offer)), target_group_name);
  fields[BB_OFFER_CSV_COLUMN_STEPS] =
    dup_names (G_LIST_MODEL (bb_offer_get_steps (offer)), step_name);
  fields[BB_OFFER_CSV_COLUMN_AGE_MIN] = dup_number (bb_offer_get_age_min (offer));
  fields[BB_OFFER_CSV_COLUMN_AGE_MAX] = dup_number (bb_offer_get_age_max (offer));
  fields[BB_OFFER_CSV_COLUMN_ACCESS] = g_strdup (bb_offer_get_details (offer)->access_stated
                                                 ? bb_access_to_key (bb_offer_get_access (offer))
                                                 : BB_OFFER_CSV_ACCESS_NOT_STATED);
  fields[BB_OFFER_CSV_COLUMN_HOW_TO_GET_IN] = g_strdup (bb_offer_get_details (offer)->how_to_get_in != NULL
                                                        ? bb_offer_get_details (offer)->how_to_get_in : "");
  fields[BB_OFFER_CSV_COLUMN_CAPACITY] = dup_number (bb_offer_get_capacity (offer));
  fields[BB_OFFER_CSV_COLUMN_WAITING_WEEKS] = dup_number (bb_offer_get_waiting_weeks (offer));
  fields[BB_OFFER_CSV_COLUMN_LOCATION] = g_strdup (bb_offer_get_location (offer));
  fields[BB_OFFER_CSV_COLUMN_OPENING_HOURS] = g_strdup (bb_offer_get_opening_hours (offer));
  fields[BB_OFFER_CSV_COLUMN_STATUS] =
    g_strdup (bb_offer_status_to_key (bb_offer_get_status (offer)));
  fields[BB_OFFER_CSV_COLUMN_LAST_REVIEWED] =
    g_strdup (bb_offer_get_reviewed (offer) != NULL ? bb_offer_get_reviewed (offer) : "");
  fields[BB_OFFER_CSV_COLUMN_KEYWORDS] = g_strdup (bb_offer_get_keywords (offer));
  fields[BB_OFFER_CSV_COLUMN_CONTACTS] =
    dup_contacts (G_LIST_MODEL (bb_offer_get_contacts (offer)));

  for (guint i = 0; i < BB_OFFER_CSV_N_COLUMNS; i++)
    fields[i] = bb_csv_guard_formula (fields[i]);

  bb_csv_append_record (self->buffer, (const char * const *) fields, SEPARATOR);

  for (guint i = 0; i < BB_OFFER_CSV_N_COLUMNS; i++)
    g_free (fields[i]);

  return write_buffer (self, error);
}

gboolean
bb_offer_csv_writer_close (BbOfferCsvWriter  *self,
                           GError           **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  start (self);

  if (!write_buffer (self, error))
    return FALSE;

  return g_output_stream_flush (self->stream, NULL, error);
}

void
bb_offer_csv_writer_free (BbOfferCsvWriter *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_string_free (self->buffer, TRUE);
  g_free (self);
}
