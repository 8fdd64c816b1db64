/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_CATALOGUE_LISTS_WINDOW (bb_catalogue_lists_window_get_type ())
G_DECLARE_FINAL_TYPE (BbCatalogueListsWindow, bb_catalogue_lists_window, BB, CATALOGUE_LISTS_WINDOW, AdwPreferencesWindow)

/* Edits the providers, target groups and steps of the catalogue; offers are edited elsewhere.
 *
 * A provider, target group or step that offers use cannot be deleted; its row says so,
 * naming the offers, and when the window's transient parent has the action
 * "win.show-offers-of" (parameter "(sx)": the kind, "provider", "target-group" or
 * "step", and the id of the provider, target group or step), a button activates it on
 * the parent, to show those offers in the offers list, and closes this window. */
BbCatalogueListsWindow *bb_catalogue_lists_window_new (BbContext *context);

G_END_DECLS
