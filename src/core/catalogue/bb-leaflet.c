/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-format.h"
#include "bb-leaflet.h"
#include "bb-report-text.h"

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
  BbOffer       *offer;
  PangoContext  *context;
  double         width;
  double         height;
  double         margin;
  double         scale;

  /* Kept apart from the layouts so that a block can be cut after any paragraph. */
  BbReportBlock *description_text;
  BbReportBlock *left_text;
  BbReportBlock *right_text;

  PangoLayout   *title;
  PangoLayout   *summary;
  PangoLayout   *status;
  PangoLayout   *description;
  PangoLayout   *left;
  PangoLayout   *right;
  PangoLayout   *provider;
  PangoLayout   *footer;
} Leaflet;

/* Where the blocks go, in points from the top of the page. */
typedef struct
{
  double       band_height;
  double       title_y;
  double       summary_y;
  double       status_y;
  double       description_y;
  double       columns_y;
  double       provider_y;
  double       provider_height;
  double       footer_y;
  /* What is left between the band and the columns: the description's room. */
  BbReportFlow flow;
} Placement;

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

/* What to do, said to the young person. NULL where the leaflet cannot promise a way
 * in: only open access is "no referral needed". */
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
      return NULL;
    }
}

/* A leaflet may be printed, or lie on a table, long after the offer stopped taking
 * people in: one that is not running says so at the top. NULL for an active offer. */
static const char *
get_status_notice (BbOfferStatus status)
{
  switch (status)
    {
    case BB_OFFER_STATUS_PLANNED:
      return _("This offer has not started yet.");
    case BB_OFFER_STATUS_PAUSED:
      return _("This offer is paused and takes no one in at the moment.");
    case BB_OFFER_STATUS_CLOSED:
      return _("This offer has closed and takes no one in.");
    case BB_OFFER_STATUS_ACTIVE:
    default:
      return NULL;
    }
}

/* The waiting time said to the young person; NULL when unknown. */
static char *
dup_waiting_text (int weeks)
{
  if (weeks == 0)
    return g_strdup (_("No waiting time at the moment."));
  if (weeks > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Waiting time: about %d week",
                                         "Waiting time: about %d weeks",
                                         weeks),
                            weeks);
  return NULL;
}

static BbReportBlock *
build_left_text (BbOffer *offer)
{
  BbReportBlock *block = bb_report_block_new ();
  const BbOfferDetails *details = bb_offer_get_details (offer);
  g_autofree char *groups = bb_offer_dup_target_group_names (offer);
  g_autofree char *ages = dup_age_range (offer);
  g_autofree char *access = NULL;
  g_autofree char *waiting = NULL;
  BbOfferStatus status = bb_offer_get_status (offer);
  /* An access route the file did not state is no promise to make to a young person:
   * only the provider's own words on how to get in are printed then. */
  gboolean stated = details->access_stated;
  const char *how = details->how_to_get_in != NULL && *details->how_to_get_in != '\0'
                    ? details->how_to_get_in : NULL;
  const char *hint = stated ? get_access_hint (bb_offer_get_access (offer)) : NULL;

  if (*groups != '\0' || ages != NULL)
    {
      bb_report_block_add_heading (block, _("For whom"));
      if (*groups != '\0')
        bb_report_block_add_text (block, groups);
      if (ages != NULL)
        bb_report_block_add_text (block, ages);
    }

  /* A closed offer has no way in to tell of, and a paused one none for now. */
  if (status == BB_OFFER_STATUS_CLOSED)
    return block;

  waiting = status != BB_OFFER_STATUS_PAUSED ? dup_waiting_text (bb_offer_get_waiting_weeks (offer)) : NULL;
  if (!stated && how == NULL && waiting == NULL)
    return block;

  bb_report_block_add_heading (block, _("How to get in"));
  if (stated)
    {
      access = bb_report_markup_bold (bb_access_get_label (bb_offer_get_access (offer)));
      bb_report_block_add_markup (block, access);
    }
  if (how != NULL)
    bb_report_block_add_text (block, how);
  if (status == BB_OFFER_STATUS_PAUSED)
    return block;

  if (hint != NULL)
    bb_report_block_add_text (block, hint);
  if (waiting != NULL)
    bb_report_block_add_text (block, waiting);

  return block;
}

