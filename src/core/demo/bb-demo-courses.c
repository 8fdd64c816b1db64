/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The demonstration caseload: young people and their courses over the two years
 * before today, each with a status history the status machine allows, meetings,
 * outcome measures, hand-overs to the demonstration offers and a closing. Planned
 * first, so the meetings asked for can be shared out exactly, then written in bulk. */

#include "config.h"

#include <stdlib.h>

#include "bb-course-status.h"
#include "bb-demo-private.h"
#include "bb-demo-repository.h"
#include "bb-text.h"

#define MAX_STEPS 12
#define HISTORY_DAYS 730

typedef struct
{
  /* Days from the first contact. */
  BbCourseStatus status[MAX_STEPS];
  int            day[MAX_STEPS];
  guint          n_steps;
  /* Days before today of the first contact. */
  int            age;
  guint          n_meetings;
} Plan;

/* ---- the plan of a course -------------------------------------------- */

static void
add_step (Plan           *plan,
          BbCourseStatus  status,
          int             day)
{
  g_assert (plan->n_steps < MAX_STEPS);
  plan->status[plan->n_steps] = status;
  plan->day[plan->n_steps] = day;
  plan->n_steps++;
}

static gboolean
has_status (const Plan     *plan,
            BbCourseStatus  status)
{
  for (guint i = 0; i < plan->n_steps; i++)
    if (plan->status[i] == status)
      return TRUE;

  return FALSE;
}

/* How a course may run from first contact to its end, as if today were far off;
 * @force makes it pass through that status (-1 for any course). */
static void
plan_path (BbDemoRun *run,
           Plan      *plan,
           int        force)
{
  int day = 0;
  int length;

  add_step (plan, BB_COURSE_STATUS_CONTACTED, 0);
  if (force == BB_COURSE_STATUS_NOT_ADMITTED || (force < 0 && _bb_demo_chance (run, 0.06)))
    {
      add_step (plan, BB_COURSE_STATUS_NOT_ADMITTED, _bb_demo_range (run, 2, 30));
      return;
    }

  /* Most wait a little, a few a long time; some are seen at once. */
  if (force == BB_COURSE_STATUS_WAITING || _bb_demo_chance (run, 0.85))
    {
      day += _bb_demo_range (run, 1, 6);
      add_step (plan, BB_COURSE_STATUS_WAITING, day);
    }

  day += _bb_demo_chance (run, 0.8) ? _bb_demo_range (run, 3, 21) : _bb_demo_range (run, 22, 90);
  add_step (plan, BB_COURSE_STATUS_ADVISORY, day);

  length = _bb_demo_range (run, 21, 120);
  if (force == BB_COURSE_STATUS_ON_HOLD || (force < 0 && _bb_demo_chance (run, 0.1)))
    {
      int held = day + _bb_demo_range (run, 7, length);

      add_step (plan, BB_COURSE_STATUS_ON_HOLD, held);
      day = held + _bb_demo_range (run, 14, 60);
      add_step (plan, BB_COURSE_STATUS_ADVISORY, day);
      length = _bb_demo_range (run, 14, 60);
    }

  day += length;
  if (force == BB_COURSE_STATUS_TREATMENT_INDIVIDUAL || force == BB_COURSE_STATUS_TREATMENT_GROUP ||
      (force < 0 && _bb_demo_chance (run, 0.4)))
    {
      gboolean group = force == BB_COURSE_STATUS_TREATMENT_GROUP ||
                       (force != BB_COURSE_STATUS_TREATMENT_INDIVIDUAL && _bb_demo_chance (run, 0.25));

      add_step (plan, group ? BB_COURSE_STATUS_TREATMENT_GROUP : BB_COURSE_STATUS_TREATMENT_INDIVIDUAL, day);
      day += _bb_demo_range (run, 30, 150);
    }

  if (force == BB_COURSE_STATUS_FOLLOW_UP || (force < 0 && _bb_demo_chance (run, 0.5)))
    {
      add_step (plan, BB_COURSE_STATUS_FOLLOW_UP, day);
      day += _bb_demo_range (run, 30, 90);
    }

  add_step (plan, BB_COURSE_STATUS_CLOSED, day);
}

