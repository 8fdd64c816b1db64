/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <math.h>

#include "bb-test-courses.h"
#include "bb-test-utils.h"

static BbInstrument *
lookup (BbTestCourses *fixture,
        const char    *key)
{
  BbInstrument *instrument = bb_instrument_repository_lookup (fixture->instruments, key);

  g_assert_nonnull (instrument);
  return instrument;
}

static guint
scale_of (BbInstrument *instrument,
          const char   *id)
{
  for (guint i = 0; i < bb_instrument_get_n_scales (instrument); i++)
    if (g_strcmp0 (bb_instrument_get_scale_id (instrument, i), id) == 0)
      return i;

  g_assert_not_reached ();
}

/* The main score of @items, which must be accepted. */
static double
score (BbInstrument *instrument,
       const double *items,
       guint         n_items)
{
  g_autofree double *scores = g_new0 (double, bb_instrument_get_n_scales (instrument));
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_instrument_score (instrument, items, n_items, scores, &error));
  g_assert_no_error (error);
  return scores[bb_instrument_get_main_scale (instrument)];
}

/* The label of the mark on @value, or "" for none. */
static const char *
mark (BbInstrument *instrument,
      double        value,
      BbRespondent  respondent,
      int           age)
{
  const BbInstrumentCutoff *cutoff = bb_instrument_classify (instrument, bb_instrument_get_main_scale (instrument),
                                                             value, respondent, age);

  return cutoff != NULL ? cutoff->label : "";
}

static void
assert_refused (BbInstrument *instrument,
                const double *items,
                guint         n_items,
                const char   *in_message)
{
  g_autofree double *scores = g_new0 (double, bb_instrument_get_n_scales (instrument));
  g_autoptr(GError) error = NULL;

  g_assert_false (bb_instrument_score (instrument, items, n_items, scores, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_OUT_OF_RANGE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, in_message));
}

static void
test_built_in (BbTestCourses *fixture,
               gconstpointer  data)
{
  GListModel *list = bb_instrument_repository_list (fixture->instruments);
  const char *keys[] = { "ors", "sdq", "srs", "who-5" };

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(BbInstrument) instrument = lookup (fixture, keys[i]);

      /* Each names the publication its scoring comes from, and its licence. */
      g_assert_cmpuint (strlen (bb_instrument_get_source (instrument)), >, 50);
      g_assert_cmpuint (strlen (bb_instrument_get_licence (instrument)), >, 20);
      g_assert_false (bb_instrument_is_custom (instrument));
    }

  /* Questionnaires whose licence forbids copying carry no texts; ORS and SRS only
   * name their four scales. */
  {
    g_autoptr(BbInstrument) sdq = lookup (fixture, "sdq");
    g_autoptr(BbInstrument) ors = lookup (fixture, "ors");
    g_autoptr(BbInstrument) who5 = lookup (fixture, "who-5");

    for (guint item = 1; item <= 25; item++)
      g_assert_null (bb_instrument_get_item_label (sdq, item));
    g_assert_cmpstr (bb_instrument_get_item_label (ors, 1), ==, "Individually");
    g_assert_cmpuint (strlen (bb_instrument_get_item_label (ors, 4)), <, 12);
    g_assert_cmpstr (bb_instrument_get_item_label (who5, 1), ==,
                     "Over the last two weeks I have felt cheerful and in good spirits");
    g_assert_true (bb_instrument_accepts_respondent (sdq, BB_RESPONDENT_PARENT));
    g_assert_false (bb_instrument_accepts_respondent (who5, BB_RESPONDENT_PARENT));
  }

  g_assert_null (bb_instrument_repository_lookup (fixture->instruments, "phq-9"));
}

