/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-offer-location.h"
#include "bb-phone.h"
#include "bb-schedule.h"
#include "bb-term.h"

G_BEGIN_DECLS

/* What an offer holds beyond the form, so that an Open Referral (HSDS) file comes back
 * out as it came in: the service's fields Brobygger models but does not edit yet, its
 * child records, and, as JSON objects written back as they came, the members it has
 * no place for. Strings are NULL when unset and kept exactly as written (an e-mail
 * address or phone number of an unusual shape too: the reader warns of it). */
typedef struct
{
  char       *alternate_name;
  char       *url;
  char       *email;
  /* How to get in, in the provider's words ("By appointment only"): the file's
   * application_process. Never turned into an access route. */
  char       *how_to_get_in;
  char       *fees;           /* fees_description */
  char       *eligibility;    /* eligibility_description */
  char       *alert;
  /* FALSE when the file did not say the access route: the offer's access is then
   * only Brobygger's default, and files are not told it as if it were known. */
  gboolean    access_stated;
  GPtrArray  *phones;         /* BbPhone, the service's own */
  GPtrArray  *schedules;      /* BbSchedule, the service's own */
  GPtrArray  *locations;      /* BbOfferLocation */
  GPtrArray  *terms;          /* BbTerm of other taxonomies */
  /* The members of each contact person Brobygger has no place for (department, more
   * phones, the extension of the first), by the contact's uuid. */
  GHashTable *contact_extras;
  char       *extra;

  /* What a file says beyond the offer itself; neither stored with it nor compared.
   * "history" is the file's record of changes (BbOfferChange, newest first), which a
   * new offer takes as its history; "warnings" what the reader kept as written but
   * would have the user know (text). */
  GPtrArray  *history;
  GPtrArray  *warnings;
} BbOfferDetails;

#define BB_TYPE_OFFER_DETAILS (bb_offer_details_get_type ())
GType           bb_offer_details_get_type          (void) G_GNUC_CONST;
BbOfferDetails *bb_offer_details_new               (void);
BbOfferDetails *bb_offer_details_copy              (const BbOfferDetails *self);
void            bb_offer_details_free              (BbOfferDetails       *self);
/* Everything but the history and the warnings. */
gboolean        bb_offer_details_equal             (const BbOfferDetails *a,
                                                    const BbOfferDetails *b);
/* Appends to @changes (BbOfferChange) what differs, as readable text. */
void            bb_offer_details_diff              (const BbOfferDetails *before,
                                                    const BbOfferDetails *after,
                                                    GPtrArray            *changes);
const char     *bb_offer_details_get_contact_extra (const BbOfferDetails *self,
                                                    const char           *contact_uuid);
/* @extra NULL removes it. */
void            bb_offer_details_set_contact_extra (BbOfferDetails       *self,
                                                    const char           *contact_uuid,
                                                    const char           *extra);
void            bb_offer_details_add_warning       (BbOfferDetails       *self,
                                                    const char           *warning);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbOfferDetails, bb_offer_details_free)

G_END_DECLS
