/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bb-instrument-private.h"

/* Scores are sums of items with at most one decimal: more is floating-point noise. */
#define SCORE_PRECISION 10000.0

G_DEFINE_FINAL_TYPE (BbInstrument, bb_instrument, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_scale (gpointer data)
{
  InstrumentScale *scale = data;

  g_clear_pointer (&scale->items, g_array_unref);
  g_clear_pointer (&scale->parts, g_array_unref);
}

static void
bb_instrument_finalize (GObject *object)
{
  BbInstrument *self = BB_INSTRUMENT (object);

  g_clear_pointer (&self->root, json_node_unref);
  g_clear_pointer (&self->json, g_free);
  g_clear_pointer (&self->reverse, g_array_unref);
  g_clear_pointer (&self->item_labels, g_ptr_array_unref);
  g_clear_pointer (&self->scales, g_array_unref);
  g_clear_pointer (&self->cutoffs, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_instrument_parent_class)->finalize (object);
}

static void
bb_instrument_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BbInstrument *self = BB_INSTRUMENT (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_instrument_class_init (BbInstrumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = bb_instrument_finalize;
  object_class->get_property = bb_instrument_get_property;

  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_instrument_init (BbInstrument *self)
{
  self->reverse = g_array_new (FALSE, FALSE, sizeof (guint));
  self->item_labels = g_ptr_array_new ();
  self->scales = g_array_new (FALSE, TRUE, sizeof (InstrumentScale));
  g_array_set_clear_func (self->scales, clear_scale);
  self->cutoffs = g_ptr_array_new_with_free_func (g_free);
}

/* ---- what it is ------------------------------------------------------ */

const char *
bb_instrument_get_json (BbInstrument *self)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), NULL);

  return self->json;
}

const char *
bb_instrument_get_key (BbInstrument *self)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), NULL);

  return self->key;
}

const char *
bb_instrument_get_name (BbInstrument *self)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), NULL);

  return self->name;
}

gboolean
bb_instrument_is_custom (BbInstrument *self)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), FALSE);

  return g_str_has_prefix (self->key, "custom-");
}

const char *
bb_instrument_get_source (BbInstrument *self)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), NULL);

  if (self->source == NULL && bb_instrument_is_custom (self))
    return _("Defined by the users of this database.");

  return self->source;
}

const char *
bb_instrument_get_licence (BbInstrument *self)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), NULL);

  return self->licence;
}

gboolean
bb_instrument_accepts_respondent (BbInstrument *self,
                                  BbRespondent  respondent)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), FALSE);

  return (guint) respondent < BB_RESPONDENT_COUNT && (self->respondents & (1u << respondent)) != 0;
}

guint
bb_instrument_get_n_items (BbInstrument *self)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), 0);

  return self->n_items;
}

void
bb_instrument_get_item_range (BbInstrument *self,
                              double       *min,
                              double       *max,
                              double       *step)
{
  g_return_if_fail (BB_IS_INSTRUMENT (self));

  if (min != NULL)
    *min = self->item_min;
  if (max != NULL)
    *max = self->item_max;
  if (step != NULL)
    *step = self->item_step;
}

gboolean
bb_instrument_is_reverse_item (BbInstrument *self,
                               guint         item)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), FALSE);

  for (guint i = 0; i < self->reverse->len; i++)
    if (g_array_index (self->reverse, guint, i) == item)
      return TRUE;

  return FALSE;
}

const char *
bb_instrument_get_item_label (BbInstrument *self,
                              guint         item)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), NULL);
  g_return_val_if_fail (item >= 1 && item <= self->n_items, NULL);

  return g_ptr_array_index (self->item_labels, item - 1);
}

guint
bb_instrument_get_n_scales (BbInstrument *self)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), 0);

  return self->scales->len;
}

guint
bb_instrument_get_main_scale (BbInstrument *self)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), 0);

  return self->main_scale;
}

static InstrumentScale *
get_scale (BbInstrument *self,
           guint         scale)
{
  return &g_array_index (self->scales, InstrumentScale, scale);
}

const char *
bb_instrument_get_scale_id (BbInstrument *self,
                            guint         scale)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), NULL);
  g_return_val_if_fail (scale < self->scales->len, NULL);

  return get_scale (self, scale)->id;
}

const char *
bb_instrument_get_scale_name (BbInstrument *self,
                              guint         scale)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), NULL);
  g_return_val_if_fail (scale < self->scales->len, NULL);

  return get_scale (self, scale)->name;
}

void
bb_instrument_get_scale_range (BbInstrument *self,
                               guint         scale,
                               double       *min,
                               double       *max)
{
  g_return_if_fail (BB_IS_INSTRUMENT (self));
  g_return_if_fail (scale < self->scales->len);

  if (min != NULL)
    *min = get_scale (self, scale)->min;
  if (max != NULL)
    *max = get_scale (self, scale)->max;
}

gboolean
bb_instrument_scale_higher_is_better (BbInstrument *self,
                                      guint         scale)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), TRUE);
  g_return_val_if_fail (scale < self->scales->len, TRUE);

  return get_scale (self, scale)->higher_is_better;
}

/* ---- scoring --------------------------------------------------------- */

