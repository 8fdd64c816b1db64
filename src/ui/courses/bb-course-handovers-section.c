/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtkunixprint.h>

#include "bb-course-handovers-section.h"
#include "bb-course-section.h"
#include "bb-course-sections-private.h"
#include "bb-handover-letter.h"
#include "bb-handover-row.h"
#include "bb-offer-picker.h"

struct _BbCourseHandoversSection
{
  BbCourseSection  parent_instance;

  /* While the section writes a change a row already shows, it does not rebuild the
   * rows (which would close the row being edited). */
  gboolean    writing;

  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (BbCourseHandoversSection, bb_course_handovers_section, BB_TYPE_COURSE_SECTION)

static GtkWindow *
parent_window (BbCourseHandoversSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (BbCourseHandoversSection *self,
            const char               *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

/* Saves @handover, today as the date of a new state; the section's rows stay. */
static gboolean
write_handover (BbCourseHandoversSection *self,
                BbHandover               *handover)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (handover->state_date == NULL)
    handover->state_date = bb_course_dup_today (bb_course_section_get_context (BB_COURSE_SECTION (self)));

  self->writing = TRUE;
  saved = bb_course_repository_save_handover (bb_context_get_courses (bb_course_section_get_context (BB_COURSE_SECTION (self))), handover, &error);
  self->writing = FALSE;
  if (!saved)
    _bb_course_sections_show_error (GTK_WIDGET (self), error);

  return saved;
}

static void
on_row_changed (BbCourseHandoversSection *self,
                BbHandoverRow            *row)
{
  g_autoptr(BbHandover) handover = bb_handover_copy (bb_handover_row_get_handover (row));
  g_autoptr(GPtrArray) stored = NULL;

  /* A new state dates from today; the note alone keeps the state's date. */
  stored = bb_course_repository_list_handovers (bb_context_get_courses (bb_course_section_get_context (BB_COURSE_SECTION (self))), bb_course_section_get_course_id (BB_COURSE_SECTION (self)), NULL);
  for (guint i = 0; stored != NULL && i < stored->len; i++)
    {
      BbHandover *before = g_ptr_array_index (stored, i);

      if (before->id == handover->id && before->state != handover->state)
        g_clear_pointer (&handover->state_date, g_free);
    }
  write_handover (self, handover);
}

static void
refresh (BbCourseHandoversSection *self)
{
  g_autoptr(GPtrArray) handovers = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  if (self->writing)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL &&
         BB_IS_HANDOVER_ROW (child))
    gtk_list_box_remove (self->list_box, child);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handovers.link",
                                 bb_course_section_get_context (BB_COURSE_SECTION (self)) != NULL && bb_course_section_get_course_id (BB_COURSE_SECTION (self)) != 0);
  if (bb_course_section_get_context (BB_COURSE_SECTION (self)) == NULL || bb_course_section_get_course_id (BB_COURSE_SECTION (self)) == 0)
    return;

  handovers = bb_course_repository_list_handovers (bb_context_get_courses (bb_course_section_get_context (BB_COURSE_SECTION (self))),
                                                   bb_course_section_get_course_id (BB_COURSE_SECTION (self)), &error);
  if (handovers == NULL)
    {
      _bb_course_sections_show_error (GTK_WIDGET (self), error);
      return;
    }

  for (guint i = 0; i < handovers->len; i++)
    {
      GtkWidget *row = bb_handover_row_new (g_ptr_array_index (handovers, i));

      g_signal_connect_object (row, "changed", G_CALLBACK (on_row_changed), self, G_CONNECT_SWAPPED);
      gtk_list_box_append (self->list_box, row);
    }
}

static const char * const watched_domains[] = { BB_DOMAIN_HANDOVERS, NULL };

static void
refresh_section (BbCourseSection *section)
{
  refresh (BB_COURSE_HANDOVERS_SECTION (section));
}

static const BbHandover *
find_handover (BbCourseHandoversSection *self,
               gint64                    id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (BB_IS_HANDOVER_ROW (child) && bb_handover_row_get_handover (BB_HANDOVER_ROW (child))->id == id)
      return bb_handover_row_get_handover (BB_HANDOVER_ROW (child));

  return NULL;
}

/* ---- linking ------------------------------------------------------------ */

static void
on_offer_picked (BbCourseHandoversSection *self,
                 gint64                    offer_id,
                 const char               *title)
{
  g_autoptr(BbHandover) handover = bb_handover_new (bb_course_section_get_course_id (BB_COURSE_SECTION (self)), offer_id, BB_HANDOVER_SUGGESTED);
  g_autofree char *message = NULL;

  if (!write_handover (self, handover))
    return;

  refresh (self);
  /* Translators: a toast once an offer is linked to a course. */
  message = g_strdup_printf (_("»%s« is linked as suggested"), title);
  show_toast (self, message);
}