/* The course as it stands today: the path up to today. A forced course stands in
 * its forced status now. */
static void
plan_course (BbDemoRun *run,
             Plan      *plan,
             int        force)
{
  guint kept = 0;

  plan_path (run, plan, force);
  if (force >= 0)
    {
      guint i = 0;

      while (plan->status[i] != (BbCourseStatus) force)
        i++;
      plan->age = plan->day[i] + (i + 1 < plan->n_steps ? _bb_demo_int (run, (guint) (plan->day[i + 1] - plan->day[i])) : 30);
    }
  else
    plan->age = _bb_demo_int (run, HISTORY_DAYS);

  while (kept < plan->n_steps && plan->day[kept] <= plan->age)
    kept++;
  plan->n_steps = kept;
}

static BbCourseStatus
last_status (const Plan *plan)
{
  return plan->status[plan->n_steps - 1];
}

/* The days of the course with conversations: from the first advisory conversation
 * to its end (or three weeks past today, for the meetings already booked), holds
 * apart. */
static int
active_days (const Plan *plan,
             int        *intervals,
             guint      *n_intervals)
{
  int total = 0;
  guint n = 0;

  for (guint i = 0; i < plan->n_steps; i++)
    {
      BbCourseStatus status = plan->status[i];
      int start = plan->day[i];
      int end;

      if (status == BB_COURSE_STATUS_CONTACTED || status == BB_COURSE_STATUS_WAITING ||
          status == BB_COURSE_STATUS_ON_HOLD || !bb_course_status_is_open (status))
        continue;

      end = i + 1 < plan->n_steps ? plan->day[i + 1] : plan->age + 21;
      if (end <= start)
        continue;

      if (intervals != NULL)
        {
          intervals[2 * n] = start;
          intervals[2 * n + 1] = end;
        }
      n++;
      total += end - start;
    }

  if (n_intervals != NULL)
    *n_intervals = n;
  return total;
}

/* The meetings asked for, shared out by the weeks each course had conversations,
 * so the total is exact. */
static void
share_meetings (Plan  *plans,
                guint  n_plans,
                guint  n_meetings)
{
  guint64 total = 0;
  guint64 sum = 0;
  guint given = 0;
  gboolean none_active;

  for (guint i = 0; i < n_plans; i++)
    total += (guint) active_days (&plans[i], NULL, NULL) / 7 + (active_days (&plans[i], NULL, NULL) > 0);

  /* Without a single course in conversation, the meetings are network meetings. */
  none_active = total == 0;
  if (none_active)
    total = n_plans;

  for (guint i = 0; i < n_plans; i++)
    {
      int days = active_days (&plans[i], NULL, NULL);
      guint share;

      sum += none_active ? 1 : (guint) days / 7 + (days > 0);
      share = total > 0 ? (guint) (sum * n_meetings / total) : 0;
      plans[i].n_meetings = share - given;
      given = share;
    }
}

/* ---- writing --------------------------------------------------------- */

typedef struct
{
  BbDemoRun    *run;
  BbDemoBulk   *bulk;
  BbInstrument *instruments[3];
} Writer;

static BbCourseStatus
status_on (const Plan *plan,
           int         day)
{
  BbCourseStatus status = plan->status[0];

  for (guint i = 0; i < plan->n_steps && plan->day[i] <= day; i++)
    status = plan->status[i];

  return status;
}

static int
compare_ints (const void *a,
              const void *b)
{
  return *(const int *) a - *(const int *) b;
}

