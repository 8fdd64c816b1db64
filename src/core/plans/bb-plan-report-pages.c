/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The page flow of the plan PDF: see bb-plan-report-private.h. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-plan-report-private.h"
#include "bb-report.h"
#include "bb-report-text.h"

#define FOOTER_SIZE 8.0
#define TABLE_SIZE 8.5
#define CELL_PAD 3.0
#define FIGURE_GAP 12.0

static void
start_page (BbPager *self)
{
  cairo_rectangle_t extents = { 0, 0, self->width, self->height };
  cairo_surface_t *page = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);

  g_ptr_array_add (self->pages, page);
  g_clear_pointer (&self->cr, cairo_destroy);
  self->cr = cairo_create (page);
  if (self->context == NULL)
    self->context = bb_report_create_pango_context (self->cr);

  bb_report_set_source_color (self->cr, BB_REPORT_COLOR_PAPER, 1);
  cairo_paint (self->cr);
  self->y = self->top;
  self->figure_bottom = -1;
}

void
_bb_pager_init (BbPager *self,
                double   width,
                double   height)
{
  memset (self, 0, sizeof *self);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  self->width = width;
  self->height = height;
  self->margin = bb_report_get_margin (width);
  self->top = self->margin;
  /* Room for the footer below the text. */
  self->bottom = height - self->margin;
  start_page (self);
}

void
_bb_pager_clear (BbPager *self)
{
  g_clear_pointer (&self->cr, cairo_destroy);
  g_clear_object (&self->context);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

guint
_bb_pager_get_page (BbPager *self)
{
  return self->pages->len - 1;
}

double
_bb_pager_get_content (BbPager *self)
{
  return self->width - 2 * self->margin;
}

static double
room (BbPager *self)
{
  return self->bottom - self->y;
}

static PangoLayout *
layout_new (BbPager    *self,
            const char *markup,
            double      size,
            double      width)
{
  return markup != NULL ? bb_report_layout_new (self->context, markup, size, width) : NULL;
}

static void table_header (BbPager *self);

void
_bb_pager_new_page (BbPager *self)
{
  start_page (self);
  if (self->columns != NULL)
    table_header (self);
}

void
_bb_pager_space (BbPager *self,
                 double   space)
{
  self->y = MIN (self->y + space, self->bottom);
}

void
_bb_pager_heading (BbPager    *self,
                   const char *text,
                   double      size,
                   double      keep)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);
  g_autoptr(PangoLayout) layout = layout_new (self, markup, size, _bb_pager_get_content (self));
  double height = bb_report_layout_get_height (layout);

  if (self->y > self->top)
    _bb_pager_space (self, size * 0.8);
  if (height + keep > room (self) && self->y > self->top)
    _bb_pager_new_page (self);

  bb_report_set_source_color (self->cr, BB_REPORT_COLOR_ACCENT, 1);
  bb_report_show_layout (self->cr, layout, self->margin, self->y);
  self->y += height + size * 0.4;
}

void
_bb_pager_markup (BbPager    *self,
                  const char *markup,
                  double      size)
{
  g_autoptr(PangoLayout) layout = layout_new (self, markup, size, _bb_pager_get_content (self));
  double height = bb_report_layout_get_height (layout);

  if (layout == NULL)
    return;

  if (height > room (self) && self->y > self->top)
    _bb_pager_new_page (self);
  if (height > room (self))
    {
      bb_report_layout_limit_height (layout, room (self));
      height = bb_report_layout_get_height (layout);
    }

  bb_report_set_source_color (self->cr, BB_REPORT_COLOR_TEXT, 1);
  bb_report_show_layout (self->cr, layout, self->margin, self->y);
  self->y += height;
}

/* ---- tables -------------------------------------------------------------- */

/* Lays out a row of @cells (one per column) or the header; returns its height. */
static double
lay_out_row (BbPager            *self,
             const char * const *cells,
             PangoLayout       **layouts)
{
  double content = _bb_pager_get_content (self);
  double height = 0;

  for (guint i = 0; i < self->n_columns; i++)
    {
      double width = content * self->columns[i].share - 2 * CELL_PAD;

      layouts[i] = layout_new (self, cells[i], TABLE_SIZE, width);
      height = MAX (height, bb_report_layout_get_height (layouts[i]));
    }

  return height + 2 * CELL_PAD;
}

static void
show_row (BbPager      *self,
          PangoLayout **layouts,
          double        y)
{
  double x = self->margin;

  bb_report_set_source_color (self->cr, BB_REPORT_COLOR_TEXT, 1);
  for (guint i = 0; i < self->n_columns; i++)
    {
      bb_report_show_layout (self->cr, layouts[i], x + CELL_PAD, y + CELL_PAD);
      x += _bb_pager_get_content (self) * self->columns[i].share;
    }
}

static void
free_layouts (PangoLayout **layouts,
              guint         n)
{
  for (guint i = 0; i < n; i++)
    g_clear_object (&layouts[i]);
}

