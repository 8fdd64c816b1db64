/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

/* A young person's access request: asks where to save the PDF (the JSON file goes
 * beside it, see bb_rights_dup_json_file ()), writes both, and says how it went in
 * @toasts. */
void bb_access_request_choose_file (GtkWindow       *parent,
                                    BbContext       *context,
                                    AdwToastOverlay *toasts,
                                    gint64           young_person_id);

G_END_DECLS
