/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-offer.h"
#include "bb-offer-change.h"

G_BEGIN_DECLS

typedef enum
{
  BB_IMPORT_ACTION_NEW,
  BB_IMPORT_ACTION_UPDATE,
  BB_IMPORT_ACTION_UNCHANGED,
  BB_IMPORT_ACTION_REJECT,
  /* An update of fields that were also edited here since the offer was last imported
   * or exported: written only when the user takes the file's version. */
  BB_IMPORT_ACTION_CONFLICT,
} BbImportAction;

/* The fields of an offer a file can carry. A record changes only the fields its file
 * has; an empty value in a field it has clears that field. */
typedef enum
{
  BB_IMPORT_FIELD_TITLE         = 1 << 0,
  BB_IMPORT_FIELD_SUMMARY       = 1 << 1,
  BB_IMPORT_FIELD_DESCRIPTION   = 1 << 2,
  BB_IMPORT_FIELD_PROVIDER      = 1 << 3,
  BB_IMPORT_FIELD_SECTOR        = 1 << 4,
  BB_IMPORT_FIELD_DEPARTMENT    = 1 << 5,
  BB_IMPORT_FIELD_LEGAL_BASIS   = 1 << 6,
  BB_IMPORT_FIELD_TARGET_GROUPS = 1 << 7,
  BB_IMPORT_FIELD_STEPS         = 1 << 8,
  BB_IMPORT_FIELD_AGE_MIN       = 1 << 9,
  BB_IMPORT_FIELD_AGE_MAX       = 1 << 10,
  BB_IMPORT_FIELD_ACCESS        = 1 << 11,
  BB_IMPORT_FIELD_CAPACITY      = 1 << 12,
  BB_IMPORT_FIELD_WAITING_WEEKS = 1 << 13,
  BB_IMPORT_FIELD_LOCATION      = 1 << 14,
  BB_IMPORT_FIELD_OPENING_HOURS = 1 << 15,
  BB_IMPORT_FIELD_STATUS        = 1 << 16,
  BB_IMPORT_FIELD_REVIEWED      = 1 << 17,
  BB_IMPORT_FIELD_KEYWORDS      = 1 << 18,
  BB_IMPORT_FIELD_CONTACTS      = 1 << 19,
  /* Every field of the form. */
  BB_IMPORT_FIELDS_ALL          = (1 << 20) - 1,
  /* What an HSDS file holds beyond the form (bb_offer_get_details ()). */
  BB_IMPORT_FIELD_DETAILS       = 1 << 20,
  /* Of the details, only how to get in: what a CSV file has of them. */
  BB_IMPORT_FIELD_HOW_TO_GET_IN = 1 << 21,
} BbImportFields;

/* The kinds of list entry an import can create. */
typedef enum
{
  BB_IMPORT_NAME_PROVIDER,
  BB_IMPORT_NAME_TARGET_GROUP,
  BB_IMPORT_NAME_STEP,
} BbImportNameKind;

#define BB_TYPE_IMPORT_RECORD (bb_import_record_get_type ())
G_DECLARE_FINAL_TYPE (BbImportRecord, bb_import_record, BB, IMPORT_RECORD, GObject)

/* One offer read from a file: where it came from (line of a CSV file, or the index of
 * a service in a JSON file), the offer as the file has it (NULL when rejected), what
 * importing will do, and why a rejected record was rejected. Properties: "line",
 * "offer", "action", "reason", "duplicate", "take-file". */
BbImportRecord *bb_import_record_new_offer    (guint           line,
                                               BbOffer        *offer);
BbImportRecord *bb_import_record_new_rejected (guint           line,
                                               const char     *reason);
guint           bb_import_record_get_line     (BbImportRecord *self);
/* What the record's line is the number of: a line of a CSV file (the default), the
 * position of a service in a JSON file, or the line of a row of a datapackage's
 * table. */
typedef enum
{
  BB_IMPORT_ORIGIN_LINE,
  BB_IMPORT_ORIGIN_SERVICE,
  BB_IMPORT_ORIGIN_ROW,
} BbImportOrigin;
BbImportOrigin  bb_import_record_get_origin   (BbImportRecord *self);
/* The table a row is in ("services.csv") and, in an import of several files, the
 * file before it ("b.csv", "hsds.zip, services.csv"); NULL when there is none. */
const char     *bb_import_record_get_source   (BbImportRecord *self);
void            bb_import_record_set_origin   (BbImportRecord *self,
                                               BbImportOrigin  origin,
                                               guint           line,
                                               const char     *source);
/* Where the record is, for people: "Line 3", "Service 3", "services.csv, row 12",
 * "b.csv, line 3". */
char           *bb_import_record_dup_position (BbImportRecord *self);
BbOffer        *bb_import_record_get_offer    (BbImportRecord *self);
BbImportAction  bb_import_record_get_action   (BbImportRecord *self);
void            bb_import_record_set_action   (BbImportRecord *self,
                                               BbImportAction  action);
