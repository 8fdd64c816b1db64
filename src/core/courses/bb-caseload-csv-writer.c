/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "bb-caseload-csv-private.h"
#include "bb-csv.h"

#define SEPARATOR ';'

struct _BbCaseloadCsvWriter
{
  GOutputStream *stream;
  GString       *buffer;
  gboolean       started;
};

static char *
dup_text (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

static char *
dup_number (int value)
{
  return value < 0 ? g_strdup ("") : g_strdup_printf ("%d", value);
}

static void
start (BbCaseloadCsvWriter *self)
{
  if (self->started)
    return;

  self->started = TRUE;
  g_string_append (self->buffer, BB_CSV_BOM);
  bb_csv_append_record (self->buffer, _bb_caseload_column_keys, SEPARATOR);
}

static gboolean
write_buffer (BbCaseloadCsvWriter  *self,
              GError              **error)
{
  gboolean ok = g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len,
                                           NULL, NULL, error);

  g_string_truncate (self->buffer, 0);
  return ok;
}

BbCaseloadCsvWriter *
bb_caseload_csv_writer_new (GOutputStream *stream)
{
  BbCaseloadCsvWriter *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  self = g_new0 (BbCaseloadCsvWriter, 1);
  self->stream = g_object_ref (stream);
  self->buffer = g_string_new (NULL);
  return self;
}

gboolean
bb_caseload_csv_writer_add (BbCaseloadCsvWriter  *self,
                            const BbCaseloadRow  *row,
                            GError              **error)
{
  char *fields[BB_CASELOAD_N_COLUMNS + 1] = { NULL, };
  gboolean open;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (row != NULL, FALSE);

  start (self);
  open = row->closing_reason < 0;

  fields[BB_CASELOAD_COLUMN_ID] = row->course_id > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, row->course_id)
                                                     : g_strdup ("");
  fields[BB_CASELOAD_COLUMN_YOUNG_PERSON] = dup_text (row->young_person);
  fields[BB_CASELOAD_COLUMN_BIRTH_DATE] = dup_text (row->birth_date);
  fields[BB_CASELOAD_COLUMN_ADVISER] = dup_text (row->adviser);
  fields[BB_CASELOAD_COLUMN_REFERRAL_SOURCE] = g_strdup (bb_referral_source_to_key (row->referral_source));
  fields[BB_CASELOAD_COLUMN_FIRST_CONTACT] = dup_text (row->first_contact);
  fields[BB_CASELOAD_COLUMN_STATUS] = g_strdup (bb_course_status_to_key (row->status));
  fields[BB_CASELOAD_COLUMN_STATUS_SINCE] = dup_text (row->status_since);
  /* Each date on a line of its own, as Alt+Enter makes in a spreadsheet cell. */
  fields[BB_CASELOAD_COLUMN_CONVERSATION_DATES] =
    row->conversation_dates != NULL ? g_strjoinv ("\n", row->conversation_dates) : g_strdup ("");
  fields[BB_CASELOAD_COLUMN_CLOSED_DATE] = dup_text (row->closed_date);
  fields[BB_CASELOAD_COLUMN_CLOSING_REASON] =
    g_strdup (open ? "" : bb_closing_reason_to_key (row->closing_reason));
  fields[BB_CASELOAD_COLUMN_NOTES] = dup_text (row->notes);
  fields[BB_CASELOAD_COLUMN_WAITING_DAYS] = dup_number (row->waiting_days);
  fields[BB_CASELOAD_COLUMN_CONVERSATIONS] = dup_number (row->conversations);
  fields[BB_CASELOAD_COLUMN_COURSE_DAYS] = dup_number (row->course_days);

  for (guint i = 0; i < BB_CASELOAD_N_COLUMNS; i++)
    fields[i] = bb_csv_guard_formula (fields[i]);

  bb_csv_append_record (self->buffer, (const char * const *) fields, SEPARATOR);

  for (guint i = 0; i < BB_CASELOAD_N_COLUMNS; i++)
    g_free (fields[i]);

  return write_buffer (self, error);
}

gboolean
bb_caseload_csv_writer_close (BbCaseloadCsvWriter  *self,
                              GError              **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  start (self);
  return write_buffer (self, error) && g_output_stream_flush (self->stream, NULL, error);
}

void
bb_caseload_csv_writer_free (BbCaseloadCsvWriter *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_string_free (self->buffer, TRUE);
  g_free (self);
}
