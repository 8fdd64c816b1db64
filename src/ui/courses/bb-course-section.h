/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"
#include "bb-page-section.h"
#include "bb-section.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_SECTION (bb_course_section_get_type ())
G_DECLARE_DERIVABLE_TYPE (BbCourseSection, bb_course_section, BB, COURSE_SECTION, BbPageSection)

/* What the course page's own sections share: properties "context" and "course-id"
 * (BbPageSection's "item-id" by its course name). A section that shows what the
 * database holds implements refresh (), called when either property changes and when
 * the database changes one of the domains the class watches. A section that edits a
 * record the page owns (the young person, the course) implements load and store and
 * tells each edit with bb_course_section_edited (); it implements BbSection for the
 * page: set_item loads, apply stores, changed is any edit since the last load or
 * bb_course_section_mark_saved (). */
struct _BbCourseSectionClass
{
  BbPageSectionClass parent_class;

  /* NULL-terminated domains of BbDatabase::changed that call refresh. */
  const char * const *watch_domains;

  void     (*refresh) (BbCourseSection  *self);
  /* Fills the widgets from @item; edits meanwhile are not the user's. */
  void     (*load)    (BbCourseSection  *self,
                       GObject          *item);
  /* Writes the fields into @item; FALSE when one cannot be read (a date that is no
   * date), with the message naming the field. */
  gboolean (*store)   (BbCourseSection  *self,
                       GObject          *item,
                       GError          **error);
};

BbContext *bb_course_section_get_context   (BbCourseSection  *self);
gint64     bb_course_section_get_course_id (BbCourseSection  *self);
void       bb_course_section_refresh       (BbCourseSection  *self);
gboolean   bb_course_section_store         (BbCourseSection  *self,
                                            GObject          *item,
                                            GError          **error);
void       bb_course_section_mark_saved    (BbCourseSection  *self);

/* For the sections. Emits "edited" unless the section is loading. */
void       bb_course_section_edited        (BbCourseSection  *self);
gboolean   bb_course_section_is_loading    (BbCourseSection  *self);

/* The field helpers of bb-page-section.h under the names the course code knows. */
#define bb_course_dup_text        bb_page_dup_text
#define bb_course_dup_buffer_text bb_page_dup_buffer_text
#define bb_course_parse_date      bb_page_parse_date
#define bb_course_dup_today       bb_page_dup_today
#define BB_COURSE_FILL_LABELS     BB_PAGE_FILL_LABELS

G_END_DECLS
