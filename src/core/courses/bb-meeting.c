/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-courses-private.h"
#include "bb-meeting.h"

struct _BbMeeting
{
  GObject        parent_instance;

  gint64         id;
  char          *uuid;
  gint64         course_id;
  char          *date;
  char          *time;
  BbMeetingKind  kind;
  char          *participants;
  int            duration;
  char          *notes;
  gboolean       no_show;
  int            rating;
};

G_DEFINE_FINAL_TYPE (BbMeeting, bb_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_TIME,
  PROP_KIND,
  PROP_NO_SHOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_meeting_finalize (GObject *object)
{
  BbMeeting *self = BB_MEETING (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->time, g_free);
  g_clear_pointer (&self->participants, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (bb_meeting_parent_class)->finalize (object);
}

static void
bb_meeting_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BbMeeting *self = BB_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;

    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_NO_SHOW:
      g_value_set_boolean (value, self->no_show);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_meeting_class_init (BbMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  /* Timeline rows are reloaded after every write, so these never notify. */
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = bb_meeting_finalize;
  object_class->get_property = bb_meeting_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_TIME] = g_param_spec_string ("time", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, BB_MEETING_KIND_COUNT - 1, 0, flags);
  properties[PROP_NO_SHOW] = g_param_spec_boolean ("no-show", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_meeting_init (BbMeeting *self)
{
  self->uuid = g_uuid_string_random ();
  self->participants = g_strdup ("");
  self->notes = g_strdup ("");
  self->duration = -1;
  self->rating = -1;
}

BbMeeting *
bb_meeting_new (gint64         course_id,
                BbMeetingKind  kind,
                const char    *date)
{
  BbMeeting *self = g_object_new (BB_TYPE_MEETING, NULL);

  self->course_id = course_id;
  bb_meeting_set_kind (self, kind);
  bb_meeting_set_date (self, date);
  return self;
}

#define TEXT_ACCESSORS(field, setter) \
  _BB_COURSES_TEXT_ACCESSORS (BbMeeting, bb_meeting, BB_IS_MEETING, field, setter)

TEXT_ACCESSORS (uuid, bb_text_set)
TEXT_ACCESSORS (date, _bb_courses_set_optional)
TEXT_ACCESSORS (time, _bb_courses_set_optional)
TEXT_ACCESSORS (participants, bb_text_set)
TEXT_ACCESSORS (notes, bb_text_set)

#undef TEXT_ACCESSORS

#define NUMBER_ACCESSORS(Kind, field) \
  Kind \
  bb_meeting_get_##field (BbMeeting *self) \
  { \
    g_return_val_if_fail (BB_IS_MEETING (self), 0); \
    return self->field; \
  } \
  \
  void \
  bb_meeting_set_##field (BbMeeting *self, \
                          Kind       value) \
  { \
    g_return_if_fail (BB_IS_MEETING (self)); \
    self->field = value; \
  }

NUMBER_ACCESSORS (gint64, id)
NUMBER_ACCESSORS (gint64, course_id)
NUMBER_ACCESSORS (int, duration)
NUMBER_ACCESSORS (int, rating)

#undef NUMBER_ACCESSORS

BbMeetingKind
bb_meeting_get_kind (BbMeeting *self)
{
  g_return_val_if_fail (BB_IS_MEETING (self), BB_MEETING_ADVISORY);

  return self->kind;
}

void
bb_meeting_set_kind (BbMeeting     *self,
                     BbMeetingKind  kind)
{
  g_return_if_fail (BB_IS_MEETING (self));
  g_return_if_fail ((guint) kind < BB_MEETING_KIND_COUNT);

  self->kind = kind;
}

gboolean
bb_meeting_get_no_show (BbMeeting *self)
{
  g_return_val_if_fail (BB_IS_MEETING (self), FALSE);

  return self->no_show;
}

void
bb_meeting_set_no_show (BbMeeting *self,
                        gboolean   no_show)
{
  g_return_if_fail (BB_IS_MEETING (self));

  self->no_show = !!no_show;
}

static gboolean
valid_time (const char *time)
{
  return strlen (time) == 5 && g_ascii_isdigit (time[0]) && g_ascii_isdigit (time[1]) &&
         time[2] == ':' && g_ascii_isdigit (time[3]) && g_ascii_isdigit (time[4]) &&
         (time[0] - '0') * 10 + (time[1] - '0') < 24 && time[3] < '6';
}

gboolean
bb_meeting_validate (BbMeeting    *self,
                     const GDate  *today,
                     GError      **error)
{
  char iso[16] = "";

  g_return_val_if_fail (BB_IS_MEETING (self), FALSE);

  if (self->course_id <= 0)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("A meeting belongs to a course."));
      return FALSE;
    }

  if (!_bb_courses_check_date (C_("course field", "Date of the meeting"), self->date, TRUE, error))
    return FALSE;

  if (self->time != NULL && !valid_time (self->time))
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("The time of the meeting is not a time; write it as HH:MM, e.g. 14:05."));
      return FALSE;
    }

  if (self->duration == 0 || self->duration < -1 || self->duration > 24 * 60)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("The duration of the meeting must be between 1 and 1440 minutes."));
      return FALSE;
    }

  if (self->rating == 0 || self->rating < -1 || self->rating > 5)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("The young person’s rating must be between 1 and 5."));
      return FALSE;
    }

  if (self->no_show && self->rating != -1)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("A meeting the young person did not come to cannot have their rating."));
      return FALSE;
    }

  if (today != NULL)
    _bb_courses_format_date (today, iso);
  if (*iso != '\0' && strcmp (self->date, iso) > 0 && (self->no_show || self->rating != -1))
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("The meeting lies after today: it cannot be missed or rated yet."));
      return FALSE;
    }

  return _bb_courses_check_text (C_("course field", "Participants"), self->participants, error) &&
         _bb_courses_check_text (C_("course field", "Notes on the meeting"), self->notes, error);
}
