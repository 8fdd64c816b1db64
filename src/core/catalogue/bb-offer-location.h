/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-phone.h"
#include "bb-schedule.h"

G_BEGIN_DECLS

/* One address of a place, as Open Referral gives it. Strings are NULL when unset and
 * kept as written; "extra" as for BbPhone. */
typedef struct
{
  char *id;
  char *attention;
  char *address_1;
  char *address_2;
  char *city;
  char *region;
  char *state_province;
  char *postal_code;
  char *country;
  char *address_type;
  char *extra;
} BbAddress;

#define BB_TYPE_ADDRESS (bb_address_get_type ())
GType      bb_address_get_type (void) G_GNUC_CONST;
BbAddress *bb_address_new      (void);
BbAddress *bb_address_copy     (const BbAddress *self);
void       bb_address_free     (BbAddress       *self);
gboolean   bb_address_equal    (const BbAddress *a,
                                const BbAddress *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbAddress, bb_address_free)

/* What a place says of getting in and around it (an Open Referral accessibility):
 * strings NULL when unset; "extra" as for BbPhone. */
typedef struct
{
  char *id;
  char *description;
  char *details;
  char *url;
  char *extra;
} BbAccessibility;

#define BB_TYPE_ACCESSIBILITY (bb_accessibility_get_type ())
GType            bb_accessibility_get_type (void) G_GNUC_CONST;
BbAccessibility *bb_accessibility_new      (void);
BbAccessibility *bb_accessibility_copy     (const BbAccessibility *self);
void             bb_accessibility_free     (BbAccessibility       *self);
gboolean         bb_accessibility_equal    (const BbAccessibility *a,
                                            const BbAccessibility *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbAccessibility, bb_accessibility_free)

/* A place where an offer is given: the Open Referral location with its addresses,
 * coordinates, phones and accessibility, and what the service says of its hours there (the
 * service_at_location's schedules). "link_id" is the id of the service_at_location,
 * "id" that of the location; "extra" and "link_extra" are JSON objects of the members
 * of each that Brobygger has no place for (languages, contacts,
 * service areas, …), written back as they came. */
typedef struct
{
  char      *link_id;
  char      *id;
  char      *location_type;   /* "physical", "postal" or "virtual"; never NULL */
  char      *name;
  char      *alternate_name;
  char      *description;
  char      *transportation;
  gboolean   has_coordinates;
  double     latitude;
  double     longitude;
  GPtrArray *addresses;       /* BbAddress */
  GPtrArray *phones;          /* BbPhone */
  GPtrArray *schedules;       /* BbSchedule */
  GPtrArray *accessibility;   /* BbAccessibility */
  char      *extra;
  char      *link_extra;
} BbOfferLocation;

#define BB_TYPE_OFFER_LOCATION (bb_offer_location_get_type ())
GType            bb_offer_location_get_type  (void) G_GNUC_CONST;
BbOfferLocation *bb_offer_location_new       (const char            *location_type);
BbOfferLocation *bb_offer_location_copy      (const BbOfferLocation *self);
void             bb_offer_location_free      (BbOfferLocation       *self);
gboolean         bb_offer_location_equal     (const BbOfferLocation *a,
                                              const BbOfferLocation *b);
/* "Name, street, postcode city" from the name and the first address; "" when it has
 * neither. The same in every language: it is what an offer's location text is made
 * of on import. */
char            *bb_offer_location_to_string (const BbOfferLocation *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbOfferLocation, bb_offer_location_free)

G_END_DECLS
