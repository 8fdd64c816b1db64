/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-course-enums.h"

G_BEGIN_DECLS

/* A parent or guardian of a young person: a plain record, held by its young person.
 * Strings may be NULL for empty. */
typedef struct
{
  gint64         id;
  char          *name;
  /* "Mother", "foster father", … as the adviser writes it. */
  char          *relation;
  char          *phone;
  char          *email;
  BbInvolvement  involvement;
  char          *note;
} BbGuardian;

#define BB_TYPE_GUARDIAN (bb_guardian_get_type ())
GType       bb_guardian_get_type (void) G_GNUC_CONST;
BbGuardian *bb_guardian_new      (const char       *name);
BbGuardian *bb_guardian_copy     (const BbGuardian *guardian);
void        bb_guardian_free     (BbGuardian       *guardian);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbGuardian, bb_guardian_free)

#define BB_TYPE_YOUNG_PERSON (bb_young_person_get_type ())
G_DECLARE_FINAL_TYPE (BbYoungPerson, bb_young_person, BB, YOUNG_PERSON, GObject)

/* The young person a course is for. There is no CPR number: none is needed, and
 * bb_young_person_validate refuses one in any field. Strings are never NULL ("" when
 * unset) except the dates, which are YYYY-MM-DD or NULL. Properties: "id", "name",
 * "birth-date". */
BbYoungPerson *bb_young_person_new                   (const char    *name);
gint64         bb_young_person_get_id                (BbYoungPerson *self);
void           bb_young_person_set_id                (BbYoungPerson *self,
                                                      gint64         id);
const char    *bb_young_person_get_uuid              (BbYoungPerson *self);
void           bb_young_person_set_uuid              (BbYoungPerson *self,
                                                      const char    *uuid);
/* A name or a pseudonym (then "is-pseudonym" says so). */
const char    *bb_young_person_get_name              (BbYoungPerson *self);
void           bb_young_person_set_name              (BbYoungPerson *self,
                                                      const char    *name);
gboolean       bb_young_person_get_is_pseudonym      (BbYoungPerson *self);
void           bb_young_person_set_is_pseudonym      (BbYoungPerson *self,
                                                      gboolean       is_pseudonym);
const char    *bb_young_person_get_birth_date        (BbYoungPerson *self);
void           bb_young_person_set_birth_date        (BbYoungPerson *self,
                                                      const char    *birth_date);
const char    *bb_young_person_get_phone             (BbYoungPerson *self);
void           bb_young_person_set_phone             (BbYoungPerson *self,
                                                      const char    *phone);
const char    *bb_young_person_get_email             (BbYoungPerson *self);
void           bb_young_person_set_email             (BbYoungPerson *self,
                                                      const char    *email);
const char    *bb_young_person_get_address           (BbYoungPerson *self);
void           bb_young_person_set_address           (BbYoungPerson *self,
                                                      const char    *address);
BbOccupation   bb_young_person_get_occupation        (BbYoungPerson *self);
void           bb_young_person_set_occupation        (BbYoungPerson *self,
                                                      BbOccupation   occupation);
/* Which school, education or work, and how it goes. */
const char    *bb_young_person_get_occupation_note   (BbYoungPerson *self);
void           bb_young_person_set_occupation_note   (BbYoungPerson *self,
                                                      const char    *note);
/* When the young person consented, and to what (e.g. "talk to the school"). */
const char    *bb_young_person_get_consent_date      (BbYoungPerson *self);
void           bb_young_person_set_consent_date      (BbYoungPerson *self,
                                                      const char    *consent_date);
const char    *bb_young_person_get_consent_scope     (BbYoungPerson *self);
void           bb_young_person_set_consent_scope     (BbYoungPerson *self,
                                                      const char    *consent_scope);
/* BbGuardian records, in the order the form shows them; the caller may change it. */
GPtrArray     *bb_young_person_get_guardians         (BbYoungPerson *self);
const char    *bb_young_person_get_created           (BbYoungPerson *self);
void           bb_young_person_set_created           (BbYoungPerson *self,
                                                      const char    *created);
const char    *bb_young_person_get_modified          (BbYoungPerson *self);
void           bb_young_person_set_modified          (BbYoungPerson *self,
                                                      const char    *modified);

/* Whole years on @today (the context's clock); -1 without a birth date. */
int            bb_young_person_get_age               (BbYoungPerson *self,
                                                      const GDate   *today);
/* Whole years from @birth_date to @date (both YYYY-MM-DD); -1 when either is missing
 * or unreadable, or @date comes first. */
int            bb_age_in_years                       (const char    *birth_date,
                                                      const char    *date);

/* What must be fixed before saving: a name, real dates (a birth date not after
 * @today), no CPR number in any field. The message names the field. BB_COURSE_ERROR. */
gboolean       bb_young_person_validate              (BbYoungPerson *self,
                                                      const GDate   *today,
                                                      GError       **error);
/* The names of the fields that differ (stable keys: "name", "guardians", …), for the
 * access log. */
GPtrArray     *bb_young_person_diff                  (BbYoungPerson *before,
                                                      BbYoungPerson *after);

G_END_DECLS
