/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The records of one file, what importing them would do, and how that reads. */

#include <glib/gi18n-lib.h>

#include "bb-import-private.h"

G_DEFINE_FINAL_TYPE (BbImport, bb_import, G_TYPE_OBJECT)

G_DEFINE_QUARK (bb-import-error-quark, bb_import_error)

static void
bb_import_dispose (GObject *object)
{
  BbImport *self = (BbImport *)object;

  g_clear_object (&self->records);
  g_clear_object (&self->new_names);
  g_clear_pointer (&self->new_names_by_key, g_hash_table_unref);
  g_clear_pointer (&self->providers_by_uuid, g_hash_table_unref);
  g_clear_object (&self->taxonomy_mapping);
  for (guint i = 0; i < G_N_ELEMENTS (self->entries); i++)
    {
      g_clear_object (&self->entries[i]);
      g_clear_pointer (&self->entries_by_name[i], g_hash_table_unref);
    }

  G_OBJECT_CLASS (bb_import_parent_class)->dispose (object);
}

static void
bb_import_finalize (GObject *object)
{
  BbImport *self = (BbImport *)object;

  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (bb_import_parent_class)->finalize (object);
}

static void
bb_import_class_init (BbImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bb_import_dispose;
  object_class->finalize = bb_import_finalize;
}

static void
bb_import_init (BbImport *self)
{
  self->records = g_list_store_new (BB_TYPE_IMPORT_RECORD);
  self->new_names = g_list_store_new (BB_TYPE_IMPORT_NAME);
  self->new_names_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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

typedef gboolean (*RecordTest) (BbImportRecord *record,
                                gconstpointer   data);

static guint
count_records (BbImport      *self,
               RecordTest     test,
               gconstpointer  data)
{
  GListModel *records = G_LIST_MODEL (self->records);
  guint n_items = g_list_model_get_n_items (records);
  guint count = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);

      if (test (record, data))
        count++;
    }

  return count;
}

static gboolean
has_action (BbImportRecord *record,
            gconstpointer   data)
{
  return (int) record->action == GPOINTER_TO_INT (data);
}

static gboolean
is_duplicate (BbImportRecord *record,
              gconstpointer   data)
{
  return record->duplicate && record->action != BB_IMPORT_ACTION_REJECT;
}

static gboolean
is_written (BbImportRecord *record,
            gconstpointer   data)
{
  return bb_import_record_is_written (record);
}

static gboolean
is_kept_conflict (BbImportRecord *record,
                  gconstpointer   data)
{
  return record->action == BB_IMPORT_ACTION_CONFLICT && !record->take_file;
}

guint
bb_import_count (BbImport       *self,
                 BbImportAction  action)
{
  g_return_val_if_fail (BB_IS_IMPORT (self), 0);

  return count_records (self, has_action, GINT_TO_POINTER (action));
}

guint
bb_import_count_duplicates (BbImport *self)
{
  g_return_val_if_fail (BB_IS_IMPORT (self), 0);

  return count_records (self, is_duplicate, NULL);
}

guint
bb_import_count_written (BbImport *self)
{
  g_return_val_if_fail (BB_IS_IMPORT (self), 0);

  return count_records (self, is_written, NULL);
}

const char *
bb_import_get_file_name (BbImport *self)
{
  g_return_val_if_fail (BB_IS_IMPORT (self), NULL);

  return self->file_name != NULL ? self->file_name : "";
}

void
bb_import_set_file_name (BbImport   *self,
                         const char *file_name)
{
  g_return_if_fail (BB_IS_IMPORT (self));

  g_free (self->file_name);
  self->file_name = g_strdup (file_name);
}

GListModel *
bb_import_get_new_names (BbImport *self)
{
  g_return_val_if_fail (BB_IS_IMPORT (self), NULL);

  return G_LIST_MODEL (self->new_names);
}

/**
 * bb_import_get_catalogue_entries:
 *
 * Returns: (transfer none) (nullable): the catalogue's entries of @kind, once prepared
 */
GListModel *
bb_import_get_catalogue_entries (BbImport         *self,
                                 BbImportNameKind  kind)
{
  g_return_val_if_fail (BB_IS_IMPORT (self), NULL);
  g_return_val_if_fail (kind <= BB_IMPORT_NAME_STEP, NULL);

  return self->entries[kind];
}

void
bb_import_map_name (BbImport     *self,
                    BbImportName *name,
                    GObject      *target)
{
  g_return_if_fail (BB_IS_IMPORT (self));
  g_return_if_fail (BB_IS_IMPORT_NAME (name));
  g_return_if_fail (target == NULL || G_IS_OBJECT (target));

  if (_bb_import_name_set_target (name, target))
    _bb_import_resolve (self);
}

gint64
bb_import_get_id (BbImport *self)
{
  g_return_val_if_fail (BB_IS_IMPORT (self), 0);

  return self->id;
}

