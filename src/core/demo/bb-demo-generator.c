/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The demonstration municipality: random helpers and the order of the work. */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <time.h>

#include "bb-demo-private.h"
#include "bb-demo-repository.h"

guint
_bb_demo_int (BbDemoRun *run,
              guint      below)
{
  return below > 1 ? (guint) g_rand_int_range (run->rand, 0, (gint32) below) : 0;
}

int
_bb_demo_range (BbDemoRun *run,
                int        from,
                int        to)
{
  return to > from ? g_rand_int_range (run->rand, from, to + 1) : from;
}

gboolean
_bb_demo_chance (BbDemoRun *run,
                 double     probability)
{
  return g_rand_double (run->rand) < probability;
}

const char *
_bb_demo_pick (BbDemoRun          *run,
               const char * const *list,
               guint               n)
{
  return list[_bb_demo_int (run, n)];
}

/* @value as @digits digits from @out on; a million meetings' UUIDs and dates through
 * printf were a twentieth of all the work of the generator. */
static char *
put_digits (char    *out,
            guint32  value,
            guint    digits,
            guint    base)
{
  for (guint i = digits; i > 0; i--, value /= base)
    out[i - 1] = "0123456789abcdef"[value % base];

  return out + digits;
}

char *
_bb_demo_uuid (BbDemoRun *run)
{
  /* Each made after the one before, so a table's unique index of them grows at its
   * end instead of at a random page: 48 bits counting on from where the seed starts
   * them, then version 8 (RFC 9562: made as the program sees fit), the variant and 74
   * random bits. */
  guint64 count = run->uuid_count++;
  guint32 random[3];
  char *uuid, *p;

  for (guint i = 0; i < G_N_ELEMENTS (random); i++)
    random[i] = g_rand_int (run->rand);

  /* "%08x-%04x-8%03x-%04x-%04x%08x", every field at its full width. */
  uuid = g_malloc (37);
  p = put_digits (uuid, (guint32) (count >> 16), 8, 16);
  *p++ = '-';
  p = put_digits (p, (guint32) (count & 0xffff), 4, 16);
  *p++ = '-';
  *p++ = '8';
  p = put_digits (p, random[0] & 0xfff, 3, 16);
  *p++ = '-';
  p = put_digits (p, 0x8000 | (random[0] >> 18), 4, 16);
  *p++ = '-';
  p = put_digits (p, random[1] & 0xffff, 4, 16);
  p = put_digits (p, random[2], 8, 16);
  *p = '\0';
  return uuid;
}

void
_bb_demo_format (const GDate *date,
                 int          days,
                 char        *buffer)
{
  GDate moved = *date;

  if (days > 0)
    g_date_add_days (&moved, (guint) days);
  else if (days < 0)
    g_date_subtract_days (&moved, (guint) -days);

  /* "%04u-%02u-%02u" */
  buffer = put_digits (buffer, g_date_get_year (&moved), 4, 10);
  *buffer++ = '-';
  buffer = put_digits (buffer, g_date_get_month (&moved), 2, 10);
  *buffer++ = '-';
  buffer = put_digits (buffer, g_date_get_day (&moved), 2, 10);
  *buffer = '\0';
}

char *
_bb_demo_phone (BbDemoRun *run)
{
  return g_strdup_printf ("%02d %02d %02d %02d", _bb_demo_range (run, 20, 31), _bb_demo_range (run, 0, 99),
                          _bb_demo_range (run, 0, 99), _bb_demo_range (run, 0, 99));
}

static void
clear_adviser (gpointer data)
{
  g_free (((BbDemoAdviser *) data)->name);
}

