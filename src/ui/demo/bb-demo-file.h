/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-clock.h"

G_BEGIN_DECLS

/* The demonstration database beside the real one: the real file's name without its
 * extension, then "-demo.db" ("brobygger.db" → "brobygger-demo.db"). */
char     *bb_demo_file_dup_path         (const char          *real_path);

/* Makes the demonstration municipality (the generator's default numbers and seed, with
 * the installed plan templates, on @clock's today) at @path in a worker thread, with
 * bb_demo_generate_file (): in a new file first, renamed over @path only once whole.
 * No connection may have @path open. Creates @path's folder (0700) when
 * @create_folder is set. */
void      bb_demo_file_generate_async   (const char          *path,
                                         BbClock             *clock,
                                         gboolean             create_folder,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean  bb_demo_file_generate_finish  (GAsyncResult        *result,
                                         GError             **error);

G_END_DECLS
