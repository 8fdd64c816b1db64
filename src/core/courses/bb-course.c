/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-course.h"
#include "bb-courses-private.h"

struct _BbCourse
{
  GObject           parent_instance;

  gint64            id;
  char             *uuid;
  gint64            young_person_id;
  char             *young_person_name;
  gint64            adviser_id;
  char             *adviser_name;
  BbReferralSource  referral_source;
  char             *referral_note;
  char             *first_contact;
  int               planned_conversations;
  BbCourseStatus    status;
  char             *status_since;
  char             *assessment_date;
  char             *assessment_note;
  char             *closed_date;
  int               closing_reason;
  gint64            onward_offer_id;
  char             *onward_offer_title;
  char             *notes;
  char             *created;
  char             *modified;
  GPtrArray        *goals;
  GPtrArray        *staff;
  gboolean          has_children;
  BbCourseFigures   figures;
};

G_DEFINE_FINAL_TYPE (BbCourse, bb_course, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_YOUNG_PERSON_NAME,
  PROP_ADVISER_NAME,
  PROP_STATUS,
  PROP_FIRST_CONTACT,
  PROP_WAITING_DAYS,
  PROP_CONVERSATIONS,
  PROP_COURSE_DAYS,
  PROP_NEXT_MEETING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_figures (BbCourseFigures *figures)
{
  g_clear_pointer (&figures->first_conversation, g_free);
  g_clear_pointer (&figures->last_meeting, g_free);
  g_clear_pointer (&figures->next_meeting, g_free);
  memset (figures, 0, sizeof *figures);
  figures->waiting_days = -1;
  figures->course_days = -1;
}

static void
bb_course_finalize (GObject *object)
{
  BbCourse *self = BB_COURSE (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->young_person_name, g_free);
  g_clear_pointer (&self->adviser_name, g_free);
  g_clear_pointer (&self->referral_note, g_free);
  g_clear_pointer (&self->first_contact, g_free);
  g_clear_pointer (&self->status_since, g_free);
  g_clear_pointer (&self->assessment_date, g_free);
  g_clear_pointer (&self->assessment_note, g_free);
  g_clear_pointer (&self->closed_date, g_free);
  g_clear_pointer (&self->onward_offer_title, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  clear_figures (&self->figures);

  G_OBJECT_CLASS (bb_course_parent_class)->finalize (object);
}

static void
bb_course_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BbCourse *self = BB_COURSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_YOUNG_PERSON_NAME:
      g_value_set_string (value, self->young_person_name);
      break;

    case PROP_ADVISER_NAME:
      g_value_set_string (value, self->adviser_name);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_FIRST_CONTACT:
      g_value_set_string (value, self->first_contact);
      break;

    case PROP_WAITING_DAYS:
      g_value_set_int (value, self->figures.waiting_days);
      break;

    case PROP_CONVERSATIONS:
      g_value_set_uint (value, self->figures.conversations);
      break;

    case PROP_COURSE_DAYS:
      g_value_set_int (value, self->figures.course_days);
      break;

    case PROP_NEXT_MEETING:
      g_value_set_string (value, self->figures.next_meeting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_class_init (BbCourseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  /* List rows are reloaded after every write, so these never notify. */
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = bb_course_finalize;
  object_class->get_property = bb_course_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_YOUNG_PERSON_NAME] = g_param_spec_string ("young-person-name", NULL, NULL, "", flags);
  properties[PROP_ADVISER_NAME] = g_param_spec_string ("adviser-name", NULL, NULL, "", flags);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0, BB_COURSE_STATUS_COUNT - 1, 0, flags);
  properties[PROP_FIRST_CONTACT] = g_param_spec_string ("first-contact", NULL, NULL, NULL, flags);
  properties[PROP_WAITING_DAYS] = g_param_spec_int ("waiting-days", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_CONVERSATIONS] = g_param_spec_uint ("conversations", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_COURSE_DAYS] = g_param_spec_int ("course-days", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_NEXT_MEETING] = g_param_spec_string ("next-meeting", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_course_init (BbCourse *self)
{
  self->uuid = g_uuid_string_random ();
  self->young_person_name = g_strdup ("");
  self->adviser_name = g_strdup ("");
  self->referral_note = g_strdup ("");
  self->planned_conversations = -1;
  self->assessment_note = g_strdup ("");
  self->closing_reason = -1;
  self->onward_offer_title = g_strdup ("");
  self->notes = g_strdup ("");
  self->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_course_goal_free);
  self->staff = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_course_staff_free);
  self->has_children = TRUE;
  clear_figures (&self->figures);
}

BbCourse *
bb_course_new (gint64 young_person_id)
{
  BbCourse *self = g_object_new (BB_TYPE_COURSE, NULL);

  self->young_person_id = young_person_id;
  return self;
}

#define TEXT_ACCESSORS(field, setter) \
  _BB_COURSES_TEXT_ACCESSORS (BbCourse, bb_course, BB_IS_COURSE, field, setter)

TEXT_ACCESSORS (uuid, bb_text_set)
TEXT_ACCESSORS (young_person_name, bb_text_set)
TEXT_ACCESSORS (adviser_name, bb_text_set)
TEXT_ACCESSORS (referral_note, bb_text_set)
TEXT_ACCESSORS (first_contact, _bb_courses_set_optional)
TEXT_ACCESSORS (status_since, _bb_courses_set_optional)
TEXT_ACCESSORS (assessment_date, _bb_courses_set_optional)
TEXT_ACCESSORS (assessment_note, bb_text_set)
TEXT_ACCESSORS (closed_date, _bb_courses_set_optional)
TEXT_ACCESSORS (onward_offer_title, bb_text_set)
TEXT_ACCESSORS (notes, bb_text_set)
TEXT_ACCESSORS (created, _bb_courses_set_optional)
TEXT_ACCESSORS (modified, _bb_courses_set_optional)

#undef TEXT_ACCESSORS

/* Numbers without a property of their own: plain accessors. */
#define NUMBER_ACCESSORS(Kind, field) \
  Kind \
  bb_course_get_##field (BbCourse *self) \
  { \
    g_return_val_if_fail (BB_IS_COURSE (self), 0); \
    return self->field; \
  } \
  \
  void \
  bb_course_set_##field (BbCourse *self, \
                         Kind      value) \
  { \
    g_return_if_fail (BB_IS_COURSE (self)); \
    self->field = value; \
  }

