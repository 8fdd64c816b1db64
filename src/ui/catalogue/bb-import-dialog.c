/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-import-dialog.h"
#include "bb-offer-exchange.h"

struct _BbImportDialog
{
  AdwWindow           parent_instance;

  BbContext          *context;
  GFile              *file;
  BbImport           *import;
  GCancellable       *cancellable;
  /* Records of a JSON file are numbered by service, those of a CSV file by line. */
  gboolean            numbered_by_service;
  gboolean            committing;

  AdwWindowTitle     *window_title;
  GtkButton          *cancel_button;
  GtkButton          *close_button;
  GtkButton          *import_button;
  GtkStack           *stack;
  AdwStatusPage      *loading_page;
  AdwStatusPage      *error_page;
  AdwStatusPage      *importing_page;
  GtkLabel           *commit_error_label;
  GtkLabel           *summary_label;
  GtkLabel           *notice_label;
  GtkDropDown        *filter_dropdown;
  GtkStack           *list_stack;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
};

G_DEFINE_FINAL_TYPE (BbImportDialog, bb_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_FILE,
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

static char *
dup_position (BbImportDialog *self,
              guint           line)
{
  if (self->numbered_by_service)
    /* TRANSLATORS: where a record is in a JSON file: the service with this number */
    return g_strdup_printf (_("Service %u"), line);

  /* TRANSLATORS: where a record is in a CSV file */
  return g_strdup_printf (_("Line %u"), line);
}

static char *
dup_notice (BbImport *import)
{
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_free);
  guint n_importable;
  guint n_unchanged;
  guint n_rejected;
  guint n_duplicates;

  n_importable = bb_import_count (import, BB_IMPORT_ACTION_NEW)
                 + bb_import_count (import, BB_IMPORT_ACTION_UPDATE);
  n_unchanged = bb_import_count (import, BB_IMPORT_ACTION_UNCHANGED);
  n_rejected = bb_import_count (import, BB_IMPORT_ACTION_REJECT);
  n_duplicates = bb_import_count_duplicates (import);

  if (n_importable > 0 && n_rejected > 0)
    g_ptr_array_add (sentences,
                     g_strdup_printf (ngettext ("%u rejected record will be skipped.",
                                                "%u rejected records will be skipped.",
                                                n_rejected),
                                      n_rejected));
  else if (n_importable == 0 && n_rejected > 0)
    g_ptr_array_add (sentences,
                     g_strdup (_("There is nothing to import: each record is either rejected or already in the catalogue.")));
  else if (n_importable == 0 && n_unchanged > 0)
    g_ptr_array_add (sentences, g_strdup (_("Everything in this file is already in the catalogue.")));
  else if (n_importable == 0)
    g_ptr_array_add (sentences, g_strdup (_("There are no offers in this file.")));

  if (n_duplicates > 0)
    g_ptr_array_add (sentences,
                     g_strdup_printf (ngettext ("%u record has the same title and provider as another offer; check it before importing.",
                                                "%u records have the same title and provider as other offers; check them before importing.",
                                                n_duplicates),
                                      n_duplicates));

  g_ptr_array_add (sentences, NULL);

  return g_strjoinv (" ", (char **) sentences->pdata);
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

static void
show_preview (BbImportDialog *self)
{
  g_autofree char *summary = bb_import_dup_summary (self->import);
  g_autofree char *notice = dup_notice (self->import);
  gboolean can_import;

  can_import = bb_import_count (self->import, BB_IMPORT_ACTION_NEW) > 0
               || bb_import_count (self->import, BB_IMPORT_ACTION_UPDATE) > 0;

  gtk_label_set_text (self->summary_label, summary);
  gtk_label_set_text (self->notice_label, notice);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), notice[0] != '\0');
  gtk_filter_list_model_set_model (self->filter_model, bb_import_get_records (self->import));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import-dialog.import", can_import);
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
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  BbImport *import;

  import = bb_offer_exchange_read_file (file, &error);
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

  /* No source object: a closed dialog must not wait for the thread to finish. */
  task = g_task_new (NULL, self->cancellable, on_file_read, reply_new (self, NULL));
  g_task_set_source_tag (task, read_file);
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
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

/* The rows read their record once, when it is bound: they watch none of its
 * properties, because the import's worker changes them while it prepares and commits. */
