/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-plan-enums.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_QUESTION_ROW (bb_plan_question_row_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanQuestionRow, bb_plan_question_row, BB, PLAN_QUESTION_ROW, AdwExpanderRow)

/* A structural challenge or focus area: its title, and opened, its guiding questions,
 * a low / medium / high rating (challenges only) and a text (the note, or the
 * adaptations planned). "edited" when the user changes either. The fields are built
 * when the row is first opened, and then save when the focus leaves the text (through
 * the BbPlanSection round the row). */
BbPlanQuestionRow *bb_plan_question_row_new        (gboolean            with_rating,
                                                    const char         *text_title);
/* Fills the row; not an edit. */
void               bb_plan_question_row_set        (BbPlanQuestionRow  *self,
                                                    const char         *title,
                                                    const char         *questions,
                                                    BbChallengeRating   rating,
                                                    const char         *text);
BbChallengeRating  bb_plan_question_row_get_rating (BbPlanQuestionRow  *self);
/* Stripped; NULL when blank. */
char              *bb_plan_question_row_dup_text   (BbPlanQuestionRow  *self);

G_END_DECLS
