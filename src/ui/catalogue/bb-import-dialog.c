/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bb-hsds.h"
#include "bb-import-dialog-private.h"
#include "bb-import-toast.h"
#include "bb-taxonomy-mapping.h"
#include "bb-taxonomy-mapping-dialog.h"

G_DEFINE_FINAL_TYPE (BbImportDialog, bb_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_FILES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The items of filter_dropdown, in the same order. */
typedef enum
{
  FILTER_ALL,
  FILTER_NEW,
  FILTER_UPDATED,
  FILTER_CONFLICTS,
  FILTER_UNCHANGED,
  FILTER_REJECTED,
  FILTER_DUPLICATES,
} Filter;

/* How a worker's result finds the dialog, which may have been closed, and even
 * finalised, while the worker ran. */
typedef struct
{
  GWeakRef      dialog;
  BbImport     *import;
  /* Held while a commit runs, so that closing the main window does not end the
   * program halfway through the transaction. */
  GApplication *application;
} Reply;

static Reply *
reply_new (BbImportDialog *self,
           BbImport       *import)
{
  Reply *reply = g_new0 (Reply, 1);

  g_weak_ref_init (&reply->dialog, self);
  g_set_object (&reply->import, import);
  return reply;
}

static void
reply_free (Reply *reply)
{
  g_weak_ref_clear (&reply->dialog);
  g_clear_object (&reply->import);
  if (reply->application != NULL)
    g_application_release (reply->application);
  g_clear_object (&reply->application);
  g_free (reply);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Reply, reply_free)

/* NULL once the dialog has been closed: then nobody wants the result. Disposing
 * cancels, and a disposed dialog has lost its template children. */
static BbImportDialog *
reply_dup_dialog (Reply *reply)
{
  BbImportDialog *self = g_weak_ref_get (&reply->dialog);

  if (self != NULL && g_cancellable_is_cancelled (self->cancellable))
    g_clear_object (&self);

  return self;
}

static char *
dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename == NULL)
    return g_file_get_parse_name (file);

  return g_filename_display_name (basename);
}

/* "a.json, b.csv": every file, as the history of the import names them too. */
static char *
dup_display_names (GListModel *files)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *name = dup_display_name (file);

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", name);
    }

  return g_string_free (names, FALSE);
}

static void
show_error (BbImportDialog *self,
            const GError   *error)
{
  g_autofree char *message = g_markup_escape_text (error->message, -1);
  g_autofree char *description = NULL;

  description = g_strdup_printf (_("%s\n\nNothing has been changed."), message);
  adw_status_page_set_description (self->error_page, description);

  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->close_button), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_grab_focus (GTK_WIDGET (self->close_button));
}

