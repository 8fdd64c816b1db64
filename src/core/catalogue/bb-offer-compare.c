/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gi18n-lib.h>

#include "bb-offer.h"
#include "bb-offer-change.h"
#include "bb-text.h"
#include "bb-validate.h"

/* What is done with an offer as a whole: copying it, naming its lists, checking it
 * before it is saved, and telling what changed between two versions. Only the public
 * accessors are used, so the fields stay private to bb-offer.c. */

#define AGE_LIMIT 130

G_DEFINE_QUARK (bb-offer-error-quark, bb_offer_error)

/* bb_text_is_blank () walks the text by characters, which is only safe on valid
 * UTF-8; broken text is not blank, it is wrong in another way. */
static gboolean
is_blank (const char *text)
{
  return text == NULL || (g_utf8_validate (text, -1, NULL) && bb_text_is_blank (text));
}

static void
copy_store (GListStore *from,
            GListStore *to,
            gpointer  (*copy_func) (gpointer item))
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (from));
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (from), i);

      g_ptr_array_add (items, copy_func (item));
    }

  g_list_store_splice (to, 0, g_list_model_get_n_items (G_LIST_MODEL (to)),
                       items->pdata, items->len);
}

static char *
dup_joined (GListStore   *store,
            const char *(*get_name) (gpointer item),
            const char   *separator)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_items = g_list_model_get_n_items (model);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append (str, separator);
      g_string_append (str, get_name (item));
    }

  return g_string_free (str, FALSE);
}

static const char *
get_target_group_name (gpointer item)
{
  return bb_target_group_get_name (item);
}

static const char *
get_step_name (gpointer item)
{
  return bb_step_get_name (item);
}

static gpointer
copy_target_group (gpointer item)
{
  return bb_target_group_copy (item);
}

static gpointer
copy_step (gpointer item)
{
  return bb_step_copy (item);
}

static gpointer
copy_contact (gpointer item)
{
  return bb_contact_copy (item);
}

static char *
dup_contacts_text (BbOffer *self)
{
  GListModel *model = G_LIST_MODEL (bb_offer_get_contacts (self));
  guint n_items = g_list_model_get_n_items (model);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (model, i);
      g_autofree char *text = bb_contact_to_string (contact);

      if (i > 0)
        g_string_append (str, "; ");
      g_string_append (str, text);
    }

  return g_string_free (str, FALSE);
}

/**
 * bb_offer_copy:
 *
 * Copies every field, the provider and each target group, step and contact, so
 * that editing the copy cannot reach the original.
 *
 * Returns: (transfer full): a copy with the same id and uuid
 */
BbOffer *
bb_offer_copy (BbOffer *self)
{
  BbOffer *copy;
  BbProvider *provider;

  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  copy = bb_offer_new ();
  bb_offer_set_id (copy, bb_offer_get_id (self));
  bb_offer_set_uuid (copy, bb_offer_get_uuid (self));
  bb_offer_set_title (copy, bb_offer_get_title (self));
  bb_offer_set_summary (copy, bb_offer_get_summary (self));
  bb_offer_set_description (copy, bb_offer_get_description (self));
  provider = bb_offer_get_provider (self);
  if (provider != NULL)
    {
      g_autoptr(BbProvider) provider_copy = bb_provider_copy (provider);

      bb_offer_set_provider (copy, provider_copy);
    }
  bb_offer_set_legal_basis (copy, bb_offer_get_legal_basis (self));
  bb_offer_set_age_min (copy, bb_offer_get_age_min (self));
  bb_offer_set_age_max (copy, bb_offer_get_age_max (self));
  bb_offer_set_access (copy, bb_offer_get_access (self));
  bb_offer_set_capacity (copy, bb_offer_get_capacity (self));
  bb_offer_set_waiting_weeks (copy, bb_offer_get_waiting_weeks (self));
  bb_offer_set_location (copy, bb_offer_get_location (self));
  bb_offer_set_opening_hours (copy, bb_offer_get_opening_hours (self));
  bb_offer_set_status (copy, bb_offer_get_status (self));
  bb_offer_set_reviewed (copy, bb_offer_get_reviewed (self));
  bb_offer_set_keywords (copy, bb_offer_get_keywords (self));
  bb_offer_set_created (copy, bb_offer_get_created (self));
  bb_offer_set_modified (copy, bb_offer_get_modified (self));

  copy_store (bb_offer_get_target_groups (self), bb_offer_get_target_groups (copy),
              copy_target_group);
  copy_store (bb_offer_get_steps (self), bb_offer_get_steps (copy), copy_step);
  copy_store (bb_offer_get_contacts (self), bb_offer_get_contacts (copy), copy_contact);
  bb_offer_set_details (copy, bb_offer_get_details (self));

  return copy;
}

