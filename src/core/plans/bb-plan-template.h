/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A text of a template in both languages the program speaks. Both are always set
 * (the loader refuses a file where one is missing). */
typedef struct
{
  char *da;
  char *en;
} BbTemplateText;

/* The text in the UI language: Danish when the first of g_get_language_names ()
 * that is "da" or "en" (or starts "da_" / "en_") is Danish, else English. */
const char *bb_template_text_get (const BbTemplateText *text);

/* A core element, structural challenge, focus area or suggested activity. key is
 * stable across versions of a model; replaces lists the keys of the previous
 * version this item takes the place of: one for a rename (the same key or another),
 * several for a merge; NULL-terminated, empty for an item that is new. For an
 * activity, element is the key of its core element (or NULL) and focus_area that of
 * its focus area (or NULL). */
typedef struct
{
  char            *key;
  BbTemplateText   title;
  BbTemplateText   description;
  /* Guiding questions of a challenge or focus area, one per line; "" for the others. */
  BbTemplateText   questions;
  char           **replaces;
  char            *element;
  char            *focus_area;
} BbTemplateItem;

typedef enum
{
  BB_TEMPLATE_CHANGE_ADDED,
  BB_TEMPLATE_CHANGE_RENAMED,
  BB_TEMPLATE_CHANGE_MERGED,
  BB_TEMPLATE_CHANGE_REMOVED,
} BbTemplateChangeKind;

/* What changed for the core elements from one version to the next: new_key is NULL
 * for a removed element, old_keys empty for an added one. Titles in the UI
 * language, for the plan page to say it in words. */
typedef struct
{
  BbTemplateChangeKind   kind;
  char                 **old_keys;
  char                  *new_key;
  char                  *description;
} BbTemplateChange;

void bb_template_change_free (BbTemplateChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbTemplateChange, bb_template_change_free)

#define BB_TYPE_PLAN_TEMPLATE (bb_plan_template_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanTemplate, bb_plan_template, BB, PLAN_TEMPLATE, GObject)

/* One version of an intervention model, read from a file in data/plan-templates/
 * (installed in the program's data folder, read at run time). Everything is kept as
 * the file says it, in both languages. Read-only properties "model", "version",
 * "title" (UI language). */
BbPlanTemplate *bb_plan_template_load_file       (GFile           *file,
                                                  GError         **error);
/* Every template in @directory (NULL: the installed folder, or the one the
 * environment variable BROBYGGER_TEMPLATE_DIR names), by model, then version
 * oldest first. A file that fails to load fails the whole call, naming the file. */
GPtrArray      *bb_plan_template_load_all        (const char      *directory,
                                                  GError         **error);
/* The model's stable key ("youth-intervention", "housing-first", …). */
const char     *bb_plan_template_get_model       (BbPlanTemplate  *self);
/* The version, sortable as text ("2020", "2023"). */
const char     *bb_plan_template_get_version     (BbPlanTemplate  *self);
const BbTemplateText *bb_plan_template_get_title       (BbPlanTemplate *self);
const BbTemplateText *bb_plan_template_get_description (BbPlanTemplate *self);
/* Where the model comes from, as the file names it. */
const BbTemplateText *bb_plan_template_get_source      (BbPlanTemplate *self);
/* BbTemplateItem arrays owned by the template, in their order. */
GPtrArray      *bb_plan_template_get_elements    (BbPlanTemplate  *self);
GPtrArray      *bb_plan_template_get_challenges  (BbPlanTemplate  *self);
GPtrArray      *bb_plan_template_get_focus_areas (BbPlanTemplate  *self);
GPtrArray      *bb_plan_template_get_activities  (BbPlanTemplate  *self);
const BbTemplateItem *bb_plan_template_find_element (BbPlanTemplate *self,
                                                     const char     *key);

/* The newest template of @model in @templates newer than @version, or NULL. */
BbPlanTemplate *bb_plan_template_find_newer      (GPtrArray       *templates,
                                                  const char      *model,
                                                  const char      *version);
BbPlanTemplate *bb_plan_template_find            (GPtrArray       *templates,
                                                  const char      *model,
                                                  const char      *version);
/* BbTemplateChange records from @older to @newer (same model), in @newer's order,
 * removed ones last. */
GPtrArray      *bb_plan_template_diff            (BbPlanTemplate  *older,
                                                  BbPlanTemplate  *newer);

G_END_DECLS