void
_bb_import_dialog_update (BbImportDialog *self,
                          gboolean        rows)
{
  g_autofree char *summary = bb_import_dup_summary (self->import);
  g_autofree char *records_notice = bb_import_dup_notice (self->import);
  /* A page of a longer list says so first: it is not the whole catalogue. */
  const char *page_notice = bb_hsds_get_import_notice (self->import);
  g_autofree char *notice = page_notice == NULL ? g_strdup (records_notice)
                            : *records_notice == '\0' ? g_strdup (page_notice)
                            : g_strconcat (page_notice, "\n", records_notice, NULL);
  guint n_written = bb_import_count_written (self->import);
  guint n_rejected = bb_import_count (self->import, BB_IMPORT_ACTION_REJECT);
  g_autofree char *import_label = NULL;

  gtk_label_set_text (self->summary_label, summary);
  gtk_label_set_text (self->notice_label, notice);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), notice[0] != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import-dialog.import", n_written > 0);
  /* Terms of other taxonomies: the user may say what they stand for here. */
  gtk_widget_set_visible (GTK_WIDGET (self->map_terms_button),
                          bb_import_get_taxonomy_mapping (self->import) != NULL &&
                          g_list_model_get_n_items (bb_taxonomy_mapping_get_terms (bb_import_get_taxonomy_mapping (self->import))) > 0);

  /* Leaving records out is the user's choice, made in so many words. */
  if (n_written > 0 && n_rejected > 0)
    /* Translators: the button that imports a file some of whose records were rejected */
    import_label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "_Import the %u Good Record and Skip the %u Rejected",
                                                 "_Import the %u Good Records and Skip the %u Rejected",
                                                 n_written),
                                    n_written, n_rejected);
  gtk_button_set_label (self->import_button, import_label != NULL ? import_label : _("_Import"));
  /* The long choice gives way in a narrow window rather than widen the dialog past it;
   * the tooltip says it whole. */
  if (GTK_IS_LABEL (gtk_button_get_child (self->import_button)))
    gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (self->import_button)), PANGO_ELLIPSIZE_END);
  if (import_label != NULL)
    {
      g_autofree char *tooltip = g_strdup (import_label);
      char *underline = strchr (tooltip, '_');

      if (underline != NULL)
        memmove (underline, underline + 1, strlen (underline));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->import_button), tooltip);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->import_button), NULL);

  /* A new mapping changes what the rows say; they read their record when bound. */
  if (rows)
    {
      gtk_filter_list_model_set_model (self->filter_model, NULL);
      gtk_filter_list_model_set_model (self->filter_model, bb_import_get_records (self->import));
    }
}

static void
on_terms_mapped (BbImportDialog *self)
{
  _bb_import_dialog_update (self, TRUE);
}

static void
map_terms_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BbImportDialog *self = BB_IMPORT_DIALOG (widget);
  BbTaxonomyMappingDialog *dialog = bb_taxonomy_mapping_dialog_new (self->import);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "mapped", G_CALLBACK (on_terms_mapped), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_preview (BbImportDialog *self)
{
  _bb_import_dialog_show_names (self);
  _bb_import_dialog_update (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "preview");

  /* Not the Import button: a stray Return must not import a file still being reviewed. */
  gtk_widget_grab_focus (GTK_WIDGET (self->filter_dropdown));
}

static void
read_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GPtrArray *files = task_data;
  g_autoptr(GError) error = NULL;
  BbImport *import;

  import = bb_offer_exchange_read_files ((GFile **) files->pdata, files->len, &error);
  if (import == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, import, g_object_unref);
}

static void
on_import_prepared (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(Reply) reply = user_data;
  g_autoptr(BbImportDialog) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean prepared;

  prepared = bb_offer_exchange_prepare_import_finish (BB_OFFER_REPOSITORY (source_object), result,
                                                      &error);

  self = reply_dup_dialog (reply);
  if (self == NULL)
    return;

  if (!prepared)
    {
      show_error (self, error);
      return;
    }

  self->import = g_steal_pointer (&reply->import);
  /* Several files are named by the reading, all of them. */
  if (g_list_model_get_n_items (self->files) == 1)
    {
      g_autoptr(GFile) file = g_list_model_get_item (self->files, 0);

      name = g_file_get_basename (file);
      bb_import_set_file_name (self->import, name);
    }
  show_preview (self);
}

static void
on_file_read (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(Reply) reply = user_data;
  g_autoptr(BbImportDialog) self = NULL;
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *comparing = NULL;
  guint n_records;

  import = g_task_propagate_pointer (G_TASK (result), &error);

  self = reply_dup_dialog (reply);
  if (self == NULL)
    return;

  if (import == NULL)
    {
      show_error (self, error);
      return;
    }

  n_records = g_list_model_get_n_items (bb_import_get_records (import));
  comparing = g_strdup_printf (ngettext ("Comparing %u record with the catalogue…",
                                         "Comparing %u records with the catalogue…",
                                         n_records),
                               n_records);
  adw_status_page_set_description (self->loading_page, comparing);

  /* The worker owns @import until on_import_prepared. */
  bb_offer_exchange_prepare_import_async (bb_context_get_offers (self->context), import,
                                          self->cancellable, on_import_prepared,
                                          reply_new (self, import));
}

