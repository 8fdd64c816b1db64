/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "bb-plan-template.h"

G_BEGIN_DECLS

struct _BbPlanTemplate
{
  GObject         parent_instance;

  /* Where it was read from, as the user would write it: for messages. */
  char           *file;
  char           *model;
  char           *version;
  BbTemplateText  title;
  BbTemplateText  description;
  BbTemplateText  source;
  GPtrArray      *elements;
  GPtrArray      *challenges;
  GPtrArray      *focus_areas;
  GPtrArray      *activities;
};

void                  _bb_template_text_clear (BbTemplateText  *text);
void                  _bb_template_item_free  (BbTemplateItem  *item);
const BbTemplateItem *_bb_template_find_item  (GPtrArray       *items,
                                               const char      *key);
/* A BB_PLAN_ERROR_TEMPLATE naming @file, the rest of the message after it. */
gboolean              _bb_plan_template_fail  (const char      *file,
                                               GError         **error,
                                               const char      *format,
                                               ...) G_GNUC_PRINTF (3, 4);
/* Fills @self, whose file is set, from the file's parsed @root. */
gboolean              _bb_plan_template_read  (BbPlanTemplate  *self,
                                               JsonNode        *root,
                                               GError         **error);

G_END_DECLS
