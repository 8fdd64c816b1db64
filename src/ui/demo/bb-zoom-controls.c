/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-text-scale.h"
#include "bb-zoom-controls.h"

struct _BbZoomControls
{
  GtkWidget  parent_instance;

  GSettings *settings;
  /* Bound so that disposing the template unparents it. */
  GtkWidget *box;
  GtkButton *reset_button;
};

G_DEFINE_FINAL_TYPE (BbZoomControls, bb_zoom_controls, GTK_TYPE_WIDGET)

static void
update_label (BbZoomControls *self)
{
  int percent = (int) round (bb_text_scale_get (self->settings) * 100);
  /* Translators: the text size in the main menu, "100%" */
  g_autofree char *label = g_strdup_printf (_("%d%%"), percent);

  gtk_button_set_label (self->reset_button, label);
}

static void
bb_zoom_controls_dispose (GObject *object)
{
  BbZoomControls *self = BB_ZOOM_CONTROLS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_ZOOM_CONTROLS);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bb_zoom_controls_parent_class)->dispose (object);
}

static void
bb_zoom_controls_class_init (BbZoomControlsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_zoom_controls_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/demo/bb-zoom-controls.ui");
  gtk_widget_class_bind_template_child (widget_class, BbZoomControls, box);
  gtk_widget_class_bind_template_child (widget_class, BbZoomControls, reset_button);
}

static void
bb_zoom_controls_init (BbZoomControls *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbZoomControls *
bb_zoom_controls_new (GSettings *settings)
{
  BbZoomControls *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (BB_TYPE_ZOOM_CONTROLS, NULL);
  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::text-scale", G_CALLBACK (update_label),
                           self, G_CONNECT_SWAPPED);
  update_label (self);
  return self;
}
