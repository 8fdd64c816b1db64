/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Reading an HSDS file: its services one at a time (bb-hsds-scanner.c), who provides
 * them (an organization in the service, elsewhere in the file, or only its id), the
 * ids each may use once, and what the file says of its pages. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "bb-hsds.h"
#include "bb-hsds-private.h"
#include "bb-hsds-reader-private.h"
#include "bb-text.h"

#define NOTICE_KEY "bb-hsds-notice"

typedef struct
{
  guint       position;
  char       *title;
  BbOffer    *offer;            /* NULL when refused */
  char       *reason;
  /* Who provides it, when the file says so only by id, or (in an organization's own
   * file) not at all. */
  char       *organization_id;
  gboolean    needs_root;
} Service;

typedef struct
{
  BbProvider *provider;
  guint       position;         /* of the service that described it */
} Organization;

typedef struct
{
  GPtrArray  *services;         /* Service, in file order */
  GHashTable *service_ids;      /* id → position */
  GHashTable *organizations;    /* id → Organization */
  guint       n_services;
} Reader;

static void
service_free (Service *service)
{
  g_free (service->title);
  g_clear_object (&service->offer);
  g_free (service->reason);
  g_free (service->organization_id);
  g_free (service);
}

static void
organization_free (Organization *organization)
{
  g_clear_object (&organization->provider);
  g_free (organization);
}

static void
reader_clear (Reader *self)
{
  g_clear_pointer (&self->services, g_ptr_array_unref);
  g_clear_pointer (&self->service_ids, g_hash_table_unref);
  g_clear_pointer (&self->organizations, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

static void
refuse (Service    *service,
        const char *what)
{
  g_clear_object (&service->offer);
  g_free (service->reason);

  if (service->title != NULL)
    /* TRANSLATORS: Service 3, “Natcafé”: what is wrong */
    service->reason = g_strdup_printf (_("Service %u, “%s”: %s."), service->position,
                                       service->title, what);
  else
    /* TRANSLATORS: Service 3: what is wrong */
    service->reason = g_strdup_printf (_("Service %u: %s."), service->position, what);
}

/* ---- who provides a service ------------------------------------------ */

static BbProvider *
find_organization (Reader     *self,
                   const char *id)
{
  Organization *organization = id != NULL ? g_hash_table_lookup (self->organizations, id) : NULL;

  return organization != NULL ? organization->provider : NULL;
}

/* The provider @organization describes: one object for each id, so that every offer
 * of an organization shares it. FALSE when another organization had the id. */
static gboolean
use_organization (Reader     *self,
                  Service    *service,
                  JsonObject *organization)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), organization);
  g_autoptr(JsonNode) copy = _bb_hsds_copy (node);
  g_autoptr(BbProvider) provider = NULL;
  Organization *known;

  /* Taken apart as it is read: a copy, since other services may name it too. */
  provider = _bb_hsds_read_organization (json_node_get_object (copy),
                                         bb_offer_get_details (service->offer));
  if (provider == NULL)
    return TRUE;

  known = bb_provider_get_keyed (provider)
          ? g_hash_table_lookup (self->organizations, bb_provider_get_uuid (provider)) : NULL;
  if (known != NULL && g_strcmp0 (bb_provider_get_name (known->provider),
                                  bb_provider_get_name (provider)) != 0)
    {
      g_autofree char *what = NULL;

      /* TRANSLATORS: two organizations have the id “…”: “A” (service 1) and “B” (here) */
      what = g_strdup_printf (_("two organizations have the id “%s”: “%s” in service %u and “%s” "
                                "here"),
                              bb_provider_get_uuid (provider), bb_provider_get_name (known->provider),
                              known->position, bb_provider_get_name (provider));
      refuse (service, what);
      return FALSE;
    }

  if (known != NULL)
    {
      bb_offer_set_provider (service->offer, known->provider);
      return TRUE;
    }

  if (bb_provider_get_keyed (provider))
    {
      Organization *entry = g_new0 (Organization, 1);

      entry->provider = g_object_ref (provider);
      entry->position = service->position;
      g_hash_table_insert (self->organizations, g_strdup (bb_provider_get_uuid (provider)), entry);
    }

  bb_offer_set_provider (service->offer, provider);
  return TRUE;
}