static gboolean
check_item (BbInstrument  *self,
            guint          item,
            double         value,
            GError       **error)
{
  double steps = (value - self->item_min) / self->item_step;

  if (isnan (value) || value < self->item_min || value > self->item_max)
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_OUT_OF_RANGE,
                   _("Item %u of %s is %g; it must be between %g and %g."),
                   item, self->name, value, self->item_min, self->item_max);
      return FALSE;
    }

  if (fabs (steps - round (steps)) > 1e-6)
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_OUT_OF_RANGE,
                   _("Item %u of %s is %g; it goes in steps of %g."),
                   item, self->name, value, self->item_step);
      return FALSE;
    }

  return TRUE;
}

gboolean
bb_instrument_score (BbInstrument  *self,
                     const double  *items,
                     guint          n_items,
                     double        *scores,
                     GError       **error)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), FALSE);
  g_return_val_if_fail (items != NULL || n_items == 0, FALSE);
  g_return_val_if_fail (scores != NULL, FALSE);

  if (n_items != self->n_items)
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_OUT_OF_RANGE,
                   g_dngettext (GETTEXT_PACKAGE, "%s has %u item; %u were given.",
                                "%s has %u items; %u were given.", self->n_items),
                   self->name, self->n_items, n_items);
      return FALSE;
    }

  for (guint i = 0; i < n_items; i++)
    if (!check_item (self, i + 1, items[i], error))
      return FALSE;

  /* Scales come after the scales they are made of, so one pass adds them up. */
  for (guint s = 0; s < self->scales->len; s++)
    {
      InstrumentScale *scale = get_scale (self, s);
      double sum = 0;

      for (guint i = 0; i < scale->items->len; i++)
        {
          guint item = g_array_index (scale->items, guint, i);
          double value = items[item - 1];

          sum += bb_instrument_is_reverse_item (self, item)
                 ? self->item_min + self->item_max - value : value;
        }

      for (guint i = 0; i < scale->parts->len; i++)
        sum += scores[g_array_index (scale->parts, guint, i)];

      scores[s] = round (sum * scale->multiplier * SCORE_PRECISION) / SCORE_PRECISION;
    }

  return TRUE;
}

static gboolean
cutoff_applies (const InstrumentCutoff *cutoff,
                guint         scale,
                BbRespondent  respondent,
                int           age)
{
  if (cutoff->cutoff.scale != scale)
    return FALSE;
  if (cutoff->respondent >= 0 && cutoff->respondent != (int) respondent)
    return FALSE;
  if (cutoff->age_min < 0 && cutoff->age_max < 0)
    return TRUE;

  return age >= 0 && (cutoff->age_min < 0 || age >= cutoff->age_min) &&
         (cutoff->age_max < 0 || age <= cutoff->age_max);
}

static int
compare_severity (gconstpointer a,
                  gconstpointer b)
{
  const BbInstrumentCutoff *x = *(const BbInstrumentCutoff * const *) a;
  const BbInstrumentCutoff *y = *(const BbInstrumentCutoff * const *) b;

  return x->severity - y->severity;
}

GPtrArray *
bb_instrument_get_cutoffs (BbInstrument *self,
                           guint         scale,
                           BbRespondent  respondent,
                           int           age)
{
  GPtrArray *cutoffs = g_ptr_array_new ();

  g_return_val_if_fail (BB_IS_INSTRUMENT (self), cutoffs);

  for (guint i = 0; i < self->cutoffs->len; i++)
    {
      InstrumentCutoff *cutoff = g_ptr_array_index (self->cutoffs, i);

      if (cutoff_applies (cutoff, scale, respondent, age))
        g_ptr_array_add (cutoffs, &cutoff->cutoff);
    }

  g_ptr_array_sort (cutoffs, compare_severity);
  return cutoffs;
}

static gboolean
meets (const BbInstrumentCutoff *cutoff,
       double                    score)
{
  switch (cutoff->rule)
    {
    case BB_CUTOFF_BELOW:
      return score < cutoff->value;
    case BB_CUTOFF_AT_OR_BELOW:
      return score <= cutoff->value;
    case BB_CUTOFF_AT_OR_ABOVE:
      return score >= cutoff->value;
    case BB_CUTOFF_ABOVE:
      return score > cutoff->value;
    default:
      g_return_val_if_reached (FALSE);
    }
}

const BbInstrumentCutoff *
bb_instrument_classify (BbInstrument *self,
                        guint         scale,
                        double        score,
                        BbRespondent  respondent,
                        int           age)
{
  g_autoptr(GPtrArray) cutoffs = bb_instrument_get_cutoffs (self, scale, respondent, age);
  const BbInstrumentCutoff *found = NULL;

  for (guint i = 0; i < cutoffs->len; i++)
    if (meets (g_ptr_array_index (cutoffs, i), score))
      found = g_ptr_array_index (cutoffs, i);

  return found;
}

double
bb_instrument_get_reliable_change (BbInstrument *self,
                                   guint         scale)
{
  g_return_val_if_fail (BB_IS_INSTRUMENT (self), NAN);
  g_return_val_if_fail (scale < self->scales->len, NAN);

  return get_scale (self, scale)->reliable_change;
}

int
bb_instrument_compare (BbInstrument *self,
                       guint         scale,
                       double        before,
                       double        after)
{
  double threshold = bb_instrument_get_reliable_change (self, scale);
  double gain;

  if (isnan (threshold))
    return 0;

  gain = bb_instrument_scale_higher_is_better (self, scale) ? after - before : before - after;
  /* The same rounding as the scores, so 10 points is 10 and not 9.9999. */
  gain = round (gain * SCORE_PRECISION) / SCORE_PRECISION;

  if (gain >= threshold)
    return 1;
  if (gain <= -threshold)
    return -1;
  return 0;
}