static void
read_file (BbImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (self->files); i++)
    g_ptr_array_add (files, g_list_model_get_item (self->files, i));

  /* No source object: a closed dialog must not wait for the thread to finish. */
  task = g_task_new (NULL, self->cancellable, on_file_read, reply_new (self, NULL));
  g_task_set_source_tag (task, read_file);
  g_task_set_task_data (task, files, (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, read_file_thread);
}

static gboolean
filter_record (gpointer item,
               gpointer user_data)
{
  BbImportDialog *self = BB_IMPORT_DIALOG (user_data);
  BbImportRecord *record = BB_IMPORT_RECORD (item);
  BbImportAction action = bb_import_record_get_action (record);

  switch ((Filter) gtk_drop_down_get_selected (self->filter_dropdown))
    {
    case FILTER_NEW:
      return action == BB_IMPORT_ACTION_NEW;

    case FILTER_UPDATED:
      return action == BB_IMPORT_ACTION_UPDATE;

    case FILTER_CONFLICTS:
      return action == BB_IMPORT_ACTION_CONFLICT;

    case FILTER_UNCHANGED:
      return action == BB_IMPORT_ACTION_UNCHANGED;

    case FILTER_REJECTED:
      return action == BB_IMPORT_ACTION_REJECT;

    case FILTER_DUPLICATES:
      return bb_import_record_get_duplicate (record) && action != BB_IMPORT_ACTION_REJECT;

    case FILTER_ALL:
    default:
      return TRUE;
    }
}

static void
on_filter_dropdown_selected (BbImportDialog *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_filter_model_items_changed (BbImportDialog *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0;

  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
}

static void
on_import_committed (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Reply) reply = user_data;
  g_autoptr(BbImportDialog) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gboolean committed;

  /* Finished even when the dialog is gone: this is what tells the views. */
  committed = bb_offer_exchange_commit_import_finish (BB_OFFER_REPOSITORY (source_object), result,
                                                     &error);

  self = reply_dup_dialog (reply);
  if (self == NULL)
    return;

  self->committing = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", TRUE);

  if (!committed)
    {
      g_autofree char *message = NULL;

      /* A label, not a toast: the reason can be longer than a toast shows. */
      message = g_strdup_printf (_("Nothing was imported: %s"), error->message);
      gtk_label_set_text (self->commit_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->commit_error_label), TRUE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "import-dialog.import", TRUE);
      gtk_stack_set_visible_child_name (self->stack, "preview");
      gtk_widget_grab_focus (GTK_WIDGET (self->filter_dropdown));
      return;
    }

  summary = bb_import_dup_summary (self->import);
  g_signal_emit (self, signals[IMPORTED], 0, summary);
  bb_import_toast_show (gtk_window_get_transient_for (GTK_WINDOW (self)), self->context,
                        bb_import_get_id (self->import), summary);
  gtk_window_close (GTK_WINDOW (self));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BbImportDialog *self = BB_IMPORT_DIALOG (widget);
  g_autofree char *title = NULL;
  GApplication *application;
  Reply *reply;
  guint n_importable;

  n_importable = bb_import_count_written (self->import);
  title = g_strdup_printf (ngettext ("Importing %u Offer…", "Importing %u Offers…", n_importable),
                           n_importable);
  adw_status_page_set_title (self->importing_page, title);

  /* One transaction cannot be stopped halfway, so nothing may close the dialog until
   * it has landed. */
  self->committing = TRUE;
  gtk_widget_action_set_enabled (widget, "import-dialog.import", FALSE);
  gtk_widget_action_set_enabled (widget, "window.close", FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->commit_error_label), FALSE);
  /* Off the preview: its rows and filter must not read the records the worker writes. */
  gtk_stack_set_visible_child_name (self->stack, "importing");

  reply = reply_new (self, self->import);
  application = g_application_get_default ();
  if (application != NULL)
    {
      reply->application = g_object_ref (application);
      g_application_hold (application);
    }

  /* No cancellable: a cancelled task would hide that the commit landed. */
  bb_offer_exchange_commit_import_async (bb_context_get_offers (self->context), self->import,
                                         NULL, on_import_committed, reply);
}