/* ---- one service ----------------------------------------------------- */

static void
read_service (Reader     *self,
              JsonNode   *node,
              JsonObject *organization,
              const char *problem,
              const char *name)
{
  Service *service = g_new0 (Service, 1);
  g_autoptr(JsonNode) copy = NULL;
  g_autofree char *unwritable = NULL;
  g_autofree char *organization_id = NULL;
  g_autoptr(JsonObject) embedded = NULL;
  g_autofree char *what = NULL;
  g_autofree char *id = NULL;
  JsonObject *rest;
  const char *title;
  gpointer first;

  service->position = ++self->n_services;
  g_ptr_array_add (self->services, service);

  /* Too large to keep, or text json-glib cannot read: named as the scanner saw it. */
  if (problem != NULL && (node == NULL || !JSON_NODE_HOLDS_OBJECT (node)))
    {
      if (name != NULL && g_utf8_validate (name, -1, NULL) && !bb_text_is_blank (name))
        service->title = g_strdup (name);
      refuse (service, problem);
      return;
    }

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      /* TRANSLATORS: %u is the position of the service in the file */
      service->reason = g_strdup_printf (_("Service %u is not a JSON object."), service->position);
      return;
    }

  copy = _bb_hsds_copy (node);
  rest = json_node_get_object (copy);
  title = _bb_hsds_get_string (rest, "name");
  if (title != NULL && g_utf8_validate (title, -1, NULL))
    service->title = g_strdup (title);

  /* Its id is taken even when the rest cannot be, so a second use is told. */
  id = _bb_hsds_take_text (rest, "id");
  if (id != NULL && g_utf8_validate (id, -1, NULL) &&
      g_hash_table_lookup_extended (self->service_ids, id, NULL, &first))
    {
      /* TRANSLATORS: the id “…” is used twice in the file, by services 2 and 5 */
      what = g_strdup_printf (_("the id “%s” is used twice in the file, by services %u and %u"),
                              id, GPOINTER_TO_UINT (first), service->position);
      refuse (service, what);
      return;
    }
  if (id != NULL && g_utf8_validate (id, -1, NULL))
    g_hash_table_insert (self->service_ids, g_strdup (id), GUINT_TO_POINTER (service->position));

  if (problem != NULL)
    {
      refuse (service, problem);
      return;
    }

  if (bb_text_is_blank (title))
    {
      /* TRANSLATORS: %u is the position of the service in the file (1, 2, …) */
      service->reason = g_strdup_printf (_("Service %u has no name."), service->position);
      return;
    }


  service->offer = bb_offer_new ();
  if (id != NULL)
    bb_offer_set_uuid (service->offer, id);
  bb_offer_set_title (service->offer, title);
  json_object_remove_member (rest, "name");

  embedded = _bb_hsds_take_object (rest, "organization");
  organization_id = _bb_hsds_take_text (rest, "organization_id");
  if (embedded != NULL && !use_organization (self, service, embedded))
    return;

  if (bb_offer_get_provider (service->offer) == NULL)
    {
      if (organization != NULL &&
          (organization_id == NULL ||
           g_strcmp0 (organization_id, _bb_hsds_get_string (organization, "id")) == 0))
        {
          if (!use_organization (self, service, organization))
            return;
        }
      else if (organization_id != NULL)
        service->organization_id = g_strdup (organization_id);
      else
        service->needs_root = TRUE;
    }

  if (!_bb_hsds_read_service (service->offer, rest, id, &what))
    {
      refuse (service, what);
      return;
    }

  /* What is kept is written back by json-glib, which writes 1e+30 as "1e+30.0": not
   * JSON. (Numbers Brobygger reads are checked for their range above.) */
  unwritable = _bb_hsds_find_unwritable_number (node);
  if (unwritable != NULL)
    {
      /* TRANSLATORS: %s is a field name: the number in “capacity” … */
      what = g_strdup_printf (_("the number in “%s” is too large to be written back exactly"),
                              unwritable);
      refuse (service, what);
    }
}

