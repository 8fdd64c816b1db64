/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-context.h"

struct _BbContext
{
  GObject            parent_instance;

  BbDatabase        *database;
  BbOfferRepository *offers;
  BbListRepository  *lists;
  BbAdviserRepository     *advisers;
  BbYoungPersonRepository *young_people;
  BbCourseRepository      *courses;
  BbInstrumentRepository  *instruments;
  BbAccessLogRepository   *access_log;
  BbPlanRepository        *plans;
  BbOverviewRepository    *overview;
  GPtrArray               *templates;
  GSettings         *settings;
};

G_DEFINE_FINAL_TYPE (BbContext, bb_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_OFFERS,
  PROP_LISTS,
  PROP_ADVISERS,
  PROP_YOUNG_PEOPLE,
  PROP_COURSES,
  PROP_INSTRUMENTS,
  PROP_ACCESS_LOG,
  PROP_PLANS,
  PROP_OVERVIEW,
  PROP_TEMPLATES,
  PROP_SETTINGS,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_context_dispose (GObject *object)
{
  BbContext *self = BB_CONTEXT (object);

  g_clear_object (&self->plans);
  g_clear_object (&self->overview);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  g_clear_object (&self->courses);
  g_clear_object (&self->instruments);
  g_clear_object (&self->young_people);
  g_clear_object (&self->advisers);
  g_clear_object (&self->access_log);
  g_clear_object (&self->offers);
  g_clear_object (&self->lists);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bb_context_parent_class)->dispose (object);
}

static void
bb_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BbContext *self = BB_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_OFFERS:
      g_value_set_object (value, self->offers);
      break;

    case PROP_LISTS:
      g_value_set_object (value, self->lists);
      break;

    case PROP_ADVISERS:
      g_value_set_object (value, self->advisers);
      break;

    case PROP_YOUNG_PEOPLE:
      g_value_set_object (value, self->young_people);
      break;

    case PROP_COURSES:
      g_value_set_object (value, self->courses);
      break;

    case PROP_INSTRUMENTS:
      g_value_set_object (value, self->instruments);
      break;

    case PROP_ACCESS_LOG:
      g_value_set_object (value, self->access_log);
      break;

    case PROP_PLANS:
      g_value_set_object (value, self->plans);
      break;

    case PROP_OVERVIEW:
      g_value_set_object (value, self->overview);
      break;

    case PROP_TEMPLATES:
      g_value_set_boxed (value, bb_context_get_templates (self));
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, bb_context_get_clock (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_context_class_init (BbContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bb_context_dispose;
  object_class->get_property = bb_context_get_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, BB_TYPE_DATABASE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OFFERS] =
    g_param_spec_object ("offers", NULL, NULL, BB_TYPE_OFFER_REPOSITORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LISTS] =
    g_param_spec_object ("lists", NULL, NULL, BB_TYPE_LIST_REPOSITORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADVISERS] =
    g_param_spec_object ("advisers", NULL, NULL, BB_TYPE_ADVISER_REPOSITORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_YOUNG_PEOPLE] =
    g_param_spec_object ("young-people", NULL, NULL, BB_TYPE_YOUNG_PERSON_REPOSITORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COURSES] =
    g_param_spec_object ("courses", NULL, NULL, BB_TYPE_COURSE_REPOSITORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INSTRUMENTS] =
    g_param_spec_object ("instruments", NULL, NULL, BB_TYPE_INSTRUMENT_REPOSITORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCESS_LOG] =
    g_param_spec_object ("access-log", NULL, NULL, BB_TYPE_ACCESS_LOG_REPOSITORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLANS] =
    g_param_spec_object ("plans", NULL, NULL, BB_TYPE_PLAN_REPOSITORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERVIEW] =
    g_param_spec_object ("overview", NULL, NULL, BB_TYPE_OVERVIEW_REPOSITORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEMPLATES] =
    g_param_spec_boxed ("templates", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, BB_TYPE_CLOCK,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_context_init (BbContext *self)
{
}

BbContext *
bb_context_new (BbDatabase  *database,
                GSettings   *settings,
                GError     **error)
{
  g_autoptr(BbContext) self = NULL;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (BB_TYPE_CONTEXT, NULL);
  self->database = g_object_ref (database);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;

  self->lists = bb_list_repository_new (database, error);
  if (self->lists == NULL)
    return NULL;

  self->offers = bb_offer_repository_new (database, error);
  if (self->offers == NULL)
    return NULL;

  self->advisers = bb_adviser_repository_new (database, error);
  self->young_people = self->advisers != NULL ? bb_young_person_repository_new (database, error) : NULL;
  self->access_log = self->young_people != NULL ? bb_access_log_repository_new (database, error) : NULL;
  self->instruments = self->access_log != NULL ? bb_instrument_repository_new (database, error) : NULL;
  self->courses = self->instruments != NULL ? bb_course_repository_new (database, self->instruments, error) : NULL;
  if (self->courses == NULL)
    return NULL;

  self->plans = bb_plan_repository_new (database, error);
  if (self->plans == NULL)
    return NULL;
  bb_plan_repository_set_templates (self->plans, bb_context_get_templates (self));
  self->overview = bb_overview_repository_new (database);

  return g_steal_pointer (&self);
}

BbDatabase *
bb_context_get_database (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return self->database;
}

BbOfferRepository *
bb_context_get_offers (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return self->offers;
}

BbListRepository *
bb_context_get_lists (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return self->lists;
}

BbAdviserRepository *
bb_context_get_advisers (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return self->advisers;
}

BbYoungPersonRepository *
bb_context_get_young_people (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return self->young_people;
}

BbCourseRepository *
bb_context_get_courses (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return self->courses;
}

BbInstrumentRepository *
bb_context_get_instruments (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return self->instruments;
}

BbAccessLogRepository *
bb_context_get_access_log (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return self->access_log;
}

BbPlanRepository *
bb_context_get_plans (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return self->plans;
}

BbOverviewRepository *
bb_context_get_overview (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return self->overview;
}

GPtrArray *
bb_context_get_templates (BbContext *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  if (self->templates != NULL)
    return self->templates;

  self->templates = bb_plan_template_load_all (NULL, &error);
  if (self->templates == NULL)
    {
      g_warning ("No plan templates: %s", error->message);
      self->templates = g_ptr_array_new_with_free_func (g_object_unref);
    }
  return self->templates;
}

GSettings *
bb_context_get_settings (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return self->settings;
}

BbClock *
bb_context_get_clock (BbContext *self)
{
  g_return_val_if_fail (BB_IS_CONTEXT (self), NULL);

  return bb_database_get_clock (self->database);
}
