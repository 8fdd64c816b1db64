/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "bb-context.h"

G_BEGIN_DECLS

/* The built program as a script runs it: on a database of its own in a new temporary
 * folder, with no display to open, judged by its exit status, its messages and what
 * the database and the files hold. */
typedef struct
{
  char *folder;
  char *database;
} BbTestCli;

typedef struct
{
  int   status;
  char *out;
  char *err;
} BbTestRun;

/* Runs the program with --database @database and the arguments up to NULL; returns
 * its exit status, its output in @out and @err (either may be NULL). */
int        bb_test_run_program       (const char  *database,
                                      char       **out,
                                      char       **err,
                                      ...) G_GNUC_NULL_TERMINATED;

/* Set-up and tear-down for g_test_add () with a BbTestCli fixture. */
void       bb_test_cli_set_up        (BbTestCli     *cli,
                                      gconstpointer  data);
void       bb_test_cli_tear_down     (BbTestCli     *cli,
                                      gconstpointer  data);
/* Runs the program on @cli's database with the arguments up to NULL into @run. */
void       bb_test_cli_run           (BbTestCli  *cli,
                                      BbTestRun  *run,
                                      ...) G_GNUC_NULL_TERMINATED;
/* Writes @contents to @name in @cli's folder and returns the path. */
char      *bb_test_cli_write_file    (BbTestCli  *cli,
                                      const char *name,
                                      const char *contents);
/* Opens @cli's database to look or to edit; unref the context to close it. */
BbContext *bb_test_cli_open_context  (BbTestCli  *cli);

void       bb_test_run_clear         (BbTestRun  *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BbTestRun, bb_test_run_clear)

G_END_DECLS
