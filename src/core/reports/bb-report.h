/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* A4 portrait in points, the paper everything we print is designed for. */
#define BB_REPORT_A4_WIDTH  595.0
#define BB_REPORT_A4_HEIGHT 842.0

/* The house colours, as Pango markup writes them ("#rrggbb"). The accent is GNOME Blue 5:
 * white text on it and text in it stay legible, also printed in grey. */
#define BB_REPORT_COLOR_PAPER  "#ffffff"
#define BB_REPORT_COLOR_ACCENT "#1a5fb4"
#define BB_REPORT_COLOR_TEXT   "#242424"
#define BB_REPORT_COLOR_MUTED  "#5e5e5e"

#define BB_REPORT_ERROR (bb_report_error_quark ())

typedef enum
{
  /* Cairo failed while drawing; the message is cairo's own, for the caller to put in
   * words that name what was being drawn. */
  BB_REPORT_ERROR_DRAWING,
} BbReportError;

/* A PDF document being written; it exists only during bb_report_write_pdf (). */
typedef struct _BbReport BbReport;

typedef void (*BbReportDrawFunc) (BbReport *report,
                                  cairo_t  *cr,
                                  gpointer  user_data);

/* Where the next block goes on a page: blocks are placed downwards from the top and
 * upwards from the bottom, and what lies between is the room left. Lives on the stack;
 * read it through the functions. */
typedef struct
{
  double y;
  double bottom;
} BbReportFlow;

GQuark   bb_report_error_quark       (void);

/* Writes a PDF of pages @width × @height points that @draw fills, starting on the first
 * page; the file is replaced only once it is complete (see bb_file_replace ()). */
gboolean bb_report_write_pdf         (GFile              *file,
                                      double              width,
                                      double              height,
                                      const char         *title,
                                      BbReportDrawFunc    draw,
                                      gpointer            user_data,
                                      GError            **error);
/* Ends the current page and starts an empty one. */
void     bb_report_new_page          (BbReport           *self);

/* The margin around the text of a page @width points wide. */
double   bb_report_get_margin        (double              width);
/* @color is one of BB_REPORT_COLOR_*, @alpha 1 for opaque. */
void     bb_report_set_source_color  (cairo_t            *cr,
                                      const char         *color,
                                      double              alpha);

void     bb_report_flow_init         (BbReportFlow       *self,
                                      double              top,
                                      double              bottom);
double   bb_report_flow_get_y        (const BbReportFlow *self);
/* The height left between the blocks placed from the top and those from the bottom;
 * negative when they overlap. */
double   bb_report_flow_get_room     (const BbReportFlow *self);
/* FALSE once a block of @height no longer fits: the page is full. */
gboolean bb_report_flow_fits         (const BbReportFlow *self,
                                      double              height);
/* Both return the y of the top of the block just placed. */
double   bb_report_flow_place        (BbReportFlow       *self,
                                      double              height);
double   bb_report_flow_place_bottom (BbReportFlow       *self,
                                      double              height);
void     bb_report_flow_skip         (BbReportFlow       *self,
                                      double              space);
void     bb_report_flow_skip_bottom  (BbReportFlow       *self,
                                      double              space);

G_END_DECLS
