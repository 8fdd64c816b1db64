/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-schedule.h"

G_DEFINE_BOXED_TYPE (BbSchedule, bb_schedule, bb_schedule_copy, bb_schedule_free)

BbSchedule *
bb_schedule_new (void)
{
  BbSchedule *self = g_new0 (BbSchedule, 1);

  self->interval = -1;
  return self;
}

BbSchedule *
bb_schedule_copy (const BbSchedule *self)
{
  BbSchedule *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = bb_schedule_new ();
  copy->id = g_strdup (self->id);
  copy->freq = g_strdup (self->freq);
  copy->interval = self->interval;
  copy->byday = g_strdup (self->byday);
  copy->bymonthday = g_strdup (self->bymonthday);
  copy->opens_at = g_strdup (self->opens_at);
  copy->closes_at = g_strdup (self->closes_at);
  copy->valid_from = g_strdup (self->valid_from);
  copy->valid_to = g_strdup (self->valid_to);
  copy->description = g_strdup (self->description);
  copy->notes = g_strdup (self->notes);
  copy->extra = g_strdup (self->extra);
  return copy;
}

void
bb_schedule_free (BbSchedule *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->freq);
  g_free (self->byday);
  g_free (self->bymonthday);
  g_free (self->opens_at);
  g_free (self->closes_at);
  g_free (self->valid_from);
  g_free (self->valid_to);
  g_free (self->description);
  g_free (self->notes);
  g_free (self->extra);
  g_free (self);
}

gboolean
bb_schedule_equal (const BbSchedule *a,
                   const BbSchedule *b)
{
  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->freq, b->freq) == 0 &&
         a->interval == b->interval &&
         g_strcmp0 (a->byday, b->byday) == 0 &&
         g_strcmp0 (a->bymonthday, b->bymonthday) == 0 &&
         g_strcmp0 (a->opens_at, b->opens_at) == 0 &&
         g_strcmp0 (a->closes_at, b->closes_at) == 0 &&
         g_strcmp0 (a->valid_from, b->valid_from) == 0 &&
         g_strcmp0 (a->valid_to, b->valid_to) == 0 &&
         g_strcmp0 (a->description, b->description) == 0 &&
         g_strcmp0 (a->notes, b->notes) == 0 &&
         g_strcmp0 (a->extra, b->extra) == 0;
}

char *
bb_schedule_to_string (const BbSchedule *self)
{
  GString *text;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->description != NULL)
    return g_strdup (self->description);

  text = g_string_new (NULL);
  if (self->byday != NULL)
    g_string_append (text, self->byday);
  else if (self->bymonthday != NULL)
    g_string_append (text, self->bymonthday);

  if (self->opens_at != NULL || self->closes_at != NULL)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, "%s–%s",
                              self->opens_at != NULL ? self->opens_at : "",
                              self->closes_at != NULL ? self->closes_at : "");
    }

  return g_string_free (text, FALSE);
}
