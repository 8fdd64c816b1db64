/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <pango/pangocairo.h>

#include "bb-report.h"
#include "bb-report-text.h"

#define FONT_FAMILY "Cantarell, sans-serif"

struct _BbReportBlock
{
  GPtrArray *paragraphs;
};

/* The first @n_paragraphs of @self; with @cut, "…" says that more follows. */
static char *
block_dup_paragraphs (BbReportBlock *self,
                      guint          n_paragraphs,
                      gboolean       cut)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; i < n_paragraphs; i++)
    {
      if (i > 0)
        g_string_append_c (markup, '\n');
      g_string_append (markup, g_ptr_array_index (self->paragraphs, i));
    }
  if (cut)
    g_string_append (markup, " …");

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/**
 * bb_report_create_pango_context:
 * @cr: the cairo context that will show the text
 *
 * Creates a Pango context for @cr in which font sizes in points map one to one onto
 * user units in points, with hinting off so that a text breaks into the same lines
 * wherever it is drawn.
 *
 * Returns: (transfer full): a new context
 */
PangoContext *
bb_report_create_pango_context (cairo_t *cr)
{
  PangoContext *context;
  cairo_font_options_t *options;

  g_return_val_if_fail (cr != NULL, NULL);

  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  return context;
}

/**
 * bb_report_layout_new:
 * @context: a context from bb_report_create_pango_context ()
 * @markup: Pango markup
 * @size: the font size in points
 * @width: where lines wrap, in points
 *
 * Lays out @markup in the house font, wrapping between words (inside a word only when
 * it is longer than a line, as a web address can be) with a little extra line spacing.
 *
 * Returns: (transfer full) (nullable): a new layout, or %NULL when @markup is empty
 */
PangoLayout *
bb_report_layout_new (PangoContext *context,
                      const char   *markup,
                      double        size,
                      double        width)
{
  g_autoptr(PangoFontDescription) font = NULL;
  PangoLayout *layout;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (markup != NULL, NULL);

  if (*markup == '\0')
    return NULL;

  font = pango_font_description_from_string (FONT_FAMILY);
  pango_font_description_set_size (font, pango_units_from_double (size));

  layout = pango_layout_new (context);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, 1.15);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

/**
 * bb_report_layout_get_height:
 * @layout: (nullable): a layout
 *
 * Returns: the height of @layout in points, 0 for %NULL
 */
double
bb_report_layout_get_height (PangoLayout *layout)
{
  int height;

  if (layout == NULL)
    return 0;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/**
 * bb_report_layout_get_line_height:
 * @layout: (nullable): a layout
 *
 * Returns: the height of a line in @layout's font in points, 0 for %NULL
 */
double
bb_report_layout_get_line_height (PangoLayout *layout)
{
  PangoFontMetrics *metrics;
  double height;

  if (layout == NULL)
    return 0;

  metrics = pango_context_get_metrics (pango_layout_get_context (layout),
                                       pango_layout_get_font_description (layout),
                                       NULL);
  height = pango_units_to_double (pango_font_metrics_get_height (metrics));
  pango_font_metrics_unref (metrics);

  return height;
}

/**
 * bb_report_layout_limit_lines:
 * @layout: a layout
 * @n_lines: the most lines to show
 *
 * Cuts @layout after @n_lines lines, ending the last in "…".
 */
void
bb_report_layout_limit_lines (PangoLayout *layout,
                              guint        n_lines)
{
  g_return_if_fail (PANGO_IS_LAYOUT (layout));
  g_return_if_fail (n_lines > 0 && n_lines <= G_MAXINT);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -(int) n_lines);
}

/**
 * bb_report_layout_limit_height:
 * @layout: a layout
 * @height: the most height to take, in points
 *
 * Cuts @layout after the last line that fits in @height, ending it in "…". Pango lets
 * mixed font sizes overshoot the limit a little; bb_report_block_fit () does not.
 */
void
bb_report_layout_limit_height (PangoLayout *layout,
                               double       height)
{
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, pango_units_from_double (height));
}

/**
 * bb_report_show_layout:
 * @cr: where to draw
 * @layout: (nullable): what to draw
 * @x: the left edge in user units
 * @y: the top edge in user units
 *
 * Draws @layout with its top left corner at @x, @y in the current source; nothing for
 * %NULL.
 */
