/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bb-courses-private.h"
#include "bb-measure.h"

struct _BbMeasure
{
  GObject       parent_instance;

  gint64        id;
  char         *uuid;
  gint64        course_id;
  gint64        meeting_id;
  BbInstrument *instrument;
  char         *date;
  BbRespondent  respondent;
  char         *note;
  GArray       *items;
  GArray       *scores;
  int           age;
};

G_DEFINE_FINAL_TYPE (BbMeasure, bb_measure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_INSTRUMENT,
  PROP_SCORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_measure_finalize (GObject *object)
{
  BbMeasure *self = BB_MEASURE (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_object (&self->instrument);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->scores, g_array_unref);

  G_OBJECT_CLASS (bb_measure_parent_class)->finalize (object);
}

static void
bb_measure_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BbMeasure *self = BB_MEASURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_INSTRUMENT:
      g_value_set_object (value, self->instrument);
      break;

    case PROP_SCORE:
      g_value_set_double (value, bb_measure_get_score (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_measure_class_init (BbMeasureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  /* Rows are reloaded after every write, so these never notify. */
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = bb_measure_finalize;
  object_class->get_property = bb_measure_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_INSTRUMENT] = g_param_spec_object ("instrument", NULL, NULL, BB_TYPE_INSTRUMENT, flags);
  properties[PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_measure_init (BbMeasure *self)
{
  self->uuid = g_uuid_string_random ();
  self->note = g_strdup ("");
  self->items = g_array_new (FALSE, FALSE, sizeof (double));
  self->scores = g_array_new (FALSE, FALSE, sizeof (double));
  self->age = -1;
}

BbMeasure *
bb_measure_new (gint64        course_id,
                BbInstrument *instrument,
                const char   *date)
{
  BbMeasure *self;

  g_return_val_if_fail (BB_IS_INSTRUMENT (instrument), NULL);

  self = g_object_new (BB_TYPE_MEASURE, NULL);
  self->course_id = course_id;
  self->instrument = g_object_ref (instrument);
  bb_measure_set_date (self, date);
  return self;
}

#define TEXT_ACCESSORS(field, setter) \
  _BB_COURSES_TEXT_ACCESSORS (BbMeasure, bb_measure, BB_IS_MEASURE, field, setter)

TEXT_ACCESSORS (uuid, bb_text_set)
TEXT_ACCESSORS (date, _bb_courses_set_optional)
TEXT_ACCESSORS (note, bb_text_set)

#undef TEXT_ACCESSORS

gint64
bb_measure_get_id (BbMeasure *self)
{
  g_return_val_if_fail (BB_IS_MEASURE (self), 0);

  return self->id;
}

void
bb_measure_set_id (BbMeasure *self,
                   gint64     id)
{
  g_return_if_fail (BB_IS_MEASURE (self));

  self->id = id;
}

gint64
bb_measure_get_course_id (BbMeasure *self)
{
  g_return_val_if_fail (BB_IS_MEASURE (self), 0);

  return self->course_id;
}

gint64
bb_measure_get_meeting_id (BbMeasure *self)
{
  g_return_val_if_fail (BB_IS_MEASURE (self), 0);

  return self->meeting_id;
}

void
bb_measure_set_meeting_id (BbMeasure *self,
                           gint64     meeting_id)
{
  g_return_if_fail (BB_IS_MEASURE (self));

  self->meeting_id = meeting_id;
}

BbInstrument *
bb_measure_get_instrument (BbMeasure *self)
{
  g_return_val_if_fail (BB_IS_MEASURE (self), NULL);

  return self->instrument;
}

BbRespondent
bb_measure_get_respondent (BbMeasure *self)
{
  g_return_val_if_fail (BB_IS_MEASURE (self), BB_RESPONDENT_SELF);

  return self->respondent;
}

void
bb_measure_set_respondent (BbMeasure    *self,
                           BbRespondent  respondent)
{
  g_return_if_fail (BB_IS_MEASURE (self));
  g_return_if_fail ((guint) respondent < BB_RESPONDENT_COUNT);

  self->respondent = respondent;
}

int
bb_measure_get_age (BbMeasure *self)
{
  g_return_val_if_fail (BB_IS_MEASURE (self), -1);

  return self->age;
}

void
bb_measure_set_age (BbMeasure *self,
                    int        age)
{
  g_return_if_fail (BB_IS_MEASURE (self));

  self->age = age;
}

gboolean
bb_measure_set_items (BbMeasure     *self,
                      const double  *items,
                      guint          n_items,
                      GError       **error)
{
  guint n_scales;
  g_autofree double *scores = NULL;

  g_return_val_if_fail (BB_IS_MEASURE (self), FALSE);

  n_scales = bb_instrument_get_n_scales (self->instrument);
  scores = g_new0 (double, n_scales);
  if (!bb_instrument_score (self->instrument, items, n_items, scores, error))
    return FALSE;

  g_array_set_size (self->items, 0);
  g_array_append_vals (self->items, items, n_items);
  g_array_set_size (self->scores, 0);
  g_array_append_vals (self->scores, scores, n_scales);
  return TRUE;
}

const double *
bb_measure_get_items (BbMeasure *self,
                      guint     *n_items)
{
  g_return_val_if_fail (BB_IS_MEASURE (self), NULL);

  if (n_items != NULL)
    *n_items = self->items->len;

  return (const double *) self->items->data;
}

double
bb_measure_get_scale_score (BbMeasure *self,
                            guint      scale)
{
  g_return_val_if_fail (BB_IS_MEASURE (self), NAN);

  if (scale >= self->scores->len)
    return NAN;

  return g_array_index (self->scores, double, scale);
}

double
bb_measure_get_score (BbMeasure *self)
{
  g_return_val_if_fail (BB_IS_MEASURE (self), NAN);

  return bb_measure_get_scale_score (self, bb_instrument_get_main_scale (self->instrument));
}

const BbInstrumentCutoff *
bb_measure_get_mark (BbMeasure *self,
                     guint      scale)
{
  g_return_val_if_fail (BB_IS_MEASURE (self), NULL);

  if (scale >= self->scores->len)
    return NULL;

  return bb_instrument_classify (self->instrument, scale, bb_measure_get_scale_score (self, scale),
                                 self->respondent, self->age);
}

gboolean
bb_measure_validate (BbMeasure  *self,
                     GError    **error)
{
  g_return_val_if_fail (BB_IS_MEASURE (self), FALSE);

  if (self->course_id <= 0)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("A measure belongs to a course."));
      return FALSE;
    }

  if (!_bb_courses_check_date (C_("course field", "Date of the measure"), self->date, TRUE, error))
    return FALSE;

  if (self->scores->len == 0)
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   _("Enter the answers to %s first."), bb_instrument_get_name (self->instrument));
      return FALSE;
    }

  if (!bb_instrument_accepts_respondent (self->instrument, self->respondent))
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   _("%s is not answered by “%s”."), bb_instrument_get_name (self->instrument),
                   bb_respondent_get_label (self->respondent));
      return FALSE;
    }

  return _bb_courses_check_text (C_("course field", "Note on the measure"), self->note, error);
}
