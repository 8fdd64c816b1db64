/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-csv.h"
#include "bb-offer-csv.h"
#include "bb-offer-csv-private.h"
#include "bb-validate.h"

/* As long as one HSDS service may be (BB_HSDS_MAX_PIECE): what one format holds,
 * the other reads. */
#define BB_OFFER_CSV_MAX_RECORD_BYTES (16 * 1024 * 1024)

/* The writer writes them as its header row. */
const char * const _bb_offer_csv_column_keys[BB_OFFER_CSV_N_COLUMNS + 1] = {
  [BB_OFFER_CSV_COLUMN_ID] = "id",
  [BB_OFFER_CSV_COLUMN_TITLE] = "title",
  [BB_OFFER_CSV_COLUMN_SUMMARY] = "summary",
  [BB_OFFER_CSV_COLUMN_DESCRIPTION] = "description",
  [BB_OFFER_CSV_COLUMN_PROVIDER] = "provider",
  [BB_OFFER_CSV_COLUMN_SECTOR] = "sector",
  [BB_OFFER_CSV_COLUMN_DEPARTMENT] = "department",
  [BB_OFFER_CSV_COLUMN_LEGAL_BASIS] = "legal_basis",
  [BB_OFFER_CSV_COLUMN_TARGET_GROUPS] = "target_groups",
  [BB_OFFER_CSV_COLUMN_STEPS] = "steps",
  [BB_OFFER_CSV_COLUMN_AGE_MIN] = "age_min",
  [BB_OFFER_CSV_COLUMN_AGE_MAX] = "age_max",
  [BB_OFFER_CSV_COLUMN_ACCESS] = "access",
  [BB_OFFER_CSV_COLUMN_HOW_TO_GET_IN] = "how_to_get_in",
  [BB_OFFER_CSV_COLUMN_CAPACITY] = "capacity",
  [BB_OFFER_CSV_COLUMN_WAITING_WEEKS] = "waiting_weeks",
  [BB_OFFER_CSV_COLUMN_LOCATION] = "location",
  [BB_OFFER_CSV_COLUMN_OPENING_HOURS] = "opening_hours",
  [BB_OFFER_CSV_COLUMN_STATUS] = "status",
  [BB_OFFER_CSV_COLUMN_LAST_REVIEWED] = "last_reviewed",
  [BB_OFFER_CSV_COLUMN_KEYWORDS] = "keywords",
  [BB_OFFER_CSV_COLUMN_CONTACTS] = "contacts",
  [BB_OFFER_CSV_N_COLUMNS] = NULL,
};

/* The field of an offer each column holds; the id is no field but the offer's key. */
static const BbImportFields column_fields[BB_OFFER_CSV_N_COLUMNS] = {
  [BB_OFFER_CSV_COLUMN_ID] = 0,
  [BB_OFFER_CSV_COLUMN_TITLE] = BB_IMPORT_FIELD_TITLE,
  [BB_OFFER_CSV_COLUMN_SUMMARY] = BB_IMPORT_FIELD_SUMMARY,
  [BB_OFFER_CSV_COLUMN_DESCRIPTION] = BB_IMPORT_FIELD_DESCRIPTION,
  [BB_OFFER_CSV_COLUMN_PROVIDER] = BB_IMPORT_FIELD_PROVIDER,
  [BB_OFFER_CSV_COLUMN_SECTOR] = BB_IMPORT_FIELD_SECTOR,
  [BB_OFFER_CSV_COLUMN_DEPARTMENT] = BB_IMPORT_FIELD_DEPARTMENT,
  [BB_OFFER_CSV_COLUMN_LEGAL_BASIS] = BB_IMPORT_FIELD_LEGAL_BASIS,
  [BB_OFFER_CSV_COLUMN_TARGET_GROUPS] = BB_IMPORT_FIELD_TARGET_GROUPS,
  [BB_OFFER_CSV_COLUMN_STEPS] = BB_IMPORT_FIELD_STEPS,
  [BB_OFFER_CSV_COLUMN_AGE_MIN] = BB_IMPORT_FIELD_AGE_MIN,
  [BB_OFFER_CSV_COLUMN_AGE_MAX] = BB_IMPORT_FIELD_AGE_MAX,
  [BB_OFFER_CSV_COLUMN_ACCESS] = BB_IMPORT_FIELD_ACCESS,
  [BB_OFFER_CSV_COLUMN_HOW_TO_GET_IN] = BB_IMPORT_FIELD_HOW_TO_GET_IN,
  [BB_OFFER_CSV_COLUMN_CAPACITY] = BB_IMPORT_FIELD_CAPACITY,
  [BB_OFFER_CSV_COLUMN_WAITING_WEEKS] = BB_IMPORT_FIELD_WAITING_WEEKS,
  [BB_OFFER_CSV_COLUMN_LOCATION] = BB_IMPORT_FIELD_LOCATION,
  [BB_OFFER_CSV_COLUMN_OPENING_HOURS] = BB_IMPORT_FIELD_OPENING_HOURS,
  [BB_OFFER_CSV_COLUMN_STATUS] = BB_IMPORT_FIELD_STATUS,
  [BB_OFFER_CSV_COLUMN_LAST_REVIEWED] = BB_IMPORT_FIELD_REVIEWED,
  [BB_OFFER_CSV_COLUMN_KEYWORDS] = BB_IMPORT_FIELD_KEYWORDS,
  [BB_OFFER_CSV_COLUMN_CONTACTS] = BB_IMPORT_FIELD_CONTACTS,
};