void
bb_report_show_layout (cairo_t     *cr,
                       PangoLayout *layout,
                       double       x,
                       double       y)
{
  g_return_if_fail (cr != NULL);

  if (layout == NULL)
    return;

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/**
 * bb_report_markup_bold:
 * @text: plain text
 *
 * Returns: (transfer full): @text escaped for Pango markup, in bold
 */
char *
bb_report_markup_bold (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return g_markup_printf_escaped ("<b>%s</b>", text);
}

/**
 * bb_report_block_new:
 *
 * Returns: (transfer full): an empty block
 */
BbReportBlock *
bb_report_block_new (void)
{
  BbReportBlock *self = g_new0 (BbReportBlock, 1);

  self->paragraphs = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
bb_report_block_free (BbReportBlock *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->paragraphs);
  g_free (self);
}

/**
 * bb_report_block_add_markup:
 * @self: a block
 * @markup: a paragraph of Pango markup, without line breaks
 *
 * Adds a paragraph of markup the caller has escaped.
 */
void
bb_report_block_add_markup (BbReportBlock *self,
                            const char    *markup)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (markup != NULL);

  g_ptr_array_add (self->paragraphs, g_strdup (markup));
}

/**
 * bb_report_block_add_heading:
 * @self: a block
 * @heading: plain text
 *
 * Adds a heading: bold, a size larger, in the accent colour.
 */
void
bb_report_block_add_heading (BbReportBlock *self,
                             const char    *heading)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (heading != NULL);

  /* A little air above every heading but the first. */
  if (self->paragraphs->len > 0)
    bb_report_block_add_markup (self, "<span size=\"x-small\"> </span>");
  g_ptr_array_add (self->paragraphs,
                   g_markup_printf_escaped ("<span weight=\"bold\" size=\"large\" "
                                            "foreground=\"" BB_REPORT_COLOR_ACCENT "\">%s</span>",
                                            heading));
}

/**
 * bb_report_block_add_text:
 * @self: a block
 * @text: plain text, as a user wrote it
 *
 * Adds @text with its own line breaks, each line a paragraph, without blanks around
 * the text or at the ends of lines, also when it was written on Windows.
 */
void
bb_report_block_add_text (BbReportBlock *self,
                          const char    *text)
{
  g_autofree char *stripped = NULL;
  g_auto(GStrv) lines = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  stripped = g_strstrip (g_strdup (text));
  lines = g_strsplit (stripped, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (self->paragraphs, g_markup_escape_text (g_strchomp (lines[i]), -1));
}

/**
 * bb_report_block_add_gap:
 * @self: a block
 *
 * Adds a small space, less than an empty line, between entries of a list.
 */
void
bb_report_block_add_gap (BbReportBlock *self)
{
  bb_report_block_add_markup (self, "<span size=\"xx-small\"> </span>");
}

/**
 * bb_report_block_dup_markup:
 * @self: a block
 *
 * Returns: (transfer full): the paragraphs joined by line breaks, "" for none
 */
char *
bb_report_block_dup_markup (BbReportBlock *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return block_dup_paragraphs (self, self->paragraphs->len, FALSE);
}

/**
 * bb_report_block_fit:
 * @self: the block shown in @layout
 * @layout: a layout of the whole of @self
 * @height: the room in points
 *
 * Shortens @layout to the paragraphs of @self that fit in @height, ending in "…". At
 * least some of the first paragraph stays.
 *
 * Pango drops the paragraphs below a limited height but marks the cut with "…" only
 * inside a paragraph, and overshoots the limit a little with mixed sizes. So the block
 * is cut after the paragraph where the room ends, ends in "…" itself, and loses
 * paragraphs until it really fits.
 */
void
bb_report_block_fit (BbReportBlock *self,
                     PangoLayout   *layout,
                     double         height)
{
  PangoLayoutIter *iter;
  const char *text;
  int end_index = 0;
  guint n_paragraphs = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  iter = pango_layout_get_iter (layout);
  text = pango_layout_get_text (layout);
  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      end_index = pango_layout_iter_get_index (iter);
      if (pango_units_to_double (logical.y + logical.height) > height)
        break;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  /* Paragraphs are joined with newlines: keep those before the first line that does
   * not fit, and the one it belongs to unless it would show nothing of it. */
  for (int i = 0; i < end_index; i++)
    if (text[i] == '\n')
      n_paragraphs++;
  if (end_index > 0 && text[end_index - 1] != '\n')
    n_paragraphs++;

  for (n_paragraphs = CLAMP (n_paragraphs, 1, self->paragraphs->len); ; n_paragraphs--)
    {
      g_autofree char *markup = NULL;

      /* "…" on a line of its own after a blank line would look lost. */
      while (n_paragraphs > 1
             && *(char *) g_ptr_array_index (self->paragraphs, n_paragraphs - 1) == '\0')
        n_paragraphs--;

      markup = block_dup_paragraphs (self, n_paragraphs, TRUE);
      pango_layout_set_markup (layout, markup, -1);
      bb_report_layout_limit_height (layout, height);
      if (bb_report_layout_get_height (layout) <= height || n_paragraphs == 1)
        break;
    }
}
