/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of the demonstration generator: the word lists
 * (bb-demo-names.c), the random helpers and the two halves that write the catalogue
 * (bb-demo-catalogue.c) and the courses (bb-demo-courses.c). */

#include "bb-demo-generator.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  const char *postcode;
} BbDemoTown;

typedef struct
{
  /* "@" stands for a town or a district of it. */
  const char *pattern;
  BbSector    sector;
  const char *department;
} BbDemoProviderKind;

typedef struct
{
  const char *title;
  const char *summary;
  const char *description;
  /* Indexes into the seeded steps (0–3, as ordered by level). */
  int         step;
  BbAccess    access;
  const char *legal_basis;
  const char *keywords;
} BbDemoOfferKind;

#define BB_DEMO_LIST(type, name) \
  extern const type name[]; \
  extern const guint name##_count

BB_DEMO_LIST (char * const, _bb_demo_girls);
BB_DEMO_LIST (char * const, _bb_demo_boys);
BB_DEMO_LIST (char * const, _bb_demo_surnames);
BB_DEMO_LIST (char * const, _bb_demo_streets);
BB_DEMO_LIST (BbDemoTown, _bb_demo_towns);
BB_DEMO_LIST (char * const, _bb_demo_districts);
BB_DEMO_LIST (BbDemoProviderKind, _bb_demo_provider_kinds);
BB_DEMO_LIST (BbDemoOfferKind, _bb_demo_offer_kinds);
BB_DEMO_LIST (char * const, _bb_demo_title_suffixes);
BB_DEMO_LIST (char * const, _bb_demo_contact_roles);
BB_DEMO_LIST (char * const, _bb_demo_opening_hours);
BB_DEMO_LIST (char * const, _bb_demo_course_notes);
BB_DEMO_LIST (char * const, _bb_demo_meeting_notes);
BB_DEMO_LIST (char * const, _bb_demo_goals);
BB_DEMO_LIST (char * const, _bb_demo_handover_notes);
BB_DEMO_LIST (char * const, _bb_demo_staff_roles);

typedef struct
{
  gint64        id;
  char         *name;
  BbProfession  profession;
  gboolean      active;
} BbDemoAdviser;

/* A generation in progress: its random numbers, its today and what it has made so far. */
typedef struct
{
  GRand                  *rand;
  /* The order part of the next UUID (see _bb_demo_uuid). */
  guint64                 uuid_count;
  BbDatabase             *database;
  BbListRepository       *lists;
  BbOfferRepository      *offers;
  BbAdviserRepository    *advisers;
  BbInstrumentRepository *instruments;
  GDate                   today;
  /* The ids of what the catalogue half made, for hand-overs. */
  GArray                 *offer_ids;
  GPtrArray              *offer_titles;
  GArray                 *advisers_made;
  BbPlanRepository       *plans;
  GPtrArray              *templates;
  BbCourseRepository     *courses;
} BbDemoRun;

/* Random picks, all from @run->rand so a seed gives the same data. */
guint        _bb_demo_int      (BbDemoRun   *run,
                                guint        below);
int          _bb_demo_range    (BbDemoRun   *run,
                                int          from,
                                int          to);
gboolean     _bb_demo_chance   (BbDemoRun   *run,
                                double       probability);
const char  *_bb_demo_pick     (BbDemoRun   *run,
                                const char * const *list,
                                guint        n);
/* A UUID made of the run's random numbers, not the system's, each after the last. */
char        *_bb_demo_uuid     (BbDemoRun   *run);
/* @days after @date, as YYYY-MM-DD into @buffer (11 bytes). */
void         _bb_demo_format   (const GDate *date,
                                int          days,
                                char        *buffer);
/* "2x xx xx xx", a Danish mobile number. */
char        *_bb_demo_phone    (BbDemoRun   *run);

gboolean     _bb_demo_make_catalogue (BbDemoRun            *run,
                                      const BbDemoOptions  *options,
                                      GError              **error);
gboolean     _bb_demo_make_courses   (BbDemoRun            *run,
                                      const BbDemoOptions  *options,
                                      GError              **error);
gboolean     _bb_demo_make_plans     (BbDemoRun            *run,
                                      GError              **error);

G_END_DECLS
