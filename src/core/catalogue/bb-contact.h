/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BB_TYPE_CONTACT (bb_contact_get_type ())
G_DECLARE_FINAL_TYPE (BbContact, bb_contact, BB, CONTACT, GObject)

/* A contact person of an offer. Properties: "id" (gint64), "uuid", "name", "role",
 * "phone", "email", "ambassador" (boolean). */
BbContact   *bb_contact_new            (const char *name);
BbContact   *bb_contact_copy           (BbContact  *self);
gint64       bb_contact_get_id         (BbContact  *self);
void         bb_contact_set_id         (BbContact  *self,
                                        gint64      id);
const char  *bb_contact_get_uuid       (BbContact  *self);
void         bb_contact_set_uuid       (BbContact  *self,
                                        const char *uuid);
const char  *bb_contact_get_name       (BbContact  *self);
void         bb_contact_set_name       (BbContact  *self,
                                        const char *name);
const char  *bb_contact_get_role       (BbContact  *self);
void         bb_contact_set_role       (BbContact  *self,
                                        const char *role);
const char  *bb_contact_get_phone      (BbContact  *self);
void         bb_contact_set_phone      (BbContact  *self,
                                        const char *phone);
const char  *bb_contact_get_email      (BbContact  *self);
void         bb_contact_set_email      (BbContact  *self,
                                        const char *email);
gboolean     bb_contact_get_ambassador (BbContact  *self);
void         bb_contact_set_ambassador (BbContact  *self,
                                        gboolean    ambassador);
/* "Name, role, phone, e-mail" without the empty parts; used in history and exports. */
char        *bb_contact_to_string      (BbContact  *self);

G_END_DECLS