static void
block_add_contact (BbReportBlock *block,
                   BbContact     *contact)
{
  g_autofree char *name = bb_report_markup_bold (bb_contact_get_name (contact));
  const char *role = bb_contact_get_role (contact);

  bb_report_block_add_markup (block, name);

  if (bb_contact_get_ambassador (contact))
    {
      g_autofree char *line = NULL;

      if (*role != '\0')
        line = g_markup_printf_escaped ("%s · <span foreground=\"" BB_REPORT_COLOR_ACCENT "\">"
                                        "%s</span>",
                                        role, _("Ambassador"));
      else
        line = g_markup_printf_escaped ("<span foreground=\"" BB_REPORT_COLOR_ACCENT "\">%s</span>",
                                        _("Ambassador"));
      bb_report_block_add_markup (block, line);
    }
  else if (*role != '\0')
    {
      bb_report_block_add_text (block, role);
    }

  if (*bb_contact_get_phone (contact) != '\0')
    bb_report_block_add_text (block, bb_contact_get_phone (contact));
  if (*bb_contact_get_email (contact) != '\0')
    bb_report_block_add_text (block, bb_contact_get_email (contact));
}

static BbReportBlock *
build_right_text (BbOffer *offer)
{
  BbReportBlock *block = bb_report_block_new ();
  GListModel *contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  const char *location = bb_offer_get_location (offer);
  const char *hours = bb_offer_get_opening_hours (offer);
  guint n_contacts = g_list_model_get_n_items (contacts);

  if (*location != '\0' || *hours != '\0')
    {
      bb_report_block_add_heading (block, _("Where and when"));
      if (*location != '\0')
        bb_report_block_add_text (block, location);
      if (*hours != '\0')
        bb_report_block_add_text (block, hours);
    }

  if (n_contacts > 0)
    {
      bb_report_block_add_heading (block, _("Who to contact"));
      for (guint i = 0; i < n_contacts; i++)
        {
          g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

          if (i > 0)
            bb_report_block_add_gap (block);
          block_add_contact (block, contact);
        }
    }

  return block;
}

static BbReportBlock *
build_description_text (BbOffer *offer)
{
  BbReportBlock *block = bb_report_block_new ();
  g_autofree char *description = g_strstrip (g_strdup (bb_offer_get_description (offer)));

  if (*description != '\0')
    {
      bb_report_block_add_heading (block, _("What it is"));
      bb_report_block_add_text (block, description);
    }

  return block;
}

static char *
dup_provider_markup (BbOffer *offer)
{
  g_autoptr(BbReportBlock) block = bb_report_block_new ();
  g_autoptr(GPtrArray) reach = g_ptr_array_new ();
  BbProvider *provider = bb_offer_get_provider (offer);
  g_autofree char *name = NULL;

  if (provider == NULL || *bb_provider_get_name (provider) == '\0')
    return g_strdup ("");

  bb_report_block_add_heading (block, _("Who runs it"));
  if (*bb_provider_get_department (provider) != '\0')
    name = g_markup_printf_escaped ("<b>%s</b> · %s",
                                    bb_provider_get_name (provider),
                                    bb_provider_get_department (provider));
  else
    name = bb_report_markup_bold (bb_provider_get_name (provider));
  bb_report_block_add_markup (block, name);

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
      bb_report_block_add_text (block, joined);
    }

  return bb_report_block_dup_markup (block);
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