static gboolean
write_young_person (Writer      *writer,
                    const Plan  *plan,
                    const GDate *first_contact,
                    char       **name_out,
                    gint64      *id,
                    GError     **error)
{
  BbDemoRun *run = writer->run;
  gboolean girl = _bb_demo_chance (run, 0.55);
  const char *first = girl ? _bb_demo_pick (run, _bb_demo_girls, _bb_demo_girls_count)
                           : _bb_demo_pick (run, _bb_demo_boys, _bb_demo_boys_count);
  const char *surname = _bb_demo_pick (run, _bb_demo_surnames, _bb_demo_surnames_count);
  const BbDemoTown *town = &_bb_demo_towns[_bb_demo_int (run, _bb_demo_towns_count)];
  g_autofree char *name = g_strdup_printf ("%s %s", first, surname);
  g_autofree char *sort_key = bb_text_sort_key (name);
  g_autofree char *uuid = _bb_demo_uuid (run);
  g_autofree char *phone = _bb_demo_chance (run, 0.9) ? _bb_demo_phone (run) : NULL;
  g_autofree char *address = g_strdup_printf ("%s %d, %s %s",
                                              _bb_demo_pick (run, _bb_demo_streets, _bb_demo_streets_count),
                                              _bb_demo_range (run, 1, 140), town->postcode, town->name);
  char birth[16], created[32], consent[16];
  GDate earliest = run->today, latest = *first_contact, born;
  int age_today, consent_day;
  BbDemoYoungPerson person = { 0 };

  /* At least 12 at the first contact and at most 25 today. */
  g_date_subtract_years (&earliest, 26);
  g_date_add_days (&earliest, 1);
  g_date_subtract_years (&latest, 12);
  g_date_clear (&born, 1);
  g_date_set_julian (&born, g_date_get_julian (&earliest) +
                            _bb_demo_int (run, g_date_get_julian (&latest) - g_date_get_julian (&earliest) + 1));
  _bb_demo_format (&born, 0, birth);
  age_today = (int) g_date_get_year (&run->today) - (int) g_date_get_year (&born) -
              (g_date_get_month (&run->today) * 100 + g_date_get_day (&run->today) <
               g_date_get_month (&born) * 100 + g_date_get_day (&born));

  _bb_demo_format (first_contact, 0, created);
  g_strlcat (created, "T09:00:00Z", sizeof created);
  /* Given within the first week, and before a course that ended sooner closed. */
  consent_day = MIN (plan->age, _bb_demo_range (run, 0, 7));
  if (!bb_course_status_is_open (last_status (plan)))
    consent_day = MIN (consent_day, plan->day[plan->n_steps - 1]);
  _bb_demo_format (first_contact, consent_day, consent);

  person.uuid = uuid;
  person.name = name;
  person.sort_key = sort_key;
  person.birth_date = birth;
  person.phone = phone != NULL ? phone : "";
  person.email = "";
  person.address = address;
  person.occupation = age_today < 16 ? BB_OCCUPATION_SCHOOL
                      : (BbOccupation) _bb_demo_range (run, BB_OCCUPATION_UNKNOWN, BB_OCCUPATION_OTHER);
  person.occupation_note = "";
  person.consent_date = plan->n_steps > 1 ? consent : NULL;
  person.consent_scope = plan->n_steps > 1 ? "Samtaler og kontakt til skole og egen læge" : "";
  person.created = created;

  *id = bb_demo_bulk_add_young_person (writer->bulk, &person, error);
  if (*id == 0)
    return FALSE;

  /* Minors have their parents with them; some older ones too. */
  for (int i = 0, n = age_today < 18 ? _bb_demo_range (run, 1, 2) : _bb_demo_chance (run, 0.3); i < n; i++)
    {
      gboolean mother = i == 0 ? _bb_demo_chance (run, 0.7) : FALSE;
      const char *parent = mother ? _bb_demo_pick (run, _bb_demo_girls, _bb_demo_girls_count)
                                  : _bb_demo_pick (run, _bb_demo_boys, _bb_demo_boys_count);
      g_autofree char *parent_name = g_strdup_printf ("%s %s", parent, surname);
      g_autofree char *parent_phone = _bb_demo_phone (run);

      if (!bb_demo_bulk_add_guardian (writer->bulk, *id, i, parent_name, mother ? "Mor" : "Far", parent_phone,
                                      (BbInvolvement) _bb_demo_range (run, BB_INVOLVEMENT_NONE, BB_INVOLVEMENT_INVOLVED),
                                      error))
        return FALSE;
    }

  *name_out = g_steal_pointer (&name);
  return TRUE;
}

/* Item answers for a score at @level (0 worst, 1 best) of @instrument's range, with
 * the scatter real answers have; NULL when the instrument refuses them. */
