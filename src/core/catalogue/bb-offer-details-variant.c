/* SPDX-License-Identifier: GPL-3.0-or-later */

/* An offer's child records (phones, places with their addresses, phones and
 * schedules, schedules, terms, contact persons' extras) as a GVariant and back, for
 * the snapshot an import's undo puts back. One table of fields per record type, so
 * a field added to a struct is added here once and both directions follow. A record
 * is an "av" of its fields in the table's order; a reader of an older snapshot
 * takes the fields it has and leaves the rest unset. */

#include "bb-import-private.h"
#include "bb-offer-details.h"

typedef enum
{
  KIND_TEXT,
  KIND_INT64,
  KIND_DOUBLE,
  KIND_BOOLEAN,
  KIND_RECORDS,
} Kind;

typedef struct _RecordType RecordType;

typedef struct
{
  Kind              kind;
  gsize             offset;
  const RecordType *records;   /* for KIND_RECORDS */
} Field;

struct _RecordType
{
  const Field    *fields;
  gsize           n_fields;
  gpointer      (*new_record) (void);
  GDestroyNotify  free_record;
};

#define TEXT(type, member)    { KIND_TEXT, G_STRUCT_OFFSET (type, member), NULL }
#define INT64(type, member)   { KIND_INT64, G_STRUCT_OFFSET (type, member), NULL }
#define DOUBLE(type, member)  { KIND_DOUBLE, G_STRUCT_OFFSET (type, member), NULL }
#define BOOLEAN(type, member) { KIND_BOOLEAN, G_STRUCT_OFFSET (type, member), NULL }
#define RECORDS(type, member, records) { KIND_RECORDS, G_STRUCT_OFFSET (type, member), &records }

static gpointer new_phone (void) { return bb_phone_new (NULL); }
static gpointer new_schedule (void) { return bb_schedule_new (); }
static gpointer new_address (void) { return bb_address_new (); }
static gpointer new_location (void) { return bb_offer_location_new (NULL); }
static gpointer new_accessibility (void) { return bb_accessibility_new (); }
static gpointer new_term (void) { return bb_term_new (NULL); }

static const Field phone_fields[] = {
  TEXT (BbPhone, id), TEXT (BbPhone, number), INT64 (BbPhone, extension), TEXT (BbPhone, type),
  TEXT (BbPhone, description), TEXT (BbPhone, extra),
};
static const RecordType phone_type = {
  phone_fields, G_N_ELEMENTS (phone_fields), new_phone, (GDestroyNotify) bb_phone_free
};

static const Field schedule_fields[] = {
  TEXT (BbSchedule, id), TEXT (BbSchedule, freq), INT64 (BbSchedule, interval),
  TEXT (BbSchedule, byday), TEXT (BbSchedule, bymonthday), TEXT (BbSchedule, opens_at),
  TEXT (BbSchedule, closes_at), TEXT (BbSchedule, valid_from), TEXT (BbSchedule, valid_to),
  TEXT (BbSchedule, description), TEXT (BbSchedule, notes), TEXT (BbSchedule, extra),
};
static const RecordType schedule_type = {
  schedule_fields, G_N_ELEMENTS (schedule_fields), new_schedule, (GDestroyNotify) bb_schedule_free
};

static const Field address_fields[] = {
  TEXT (BbAddress, id), TEXT (BbAddress, attention), TEXT (BbAddress, address_1),
  TEXT (BbAddress, address_2), TEXT (BbAddress, city), TEXT (BbAddress, region),
  TEXT (BbAddress, state_province), TEXT (BbAddress, postal_code), TEXT (BbAddress, country),
  TEXT (BbAddress, address_type), TEXT (BbAddress, extra),
};
static const RecordType address_type = {
  address_fields, G_N_ELEMENTS (address_fields), new_address, (GDestroyNotify) bb_address_free
};

static const Field accessibility_fields[] = {
  TEXT (BbAccessibility, id), TEXT (BbAccessibility, description), TEXT (BbAccessibility, details),
  TEXT (BbAccessibility, url), TEXT (BbAccessibility, extra),
};
static const RecordType accessibility_type = {
  accessibility_fields, G_N_ELEMENTS (accessibility_fields), new_accessibility,
  (GDestroyNotify) bb_accessibility_free
};

/* The accessibility last: snapshots from before it read as they did. */
static const Field location_fields[] = {
  TEXT (BbOfferLocation, link_id), TEXT (BbOfferLocation, id), TEXT (BbOfferLocation, location_type),
  TEXT (BbOfferLocation, name), TEXT (BbOfferLocation, alternate_name),
  TEXT (BbOfferLocation, description), TEXT (BbOfferLocation, transportation),
  BOOLEAN (BbOfferLocation, has_coordinates), DOUBLE (BbOfferLocation, latitude),
  DOUBLE (BbOfferLocation, longitude), RECORDS (BbOfferLocation, addresses, address_type),
  RECORDS (BbOfferLocation, phones, phone_type), RECORDS (BbOfferLocation, schedules, schedule_type),
  TEXT (BbOfferLocation, extra), TEXT (BbOfferLocation, link_extra),
  RECORDS (BbOfferLocation, accessibility, accessibility_type),
};
static const RecordType location_type = {
  location_fields, G_N_ELEMENTS (location_fields), new_location, (GDestroyNotify) bb_offer_location_free
};

static const Field term_fields[] = {
  TEXT (BbTerm, attribute_id), TEXT (BbTerm, id), TEXT (BbTerm, taxonomy), TEXT (BbTerm, code),
  TEXT (BbTerm, name), TEXT (BbTerm, description), TEXT (BbTerm, extra),
};
static const RecordType term_type = {
  term_fields, G_N_ELEMENTS (term_fields), new_term, (GDestroyNotify) bb_term_free
};

