/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The demonstration municipality's implementation plans: one per template, each at
 * its own stage and status, begun some months before today, with the template's
 * rows filled in as a project group would have them after that time — activities
 * in every status (some overdue), a fidelity history rated every quarter, indicators
 * with measurements (the course figures from the generated courses where there are
 * some), partners, trial actions with learning reviews and competence events. Every
 * choice comes from the run's random numbers, every date from its today. The texts
 * are Danish, as the rest of the municipality's. */

#include "config.h"

#include <math.h>

#include "bb-demo-private.h"

typedef struct
{
  BbPlanStage   stage;
  BbPlanStatus  status;
  /* How long before today the plan began. */
  int           months_running;
  const char   *organisation;
  const char   *purpose;
  const char   *target_group;
} PlanKind;

/* In the order of the templates (by model, then version); more templates reuse them. */
static const PlanKind plan_kinds[] = {
  { BB_PLAN_STAGE_INITIAL_IMPLEMENTATION, BB_PLAN_STATUS_ACTIVE, 14, "Børn og Unge, Familieafdelingen",
    "Et sammenhængende forløbsprogram, så børn og unge med begyndende mistrivsel får hjælp i tide.",
    "Børn og unge 6-17 år og deres forældre" },
  { BB_PLAN_STAGE_FULL_IMPLEMENTATION, BB_PLAN_STATUS_COMPLETED, 30, "Socialafdelingen, Voksenområdet",
    "Borgere i hjemløshed får egen bolig med intensiv bostøtte efter Housing First.",
    "Borgere over 18 år i hjemløshed" },
  { BB_PLAN_STAGE_INSTALLATION, BB_PLAN_STATUS_ACTIVE, 8, "Ungerådgivningen",
    "Lettere og hurtigere adgang til rådgivning og behandling for unge i psykisk mistrivsel.",
    "Unge 15-25 år i psykisk mistrivsel" },
  { BB_PLAN_STAGE_EXPLORATION, BB_PLAN_STATUS_DRAFT, 2, "Ungerådgivningen",
    "Udforske, om vi kan tilrettelægge ungeindsatsen efter den nyeste version af modellen.",
    "Unge 15-25 år i psykisk mistrivsel" },
};

static const char *const responsibles[] = {
  "Projektleder", "Teamleder", "Ledergruppen", "Koordinator", "Rådgiverteamet", "Styregruppen",
};

static const char *const coordinate_with[] = {
  "PPR", "Jobcentret", "UU-vejledningen", "Børne- og ungepsykiatrien", "SSP", "Skolerne",
};

static const char *const extra_activities[][2] = {
  { "Opstartsmøde med styregruppen", "Mål, roller og mødeplan aftales." },
  { "Introduktion for alle medarbejdere", "Modellen og planen præsenteres på et personalemøde." },
  { "Fast sparring med modelejer", "Månedlig sparring om trofasthed og tilpasninger." },
  { "Evalueringsmøde", "Indikatorerne gennemgås, og næste skridt besluttes." },
  { "Opdatering af hjemmesiden", "Målgruppen kan finde tilbuddet og henvende sig direkte." },
  { "Møde med samarbejdspartnere", "Henvisningsveje og overleveringer aftales." },
  { "Kvartalsopfølgning", "Status på aktiviteter og trofasthed til styregruppen." },
  { "Fælles sagsgennemgang", "Rådgiverne gennemgår udvalgte forløb sammen." },
};

static const char *const partner_names[][3] = {
  { "PPR", "Henviser børn og unge med skolevanskeligheder.", "Skolepsykologerne" },
  { "Jobcentret", "Aftaler overgang for unge over 18 år.", "Ungeindsatsen" },
  { "Børne- og ungepsykiatrien", "Tilbagemelding ved afslag på udredning.", "Visitationen" },
  { "Skolerne", "Fortæller elever om tilbuddet.", "Skoleledere og AKT-lærere" },
  { "SSP", "Tager kontakt til unge i risiko.", "SSP-konsulenterne" },
  { "Frivilligcentret", "Tilbyder fællesskaber efter forløbet.", "Foreningerne" },
};