static void
table_header (BbPager *self)
{
  g_autofree PangoLayout **layouts = g_new0 (PangoLayout *, self->n_columns);
  g_autofree char **cells = g_new0 (char *, self->n_columns + 1);
  double height;

  for (guint i = 0; i < self->n_columns; i++)
    cells[i] = g_markup_printf_escaped ("<b>%s</b>", self->columns[i].title);
  height = lay_out_row (self, (const char * const *) cells, layouts);

  bb_report_set_source_color (self->cr, BB_REPORT_COLOR_ACCENT, 0.12);
  cairo_rectangle (self->cr, self->margin, self->y, _bb_pager_get_content (self), height);
  cairo_fill (self->cr);
  show_row (self, layouts, self->y);
  self->y += height;

  free_layouts (layouts, self->n_columns);
  for (guint i = 0; i < self->n_columns; i++)
    g_free (cells[i]);
}

void
_bb_pager_table_begin (BbPager             *self,
                       const BbPagerColumn *columns,
                       guint                n_columns)
{
  self->columns = columns;
  self->n_columns = n_columns;
  /* The header with a row or two below it, or on the next page. */
  if (room (self) < 60 && self->y > self->top)
    start_page (self);
  table_header (self);
}

void
_bb_pager_table_row (BbPager            *self,
                     const char * const *cells,
                     const char         *detail)
{
  g_autofree PangoLayout **layouts = g_new0 (PangoLayout *, self->n_columns);
  g_autoptr(PangoLayout) detail_layout = NULL;
  double content = _bb_pager_get_content (self);
  double height = lay_out_row (self, cells, layouts);
  double detail_height;

  detail_layout = layout_new (self, detail, TABLE_SIZE, content - 2 * CELL_PAD);
  detail_height = detail_layout != NULL ? bb_report_layout_get_height (detail_layout) + CELL_PAD : 0;

  if (height + detail_height > room (self))
    {
      _bb_pager_new_page (self);
      /* Taller than a whole page: its details are cut. */
      if (height + detail_height > room (self) && detail_layout != NULL)
        {
          bb_report_layout_limit_height (detail_layout, MAX (room (self) - height - CELL_PAD, 0));
          detail_height = bb_report_layout_get_height (detail_layout) + CELL_PAD;
        }
    }

  show_row (self, layouts, self->y);
  if (detail_layout != NULL)
    {
      bb_report_set_source_color (self->cr, BB_REPORT_COLOR_MUTED, 1);
      bb_report_show_layout (self->cr, detail_layout, self->margin + CELL_PAD, self->y + height - CELL_PAD);
    }
  self->y += height + detail_height;

  bb_report_set_source_color (self->cr, BB_REPORT_COLOR_MUTED, 0.35);
  cairo_set_line_width (self->cr, 0.5);
  cairo_move_to (self->cr, self->margin, self->y);
  cairo_line_to (self->cr, self->margin + content, self->y);
  cairo_stroke (self->cr);

  free_layouts (layouts, self->n_columns);
}

void
_bb_pager_table_end (BbPager *self)
{
  self->columns = NULL;
  self->n_columns = 0;
}

/* ---- figures and pages ----------------------------------------------------- */

void
_bb_pager_figure (BbPager         *self,
                  double           width,
                  double           height,
                  gboolean         beside,
                  BbPagerDrawFunc  draw,
                  gpointer         user_data)
{
  double content = _bb_pager_get_content (self);
  double x = self->margin;
  double y;

  width = MIN (width, content);
  if (beside && self->figure_bottom >= 0 && self->figure_right + FIGURE_GAP + width <= self->margin + content)
    {
      x = self->figure_right + FIGURE_GAP;
      y = self->figure_top;
    }
  else
    {
      if (height > room (self))
        _bb_pager_new_page (self);
      y = self->y;
    }

  cairo_save (self->cr);
  cairo_translate (self->cr, x, y);
  draw (self->cr, width, height, user_data);
  cairo_restore (self->cr);

  self->figure_right = x + width;
  self->figure_top = y;
  self->figure_bottom = y + height;
  self->y = MAX (self->y, self->figure_bottom + FIGURE_GAP / 2);
}

cairo_t *
_bb_pager_open_page (BbPager *self,
                     guint    page)
{
  g_return_val_if_fail (page < self->pages->len, NULL);

  return cairo_create (g_ptr_array_index (self->pages, page));
}

void
_bb_pager_finish (BbPager *self)
{
  guint n_pages = self->pages->len;

  g_clear_pointer (&self->cr, cairo_destroy);
  for (guint i = 0; i < n_pages; i++)
    {
      cairo_t *cr = _bb_pager_open_page (self, i);
      /* TRANSLATORS: the foot of every page of a plan, as in "Page 3 of 12" */
      g_autofree char *text = g_strdup_printf (_("Page %u of %u"), i + 1, n_pages);
      g_autofree char *markup = g_markup_escape_text (text, -1);
      g_autoptr(PangoLayout) layout = layout_new (self, markup, FOOTER_SIZE, _bb_pager_get_content (self));

      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      bb_report_set_source_color (cr, BB_REPORT_COLOR_MUTED, 1);
      bb_report_show_layout (cr, layout, self->margin, self->height - 0.6 * self->margin);
      cairo_destroy (cr);
    }
}

void
_bb_pager_draw_page (BbPager *self,
                     cairo_t *cr,
                     guint    page)
{
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);
  cairo_set_source_surface (cr, g_ptr_array_index (self->pages, page), 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}
