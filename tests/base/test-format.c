/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Figures as people read them, in English and in Danish. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "bb-format.h"

static void
check_figure (double      value,
              const char *expected)
{
  g_autofree char *text = bb_format_figure (value);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_figure (void)
{
  if (g_test_subprocess ())
    {
      /* The decimal comma whatever LC_NUMERIC says (C here). */
      check_figure (4.3, "4,3");
      check_figure (1234.56, "1234,6");
      check_figure (12.02, "12");
      return;
    }

  check_figure (4.3, "4.3");
  check_figure (-2.75, "-2.8");
  check_figure (12.02, "12");
  check_figure (0, "0");

  /* The language is read when the program starts: a program of its own, in Danish. */
  g_setenv ("LANGUAGE", "da", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_trap_assert_passed ();
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

  g_test_add_func ("/format/figure", test_figure);

  return g_test_run ();
}
