/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-import.h"

struct _BbImportRecord
{
  GObject         parent_instance;

  guint           line;
  BbOffer        *offer;
  BbImportAction  action;
  char           *reason;
  gboolean        duplicate;
};

struct _BbImport
{
  GObject     parent_instance;

  GListStore *records;
};

G_DEFINE_FINAL_TYPE (BbImportRecord, bb_import_record, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (BbImport, bb_import, G_TYPE_OBJECT)

G_DEFINE_QUARK (bb-import-error-quark, bb_import_error)

enum {
  PROP_0,
  PROP_LINE,
  PROP_OFFER,
  PROP_ACTION,
  PROP_REASON,
  PROP_DUPLICATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_import_record_finalize (GObject *object)
{
  BbImportRecord *self = (BbImportRecord *)object;

  g_clear_object (&self->offer);
  g_clear_pointer (&self->reason, g_free);

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
                      BB_IMPORT_ACTION_NEW, BB_IMPORT_ACTION_REJECT, BB_IMPORT_ACTION_NEW,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DUPLICATE] =
    g_param_spec_boolean ("duplicate", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_import_record_init (BbImportRecord *self)
{
  self->action = BB_IMPORT_ACTION_NEW;
}

static void
bb_import_dispose (GObject *object)
{
  BbImport *self = (BbImport *)object;

  g_clear_object (&self->records);

  G_OBJECT_CLASS (bb_import_parent_class)->dispose (object);
}

static void
bb_import_class_init (BbImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bb_import_dispose;
}

static void
bb_import_init (BbImport *self)
{
  self->records = g_list_store_new (BB_TYPE_IMPORT_RECORD);
}

/**
 * bb_import_record_new_offer:
 * @offer: (transfer none): the offer read from the file
 *
 * Returns: (transfer full): a record that imports @offer as new until
 *   bb_store_prepare_import() sorts it
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
  g_return_if_fail (action <= BB_IMPORT_ACTION_REJECT);

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

BbImport *
bb_import_new (void)
{
  return g_object_new (BB_TYPE_IMPORT, NULL);
}

void
bb_import_add (BbImport       *self,
               BbImportRecord *record)
{
  g_return_if_fail (BB_IS_IMPORT (self));
  g_return_if_fail (BB_IS_IMPORT_RECORD (record));

  g_list_store_append (self->records, record);
}

/**
 * bb_import_get_records:
 *
 * Returns: (transfer none): a #GListModel of #BbImportRecord in file order
 */
GListModel *
bb_import_get_records (BbImport *self)
{
  g_return_val_if_fail (BB_IS_IMPORT (self), NULL);

  return G_LIST_MODEL (self->records);
}

guint
bb_import_count (BbImport       *self,
                 BbImportAction  action)
{
  guint n_items;
  guint count = 0;

  g_return_val_if_fail (BB_IS_IMPORT (self), 0);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->records));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (G_LIST_MODEL (self->records), i);

      if (record->action == action)
        count++;
    }

  return count;
}

guint
bb_import_count_duplicates (BbImport *self)
{
  guint n_items;
  guint count = 0;

  g_return_val_if_fail (BB_IS_IMPORT (self), 0);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->records));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (G_LIST_MODEL (self->records), i);

      if (record->duplicate && record->action != BB_IMPORT_ACTION_REJECT)
        count++;
    }

  return count;
}

char *
bb_import_dup_summary (BbImport *self)
{
  g_autoptr(GPtrArray) parts = NULL;
  guint n_new, n_updated, n_unchanged, n_rejected, n_duplicates;

  g_return_val_if_fail (BB_IS_IMPORT (self), NULL);

  n_new = bb_import_count (self, BB_IMPORT_ACTION_NEW);
  n_updated = bb_import_count (self, BB_IMPORT_ACTION_UPDATE);
  n_unchanged = bb_import_count (self, BB_IMPORT_ACTION_UNCHANGED);
  n_rejected = bb_import_count (self, BB_IMPORT_ACTION_REJECT);
  n_duplicates = bb_import_count_duplicates (self);

  /* Plural forms even where English singular and plural look alike: Danish
   * adjectives take an -e in the plural (ny/nye, afvist/afviste). */
  parts = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (parts,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new", "%u new", n_new),
                                    n_new));
  g_ptr_array_add (parts,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", n_updated),
                                    n_updated));
  g_ptr_array_add (parts,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unchanged", "%u unchanged", n_unchanged),
                                    n_unchanged));
  g_ptr_array_add (parts,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rejected", "%u rejected", n_rejected),
                                    n_rejected));
  if (n_duplicates > 0)
    g_ptr_array_add (parts,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u possible duplicate",
                                                   "%u possible duplicates",
                                                   n_duplicates),
                                      n_duplicates));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (", ", (char **) parts->pdata);
}