static void
test_danish (BbTestCourses *fixture,
             gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/brobygger/Brobygger/instruments/who-5.json", 0, NULL);
  g_autofree char *json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(BbInstrument) danish = NULL;
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));

  /* Texts in the files carry their translations. */
  g_setenv ("LANGUAGE", "da", TRUE);
  danish = bb_instrument_new_from_json (json, NULL);
  g_setenv ("LANGUAGE", saved != NULL ? saved : "en", TRUE);

  g_assert_nonnull (danish);
  g_assert_cmpstr (bb_instrument_get_name (danish), ==, "WHO-5 Trivselsindeks");
  g_assert_cmpstr (bb_instrument_get_item_label (danish, 4), ==, "I de sidste 2 uger er jeg vågnet frisk og udhvilet");
}

static void
test_who5 (BbTestCourses *fixture,
           gconstpointer  data)
{
  g_autoptr(BbInstrument) who5 = lookup (fixture, "who-5");
  double min, max;

  bb_instrument_get_scale_range (who5, bb_instrument_get_main_scale (who5), &min, &max);
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 100);

  /* Raw 0–25, times four. */
  g_assert_cmpfloat (score (who5, (double[]) { 3, 4, 5, 2, 1 }, 5), ==, 60);
  g_assert_cmpfloat (score (who5, (double[]) { 5, 5, 5, 5, 5 }, 5), ==, 100);
  g_assert_cmpfloat (score (who5, (double[]) { 0, 0, 0, 0, 0 }, 5), ==, 0);

  /* ≤ 50 poor well-being, ≤ 28 likely depression. */
  g_assert_cmpstr (mark (who5, 52, BB_RESPONDENT_SELF, 16), ==, "");
  g_assert_cmpstr (mark (who5, 50, BB_RESPONDENT_SELF, 16), ==, "Poor well-being");
  g_assert_cmpstr (mark (who5, 48, BB_RESPONDENT_SELF, -1), ==, "Poor well-being");
  g_assert_cmpstr (mark (who5, 32, BB_RESPONDENT_SELF, 16), ==, "Poor well-being");
  g_assert_cmpstr (mark (who5, 28, BB_RESPONDENT_SELF, 16), ==, "Likely depression");
  g_assert_cmpstr (mark (who5, score (who5, (double[]) { 2, 2, 2, 1, 0 }, 5), BB_RESPONDENT_SELF, 16), ==,
                   "Likely depression");

  /* 10 points is a relevant change, either way. */
  g_assert_cmpfloat (bb_instrument_get_reliable_change (who5, 0), ==, 10);
  g_assert_cmpint (bb_instrument_compare (who5, 0, 48, 58), ==, 1);
  g_assert_cmpint (bb_instrument_compare (who5, 0, 48, 56), ==, 0);
  g_assert_cmpint (bb_instrument_compare (who5, 0, 60, 50), ==, -1);

  /* Out of range, not a step, not five items. */
  assert_refused (who5, (double[]) { 3, 4, 6, 2, 1 }, 5, "Item 3");
  assert_refused (who5, (double[]) { -1, 4, 5, 2, 1 }, 5, "Item 1");
  assert_refused (who5, (double[]) { 3, 4, 5, 2.5, 1 }, 5, "Item 4");
  assert_refused (who5, (double[]) { 3, 4, 5, 2 }, 4, "5 items");
  assert_refused (who5, (double[]) { 3, 4, 5, 2, NAN }, 5, "Item 5");
}

