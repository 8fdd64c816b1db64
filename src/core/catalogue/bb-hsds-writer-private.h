/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of the HSDS writer: bb-hsds-writer.c (the page, the service and
 * its attributes) and bb-hsds-write-parts.c (phones, schedules, places, contact
 * persons and the organization). */

#include <json-glib/json-glib.h>

#include "bb-offer.h"

G_BEGIN_DECLS

/* Members: a text is left out when unset, a required one written as "" then, a
 * number left out when below 0. */
void        _bb_hsds_add_string          (JsonBuilder *builder,
                                          const char  *member,
                                          const char  *value);
void        _bb_hsds_add_required_string (JsonBuilder *builder,
                                          const char  *member,
                                          const char  *value);
void        _bb_hsds_add_int             (JsonBuilder *builder,
                                          const char  *member,
                                          gint64       value);

/* An object of its own, so that what was kept of it can be added once it is written:
 * begin, add its members, then end it with the kept members (NULL for none), which
 * gives its node. */
JsonBuilder *_bb_hsds_begin_object       (void);
JsonNode    *_bb_hsds_end_object         (JsonBuilder *builder,
                                          JsonObject  *extra);

/* One attribute linking @link_id to a taxonomy term, with an optional value. */
void        _bb_hsds_add_attribute       (JsonBuilder *builder,
                                          const char  *link_id,
                                          const char  *link_entity,
                                          const char  *link_type,
                                          const char  *taxonomy,
                                          const char  *term_id,
                                          const char  *code,
                                          const char  *name,
                                          const char  *description,
                                          const char  *value);
/* An attribute in our field taxonomy: @value for the field @code. */
void        _bb_hsds_add_field_attribute (JsonBuilder *builder,
                                          const char  *link_id,
                                          const char  *link_entity,
                                          const char  *code,
                                          const char  *value);
/* A term of a fixed list (status, access, sector): the key is the code. */
void        _bb_hsds_add_key_attribute   (JsonBuilder *builder,
                                          const char  *link_id,
                                          const char  *link_entity,
                                          const char  *taxonomy,
                                          const char  *key,
                                          const char  *label);

/* bb-hsds-write-parts.c. Each writes its member ("phones", "schedules", …) into the
 * object @builder is building, or nothing when there is nothing to write. */
void        _bb_hsds_write_phones        (JsonBuilder *builder,
                                          GPtrArray   *phones,
                                          const char  *owner_id);
/* For an owner with one phone field: @number first, then the phones kept in
 * @owner_extra (whose "phones" this takes). */
void        _bb_hsds_write_single_phone  (JsonBuilder *builder,
                                          const char  *owner_id,
                                          const char  *number,
                                          JsonObject  *owner_extra);
/* The offer's schedules, and @text (its opening hours) when they do not say it. */
void        _bb_hsds_write_schedules     (JsonBuilder *builder,
                                          GPtrArray   *schedules,
                                          GPtrArray   *locations,
                                          const char  *text,
                                          const char  *service_id);
/* The offer's places, and @text (its location) when they do not say it. */
void        _bb_hsds_write_locations     (JsonBuilder *builder,
                                          GPtrArray   *locations,
                                          const char  *text,
                                          const char  *service_id);
void        _bb_hsds_write_contacts      (JsonBuilder *builder,
                                          BbOffer     *offer,
                                          const char  *service_id);
/* The organization, or nothing for one the file knew only by its id. */
void        _bb_hsds_write_organization  (JsonBuilder *builder,
                                          BbProvider  *provider,
                                          const char  *organization_id);
/* What a service says of its provider by id: @provider's uuid when it is a UUID,
 * else a stable stand-in (the uuid then travels as an attribute). */
char       *_bb_hsds_dup_organization_id (BbProvider  *provider);

G_END_DECLS
