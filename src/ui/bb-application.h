/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_APPLICATION (bb_application_get_type ())
G_DECLARE_FINAL_TYPE (BbApplication, bb_application, BB, APPLICATION, AdwApplication)

BbApplication *bb_application_new          (void);
/* NULL when the database could not be opened. */
BbContext     *bb_application_get_context  (BbApplication *self);
GSettings     *bb_application_get_settings (BbApplication *self);

G_END_DECLS
