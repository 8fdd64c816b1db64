/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bb-feed-import-dialog.h"
#include "bb-feed-source.h"
#include "bb-format.h"
#include "bb-hsds-feed.h"
#include "bb-import-dialog.h"
#include "bb-offer-exchange.h"

struct _BbFeedImportDialog
{
  AdwWindow               parent_instance;

  BbContext              *context;
  BbFeedSourceRepository *feeds;
  BbHsdsFeed             *feed;
  BbFeedSource           *previous;
  BbImport               *import;    /* prepared only to count what changed */
  BbFeedUpdate            update;
  GCancellable           *cancellable;
  /* The feed as one file, in a folder of its own, until the preview has it. */
  char                   *folder;
  GFile                  *spool;

  GtkButton              *cancel_button;
  GtkButton              *read_button;
  GtkButton              *review_button;
  GtkStack               *stack;
  AdwEntryRow            *url_row;
  GtkLabel               *last_label;
  AdwStatusPage          *reading_page;
  GtkProgressBar         *progress_bar;
  AdwStatusPage          *changes_page;
  AdwStatusPage          *error_page;
};

G_DEFINE_FINAL_TYPE (BbFeedImportDialog, bb_feed_import_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the preview needs to remember the feed once it is imported. */
typedef struct
{
  BbContext    *context;
  BbFeedSource *source;
  char         *folder;
  GFile        *spool;
} Handover;

static void
remove_spool (GFile      *spool,
              const char *folder)
{
  if (spool != NULL)
    g_file_delete (spool, NULL, NULL);
  if (folder != NULL)
    g_rmdir (folder);
}

static void
handover_free (gpointer  data,
               GObject  *where_the_object_was)
{
  Handover *handover = data;

  remove_spool (handover->spool, handover->folder);
  g_object_unref (handover->context);
  bb_feed_source_free (handover->source);
  g_free (handover->folder);
  g_clear_object (&handover->spool);
  g_free (handover);
}

static void
on_preview_imported (BbImportDialog *preview,
                     const char     *summary,
                     gpointer        user_data)
{
  Handover *handover = user_data;
  g_autoptr(BbFeedSourceRepository) feeds = NULL;
  g_autoptr(GError) error = NULL;

  feeds = bb_feed_source_repository_new (bb_context_get_database (handover->context));
  if (!bb_feed_source_repository_save (feeds, handover->source, &error))
    g_warning ("The feed’s address was not remembered: %s", error->message);
}

/* ---- the pages ------------------------------------------------------- */

static void
show_page (BbFeedImportDialog *self,
           const char         *name)
{
  gboolean address = g_str_equal (name, "address");

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (GTK_WIDGET (self->read_button), address);
  gtk_widget_set_visible (GTK_WIDGET (self->review_button), g_str_equal (name, "changes"));
  if (address)
    gtk_widget_grab_focus (GTK_WIDGET (self->url_row));
}

static void
show_error (BbFeedImportDialog *self,
            const GError       *error)
{
  g_autofree char *description = NULL;
  g_autofree char *message = g_markup_escape_text (error->message, -1);

  description = g_strdup_printf (_("%s\n\nNothing has been changed."), message);
  adw_status_page_set_description (self->error_page, description);
  show_page (self, "error");
}

static void
forget_download (BbFeedImportDialog *self)
{
  remove_spool (self->spool, self->folder);
  g_clear_object (&self->spool);
  g_clear_pointer (&self->folder, g_free);
  g_clear_object (&self->feed);
  g_clear_object (&self->import);
  g_clear_pointer (&self->previous, bb_feed_source_free);
}

static void
on_feed_progress (BbHsdsFeed *feed,
                  guint       pages_read,
                  guint       n_pages,
                  guint       n_services,
                  gpointer    user_data)
{
  BbFeedImportDialog *self = BB_FEED_IMPORT_DIALOG (user_data);
  g_autofree char *text = NULL;

  if (n_pages > 0)
    {
      /* TRANSLATORS: Page 3 of 54 (150 services) */
      text = g_strdup_printf (ngettext ("Page %u of %u (%u service)", "Page %u of %u (%u services)",
                                        n_services),
                              pages_read, n_pages, n_services);
      gtk_progress_bar_set_fraction (self->progress_bar, (double) pages_read / n_pages);
    }
  else
    {
      text = g_strdup_printf (ngettext ("Page %u (%u service)", "Page %u (%u services)", n_services),
                              pages_read, n_services);
      gtk_progress_bar_pulse (self->progress_bar);
    }
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
on_import_prepared (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(BbFeedImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;

  if (!bb_offer_exchange_prepare_import_finish (BB_OFFER_REPOSITORY (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  if (self->import == NULL)
    return;

  bb_feed_update_count (&self->update, self->import, self->previous, bb_hsds_feed_get_service_ids (self->feed));
  summary = bb_feed_update_dup_summary (&self->update, self->previous);
  description = g_strdup_printf (_("%s\n\nReview the changes and choose what to import. Nothing "
                                   "is written until you do."), summary);
  adw_status_page_set_description (self->changes_page, description);
  show_page (self, "changes");
  gtk_widget_grab_focus (GTK_WIDGET (self->review_button));
}

static void
read_spool_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GError *error = NULL;
  BbImport *import = bb_offer_exchange_read_file (task_data, &error);

  if (import == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, import, g_object_unref);
}

static void
on_spool_read (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BbFeedImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) import = g_task_propagate_pointer (G_TASK (result), &error);
  BbOfferRepository *offers = bb_context_get_offers (self->context);

  if (import == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  self->previous = bb_feed_source_repository_load (self->feeds, bb_hsds_feed_get_url (self->feed), &error);
  if (error != NULL)
    {
      show_error (self, error);
      return;
    }

  adw_status_page_set_title (self->reading_page, _("Comparing with the Catalogue"));
  /* Only to count what changed: the preview prepares its own. */
  g_set_object (&self->import, import);
  bb_offer_exchange_prepare_import_async (offers, import, self->cancellable, on_import_prepared,
                                          g_object_ref (self));
}

static void
on_downloaded (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BbFeedImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  if (!bb_hsds_feed_download_finish (BB_HSDS_FEED (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  gtk_progress_bar_set_fraction (self->progress_bar, 1.0);
  task = g_task_new (NULL, self->cancellable, on_spool_read, g_object_ref (self));
  g_task_set_source_tag (task, on_downloaded);
  g_task_set_task_data (task, g_object_ref (self->spool), g_object_unref);
  g_task_run_in_thread (task, read_spool_thread);
}

/* ---- actions --------------------------------------------------------- */

static void
read_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BbFeedImportDialog *self = BB_FEED_IMPORT_DIALOG (widget);
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_row))));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *host = NULL;
  g_autoptr(GUri) uri = NULL;

  forget_download (self);
  self->feed = bb_hsds_feed_new (url, &error);
  if (self->feed == NULL || (self->folder = g_dir_make_tmp ("brobygger-feed-XXXXXX", &error)) == NULL)
    {
      g_clear_object (&self->feed);
      show_error (self, error);
      return;
    }

  /* Named after the server, since the import's history names its file. */
  uri = g_uri_parse (bb_hsds_feed_get_url (self->feed), G_URI_FLAGS_NONE, NULL);
  host = g_strdup (uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : "feed");
  g_strdelimit (host, "/\\:", '-');
  name = g_strconcat (host, ".json", NULL);
  self->spool = g_file_new_build_filename (self->folder, name, NULL);

  adw_status_page_set_title (self->reading_page, _("Reading the Feed"));
  adw_status_page_set_description (self->reading_page, bb_hsds_feed_get_url (self->feed));
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, _("Asking for the first page"));
  show_page (self, "reading");
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));

  g_signal_connect_object (self->feed, "progress", G_CALLBACK (on_feed_progress), self, 0);
  bb_hsds_feed_download_async (self->feed, self->spool, self->cancellable, on_downloaded, g_object_ref (self));
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  show_page (BB_FEED_IMPORT_DIALOG (widget), "address");
}

