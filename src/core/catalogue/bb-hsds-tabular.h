/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-import.h"

G_BEGIN_DECLS

/* Tabular HSDS: a datapackage (datapackage.json with its CSV tables) as a folder, the
 * datapackage.json in it, or a .zip of either. HSDS 3.x tables and the 1.x/2.x table
 * and column names (services_at_location.csv, physical_addresses.csv,
 * regular_schedules.csv with "weekday", service_taxonomy.csv, …) are read; the tables
 * are joined into HSDS services and read by the same reader as a JSON file
 * (bb_hsds_read ()), so the records are those of the JSON file of the same services. */

/* Whether @file is one: a folder, a file named datapackage.json, or a .zip. */
gboolean bb_hsds_tabular_is_package (GFile       *file);

/* When @file is one CSV table of a datapackage rather than a catalogue of offers —
 * named as an HSDS table (services.csv, organizations.csv, …) and with a
 * datapackage.json beside it or HSDS columns (an "id", no "title") — the HSDS name of
 * its table ("service", "organization", …), and in @package the datapackage.json
 * beside it, or NULL when there is none. Otherwise NULL. */
const char *bb_hsds_tabular_table_of (GFile       *file,
                                      GFile      **package);

gboolean bb_hsds_tabular_read       (GFile       *file,
                                     BbImport    *import,
                                     GError     **error);

/* The services of the datapackage as one HSDS service list page, written to @stream:
 * what bb_hsds_tabular_read () reads. */
gboolean bb_hsds_tabular_write_json (GFile          *file,
                                     GOutputStream  *stream,
                                     GError        **error);

G_END_DECLS
