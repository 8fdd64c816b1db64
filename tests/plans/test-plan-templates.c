/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plan templates shipped in data/plan-templates/ (found through
 * BROBYGGER_TEMPLATE_DIR, which the test environment points at the source folder),
 * and the loader's refusal of broken ones (tests/plans/fixtures/). */

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "bb-plan-enums.h"
#include "bb-plan-template.h"

/* Texts that are the same word in both languages. Small on purpose: anything else
 * that reads the same in both is a translation someone forgot. */
static const char * const same_in_both[] = {
  "Housing First",
  "Integration",
  NULL
};

static GPtrArray *
load_shipped (void)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *templates = bb_plan_template_load_all (NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (templates);
  return templates;
}

static BbPlanTemplate *
find (GPtrArray  *templates,
      const char *model,
      const char *version)
{
  BbPlanTemplate *template = bb_plan_template_find (templates, model, version);

  g_assert_nonnull (template);
  return template;
}

static const char *
fixture_path (const char *name)
{
  return g_test_get_filename (G_TEST_DIST, "fixtures", name, NULL);
}

static void
test_shipped (void)
{
  g_autoptr (GPtrArray) templates = load_shipped ();
  static const char * const expected[][2] = {
    { "children-young-people-course-programme", "2026" },
    { "housing-first", "2016" },
    { "youth-intervention", "2020" },
    { "youth-intervention", "2023" },
  };

  /* By model, then version oldest first. */
  g_assert_cmpuint (templates->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < templates->len; i++)
    {
      BbPlanTemplate *template = g_ptr_array_index (templates, i);
      GPtrArray *challenges = bb_plan_template_get_challenges (template);
      GPtrArray *focus_areas = bb_plan_template_get_focus_areas (template);
      GPtrArray *activities = bb_plan_template_get_activities (template);

      g_assert_cmpstr (bb_plan_template_get_model (template), ==, expected[i][0]);
      g_assert_cmpstr (bb_plan_template_get_version (template), ==, expected[i][1]);

      /* Seed 001's nine structural challenges and eight focus areas, each with its
       * guiding questions. */
      g_assert_cmpuint (challenges->len, ==, 9);
      g_assert_cmpuint (focus_areas->len, ==, 8);
      for (guint j = 0; j < challenges->len; j++)
        g_assert_cmpstr (((BbTemplateItem *) g_ptr_array_index (challenges, j))->questions.da, !=, "");
      for (guint j = 0; j < focus_areas->len; j++)
        g_assert_cmpstr (((BbTemplateItem *) g_ptr_array_index (focus_areas, j))->questions.en, !=, "");

      g_assert_cmpuint (activities->len, >=, 6);
      g_assert_cmpuint (activities->len, <=, 12);
      for (guint j = 0; j < activities->len; j++)
        {
          BbTemplateItem *activity = g_ptr_array_index (activities, j);

          g_assert_true (activity->element != NULL || activity->focus_area != NULL);
          g_assert_true (activity->element == NULL ||
                         bb_plan_template_find_element (template, activity->element) != NULL);
        }
    }

  g_assert_cmpuint (bb_plan_template_get_elements (find (templates, "youth-intervention", "2020"))->len, ==, 8);
  g_assert_cmpuint (bb_plan_template_get_elements (find (templates, "youth-intervention", "2023"))->len, ==, 7);
  g_assert_cmpuint (bb_plan_template_get_elements (find (templates, "housing-first", "2016"))->len, ==, 8);
  g_assert_cmpuint (bb_plan_template_get_elements (find (templates, "children-young-people-course-programme", "2026"))->len, ==, 7);
  g_assert_cmpstr (bb_plan_template_find_element (find (templates, "youth-intervention", "2020"), "open-setting")->title.en,
                   ==, "Open physical setting");
}

static void
check_text (const BbTemplateText *text,
            const char           *where)
{
  if (text->da == NULL || text->en == NULL || *text->da == '\0' || *text->en == '\0')
    g_error ("%s: a text without Danish or English", where);

  if (g_str_equal (text->da, text->en) && !g_strv_contains (same_in_both, text->da))
    g_error ("%s: “%s” is the same in Danish and English", where, text->da);

  /* The house style of each language: »…« and – in Danish, no Danish marks in English. */
  if (strstr (text->da, "“") != NULL || strstr (text->da, "—") != NULL || strchr (text->da, '"') != NULL)
    g_error ("%s: the Danish “%s” has English quotation marks or dashes", where, text->da);
  if (strstr (text->en, "»") != NULL || strchr (text->en, '\'') != NULL)
    g_error ("%s: the English “%s” has Danish quotation marks or a straight apostrophe", where, text->en);
}

