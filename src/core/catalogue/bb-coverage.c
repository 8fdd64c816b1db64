/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-coverage.h"

struct _BbCoverage
{
  GListModel *target_groups;
  GListModel *steps;
  guint      *counts;
};

BbCoverage *
bb_coverage_new (GListModel *target_groups,
                 GListModel *steps)
{
  BbCoverage *self = g_new0 (BbCoverage, 1);

  self->target_groups = g_object_ref (target_groups);
  self->steps = g_object_ref (steps);
  self->counts = g_new0 (guint, MAX (1, g_list_model_get_n_items (target_groups)
                                        * g_list_model_get_n_items (steps)));
  return self;
}

void
bb_coverage_free (BbCoverage *self)
{
  g_clear_object (&self->target_groups);
  g_clear_object (&self->steps);
  g_free (self->counts);
  g_free (self);
}

GListModel *
bb_coverage_get_target_groups (BbCoverage *self)
{
  return self->target_groups;
}

GListModel *
bb_coverage_get_steps (BbCoverage *self)
{
  return self->steps;
}

static guint
cell_index (BbCoverage *self,
            guint       row,
            guint       column)
{
  g_return_val_if_fail (row < g_list_model_get_n_items (self->target_groups), 0);
  g_return_val_if_fail (column < g_list_model_get_n_items (self->steps), 0);

  return row * g_list_model_get_n_items (self->steps) + column;
}

guint
bb_coverage_get_count (BbCoverage *self,
                       guint       row,
                       guint       column)
{
  return self->counts[cell_index (self, row, column)];
}

void
bb_coverage_set_count (BbCoverage *self,
                       guint       row,
                       guint       column,
                       guint       count)
{
  self->counts[cell_index (self, row, column)] = count;
}

BbCoverageLevel
bb_coverage_get_level (BbCoverage *self,
                       guint       row,
                       guint       column)
{
  guint count = bb_coverage_get_count (self, row, column);

  if (count == 0)
    return BB_COVERAGE_GAP;

  return count >= BB_COVERAGE_CROWDED_MIN ? BB_COVERAGE_CROWDED : BB_COVERAGE_NORMAL;
}
