/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gi18n-lib.h>

#include "bb-phone.h"

G_DEFINE_BOXED_TYPE (BbPhone, bb_phone, bb_phone_copy, bb_phone_free)

BbPhone *
bb_phone_new (const char *number)
{
  BbPhone *self = g_new0 (BbPhone, 1);

  self->number = g_strdup (number != NULL ? number : "");
  self->extension = -1;
  return self;
}

BbPhone *
bb_phone_copy (const BbPhone *self)
{
  BbPhone *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = bb_phone_new (self->number);
  copy->id = g_strdup (self->id);
  copy->extension = self->extension;
  copy->type = g_strdup (self->type);
  copy->description = g_strdup (self->description);
  copy->extra = g_strdup (self->extra);
  return copy;
}

void
bb_phone_free (BbPhone *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->number);
  g_free (self->type);
  g_free (self->description);
  g_free (self->extra);
  g_free (self);
}

gboolean
bb_phone_equal (const BbPhone *a,
                const BbPhone *b)
{
  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->number, b->number) == 0 &&
         a->extension == b->extension &&
         g_strcmp0 (a->type, b->type) == 0 &&
         g_strcmp0 (a->description, b->description) == 0 &&
         g_strcmp0 (a->extra, b->extra) == 0;
}

char *
bb_phone_to_string (const BbPhone *self)
{
  GString *text;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_new (self->number);
  if (self->extension >= 0)
    /* TRANSLATORS: a phone number's extension, after the number */
    g_string_append_printf (text, _(", ext. %d"), (int) MIN (self->extension, G_MAXINT));
  if (self->type != NULL)
    g_string_append_printf (text, " (%s)", self->type);

  return g_string_free (text, FALSE);
}
