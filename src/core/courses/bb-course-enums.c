/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-course-enums.h"
#include "bb-enums.h"

G_DEFINE_QUARK (bb-course-error-quark, bb_course_error)

/* Each label has a context: the same English word ("Other", "Parent") is a different
 * Danish word for each list. */
static const BbEnumEntry professions[BB_PROFESSION_COUNT] = {
  [BB_PROFESSION_SOCIAL_WORKER] = { "social-worker", "profession", NC_("profession", "Social worker") },
  [BB_PROFESSION_PSYCHOLOGIST] = { "psychologist", "profession", NC_("profession", "Psychologist") },
  [BB_PROFESSION_OTHER] = { "other", "profession", NC_("profession", "Other") },
};

static const BbEnumEntry referral_sources[BB_REFERRAL_COUNT] = {
  [BB_REFERRAL_SELF] = { "self", "referral source", NC_("referral source", "The young person") },
  [BB_REFERRAL_PARENT] = { "parent", "referral source", NC_("referral source", "Parent") },
  [BB_REFERRAL_SCHOOL] = { "school", "referral source", NC_("referral source", "School") },
  [BB_REFERRAL_GP] = { "gp", "referral source", NC_("referral source", "General practitioner") },
  [BB_REFERRAL_PSYCHIATRY] = { "psychiatry", "referral source", NC_("referral source", "Psychiatry") },
  [BB_REFERRAL_JOB_CENTRE] = { "job-centre", "referral source", NC_("referral source", "Job centre") },
  [BB_REFERRAL_OTHER] = { "other", "referral source", NC_("referral source", "Other") },
};

static const BbEnumEntry occupations[BB_OCCUPATION_COUNT] = {
  [BB_OCCUPATION_UNKNOWN] = { "unknown", "occupation", NC_("occupation", "Not known") },
  [BB_OCCUPATION_SCHOOL] = { "school", "occupation", NC_("occupation", "In school") },
  [BB_OCCUPATION_EDUCATION] = { "education", "occupation", NC_("occupation", "In education") },
  [BB_OCCUPATION_WORK] = { "work", "occupation", NC_("occupation", "In work") },
  [BB_OCCUPATION_NONE] = { "none", "occupation", NC_("occupation", "Neither school, education nor work") },
  [BB_OCCUPATION_OTHER] = { "other", "occupation", NC_("occupation", "Other") },
};

static const BbEnumEntry involvements[BB_INVOLVEMENT_COUNT] = {
  [BB_INVOLVEMENT_NONE] = { "none", "involvement", NC_("involvement", "Not involved") },
  [BB_INVOLVEMENT_INFORMED] = { "informed", "involvement", NC_("involvement", "Kept informed") },
  [BB_INVOLVEMENT_INVOLVED] = { "involved", "involvement", NC_("involvement", "Takes part") },
};

static const BbEnumEntry course_statuses[BB_COURSE_STATUS_COUNT] = {
  [BB_COURSE_STATUS_CONTACTED] = { "contacted", "course status", NC_("course status", "First contact") },
  [BB_COURSE_STATUS_WAITING] = { "waiting", "course status", NC_("course status", "Waiting") },
  [BB_COURSE_STATUS_ADVISORY] = { "advisory", "course status", NC_("course status", "Advisory conversations") },
  [BB_COURSE_STATUS_TREATMENT_INDIVIDUAL] = { "treatment-individual", "course status", NC_("course status", "Individual treatment course") },
  [BB_COURSE_STATUS_TREATMENT_GROUP] = { "treatment-group", "course status", NC_("course status", "Group course") },
  [BB_COURSE_STATUS_FOLLOW_UP] = { "follow-up", "course status", NC_("course status", "Follow-up") },
  [BB_COURSE_STATUS_ON_HOLD] = { "on-hold", "course status", NC_("course status", "On hold") },
  [BB_COURSE_STATUS_CLOSED] = { "closed", "course status", NC_("course status", "Closed") },
  [BB_COURSE_STATUS_NOT_ADMITTED] = { "not-admitted", "course status", NC_("course status", "Not admitted, referred on") },
};