static void
leaflet_clear_layouts (Leaflet *self)
{
  g_clear_object (&self->title);
  g_clear_object (&self->summary);
  g_clear_object (&self->status);
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
  g_autofree char *title = bb_report_markup_bold (bb_offer_get_title (self->offer));
  g_autofree char *summary = g_markup_escape_text (bb_offer_get_summary (self->offer), -1);
  const char *notice = get_status_notice (bb_offer_get_status (self->offer));
  g_autofree char *status = notice != NULL ? bb_report_markup_bold (notice) : g_strdup ("");
  g_autofree char *description = bb_report_block_dup_markup (self->description_text);
  g_autofree char *left = bb_report_block_dup_markup (self->left_text);
  g_autofree char *right = bb_report_block_dup_markup (self->right_text);
  g_autofree char *provider = dup_provider_markup (self->offer);
  g_autofree char *footer = dup_footer_markup (self->offer);
  PangoContext *context = self->context;
  double width = get_content_width (self);
  double column_width;

  leaflet_clear_layouts (self);
  self->scale = scale;
  column_width = (width - get_column_gap (self)) / 2;

  self->title = bb_report_layout_new (context, title, TITLE_SIZE * scale, width);
  self->summary = bb_report_layout_new (context, g_strstrip (summary), SUMMARY_SIZE * scale, width);
  self->status = bb_report_layout_new (context, status, SUMMARY_SIZE * scale, width);
  self->description = bb_report_layout_new (context, description, BODY_SIZE * scale, width);
  /* One column takes the whole width when the other has nothing to say. */
  self->left = bb_report_layout_new (context, left, BODY_SIZE * scale,
                                     *right != '\0' ? column_width : width);
  self->right = bb_report_layout_new (context, right, BODY_SIZE * scale, column_width);
  self->provider = bb_report_layout_new (context, provider, BODY_SIZE * scale,
                                         width - 2 * BOX_PADDING * scale);
  self->footer = bb_report_layout_new (context, footer, FOOTER_SIZE * scale, width);

  if (self->title != NULL)
    {
      pango_layout_set_line_spacing (self->title, 1.0);
      bb_report_layout_limit_lines (self->title, 3);
    }
  if (self->summary != NULL)
    bb_report_layout_limit_lines (self->summary, 5);
}

static double
get_columns_height (Leaflet *self)
{
  return MAX (bb_report_layout_get_height (self->left), bb_report_layout_get_height (self->right));
}

/* Everything but the description: the band from the top of the page, the footer in the
 * bottom margin and the provider and the columns above it. */
static void
leaflet_place (Leaflet   *self,
               Placement *place)
{
  BbReportFlow *flow = &place->flow;
  double s = self->scale;

  bb_report_flow_init (flow, self->margin, self->height - 0.6 * self->margin);

  place->title_y = bb_report_flow_place (flow, bb_report_layout_get_height (self->title));
  if (self->summary != NULL)
    {
      bb_report_flow_skip (flow, 8 * s);
      place->summary_y = bb_report_flow_place (flow, bb_report_layout_get_height (self->summary));
    }
  if (self->status != NULL)
    {
      bb_report_flow_skip (flow, 8 * s);
      place->status_y = bb_report_flow_place (flow, bb_report_layout_get_height (self->status));
    }
  bb_report_flow_skip (flow, 0.7 * self->margin);
  place->band_height = bb_report_flow_get_y (flow);
  bb_report_flow_skip (flow, BLOCK_GAP * s);
  place->description_y = bb_report_flow_get_y (flow);

  place->footer_y = bb_report_flow_place_bottom (flow, bb_report_layout_get_height (self->footer));
  bb_report_flow_skip_bottom (flow, BOX_PADDING * s);
  if (self->provider != NULL)
    {
      place->provider_height = bb_report_layout_get_height (self->provider) + 2 * BOX_PADDING * s;
      place->provider_y = bb_report_flow_place_bottom (flow, place->provider_height);
      bb_report_flow_skip_bottom (flow, BLOCK_GAP * s);
    }
  place->columns_y = bb_report_flow_place_bottom (flow, get_columns_height (self));
  bb_report_flow_skip_bottom (flow, BLOCK_GAP * s);
}

static double
get_description_min_height (Leaflet *self)
{
  double line = bb_report_layout_get_line_height (self->description);

  return MIN (bb_report_layout_get_height (self->description), DESCRIPTION_MIN_LINES * 1.3 * line);
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

      if (bb_report_flow_fits (&place->flow, get_description_min_height (self))
          || scale - SCALE_STEP < MIN_SCALE - 0.001)
        break;
    }

  if (!bb_report_flow_fits (&place->flow, get_description_min_height (self)))
    {
      double missing = get_description_min_height (self) - bb_report_flow_get_room (&place->flow);
      double columns = MAX (get_columns_height (self) - missing, 0);

      if (bb_report_layout_get_height (self->left) > columns)
        bb_report_block_fit (self->left_text, self->left, columns);
      if (bb_report_layout_get_height (self->right) > columns)
        bb_report_block_fit (self->right_text, self->right, columns);
      leaflet_place (self, place);
    }

  room = bb_report_flow_get_room (&place->flow);
  if (self->description != NULL && bb_report_layout_get_height (self->description) > room)
    bb_report_block_fit (self->description_text, self->description, MAX (room, 0));

  /* A short description leaves the columns right below it, not at the foot of the page. */
  if (self->description != NULL)
    place->columns_y = place->description_y + bb_report_layout_get_height (self->description)
                       + BLOCK_GAP * self->scale;
  else
    place->columns_y = place->description_y;
}

