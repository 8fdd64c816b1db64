/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-csv.h"
#include "bb-offer-csv.h"
#include "bb-validate.h"

/* The order in which columns are written; files may have them in any order. */
typedef enum
{
  COLUMN_ID,
  COLUMN_TITLE,
  COLUMN_SUMMARY,
  COLUMN_DESCRIPTION,
  COLUMN_PROVIDER,
  COLUMN_SECTOR,
  COLUMN_DEPARTMENT,
  COLUMN_LEGAL_BASIS,
  COLUMN_TARGET_GROUPS,
  COLUMN_STEPS,
  COLUMN_AGE_MIN,
  COLUMN_AGE_MAX,
  COLUMN_ACCESS,
  COLUMN_CAPACITY,
  COLUMN_WAITING_WEEKS,
  COLUMN_LOCATION,
  COLUMN_OPENING_HOURS,
  COLUMN_STATUS,
  COLUMN_LAST_REVIEWED,
  COLUMN_KEYWORDS,
  COLUMN_CONTACTS,
  N_COLUMNS
} Column;

/* Stable English keys: translating them would make files unreadable across languages. */
static const char * const column_keys[N_COLUMNS + 1] = {
  [COLUMN_ID] = "id",
  [COLUMN_TITLE] = "title",
  [COLUMN_SUMMARY] = "summary",
  [COLUMN_DESCRIPTION] = "description",
  [COLUMN_PROVIDER] = "provider",
  [COLUMN_SECTOR] = "sector",
  [COLUMN_DEPARTMENT] = "department",
  [COLUMN_LEGAL_BASIS] = "legal_basis",
  [COLUMN_TARGET_GROUPS] = "target_groups",
  [COLUMN_STEPS] = "steps",
  [COLUMN_AGE_MIN] = "age_min",
  [COLUMN_AGE_MAX] = "age_max",
  [COLUMN_ACCESS] = "access",
  [COLUMN_CAPACITY] = "capacity",
  [COLUMN_WAITING_WEEKS] = "waiting_weeks",
  [COLUMN_LOCATION] = "location",
  [COLUMN_OPENING_HOURS] = "opening_hours",
  [COLUMN_STATUS] = "status",
  [COLUMN_LAST_REVIEWED] = "last_reviewed",
  [COLUMN_KEYWORDS] = "keywords",
  [COLUMN_CONTACTS] = "contacts",
  [N_COLUMNS] = NULL,
};

#define SEPARATOR ';'
#define AMBASSADOR_KEY "ambassador"
#define CONTACT_PARTS 5

struct _BbOfferCsvWriter
{
  GOutputStream *stream;
  GString       *buffer;
  gboolean       started;
};

/* Where each column of the file goes. */
typedef struct
{
  guint   n_fields;
  int    *columns;   /* a Column per field, -1 for a field without a name */
  guint   line;
} Header;

static void
header_clear (Header *header)
{
  g_clear_pointer (&header->columns, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Header, header_clear)

static char *
strip_dup (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        return FALSE;
    }

  return TRUE;
}

/* Spreadsheets on Windows may write CRLF inside cells; offers keep plain LF. */
static void
normalize_line_breaks (char *text)
{
  char *out = text;

  for (const char *in = text; *in != '\0'; in++)
    {
      if (in[0] == '\r')
        {
          *out++ = '\n';
          if (in[1] == '\n')
            in++;
        }
      else
        {
          *out++ = *in;
        }
    }

  *out = '\0';
}

