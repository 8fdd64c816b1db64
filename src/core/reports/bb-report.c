/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <cairo-pdf.h>
#include <pango/pango.h>

#include "bb-file.h"
#include "bb-report.h"

struct _BbReport
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  GOutputStream   *stream;
  /* Cairo cannot return a GError through its write function, so it waits here. */
  GError          *stream_error;
};

typedef struct
{
  double            width;
  double            height;
  const char       *title;
  BbReportDrawFunc  draw;
  gpointer          user_data;
} WriteClosure;

G_DEFINE_QUARK (bb-report-error-quark, bb_report_error)

static cairo_status_t
write_to_stream (void                *user_data,
                 const unsigned char *data,
                 unsigned int         length)
{
  BbReport *self = user_data;

  if (self->stream_error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (self->stream, data, length, NULL, NULL, &self->stream_error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
write_pdf (GOutputStream  *stream,
           gpointer        user_data,
           GError        **error)
{
  WriteClosure *closure = user_data;
  BbReport report = { NULL, NULL, stream, NULL };
  cairo_status_t status;

  report.surface = cairo_pdf_surface_create_for_stream (write_to_stream, &report,
                                                        closure->width, closure->height);
  cairo_pdf_surface_set_metadata (report.surface, CAIRO_PDF_METADATA_TITLE, closure->title);
  cairo_pdf_surface_set_metadata (report.surface, CAIRO_PDF_METADATA_CREATOR, "Brobygger");

  report.cr = cairo_create (report.surface);
  closure->draw (&report, report.cr, closure->user_data);
  status = cairo_status (report.cr);
  cairo_destroy (report.cr);

  /* Finishing writes the last page and the rest of the file. */
  cairo_surface_finish (report.surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (report.surface);
  cairo_surface_destroy (report.surface);

  if (report.stream_error != NULL)
    {
      g_propagate_error (error, report.stream_error);
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, BB_REPORT_ERROR, BB_REPORT_ERROR_DRAWING,
                           cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * bb_report_write_pdf:
 * @file: where to write the PDF
 * @width: the page width in points
 * @height: the page height in points
 * @title: the document title kept in the file's metadata
 * @draw: draws the pages, in points from the top left corner of the page
 * @user_data: passed to @draw
 * @error: return location for an error
 *
 * Writes a PDF whose pages @draw fills; it starts on the first page and calls
 * bb_report_new_page () for every further one. The file is replaced only once it is
 * complete: on error an existing file stays as it was and a new one is removed. Errors
 * of the file are #GIOError; a failure of cairo is %BB_REPORT_ERROR_DRAWING.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
bb_report_write_pdf (GFile             *file,
                     double             width,
                     double             height,
                     const char        *title,
                     BbReportDrawFunc   draw,
                     gpointer           user_data,
                     GError           **error)
{
  WriteClosure closure = { width, height, title, draw, user_data };

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (title != NULL, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);

  return bb_file_replace (file, write_pdf, &closure, error);
}

/**
 * bb_report_new_page:
 * @self: the report being written
 *
 * Ends the current page and starts an empty one of the same size. The drawing state
 * (source, transformation) stays as it was.
 */
void
bb_report_new_page (BbReport *self)
{
  g_return_if_fail (self != NULL);

  cairo_show_page (self->cr);
}

/**
 * bb_report_get_margin:
 * @width: the page width in points
 *
 * The house margin: 7 % of the page width, 15 mm on A4. It grows with the paper, so a
 * page drawn smaller keeps its proportions.
 *
 * Returns: the margin in points
 */
double
bb_report_get_margin (double width)
{
  return 0.07 * width;
}

/**
 * bb_report_set_source_color:
 * @cr: a cairo context
 * @color: one of the BB_REPORT_COLOR_* colours
 * @alpha: the opacity, 1 for opaque
 *
 * Sets the source of @cr to a house colour.
 */
void
bb_report_set_source_color (cairo_t    *cr,
                            const char *color,
                            double      alpha)
{
  PangoColor rgb;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (color != NULL);

  if (!pango_color_parse (&rgb, color))
    g_return_if_reached ();

  cairo_set_source_rgba (cr, rgb.red / 65535.0, rgb.green / 65535.0, rgb.blue / 65535.0, alpha);
}

/**
 * bb_report_flow_init:
 * @self: a flow
 * @top: where the first block from the top goes
 * @bottom: where the first block from the bottom ends
 *
 * Starts a flow down a page, or down part of one.
 */
void
bb_report_flow_init (BbReportFlow *self,
                     double        top,
                     double        bottom)
{
  g_return_if_fail (self != NULL);

  self->y = top;
  self->bottom = bottom;
}

/**
 * bb_report_flow_get_y:
 * @self: a flow
 *
 * Returns: where the next block from the top goes
 */
double
bb_report_flow_get_y (const BbReportFlow *self)
{
  return self->y;
}

/**
 * bb_report_flow_get_room:
 * @self: a flow
 *
 * Returns: the height left between the blocks from the top and those from the bottom
 */
double
bb_report_flow_get_room (const BbReportFlow *self)
{
  return self->bottom - self->y;
}

/**
 * bb_report_flow_fits:
 * @self: a flow
 * @height: the height of a block
 *
 * Returns: %TRUE when a block of @height still fits; %FALSE means the page is full
 */
gboolean
bb_report_flow_fits (const BbReportFlow *self,
                     double              height)
{
  return height <= bb_report_flow_get_room (self);
}

/**
 * bb_report_flow_place:
 * @self: a flow
 * @height: the height of a block
 *
 * Places a block below those placed from the top. Nothing stops it from running into
 * the blocks from the bottom: ask bb_report_flow_fits () first.
 *
 * Returns: the y of the top of the block
 */
double
bb_report_flow_place (BbReportFlow *self,
                      double        height)
{
  double y = self->y;

  self->y += height;
  return y;
}

/**
 * bb_report_flow_place_bottom:
 * @self: a flow
 * @height: the height of a block
 *
 * Places a block above those placed from the bottom.
 *
 * Returns: the y of the top of the block
 */
double
bb_report_flow_place_bottom (BbReportFlow *self,
                             double        height)
{
  self->bottom -= height;
  return self->bottom;
}

/**
 * bb_report_flow_skip:
 * @self: a flow
 * @space: the space to leave, in points
 *
 * Leaves space below the blocks placed from the top.
 */
void
bb_report_flow_skip (BbReportFlow *self,
                     double        space)
{
  self->y += space;
}

/**
 * bb_report_flow_skip_bottom:
 * @self: a flow
 * @space: the space to leave, in points
 *
 * Leaves space above the blocks placed from the bottom.
 */
void
bb_report_flow_skip_bottom (BbReportFlow *self,
                            double        space)
{
  self->bottom -= space;
}
