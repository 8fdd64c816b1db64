/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-adviser-repository.h"
#include "bb-caseload-csv.h"
#include "bb-course.h"
#include "bb-course-status.h"
#include "bb-database.h"
#include "bb-instrument-repository.h"
#include "bb-measure.h"
#include "bb-meeting.h"
#include "bb-month-figures.h"
#include "bb-young-person-repository.h"

G_BEGIN_DECLS

/* The details of BbDatabase::changed the courses emit. Anything written to a course
 * (its meetings, measures and hand-overs too) notifies "courses", whose list rows show
 * figures of them all; the finer ones are for what shows only that. */
#define BB_DOMAIN_COURSES "courses"
#define BB_DOMAIN_MEETINGS "meetings"
#define BB_DOMAIN_MEASURES "measures"
#define BB_DOMAIN_HANDOVERS "handovers"

#define BB_TYPE_COURSE_REPOSITORY (bb_course_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseRepository, bb_course_repository, BB, COURSE_REPOSITORY, GObject)

typedef enum
{
  BB_COURSE_SORT_NAME,
  BB_COURSE_SORT_FIRST_CONTACT,
  BB_COURSE_SORT_WAITING,
  BB_COURSE_SORT_CONVERSATIONS,
  BB_COURSE_SORT_LENGTH,
  BB_COURSE_SORT_LAST_MEETING,
} BbCourseSort;

#define BB_COURSE_SORT_COUNT 6

/* A mask of statuses for BbCourseQuery.statuses. */
#define BB_COURSE_STATUS_BIT(status) (1u << (status))
#define BB_COURSE_STATUSES_OPEN \
  (((1u << BB_COURSE_STATUS_COUNT) - 1) & \
   ~(BB_COURSE_STATUS_BIT (BB_COURSE_STATUS_CLOSED) | BB_COURSE_STATUS_BIT (BB_COURSE_STATUS_NOT_ADMITTED)))

/* What the course list shows. Zero and negative values mean "any" or "off".
 * - search: words that must each start a word of the young person's or a guardian's
 *   name, or of any note of the course (its notes, goals, meetings, hand-overs,
 *   status changes);
 * - adviser_id: the courses an adviser holds, as the responsible one or on the staff
 *   ("my caseload" with the id of bb_adviser_repository_find_current);
 * - waiting_more_than: courses whose wait for the first conversation was, or while
 *   open without one is, longer than this many days;
 * - no_meeting_for: open courses where nothing was held for this many days (counted
 *   from the last meeting held, or the first contact);
 * - sort: ascending unless descending; ties by name, then id, the same way round (so
 *   each order reads one index). Waiting sorts courses without a figure last, either
 *   way;
 * - responsible_only: adviser_id only as the responsible adviser, as the overview
 *   counts a course;
 * - closing_reason: a BbClosingReason; conversations: held advisory conversations,
 *   exactly or, with conversations_or_more, at least;
 * - handover_offer_id: courses with a hand-over (in any state) to this offer;
 * - the dates: "YYYY-MM-DD" bounds, both included, of the first contact and of the
 *   closing; "" for none. Arrays, so a query copies with "=";
 * - referred_on_or_not_admitted: ended so, as the overview's flow counts "referred
 *   on" (closed for that reason, or not admitted);
 * - waiting_at_most: the first conversation held within this many days of the first
 *   contact (so only courses that have had it); first_conversation_held: had it;
 * - handover_from, handover_to, handover_states (a mask of BbHandoverState bits):
 *   a hand-over of the course on those days (its state's date) and in one of those
 *   states; with handover_offer_id, that same hand-over is to the offer. */
typedef struct
{
  const char       *search;
  guint             statuses;
  gint64            adviser_id;
  int               referral_source;
  int               waiting_more_than;
  int               no_meeting_for;
  BbCourseSort      sort;
  gboolean          descending;
  gboolean          responsible_only;
  int               closing_reason;
  int               conversations;
  gboolean          conversations_or_more;
  gint64            handover_offer_id;
  char              first_contact_from[11];
  char              first_contact_to[11];
  char              closed_from[11];
  char              closed_to[11];
  gboolean          referred_on_or_not_admitted;
  int               waiting_at_most;
  gboolean          first_conversation_held;
  char              handover_from[11];
  char              handover_to[11];
  guint             handover_states;
} BbCourseQuery;

#define BB_COURSE_QUERY_INIT \
  { NULL, 0, 0, -1, -1, -1, BB_COURSE_SORT_NAME, FALSE, FALSE, -1, -1, FALSE, 0, "", "", "", "", \
    FALSE, -1, FALSE, "", "", 0 }

/* The figures across the courses of a query. Medians and means are NAN when no
 * course has the figure. */
typedef struct
{
  guint   courses;
  guint   open;
  /* Courses whose first conversation has been held, and their wait for it. */
  guint   waited;
  double  waiting_median;
  double  waiting_mean;
  /* Advisory conversations held in all, and per course. */
  guint   conversations;
  double  conversations_mean;
  /* Courses that ended (closed or not admitted), and their length in days. */
  guint   ended;
  double  length_median;
  double  length_mean;
  /* Courses handed over: a hand-over referred, accepted or started, or an onward
   * offer on closing. */
  guint   handed_over;
} BbCourseTotals;

