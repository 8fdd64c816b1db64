/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the courses view's files (the view, its filters, its actions); nothing
 * else includes this. */

#include "bb-browse-pane.h"
#include "bb-course-list.h"
#include "bb-course-page.h"
#include "bb-course-shown-list.h"
#include "bb-courses-view.h"
#include "bb-pending-delete.h"

G_BEGIN_DECLS

struct _BbCoursesView
{
  GtkWidget            parent_instance;

  BbContext           *context;
  BbCourseList        *courses;
  BbCourseShownList   *shown;
  /* The query has a search or a filter, so an empty list may not mean no courses. */
  gboolean             filtered;
  guint                totals_source;
  /* The totals counting in a worker thread; cancelled by a newer query or dispose. */
  GCancellable        *totals_cancellable;
  /* Drawn once: the totals wait for the first frame. */
  gboolean             drawn;
  gboolean             filling_filters;
  /* Ids behind the entries of the adviser filter; index 0 is "all". */
  GArray              *adviser_ids;
  /* Ids behind the entries of the hand-over filter (index 0 is "any"), filled when
   * the filters are first shown. */
  GArray              *handover_ids;
  gboolean             handover_filled;
  /* My caseload asked for, and nobody to show it for. */
  gboolean             no_adviser;
  /* The course whose delete waits for its toast (hidden from the list). */
  BbPendingDelete     *pending_delete;

  /* Template widgets */
  BbBrowsePane        *pane;
  GtkWidget           *filter_button;
  GtkToggleButton     *all_button;
  GtkToggleButton     *mine_button;
  GtkRevealer         *filter_bar;
  GtkWidget           *status_chip;
  AdwButtonContent    *status_chip_content;
  GtkWidget           *adviser_chip;
  AdwButtonContent    *adviser_chip_content;
  GtkWidget           *referral_chip;
  AdwButtonContent    *referral_chip_content;
  GtkWidget           *waiting_chip;
  AdwButtonContent    *waiting_chip_content;
  GtkWidget           *no_meeting_chip;
  AdwButtonContent    *no_meeting_chip_content;
  GtkWidget           *closing_chip;
  AdwButtonContent    *closing_chip_content;
  GtkWidget           *conversations_chip;
  AdwButtonContent    *conversations_chip_content;
  GtkWidget           *handover_chip;
  AdwButtonContent    *handover_chip_content;
  GtkWidget           *first_contact_chip;
  AdwButtonContent    *first_contact_chip_content;
  GtkWidget           *closed_chip;
  AdwButtonContent    *closed_chip_content;
  AdwStatusPage       *no_adviser_page;
  GtkLabel            *totals_label;
  BbCoursePage        *course_page;
  GtkDropDown         *sort_dropdown;
  GtkCheckButton      *descending_check;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *adviser_dropdown;
  GtkDropDown         *referral_dropdown;
  GtkCheckButton      *waiting_check;
  GtkSpinButton       *waiting_spin;
  GtkCheckButton      *no_meeting_check;
  GtkSpinButton       *no_meeting_spin;
  GtkCheckButton      *responsible_check;
  GtkDropDown         *closing_dropdown;
  GtkCheckButton      *conversations_check;
  GtkSpinButton       *conversations_spin;
  GtkCheckButton      *conversations_more_check;
  GtkDropDown         *handover_dropdown;
  GtkEditable         *first_from_entry;
  GtkEditable         *first_to_entry;
  GtkEditable         *closed_from_entry;
  GtkEditable         *closed_to_entry;
  GtkCheckButton      *waiting_at_most_check;
  GtkSpinButton       *waiting_at_most_spin;
  GtkCheckButton      *first_conversation_check;
  GtkDropDown         *handover_state_dropdown;
  GtkEditable         *handover_from_entry;
  GtkEditable         *handover_to_entry;
};

/* bb-courses-view-actions.c: the courses.* actions and their shortcuts. */
void     _bb_courses_view_class_actions_init (BbCoursesViewClass *klass);
void     _bb_courses_view_actions_init       (BbCoursesView      *self);
void     _bb_courses_view_actions_update     (BbCoursesView      *self);
/* Deletes for good the course whose toast is still up, if any. */
void     _bb_courses_view_commit_delete      (BbCoursesView      *self);

/* bb-courses-view-filters.c: the search, the filters, the caseload and the sort. */
void     _bb_courses_view_apply_query        (BbCoursesView      *self);
/* Empties the search and sets every filter to "all" (not the caseload); the caller
 * holds filling_filters and applies the query after. */
void     _bb_courses_view_reset_filters      (BbCoursesView      *self);
/* Sets the filter @kind ("status", "adviser", "referral", "waiting", "no-meeting",
 * "closing", "conversations", "handover", "first-contact", "closed") back to "all"
 * and applies the query. */
void     _bb_courses_view_remove_filter      (BbCoursesView      *self,
                                              const char         *kind);
void     _bb_courses_view_fill_adviser_filter (BbCoursesView     *self);
void     _bb_courses_view_fill_fixed_filters (BbCoursesView      *self);
/* Reads the offers handed over to into their filter, once; TRUE when they are there. */
gboolean _bb_courses_view_fill_handover_filter (BbCoursesView    *self);
/* Sets the filters a link names ("a{ss}": the keys of courses.show-filtered), every
 * other one to "all"; the caller holds filling_filters and applies the query after. */
void     _bb_courses_view_set_filters        (BbCoursesView      *self,
                                              GVariant           *filters);
/* The line under the list (how many, how long they waited, and so on), soon. */
void     _bb_courses_view_queue_totals       (BbCoursesView      *self);

/* bb-courses-view.c */
void     _bb_courses_view_update_list_state  (BbCoursesView      *self);

G_END_DECLS
