/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-adviser-repository.h"
#include "bb-course-repository.h"
#include "bb-instrument-repository.h"
#include "bb-list-repository.h"
#include "bb-offer-repository.h"
#include "bb-plan-repository.h"

G_BEGIN_DECLS

/* How much a demonstration municipality holds. The defaults are those of
 * `brobygger --generate-demo` without numbers. */
typedef struct
{
  guint   n_offers;
  guint   n_courses;
  /* Meetings across all courses; 0 for ten a course. */
  guint   n_meetings;
  /* Advisers; 0 for one per 250 courses, between 6 and 400. */
  guint   n_advisers;
  guint64 seed;
} BbDemoOptions;

#define BB_DEMO_DEFAULT_OFFERS 200
#define BB_DEMO_DEFAULT_COURSES 2000
#define BB_DEMO_DEFAULT_SEED 1

#define BB_DEMO_OPTIONS_INIT { BB_DEMO_DEFAULT_OFFERS, BB_DEMO_DEFAULT_COURSES, 0, 0, BB_DEMO_DEFAULT_SEED }

/* What the generator writes to: the repositories of one database (a BbContext's). */
typedef struct
{
  BbDatabase             *database;
  BbListRepository       *lists;
  BbOfferRepository      *offers;
  BbAdviserRepository    *advisers;
  BbInstrumentRepository *instruments;
  /* Implementation plans, one per template of @templates (BbPlanTemplate); none when
   * either is NULL. Course-figure indicators are filled from @courses when set. */
  BbPlanRepository       *plans;
  GPtrArray              *templates;
  BbCourseRepository     *courses;
} BbDemoStores;

/* Fills a new, empty database with a fictional municipality: providers and offers
 * across the sectors on the seeded target groups and steps, advisers, young people
 * with invented names (no CPR numbers), and courses in every status over the two
 * years before the clock's today, each with a status history the status machine
 * allows, meetings, outcome measures, hand-overs and closings.
 *
 * Deterministic: the same @options and the same today give the same rows, byte for
 * byte; nothing depends on the system's time, randomness or locale. Writes no
 * access log: generating is not a person reading anyone's data. Fails, leaving what
 * it had committed, on a database error. */
gboolean bb_demo_generate (const BbDemoStores   *stores,
                           const BbDemoOptions  *options,
                           GError              **error);

/* Makes a complete demonstration database at @path: generated into a new file beside
 * it, with no journal, and renamed over @path only once whole, so a failed or killed
 * generation leaves @path as it was and nothing else behind. A file at @path is
 * replaced (a reset): no connection may have it open. @clock gives today (NULL: the
 * system's); @templates (BbPlanTemplate, may be NULL for none) the plans. Opens its
 * own connection, so it may run in a worker thread. */
gboolean bb_demo_generate_file (const char           *path,
                                const BbDemoOptions  *options,
                                BbClock              *clock,
                                GPtrArray            *templates,
                                GError              **error);

G_END_DECLS
