/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "bb-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BbApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  /* Tests run the program from the build tree, before its translations are installed. */
  localedir = g_getenv ("BROBYGGER_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = bb_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
