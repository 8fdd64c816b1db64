/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef gboolean (*BbWriteFunc) (GOutputStream  *stream,
                                 gpointer        user_data,
                                 GError        **error);

/* Writes a file through @write and puts it in place only once it is complete: on any
 * error an existing file stays as it was and a new one is removed, so an export or a
 * leaflet is never left half-written (a full disk, a closed USB stick). */
gboolean bb_file_replace (GFile        *file,
                          BbWriteFunc   write,
                          gpointer      user_data,
                          GError      **error);

G_END_DECLS