/* The records of a duplicate are its own, so a file does not get two of one id; the
 * places keep theirs, since two offers can be given at the same place. */
static void
forget_record_ids (BbOfferDetails *details)
{
  for (guint i = 0; i < details->phones->len; i++)
    g_clear_pointer (&((BbPhone *) g_ptr_array_index (details->phones, i))->id, g_free);
  for (guint i = 0; i < details->schedules->len; i++)
    g_clear_pointer (&((BbSchedule *) g_ptr_array_index (details->schedules, i))->id, g_free);
  for (guint i = 0; i < details->terms->len; i++)
    g_clear_pointer (&((BbTerm *) g_ptr_array_index (details->terms, i))->attribute_id, g_free);
  for (guint i = 0; i < details->locations->len; i++)
    {
      BbOfferLocation *location = g_ptr_array_index (details->locations, i);

      g_clear_pointer (&location->link_id, g_free);
      for (guint j = 0; j < location->schedules->len; j++)
        g_clear_pointer (&((BbSchedule *) g_ptr_array_index (location->schedules, j))->id, g_free);
    }
}

/**
 * bb_offer_duplicate:
 *
 * The provider, target groups and steps keep their ids (they are shared with
 * other offers); the contacts belong to this offer alone and become new ones.
 *
 * Returns: (transfer full): a new, unsaved offer with the same content
 */
BbOffer *
bb_offer_duplicate (BbOffer *self)
{
  g_autoptr(BbOffer) copy = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *title = NULL;
  BbOfferDetails *details;
  GListModel *contacts;
  guint n_contacts;

  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  copy = bb_offer_copy (self);
  uuid = g_uuid_string_random ();
  bb_offer_set_id (copy, 0);
  bb_offer_set_uuid (copy, uuid);
  bb_offer_set_reviewed (copy, NULL);
  bb_offer_set_created (copy, NULL);
  bb_offer_set_modified (copy, NULL);

  /* TRANSLATORS: the title of a duplicated offer; %s is the original title */
  title = g_strdup_printf (_("%s (copy)"), bb_offer_get_title (self));
  bb_offer_set_title (copy, title);

  contacts = G_LIST_MODEL (bb_offer_get_contacts (copy));
  n_contacts = g_list_model_get_n_items (contacts);
  details = bb_offer_get_details (copy);
  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *contact_uuid = g_uuid_string_random ();
      g_autofree char *extra = g_strdup (bb_offer_details_get_contact_extra (details,
                                                                             bb_contact_get_uuid (contact)));

      bb_offer_details_set_contact_extra (details, bb_contact_get_uuid (contact), NULL);
      bb_contact_set_id (contact, 0);
      bb_contact_set_uuid (contact, contact_uuid);
      if (extra != NULL)
        bb_offer_details_set_contact_extra (details, contact_uuid, extra);
    }

  forget_record_ids (details);
  g_ptr_array_set_size (details->history, 0);

  return g_steal_pointer (&copy);
}

char *
bb_offer_dup_target_group_names (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return dup_joined (bb_offer_get_target_groups (self), get_target_group_name, ", ");
}

