/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "bb-file.h"
#include "bb-format.h"
#include "bb-leaflet.h"

#define FONT_FAMILY "Cantarell, sans-serif"

/* GNOME Blue 5: white text on it and text in it stay legible, also printed in grey. */
#define ACCENT_MARKUP "#1a5fb4"
#define ACCENT_R (0x1a / 255.0)
#define ACCENT_G (0x5f / 255.0)
#define ACCENT_B (0xb4 / 255.0)
#define TEXT_GREY (0x24 / 255.0)
#define MUTED_GREY (0x5e / 255.0)

/* Sizes in points at full scale. */
#define TITLE_SIZE 26.0
#define SUMMARY_SIZE 13.0
#define BODY_SIZE 11.5
#define FOOTER_SIZE 8.5
/* Space between blocks, and inside the provider's box, in points at full scale. */
#define BLOCK_GAP 24.0
#define BOX_PADDING 14.0

/* Type smaller than this is hard to read on paper: below it the description gives way. */
#define MIN_SCALE 0.7
#define SCALE_STEP 0.05
/* The description keeps its heading and a few lines even when the rest is long. */
#define DESCRIPTION_MIN_LINES 4

typedef struct
{
  BbOffer      *offer;
  PangoContext *context;
  double        width;
  double        height;
  double        margin;
  double        scale;

  /* Paragraphs of Pango markup, kept so that a block can be cut after any of them. */
  GPtrArray    *description_text;
  GPtrArray    *left_text;
  GPtrArray    *right_text;

  PangoLayout  *title;
  PangoLayout  *summary;
  PangoLayout  *description;
  PangoLayout  *left;
  PangoLayout  *right;
  PangoLayout  *provider;
  PangoLayout  *footer;
} Leaflet;

/* Where the blocks go, in points from the top of the page. */
typedef struct
{
  double band_height;
  double title_y;
  double summary_y;
  double description_y;
  double columns_y;
  double provider_y;
  double provider_height;
  double footer_y;
} Placement;

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} WriteClosure;

static GPtrArray *
block_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static void
block_add_markup (GPtrArray  *block,
                  const char *markup)
{
  g_ptr_array_add (block, g_strdup (markup));
}

static void
block_add_heading (GPtrArray  *block,
                   const char *heading)
{
  /* A little air above every heading but the first. */
  if (block->len > 0)
    block_add_markup (block, "<span size=\"x-small\"> </span>");
  g_ptr_array_add (block,
                   g_markup_printf_escaped ("<span weight=\"bold\" size=\"large\" "
                                            "foreground=\"" ACCENT_MARKUP "\">%s</span>",
                                            heading));
}

/* User text keeps its own line breaks, without blanks around it, also when written on
 * Windows. */
