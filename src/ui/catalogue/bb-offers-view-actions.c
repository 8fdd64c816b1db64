/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-catalogue-lists-window.h"
#include "bb-coverage-window.h"
#include "bb-import-dialog.h"
#include "bb-leaflet.h"
#include "bb-leaflet-print.h"
#include "bb-offer-editor.h"
#include "bb-offer-exchange.h"
#include "bb-offers-view-private.h"

/* The actions that need an offer shown beside the list. */
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
  "offers.export",
  "offers.coverage",
  "offers.manage-lists",
  "offers.show-offer",
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
  BbOffersView *self = BB_OFFERS_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_list (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  BbOffersView *self = BB_OFFERS_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
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
  if (!_bb_offers_view_select_offer (self, id))
    {
      self->filling_filters = TRUE;
      _bb_offers_view_reset_filters (self);
      self->filling_filters = FALSE;
      _bb_offers_view_apply_query (self);

      if (!_bb_offers_view_select_offer (self, id))
        return;
    }

  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

/* ---- actions on offers ----------------------------------------------- */

static void
on_offer_saved (BbOffersView *self,
                BbOffer      *offer)
{
  _bb_offers_view_select_offer (self, bb_offer_get_id (offer));
  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
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
  gint64 id;

  if (self->offer == NULL)
    return;

  id = bb_offer_get_id (self->offer);
  title = g_strdup_printf (_("“%s” deleted"), bb_offer_get_title (self->offer));
  if (!bb_offer_repository_delete (bb_context_get_offers (self->context), id, &error))
    {
      _bb_offers_view_show_error (self, error);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "offers.undo-delete");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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

  _bb_offers_view_select_offer (self, id);
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

static void
add_filter (GtkFileChooserNative *chooser,
            const char           *name,
            const char           *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
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
on_imported (BbOffersView *self,
             const char   *summary)
{
  g_autofree char *title = g_strdup_printf (_("Imported: %s"), summary);

  _bb_offers_view_show_toast (self, title);
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  BbOffersView *self = BB_OFFERS_VIEW (user_data);

  if (response == GTK_RESPONSE_ACCEPT && self->context != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      BbImportDialog *dialog = bb_import_dialog_new (self->context, file);

      g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, G_CONNECT_SWAPPED);
      gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
      gtk_window_present (GTK_WINDOW (dialog));
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
  add_filter (chooser, _("Catalogues (CSV or Open Referral JSON)"), "*.[cCjJ][sS][vVoO]*");
  add_filter (chooser, _("Spreadsheets (CSV)"), "*.[cC][sS][vV]");
  add_filter (chooser, _("Open Referral HSDS (JSON)"), "*.[jJ][sS][oO][nN]");
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
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
      g_autofree char *name = g_file_get_basename (chosen);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;

      /* The extension chooses the format; a name without one becomes a spreadsheet. */
      if (bb_offer_format_for_file (chosen) != BB_OFFER_FORMAT_UNKNOWN)
        file = g_object_ref (chosen);
      else
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *csv_name = g_strconcat (name, ".csv", NULL);

          file = g_file_get_child_for_display_name (parent, csv_name, NULL);
        }

      if (file == NULL || !bb_offer_exchange_export (offers, file, &error))
        {
          if (error != NULL)
            _bb_offers_view_show_error (self, error);
        }
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

  chooser = file_chooser_new (self, _("Export Catalogue"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  /* Translators: the file name suggested for an exported catalogue; keep .csv */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("offer-catalogue.csv"));
  add_filter (chooser, _("Spreadsheets (CSV)"), "*.csv");
  add_filter (chooser, _("Open Referral HSDS (JSON)"), "*.json");
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- windows on the catalogue ---------------------------------------- */

static void
on_coverage_cell_activated (BbOffersView *self,
                            gint64        target_group_id,
                            gint64        step_id)
{
  self->filling_filters = TRUE;
  _bb_offers_view_reset_filters (self);
  for (guint i = 0; i < self->target_group_ids->len; i++)
    if (g_array_index (self->target_group_ids, gint64, i) == target_group_id)
      gtk_drop_down_set_selected (self->target_group_dropdown, i);
  for (guint i = 0; i < self->step_ids->len; i++)
    if (g_array_index (self->step_ids, gint64, i) == step_id)
      gtk_drop_down_set_selected (self->step_dropdown, i);
  /* The matrix counts active offers; show the same ones. */
  gtk_drop_down_set_selected (self->status_dropdown, BB_OFFER_STATUS_ACTIVE + 1);
  self->filling_filters = FALSE;

  _bb_offers_view_apply_query (self);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
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
  gtk_widget_class_install_action (widget_class, "offers.print-leaflet", NULL, print_leaflet);
  gtk_widget_class_install_action (widget_class, "offers.save-leaflet", NULL, save_leaflet);
  gtk_widget_class_install_action (widget_class, "offers.import", NULL, import_offers);
  gtk_widget_class_install_action (widget_class, "offers.export", NULL, export_offers);
  gtk_widget_class_install_action (widget_class, "offers.coverage", NULL, show_coverage);
  gtk_widget_class_install_action (widget_class, "offers.manage-lists", NULL, manage_lists);
  gtk_widget_class_install_action (widget_class, "offers.search", NULL, focus_search);
  gtk_widget_class_install_action (widget_class, "offers.clear-filters", NULL, clear_filters);
  gtk_widget_class_install_action (widget_class, "offers.show-list", NULL, show_list);
  gtk_widget_class_install_action (widget_class, "offers.show-offer", "x", show_offer);

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
}
