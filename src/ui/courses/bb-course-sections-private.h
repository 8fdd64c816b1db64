/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

/* What the meetings, measures and hand-overs sections share (in
 * bb-course-meetings-section.c). */

/* Shows @title on the toast overlay round @section with an Undo button that calls
 * @undo (@data), freeing @data with @destroy when the toast goes. Without an overlay
 * there is nowhere to undo from, and @data is freed at once. */
void _bb_course_sections_offer_undo (GtkWidget      *section,
                                     const char     *title,
                                     void          (*undo) (gpointer data),
                                     gpointer        data,
                                     GDestroyNotify  destroy);
/* An error the user should read, as a toast (or a warning without an overlay). */
void _bb_course_sections_show_error (GtkWidget      *section,
                                     const GError   *error);

G_END_DECLS
