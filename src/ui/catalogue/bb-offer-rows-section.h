/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-offer-editor-section.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_ROWS_SECTION (bb_offer_rows_section_get_type ())
G_DECLARE_DERIVABLE_TYPE (BbOfferRowsSection, bb_offer_rows_section, BB, OFFER_ROWS_SECTION, BbOfferEditorSection)

/* A section that is a list of like rows (opening hours, phones, places): an Add
 * button, a row removed by its own button, Enter in a row's last field adds one after
 * it. The subclass's template holds a GtkListBox "rows_box" and a GtkButton
 * "add_button"; its rows are GtkListBoxRows with the signals "edited", "remove" and
 * "add-after". */
typedef GtkWidget *(*BbOfferRowsNewFunc) (gconstpointer item);
typedef gpointer   (*BbOfferRowsDupFunc) (GtkWidget    *row);

struct _BbOfferRowsSectionClass
{
  BbOfferEditorSectionClass parent_class;

  /* Where the offer holds the items a row each, when load and store are left to
   * this class: rows are made by @new_item_row (NULL: an empty one), read back by
   * @dup_item (NULL: an empty row, left out). Unless they differ from the offer's
   * one by one (@equal_item), the offer's stay, in their order and text. */
  GPtrArray **(*get_items)    (BbOffer            *offer);
  BbOfferRowsNewFunc new_item_row;
  BbOfferRowsDupFunc dup_item;
  GDestroyNotify     free_item;
  GEqualFunc         equal_item;

  /* A new, empty row; @like is the row Enter was pressed in, or NULL for Add. By
   * default new_item_row (NULL). */
  GtkWidget *(*new_row)      (BbOfferRowsSection *self,
                              GtkWidget          *like);
  /* Puts the cursor in @row's first field. */
  void       (*focus_row)    (GtkWidget          *row);
  /* Shows what is wrong under @row; FALSE when it cannot be saved. */
  gboolean   (*validate_row) (GtkWidget          *row);
  /* Tells @row its place among the rows, from 1, for the names screen readers give
   * its fields ("Phone number 2"); may be NULL. */
  void       (*number_row)   (GtkWidget          *row,
                              guint               number);
};

/* Binds "rows_box", "add_button" and the callback "on_add_clicked" of the subclass's
 * template; call after gtk_widget_class_set_template_from_resource (). */
void       bb_offer_rows_section_class_bind_template (GtkWidgetClass     *widget_class);

void       bb_offer_rows_section_clear               (BbOfferRowsSection *self);
/* Adds @row after @after (NULL: at the end); not loading, it gets the cursor. */
void       bb_offer_rows_section_add_row             (BbOfferRowsSection *self,
                                                      GtkWidget          *row,
                                                      GtkWidget          *after);
/* For iterating with gtk_widget_get_next_sibling (). */
GtkWidget *bb_offer_rows_section_get_first_row       (BbOfferRowsSection *self);

/* For the rows' classes: the signals "edited", "remove" and "add-after", and the
 * template callbacks that emit them (swapped): "on_field_changed",
 * "on_remove_clicked" and "on_last_activate". */
void       bb_offer_rows_class_init_row              (GtkWidgetClass     *row_class);
/* For the rows: marks @entry wrong, for the eye and for screen readers. */
void       bb_offer_rows_mark_invalid                (gpointer            entry,
                                                      gboolean            invalid);
/* Names @field for screen readers by @name, which it frees: each name a sentence of
 * its own ("Extension of phone %u"), the number where the language puts it. */
void       bb_offer_rows_name_field                  (gpointer            field,
                                                      char               *name);
/* Shows @message (NULL: none) in @label under a row, the field @about described by
 * it; a @warning is said in the warning colour rather than as an error. */
void       bb_offer_rows_show_message                (GtkLabel           *label,
                                                      gpointer            about,
                                                      const char         *message,
                                                      gboolean            warning);

G_END_DECLS
