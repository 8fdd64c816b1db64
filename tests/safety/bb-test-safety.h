/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-test-cli.h"
#include "bb-test-utils.h"

G_BEGIN_DECLS

/* @n providers named "Provider N" through plain SQL: pages enough to damage one. */
void     bb_test_safety_fill         (BbDatabase *database,
                                      guint       n);
/* Overwrites the header of the first page of @table in the closed database at @path,
 * as a failing disk or a bad copy would. */
void     bb_test_safety_damage_table (const char *path,
                                      const char *table);
char    *bb_test_safety_checksum     (const char *path);
/* The names in @folder, sorted, joined by spaces. */
char    *bb_test_safety_list_folder  (const char *folder);

G_END_DECLS