static BbImportRecord *
reject (guint       line,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static BbImportRecord *
reject (guint       line,
        const char *format,
        ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  return bb_import_record_new_rejected (line, reason);
}

static gboolean
read_header (BbCsvReader  *reader,
             Header       *header,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) fields = NULL;
  gboolean seen[N_COLUMNS] = { FALSE, };

  fields = bb_csv_reader_read_record (reader, &header->line, &local_error);
  if (fields == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                             _("The file is empty."));
      return FALSE;
    }

  header->n_fields = g_strv_length (fields);
  header->columns = g_new (int, header->n_fields);

  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *name = strip_dup (fields[i]);
      g_autofree char *key = g_ascii_strdown (name, -1);
      int column = -1;

      /* Spreadsheets often add empty columns at the end; their cells must stay empty. */
      if (*name == '\0')
        {
          header->columns[i] = -1;
          continue;
        }

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          if (g_str_equal (key, column_keys[c]))
            {
              column = c;
              break;
            }
        }

      if (column < 0)
        {
          g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                       _("Line %u: unknown column “%s”. The columns Brobygger reads are described in its README."),
                       header->line, name);
          return FALSE;
        }

      if (seen[column])
        {
          g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                       _("Line %u: the column “%s” appears twice."),
                       header->line, name);
          return FALSE;
        }

      seen[column] = TRUE;
      header->columns[i] = column;
    }

  for (guint i = 0; i < 2; i++)
    {
      Column required = i == 0 ? COLUMN_TITLE : COLUMN_PROVIDER;

      if (!seen[required])
        {
          g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                       /* TRANSLATORS: title and provider are column names in files: keep them in English */
                       _("Line %u: the column “%s” is missing. A catalogue needs at least the columns title and provider."),
                       header->line, column_keys[required]);
          return FALSE;
        }
    }

  return TRUE;
}

/* Values of a list cell: one per line, or separated by " | " as typed by hand. */
static GPtrArray *
split_values (const char *cell)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = g_strsplit (cell, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], "|", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          char *value = g_strstrip (parts[j]);

          if (*value == '\0' ||
              g_ptr_array_find_with_equal_func (values, value, g_str_equal, NULL))
            continue;

          g_ptr_array_add (values, g_strdup (value));
        }
    }

  return g_steal_pointer (&values);
}

static gboolean
parse_number (const char *cell,
              int        *value)
{
  g_autofree char *text = strip_dup (cell);
  guint64 number;

  if (*text == '\0')
    {
      *value = -1;
      return TRUE;
    }

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT, &number, NULL))
    return FALSE;

  *value = (int) number;
  return TRUE;
}

static gboolean
is_ambassador_word (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *danish = g_utf8_casefold ("ambassadør", -1);

  return g_str_equal (folded, AMBASSADOR_KEY) || g_str_equal (folded, danish);
}

static BbImportRecord *
parse_contacts (const char *cell,
                guint       line,
                GListStore *contacts)
{
  g_auto(GStrv) lines = g_strsplit (cell, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(BbContact) contact = NULL;
      g_auto(GStrv) parts = NULL;
      const char *part[CONTACT_PARTS] = { "", "", "", "", "" };
      guint n_parts;

      if (is_blank (lines[i]))
        continue;

      parts = g_strsplit (lines[i], "|", -1);
      n_parts = g_strv_length (parts);

      if (n_parts > CONTACT_PARTS)
        return reject (line,
                       _("Line %u: the contact “%s” has more than five parts (name | role | phone | email | ambassador)."),
                       line, g_strstrip (lines[i]));

      for (guint j = 0; j < n_parts; j++)
        part[j] = g_strstrip (parts[j]);

      if (*part[4] != '\0' && !is_ambassador_word (part[4]))
        return reject (line,
                       /* TRANSLATORS: contacts is a column name: keep it in English; the
                        * file may say “ambassador” or “ambassadør” */
                       _("Line %u: “%s” in column contacts should be “ambassador” or nothing."),
                       line, part[4]);

      contact = bb_contact_new (part[0]);
      bb_contact_set_role (contact, part[1]);
      bb_contact_set_phone (contact, part[2]);
      bb_contact_set_email (contact, part[3]);
      bb_contact_set_ambassador (contact, *part[4] != '\0');
      g_list_store_append (contacts, contact);
    }

  return NULL;
}