static void
test_ors (BbTestCourses *fixture,
          gconstpointer  data)
{
  g_autoptr(BbInstrument) ors = lookup (fixture, "ors");
  double total = score (ors, (double[]) { 6.4, 7.1, 5.5, 8.0 }, 4);

  /* Marks read to the millimetre add up exactly. */
  g_assert_cmpfloat (total, ==, 27.0);
  g_assert_cmpfloat (score (ors, (double[]) { 10, 10, 10, 10 }, 4), ==, 40);

  /* The cut-off by age: 25 for adults, 28 for 13–17, 32 for 6–12. */
  g_assert_cmpstr (mark (ors, total, BB_RESPONDENT_SELF, 18), ==, "");
  g_assert_cmpstr (mark (ors, total, BB_RESPONDENT_SELF, 17), ==, "Clinical range (ages 13–17: below 28)");
  g_assert_cmpstr (mark (ors, total, BB_RESPONDENT_SELF, 13), ==, "Clinical range (ages 13–17: below 28)");
  g_assert_cmpstr (mark (ors, 29.0, BB_RESPONDENT_SELF, 12), ==, "Clinical range (ages 6–12: below 32)");
  g_assert_cmpstr (mark (ors, 32.0, BB_RESPONDENT_SELF, 12), ==, "");
  g_assert_cmpstr (mark (ors, 25.0, BB_RESPONDENT_SELF, 30), ==, "");
  g_assert_cmpstr (mark (ors, 24.9, BB_RESPONDENT_SELF, 30), ==, "Clinical range (adults: below 25)");
  /* Without a birth date no age-bound cut-off applies. */
  g_assert_cmpstr (mark (ors, 10.0, BB_RESPONDENT_SELF, -1), ==, "");

  {
    g_autoptr(GPtrArray) lines = bb_instrument_get_cutoffs (ors, 0, BB_RESPONDENT_SELF, 15);

    g_assert_cmpuint (lines->len, ==, 1);
    g_assert_cmpfloat (((BbInstrumentCutoff *) g_ptr_array_index (lines, 0))->value, ==, 28);
  }

  /* Reliable change: 5 points. */
  g_assert_cmpint (bb_instrument_compare (ors, 0, 20.0, 25.0), ==, 1);
  g_assert_cmpint (bb_instrument_compare (ors, 0, 20.0, 24.9), ==, 0);
  g_assert_cmpint (bb_instrument_compare (ors, 0, 30.3, 25.3), ==, -1);

  assert_refused (ors, (double[]) { 6.45, 7, 5, 8 }, 4, "Item 1");
  assert_refused (ors, (double[]) { 6, 7, 10.1, 8 }, 4, "Item 3");
}

static void
test_srs (BbTestCourses *fixture,
          gconstpointer  data)
{
  g_autoptr(BbInstrument) srs = lookup (fixture, "srs");
  double min, max;

  bb_instrument_get_scale_range (srs, 0, &min, &max);
  g_assert_cmpfloat (max, ==, 40);
  g_assert_cmpfloat (score (srs, (double[]) { 9, 9, 9, 8.9 }, 4), ==, 35.9);
  g_assert_cmpstr (mark (srs, 35.9, BB_RESPONDENT_SELF, 16), ==, "Below 36: talk about the alliance");
  g_assert_cmpstr (mark (srs, 36.0, BB_RESPONDENT_SELF, 16), ==, "");
  /* None is published. */
  g_assert_true (isnan (bb_instrument_get_reliable_change (srs, 0)));
  g_assert_cmpint (bb_instrument_compare (srs, 0, 20, 40), ==, 0);
}

static void
sdq_scores (BbInstrument *sdq,
            const double *items,
            double       *scores)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_instrument_score (sdq, items, 25, scores, &error));
  g_assert_no_error (error);
}

