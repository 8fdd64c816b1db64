/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_PICKER (bb_offer_picker_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferPicker, bb_offer_picker, BB, OFFER_PICKER, AdwWindow)

/* A window to choose an offer of the catalogue: search as you type (the offer
 * repository's full-text search, as the offers view), Up and Down move through the
 * results, Enter or activating a row picks it. Emits "offer-picked" (gint64 id,
 * const char *title) and closes; Escape closes without. */
BbOfferPicker *bb_offer_picker_new (BbContext *context);

G_END_DECLS
