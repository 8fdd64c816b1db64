/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What a record of a file would write: the stored offer with the fields the file has
 * (a column the file lacks leaves its field alone), names matched to the catalogue's
 * providers, target groups and steps or to the entries the user mapped them to, and
 * what changes. Everything here works on what the repository loaded while preparing,
 * so a new mapping is worked out again without the database. */

#include <glib/gi18n-lib.h>

#include "bb-import-private.h"
#include "bb-taxonomy-mapping.h"

/* ---- the catalogue's entries ----------------------------------------- */

static const char *
entry_get_name (BbImportNameKind  kind,
                gpointer          entry)
{
  switch (kind)
    {
    case BB_IMPORT_NAME_PROVIDER:
      return bb_provider_get_name (entry);

    case BB_IMPORT_NAME_TARGET_GROUP:
      return bb_target_group_get_name (entry);

    case BB_IMPORT_NAME_STEP:
    default:
      return bb_step_get_name (entry);
    }
}

/* A copy the record can own: of an entry, with its id, or of what the file named,
 * without one, so that the commit creates it. */
static gpointer
entry_copy (BbImportNameKind  kind,
            gpointer          item,
            gboolean          keep_id)
{
  gpointer copy;

  switch (kind)
    {
    case BB_IMPORT_NAME_PROVIDER:
      copy = bb_provider_copy (item);
      if (!keep_id)
        bb_provider_set_id (copy, 0);
      return copy;

    case BB_IMPORT_NAME_TARGET_GROUP:
      copy = bb_target_group_copy (item);
      if (!keep_id)
        bb_target_group_set_id (copy, 0);
      return copy;

    case BB_IMPORT_NAME_STEP:
    default:
      copy = bb_step_copy (item);
      if (!keep_id)
        bb_step_set_id (copy, 0);
      return copy;
    }
}

void
_bb_import_set_catalogue (BbImport   *self,
                          GListModel *providers,
                          GListModel *target_groups,
                          GListModel *steps)
{
  GListModel *lists[] = { providers, target_groups, steps };

  for (guint kind = 0; kind < G_N_ELEMENTS (lists); kind++)
    {
      guint n_items = g_list_model_get_n_items (lists[kind]);

      g_set_object (&self->entries[kind], lists[kind]);
      g_clear_pointer (&self->entries_by_name[kind], g_hash_table_unref);
      /* Borrowed from the list, which lives as long as the table. */
      self->entries_by_name[kind] = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(GObject) entry = g_list_model_get_item (lists[kind], i);

          g_hash_table_insert (self->entries_by_name[kind],
                               (gpointer) entry_get_name (kind, entry), entry);
        }
    }

  g_clear_pointer (&self->providers_by_uuid, g_hash_table_unref);
  self->providers_by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (providers); i++)
    {
      g_autoptr(BbProvider) provider = g_list_model_get_item (providers, i);

      g_hash_table_insert (self->providers_by_uuid, (gpointer) bb_provider_get_uuid (provider), provider);
    }
}

static BbProvider *
find_provider_by_uuid (BbImport   *self,
                       const char *uuid)
{
  if (self->providers_by_uuid == NULL || uuid == NULL)
    return NULL;

  return g_hash_table_lookup (self->providers_by_uuid, uuid);
}

static gpointer
find_known (BbImport         *self,
            BbImportNameKind  kind,
            const char       *name)
{
  if (self->entries_by_name[kind] == NULL)
    return NULL;

  return g_hash_table_lookup (self->entries_by_name[kind], name);
}

/* The entry @name stands for: the one the user mapped it to, the catalogue's of that
 * name, or NULL for a new one, which is noted among the import's new names. @uuid,
 * an organization's id the catalogue does not have, makes it a provider of its own
 * whatever its name. */
static gpointer
find_entry_full (BbImport         *self,
                 BbImportNameKind  kind,
                 const char       *name,
                 const char       *uuid)
{
  g_autofree char *key = uuid != NULL ? g_strdup_printf ("%d\n%s\n%s", kind, name, uuid)
                                      : g_strdup_printf ("%d\n%s", kind, name);
  g_autoptr(BbImportName) new_name = NULL;
  BbImportName *known_new;
  gpointer entry;

  known_new = g_hash_table_lookup (self->new_names_by_key, key);
  if (known_new != NULL)
    return known_new->target;

  entry = uuid == NULL ? find_known (self, kind, name) : NULL;
  if (entry != NULL)
    return entry;

  new_name = _bb_import_name_new (kind, name);
  g_list_store_append (self->new_names, new_name);
  g_hash_table_insert (self->new_names_by_key, g_steal_pointer (&key), new_name);
  return NULL;
}

