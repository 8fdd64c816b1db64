/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* An Open Referral HSDS API (a feed): GET /services page by page, following
 * "total_pages", each service fetched in full from /services/{id} where the list gives
 * it abridged (schema/compiled/service_list.json), over libsoup 3. What it reads is
 * written to a file as one service list page, for the JSON reader: memory holds one
 * page at a time, and the import preview reads the feed as it reads a file. */

#define BB_HSDS_FEED_ERROR (bb_hsds_feed_error_quark ())
typedef enum
{
  BB_HSDS_FEED_ERROR_URL,        /* not an http:// or https:// address */
  BB_HSDS_FEED_ERROR_NETWORK,    /* the server cannot be reached */
  BB_HSDS_FEED_ERROR_HTTP,       /* it answered with an error status */
  BB_HSDS_FEED_ERROR_NOT_HSDS,   /* it answered something else than HSDS */
  BB_HSDS_FEED_ERROR_TIMEOUT,    /* a page never answered */
} BbHsdsFeedError;
GQuark bb_hsds_feed_error_quark (void);

/* Whether @text is a web address, not a file name: http:// or https://. */
gboolean     bb_hsds_feed_is_url            (const char    *text);

#define BB_TYPE_HSDS_FEED (bb_hsds_feed_get_type ())
G_DECLARE_FINAL_TYPE (BbHsdsFeed, bb_hsds_feed, BB, HSDS_FEED, GObject)

/* @url is the API's base URL or its /services URL, with any query it filters by.
 * Signal "progress" (guint pages_read, guint n_pages, guint n_services), on the thread
 * that started the download, after each page; n_pages is 0 while unknown. */
BbHsdsFeed  *bb_hsds_feed_new               (const char    *url,
                                             GError       **error);
/* The /services URL it reads: what is remembered to update from. */
const char  *bb_hsds_feed_get_url           (BbHsdsFeed    *self);
/* How long a page may take to answer, in seconds; 30 unless set. */
void         bb_hsds_feed_set_timeout       (BbHsdsFeed    *self,
                                             guint          seconds);
/* Reads the whole feed into @spool (replaced). Blocks. */
gboolean     bb_hsds_feed_download          (BbHsdsFeed    *self,
                                             GFile         *spool,
                                             GCancellable  *cancellable,
                                             GError       **error);
/* The same in a worker thread; "progress" comes on the calling thread. */
void         bb_hsds_feed_download_async    (BbHsdsFeed          *self,
                                             GFile               *spool,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean     bb_hsds_feed_download_finish   (BbHsdsFeed    *self,
                                             GAsyncResult  *result,
                                             GError       **error);
/* After a download: the ids of the services read, in feed order, and the pages. */
const char * const *bb_hsds_feed_get_service_ids (BbHsdsFeed *self);
guint        bb_hsds_feed_get_n_pages       (BbHsdsFeed    *self);

G_END_DECLS
