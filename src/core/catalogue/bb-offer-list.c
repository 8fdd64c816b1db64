/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-id-rows.h"
#include "bb-offer-list.h"

struct _BbOfferList
{
  GObject       parent_instance;

  BbOfferRepository *offers;
  BbOfferQuery  query;
  char         *search;
  BbIdRows            rows;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BbOfferList, bb_offer_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
bb_offer_list_get_item_type (GListModel *model)
{
  return BB_TYPE_OFFER;
}

static guint
bb_offer_list_get_n_items (GListModel *model)
{
  return BB_OFFER_LIST (model)->rows.ids->len;
}

/* Deleted by another window since the last query: the refresh after that write is on
 * its way, so the row shows an empty offer rather than nothing. */
static gpointer
load_row (gpointer source,
          gint64   id)
{
  g_autoptr(GError) error = NULL;
  BbOffer *offer = bb_offer_repository_get (source, id, &error);

  if (offer == NULL)
    {
      g_debug ("Offer %" G_GINT64_FORMAT " vanished: %s", id, error->message);
      offer = bb_offer_new ();
      bb_offer_set_id (offer, id);
    }

  return offer;
}

static gpointer
bb_offer_list_get_item (GListModel *model,
                        guint       position)
{
  BbOfferList *self = BB_OFFER_LIST (model);

  return bb_id_rows_get (&self->rows, position, load_row, self->offers);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bb_offer_list_get_item_type;
  iface->get_n_items = bb_offer_list_get_n_items;
  iface->get_item = bb_offer_list_get_item;
}

static void
refresh (BbOfferList *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  guint removed;

  ids = bb_offer_repository_query_ids (self->offers, &self->query, &error);
  if (ids == NULL)
    {
      g_warning ("Cannot list offers: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  removed = bb_id_rows_replace (&self->rows, g_steal_pointer (&ids));
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->rows.ids->len);
}

static void
bb_offer_list_finalize (GObject *object)
{
  BbOfferList *self = BB_OFFER_LIST (object);

  g_signal_handlers_disconnect_by_data (bb_offer_repository_get_database (self->offers), self);
  g_clear_object (&self->offers);
  g_clear_pointer (&self->search, g_free);
  bb_id_rows_clear (&self->rows);

  G_OBJECT_CLASS (bb_offer_list_parent_class)->finalize (object);
}

static void
bb_offer_list_class_init (BbOfferListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_offer_list_finalize;
}

static void
bb_offer_list_init (BbOfferList *self)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;

  self->query = query;
  bb_id_rows_init (&self->rows);
}

BbOfferList *
bb_offer_list_new (BbOfferRepository *offers)
{
  BbOfferList *self;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (offers), NULL);

  self = g_object_new (BB_TYPE_OFFER_LIST, NULL);
  self->offers = g_object_ref (offers);
  /* Only the offers' own changes: a new target group changes no row. */
  g_signal_connect_swapped (bb_offer_repository_get_database (offers), "changed::" BB_DOMAIN_OFFERS,
                            G_CALLBACK (refresh), self);
  refresh (self);

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

  refresh (self);
}

guint
bb_offer_list_find (BbOfferList *self,
                    gint64       id)
{
  g_return_val_if_fail (BB_IS_OFFER_LIST (self), G_MAXUINT);

  return bb_id_rows_find (&self->rows, id);
}

gint64
bb_offer_list_get_id (BbOfferList *self,
                      guint        position)
{
  g_return_val_if_fail (BB_IS_OFFER_LIST (self), 0);
  g_return_val_if_fail (position < self->rows.ids->len, 0);

  return g_array_index (self->rows.ids, gint64, position);
}