static gpointer
find_entry (BbImport         *self,
            BbImportNameKind  kind,
            const char       *name)
{
  return find_entry_full (self, kind, name, NULL);
}

/* ---- one record ------------------------------------------------------- */

/* The names of one list as the file gave them. A single text with commas, from a
 * cell without line breaks or " | ", is several names when every part is one the
 * catalogue knows ("Anxiety and depression, ADHD"); otherwise it is one name. */
static GPtrArray *
dup_list_names (BbImport         *self,
                BbImportNameKind  kind,
                GListModel       *items,
                gboolean          comma_list)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  guint n_items = g_list_model_get_n_items (items);

  if (comma_list && n_items == 1)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, 0);
      const char *name = entry_get_name (kind, item);
      g_auto(GStrv) parts = g_strsplit (name, ",", -1);
      gboolean all_known = g_strv_length (parts) > 1 && find_known (self, kind, name) == NULL;

      for (guint i = 0; all_known && parts[i] != NULL; i++)
        all_known = find_known (self, kind, g_strstrip (parts[i])) != NULL;

      if (all_known)
        {
          for (guint i = 0; parts[i] != NULL; i++)
            g_ptr_array_add (names, g_strdup (parts[i]));
          return names;
        }
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      g_ptr_array_add (names, g_strdup (entry_get_name (kind, item)));
    }

  return names;
}

/* Fills @to with the catalogue's entries for the names in @from, or copies of what
 * the file named where there is none. */
static void
resolve_list (BbImport         *self,
              BbImportNameKind  kind,
              GListStore       *from,
              GListStore       *to,
              gboolean          comma_list)
{
  g_autoptr(GPtrArray) names = dup_list_names (self, kind, G_LIST_MODEL (from), comma_list);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_list_store_remove_all (to);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      gpointer entry = find_entry (self, kind, name);
      g_autoptr(GObject) item = NULL;

      if (entry != NULL)
        item = entry_copy (kind, entry, TRUE);
      else
        {
          /* A new name is always one of the file's own items: the comma rule only
           * splits into names the catalogue knows, so @names is @from's, in order. */
          g_autoptr(GObject) from_file = g_list_model_get_item (G_LIST_MODEL (from), i);

          item = entry_copy (kind, from_file, FALSE);
        }

      /* Two names mapped to the same entry are one. */
      if (!g_hash_table_add (seen, (gpointer) entry_get_name (kind, item)))
        continue;

      g_list_store_append (to, item);
    }
}

static void
resolve_provider (BbImport       *self,
                  BbImportRecord *record,
                  BbOffer        *merged)
{
  BbProvider *from_file = bb_offer_get_provider (record->offer);
  gboolean keyed = bb_provider_get_keyed (from_file);
  BbProvider *entry = keyed ? find_provider_by_uuid (self, bb_provider_get_uuid (from_file)) : NULL;
  g_autoptr(BbProvider) provider = NULL;

  /* An organization's id says who it is; only without one is the name enough. */
  if (entry == NULL)
    entry = find_entry_full (self, BB_IMPORT_NAME_PROVIDER, bb_provider_get_name (from_file),
                             keyed ? bb_provider_get_uuid (from_file) : NULL);

  if (entry == NULL)
    {
      provider = entry_copy (BB_IMPORT_NAME_PROVIDER, from_file, FALSE);
      bb_offer_set_provider (merged, provider);
      return;
    }

  /* A known provider takes the sector and department the file gives it. */
  provider = bb_provider_copy (entry);
  if (record->fields & BB_IMPORT_FIELD_SECTOR)
    {
      bb_provider_set_sector (provider, bb_provider_get_sector (from_file));
      bb_provider_set_sector_stated (provider, TRUE);
    }
  if (record->fields & BB_IMPORT_FIELD_DEPARTMENT)
    bb_provider_set_department (provider, bb_provider_get_department (from_file));

  /* The same organization, by its id, is all its file says it is now. */
  if (keyed && g_strcmp0 (bb_provider_get_uuid (entry), bb_provider_get_uuid (from_file)) == 0)
    {
      bb_provider_set_keyed (provider, TRUE);
      bb_provider_set_website (provider, bb_provider_get_website (from_file));
      bb_provider_set_email (provider, bb_provider_get_email (from_file));
      bb_provider_set_phone (provider, bb_provider_get_phone (from_file));
      bb_provider_set_phones (provider, bb_provider_get_phones (from_file));
      bb_provider_set_description (provider, bb_provider_get_description (from_file));
      bb_provider_set_legal_status (provider, bb_provider_get_legal_status (from_file));
      bb_provider_set_tax_id (provider, bb_provider_get_tax_id (from_file));
      bb_provider_set_extra (provider, bb_provider_get_extra (from_file));
    }
  bb_offer_set_provider (merged, provider);
}

