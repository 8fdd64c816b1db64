/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gi18n-lib.h>

#include "bb-contact.h"
#include "bb-text.h"

struct _BbContact
{
  GObject   parent_instance;

  gint64    id;
  char     *uuid;
  char     *name;
  char     *role;
  char     *phone;
  char     *email;
  gboolean  ambassador;
};

G_DEFINE_FINAL_TYPE (BbContact, bb_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_ROLE,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_AMBASSADOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_contact_finalize (GObject *object)
{
  BbContact *self = (BbContact *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);

  G_OBJECT_CLASS (bb_contact_parent_class)->finalize (object);
}

static void
bb_contact_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BbContact *self = BB_CONTACT (object);

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

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_AMBASSADOR:
      g_value_set_boolean (value, self->ambassador);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_contact_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BbContact *self = BB_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      bb_contact_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      bb_contact_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      bb_contact_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      bb_contact_set_role (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      bb_contact_set_phone (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      bb_contact_set_email (self, g_value_get_string (value));
      break;

    case PROP_AMBASSADOR:
      bb_contact_set_ambassador (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_contact_class_init (BbContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_contact_finalize;
  object_class->get_property = bb_contact_get_property;
  object_class->set_property = bb_contact_set_property;

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

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_AMBASSADOR] =
    g_param_spec_boolean ("ambassador", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_contact_init (BbContact *self)
{
  self->uuid = g_uuid_string_random ();
  self->name = g_strdup ("");
  self->role = g_strdup ("");
  self->phone = g_strdup ("");
  self->email = g_strdup ("");
}

BbContact *
bb_contact_new (const char *name)
{
  return g_object_new (BB_TYPE_CONTACT,
                       "name", name,
                       NULL);
}

/**
 * bb_contact_copy:
 *
 * Returns: (transfer full): a new contact with the same id, uuid and fields
 */
BbContact *
bb_contact_copy (BbContact *self)
{
  BbContact *copy;

  g_return_val_if_fail (BB_IS_CONTACT (self), NULL);

  copy = g_object_new (BB_TYPE_CONTACT, NULL);
  copy->id = self->id;
  bb_text_set (&copy->uuid, self->uuid);
  bb_text_set (&copy->name, self->name);
  bb_text_set (&copy->role, self->role);
  bb_text_set (&copy->phone, self->phone);
  bb_text_set (&copy->email, self->email);
  copy->ambassador = self->ambassador;

  return copy;
}

gint64
bb_contact_get_id (BbContact *self)
{
  g_return_val_if_fail (BB_IS_CONTACT (self), 0);

  return self->id;
}

void
bb_contact_set_id (BbContact *self,
                   gint64     id)
{
  g_return_if_fail (BB_IS_CONTACT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
bb_contact_get_uuid (BbContact *self)
{
  g_return_val_if_fail (BB_IS_CONTACT (self), NULL);

  return self->uuid;
}

void
bb_contact_set_uuid (BbContact  *self,
                     const char *uuid)
{
  g_return_if_fail (BB_IS_CONTACT (self));

  if (bb_text_set (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
bb_contact_get_name (BbContact *self)
{
  g_return_val_if_fail (BB_IS_CONTACT (self), NULL);

  return self->name;
}

void
bb_contact_set_name (BbContact  *self,
                     const char *name)
{
  g_return_if_fail (BB_IS_CONTACT (self));

  if (bb_text_set (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
bb_contact_get_role (BbContact *self)
{
  g_return_val_if_fail (BB_IS_CONTACT (self), NULL);

  return self->role;
}

void
bb_contact_set_role (BbContact  *self,
                     const char *role)
{
  g_return_if_fail (BB_IS_CONTACT (self));

  if (bb_text_set (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
bb_contact_get_phone (BbContact *self)
{
  g_return_val_if_fail (BB_IS_CONTACT (self), NULL);

  return self->phone;
}

void
bb_contact_set_phone (BbContact  *self,
                      const char *phone)
{
  g_return_if_fail (BB_IS_CONTACT (self));

  if (bb_text_set (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
bb_contact_get_email (BbContact *self)
{
  g_return_val_if_fail (BB_IS_CONTACT (self), NULL);

  return self->email;
}

void
bb_contact_set_email (BbContact  *self,
                      const char *email)
{
  g_return_if_fail (BB_IS_CONTACT (self));

  if (bb_text_set (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

gboolean
bb_contact_get_ambassador (BbContact *self)
{
  g_return_val_if_fail (BB_IS_CONTACT (self), FALSE);

  return self->ambassador;
}

void
bb_contact_set_ambassador (BbContact *self,
                           gboolean   ambassador)
{
  g_return_if_fail (BB_IS_CONTACT (self));

  ambassador = !!ambassador;

  if (self->ambassador == ambassador)
    return;

  self->ambassador = ambassador;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMBASSADOR]);
}

/**
 * bb_contact_to_string:
 *
 * Returns: (transfer full): "Name, role, phone, e-mail (ambassador)" without the
 *   empty parts
 */
char *
bb_contact_to_string (BbContact *self)
{
  const char *parts[4];
  GString *str;

  g_return_val_if_fail (BB_IS_CONTACT (self), NULL);

  parts[0] = self->name;
  parts[1] = self->role;
  parts[2] = self->phone;
  parts[3] = self->email;
  str = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i][0] == '\0')
        continue;

      if (str->len > 0)
        g_string_append (str, ", ");
      g_string_append (str, parts[i]);
    }

  if (self->ambassador)
    {
      if (str->len > 0)
        g_string_append_c (str, ' ');
      g_string_append_printf (str, "(%s)", _("ambassador"));
    }

  return g_string_free (str, FALSE);
}
