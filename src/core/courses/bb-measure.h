/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-course-enums.h"
#include "bb-instrument.h"

G_BEGIN_DECLS

#define BB_TYPE_MEASURE (bb_measure_get_type ())
G_DECLARE_FINAL_TYPE (BbMeasure, bb_measure, BB, MEASURE, GObject)

/* One outcome measure of a course: the answers to an instrument on a date, and the
 * scores the instrument makes of them (bb_measure_set_items scores them at once).
 * Properties for chart and timeline rows: "id", "date", "instrument", "score". */
BbMeasure    *bb_measure_new               (gint64          course_id,
                                            BbInstrument   *instrument,
                                            const char     *date);
gint64        bb_measure_get_id            (BbMeasure      *self);
void          bb_measure_set_id            (BbMeasure      *self,
                                            gint64          id);
const char   *bb_measure_get_uuid          (BbMeasure      *self);
void          bb_measure_set_uuid          (BbMeasure      *self,
                                            const char     *uuid);
gint64        bb_measure_get_course_id     (BbMeasure      *self);
/* The meeting it was given at; 0 for none. */
gint64        bb_measure_get_meeting_id    (BbMeasure      *self);
void          bb_measure_set_meeting_id    (BbMeasure      *self,
                                            gint64          meeting_id);
BbInstrument *bb_measure_get_instrument    (BbMeasure      *self);
const char   *bb_measure_get_date          (BbMeasure      *self);
void          bb_measure_set_date          (BbMeasure      *self,
                                            const char     *date);
BbRespondent  bb_measure_get_respondent    (BbMeasure      *self);
void          bb_measure_set_respondent    (BbMeasure      *self,
                                            BbRespondent    respondent);
const char   *bb_measure_get_note          (BbMeasure      *self);
void          bb_measure_set_note          (BbMeasure      *self,
                                            const char     *note);
/* Checks the answers against the instrument and scores them; on an error the measure
 * keeps what it had. BB_COURSE_ERROR_OUT_OF_RANGE names the item. */
gboolean      bb_measure_set_items         (BbMeasure      *self,
                                            const double   *items,
                                            guint           n_items,
                                            GError        **error);
/* The answers, one per item (empty before set_items). */
const double *bb_measure_get_items         (BbMeasure      *self,
                                            guint          *n_items);
/* The instrument's main score, and the score of each of its scales. */
double        bb_measure_get_score         (BbMeasure      *self);
double        bb_measure_get_scale_score   (BbMeasure      *self,
                                            guint           scale);
/* The young person's age on the date (filled in when loaded; -1 when not known). */
int           bb_measure_get_age           (BbMeasure      *self);
void          bb_measure_set_age           (BbMeasure      *self,
                                            int             age);
/* The most severe cut-off the score of @scale meets for this respondent and age, or
 * NULL: the mark on the chart. */
const BbInstrumentCutoff *bb_measure_get_mark (BbMeasure   *self,
                                               guint         scale);

/* A date, answers scored, a respondent the instrument accepts, no CPR number in the
 * note. BB_COURSE_ERROR. */
gboolean      bb_measure_validate          (BbMeasure      *self,
                                            GError        **error);

G_END_DECLS