/* The details' own lists, in the order of the snapshot's tuple. */
static const Field details_fields[] = {
  RECORDS (BbOfferDetails, phones, phone_type), RECORDS (BbOfferDetails, schedules, schedule_type),
  RECORDS (BbOfferDetails, locations, location_type), RECORDS (BbOfferDetails, terms, term_type),
};

#define MEMBER(record, field, type) ((type *) ((guint8 *) (record) + (field)->offset))

static GVariant *records_to_variant (GPtrArray        *records,
                                     const RecordType *type);

static GVariant *
field_to_variant (gconstpointer  record,
                  const Field   *field)
{
  switch (field->kind)
    {
    case KIND_TEXT:
      return g_variant_new ("ms", *MEMBER (record, field, char *));
    case KIND_INT64:
      return g_variant_new_int64 (*MEMBER (record, field, gint64));
    case KIND_DOUBLE:
      return g_variant_new_double (*MEMBER (record, field, double));
    case KIND_BOOLEAN:
      return g_variant_new_boolean (*MEMBER (record, field, gboolean));
    case KIND_RECORDS:
    default:
      return records_to_variant (*MEMBER (record, field, GPtrArray *), field->records);
    }
}

static GVariant *
records_to_variant (GPtrArray        *records,
                    const RecordType *type)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("aav"));
  for (guint i = 0; i < records->len; i++)
    {
      g_variant_builder_open (&builder, G_VARIANT_TYPE ("av"));
      for (gsize f = 0; f < type->n_fields; f++)
        g_variant_builder_add (&builder, "v", field_to_variant (records->pdata[i], &type->fields[f]));
      g_variant_builder_close (&builder);
    }

  return g_variant_builder_end (&builder);
}

static GPtrArray *records_from_variant (GVariant         *variant,
                                        const RecordType *type);

/* A value of another type than the field's is left as the new record has it. */
static void
field_from_variant (gpointer     record,
                    const Field *field,
                    GVariant    *value)
{
  switch (field->kind)
    {
    case KIND_TEXT:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE ("ms")))
        {
          const char *text = NULL;

          g_variant_get (value, "m&s", &text);
          g_free (*MEMBER (record, field, char *));
          *MEMBER (record, field, char *) = g_strdup (text);
        }
      break;
    case KIND_INT64:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        *MEMBER (record, field, gint64) = g_variant_get_int64 (value);
      break;
    case KIND_DOUBLE:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
        *MEMBER (record, field, double) = g_variant_get_double (value);
      break;
    case KIND_BOOLEAN:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
        *MEMBER (record, field, gboolean) = g_variant_get_boolean (value);
      break;
    case KIND_RECORDS:
    default:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE ("aav")))
        {
          g_ptr_array_unref (*MEMBER (record, field, GPtrArray *));
          *MEMBER (record, field, GPtrArray *) = records_from_variant (value, field->records);
        }
      break;
    }
}

static GPtrArray *
records_from_variant (GVariant         *variant,
                      const RecordType *type)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (type->free_record);
  gsize n_records = g_variant_n_children (variant);

  for (gsize i = 0; i < n_records; i++)
    {
      g_autoptr(GVariant) fields = g_variant_get_child_value (variant, i);
      gpointer record = type->new_record ();
      gsize n_fields = MIN (g_variant_n_children (fields), type->n_fields);

      for (gsize f = 0; f < n_fields; f++)
        {
          g_autoptr(GVariant) boxed = g_variant_get_child_value (fields, f);
          g_autoptr(GVariant) value = g_variant_get_variant (boxed);

          field_from_variant (record, &type->fields[f], value);
        }
      g_ptr_array_add (records, record);
    }

  return records;
}

GVariant *
_bb_offer_details_records_to_variant (const BbOfferDetails *details)
{
  GVariantBuilder builder;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (details != NULL, NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("av"));
  for (gsize f = 0; f < G_N_ELEMENTS (details_fields); f++)
    g_variant_builder_add (&builder, "v", field_to_variant (details, &details_fields[f]));

  {
    GVariantBuilder extras;

    g_variant_builder_init (&extras, G_VARIANT_TYPE ("a{ss}"));
    g_hash_table_iter_init (&iter, details->contact_extras);
    while (g_hash_table_iter_next (&iter, &key, &value))
      g_variant_builder_add (&extras, "{ss}", key, value);
    g_variant_builder_add (&builder, "v", g_variant_builder_end (&extras));
  }

  return g_variant_builder_end (&builder);
}

void
_bb_offer_details_records_from_variant (BbOfferDetails *details,
                                        GVariant       *variant)
{
  gsize n_fields;

  g_return_if_fail (details != NULL);
  g_return_if_fail (g_variant_is_of_type (variant, G_VARIANT_TYPE ("av")));

  n_fields = MIN (g_variant_n_children (variant), G_N_ELEMENTS (details_fields) + 1);
  for (gsize f = 0; f < n_fields; f++)
    {
      g_autoptr(GVariant) boxed = g_variant_get_child_value (variant, f);
      g_autoptr(GVariant) value = g_variant_get_variant (boxed);

      if (f < G_N_ELEMENTS (details_fields))
        field_from_variant (details, &details_fields[f], value);
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE ("a{ss}")))
        {
          GVariantIter iter;
          const char *uuid, *extra;

          g_hash_table_remove_all (details->contact_extras);
          g_variant_iter_init (&iter, value);
          while (g_variant_iter_next (&iter, "{&s&s}", &uuid, &extra))
            bb_offer_details_set_contact_extra (details, uuid, extra);
        }
    }
}
