/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-offer-location.h"
#include "bb-records.h"

G_DEFINE_BOXED_TYPE (BbAddress, bb_address, bb_address_copy, bb_address_free)
G_DEFINE_BOXED_TYPE (BbAccessibility, bb_accessibility, bb_accessibility_copy, bb_accessibility_free)
G_DEFINE_BOXED_TYPE (BbOfferLocation, bb_offer_location, bb_offer_location_copy,
                     bb_offer_location_free)

BbAddress *
bb_address_new (void)
{
  return g_new0 (BbAddress, 1);
}

BbAddress *
bb_address_copy (const BbAddress *self)
{
  BbAddress *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = bb_address_new ();
  copy->id = g_strdup (self->id);
  copy->attention = g_strdup (self->attention);
  copy->address_1 = g_strdup (self->address_1);
  copy->address_2 = g_strdup (self->address_2);
  copy->city = g_strdup (self->city);
  copy->region = g_strdup (self->region);
  copy->state_province = g_strdup (self->state_province);
  copy->postal_code = g_strdup (self->postal_code);
  copy->country = g_strdup (self->country);
  copy->address_type = g_strdup (self->address_type);
  copy->extra = g_strdup (self->extra);
  return copy;
}

void
bb_address_free (BbAddress *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->attention);
  g_free (self->address_1);
  g_free (self->address_2);
  g_free (self->city);
  g_free (self->region);
  g_free (self->state_province);
  g_free (self->postal_code);
  g_free (self->country);
  g_free (self->address_type);
  g_free (self->extra);
  g_free (self);
}

gboolean
bb_address_equal (const BbAddress *a,
                  const BbAddress *b)
{
  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->attention, b->attention) == 0 &&
         g_strcmp0 (a->address_1, b->address_1) == 0 &&
         g_strcmp0 (a->address_2, b->address_2) == 0 &&
         g_strcmp0 (a->city, b->city) == 0 &&
         g_strcmp0 (a->region, b->region) == 0 &&
         g_strcmp0 (a->state_province, b->state_province) == 0 &&
         g_strcmp0 (a->postal_code, b->postal_code) == 0 &&
         g_strcmp0 (a->country, b->country) == 0 &&
         g_strcmp0 (a->address_type, b->address_type) == 0 &&
         g_strcmp0 (a->extra, b->extra) == 0;
}

BbAccessibility *
bb_accessibility_new (void)
{
  return g_new0 (BbAccessibility, 1);
}

BbAccessibility *
bb_accessibility_copy (const BbAccessibility *self)
{
  BbAccessibility *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = bb_accessibility_new ();
  copy->id = g_strdup (self->id);
  copy->description = g_strdup (self->description);
  copy->details = g_strdup (self->details);
  copy->url = g_strdup (self->url);
  copy->extra = g_strdup (self->extra);
  return copy;
}

void
bb_accessibility_free (BbAccessibility *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->description);
  g_free (self->details);
  g_free (self->url);
  g_free (self->extra);
  g_free (self);
}

gboolean
bb_accessibility_equal (const BbAccessibility *a,
                        const BbAccessibility *b)
{
  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->description, b->description) == 0 &&
         g_strcmp0 (a->details, b->details) == 0 &&
         g_strcmp0 (a->url, b->url) == 0 &&
         g_strcmp0 (a->extra, b->extra) == 0;
}

BbOfferLocation *
bb_offer_location_new (const char *location_type)
{
  BbOfferLocation *self = g_new0 (BbOfferLocation, 1);

  self->location_type = g_strdup (location_type != NULL ? location_type : "physical");
  self->addresses = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_address_free);
  self->phones = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_phone_free);
  self->schedules = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_schedule_free);
  self->accessibility = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_accessibility_free);
  return self;
}

