/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of src/core/courses; no other code includes this. */

#include <glib.h>

#include "bb-text.h"

G_BEGIN_DECLS

/* Replaces a field where NULL means unset (and "" is taken as NULL); TRUE when it
 * changed. */
gboolean _bb_courses_set_optional (char       **field,
                                   const char  *value);

/* Equal texts, NULL being the same as "" (records may hold either). */
gboolean _bb_courses_text_equal   (const char  *a,
                                   const char  *b);

/* The checks every text and date of a young person's data passes before it is
 * stored. @label is the field's name as the form shows it, for the message. */
gboolean _bb_courses_check_text   (const char  *label,
                                   const char  *text,
                                   GError     **error);
/* NULL is valid unless @required; otherwise a real date written YYYY-MM-DD. */
gboolean _bb_courses_check_date   (const char  *label,
                                   const char  *date,
                                   gboolean     required,
                                   GError     **error);
/* A @date (YYYY-MM-DD or NULL) not after @today. */
gboolean _bb_courses_check_not_after (const char   *label,
                                      const char   *date,
                                      const GDate  *today,
                                      GError      **error);
/* @date as YYYY-MM-DD into @buffer (at least 11 bytes). */
void     _bb_courses_format_date  (const GDate *date,
                                   char        *buffer);

typedef struct _BbCourse BbCourse;

/* Whether a course holds its staff and goals: a new one and one the repository opened
 * do, a list row does not, and saving a list row leaves them as they are. */
gboolean _bb_course_has_children  (BbCourse    *course);
void     _bb_course_set_children  (BbCourse    *course,
                                   gboolean     loaded);

/* A getter and a setter of a string field that has no property of its own. */
#define _BB_COURSES_TEXT_ACCESSORS(Type, type, is_type, field, setter) \
  const char * \
  type##_get_##field (Type *self) \
  { \
    g_return_val_if_fail (is_type (self), NULL); \
    return self->field; \
  } \
  \
  void \
  type##_set_##field (Type       *self, \
                      const char *value) \
  { \
    g_return_if_fail (is_type (self)); \
    setter (&self->field, value); \
  }

G_END_DECLS