static char *
answers (Writer       *writer,
         BbInstrument *instrument,
         double        level,
         double       *score,
         char        **scales)
{
  guint n_items = bb_instrument_get_n_items (instrument);
  guint n_scales = bb_instrument_get_n_scales (instrument);
  g_autofree double *items = g_new0 (double, n_items);
  g_autofree double *scores = g_new0 (double, n_scales);
  double min, max, step;

  bb_instrument_get_item_range (instrument, &min, &max, &step);
  if (step <= 0)
    step = 1;

  for (guint i = 0; i < n_items; i++)
    {
      double value = min + (max - min) * (level + (g_rand_double (writer->run->rand) - 0.5) * 0.3);

      value = min + step * (int) ((CLAMP (value, min, max) - min) / step + 0.5);
      items[i] = CLAMP (value, min, max);
    }

  if (!bb_instrument_score (instrument, items, n_items, scores, NULL))
    return NULL;

  *score = scores[bb_instrument_get_main_scale (instrument)];
  *scales = bb_text_join_numbers (scores, n_scales);
  return bb_text_join_numbers (items, n_items);
}

static gboolean
write_meetings (Writer         *writer,
                const Plan     *plan,
                const GDate    *first_contact,
                gint64          course_id,
                const char     *adviser,
                char           *last_held,
                GError        **error)
{
  BbDemoRun *run = writer->run;
  BbInstrument *instrument = writer->instruments[_bb_demo_int (run, G_N_ELEMENTS (writer->instruments))];
  int intervals[2 * MAX_STEPS];
  guint n_intervals;
  int total = active_days (plan, intervals, &n_intervals);
  g_autofree int *days = g_new (int, MAX (plan->n_meetings, 1));
  g_autofree char *participants = g_strdup_printf ("Den unge, %s", adviser);
  /* Most get better, some do not, a few get worse. */
  double start = 0.2 + 0.25 * g_rand_double (run->rand);
  double gain = _bb_demo_chance (run, 0.7) ? 0.2 + 0.35 * g_rand_double (run->rand)
                : _bb_demo_chance (run, 0.6) ? 0.0 : -0.15;
  guint held = 0;

  /* The first is the first advisory conversation, the day the status says; the
   * others fall on days of conversation, in order. */
  for (guint i = 0; i < plan->n_meetings; i++)
    {
      int offset = i == 0 || total == 0 ? 0 : (int) _bb_demo_int (run, (guint) total);

      if (n_intervals == 0)
        {
          days[i] = (int) _bb_demo_int (run, (guint) plan->age + 1);
          continue;
        }

      for (guint k = 0; k < n_intervals; k++)
        {
          days[i] = intervals[2 * k] + offset;
          if (offset < intervals[2 * k + 1] - intervals[2 * k])
            break;
          offset -= intervals[2 * k + 1] - intervals[2 * k];
        }
    }
  qsort (days, plan->n_meetings, sizeof (int), compare_ints);

  for (guint i = 0; i < plan->n_meetings; i++)
    {
      BbCourseStatus status = status_on (plan, days[i]);
      gboolean booked = days[i] > plan->age;
      gboolean no_show = i > 0 && !booked && _bb_demo_chance (run, 0.08);
      g_autofree char *uuid = _bb_demo_uuid (run);
      char date[16], time[8];
      BbDemoMeeting meeting = { 0 };
      guint kind = _bb_demo_int (run, 100);
      gint64 meeting_id;

      _bb_demo_format (first_contact, days[i], date);
      g_snprintf (time, sizeof time, "%02d:%s", _bb_demo_range (run, 8, 16), _bb_demo_chance (run, 0.5) ? "00" : "30");
      meeting.uuid = uuid;
      meeting.course_id = course_id;
      meeting.date = date;
      meeting.time = time;
      if (n_intervals == 0)
        meeting.kind = BB_MEETING_NETWORK;
      else if (i == 0 || status == BB_COURSE_STATUS_ADVISORY || status == BB_COURSE_STATUS_FOLLOW_UP)
        meeting.kind = i == 0 || kind < 85 ? BB_MEETING_ADVISORY : kind < 95 ? BB_MEETING_PARENT : BB_MEETING_NETWORK;
      else
        meeting.kind = kind < 80 ? (status == BB_COURSE_STATUS_TREATMENT_GROUP ? BB_MEETING_GROUP : BB_MEETING_TREATMENT)
                       : kind < 90 ? BB_MEETING_ADVISORY : BB_MEETING_NETWORK;
      meeting.participants = meeting.kind == BB_MEETING_PARENT ? "Den unge, forælder" : participants;
      meeting.duration = meeting.kind == BB_MEETING_GROUP ? 90 : _bb_demo_chance (run, 0.8) ? 60 : 45;
      meeting.notes = booked || no_show ? "" : _bb_demo_pick (run, _bb_demo_meeting_notes, _bb_demo_meeting_notes_count);
      meeting.no_show = no_show;
      meeting.rating = booked || no_show || _bb_demo_chance (run, 0.3) ? -1 : _bb_demo_range (run, 2, 5);

      meeting_id = bb_demo_bulk_add_meeting (writer->bulk, &meeting, error);
      if (meeting_id == 0)
        return FALSE;

      if (booked || no_show)
        continue;

      g_strlcpy (last_held, date, 16);
      /* A measure at the first conversation and every fourth after. */
      if (instrument != NULL && n_intervals > 0 && held++ % 4 == 0)
        {
          double progress = plan->n_meetings > 1 ? (double) i / (plan->n_meetings - 1) : 0;
          g_autofree char *uuid_measure = _bb_demo_uuid (run);
          g_autofree char *scales = NULL;
          g_autofree char *items = NULL;
          BbDemoMeasure measure = { 0 };

          items = answers (writer, instrument, CLAMP (start + gain * progress, 0.0, 1.0), &measure.score, &scales);
          if (items == NULL)
            continue;

          measure.uuid = uuid_measure;
          measure.course_id = course_id;
          measure.meeting_id = meeting_id;
          measure.instrument = bb_instrument_get_key (instrument);
          measure.date = date;
          measure.respondent = BB_RESPONDENT_SELF;
          measure.items = items;
          measure.scales = scales;
          if (!bb_demo_bulk_add_measure (writer->bulk, &measure, error))
            return FALSE;
        }
    }

  return TRUE;
}

