/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-format.h"
#include "bb-text.h"
#include "bb-step.h"

struct _BbStep
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  int      level;
  char    *name;
  char    *description;
};

G_DEFINE_FINAL_TYPE (BbStep, bb_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_LEVEL,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_step_finalize (GObject *object)
{
  BbStep *self = (BbStep *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (bb_step_parent_class)->finalize (object);
}

static void
bb_step_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  BbStep *self = BB_STEP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_step_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  BbStep *self = BB_STEP (object);

  switch (prop_id)
    {
    case PROP_ID:
      bb_step_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      bb_step_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_LEVEL:
      bb_step_set_level (self, g_value_get_int (value));
      break;

    case PROP_NAME:
      bb_step_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      bb_step_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_step_class_init (BbStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_step_finalize;
  object_class->get_property = bb_step_get_property;
  object_class->set_property = bb_step_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_step_init (BbStep *self)
{
  self->uuid = g_uuid_string_random ();
  self->name = g_strdup ("");
  self->description = g_strdup ("");
}

BbStep *
bb_step_new (int         level,
             const char *name)
{
  return g_object_new (BB_TYPE_STEP,
                       "level", level,
                       "name", name,
                       NULL);
}

/**
 * bb_step_copy:
 *
 * Returns: (transfer full): a new step with the same id, uuid and fields
 */
BbStep *
bb_step_copy (BbStep *self)
{
  BbStep *copy;

  g_return_val_if_fail (BB_IS_STEP (self), NULL);

  copy = g_object_new (BB_TYPE_STEP, NULL);
  copy->id = self->id;
  bb_text_set (&copy->uuid, self->uuid);
  copy->level = self->level;
  bb_text_set (&copy->name, self->name);
  bb_text_set (&copy->description, self->description);

  return copy;
}

gint64
bb_step_get_id (BbStep *self)
{
  g_return_val_if_fail (BB_IS_STEP (self), 0);

  return self->id;
}

void
bb_step_set_id (BbStep *self,
                gint64  id)
{
  g_return_if_fail (BB_IS_STEP (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
bb_step_get_uuid (BbStep *self)
{
  g_return_val_if_fail (BB_IS_STEP (self), NULL);

  return self->uuid;
}

void
bb_step_set_uuid (BbStep     *self,
                  const char *uuid)
{
  g_return_if_fail (BB_IS_STEP (self));

  if (bb_text_set (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

int
bb_step_get_level (BbStep *self)
{
  g_return_val_if_fail (BB_IS_STEP (self), 0);

  return self->level;
}

void
bb_step_set_level (BbStep *self,
                   int     level)
{
  g_return_if_fail (BB_IS_STEP (self));
  g_return_if_fail (level >= 0);

  if (self->level == level)
    return;

  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

const char *
bb_step_get_name (BbStep *self)
{
  g_return_val_if_fail (BB_IS_STEP (self), NULL);

  return self->name;
}

void
bb_step_set_name (BbStep     *self,
                  const char *name)
{
  g_return_if_fail (BB_IS_STEP (self));

  if (bb_text_set (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
bb_step_get_description (BbStep *self)
{
  g_return_val_if_fail (BB_IS_STEP (self), NULL);

  return self->description;
}

void
bb_step_set_description (BbStep     *self,
                         const char *description)
{
  g_return_if_fail (BB_IS_STEP (self));

  if (bb_text_set (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * bb_step_dup_display_name:
 *
 * Returns: (transfer full): the level and the name, as every screen shows a step
 */
char *
bb_step_dup_display_name (BbStep *self)
{
  g_return_val_if_fail (BB_IS_STEP (self), NULL);

  return bb_format_step (self->level, self->name);
}
