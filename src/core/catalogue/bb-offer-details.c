/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-offer-change.h"
#include "bb-offer-details.h"
#include "bb-records.h"

G_DEFINE_BOXED_TYPE (BbOfferDetails, bb_offer_details, bb_offer_details_copy,
                     bb_offer_details_free)

static GHashTable *
new_contact_extras (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

BbOfferDetails *
bb_offer_details_new (void)
{
  BbOfferDetails *self = g_new0 (BbOfferDetails, 1);

  self->access_stated = TRUE;
  self->phones = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_phone_free);
  self->schedules = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_schedule_free);
  self->locations = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_offer_location_free);
  self->terms = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_term_free);
  self->contact_extras = new_contact_extras ();
  self->history = g_ptr_array_new_with_free_func (g_object_unref);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  return self;
}

BbOfferDetails *
bb_offer_details_copy (const BbOfferDetails *self)
{
  BbOfferDetails *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (BbOfferDetails, 1);
  copy->alternate_name = g_strdup (self->alternate_name);
  copy->url = g_strdup (self->url);
  copy->email = g_strdup (self->email);
  copy->how_to_get_in = g_strdup (self->how_to_get_in);
  copy->fees = g_strdup (self->fees);
  copy->eligibility = g_strdup (self->eligibility);
  copy->alert = g_strdup (self->alert);
  copy->access_stated = self->access_stated;
  copy->phones = bb_records_copy (self->phones, (BbRecordCopyFunc) bb_phone_copy,
                                  (GDestroyNotify) bb_phone_free);
  copy->schedules = bb_records_copy (self->schedules, (BbRecordCopyFunc) bb_schedule_copy,
                                     (GDestroyNotify) bb_schedule_free);
  copy->locations = bb_records_copy (self->locations, (BbRecordCopyFunc) bb_offer_location_copy,
                                     (GDestroyNotify) bb_offer_location_free);
  copy->terms = bb_records_copy (self->terms, (BbRecordCopyFunc) bb_term_copy,
                                 (GDestroyNotify) bb_term_free);
  copy->contact_extras = new_contact_extras ();
  g_hash_table_iter_init (&iter, self->contact_extras);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->contact_extras, g_strdup (key), g_strdup (value));
  copy->extra = g_strdup (self->extra);
  copy->history = bb_records_copy (self->history, (BbRecordCopyFunc) g_object_ref, g_object_unref);
  copy->warnings = bb_records_copy (self->warnings, (BbRecordCopyFunc) g_strdup, g_free);
  return copy;
}

void
bb_offer_details_free (BbOfferDetails *self)
{
  if (self == NULL)
    return;

  g_free (self->alternate_name);
  g_free (self->url);
  g_free (self->email);
  g_free (self->how_to_get_in);
  g_free (self->fees);
  g_free (self->eligibility);
  g_free (self->alert);
  g_clear_pointer (&self->phones, g_ptr_array_unref);
  g_clear_pointer (&self->schedules, g_ptr_array_unref);
  g_clear_pointer (&self->locations, g_ptr_array_unref);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_clear_pointer (&self->contact_extras, g_hash_table_unref);
  g_free (self->extra);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_free (self);
}