/* ---- terms of other taxonomies ---------------------------------------- */

static gboolean
store_has_name (BbImportNameKind  kind,
                GListModel       *store,
                const char       *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (store); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (store, i);

      if (g_strcmp0 (entry_get_name (kind, item), name) == 0)
        return TRUE;
    }

  return FALSE;
}

/* "angst, YF-5000-navn, samtaler" without the term's name, which is now a target
 * group or step instead of a keyword. */
static void
remove_keyword (BbOffer    *offer,
                const char *name)
{
  g_auto(GStrv) parts = g_strsplit (bb_offer_get_keywords (offer), ",", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) joined_parts = NULL;
  g_autofree char *joined = NULL;
  gboolean removed = FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (g_strcmp0 (parts[i], name) == 0)
        removed = TRUE;
      else if (*parts[i] != '\0')
        g_strv_builder_add (kept, parts[i]);
    }

  if (!removed)
    return;

  joined_parts = g_strv_builder_end (kept);
  joined = g_strjoinv (", ", joined_parts);
  bb_offer_set_keywords (offer, joined);
}

/* A term the user mapped, or that is mapped as remembered for the file's source,
 * adds its target group or step to the offer; the term itself stays with the offer,
 * with its code and taxonomy, and is exported as it came. */
static void
apply_terms (BbImport       *self,
             BbOffer        *file,
             BbOffer        *merged,
             BbImportFields  fields)
{
  GPtrArray *terms = bb_offer_get_details (file)->terms;

  if (self->taxonomy_mapping == NULL || terms == NULL)
    return;

  for (guint i = 0; i < terms->len; i++)
    {
      const BbTerm *term = g_ptr_array_index (terms, i);
      BbForeignTerm *item = bb_taxonomy_mapping_lookup (self->taxonomy_mapping, term->taxonomy,
                                                        term->code, term->name);
      GObject *target = item != NULL ? bb_foreign_term_get_target (item) : NULL;
      BbImportNameKind kind;
      GListStore *store;
      g_autoptr(GObject) copy = NULL;

      if (target == NULL)
        continue;

      kind = BB_IS_TARGET_GROUP (target) ? BB_IMPORT_NAME_TARGET_GROUP : BB_IMPORT_NAME_STEP;
      if (!(fields & (kind == BB_IMPORT_NAME_TARGET_GROUP ? BB_IMPORT_FIELD_TARGET_GROUPS
                                                          : BB_IMPORT_FIELD_STEPS)))
        continue;

      store = kind == BB_IMPORT_NAME_TARGET_GROUP ? bb_offer_get_target_groups (merged)
                                                  : bb_offer_get_steps (merged);
      if (!store_has_name (kind, G_LIST_MODEL (store), entry_get_name (kind, target)))
        {
          copy = entry_copy (kind, target, TRUE);
          g_list_store_append (store, copy);
        }

      if ((fields & BB_IMPORT_FIELD_KEYWORDS) && term->name != NULL)
        remove_keyword (merged, term->name);
    }
}

gboolean
_bb_import_collect_terms (BbImport *self)
{
  GListModel *records = G_LIST_MODEL (self->records);
  g_autofree char *source = NULL;

  if (self->taxonomy_mapping != NULL)
    return FALSE;

  source = bb_taxonomy_source_for_file_name (self->file_name);
  self->taxonomy_mapping = bb_taxonomy_mapping_new (source);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);
      GPtrArray *terms;

      if (record->action == BB_IMPORT_ACTION_REJECT || record->offer == NULL)
        continue;

      terms = bb_offer_get_details (record->offer)->terms;
      for (guint j = 0; terms != NULL && j < terms->len; j++)
        bb_taxonomy_mapping_add (self->taxonomy_mapping, g_ptr_array_index (terms, j));
    }

  return TRUE;
}