static char *
record_title (gpointer        unused,
              BbImportRecord *record)
{
  BbOffer *offer;

  if (record == NULL)
    return NULL;

  offer = bb_import_record_get_offer (record);
  if (offer == NULL)
    return g_strdup (bb_import_record_get_reason (record));

  return g_strdup (bb_offer_get_title (offer));
}

static gboolean
record_has_offer (gpointer        unused,
                  BbImportRecord *record)
{
  return record != NULL && bb_import_record_get_offer (record) != NULL;
}

/* The row reaches the dialog, which knows how the file numbers its records, as the
 * root of its label. */
static char *
record_subtitle (gpointer        unused,
                 BbImportRecord *record,
                 GtkRoot        *root)
{
  g_autofree char *position = NULL;
  BbOffer *offer;

  if (record == NULL || !BB_IS_IMPORT_DIALOG (root))
    return NULL;

  position = dup_position (BB_IMPORT_DIALOG (root), bb_import_record_get_line (record));
  offer = bb_import_record_get_offer (record);
  if (offer == NULL)
    return g_steal_pointer (&position);

  /* TRANSLATORS: a record of an imported file: where it is in the file ("Line 3"),
   * then the name of the offer's provider */
  return g_strdup_printf (_("%s · %s"),
                          position,
                          bb_provider_get_name (bb_offer_get_provider (offer)));
}

static char *
record_action_label (gpointer        unused,
                     BbImportRecord *record)
{
  if (record == NULL)
    return NULL;

  switch (bb_import_record_get_action (record))
    {
    case BB_IMPORT_ACTION_NEW:
      return g_strdup (C_("import record", "New"));

    case BB_IMPORT_ACTION_UPDATE:
      return g_strdup (C_("import record", "Updated"));

    case BB_IMPORT_ACTION_UNCHANGED:
      return g_strdup (C_("import record", "Unchanged"));

    case BB_IMPORT_ACTION_REJECT:
      return g_strdup (C_("import record", "Rejected"));

    default:
      g_return_val_if_reached (NULL);
    }
}

static char **
record_action_css_classes (gpointer        unused,
                           BbImportRecord *record)
{
  const char *colour;

  switch (record != NULL ? bb_import_record_get_action (record) : BB_IMPORT_ACTION_UNCHANGED)
    {
    case BB_IMPORT_ACTION_NEW:
      colour = "success";
      break;

    case BB_IMPORT_ACTION_UPDATE:
      colour = "accent";
      break;

    case BB_IMPORT_ACTION_REJECT:
      colour = "error";
      break;

    case BB_IMPORT_ACTION_UNCHANGED:
    default:
      colour = "dim-label";
      break;
    }

  return g_strdupv ((char *[]) { (char *) "caption-heading", (char *) colour, NULL });
}

static gboolean
record_is_duplicate (gpointer        unused,
                     BbImportRecord *record)
{
  return record != NULL && bb_import_record_get_duplicate (record);
}

static char *
duplicate_label (gpointer unused)
{
  return g_strdup (_("Possible duplicate"));
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

  n_importable = bb_import_count (self->import, BB_IMPORT_ACTION_NEW)
                 + bb_import_count (self->import, BB_IMPORT_ACTION_UPDATE);
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
  g_autofree char *lower_name = NULL;
  g_autofree char *reading = NULL;

  G_OBJECT_CLASS (bb_import_dialog_parent_class)->constructed (object);

  name = dup_display_name (self->file);
  lower_name = g_utf8_strdown (name, -1);
  self->numbered_by_service = g_str_has_suffix (lower_name, ".json");

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
  g_clear_object (&self->file);
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

    case PROP_FILE:
      g_value_set_object (value, self->file);
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

    case PROP_FILE:
      self->file = g_value_dup_object (value);
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
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
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
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, list_stack);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, filter_model);
  gtk_widget_class_bind_template_child (widget_class, BbImportDialog, filter);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_dropdown_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_model_items_changed);
  gtk_widget_class_bind_template_callback (widget_class, record_title);
  gtk_widget_class_bind_template_callback (widget_class, record_has_offer);
  gtk_widget_class_bind_template_callback (widget_class, record_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, record_action_label);
  gtk_widget_class_bind_template_callback (widget_class, record_action_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, record_is_duplicate);
  gtk_widget_class_bind_template_callback (widget_class, duplicate_label);

  gtk_widget_class_install_action (widget_class, "import-dialog.import", NULL, import_activated);

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
  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (BB_TYPE_IMPORT_DIALOG,
                       "context", context,
                       "file", file,
                       NULL);
}