static void
block_add_text (GPtrArray  *block,
                const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_auto(GStrv) lines = g_strsplit (stripped, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (block, g_markup_escape_text (g_strchomp (lines[i]), -1));
}

static void
block_add_gap (GPtrArray *block)
{
  block_add_markup (block, "<span size=\"xx-small\"> </span>");
}

/* The first @n_paragraphs of @block; with @cut, "…" says that more follows. */
static char *
block_dup_markup (GPtrArray *block,
                  guint      n_paragraphs,
                  gboolean   cut)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; i < n_paragraphs; i++)
    {
      if (i > 0)
        g_string_append_c (markup, '\n');
      g_string_append (markup, g_ptr_array_index (block, i));
    }
  if (cut)
    g_string_append (markup, " …");

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static char *
dup_age_range (BbOffer *offer)
{
  int age_min = bb_offer_get_age_min (offer);
  int age_max = bb_offer_get_age_max (offer);

  if (age_min >= 0 && age_max >= 0)
    /* Translators: an age range, as in "15–25 years" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%d–%d year", "%d–%d years", age_max),
                            age_min, age_max);
  if (age_min >= 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "From %d year", "From %d years", age_min),
                            age_min);
  if (age_max >= 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Up to %d year", "Up to %d years", age_max),
                            age_max);
  return NULL;
}

static const char *
get_access_hint (BbAccess access)
{
  switch (access)
    {
    case BB_ACCESS_OPEN:
      return _("Just come by or call — no referral needed.");
    case BB_ACCESS_REFERRAL:
      return _("Ask your GP, school or adviser to refer you.");
    case BB_ACCESS_VISITATION:
      return _("The municipality decides after a conversation with you.");
    default:
      g_return_val_if_reached (NULL);
    }
}

static GPtrArray *
build_left_text (BbOffer *offer)
{
  GPtrArray *block = block_new ();
  g_autofree char *groups = bb_offer_dup_target_group_names (offer);
  g_autofree char *ages = dup_age_range (offer);
  g_autofree char *access = NULL;
  int weeks = bb_offer_get_waiting_weeks (offer);

  if (*groups != '\0' || ages != NULL)
    {
      block_add_heading (block, _("For whom"));
      if (*groups != '\0')
        block_add_text (block, groups);
      if (ages != NULL)
        block_add_text (block, ages);
    }

  block_add_heading (block, _("How to get in"));
  access = g_markup_printf_escaped ("<b>%s</b>", bb_access_get_label (bb_offer_get_access (offer)));
  block_add_markup (block, access);
  block_add_text (block, get_access_hint (bb_offer_get_access (offer)));

  if (weeks == 0)
    {
      block_add_text (block, _("No waiting time at the moment."));
    }
  else if (weeks > 0)
    {
      g_autofree char *waiting =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Waiting time: about %d week",
                                      "Waiting time: about %d weeks",
                                      weeks),
                         weeks);
      block_add_text (block, waiting);
    }

  return block;
}

static void
block_add_contact (GPtrArray *block,
                   BbContact *contact)
{
  g_autofree char *name = g_markup_printf_escaped ("<b>%s</b>", bb_contact_get_name (contact));
  const char *role = bb_contact_get_role (contact);

  block_add_markup (block, name);

  if (bb_contact_get_ambassador (contact))
    {
      g_autofree char *line = NULL;

      if (*role != '\0')
        line = g_markup_printf_escaped ("%s · <span foreground=\"" ACCENT_MARKUP "\">%s</span>",
                                        role, _("Ambassador"));
      else
        line = g_markup_printf_escaped ("<span foreground=\"" ACCENT_MARKUP "\">%s</span>",
                                        _("Ambassador"));
      block_add_markup (block, line);
    }
  else if (*role != '\0')
    {
      block_add_text (block, role);
    }

  if (*bb_contact_get_phone (contact) != '\0')
    block_add_text (block, bb_contact_get_phone (contact));
  if (*bb_contact_get_email (contact) != '\0')
    block_add_text (block, bb_contact_get_email (contact));
}

static GPtrArray *
build_right_text (BbOffer *offer)
{
  GPtrArray *block = block_new ();
  GListModel *contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  const char *location = bb_offer_get_location (offer);
  const char *hours = bb_offer_get_opening_hours (offer);
  guint n_contacts = g_list_model_get_n_items (contacts);

  if (*location != '\0' || *hours != '\0')
    {
      block_add_heading (block, _("Where and when"));
      if (*location != '\0')
        block_add_text (block, location);
      if (*hours != '\0')
        block_add_text (block, hours);
    }

  if (n_contacts > 0)
    {
      block_add_heading (block, _("Who to contact"));
      for (guint i = 0; i < n_contacts; i++)
        {
          g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

          if (i > 0)
            block_add_gap (block);
          block_add_contact (block, contact);
        }
    }

  return block;
}

static GPtrArray *
build_description_text (BbOffer *offer)
{
  GPtrArray *block = block_new ();
  g_autofree char *description = g_strstrip (g_strdup (bb_offer_get_description (offer)));

  if (*description != '\0')
    {
      block_add_heading (block, _("What it is"));
      block_add_text (block, description);
    }

  return block;
}

static char *
dup_provider_markup (BbOffer *offer)
{
  g_autoptr(GPtrArray) block = block_new ();
  g_autoptr(GPtrArray) reach = g_ptr_array_new ();
  BbProvider *provider = bb_offer_get_provider (offer);
  g_autofree char *name = NULL;

  if (provider == NULL || *bb_provider_get_name (provider) == '\0')
    return g_strdup ("");

  block_add_heading (block, _("Who runs it"));
  if (*bb_provider_get_department (provider) != '\0')
    name = g_markup_printf_escaped ("<b>%s</b> · %s",
                                    bb_provider_get_name (provider),
                                    bb_provider_get_department (provider));
  else
    name = g_markup_printf_escaped ("<b>%s</b>", bb_provider_get_name (provider));
  block_add_markup (block, name);

  if (*bb_provider_get_website (provider) != '\0')
    g_ptr_array_add (reach, (gpointer) bb_provider_get_website (provider));
  if (*bb_provider_get_phone (provider) != '\0')
    g_ptr_array_add (reach, (gpointer) bb_provider_get_phone (provider));
  if (*bb_provider_get_email (provider) != '\0')
    g_ptr_array_add (reach, (gpointer) bb_provider_get_email (provider));

  if (reach->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (reach, NULL);
      joined = g_strjoinv ("   ·   ", (char **) reach->pdata);
      block_add_text (block, joined);
    }

  return block_dup_markup (block, block->len, FALSE);
}

static char *
dup_footer_markup (BbOffer *offer)
{
  g_autofree char *date = bb_format_date (bb_offer_get_reviewed (offer));
  g_autofree char *text = NULL;

  if (date == NULL)
    return g_strdup ("");

  /* Translators: %s is a date, as in "Last reviewed 1 March 2024" */
  text = g_strdup_printf (_("Last reviewed %s"), date);
  return g_markup_escape_text (text, -1);
}

