/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-enums.h"
#include "bb-plan-records.h"

G_BEGIN_DECLS

/* The rows of a plan described once, field by field, so that copying, freeing,
 * reading and writing the database and the JSON exchange of every row kind is one
 * piece of code driven by these tables instead of a copy per kind. */

typedef enum
{
  /* char *; NULL for empty, "" in the database. */
  BB_PLAN_FIELD_TEXT,
  /* char *, YYYY-MM-DD or NULL. */
  BB_PLAN_FIELD_DATE,
  BB_PLAN_FIELD_INT,
  /* int, -1 for unset (NULL). */
  BB_PLAN_FIELD_OPTIONAL_INT,
  /* gint64 id of another row of the same plan (a core element or focus area), 0 for
   * none; renumbered when a plan is imported or duplicated. */
  BB_PLAN_FIELD_LINK,
  /* gint64 id of an adviser, 0 for none: never leaves the database in a file. */
  BB_PLAN_FIELD_ADVISER,
  /* double, NAN for unset (NULL). */
  BB_PLAN_FIELD_DOUBLE,
  /* An enumeration stored by its key. */
  BB_PLAN_FIELD_ENUM,
} BbPlanFieldType;

typedef enum
{
  BB_PLAN_FIELD_REQUIRED = 1 << 0,
  /* Kept by the database (the element's latest fidelity): read, never written. */
  BB_PLAN_FIELD_DERIVED = 1 << 1,
  /* A date moved when a plan is duplicated. */
  BB_PLAN_FIELD_MOVES = 1 << 2,
  /* A share, from 0 to 1. */
  BB_PLAN_FIELD_SHARE = 1 << 3,
} BbPlanFieldFlags;

typedef struct
{
  /* The column, and the member of the JSON file. */
  const char         *name;
  BbPlanFieldType     type;
  BbPlanFieldFlags    flags;
  gsize               offset;
  /* What the user calls it, for messages (untranslated; N_ ()). */
  const char         *label;
  /* ENUM: the table of keys, and the value a new record has. */
  const BbEnumEntry  *entries;
  guint               n_entries;
  /* LINK: the row kind linked to. */
  const struct _BbPlanRowKind *link;
} BbPlanField;

typedef struct _BbPlanRowKind
{
  /* The table, and the member of the JSON file that lists these rows. */
  const char         *table;
  const char         *json_name;
  /* The column holding the owner's id (the second gint64 of every record). */
  const char         *owner_column;
  /* The owner's table when it is not the plan (plan_elements, …), to find the plan. */
  const struct _BbPlanRowKind *parent;
  const char         *order_by;
  gsize               size;
  const BbPlanField  *fields;
  guint               n_fields;
  /* Row kinds owned by this one (measurements of an indicator), NULL-terminated. */
  const struct _BbPlanRowKind *const *children;
  /* The record's public free function. */
  GDestroyNotify      free_func;
} BbPlanRowKind;

/* Every record starts with these two. */
typedef struct
{
  gint64 id;
  gint64 owner_id;
} BbPlanRowHead;

#define BB_PLAN_ROW_HEAD(record) ((BbPlanRowHead *) (record))

extern const BbPlanRowKind _bb_plan_kind_element;
extern const BbPlanRowKind _bb_plan_kind_rating;
extern const BbPlanRowKind _bb_plan_kind_challenge;
extern const BbPlanRowKind _bb_plan_kind_focus_area;
extern const BbPlanRowKind _bb_plan_kind_activity;
extern const BbPlanRowKind _bb_plan_kind_partner;
extern const BbPlanRowKind _bb_plan_kind_indicator;
extern const BbPlanRowKind _bb_plan_kind_measurement;
extern const BbPlanRowKind _bb_plan_kind_trial;
extern const BbPlanRowKind _bb_plan_kind_review;
extern const BbPlanRowKind _bb_plan_kind_competence_event;
extern const BbPlanRowKind _bb_plan_kind_stage_event;

/* The row kinds owned directly by a plan, in the order of the plan's sections (and
 * of the JSON file): elements first, since the others link to them. NULL-terminated. */
extern const BbPlanRowKind *const _bb_plan_kinds[];

/* The enumerations' tables, for the row tables. */
extern const BbEnumEntry bb_plan_status_entries[BB_PLAN_STATUS_COUNT];
extern const BbEnumEntry bb_plan_stage_entries[BB_PLAN_STAGE_COUNT];
extern const BbEnumEntry bb_fidelity_entries[BB_FIDELITY_COUNT];
extern const BbEnumEntry bb_challenge_rating_entries[BB_CHALLENGE_RATING_COUNT];
extern const BbEnumEntry bb_activity_status_entries[BB_ACTIVITY_STATUS_COUNT];
extern const BbEnumEntry bb_trial_decision_entries[BB_TRIAL_DECISION_COUNT];
extern const BbEnumEntry bb_indicator_kind_entries[BB_INDICATOR_KIND_COUNT];
extern const BbEnumEntry bb_measurement_origin_entries[BB_MEASUREMENT_ORIGIN_COUNT];

/* A record of @kind with every field unset. */
gpointer  _bb_plan_record_new      (const BbPlanRowKind *kind);
gpointer  _bb_plan_record_copy     (const BbPlanRowKind *kind,
                                    gconstpointer        record);
void      _bb_plan_record_free     (const BbPlanRowKind *kind,
                                    gpointer             record);

/* Sets the field @name of @record when @kind has one (as a template fills rows of
 * several kinds). */
void      _bb_plan_record_set_text (const BbPlanRowKind *kind,
                                    gpointer             record,
                                    const char          *name,
                                    const char          *text);
void      _bb_plan_record_set_int  (const BbPlanRowKind *kind,
                                    gpointer             record,
                                    const char          *name,
                                    int                  value);

/* YYYY-MM-DD into @date; FALSE for NULL, "" and anything else. */
gboolean  _bb_plan_parse_date      (const char          *text,
                                    GDate               *date);

#define BB_PLAN_FIELD_PTR(record, field, type) \
  ((type *) (((guint8 *) (record)) + (field)->offset))

G_END_DECLS
