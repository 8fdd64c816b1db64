/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-enums.h"
#include "bb-phone.h"

G_BEGIN_DECLS

#define BB_TYPE_PROVIDER (bb_provider_get_type ())
G_DECLARE_FINAL_TYPE (BbProvider, bb_provider, BB, PROVIDER, GObject)

/* Properties: "id" (gint64, 0 until stored), "uuid", "name", "sector" (int, BbSector),
 * "department", "website", "email", "phone". Strings are never NULL ("" when unset). */
BbProvider  *bb_provider_new            (const char *name);
BbProvider  *bb_provider_copy           (BbProvider *self);
gint64       bb_provider_get_id         (BbProvider *self);
void         bb_provider_set_id         (BbProvider *self,
                                         gint64      id);
const char  *bb_provider_get_uuid       (BbProvider *self);
void         bb_provider_set_uuid       (BbProvider *self,
                                         const char *uuid);
const char  *bb_provider_get_name       (BbProvider *self);
void         bb_provider_set_name       (BbProvider *self,
                                         const char *name);
BbSector     bb_provider_get_sector     (BbProvider *self);
void         bb_provider_set_sector     (BbProvider *self,
                                         BbSector    sector);
const char  *bb_provider_get_department (BbProvider *self);
void         bb_provider_set_department (BbProvider *self,
                                         const char *department);
const char  *bb_provider_get_website    (BbProvider *self);
void         bb_provider_set_website    (BbProvider *self,
                                         const char *website);
const char  *bb_provider_get_email      (BbProvider *self);
void         bb_provider_set_email      (BbProvider *self,
                                         const char *email);
/* The first phone's number; setting it changes (or adds, or with "" removes) the
 * first phone. */
const char  *bb_provider_get_phone      (BbProvider *self);
void         bb_provider_set_phone      (BbProvider *self,
                                         const char *phone);
/* Every phone (BbPhone), in order, or NULL when they were not loaded with the provider
 * (a provider read with an offer knows only the first number): a provider whose
 * phones are NULL is saved without touching the stored ones. Setting copies @phones
 * (NULL: not known). */
GPtrArray   *bb_provider_get_phones     (BbProvider *self);
void         bb_provider_set_phones     (BbProvider *self,
                                         GPtrArray  *phones);
gboolean     bb_provider_phones_equal   (BbProvider *a,
                                         BbProvider *b);
/* The phones, legal status and tax id alike: what the lists edit beyond the
 * properties. */
gboolean     bb_provider_details_equal  (BbProvider *a,
                                         BbProvider *b);

/* What an Open Referral organization says beyond the form, kept so that it comes back
 * out as it came in. Not properties (nothing binds them); strings are never NULL.
 * "extra" is a JSON object of the members Brobygger has no place for (identifiers,
 * more phones, funding, …), or "". */
const char  *bb_provider_get_description  (BbProvider *self);
void         bb_provider_set_description  (BbProvider *self,
                                           const char *description);
const char  *bb_provider_get_legal_status (BbProvider *self);
void         bb_provider_set_legal_status (BbProvider *self,
                                           const char *legal_status);
const char  *bb_provider_get_tax_id       (BbProvider *self);
void         bb_provider_set_tax_id       (BbProvider *self,
                                           const char *tax_id);
const char  *bb_provider_get_extra        (BbProvider *self);
void         bb_provider_set_extra        (BbProvider *self,
                                           const char *extra);
/* The organization's identifiers its file gave ("CVR 12345678"), a line each; NULL
 * when there are none. */
char        *bb_provider_dup_identifiers  (BbProvider *self);
/* FALSE when a file named no sector: "sector" is then only the default, and files
 * are not told it as if it were known. TRUE for a new provider. */
gboolean     bb_provider_get_sector_stated (BbProvider *self);
void         bb_provider_set_sector_stated (BbProvider *self,
                                            gboolean    sector_stated);
/* TRUE when the uuid is the id an organization has in the file the provider was read
 * from: an import then finds the provider by that id, never by its name, so two
 * organizations of the same name stay two providers. */
gboolean     bb_provider_get_keyed        (BbProvider *self);
void         bb_provider_set_keyed        (BbProvider *self,
                                           gboolean    keyed);

G_END_DECLS
