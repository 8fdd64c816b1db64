/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "bb-format.h"
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

/* Rendering for people */

static const char * const day_keys[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

/* Lower case where the language writes day names so ("mandag"); the line is
 * capitalised once it is put together. */
static const char *
day_name (int day)
{
  static const char * const names[] = {
    NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
    NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
    NC_("weekday", "Sunday"),
  };

  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday", names[day]);
}

/* The days of "MO,TU,WE" as a mask of bits, Monday the lowest; -1 when it holds
 * something else ("1MO", a typo): then the text is shown as written. */
static int
parse_days (const char *byday)
{
  g_auto(GStrv) parts = g_strsplit (byday, ",", -1);
  int mask = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);
      int day;

      for (day = 0; day < 7; day++)
        if (g_ascii_strcasecmp (part, day_keys[day]) == 0)
          break;
      if (day == 7)
        return -1;
      mask |= 1 << day;
    }

  return mask;
}

/* Runs of three days or more as a range ("Monday–Friday"), the rest one by one. */
static void
append_days (GString *text,
             int      mask)
{
  int day = 0;

  while (day < 7)
    {
      int end = day;

      if (!(mask & (1 << day)))
        {
          day++;
          continue;
        }

      while (end + 1 < 7 && (mask & (1 << (end + 1))))
        end++;

      if (text->len > 0)
        g_string_append (text, ", ");
      if (end - day >= 2)
        /* Translators: a range of weekdays, "Monday–Friday" */
        g_string_append_printf (text, C_("weekdays", "%s–%s"), day_name (day), day_name (end));
      else
        {
          g_string_append (text, day_name (day));
          if (end > day)
            g_string_append_printf (text, ", %s", day_name (end));
        }
      day = end + 1;
    }
}

/* "09:00" as "9", "09:30" as "9:30" (or as the language writes times); NULL for
 * text that is no time, which is then shown as written. */
static char *
format_time (const char *time)
{
  int hours, minutes;

  if (sscanf (time, "%2d:%2d", &hours, &minutes) != 2 || hours < 0 || hours > 24
      || minutes < 0 || minutes > 59)
    return g_strdup (time);

  if (minutes == 0)
    return g_strdup_printf ("%d", hours);

  /* Translators: a time of day, hours and minutes: "9:30" (Danish "9.30") */
  return g_strdup_printf (C_("time of day", "%d:%02d"), hours, minutes);
}

static void
append_hours (GString          *text,
              const BbSchedule *self)
{
  g_autofree char *opens = self->opens_at != NULL ? format_time (self->opens_at) : NULL;
  g_autofree char *closes = self->closes_at != NULL ? format_time (self->closes_at) : NULL;

  if (opens == NULL && closes == NULL)
    return;

  if (text->len > 0)
    g_string_append_c (text, ' ');
  if (opens != NULL && closes != NULL)
    /* Translators: opening hours, "9–17" */
    g_string_append_printf (text, C_("hours", "%s–%s"), opens, closes);
  else if (opens != NULL)
    /* Translators: opening hours with no closing time */
    g_string_append_printf (text, _("from %s"), opens);
  else
    g_string_append_printf (text, _("until %s"), closes);
}

static void
append_recurrence (GString          *text,
                   const BbSchedule *self)
{
  gboolean monthly = g_strcmp0 (self->freq, "MONTHLY") == 0;
  int mask = self->byday != NULL ? parse_days (self->byday) : 0;

  if (self->interval > 1)
    g_string_append_printf (text,
                            monthly
                            ? g_dngettext (GETTEXT_PACKAGE, "Every %d month:", "Every %d months:",
                                           self->interval)
                            : g_dngettext (GETTEXT_PACKAGE, "Every %d week:", "Every %d weeks:",
                                           self->interval),
                            (int) self->interval);

  if (mask < 0)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", self->byday);
  else if (mask > 0)
    {
      g_autoptr(GString) days = g_string_new (NULL);

      append_days (days, mask);
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", days->str);
    }
  else if (self->bymonthday != NULL)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: %s is a list of days of the month, "1,15" */
      g_string_append_printf (text, _("on day %s of the month"), self->bymonthday);
    }
}

static void
append_validity (GString          *text,
                 const BbSchedule *self)
{
  g_autofree char *from = self->valid_from != NULL ? bb_format_date (self->valid_from) : NULL;
  g_autofree char *to = self->valid_to != NULL ? bb_format_date (self->valid_to) : NULL;

  if (from == NULL && to == NULL)
    return;

  if (text->len > 0)
    g_string_append_c (text, ' ');
  if (from != NULL && to != NULL)
    /* Translators: the dates opening hours hold between */
    g_string_append_printf (text, _("(%s – %s)"), from, to);
  else if (from != NULL)
    g_string_append_printf (text, _("(from %s)"), from);
  else
    g_string_append_printf (text, _("(until %s)"), to);
}

/* The first letter in upper case: "mandag–fredag" begins a line. */
static char *
capitalise (GString *text)
{
  g_autofree char *rest = NULL;
  gunichar first;
  char buffer[8] = { 0, };

  if (text->len == 0)
    return g_string_free (text, TRUE);

  first = g_utf8_get_char (text->str);
  rest = g_strdup (g_utf8_next_char (text->str));
  g_unichar_to_utf8 (g_unichar_totitle (first), buffer);
  g_string_assign (text, buffer);
  g_string_append (text, rest);
  return g_string_free (text, FALSE);
}

char *
bb_schedule_format (const BbSchedule *self)
{
  GString *text;
  g_autofree char *line = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_new (NULL);
  append_recurrence (text, self);
  append_hours (text, self);
  append_validity (text, self);
  line = capitalise (text);

  /* Notes belong to the hours they follow ("Friday 9–14 – chat closes at 13:30"); a
   * description is a paragraph of its own. */
  text = g_string_new (line);
  if (self->notes != NULL && *self->notes != '\0')
    g_string_append_printf (text, "%s%s", text->len > 0 ? " – " : "", self->notes);
  if (self->description != NULL && *self->description != '\0')
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", self->description);

  return g_string_free (text, text->len == 0);
}

char *
bb_schedules_format (GPtrArray *schedules)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (schedules != NULL, NULL);

  for (guint i = 0; i < schedules->len; i++)
    {
      g_autofree char *line = bb_schedule_format (g_ptr_array_index (schedules, i));

      if (line != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", line);
    }

  return g_string_free (text, text->len == 0);
}
