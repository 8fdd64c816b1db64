/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BB_TYPE_STEP (bb_step_get_type ())
G_DECLARE_FINAL_TYPE (BbStep, bb_step, BB, STEP, GObject)

/* A step (trin) of intensity. Properties: "id" (gint64), "uuid", "level" (int, orders
 * the steps: 0 universal … 3 regional treatment by default), "name", "description". */
BbStep      *bb_step_new             (int         level,
                                      const char *name);
BbStep      *bb_step_copy            (BbStep     *self);
gint64       bb_step_get_id          (BbStep     *self);
void         bb_step_set_id          (BbStep     *self,
                                      gint64      id);
const char  *bb_step_get_uuid        (BbStep     *self);
void         bb_step_set_uuid        (BbStep     *self,
                                      const char *uuid);
int          bb_step_get_level       (BbStep     *self);
void         bb_step_set_level       (BbStep     *self,
                                      int         level);
const char  *bb_step_get_name        (BbStep     *self);
void         bb_step_set_name        (BbStep     *self,
                                      const char *name);
const char  *bb_step_get_description (BbStep     *self);
void         bb_step_set_description (BbStep     *self,
                                      const char *description);
/* "2 – Specialised municipal", as bb_format_step () writes it */
char        *bb_step_dup_display_name (BbStep    *self);

G_END_DECLS
