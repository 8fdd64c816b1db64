/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Runs a fuzz target over every file of its corpus, as a test of the ordinary build:
 * what once crashed a reader stays fixed, and the seeds keep reading. */

#include "bb-fuzz.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *corpus;
  const char *name;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  LLVMFuzzerInitialize (&argc, &argv);

  corpus = g_getenv ("BB_FUZZ_CORPUS");
  g_assert_nonnull (corpus);
  dir = g_dir_open (corpus, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/fuzz/replay/%s", (char *) names->pdata[i]);

      g_test_add_data_func_full (test_path, g_build_filename (corpus, names->pdata[i], NULL),
                                 replay_file, g_free);
    }

  return g_test_run ();
}
