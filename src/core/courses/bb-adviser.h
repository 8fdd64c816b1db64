/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-course-enums.h"

G_BEGIN_DECLS

#define BB_TYPE_ADVISER (bb_adviser_get_type ())
G_DECLARE_FINAL_TYPE (BbAdviser, bb_adviser, BB, ADVISER, GObject)

/* A member of staff who holds courses: a social worker who advises, a psychologist
 * who treats, or one person throughout. Properties: "id" (gint64, 0 until stored),
 * "uuid", "name", "profession" (int, BbProfession), "active" (FALSE for someone who
 * has left: their courses keep their name). */
BbAdviser    *bb_adviser_new            (const char   *name);
gint64        bb_adviser_get_id         (BbAdviser    *self);
void          bb_adviser_set_id         (BbAdviser    *self,
                                         gint64        id);
const char   *bb_adviser_get_uuid       (BbAdviser    *self);
void          bb_adviser_set_uuid       (BbAdviser    *self,
                                         const char   *uuid);
const char   *bb_adviser_get_name       (BbAdviser    *self);
void          bb_adviser_set_name       (BbAdviser    *self,
                                         const char   *name);
BbProfession  bb_adviser_get_profession (BbAdviser    *self);
void          bb_adviser_set_profession (BbAdviser    *self,
                                         BbProfession  profession);
gboolean      bb_adviser_get_active     (BbAdviser    *self);
void          bb_adviser_set_active     (BbAdviser    *self,
                                         gboolean      active);

G_END_DECLS