static void
test_sdq (BbTestCourses *fixture,
          gconstpointer  data)
{
  g_autoptr(BbInstrument) sdq = lookup (fixture, "sdq");
  double zeros[25] = { 0 };
  double twos[25];
  double scores[6];
  guint emotional = scale_of (sdq, "emotional");
  guint conduct = scale_of (sdq, "conduct");
  guint hyperactivity = scale_of (sdq, "hyperactivity");
  guint peer = scale_of (sdq, "peer");
  guint prosocial = scale_of (sdq, "prosocial");
  guint total = scale_of (sdq, "total");
  double min, max;

  g_assert_cmpuint (bb_instrument_get_n_scales (sdq), ==, 6);
  g_assert_cmpuint (bb_instrument_get_main_scale (sdq), ==, total);
  bb_instrument_get_scale_range (sdq, total, &min, &max);
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 40);

  /* Items 7, 11, 14, 21 and 25 are scored in reverse: answering 0 throughout is
   * 2 conduct problems, 4 of hyperactivity and 4 with peers. */
  for (guint item = 1; item <= 25; item++)
    g_assert_cmpint (bb_instrument_is_reverse_item (sdq, item), ==,
                     item == 7 || item == 11 || item == 14 || item == 21 || item == 25);
  sdq_scores (sdq, zeros, scores);
  g_assert_cmpfloat (scores[emotional], ==, 0);
  g_assert_cmpfloat (scores[conduct], ==, 2);
  g_assert_cmpfloat (scores[hyperactivity], ==, 4);
  g_assert_cmpfloat (scores[peer], ==, 4);
  g_assert_cmpfloat (scores[prosocial], ==, 0);
  /* Total difficulties: the four problem scales, prosocial apart. */
  g_assert_cmpfloat (scores[total], ==, 10);

  for (guint i = 0; i < 25; i++)
    twos[i] = 2;
  sdq_scores (sdq, twos, scores);
  g_assert_cmpfloat (scores[emotional], ==, 10);
  g_assert_cmpfloat (scores[conduct], ==, 8);
  g_assert_cmpfloat (scores[hyperactivity], ==, 6);
  g_assert_cmpfloat (scores[peer], ==, 6);
  g_assert_cmpfloat (scores[prosocial], ==, 10);
  g_assert_cmpfloat (scores[total], ==, 30);

  /* Bands differ by who answered: total 16 is borderline for the young person
   * (16–19) and the parent (14–16); 15 is normal only for the young person. */
  g_assert_cmpstr (mark (sdq, 16, BB_RESPONDENT_SELF, 15), ==, "Borderline");
  g_assert_cmpstr (mark (sdq, 15, BB_RESPONDENT_SELF, 15), ==, "");
  g_assert_cmpstr (mark (sdq, 15, BB_RESPONDENT_PARENT, 15), ==, "Borderline");
  g_assert_cmpstr (mark (sdq, 17, BB_RESPONDENT_PARENT, 15), ==, "Abnormal");
  g_assert_cmpstr (mark (sdq, 19, BB_RESPONDENT_SELF, 15), ==, "Borderline");
  g_assert_cmpstr (mark (sdq, 20, BB_RESPONDENT_SELF, 15), ==, "Abnormal");
  g_assert_cmpstr (mark (sdq, 13, BB_RESPONDENT_PARENT, 15), ==, "");

  /* Emotional 6: borderline in the young person's own report, abnormal in a parent's. */
  {
    const BbInstrumentCutoff *own = bb_instrument_classify (sdq, emotional, 6, BB_RESPONDENT_SELF, 15);
    const BbInstrumentCutoff *parent = bb_instrument_classify (sdq, emotional, 6, BB_RESPONDENT_PARENT, 15);

    g_assert_cmpint (own->severity, ==, 1);
    g_assert_cmpint (parent->severity, ==, 2);
  }

  /* Prosocial is a strength: low scores are marked. */
  g_assert_cmpint (bb_instrument_classify (sdq, prosocial, 4, BB_RESPONDENT_PARENT, 15)->severity, ==, 2);
  g_assert_cmpint (bb_instrument_classify (sdq, prosocial, 5, BB_RESPONDENT_PARENT, 15)->severity, ==, 1);
  g_assert_null (bb_instrument_classify (sdq, prosocial, 6, BB_RESPONDENT_PARENT, 15));
  g_assert_false (bb_instrument_scale_higher_is_better (sdq, total));
  g_assert_true (bb_instrument_scale_higher_is_better (sdq, prosocial));

  zeros[24] = 3;
  assert_refused (sdq, zeros, 25, "Item 25");
}

