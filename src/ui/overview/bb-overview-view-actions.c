/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The overview's actions: export as PDF or CSV, and count again. */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-overview-view-private.h"
#include "bb-page-section.h"

typedef gboolean (*WriteFunc) (BbOverviewView  *self,
                               GFile           *file,
                               GError         **error);

/* Headed with the municipality of the preferences, when it is set. */
static gboolean
write_pdf (BbOverviewView  *self,
           GFile           *file,
           GError         **error)
{
  GSettings *settings = _bb_overview_view_get_settings (self);
  g_autofree char *municipality = settings != NULL ? g_settings_get_string (settings, "municipality") : NULL;

  return bb_overview_write_pdf (self->overview, municipality, file, error);
}

static gboolean
write_csv (BbOverviewView  *self,
           GFile           *file,
           GError         **error)
{
  return bb_overview_write_csv (self->overview, file, error);
}

static GtkWindow *
get_window (BbOverviewView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(BbOverviewView) self = user_data;
  WriteFunc write = g_object_get_data (G_OBJECT (chooser), "write");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  /* What is written is what the cards show, counted for the filters shown. */
  if (file == NULL || self->overview == NULL)
    return;

  if (!write (self, file, &error))
    {
      bb_page_section_show_error (GTK_WIDGET (self), error);
      return;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is a file name. */
  title = g_strdup_printf (_("The overview is exported to “%s”"), name);
  bb_page_section_add_toast (GTK_WIDGET (self), adw_toast_new (title));
}

/* GtkFileChooserNative is what GTK 4.8 has; it goes through the portal in a sandbox. */
static void
choose_file (BbOverviewView *self,
             const char     *title,
             const char     *extension,
             const char     *filter_name,
             const char     *pattern,
             WriteFunc       write)
{
  const BbOverviewFilter *filter = bb_overview_get_filter (self->overview);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, get_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Export"), _("_Cancel"));
  g_autoptr(GtkFileFilter) file_filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  /* Translators: the file name offered for an export of the overview: "Overview 2026-03-01–2026-03-31" */
  name = g_strdup_printf (_("Overview %s–%s"), filter->from, filter->to);
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  {
    g_autofree char *file_name = g_strconcat (name, extension, NULL);

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  }

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (file_filter, filter_name);
  gtk_file_filter_add_pattern (file_filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), file_filter);
  g_object_set_data (G_OBJECT (chooser), "write", write);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_pdf (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbOverviewView *self = BB_OVERVIEW_VIEW (widget);

  if (self->overview != NULL)
    choose_file (self, _("Export Overview as PDF"), ".pdf", _("PDF documents"), "*.[pP][dD][fF]", write_pdf);
}

static void
export_csv (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbOverviewView *self = BB_OVERVIEW_VIEW (widget);

  if (self->overview != NULL)
    choose_file (self, _("Export Overview Figures as CSV"), ".csv", _("Spreadsheets (CSV)"), "*.[cC][sS][vV]",
                 write_csv);
}

static void
refresh (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  _bb_overview_view_refresh (BB_OVERVIEW_VIEW (widget));
}

void
_bb_overview_view_class_actions_init (BbOverviewViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "overview.export-pdf", NULL, export_pdf);
  gtk_widget_class_install_action (widget_class, "overview.export-csv", NULL, export_csv);
  gtk_widget_class_install_action (widget_class, "overview.refresh", NULL, refresh);
}

void
_bb_overview_view_actions_init (BbOverviewView *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *trigger =
    gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_F5, 0),
                                 gtk_keyval_trigger_new (GDK_KEY_r, GDK_CONTROL_MASK));

  /* Wherever the focus is while the view is shown (an unmapped view takes no keys). */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (keys), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (trigger, gtk_named_action_new ("overview.refresh")));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

void
_bb_overview_view_actions_update (BbOverviewView *self)
{
  gboolean shown = self->overview != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.export-pdf", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.export-csv", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.refresh", self->context != NULL);
}