/* Onward referrals to one offer. */
typedef struct
{
  gint64  offer_id;
  char   *offer_title;
  guint   courses;
} BbOfferReferrals;

void bb_offer_referrals_free (BbOfferReferrals *referrals);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbOfferReferrals, bb_offer_referrals_free)

/* Courses with their staff, goals, status history, meetings, measures and hand-overs:
 * the only code with their SQL. Every read of a course's data for a person ("open")
 * and every write logs to the access log in the same transaction. Keeps the search
 * index in step through a pre-commit hook on @database.
 *
 * The figures, by the clock's today:
 * - waiting time: days from the first contact to the first advisory conversation held
 *   (not a no-show) on or after it; meetings dated before the first contact do not
 *   end the wait. While open without one: first contact to today.
 * - conversations: advisory conversations held up to today (no-shows apart, meetings
 *   before the first contact included: they were held);
 * - course length: first contact to the end, or to today while open. */
BbCourseRepository *bb_course_repository_new              (BbDatabase              *database,
                                                           BbInstrumentRepository  *instruments,
                                                           GError                 **error);
BbDatabase  *bb_course_repository_get_database            (BbCourseRepository      *self);

/* The course for a list row: no staff or goals, and nothing logged. */
BbCourse    *bb_course_repository_get                     (BbCourseRepository      *self,
                                                           gint64                   id,
                                                           GError                 **error);
/* The whole course for a person to read, logged as opened. */
BbCourse    *bb_course_repository_open                    (BbCourseRepository      *self,
                                                           gint64                   id,
                                                           GError                 **error);
/* Validates, then inserts (id 0: with its status as the first status change, dated
 * the first contact) or updates the course with its staff and goals, logged as
 * created or changed (with the fields). A course from bb_course_repository_get (a list
 * row) has no staff or goals, and saving it leaves theirs as they are. The status and
 * closing are not written here. */
gboolean     bb_course_repository_save                    (BbCourseRepository      *self,
                                                           BbCourse                *course,
                                                           GError                 **error);
/* Deletes the course with its meetings, measures and hand-overs, and the young person
 * with it when it was their last course; logged. */
gboolean     bb_course_repository_delete                  (BbCourseRepository      *self,
                                                           gint64                   id,
                                                           GError                 **error);

/* A dated change of status (not to closed or not admitted: see close). Refused with
 * the reason (BB_COURSE_ERROR_STATUS) by the status machine, or when @date is before
 * the latest change or after today. @note may be NULL. */
gboolean     bb_course_repository_change_status           (BbCourseRepository      *self,
                                                           gint64                   id,
                                                           BbCourseStatus           status,
                                                           const char              *date,
                                                           const char              *note,
                                                           GError                 **error);
/* Ends the course: @status is closed or not admitted, with its date, reason and the
 * offer the young person goes on to (0 for none). */
gboolean     bb_course_repository_close                   (BbCourseRepository      *self,
                                                           gint64                   id,
                                                           BbCourseStatus           status,
                                                           const char              *date,
                                                           BbClosingReason          reason,
                                                           gint64                   onward_offer_id,
                                                           const char              *note,
                                                           GError                 **error);
/* BbStatusEvent records, oldest first. */
GPtrArray   *bb_course_repository_list_status_events      (BbCourseRepository      *self,
                                                           gint64                   id,
                                                           GError                 **error);

/* Inserts (id 0) or updates a meeting; logged. */
gboolean     bb_course_repository_save_meeting            (BbCourseRepository      *self,
                                                           BbMeeting               *meeting,
                                                           GError                 **error);
gboolean     bb_course_repository_delete_meeting          (BbCourseRepository      *self,
                                                           gint64                   id,
                                                           GError                 **error);
BbMeeting   *bb_course_repository_get_meeting             (BbCourseRepository      *self,
                                                           gint64                   id,
                                                           GError                 **error);
/* BbMeeting items by date and time. */
GListModel  *bb_course_repository_list_meetings           (BbCourseRepository      *self,
                                                           gint64                   course_id,
                                                           GError                 **error);

/* Inserts (id 0) or updates a measure with its scores; logged. */
gboolean     bb_course_repository_save_measure            (BbCourseRepository      *self,
                                                           BbMeasure               *measure,
                                                           GError                 **error);
gboolean     bb_course_repository_delete_measure          (BbCourseRepository      *self,
                                                           gint64                   id,
                                                           GError                 **error);
/* BbMeasure items by date, of one instrument (by key) or of all (NULL). */
GListModel  *bb_course_repository_list_measures           (BbCourseRepository      *self,
                                                           gint64                   course_id,
                                                           const char              *instrument,
                                                           GError                 **error);

/* Inserts (id 0) or updates a link to an offer; one per course and offer. Logged. */
gboolean     bb_course_repository_save_handover           (BbCourseRepository      *self,
                                                           BbHandover              *handover,
                                                           GError                 **error);
gboolean     bb_course_repository_delete_handover         (BbCourseRepository      *self,
                                                           gint64                   id,
                                                           GError                 **error);