static PangoLayout *
new_layout (Leaflet    *self,
            const char *markup,
            double      size,
            double      width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  PangoLayout *layout;

  if (*markup == '\0')
    return NULL;

  pango_font_description_set_size (font, pango_units_from_double (size * self->scale));

  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, 1.15);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static void
limit_height (PangoLayout *layout,
              int          height)
{
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, height);
}

static double
get_layout_height (PangoLayout *layout)
{
  int height;

  if (layout == NULL)
    return 0;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static void
leaflet_clear_layouts (Leaflet *self)
{
  g_clear_object (&self->title);
  g_clear_object (&self->summary);
  g_clear_object (&self->description);
  g_clear_object (&self->left);
  g_clear_object (&self->right);
  g_clear_object (&self->provider);
  g_clear_object (&self->footer);
}

static double
get_content_width (Leaflet *self)
{
  return self->width - 2 * self->margin;
}

static double
get_column_gap (Leaflet *self)
{
  return 28 * self->scale;
}

static void
leaflet_build (Leaflet *self,
               double   scale)
{
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", bb_offer_get_title (self->offer));
  g_autofree char *summary = g_markup_escape_text (bb_offer_get_summary (self->offer), -1);
  g_autofree char *description = block_dup_markup (self->description_text,
                                                   self->description_text->len, FALSE);
  g_autofree char *left = block_dup_markup (self->left_text, self->left_text->len, FALSE);
  g_autofree char *right = block_dup_markup (self->right_text, self->right_text->len, FALSE);
  g_autofree char *provider = dup_provider_markup (self->offer);
  g_autofree char *footer = dup_footer_markup (self->offer);
  double width = get_content_width (self);
  double column_width;

  leaflet_clear_layouts (self);
  self->scale = scale;
  column_width = (width - get_column_gap (self)) / 2;

  self->title = new_layout (self, title, TITLE_SIZE, width);
  self->summary = new_layout (self, g_strstrip (summary), SUMMARY_SIZE, width);
  self->description = new_layout (self, description, BODY_SIZE, width);
  /* One column takes the whole width when the other has nothing to say. */
  self->left = new_layout (self, left, BODY_SIZE, *right != '\0' ? column_width : width);
  self->right = new_layout (self, right, BODY_SIZE, column_width);
  self->provider = new_layout (self, provider, BODY_SIZE, width - 2 * BOX_PADDING * scale);
  self->footer = new_layout (self, footer, FOOTER_SIZE, width);

  if (self->title != NULL)
    {
      pango_layout_set_line_spacing (self->title, 1.0);
      limit_height (self->title, -3);
    }
  if (self->summary != NULL)
    limit_height (self->summary, -5);
}

static double
get_columns_height (Leaflet *self)
{
  return MAX (get_layout_height (self->left), get_layout_height (self->right));
}

/* Everything but the description, from the top of the band down to the bottom margin. */
static void
leaflet_place (Leaflet   *self,
               Placement *place)
{
  double s = self->scale;
  double y = self->margin;
  double columns_end;

  place->title_y = y;
  y += get_layout_height (self->title);
  if (self->summary != NULL)
    {
      y += 8 * s;
      place->summary_y = y;
      y += get_layout_height (self->summary);
    }
  y += 0.7 * self->margin;
  place->band_height = y;

  place->description_y = y + BLOCK_GAP * s;

  place->footer_y = self->height - 0.6 * self->margin - get_layout_height (self->footer);
  columns_end = place->footer_y - BOX_PADDING * s;
  if (self->provider != NULL)
    {
      place->provider_height = get_layout_height (self->provider) + 2 * BOX_PADDING * s;
      place->provider_y = columns_end - place->provider_height;
      columns_end = place->provider_y - BLOCK_GAP * s;
    }
  place->columns_y = columns_end - get_columns_height (self);
}

/* The room the description has between the band and the columns. */
static double
get_description_room (Leaflet         *self,
                      const Placement *place)
{
  return place->columns_y - BLOCK_GAP * self->scale - place->description_y;
}

static double
get_description_min_height (Leaflet *self)
{
  PangoFontMetrics *metrics;
  double line;

  if (self->description == NULL)
    return 0;

  metrics = pango_context_get_metrics (self->context,
                                       pango_layout_get_font_description (self->description),
                                       NULL);
  line = pango_units_to_double (pango_font_metrics_get_height (metrics));
  pango_font_metrics_unref (metrics);

  return MIN (get_layout_height (self->description), DESCRIPTION_MIN_LINES * 1.3 * line);
}

/* Pango drops the paragraphs below a limited height but marks the cut with "…" only
 * inside a paragraph, and overshoots the limit a little with mixed sizes. So the block is
 * cut after the paragraph where the room ends, ends in "…" itself, and loses paragraphs
 * until it really fits. */
static void
cut_block (PangoLayout *layout,
           GPtrArray   *block,
           double       room)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  const char *text = pango_layout_get_text (layout);
  int end_index = 0;
  guint n_paragraphs = 0;

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      end_index = pango_layout_iter_get_index (iter);
      if (pango_units_to_double (logical.y + logical.height) > room)
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

  for (n_paragraphs = CLAMP (n_paragraphs, 1, block->len); ; n_paragraphs--)
    {
      g_autofree char *markup = NULL;

      /* "…" on a line of its own after a blank line would look lost. */
      while (n_paragraphs > 1 && *(char *) g_ptr_array_index (block, n_paragraphs - 1) == '\0')
        n_paragraphs--;

      markup = block_dup_markup (block, n_paragraphs, TRUE);
      pango_layout_set_markup (layout, markup, -1);
      limit_height (layout, pango_units_from_double (room));
      if (get_layout_height (layout) <= room || n_paragraphs == 1)
        break;
    }
}

