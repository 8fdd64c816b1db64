/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-read-only-banner.h"

struct _BbReadOnlyBanner
{
  GtkWidget    parent_instance;

  BbContext   *context;

  GtkRevealer *revealer;
  GtkLabel    *title_label;
  GtkLabel    *reason_label;
};

G_DEFINE_FINAL_TYPE (BbReadOnlyBanner, bb_read_only_banner, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
bb_read_only_get (BbContext *context)
{
  return context != NULL && bb_database_is_read_only (bb_context_get_database (context));
}

void
bb_read_only_disable_actions (GtkWidget          *widget,
                              BbContext          *context,
                              const char * const *actions)
{
  if (!bb_read_only_get (context))
    return;

  for (guint i = 0; actions[i] != NULL; i++)
    gtk_widget_action_set_enabled (widget, actions[i], FALSE);
}

static void
update (BbReadOnlyBanner *self)
{
  const char *reason = NULL;

  if (bb_read_only_get (self->context))
    reason = bb_database_get_read_only_reason (bb_context_get_database (self->context));

  gtk_label_set_text (self->reason_label, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), reason != NULL);
  gtk_revealer_set_reveal_child (self->revealer, bb_read_only_get (self->context));
}

static void
bb_read_only_banner_dispose (GObject *object)
{
  BbReadOnlyBanner *self = BB_READ_ONLY_BANNER (object);

  g_clear_object (&self->context);
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_READ_ONLY_BANNER);

  G_OBJECT_CLASS (bb_read_only_banner_parent_class)->dispose (object);
}

static void
bb_read_only_banner_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BbReadOnlyBanner *self = BB_READ_ONLY_BANNER (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_read_only_banner_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BbReadOnlyBanner *self = BB_READ_ONLY_BANNER (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      bb_read_only_banner_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_read_only_banner_class_init (BbReadOnlyBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_read_only_banner_dispose;
  object_class->get_property = bb_read_only_banner_get_property;
  object_class->set_property = bb_read_only_banner_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/common/bb-read-only-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, BbReadOnlyBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, BbReadOnlyBanner, title_label);
  gtk_widget_class_bind_template_child (widget_class, BbReadOnlyBanner, reason_label);
}

static void
bb_read_only_banner_init (BbReadOnlyBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
bb_read_only_banner_set_context (BbReadOnlyBanner *self,
                                 BbContext        *context)
{
  g_return_if_fail (BB_IS_READ_ONLY_BANNER (self));

  if (!g_set_object (&self->context, context))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

gboolean
bb_read_only_banner_get_revealed (BbReadOnlyBanner *self)
{
  g_return_val_if_fail (BB_IS_READ_ONLY_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}