static void
check_items (GPtrArray  *items,
             const char *where)
{
  for (guint i = 0; i < items->len; i++)
    {
      BbTemplateItem *item = g_ptr_array_index (items, i);
      g_autofree char *path = g_strdup_printf ("%s/%s", where, item->key);
      g_auto (GStrv) da = NULL;
      g_auto (GStrv) en = NULL;

      check_text (&item->title, path);
      check_text (&item->description, path);

      /* Only challenges and focus areas have questions; the others have empty ones. */
      g_assert_nonnull (item->questions.da);
      g_assert_nonnull (item->questions.en);
      if (*item->questions.da == '\0' && *item->questions.en == '\0')
        continue;

      /* Question by question: the same number in both, none blank. */
      check_text (&item->questions, path);
      da = g_strsplit (item->questions.da, "\n", -1);
      en = g_strsplit (item->questions.en, "\n", -1);
      g_assert_cmpuint (g_strv_length (da), ==, g_strv_length (en));
      for (guint j = 0; da[j] != NULL; j++)
        g_assert_true (*da[j] != '\0' && *en[j] != '\0');
    }
}

static void
test_both_languages (void)
{
  g_autoptr (GPtrArray) templates = load_shipped ();

  for (guint i = 0; i < templates->len; i++)
    {
      BbPlanTemplate *template = g_ptr_array_index (templates, i);
      g_autofree char *where = g_strdup_printf ("%s-%s", bb_plan_template_get_model (template),
                                                bb_plan_template_get_version (template));
      g_autofree char *elements = g_strdup_printf ("%s/elements", where);
      g_autofree char *challenges = g_strdup_printf ("%s/challenges", where);
      g_autofree char *focus_areas = g_strdup_printf ("%s/focus_areas", where);
      g_autofree char *activities = g_strdup_printf ("%s/activities", where);

      check_text (bb_plan_template_get_title (template), where);
      check_text (bb_plan_template_get_description (template), where);
      check_text (bb_plan_template_get_source (template), where);
      check_items (bb_plan_template_get_elements (template), elements);
      check_items (bb_plan_template_get_challenges (template), challenges);
      check_items (bb_plan_template_get_focus_areas (template), focus_areas);
      check_items (bb_plan_template_get_activities (template), activities);
    }
}

/* The words of seed 001, as the Danish of every template has them. */
static void
test_seed_wording (void)
{
  g_autoptr (GPtrArray) templates = load_shipped ();

  for (guint i = 0; i < templates->len; i++)
    {
      BbPlanTemplate *template = g_ptr_array_index (templates, i);
      GPtrArray *challenges = bb_plan_template_get_challenges (template);
      GPtrArray *focus_areas = bb_plan_template_get_focus_areas (template);
      BbTemplateItem *size = g_ptr_array_index (challenges, 0);
      BbTemplateItem *other_tasks = g_ptr_array_index (challenges, 8);
      BbTemplateItem *coordination = g_ptr_array_index (focus_areas, 2);
      BbTemplateItem *releasing = g_ptr_array_index (focus_areas, 7);

      g_assert_cmpstr (size->title.da, ==, "Kommunens størrelse");
      g_assert_cmpstr (size->questions.da, ==, "Hvor let eller svært er det at sikre et tværgående samarbejde?");
      g_assert_cmpstr (other_tasks->title.da, ==, "Pres fra andre arbejdsopgaver");
      g_assert_cmpstr (other_tasks->questions.da, ==, "Hvor mange arbejdsopgaver har den enkelte medarbejder?");
      g_assert_cmpstr (coordination->questions.da, ==, "Hvem skal der samarbejdes med eksternt og internt og mellem forvaltninger?");
      g_assert_cmpstr (releasing->title.en, ==, "Releasing staff");
    }
}