static gboolean
bb_import_dialog_close_request (GtkWindow *window)
{
  BbImportDialog *self = BB_IMPORT_DIALOG (window);

  /* The window manager's close too: the commit closes the dialog when it is done. */
  if (self->committing)
    return TRUE;

  return GTK_WINDOW_CLASS (bb_import_dialog_parent_class)->close_request (window);
}

static void
bb_import_dialog_constructed (GObject *object)
{
  BbImportDialog *self = BB_IMPORT_DIALOG (object);
  g_autofree char *name = NULL;
  g_autofree char *reading = NULL;

  G_OBJECT_CLASS (bb_import_dialog_parent_class)->constructed (object);

  name = dup_display_names (self->files);

  adw_window_title_set_subtitle (self->window_title, name);
  reading = g_strdup_printf (_("Reading “%s”…"), name);
  adw_status_page_set_title (self->loading_page, reading);

  read_file (self);
}

static void
bb_import_dialog_dispose (GObject *object)
{
  BbImportDialog *self = BB_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  /* The filter outlives the dialog only as long as the list does, but its function
   * points at the dialog. */
  gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (bb_import_dialog_parent_class)->dispose (object);
}

static void
bb_import_dialog_finalize (GObject *object)
{
  BbImportDialog *self = BB_IMPORT_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_object (&self->files);
  g_clear_object (&self->import);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (bb_import_dialog_parent_class)->finalize (object);
}

static void
bb_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BbImportDialog *self = BB_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_FILES:
      g_value_set_object (value, self->files);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_import_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BbImportDialog *self = BB_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_FILES:
      self->files = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_import_dialog_class_init (BbImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = bb_import_dialog_constructed;
  object_class->dispose = bb_import_dialog_dispose;
  object_class->finalize = bb_import_dialog_finalize;
  object_class->get_property = bb_import_dialog_get_property;
  object_class->set_property = bb_import_dialog_set_property;

  window_class->close_request = bb_import_dialog_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         BB_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_FILES] =
    g_param_spec_object ("files", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, loading_page);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, importing_page);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, commit_error_label);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, notice_label);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, names_expander);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, map_terms_button);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, names_list);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, list_stack);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, filter_model);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, filter);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_dropdown_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_model_items_changed);
  _bb_import_dialog_class_rows_init (widget_class);

  gtk_widget_class_install_action (widget_class, "import-dialog.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "import-dialog.map-terms", NULL, map_terms_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "import-dialog.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "import-dialog.import", NULL);
}

static void
bb_import_dialog_init (BbImportDialog *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, filter_record, self, NULL);
  /* Until the file has been read and sorted against the catalogue. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import-dialog.import", FALSE);
}

BbImportDialog *
bb_import_dialog_new (BbContext *context,
                      GFile     *file)
{
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);

  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  g_list_store_append (files, file);
  return bb_import_dialog_new_for_files (context, G_LIST_MODEL (files));
}

BbImportDialog *
bb_import_dialog_new_for_files (BbContext  *context,
                                GListModel *files)
{
  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (files), NULL);
  g_return_val_if_fail (g_list_model_get_n_items (files) > 0, NULL);

  return g_object_new (BB_TYPE_IMPORT_DIALOG,
                       "context", context,
                       "files", files,
                       NULL);
}

/**
 * bb_import_dialog_open:
 * @files: (element-type GFile): what the user chose
 *
 * What choosing files to import leads to, from a file chooser's response: the
 * preview of them all, shown on @parent, which also gets its "Imported" toast.
 *
 * Returns: (transfer none): the dialog, which closes itself
 */
BbImportDialog *
bb_import_dialog_open (BbContext  *context,
                       GtkWindow  *parent,
                       GListModel *files)
{
  BbImportDialog *dialog = bb_import_dialog_new_for_files (context, files);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
