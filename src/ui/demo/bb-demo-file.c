/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bb-demo-file.h"
#include "bb-demo-generator.h"
#include "bb-plan-template.h"

typedef struct
{
  char     *path;
  BbClock  *clock;
  gboolean  create_folder;
} GenerateData;

static void
generate_data_free (GenerateData *data)
{
  g_free (data->path);
  g_clear_object (&data->clock);
  g_free (data);
}

char *
bb_demo_file_dup_path (const char *real_path)
{
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *demo_name = NULL;
  char *dot;

  g_return_val_if_fail (real_path != NULL, NULL);

  folder = g_path_get_dirname (real_path);
  name = g_path_get_basename (real_path);
  dot = strrchr (name, '.');
  /* A leading dot starts a hidden file's name, not an extension. */
  if (dot != NULL && dot != name)
    *dot = '\0';

  demo_name = g_strconcat (name, "-demo.db", NULL);
  return g_build_filename (folder, demo_name, NULL);
}

static gboolean
generate (GenerateData  *data,
          GError       **error)
{
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) template_error = NULL;

  if (data->create_folder)
    {
      g_autofree char *folder = g_path_get_dirname (data->path);

      if (g_mkdir_with_parents (folder, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Cannot make the folder “%s”: %s"), folder, g_strerror (saved_errno));
          return FALSE;
        }
    }

  /* Without installed templates the municipality still comes, without plans. */
  templates = bb_plan_template_load_all (NULL, &template_error);
  if (templates == NULL)
    g_warning ("No plan templates for the demonstration data: %s", template_error->message);

  return bb_demo_generate_file (data->path, &options, data->clock, templates, error);
}

static void
generate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;

  if (generate (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
bb_demo_file_generate_async (const char          *path,
                             BbClock             *clock,
                             gboolean             create_folder,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GenerateData *data;

  g_return_if_fail (path != NULL);
  g_return_if_fail (BB_IS_CLOCK (clock));

  data = g_new0 (GenerateData, 1);
  data->path = g_strdup (path);
  data->clock = g_object_ref (clock);
  data->create_folder = create_folder;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, bb_demo_file_generate_async);
  g_task_set_task_data (task, data, (GDestroyNotify) generate_data_free);
  g_task_run_in_thread (task, generate_thread);
}

gboolean
bb_demo_file_generate_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
