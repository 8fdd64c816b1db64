/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-offer-list.h"

#include "bb-offer-repository-private.h"
#include "bb-text.h"

struct _BbOfferList
{
  BbIdList           parent_instance;

  BbOfferRepository *offers;
  BbOfferQuery       query;
  char              *search;
  /* Id → offer, kept from one query to the next (the id list forgets its records at
   * every refresh): typing a search mostly shows offers already loaded. Emptied on
   * every write to the offers. */
  GHashTable        *loaded;
  gulong             changed_handler;
};

/* A few screenfuls, as the id list keeps. */
#define LOADED_LIMIT 512

G_DEFINE_FINAL_TYPE (BbOfferList, bb_offer_list, BB_TYPE_ID_LIST)

static gint64
bb_offer_list_count (BbIdList  *list,
                     GError   **error)
{
  BbOfferList *self = BB_OFFER_LIST (list);

  return bb_offer_repository_query_count (self->offers, &self->query, error);
}

static GArray *
bb_offer_list_fetch_ids (BbIdList  *list,
                         guint      offset,
                         guint      limit,
                         GError   **error)
{
  BbOfferList *self = BB_OFFER_LIST (list);

  return bb_offer_repository_query_page (self->offers, &self->query, offset, limit, error);
}

static gboolean
bb_offer_list_locate (BbIdList  *list,
                      gint64     id,
                      guint     *position,
                      GError   **error)
{
  BbOfferList *self = BB_OFFER_LIST (list);

  return bb_offer_repository_query_position (self->offers, &self->query, id, position, error);
}

/* A search's count reads every match (a tenth of a second at 100,000 offers): counted on
 * the job's connection, apart from the keystroke. */
static gint64
count_on (BbDatabase  *connection,
          gpointer     data,
          GError     **error)
{
  return _bb_offer_repository_count_on (connection, data, error);
}

static BbIdListCountFunc
bb_offer_list_count_later (BbIdList       *list,
                           gpointer       *data,
                           GDestroyNotify *data_free)
{
  BbOfferList *self = BB_OFFER_LIST (list);
  g_autofree char *match = self->search != NULL ? bb_text_fts_query (self->search) : NULL;

  if (match == NULL)
    return NULL;

  *data = bb_id_list_copy_query (&self->query, sizeof self->query, G_STRUCT_OFFSET (BbOfferQuery, search));
  *data_free = g_free;
  return count_on;
}

static gpointer
bb_offer_list_load (BbIdList *list,
                    gint64    id)
{
  BbOfferList *self = BB_OFFER_LIST (list);
  g_autoptr(GError) error = NULL;
  BbOffer *offer = g_hash_table_lookup (self->loaded, &id);

  if (offer != NULL)
    return g_object_ref (offer);

  offer = bb_offer_repository_get (self->offers, id, &error);
  if (offer == NULL)
    {
      g_debug ("Offer %" G_GINT64_FORMAT " vanished: %s", id, error->message);
      offer = bb_offer_new ();
      bb_offer_set_id (offer, id);
      return offer;
    }

  if (g_hash_table_size (self->loaded) >= LOADED_LIMIT)
    g_hash_table_remove_all (self->loaded);
  g_hash_table_insert (self->loaded, g_memdup2 (&id, sizeof id), g_object_ref (offer));
  return offer;
}

static void
bb_offer_list_finalize (GObject *object)
{
  BbOfferList *self = BB_OFFER_LIST (object);

  if (self->offers != NULL)
    g_clear_signal_handler (&self->changed_handler, bb_offer_repository_get_database (self->offers));
  g_clear_object (&self->offers);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->loaded, g_hash_table_unref);

  G_OBJECT_CLASS (bb_offer_list_parent_class)->finalize (object);
}

static void
bb_offer_list_class_init (BbOfferListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  BbIdListClass *list_class = BB_ID_LIST_CLASS (klass);

  object_class->finalize = bb_offer_list_finalize;
  list_class->count = bb_offer_list_count;
  list_class->fetch_ids = bb_offer_list_fetch_ids;
  list_class->locate = bb_offer_list_locate;
  list_class->load = bb_offer_list_load;
  list_class->count_later = bb_offer_list_count_later;
}

static void
bb_offer_list_init (BbOfferList *self)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;

  self->query = query;
  self->loaded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

BbOfferList *
bb_offer_list_new (BbOfferRepository *offers)
{
  BbOfferList *self;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (offers), NULL);

  self = g_object_new (BB_TYPE_OFFER_LIST, "item-type", BB_TYPE_OFFER, NULL);
  self->offers = g_object_ref (offers);
  /* Before the id list's own handler, so that its refresh loads the offers anew. */
  self->changed_handler = g_signal_connect_swapped (bb_offer_repository_get_database (offers),
                                                    "changed::" BB_DOMAIN_OFFERS,
                                                    G_CALLBACK (g_hash_table_remove_all), self->loaded);
  /* Only the offers' own changes: a new target group changes no row. */
  bb_id_list_watch (BB_ID_LIST (self), bb_offer_repository_get_database (offers), BB_DOMAIN_OFFERS);
  bb_id_list_refresh (BB_ID_LIST (self));

  return self;
}

void
bb_offer_list_set_query (BbOfferList        *self,
                         const BbOfferQuery *query)
{
  g_return_if_fail (BB_IS_OFFER_LIST (self));
  g_return_if_fail (query != NULL);

  g_free (self->search);
  self->search = g_strdup (query->search);
  self->query = *query;
  self->query.search = self->search;

  bb_id_list_refresh (BB_ID_LIST (self));
}

guint
bb_offer_list_find (BbOfferList *self,
                    gint64       id)
{
  g_return_val_if_fail (BB_IS_OFFER_LIST (self), G_MAXUINT);

  return bb_id_list_find (BB_ID_LIST (self), id);
}

gint64
bb_offer_list_get_id (BbOfferList *self,
                      guint        position)
{
  g_return_val_if_fail (BB_IS_OFFER_LIST (self), 0);

  return bb_id_list_get_id (BB_ID_LIST (self), position);
}
