/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-enums.h"

G_BEGIN_DECLS

#define BB_TYPE_PROVIDER (bb_provider_get_type ())
G_DECLARE_FINAL_TYPE (BbProvider, bb_provider, BB, PROVIDER, GObject)

/* Properties: "id" (gint64, 0 until stored), "uuid", "name", "sector" (int, BbSector),
 * "department", "website", "email", "phone". Strings are never NULL ("" when unset). */
BbProvider  *bb_provider_new            (const char *name);
BbProvider  *bb_provider_copy           (BbProvider *self);
gint64       bb_provider_get_id         (BbProvider *self);
void         bb_provider_set_id         (BbProvider *self,
                                         gint64      id);
const char  *bb_provider_get_uuid       (BbProvider *self);
void         bb_provider_set_uuid       (BbProvider *self,
                                         const char *uuid);
const char  *bb_provider_get_name       (BbProvider *self);
void         bb_provider_set_name       (BbProvider *self,
                                         const char *name);
BbSector     bb_provider_get_sector     (BbProvider *self);
void         bb_provider_set_sector     (BbProvider *self,
                                         BbSector    sector);
const char  *bb_provider_get_department (BbProvider *self);
void         bb_provider_set_department (BbProvider *self,
                                         const char *department);
const char  *bb_provider_get_website    (BbProvider *self);
void         bb_provider_set_website    (BbProvider *self,
                                         const char *website);
const char  *bb_provider_get_email      (BbProvider *self);
void         bb_provider_set_email      (BbProvider *self,
                                         const char *email);
const char  *bb_provider_get_phone      (BbProvider *self);
void         bb_provider_set_phone      (BbProvider *self,
                                         const char *phone);

G_END_DECLS