/* Shrinks the type step by step until the columns leave the description a few lines,
 * then cuts the description to what is left. Only when the smallest type still does not
 * fit do the columns give up lines themselves. */
static void
leaflet_fit (Leaflet   *self,
             Placement *place)
{
  double room;

  for (int step = 0; ; step++)
    {
      double scale = 1.0 - step * SCALE_STEP;

      leaflet_build (self, scale);
      leaflet_place (self, place);

      if (get_description_room (self, place) >= get_description_min_height (self)
          || scale - SCALE_STEP < MIN_SCALE - 0.001)
        break;
    }

  room = get_description_room (self, place);
  if (room < get_description_min_height (self))
    {
      double missing = get_description_min_height (self) - room;
      double columns = MAX (get_columns_height (self) - missing, 0);

      if (get_layout_height (self->left) > columns)
        cut_block (self->left, self->left_text, columns);
      if (get_layout_height (self->right) > columns)
        cut_block (self->right, self->right_text, columns);
      leaflet_place (self, place);
      room = get_description_room (self, place);
    }

  if (get_layout_height (self->description) > room)
    cut_block (self->description, self->description_text, MAX (room, 0));

  /* A short description leaves the columns right below it, not at the foot of the page. */
  if (self->description != NULL)
    place->columns_y = place->description_y + get_layout_height (self->description)
                       + BLOCK_GAP * self->scale;
  else
    place->columns_y = place->description_y;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  if (layout == NULL)
    return;

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
leaflet_draw (Leaflet         *self,
              cairo_t         *cr,
              const Placement *place)
{
  double x = self->margin;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  cairo_set_source_rgb (cr, ACCENT_R, ACCENT_G, ACCENT_B);
  cairo_rectangle (cr, 0, 0, self->width, place->band_height);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 1, 1, 1);
  show_layout (cr, self->title, x, place->title_y);
  show_layout (cr, self->summary, x, place->summary_y);

  cairo_set_source_rgb (cr, TEXT_GREY, TEXT_GREY, TEXT_GREY);
  show_layout (cr, self->description, x, place->description_y);
  show_layout (cr, self->left, x, place->columns_y);
  show_layout (cr, self->right,
               x + (get_content_width (self) + get_column_gap (self)) / 2,
               place->columns_y);

  if (self->provider != NULL)
    {
      double padding = BOX_PADDING * self->scale;

      /* A light tint of the band's colour sets the provider apart without a frame. */
      cairo_set_source_rgba (cr, ACCENT_R, ACCENT_G, ACCENT_B, 0.08);
      cairo_rectangle (cr, x, place->provider_y, get_content_width (self), place->provider_height);
      cairo_fill (cr);

      cairo_set_source_rgb (cr, TEXT_GREY, TEXT_GREY, TEXT_GREY);
      show_layout (cr, self->provider, x + padding, place->provider_y + padding);
    }

  cairo_set_source_rgb (cr, MUTED_GREY, MUTED_GREY, MUTED_GREY);
  show_layout (cr, self->footer, x, place->footer_y);
}