static char *
dup_choices (const char * (*to_key) (int),
             guint         count)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) keys = NULL;

  for (guint i = 0; i < count; i++)
    g_strv_builder_add (builder, to_key (i));

  keys = g_strv_builder_end (builder);

  return g_strjoinv (", ", keys);
}

static const char *
sector_key (int value)
{
  return bb_sector_to_key (value);
}

static const char *
access_key (int value)
{
  return bb_access_to_key (value);
}

static const char *
status_key (int value)
{
  return bb_offer_status_to_key (value);
}

static BbImportRecord *
reject_choice (guint        line,
               Column       column,
               const char  *value,
               const char * (*to_key) (int),
               guint        count)
{
  g_autofree char *choices = dup_choices (to_key, count);

  return reject (line,
                 /* TRANSLATORS: the value, the column name (English, as in the file),
                  * and the accepted words separated by commas */
                 _("Line %u: “%s” in column %s is not one of %s."),
                 line, value, column_keys[column], choices);
}

/* A spreadsheet runs a cell that starts with one of these as a formula; a catalogue
 * exchanged between municipalities must not carry one that runs when opened (OWASP's
 * "CSV injection"). Such cells are written behind an apostrophe, which spreadsheets
 * take as "text", and read back without it. */
#define FORMULA_STARTS "=+-@\t\r"

static char *
guard_formula (char *cell)
{
  char *guarded;

  if (cell[0] == '\0' || strchr (FORMULA_STARTS, cell[0]) == NULL)
    return cell;

  guarded = g_strconcat ("'", cell, NULL);
  g_free (cell);
  return guarded;
}

static void
unguard_formula (char *cell)
{
  if (cell[0] == '\'' && cell[1] != '\0' && strchr (FORMULA_STARTS, cell[1]) != NULL)
    memmove (cell, cell + 1, strlen (cell));
}

/* Turns one data row into an offer, or into a rejected record saying why not.
 * @ids maps the ids of accepted rows to their lines, to catch an id used twice. */