static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbCourseHandoversSection *self = BB_COURSE_HANDOVERS_SECTION (widget);
  BbOfferPicker *picker = bb_offer_picker_new (bb_course_section_get_context (BB_COURSE_SECTION (self)));

  gtk_window_set_transient_for (GTK_WINDOW (picker), parent_window (self));
  g_signal_connect_object (picker, "offer-picked", G_CALLBACK (on_offer_picked), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

/* ---- removing ----------------------------------------------------------- */

typedef struct
{
  BbCourseHandoversSection *section;
  BbHandover               *handover;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_weak_pointer (&undo->section);
  bb_handover_free (undo->handover);
  g_free (undo);
}

static void
undo_remove (gpointer data)
{
  Undo *undo = data;

  if (undo->section == NULL || bb_course_section_get_context (BB_COURSE_SECTION (undo->section)) == NULL)
    return;

  undo->handover->id = 0;
  if (write_handover (undo->section, undo->handover))
    refresh (undo->section);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbCourseHandoversSection *self = BB_COURSE_HANDOVERS_SECTION (widget);
  const BbHandover *shown = find_handover (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  Undo *undo;

  if (shown == NULL)
    return;

  undo = g_new0 (Undo, 1);
  undo->handover = bb_handover_copy (shown);
  if (!bb_course_repository_delete_handover (bb_context_get_courses (bb_course_section_get_context (BB_COURSE_SECTION (self))), shown->id, &error))
    {
      _bb_course_sections_show_error (widget, error);
      undo_free (undo);
      return;
    }

  /* Translators: a toast; %s is the offer. */
  message = g_markup_printf_escaped (_("Hand-over to »%s« removed"), undo->handover->offer_title);
  g_set_weak_pointer (&undo->section, self);
  _bb_course_sections_offer_undo (widget, message, undo_remove, undo, undo_free);
}

/* ---- the letter --------------------------------------------------------- */

/* Logged as @action: a saved letter is an export, the one for the printer a print. */
static gboolean
write_letter (BbCourseHandoversSection  *self,
              gint64                     id,
              BbAccessAction             action,
              GFile                     *file,
              GError                   **error)
{
  BbContext *context = bb_course_section_get_context (BB_COURSE_SECTION (self));

  return bb_handover_letter_write (bb_context_get_courses (context), bb_context_get_young_people (context),
                                   bb_context_get_advisers (context), bb_context_get_offers (context),
                                   id, action, file, error);
}

static char *
dup_letter_name (const BbHandover *handover)
{
  /* Translators: the file name offered for a hand-over letter; %s is the offer. */
  char *name = g_strdup_printf (_("Hand-over letter to %s.pdf"), handover->offer_title);

  return g_strdelimit (name, "/\\:", '-');
}

static void
save_letter_to (BbCourseHandoversSection *self,
                gint64                    id,
                GFile                    *file)
{
  g_autoptr(GError) error = NULL;

  if (!write_letter (self, id, BB_ACCESS_ACTION_EXPORT, file, &error))
    _bb_course_sections_show_error (GTK_WIDGET (self), error);
  else
    show_toast (self, _("Hand-over letter saved"));
}

#if GTK_CHECK_VERSION (4, 10, 0) && GDK_VERSION_MAX_ALLOWED >= GDK_VERSION_4_10
static void
on_save_dialog_done (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(BbCourseHandoversSection) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (source, "handover-id"));

  if (file != NULL && bb_course_section_get_context (BB_COURSE_SECTION (self)) != NULL)
    save_letter_to (self, id, file);
}
#else
static void
on_save_chooser_response (GtkNativeDialog *chooser,
                          int              response,
                          gpointer         user_data)
{
  g_autoptr(BbCourseHandoversSection) self = user_data;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser), "handover-id"));

  if (response == GTK_RESPONSE_ACCEPT && bb_course_section_get_context (BB_COURSE_SECTION (self)) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      save_letter_to (self, id, file);
    }
  g_object_unref (chooser);
}
#endif

static void
save_letter_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BbCourseHandoversSection *self = BB_COURSE_HANDOVERS_SECTION (widget);
  const BbHandover *handover = find_handover (self, g_variant_get_int64 (parameter));
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (handover == NULL)
    return;

  name = dup_letter_name (handover);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");

#if GTK_CHECK_VERSION (4, 10, 0) && GDK_VERSION_MAX_ALLOWED >= GDK_VERSION_4_10
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, _("Save Hand-over Letter"));
    gtk_file_dialog_set_initial_name (dialog, name);
    gtk_file_dialog_set_default_filter (dialog, filter);
    g_object_set_data (G_OBJECT (dialog), "handover-id", GSIZE_TO_POINTER (handover->id));
    gtk_file_dialog_save (dialog, parent_window (self), NULL, on_save_dialog_done, g_object_ref (self));
  }