static void
test_language (void)
{
  g_autoptr (GPtrArray) templates = load_shipped ();
  BbPlanTemplate *template = find (templates, "youth-intervention", "2023");
  const BbTemplateText *title = bb_plan_template_get_title (template);
  g_autofree char *property = NULL;

  g_setenv ("LANGUAGE", "da", TRUE);
  g_assert_cmpstr (bb_template_text_get (title), ==, "Indsatsmodel for unge i psykisk mistrivsel");
  g_object_get (template, "title", &property, NULL);
  g_assert_cmpstr (property, ==, "Indsatsmodel for unge i psykisk mistrivsel");
  g_clear_pointer (&property, g_free);

  g_setenv ("LANGUAGE", "en", TRUE);
  g_assert_cmpstr (bb_template_text_get (title), ==, "Intervention model for young people in mental distress");
  g_object_get (template, "title", &property, NULL);
  g_assert_cmpstr (property, ==, "Intervention model for young people in mental distress");

  /* A language we do not speak gives way to the next the user named. */
  g_setenv ("LANGUAGE", "de:da_DK:en", TRUE);
  g_assert_cmpstr (bb_template_text_get (title), ==, "Indsatsmodel for unge i psykisk mistrivsel");
  g_setenv ("LANGUAGE", "de", TRUE);
  g_assert_cmpstr (bb_template_text_get (title), ==, "Intervention model for young people in mental distress");

  g_setenv ("LANGUAGE", "en", TRUE);
}

static BbTemplateChange *
change_for (GPtrArray  *changes,
            const char *new_key)
{
  for (guint i = 0; i < changes->len; i++)
    {
      BbTemplateChange *change = g_ptr_array_index (changes, i);

      if (g_strcmp0 (change->new_key, new_key) == 0)
        return change;
    }

  return NULL;
}

static void
assert_change (GPtrArray            *changes,
               const char           *new_key,
               BbTemplateChangeKind  kind,
               const char * const   *old_keys)
{
  BbTemplateChange *change = change_for (changes, new_key);

  g_assert_nonnull (change);
  g_assert_cmpint (change->kind, ==, kind);
  g_assert_cmpstrv (change->old_keys, old_keys);
}

static void
test_youth_diff (void)
{
  g_autoptr (GPtrArray) templates = load_shipped ();
  BbPlanTemplate *older = find (templates, "youth-intervention", "2020");
  BbPlanTemplate *newer = find (templates, "youth-intervention", "2023");
  g_autoptr (GPtrArray) changes = bb_plan_template_diff (older, newer);
  GPtrArray *elements = bb_plan_template_get_elements (newer);

  g_assert_true (bb_plan_template_find_newer (templates, "youth-intervention", "2020") == newer);
  g_assert_null (bb_plan_template_find_newer (templates, "youth-intervention", "2023"));
  g_assert_null (bb_plan_template_find_newer (templates, "housing-first", "2016"));
  g_assert_null (bb_plan_template_find (templates, "youth-intervention", "2021"));

  /* What the 2023 file declares, change by change. */
  g_assert_cmpuint (changes->len, ==, 5);
  assert_change (changes, "easy-access", BB_TEMPLATE_CHANGE_MERGED,
                 (const char *[]) { "recruitment-referral", "open-setting", NULL });
  assert_change (changes, "quick-help", BB_TEMPLATE_CHANGE_RENAMED,
                 (const char *[]) { "advisory-conversations", NULL });
  assert_change (changes, "parent-activities", BB_TEMPLATE_CHANGE_RENAMED,
                 (const char *[]) { "parent-network-group", NULL });
  assert_change (changes, "follow-up", BB_TEMPLATE_CHANGE_RENAMED,
                 (const char *[]) { "rounding-off-follow-up", NULL });
  assert_change (changes, "collaboration-bridge-building", BB_TEMPLATE_CHANGE_RENAMED,
                 (const char *[]) { "coordination", NULL });
  g_assert_null (change_for (changes, "treatment-course"));
  g_assert_null (change_for (changes, "group-course"));

  /* And the diff follows the file, not this test: every element that replaces one key
   * by another title is a rename, several a merge. */
  for (guint i = 0; i < elements->len; i++)
    {
      BbTemplateItem *item = g_ptr_array_index (elements, i);
      BbTemplateChange *change = change_for (changes, item->key);
      guint n = g_strv_length (item->replaces);

      if (n > 1)
        g_assert_cmpint (change->kind, ==, BB_TEMPLATE_CHANGE_MERGED);
      else if (n == 1 && !g_str_equal (item->replaces[0], item->key))
        g_assert_cmpint (change->kind, ==, BB_TEMPLATE_CHANGE_RENAMED);
      else if (n == 1)
        g_assert_null (change);
      else
        g_assert_cmpint (change->kind, ==, BB_TEMPLATE_CHANGE_ADDED);
    }

  /* In the order of the newer version, said in words with the titles. */
  g_assert_cmpstr (((BbTemplateChange *) g_ptr_array_index (changes, 0))->new_key, ==, "easy-access");
  g_assert_cmpstr (change_for (changes, "easy-access")->description, ==,
                   "“Recruitment and referral” and “Open physical setting” are merged into "
                   "“Easy access and continuous recruitment”");
  g_assert_cmpstr (change_for (changes, "follow-up")->description, ==,
                   "“Rounding off and follow-up” is now called “Follow-up”");
}

