/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bb-caseload-csv-exchange.h"
#include "bb-caseload-import-dialog.h"
#include "bb-format.h"

/* A preview of more rows than this lists the first ones and says how many more. */
#define MAX_ROWS_SHOWN 500

struct _BbCaseloadImportDialog
{
  AdwWindow             parent_instance;

  BbContext            *context;
  BbCaseload           *caseload;

  AdwWindowTitle       *window_title;
  GtkButton            *cancel_button;
  GtkButton            *import_button;
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  GtkLabel             *summary_label;
  GtkLabel             *notice_label;
  AdwPreferencesGroup  *rejected_group;
  AdwPreferencesGroup  *advisers_group;
  AdwPreferencesGroup  *courses_group;
};

G_DEFINE_FINAL_TYPE (BbCaseloadImportDialog, bb_caseload_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (BbCaseloadImportDialog *self,
            const GError           *error)
{
  g_autofree char *message = g_markup_escape_text (error->message, -1);
  g_autofree char *description = g_strdup_printf (_("%s\n\nNothing has been changed."), message);

  adw_status_page_set_description (self->error_page, description);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), FALSE);
  gtk_button_set_label (self->cancel_button, _("_Close"));
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
}

static GtkWidget *
row_new (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Names and notes are text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static char *
dup_course_subtitle (const BbCaseloadRow *row)
{
  g_autofree char *first_contact = bb_format_date (row->first_contact);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n_conversations = row->conversation_dates != NULL ? g_strv_length (row->conversation_dates) : 0;

  /* TRANSLATORS: in the preview of a caseload import: the date a course began */
  g_ptr_array_add (parts, g_strdup_printf (_("First contact %s"), first_contact));
  g_ptr_array_add (parts, g_strdup (bb_course_status_get_label (row->status)));
  if (row->adviser != NULL)
    g_ptr_array_add (parts, g_strdup (row->adviser));
  if (n_conversations > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conversation", "%u conversations",
                                                          n_conversations),
                                             n_conversations));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
show_preview (BbCaseloadImportDialog *self)
{
  BbCaseload *caseload = self->caseload;
  g_autofree char *summary = bb_caseload_dup_summary (caseload);
  guint shown = MIN (caseload->rows->len, MAX_ROWS_SHOWN);

  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), caseload->rejected->len > 0);

  for (guint i = 0; i < caseload->rejected->len; i++)
    {
      BbCaseloadRejection *rejection = g_ptr_array_index (caseload->rejected, i);
      /* TRANSLATORS: where a row is in a CSV file */
      g_autofree char *line = g_strdup_printf (_("Line %u"), rejection->line);
      /* The row's title says the line already; the command line needs it in the reason. */
      g_autofree char *prefix = g_strdup_printf (_("Line %u: "), rejection->line);
      const char *reason = rejection->reason;

      g_autofree char *sentence = NULL;

      if (g_str_has_prefix (reason, prefix))
        reason += strlen (prefix);
      /* Without the line before it, the reason starts a sentence. */
      if (g_unichar_islower (g_utf8_get_char (reason)))
        {
          g_autofree char *first = g_utf8_strup (reason, g_utf8_next_char (reason) - reason);

          sentence = g_strconcat (first, g_utf8_next_char (reason), NULL);
        }
      else
        sentence = g_strdup (reason);
      adw_preferences_group_add (self->rejected_group, row_new (line, sentence));
    }

  for (guint i = 0; i < caseload->new_advisers->len; i++)
    adw_preferences_group_add (self->advisers_group, row_new (g_ptr_array_index (caseload->new_advisers, i), NULL));

  for (guint i = 0; i < shown; i++)
    {
      BbCaseloadRow *row = g_ptr_array_index (caseload->rows, i);
      g_autofree char *subtitle = dup_course_subtitle (row);

      adw_preferences_group_add (self->courses_group, row_new (row->young_person, subtitle));
    }
  if (caseload->rows->len > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more course",
                                                            "And %u more courses",
                                                            caseload->rows->len - shown),
                                               caseload->rows->len - shown);

      adw_preferences_group_add (self->courses_group, row_new (more, NULL));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->rejected_group), caseload->rejected->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->advisers_group), caseload->new_advisers->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->courses_group), caseload->rows->len > 0);

  /* All or nothing: a file with a rejected row waits until it is corrected. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "caseload-import.import",
                                 caseload->rejected->len == 0 && caseload->rows->len > 0);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  /* Not the Import button: a stray Return must not import a file still being read. */
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
}

static void
import (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  BbCaseloadImportDialog *self = BB_CASELOAD_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  guint n_courses;

  if (self->caseload == NULL)
    return;

  n_courses = self->caseload->rows->len;
  if (!bb_course_repository_commit_caseload (bb_context_get_courses (self->context),
                                             bb_context_get_young_people (self->context),
                                             bb_context_get_advisers (self->context), self->caseload, &error))
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, n_courses);
  gtk_window_close (GTK_WINDOW (self));
}

static void
bb_caseload_import_dialog_dispose (GObject *object)
{
  BbCaseloadImportDialog *self = BB_CASELOAD_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_CASELOAD_IMPORT_DIALOG);
  g_clear_object (&self->context);
  g_clear_pointer (&self->caseload, bb_caseload_free);

  G_OBJECT_CLASS (bb_caseload_import_dialog_parent_class)->dispose (object);
}

