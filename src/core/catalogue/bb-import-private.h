/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by bb-import*.c (the records, the new names, what each record would write)
 * and the offer repository's import files, which fill in what the catalogue holds
 * while they prepare an import. No other code includes this. */

#include "bb-import.h"
#include "bb-offer-repository.h"
#include "bb-sql.h"

G_BEGIN_DECLS

struct _BbImportRecord
{
  GObject         parent_instance;

  guint           line;
  BbImportOrigin  origin;
  char           *source;
  BbOffer        *offer;
  BbImportAction  action;
  char           *reason;
  gboolean        duplicate;
  BbImportFields  fields;
  BbImportFields  comma_lists;
  gboolean        take_file;

  /* From the catalogue, while preparing. */
  BbOffer        *stored;
  gint64          stored_version;
  char          **local_fields;
  char           *local_edited_at;

  /* Worked out from the above and the import's name mappings. */
  BbOffer        *merged;
  GPtrArray      *changes;
};

struct _BbImportName
{
  GObject           parent_instance;

  BbImportNameKind  kind;
  char             *name;
  GObject          *target;
};

struct _BbImport
{
  GObject     parent_instance;

  GListStore *records;
  char       *file_name;
  gint64      id;

  /* The catalogue's providers, target groups and steps, in its order, and by name. */
  GListModel *entries[3];
  GHashTable *entries_by_name[3];
  /* The catalogue's providers by uuid: an organization's id says who it is. */
  GHashTable *providers_by_uuid;
  /* The foreign taxonomies' terms of the file and what each is mapped to. */
  struct _BbTaxonomyMapping *taxonomy_mapping;
  /* BbImportName in file order, and by kind and name. */
  GListStore *new_names;
  GHashTable *new_names_by_key;
};

/* The stored offer a record updates, the newest history entry it had (the commit
 * refuses to write over an offer changed since), and the fields edited here since
 * it was last imported or exported. */
void          _bb_import_record_set_stored (BbImportRecord *self,
                                            BbOffer        *stored,
                                            gint64          version,
                                            char          **local_fields,
                                            const char     *local_edited_at);
/* Takes the catalogue's lists; the import matches names against them. */
void          _bb_import_set_catalogue     (BbImport       *self,
                                            GListModel     *providers,
                                            GListModel     *target_groups,
                                            GListModel     *steps);
/* Works out what each record would write and its action, and which names are new.
 * Rejected records stay rejected. */
void          _bb_import_resolve           (BbImport       *self);
/* Makes the import's mapping of foreign taxonomy terms from its records, for the
 * source its file name says; FALSE when it had one already. */
gboolean      _bb_import_collect_terms     (BbImport       *self);
/* The catalogue's target group or step (@kind) of that id, or NULL. */
GObject      *_bb_import_find_entry_by_id  (BbImport       *self,
                                            BbImportNameKind kind,
                                            gint64          id);
/* Appends to @sentences what the user should know of the names the file gives. */
void          _bb_import_add_notices       (BbImport       *self,
                                            GPtrArray      *sentences);
BbImportName *_bb_import_name_new          (BbImportNameKind kind,
                                            const char      *name);
/* TRUE when @target is another than before. */
gboolean      _bb_import_name_set_target   (BbImportName   *self,
                                            GObject        *target);

/* For bb-offer-repository-import.c and -undo.c. The first column of the first row of
 * @sql with @id as ?1, or @none without a row (or for NULL); -1 with @error set on
 * failure. */
gint64        _bb_import_query_id          (BbOfferRepository  *self,
                                            const char         *sql,
                                            gint64              id,
                                            gint64              none,
                                            GError            **error);
/* Runs @sql with @first as ?1 and @second as ?2 (when it has one). */
gboolean      _bb_import_run               (BbOfferRepository  *self,
                                            const char         *sql,
                                            gint64              first,
                                            gint64              second,
                                            GError            **error);
/* The offer as an undo puts it back. */
GBytes       *_bb_import_snapshot          (BbOffer            *offer);
/* The details' child records and contact persons' extras, for the snapshot
 * (bb-offer-details-variant.c); an "av". */
GVariant     *_bb_offer_details_records_to_variant   (const BbOfferDetails *details);
void          _bb_offer_details_records_from_variant (BbOfferDetails       *details,
                                                      GVariant             *variant);
gpointer      _bb_import_provider_row      (sqlite3_stmt       *stmt);
/* NULL, without an error, when there is no provider of that id. */
BbProvider   *_bb_import_load_provider     (BbOfferRepository  *self,
                                            gint64              id,
                                            GError            **error);

G_END_DECLS
