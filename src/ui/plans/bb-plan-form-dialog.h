/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_PLAN_FORM_DIALOG (bb_plan_form_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanFormDialog, bb_plan_form_dialog, BB, PLAN_FORM_DIALOG, AdwWindow)

/* Writes the fields into the store; FALSE keeps the dialog open. A field that cannot
 * be read has shown its message already (the read_ functions do it); @error, when
 * set, is shown above the fields. */
typedef gboolean (*BbPlanFormSaveFunc) (BbPlanFormDialog  *dialog,
                                        gpointer           user_data,
                                        GError           **error);

/* The dialog every row of the plan's sections is added and edited in: Cancel and Save
 * in the header, the fields from @form_resource — a GtkBuilder file whose object
 * "form" is the widget shown, its fields (AdwEntryRow, AdwComboRow, GtkTextView)
 * named by id — Enter in an entry or Ctrl+Enter anywhere saves, Escape closes. */
BbPlanFormDialog *bb_plan_form_dialog_new         (const char         *title,
                                                   const char         *form_resource);
void              bb_plan_form_dialog_set_save_func (BbPlanFormDialog *self,
                                                   BbPlanFormSaveFunc  func,
                                                   gpointer            user_data,
                                                   GDestroyNotify      destroy);
/* Transient for the window of @parent, then shown with the first field focused. */
void              bb_plan_form_dialog_present     (BbPlanFormDialog   *self,
                                                   GtkWidget          *parent);
GObject          *bb_plan_form_dialog_get_field   (BbPlanFormDialog   *self,
                                                   const char         *id);

/* An entry row or a text view; NULL is "". */
void              bb_plan_form_dialog_set_text    (BbPlanFormDialog   *self,
                                                   const char         *id,
                                                   const char         *text);
/* The text, stripped; NULL when blank. */
char             *bb_plan_form_dialog_dup_text    (BbPlanFormDialog   *self,
                                                   const char         *id);
/* A combo row's choices (@labels NULL-terminated) and the one chosen. */
void              bb_plan_form_dialog_set_choices (BbPlanFormDialog   *self,
                                                   const char         *id,
                                                   const char * const *labels,
                                                   guint               selected);
guint             bb_plan_form_dialog_get_selected (BbPlanFormDialog  *self,
                                                   const char         *id);

/* Readers: FALSE, with the message on the field, for what cannot be saved. */
/* A date as Danes write it or YYYY-MM-DD; NULL for blank unless @required. */
gboolean          bb_plan_form_dialog_read_date   (BbPlanFormDialog   *self,
                                                   const char         *id,
                                                   gboolean            required,
                                                   char              **iso_out);
/* A number with "," or "." as decimal mark; NAN for blank. */
gboolean          bb_plan_form_dialog_read_number (BbPlanFormDialog   *self,
                                                   const char         *id,
                                                   double             *value_out);
/* A whole number from 0; -1 for blank. */
gboolean          bb_plan_form_dialog_read_count  (BbPlanFormDialog   *self,
                                                   const char         *id,
                                                   int                *value_out);
/* A percentage from 0 to 100 ("85", "85 %", "85,5"), as a share 0 to 1; NAN for
 * blank. */
gboolean          bb_plan_form_dialog_read_share  (BbPlanFormDialog   *self,
                                                   const char         *id,
                                                   double             *share_out);
/* Marks the field, says what is wrong and puts the focus there (@id NULL: the
 * message alone). */
void              bb_plan_form_dialog_show_error  (BbPlanFormDialog   *self,
                                                   const char         *id,
                                                   const char         *message);

/* A number, share as percentage, as the fields show them ("" for NAN). */
char             *bb_plan_format_number           (double              value);
char             *bb_plan_format_share            (double              share);

G_END_DECLS
