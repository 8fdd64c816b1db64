/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-context.h"

G_BEGIN_DECLS

/* What a command-line command needs of the database. */
typedef enum
{
  BB_COMMAND_NO_DATABASE,
  /* The database's path alone (from --database or the default): the command works
   * on the file as it is, never opened or brought up to date first. */
  BB_COMMAND_PATH,
  BB_COMMAND_READS,
  BB_COMMAND_WRITES,
} BbCommandDatabase;

/* A headless command, chosen by its option: it runs on @context (NULL for
 * BB_COMMAND_NO_DATABASE), reads its arguments from @options, prints what it did on
 * stdout and any failure on stderr, never asks, and returns the exit status (0 on
 * success). Commands run in the order of the table in bb-application.c, stopping at
 * the first that fails. */
typedef int (*BbCommandFunc) (BbContext    *context,
                              GVariantDict *options);

int bb_command_import_offers (BbContext    *context,
                              GVariantDict *options);
int bb_command_export_offers (BbContext    *context,
                              GVariantDict *options);
/* bb-commands-courses.c */
int bb_command_import_courses  (BbContext    *context,
                                GVariantDict *options);
int bb_command_export_courses  (BbContext    *context,
                                GVariantDict *options);
int bb_command_export_handover (BbContext    *context,
                                GVariantDict *options);
/* bb-commands-plans.c */
int bb_command_export_figures (BbContext    *context,
                               GVariantDict *options);
int bb_command_export_plan    (BbContext    *context,
                               GVariantDict *options);
/* bb-commands-demo.c: BB_COMMAND_NO_DATABASE, it makes its own. */
int bb_command_generate_demo (BbContext    *context,
                              GVariantDict *options);
/* bb-commands-safety.c: BB_COMMAND_PATH. */
int bb_command_backup  (BbContext    *context,
                        GVariantDict *options);
int bb_command_restore (BbContext    *context,
                        GVariantDict *options);
int bb_command_check   (BbContext    *context,
                        GVariantDict *options);

G_END_DECLS
