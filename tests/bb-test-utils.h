/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "bb-store.h"

G_BEGIN_DECLS

BbStore *bb_test_store_new     (char       **folder_out);
void     bb_test_remove_folder (const char  *folder);

G_END_DECLS
