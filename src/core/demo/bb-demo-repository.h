/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-course-enums.h"
#include "bb-database.h"

G_BEGIN_DECLS

/* The SQL of the demonstration generator: the courses' rows written in bulk in one
 * transaction, through statements prepared once, with the indexes made again, the
 * figures counted and the search index filled once at the end (the last by the
 * course repository's pre-commit hook, as for any other write).
 *
 * None of it writes the access log: generating fictional data is not a person
 * reaching a young person's data. */
typedef struct _BbDemoBulk BbDemoBulk;

typedef struct
{
  const char   *uuid;
  const char   *name;
  const char   *sort_key;
  const char   *birth_date;
  const char   *phone;
  const char   *email;
  const char   *address;
  BbOccupation  occupation;
  const char   *occupation_note;
  const char   *consent_date;
  const char   *consent_scope;
  /* created and modified */
  const char   *created;
} BbDemoYoungPerson;

typedef struct
{
  const char       *uuid;
  gint64            young_person_id;
  gint64            adviser_id;
  BbReferralSource  referral_source;
  const char       *referral_note;
  const char       *first_contact;
  int               planned_conversations;
  BbCourseStatus    status;
  const char       *status_since;
  const char       *assessment_date;
  const char       *assessment_note;
  /* NULL while open. */
  const char       *closed_date;
  BbClosingReason   closing_reason;
  gint64            onward_offer_id;
  const char       *onward_offer_title;
  const char       *notes;
  const char       *created;
  const char       *modified;
} BbDemoCourse;

typedef struct
{
  const char    *uuid;
  gint64         course_id;
  const char    *date;
  const char    *time;
  BbMeetingKind  kind;
  const char    *participants;
  int            duration;
  const char    *notes;
  gboolean       no_show;
  /* -1 for none */
  int            rating;
} BbDemoMeeting;

typedef struct
{
  const char   *uuid;
  gint64        course_id;
  gint64        meeting_id;
  const char   *instrument;
  const char   *date;
  BbRespondent  respondent;
  const char   *items;
  double        score;
  const char   *scales;
} BbDemoMeasure;

/* Begins the transaction; @today (YYYY-MM-DD) is the day the figures count up to. */
BbDemoBulk *bb_demo_bulk_new              (BbDatabase               *database,
                                           const char               *today,
                                           GError                  **error);
/* Makes the indexes, counts the figures and commits; the bulk can then only be freed. */
gboolean    bb_demo_bulk_finish           (BbDemoBulk               *self,
                                           GError                  **error);
/* Rolls back an unfinished bulk, leaving the database as it was. */
void        bb_demo_bulk_free             (BbDemoBulk               *self);

gint64      bb_demo_bulk_add_young_person (BbDemoBulk               *self,
                                           const BbDemoYoungPerson  *person,
                                           GError                  **error);
gboolean    bb_demo_bulk_add_guardian     (BbDemoBulk               *self,
                                           gint64                    young_person_id,
                                           int                       position,
                                           const char               *name,
                                           const char               *relation,
                                           const char               *phone,
                                           BbInvolvement             involvement,
                                           GError                  **error);
gint64      bb_demo_bulk_add_course       (BbDemoBulk               *self,
                                           const BbDemoCourse       *course,
                                           GError                  **error);
gboolean    bb_demo_bulk_add_status       (BbDemoBulk               *self,
                                           gint64                    course_id,
                                           BbCourseStatus            status,
                                           const char               *date,
                                           const char               *recorded_by,
                                           GError                  **error);
gboolean    bb_demo_bulk_add_staff        (BbDemoBulk               *self,
                                           gint64                    course_id,
                                           gint64                    adviser_id,
                                           const char               *role,
                                           GError                  **error);
gboolean    bb_demo_bulk_add_goal         (BbDemoBulk               *self,
                                           gint64                    course_id,
                                           int                       position,
                                           const char               *text,
                                           int                       progress,
                                           GError                  **error);
gint64      bb_demo_bulk_add_meeting      (BbDemoBulk               *self,
                                           const BbDemoMeeting      *meeting,
                                           GError                  **error);
gboolean    bb_demo_bulk_add_measure      (BbDemoBulk               *self,
                                           const BbDemoMeasure      *measure,
                                           GError                  **error);
gboolean    bb_demo_bulk_add_handover     (BbDemoBulk               *self,
                                           gint64                    course_id,
                                           gint64                    offer_id,
                                           const char               *offer_title,
                                           BbHandoverState           state,
                                           const char               *state_date,
                                           const char               *note,
                                           const char               *created,
                                           GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbDemoBulk, bb_demo_bulk_free)

/* Sets the connection up for writing much at once (more cache, statement journals in
 * memory), until it closes. */
gboolean    bb_demo_repository_tune          (BbDatabase            *database,
                                              GError               **error);

/* For a new file that is thrown away on any failure: no rollback journal, no waiting
 * for the disk, no zeroing of freed pages. Makes every later rollback undefined, so
 * only bb_demo_generate_file () uses it. */
gboolean    bb_demo_repository_tune_scratch  (BbDatabase            *database,
                                              GError               **error);
/* Back to the write-ahead log every Brobygger file is in, once the scratch work is done. */
gboolean    bb_demo_repository_seal          (BbDatabase            *database,
                                              GError               **error);

/* The seeded target groups and steps get their UUIDs at random when a database is
 * created; the demonstration's take them from its seed, so two runs agree. */
gboolean    bb_demo_repository_set_list_uuid (BbDatabase            *database,
                                              gboolean               step,
                                              gint64                 id,
                                              const char            *uuid,
                                              GError               **error);

G_END_DECLS
