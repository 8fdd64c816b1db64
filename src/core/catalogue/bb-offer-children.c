/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What an offer holds besides its own fields: target groups, steps, contact persons
 * and the details from exchange files. */

#include "bb-offer-private.h"

/**
 * bb_offer_get_target_groups:
 *
 * Returns: (transfer none): the target groups, a GListStore of BbTargetGroup
 */
GListStore *
bb_offer_get_target_groups (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->target_groups;
}

/**
 * bb_offer_get_steps:
 *
 * Returns: (transfer none): the steps, a GListStore of BbStep
 */
GListStore *
bb_offer_get_steps (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->steps;
}

/**
 * bb_offer_get_contacts:
 *
 * Returns: (transfer none): the contact persons, a GListStore of BbContact
 */
GListStore *
bb_offer_get_contacts (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->contacts;
}

/**
 * bb_offer_get_details:
 *
 * Nothing binds these, so they have no properties and no notification.
 *
 * Returns: (transfer none): the offer's details, to read and edit in place
 */
BbOfferDetails *
bb_offer_get_details (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return self->details;
}

void
bb_offer_set_details (BbOffer              *self,
                      const BbOfferDetails *details)
{
  g_return_if_fail (BB_IS_OFFER (self));
  g_return_if_fail (details != NULL);

  if (details == self->details)
    return;

  g_clear_pointer (&self->details, bb_offer_details_free);
  self->details = bb_offer_details_copy (details);
}
