/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-plan-section.h"

G_BEGIN_DECLS

/* What the activities, partners, indicators, trial actions and competence sections
 * share (in bb-plan-activities-section.c). */

/* Writes a deleted row back as a new one. */
typedef gboolean (*BbPlanSaveRowFunc) (BbPlanRepository  *plans,
                                       gpointer           record,
                                       GError           **error);

/* A row of a section's list: @title and @subtitle as plain text, activatable, with a
 * delete button for @delete_action (target: @id) named "@delete_name" for screen
 * readers. */
GtkWidget *_bb_plan_sections_row_new     (const char        *title,
                                          const char        *subtitle,
                                          const char        *delete_action,
                                          gint64             id,
                                          const char        *delete_name);
/* Removes every row (the placeholder stays). */
void       _bb_plan_sections_clear_list  (GtkListBox        *list_box);
/* Shows @message with an Undo button that calls @restore with @record (taken, freed
 * with @free_record), which saves what a deleted row held as a new row. */
void       _bb_plan_sections_offer_undo  (BbPlanSection     *section,
                                          const char        *message,
                                          gpointer           record,
                                          GDestroyNotify     free_record,
                                          BbPlanSaveRowFunc  restore);
/* A shortcut on @section that works wherever the focus is while it is shown. */
void       _bb_plan_sections_add_shortcut (BbPlanSection    *section,
                                           const char       *accelerator,
                                           const char       *action);
/* Joins the @n_parts of @parts that are neither NULL nor empty with " · ". */
char      *_bb_plan_sections_join        (const char * const *parts,
                                          guint              n_parts);

G_END_DECLS
