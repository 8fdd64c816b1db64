/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-clock.h"

struct _BbClock
{
  GObject    parent_instance;

  /* NULL for the system's clock. */
  GDateTime *fixed;
  /* The local time zone, looked up once: GLib reads it from the file system at every
   * g_time_zone_new_local (), and an import reads the clock for every row. */
  GTimeZone *zone;
};

G_DEFINE_FINAL_TYPE (BbClock, bb_clock, G_TYPE_OBJECT)

static void
bb_clock_finalize (GObject *object)
{
  BbClock *self = BB_CLOCK (object);

  g_clear_pointer (&self->fixed, g_date_time_unref);
  g_clear_pointer (&self->zone, g_time_zone_unref);

  G_OBJECT_CLASS (bb_clock_parent_class)->finalize (object);
}

static void
bb_clock_class_init (BbClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_clock_finalize;
}

static void
bb_clock_init (BbClock *self)
{
  self->zone = g_time_zone_new_local ();
}

BbClock *
bb_clock_new (void)
{
  return g_object_new (BB_TYPE_CLOCK, NULL);
}

BbClock *
bb_clock_new_fixed (GDateTime *now)
{
  BbClock *self;

  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (BB_TYPE_CLOCK, NULL);
  self->fixed = g_date_time_to_timezone (now, self->zone);
  return self;
}

GDateTime *
bb_clock_dup_now (BbClock *self)
{
  g_return_val_if_fail (BB_IS_CLOCK (self), NULL);

  if (self->fixed != NULL)
    return g_date_time_ref (self->fixed);

  return g_date_time_new_now (self->zone);
}

char *
bb_clock_dup_utc_timestamp (BbClock *self)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (BB_IS_CLOCK (self), NULL);

  utc = self->fixed != NULL ? g_date_time_to_utc (self->fixed) : g_date_time_new_now_utc ();

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

void
bb_clock_get_today (BbClock *self,
                    GDate   *date)
{
  g_autoptr(GDateTime) now = bb_clock_dup_now (self);

  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}