static const char *const trial_titles[][2] = {
  { "Drop-in om eftermiddagen", "Åben rådgivning uden tidsbestilling to eftermiddage om ugen." },
  { "Samtaler via video", "Første samtale kan holdes på video." },
  { "Fast kontaktperson på skolerne", "Hver skole har en fast rådgiver at ringe til." },
  { "Sms-påmindelse før samtaler", "En påmindelse dagen før, for at færre udebliver." },
};

static const char *const review_notes[][2] = {
  { "Flere henvendte sig selv.", "Fredag var for sent på dagen." },
  { "Rådgiverne var godt forberedt.", "Lokalet var for lille." },
  { "Færre udeblev fra samtalerne.", "Nogle numre var forkerte." },
  { "Skolerne brugte kontaktpersonen.", "Ikke alle skoler kendte ordningen." },
};

static const char *const competence_titles[] = {
  "Kursus i motiverende samtale", "Temadag om modellens kerneelementer", "Supervision i grupper",
  "Oplæg om trofasthedsmåling",
};

static const char *const adaptations[] = {
  "Ugentligt koordineringsmøde indføres.", "Ledelsen afsætter tid i kalenderen.",
  "Fælles dokumentation i stedet for egne regneark.", "Nye medarbejdere får en mentor.",
};

static const char *const challenge_notes[] = {
  "Drøftes i styregruppen.", "Afhænger af budgettet for næste år.", "Løses sammen med HR.", "",
};

/* ---- helpers ---------------------------------------------------------- */

static char *
months_from (const GDate *date,
             int          months)
{
  GDate moved = *date;
  char buffer[16];

  if (months > 0)
    g_date_add_months (&moved, (guint) months);
  else if (months < 0)
    g_date_subtract_months (&moved, (guint) -months);
  _bb_demo_format (&moved, 0, buffer);
  return g_strdup (buffer);
}

static int
days_between (const GDate *from,
              const GDate *to)
{
  return g_date_days_between (from, to);
}

typedef struct
{
  BbDemoRun       *run;
  BbPlanTemplate  *template;
  const PlanKind  *kind;
  gint64           id;
  GDate            start;
  GPtrArray       *elements;
} PlanRun;

/* ---- the plan and its stages ------------------------------------------ */