/* An element of a list: a service, or (in a list of organizations) an organization
 * with its services. */
static void
read_element (Reader     *self,
              JsonNode   *node,
              const char *problem,
              const char *name)
{
  JsonObject *object = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonArray *services = _bb_hsds_get_array (object, "services");

  if (problem == NULL && services != NULL && !json_object_has_member (object, "status"))
    {
      for (guint i = 0; i < json_array_get_length (services); i++)
        read_service (self, json_array_get_element (services, i), object, NULL, NULL);
      return;
    }

  read_service (self, node, NULL, problem, name);
}

static gboolean
on_piece (const char  *text,
          gsize        length,
          guint        line,
          const char  *problem,
          const char  *name,
          gpointer     user_data,
          GError     **error)
{
  Reader *self = user_data;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) node = _bb_hsds_parse (text, length, line, &local_error);

  /* A service refused for its text need not be JSON json-glib can read. */
  if (node == NULL && problem == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  read_element (self, node, problem, name);
  return TRUE;
}

/* ---- the whole file -------------------------------------------------- */

/* Services that named their provider only by id, or (in an organization's own file)
 * not at all, get it once the whole file has been read. */
static void
resolve_providers (Reader     *self,
                   JsonObject *root_organization)
{
  for (guint i = 0; i < self->services->len; i++)
    {
      Service *service = g_ptr_array_index (self->services, i);
      BbProvider *provider;

      if (service->offer == NULL || bb_offer_get_provider (service->offer) != NULL)
        continue;

      if (service->needs_root && root_organization != NULL)
        {
          if (!use_organization (self, service, root_organization))
            continue;
        }
      else if (service->organization_id != NULL)
        {
          provider = find_organization (self, service->organization_id);
          if (provider == NULL)
            {
              JsonObject *only_id = json_object_new ();

              /* An organization the file names but does not describe. */
              json_object_set_string_member (only_id, "id", service->organization_id);
              use_organization (self, service, only_id);
              json_object_unref (only_id);
            }
          else
            bb_offer_set_provider (service->offer, provider);
        }
    }
}

static void
add_records (Reader   *self,
             BbImport *import)
{
  for (guint i = 0; i < self->services->len; i++)
    {
      Service *service = g_ptr_array_index (self->services, i);
      g_autoptr(BbImportRecord) record = NULL;
      g_autoptr(GError) error = NULL;

      if (service->offer != NULL && bb_offer_get_provider (service->offer) == NULL)
        refuse (service, _("it names no organization that provides it"));
      else if (service->offer != NULL && !bb_offer_validate (service->offer, &error))
        {
          g_autofree char *what = g_strdup (error->message);
          gsize length = strlen (what);

          /* The offer's messages are sentences; here they follow a colon. */
          if (length > 0 && what[length - 1] == '.')
            what[length - 1] = '\0';
          refuse (service, what);
        }

      if (service->offer != NULL)
        {
          BbProvider *provider = bb_offer_get_provider (service->offer);
          BbImportFields fields;

          record = bb_import_record_new_offer (service->position, service->offer);
          fields = bb_import_record_get_fields (record);

          /* A sector or department the file does not state leaves the provider's as
           * they are. */
          if (provider != NULL && !bb_provider_get_sector_stated (provider))
            fields &= ~BB_IMPORT_FIELD_SECTOR;
          if (provider != NULL && *bb_provider_get_department (provider) == '\0')
            fields &= ~BB_IMPORT_FIELD_DEPARTMENT;
          bb_import_record_set_fields (record, fields);
        }
      else
        record = bb_import_record_new_rejected (service->position, service->reason);

      bb_import_record_set_origin (record, BB_IMPORT_ORIGIN_SERVICE, service->position, NULL);
      bb_import_add (import, record);
    }
}

static gint64
get_count (JsonObject *page,
           const char *member)
{
  JsonNode *node = json_object_get_member (page, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 0 ||
      json_node_get_int (node) > G_MAXUINT)
    return -1;

  return json_node_get_int (node);
}

