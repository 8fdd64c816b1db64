/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-adviser.h"
#include "bb-courses-private.h"

struct _BbAdviser
{
  GObject       parent_instance;

  gint64        id;
  char         *uuid;
  char         *name;
  BbProfession  profession;
  gboolean      active;
};

G_DEFINE_FINAL_TYPE (BbAdviser, bb_adviser, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_PROFESSION,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_adviser_finalize (GObject *object)
{
  BbAdviser *self = BB_ADVISER (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (bb_adviser_parent_class)->finalize (object);
}

static void
bb_adviser_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BbAdviser *self = BB_ADVISER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PROFESSION:
      g_value_set_int (value, self->profession);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_adviser_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BbAdviser *self = BB_ADVISER (object);

  switch (prop_id)
    {
    case PROP_ID:
      bb_adviser_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      bb_adviser_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      bb_adviser_set_name (self, g_value_get_string (value));
      break;

    case PROP_PROFESSION:
      bb_adviser_set_profession (self, g_value_get_int (value));
      break;

    case PROP_ACTIVE:
      bb_adviser_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_adviser_class_init (BbAdviserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = bb_adviser_finalize;
  object_class->get_property = bb_adviser_get_property;
  object_class->set_property = bb_adviser_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_PROFESSION] = g_param_spec_int ("profession", NULL, NULL,
                                                  0, BB_PROFESSION_COUNT - 1, BB_PROFESSION_OTHER, flags);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_adviser_init (BbAdviser *self)
{
  self->uuid = g_uuid_string_random ();
  self->name = g_strdup ("");
  self->profession = BB_PROFESSION_OTHER;
  self->active = TRUE;
}

BbAdviser *
bb_adviser_new (const char *name)
{
  return g_object_new (BB_TYPE_ADVISER, "name", name, NULL);
}

gint64
bb_adviser_get_id (BbAdviser *self)
{
  g_return_val_if_fail (BB_IS_ADVISER (self), 0);

  return self->id;
}

void
bb_adviser_set_id (BbAdviser *self,
                   gint64     id)
{
  g_return_if_fail (BB_IS_ADVISER (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
bb_adviser_get_uuid (BbAdviser *self)
{
  g_return_val_if_fail (BB_IS_ADVISER (self), NULL);

  return self->uuid;
}

void
bb_adviser_set_uuid (BbAdviser  *self,
                     const char *uuid)
{
  g_return_if_fail (BB_IS_ADVISER (self));
  g_return_if_fail (uuid != NULL);

  if (bb_text_set (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
bb_adviser_get_name (BbAdviser *self)
{
  g_return_val_if_fail (BB_IS_ADVISER (self), NULL);

  return self->name;
}

void
bb_adviser_set_name (BbAdviser  *self,
                     const char *name)
{
  g_return_if_fail (BB_IS_ADVISER (self));

  if (bb_text_set (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

BbProfession
bb_adviser_get_profession (BbAdviser *self)
{
  g_return_val_if_fail (BB_IS_ADVISER (self), BB_PROFESSION_OTHER);

  return self->profession;
}

void
bb_adviser_set_profession (BbAdviser    *self,
                           BbProfession  profession)
{
  g_return_if_fail (BB_IS_ADVISER (self));
  g_return_if_fail ((guint) profession < BB_PROFESSION_COUNT);

  if (self->profession == profession)
    return;

  self->profession = profession;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFESSION]);
}

gboolean
bb_adviser_get_active (BbAdviser *self)
{
  g_return_val_if_fail (BB_IS_ADVISER (self), FALSE);

  return self->active;
}

void
bb_adviser_set_active (BbAdviser *self,
                       gboolean   active)
{
  g_return_if_fail (BB_IS_ADVISER (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}