static const BbEnumEntry meeting_kinds[BB_MEETING_KIND_COUNT] = {
  [BB_MEETING_ADVISORY] = { "advisory", "meeting kind", NC_("meeting kind", "Advisory conversation") },
  [BB_MEETING_TREATMENT] = { "treatment", "meeting kind", NC_("meeting kind", "Treatment session") },
  [BB_MEETING_NETWORK] = { "network", "meeting kind", NC_("meeting kind", "Network meeting") },
  [BB_MEETING_PARENT] = { "parent", "meeting kind", NC_("meeting kind", "Parent conversation") },
  [BB_MEETING_GROUP] = { "group", "meeting kind", NC_("meeting kind", "Group session") },
};

static const BbEnumEntry closing_reasons[BB_CLOSING_REASON_COUNT] = {
  [BB_CLOSING_GOALS_REACHED] = { "goals-reached", "closing reason", NC_("closing reason", "Goals reached") },
  [BB_CLOSING_REFERRED_ON] = { "referred-on", "closing reason", NC_("closing reason", "Referred on") },
  [BB_CLOSING_DROPPED_OUT] = { "dropped-out", "closing reason", NC_("closing reason", "Dropped out") },
  [BB_CLOSING_MOVED] = { "moved", "closing reason", NC_("closing reason", "Moved away") },
  [BB_CLOSING_OTHER] = { "other", "closing reason", NC_("closing reason", "Other") },
};

static const BbEnumEntry handover_states[BB_HANDOVER_STATE_COUNT] = {
  [BB_HANDOVER_SUGGESTED] = { "suggested", "hand-over state", NC_("hand-over state", "Suggested") },
  [BB_HANDOVER_REFERRED] = { "referred", "hand-over state", NC_("hand-over state", "Referred") },
  [BB_HANDOVER_ACCEPTED] = { "accepted", "hand-over state", NC_("hand-over state", "Accepted") },
  [BB_HANDOVER_STARTED] = { "started", "hand-over state", NC_("hand-over state", "Started") },
};

static const BbEnumEntry access_actions[BB_ACCESS_ACTION_COUNT] = {
  [BB_ACCESS_ACTION_OPEN] = { "open", "access", NC_("access", "Opened") },
  [BB_ACCESS_ACTION_CREATE] = { "create", "access", NC_("access", "Created") },
  [BB_ACCESS_ACTION_CHANGE] = { "change", "access", NC_("access", "Changed") },
  [BB_ACCESS_ACTION_DELETE] = { "delete", "access", NC_("access", "Deleted") },
  [BB_ACCESS_ACTION_EXPORT] = { "export", "access", NC_("access", "Exported") },
  [BB_ACCESS_ACTION_PRINT] = { "print", "access", NC_("access", "Printed") },
};

static const BbEnumEntry respondents[BB_RESPONDENT_COUNT] = {
  [BB_RESPONDENT_SELF] = { "self", "respondent", NC_("respondent", "The young person") },
  [BB_RESPONDENT_PARENT] = { "parent", "respondent", NC_("respondent", "Parent") },
  [BB_RESPONDENT_TEACHER] = { "teacher", "respondent", NC_("respondent", "Teacher") },
};

BB_DEFINE_ENUM (BbProfession, bb_profession, professions)
BB_DEFINE_ENUM (BbReferralSource, bb_referral_source, referral_sources)
BB_DEFINE_ENUM (BbOccupation, bb_occupation, occupations)
BB_DEFINE_ENUM (BbInvolvement, bb_involvement, involvements)
BB_DEFINE_ENUM (BbCourseStatus, bb_course_status, course_statuses)
BB_DEFINE_ENUM (BbMeetingKind, bb_meeting_kind, meeting_kinds)
BB_DEFINE_ENUM (BbClosingReason, bb_closing_reason, closing_reasons)
BB_DEFINE_ENUM (BbHandoverState, bb_handover_state, handover_states)
BB_DEFINE_ENUM (BbAccessAction, bb_access_action, access_actions)
BB_DEFINE_ENUM (BbRespondent, bb_respondent, respondents)