char *
bb_offer_dup_step_names (BbOffer *self)
{
  g_return_val_if_fail (BB_IS_OFFER (self), NULL);

  return dup_joined (bb_offer_get_steps (self), get_step_name, ", ");
}

/**
 * bb_offer_is_stale:
 * @today: (nullable): the day to judge from, or NULL for the local date now
 *
 * A review date that cannot be read counts as no review.
 */
gboolean
bb_offer_is_stale (BbOffer *self,
                   GDate   *today)
{
  const char *r;
  GDate due;
  GDate now;

  g_return_val_if_fail (BB_IS_OFFER (self), FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);

  r = bb_offer_get_reviewed (self);
  if (r == NULL || !bb_validate_date (r))
    return TRUE;

  g_date_clear (&due, 1);
  g_date_set_dmy (&due,
                  (GDateDay) ((r[8] - '0') * 10 + (r[9] - '0')),
                  (GDateMonth) ((r[5] - '0') * 10 + (r[6] - '0')),
                  (GDateYear) ((r[0] - '0') * 1000 + (r[1] - '0') * 100 +
                               (r[2] - '0') * 10 + (r[3] - '0')));
  g_date_add_months (&due, BB_OFFER_STALE_MONTHS);

  if (today == NULL)
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }

  return g_date_compare (&due, today) <= 0;
}

/**
 * bb_offer_validate:
 *
 * Reports the first problem only, in the order of the form, so the user can
 * fix one thing at a time.
 *
 * Returns: TRUE when the offer can be saved
 */
gboolean
bb_offer_validate (BbOffer  *self,
                   GError  **error)
{
  BbProvider *provider;
  const char *reviewed;
  GListModel *contacts;
  guint n_contacts;
  int age_min;
  int age_max;

  g_return_val_if_fail (BB_IS_OFFER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  provider = bb_offer_get_provider (self);
  reviewed = bb_offer_get_reviewed (self);
  age_min = bb_offer_get_age_min (self);
  age_max = bb_offer_get_age_max (self);

  if (is_blank (bb_offer_get_title (self)))
    {
      g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                           _("The title is required."));
      return FALSE;
    }

  if (provider == NULL || is_blank (bb_provider_get_name (provider)))
    {
      g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                           _("Choose or enter the provider."));
      return FALSE;
    }

  if (age_min > AGE_LIMIT || age_max > AGE_LIMIT)
    {
      g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                           _("Ages must be between 0 and 130."));
      return FALSE;
    }

  if (age_min != -1 && age_max != -1 && age_min > age_max)
    {
      g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                           _("The lowest age must not be above the highest."));
      return FALSE;
    }

  /* Capacity and waiting time cannot be below -1 (unset): the setters refuse it. */

  if (reviewed != NULL && !bb_validate_date (reviewed))
    {
      g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                           _("The review date must be a real date written YYYY-MM-DD."));
      return FALSE;
    }

  contacts = G_LIST_MODEL (bb_offer_get_contacts (self));
  n_contacts = g_list_model_get_n_items (contacts);

  /* Names first: the messages below name the contact. */
  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

      if (is_blank (bb_contact_get_name (contact)))
        {
          g_set_error_literal (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                               _("Every contact person needs a name."));
          return FALSE;
        }
    }

  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

      if (!bb_validate_email (bb_contact_get_email (contact)))
        {
          /* TRANSLATORS: %s is the name of a contact person */
          g_set_error (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                       _("The e-mail address of %s does not look right."),
                       bb_contact_get_name (contact));
          return FALSE;
        }

      if (!bb_validate_phone (bb_contact_get_phone (contact)))
        {
          /* TRANSLATORS: %s is the name of a contact person */
          g_set_error (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID,
                       _("The phone number of %s does not look right."),
                       bb_contact_get_name (contact));
          return FALSE;
        }
    }

  return TRUE;
}