static BbImportRecord *
parse_row (char         **fields,
           guint          line,
           const Header  *header,
           GHashTable    *ids)
{
  g_autoptr(BbOffer) offer = NULL;
  g_autoptr(BbProvider) provider = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *uuid = NULL;
  const char *cells[N_COLUMNS] = { NULL, };
  guint n_fields = g_strv_length (fields);
  BbImportRecord *rejected;
  int number;

  if (n_fields != header->n_fields)
    return reject (line,
                   _("Line %u: expected %u fields, found %u."),
                   line, header->n_fields, n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      normalize_line_breaks (fields[i]);
      unguard_formula (fields[i]);

      if (header->columns[i] >= 0)
        cells[header->columns[i]] = fields[i];
      else if (!is_blank (fields[i]))
        return reject (line,
                       _("Line %u: field %u has text but its column has no name in the header."),
                       line, i + 1);
    }

  offer = bb_offer_new ();

  if (cells[COLUMN_ID] != NULL)
    {
      g_autofree char *id = strip_dup (cells[COLUMN_ID]);

      /* An empty id is a new offer, which keeps the uuid bb_offer_new() made. */
      if (*id != '\0')
        {
          gpointer first_line;

          if (!g_uuid_string_is_valid (id))
            return reject (line,
                           _("Line %u: “%s” in column id is not an offer id. Leave the field empty for a new offer."),
                           line, id);

          uuid = g_ascii_strdown (id, -1);
          if (g_hash_table_lookup_extended (ids, uuid, NULL, &first_line))
            return reject (line,
                           _("Line %u: the id “%s” is also used on line %u."),
                           line, uuid, GPOINTER_TO_UINT (first_line));

          bb_offer_set_uuid (offer, uuid);
        }
    }

  /* Free text is kept exactly as written, leading spaces included. */
  bb_offer_set_title (offer, cells[COLUMN_TITLE]);
  if (cells[COLUMN_SUMMARY] != NULL)
    bb_offer_set_summary (offer, cells[COLUMN_SUMMARY]);
  if (cells[COLUMN_DESCRIPTION] != NULL)
    bb_offer_set_description (offer, cells[COLUMN_DESCRIPTION]);
  if (cells[COLUMN_LEGAL_BASIS] != NULL)
    bb_offer_set_legal_basis (offer, cells[COLUMN_LEGAL_BASIS]);
  if (cells[COLUMN_LOCATION] != NULL)
    bb_offer_set_location (offer, cells[COLUMN_LOCATION]);
  if (cells[COLUMN_OPENING_HOURS] != NULL)
    bb_offer_set_opening_hours (offer, cells[COLUMN_OPENING_HOURS]);
  if (cells[COLUMN_KEYWORDS] != NULL)
    bb_offer_set_keywords (offer, cells[COLUMN_KEYWORDS]);

  {
    g_autofree char *name = strip_dup (cells[COLUMN_PROVIDER]);

    if (*name == '\0')
      return reject (line,
                     _("Line %u: the column provider is empty. Every offer needs a provider."),
                     line);

    /* A new provider: the store matches providers by name. */
    provider = bb_provider_new (name);
  }

  if (cells[COLUMN_SECTOR] != NULL)
    {
      g_autofree char *text = strip_dup (cells[COLUMN_SECTOR]);
      BbSector sector = BB_SECTOR_MUNICIPALITY;

      if (*text != '\0' && !bb_sector_from_key (text, &sector))
        return reject_choice (line, COLUMN_SECTOR, text, sector_key, BB_SECTOR_COUNT);

      bb_provider_set_sector (provider, sector);
    }

  if (cells[COLUMN_DEPARTMENT] != NULL)
    {
      g_autofree char *department = strip_dup (cells[COLUMN_DEPARTMENT]);

      bb_provider_set_department (provider, department);
    }

  bb_offer_set_provider (offer, provider);

  if (cells[COLUMN_TARGET_GROUPS] != NULL)
    {
      g_autoptr(GPtrArray) names = split_values (cells[COLUMN_TARGET_GROUPS]);
      GListStore *target_groups = bb_offer_get_target_groups (offer);

      for (guint i = 0; i < names->len; i++)
        {
          g_autoptr(BbTargetGroup) target_group = bb_target_group_new (g_ptr_array_index (names, i));

          g_list_store_append (target_groups, target_group);
        }
    }

  if (cells[COLUMN_STEPS] != NULL)
    {
      g_autoptr(GPtrArray) names = split_values (cells[COLUMN_STEPS]);
      GListStore *steps = bb_offer_get_steps (offer);

      /* Steps are matched by name; a new name becomes a new step that the user
       * can move to its level later. */
      for (guint i = 0; i < names->len; i++)
        {
          g_autoptr(BbStep) step = bb_step_new (0, g_ptr_array_index (names, i));

          g_list_store_append (steps, step);
        }
    }

  {
    static const Column number_columns[] = {
      COLUMN_AGE_MIN, COLUMN_AGE_MAX, COLUMN_CAPACITY, COLUMN_WAITING_WEEKS,
    };

    for (guint i = 0; i < G_N_ELEMENTS (number_columns); i++)
      {
        Column column = number_columns[i];

        if (cells[column] == NULL)
          continue;

        if (!parse_number (cells[column], &number))
          {
            g_autofree char *text = strip_dup (cells[column]);

            return reject (line,
                           _("Line %u: “%s” in column %s is not a whole number."),
                           line, text, column_keys[column]);
          }

        switch (column)
          {
          case COLUMN_AGE_MIN:
            bb_offer_set_age_min (offer, number);
            break;

          case COLUMN_AGE_MAX:
            bb_offer_set_age_max (offer, number);
            break;

          case COLUMN_CAPACITY:
            bb_offer_set_capacity (offer, number);
            break;

          case COLUMN_WAITING_WEEKS:
            bb_offer_set_waiting_weeks (offer, number);
            break;

          default:
            g_assert_not_reached ();
          }
      }
  }

  if (cells[COLUMN_ACCESS] != NULL)
    {
      g_autofree char *text = strip_dup (cells[COLUMN_ACCESS]);
      BbAccess access = BB_ACCESS_OPEN;

      if (*text != '\0' && !bb_access_from_key (text, &access))
        return reject_choice (line, COLUMN_ACCESS, text, access_key, BB_ACCESS_COUNT);

      bb_offer_set_access (offer, access);
    }

  if (cells[COLUMN_STATUS] != NULL)
    {
      g_autofree char *text = strip_dup (cells[COLUMN_STATUS]);
      BbOfferStatus status = BB_OFFER_STATUS_ACTIVE;

      if (*text != '\0' && !bb_offer_status_from_key (text, &status))
        return reject_choice (line, COLUMN_STATUS, text, status_key, BB_OFFER_STATUS_COUNT);

      bb_offer_set_status (offer, status);
    }

  if (cells[COLUMN_LAST_REVIEWED] != NULL)
    {
      g_autofree char *text = strip_dup (cells[COLUMN_LAST_REVIEWED]);

      if (*text != '\0' && !bb_validate_date (text))
        return reject (line,
                       _("Line %u: “%s” in column %s is not a date written as YYYY-MM-DD."),
                       line, text, column_keys[COLUMN_LAST_REVIEWED]);

      bb_offer_set_reviewed (offer, *text != '\0' ? text : NULL);
    }

  if (cells[COLUMN_CONTACTS] != NULL)
    {
      rejected = parse_contacts (cells[COLUMN_CONTACTS], line, bb_offer_get_contacts (offer));
      if (rejected != NULL)
        return rejected;
    }

  if (!bb_offer_validate (offer, &local_error))
    {
      /* TRANSLATORS: %s is what is wrong with the offer, a sentence of its own */
      return reject (line, _("Line %u: %s"), line, local_error->message);
    }

  if (uuid != NULL)
    g_hash_table_insert (ids, g_steal_pointer (&uuid), GUINT_TO_POINTER (line));

  return bb_import_record_new_offer (line, offer);
}

