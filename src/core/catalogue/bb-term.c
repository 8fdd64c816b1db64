/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-term.h"

G_DEFINE_BOXED_TYPE (BbTerm, bb_term, bb_term_copy, bb_term_free)

BbTerm *
bb_term_new (const char *name)
{
  BbTerm *self = g_new0 (BbTerm, 1);

  self->name = g_strdup (name != NULL ? name : "");
  return self;
}

BbTerm *
bb_term_copy (const BbTerm *self)
{
  BbTerm *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = bb_term_new (self->name);
  copy->attribute_id = g_strdup (self->attribute_id);
  copy->id = g_strdup (self->id);
  copy->taxonomy = g_strdup (self->taxonomy);
  copy->code = g_strdup (self->code);
  copy->description = g_strdup (self->description);
  copy->extra = g_strdup (self->extra);
  return copy;
}

void
bb_term_free (BbTerm *self)
{
  if (self == NULL)
    return;

  g_free (self->attribute_id);
  g_free (self->id);
  g_free (self->taxonomy);
  g_free (self->code);
  g_free (self->name);
  g_free (self->description);
  g_free (self->extra);
  g_free (self);
}

gboolean
bb_term_equal (const BbTerm *a,
               const BbTerm *b)
{
  return g_strcmp0 (a->attribute_id, b->attribute_id) == 0 &&
         g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->taxonomy, b->taxonomy) == 0 &&
         g_strcmp0 (a->code, b->code) == 0 &&
         g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->description, b->description) == 0 &&
         g_strcmp0 (a->extra, b->extra) == 0;
}

char *
bb_term_to_string (const BbTerm *self)
{
  GString *text;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_new (NULL);
  if (self->taxonomy != NULL)
    g_string_append_printf (text, "%s: ", self->taxonomy);
  if (self->code != NULL)
    g_string_append_printf (text, "%s ", self->code);
  g_string_append (text, self->name);

  return g_string_free (text, FALSE);
}