/* History keeps "nothing" as NULL, whether it was an empty text or an unset number. */
static char *
text_or_null (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return NULL;

  return g_strdup (text);
}

static char *
number_or_null (int number)
{
  if (number < 0)
    return NULL;

  return g_strdup_printf ("%d", number);
}

/* A route the source did not state is a value of its own, so stating one is a change. */
static char *
access_text (BbOffer *self)
{
  if (!bb_offer_get_details (self)->access_stated)
    return g_strdup (_("Not stated"));

  return g_strdup (bb_access_get_label (bb_offer_get_access (self)));
}

static char *
provider_text (BbOffer *self)
{
  BbProvider *provider = bb_offer_get_provider (self);

  if (provider == NULL)
    return NULL;

  return text_or_null (bb_provider_get_name (provider));
}

static char *
steal_text_or_null (char *text)
{
  if (text != NULL && text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static void
add_change (GPtrArray  *changes,
            const char *field,
            char       *old_value,
            char       *new_value)
{
  g_autofree char *old_owned = old_value;
  g_autofree char *new_owned = new_value;

  if (g_strcmp0 (old_owned, new_owned) != 0)
    g_ptr_array_add (changes, bb_offer_change_new (field, old_owned, new_owned));
}

/**
 * bb_offer_diff:
 * @before: (nullable): the offer as it was saved, or NULL for a new offer
 * @after: the offer as it is about to be saved
 *
 * Returns: (transfer full) (element-type BbOfferChange): the changed fields in form
 *   order; empty for a new offer, whose history the store starts with "created"
 */
GPtrArray *
bb_offer_diff (BbOffer *before,
               BbOffer *after)
{
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (before == NULL || BB_IS_OFFER (before), NULL);
  g_return_val_if_fail (BB_IS_OFFER (after), NULL);

  changes = g_ptr_array_new_with_free_func (g_object_unref);

  if (before == NULL)
    return g_steal_pointer (&changes);

#define TEXT(field) text_or_null (bb_offer_get_##field (before)), \
                    text_or_null (bb_offer_get_##field (after))
#define NUMBER(field) number_or_null (bb_offer_get_##field (before)), \
                      number_or_null (bb_offer_get_##field (after))

  add_change (changes, "title", TEXT (title));
  add_change (changes, "summary", TEXT (summary));
  add_change (changes, "description", TEXT (description));
  add_change (changes, "provider", provider_text (before), provider_text (after));
  add_change (changes, "legal-basis", TEXT (legal_basis));
  add_change (changes, "age-min", NUMBER (age_min));
  add_change (changes, "age-max", NUMBER (age_max));
  add_change (changes, "access", access_text (before), access_text (after));
  add_change (changes, "capacity", NUMBER (capacity));
  add_change (changes, "waiting-weeks", NUMBER (waiting_weeks));
  add_change (changes, "location", TEXT (location));
  add_change (changes, "opening-hours", TEXT (opening_hours));
  add_change (changes, "status",
              g_strdup (bb_offer_status_get_label (bb_offer_get_status (before))),
              g_strdup (bb_offer_status_get_label (bb_offer_get_status (after))));
  add_change (changes, "reviewed", TEXT (reviewed));
  add_change (changes, "keywords", TEXT (keywords));
  add_change (changes, "target-groups",
              steal_text_or_null (bb_offer_dup_target_group_names (before)),
              steal_text_or_null (bb_offer_dup_target_group_names (after)));
  add_change (changes, "steps",
              steal_text_or_null (bb_offer_dup_step_names (before)),
              steal_text_or_null (bb_offer_dup_step_names (after)));
  add_change (changes, "contacts",
              steal_text_or_null (dup_contacts_text (before)),
              steal_text_or_null (dup_contacts_text (after)));
  bb_offer_details_diff (bb_offer_get_details (before), bb_offer_get_details (after), changes);

#undef TEXT
#undef NUMBER

  return g_steal_pointer (&changes);
}
