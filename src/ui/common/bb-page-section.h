/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_PAGE_SECTION (bb_page_section_get_type ())
G_DECLARE_DERIVABLE_TYPE (BbPageSection, bb_page_section, BB, PAGE_SECTION, GtkBox)

/* A section of a record's page (a course, a plan): properties "context" and "item-id"
 * (the record's id). refresh () is called when either changes and when the database
 * changes a domain watches () accepts. The course and plan sections are thin
 * subclasses that give their own sections typed vfuncs and a list of domains. */
struct _BbPageSectionClass
{
  GtkBoxClass parent_class;

  void     (*refresh) (BbPageSection *self);
  /* TRUE when a BbDatabase::changed of @domain calls refresh (). */
  gboolean (*watches) (BbPageSection *self,
                       const char    *domain);
};

BbContext *bb_page_section_get_context (BbPageSection  *self);
gint64     bb_page_section_get_item_id (BbPageSection  *self);
void       bb_page_section_refresh     (BbPageSection  *self);

/* Feedback on the AdwToastOverlay round @widget; without one an error becomes a
 * warning in the log and a toast is dropped. */
void       bb_page_section_add_toast   (GtkWidget      *widget,
                                        AdwToast       *toast);
void       bb_page_section_show_error  (GtkWidget      *widget,
                                        const GError   *error);

/* Fields. The text, stripped; NULL when blank. */
char      *bb_page_dup_text            (GtkEditable    *editable);
char      *bb_page_dup_buffer_text     (GtkTextBuffer  *buffer);
/* A date as typed: YYYY-MM-DD, or D.M.YYYY (also with - or /) as Danes write it;
 * NULL for blank. FALSE (G_IO_ERROR_INVALID_DATA), naming @field, for text that is
 * not a real date. */
gboolean   bb_page_parse_date          (GtkEditable    *editable,
                                        const char     *field,
                                        char          **iso_out,
                                        GError        **error);
/* Today by the context's clock, YYYY-MM-DD. */
char      *bb_page_dup_today           (BbContext      *context);
/* Appends the labels of an enum with @n values to a GtkStringList, for a combo row
 * whose position is the value. */
#define BB_PAGE_FILL_LABELS(list, type, n) \
  G_STMT_START { \
    for (int i_ = 0; i_ < (n); i_++) \
      gtk_string_list_append ((list), type##_get_label (i_)); \
  } G_STMT_END

G_END_DECLS
