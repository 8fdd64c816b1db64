/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"
#include "bb-page-section.h"
#include "bb-plan-repository.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_SECTION (bb_plan_section_get_type ())
G_DECLARE_DERIVABLE_TYPE (BbPlanSection, bb_plan_section, BB, PLAN_SECTION, BbPageSection)

/* A section of the plan page (a GtkBox, vertical): properties "context" (BbContext) and "plan-id"
 * (BbPageSection's "item-id" by its plan name). refresh () is called when either
 * changes and on BbDatabase::changed of a domain in watch_domains. A section saves
 * what the user edits itself, through the repository. */
struct _BbPlanSectionClass
{
  BbPageSectionClass parent_class;

  /* NULL-terminated domains of BbDatabase::changed that call refresh. */
  const char * const *watch_domains;

  void (*refresh) (BbPlanSection *self);
  /* Optional: writes what the user typed since the last save (see queue_save). */
  void (*save)    (BbPlanSection *self);
};

BbContext        *bb_plan_section_get_context (BbPlanSection *self);
gint64            bb_plan_section_get_plan_id (BbPlanSection *self);
/* The context's plan repository; NULL without a context. */
BbPlanRepository *bb_plan_section_get_plans   (BbPlanSection *self);
/* An error the user should read, as a toast on the page. */
void              bb_plan_section_show_error  (BbPlanSection *self,
                                               const GError  *error);
/* Shows @toast (floating, taken) on the AdwToastOverlay round the section. */
void              bb_plan_section_add_toast   (BbPlanSection *self,
                                               AdwToast      *toast);

/* Save as you go: a field's change queues a save a moment after typing stops; leaving
 * the field, another plan, or the section going saves at once. */
void              bb_plan_section_queue_save  (BbPlanSection *self);
void              bb_plan_section_save_now    (BbPlanSection *self);
/* TRUE while a queued save waits: a reload then must not overwrite the fields. */
gboolean          bb_plan_section_get_save_queued (BbPlanSection *self);
/* Saves at once when the focus leaves @field (an entry row, a text view). */
void              bb_plan_section_save_on_leave (BbPlanSection *self,
                                                 GtkWidget     *field);

G_END_DECLS
