/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gstdio.h>
#include <string.h>

#include "bb-report.h"
#include "bb-report-text.h"

#define N_PARAGRAPHS 80

typedef struct
{
  char  *folder;
  GFile *file;
} Fixture;

/* What the paging test drew, to compare with what ends up in the PDF. */
typedef struct
{
  guint n_pages;
  guint first_on_page[N_PARAGRAPHS];
} Pages;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("bb-report-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->file = g_file_new_build_filename (fixture->folder, "report.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *path = g_file_get_path (fixture->file);

  g_remove (path);
  g_assert_no_errno (g_rmdir (fixture->folder));
  g_clear_object (&fixture->file);
  g_clear_pointer (&fixture->folder, g_free);
}

/* Runs a poppler tool on @file with the options in @args; NULL when it is not installed. */
static char *
run_poppler (const char  *program,
             GFile       *file,
             const char **args)
{
  g_autofree char *found = g_find_program_in_path (program);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *output = NULL;
  int status;

  if (found == NULL)
    return NULL;

  g_ptr_array_add (argv, found);
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, path);
  if (strcmp (program, "pdftotext") == 0)
    g_ptr_array_add (argv, "-");
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &output, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return output;
}

/* The value of a "Name:   value" line of pdfinfo, or NULL without pdfinfo. */
static char *
dup_pdf_info (GFile      *file,
              const char *name)
{
  g_autofree char *info = run_poppler ("pdfinfo", file, NULL);
  g_autofree char *key = g_strconcat ("\n", name, ":", NULL);
  g_autofree char *lines = NULL;
  const char *found;

  if (info == NULL)
    return NULL;

  lines = g_strconcat ("\n", info, NULL);
  found = strstr (lines, key);
  g_assert_nonnull (found);
  found += strlen (key);

  return g_strstrip (g_strndup (found, strcspn (found, "\n")));
}

/* The text of one page, or of all with @page 0; NULL without pdftotext. */
static char *
dup_page_text (GFile *file,
               guint  page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *one_page[] = { "-f", number, "-l", number, NULL };

  return run_poppler ("pdftotext", file, page > 0 ? one_page : NULL);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("»%s« not in the text:\n%s", needle, text);
}

static char *
dup_paragraph (guint i)
{
  return g_strdup_printf ("Afsnit %u: vi mødes, taler og finder en vej frem.", i);
}

static void
test_flow_place (void)
{
  BbReportFlow flow;

  bb_report_flow_init (&flow, 10, 100);
  g_assert_cmpfloat (bb_report_flow_get_y (&flow), ==, 10);
  g_assert_cmpfloat (bb_report_flow_get_room (&flow), ==, 90);

  g_assert_cmpfloat (bb_report_flow_place (&flow, 20), ==, 10);
  bb_report_flow_skip (&flow, 5);
  g_assert_cmpfloat (bb_report_flow_place (&flow, 10), ==, 35);
  g_assert_cmpfloat (bb_report_flow_get_y (&flow), ==, 45);

  /* From the bottom, each block goes above the one before. */
  g_assert_cmpfloat (bb_report_flow_place_bottom (&flow, 15), ==, 85);
  bb_report_flow_skip_bottom (&flow, 5);
  g_assert_cmpfloat (bb_report_flow_place_bottom (&flow, 10), ==, 70);
  g_assert_cmpfloat (bb_report_flow_get_room (&flow), ==, 25);

  g_assert_true (bb_report_flow_fits (&flow, 25));
  g_assert_false (bb_report_flow_fits (&flow, 25.5));
  bb_report_flow_place (&flow, 30);
  g_assert_cmpfloat (bb_report_flow_get_room (&flow), ==, -5);
  g_assert_false (bb_report_flow_fits (&flow, 0));
}

/* Places the paragraphs down the pages between the margins, starting a page whenever
 * the flow says the next one does not fit. */