GObject *
_bb_import_find_entry_by_id (BbImport         *self,
                             BbImportNameKind  kind,
                             gint64            id)
{
  GListModel *entries = self->entries[kind];

  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (entries, i);
      gint64 entry_id = kind == BB_IMPORT_NAME_TARGET_GROUP ? bb_target_group_get_id (BB_TARGET_GROUP (entry))
                                                            : bb_step_get_id (BB_STEP (entry));

      /* Borrowed: the list holds it as long as the import. */
      if (entry_id == id)
        return entry;
    }

  return NULL;
}

BbTaxonomyMapping *
bb_import_get_taxonomy_mapping (BbImport *import)
{
  g_return_val_if_fail (BB_IS_IMPORT (import), NULL);

  return import->taxonomy_mapping;
}

void
bb_import_map_term (BbImport      *import,
                    BbForeignTerm *term,
                    GObject       *target)
{
  g_return_if_fail (BB_IS_IMPORT (import));
  g_return_if_fail (import->taxonomy_mapping != NULL);

  bb_taxonomy_mapping_set_target (import->taxonomy_mapping, term, target, FALSE);
  _bb_import_resolve (import);
}

char *
bb_import_dup_mapped_terms_report (BbImport *import)
{
  g_autoptr(GString) report = g_string_new (NULL);
  GListModel *terms;

  g_return_val_if_fail (BB_IS_IMPORT (import), NULL);

  if (import->taxonomy_mapping == NULL)
    return g_strdup ("");

  terms = bb_taxonomy_mapping_get_terms (import->taxonomy_mapping);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(BbForeignTerm) term = g_list_model_get_item (terms, i);
      GObject *target = bb_foreign_term_get_target (term);
      const char *source = bb_taxonomy_mapping_get_source (import->taxonomy_mapping);
      g_autofree char *label = bb_foreign_term_dup_label (term);
      g_autofree char *full = NULL;

      if (target == NULL || !bb_foreign_term_get_remembered (term))
        continue;

      full = *bb_foreign_term_get_taxonomy (term) != '\0'
             ? g_strdup_printf ("%s: %s", bb_foreign_term_get_taxonomy (term), label)
             : g_strdup (label);
      if (BB_IS_TARGET_GROUP (target))
        /* TRANSLATORS: “AIRS: YF-5000 Mental Health” is mapped to the target group “Anxiety”, as remembered for “region-h”. */
        g_string_append_printf (report, _("“%s” is mapped to the target group “%s”, as remembered for “%s”."),
                                full, bb_target_group_get_name (BB_TARGET_GROUP (target)), source);
      else
        {
          g_autofree char *step = bb_step_dup_display_name (BB_STEP (target));

          /* TRANSLATORS: “AIRS: YF-5000 Mental Health” is mapped to the step “1 – Early and light”, as remembered for “region-h”. */
          g_string_append_printf (report, _("“%s” is mapped to the step “%s”, as remembered for “%s”."),
                                  full, step, source);
        }
      g_string_append_c (report, '\n');
    }

  return g_string_free (g_steal_pointer (&report), FALSE);
}

static gboolean
contacts_equal (GListModel *a,
                GListModel *b)
{
  guint n_items = g_list_model_get_n_items (a);

  if (n_items != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbContact) x = g_list_model_get_item (a, i);
      g_autoptr(BbContact) y = g_list_model_get_item (b, i);

      if (g_strcmp0 (bb_contact_get_name (x), bb_contact_get_name (y)) != 0
          || g_strcmp0 (bb_contact_get_role (x), bb_contact_get_role (y)) != 0
          || g_strcmp0 (bb_contact_get_phone (x), bb_contact_get_phone (y)) != 0
          || g_strcmp0 (bb_contact_get_email (x), bb_contact_get_email (y)) != 0
          || bb_contact_get_ambassador (x) != bb_contact_get_ambassador (y))
        return FALSE;
    }

  return TRUE;
}

