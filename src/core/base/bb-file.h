/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef gboolean (*BbWriteFunc) (GOutputStream  *stream,
                                 gpointer        user_data,
                                 GError        **error);

/* Writes a file through @write and puts it in place only once it is complete: on any
 * error an existing file stays as it was, and neither a new one nor a temporary file
 * is left, so an export or a leaflet is never half-written (a full disk, a closed USB
 * stick). A full disk, a quota or a file size limit is G_IO_ERROR_NO_SPACE, in words.
 * What it writes holds personal data: a new file is created 0600; a replaced file
 * keeps its mode; a symbolic link is written through, to its target, and stays. */
gboolean bb_file_replace (GFile        *file,
                          BbWriteFunc   write,
                          gpointer      user_data,
                          GError      **error);

G_END_DECLS
