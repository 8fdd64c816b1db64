/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bb-catalogue-lists-window.h"
#include "bb-coverage-window.h"
#include "bb-feed-import-dialog.h"
#include "bb-import-dialog.h"
#include "bb-import-toast.h"
#include "bb-leaflet.h"
#include "bb-leaflet-print.h"
#include "bb-offer-editor.h"
#include "bb-offer-exchange.h"
#include "bb-offers-view-private.h"
#include "bb-read-only-banner.h"
#include "bb-trash-window.h"

/* The actions that need an offer shown beside the list. */
/* What writes: off while the database can only be read (bb_read_only_get ()). */
static const char * const editing_actions[] = {
  "offers.new", "offers.edit", "offers.duplicate", "offers.delete", "offers.mark-reviewed",
  "offers.import", "offers.import-folder", "offers.import-feed", "offers.manage-lists",
  "offers.show-trash", NULL
};

static const char * const offer_actions[] = {
  "offers.edit",
  "offers.duplicate",
  "offers.delete",
  "offers.mark-reviewed",
  "offers.print-leaflet",
  "offers.save-leaflet",
};

/* The actions that need a catalogue at all. */
static const char * const catalogue_actions[] = {
  "offers.new",
  "offers.import",
  "offers.import-folder",
  "offers.import-feed",
  "offers.export",
  "offers.coverage",
  "offers.manage-lists",
  "offers.show-trash",
  "offers.show-offer",
  "offers.show-offers-of",
};

static GtkWindow *
parent_window (BbOffersView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* ---- search and filters ---------------------------------------------- */

static void
clear_filters (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);

  self->filling_filters = TRUE;
  _bb_offers_view_reset_filters (self);
  self->filling_filters = FALSE;
  _bb_offers_view_apply_query (self);
}

static void
focus_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  bb_browse_pane_focus_search (BB_OFFERS_VIEW (widget)->pane);
}

/* What other views reach through win.show-offer. */
static void
show_offer (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);

  /* An offer the search or the filters hide is worth more than the search. */
  if (!bb_browse_pane_select (self->pane, id))
    {
      self->filling_filters = TRUE;
      _bb_offers_view_reset_filters (self);
      self->filling_filters = FALSE;
      _bb_offers_view_apply_query (self);

      if (!bb_browse_pane_select (self->pane, id))
        return;
    }

  bb_browse_pane_show_detail (self->pane);
}

/* ---- actions on offers ----------------------------------------------- */

static void
on_offer_saved (BbOffersView *self,
                BbOffer      *offer)
{
  bb_browse_pane_select (self->pane, bb_offer_get_id (offer));
  bb_browse_pane_show_detail (self->pane);
}

static void
open_editor (BbOffersView *self,
             BbOffer      *offer)
{
  BbOfferEditor *editor = bb_offer_editor_new (self->context, offer);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_offer_saved), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (editor), parent_window (self));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_offer (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  open_editor (BB_OFFERS_VIEW (widget), NULL);
}

static void
edit_offer (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);

  if (self->offer != NULL)
    open_editor (self, self->offer);
}

static void
duplicate_offer (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  g_autoptr(BbOffer) copy = NULL;

  if (self->offer == NULL)
    return;

  copy = bb_offer_duplicate (self->offer);
  open_editor (self, copy);
}

static void
delete_offer (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint position;
  guint n_left;
  gint64 id;

  if (self->offer == NULL)
    return;

  id = bb_offer_get_id (self->offer);
  position = bb_offer_list_find (self->offers, id);
  title = g_strdup_printf (_("“%s” deleted"), bb_offer_get_title (self->offer));
  if (!bb_offer_repository_delete (bb_context_get_offers (self->context), id, &error))
    {
      _bb_offers_view_show_error (self, error);
      return;
    }

  /* The list has left the offer out by now. A keyboard user goes on from the row that
   * took its place, or from the one before when it was the last. */
  n_left = g_list_model_get_n_items (G_LIST_MODEL (self->offers));
  bb_browse_pane_show_list (self->pane);
  if (position != G_MAXUINT && n_left > 0)
    bb_browse_pane_focus (self->pane, bb_offer_list_get_id (self->offers, MIN (position, n_left - 1)));

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "offers.undo-delete");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* Long enough to reach the button with the keyboard (F6, Tab) after reading it. */
  adw_toast_set_timeout (toast, 10);
  bb_browse_pane_add_toast (self->pane, toast);
}

