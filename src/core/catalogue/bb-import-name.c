/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A provider, target group or step that a file names and the catalogue lacks. */

#include "bb-import-private.h"

G_DEFINE_FINAL_TYPE (BbImportName, bb_import_name, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_NAME,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_import_name_finalize (GObject *object)
{
  BbImportName *self = (BbImportName *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->target);

  G_OBJECT_CLASS (bb_import_name_parent_class)->finalize (object);
}

static void
bb_import_name_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BbImportName *self = BB_IMPORT_NAME (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_TARGET:
      g_value_set_object (value, self->target);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_import_name_class_init (BbImportNameClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_import_name_finalize;
  object_class->get_property = bb_import_name_get_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      BB_IMPORT_NAME_PROVIDER, BB_IMPORT_NAME_STEP, BB_IMPORT_NAME_PROVIDER,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TARGET] =
    g_param_spec_object ("target", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_import_name_init (BbImportName *self)
{
}

BbImportName *
_bb_import_name_new (BbImportNameKind  kind,
                     const char       *name)
{
  BbImportName *self = g_object_new (BB_TYPE_IMPORT_NAME, NULL);

  self->kind = kind;
  self->name = g_strdup (name);
  return self;
}

gboolean
_bb_import_name_set_target (BbImportName *self,
                            GObject      *target)
{
  if (!g_set_object (&self->target, target))
    return FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
  return TRUE;
}

BbImportNameKind
bb_import_name_get_kind (BbImportName *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_NAME (self), BB_IMPORT_NAME_PROVIDER);

  return self->kind;
}

const char *
bb_import_name_get_name (BbImportName *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_NAME (self), NULL);

  return self->name;
}

GObject *
bb_import_name_get_target (BbImportName *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_NAME (self), NULL);

  return self->target;
}

gint64
bb_import_name_get_target_id (BbImportName *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_NAME (self), 0);

  if (self->target == NULL)
    return 0;
  if (BB_IS_PROVIDER (self->target))
    return bb_provider_get_id (BB_PROVIDER (self->target));
  if (BB_IS_TARGET_GROUP (self->target))
    return bb_target_group_get_id (BB_TARGET_GROUP (self->target));
  return bb_step_get_id (BB_STEP (self->target));
}

const char *
bb_import_name_get_target_name (BbImportName *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_NAME (self), NULL);

  if (self->target == NULL)
    return NULL;
  if (BB_IS_PROVIDER (self->target))
    return bb_provider_get_name (BB_PROVIDER (self->target));
  if (BB_IS_TARGET_GROUP (self->target))
    return bb_target_group_get_name (BB_TARGET_GROUP (self->target));
  return bb_step_get_name (BB_STEP (self->target));
}
