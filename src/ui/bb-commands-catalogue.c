/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bb-commands.h"
#include "bb-feed-source.h"
#include "bb-hsds.h"
#include "bb-hsds-feed.h"
#include "bb-offer-exchange.h"
#include "bb-taxonomy-mapping.h"

/* ---- a feed ---------------------------------------------------------- */

static void
on_feed_progress (BbHsdsFeed *feed,
                  guint       pages_read,
                  guint       n_pages,
                  guint       n_services,
                  gpointer    user_data)
{
  if (n_pages > 0)
    /* TRANSLATORS: progress on stderr: Page 3 of 54 read (150 services) */
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "Page %u of %u read (%u service)\n",
                             "Page %u of %u read (%u services)\n", n_services),
                pages_read, n_pages, n_services);
  else
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "Page %u read (%u service)\n",
                             "Page %u read (%u services)\n", n_services),
                pages_read, n_services);
}

/* The whole feed at @url, through a file of its own that is gone once read. */
static BbImport *
read_feed (const char  *url,
           BbHsdsFeed **feed_out,
           GError     **error)
{
  g_autoptr(BbHsdsFeed) feed = bb_hsds_feed_new (url, error);
  g_autofree char *folder = NULL;
  g_autoptr(GFile) spool = NULL;
  BbImport *import;

  if (feed == NULL || (folder = g_dir_make_tmp ("brobygger-feed-XXXXXX", error)) == NULL)
    return NULL;

  spool = g_file_new_build_filename (folder, "services.json", NULL);
  g_signal_connect (feed, "progress", G_CALLBACK (on_feed_progress), NULL);
  import = bb_hsds_feed_download (feed, spool, NULL, error)
           ? bb_offer_exchange_read_file (spool, error) : NULL;
  g_file_delete (spool, NULL, NULL);
  g_rmdir (folder);

  if (import == NULL)
    return NULL;

  /* Before it is prepared: the name says whose mapping of foreign terms applies. */
  bb_import_set_file_name (import, bb_hsds_feed_get_url (feed));
  *feed_out = g_steal_pointer (&feed);
  return import;
}