/* A page of a longer list is no catalogue of its own: say so before it is imported. */
static void
note_pages (BbImport   *import,
            JsonObject *page,
            guint       n_services)
{
  gint64 total_items = get_count (page, "total_items");
  gint64 total_pages = get_count (page, "total_pages");
  gint64 page_number = get_count (page, "page_number");
  g_autofree char *held = g_strdup_printf ("%'u", n_services);
  g_autofree char *total = NULL;
  char *notice;

  if (total_items <= n_services && total_pages <= 1)
    return;

  total = g_strdup_printf ("%'u", (guint) MAX (total_items, 0));
  if (total_pages > 1 && page_number > 0 && total_items > n_services)
    notice = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* TRANSLATORS: This file holds 50 of 2,700 services (page 1 of 54) … */
                                           "This file holds %s of %s service (page %u of %u). "
                                           "Import the other pages too to have them all.",
                                           "This file holds %s of %s services (page %u of %u). "
                                           "Import the other pages too to have them all.",
                                           total_items),
                              held, total, (guint) page_number, (guint) total_pages);
  else if (total_items > n_services)
    notice = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "This file holds %s of %s service. "
                                           "Import the others too to have them all.",
                                           "This file holds %s of %s services. "
                                           "Import the others too to have them all.",
                                           total_items),
                              held, total);
  else
    notice = g_strdup_printf (_("This file is page %u of %u of a longer list of services. "
                                "Import the other pages too to have them all."),
                              (guint) MAX (page_number, 1), (guint) total_pages);

  g_object_set_data_full (G_OBJECT (import), NOTICE_KEY, notice, g_free);
}

/* Public API */

gboolean
bb_hsds_read (GInputStream  *stream,
              BbImport      *import,
              GError       **error)
{
  g_auto(Reader) self = { 0, };
  g_auto(BbHsdsSkeleton) skeleton = { 0, };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonObject *object;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (BB_IS_IMPORT (import), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self.services = g_ptr_array_new_with_free_func ((GDestroyNotify) service_free);
  self.service_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.organizations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) organization_free);

  if (!_bb_hsds_scan (stream, on_piece, &self, &skeleton, error))
    return FALSE;

  root = _bb_hsds_parse (skeleton.text->str, skeleton.text->len, 1, &parse_error);
  if (root == NULL && skeleton.problem != NULL && !skeleton.has_list)
    {
      /* A file of one service whose text json-glib cannot read. */
      read_service (&self, NULL, NULL, skeleton.problem, skeleton.name);
      add_records (&self, import);
      return TRUE;
    }
  if (root == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&parse_error));
      return FALSE;
    }

  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;

  if (object != NULL && json_object_has_member (object, "name") &&
      !json_object_has_member (object, "contents") &&
      !json_object_has_member (object, "services"))
    {
      /* A file of one service: what is wrong with its text is wrong with it. */
      read_service (&self, root, NULL, skeleton.problem, skeleton.name);
    }
  else if (object == NULL ||
           (_bb_hsds_get_array (object, "contents") == NULL &&
            _bb_hsds_get_array (object, "services") == NULL))
    {
      g_set_error_literal (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                           _("This JSON file is not an Open Referral (HSDS) service list, "
                             "service or organization."));
      return FALSE;
    }
  else if (skeleton.problem != NULL)
    {
      /* Outside the services, text that cannot be held spoils the file itself. */
      g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                   /* TRANSLATORS: %s says what is wrong with the text */
                   _("The file cannot be read: %s."), skeleton.problem);
      return FALSE;
    }
  else if (_bb_hsds_get_array (object, "contents") != NULL)
    note_pages (import, object, self.n_services);

  resolve_providers (&self, _bb_hsds_get_array (object, "services") != NULL ? object : NULL);
  add_records (&self, import);
  return TRUE;
}

const char *
bb_hsds_get_import_notice (BbImport *import)
{
  g_return_val_if_fail (BB_IS_IMPORT (import), NULL);

  return g_object_get_data (G_OBJECT (import), NOTICE_KEY);
}