static gboolean
contact_extras_equal (GHashTable *a,
                      GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_strcmp0 (value, g_hash_table_lookup (b, key)) != 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
bb_offer_details_equal (const BbOfferDetails *a,
                        const BbOfferDetails *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strcmp0 (a->alternate_name, b->alternate_name) == 0 &&
         g_strcmp0 (a->url, b->url) == 0 &&
         g_strcmp0 (a->email, b->email) == 0 &&
         g_strcmp0 (a->how_to_get_in, b->how_to_get_in) == 0 &&
         g_strcmp0 (a->fees, b->fees) == 0 &&
         g_strcmp0 (a->eligibility, b->eligibility) == 0 &&
         g_strcmp0 (a->alert, b->alert) == 0 &&
         a->access_stated == b->access_stated &&
         bb_records_equal (a->phones, b->phones, (BbRecordEqualFunc) bb_phone_equal) &&
         bb_records_equal (a->schedules, b->schedules, (BbRecordEqualFunc) bb_schedule_equal) &&
         bb_records_equal (a->locations, b->locations, (BbRecordEqualFunc) bb_offer_location_equal) &&
         bb_records_equal (a->terms, b->terms, (BbRecordEqualFunc) bb_term_equal) &&
         contact_extras_equal (a->contact_extras, b->contact_extras) &&
         g_strcmp0 (a->extra, b->extra) == 0;
}

static void
add_text_change (GPtrArray  *changes,
                 const char *field,
                 const char *old_value,
                 const char *new_value)
{
  if (g_strcmp0 (old_value, new_value) != 0)
    g_ptr_array_add (changes, bb_offer_change_new (field, old_value, new_value));
}

/* A list whose records differ is a change even where their text reads the same (an
 * id, or a member only the file knows): the history then shows where. */
static void
add_records_change (GPtrArray            *changes,
                    const char           *field,
                    GPtrArray            *before,
                    GPtrArray            *after,
                    BbRecordEqualFunc     equal_func,
                    BbRecordToStringFunc  to_string)
{
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;

  if (bb_records_equal (before, after, equal_func))
    return;

  old_value = bb_records_to_string (before, to_string, "; ");
  new_value = bb_records_to_string (after, to_string, "; ");
  g_ptr_array_add (changes, bb_offer_change_new (field, *old_value != '\0' ? old_value : NULL,
                                                 *new_value != '\0' ? new_value : NULL));
}

static char *
dup_contact_extras (GHashTable *extras)
{
  g_autoptr(GList) keys = g_list_sort (g_hash_table_get_keys (extras), (GCompareFunc) g_strcmp0);
  GString *text = g_string_new (NULL);

  for (GList *l = keys; l != NULL; l = l->next)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "; " : "",
                            (const char *) g_hash_table_lookup (extras, l->data));

  if (text->len == 0)
    return g_string_free (text, TRUE);

  return g_string_free (text, FALSE);
}

void
bb_offer_details_diff (const BbOfferDetails *before,
                       const BbOfferDetails *after,
                       GPtrArray            *changes)
{
  g_return_if_fail (before != NULL && after != NULL && changes != NULL);

  add_text_change (changes, "alternate-name", before->alternate_name, after->alternate_name);
  add_text_change (changes, "url", before->url, after->url);
  add_text_change (changes, "email", before->email, after->email);
  add_text_change (changes, "how-to-get-in", before->how_to_get_in, after->how_to_get_in);
  add_text_change (changes, "fees", before->fees, after->fees);
  add_text_change (changes, "eligibility", before->eligibility, after->eligibility);
  add_text_change (changes, "alert", before->alert, after->alert);
  add_records_change (changes, "phones", before->phones, after->phones,
                      (BbRecordEqualFunc) bb_phone_equal, (BbRecordToStringFunc) bb_phone_to_string);
  add_records_change (changes, "schedules", before->schedules, after->schedules,
                      (BbRecordEqualFunc) bb_schedule_equal, (BbRecordToStringFunc) bb_schedule_to_string);
  add_records_change (changes, "locations", before->locations, after->locations,
                      (BbRecordEqualFunc) bb_offer_location_equal,
                      (BbRecordToStringFunc) bb_offer_location_to_string);
  add_records_change (changes, "terms", before->terms, after->terms,
                      (BbRecordEqualFunc) bb_term_equal, (BbRecordToStringFunc) bb_term_to_string);

  if (!contact_extras_equal (before->contact_extras, after->contact_extras))
    {
      g_autofree char *old_value = dup_contact_extras (before->contact_extras);
      g_autofree char *new_value = dup_contact_extras (after->contact_extras);

      g_ptr_array_add (changes, bb_offer_change_new ("contact-details", old_value, new_value));
    }

  if (g_strcmp0 (before->extra, after->extra) != 0)
    g_ptr_array_add (changes, bb_offer_change_new ("other-fields", before->extra, after->extra));
}

const char *
bb_offer_details_get_contact_extra (const BbOfferDetails *self,
                                    const char           *contact_uuid)
{
  g_return_val_if_fail (self != NULL, NULL);

  return contact_uuid != NULL ? g_hash_table_lookup (self->contact_extras, contact_uuid) : NULL;
}

void
bb_offer_details_set_contact_extra (BbOfferDetails *self,
                                    const char     *contact_uuid,
                                    const char     *extra)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (contact_uuid != NULL);

  if (extra == NULL)
    g_hash_table_remove (self->contact_extras, contact_uuid);
  else
    g_hash_table_insert (self->contact_extras, g_strdup (contact_uuid), g_strdup (extra));
}

void
bb_offer_details_add_warning (BbOfferDetails *self,
                              const char     *warning)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (warning != NULL);

  g_ptr_array_add (self->warnings, g_strdup (warning));
}