static void
test_diff_kinds (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) templates = bb_plan_template_load_all (fixture_path ("versions"), &error);
  g_autoptr (GPtrArray) changes = NULL;
  BbTemplateChange *last;

  g_assert_no_error (error);
  changes = bb_plan_template_diff (find (templates, "test-model", "1"), find (templates, "test-model", "2"));

  g_assert_cmpuint (changes->len, ==, 4);
  assert_change (changes, "easy-access", BB_TEMPLATE_CHANGE_MERGED,
                 (const char *[]) { "recruitment", "open-setting", NULL });
  assert_change (changes, "first-renamed", BB_TEMPLATE_CHANGE_RENAMED, (const char *[]) { "first", NULL });
  assert_change (changes, "brand-new", BB_TEMPLATE_CHANGE_ADDED, (const char *[]) { NULL });
  g_assert_cmpstr (change_for (changes, "brand-new")->description, ==, "“Brand new” is a new core element");

  /* Removed ones last, with no new key. */
  last = g_ptr_array_index (changes, 3);
  g_assert_cmpint (last->kind, ==, BB_TEMPLATE_CHANGE_REMOVED);
  g_assert_null (last->new_key);
  g_assert_cmpstrv (last->old_keys, ((const char *[]) { "old-one", NULL }));
  g_assert_cmpstr (last->description, ==, "“The old one” is no longer a core element");

  /* The description speaks the UI language's titles. */
  g_setenv ("LANGUAGE", "da", TRUE);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = bb_plan_template_diff (find (templates, "test-model", "1"), find (templates, "test-model", "2"));
  g_assert_nonnull (strstr (change_for (changes, "first-renamed")->description, "Første"));
  g_assert_nonnull (strstr (change_for (changes, "first-renamed")->description, "Den første"));
  g_setenv ("LANGUAGE", "en", TRUE);
}

static void
assert_refused (const char *name,
                const char *item)
{
  g_autoptr (GFile) file = g_file_new_for_path (fixture_path (name));
  g_autoptr (GError) error = NULL;
  g_autoptr (BbPlanTemplate) template = bb_plan_template_load_file (file, &error);

  g_assert_null (template);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_TEMPLATE);
  g_test_message ("%s: %s", name, error->message);
  if (strstr (error->message, name) == NULL)
    g_error ("the message “%s” does not name the file %s", error->message, name);
  if (item != NULL && strstr (error->message, item) == NULL)
    g_error ("the message “%s” does not name “%s”", error->message, item);
}

static void
test_refused (void)
{
  assert_refused ("missing-language.json", "elements/open-setting/title");
  assert_refused ("duplicate-key.json", "“first”");
  assert_refused ("unknown-link.json", "“nowhere”");
  assert_refused ("not-json.json", "not JSON");
  assert_refused ("unknown-format.json", "format 2");
  assert_refused ("no-such-file.json", NULL);
}

static void
write_file (const char *folder,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_fixture (const char *name)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (fixture_path (name), &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
assert_folder_refused (const char *folder,
                       const char *file,
                       const char *detail)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) templates = bb_plan_template_load_all (folder, &error);

  g_assert_null (templates);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_TEMPLATE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, file));
  g_assert_nonnull (strstr (error->message, detail));
}

