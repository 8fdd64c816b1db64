/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-course-enums.h"

G_BEGIN_DECLS

/* When a score meets a cut-off. */
typedef enum
{
  BB_CUTOFF_BELOW,
  BB_CUTOFF_AT_OR_BELOW,
  BB_CUTOFF_AT_OR_ABOVE,
  BB_CUTOFF_ABOVE,
} BbCutoffRule;

/* A published clinical cut-off of one scale, for some respondents or ages: a line on
 * the chart and a mark on the scores that meet it. */
typedef struct
{
  guint         scale;
  double        value;
  BbCutoffRule  rule;
  /* 1 for the first band beyond normal, 2 for the next (SDQ: borderline, abnormal). */
  int           severity;
  /* In the user's language. */
  const char   *label;
} BbInstrumentCutoff;

#define BB_TYPE_INSTRUMENT (bb_instrument_get_type ())
G_DECLARE_FINAL_TYPE (BbInstrument, bb_instrument, BB, INSTRUMENT, GObject)

/* An outcome measure as data: its items and their range, its scales (sums of items,
 * reverse-scored where it says, or of other scales, times a multiplier), its published
 * cut-offs and reliable-change thresholds, and the source of each. The built-in ones
 * are the files of data/instruments/ (see its README for the format); a user-defined
 * one is the same format kept in the database. Questionnaire texts whose licence
 * forbids copying are not in the files: those items have numbers only.
 * Properties: "key", "name". */
BbInstrument *bb_instrument_new_from_json       (const char    *json,
                                                 GError       **error);
/* A user-defined instrument: @n_items items from @item_min to @item_max in whole
 * steps, scored as their sum; a cut-off below which (or, when not
 * @higher_is_better, above which) a score is marked, and a reliable change, each
 * NAN for none. Gets a new key. */
BbInstrument *bb_instrument_new_custom          (const char    *name,
                                                 guint          n_items,
                                                 int            item_min,
                                                 int            item_max,
                                                 gboolean       higher_is_better,
                                                 double         cutoff,
                                                 double         reliable_change,
                                                 GError       **error);
/* The definition as stored: the JSON it was made from. */
const char   *bb_instrument_get_json            (BbInstrument  *self);

/* "who-5", "ors", "srs", "sdq", or "custom-<uuid>": what measures store. */
const char   *bb_instrument_get_key             (BbInstrument  *self);
const char   *bb_instrument_get_name            (BbInstrument  *self);
const char   *bb_instrument_get_source          (BbInstrument  *self);
const char   *bb_instrument_get_licence         (BbInstrument  *self);
gboolean      bb_instrument_is_custom           (BbInstrument  *self);
/* Whether @respondent may answer it (SDQ: the young person, a parent, a teacher). */
gboolean      bb_instrument_accepts_respondent  (BbInstrument  *self,
                                                 BbRespondent   respondent);

guint         bb_instrument_get_n_items         (BbInstrument  *self);
void          bb_instrument_get_item_range      (BbInstrument  *self,
                                                 double        *min,
                                                 double        *max,
                                                 double        *step);
/* 1-based, as the questionnaire numbers them. */
gboolean      bb_instrument_is_reverse_item     (BbInstrument  *self,
                                                 guint          item);
/* The item's text or scale name; NULL where the licence keeps it out. */
const char   *bb_instrument_get_item_label      (BbInstrument  *self,
                                                 guint          item);

guint         bb_instrument_get_n_scales        (BbInstrument  *self);
/* The scale that is "the score" (WHO-5's percentage, SDQ's total difficulties). */
guint         bb_instrument_get_main_scale      (BbInstrument  *self);
const char   *bb_instrument_get_scale_id        (BbInstrument  *self,
                                                 guint          scale);
const char   *bb_instrument_get_scale_name      (BbInstrument  *self,
                                                 guint          scale);
void          bb_instrument_get_scale_range     (BbInstrument  *self,
                                                 guint          scale,
                                                 double        *min,
                                                 double        *max);
gboolean      bb_instrument_scale_higher_is_better (BbInstrument *self,
                                                    guint         scale);

/* Checks every item against the range and the step, then fills @scores (one per
 * scale). BB_COURSE_ERROR_OUT_OF_RANGE names the item. */
gboolean      bb_instrument_score               (BbInstrument  *self,
                                                 const double  *items,
                                                 guint          n_items,
                                                 double        *scores,
                                                 GError       **error);
/* The cut-offs of @scale that apply to @respondent at @age (-1 when not known: then
 * those bound to an age do not apply), mildest first. BbInstrumentCutoff records
 * owned by the instrument. */
GPtrArray    *bb_instrument_get_cutoffs         (BbInstrument  *self,
                                                 guint          scale,
                                                 BbRespondent   respondent,
                                                 int            age);
/* The most severe applicable cut-off @score meets, or NULL. */
const BbInstrumentCutoff *bb_instrument_classify (BbInstrument *self,
                                                  guint         scale,
                                                  double        score,
                                                  BbRespondent  respondent,
                                                  int           age);
/* The smallest change of @scale that counts as real; NAN when none is published. */
double        bb_instrument_get_reliable_change (BbInstrument  *self,
                                                 guint          scale);
/* +1 for a reliable improvement from @before to @after, -1 for a reliable
 * deterioration, 0 for neither (or no threshold). */
int           bb_instrument_compare             (BbInstrument  *self,
                                                 guint          scale,
                                                 double         before,
                                                 double         after);

G_END_DECLS