static void
undo_delete (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = g_variant_get_int64 (parameter);

  if (self->context == NULL)
    return;

  if (!bb_offer_repository_restore (bb_context_get_offers (self->context), id, &error))
    {
      _bb_offers_view_show_error (self, error);
      return;
    }

  /* The toast's button, which had the focus, is gone: the focus goes to the offer. */
  bb_browse_pane_focus (self->pane, id);
}

static void
mark_reviewed (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  GDate today;

  if (self->offer == NULL)
    return;

  /* The context's today, so that what is stale and what was just reviewed agree. */
  g_date_clear (&today, 1);
  bb_clock_get_today (bb_context_get_clock (self->context), &today);

  if (!bb_offer_repository_mark_reviewed (bb_context_get_offers (self->context),
                                          bb_offer_get_id (self->offer), &today, &error))
    _bb_offers_view_show_error (self, error);
  else
    _bb_offers_view_show_toast (self, _("Marked as reviewed today"));
}

/* Undo from the history: a step back over a whole import, so it is asked first, with
 * what it puts back. */
static void
on_undo_import_response (AdwMessageDialog *dialog,
                         const char       *response,
                         BbOffersView     *self)
{
  gint64 import_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "import-id"));

  if (g_str_equal (response, "undo") && self->context != NULL)
    bb_import_toast_undo (parent_window (self), self->context, import_id);
}

