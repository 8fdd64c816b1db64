/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The records of a caseload file, shared by its reader, its writer and the import. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-caseload-csv-private.h"

const char * const _bb_caseload_column_keys[BB_CASELOAD_N_COLUMNS + 1] = {
  [BB_CASELOAD_COLUMN_ID] = "id",
  [BB_CASELOAD_COLUMN_YOUNG_PERSON] = "young_person",
  [BB_CASELOAD_COLUMN_BIRTH_DATE] = "birth_date",
  [BB_CASELOAD_COLUMN_ADVISER] = "adviser",
  [BB_CASELOAD_COLUMN_REFERRAL_SOURCE] = "referral_source",
  [BB_CASELOAD_COLUMN_FIRST_CONTACT] = "first_contact",
  [BB_CASELOAD_COLUMN_STATUS] = "status",
  [BB_CASELOAD_COLUMN_STATUS_SINCE] = "status_since",
  [BB_CASELOAD_COLUMN_CONVERSATION_DATES] = "conversation_dates",
  [BB_CASELOAD_COLUMN_CLOSED_DATE] = "closed_date",
  [BB_CASELOAD_COLUMN_CLOSING_REASON] = "closing_reason",
  [BB_CASELOAD_COLUMN_NOTES] = "notes",
  [BB_CASELOAD_COLUMN_WAITING_DAYS] = "waiting_days",
  [BB_CASELOAD_COLUMN_CONVERSATIONS] = "conversations",
  [BB_CASELOAD_COLUMN_COURSE_DAYS] = "course_days",
  [BB_CASELOAD_N_COLUMNS] = NULL,
};

BbCaseloadRow *
bb_caseload_row_new (void)
{
  BbCaseloadRow *row = g_new0 (BbCaseloadRow, 1);

  row->referral_source = BB_REFERRAL_OTHER;
  row->status = BB_COURSE_STATUS_CONTACTED;
  row->closing_reason = -1;
  row->waiting_days = -1;
  row->conversations = -1;
  row->course_days = -1;
  return row;
}

void
bb_caseload_row_free (BbCaseloadRow *row)
{
  if (row == NULL)
    return;

  g_free (row->young_person);
  g_free (row->birth_date);
  g_free (row->adviser);
  g_free (row->first_contact);
  g_free (row->status_since);
  g_strfreev (row->conversation_dates);
  g_free (row->closed_date);
  g_free (row->notes);
  g_free (row);
}

static void
rejection_free (BbCaseloadRejection *rejection)
{
  g_free (rejection->reason);
  g_free (rejection);
}

BbCaseload *
bb_caseload_new (void)
{
  BbCaseload *caseload = g_new0 (BbCaseload, 1);

  caseload->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_caseload_row_free);
  caseload->rejected = g_ptr_array_new_with_free_func ((GDestroyNotify) rejection_free);
  caseload->new_advisers = g_ptr_array_new_with_free_func (g_free);
  return caseload;
}

void
bb_caseload_free (BbCaseload *caseload)
{
  if (caseload == NULL)
    return;

  g_ptr_array_unref (caseload->rows);
  g_ptr_array_unref (caseload->rejected);
  g_ptr_array_unref (caseload->new_advisers);
  g_free (caseload);
}

char *
bb_caseload_dup_summary (BbCaseload *caseload)
{
  g_autofree char *rows = NULL;
  g_autofree char *advisers = NULL;
  g_autofree char *rejected = NULL;

  g_return_val_if_fail (caseload != NULL, NULL);

  rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u course to create", "%u courses to create",
                                       caseload->rows->len),
                          caseload->rows->len);
  advisers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new adviser", "%u new advisers",
                                           caseload->new_advisers->len),
                              caseload->new_advisers->len);
  rejected = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row rejected", "%u rows rejected",
                                           caseload->rejected->len),
                              caseload->rejected->len);

  /* TRANSLATORS: the three counts above, as in "3 courses to create, 1 new adviser,
   * 0 rows rejected" */
  return g_strdup_printf (_("%s, %s, %s"), rows, advisers, rejected);
}
