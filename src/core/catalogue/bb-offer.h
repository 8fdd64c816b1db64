/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-contact.h"
#include "bb-enums.h"
#include "bb-offer-details.h"
#include "bb-provider.h"
#include "bb-step.h"
#include "bb-target-group.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER (bb_offer_get_type ())
G_DECLARE_FINAL_TYPE (BbOffer, bb_offer, BB, OFFER, GObject)

/* Unset numbers (age, capacity, waiting time) are -1. Dates are ISO 8601 strings:
 * "reviewed" a date (YYYY-MM-DD) or NULL, "created"/"modified" UTC date-times.
 * Other strings are never NULL ("" when unset).
 *
 * Properties: "id" (gint64), "uuid", "title", "summary", "description", "provider"
 * (BbProvider, may be NULL while editing), "legal-basis", "age-min", "age-max",
 * "access" (int, BbAccess), "capacity", "waiting-weeks", "location", "opening-hours",
 * "status" (int, BbOfferStatus), "reviewed", "keywords", "created", "modified".
 *
 * Target groups, steps and contacts are GListModels owned by the offer: edit them
 * through the GListStore the getters return. */

/* How many months without review before an offer counts as stale. */
#define BB_OFFER_STALE_MONTHS 12

BbOffer       *bb_offer_new                (void);
/* A deep copy with the same id: edit the copy, save it, and the original stays as it was. */
BbOffer       *bb_offer_copy               (BbOffer       *self);
/* A new offer (id 0, fresh uuids, no review date) with the same content and the title
 * marked as a copy. */
BbOffer       *bb_offer_duplicate          (BbOffer       *self);

gint64         bb_offer_get_id             (BbOffer       *self);
void           bb_offer_set_id             (BbOffer       *self,
                                            gint64         id);
const char    *bb_offer_get_uuid           (BbOffer       *self);
void           bb_offer_set_uuid           (BbOffer       *self,
                                            const char    *uuid);
const char    *bb_offer_get_title          (BbOffer       *self);
void           bb_offer_set_title          (BbOffer       *self,
                                            const char    *title);
const char    *bb_offer_get_summary        (BbOffer       *self);
void           bb_offer_set_summary        (BbOffer       *self,
                                            const char    *summary);
const char    *bb_offer_get_description    (BbOffer       *self);
void           bb_offer_set_description    (BbOffer       *self,
                                            const char    *description);
BbProvider    *bb_offer_get_provider       (BbOffer       *self);
void           bb_offer_set_provider       (BbOffer       *self,
                                            BbProvider    *provider);
const char    *bb_offer_get_legal_basis    (BbOffer       *self);
void           bb_offer_set_legal_basis    (BbOffer       *self,
                                            const char    *legal_basis);
int            bb_offer_get_age_min        (BbOffer       *self);
void           bb_offer_set_age_min        (BbOffer       *self,
                                            int            age_min);
int            bb_offer_get_age_max        (BbOffer       *self);
void           bb_offer_set_age_max        (BbOffer       *self,
                                            int            age_max);
BbAccess       bb_offer_get_access         (BbOffer       *self);
void           bb_offer_set_access         (BbOffer       *self,
                                            BbAccess       access);
int            bb_offer_get_capacity       (BbOffer       *self);
void           bb_offer_set_capacity       (BbOffer       *self,
                                            int            capacity);
int            bb_offer_get_waiting_weeks  (BbOffer       *self);
void           bb_offer_set_waiting_weeks  (BbOffer       *self,
                                            int            waiting_weeks);
const char    *bb_offer_get_location       (BbOffer       *self);
void           bb_offer_set_location       (BbOffer       *self,
                                            const char    *location);
const char    *bb_offer_get_opening_hours  (BbOffer       *self);
void           bb_offer_set_opening_hours  (BbOffer       *self,
                                            const char    *opening_hours);
BbOfferStatus  bb_offer_get_status         (BbOffer       *self);
void           bb_offer_set_status         (BbOffer       *self,
                                            BbOfferStatus  status);
const char    *bb_offer_get_reviewed       (BbOffer       *self);
void           bb_offer_set_reviewed       (BbOffer       *self,
                                            const char    *reviewed);
const char    *bb_offer_get_keywords       (BbOffer       *self);
void           bb_offer_set_keywords       (BbOffer       *self,
                                            const char    *keywords);
const char    *bb_offer_get_created        (BbOffer       *self);
void           bb_offer_set_created        (BbOffer       *self,
                                            const char    *created);
const char    *bb_offer_get_modified       (BbOffer       *self);
void           bb_offer_set_modified       (BbOffer       *self,
                                            const char    *modified);

/* GListStore of BbTargetGroup / BbStep / BbContact. */
GListStore    *bb_offer_get_target_groups  (BbOffer       *self);
GListStore    *bb_offer_get_steps          (BbOffer       *self);
GListStore    *bb_offer_get_contacts       (BbOffer       *self);

/* What the offer holds beyond the form (see bb-offer-details.h); never NULL, edited
 * in place. Setting copies @details. */
BbOfferDetails *bb_offer_get_details      (BbOffer              *self);
void            bb_offer_set_details      (BbOffer              *self,
                                           const BbOfferDetails *details);

/* Names joined with ", " in list order: for list rows, history and exports. */
char          *bb_offer_dup_target_group_names (BbOffer   *self);
char          *bb_offer_dup_step_names         (BbOffer   *self);

/* Stale: never reviewed, or last reviewed BB_OFFER_STALE_MONTHS or more before today. */
gboolean       bb_offer_is_stale           (BbOffer       *self,
                                            GDate         *today);

/* Checks what a user must fix before saving; the message names the field and the
 * problem, translated. BB_OFFER_ERROR_INVALID. */
#define BB_OFFER_ERROR (bb_offer_error_quark ())
typedef enum
{
  BB_OFFER_ERROR_INVALID,
} BbOfferError;
GQuark         bb_offer_error_quark        (void);
gboolean       bb_offer_validate           (BbOffer       *self,
                                            GError       **error);

/* What differs, as a GPtrArray of BbOfferChange (field, old, new as readable text;
 * changed-at and changed-by left unset). Multi-valued fields compare as joined names. */
GPtrArray     *bb_offer_diff               (BbOffer       *before,
                                            BbOffer       *after);

G_END_DECLS