NUMBER_ACCESSORS (gint64, id)
NUMBER_ACCESSORS (gint64, young_person_id)
NUMBER_ACCESSORS (gint64, adviser_id)
NUMBER_ACCESSORS (gint64, onward_offer_id)
NUMBER_ACCESSORS (int, planned_conversations)

#undef NUMBER_ACCESSORS

BbReferralSource
bb_course_get_referral_source (BbCourse *self)
{
  g_return_val_if_fail (BB_IS_COURSE (self), BB_REFERRAL_SELF);

  return self->referral_source;
}

void
bb_course_set_referral_source (BbCourse         *self,
                               BbReferralSource  source)
{
  g_return_if_fail (BB_IS_COURSE (self));
  g_return_if_fail ((guint) source < BB_REFERRAL_COUNT);

  self->referral_source = source;
}

BbCourseStatus
bb_course_get_status (BbCourse *self)
{
  g_return_val_if_fail (BB_IS_COURSE (self), BB_COURSE_STATUS_CONTACTED);

  return self->status;
}

void
bb_course_set_status (BbCourse       *self,
                      BbCourseStatus  status)
{
  g_return_if_fail (BB_IS_COURSE (self));
  g_return_if_fail ((guint) status < BB_COURSE_STATUS_COUNT);

  self->status = status;
}

int
bb_course_get_closing_reason (BbCourse *self)
{
  g_return_val_if_fail (BB_IS_COURSE (self), -1);

  return self->closing_reason;
}

void
bb_course_set_closing_reason (BbCourse *self,
                              int       reason)
{
  g_return_if_fail (BB_IS_COURSE (self));
  g_return_if_fail (reason >= -1 && reason < BB_CLOSING_REASON_COUNT);

  self->closing_reason = reason;
}

GPtrArray *
bb_course_get_goals (BbCourse *self)
{
  g_return_val_if_fail (BB_IS_COURSE (self), NULL);

  return self->goals;
}

GPtrArray *
bb_course_get_staff (BbCourse *self)
{
  g_return_val_if_fail (BB_IS_COURSE (self), NULL);

  return self->staff;
}

const BbCourseFigures *
bb_course_get_figures (BbCourse *self)
{
  g_return_val_if_fail (BB_IS_COURSE (self), NULL);

  return &self->figures;
}

void
bb_course_take_figures (BbCourse        *self,
                        BbCourseFigures *figures)
{
  g_return_if_fail (BB_IS_COURSE (self));
  g_return_if_fail (figures != NULL);

  clear_figures (&self->figures);
  self->figures = *figures;
  memset (figures, 0, sizeof *figures);
}

gboolean
_bb_course_has_children (BbCourse *course)
{
  return course->has_children;
}