static gboolean
make_plan (PlanRun  *plan_run,
           GError  **error)
{
  BbDemoRun *run = plan_run->run;
  const PlanKind *kind = plan_run->kind;
  g_autofree char *title = NULL;
  g_autofree char *uuid = _bb_demo_uuid (run);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(GPtrArray) events = NULL;
  char date[16];

  /* The first of the month it began. */
  plan_run->start = run->today;
  g_date_subtract_months (&plan_run->start, (guint) kind->months_running);
  g_date_set_day (&plan_run->start, 1);
  start = months_from (&plan_run->start, 0);
  end = months_from (&plan_run->start, 36);

  title = g_strdup_printf ("Implementeringsplan – %s %s", bb_plan_template_get_title (plan_run->template)->da,
                           bb_plan_template_get_version (plan_run->template));
  plan_run->id = bb_plan_repository_create (run->plans, plan_run->template, title, error);
  if (plan_run->id == 0)
    return FALSE;

  plan = bb_plan_repository_get (run->plans, plan_run->id, error);
  if (plan == NULL)
    return FALSE;

  bb_plan_set_uuid (plan, uuid);
  bb_plan_set_organisation (plan, kind->organisation);
  bb_plan_set_owner (plan, "Projektleder");
  bb_plan_set_purpose (plan, kind->purpose);
  bb_plan_set_target_group (plan, kind->target_group);
  bb_plan_set_period_start (plan, start);
  bb_plan_set_period_end (plan, end);
  bb_plan_set_status (plan, kind->status);
  if (!bb_plan_repository_save (run->plans, plan, error))
    return FALSE;

  /* Exploration began with the plan; each later stage a share of the time since. */
  events = bb_plan_repository_list_stage_events (run->plans, plan_run->id, error);
  if (events == NULL ||
      !bb_plan_repository_redate_stage_event (run->plans, ((BbStageEvent *) g_ptr_array_index (events, 0))->id,
                                              start, error))
    return FALSE;

  for (guint s = 1; s <= (guint) kind->stage; s++)
    {
      int span = days_between (&plan_run->start, &run->today);

      _bb_demo_format (&plan_run->start, span * (int) s / ((int) kind->stage + 1), date);
      if (!bb_plan_repository_change_stage (run->plans, plan_run->id, (BbPlanStage) s, date, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- rows ------------------------------------------------------------- */

/* A quarterly fidelity rating of every core element from the start to today, each
 * level at least the one before. */
static gboolean
rate_elements (PlanRun  *plan_run,
               GError  **error)
{
  BbDemoRun *run = plan_run->run;

  for (guint e = 0; e < plan_run->elements->len; e++)
    {
      BbPlanElement *element = g_ptr_array_index (plan_run->elements, e);
      int level = BB_FIDELITY_NOT_STARTED;

      for (int month = 1; month <= plan_run->kind->months_running; month += 3)
        {
          g_autoptr(BbFidelityRating) rating = bb_fidelity_rating_new ();

          if (_bb_demo_chance (run, 0.45))
            level = MIN (level + 1, BB_FIDELITY_FULLY);
          rating->element_id = element->id;
          rating->date = months_from (&plan_run->start, month);
          rating->level = (BbFidelity) level;
          if (_bb_demo_chance (run, 0.3))
            rating->note = g_strdup (level >= BB_FIDELITY_LARGELY ? "Fungerer i hverdagen." : "Mangler stadig tid.");
          if (!bb_plan_repository_rate_element (run->plans, rating, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
rate_challenges (PlanRun  *plan_run,
                 GError  **error)
{
  BbDemoRun *run = plan_run->run;
  g_autoptr(GPtrArray) challenges = bb_plan_repository_list_challenges (run->plans, plan_run->id, error);
  g_autoptr(GPtrArray) areas = NULL;

  if (challenges == NULL)
    return FALSE;

  for (guint i = 0; i < challenges->len; i++)
    {
      BbPlanChallenge *challenge = g_ptr_array_index (challenges, i);

      challenge->rating = (BbChallengeRating) _bb_demo_range (run, BB_CHALLENGE_NOT_RATED, BB_CHALLENGE_HIGH);
      challenge->note = g_strdup (_bb_demo_pick (run, challenge_notes, G_N_ELEMENTS (challenge_notes)));
      if (!bb_plan_repository_save_challenge (run->plans, challenge, error))
        return FALSE;
    }

  areas = bb_plan_repository_list_focus_areas (run->plans, plan_run->id, error);
  if (areas == NULL)
    return FALSE;

  for (guint i = 0; i < areas->len; i++)
    {
      BbFocusArea *area = g_ptr_array_index (areas, i);

      if (!_bb_demo_chance (run, 0.6))
        continue;
      area->adaptations = g_strdup (_bb_demo_pick (run, adaptations, G_N_ELEMENTS (adaptations)));
      if (!bb_plan_repository_save_focus_area (run->plans, area, error))
        return FALSE;
    }
  return TRUE;
}

/* Dates from the plan's start on and a status as time has it: the first five take
 * each status in turn, so every one is there, and the second planned one ended
 * before today, so there is always something overdue. */
static void
schedule_activity (PlanRun        *plan_run,
                   BbPlanActivity *activity,
                   guint           index)
{
  BbDemoRun *run = plan_run->run;
  int span = MAX (days_between (&plan_run->start, &run->today), 30);
  int start = _bb_demo_range (run, 0, span + 120);
  int length = _bb_demo_range (run, 7, 90);
  char date[16];

  if (index == 1 || index == 5)
    {
      /* Planned, and overdue. */
      start = MAX (span - length - 20, 0);
      length = MIN (length, span - start - 1);
    }

  _bb_demo_format (&plan_run->start, start, date);
  g_free (activity->start_date);
  activity->start_date = g_strdup (date);
  g_clear_pointer (&activity->end_date, g_free);
  if (_bb_demo_chance (run, 0.7))
    {
      _bb_demo_format (&plan_run->start, start + length, date);
      activity->end_date = g_strdup (date);
    }
  else
    activity->duration_days = length;

  if (index < BB_ACTIVITY_STATUS_COUNT)
    activity->status = (BbActivityStatus) index;
  else if (index == 5)
    activity->status = BB_ACTIVITY_PLANNED;
  else if (start + length < span)
    activity->status = _bb_demo_chance (run, 0.8) ? BB_ACTIVITY_DONE : BB_ACTIVITY_PLANNED;
  else if (start < span)
    activity->status = BB_ACTIVITY_IN_PROGRESS;
  else
    activity->status = _bb_demo_chance (run, 0.9) ? BB_ACTIVITY_PLANNED : BB_ACTIVITY_POSTPONED;

  g_free (activity->responsible);
  activity->responsible = g_strdup (_bb_demo_pick (run, responsibles, G_N_ELEMENTS (responsibles)));
  g_free (activity->coordinate_with);
  activity->coordinate_with = g_strdup (_bb_demo_pick (run, coordinate_with, G_N_ELEMENTS (coordinate_with)));
  if (activity->status == BB_ACTIVITY_DONE || activity->status == BB_ACTIVITY_IN_PROGRESS)
    {
      g_free (activity->progress_notes);
      activity->progress_notes = g_strdup (activity->status == BB_ACTIVITY_DONE ? "Gennemført som planlagt."
                                                                                  : "I gang; status på næste møde.");
    }
}

static gboolean
make_activities (PlanRun  *plan_run,
                 GError  **error)
{
  BbDemoRun *run = plan_run->run;
  g_autoptr(GPtrArray) activities = bb_plan_repository_list_activitys (run->plans, plan_run->id, error);
  guint n_extra;

  if (activities == NULL)
    return FALSE;

  for (guint i = 0; i < activities->len; i++)
    {
      BbPlanActivity *activity = g_ptr_array_index (activities, i);

      schedule_activity (plan_run, activity, i);
      activity->actor = g_strdup ("Rådgiverne");
      activity->target = g_strdup (plan_run->kind->target_group);
      activity->outcome = g_strdup ("Flere i målgruppen får hjælp i tide");
      if (!bb_plan_repository_save_activity (run->plans, activity, error))
        return FALSE;
    }

  n_extra = (guint) _bb_demo_range (run, 4, G_N_ELEMENTS (extra_activities));
  for (guint i = 0; i < n_extra; i++)
    {
      g_autoptr(BbPlanActivity) activity = bb_plan_activity_new ();

      activity->plan_id = plan_run->id;
      activity->position = (int) (activities->len + i);
      activity->title = g_strdup (extra_activities[i][0]);
      activity->content = g_strdup (extra_activities[i][1]);
      if (plan_run->elements->len > 0 && _bb_demo_chance (run, 0.6))
        activity->element_id =
          ((BbPlanElement *) g_ptr_array_index (plan_run->elements,
                                                _bb_demo_int (run, plan_run->elements->len)))->id;
      schedule_activity (plan_run, activity, activities->len + i);
      if (!bb_plan_repository_save_activity (run->plans, activity, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
make_partners (PlanRun  *plan_run,
               GError  **error)
{
  BbDemoRun *run = plan_run->run;
  guint n = (guint) _bb_demo_range (run, 3, G_N_ELEMENTS (partner_names));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BbPlanPartner) partner = bb_plan_partner_new ();

      partner->plan_id = plan_run->id;
      partner->position = (int) i;
      partner->name = g_strdup (partner_names[i][0]);
      partner->new_tasks = g_strdup (partner_names[i][1]);
      partner->to_inform = g_strdup (partner_names[i][2]);
      partner->contact_person = g_strdup_printf ("%s %s",
                                                 _bb_demo_pick (run, _bb_demo_girls, _bb_demo_girls_count),
                                                 _bb_demo_pick (run, _bb_demo_surnames, _bb_demo_surnames_count));
      if (_bb_demo_chance (run, 0.5))
        {
          partner->agreement = g_strdup ("Skriftlig samarbejdsaftale");
          partner->agreement_date = months_from (&plan_run->start,
                                                 _bb_demo_range (run, 0, plan_run->kind->months_running));
        }
      if (!bb_plan_repository_save_partner (run->plans, partner, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- indicators ------------------------------------------------------- */

static gboolean
add_indicator (PlanRun          *plan_run,
               BbIndicatorKind   kind,
               const char       *name,
               const char       *unit,
               double            target,
               BbPlanIndicator **out,
               GError          **error)
{
  BbDemoRun *run = plan_run->run;
  g_autoptr(BbPlanIndicator) indicator = bb_plan_indicator_new ();

  indicator->plan_id = plan_run->id;
  indicator->name = g_strdup (name);
  indicator->definition = g_strdup (kind == BB_INDICATOR_MANUAL ? "Optalt af koordinatoren hver måned."
                                                                : "Beregnet af forløbene, måned for måned.");
  indicator->source = g_strdup (kind == BB_INDICATOR_MANUAL ? "Egen optælling" : "Forløbene");
  indicator->kind = kind;
  indicator->target = target;
  indicator->unit = g_strdup (unit);
  if (plan_run->elements->len > 0)
    indicator->element_id =
      ((BbPlanElement *) g_ptr_array_index (plan_run->elements, _bb_demo_int (run, plan_run->elements->len)))->id;
  if (!bb_plan_repository_save_indicator (run->plans, indicator, error))
    return FALSE;

  *out = g_steal_pointer (&indicator);
  return TRUE;
}

/* Typed in once a month since the start, drifting towards the target. */
static gboolean
measure_by_hand (PlanRun          *plan_run,
                 BbPlanIndicator  *indicator,
                 double            from,
                 GError          **error)
{
  BbDemoRun *run = plan_run->run;
  double value = from;

  for (int month = 1; month <= plan_run->kind->months_running; month++)
    {
      g_autoptr(BbMeasurement) measurement = bb_measurement_new ();

      value += (indicator->target - value) * 0.15 + (g_rand_double (run->rand) - 0.5) * fabs (from) * 0.1;
      measurement->indicator_id = indicator->id;
      measurement->date = months_from (&plan_run->start, month);
      measurement->value = round (value * 10) / 10;
      if (!bb_plan_repository_save_measurement (run->plans, measurement, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
make_indicators (PlanRun  *plan_run,
                 GError  **error)
{
  BbDemoRun *run = plan_run->run;
  g_autoptr(BbPlanIndicator) counted = NULL;
  g_autoptr(BbPlanIndicator) waiting = NULL;
  g_autoptr(BbPlanIndicator) goals = NULL;

  if (!add_indicator (plan_run, BB_INDICATOR_MANUAL, "Henvendelser om måneden", "henvendelser", 40, &counted,
                      error) ||
      !measure_by_hand (plan_run, counted, 18, error))
    return FALSE;

  /* The youth model follows the courses' own figures. */
  if (g_strcmp0 (bb_plan_template_get_model (plan_run->template), "youth-intervention") != 0)
    return TRUE;

  if (!add_indicator (plan_run, BB_INDICATOR_WAITING_MEDIAN, "Ventetid til første samtale", "dage", 14, &waiting,
                      error) ||
      !add_indicator (plan_run, BB_INDICATOR_SHARE_GOALS_REACHED, "Afsluttet med mål nået", "andel", 0.6, &goals,
                      error))
    return FALSE;

  if (run->courses != NULL)
    {
      g_autofree char *from = months_from (&plan_run->start, 0);
      g_autofree char *to = months_from (&run->today, 0);
      g_autoptr(GPtrArray) months = NULL;

      from[7] = '\0';
      to[7] = '\0';
      months = bb_course_repository_list_month_figures (run->courses, from, to, 0, error);
      return months != NULL &&
             bb_plan_repository_fill_indicator (run->plans, waiting->id, months, BB_MEASUREMENT_COURSES, error) &&
             bb_plan_repository_fill_indicator (run->plans, goals->id, months, BB_MEASUREMENT_COURSES, error);
    }

  return measure_by_hand (plan_run, waiting, 35, error) && measure_by_hand (plan_run, goals, 0.3, error);
}

/* ---- trials and competence -------------------------------------------- */

static gboolean
make_trials (PlanRun  *plan_run,
             GError  **error)
{
  BbDemoRun *run = plan_run->run;
  guint n = (guint) _bb_demo_range (run, 1, G_N_ELEMENTS (trial_titles));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BbTrialAction) trial = bb_trial_action_new ();
      int begun = _bb_demo_range (run, 0, MAX (plan_run->kind->months_running - 1, 0));

      trial->plan_id = plan_run->id;
      trial->position = (int) i;
      trial->title = g_strdup (trial_titles[i][0]);
      trial->description = g_strdup (trial_titles[i][1]);
      trial->start_date = months_from (&plan_run->start, begun);
      if (plan_run->elements->len > 0)
        trial->element_id = ((BbPlanElement *) g_ptr_array_index (plan_run->elements, i % plan_run->elements->len))->id;
      if (!bb_plan_repository_save_trial (run->plans, trial, error))
        return FALSE;

      /* A learning review every other month since it began. */
      for (int month = begun + 1; month < plan_run->kind->months_running; month += 2)
        {
          g_autoptr(BbLearningReview) review = bb_learning_review_new ();

          review->trial_id = trial->id;
          review->date = months_from (&plan_run->start, month);
          review->worked = g_strdup (review_notes[i][0]);
          review->did_not_work = g_strdup (review_notes[i][1]);
          review->decision = (BbTrialDecision) _bb_demo_range (run, BB_TRIAL_DECISION_CONTINUE, BB_TRIAL_DECISION_DROP);
          if (!bb_plan_repository_save_review (run->plans, review, error))
            return FALSE;
          if (review->decision == BB_TRIAL_DECISION_DROP)
            break;
        }
    }
  return TRUE;
}

static gboolean
make_competence_events (PlanRun  *plan_run,
                        GError  **error)
{
  BbDemoRun *run = plan_run->run;
  guint n = (guint) _bb_demo_range (run, 1, G_N_ELEMENTS (competence_titles));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BbCompetenceEvent) event = bb_competence_event_new ();
      int participants = _bb_demo_range (run, 6, 30);

      event->plan_id = plan_run->id;
      event->date = months_from (&plan_run->start, _bb_demo_range (run, 0, plan_run->kind->months_running));
      event->title = g_strdup (competence_titles[i]);
      event->n_participants = participants;
      event->participants = g_strdup ("Rådgivere og ledere");
      event->share_rating_high = _bb_demo_range (run, participants / 2, participants) / (double) participants;
      /* Asked some months after: the share who used it, when they have been asked. */
      if (_bb_demo_chance (run, 0.7))
        event->share_used_after = _bb_demo_range (run, participants / 3, participants) / (double) participants;
      if (!bb_plan_repository_save_competence_event (run->plans, event, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- the plans -------------------------------------------------------- */

gboolean
_bb_demo_make_plans (BbDemoRun  *run,
                     GError    **error)
{
  if (run->plans == NULL || run->templates == NULL)
    return TRUE;

  for (guint t = 0; t < run->templates->len; t++)
    {
      PlanRun plan_run = { run, g_ptr_array_index (run->templates, t), &plan_kinds[t % G_N_ELEMENTS (plan_kinds)] };
      gboolean done;

      if (!make_plan (&plan_run, error))
        return FALSE;

      plan_run.elements = bb_plan_repository_list_elements (run->plans, plan_run.id, error);
      done = plan_run.elements != NULL &&
             rate_elements (&plan_run, error) &&
             rate_challenges (&plan_run, error) &&
             make_activities (&plan_run, error) &&
             make_partners (&plan_run, error) &&
             make_indicators (&plan_run, error) &&
             make_trials (&plan_run, error) &&
             make_competence_events (&plan_run, error);
      g_clear_pointer (&plan_run.elements, g_ptr_array_unref);
      if (!done)
        return FALSE;
    }
  return TRUE;
}