#else
  {
    /* GtkFileChooserNative is what GTK 4.8 has; it goes through the portal in a sandbox. */
    GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Save Hand-over Letter"), parent_window (self),
                                                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                                                 _("_Cancel"));

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    g_object_set_data (G_OBJECT (chooser), "handover-id", GSIZE_TO_POINTER (handover->id));
    g_signal_connect (chooser, "response", G_CALLBACK (on_save_chooser_response), g_object_ref (self));
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  }
#endif
}

/* Printing sends the letter's PDF to the printer as it is, so the paper and the
 * saved file are the same letter. */
static void
on_print_job_done (GtkPrintJob  *job,
                   gpointer      user_data,
                   const GError *error)
{
  GFile *file = user_data;

  g_file_delete (file, NULL, NULL);
  if (error != NULL)
    g_warning ("Printing the hand-over letter failed: %s", error->message);
}

static void
on_print_dialog_response (GtkDialog *dialog,
                          int        response,
                          gpointer   user_data)
{
  g_autoptr(BbCourseHandoversSection) self = user_data;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "handover-id"));
  GtkPrinter *printer = gtk_print_unix_dialog_get_selected_printer (GTK_PRINT_UNIX_DIALOG (dialog));
  g_autoptr(GError) error = NULL;

  /* The letter is written (and the print logged) only once the user has chosen to
   * print: Cancel leaves no trace. */
  if (response == GTK_RESPONSE_OK && printer != NULL && bb_course_section_get_context (BB_COURSE_SECTION (self)) != NULL)
    {
      g_autoptr(GtkPrintJob) job = NULL;
      g_autoptr(GFileIOStream) stream = NULL;
      g_autoptr(GFile) file = NULL;
      g_autofree char *path = NULL;

      if (!gtk_printer_accepts_pdf (printer))
        show_toast (self, _("This printer cannot print the letter. Save it and print the PDF instead."));
      else if ((file = g_file_new_tmp ("brobygger-handover-XXXXXX.pdf", &stream, &error)) == NULL
               || !write_letter (self, id, BB_ACCESS_ACTION_PRINT, file, &error))
        _bb_course_sections_show_error (GTK_WIDGET (self), error);
      else
        {
          path = g_file_get_path (file);
          job = gtk_print_job_new (_("Hand-over letter"), printer,
                                   gtk_print_unix_dialog_get_settings (GTK_PRINT_UNIX_DIALOG (dialog)),
                                   gtk_print_unix_dialog_get_page_setup (GTK_PRINT_UNIX_DIALOG (dialog)));
          if (gtk_print_job_set_source_file (job, path, &error))
            gtk_print_job_send (job, on_print_job_done, g_steal_pointer (&file), g_object_unref);
          else
            _bb_course_sections_show_error (GTK_WIDGET (self), error);
        }

      if (file != NULL)
        g_file_delete (file, NULL, NULL);
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
print_letter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BbCourseHandoversSection *self = BB_COURSE_HANDOVERS_SECTION (widget);
  gint64 id = g_variant_get_int64 (parameter);
  GtkWidget *dialog;

  if (find_handover (self, id) == NULL)
    return;

  dialog = gtk_print_unix_dialog_new (_("Print Hand-over Letter"), parent_window (self));
  gtk_print_unix_dialog_set_manual_capabilities (GTK_PRINT_UNIX_DIALOG (dialog), GTK_PRINT_CAPABILITY_GENERATE_PDF);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_object_set_data (G_OBJECT (dialog), "handover-id", GSIZE_TO_POINTER (id));
  g_signal_connect (dialog, "response", G_CALLBACK (on_print_dialog_response), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the object --------------------------------------------------------- */

static void
bb_course_handovers_section_dispose (GObject *object)
{
  BbCourseHandoversSection *self = BB_COURSE_HANDOVERS_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_COURSE_HANDOVERS_SECTION);

  G_OBJECT_CLASS (bb_course_handovers_section_parent_class)->dispose (object);
}

static void
bb_course_handovers_section_class_init (BbCourseHandoversSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_course_handovers_section_dispose;

  BB_COURSE_SECTION_CLASS (klass)->refresh = refresh_section;
  BB_COURSE_SECTION_CLASS (klass)->watch_domains = watched_domains;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-handovers-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCourseHandoversSection, list_box);

  gtk_widget_class_install_action (widget_class, "handovers.link", NULL, link_action);
  gtk_widget_class_install_action (widget_class, "handovers.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "handovers.save-letter", "x", save_letter_action);
  gtk_widget_class_install_action (widget_class, "handovers.print-letter", "x", print_letter_action);
}

static void
bb_course_handovers_section_init (BbCourseHandoversSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handovers.link", FALSE);
}