/* One broken file fails the whole folder, and so do two files of one version or a
 * version replacing keys its predecessor lacks. */
static void
test_folder_refused (void)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "templates", NULL);
  g_autofree char *first = read_fixture ("versions/test-model-1.json");
  g_autofree char *second = read_fixture ("versions/test-model-2.json");
  g_autofree char *broken = read_fixture ("unknown-link.json");
  g_autoptr (GString) wrong_replaces = g_string_new (second);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  write_file (folder, "a.json", first);
  write_file (folder, "b.json", broken);
  write_file (folder, "readme.txt", "not a template, and not read");
  assert_folder_refused (folder, "b.json", "“nowhere”");

  write_file (folder, "b.json", first);
  assert_folder_refused (folder, "b.json", "version 1 of “test-model”");

  g_string_replace (wrong_replaces, "\"recruitment\"", "\"recruiting\"", 1);
  write_file (folder, "b.json", wrong_replaces->str);
  assert_folder_refused (folder, "b.json", "“recruiting”");

  write_file (folder, "b.json", second);
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) templates = bb_plan_template_load_all (folder, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (templates->len, ==, 2);
  }

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) templates = bb_plan_template_load_all ("/nonexistent/plan-templates", &error);

    g_assert_null (templates);
    g_assert_nonnull (error);
  }
}

/* Refusals and changes in Danish, from the built translations. */
static void
test_danish (void)
{
  g_autoptr (GFile) file = g_file_new_for_path (fixture_path ("missing-language.json"));
  g_autoptr (GError) error = NULL;
  g_autoptr (BbPlanTemplate) broken = NULL;
  g_autoptr (GPtrArray) templates = load_shipped ();
  g_autoptr (GPtrArray) changes = NULL;

  g_setenv ("LANGUAGE", "da", TRUE);
  broken = bb_plan_template_load_file (file, &error);
  g_assert_null (broken);
  g_assert_true (g_str_has_prefix (error->message, "Planskabelonen »"));
  g_assert_true (g_str_has_suffix (error->message, "« kan ikke læses: »elements/open-setting/title« har ingen engelsk tekst"));

  changes = bb_plan_template_diff (find (templates, "youth-intervention", "2020"),
                                   find (templates, "youth-intervention", "2023"));
  g_assert_cmpstr (((BbTemplateChange *) g_ptr_array_index (changes, 0))->description, ==,
                   "»Rekruttering og henvisning« og »Åbent fysisk rum« er lagt sammen til "
                   "»Let adgang og løbende rekruttering«");
  g_setenv ("LANGUAGE", "en", TRUE);
}

/* A file in data/plan-templates/ that data/meson.build forgets is never installed. */
static void
test_installed (void)
{
  g_autofree char *build_file = NULL;
  g_autoptr (GDir) folder = NULL;
  g_autoptr (GError) error = NULL;
  const char *name;
  guint count = 0;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "..", "data", "meson.build", NULL),
                       &build_file, NULL, &error);
  g_assert_no_error (error);
  folder = g_dir_open (g_getenv ("BROBYGGER_TEMPLATE_DIR"), 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *listed = g_strdup_printf ("'plan-templates/%s'", name);

      if (strstr (build_file, listed) == NULL)
        g_error ("data/meson.build does not install %s", name);
      count++;
    }
  g_assert_cmpuint (count, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* The translations as built, in whatever language LANGUAGE says; "C" would ignore it. */
  setlocale (LC_ALL, "C.UTF-8");
  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/plan-templates/shipped", test_shipped);
  g_test_add_func ("/plan-templates/both-languages", test_both_languages);
  g_test_add_func ("/plan-templates/seed-wording", test_seed_wording);
  g_test_add_func ("/plan-templates/language", test_language);
  g_test_add_func ("/plan-templates/youth-diff", test_youth_diff);
  g_test_add_func ("/plan-templates/diff-kinds", test_diff_kinds);
  g_test_add_func ("/plan-templates/refused", test_refused);
  g_test_add_func ("/plan-templates/folder-refused", test_folder_refused);
  g_test_add_func ("/plan-templates/danish", test_danish);
  g_test_add_func ("/plan-templates/installed", test_installed);

  return g_test_run ();
}