static void
copy_contacts (GListStore *from,
               GListStore *to)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (from));

  g_list_store_remove_all (to);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (G_LIST_MODEL (from), i);
      g_autoptr(BbContact) copy = bb_contact_copy (contact);

      g_list_store_append (to, copy);
    }
}

static BbOffer *
merge (BbImport       *self,
       BbImportRecord *record)
{
  BbOffer *file = record->offer;
  BbOffer *stored = record->stored;
  /* A new offer gets every field: what the file lacks is the default. */
  BbImportFields fields = stored != NULL ? record->fields : BB_IMPORT_FIELDS_ALL | BB_IMPORT_FIELD_DETAILS;
  BbOffer *merged = bb_offer_copy (stored != NULL ? stored : file);

  if (stored == NULL)
    bb_offer_set_id (merged, 0);

#define TAKE(flag, field) \
  if (fields & BB_IMPORT_FIELD_##flag) \
    bb_offer_set_##field (merged, bb_offer_get_##field (file))

  TAKE (TITLE, title);
  TAKE (SUMMARY, summary);
  TAKE (DESCRIPTION, description);
  TAKE (LEGAL_BASIS, legal_basis);
  TAKE (AGE_MIN, age_min);
  TAKE (AGE_MAX, age_max);
  TAKE (ACCESS, access);
  /* The route and whether the file stated it at all go together. */
  if (fields & BB_IMPORT_FIELD_ACCESS)
    bb_offer_get_details (merged)->access_stated = bb_offer_get_details (file)->access_stated;
  TAKE (CAPACITY, capacity);
  TAKE (WAITING_WEEKS, waiting_weeks);
  TAKE (LOCATION, location);
  TAKE (OPENING_HOURS, opening_hours);
  TAKE (STATUS, status);
  TAKE (REVIEWED, reviewed);
  TAKE (KEYWORDS, keywords);

#undef TAKE

  /* When the offer last changed is what the file says, not when it was imported. */
  if (stored != NULL && bb_offer_get_modified (file) != NULL)
    bb_offer_set_modified (merged, bb_offer_get_modified (file));

  if (stored != NULL && (fields & BB_IMPORT_FIELD_DETAILS))
    bb_offer_set_details (merged, bb_offer_get_details (file));
  else if (stored != NULL && (fields & BB_IMPORT_FIELD_HOW_TO_GET_IN))
    {
      BbOfferDetails *details = bb_offer_get_details (merged);

      g_free (details->how_to_get_in);
      details->how_to_get_in = g_strdup (bb_offer_get_details (file)->how_to_get_in);
    }

  if (fields & BB_IMPORT_FIELD_PROVIDER)
    resolve_provider (self, record, merged);

  if (fields & BB_IMPORT_FIELD_TARGET_GROUPS)
    resolve_list (self, BB_IMPORT_NAME_TARGET_GROUP, bb_offer_get_target_groups (file),
                  bb_offer_get_target_groups (merged),
                  (record->comma_lists & BB_IMPORT_FIELD_TARGET_GROUPS) != 0);

  if (fields & BB_IMPORT_FIELD_STEPS)
    resolve_list (self, BB_IMPORT_NAME_STEP, bb_offer_get_steps (file),
                  bb_offer_get_steps (merged),
                  (record->comma_lists & BB_IMPORT_FIELD_STEPS) != 0);

  apply_terms (self, file, merged, fields);

  /* The same people keep their ids, and so their place in other programs' copies. */
  if ((fields & BB_IMPORT_FIELD_CONTACTS)
      && (stored == NULL
          || !contacts_equal (G_LIST_MODEL (bb_offer_get_contacts (stored)),
                              G_LIST_MODEL (bb_offer_get_contacts (file)))))
    copy_contacts (bb_offer_get_contacts (file), bb_offer_get_contacts (merged));

  return merged;
}

static void
add_provider_change (GPtrArray  *changes,
                     const char *field,
                     const char *old_value,
                     const char *new_value)
{
  if (g_strcmp0 (old_value, new_value) == 0)
    return;

  g_ptr_array_add (changes,
                   bb_offer_change_new (field,
                                        old_value != NULL && *old_value != '\0' ? old_value : NULL,
                                        new_value != NULL && *new_value != '\0' ? new_value : NULL));
}

static GPtrArray *
dup_changes (BbImport       *self,
             BbImportRecord *record,
             BbOffer        *merged)
{
  GPtrArray *changes = bb_offer_diff (record->stored, merged);
  BbProvider *provider = bb_offer_get_provider (merged);
  BbProvider *entry = NULL;

  if (bb_provider_get_id (provider) != 0)
    entry = find_provider_by_uuid (self, bb_provider_get_uuid (provider));

  if (entry != NULL)
    {
      add_provider_change (changes, "provider-sector",
                           bb_sector_get_label (bb_provider_get_sector (entry)),
                           bb_sector_get_label (bb_provider_get_sector (provider)));
      add_provider_change (changes, "provider-department",
                           bb_provider_get_department (entry),
                           bb_provider_get_department (provider));
      add_provider_change (changes, "provider-description",
                           bb_provider_get_description (entry),
                           bb_provider_get_description (provider));
      add_provider_change (changes, "provider-website",
                           bb_provider_get_website (entry), bb_provider_get_website (provider));
      add_provider_change (changes, "provider-email",
                           bb_provider_get_email (entry), bb_provider_get_email (provider));
      add_provider_change (changes, "provider-phone",
                           bb_provider_get_phone (entry), bb_provider_get_phone (provider));
      add_provider_change (changes, "provider-legal-status",
                           bb_provider_get_legal_status (entry),
                           bb_provider_get_legal_status (provider));
      add_provider_change (changes, "provider-tax-id",
                           bb_provider_get_tax_id (entry), bb_provider_get_tax_id (provider));
      /* Identifiers, more phones and the rest the form has no place for. */
      add_provider_change (changes, "provider-other",
                           bb_provider_get_extra (entry), bb_provider_get_extra (provider));
    }

  return changes;
}

static BbImportAction
choose_action (BbImportRecord *record)
{
  if (record->stored == NULL)
    return BB_IMPORT_ACTION_NEW;
  if (record->changes->len == 0)
    return BB_IMPORT_ACTION_UNCHANGED;

  for (guint i = 0; i < record->changes->len; i++)
    {
      if (bb_import_record_change_is_local (record, g_ptr_array_index (record->changes, i)))
        return BB_IMPORT_ACTION_CONFLICT;
    }

  return BB_IMPORT_ACTION_UPDATE;
}

static void
add_term_notices (BbImport  *self,
                  GPtrArray *sentences)
{
  GListModel *terms;
  guint n_keywords = 0;

  if (self->taxonomy_mapping == NULL)
    return;

  terms = bb_taxonomy_mapping_get_terms (self->taxonomy_mapping);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(BbForeignTerm) term = g_list_model_get_item (terms, i);

      if (bb_foreign_term_get_target (term) == NULL)
        n_keywords++;
    }

  if (n_keywords > 0)
    g_ptr_array_add (sentences,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u term of another taxonomy is kept as a keyword unless you map it to a target group or step.",
                                                   "%u terms of other taxonomies are kept as keywords unless you map them to target groups or steps.",
                                                   n_keywords),
                                      n_keywords));
}