gboolean
bb_offer_csv_read (GInputStream  *stream,
                   BbImport      *import,
                   GError       **error)
{
  g_autoptr(BbCsvReader) reader = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(Header) header = { 0, };
  char **fields;
  guint line = 0;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (BB_IS_IMPORT (import), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reader = bb_csv_reader_new (stream, error);
  if (reader == NULL)
    return FALSE;

  if (!read_header (reader, &header, error))
    return FALSE;

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  while ((fields = bb_csv_reader_read_record (reader, &line, &local_error)) != NULL)
    {
      g_auto(GStrv) owned = fields;
      g_autoptr(BbImportRecord) record = NULL;
      gboolean empty = TRUE;

      /* Rows of empty cells are what spreadsheets leave after deleted lines. */
      for (guint i = 0; owned[i] != NULL && empty; i++)
        empty = is_blank (owned[i]);
      if (empty)
        continue;

      record = parse_row (owned, line, &header, ids);
      bb_import_add (import, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static char *
dup_number (int value)
{
  if (value < 0)
    return g_strdup ("");

  return g_strdup_printf ("%d", value);
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
      g_string_append (text, get_name (item));
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

/* A line break would start another contact. */
static void
append_contact_part (GString    *text,
                     const char *part)
{
  for (const char *p = part; *p != '\0'; p++)
    g_string_append_c (text, *p == '\r' || *p == '\n' ? ' ' : *p);
}

static char *
dup_contacts (GListModel *contacts)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (contacts);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);
      const char *parts[CONTACT_PARTS] = {
        bb_contact_get_name (contact),
        bb_contact_get_role (contact),
        bb_contact_get_phone (contact),
        bb_contact_get_email (contact),
        bb_contact_get_ambassador (contact) ? AMBASSADOR_KEY : "",
      };
      guint n_parts = CONTACT_PARTS;

      /* Trailing empty parts are left out, so a contact with a name only reads "Anna". */
      while (n_parts > 1 && *parts[n_parts - 1] == '\0')
        n_parts--;

      if (i > 0)
        g_string_append_c (text, '\n');

      for (guint j = 0; j < n_parts; j++)
        {
          if (j > 0)
            g_string_append (text, BB_OFFER_CSV_VALUE_SEPARATOR);
          append_contact_part (text, parts[j]);
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
  bb_csv_append_record (self->buffer, column_keys, SEPARATOR);
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
  char *fields[N_COLUMNS + 1] = { NULL, };
  BbProvider *provider;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (BB_IS_OFFER (offer), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  start (self);

  provider = bb_offer_get_provider (offer);

  fields[COLUMN_ID] = g_strdup (bb_offer_get_uuid (offer));
  fields[COLUMN_TITLE] = g_strdup (bb_offer_get_title (offer));
  fields[COLUMN_SUMMARY] = g_strdup (bb_offer_get_summary (offer));
  fields[COLUMN_DESCRIPTION] = g_strdup (bb_offer_get_description (offer));
  fields[COLUMN_PROVIDER] = g_strdup (provider != NULL ? bb_provider_get_name (provider) : "");
  fields[COLUMN_SECTOR] = g_strdup (provider != NULL ? bb_sector_to_key (bb_provider_get_sector (provider)) : "");
  fields[COLUMN_DEPARTMENT] = g_strdup (provider != NULL ? bb_provider_get_department (provider) : "");
  fields[COLUMN_LEGAL_BASIS] = g_strdup (bb_offer_get_legal_basis (offer));
  fields[COLUMN_TARGET_GROUPS] = dup_names (G_LIST_MODEL (bb_offer_get_target_groups (offer)),
                                            target_group_name);
  fields[COLUMN_STEPS] = dup_names (G_LIST_MODEL (bb_offer_get_steps (offer)), step_name);
  fields[COLUMN_AGE_MIN] = dup_number (bb_offer_get_age_min (offer));
  fields[COLUMN_AGE_MAX] = dup_number (bb_offer_get_age_max (offer));
  fields[COLUMN_ACCESS] = g_strdup (bb_access_to_key (bb_offer_get_access (offer)));
  fields[COLUMN_CAPACITY] = dup_number (bb_offer_get_capacity (offer));
  fields[COLUMN_WAITING_WEEKS] = dup_number (bb_offer_get_waiting_weeks (offer));
  fields[COLUMN_LOCATION] = g_strdup (bb_offer_get_location (offer));
  fields[COLUMN_OPENING_HOURS] = g_strdup (bb_offer_get_opening_hours (offer));
  fields[COLUMN_STATUS] = g_strdup (bb_offer_status_to_key (bb_offer_get_status (offer)));
  fields[COLUMN_LAST_REVIEWED] = g_strdup (bb_offer_get_reviewed (offer) != NULL ? bb_offer_get_reviewed (offer) : "");
  fields[COLUMN_KEYWORDS] = g_strdup (bb_offer_get_keywords (offer));
  fields[COLUMN_CONTACTS] = dup_contacts (G_LIST_MODEL (bb_offer_get_contacts (offer)));

  for (guint i = 0; i < N_COLUMNS; i++)
    fields[i] = guard_formula (fields[i]);

  bb_csv_append_record (self->buffer, (const char * const *) fields, SEPARATOR);

  for (guint i = 0; i < N_COLUMNS; i++)
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