int
bb_command_import_offers (BbContext    *context,
                          GVariantDict *options)
{
  BbOfferRepository *offers = bb_context_get_offers (context);
  g_autoptr(BbFeedSourceRepository) feeds = bb_feed_source_repository_new (bb_context_get_database (context));
  const char **paths = NULL;
  const char *path;
  gboolean overwrite_local = g_variant_dict_contains (options, "overwrite-local");
  gboolean skip_rejected = g_variant_dict_contains (options, "skip-rejected");
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbHsdsFeed) feed = NULL;
  g_autoptr(BbFeedSource) previous = NULL;
  g_autoptr(BbFeedSource) source = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *mapped = NULL;
  g_autofree char *names = NULL;
  BbFeedUpdate update = { 0, };
  GListModel *records;
  guint rejected;

  g_variant_dict_lookup (options, "import-offers", "^a&ay", &paths);
  path = names = g_strjoinv (", ", (char **) paths);

  if (paths[0] != NULL && paths[1] == NULL && bb_hsds_feed_is_url (paths[0]))
    import = read_feed (paths[0], &feed, &error);
  else
    {
      for (guint i = 0; paths[i] != NULL; i++)
        g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
      import = bb_offer_exchange_read_files ((GFile **) files->pdata, files->len, &error);
    }
  g_free (paths);

  if (import == NULL || !bb_offer_repository_prepare_import (offers, import, &error))
    {
      g_printerr (_("Cannot import “%s”: %s\n"), path, error->message);
      return 1;
    }

  if (feed != NULL)
    {
      g_autofree char *changes = NULL;

      previous = bb_feed_source_repository_load (feeds, bb_hsds_feed_get_url (feed), &error);
      if (error != NULL)
        {
          g_printerr (_("Cannot import “%s”: %s\n"), path, error->message);
          return 1;
        }
      bb_feed_update_count (&update, import, previous, bb_hsds_feed_get_service_ids (feed));
      changes = bb_feed_update_dup_summary (&update, previous);
      g_printerr ("%s\n", changes);
    }
  else if (files->len == 1)
    {
      g_autofree char *basename = g_file_get_basename (g_ptr_array_index (files, 0));

      bb_import_set_file_name (import, basename);
    }

  /* A page of a longer list, say. */
  if (bb_hsds_get_import_notice (import) != NULL)
    g_printerr ("%s\n", bb_hsds_get_import_notice (import));
  records = bb_import_get_records (import);
  rejected = bb_import_count (import, BB_IMPORT_ACTION_REJECT);
  if (rejected > 0)
    {
      /* Without anyone to read a preview, importing part of a file would leave a
       * catalogue nobody asked for: all or nothing, unless the good records were
       * asked for. */
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);

          if (bb_import_record_get_action (record) == BB_IMPORT_ACTION_REJECT)
            g_printerr ("%s\n", bb_import_record_get_reason (record));
        }

      if (!skip_rejected)
        {
          summary = bb_import_dup_summary (import);
          g_printerr (_("Nothing was imported from “%s” (%s). Correct the rejected records and try again.\n"),
                      path, summary);
          return 1;
        }

      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "The %u rejected record above was skipped.\n",
                               "The %u rejected records above were skipped.\n",
                               rejected),
                  rejected);
    }

  /* Nobody is there to choose per offer: what was edited here stays, unless asked. */
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);
      g_autofree char *fields = NULL;

      if (bb_import_record_get_action (record) != BB_IMPORT_ACTION_CONFLICT)
        continue;

      bb_import_record_set_take_file (record, overwrite_local);
      fields = bb_import_record_dup_local_changes (record);
      g_printerr (overwrite_local
                  ? _("“%s” was edited here since it was last imported or exported (%s): the file’s version was taken.\n")
                  : _("“%s” was edited here since it was last imported or exported (%s): it was kept as edited here.\n"),
                  bb_offer_get_title (bb_import_record_get_stored (record)), fields);
    }

  /* Terms of other taxonomies that the mapping remembered for this source turned
   * into target groups and steps, said so nobody wonders where they came from. */
  mapped = bb_import_dup_mapped_terms_report (import);
  g_printerr ("%s", mapped);

  summary = bb_import_dup_summary (import);
  if (!bb_offer_repository_commit_import (offers, import, &error))
    {
      g_printerr (_("Cannot import “%s”: %s\n"), path, error->message);
      return 1;
    }

  /* Remembered once it is in: the next update from it is told against this one. */
  if (feed != NULL)
    {
      source = bb_feed_source_new (bb_hsds_feed_get_url (feed), bb_hsds_feed_get_service_ids (feed));
      source->n_new = update.n_new;
      source->n_changed = update.n_changed;
      source->n_gone = update.n_gone;
      if (!bb_feed_source_repository_save (feeds, source, &error))
        g_printerr (_("The feed’s address was not remembered: %s\n"), error->message);
    }

  g_print (_("Imported “%s”: %s.\n"), path, summary);
  return 0;
}

int
bb_command_export_offers (BbContext    *context,
                          GVariantDict *options)
{
  BbOfferRepository *offers = bb_context_get_offers (context);
  const char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint n_offers;

  g_variant_dict_lookup (options, "export-offers", "^&ay", &path);
  file = g_file_new_for_commandline_arg (path);

  n_offers = bb_offer_repository_count (offers, &error);
  if (error != NULL || !bb_offer_exchange_export (offers, file, &error))
    {
      g_printerr (_("Cannot export to “%s”: %s\n"), path, error->message);
      return 1;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Exported %u offer to “%s”.\n",
                        "Exported %u offers to “%s”.\n",
                        n_offers),
           n_offers, path);
  return 0;
}
