/* SPDX-License-Identifier: GPL-3.0-or-later */

/* One record of an imported file, and what preparing found out about it. */

#include <glib/gi18n-lib.h>

#include "bb-import-private.h"

G_DEFINE_FINAL_TYPE (BbImportRecord, bb_import_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LINE,
  PROP_OFFER,
  PROP_ACTION,
  PROP_REASON,
  PROP_DUPLICATE,
  PROP_TAKE_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_import_record_finalize (GObject *object)
{
  BbImportRecord *self = (BbImportRecord *)object;

  g_clear_object (&self->offer);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_object (&self->stored);
  g_clear_pointer (&self->local_fields, g_strfreev);
  g_clear_pointer (&self->local_edited_at, g_free);
  g_clear_object (&self->merged);
  g_clear_pointer (&self->changes, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_import_record_parent_class)->finalize (object);
}

static void
bb_import_record_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BbImportRecord *self = BB_IMPORT_RECORD (object);

  switch (prop_id)
    {
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;

    case PROP_OFFER:
      g_value_set_object (value, self->offer);
      break;

    case PROP_ACTION:
      g_value_set_int (value, self->action);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_DUPLICATE:
      g_value_set_boolean (value, self->duplicate);
      break;

    case PROP_TAKE_FILE:
      g_value_set_boolean (value, self->take_file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_import_record_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BbImportRecord *self = BB_IMPORT_RECORD (object);

  switch (prop_id)
    {
    case PROP_LINE:
      self->line = g_value_get_uint (value);
      break;

    case PROP_OFFER:
      self->offer = g_value_dup_object (value);
      break;

    case PROP_ACTION:
      bb_import_record_set_action (self, g_value_get_int (value));
      break;

    case PROP_REASON:
      self->reason = g_value_dup_string (value);
      break;

    case PROP_DUPLICATE:
      bb_import_record_set_duplicate (self, g_value_get_boolean (value));
      break;

    case PROP_TAKE_FILE:
      bb_import_record_set_take_file (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_import_record_class_init (BbImportRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_import_record_finalize;
  object_class->get_property = bb_import_record_get_property;
  object_class->set_property = bb_import_record_set_property;

  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OFFER] =
    g_param_spec_object ("offer", NULL, NULL,
                         BB_TYPE_OFFER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTION] =
    g_param_spec_int ("action", NULL, NULL,
                      BB_IMPORT_ACTION_NEW, BB_IMPORT_ACTION_CONFLICT, BB_IMPORT_ACTION_NEW,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DUPLICATE] =
    g_param_spec_boolean ("duplicate", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TAKE_FILE] =
    g_param_spec_boolean ("take-file", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_import_record_init (BbImportRecord *self)
{
  self->action = BB_IMPORT_ACTION_NEW;
  self->fields = BB_IMPORT_FIELDS_ALL | BB_IMPORT_FIELD_DETAILS;
}

/**
 * bb_import_record_new_offer:
 * @offer: (transfer none): the offer read from the file
 *
 * Returns: (transfer full): a record that imports @offer as new, with every field,
 *   until bb_offer_repository_prepare_import() sorts it
 */
BbImportRecord *
bb_import_record_new_offer (guint    line,
                            BbOffer *offer)
{
  g_return_val_if_fail (BB_IS_OFFER (offer), NULL);

  return g_object_new (BB_TYPE_IMPORT_RECORD,
                       "line", line,
                       "offer", offer,
                       "action", BB_IMPORT_ACTION_NEW,
                       NULL);
}

BbImportRecord *
bb_import_record_new_rejected (guint       line,
                               const char *reason)
{
  g_return_val_if_fail (reason != NULL, NULL);

  return g_object_new (BB_TYPE_IMPORT_RECORD,
                       "line", line,
                       "reason", reason,
                       "action", BB_IMPORT_ACTION_REJECT,
                       NULL);
}

guint
bb_import_record_get_line (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), 0);

  return self->line;
}

BbImportOrigin
bb_import_record_get_origin (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), BB_IMPORT_ORIGIN_LINE);

  return self->origin;
}

const char *
bb_import_record_get_source (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), NULL);

  return self->source;
}

/* Set by the readers before anything looks at the record, so nothing is notified. */
void
bb_import_record_set_origin (BbImportRecord *self,
                             BbImportOrigin  origin,
                             guint           line,
                             const char     *source)
{
  g_return_if_fail (BB_IS_IMPORT_RECORD (self));

  self->origin = origin;
  self->line = line;
  if (source != self->source)
    {
      g_free (self->source);
      self->source = g_strdup (source);
    }
}

