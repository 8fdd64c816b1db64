/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-offer.h"
#include "bb-offer-editor-error-row.h"
#include "bb-section.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_EDITOR_SECTION (bb_offer_editor_section_get_type ())
G_DECLARE_DERIVABLE_TYPE (BbOfferEditorSection, bb_offer_editor_section, BB, OFFER_EDITOR_SECTION, GtkBox)

/* What the offer editor's sections share. It implements BbSection for them: set_item
 * loads the offer, apply shows every message and stores only when all is well, changed
 * is any edit since. Each edit is told with the signal "edited", after the section has
 * checked its fields again. */
struct _BbOfferEditorSectionClass
{
  GtkBoxClass parent_class;

  /* Fills the widgets from @offer. Edits made meanwhile are not the user's. */
  void     (*load)     (BbOfferEditorSection *self,
                        BbOffer              *offer);
  /* Checks every field, shows what is wrong where it may be shown, and says whether
   * the section can be saved. */
  gboolean (*validate) (BbOfferEditorSection *self);
  /* Writes the fields into @offer; called only once validate said yes. */
  void     (*store)    (BbOfferEditorSection *self,
                        BbOffer              *offer);
};

/* For the editor. */
/* Opens every folded row with a field marked wrong, so each shows its message. */
void      bb_offer_editor_section_open_errors         (BbOfferEditorSection *self);
/* Focuses and scrolls into view (with its message) the first field marked wrong,
 * opening its row; FALSE when there is none. */
gboolean  bb_offer_editor_section_focus_first_error   (BbOfferEditorSection *self);

/* For the sections. */
void      bb_offer_editor_section_edited              (BbOfferEditorSection *self);
gboolean  bb_offer_editor_section_is_loading          (BbOfferEditorSection *self);
/* A required field only complains once it was edited or Save was tried. */
gboolean  bb_offer_editor_section_get_save_attempted  (BbOfferEditorSection *self);
/* TRUE while validate () runs for a save rather than after an edit. */
gboolean  bb_offer_editor_section_is_applying         (BbOfferEditorSection *self);

/* Fields, for the sections and their rows. */
char     *bb_offer_editor_dup_text     (GtkEditable *editable);
/* Empty text is a number not set (-1). FALSE unless a whole number from 0 to @max. */
gboolean  bb_offer_editor_parse_number (GtkEditable *editable,
                                        int          max,
                                        int         *value);
void      bb_offer_editor_set_number   (GtkEditable *editable,
                                        int          value);
/* The error under a field: shown (and the field marked, for the eye and for screen
 * readers) only when @reveal. Returns whether the field is valid, shown or not. */
gboolean  bb_offer_editor_show_error   (gpointer               field,
                                        BbOfferEditorErrorRow *error_row,
                                        const char            *message,
                                        gboolean               reveal);
/* Scrolls the scrolled window around @top so that everything from @top to @bottom is
 * in sight, once both have their place (a row that is opening gets it only then). */
void      bb_offer_editor_scroll_into_view (GtkWidget  *top,
                                            GtkWidget  *bottom);
/* Says to screen readers that the field must be filled in. */
void      bb_offer_editor_mark_required   (gpointer    field);
/* Names a field for screen readers by what it holds ("Name of the provider") where its
 * visible title ("Name") says it only together with the rows around it. */
void      bb_offer_editor_set_accessible_name (gpointer    field,
                                               const char *name);

G_END_DECLS
