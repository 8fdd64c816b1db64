/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  BB_COVERAGE_GAP,
  BB_COVERAGE_NORMAL,
  BB_COVERAGE_CROWDED,
} BbCoverageLevel;

typedef struct _BbCoverage BbCoverage;

/* Rows are target groups, columns steps (both GListModels of their core objects, in the
 * user's order); each cell counts the active offers that name both. */
BbCoverage     *bb_coverage_new            (GListModel *target_groups,
                                            GListModel *steps);
void            bb_coverage_free           (BbCoverage *self);
GListModel     *bb_coverage_get_target_groups (BbCoverage *self);
GListModel     *bb_coverage_get_steps      (BbCoverage *self);
guint           bb_coverage_get_count      (BbCoverage *self,
                                            guint       row,
                                            guint       column);
void            bb_coverage_set_count      (BbCoverage *self,
                                            guint       row,
                                            guint       column,
                                            guint       count);
/* Three active offers for the same group at the same step: a possible overlap worth a
 * look, and a rule simple enough to state in the matrix's legend. */
#define BB_COVERAGE_CROWDED_MIN 3

/* A gap has no offer; a crowded cell has BB_COVERAGE_CROWDED_MIN or more. */
BbCoverageLevel bb_coverage_get_level      (BbCoverage *self,
                                            guint       row,
                                            guint       column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbCoverage, bb_coverage_free)

G_END_DECLS