static const BbDemoAdviser *
pick_adviser (BbDemoRun *run,
              gboolean   open)
{
  GArray *advisers = run->advisers_made;

  for (guint attempt = 0; attempt < 8; attempt++)
    {
      const BbDemoAdviser *adviser = &g_array_index (advisers, BbDemoAdviser, _bb_demo_int (run, advisers->len));

      /* Someone who has left holds only courses of the past. */
      if (adviser->active || !open)
        return adviser;
    }

  return &g_array_index (advisers, BbDemoAdviser, 0);
}

static gboolean
write_goals_and_staff (Writer               *writer,
                       gint64                course_id,
                       const BbDemoAdviser  *adviser,
                       gboolean              open,
                       GError              **error)
{
  BbDemoRun *run = writer->run;

  for (int i = 0, n = _bb_demo_range (run, 1, 3); i < n; i++)
    if (!bb_demo_bulk_add_goal (writer->bulk, course_id, i,
                                _bb_demo_goals[(guint) (i + (int) course_id) % _bb_demo_goals_count],
                                _bb_demo_chance (run, 0.8) ? _bb_demo_range (run, 0, 10) : -1, error))
      return FALSE;

  /* "Social worker advises, psychologist treats." */
  if (run->advisers_made->len > 1 && _bb_demo_chance (run, 0.25))
    {
      const BbDemoAdviser *other = pick_adviser (run, open);

      if (other->id != adviser->id &&
          !bb_demo_bulk_add_staff (writer->bulk, course_id, other->id,
                                   _bb_demo_pick (run, _bb_demo_staff_roles, _bb_demo_staff_roles_count), error))
        return FALSE;
    }

  return TRUE;
}