static void
draw_paragraphs (BbReport *report,
                 cairo_t  *cr,
                 gpointer  user_data)
{
  Pages *pages = user_data;
  PangoContext *context = bb_report_create_pango_context (cr);
  double margin = bb_report_get_margin (BB_REPORT_A4_WIDTH);
  double width = BB_REPORT_A4_WIDTH - 2 * margin;
  BbReportFlow flow;

  bb_report_flow_init (&flow, margin, BB_REPORT_A4_HEIGHT - margin);
  pages->n_pages = 1;
  pages->first_on_page[0] = 0;

  for (guint i = 0; i < N_PARAGRAPHS; i++)
    {
      g_autofree char *text = dup_paragraph (i);
      g_autofree char *markup = g_markup_escape_text (text, -1);
      g_autoptr(PangoLayout) layout = bb_report_layout_new (context, markup, 14, width);
      double height = bb_report_layout_get_height (layout);

      g_assert_cmpfloat (height, >, 0);
      if (!bb_report_flow_fits (&flow, height))
        {
          bb_report_new_page (report);
          bb_report_flow_init (&flow, margin, BB_REPORT_A4_HEIGHT - margin);
          pages->first_on_page[pages->n_pages++] = i;
          g_assert_true (bb_report_flow_fits (&flow, height));
        }

      bb_report_set_source_color (cr, BB_REPORT_COLOR_TEXT, 1);
      bb_report_show_layout (cr, layout, margin, bb_report_flow_place (&flow, height));
      bb_report_flow_skip (&flow, 6);
    }

  g_object_unref (context);
}

static void
test_pages (Fixture       *fixture,
            gconstpointer  user_data)
{
  Pages pages = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *n_pages = NULL;
  g_autofree char *title = NULL;

  g_assert_true (bb_report_write_pdf (fixture->file, BB_REPORT_A4_WIDTH, BB_REPORT_A4_HEIGHT,
                                      "Overleveringsbrev for Åse", draw_paragraphs, &pages,
                                      &error));
  g_assert_no_error (error);
  /* 80 lines of 14 points with gaps fill more than two A4 pages. */
  g_assert_cmpuint (pages.n_pages, >=, 3);

  n_pages = dup_pdf_info (fixture->file, "Pages");
  if (n_pages == NULL)
    {
      g_test_skip ("pdfinfo is not installed: the pages are not counted");
      return;
    }
  g_assert_cmpuint (g_ascii_strtoull (n_pages, NULL, 10), ==, pages.n_pages);
  title = dup_pdf_info (fixture->file, "Title");
  g_assert_cmpstr (title, ==, "Overleveringsbrev for Åse");

  /* Every page begins with the paragraph that did not fit on the one before, and ends
   * with the one before the next page's first. */
  for (guint page = 1; page <= pages.n_pages; page++)
    {
      g_autofree char *text = dup_page_text (fixture->file, page);
      guint first = pages.first_on_page[page - 1];
      guint last = page < pages.n_pages ? pages.first_on_page[page] - 1 : N_PARAGRAPHS - 1;
      g_autofree char *first_text = dup_paragraph (first);
      g_autofree char *last_text = dup_paragraph (last);
      g_autofree char *next = g_strdup_printf ("Afsnit %u:", last + 1);

      if (text == NULL)
        {
          g_test_skip ("pdftotext is not installed: the text is not checked");
          return;
        }
      g_assert_true (g_str_has_prefix (text, first_text));
      assert_contains (text, last_text);
      g_assert_null (strstr (text, next));
    }
}

static void
draw_text (BbReport *report,
           cairo_t  *cr,
           gpointer  user_data)
{
  PangoContext *context = bb_report_create_pango_context (cr);
  g_autoptr(BbReportBlock) block = bb_report_block_new ();
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) body = NULL;
  g_autofree char *bold = bb_report_markup_bold ("Mad & <snak>");
  g_autofree char *markup = NULL;

  title = bb_report_layout_new (context, bold, 20, 400);
  bb_report_block_add_heading (block, "Hvem står bag");
  bb_report_block_add_text (block, "  Ungehuset <Aarhus>\r\nSøndergade 12  \r\n");
  markup = bb_report_block_dup_markup (block);
  body = bb_report_layout_new (context, markup, 11, 400);

  bb_report_set_source_color (cr, BB_REPORT_COLOR_PAPER, 1);
  cairo_paint (cr);
  bb_report_set_source_color (cr, BB_REPORT_COLOR_TEXT, 1);
  bb_report_show_layout (cr, title, 50, 50);
  bb_report_show_layout (cr, body, 50, 100);
  /* An empty text draws nothing and must not break the page. */
  bb_report_show_layout (cr, NULL, 50, 200);

  g_object_unref (context);
}

static void
test_text_in_pdf (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (bb_report_write_pdf (fixture->file, BB_REPORT_A4_WIDTH, BB_REPORT_A4_HEIGHT,
                                      "Tekst", draw_text, NULL, &error));
  g_assert_no_error (error);

  text = dup_page_text (fixture->file, 0);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  /* Markup characters of the user's text come out as they were written. */
  assert_contains (text, "Mad & <snak>");
  assert_contains (text, "Hvem står bag\nUngehuset <Aarhus>\nSøndergade 12\n");
}

