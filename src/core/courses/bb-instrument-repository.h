/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-database.h"
#include "bb-instrument.h"

G_BEGIN_DECLS

#define BB_DOMAIN_INSTRUMENTS "instruments"

#define BB_TYPE_INSTRUMENT_REPOSITORY (bb_instrument_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbInstrumentRepository, bb_instrument_repository, BB, INSTRUMENT_REPOSITORY, GObject)

/* The outcome measures a course can record: the built-in ones (data/instruments/,
 * compiled in) and the user-defined ones kept in the database. Writes notify
 * "instruments". */
BbInstrumentRepository *bb_instrument_repository_new    (BbDatabase              *database,
                                                         GError                 **error);
/* BbInstrument items: the built-in ones by name, then the user's by name. The
 * repository keeps it up to date. */
GListModel   *bb_instrument_repository_list             (BbInstrumentRepository  *self);
/* NULL when no instrument has @key. */
BbInstrument *bb_instrument_repository_lookup           (BbInstrumentRepository  *self,
                                                         const char              *key);
/* Stores a user-defined instrument (bb_instrument_new_custom). */
gboolean      bb_instrument_repository_add              (BbInstrumentRepository  *self,
                                                         BbInstrument            *instrument,
                                                         GError                 **error);
/* BB_DATABASE_ERROR_IN_USE while a measure uses it; built-in ones cannot go. */
gboolean      bb_instrument_repository_remove           (BbInstrumentRepository  *self,
                                                         const char              *key,
                                                         GError                 **error);

G_END_DECLS