char *
bb_import_record_dup_position (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), NULL);

  switch (self->origin)
    {
    case BB_IMPORT_ORIGIN_SERVICE:
      if (self->source != NULL)
        /* TRANSLATORS: where a record is among several files: the file, then the
         * number of the service in that JSON file */
        return g_strdup_printf (_("%s, service %u"), self->source, self->line);
      /* TRANSLATORS: where a record is in a JSON file: the service with this number */
      return g_strdup_printf (_("Service %u"), self->line);

    case BB_IMPORT_ORIGIN_ROW:
      if (self->source != NULL)
        /* TRANSLATORS: where a record is in a datapackage: the table (“services.csv”),
         * then the line of the row in it */
        return g_strdup_printf (_("%s, row %u"), self->source, self->line);
      /* TRANSLATORS: where a record is in a table of a datapackage */
      return g_strdup_printf (_("Row %u"), self->line);

    case BB_IMPORT_ORIGIN_LINE:
    default:
      if (self->source != NULL)
        /* TRANSLATORS: where a record is among several files: the CSV file, then the
         * line in it */
        return g_strdup_printf (_("%s, line %u"), self->source, self->line);
      /* TRANSLATORS: where a record is in a CSV file */
      return g_strdup_printf (_("Line %u"), self->line);
    }
}

BbOffer *
bb_import_record_get_offer (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), NULL);

  return self->offer;
}

BbImportAction
bb_import_record_get_action (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), BB_IMPORT_ACTION_REJECT);

  return self->action;
}

void
bb_import_record_set_action (BbImportRecord *self,
                             BbImportAction  action)
{
  g_return_if_fail (BB_IS_IMPORT_RECORD (self));
  g_return_if_fail (action <= BB_IMPORT_ACTION_CONFLICT);

  if (self->action == action)
    return;

  self->action = action;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
}

const char *
bb_import_record_get_reason (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), NULL);

  return self->reason;
}

gboolean
bb_import_record_get_duplicate (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), FALSE);

  return self->duplicate;
}

void
bb_import_record_set_duplicate (BbImportRecord *self,
                                gboolean        duplicate)
{
  g_return_if_fail (BB_IS_IMPORT_RECORD (self));

  duplicate = !!duplicate;
  if (self->duplicate == duplicate)
    return;

  self->duplicate = duplicate;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUPLICATE]);
}

BbImportFields
bb_import_record_get_fields (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), 0);

  return self->fields;
}

void
bb_import_record_set_fields (BbImportRecord *self,
                             BbImportFields  fields)
{
  g_return_if_fail (BB_IS_IMPORT_RECORD (self));

  self->fields = fields & (BB_IMPORT_FIELDS_ALL | BB_IMPORT_FIELD_DETAILS | BB_IMPORT_FIELD_HOW_TO_GET_IN);
}

BbImportFields
bb_import_record_get_comma_lists (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), 0);

  return self->comma_lists;
}

void
bb_import_record_set_comma_lists (BbImportRecord *self,
                                  BbImportFields  fields)
{
  g_return_if_fail (BB_IS_IMPORT_RECORD (self));

  self->comma_lists = fields & (BB_IMPORT_FIELD_TARGET_GROUPS | BB_IMPORT_FIELD_STEPS);
}

BbOffer *
bb_import_record_get_stored (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), NULL);

  return self->stored;
}

/**
 * bb_import_record_get_merged:
 *
 * Returns: (transfer none) (nullable): what committing writes, once prepared
 */
BbOffer *
bb_import_record_get_merged (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), NULL);

  return self->merged;
}

/**
 * bb_import_record_get_changes:
 *
 * Returns: (transfer none) (nullable) (element-type BbOfferChange): the changes,
 *   once prepared
 */
GPtrArray *
bb_import_record_get_changes (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), NULL);

  return self->changes;
}

const char * const *
bb_import_record_get_local_fields (BbImportRecord *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), none);

  return self->local_fields != NULL ? (const char * const *) self->local_fields : none;
}

const char *
bb_import_record_get_local_edited_at (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), NULL);

  return self->local_edited_at;
}

gboolean
bb_import_record_change_is_local (BbImportRecord *self,
                                  BbOfferChange  *change)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), FALSE);
  g_return_val_if_fail (BB_IS_OFFER_CHANGE (change), FALSE);

  return self->local_fields != NULL
         && g_strv_contains ((const char * const *) self->local_fields,
                             bb_offer_change_get_field (change));
}

gboolean
bb_import_record_get_take_file (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), FALSE);

  return self->take_file;
}

void
bb_import_record_set_take_file (BbImportRecord *self,
                                gboolean        take_file)
{
  g_return_if_fail (BB_IS_IMPORT_RECORD (self));

  take_file = !!take_file;
  if (self->take_file == take_file)
    return;

  self->take_file = take_file;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAKE_FILE]);
}

gboolean
bb_import_record_is_written (BbImportRecord *self)
{
  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), FALSE);

  switch (self->action)
    {
    case BB_IMPORT_ACTION_NEW:
    case BB_IMPORT_ACTION_UPDATE:
      return TRUE;

    case BB_IMPORT_ACTION_CONFLICT:
      return self->take_file;

    case BB_IMPORT_ACTION_UNCHANGED:
    case BB_IMPORT_ACTION_REJECT:
    default:
      return FALSE;
    }
}

void
_bb_import_record_set_stored (BbImportRecord *self,
                              BbOffer        *stored,
                              gint64          version,
                              char          **local_fields,
                              const char     *local_edited_at)
{
  g_set_object (&self->stored, stored);
  self->stored_version = version;
  g_strfreev (self->local_fields);
  self->local_fields = g_strdupv (local_fields);
  g_free (self->local_edited_at);
  self->local_edited_at = g_strdup (local_edited_at);
}