static void
test_block_markup (void)
{
  g_autoptr(BbReportBlock) block = bb_report_block_new ();
  g_autoptr(BbReportBlock) empty = bb_report_block_new ();
  g_autofree char *markup = NULL;
  g_autofree char *nothing = bb_report_block_dup_markup (empty);
  g_autofree char *bold = bb_report_markup_bold ("A & B");

  g_assert_cmpstr (bold, ==, "<b>A &amp; B</b>");
  g_assert_cmpstr (nothing, ==, "");

  bb_report_block_add_heading (block, "Først");
  bb_report_block_add_text (block, "\n  en <linje>  \r\nto\r\n\r\ntre \n");
  bb_report_block_add_gap (block);
  bb_report_block_add_heading (block, "Så");
  markup = bb_report_block_dup_markup (block);

  g_assert_cmpstr (markup, ==,
                   "<span weight=\"bold\" size=\"large\" foreground=\"#1a5fb4\">Først</span>\n"
                   "en &lt;linje&gt;\n"
                   "to\n"
                   "\n"
                   "tre\n"
                   "<span size=\"xx-small\"> </span>\n"
                   "<span size=\"x-small\"> </span>\n"
                   "<span weight=\"bold\" size=\"large\" foreground=\"#1a5fb4\">Så</span>");
}

static PangoContext *
create_image_context (cairo_surface_t **surface_out,
                      cairo_t         **cr_out)
{
  *surface_out = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  *cr_out = cairo_create (*surface_out);
  return bb_report_create_pango_context (*cr_out);
}

