/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-leaflet.h"
#include "bb-leaflet-print.h"

struct _BbLeafletPrint
{
  GtkPrintOperation  parent_instance;

  BbOffer           *offer;
};

G_DEFINE_FINAL_TYPE (BbLeafletPrint, bb_leaflet_print, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_OFFER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The leaflet is laid out for A4; on other paper and inside the printer's margins it is
 * scaled down whole, so it looks the same everywhere. */
static void
bb_leaflet_print_draw_page (GtkPrintOperation *operation,
                            GtkPrintContext   *context,
                            int                page_nr)
{
  BbLeafletPrint *self = BB_LEAFLET_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale = MIN (width / BB_LEAFLET_A4_WIDTH, height / BB_LEAFLET_A4_HEIGHT);

  cairo_save (cr);
  cairo_translate (cr, (width - BB_LEAFLET_A4_WIDTH * scale) / 2, 0);
  cairo_scale (cr, scale, scale);
  bb_leaflet_draw (self->offer, cr, BB_LEAFLET_A4_WIDTH, BB_LEAFLET_A4_HEIGHT);
  cairo_restore (cr);
}

static void
bb_leaflet_print_constructed (GObject *object)
{
  BbLeafletPrint *self = BB_LEAFLET_PRINT (object);
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (object);
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  G_OBJECT_CLASS (bb_leaflet_print_parent_class)->constructed (object);

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, page_setup);

  gtk_print_operation_set_job_name (operation, bb_offer_get_title (self->offer));
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, FALSE);
}

static void
bb_leaflet_print_finalize (GObject *object)
{
  BbLeafletPrint *self = BB_LEAFLET_PRINT (object);

  g_clear_object (&self->offer);

  G_OBJECT_CLASS (bb_leaflet_print_parent_class)->finalize (object);
}

static void
bb_leaflet_print_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BbLeafletPrint *self = BB_LEAFLET_PRINT (object);

  switch (prop_id)
    {
    case PROP_OFFER:
      g_value_set_object (value, self->offer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_leaflet_print_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BbLeafletPrint *self = BB_LEAFLET_PRINT (object);

  switch (prop_id)
    {
    case PROP_OFFER:
      self->offer = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_leaflet_print_class_init (BbLeafletPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = bb_leaflet_print_constructed;
  object_class->finalize = bb_leaflet_print_finalize;
  object_class->get_property = bb_leaflet_print_get_property;
  object_class->set_property = bb_leaflet_print_set_property;

  operation_class->draw_page = bb_leaflet_print_draw_page;

  /**
   * BbLeafletPrint:offer:
   *
   * The offer whose leaflet is printed.
   */
  properties[PROP_OFFER] =
    g_param_spec_object ("offer", NULL, NULL,
                         BB_TYPE_OFFER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_leaflet_print_init (BbLeafletPrint *self)
{
}

/**
 * bb_leaflet_print_new:
 * @offer: the offer whose leaflet to print
 *
 * Returns: (transfer full): a print operation for one page, A4 portrait by default
 */
BbLeafletPrint *
bb_leaflet_print_new (BbOffer *offer)
{
  g_return_val_if_fail (BB_IS_OFFER (offer), NULL);

  return g_object_new (BB_TYPE_LEAFLET_PRINT, "offer", offer, NULL);
}