BbOfferLocation *
bb_offer_location_copy (const BbOfferLocation *self)
{
  BbOfferLocation *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (BbOfferLocation, 1);
  copy->link_id = g_strdup (self->link_id);
  copy->id = g_strdup (self->id);
  copy->location_type = g_strdup (self->location_type);
  copy->name = g_strdup (self->name);
  copy->alternate_name = g_strdup (self->alternate_name);
  copy->description = g_strdup (self->description);
  copy->transportation = g_strdup (self->transportation);
  copy->has_coordinates = self->has_coordinates;
  copy->latitude = self->latitude;
  copy->longitude = self->longitude;
  copy->addresses = bb_records_copy (self->addresses, (BbRecordCopyFunc) bb_address_copy,
                                     (GDestroyNotify) bb_address_free);
  copy->phones = bb_records_copy (self->phones, (BbRecordCopyFunc) bb_phone_copy,
                                  (GDestroyNotify) bb_phone_free);
  copy->schedules = bb_records_copy (self->schedules, (BbRecordCopyFunc) bb_schedule_copy,
                                     (GDestroyNotify) bb_schedule_free);
  copy->accessibility = bb_records_copy (self->accessibility, (BbRecordCopyFunc) bb_accessibility_copy,
                                         (GDestroyNotify) bb_accessibility_free);
  copy->extra = g_strdup (self->extra);
  copy->link_extra = g_strdup (self->link_extra);
  return copy;
}

void
bb_offer_location_free (BbOfferLocation *self)
{
  if (self == NULL)
    return;

  g_free (self->link_id);
  g_free (self->id);
  g_free (self->location_type);
  g_free (self->name);
  g_free (self->alternate_name);
  g_free (self->description);
  g_free (self->transportation);
  g_clear_pointer (&self->addresses, g_ptr_array_unref);
  g_clear_pointer (&self->phones, g_ptr_array_unref);
  g_clear_pointer (&self->schedules, g_ptr_array_unref);
  g_clear_pointer (&self->accessibility, g_ptr_array_unref);
  g_free (self->extra);
  g_free (self->link_extra);
  g_free (self);
}

gboolean
bb_offer_location_equal (const BbOfferLocation *a,
                         const BbOfferLocation *b)
{
  return g_strcmp0 (a->link_id, b->link_id) == 0 &&
         g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->location_type, b->location_type) == 0 &&
         g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->alternate_name, b->alternate_name) == 0 &&
         g_strcmp0 (a->description, b->description) == 0 &&
         g_strcmp0 (a->transportation, b->transportation) == 0 &&
         a->has_coordinates == b->has_coordinates &&
         (!a->has_coordinates ||
          (a->latitude == b->latitude && a->longitude == b->longitude)) &&
         bb_records_equal (a->addresses, b->addresses, (BbRecordEqualFunc) bb_address_equal) &&
         bb_records_equal (a->phones, b->phones, (BbRecordEqualFunc) bb_phone_equal) &&
         bb_records_equal (a->schedules, b->schedules, (BbRecordEqualFunc) bb_schedule_equal) &&
         bb_records_equal (a->accessibility, b->accessibility, (BbRecordEqualFunc) bb_accessibility_equal) &&
         g_strcmp0 (a->extra, b->extra) == 0 &&
         g_strcmp0 (a->link_extra, b->link_extra) == 0;
}

char *
bb_offer_location_to_string (const BbOfferLocation *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const BbAddress *address;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->name != NULL)
    g_ptr_array_add (parts, g_strdup (self->name));

  address = self->addresses->len > 0 ? g_ptr_array_index (self->addresses, 0) : NULL;
  if (address != NULL)
    {
      g_autofree char *city = g_strjoin (" ",
                                         address->postal_code != NULL ? address->postal_code : "",
                                         address->city != NULL ? address->city : "",
                                         NULL);

      if (address->address_1 != NULL)
        g_ptr_array_add (parts, g_strdup (address->address_1));
      g_strstrip (city);
      if (*city != '\0')
        g_ptr_array_add (parts, g_steal_pointer (&city));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}
