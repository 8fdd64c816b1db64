/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_EDITOR (bb_offer_editor_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferEditor, bb_offer_editor, BB, OFFER_EDITOR, AdwWindow)

/* @offer NULL: a new offer. Otherwise the editor works on bb_offer_copy (offer), so the
 * caller's object is untouched until saved. An offer with id 0 (from bb_offer_duplicate)
 * is a new offer, prefilled.
 *
 * Signal "saved" (BbOffer *offer): emitted after bb_offer_repository_save () succeeded; the
 * editor closes afterwards. The caller sets the transient parent. */
BbOfferEditor *bb_offer_editor_new (BbContext *context,
                                    BbOffer   *offer);

G_END_DECLS
