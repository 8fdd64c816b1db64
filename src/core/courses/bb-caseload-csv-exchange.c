/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-caseload-csv-exchange.h"
#include "bb-file.h"

typedef struct
{
  BbCourseRepository *courses;
  char               *detail;
  guint               n_courses;
} Export;

BbCaseload *
bb_caseload_csv_read_file (BbCourseRepository  *courses,
                           GFile               *file,
                           GError             **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(BbCaseload) caseload = NULL;
  BbDatabase *database;
  GDate today;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (courses), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  database = bb_course_repository_get_database (courses);
  bb_clock_get_today (bb_database_get_clock (database), &today);

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return NULL;

  caseload = bb_caseload_new ();
  if (!bb_caseload_csv_read (G_INPUT_STREAM (stream), &today, caseload, error) ||
      !bb_course_repository_prepare_caseload (courses, caseload, error))
    return NULL;

  return g_steal_pointer (&caseload);
}

static gboolean
add_row (const BbCaseloadRow  *row,
         gpointer              writer,
         GError              **error)
{
  return bb_caseload_csv_writer_add (writer, row, error);
}

static gboolean
write_courses (GOutputStream  *stream,
               gpointer        user_data,
               GError        **error)
{
  Export *export = user_data;
  g_autoptr(BbCaseloadCsvWriter) writer = bb_caseload_csv_writer_new (stream);

  return bb_course_repository_export_caseload (export->courses, export->detail, add_row, writer,
                                               &export->n_courses, error) &&
         bb_caseload_csv_writer_close (writer, error);
}

gboolean
bb_caseload_csv_export (BbCourseRepository  *courses,
                        GFile               *file,
                        guint               *n_courses,
                        GError             **error)
{
  g_autofree char *detail = NULL;
  Export export = { courses, NULL, 0 };

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (courses), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* The log says where the data went. */
  detail = g_file_get_basename (file);
  export.detail = detail;
  if (!bb_file_replace (file, write_courses, &export, error))
    return FALSE;

  if (n_courses != NULL)
    *n_courses = export.n_courses;
  return TRUE;
}