gboolean
bb_demo_generate (const BbDemoStores   *stores,
                  const BbDemoOptions  *options,
                  GError              **error)
{
  BbDemoRun run = { 0 };
  guint32 seed[2];
  gboolean done;
  clock_t start;

  g_return_val_if_fail (stores != NULL && BB_IS_DATABASE (stores->database), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  seed[0] = (guint32) (options->seed & 0xffffffff);
  seed[1] = (guint32) (options->seed >> 32);
  run.rand = g_rand_new_with_seed_array (seed, G_N_ELEMENTS (seed));
  /* Below 2^47, so a run of any size does not wrap. */
  run.uuid_count = ((guint64) g_rand_int (run.rand) << 15) | (g_rand_int (run.rand) & 0x7fff);
  run.database = stores->database;
  run.lists = stores->lists;
  run.offers = stores->offers;
  run.advisers = stores->advisers;
  run.instruments = stores->instruments;
  run.plans = stores->plans;
  run.templates = stores->templates;
  run.courses = stores->courses;
  g_date_clear (&run.today, 1);
  bb_clock_get_today (bb_database_get_clock (stores->database), &run.today);
  run.offer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  run.offer_titles = g_ptr_array_new_with_free_func (g_free);
  run.advisers_made = g_array_new (FALSE, FALSE, sizeof (BbDemoAdviser));
  g_array_set_clear_func (run.advisers_made, clear_adviser);

  start = clock ();
  done = bb_demo_repository_tune (run.database, error) && _bb_demo_make_catalogue (&run, options, error);
  g_debug ("Demonstration data: catalogue in %.2f s of CPU", (double) (clock () - start) / CLOCKS_PER_SEC);
  done = done && _bb_demo_make_courses (&run, options, error);
  done = done && _bb_demo_make_plans (&run, error);
  g_debug ("Demonstration data: all in %.2f s of CPU", (double) (clock () - start) / CLOCKS_PER_SEC);

  g_array_unref (run.advisers_made);
  g_ptr_array_unref (run.offer_titles);
  g_array_unref (run.offer_ids);
  g_rand_free (run.rand);
  return done;
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

static void
set_error_from_errno (GError **error)
{
  int saved = errno;

  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
}

static gboolean
generate_into (const char           *path,
               const BbDemoOptions  *options,
               BbClock              *clock,
               GPtrArray            *templates,
               GError              **error)
{
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbListRepository) lists = NULL;
  g_autoptr(BbOfferRepository) offers = NULL;
  g_autoptr(BbAdviserRepository) advisers = NULL;
  g_autoptr(BbInstrumentRepository) instruments = NULL;
  g_autoptr(BbCourseRepository) courses = NULL;
  g_autoptr(BbPlanRepository) plans = NULL;
  BbDemoStores stores;

  database = bb_database_open (path, FALSE, error);
  if (database == NULL)
    return FALSE;

  if (clock != NULL)
    bb_database_set_clock (database, clock);

  if (!bb_demo_repository_tune_scratch (database, error) ||
      (lists = bb_list_repository_new (database, error)) == NULL ||
      (offers = bb_offer_repository_new (database, error)) == NULL ||
      (advisers = bb_adviser_repository_new (database, error)) == NULL ||
      (instruments = bb_instrument_repository_new (database, error)) == NULL ||
      (courses = bb_course_repository_new (database, instruments, error)) == NULL ||
      (plans = bb_plan_repository_new (database, error)) == NULL)
    return FALSE;

  if (templates != NULL)
    bb_plan_repository_set_templates (plans, templates);

  stores.database = database;
  stores.lists = lists;
  stores.offers = offers;
  stores.advisers = advisers;
  stores.instruments = instruments;
  stores.plans = plans;
  stores.templates = templates;
  stores.courses = courses;
  return bb_demo_generate (&stores, options, error) && bb_demo_repository_seal (database, error);
}

gboolean
bb_demo_generate_file (const char           *path,
                       const BbDemoOptions  *options,
                       BbClock              *clock,
                       GPtrArray            *templates,
                       GError              **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *scratch = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *inside = NULL;
  gboolean done;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (clock == NULL || BB_IS_CLOCK (clock), FALSE);

  /* A folder of its own beside @path: on the same file system, so the rename is
   * atomic, and a name no other program opens. */
  folder = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  pattern = g_strdup_printf (".%s-XXXXXX", base);
  scratch = g_build_filename (folder, pattern, NULL);
  if (g_mkdtemp_full (scratch, 0700) == NULL)
    {
      set_error_from_errno (error);
      return FALSE;
    }

  inside = g_build_filename (scratch, base, NULL);
  done = generate_into (inside, options, clock, templates, error);
  if (done)
    {
      /* What is left of the file it replaces would be read as part of the new one. */
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (wal);
      g_unlink (shm);
      if (g_rename (inside, path) != 0)
        {
          set_error_from_errno (error);
          done = FALSE;
        }
    }

  remove_database (inside);
  g_rmdir (scratch);
  return done;
}