static void
test_custom (BbTestCourses *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbInstrument) custom = bb_instrument_new_custom ("Skoletrivsel", 3, 1, 7, TRUE, 10, 3, &error);
  g_autoptr(BbInstrument) found = NULL;
  g_autofree char *key = NULL;
  g_autofree char *path = g_strdup (bb_database_get_path (fixture->database));

  g_assert_no_error (error);
  g_assert_true (bb_instrument_is_custom (custom));
  g_assert_cmpfloat (score (custom, (double[]) { 1, 2, 3 }, 3), ==, 6);
  g_assert_cmpstr (mark (custom, 6, BB_RESPONDENT_TEACHER, -1), !=, "");
  g_assert_cmpstr (mark (custom, 21, BB_RESPONDENT_SELF, -1), ==, "");
  g_assert_cmpint (bb_instrument_compare (custom, 0, 6, 9), ==, 1);
  assert_refused (custom, (double[]) { 0, 2, 3 }, 3, "Item 1");

  g_assert_true (bb_instrument_repository_add (fixture->instruments, custom, &error));
  g_assert_no_error (error);
  key = g_strdup (bb_instrument_get_key (custom));
  g_assert_cmpuint (g_list_model_get_n_items (bb_instrument_repository_list (fixture->instruments)), ==, 5);

  /* Kept in the database: the next run has it. */
  g_clear_object (&fixture->context);
  {
    g_autoptr(BbDatabase) database = bb_database_open (path, FALSE, &error);

    g_assert_no_error (error);
    fixture->context = bb_context_new (database, NULL, &error);
    g_assert_no_error (error);
    fixture->database = database;
    fixture->instruments = bb_context_get_instruments (fixture->context);
  }
  found = bb_instrument_repository_lookup (fixture->instruments, key);
  g_assert_nonnull (found);
  g_assert_cmpstr (bb_instrument_get_name (found), ==, "Skoletrivsel");
  g_assert_cmpfloat (score (found, (double[]) { 7, 7, 7 }, 3), ==, 21);

  g_assert_true (bb_instrument_repository_remove (fixture->instruments, key, &error));
  g_assert_no_error (error);
  g_assert_null (bb_instrument_repository_lookup (fixture->instruments, key));

  /* Built-in ones cannot go. */
  g_assert_false (bb_instrument_repository_remove (fixture->instruments, "who-5", &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_null (bb_instrument_new_custom ("  ", 3, 1, 7, TRUE, NAN, NAN, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (bb_instrument_new_custom ("Omvendt", 3, 7, 1, TRUE, NAN, NAN, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
}

static void
test_broken_definitions (void)
{
  const char *broken[] = {
    "",
    "[]",
    "{\"format\": 2, \"id\": \"x\", \"name\": \"X\"}",
    "{\"format\": 1, \"id\": \"x\", \"name\": \"X\", \"items\": {\"count\": 0, \"min\": 0, \"max\": 1}}",
    "{\"format\": 1, \"id\": \"x\", \"name\": \"X\", \"items\": {\"count\": 2, \"min\": 0, \"max\": 1},"
    " \"scales\": [{\"id\": \"t\", \"name\": \"T\", \"items\": [1, 3]}], \"score\": \"t\"}",
    /* A scale made of one defined after it. */
    "{\"format\": 1, \"id\": \"x\", \"name\": \"X\", \"items\": {\"count\": 2, \"min\": 0, \"max\": 1},"
    " \"scales\": [{\"id\": \"a\", \"name\": \"A\", \"scales\": [\"b\"]}, {\"id\": \"b\", \"name\": \"B\", \"items\": [1]}],"
    " \"score\": \"a\"}",
    "{\"format\": 1, \"id\": \"x\", \"name\": \"X\", \"items\": {\"count\": 2, \"min\": 0, \"max\": 1},"
    " \"scales\": [{\"id\": \"t\", \"name\": \"T\", \"items\": [1, 2]}], \"score\": \"nope\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BbInstrument) instrument = bb_instrument_new_from_json (broken[i], &error);

      g_test_message ("%s", broken[i]);
      g_assert_null (instrument);
      g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
    }
}

static void
test_measures (BbTestCourses *fixture,
               gconstpointer  data)
{
  /* The fixture's young people are born 1 June 2009: 16 on 1 March 2026. */
  gint64 course_id = bb_test_add_course (fixture, "Alma", "2026-01-05", 0);
  g_autoptr(BbInstrument) ors = lookup (fixture, "ors");
  g_autoptr(BbInstrument) who5 = lookup (fixture, "who-5");
  g_autoptr(BbMeasure) first = bb_measure_new (course_id, ors, "2026-01-12");
  g_autoptr(BbMeasure) second = bb_measure_new (course_id, ors, "2026-03-01");
  g_autoptr(BbMeasure) well_being = bb_measure_new (course_id, who5, "2026-03-01");
  g_autoptr(GListModel) measures = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_measure_set_items (first, (double[]) { 5.2, 6.1, 4.0, 5.5 }, 4, &error));
  g_assert_true (bb_course_repository_save_measure (fixture->courses, first, &error));
  g_assert_no_error (error);

  /* Out of range: refused, and the measure keeps what it had. */
  g_assert_true (bb_measure_set_items (second, (double[]) { 7.5, 8.0, 7.2, 7.9 }, 4, &error));
  g_assert_false (bb_measure_set_items (second, (double[]) { 7.5, 80, 7.2, 7.9 }, 4, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_cmpfloat (bb_measure_get_score (second), ==, 30.6);
  g_assert_true (bb_course_repository_save_measure (fixture->courses, second, &error));
  g_assert_no_error (error);

  /* Not answered yet: nothing to save. */
  g_assert_false (bb_course_repository_save_measure (fixture->courses, well_being, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);
  /* A parent does not answer WHO-5. */
  g_assert_true (bb_measure_set_items (well_being, (double[]) { 1, 2, 1, 2, 1 }, 5, &error));
  bb_measure_set_respondent (well_being, BB_RESPONDENT_PARENT);
  g_assert_false (bb_course_repository_save_measure (fixture->courses, well_being, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);
  bb_measure_set_respondent (well_being, BB_RESPONDENT_SELF);
  g_assert_true (bb_course_repository_save_measure (fixture->courses, well_being, &error));
  g_assert_no_error (error);

  measures = bb_course_repository_list_measures (fixture->courses, course_id, "ors", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (measures), ==, 2);
  {
    g_autoptr(BbMeasure) before = g_list_model_get_item (measures, 0);
    g_autoptr(BbMeasure) after = g_list_model_get_item (measures, 1);
    const double *items;
    guint n_items;

    g_assert_cmpstr (bb_measure_get_date (before), ==, "2026-01-12");
    g_assert_cmpfloat (bb_measure_get_score (before), ==, 20.8);
    items = bb_measure_get_items (before, &n_items);
    g_assert_cmpuint (n_items, ==, 4);
    g_assert_cmpfloat (items[1], ==, 6.1);
    /* 16 years old: the 13–17 cut-off of 28 marks the first, not the second. */
    g_assert_cmpint (bb_measure_get_age (before), ==, 16);
    g_assert_nonnull (bb_measure_get_mark (before, 0));
    g_assert_null (bb_measure_get_mark (after, 0));
    /* 20.8 → 30.6 is more than the 5 points of a reliable change. */
    g_assert_cmpint (bb_instrument_compare (ors, 0, bb_measure_get_score (before), bb_measure_get_score (after)), ==, 1);
  }

  g_clear_object (&measures);
  measures = bb_course_repository_list_measures (fixture->courses, course_id, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (measures), ==, 3);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT score FROM measures WHERE instrument = 'who-5'"), ==, 28);

  g_assert_true (bb_course_repository_delete_measure (fixture->courses, bb_measure_get_id (first), &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM measures"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/instruments/broken-definitions", test_broken_definitions);
#define ADD(path, func) \
  g_test_add (path, BbTestCourses, NULL, bb_test_courses_set_up, func, bb_test_courses_tear_down)
  ADD ("/instruments/built-in", test_built_in);
  ADD ("/instruments/danish", test_danish);
  ADD ("/instruments/who-5", test_who5);
  ADD ("/instruments/ors", test_ors);
  ADD ("/instruments/srs", test_srs);
  ADD ("/instruments/sdq", test_sdq);
  ADD ("/instruments/custom", test_custom);
  ADD ("/instruments/measures", test_measures);
#undef ADD

  return g_test_run ();
}
