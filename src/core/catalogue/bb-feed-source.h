/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-database.h"
#include "bb-import.h"

G_BEGIN_DECLS

/* An Open Referral feed the catalogue was updated from: its URL, when, and the ids of
 * the services that update brought, so that the next one can say what is gone from
 * the feed. A plain record. */
typedef struct
{
  char  *url;
  char  *updated_at;   /* "2026-03-15T09:00:00Z" */
  char **service_ids;  /* NULL-terminated; never NULL */
  guint  n_new;
  guint  n_changed;
  guint  n_gone;
} BbFeedSource;

BbFeedSource *bb_feed_source_new   (const char          *url,
                                    const char * const  *service_ids);
void          bb_feed_source_free  (BbFeedSource        *self);

/* What an update from a feed would do, once @import is prepared: services that are new
 * here, changed (updates and conflicts), unchanged, and in the last update from the
 * feed (@previous, nullable) but not in this one (@current: the feed's service ids). */
typedef struct
{
  guint n_new;
  guint n_changed;
  guint n_unchanged;
  guint n_gone;
} BbFeedUpdate;

void          bb_feed_update_count (BbFeedUpdate        *update,
                                    BbImport            *import,
                                    BbFeedSource        *previous,
                                    const char * const  *current);
/* "Since the last update on 15 March 2026: 2 changed, 1 new, 1 gone from the feed."
 * in the UI language, or the same without the date for a feed never read before. */
char         *bb_feed_update_dup_summary (const BbFeedUpdate *update,
                                          BbFeedSource       *previous);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbFeedSource, bb_feed_source_free)

#define BB_TYPE_FEED_SOURCE_REPOSITORY (bb_feed_source_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbFeedSourceRepository, bb_feed_source_repository, BB, FEED_SOURCE_REPOSITORY, GObject)

BbFeedSourceRepository *bb_feed_source_repository_new (BbDatabase *database);
/* The feed updated from most recently, or NULL (without an error) when none. */
BbFeedSource *bb_feed_source_repository_load_last (BbFeedSourceRepository  *self,
                                                   GError                 **error);
/* The last update from @url, or NULL (without an error) when there was none. */
BbFeedSource *bb_feed_source_repository_load      (BbFeedSourceRepository  *self,
                                                   const char              *url,
                                                   GError                 **error);
/* Remembers @source as the latest update from its URL, now by the database's clock
 * (its updated_at is set). */
gboolean      bb_feed_source_repository_save      (BbFeedSourceRepository  *self,
                                                   BbFeedSource            *source,
                                                   GError                 **error);

G_END_DECLS
