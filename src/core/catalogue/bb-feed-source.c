/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What an update from an Open Referral feed brought, against the last one. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-feed-source.h"
#include "bb-format.h"

BbFeedSource *
bb_feed_source_new (const char         *url,
                    const char * const *service_ids)
{
  BbFeedSource *self = g_new0 (BbFeedSource, 1);

  self->url = g_strdup (url);
  self->service_ids = service_ids != NULL ? g_strdupv ((char **) service_ids) : g_new0 (char *, 1);
  return self;
}

void
bb_feed_source_free (BbFeedSource *self)
{
  if (self == NULL)
    return;

  g_free (self->url);
  g_free (self->updated_at);
  g_strfreev (self->service_ids);
  g_free (self);
}

void
bb_feed_update_count (BbFeedUpdate       *update,
                      BbImport           *import,
                      BbFeedSource       *previous,
                      const char * const *current)
{
  g_autoptr(GHashTable) now = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (update != NULL);
  g_return_if_fail (BB_IS_IMPORT (import));

  update->n_new = bb_import_count (import, BB_IMPORT_ACTION_NEW);
  update->n_changed = bb_import_count (import, BB_IMPORT_ACTION_UPDATE) +
                      bb_import_count (import, BB_IMPORT_ACTION_CONFLICT);
  update->n_unchanged = bb_import_count (import, BB_IMPORT_ACTION_UNCHANGED);
  update->n_gone = 0;

  for (guint i = 0; current != NULL && current[i] != NULL; i++)
    g_hash_table_add (now, (gpointer) current[i]);
  for (guint i = 0; previous != NULL && previous->service_ids[i] != NULL; i++)
    if (!g_hash_table_contains (now, previous->service_ids[i]))
      update->n_gone++;
}

char *
bb_feed_update_dup_summary (const BbFeedUpdate *update,
                            BbFeedSource       *previous)
{
  g_autofree char *changed = NULL;
  g_autofree char *added = NULL;
  g_autofree char *gone = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (update != NULL, NULL);

  if (previous == NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The feed holds %u service; %u of them are new here.",
                                         "The feed holds %u services; %u of them are new here.",
                                         update->n_new + update->n_changed + update->n_unchanged),
                            update->n_new + update->n_changed + update->n_unchanged, update->n_new);

  changed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service changed", "%u services changed",
                                          update->n_changed), update->n_changed);
  added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new", "%u new", update->n_new), update->n_new);
  gone = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u gone from the feed", "%u gone from the feed",
                                       update->n_gone), update->n_gone);
  date = previous->updated_at != NULL ? bb_format_date_time (previous->updated_at) : NULL;

  if (date == NULL)
    /* TRANSLATORS: Since the last update: 2 services changed, 1 new, 1 gone from the feed. */
    return g_strdup_printf (_("Since the last update: %s, %s, %s."), changed, added, gone);

  /* TRANSLATORS: Since the last update (15 March 2026 at 09:00): 2 services changed, … */
  return g_strdup_printf (_("Since the last update (%s): %s, %s, %s."), date, changed, added, gone);
}
