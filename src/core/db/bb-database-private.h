/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of BbDatabase: bb-database.c (opening, statements), -errors.c
 * (errors in words, checked text), -transactions.c (transactions, hooks,
 * notification) and -jobs.c. */

#include "bb-database.h"

G_BEGIN_DECLS

typedef struct
{
  guint           id;
  BbPreCommitHook hook;
  gpointer        user_data;
  GDestroyNotify  destroy;
} PreCommitHook;

struct _BbDatabase
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *user_name;
  BbClock    *clock;
  gboolean    is_new;
  gboolean    read_only;
  char       *read_only_reason;
  /* Prepared statements of the paths every row and keystroke takes, by SQL text. */
  GHashTable *statements;

  /* 0 outside a transaction; above 1 inside savepoints. */
  guint       depth;
  /* SQLite ended the transaction itself (a full disk, an I/O error, no memory) while
   * savepoints were open: what is left of it can only be rolled back. */
  gboolean    aborted;
  /* The domains noted in the running transaction, in the order they were noted. */
  GPtrArray  *changed_domains;
  GArray     *hooks;
  guint       last_hook_id;
};

extern guint _bb_database_changed_signal;

/* Emits ::changed once for each domain of @domains (string constants). */
void _bb_database_emit_changed (BbDatabase *self,
                                GPtrArray  *domains);
void _bb_database_clear_hook   (gpointer    hook);

G_END_DECLS
