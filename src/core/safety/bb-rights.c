/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-access-log-repository.h"
#include "bb-file.h"
#include "bb-report.h"
#include "bb-rights.h"
#include "bb-rights-private.h"
#include "bb-rights-repository.h"

static gboolean
write_bytes (GOutputStream  *stream,
             gpointer        user_data,
             GError        **error)
{
  const char *text = user_data;

  return g_output_stream_write_all (stream, text, strlen (text), NULL, NULL, error);
}

static gboolean
write_json (JsonObject  *tables,
            const char  *exported_at,
            GFile       *file,
            GError     **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, BB_RIGHTS_JSON_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "exported_at");
  json_builder_add_string_value (builder, exported_at);
  json_builder_set_member_name (builder, "tables");
  json_builder_add_value (builder, json_node_init_object (json_node_alloc (), tables));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);

  return bb_file_replace (file, write_bytes, text, error);
}

GFile *
bb_rights_dup_json_file (GFile *pdf_file)
{
  g_autofree char *basename = NULL;
  g_autofree char *json_name = NULL;
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (G_IS_FILE (pdf_file), NULL);

  basename = g_file_get_basename (pdf_file);
  if (g_str_has_suffix (basename, ".pdf") || g_str_has_suffix (basename, ".PDF"))
    basename[strlen (basename) - 4] = '\0';
  json_name = g_strconcat (basename, ".json", NULL);
  parent = g_file_get_parent (pdf_file);
  return g_file_get_child (parent, json_name);
}

gboolean
bb_rights_export_write (BbDatabase  *database,
                        gint64       young_person_id,
                        GFile       *pdf_file,
                        GFile       *json_file,
                        GError     **error)
{
  g_autoptr(BbAccessLogRepository) access_log = NULL;
  g_autoptr(BbRightsRepository) rights = NULL;
  g_autoptr(JsonObject) tables = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *exported_at = NULL;
  g_autofree char *today = NULL;
  g_autofree char *pdf_name = NULL;
  g_autofree char *json_name = NULL;
  g_autofree char *detail = NULL;
  gboolean json_written = FALSE;

  g_return_val_if_fail (BB_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (G_IS_FILE (pdf_file), FALSE);
  g_return_val_if_fail (G_IS_FILE (json_file), FALSE);

  access_log = bb_access_log_repository_new (database, error);
  if (access_log == NULL)
    return FALSE;
  rights = bb_rights_repository_new (database);

  exported_at = bb_clock_dup_utc_timestamp (bb_database_get_clock (database));
  now = bb_clock_dup_now (bb_database_get_clock (database));
  today = g_date_time_format (now, "%Y-%m-%d");
  pdf_name = g_file_get_basename (pdf_file);
  json_name = g_file_get_basename (json_file);
  detail = g_strdup_printf ("%s, %s", pdf_name, json_name);

  if (!bb_database_begin (database, error))
    return FALSE;

  /* Logged first, so that the files list the export they are. */
  if (!bb_access_log_repository_record (access_log, young_person_id, BB_ACCESS_ACTION_EXPORT,
                                        "access request", detail, &local_error) ||
      (tables = bb_rights_repository_read_all (rights, young_person_id, &local_error)) == NULL ||
      !(json_written = write_json (tables, exported_at, json_file, &local_error)) ||
      !_bb_rights_report_write (tables, today, pdf_file, &local_error))
    {
      bb_database_rollback (database);
      /* Half an export is no answer to a request: the JSON goes with a failed PDF. */
      if (json_written)
        g_file_delete (json_file, NULL, NULL);
      if (g_error_matches (local_error, BB_REPORT_ERROR, BB_REPORT_ERROR_DRAWING))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("The export of everything held could not be drawn: %s"), local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!bb_database_commit (database, error))
    {
      g_file_delete (json_file, NULL, NULL);
      g_file_delete (pdf_file, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}
