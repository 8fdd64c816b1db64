/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by bb-hsds-tabular.c (the package: folder, zip, datapackage.json),
 * bb-hsds-tabular-csv.c (one CSV table, under the table and column names of HSDS 3.x
 * whatever version published it) and bb-hsds-tabular-tables.c (the tables joined
 * into services). */

#include <json-glib/json-glib.h>

#include "bb-hsds-tabular.h"

G_BEGIN_DECLS

/* The file a row was read from (an interned string) and its line there. */
typedef struct
{
  const char *file;
  guint       line;
} BbTabularOrigin;

typedef struct
{
  char       *name;       /* the HSDS 3.x table name: "service", "phone", … */
  GPtrArray  *columns;    /* char *, HSDS 3.x column names */
  GPtrArray  *rows;       /* char ** of columns->len fields */
  GHashTable *types;      /* column → "number", "integer" or "boolean" */
  GHashTable *indexes;    /* column → (value → GPtrArray of rows) */
  GArray     *origins;    /* BbTabularOrigin of each row, to name it to the user */
} BbTabularTable;

typedef struct
{
  GHashTable *tables;     /* HSDS 3.x name → BbTabularTable */
} BbTabularPackage;

void            _bb_tabular_package_init  (BbTabularPackage *package);
void            _bb_tabular_package_clear (BbTabularPackage *package);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BbTabularPackage, _bb_tabular_package_clear)

BbTabularTable *_bb_tabular_get_table     (BbTabularPackage *package,
                                           const char       *name);
/* The field of @row in @column, or NULL when the table has no such column or the
 * field is empty. */
const char     *_bb_tabular_get           (BbTabularTable   *table,
                                           char            **row,
                                           const char       *column);
/* The rows whose @column is @value (never NULL; empty when none). */
GPtrArray      *_bb_tabular_lookup        (BbTabularTable   *table,
                                           const char       *column,
                                           const char       *value);

/* Reads the CSV table at @path (only its base name counts) into @package under its
 * HSDS 3.x name: the datapackage's @resource_name for it, or else its file name. A
 * file that is no HSDS table is left out. @types: column → datapackage field type,
 * or NULL. */
gboolean        _bb_tabular_add_table     (BbTabularPackage *package,
                                           const char       *path,
                                           const char       *resource_name,
                                           GHashTable       *types,
                                           GInputStream     *stream,
                                           GError          **error);

/* The HSDS 3.x name of the table a file of that name holds ("services.csv":
 * "service"), or NULL when it is none. */
const char     *_bb_tabular_table_name    (const char       *file_name);

/* Writes the package's services as an HSDS service list page:
 * {"contents":[service, …]}, each service with its organization, locations,
 * phones, schedules, contacts, terms and the rest nested as HSDS 3.x JSON does. */
gboolean        _bb_tabular_write_services (BbTabularPackage *package,
                                            GOutputStream    *stream,
                                            GError          **error);
/* Names the records @import got from @first on (the services the package's JSON was
 * read into) by their table and row. */
void            _bb_tabular_name_records   (BbTabularPackage *package,
                                            BbImport         *import,
                                            guint             first);

G_END_DECLS