void
_bb_course_set_children (BbCourse *course,
                         gboolean  loaded)
{
  course->has_children = loaded;
}

/* ---- checks ---------------------------------------------------------- */

gboolean
bb_course_validate (BbCourse     *self,
                    const GDate  *today,
                    GError      **error)
{
  const struct { const char *label; const char *text; } texts[] = {
    { C_("course field", "About the referral"), self->referral_note },
    { C_("course field", "Holistic assessment"), self->assessment_note },
    { C_("course field", "Notes"), self->notes },
  };
  const char *first_contact_label = C_("course field", "First contact");
  const char *assessment_label = C_("course field", "Holistic assessment done");

  g_return_val_if_fail (BB_IS_COURSE (self), FALSE);

  if (self->young_person_id <= 0)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("A course needs a young person."));
      return FALSE;
    }

  if (!_bb_courses_check_date (first_contact_label, self->first_contact, TRUE, error) ||
      !_bb_courses_check_not_after (first_contact_label, self->first_contact, today, error) ||
      !_bb_courses_check_date (assessment_label, self->assessment_date, FALSE, error) ||
      !_bb_courses_check_not_after (assessment_label, self->assessment_date, today, error))
    return FALSE;

  if (self->planned_conversations < -1 || self->planned_conversations > 99)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("The planned number of advisory conversations must be between 0 and 99."));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!_bb_courses_check_text (texts[i].label, texts[i].text, error))
      return FALSE;

  for (guint i = 0; i < self->goals->len; i++)
    {
      BbCourseGoal *goal = g_ptr_array_index (self->goals, i);

      if (goal->text == NULL || *goal->text == '\0')
        {
          g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                               _("Each goal needs a text."));
          return FALSE;
        }

      if (goal->progress < -1 || goal->progress > 10)
        {
          g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                       _("The progress of the goal “%s” must be between 0 and 10."), goal->text);
          return FALSE;
        }

      if (!_bb_courses_check_text (C_("course field", "Goal"), goal->text, error) ||
          !_bb_courses_check_text (C_("course field", "Note on the goal"), goal->note, error))
        return FALSE;
    }

  for (guint i = 0; i < self->staff->len; i++)
    {
      BbCourseStaff *staff = g_ptr_array_index (self->staff, i);

      if (!_bb_courses_check_text (C_("course field", "Role on the course"), staff->role, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
goals_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      BbCourseGoal *x = g_ptr_array_index (a, i);
      BbCourseGoal *y = g_ptr_array_index (b, i);

      if (!_bb_courses_text_equal (x->text, y->text) || x->progress != y->progress ||
          !_bb_courses_text_equal (x->note, y->note))
        return FALSE;
    }

  return TRUE;
}

static gboolean
staff_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      BbCourseStaff *x = g_ptr_array_index (a, i);
      BbCourseStaff *y = g_ptr_array_index (b, i);

      if (x->adviser_id != y->adviser_id || !_bb_courses_text_equal (x->role, y->role))
        return FALSE;
    }

  return TRUE;
}

GPtrArray *
bb_course_diff (BbCourse *before,
                BbCourse *after)
{
  GPtrArray *fields = g_ptr_array_new ();

  g_return_val_if_fail (BB_IS_COURSE (before), fields);
  g_return_val_if_fail (BB_IS_COURSE (after), fields);

#define COMPARE_TEXT(member, key) \
  if (g_strcmp0 (before->member, after->member) != 0) \
    g_ptr_array_add (fields, (gpointer) key);
#define COMPARE_NUMBER(member, key) \
  if (before->member != after->member) \
    g_ptr_array_add (fields, (gpointer) key);

  COMPARE_NUMBER (adviser_id, "adviser")
  COMPARE_NUMBER (referral_source, "referral-source")
  COMPARE_TEXT (referral_note, "referral-note")
  COMPARE_TEXT (first_contact, "first-contact")
  COMPARE_NUMBER (planned_conversations, "planned-conversations")
  COMPARE_TEXT (assessment_date, "assessment-date")
  COMPARE_TEXT (assessment_note, "assessment-note")
  COMPARE_TEXT (notes, "notes")
#undef COMPARE_TEXT
#undef COMPARE_NUMBER

  /* A list row has no staff or goals to compare. */
  if (before->has_children && after->has_children)
    {
      if (!goals_equal (before->goals, after->goals))
        g_ptr_array_add (fields, (gpointer) "goals");
      if (!staff_equal (before->staff, after->staff))
        g_ptr_array_add (fields, (gpointer) "staff");
    }

  return fields;
}