/* Where each column of the file goes. */
typedef struct
{
  guint           n_fields;
  int            *columns;   /* a BbOfferCsvColumn per field, -1 for a field without a name */
  guint           line;
  /* The offer's fields the file has: the others stay as they are in the catalogue. */
  BbImportFields  fields;
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
  gboolean seen[BB_OFFER_CSV_N_COLUMNS] = { FALSE, };

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

      for (guint c = 0; c < BB_OFFER_CSV_N_COLUMNS; c++)
        {
          if (g_str_equal (key, _bb_offer_csv_column_keys[c]))
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
      header->fields |= column_fields[column];
    }

  for (guint i = 0; i < 2; i++)
    {
      BbOfferCsvColumn required = i == 0 ? BB_OFFER_CSV_COLUMN_TITLE : BB_OFFER_CSV_COLUMN_PROVIDER;

      if (!seen[required])
        {
          g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                       /* TRANSLATORS: title and provider are column names in files: keep them in English */
                       _("Line %u: the column “%s” is missing. A catalogue needs at least the columns title and provider."),
                       header->line, _bb_offer_csv_column_keys[required]);
          return FALSE;
        }
    }

  return TRUE;
}

/* A list cell (target groups, steps, contacts) is lines of parts: a line break ends
 * a line, "|" a part, and the spaces around a part are the file's layout. A part that
 * holds any of these has them escaped as the writer writes them: \\ \| \n \r, and
 * \s and \t for a space or tab at either end. Any other backslash is text. Returns a GPtrArray per
 * line, of the parts (text). */
static GPtrArray *
split_cell (const char *cell)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) part = g_string_new (NULL);
  gssize kept_from = -1;
  gsize kept_to = 0;

  g_ptr_array_add (lines, parts);
  for (const char *p = cell; ; p++)
    {
      gboolean end_part = *p == '\0' || *p == '|' || *p == '\n' || *p == '\r';

      if (end_part)
        {
          g_ptr_array_add (parts, kept_from < 0 ? g_strdup ("")
                                                : g_strndup (part->str + kept_from, kept_to - kept_from));
          g_string_truncate (part, 0);
          kept_from = -1;
          if (*p == '\0')
            break;
          if (*p != '|')
            {
              if (p[0] == '\r' && p[1] == '\n')
                p++;
              parts = g_ptr_array_new_with_free_func (g_free);
              g_ptr_array_add (lines, parts);
            }
          continue;
        }

      if (*p == '\\' && p[1] != '\0' && strchr ("\\|nrts", p[1]) != NULL)
        {
          p++;
          g_string_append_c (part, *p == 'n' ? '\n' : *p == 'r' ? '\r' : *p == 't' ? '\t'
                                   : *p == 's' ? ' ' : *p);
        }
      else
        {
          g_string_append_c (part, *p);
          if (g_ascii_isspace (*p))
            continue;
        }

      /* Escaped or not a space: inside the part. */
      if (kept_from < 0)
        kept_from = part->len - 1;
      kept_to = part->len;
    }

  return g_steal_pointer (&lines);
}

