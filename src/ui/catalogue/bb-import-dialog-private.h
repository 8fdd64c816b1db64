/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by bb-import-dialog.c (reading, preview, commit) and bb-import-dialog-rows.c
 * (what the preview shows of each record and new name). */

#include "bb-import-dialog.h"
#include "bb-offer-exchange.h"

G_BEGIN_DECLS

struct _BbImportDialog
{
  AdwWindow           parent_instance;

  BbContext          *context;
  GListModel         *files;         /* GFile, read as one import */
  BbImport           *import;
  GCancellable       *cancellable;
  gboolean            committing;

  AdwWindowTitle     *window_title;
  GtkButton          *cancel_button;
  GtkButton          *close_button;
  GtkButton          *import_button;
  GtkStack           *stack;
  AdwStatusPage      *loading_page;
  AdwStatusPage      *error_page;
  AdwStatusPage      *importing_page;
  GtkLabel           *commit_error_label;
  GtkLabel           *summary_label;
  GtkLabel           *notice_label;
  GtkExpander        *names_expander;
  GtkButton          *map_terms_button;
  GtkListBox         *names_list;
  GtkDropDown        *filter_dropdown;
  GtkStack           *list_stack;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
};

/* Binds the row closures and callbacks of the template. */
void _bb_import_dialog_class_rows_init (GtkWidgetClass *widget_class);
/* Fills the list of new names from the prepared import. */
void _bb_import_dialog_show_names      (BbImportDialog *self);
/* The summary, the notice and whether Import can be chosen, after the user changed
 * what the import does; with @rows, the rows too. */
void _bb_import_dialog_update          (BbImportDialog *self,
                                        gboolean        rows);

G_END_DECLS