static gboolean
write_course (Writer      *writer,
              const Plan  *plan,
              GError     **error)
{
  BbDemoRun *run = writer->run;
  BbCourseStatus status = last_status (plan);
  gboolean open = bb_course_status_is_open (status);
  gboolean advised = has_status (plan, BB_COURSE_STATUS_ADVISORY);
  const BbDemoAdviser *adviser = pick_adviser (run, open);
  const BbReferralSource sources[] = {
    BB_REFERRAL_SELF, BB_REFERRAL_SELF, BB_REFERRAL_PARENT, BB_REFERRAL_PARENT, BB_REFERRAL_PARENT,
    BB_REFERRAL_SCHOOL, BB_REFERRAL_SCHOOL, BB_REFERRAL_SCHOOL, BB_REFERRAL_GP, BB_REFERRAL_GP,
    BB_REFERRAL_PSYCHIATRY, BB_REFERRAL_JOB_CENTRE, BB_REFERRAL_OTHER,
  };
  g_autofree char *name = NULL;
  g_autofree char *uuid = NULL;
  char first_contact[16], since[16], closed[16], assessed[16], created[32], modified[32], last_held[16] = "";
  GDate contact_date = run->today;
  BbDemoCourse course = { 0 };
  gint64 young_person_id, course_id;
  guint n_offers = run->offer_ids->len;
  gint64 onward = 0;
  BbCourseStatus held_from = BB_COURSE_STATUS_CONTACTED;

  g_date_subtract_days (&contact_date, (guint) plan->age);
  if (!write_young_person (writer, plan, &contact_date, &name, &young_person_id, error))
    return FALSE;

  uuid = _bb_demo_uuid (run);
  _bb_demo_format (&contact_date, 0, first_contact);
  _bb_demo_format (&contact_date, plan->day[plan->n_steps - 1], since);
  g_snprintf (created, sizeof created, "%sT09:00:00Z", first_contact);
  g_snprintf (modified, sizeof modified, "%sT09:00:00Z", since);

  course.uuid = uuid;
  course.young_person_id = young_person_id;
  course.adviser_id = adviser->id;
  course.referral_source = sources[_bb_demo_int (run, G_N_ELEMENTS (sources))];
  course.referral_note = course.referral_source == BB_REFERRAL_SCHOOL ? "Henvist af skolens AKT-lærer." : "";
  course.first_contact = first_contact;
  course.planned_conversations = advised ? _bb_demo_range (run, 3, 12) : -1;
  course.status = status;
  course.status_since = since;
  if (advised && _bb_demo_chance (run, 0.6))
    {
      int day = plan->day[1] + _bb_demo_range (run, 7, 30);

      /* Done by today, and by the closing of a course that ended sooner. */
      if (day <= plan->age && (open || day <= plan->day[plan->n_steps - 1]))
        {
          _bb_demo_format (&contact_date, day, assessed);
          course.assessment_date = assessed;
          course.assessment_note = "Helhedsvurdering: skole, familie og fritid gennemgået med den unge.";
        }
    }
  course.assessment_note = course.assessment_note != NULL ? course.assessment_note : "";
  if (!open)
    {
      guint reason = _bb_demo_int (run, 100);

      _bb_demo_format (&contact_date, plan->day[plan->n_steps - 1], closed);
      course.closed_date = closed;
      course.closing_reason = status == BB_COURSE_STATUS_NOT_ADMITTED || (reason >= 50 && reason < 72)
                              ? BB_CLOSING_REFERRED_ON
                              : reason < 50 ? BB_CLOSING_GOALS_REACHED
                              : reason < 87 ? BB_CLOSING_DROPPED_OUT
                              : reason < 94 ? BB_CLOSING_MOVED : BB_CLOSING_OTHER;
      if (course.closing_reason == BB_CLOSING_REFERRED_ON && n_offers > 0)
        {
          guint offer = _bb_demo_int (run, n_offers);

          onward = g_array_index (run->offer_ids, gint64, offer);
          course.onward_offer_id = onward;
          course.onward_offer_title = g_ptr_array_index (run->offer_titles, offer);
        }
    }
  course.onward_offer_title = course.onward_offer_title != NULL ? course.onward_offer_title : "";
  course.notes = _bb_demo_pick (run, _bb_demo_course_notes, _bb_demo_course_notes_count);
  course.created = created;
  course.modified = modified;

  course_id = bb_demo_bulk_add_course (writer->bulk, &course, error);
  if (course_id == 0)
    return FALSE;

  /* Every change checked against the status machine, as the repository would. */
  for (guint i = 0; i < plan->n_steps; i++)
    {
      char date[16];

      if (i > 0 && !bb_course_status_check_change (plan->status[i - 1], held_from, plan->status[i], error))
        return FALSE;
      if (i > 0 && plan->status[i] == BB_COURSE_STATUS_ON_HOLD)
        held_from = plan->status[i - 1];

      _bb_demo_format (&contact_date, plan->day[i], date);
      if (!bb_demo_bulk_add_status (writer->bulk, course_id, plan->status[i], date, adviser->name, error))
        return FALSE;
    }

  if (!write_meetings (writer, plan, &contact_date, course_id, adviser->name, last_held, error))
    return FALSE;

  if (advised && !write_goals_and_staff (writer, course_id, adviser, open, error))
    return FALSE;

  /* Hand-overs: the onward offer of a referral, and suggestions along the way. */
  if (n_offers > 0 && (onward != 0 || (advised && _bb_demo_chance (run, 0.25))))
    {
      guint offer = _bb_demo_int (run, n_offers);
      gint64 offer_id = onward != 0 ? onward : g_array_index (run->offer_ids, gint64, offer);
      const char *title = onward != 0 ? course.onward_offer_title : g_ptr_array_index (run->offer_titles, offer);
      BbHandoverState state = onward != 0 ? (_bb_demo_chance (run, 0.7) ? BB_HANDOVER_STARTED : BB_HANDOVER_ACCEPTED)
                                          : (BbHandoverState) _bb_demo_range (run, BB_HANDOVER_SUGGESTED, BB_HANDOVER_ACCEPTED);
      const char *date = *last_held != '\0' ? last_held : since;
      g_autofree char *handover_created = g_strdup_printf ("%sT12:00:00Z", date);

      if (!bb_demo_bulk_add_handover (writer->bulk, course_id, offer_id, title, state, date,
                                      _bb_demo_pick (run, _bb_demo_handover_notes, _bb_demo_handover_notes_count),
                                      handover_created, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_courses (Writer               *writer,
               const Plan           *plans,
               guint                 n_plans,
               GError              **error)
{
  for (guint i = 0; i < n_plans; i++)
    if (!write_course (writer, &plans[i], error))
      return FALSE;

  g_debug ("Demonstration data: rows made");
  return bb_demo_bulk_finish (writer->bulk, error);
}

gboolean
_bb_demo_make_courses (BbDemoRun            *run,
                       const BbDemoOptions  *options,
                       GError              **error)
{
  const char *keys[] = { "who-5", "ors", "srs" };
  g_autofree Plan *plans = g_new0 (Plan, MAX (options->n_courses, 1));
  g_autoptr(BbDemoBulk) bulk = NULL;
  Writer writer = { run, NULL, { NULL } };
  char today[16];
  gboolean done;

  if (options->n_courses == 0 || run->advisers_made->len == 0)
    return TRUE;

  /* The first courses stand in each status, so every one is there to be seen. */
  for (guint i = 0; i < options->n_courses; i++)
    plan_course (run, &plans[i], i < BB_COURSE_STATUS_COUNT ? (int) i : -1);
  share_meetings (plans, options->n_courses,
                  options->n_meetings > 0 ? options->n_meetings : 10 * options->n_courses);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    writer.instruments[i] = bb_instrument_repository_lookup (run->instruments, keys[i]);

  _bb_demo_format (&run->today, 0, today);
  bulk = bb_demo_bulk_new (run->database, today, error);
  if (bulk == NULL)
    return FALSE;

  writer.bulk = bulk;
  g_debug ("Demonstration data: courses planned");
  done = write_courses (&writer, plans, options->n_courses, error);

  for (guint i = 0; i < G_N_ELEMENTS (writer.instruments); i++)
    g_clear_object (&writer.instruments[i]);
  return done;
}