/* BbHandover records of a course, oldest first. */
GPtrArray   *bb_course_repository_list_handovers          (BbCourseRepository      *self,
                                                           gint64                   course_id,
                                                           GError                 **error);
/* How many courses were handed over to the offer (see BbCourseTotals.handed_over). */
guint        bb_course_repository_count_handed_over       (BbCourseRepository      *self,
                                                           gint64                   offer_id,
                                                           GError                 **error);

/* The ids of the courses the query selects, in its order (a GArray of gint64). */
GArray      *bb_course_repository_query_ids               (BbCourseRepository      *self,
                                                           const BbCourseQuery     *query,
                                                           GError                 **error);
/* A window of those ids: up to @limit from @offset on (G_MAXUINT: all). */
GArray      *bb_course_repository_query_page              (BbCourseRepository      *self,
                                                           const BbCourseQuery     *query,
                                                           guint                    offset,
                                                           guint                    limit,
                                                           GError                 **error);
/* How many courses the query selects; -1 on failure. */
gint64       bb_course_repository_query_count             (BbCourseRepository      *self,
                                                           const BbCourseQuery     *query,
                                                           GError                 **error);
/* Where course @id is in the query's order, or G_MAXUINT when it does not select it. */
gboolean     bb_course_repository_query_position          (BbCourseRepository      *self,
                                                           const BbCourseQuery     *query,
                                                           gint64                   id,
                                                           guint                   *position,
                                                           GError                 **error);
gboolean     bb_course_repository_count_totals            (BbCourseRepository      *self,
                                                           const BbCourseQuery     *query,
                                                           BbCourseTotals          *totals,
                                                           GError                 **error);
/* bb-course-repository-figures.c: the same on the job's connection, in a worker thread
 * (they read every course the query selects: longer than a frame on 100,000). */
void         bb_course_repository_count_totals_async      (BbCourseRepository      *self,
                                                           const BbCourseQuery     *query,
                                                           GCancellable            *cancellable,
                                                           GAsyncReadyCallback      callback,
                                                           gpointer                 user_data);
gboolean     bb_course_repository_count_totals_finish     (BbCourseRepository      *self,
                                                           GAsyncResult            *result,
                                                           BbCourseTotals          *totals,
                                                           GError                 **error);
/* Onward referrals by offer among the courses of @query: BbOfferReferrals, most
 * first. */
GPtrArray   *bb_course_repository_list_referrals          (BbCourseRepository      *self,
                                                           const BbCourseQuery     *query,
                                                           GError                 **error);
/* The offers that courses were handed over to (in any state), for the filter of
 * BbCourseQuery.handover_offer_id: BbOfferReferrals (courses: how many), by title. */
GPtrArray   *bb_course_repository_list_handover_offers    (BbCourseRepository      *self,
                                                           GError                 **error);

/* bb-course-repository-figures.c: BbMonthFigures for every month from @from_month
 * to @to_month (YYYY-MM, both included), of @adviser_id's courses (as the responsible
 * one or on the staff; 0 for all), computed by SQL. Reads no young person's data, so
 * nothing is logged. */
GPtrArray   *bb_course_repository_list_month_figures      (BbCourseRepository      *self,
                                                           const char              *from_month,
                                                           const char              *to_month,
                                                           gint64                   adviser_id,
                                                           GError                 **error);

/* bb-course-repository-import.c: caseload files in and out, and the hand-over letter.
 * Prepare notes which advisers of @caseload are new (by exact name). Commit creates
 * every row's young person, course, status, closing and conversations in one
 * transaction, each logged as created; it refuses a caseload with rejected rows. */
gboolean     bb_course_repository_prepare_caseload        (BbCourseRepository      *self,
                                                           BbCaseload              *caseload,
                                                           GError                 **error);
gboolean     bb_course_repository_commit_caseload         (BbCourseRepository      *self,
                                                           BbYoungPersonRepository *young_people,
                                                           BbAdviserRepository     *advisers,
                                                           BbCaseload              *caseload,
                                                           GError                 **error);
typedef gboolean (*BbCaseloadRowFunc) (const BbCaseloadRow  *row,
                                       gpointer              user_data,
                                       GError              **error);
/* Hands every course to @func as a row, with its figures, in the order of their ids;
 * each is logged as exported (@detail: where to) in the same transaction. */
gboolean     bb_course_repository_export_caseload         (BbCourseRepository      *self,
                                                           const char              *detail,
                                                           BbCaseloadRowFunc        func,
                                                           gpointer                 user_data,
                                                           guint                   *n_rows,
                                                           GError                 **error);
/* One hand-over, without logging; BB_DATABASE_ERROR_NOT_FOUND when there is none. */
BbHandover  *bb_course_repository_get_handover            (BbCourseRepository      *self,
                                                           gint64                   id,
                                                           GError                 **error);
/* The id of the course's most recent hand-over, 0 when it has none; -1 with @error
 * set when there is no such course. */
gint64       bb_course_repository_find_latest_handover    (BbCourseRepository      *self,
                                                           gint64                   course_id,
                                                           GError                 **error);

G_END_DECLS
