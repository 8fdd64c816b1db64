/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-offer.h"

G_BEGIN_DECLS

typedef enum
{
  BB_IMPORT_ACTION_NEW,
  BB_IMPORT_ACTION_UPDATE,
  BB_IMPORT_ACTION_UNCHANGED,
  BB_IMPORT_ACTION_REJECT,
} BbImportAction;

#define BB_TYPE_IMPORT_RECORD (bb_import_record_get_type ())
G_DECLARE_FINAL_TYPE (BbImportRecord, bb_import_record, BB, IMPORT_RECORD, GObject)

/* One offer read from a file: where it came from (line of a CSV file, or the index of
 * a service in a JSON file), the offer (NULL when rejected), what importing will do,
 * and why a rejected record was rejected. Properties: "line", "offer", "action",
 * "reason", "duplicate". */
BbImportRecord *bb_import_record_new_offer    (guint           line,
                                               BbOffer        *offer);
BbImportRecord *bb_import_record_new_rejected (guint           line,
                                               const char     *reason);
guint           bb_import_record_get_line     (BbImportRecord *self);
BbOffer        *bb_import_record_get_offer    (BbImportRecord *self);
BbImportAction  bb_import_record_get_action   (BbImportRecord *self);
void            bb_import_record_set_action   (BbImportRecord *self,
                                               BbImportAction  action);
const char     *bb_import_record_get_reason   (BbImportRecord *self);
gboolean        bb_import_record_get_duplicate (BbImportRecord *self);
void            bb_import_record_set_duplicate (BbImportRecord *self,
                                                gboolean        duplicate);

#define BB_IMPORT_ERROR (bb_import_error_quark ())
typedef enum
{
  BB_IMPORT_ERROR_FORMAT,
  BB_IMPORT_ERROR_UNKNOWN_TYPE,
} BbImportError;
GQuark bb_import_error_quark (void);

#define BB_TYPE_IMPORT (bb_import_get_type ())
G_DECLARE_FINAL_TYPE (BbImport, bb_import, BB, IMPORT, GObject)

/* The records of one file, as a GListModel of BbImportRecord. */
BbImport   *bb_import_new            (void);
void        bb_import_add            (BbImport       *self,
                                      BbImportRecord *record);
GListModel *bb_import_get_records    (BbImport       *self);
guint       bb_import_count          (BbImport       *self,
                                      BbImportAction  action);
guint       bb_import_count_duplicates (BbImport     *self);
/* "3 new, 1 updated, 10 unchanged, 2 rejected" in the UI language. */
char       *bb_import_dup_summary    (BbImport       *self);

G_END_DECLS
