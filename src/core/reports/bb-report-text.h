/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* Paragraphs of Pango markup, kept apart so that the text can be cut after any of them. */
typedef struct _BbReportBlock BbReportBlock;

/* A context for @cr in which font sizes are points and lines break the same on screen,
 * in a PDF and on any printer. */
PangoContext  *bb_report_create_pango_context   (cairo_t       *cr);

/* Text of @size points in the house font, wrapped at @width points. NULL for empty
 * @markup: the functions below take NULL as text that takes no room. */
PangoLayout   *bb_report_layout_new             (PangoContext  *context,
                                                 const char    *markup,
                                                 double         size,
                                                 double         width);
double         bb_report_layout_get_height      (PangoLayout   *layout);
/* The height of one line of @layout's font, without line spacing. */
double         bb_report_layout_get_line_height (PangoLayout   *layout);
/* Both end the text in "…" where it is cut. */
void           bb_report_layout_limit_lines     (PangoLayout   *layout,
                                                 guint          n_lines);
void           bb_report_layout_limit_height    (PangoLayout   *layout,
                                                 double         height);
void           bb_report_show_layout            (cairo_t       *cr,
                                                 PangoLayout   *layout,
                                                 double         x,
                                                 double         y);

/* Escaped @text in bold. */
char          *bb_report_markup_bold            (const char    *text);

BbReportBlock *bb_report_block_new              (void);
void           bb_report_block_free             (BbReportBlock *self);
/* Adds a paragraph of markup. */
void           bb_report_block_add_markup       (BbReportBlock *self,
                                                 const char    *markup);
/* A heading in the accent colour, with a little air above it unless it comes first. */
void           bb_report_block_add_heading      (BbReportBlock *self,
                                                 const char    *heading);
/* Plain text as people write it: a paragraph per line, blanks around it dropped. */
void           bb_report_block_add_text         (BbReportBlock *self,
                                                 const char    *text);
/* A small space between entries of a list. */
void           bb_report_block_add_gap          (BbReportBlock *self);
/* The whole block as one markup text; "" when it is empty. */
char          *bb_report_block_dup_markup       (BbReportBlock *self);
/* Shows in @layout as many paragraphs of the block as fit in @height points, ending in
 * "…" where the block was cut. */
void           bb_report_block_fit              (BbReportBlock *self,
                                                 PangoLayout   *layout,
                                                 double         height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbReportBlock, bb_report_block_free)

G_END_DECLS
