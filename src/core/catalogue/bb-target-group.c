/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-target-group.h"
#include "bb-text.h"

struct _BbTargetGroup
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  char    *name;
  int      position;
};

G_DEFINE_FINAL_TYPE (BbTargetGroup, bb_target_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_target_group_finalize (GObject *object)
{
  BbTargetGroup *self = (BbTargetGroup *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (bb_target_group_parent_class)->finalize (object);
}

static void
bb_target_group_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BbTargetGroup *self = BB_TARGET_GROUP (object);

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

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_target_group_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BbTargetGroup *self = BB_TARGET_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      bb_target_group_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      bb_target_group_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      bb_target_group_set_name (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      bb_target_group_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_target_group_class_init (BbTargetGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_target_group_finalize;
  object_class->get_property = bb_target_group_get_property;
  object_class->set_property = bb_target_group_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_target_group_init (BbTargetGroup *self)
{
  self->uuid = g_uuid_string_random ();
  self->name = g_strdup ("");
}

BbTargetGroup *
bb_target_group_new (const char *name)
{
  return g_object_new (BB_TYPE_TARGET_GROUP,
                       "name", name,
                       NULL);
}

/**
 * bb_target_group_copy:
 *
 * Returns: (transfer full): a new target group with the same id, uuid and fields
 */
BbTargetGroup *
bb_target_group_copy (BbTargetGroup *self)
{
  BbTargetGroup *copy;

  g_return_val_if_fail (BB_IS_TARGET_GROUP (self), NULL);

  copy = g_object_new (BB_TYPE_TARGET_GROUP, NULL);
  copy->id = self->id;
  bb_text_set (&copy->uuid, self->uuid);
  bb_text_set (&copy->name, self->name);
  copy->position = self->position;

  return copy;
}

gint64
bb_target_group_get_id (BbTargetGroup *self)
{
  g_return_val_if_fail (BB_IS_TARGET_GROUP (self), 0);

  return self->id;
}

void
bb_target_group_set_id (BbTargetGroup *self,
                        gint64         id)
{
  g_return_if_fail (BB_IS_TARGET_GROUP (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
bb_target_group_get_uuid (BbTargetGroup *self)
{
  g_return_val_if_fail (BB_IS_TARGET_GROUP (self), NULL);

  return self->uuid;
}

void
bb_target_group_set_uuid (BbTargetGroup *self,
                          const char    *uuid)
{
  g_return_if_fail (BB_IS_TARGET_GROUP (self));

  if (bb_text_set (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
bb_target_group_get_name (BbTargetGroup *self)
{
  g_return_val_if_fail (BB_IS_TARGET_GROUP (self), NULL);

  return self->name;
}

void
bb_target_group_set_name (BbTargetGroup *self,
                          const char    *name)
{
  g_return_if_fail (BB_IS_TARGET_GROUP (self));

  if (bb_text_set (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
bb_target_group_get_position (BbTargetGroup *self)
{
  g_return_val_if_fail (BB_IS_TARGET_GROUP (self), 0);

  return self->position;
}

void
bb_target_group_set_position (BbTargetGroup *self,
                              int            position)
{
  g_return_if_fail (BB_IS_TARGET_GROUP (self));
  g_return_if_fail (position >= 0);

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}
