/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <json-glib/json-glib.h>

#include "bb-provider.h"
#include "bb-records.h"
#include "bb-text.h"

struct _BbProvider
{
  GObject   parent_instance;

  gint64    id;
  char     *uuid;
  char     *name;
  BbSector  sector;
  char     *department;
  char     *website;
  char     *email;
  char     *phone;
  GPtrArray *phones;

  char     *description;
  char     *legal_status;
  char     *tax_id;
  char     *extra;
  gboolean  sector_stated;
  gboolean  keyed;
};

G_DEFINE_FINAL_TYPE (BbProvider, bb_provider, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_SECTOR,
  PROP_DEPARTMENT,
  PROP_WEBSITE,
  PROP_EMAIL,
  PROP_PHONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_provider_finalize (GObject *object)
{
  BbProvider *self = (BbProvider *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->department, g_free);
  g_clear_pointer (&self->website, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->phones, g_ptr_array_unref);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->legal_status, g_free);
  g_clear_pointer (&self->tax_id, g_free);
  g_clear_pointer (&self->extra, g_free);

  G_OBJECT_CLASS (bb_provider_parent_class)->finalize (object);
}

static void
bb_provider_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BbProvider *self = BB_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SECTOR:
      g_value_set_int (value, self->sector);
      break;

    case PROP_DEPARTMENT:
      g_value_set_string (value, self->department);
      break;

    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_provider_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BbProvider *self = BB_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ID:
      bb_provider_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      bb_provider_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      bb_provider_set_name (self, g_value_get_string (value));
      break;

    case PROP_SECTOR:
      bb_provider_set_sector (self, g_value_get_int (value));
      break;

    case PROP_DEPARTMENT:
      bb_provider_set_department (self, g_value_get_string (value));
      break;

    case PROP_WEBSITE:
      bb_provider_set_website (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      bb_provider_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      bb_provider_set_phone (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_provider_class_init (BbProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_provider_finalize;
  object_class->get_property = bb_provider_get_property;
  object_class->set_property = bb_provider_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_SECTOR] =
    g_param_spec_int ("sector", NULL, NULL,
                      0, BB_SECTOR_COUNT - 1, BB_SECTOR_MUNICIPALITY,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_DEPARTMENT] =
    g_param_spec_string ("department", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_provider_init (BbProvider *self)
{
  self->uuid = g_uuid_string_random ();
  self->name = g_strdup ("");
  self->sector = BB_SECTOR_MUNICIPALITY;
  self->department = g_strdup ("");
  self->website = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  /* A new provider has no phones, and that is known. */
  self->phones = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_phone_free);
  self->description = g_strdup ("");
  self->legal_status = g_strdup ("");
  self->tax_id = g_strdup ("");
  self->extra = g_strdup ("");
  self->sector_stated = TRUE;
}

BbProvider *
bb_provider_new (const char *name)
{
  return g_object_new (BB_TYPE_PROVIDER,
                       "name", name,
                       NULL);
}

/**
 * bb_provider_copy:
 *
 * Returns: (transfer full): a new provider with the same id, uuid and fields
 */
BbProvider *
bb_provider_copy (BbProvider *self)
{
  BbProvider *copy;

  g_return_val_if_fail (BB_IS_PROVIDER (self), NULL);

  copy = g_object_new (BB_TYPE_PROVIDER, NULL);
  copy->id = self->id;
  bb_text_set (&copy->uuid, self->uuid);
  bb_text_set (&copy->name, self->name);
  copy->sector = self->sector;
  bb_text_set (&copy->department, self->department);
  bb_text_set (&copy->website, self->website);
  bb_text_set (&copy->email, self->email);
  bb_text_set (&copy->phone, self->phone);
  bb_provider_set_phones (copy, self->phones);
  bb_text_set (&copy->description, self->description);
  bb_text_set (&copy->legal_status, self->legal_status);
  bb_text_set (&copy->tax_id, self->tax_id);
  bb_text_set (&copy->extra, self->extra);
  copy->sector_stated = self->sector_stated;
  copy->keyed = self->keyed;

  return copy;
}

gint64
bb_provider_get_id (BbProvider *self)
{
  g_return_val_if_fail (BB_IS_PROVIDER (self), 0);

  return self->id;
}

void
bb_provider_set_id (BbProvider *self,
                    gint64      id)
{
  g_return_if_fail (BB_IS_PROVIDER (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
bb_provider_get_uuid (BbProvider *self)
{
  g_return_val_if_fail (BB_IS_PROVIDER (self), NULL);

  return self->uuid;
}

void
bb_provider_set_uuid (BbProvider *self,
                      const char *uuid)
{
  g_return_if_fail (BB_IS_PROVIDER (self));

  if (bb_text_set (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
bb_provider_get_name (BbProvider *self)
{
  g_return_val_if_fail (BB_IS_PROVIDER (self), NULL);

  return self->name;
}

void
bb_provider_set_name (BbProvider *self,
                      const char *name)
{
  g_return_if_fail (BB_IS_PROVIDER (self));

  if (bb_text_set (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

BbSector
bb_provider_get_sector (BbProvider *self)
{
  g_return_val_if_fail (BB_IS_PROVIDER (self), BB_SECTOR_MUNICIPALITY);

  return self->sector;
}

void
bb_provider_set_sector (BbProvider *self,
                        BbSector    sector)
{
  g_return_if_fail (BB_IS_PROVIDER (self));
  g_return_if_fail ((guint) sector < BB_SECTOR_COUNT);

  if (self->sector == sector)
    return;

  self->sector = sector;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR]);
}

const char *
bb_provider_get_department (BbProvider *self)
{
  g_return_val_if_fail (BB_IS_PROVIDER (self), NULL);

  return self->department;
}

void
bb_provider_set_department (BbProvider *self,
                            const char *department)
{
  g_return_if_fail (BB_IS_PROVIDER (self));

  if (bb_text_set (&self->department, department))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT]);
}

const char *
bb_provider_get_website (BbProvider *self)
{
  g_return_val_if_fail (BB_IS_PROVIDER (self), NULL);

  return self->website;
}

void
bb_provider_set_website (BbProvider *self,
                         const char *website)
{
  g_return_if_fail (BB_IS_PROVIDER (self));

  if (bb_text_set (&self->website, website))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEBSITE]);
}

const char *
bb_provider_get_email (BbProvider *self)
{
  g_return_val_if_fail (BB_IS_PROVIDER (self), NULL);

  return self->email;
}

void
bb_provider_set_email (BbProvider *self,
                       const char *email)
{
  g_return_if_fail (BB_IS_PROVIDER (self));

  if (bb_text_set (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
bb_provider_get_phone (BbProvider *self)
{
  g_return_val_if_fail (BB_IS_PROVIDER (self), NULL);

  return self->phone;
}

void
bb_provider_set_phone (BbProvider *self,
                       const char *phone)
{
  g_return_if_fail (BB_IS_PROVIDER (self));

  if (!bb_text_set (&self->phone, phone))
    return;

  if (self->phones != NULL && *self->phone == '\0' && self->phones->len > 0)
    g_ptr_array_remove_index (self->phones, 0);
  else if (self->phones != NULL && self->phones->len == 0 && *self->phone != '\0')
    g_ptr_array_add (self->phones, bb_phone_new (self->phone));
  else if (self->phones != NULL && *self->phone != '\0')
    {
      BbPhone *first = g_ptr_array_index (self->phones, 0);

      g_free (first->number);
      first->number = g_strdup (self->phone);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

GPtrArray *
bb_provider_get_phones (BbProvider *self)
{
  g_return_val_if_fail (BB_IS_PROVIDER (self), NULL);

  return self->phones;
}

void
bb_provider_set_phones (BbProvider *self,
                        GPtrArray  *phones)
{
  const char *first;

  g_return_if_fail (BB_IS_PROVIDER (self));

  if (phones == self->phones)
    return;

  g_clear_pointer (&self->phones, g_ptr_array_unref);
  if (phones == NULL)
    return;

  self->phones = bb_records_copy (phones, (BbRecordCopyFunc) bb_phone_copy,
                                  (GDestroyNotify) bb_phone_free);
  first = phones->len > 0 ? ((BbPhone *) g_ptr_array_index (phones, 0))->number : "";
  if (bb_text_set (&self->phone, first))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

/* Phones not loaded are no different from any: nothing was said of them. */
gboolean
bb_provider_phones_equal (BbProvider *a,
                          BbProvider *b)
{
  g_return_val_if_fail (BB_IS_PROVIDER (a) && BB_IS_PROVIDER (b), FALSE);

  if (a->phones == NULL || b->phones == NULL)
    return TRUE;

  return bb_records_equal (a->phones, b->phones, (BbRecordEqualFunc) bb_phone_equal);
}

#define DEFINE_TEXT_ACCESSORS(field) \
  const char * \
  bb_provider_get_##field (BbProvider *self) \
  { \
    g_return_val_if_fail (BB_IS_PROVIDER (self), NULL); \
    return self->field; \
  } \
  void \
  bb_provider_set_##field (BbProvider *self, \
                           const char *field) \
  { \
    g_return_if_fail (BB_IS_PROVIDER (self)); \
    bb_text_set (&self->field, field); \
  }

DEFINE_TEXT_ACCESSORS (description)
DEFINE_TEXT_ACCESSORS (legal_status)
DEFINE_TEXT_ACCESSORS (tax_id)
DEFINE_TEXT_ACCESSORS (extra)

#undef DEFINE_TEXT_ACCESSORS

gboolean
bb_provider_get_sector_stated (BbProvider *self)
{
  g_return_val_if_fail (BB_IS_PROVIDER (self), TRUE);

  return self->sector_stated;
}

void
bb_provider_set_sector_stated (BbProvider *self,
                               gboolean    sector_stated)
{
  g_return_if_fail (BB_IS_PROVIDER (self));

  self->sector_stated = !!sector_stated;
}

gboolean
bb_provider_get_keyed (BbProvider *self)
{
  g_return_val_if_fail (BB_IS_PROVIDER (self), FALSE);

  return self->keyed;
}

void
bb_provider_set_keyed (BbProvider *self,
                       gboolean    keyed)
{
  g_return_if_fail (BB_IS_PROVIDER (self));

  self->keyed = !!keyed;
}

gboolean
bb_provider_details_equal (BbProvider *a,
                           BbProvider *b)
{
  g_return_val_if_fail (BB_IS_PROVIDER (a) && BB_IS_PROVIDER (b), FALSE);

  return bb_provider_phones_equal (a, b) &&
         g_strcmp0 (a->legal_status, b->legal_status) == 0 &&
         g_strcmp0 (a->tax_id, b->tax_id) == 0;
}

static const char *
get_member_text (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

char *
bb_provider_dup_identifiers (BbProvider *self)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  JsonNode *member;
  JsonArray *identifiers;

  g_return_val_if_fail (BB_IS_PROVIDER (self), NULL);

  /* Carried in "extra" as the file wrote them (HSDS organization_identifiers). */
  root = *self->extra != '\0' ? json_from_string (self->extra, NULL) : NULL;
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  member = json_object_get_member (json_node_get_object (root), "organization_identifiers");
  if (member == NULL || !JSON_NODE_HOLDS_ARRAY (member))
    return NULL;

  identifiers = json_node_get_array (member);
  for (guint i = 0; i < json_array_get_length (identifiers); i++)
    {
      JsonNode *element = json_array_get_element (identifiers, i);
      const char *type, *identifier;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      identifier = get_member_text (json_node_get_object (element), "identifier");
      type = get_member_text (json_node_get_object (element), "identifier_type");
      if (type == NULL)
        type = get_member_text (json_node_get_object (element), "identifier_scheme");
      if (identifier != NULL)
        g_ptr_array_add (lines, type != NULL ? g_strdup_printf ("%s %s", type, identifier) : g_strdup (identifier));
    }

  if (lines->len == 0)
    return NULL;

  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}