void
bb_import_set_id (BbImport *self,
                  gint64    id)
{
  g_return_if_fail (BB_IS_IMPORT (self));

  self->id = id;
}

/* ---- words ----------------------------------------------------------- */

char *
bb_import_dup_summary (BbImport *self)
{
  g_autoptr(GPtrArray) parts = NULL;
  guint n_new, n_updated, n_unchanged, n_rejected, n_kept, n_duplicates;

  g_return_val_if_fail (BB_IS_IMPORT (self), NULL);

  n_new = bb_import_count (self, BB_IMPORT_ACTION_NEW);
  n_updated = bb_import_count_written (self) - n_new;
  n_unchanged = bb_import_count (self, BB_IMPORT_ACTION_UNCHANGED);
  n_rejected = bb_import_count (self, BB_IMPORT_ACTION_REJECT);
  n_kept = count_records (self, is_kept_conflict, NULL);
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
  if (n_kept > 0)
    g_ptr_array_add (parts,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u kept as edited here",
                                                   "%u kept as edited here",
                                                   n_kept),
                                      n_kept));
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

char *
bb_import_dup_notice (BbImport *self)
{
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_free);
  guint n_written, n_conflicts, n_unchanged, n_rejected, n_duplicates;

  g_return_val_if_fail (BB_IS_IMPORT (self), NULL);

  n_written = bb_import_count_written (self);
  n_conflicts = bb_import_count (self, BB_IMPORT_ACTION_CONFLICT);
  n_unchanged = bb_import_count (self, BB_IMPORT_ACTION_UNCHANGED);
  n_rejected = bb_import_count (self, BB_IMPORT_ACTION_REJECT);
  n_duplicates = bb_import_count_duplicates (self);

  if ((n_written > 0 || n_conflicts > 0) && n_rejected > 0)
    g_ptr_array_add (sentences,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u rejected record will be skipped.",
                                                   "%u rejected records will be skipped.",
                                                   n_rejected),
                                      n_rejected));
  else if (n_written == 0 && n_conflicts == 0 && n_rejected > 0)
    g_ptr_array_add (sentences,
                     g_strdup (_("There is nothing to import: each record is either rejected or already in the catalogue.")));
  else if (n_written == 0 && n_conflicts == 0 && n_unchanged > 0)
    g_ptr_array_add (sentences, g_strdup (_("Everything in this file is already in the catalogue.")));
  else if (n_written == 0 && n_conflicts == 0)
    g_ptr_array_add (sentences, g_strdup (_("There are no offers in this file.")));

  if (n_conflicts > 0)
    g_ptr_array_add (sentences,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u offer was edited here since it was last imported or exported: your version is kept unless you choose the file’s.",
                                                   "%u offers were edited here since they were last imported or exported: your versions are kept unless you choose the file’s.",
                                                   n_conflicts),
                                      n_conflicts));

  if (n_duplicates > 0)
    g_ptr_array_add (sentences,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u record has the same title and provider as another offer; check it before importing.",
                                                   "%u records have the same title and provider as other offers; check them before importing.",
                                                   n_duplicates),
                                      n_duplicates));

  _bb_import_add_notices (self, sentences);
  g_ptr_array_add (sentences, NULL);

  return g_strjoinv (" ", (char **) sentences->pdata);
}

const char *
bb_import_change_get_label (BbOfferChange *change)
{
  const char *field;

  g_return_val_if_fail (BB_IS_OFFER_CHANGE (change), NULL);

  field = bb_offer_change_get_field (change);
  if (g_strcmp0 (field, "provider-sector") == 0)
    return _("Sector of the provider");
  if (g_strcmp0 (field, "provider-department") == 0)
    return _("Department of the provider");
  if (g_strcmp0 (field, "provider-description") == 0)
    return _("Description of the provider");
  if (g_strcmp0 (field, "provider-website") == 0)
    return _("Website of the provider");
  if (g_strcmp0 (field, "provider-email") == 0)
    return _("E-mail of the provider");
  if (g_strcmp0 (field, "provider-phone") == 0)
    return _("Phone of the provider");
  if (g_strcmp0 (field, "provider-legal-status") == 0)
    return _("Legal status of the provider");
  if (g_strcmp0 (field, "provider-tax-id") == 0)
    return _("Tax ID of the provider");
  if (g_strcmp0 (field, "provider-other") == 0)
    return _("Other details of the provider");

  return bb_offer_change_get_field_label (change);
}

char *
bb_import_record_dup_local_changes (BbImportRecord *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;

  g_return_val_if_fail (BB_IS_IMPORT_RECORD (self), NULL);

  for (guint i = 0; self->changes != NULL && i < self->changes->len; i++)
    {
      BbOfferChange *change = g_ptr_array_index (self->changes, i);

      if (bb_import_record_change_is_local (self, change))
        g_strv_builder_add (builder, bb_import_change_get_label (change));
    }

  labels = g_strv_builder_end (builder);

  return g_strjoinv (", ", labels);
}
