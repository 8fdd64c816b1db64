/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BB_TYPE_TARGET_GROUP (bb_target_group_get_type ())
G_DECLARE_FINAL_TYPE (BbTargetGroup, bb_target_group, BB, TARGET_GROUP, GObject)

/* Properties: "id" (gint64), "uuid", "name", "position" (int, the user's order). */
BbTargetGroup *bb_target_group_new          (const char    *name);
BbTargetGroup *bb_target_group_copy         (BbTargetGroup *self);
gint64         bb_target_group_get_id       (BbTargetGroup *self);
void           bb_target_group_set_id       (BbTargetGroup *self,
                                             gint64         id);
const char    *bb_target_group_get_uuid     (BbTargetGroup *self);
void           bb_target_group_set_uuid     (BbTargetGroup *self,
                                             const char    *uuid);
const char    *bb_target_group_get_name     (BbTargetGroup *self);
void           bb_target_group_set_name     (BbTargetGroup *self,
                                             const char    *name);
int            bb_target_group_get_position (BbTargetGroup *self);
void           bb_target_group_set_position (BbTargetGroup *self,
                                             int            position);

G_END_DECLS