static void
leaflet_draw (Leaflet         *self,
              cairo_t         *cr,
              const Placement *place)
{
  double x = self->margin;

  bb_report_set_source_color (cr, BB_REPORT_COLOR_PAPER, 1);
  cairo_paint (cr);

  bb_report_set_source_color (cr, BB_REPORT_COLOR_ACCENT, 1);
  cairo_rectangle (cr, 0, 0, self->width, place->band_height);
  cairo_fill (cr);

  bb_report_set_source_color (cr, BB_REPORT_COLOR_PAPER, 1);
  bb_report_show_layout (cr, self->title, x, place->title_y);
  bb_report_show_layout (cr, self->summary, x, place->summary_y);
  bb_report_show_layout (cr, self->status, x, place->status_y);

  bb_report_set_source_color (cr, BB_REPORT_COLOR_TEXT, 1);
  bb_report_show_layout (cr, self->description, x, place->description_y);
  bb_report_show_layout (cr, self->left, x, place->columns_y);
  bb_report_show_layout (cr, self->right,
                         x + (get_content_width (self) + get_column_gap (self)) / 2,
                         place->columns_y);

  if (self->provider != NULL)
    {
      double padding = BOX_PADDING * self->scale;

      /* A light tint of the band's colour sets the provider apart without a frame. */
      bb_report_set_source_color (cr, BB_REPORT_COLOR_ACCENT, 0.08);
      cairo_rectangle (cr, x, place->provider_y, get_content_width (self), place->provider_height);
      cairo_fill (cr);

      bb_report_set_source_color (cr, BB_REPORT_COLOR_TEXT, 1);
      bb_report_show_layout (cr, self->provider, x + padding, place->provider_y + padding);
    }

  bb_report_set_source_color (cr, BB_REPORT_COLOR_MUTED, 1);
  bb_report_show_layout (cr, self->footer, x, place->footer_y);
}

static void
draw_page (BbReport *report,
           cairo_t  *cr,
           gpointer  offer)
{
  bb_leaflet_draw (offer, cr, BB_LEAFLET_A4_WIDTH, BB_LEAFLET_A4_HEIGHT);
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
  Leaflet leaflet = { 0 };
  Placement place = { 0 };

  g_return_if_fail (BB_IS_OFFER (offer));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 0 && height > 0);

  leaflet.offer = offer;
  leaflet.context = bb_report_create_pango_context (cr);
  leaflet.width = width;
  leaflet.height = height;
  leaflet.margin = bb_report_get_margin (width);
  leaflet.description_text = build_description_text (offer);
  leaflet.left_text = build_left_text (offer);
  leaflet.right_text = build_right_text (offer);

  cairo_save (cr);
  leaflet_fit (&leaflet, &place);
  leaflet_draw (&leaflet, cr, &place);
  leaflet_clear_layouts (&leaflet);
  bb_report_block_free (leaflet.description_text);
  bb_report_block_free (leaflet.left_text);
  bb_report_block_free (leaflet.right_text);
  cairo_restore (cr);

  g_object_unref (leaflet.context);
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
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (BB_IS_OFFER (offer), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (bb_report_write_pdf (file, BB_LEAFLET_A4_WIDTH, BB_LEAFLET_A4_HEIGHT,
                           bb_offer_get_title (offer), draw_page, offer, &local_error))
    return TRUE;

  if (g_error_matches (local_error, BB_REPORT_ERROR, BB_REPORT_ERROR_DRAWING))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("The leaflet could not be drawn: %s"), local_error->message);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));

  return FALSE;
}
