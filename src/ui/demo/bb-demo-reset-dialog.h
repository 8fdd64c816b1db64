/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-demo-mode.h"

G_BEGIN_DECLS

/* Asks, over @parent, whether to throw away what was changed in the demonstration
 * data, and resets it (bb_demo_mode_reset ()) when the answer is Reset. */
void bb_demo_reset_dialog_ask (BbDemoMode *demo,
                               GtkWindow  *parent);

G_END_DECLS
