/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-course-records.h"

/* ---- goals ----------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (BbCourseGoal, bb_course_goal, bb_course_goal_copy, bb_course_goal_free)

BbCourseGoal *
bb_course_goal_new (const char *text)
{
  BbCourseGoal *goal = g_new0 (BbCourseGoal, 1);

  goal->text = g_strdup (text);
  goal->progress = -1;
  return goal;
}

BbCourseGoal *
bb_course_goal_copy (const BbCourseGoal *goal)
{
  BbCourseGoal *copy = g_memdup2 (goal, sizeof *goal);

  copy->text = g_strdup (goal->text);
  copy->note = g_strdup (goal->note);
  return copy;
}

void
bb_course_goal_free (BbCourseGoal *goal)
{
  if (goal == NULL)
    return;

  g_free (goal->text);
  g_free (goal->note);
  g_free (goal);
}

/* ---- staff ----------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (BbCourseStaff, bb_course_staff, bb_course_staff_copy, bb_course_staff_free)

BbCourseStaff *
bb_course_staff_new (gint64      adviser_id,
                     const char *role)
{
  BbCourseStaff *staff = g_new0 (BbCourseStaff, 1);

  staff->adviser_id = adviser_id;
  staff->role = g_strdup (role);
  staff->profession = BB_PROFESSION_OTHER;
  return staff;
}

BbCourseStaff *
bb_course_staff_copy (const BbCourseStaff *staff)
{
  BbCourseStaff *copy = g_memdup2 (staff, sizeof *staff);

  copy->adviser_name = g_strdup (staff->adviser_name);
  copy->role = g_strdup (staff->role);
  return copy;
}

void
bb_course_staff_free (BbCourseStaff *staff)
{
  if (staff == NULL)
    return;

  g_free (staff->adviser_name);
  g_free (staff->role);
  g_free (staff);
}

/* ---- status events --------------------------------------------------- */

G_DEFINE_BOXED_TYPE (BbStatusEvent, bb_status_event, bb_status_event_copy, bb_status_event_free)

BbStatusEvent *
bb_status_event_copy (const BbStatusEvent *event)
{
  BbStatusEvent *copy = g_memdup2 (event, sizeof *event);

  copy->date = g_strdup (event->date);
  copy->note = g_strdup (event->note);
  copy->recorded_at = g_strdup (event->recorded_at);
  copy->recorded_by = g_strdup (event->recorded_by);
  return copy;
}

void
bb_status_event_free (BbStatusEvent *event)
{
  if (event == NULL)
    return;

  g_free (event->date);
  g_free (event->note);
  g_free (event->recorded_at);
  g_free (event->recorded_by);
  g_free (event);
}

/* ---- hand-overs ------------------------------------------------------ */

G_DEFINE_BOXED_TYPE (BbHandover, bb_handover, bb_handover_copy, bb_handover_free)

BbHandover *
bb_handover_new (gint64          course_id,
                 gint64          offer_id,
                 BbHandoverState state)
{
  BbHandover *handover = g_new0 (BbHandover, 1);

  handover->course_id = course_id;
  handover->offer_id = offer_id;
  handover->state = state;
  return handover;
}

BbHandover *
bb_handover_copy (const BbHandover *handover)
{
  BbHandover *copy = g_memdup2 (handover, sizeof *handover);

  copy->offer_title = g_strdup (handover->offer_title);
  copy->state_date = g_strdup (handover->state_date);
  copy->note = g_strdup (handover->note);
  copy->created = g_strdup (handover->created);
  copy->modified = g_strdup (handover->modified);
  return copy;
}

void
bb_handover_free (BbHandover *handover)
{
  if (handover == NULL)
    return;

  g_free (handover->offer_title);
  g_free (handover->state_date);
  g_free (handover->note);
  g_free (handover->created);
  g_free (handover->modified);
  g_free (handover);
}

/* ---- the access log -------------------------------------------------- */

G_DEFINE_BOXED_TYPE (BbAccessEntry, bb_access_entry, bb_access_entry_copy, bb_access_entry_free)

BbAccessEntry *
bb_access_entry_copy (const BbAccessEntry *entry)
{
  BbAccessEntry *copy = g_memdup2 (entry, sizeof *entry);

  copy->at = g_strdup (entry->at);
  copy->adviser = g_strdup (entry->adviser);
  copy->os_user = g_strdup (entry->os_user);
  copy->subject = g_strdup (entry->subject);
  copy->detail = g_strdup (entry->detail);
  return copy;
}

void
bb_access_entry_free (BbAccessEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->at);
  g_free (entry->adviser);
  g_free (entry->os_user);
  g_free (entry->subject);
  g_free (entry->detail);
  g_free (entry);
}