const char     *bb_import_record_get_reason   (BbImportRecord *self);
gboolean        bb_import_record_get_duplicate (BbImportRecord *self);
void            bb_import_record_set_duplicate (BbImportRecord *self,
                                                gboolean        duplicate);
/* Which fields the file has: every one, details too, unless a reader says otherwise. */
BbImportFields  bb_import_record_get_fields   (BbImportRecord *self);
void            bb_import_record_set_fields   (BbImportRecord *self,
                                               BbImportFields  fields);
/* Target groups or steps (BB_IMPORT_FIELD_TARGET_GROUPS, _STEPS) that the file gave
 * as one text with commas: read as several when every part is a name the catalogue
 * knows. */
BbImportFields  bb_import_record_get_comma_lists (BbImportRecord *self);
void            bb_import_record_set_comma_lists (BbImportRecord *self,
                                                  BbImportFields  fields);
/* After preparing: the offer as stored (NULL for a new one), the offer importing
 * would write, and what changes between them (BbOfferChange, "provider-sector",
 * "provider-department", "provider-description", "provider-website", "provider-email",
 * "provider-phone", "provider-legal-status", "provider-tax-id" and "provider-other"
 * for the provider's fields). */
BbOffer        *bb_import_record_get_stored   (BbImportRecord *self);
BbOffer        *bb_import_record_get_merged   (BbImportRecord *self);
GPtrArray      *bb_import_record_get_changes  (BbImportRecord *self);
/* The fields edited here since the offer was last imported or exported, and when
 * the last of those edits was made (NULL when none). */
const char * const *bb_import_record_get_local_fields (BbImportRecord *self);
const char     *bb_import_record_get_local_edited_at (BbImportRecord *self);
/* The changed fields that were also edited here: what makes a conflict. */
gboolean        bb_import_record_change_is_local (BbImportRecord *self,
                                                  BbOfferChange  *change);
/* For a conflict: FALSE (the default) keeps the offer as edited here. */
gboolean        bb_import_record_get_take_file (BbImportRecord *self);
void            bb_import_record_set_take_file (BbImportRecord *self,
                                                gboolean        take_file);
/* Whether committing writes this record. */
gboolean        bb_import_record_is_written   (BbImportRecord *self);

#define BB_TYPE_IMPORT_NAME (bb_import_name_get_type ())
G_DECLARE_FINAL_TYPE (BbImportName, bb_import_name, BB, IMPORT_NAME, GObject)

/* A provider, target group or step named in a file that the catalogue does not have:
 * created by the import, unless the user maps it to an existing entry ("target", a
 * BbProvider, BbTargetGroup or BbStep of the catalogue, NULL for "create new").
 * Properties: "kind", "name", "target". */
BbImportNameKind bb_import_name_get_kind      (BbImportName   *self);
const char      *bb_import_name_get_name      (BbImportName   *self);
GObject         *bb_import_name_get_target    (BbImportName   *self);
/* The id and name of the entry it is mapped to, or 0 and NULL. */
gint64           bb_import_name_get_target_id (BbImportName   *self);
const char      *bb_import_name_get_target_name (BbImportName *self);

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
/* Records that committing writes: new, updated, and conflicts the file wins. */
guint       bb_import_count_written  (BbImport       *self);
/* What the file is called, for the history of the import. */
const char *bb_import_get_file_name  (BbImport       *self);
void        bb_import_set_file_name  (BbImport       *self,
                                      const char     *file_name);
/* After preparing: the providers, target groups and steps the import would create
 * (BbImportName, in file order), and the catalogue's own entries of @kind they can
 * be mapped to (BbProvider, BbTargetGroup or BbStep). */
GListModel *bb_import_get_new_names  (BbImport       *self);
GListModel *bb_import_get_catalogue_entries (BbImport         *self,
                                             BbImportNameKind  kind);
/* Maps @name to @target (an item of bb_import_get_catalogue_entries (), or NULL to
 * create it) and works out again what each record would write. */
void        bb_import_map_name       (BbImport       *self,
                                      BbImportName   *name,
                                      GObject        *target);
/* The id the commit gave the import, for bb_offer_repository_undo_import (); 0 until
 * then, and when it changed nothing. */
gint64      bb_import_get_id         (BbImport       *self);
void        bb_import_set_id         (BbImport       *self,
                                      gint64          id);

/* "3 new, 1 updated, 10 unchanged, 2 rejected" in the UI language, with conflicts
 * kept as edited here and possible duplicates when there are any. */
char       *bb_import_dup_summary    (BbImport       *self);
/* What the user should know before importing, in sentences; "" when nothing. */
char       *bb_import_dup_notice     (BbImport       *self);
/* The label of a changed field, the provider's fields included. */
const char *bb_import_change_get_label (BbOfferChange *change);
/* "Description, Last reviewed": the changed fields that were also edited here. */
char       *bb_import_record_dup_local_changes (BbImportRecord *self);

G_END_DECLS