static void
test_layout (void)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context = create_image_context (&surface, &cr);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PangoLayout) layout = NULL;
  double four_lines;
  double line;

  g_assert_null (bb_report_layout_new (context, "", 12, 300));
  g_assert_cmpfloat (bb_report_layout_get_height (NULL), ==, 0);
  g_assert_cmpfloat (bb_report_layout_get_line_height (NULL), ==, 0);

  for (guint i = 0; i < 100; i++)
    g_string_append (text, "tekst der fylder ");
  layout = bb_report_layout_new (context, text->str, 12, 300);
  g_assert_nonnull (layout);
  g_assert_cmpint (pango_layout_get_line_count (layout), >, 5);

  /* At 72 dpi a line of a 12 point font is 12 points and a little leading high. */
  line = bb_report_layout_get_line_height (layout);
  g_assert_cmpfloat (line, >, 12);
  g_assert_cmpfloat (line, <, 16);

  bb_report_layout_limit_lines (layout, 2);
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 2);
  g_assert_true (pango_layout_is_ellipsized (layout));
  g_assert_cmpfloat (bb_report_layout_get_height (layout), <, 3 * line * 1.15);

  /* A height is cut after the last line that fits in it. */
  bb_report_layout_limit_lines (layout, 4);
  four_lines = bb_report_layout_get_height (layout);
  bb_report_layout_limit_height (layout, four_lines + 0.5 * line);
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 4);
  g_assert_true (pango_layout_is_ellipsized (layout));
  bb_report_layout_limit_height (layout, four_lines - 0.5 * line);
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 3);

  g_clear_object (&layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_block_fit (void)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context = create_image_context (&surface, &cr);
  g_autoptr(BbReportBlock) block = bb_report_block_new ();
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *last = dup_paragraph (N_PARAGRAPHS - 1);
  double full;
  const char *text;

  bb_report_block_add_heading (block, "Hvad det er");
  for (guint i = 0; i < N_PARAGRAPHS; i++)
    {
      g_autofree char *paragraph = dup_paragraph (i);

      /* With blank lines between them, as people leave them: the cut must not end on
       * one. */
      bb_report_block_add_text (block, paragraph);
      bb_report_block_add_markup (block, "");
    }
  markup = bb_report_block_dup_markup (block);
  layout = bb_report_layout_new (context, markup, 11, 400);
  full = bb_report_layout_get_height (layout);

  bb_report_block_fit (block, layout, 200);
  text = pango_layout_get_text (layout);
  g_assert_cmpfloat (bb_report_layout_get_height (layout), <=, 200);
  g_assert_cmpfloat (bb_report_layout_get_height (layout), >, 100);
  g_assert_cmpfloat (bb_report_layout_get_height (layout), <, full);
  g_assert_true (g_str_has_prefix (text, "Hvad det er\nAfsnit 0:"));
  g_assert_true (g_str_has_suffix (text, "frem. …"));
  g_assert_null (strstr (text, last));

  /* With no room at all the heading stays, cut. */
  g_clear_pointer (&markup, g_free);
  markup = bb_report_block_dup_markup (block);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_height (layout, -1);
  bb_report_block_fit (block, layout, 0);
  g_assert_true (g_str_has_prefix (pango_layout_get_text (layout), "Hvad det er"));
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 1);

  g_clear_object (&layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Headings, gaps and bold text mix sizes, which makes Pango overshoot a height. */
static void
test_block_fit_mixed (void)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context = create_image_context (&surface, &cr);
  g_autoptr(BbReportBlock) block = bb_report_block_new ();
  g_autofree char *markup = NULL;

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Overskrift %u", i);

      bb_report_block_add_heading (block, heading);
      bb_report_block_add_text (block, "Første linje\nAnden linje");
      bb_report_block_add_gap (block);
      bb_report_block_add_markup (block, "<b>Fed</b>");
    }
  markup = bb_report_block_dup_markup (block);

  /* From the height of a heading on, the cut block never takes more than its room. */
  for (double room = 30; room < 600; room += 0.5)
    {
      g_autoptr(PangoLayout) layout = bb_report_layout_new (context, markup, 11.5, 250);

      bb_report_block_fit (block, layout, room);
      if (bb_report_layout_get_height (layout) > room)
        g_error ("%g points of text in a room of %g", bb_report_layout_get_height (layout), room);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_colors (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double red, green, blue, alpha;
  guint32 pixel;

  bb_report_set_source_color (cr, BB_REPORT_COLOR_ACCENT, 0.08);
  g_assert_cmpint (cairo_pattern_get_rgba (cairo_get_source (cr), &red, &green, &blue, &alpha),
                   ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpfloat (red, ==, 0x1a / 255.0);
  g_assert_cmpfloat (green, ==, 0x5f / 255.0);
  g_assert_cmpfloat (blue, ==, 0xb4 / 255.0);
  g_assert_cmpfloat (alpha, ==, 0.08);

  bb_report_set_source_color (cr, BB_REPORT_COLOR_MUTED, 1);
  cairo_paint (cr);
  cairo_surface_flush (surface);
  pixel = *(guint32 *) cairo_image_surface_get_data (surface);
  g_assert_cmphex (pixel & 0xffffff, ==, 0x5e5e5e);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_assert_cmpfloat_with_epsilon (bb_report_get_margin (BB_REPORT_A4_WIDTH), 41.65, 1e-9);
}

static void
draw_broken (BbReport *report,
             cairo_t  *cr,
             gpointer  user_data)
{
  /* A restore without a save puts cairo in an error state, as running out of memory
   * would. */
  cairo_restore (cr);
}

static void
test_drawing_error (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (bb_report_write_pdf (fixture->file, BB_REPORT_A4_WIDTH, BB_REPORT_A4_HEIGHT,
                                       "Brudt", draw_broken, NULL, &error));
  g_assert_error (error, BB_REPORT_ERROR, BB_REPORT_ERROR_DRAWING);
  g_assert_cmpstr (error->message, ==, cairo_status_to_string (CAIRO_STATUS_INVALID_RESTORE));
  /* Nothing half-written is left behind. */
  g_assert_false (g_file_query_exists (fixture->file, NULL));
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_build_filename (fixture->folder, "missing", "report.pdf",
                                                     NULL);
  Pages pages = { 0 };

  g_assert_false (bb_report_write_pdf (file, BB_REPORT_A4_WIDTH, BB_REPORT_A4_HEIGHT,
                                       "Mangler", draw_paragraphs, &pages, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  /* The file could not be opened, so nothing was drawn. */
  g_assert_cmpuint (pages.n_pages, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/report/flow/place", test_flow_place);
  g_test_add ("/report/flow/pages", Fixture, NULL, fixture_set_up, test_pages, fixture_tear_down);
  g_test_add ("/report/text-in-pdf", Fixture, NULL,
              fixture_set_up, test_text_in_pdf, fixture_tear_down);
  g_test_add_func ("/report/block/markup", test_block_markup);
  g_test_add_func ("/report/block/fit", test_block_fit);
  g_test_add_func ("/report/block/fit-mixed", test_block_fit_mixed);
  g_test_add_func ("/report/layout", test_layout);
  g_test_add_func ("/report/colors", test_colors);
  g_test_add ("/report/drawing-error", Fixture, NULL,
              fixture_set_up, test_drawing_error, fixture_tear_down);
  g_test_add ("/report/missing-folder", Fixture, NULL,
              fixture_set_up, test_missing_folder, fixture_tear_down);

  return g_test_run ();
}
