/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "bb-courses-private.h"
#include "bb-text.h"
#include "bb-young-person.h"

/* ---- guardians ------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (BbGuardian, bb_guardian, bb_guardian_copy, bb_guardian_free)

BbGuardian *
bb_guardian_new (const char *name)
{
  BbGuardian *guardian = g_new0 (BbGuardian, 1);

  guardian->name = g_strdup (name);
  guardian->involvement = BB_INVOLVEMENT_INFORMED;
  return guardian;
}

BbGuardian *
bb_guardian_copy (const BbGuardian *guardian)
{
  BbGuardian *copy;

  g_return_val_if_fail (guardian != NULL, NULL);

  copy = g_new0 (BbGuardian, 1);
  copy->id = guardian->id;
  copy->name = g_strdup (guardian->name);
  copy->relation = g_strdup (guardian->relation);
  copy->phone = g_strdup (guardian->phone);
  copy->email = g_strdup (guardian->email);
  copy->involvement = guardian->involvement;
  copy->note = g_strdup (guardian->note);
  return copy;
}

void
bb_guardian_free (BbGuardian *guardian)
{
  if (guardian == NULL)
    return;

  g_free (guardian->name);
  g_free (guardian->relation);
  g_free (guardian->phone);
  g_free (guardian->email);
  g_free (guardian->note);
  g_free (guardian);
}

static gboolean
guardians_equal (GPtrArray *a,
                 GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      BbGuardian *x = g_ptr_array_index (a, i);
      BbGuardian *y = g_ptr_array_index (b, i);

      if (!_bb_courses_text_equal (x->name, y->name) || !_bb_courses_text_equal (x->relation, y->relation) ||
          !_bb_courses_text_equal (x->phone, y->phone) || !_bb_courses_text_equal (x->email, y->email) ||
          x->involvement != y->involvement || !_bb_courses_text_equal (x->note, y->note))
        return FALSE;
    }

  return TRUE;
}

/* ---- the young person ------------------------------------------------ */

struct _BbYoungPerson
{
  GObject       parent_instance;

  gint64        id;
  char         *uuid;
  char         *name;
  gboolean      is_pseudonym;
  char         *birth_date;
  char         *phone;
  char         *email;
  char         *address;
  BbOccupation  occupation;
  char         *occupation_note;
  char         *consent_date;
  char         *consent_scope;
  GPtrArray    *guardians;
  char         *created;
  char         *modified;
};

G_DEFINE_FINAL_TYPE (BbYoungPerson, bb_young_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_BIRTH_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_young_person_finalize (GObject *object)
{
  BbYoungPerson *self = BB_YOUNG_PERSON (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->birth_date, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->occupation_note, g_free);
  g_clear_pointer (&self->consent_date, g_free);
  g_clear_pointer (&self->consent_scope, g_free);
  g_clear_pointer (&self->guardians, g_ptr_array_unref);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);

  G_OBJECT_CLASS (bb_young_person_parent_class)->finalize (object);
}

