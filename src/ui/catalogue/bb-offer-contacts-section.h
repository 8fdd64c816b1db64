/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-offer-editor-section.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_CONTACTS_SECTION (bb_offer_contacts_section_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferContactsSection, bb_offer_contacts_section, BB, OFFER_CONTACTS_SECTION, BbOfferEditorSection)

/* The offer's contact persons, one BbContactEditorRow each; at most one is the
 * ambassador. A removed contact waits, whole, in a toast of the nearest
 * AdwToastOverlay above the section, whose Undo activates
 * "editor.undo-remove-contact" with the number bb_offer_contacts_section_undo_remove ()
 * takes. */
void     bb_offer_contacts_section_add_contact  (BbOfferContactsSection *self);
/* FALSE when the contact is gone for good (its toast was dismissed). */
gboolean bb_offer_contacts_section_undo_remove  (BbOfferContactsSection *self,
                                                 guint                   serial);

G_END_DECLS
