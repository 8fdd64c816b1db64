/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by bb-instrument.c (what an instrument is, and its scoring) and
 * bb-instrument-reader.c (reading and writing its definition). */

#include <json-glib/json-glib.h>

#include "bb-instrument.h"

G_BEGIN_DECLS

/* The format of the definitions (data/instruments/README.md) this code reads. */
#define BB_INSTRUMENT_FORMAT 1
#define BB_INSTRUMENT_MAX_ITEMS 200

typedef struct
{
  const char *id;
  const char *name;
  /* 1-based item numbers and indices of earlier scales, all summed. */
  GArray     *items;
  GArray     *parts;
  double      multiplier;
  gboolean    higher_is_better;
  double      min;
  double      max;
  double      reliable_change;
} InstrumentScale;

typedef struct
{
  BbInstrumentCutoff  cutoff;
  /* -1 for any. */
  int                 respondent;
  int                 age_min;
  int                 age_max;
} InstrumentCutoff;

struct _BbInstrument
{
  GObject     parent_instance;

  /* The strings below point into it. */
  JsonNode   *root;
  char       *json;
  const char *key;
  const char *name;
  const char *source;
  const char *licence;
  guint       respondents;
  guint       n_items;
  double      item_min;
  double      item_max;
  double      item_step;
  GArray     *reverse;
  GPtrArray  *item_labels;
  GArray     *scales;
  guint       main_scale;
  GPtrArray  *cutoffs;
};

G_END_DECLS
