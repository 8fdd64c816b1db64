/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-demo-banner.h"

struct _BbDemoBanner
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *title_label;
#if ADW_CHECK_VERSION (1, 3, 0)
  AdwBanner   *banner;
#endif
};

G_DEFINE_FINAL_TYPE (BbDemoBanner, bb_demo_banner, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_demo_banner_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_DEMO_BANNER);

  G_OBJECT_CLASS (bb_demo_banner_parent_class)->dispose (object);
}

static void
bb_demo_banner_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BbDemoBanner *self = BB_DEMO_BANNER (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      g_value_set_boolean (value, bb_demo_banner_get_revealed (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_demo_banner_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BbDemoBanner *self = BB_DEMO_BANNER (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      bb_demo_banner_set_revealed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_demo_banner_class_init (BbDemoBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_demo_banner_dispose;
  object_class->get_property = bb_demo_banner_get_property;
  object_class->set_property = bb_demo_banner_set_property;

  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/demo/bb-demo-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, BbDemoBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, BbDemoBanner, title_label);
}

static void
bb_demo_banner_init (BbDemoBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#if ADW_CHECK_VERSION (1, 3, 0)
  /* AdwBanner holds one button: Leave stays in the main menu (Demonstration Mode). */
  self->banner = ADW_BANNER (adw_banner_new (gtk_label_get_label (self->title_label)));
  adw_banner_set_button_label (self->banner, _("_Reset Demonstration Data"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->banner), "win.demo-reset");
  gtk_widget_set_visible (GTK_WIDGET (self->revealer), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->banner), GTK_WIDGET (self));
#endif
}

void
bb_demo_banner_set_revealed (BbDemoBanner *self,
                             gboolean      revealed)
{
  g_return_if_fail (BB_IS_DEMO_BANNER (self));

  revealed = !!revealed;
  if (bb_demo_banner_get_revealed (self) == revealed)
    return;

#if ADW_CHECK_VERSION (1, 3, 0)
  adw_banner_set_revealed (self->banner, revealed);
#else
  gtk_revealer_set_reveal_child (self->revealer, revealed);
#endif
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

gboolean
bb_demo_banner_get_revealed (BbDemoBanner *self)
{
  g_return_val_if_fail (BB_IS_DEMO_BANNER (self), FALSE);

#if ADW_CHECK_VERSION (1, 3, 0)
  return adw_banner_get_revealed (self->banner);
#else
  return gtk_revealer_get_reveal_child (self->revealer);
#endif
}

const char *
bb_demo_banner_get_title (BbDemoBanner *self)
{
  g_return_val_if_fail (BB_IS_DEMO_BANNER (self), NULL);

  return gtk_label_get_label (self->title_label);
}
