/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <sys/wait.h>

#include "bb-test-cli.h"
#include "bb-test-utils.h"

static int
run_program_va (const char  *database,
                char       **out,
                char       **err,
                va_list      args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) env = g_get_environ ();
  const char *arg;
  int wait_status;

  /* G_TEST_BUILDDIR is the build's tests folder; the program is built beside it. */
  g_ptr_array_add (argv, g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "src", "brobygger", NULL));
  if (!g_file_test (argv->pdata[0], G_FILE_TEST_IS_EXECUTABLE))
    g_error ("The program %s is not built", (char *) argv->pdata[0]);
  g_ptr_array_add (argv, g_strdup ("--database"));
  g_ptr_array_add (argv, g_strdup (database));
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, g_strdup (arg));
  g_ptr_array_add (argv, NULL);

  /* The commands are for scripts and checks: they must never need a display. */
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

int
bb_test_run_program (const char  *database,
                     char       **out,
                     char       **err,
                     ...)
{
  va_list args;
  int status;

  va_start (args, err);
  status = run_program_va (database, out, err, args);
  va_end (args);
  return status;
}

void
bb_test_cli_set_up (BbTestCli     *cli,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  cli->folder = g_dir_make_tmp ("bb-cli-XXXXXX", &error);
  g_assert_no_error (error);
  cli->database = g_build_filename (cli->folder, "brobygger.db", NULL);
}

void
bb_test_cli_tear_down (BbTestCli     *cli,
                       gconstpointer  data)
{
  bb_test_remove_folder (cli->folder);
  g_clear_pointer (&cli->folder, g_free);
  g_clear_pointer (&cli->database, g_free);
}

void
bb_test_run_clear (BbTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
bb_test_cli_run (BbTestCli *cli,
                 BbTestRun *run,
                 ...)
{
  va_list args;

  bb_test_run_clear (run);
  va_start (args, run);
  run->status = run_program_va (cli->database, &run->out, &run->err, args);
  va_end (args);
}

char *
bb_test_cli_write_file (BbTestCli  *cli,
                        const char *name,
                        const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (cli->folder, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

BbContext *
bb_test_cli_open_context (BbTestCli *cli)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = bb_database_open (cli->database, FALSE, &error);
  BbContext *context;

  g_assert_no_error (error);
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);
  return context;
}
