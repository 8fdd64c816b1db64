/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-commands.h"
#include "bb-hsds.h"
#include "bb-offer-exchange.h"

int
bb_command_import_offers (BbContext    *context,
                          GVariantDict *options)
{
  BbOfferRepository *offers = bb_context_get_offers (context);
  const char *path = NULL;
  gboolean overwrite_local = g_variant_dict_contains (options, "overwrite-local");
  gboolean skip_rejected = g_variant_dict_contains (options, "skip-rejected");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) import = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *basename = NULL;
  GListModel *records;
  guint rejected;

  g_variant_dict_lookup (options, "import-offers", "^&ay", &path);
  file = g_file_new_for_commandline_arg (path);
  basename = g_file_get_basename (file);

  import = bb_offer_exchange_read_file (file, &error);
  if (import == NULL || !bb_offer_repository_prepare_import (offers, import, &error))
    {
      g_printerr (_("Cannot import “%s”: %s\n"), path, error->message);
      return 1;
    }

  bb_import_set_file_name (import, basename);
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

  summary = bb_import_dup_summary (import);
  if (!bb_offer_repository_commit_import (offers, import, &error))
    {
      g_printerr (_("Cannot import “%s”: %s\n"), path, error->message);
      return 1;
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