void
_bb_import_add_notices (BbImport  *self,
                        GPtrArray *sentences)
{
  GListModel *names = G_LIST_MODEL (self->new_names);

  add_term_notices (self, sentences);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(BbImportName) name = g_list_model_get_item (names, i);

      if (name->kind != BB_IMPORT_NAME_PROVIDER || name->target != NULL ||
          find_known (self, BB_IMPORT_NAME_PROVIDER, name->name) == NULL)
        continue;

      g_ptr_array_add (sentences,
                       /* TRANSLATORS: %s is an organization's name */
                       g_strdup_printf (_("“%s” in the file is another organization than the "
                                          "provider of that name here (its id is another): it "
                                          "becomes a provider of its own unless you map it to "
                                          "one."),
                                        name->name));
    }
}

void
_bb_import_resolve (BbImport *self)
{
  GListModel *records = G_LIST_MODEL (self->records);
  guint n_items = g_list_model_get_n_items (records);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);

      if (record->action == BB_IMPORT_ACTION_REJECT || record->offer == NULL)
        continue;

      g_clear_object (&record->merged);
      g_clear_pointer (&record->changes, g_ptr_array_unref);
      record->merged = merge (self, record);
      record->changes = dup_changes (self, record, record->merged);
      bb_import_record_set_action (record, choose_action (record));
    }
}