static cairo_status_t
write_to_stream (void                *user_data,
                 const unsigned char *data,
                 unsigned int         length)
{
  WriteClosure *closure = user_data;

  if (closure->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (closure->stream, data, length, NULL, NULL, &closure->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
write_pdf (GOutputStream  *stream,
           gpointer        offer,
           GError        **error)
{
  WriteClosure closure = { stream, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &closure,
                                                 BB_LEAFLET_A4_WIDTH, BB_LEAFLET_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, bb_offer_get_title (offer));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Brobygger");

  cr = cairo_create (surface);
  bb_leaflet_draw (offer, cr, BB_LEAFLET_A4_WIDTH, BB_LEAFLET_A4_HEIGHT);
  status = cairo_status (cr);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (closure.error != NULL)
    {
      g_propagate_error (error, closure.error);
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The leaflet could not be drawn: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * bb_leaflet_draw:
 * @offer: the offer to present
 * @cr: where to draw, with user units in points
 * @width: the page width in points
 * @height: the page height in points
 *
 * Draws the leaflet of @offer on one page, in the UI language.
 */
void
bb_leaflet_draw (BbOffer *offer,
                 cairo_t *cr,
                 double   width,
                 double   height)
{
  PangoContext *context;
  cairo_font_options_t *options;
  Leaflet leaflet = { 0 };
  Placement place = { 0 };

  g_return_if_fail (BB_IS_OFFER (offer));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 0 && height > 0);

  context = pango_cairo_create_context (cr);
  /* Font sizes in points map one to one onto the page's units. */
  pango_cairo_context_set_resolution (context, 72);
  /* The same line breaks on screen, in the PDF and on any printer. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  leaflet.offer = offer;
  leaflet.context = context;
  leaflet.width = width;
  leaflet.height = height;
  leaflet.margin = 0.07 * width;
  leaflet.description_text = build_description_text (offer);
  leaflet.left_text = build_left_text (offer);
  leaflet.right_text = build_right_text (offer);

  cairo_save (cr);
  leaflet_fit (&leaflet, &place);
  leaflet_draw (&leaflet, cr, &place);
  leaflet_clear_layouts (&leaflet);
  g_ptr_array_unref (leaflet.description_text);
  g_ptr_array_unref (leaflet.left_text);
  g_ptr_array_unref (leaflet.right_text);
  cairo_restore (cr);

  g_object_unref (context);
}

/**
 * bb_leaflet_write_pdf:
 * @offer: the offer to present
 * @file: where to write the PDF
 * @error: return location for an error
 *
 * Writes the leaflet of @offer as a one-page A4 PDF. The file is replaced only once it is
 * complete: on error an existing file stays as it was and a new one is removed.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
bb_leaflet_write_pdf (BbOffer  *offer,
                      GFile    *file,
                      GError  **error)
{
  g_return_val_if_fail (BB_IS_OFFER (offer), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return bb_file_replace (file, write_pdf, offer, error);
}
