/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-plan.h"
#include "bb-plan-private.h"
#include "bb-text.h"

/* The text properties first, so that they index self->texts. */
enum
{
  PROP_0,
  PROP_UUID,
  PROP_TITLE,
  PROP_MODEL,
  PROP_MODEL_TITLE,
  PROP_TEMPLATE_VERSION,
  PROP_ORGANISATION,
  PROP_OWNER,
  PROP_PURPOSE,
  PROP_TARGET_GROUP,
  PROP_CREATED,
  PROP_MODIFIED,
  /* Dates: NULL when unset. */
  PROP_PERIOD_START,
  PROP_PERIOD_END,
  N_TEXT_PROPS,
  PROP_ID = N_TEXT_PROPS,
  PROP_STATUS,
  PROP_STAGE,
  PROP_ARCHIVED,
  PROP_N_ACTIVITIES,
  PROP_N_DONE,
  PROP_N_OVERDUE,
  N_PROPS
};

struct _BbPlan
{
  GObject       parent_instance;

  gint64        id;
  char         *texts[N_TEXT_PROPS];
  BbPlanStatus  status;
  BbPlanStage   stage;
  gboolean      archived;
  guint         n_activities;
  guint         n_done;
  guint         n_overdue;
};

G_DEFINE_FINAL_TYPE (BbPlan, bb_plan, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
set_text (BbPlan     *self,
          guint       prop_id,
          const char *text)
{
  /* Dates are NULL when unset, every other text "" */
  if (text == NULL && prop_id < PROP_PERIOD_START)
    text = "";
  if (text != NULL && text[0] == '\0' && prop_id >= PROP_PERIOD_START)
    text = NULL;

  if (g_strcmp0 (self->texts[prop_id], text) == 0)
    return;

  g_free (self->texts[prop_id]);
  self->texts[prop_id] = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_uint (BbPlan *self,
          guint  *field,
          guint   value,
          guint   prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
bb_plan_finalize (GObject *object)
{
  BbPlan *self = BB_PLAN (object);

  for (guint i = 1; i < N_TEXT_PROPS; i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (bb_plan_parent_class)->finalize (object);
}

static void
bb_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  BbPlan *self = BB_PLAN (object);

  if (prop_id > PROP_0 && prop_id < N_TEXT_PROPS)
    {
      g_value_set_string (value, self->texts[prop_id]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_STAGE:
      g_value_set_int (value, self->stage);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;
    case PROP_N_ACTIVITIES:
      g_value_set_uint (value, self->n_activities);
      break;
    case PROP_N_DONE:
      g_value_set_uint (value, self->n_done);
      break;
    case PROP_N_OVERDUE:
      g_value_set_uint (value, self->n_overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  BbPlan *self = BB_PLAN (object);

  if (prop_id > PROP_0 && prop_id < N_TEXT_PROPS)
    {
      set_text (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      bb_plan_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      bb_plan_set_status (self, g_value_get_int (value));
      break;
    case PROP_STAGE:
      bb_plan_set_stage (self, g_value_get_int (value));
      break;
    case PROP_ARCHIVED:
      bb_plan_set_archived (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_plan_class_init (BbPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  static const char *const text_names[N_TEXT_PROPS] = {
    [PROP_UUID] = "uuid",
    [PROP_TITLE] = "title",
    [PROP_MODEL] = "model",
    [PROP_MODEL_TITLE] = "model-title",
    [PROP_TEMPLATE_VERSION] = "template-version",
    [PROP_ORGANISATION] = "organisation",
    [PROP_OWNER] = "owner",
    [PROP_PURPOSE] = "purpose",
    [PROP_TARGET_GROUP] = "target-group",
    [PROP_CREATED] = "created",
    [PROP_MODIFIED] = "modified",
    [PROP_PERIOD_START] = "period-start",
    [PROP_PERIOD_END] = "period-end",
  };

  object_class->finalize = bb_plan_finalize;
  object_class->get_property = bb_plan_get_property;
  object_class->set_property = bb_plan_set_property;

  for (guint i = 1; i < N_TEXT_PROPS; i++)
    properties[i] = g_param_spec_string (text_names[i], NULL, NULL,
                                         i < PROP_PERIOD_START ? "" : NULL, flags);

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0, BB_PLAN_STATUS_COUNT - 1,
                                              BB_PLAN_STATUS_DRAFT, flags);
  properties[PROP_STAGE] = g_param_spec_int ("stage", NULL, NULL, 0, BB_PLAN_STAGE_COUNT - 1,
                                             BB_PLAN_STAGE_EXPLORATION, flags);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, flags);
  properties[PROP_N_ACTIVITIES] = g_param_spec_uint ("n-activities", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_N_DONE] = g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_N_OVERDUE] = g_param_spec_uint ("n-overdue", NULL, NULL, 0, G_MAXUINT, 0, read_only);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_plan_init (BbPlan *self)
{
  for (guint i = 1; i < PROP_PERIOD_START; i++)
    self->texts[i] = g_strdup ("");
}

BbPlan *
bb_plan_new (const char *title)
{
  return g_object_new (BB_TYPE_PLAN, "title", title, NULL);
}

gint64
bb_plan_get_id (BbPlan *self)
{
  g_return_val_if_fail (BB_IS_PLAN (self), 0);
  return self->id;
}

void
bb_plan_set_id (BbPlan *self,
                gint64  id)
{
  g_return_if_fail (BB_IS_PLAN (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/* The text accessors, one pair per property. */
#define BB_PLAN_TEXT_ACCESSORS(name, PROP) \
  const char * \
  bb_plan_get_##name (BbPlan *self) \
  { \
    g_return_val_if_fail (BB_IS_PLAN (self), NULL); \
    return self->texts[PROP]; \
  } \
  \
  void \
  bb_plan_set_##name (BbPlan     *self, \
                      const char *text) \
  { \
    g_return_if_fail (BB_IS_PLAN (self)); \
    set_text (self, PROP, text); \
  }

BB_PLAN_TEXT_ACCESSORS (uuid, PROP_UUID)
BB_PLAN_TEXT_ACCESSORS (title, PROP_TITLE)
BB_PLAN_TEXT_ACCESSORS (model, PROP_MODEL)
BB_PLAN_TEXT_ACCESSORS (model_title, PROP_MODEL_TITLE)
BB_PLAN_TEXT_ACCESSORS (template_version, PROP_TEMPLATE_VERSION)
BB_PLAN_TEXT_ACCESSORS (organisation, PROP_ORGANISATION)
BB_PLAN_TEXT_ACCESSORS (owner, PROP_OWNER)
BB_PLAN_TEXT_ACCESSORS (purpose, PROP_PURPOSE)
BB_PLAN_TEXT_ACCESSORS (target_group, PROP_TARGET_GROUP)
BB_PLAN_TEXT_ACCESSORS (period_start, PROP_PERIOD_START)
BB_PLAN_TEXT_ACCESSORS (period_end, PROP_PERIOD_END)
BB_PLAN_TEXT_ACCESSORS (created, PROP_CREATED)
BB_PLAN_TEXT_ACCESSORS (modified, PROP_MODIFIED)

BbPlanStatus
bb_plan_get_status (BbPlan *self)
{
  g_return_val_if_fail (BB_IS_PLAN (self), BB_PLAN_STATUS_DRAFT);
  return self->status;
}

void
bb_plan_set_status (BbPlan       *self,
                    BbPlanStatus  status)
{
  g_return_if_fail (BB_IS_PLAN (self));
  g_return_if_fail ((guint) status < BB_PLAN_STATUS_COUNT);

  set_uint (self, (guint *) &self->status, status, PROP_STATUS);
}

BbPlanStage
bb_plan_get_stage (BbPlan *self)
{
  g_return_val_if_fail (BB_IS_PLAN (self), BB_PLAN_STAGE_EXPLORATION);
  return self->stage;
}

void
bb_plan_set_stage (BbPlan      *self,
                   BbPlanStage  stage)
{
  g_return_if_fail (BB_IS_PLAN (self));
  g_return_if_fail ((guint) stage < BB_PLAN_STAGE_COUNT);

  set_uint (self, (guint *) &self->stage, stage, PROP_STAGE);
}

gboolean
bb_plan_get_archived (BbPlan *self)
{
  g_return_val_if_fail (BB_IS_PLAN (self), FALSE);
  return self->archived;
}

void
bb_plan_set_archived (BbPlan   *self,
                      gboolean  archived)
{
  g_return_if_fail (BB_IS_PLAN (self));

  set_uint (self, (guint *) &self->archived, !!archived, PROP_ARCHIVED);
}

guint
bb_plan_get_n_activities (BbPlan *self)
{
  g_return_val_if_fail (BB_IS_PLAN (self), 0);
  return self->n_activities;
}

guint
bb_plan_get_n_done (BbPlan *self)
{
  g_return_val_if_fail (BB_IS_PLAN (self), 0);
  return self->n_done;
}

guint
bb_plan_get_n_overdue (BbPlan *self)
{
  g_return_val_if_fail (BB_IS_PLAN (self), 0);
  return self->n_overdue;
}

void
bb_plan_set_figures (BbPlan *self,
                     guint   n_activities,
                     guint   n_done,
                     guint   n_overdue)
{
  g_return_if_fail (BB_IS_PLAN (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_uint (self, &self->n_activities, n_activities, PROP_N_ACTIVITIES);
  set_uint (self, &self->n_done, n_done, PROP_N_DONE);
  set_uint (self, &self->n_overdue, n_overdue, PROP_N_OVERDUE);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
bb_plan_validate (BbPlan  *self,
                  GError **error)
{
  GDate start, end;
  const char *start_text = self->texts[PROP_PERIOD_START];
  const char *end_text = self->texts[PROP_PERIOD_END];

  g_return_val_if_fail (BB_IS_PLAN (self), FALSE);

  if (bb_text_is_blank (self->texts[PROP_TITLE]))
    {
      g_set_error_literal (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                           _("The plan has no title."));
      return FALSE;
    }

  for (guint i = PROP_PERIOD_START; i <= PROP_PERIOD_END; i++)
    {
      const char *text = self->texts[i];
      GDate date;

      if (text != NULL && !_bb_plan_parse_date (text, &date))
        {
          g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                       i == PROP_PERIOD_START
                         ? _("The start of the period, “%s”, is not a date; write it as YYYY-MM-DD.")
                         : _("The end of the period, “%s”, is not a date; write it as YYYY-MM-DD."),
                       text);
          return FALSE;
        }
    }

  if (start_text != NULL && end_text != NULL &&
      _bb_plan_parse_date (start_text, &start) && _bb_plan_parse_date (end_text, &end) &&
      g_date_compare (&end, &start) < 0)
    {
      g_set_error_literal (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID,
                           _("The period ends before it starts."));
      return FALSE;
    }

  return TRUE;
}
