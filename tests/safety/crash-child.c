/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The process test-crash kills. It writes through the real repositories and prints a
 * line for each record only after its COMMIT has returned, so every line the parent
 * reads is a promise the file must keep:
 *
 *   crash-child write PATH FIRST   offers and courses with a meeting, alternating, for
 *                                  ever, numbered from FIRST:
 *                                  "offer ID N" and "course ID MEETING_ID N"
 *   crash-child migrate PATH       opens (and so migrates) the file, then "migrated"
 *   crash-child restore PATH FILE  restores FILE over the database, then "restored"
 *
 * "ready" comes once the child can be killed usefully: for writes once the database is
 * open, for the others just before they start. */

#include <stdio.h>
#include <stdlib.h>

#include "bb-backup.h"
#include "test-crash-records.h"
#include "bb-test-utils.h"

static void
die (const char *what,
     GError     *error)
{
  fprintf (stderr, "crash-child: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (2);
}

static void
acknowledge (const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  /* The parent may kill us the next instant: the line must be in the pipe already. */
  fflush (stdout);
}

static gint64
write_offer (BbContext *context,
             gint64     n)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new (BB_CRASH_PROVIDER);
  g_autofree char *title = bb_crash_offer_title (n);
  g_autofree char *description = bb_crash_offer_description (n);
  g_autoptr(GError) error = NULL;

  bb_offer_set_title (offer, title);
  bb_offer_set_description (offer, description);
  bb_offer_set_provider (offer, provider);
  if (!bb_offer_repository_save (bb_context_get_offers (context), offer, &error))
    die ("saving an offer", error);

  return bb_offer_get_id (offer);
}

/* The young person, the course and its first meeting in one transaction: a course
 * without its meeting in the file would be a half-written record. */
static void
write_course (BbContext *context,
              gint64     n,
              gint64    *course_id,
              gint64    *meeting_id)
{
  BbDatabase *database = bb_context_get_database (context);
  g_autofree char *name = bb_crash_young_person_name (n);
  g_autofree char *notes = bb_crash_meeting_notes (n);
  g_autoptr(BbYoungPerson) young_person = bb_young_person_new (name);
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(BbMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  if (!bb_database_begin (database, &error))
    die ("beginning", error);

  if (!bb_young_person_repository_save (bb_context_get_young_people (context), young_person, &error))
    die ("saving a young person", error);

  course = bb_course_new (bb_young_person_get_id (young_person));
  bb_course_set_first_contact (course, BB_CRASH_DATE);
  if (!bb_course_repository_save (bb_context_get_courses (context), course, &error))
    die ("saving a course", error);

  meeting = bb_meeting_new (bb_course_get_id (course), BB_MEETING_ADVISORY, BB_CRASH_DATE);
  bb_meeting_set_notes (meeting, notes);
  if (!bb_course_repository_save_meeting (bb_context_get_courses (context), meeting, &error))
    die ("saving a meeting", error);

  if (!bb_database_commit (database, &error))
    die ("committing", error);

  *course_id = bb_course_get_id (course);
  *meeting_id = bb_meeting_get_id (meeting);
}

G_GNUC_NORETURN static void
run_writes (const char *path,
            gint64      first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbClock) clock = bb_test_clock_new ();
  g_autoptr(BbDatabase) database = bb_database_open (path, FALSE, &error);
  g_autoptr(BbContext) context = NULL;

  if (database == NULL)
    die ("opening", error);
  bb_database_set_clock (database, clock);
  context = bb_context_new (database, NULL, &error);
  if (context == NULL)
    die ("setting up", error);

  acknowledge ("ready\n");
  for (gint64 n = first;; n++)
    {
      if (n % 2 == 0)
        {
          gint64 id = write_offer (context, n);

          acknowledge ("offer %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", id, n);
        }
      else
        {
          gint64 course_id, meeting_id;

          write_course (context, n, &course_id, &meeting_id);
          acknowledge ("course %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
                       course_id, meeting_id, n);
        }
    }
}

static int
run_migration (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;

  acknowledge ("ready\n");
  database = bb_database_open (path, FALSE, &error);
  if (database == NULL)
    die ("migrating", error);
  acknowledge ("migrated\n");
  return 0;
}

static int
run_restore (const char *path,
             const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (BB_TEST_NOW_ISO, NULL);

  acknowledge ("ready\n");
  if (!bb_backup_restore (path, file, now, BB_BACKUP_DEFAULT_COUNT, NULL, NULL, &error))
    die ("restoring", error);
  acknowledge ("restored\n");
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "write"))
    run_writes (argv[2], g_ascii_strtoll (argv[3], NULL, 10));
  if (argc == 3 && g_str_equal (argv[1], "migrate"))
    return run_migration (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "restore"))
    return run_restore (argv[2], argv[3]);

  fprintf (stderr, "usage: crash-child write PATH FIRST | migrate PATH | restore PATH FILE\n");
  return 2;
}
