/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The child records of an offer (phones, schedules, locations, terms) are plain
 * structs held in GPtrArrays; these copy and compare such arrays. */
typedef gpointer (*BbRecordCopyFunc)  (gconstpointer record);
typedef gboolean (*BbRecordEqualFunc) (gconstpointer a,
                                       gconstpointer b);
typedef char    *(*BbRecordToStringFunc) (gconstpointer record);

GPtrArray *bb_records_copy  (GPtrArray         *records,
                             BbRecordCopyFunc   copy_func,
                             GDestroyNotify     free_func);
gboolean   bb_records_equal (GPtrArray         *a,
                             GPtrArray         *b,
                             BbRecordEqualFunc  equal_func);
/* @separator between each record's text. */
char      *bb_records_to_string (GPtrArray            *records,
                                 BbRecordToStringFunc  to_string,
                                 const char           *separator);

G_END_DECLS
