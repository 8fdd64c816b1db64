/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-access-log-repository.h"
#include "bb-adviser-repository.h"
#include "bb-clock.h"
#include "bb-course-repository.h"
#include "bb-database.h"
#include "bb-instrument-repository.h"
#include "bb-list-repository.h"
#include "bb-offer-repository.h"
#include "bb-overview-repository.h"
#include "bb-plan-repository.h"
#include "bb-young-person-repository.h"

G_BEGIN_DECLS

#define BB_TYPE_CONTEXT (bb_context_get_type ())
G_DECLARE_FINAL_TYPE (BbContext, bb_context, BB, CONTEXT, GObject)

/* What every view works with: the database, a repository per domain, the settings
 * (NULL in tests that need none) and the clock (the database's). Read-only properties
 * "database", "offers", "lists", "advisers", "young-people", "courses", "instruments",
 * "access-log", "plans", "overview", "templates", "settings", "clock". */
BbContext         *bb_context_new          (BbDatabase  *database,
                                            GSettings   *settings,
                                            GError     **error);
BbDatabase        *bb_context_get_database (BbContext   *self);
BbOfferRepository *bb_context_get_offers   (BbContext   *self);
BbListRepository  *bb_context_get_lists    (BbContext   *self);
BbAdviserRepository     *bb_context_get_advisers     (BbContext *self);
BbYoungPersonRepository *bb_context_get_young_people (BbContext *self);
BbCourseRepository      *bb_context_get_courses      (BbContext *self);
BbInstrumentRepository  *bb_context_get_instruments  (BbContext *self);
BbAccessLogRepository   *bb_context_get_access_log   (BbContext *self);
BbPlanRepository        *bb_context_get_plans        (BbContext *self);
/* The overview's figures (property "overview"). */
BbOverviewRepository    *bb_context_get_overview     (BbContext *self);
/* The plan templates (BbPlanTemplate), loaded on the first call with
 * bb_plan_template_load_all (NULL, …); empty, with one warning, when they cannot be
 * read, so the program starts without them installed. */
GPtrArray               *bb_context_get_templates    (BbContext *self);
GSettings         *bb_context_get_settings (BbContext   *self);
BbClock           *bb_context_get_clock    (BbContext   *self);

G_END_DECLS
