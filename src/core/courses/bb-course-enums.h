/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What goes wrong with a young person's data; messages are written for the user,
 * translated, and name the field. */
#define BB_COURSE_ERROR (bb_course_error_quark ())
typedef enum
{
  BB_COURSE_ERROR_INVALID,
  /* A text holds what looks like a CPR number, which is never stored. */
  BB_COURSE_ERROR_CPR_NUMBER,
  /* A status change the course's status machine does not allow. */
  BB_COURSE_ERROR_STATUS,
  /* An item of a questionnaire outside the instrument's range. */
  BB_COURSE_ERROR_OUT_OF_RANGE,
} BbCourseError;

GQuark bb_course_error_quark (void);

typedef enum
{
  BB_PROFESSION_SOCIAL_WORKER,
  BB_PROFESSION_PSYCHOLOGIST,
  BB_PROFESSION_OTHER,
} BbProfession;

typedef enum
{
  BB_REFERRAL_SELF,
  BB_REFERRAL_PARENT,
  BB_REFERRAL_SCHOOL,
  BB_REFERRAL_GP,
  BB_REFERRAL_PSYCHIATRY,
  BB_REFERRAL_JOB_CENTRE,
  BB_REFERRAL_OTHER,
} BbReferralSource;

/* What the young person does in the daytime. */
typedef enum
{
  BB_OCCUPATION_UNKNOWN,
  BB_OCCUPATION_SCHOOL,
  BB_OCCUPATION_EDUCATION,
  BB_OCCUPATION_WORK,
  BB_OCCUPATION_NONE,
  BB_OCCUPATION_OTHER,
} BbOccupation;

/* How far a parent or guardian takes part in the course. */
typedef enum
{
  BB_INVOLVEMENT_NONE,
  BB_INVOLVEMENT_INFORMED,
  BB_INVOLVEMENT_INVOLVED,
} BbInvolvement;

/* The course's way through the offer; bb-course-status.h holds the transitions and
 * the FHIR EpisodeOfCare status of each. */
typedef enum
{
  BB_COURSE_STATUS_CONTACTED,
  BB_COURSE_STATUS_WAITING,
  BB_COURSE_STATUS_ADVISORY,
  BB_COURSE_STATUS_TREATMENT_INDIVIDUAL,
  BB_COURSE_STATUS_TREATMENT_GROUP,
  BB_COURSE_STATUS_FOLLOW_UP,
  BB_COURSE_STATUS_ON_HOLD,
  BB_COURSE_STATUS_CLOSED,
  BB_COURSE_STATUS_NOT_ADMITTED,
} BbCourseStatus;

typedef enum
{
  BB_MEETING_ADVISORY,
  BB_MEETING_TREATMENT,
  BB_MEETING_NETWORK,
  BB_MEETING_PARENT,
  BB_MEETING_GROUP,
} BbMeetingKind;

typedef enum
{
  BB_CLOSING_GOALS_REACHED,
  BB_CLOSING_REFERRED_ON,
  BB_CLOSING_DROPPED_OUT,
  BB_CLOSING_MOVED,
  BB_CLOSING_OTHER,
} BbClosingReason;

/* How far a hand-over to an offer of the catalogue has come. */
typedef enum
{
  BB_HANDOVER_SUGGESTED,
  BB_HANDOVER_REFERRED,
  BB_HANDOVER_ACCEPTED,
  BB_HANDOVER_STARTED,
} BbHandoverState;

/* What the access log records. */
typedef enum
{
  BB_ACCESS_ACTION_OPEN,
  BB_ACCESS_ACTION_CREATE,
  BB_ACCESS_ACTION_CHANGE,
  BB_ACCESS_ACTION_DELETE,
  BB_ACCESS_ACTION_EXPORT,
  BB_ACCESS_ACTION_PRINT,
} BbAccessAction;

/* Who answered a questionnaire. */
typedef enum
{
  BB_RESPONDENT_SELF,
  BB_RESPONDENT_PARENT,
  BB_RESPONDENT_TEACHER,
} BbRespondent;

#define BB_PROFESSION_COUNT 3
#define BB_REFERRAL_COUNT 7
#define BB_OCCUPATION_COUNT 6
#define BB_INVOLVEMENT_COUNT 3
#define BB_COURSE_STATUS_COUNT 9
#define BB_MEETING_KIND_COUNT 5
#define BB_CLOSING_REASON_COUNT 5
#define BB_HANDOVER_STATE_COUNT 4
#define BB_ACCESS_ACTION_COUNT 6
#define BB_RESPONDENT_COUNT 3

/* As in bb-enums.h: keys are the stable words of the database and files, labels are
 * translated; from_key also takes the English or translated label, in any case. */
#define BB_DECLARE_COURSE_ENUM(Type, type) \
  const char *type##_to_key    (Type        value); \
  const char *type##_get_label (Type        value); \
  gboolean    type##_from_key  (const char *key,   \
                                Type       *value);

BB_DECLARE_COURSE_ENUM (BbProfession, bb_profession)
BB_DECLARE_COURSE_ENUM (BbReferralSource, bb_referral_source)
BB_DECLARE_COURSE_ENUM (BbOccupation, bb_occupation)
BB_DECLARE_COURSE_ENUM (BbInvolvement, bb_involvement)
BB_DECLARE_COURSE_ENUM (BbCourseStatus, bb_course_status)
BB_DECLARE_COURSE_ENUM (BbMeetingKind, bb_meeting_kind)
BB_DECLARE_COURSE_ENUM (BbClosingReason, bb_closing_reason)
BB_DECLARE_COURSE_ENUM (BbHandoverState, bb_handover_state)
BB_DECLARE_COURSE_ENUM (BbAccessAction, bb_access_action)
BB_DECLARE_COURSE_ENUM (BbRespondent, bb_respondent)

G_END_DECLS