static void
undo_import (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *created = NULL;
  g_autofree char *body = NULL;
  guint n_changed;
  guint n_created;
  GtkWidget *dialog;

  if (self->undo_import_id <= 0)
    return;

  if (!bb_offer_repository_count_import_offers (bb_context_get_offers (self->context), self->undo_import_id,
                                                &n_changed, &n_created, &error))
    {
      _bb_offers_view_show_error (self, error);
      return;
    }

  changed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u offer goes back to how it was before the import.",
                                          "%u offers go back to how they were before the import.",
                                          n_changed), n_changed);
  created = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u offer the import created is removed.",
                                          "%u offers the import created are removed.",
                                          n_created), n_created);
  body = _bb_offers_view_join (" ", n_changed > 0 ? changed : "", n_created > 0 ? created : "", NULL);

  dialog = adw_message_dialog_new (parent_window (self), _("Undo the Import?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "undo", _("_Undo Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "undo", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "import-id", GSIZE_TO_POINTER (self->undo_import_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_undo_import_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- leaflets -------------------------------------------------------- */

static void
print_leaflet (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  g_autoptr(BbLeafletPrint) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->offer == NULL)
    return;

  operation = bb_leaflet_print_new (self->offer);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent_window (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    _bb_offers_view_show_error (self, error);
}

/* GtkFileChooserNative is what GTK 4.8 has; it goes through the portal in a sandbox. */
static GtkFileChooserNative *
file_chooser_new (BbOffersView         *self,
                  const char           *title,
                  GtkFileChooserAction  action,
                  const char           *accept_label)
{
  return gtk_file_chooser_native_new (title, parent_window (self), action, accept_label, _("_Cancel"));
}

static GtkFileFilter *
add_filter (GtkFileChooserNative *chooser,
            const char           *name,
            const char           *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  return filter;
}

static void
on_save_leaflet_response (GtkNativeDialog *chooser,
                          int              response,
                          gpointer         user_data)
{
  BbOffersView *self = BB_OFFERS_VIEW (user_data);
  BbOffer *offer = g_object_get_data (G_OBJECT (chooser), "offer");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!bb_leaflet_write_pdf (offer, file, &error))
        _bb_offers_view_show_error (self, error);
      else
        _bb_offers_view_show_toast (self, _("Leaflet saved"));
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
save_leaflet (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->offer == NULL)
    return;

  chooser = file_chooser_new (self, _("Save Leaflet"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  name = g_strdup_printf ("%s.pdf", bb_offer_get_title (self->offer));
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  add_filter (chooser, _("PDF documents"), "*.pdf");
  /* The offer as it was when the user asked, whatever is selected meanwhile. */
  g_object_set_data_full (G_OBJECT (chooser), "offer", g_object_ref (self->offer), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_leaflet_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- import and export ----------------------------------------------- */

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  BbOffersView *self = BB_OFFERS_VIEW (user_data);

  if (response == GTK_RESPONSE_ACCEPT && self->context != NULL)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      /* One preview of every file chosen; it says "Imported: …", with Undo, on the
       * window's toasts. */
      if (g_list_model_get_n_items (files) > 0)
        bb_import_dialog_open (self->context, parent_window (self), files);
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
import_offers (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  GtkFileChooserNative *chooser;

  chooser = file_chooser_new (self, _("Import Catalogue"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  add_filter (chooser, _("Catalogues (CSV or Open Referral JSON)"), "*.[cCjJ][sS][vVoO]*");
  add_filter (chooser, _("Spreadsheets (CSV)"), "*.[cC][sS][vV]");
  add_filter (chooser, _("Open Referral HSDS (JSON)"), "*.[jJ][sS][oO][nN]");
  /* Its datapackage.json opens a folder of tables: the JSON filter shows it. */
  add_filter (chooser, _("Open Referral datapackages (ZIP)"), "*.[zZ][iI][pP]");
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The file chooser's Open cannot choose a folder, so a datapackage that is a folder
 * of tables has an entry of its own. */
static void
import_folder (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  GtkFileChooserNative *chooser;

  chooser = file_chooser_new (self, _("Import Datapackage Folder"), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                              _("_Open"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_feed (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  BbFeedImportDialog *dialog;

  if (self->context == NULL)
    return;

  /* It hands over to the import preview, which says "Imported: …" with Undo. */
  dialog = bb_feed_import_dialog_new (self->context);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the export's file and format ------------------------------------ */

static const char *
format_extension (BbOfferFormat format)
{
  return format == BB_OFFER_FORMAT_HSDS ? ".json" : ".csv";
}

/* @name with the extension of @format: a name without one gets it, and one whose
 * extension names the other format has it replaced. */
static char *
dup_name_for_format (const char    *name,
                     BbOfferFormat  format)
{
  g_autoptr(GFile) probe = g_file_new_for_path (name);
  BbOfferFormat named = bb_offer_format_for_file (probe);
  const char *dot = strrchr (name, '.');
  g_autofree char *stem = NULL;

  if (named == format)
    return g_strdup (name);
  stem = named != BB_OFFER_FORMAT_UNKNOWN && dot != NULL ? g_strndup (name, dot - name) : g_strdup (name);
  return g_strconcat (stem, format_extension (format), NULL);
}

GFile *
_bb_offers_view_dup_export_file (GFile         *chosen,
                                 BbOfferFormat  format)
{
  g_autofree char *name = g_file_get_basename (chosen);
  g_autofree char *renamed = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (chosen);

  /* Without a filter the name's extension decides, and a spreadsheet is the default. */
  if (format == BB_OFFER_FORMAT_UNKNOWN)
    format = bb_offer_format_for_file (chosen);
  if (format == BB_OFFER_FORMAT_UNKNOWN)
    format = BB_OFFER_FORMAT_CSV;

  renamed = dup_name_for_format (name, format);
  if (g_str_equal (renamed, name) || parent == NULL)
    return g_object_ref (chosen);
  return g_file_get_child (parent, renamed);
}

/* The format of the filter chosen in the dialog. A portal hands back its own copy of
 * the filter, which only the name ties to ours. */
static BbOfferFormat
chosen_format (GtkFileChooser *chooser)
{
  GtkFileFilter *chosen = gtk_file_chooser_get_filter (chooser);
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);

  for (guint i = 0; chosen != NULL && i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      if (filter == chosen
          || g_strcmp0 (gtk_file_filter_get_name (filter), gtk_file_filter_get_name (chosen)) == 0)
        return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "bb-format"));
    }

  return BB_OFFER_FORMAT_UNKNOWN;
}

/* Choosing the other filter changes the name in the dialog too, so that what the dialog
 * shows, and asks before replacing, is the file that will be written. */
static void
on_export_filter_changed (GtkFileChooser *chooser)
{
  BbOfferFormat format = chosen_format (chooser);
  g_autofree char *name = gtk_file_chooser_get_current_name (chooser);
  g_autofree char *renamed = NULL;

  if (format == BB_OFFER_FORMAT_UNKNOWN || name == NULL || *name == '\0')
    return;

  renamed = dup_name_for_format (name, format);
  if (!g_str_equal (renamed, name))
    gtk_file_chooser_set_current_name (chooser, renamed);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  BbOffersView *self = BB_OFFERS_VIEW (user_data);

  if (response == GTK_RESPONSE_ACCEPT && self->context != NULL)
    {
      BbOfferRepository *offers = bb_context_get_offers (self->context);
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GFile) file = _bb_offers_view_dup_export_file (chosen,
                                                               chosen_format (GTK_FILE_CHOOSER (chooser)));
      g_autoptr(GError) error = NULL;

      /* A dialog that did not rename the file itself (a portal) asked about replacing
       * the name it showed, not this one. */
      if (!g_file_equal (file, chosen) && g_file_query_exists (file, NULL))
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("“%s” already exists. Export again and choose that name to replace it."),
                       name);
          _bb_offers_view_show_error (self, error);
        }
      else if (!bb_offer_exchange_export (offers, file, &error))
        _bb_offers_view_show_error (self, error);
      else
        {
          guint n = bb_offer_repository_count (offers, NULL);
          g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "Exported %u offer",
                                                                 "Exported %u offers", n), n);

          _bb_offers_view_show_toast (self, title);
        }
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_offers (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  chooser = file_chooser_new (self, _("Export Catalogue"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  /* Translators: the file name suggested for an exported catalogue; keep .csv */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("offer-catalogue.csv"));
  /* The filter chosen is the format written; the first is chosen to begin with. */
  filter = add_filter (chooser, _("Spreadsheets (CSV)"), "*.csv");
  g_object_set_data (G_OBJECT (filter), "bb-format", GINT_TO_POINTER (BB_OFFER_FORMAT_CSV));
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);
  filter = add_filter (chooser, _("Open Referral HSDS (JSON)"), "*.json");
  g_object_set_data (G_OBJECT (filter), "bb-format", GINT_TO_POINTER (BB_OFFER_FORMAT_HSDS));
  g_signal_connect (chooser, "notify::filter", G_CALLBACK (on_export_filter_changed), NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- windows on the catalogue ---------------------------------------- */

/* The matrix stays above the main window as long as it is open, so the offers behind
 * a cell are shown by closing it: the list is the answer to the click. */
static void
on_coverage_cell_activated (BbOffersView     *self,
                            gint64            target_group_id,
                            gint64            step_id,
                            BbCoverageWindow *coverage)
{
  GtkWindow *window = parent_window (self);

  self->filling_filters = TRUE;
  _bb_offers_view_reset_filters (self);
  _bb_offers_view_select_list_filter (self, "target-group", target_group_id);
  _bb_offers_view_select_list_filter (self, "step", step_id);
  /* The matrix counts active offers; show the same ones. */
  gtk_drop_down_set_selected (self->status_dropdown, BB_OFFER_STATUS_ACTIVE + 1);
  self->filling_filters = FALSE;

  _bb_offers_view_apply_query (self);
  bb_browse_pane_show_list (self->pane);

  gtk_window_close (GTK_WINDOW (coverage));
  if (window != NULL)
    gtk_window_present (window);
  gtk_widget_grab_focus (GTK_WIDGET (bb_browse_pane_get_list_view (self->pane)));
}

static void
show_coverage (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  BbCoverageWindow *window = bb_coverage_window_new (self->context);

  g_signal_connect_object (window, "cell-activated", G_CALLBACK (on_coverage_cell_activated),
                           self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent_window (self));
  gtk_window_present (GTK_WINDOW (window));
}

static void
manage_lists (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  BbCatalogueListsWindow *window = bb_catalogue_lists_window_new (self->context);

  gtk_window_set_transient_for (GTK_WINDOW (window), parent_window (self));
  gtk_window_present (GTK_WINDOW (window));
}

static void
show_trash (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);
  BbTrashWindow *window = bb_trash_window_new (self->context);

  gtk_window_set_transient_for (GTK_WINDOW (window), parent_window (self));
  gtk_window_present (GTK_WINDOW (window));
}

/* ---- setting up ------------------------------------------------------ */

/* These work wherever the focus is in the window, even on the header bar, as the
 * shortcuts window promises. */
static const struct {
  guint            keyval;
  GdkModifierType  modifiers;
  const char      *action;
} window_shortcuts[] = {
  { GDK_KEY_n, GDK_CONTROL_MASK, "offers.new" },
  { GDK_KEY_e, GDK_CONTROL_MASK, "offers.edit" },
  { GDK_KEY_d, GDK_CONTROL_MASK, "offers.duplicate" },
  { GDK_KEY_r, GDK_CONTROL_MASK, "offers.mark-reviewed" },
  { GDK_KEY_p, GDK_CONTROL_MASK, "offers.print-leaflet" },
  { GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "offers.save-leaflet" },
  { GDK_KEY_o, GDK_CONTROL_MASK, "offers.import" },
  { GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "offers.import-feed" },
  { GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "offers.export" },
  { GDK_KEY_m, GDK_CONTROL_MASK, "offers.coverage" },
  { GDK_KEY_f, GDK_CONTROL_MASK, "offers.search" },
};

void
_bb_offers_view_class_actions_init (BbOffersViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "offers.new", NULL, new_offer);
  gtk_widget_class_install_action (widget_class, "offers.edit", NULL, edit_offer);
  gtk_widget_class_install_action (widget_class, "offers.duplicate", NULL, duplicate_offer);
  gtk_widget_class_install_action (widget_class, "offers.delete", NULL, delete_offer);
  gtk_widget_class_install_action (widget_class, "offers.undo-delete", "x", undo_delete);
  gtk_widget_class_install_action (widget_class, "offers.mark-reviewed", NULL, mark_reviewed);
  gtk_widget_class_install_action (widget_class, "offers.undo-import", NULL, undo_import);
  gtk_widget_class_install_action (widget_class, "offers.print-leaflet", NULL, print_leaflet);
  gtk_widget_class_install_action (widget_class, "offers.save-leaflet", NULL, save_leaflet);
  gtk_widget_class_install_action (widget_class, "offers.import", NULL, import_offers);
  gtk_widget_class_install_action (widget_class, "offers.import-folder", NULL, import_folder);
  gtk_widget_class_install_action (widget_class, "offers.import-feed", NULL, import_feed);
  gtk_widget_class_install_action (widget_class, "offers.export", NULL, export_offers);
  gtk_widget_class_install_action (widget_class, "offers.coverage", NULL, show_coverage);
  gtk_widget_class_install_action (widget_class, "offers.manage-lists", NULL, manage_lists);
  gtk_widget_class_install_action (widget_class, "offers.show-trash", NULL, show_trash);
  gtk_widget_class_install_action (widget_class, "offers.search", NULL, focus_search);
  gtk_widget_class_install_action (widget_class, "offers.clear-filters", NULL, clear_filters);
  gtk_widget_class_install_action (widget_class, "offers.show-offer", "x", show_offer);
  gtk_widget_class_install_action (widget_class, "offers.show-offers-of", "(sx)", _bb_offers_view_show_offers_of);
  gtk_widget_class_install_action (widget_class, "offers.show-filtered", "a{ss}", _bb_offers_view_show_filtered);

  /* Delete only where the list has focus: in the search entry it deletes text. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "offers.delete", NULL);
}

void
_bb_offers_view_actions_init (BbOffersView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  for (guint i = 0; i < G_N_ELEMENTS (window_shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (window_shortcuts[i].keyval,
                                                                                    window_shortcuts[i].modifiers),
                                                            gtk_named_action_new (window_shortcuts[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_bb_offers_view_actions_update (BbOffersView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (offer_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), offer_actions[i], self->offer != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (catalogue_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), catalogue_actions[i], self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "offers.undo-import", self->undo_import_id > 0);
  bb_read_only_disable_actions (GTK_WIDGET (self), self->context, editing_actions);
}