static void
review_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BbFeedImportDialog *self = BB_FEED_IMPORT_DIALOG (widget);
  BbImportDialog *preview;
  Handover *handover;

  if (self->spool == NULL)
    return;

  preview = bb_import_dialog_new (self->context, self->spool);
  handover = g_new0 (Handover, 1);
  handover->context = g_object_ref (self->context);
  handover->source = bb_feed_source_new (bb_hsds_feed_get_url (self->feed),
                                         bb_hsds_feed_get_service_ids (self->feed));
  handover->source->n_new = self->update.n_new;
  handover->source->n_changed = self->update.n_changed;
  handover->source->n_gone = self->update.n_gone;
  /* The preview reads the file; it is removed once the preview is gone. */
  handover->folder = g_steal_pointer (&self->folder);
  handover->spool = g_steal_pointer (&self->spool);
  g_signal_connect (preview, "imported", G_CALLBACK (on_preview_imported), handover);
  g_object_weak_ref (G_OBJECT (preview), handover_free, handover);

  gtk_window_set_transient_for (GTK_WINDOW (preview), gtk_window_get_transient_for (GTK_WINDOW (self)));
  gtk_window_present (GTK_WINDOW (preview));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- signal callbacks ------------------------------------------------ */

static void
on_url_row_entry_activated (BbFeedImportDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "feed-import.read", NULL);
}

