/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of the HSDS reader: bb-hsds-reader.c (the file, its
 * organizations and its pages) and bb-hsds-read-service.c (one service). */

#include <json-glib/json-glib.h>

#include "bb-offer.h"
#include "bb-offer-location.h"

G_BEGIN_DECLS

/* Reads what @service holds into @offer: everything but its id, name and
 * organization, which the caller has taken. Each member read is removed from
 * @service, so what is left at the end becomes the offer's details' extra. FALSE
 * with @problem (what is wrong, to follow "Service 3, “Natcafé”: ") when the service
 * cannot be held as it is. */
gboolean    _bb_hsds_read_service      (BbOffer         *offer,
                                        JsonObject      *service,
                                        const char      *service_id,
                                        char           **problem);
/* The provider an organization describes, taking its members from @organization as
 * above; NULL when it has neither a name nor an id. Warnings go to @details. */
BbProvider *_bb_hsds_read_organization (JsonObject      *organization,
                                        BbOfferDetails  *details);

/* ---- bb-hsds-read-parts.c ---------------------------------------------- */

/* Taking a member reads it and removes it from @object: what is left is kept. Only
 * what Brobygger holds exactly is taken; an empty text, say, is left to be kept. */
char       *_bb_hsds_take_text         (JsonObject      *object,
                                        const char      *member);
/* A whole number from @min to @max: TRUE and taken when it is one; FALSE when the
 * member is missing, or (with @problem set) when it is anything else. */
gboolean    _bb_hsds_take_whole        (JsonObject      *object,
                                        const char      *member,
                                        int              min,
                                        int              max,
                                        gint64          *value,
                                        char           **problem);
JsonArray  *_bb_hsds_take_array        (JsonObject      *object,
                                        const char      *member);
JsonObject *_bb_hsds_take_object       (JsonObject      *object,
                                        const char      *member);
/* Sets @member to @left, the elements not taken, unless there are none. */
void        _bb_hsds_put_back          (JsonObject      *object,
                                        const char      *member,
                                        JsonArray       *left);

/* The phones of @phones that have a number into @into (BbPhone), the others into
 * @left; a number of an unusual shape is kept and warned of in @details. */
void        _bb_hsds_read_phones       (JsonArray       *phones,
                                        GPtrArray       *into,
                                        JsonArray       *left,
                                        BbOfferDetails  *details);
/* For an owner with one phone field (a contact person, a provider): the first
 * number of @owner's phones when the form would take it, leaving the rest of that
 * phone and the other phones in @owner; NULL when there is none. */
char       *_bb_hsds_take_phone        (JsonObject      *owner,
                                        const char      *owner_id,
                                        BbOfferDetails  *details);
/* The taxonomy a term names, by name or in its details. */
const char *_bb_hsds_get_taxonomy      (JsonObject      *term);
/* The service's contact persons into @offer; one without a name is kept. */
void        _bb_hsds_read_contacts     (JsonObject      *service,
                                        BbOffer         *offer);
void        _bb_hsds_warn_email        (BbOfferDetails  *details,
                                        const char      *email);
void        _bb_hsds_read_schedules    (JsonArray       *schedules,
                                        GPtrArray       *into,
                                        JsonArray       *left);
/* The place of a service_at_location that has its location, else NULL (the
 * service_at_location is then kept whole). */
BbOfferLocation *_bb_hsds_read_location (JsonObject     *service_at_location,
                                         BbOfferDetails *details);

G_END_DECLS