static void
bb_young_person_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BbYoungPerson *self = BB_YOUNG_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_BIRTH_DATE:
      g_value_set_string (value, self->birth_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_young_person_class_init (BbYoungPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = bb_young_person_finalize;
  object_class->get_property = bb_young_person_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_BIRTH_DATE] = g_param_spec_string ("birth-date", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_young_person_init (BbYoungPerson *self)
{
  self->uuid = g_uuid_string_random ();
  self->name = g_strdup ("");
  self->phone = g_strdup ("");
  self->email = g_strdup ("");
  self->address = g_strdup ("");
  self->occupation_note = g_strdup ("");
  self->consent_scope = g_strdup ("");
  self->guardians = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_guardian_free);
}

BbYoungPerson *
bb_young_person_new (const char *name)
{
  BbYoungPerson *self = g_object_new (BB_TYPE_YOUNG_PERSON, NULL);

  bb_young_person_set_name (self, name);
  return self;
}

#define TEXT_ACCESSORS(field, setter) \
  _BB_COURSES_TEXT_ACCESSORS (BbYoungPerson, bb_young_person, BB_IS_YOUNG_PERSON, field, setter)

TEXT_ACCESSORS (uuid, bb_text_set)
TEXT_ACCESSORS (phone, bb_text_set)
TEXT_ACCESSORS (email, bb_text_set)
TEXT_ACCESSORS (address, bb_text_set)
TEXT_ACCESSORS (occupation_note, bb_text_set)
TEXT_ACCESSORS (consent_date, _bb_courses_set_optional)
TEXT_ACCESSORS (consent_scope, bb_text_set)
TEXT_ACCESSORS (created, _bb_courses_set_optional)
TEXT_ACCESSORS (modified, _bb_courses_set_optional)

#undef TEXT_ACCESSORS

gint64
bb_young_person_get_id (BbYoungPerson *self)
{
  g_return_val_if_fail (BB_IS_YOUNG_PERSON (self), 0);

  return self->id;
}

void
bb_young_person_set_id (BbYoungPerson *self,
                        gint64         id)
{
  g_return_if_fail (BB_IS_YOUNG_PERSON (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
bb_young_person_get_name (BbYoungPerson *self)
{
  g_return_val_if_fail (BB_IS_YOUNG_PERSON (self), NULL);

  return self->name;
}

void
bb_young_person_set_name (BbYoungPerson *self,
                          const char    *name)
{
  g_return_if_fail (BB_IS_YOUNG_PERSON (self));

  if (bb_text_set (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

gboolean
bb_young_person_get_is_pseudonym (BbYoungPerson *self)
{
  g_return_val_if_fail (BB_IS_YOUNG_PERSON (self), FALSE);

  return self->is_pseudonym;
}

void
bb_young_person_set_is_pseudonym (BbYoungPerson *self,
                                  gboolean       is_pseudonym)
{
  g_return_if_fail (BB_IS_YOUNG_PERSON (self));

  self->is_pseudonym = !!is_pseudonym;
}

const char *
bb_young_person_get_birth_date (BbYoungPerson *self)
{
  g_return_val_if_fail (BB_IS_YOUNG_PERSON (self), NULL);

  return self->birth_date;
}

void
bb_young_person_set_birth_date (BbYoungPerson *self,
                                const char    *birth_date)
{
  g_return_if_fail (BB_IS_YOUNG_PERSON (self));

  if (_bb_courses_set_optional (&self->birth_date, birth_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTH_DATE]);
}

BbOccupation
bb_young_person_get_occupation (BbYoungPerson *self)
{
  g_return_val_if_fail (BB_IS_YOUNG_PERSON (self), BB_OCCUPATION_UNKNOWN);

  return self->occupation;
}

void
bb_young_person_set_occupation (BbYoungPerson *self,
                                BbOccupation   occupation)
{
  g_return_if_fail (BB_IS_YOUNG_PERSON (self));
  g_return_if_fail ((guint) occupation < BB_OCCUPATION_COUNT);

  self->occupation = occupation;
}

GPtrArray *
bb_young_person_get_guardians (BbYoungPerson *self)
{
  g_return_val_if_fail (BB_IS_YOUNG_PERSON (self), NULL);

  return self->guardians;
}

/* ---- age ------------------------------------------------------------- */

static gboolean
parse_date (const char *iso,
            GDate      *date)
{
  g_date_clear (date, 1);
  if (iso == NULL || *iso == '\0')
    return FALSE;

  g_date_set_parse (date, iso);
  /* g_date_set_parse guesses at many shapes; only YYYY-MM-DD is ours. */
  return g_date_valid (date) && strlen (iso) == 10 && iso[4] == '-' && iso[7] == '-';
}

static int
years_between (const GDate *birth,
               const GDate *on)
{
  int years;

  if (g_date_compare (on, birth) < 0)
    return -1;

  years = (int) g_date_get_year (on) - (int) g_date_get_year (birth);
  if (g_date_get_month (on) < g_date_get_month (birth) ||
      (g_date_get_month (on) == g_date_get_month (birth) &&
       g_date_get_day (on) < g_date_get_day (birth)))
    years--;

  return years;
}

int
bb_age_in_years (const char *birth_date,
                 const char *date)
{
  GDate birth, on;

  if (!parse_date (birth_date, &birth) || !parse_date (date, &on))
    return -1;

  return years_between (&birth, &on);
}

int
bb_young_person_get_age (BbYoungPerson *self,
                         const GDate   *today)
{
  GDate birth;

  g_return_val_if_fail (BB_IS_YOUNG_PERSON (self), -1);
  g_return_val_if_fail (today != NULL && g_date_valid (today), -1);

  if (!parse_date (self->birth_date, &birth))
    return -1;

  return years_between (&birth, today);
}

/* ---- checks ---------------------------------------------------------- */

gboolean
bb_young_person_validate (BbYoungPerson  *self,
                          const GDate    *today,
                          GError        **error)
{
  const struct { const char *label; const char *text; } texts[] = {
    { C_("course field", "Name"), self->name },
    { C_("course field", "Phone"), self->phone },
    { C_("course field", "E-mail"), self->email },
    { C_("course field", "Address"), self->address },
    { C_("course field", "School, education or work"), self->occupation_note },
    { C_("course field", "Consent covers"), self->consent_scope },
  };
  GDate birth;

  g_return_val_if_fail (BB_IS_YOUNG_PERSON (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!_bb_courses_check_text (texts[i].label, texts[i].text, error))
      return FALSE;

  if (bb_text_is_blank (self->name))
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("The young person needs a name or a pseudonym."));
      return FALSE;
    }

  if (!_bb_courses_check_date (C_("course field", "Birth date"), self->birth_date, FALSE, error) ||
      !_bb_courses_check_date (C_("course field", "Consent given"), self->consent_date, FALSE, error))
    return FALSE;

  if (parse_date (self->birth_date, &birth) && today != NULL && g_date_compare (&birth, today) > 0)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("The birth date lies in the future."));
      return FALSE;
    }

  for (guint i = 0; i < self->guardians->len; i++)
    {
      BbGuardian *guardian = g_ptr_array_index (self->guardians, i);
      const struct { const char *label; const char *text; } fields[] = {
        { C_("course field", "Parent’s or guardian’s name"), guardian->name },
        { C_("course field", "Relation"), guardian->relation },
        { C_("course field", "Parent’s or guardian’s phone"), guardian->phone },
        { C_("course field", "Parent’s or guardian’s e-mail"), guardian->email },
        { C_("course field", "Note on the parent or guardian"), guardian->note },
      };

      if (guardian->name == NULL || *guardian->name == '\0')
        {
          g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                               _("Each parent or guardian needs a name."));
          return FALSE;
        }

      for (guint j = 0; j < G_N_ELEMENTS (fields); j++)
        if (!_bb_courses_check_text (fields[j].label, fields[j].text, error))
          return FALSE;
    }

  return TRUE;
}

GPtrArray *
bb_young_person_diff (BbYoungPerson *before,
                      BbYoungPerson *after)
{
  GPtrArray *fields = g_ptr_array_new ();

  g_return_val_if_fail (BB_IS_YOUNG_PERSON (before), fields);
  g_return_val_if_fail (BB_IS_YOUNG_PERSON (after), fields);

#define COMPARE(member, key) \
  if (g_strcmp0 (before->member, after->member) != 0) \
    g_ptr_array_add (fields, (gpointer) key);

  COMPARE (name, "name")
  COMPARE (birth_date, "birth-date")
  COMPARE (phone, "phone")
  COMPARE (email, "email")
  COMPARE (address, "address")
  COMPARE (occupation_note, "occupation-note")
  COMPARE (consent_date, "consent-date")
  COMPARE (consent_scope, "consent-scope")
#undef COMPARE

  if (before->is_pseudonym != after->is_pseudonym)
    g_ptr_array_add (fields, (gpointer) "is-pseudonym");
  if (before->occupation != after->occupation)
    g_ptr_array_add (fields, (gpointer) "occupation");
  if (!guardians_equal (before->guardians, after->guardians))
    g_ptr_array_add (fields, (gpointer) "guardians");

  return fields;
}
