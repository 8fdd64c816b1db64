/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_DEMO_BANNER (bb_demo_banner_get_type ())
G_DECLARE_FINAL_TYPE (BbDemoBanner, bb_demo_banner, BB, DEMO_BANNER, GtkWidget)

/* The bar above every view in demonstration mode: what the data is, with Reset
 * Demonstration Data ("win.demo-reset") and Leave ("win.demo-mode", which it turns
 * off). An AdwBanner from libadwaita 1.3 on; on 1.2 a revealer of its own. Property
 * "revealed". */
void        bb_demo_banner_set_revealed (BbDemoBanner *self,
                                         gboolean      revealed);
gboolean    bb_demo_banner_get_revealed (BbDemoBanner *self);
/* The text the banner shows. */
const char *bb_demo_banner_get_title    (BbDemoBanner *self);

G_END_DECLS