static void
bb_caseload_import_dialog_class_init (BbCaseloadImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_caseload_import_dialog_dispose;

  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-caseload-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCaseloadImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, BbCaseloadImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, BbCaseloadImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, BbCaseloadImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, BbCaseloadImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, BbCaseloadImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BbCaseloadImportDialog, notice_label);
  gtk_widget_class_bind_template_child (widget_class, BbCaseloadImportDialog, rejected_group);
  gtk_widget_class_bind_template_child (widget_class, BbCaseloadImportDialog, advisers_group);
  gtk_widget_class_bind_template_child (widget_class, BbCaseloadImportDialog, courses_group);

  gtk_widget_class_install_action (widget_class, "caseload-import.import", NULL, import);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_caseload_import_dialog_init (BbCaseloadImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "caseload-import.import", FALSE);
}

BbCaseloadImportDialog *
bb_caseload_import_dialog_new (BbContext *context,
                               GFile     *file)
{
  BbCaseloadImportDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (BB_TYPE_CASELOAD_IMPORT_DIALOG, NULL);
  self->context = g_object_ref (context);

  basename = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, basename);

  /* A caseload is a spreadsheet of a few hundred rows: read at once. */
  self->caseload = bb_caseload_csv_read_file (bb_context_get_courses (context), file, &error);
  if (self->caseload == NULL)
    show_error (self, error);
  else
    show_preview (self);

  return self;
}

/* ---- the menu's file choosers ---------------------------------------- */

typedef struct
{
  GtkWindow       *parent;
  BbContext       *context;
  AdwToastOverlay *toasts;
} Chooser;

static Chooser *
chooser_new (GtkWindow       *parent,
             BbContext       *context,
             AdwToastOverlay *toasts)
{
  Chooser *chooser = g_new0 (Chooser, 1);

  chooser->parent = g_object_ref (parent);
  chooser->context = g_object_ref (context);
  chooser->toasts = g_object_ref (toasts);
  return chooser;
}

static void
chooser_free (Chooser *chooser)
{
  g_object_unref (chooser->parent);
  g_object_unref (chooser->context);
  g_object_unref (chooser->toasts);
  g_free (chooser);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Chooser, chooser_free)

static GtkFileChooserNative *
file_chooser_new (GtkWindow            *parent,
                  const char           *title,
                  GtkFileChooserAction  action,
                  const char           *accept)
{
  GtkFileChooserNative *native = gtk_file_chooser_native_new (title, parent, action, accept, _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV)"));
  gtk_file_filter_add_pattern (filter, "*.[cC][sS][vV]");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  return native;
}

static void
on_imported (BbCaseloadImportDialog *dialog,
             guint                   n_courses,
             gpointer                user_data)
{
  Chooser *chooser = user_data;
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u course is imported",
                                                         "%u courses are imported", n_courses),
                                            n_courses);

  adw_toast_overlay_add_toast (chooser->toasts, adw_toast_new (title));
  gtk_widget_activate_action (GTK_WIDGET (chooser->parent), "win.show-view", "s", "courses");
}

static void
on_import_response (GtkNativeDialog *native,
                    int              response,
                    gpointer         user_data)
{
  Chooser *chooser = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      BbCaseloadImportDialog *dialog = bb_caseload_import_dialog_new (chooser->context, file);

      gtk_window_set_transient_for (GTK_WINDOW (dialog), chooser->parent);
      /* The dialog holds the chooser's references until it goes. */
      g_signal_connect_data (dialog, "imported", G_CALLBACK (on_imported), chooser,
                             (GClosureNotify) (void (*) (void)) chooser_free, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    chooser_free (chooser);

  g_object_unref (native);
}

void
bb_caseload_import_dialog_choose_file (GtkWindow       *parent,
                                       BbContext       *context,
                                       AdwToastOverlay *toasts)
{
  GtkFileChooserNative *native;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (BB_IS_CONTEXT (context));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));

  native = file_chooser_new (parent, _("Import Caseload"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  g_signal_connect (native, "response", G_CALLBACK (on_import_response), chooser_new (parent, context, toasts));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
on_export_response (GtkNativeDialog *native,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(Chooser) chooser = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n_courses = 0;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (native);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (bb_caseload_csv_export (bb_context_get_courses (chooser->context), file, &n_courses, &error))
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u course is exported", "%u courses are exported",
                                          n_courses),
                             n_courses);
  else
    /* TRANSLATORS: %s says why, a sentence of its own */
    title = g_strdup_printf (_("The course list could not be exported. %s"), error->message);

  adw_toast_overlay_add_toast (chooser->toasts, adw_toast_new (title));
  g_object_unref (native);
}

void
bb_caseload_export_choose_file (GtkWindow       *parent,
                                BbContext       *context,
                                AdwToastOverlay *toasts)
{
  GtkFileChooserNative *native;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (BB_IS_CONTEXT (context));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));

  native = file_chooser_new (parent, _("Export Course List"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  /* TRANSLATORS: the file name an export of the course list suggests */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("courses.csv"));
  g_signal_connect (native, "response", G_CALLBACK (on_export_response), chooser_new (parent, context, toasts));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
