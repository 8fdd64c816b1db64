/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-plan-section.h"

typedef struct
{
  guint save_source;
} BbPlanSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BbPlanSection, bb_plan_section, BB_TYPE_PAGE_SECTION)

/* Long enough not to write every key, short enough that nothing waits for long. */
#define SAVE_DELAY_MS 700

enum
{
  PROP_0,
  PROP_PLAN_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_item_id_notify (BbPlanSection *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
}

/* The plan sections' typed vfuncs, called by the page section. */
static void
bb_plan_section_page_refresh (BbPageSection *section)
{
  BbPlanSection *self = BB_PLAN_SECTION (section);

  if (BB_PLAN_SECTION_GET_CLASS (self)->refresh != NULL)
    BB_PLAN_SECTION_GET_CLASS (self)->refresh (self);
}

static gboolean
bb_plan_section_watches (BbPageSection *section,
                         const char    *domain)
{
  const char * const *domains = BB_PLAN_SECTION_GET_CLASS (section)->watch_domains;

  return domains != NULL && g_strv_contains (domains, domain);
}

static void
bb_plan_section_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PLAN_ID:
      g_value_set_int64 (value, bb_page_section_get_item_id (BB_PAGE_SECTION (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_plan_section_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_PLAN_ID:
      /* What was typed belongs to the plan shown until now. */
      bb_plan_section_save_now (BB_PLAN_SECTION (object));
      g_object_set_property (object, "item-id", value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_plan_section_dispose (GObject *object)
{
  bb_plan_section_save_now (BB_PLAN_SECTION (object));

  G_OBJECT_CLASS (bb_plan_section_parent_class)->dispose (object);
}

static void
bb_plan_section_class_init (BbPlanSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  BbPageSectionClass *page_class = BB_PAGE_SECTION_CLASS (klass);

  object_class->dispose = bb_plan_section_dispose;
  object_class->get_property = bb_plan_section_get_property;
  object_class->set_property = bb_plan_section_set_property;

  page_class->refresh = bb_plan_section_page_refresh;
  page_class->watches = bb_plan_section_watches;

  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_plan_section_init (BbPlanSection *self)
{
  g_signal_connect (self, "notify::item-id", G_CALLBACK (on_item_id_notify), NULL);
}

BbContext *
bb_plan_section_get_context (BbPlanSection *self)
{
  g_return_val_if_fail (BB_IS_PLAN_SECTION (self), NULL);

  return bb_page_section_get_context (BB_PAGE_SECTION (self));
}

gint64
bb_plan_section_get_plan_id (BbPlanSection *self)
{
  g_return_val_if_fail (BB_IS_PLAN_SECTION (self), 0);

  return bb_page_section_get_item_id (BB_PAGE_SECTION (self));
}

BbPlanRepository *
bb_plan_section_get_plans (BbPlanSection *self)
{
  BbContext *context;

  g_return_val_if_fail (BB_IS_PLAN_SECTION (self), NULL);

  context = bb_page_section_get_context (BB_PAGE_SECTION (self));
  return context != NULL ? bb_context_get_plans (context) : NULL;
}

void
bb_plan_section_show_error (BbPlanSection *self,
                            const GError  *error)
{
  g_return_if_fail (BB_IS_PLAN_SECTION (self));

  bb_page_section_show_error (GTK_WIDGET (self), error);
}

void
bb_plan_section_add_toast (BbPlanSection *self,
                           AdwToast      *toast)
{
  g_return_if_fail (BB_IS_PLAN_SECTION (self));

  bb_page_section_add_toast (GTK_WIDGET (self), toast);
}

static gboolean
save_timeout (gpointer user_data)
{
  BbPlanSection *self = BB_PLAN_SECTION (user_data);
  BbPlanSectionPrivate *priv = bb_plan_section_get_instance_private (self);

  priv->save_source = 0;
  if (BB_PLAN_SECTION_GET_CLASS (self)->save != NULL)
    BB_PLAN_SECTION_GET_CLASS (self)->save (self);
  return G_SOURCE_REMOVE;
}

void
bb_plan_section_queue_save (BbPlanSection *self)
{
  BbPlanSectionPrivate *priv = bb_plan_section_get_instance_private (self);

  g_return_if_fail (BB_IS_PLAN_SECTION (self));

  g_clear_handle_id (&priv->save_source, g_source_remove);
  priv->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout, self);
}

void
bb_plan_section_save_now (BbPlanSection *self)
{
  BbPlanSectionPrivate *priv = bb_plan_section_get_instance_private (self);

  g_return_if_fail (BB_IS_PLAN_SECTION (self));

  if (priv->save_source == 0)
    return;
  g_clear_handle_id (&priv->save_source, g_source_remove);
  save_timeout (self);
}

gboolean
bb_plan_section_get_save_queued (BbPlanSection *self)
{
  BbPlanSectionPrivate *priv = bb_plan_section_get_instance_private (self);

  g_return_val_if_fail (BB_IS_PLAN_SECTION (self), FALSE);

  return priv->save_source != 0;
}

void
bb_plan_section_save_on_leave (BbPlanSection *self,
                               GtkWidget     *field)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_return_if_fail (BB_IS_PLAN_SECTION (self));

  g_signal_connect_object (focus, "leave", G_CALLBACK (bb_plan_section_save_now), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (field, focus);
}