/* Values of a list cell: one per line, or separated by " | " as typed by hand. */
static GPtrArray *
split_values (const char *cell)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) lines = split_cell (cell);

  for (guint i = 0; i < lines->len; i++)
    {
      GPtrArray *parts = g_ptr_array_index (lines, i);

      for (guint j = 0; j < parts->len; j++)
        {
          const char *value = g_ptr_array_index (parts, j);

          if (*value == '\0' ||
              g_ptr_array_find_with_equal_func (values, value, g_str_equal, NULL))
            continue;

          g_ptr_array_add (values, g_strdup (value));
        }
    }

  return g_steal_pointer (&values);
}

/* A list cell typed as prose, "Anxiety and depression, ADHD": with commas but neither
 * line breaks nor "|". The import reads it as several names when each part is one the
 * catalogue knows. */
static gboolean
is_comma_list (const char *cell)
{
  return cell != NULL && strchr (cell, ',') != NULL && strpbrk (cell, "\n\r|") == NULL;
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

  return g_str_equal (folded, BB_OFFER_CSV_AMBASSADOR_KEY) || g_str_equal (folded, danish);
}

static BbImportRecord *
parse_contacts (const char *cell,
                guint       line,
                GListStore *contacts)
{
  g_autoptr(GPtrArray) lines = split_cell (cell);

  for (guint i = 0; i < lines->len; i++)
    {
      GPtrArray *parts = g_ptr_array_index (lines, i);
      g_autoptr(BbContact) contact = NULL;
      const char *part[BB_OFFER_CSV_CONTACT_PARTS] = { "", "", "", "", "" };
      guint n_parts = parts->len;
      gboolean blank = TRUE;

      for (guint j = 0; j < n_parts && blank; j++)
        blank = *(const char *) g_ptr_array_index (parts, j) == '\0';
      if (blank)
        continue;

      if (n_parts > BB_OFFER_CSV_CONTACT_PARTS)
        {
          g_ptr_array_add (parts, NULL);
          {
            g_autofree char *joined = g_strjoinv (" | ", (char **) parts->pdata);

            return reject (line,
                           _("Line %u: the contact “%s” has more than five parts (name | role | phone | email | ambassador)."),
                           line, joined);
          }
        }

      for (guint j = 0; j < n_parts; j++)
        part[j] = g_ptr_array_index (parts, j);

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
               BbOfferCsvColumn       column,
               const char  *value,
               const char * (*to_key) (int),
               guint        count)
{
  g_autofree char *choices = dup_choices (to_key, count);

  return reject (line,
                 /* TRANSLATORS: the value, the column name (English, as in the file),
                  * and the accepted words separated by commas */
                 _("Line %u: “%s” in column %s is not one of %s."),
                 line, value, _bb_offer_csv_column_keys[column], choices);
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
  const char *cells[BB_OFFER_CSV_N_COLUMNS] = { NULL, };
  guint n_fields = g_strv_length (fields);
  BbImportRecord *rejected;
  BbImportRecord *record;
  int number;

  if (n_fields != header->n_fields)
    return reject (line,
                   _("Line %u: expected %u fields, found %u."),
                   line, header->n_fields, n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      /* A cell keeps its line breaks as written, CR and CRLF too. */
      bb_csv_unguard_formula (fields[i]);

      if (header->columns[i] >= 0)
        cells[header->columns[i]] = fields[i];
      else if (!is_blank (fields[i]))
        return reject (line,
                       _("Line %u: field %u has text but its column has no name in the header."),
                       line, i + 1);
    }

  offer = bb_offer_new ();

  if (cells[BB_OFFER_CSV_COLUMN_ID] != NULL)
    {
      g_autofree char *id = strip_dup (cells[BB_OFFER_CSV_COLUMN_ID]);

      /* An empty id is a new offer, which keeps the uuid bb_offer_new() made. */
      if (*id != '\0')
        {
          gpointer first_line;

          /* Any id another system gave the offer is its id, as HSDS has it; only a
           * UUID is the same in either case. */
          uuid = g_uuid_string_is_valid (id) ? g_ascii_strdown (id, -1) : g_strdup (id);
          if (g_hash_table_lookup_extended (ids, uuid, NULL, &first_line))
            return reject (line,
                           _("Line %u: the id “%s” is also used on line %u."),
                           line, uuid, GPOINTER_TO_UINT (first_line));

          bb_offer_set_uuid (offer, uuid);
        }
    }

  /* Free text is kept exactly as written, leading spaces included. */
  bb_offer_set_title (offer, cells[BB_OFFER_CSV_COLUMN_TITLE]);
  if (cells[BB_OFFER_CSV_COLUMN_SUMMARY] != NULL)
    bb_offer_set_summary (offer, cells[BB_OFFER_CSV_COLUMN_SUMMARY]);
  if (cells[BB_OFFER_CSV_COLUMN_DESCRIPTION] != NULL)
    bb_offer_set_description (offer, cells[BB_OFFER_CSV_COLUMN_DESCRIPTION]);
  if (cells[BB_OFFER_CSV_COLUMN_LEGAL_BASIS] != NULL)
    bb_offer_set_legal_basis (offer, cells[BB_OFFER_CSV_COLUMN_LEGAL_BASIS]);
  if (cells[BB_OFFER_CSV_COLUMN_LOCATION] != NULL)
    bb_offer_set_location (offer, cells[BB_OFFER_CSV_COLUMN_LOCATION]);
  if (cells[BB_OFFER_CSV_COLUMN_OPENING_HOURS] != NULL)
    bb_offer_set_opening_hours (offer, cells[BB_OFFER_CSV_COLUMN_OPENING_HOURS]);
  if (cells[BB_OFFER_CSV_COLUMN_KEYWORDS] != NULL)
    bb_offer_set_keywords (offer, cells[BB_OFFER_CSV_COLUMN_KEYWORDS]);
  /* Unset, as an HSDS file without application_process has it, when empty. */
  if (cells[BB_OFFER_CSV_COLUMN_HOW_TO_GET_IN] != NULL && *cells[BB_OFFER_CSV_COLUMN_HOW_TO_GET_IN] != '\0')
    bb_offer_get_details (offer)->how_to_get_in = g_strdup (cells[BB_OFFER_CSV_COLUMN_HOW_TO_GET_IN]);

  {
    const char *name = cells[BB_OFFER_CSV_COLUMN_PROVIDER];

    if (is_blank (name))
      return reject (line,
                     _("Line %u: the column provider is empty. Every offer needs a provider."),
                     line);

    /* A new provider: the store matches providers by name, as written, spaces around
     * it too, so that the catalogue's own export finds its providers again. */
    provider = bb_provider_new (name);
  }

  if (cells[BB_OFFER_CSV_COLUMN_SECTOR] != NULL)
    {
      g_autofree char *text = strip_dup (cells[BB_OFFER_CSV_COLUMN_SECTOR]);
      BbSector sector = BB_SECTOR_MUNICIPALITY;

      if (*text != '\0' && !bb_sector_from_key (text, &sector))
        return reject_choice (line, BB_OFFER_CSV_COLUMN_SECTOR, text, sector_key, BB_SECTOR_COUNT);

      bb_provider_set_sector (provider, sector);
    }

  if (cells[BB_OFFER_CSV_COLUMN_DEPARTMENT] != NULL)
    {
      bb_provider_set_department (provider, cells[BB_OFFER_CSV_COLUMN_DEPARTMENT]);
    }

  bb_offer_set_provider (offer, provider);

  if (cells[BB_OFFER_CSV_COLUMN_TARGET_GROUPS] != NULL)
    {
      g_autoptr(GPtrArray) names = split_values (cells[BB_OFFER_CSV_COLUMN_TARGET_GROUPS]);
      GListStore *target_groups = bb_offer_get_target_groups (offer);

      for (guint i = 0; i < names->len; i++)
        {
          g_autoptr(BbTargetGroup) target_group = bb_target_group_new (g_ptr_array_index (names, i));

          g_list_store_append (target_groups, target_group);
        }
    }

  if (cells[BB_OFFER_CSV_COLUMN_STEPS] != NULL)
    {
      g_autoptr(GPtrArray) names = split_values (cells[BB_OFFER_CSV_COLUMN_STEPS]);
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
    static const BbOfferCsvColumn number_columns[] = {
      BB_OFFER_CSV_COLUMN_AGE_MIN, BB_OFFER_CSV_COLUMN_AGE_MAX,
      BB_OFFER_CSV_COLUMN_CAPACITY, BB_OFFER_CSV_COLUMN_WAITING_WEEKS,
    };

    for (guint i = 0; i < G_N_ELEMENTS (number_columns); i++)
      {
        BbOfferCsvColumn column = number_columns[i];

        if (cells[column] == NULL)
          continue;

        if (!parse_number (cells[column], &number))
          {
            g_autofree char *text = strip_dup (cells[column]);

            return reject (line,
                           _("Line %u: “%s” in column %s is not a whole number."),
                           line, text, _bb_offer_csv_column_keys[column]);
          }

        switch (column)
          {
          case BB_OFFER_CSV_COLUMN_AGE_MIN:
            bb_offer_set_age_min (offer, number);
            break;

          case BB_OFFER_CSV_COLUMN_AGE_MAX:
            bb_offer_set_age_max (offer, number);
            break;

          case BB_OFFER_CSV_COLUMN_CAPACITY:
            bb_offer_set_capacity (offer, number);
            break;

          case BB_OFFER_CSV_COLUMN_WAITING_WEEKS:
            bb_offer_set_waiting_weeks (offer, number);
            break;

          default:
            g_assert_not_reached ();
          }
      }
  }

  if (cells[BB_OFFER_CSV_COLUMN_ACCESS] != NULL)
    {
      g_autofree char *text = strip_dup (cells[BB_OFFER_CSV_COLUMN_ACCESS]);
      BbAccess access = BB_ACCESS_OPEN;
      /* An empty cell says no more than the key does: the route is not stated. */
      gboolean stated = *text != '\0' && !g_str_equal (text, BB_OFFER_CSV_ACCESS_NOT_STATED);

      if (stated && !bb_access_from_key (text, &access))
        return reject_choice (line, BB_OFFER_CSV_COLUMN_ACCESS, text, access_key, BB_ACCESS_COUNT);

      bb_offer_set_access (offer, access);
      bb_offer_get_details (offer)->access_stated = stated;
    }

  if (cells[BB_OFFER_CSV_COLUMN_STATUS] != NULL)
    {
      g_autofree char *text = strip_dup (cells[BB_OFFER_CSV_COLUMN_STATUS]);
      BbOfferStatus status = BB_OFFER_STATUS_ACTIVE;

      if (*text != '\0' && !bb_offer_status_from_key (text, &status))
        return reject_choice (line, BB_OFFER_CSV_COLUMN_STATUS, text, status_key,
                              BB_OFFER_STATUS_COUNT);

      bb_offer_set_status (offer, status);
    }

  if (cells[BB_OFFER_CSV_COLUMN_LAST_REVIEWED] != NULL)
    {
      g_autofree char *text = strip_dup (cells[BB_OFFER_CSV_COLUMN_LAST_REVIEWED]);

      if (*text != '\0' && !bb_validate_date (text))
        return reject (line,
                       _("Line %u: “%s” in column %s is not a date written as YYYY-MM-DD."),
                       line, text, _bb_offer_csv_column_keys[BB_OFFER_CSV_COLUMN_LAST_REVIEWED]);

      bb_offer_set_reviewed (offer, *text != '\0' ? text : NULL);
    }

  if (cells[BB_OFFER_CSV_COLUMN_CONTACTS] != NULL)
    {
      rejected = parse_contacts (cells[BB_OFFER_CSV_COLUMN_CONTACTS], line,
                                 bb_offer_get_contacts (offer));
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

  record = bb_import_record_new_offer (line, offer);
  bb_import_record_set_fields (record, header->fields);
  bb_import_record_set_comma_lists (record,
                                    (is_comma_list (cells[BB_OFFER_CSV_COLUMN_TARGET_GROUPS])
                                     ? BB_IMPORT_FIELD_TARGET_GROUPS : 0)
                                    | (is_comma_list (cells[BB_OFFER_CSV_COLUMN_STEPS])
                                       ? BB_IMPORT_FIELD_STEPS : 0));
  return record;
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
  /* A cell holds what the catalogue can hold: as much as one HSDS service may. */
  bb_csv_reader_set_max_record_bytes (reader, BB_OFFER_CSV_MAX_RECORD_BYTES);

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