static void
on_url_row_changed (BbFeedImportDialog *self)
{
  const char *url = gtk_editable_get_text (GTK_EDITABLE (self->url_row));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feed-import.read", bb_hsds_feed_is_url (url));
}

/* ---- overrides ------------------------------------------------------- */

static gboolean
bb_feed_import_dialog_close_request (GtkWindow *window)
{
  BbFeedImportDialog *self = BB_FEED_IMPORT_DIALOG (window);

  /* Cancel stops at once: nothing was written, and what was read is thrown away. */
  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (bb_feed_import_dialog_parent_class)->close_request (window);
}

static void
bb_feed_import_dialog_constructed (GObject *object)
{
  BbFeedImportDialog *self = BB_FEED_IMPORT_DIALOG (object);
  g_autoptr(BbFeedSource) last = NULL;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (bb_feed_import_dialog_parent_class)->constructed (object);

  self->feeds = bb_feed_source_repository_new (bb_context_get_database (self->context));
  last = bb_feed_source_repository_load_last (self->feeds, &error);
  if (error != NULL)
    g_debug ("No feed to offer: %s", error->message);

  if (last != NULL)
    {
      g_autofree char *when = bb_format_date_time (last->updated_at);
      g_autofree char *text = NULL;

      gtk_editable_set_text (GTK_EDITABLE (self->url_row), last->url);
      /* TRANSLATORS: Last updated from this feed on 15 March 2026, 09:05 (54 services). */
      text = g_strdup_printf (ngettext ("Last updated from this feed on %s (%u service).",
                                        "Last updated from this feed on %s (%u services).",
                                        g_strv_length (last->service_ids)),
                              when != NULL ? when : last->updated_at, g_strv_length (last->service_ids));
      gtk_label_set_text (self->last_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->last_label), TRUE);
    }
  on_url_row_changed (self);
  /* Enter in the address reads the feed; Cancel is only a click or Escape away. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->url_row));
}

static void
bb_feed_import_dialog_dispose (GObject *object)
{
  BbFeedImportDialog *self = BB_FEED_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  forget_download (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_FEED_IMPORT_DIALOG);

  G_OBJECT_CLASS (bb_feed_import_dialog_parent_class)->dispose (object);
}

static void
bb_feed_import_dialog_finalize (GObject *object)
{
  BbFeedImportDialog *self = BB_FEED_IMPORT_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_object (&self->feeds);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (bb_feed_import_dialog_parent_class)->finalize (object);
}

static void
bb_feed_import_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BbFeedImportDialog *self = BB_FEED_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_feed_import_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BbFeedImportDialog *self = BB_FEED_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_feed_import_dialog_class_init (BbFeedImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = bb_feed_import_dialog_constructed;
  object_class->dispose = bb_feed_import_dialog_dispose;
  object_class->finalize = bb_feed_import_dialog_finalize;
  object_class->get_property = bb_feed_import_dialog_get_property;
  object_class->set_property = bb_feed_import_dialog_set_property;

  window_class->close_request = bb_feed_import_dialog_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         BB_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-feed-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BbFeedImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, BbFeedImportDialog, read_button);
  gtk_widget_class_bind_template_child (widget_class, BbFeedImportDialog, review_button);
  gtk_widget_class_bind_template_child (widget_class, BbFeedImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, BbFeedImportDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, BbFeedImportDialog, last_label);
  gtk_widget_class_bind_template_child (widget_class, BbFeedImportDialog, reading_page);
  gtk_widget_class_bind_template_child (widget_class, BbFeedImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BbFeedImportDialog, changes_page);
  gtk_widget_class_bind_template_child (widget_class, BbFeedImportDialog, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_url_row_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_url_row_changed);

  gtk_widget_class_install_action (widget_class, "feed-import.read", NULL, read_activated);
  gtk_widget_class_install_action (widget_class, "feed-import.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "feed-import.review", NULL, review_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_feed_import_dialog_init (BbFeedImportDialog *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

BbFeedImportDialog *
bb_feed_import_dialog_new (BbContext *context)
{
  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);

  return g_object_new (BB_TYPE_FEED_IMPORT_DIALOG, "context", context, NULL);
}
