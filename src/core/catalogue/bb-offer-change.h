/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BB_TYPE_OFFER_CHANGE (bb_offer_change_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferChange, bb_offer_change, BB, OFFER_CHANGE, GObject)

/* One entry of an offer's history. "field" is the stable property name
 * ("title", "target-groups", …); bb_offer_change_get_field_label translates it.
 * Properties: "field", "old-value", "new-value" (NULL for none), "changed-at"
 * (ISO 8601 UTC), "changed-by". */
BbOfferChange *bb_offer_change_new             (const char    *field,
                                                const char    *old_value,
                                                const char    *new_value);
const char    *bb_offer_change_get_field       (BbOfferChange *self);
const char    *bb_offer_change_get_field_label (BbOfferChange *self);
const char    *bb_offer_change_get_old_value   (BbOfferChange *self);
const char    *bb_offer_change_get_new_value   (BbOfferChange *self);
const char    *bb_offer_change_get_changed_at  (BbOfferChange *self);
void           bb_offer_change_set_changed_at  (BbOfferChange *self,
                                                const char    *changed_at);
const char    *bb_offer_change_get_changed_by  (BbOfferChange *self);
void           bb_offer_change_set_changed_by  (BbOfferChange *self,
                                                const char    *changed_by);

G_END_DECLS
