/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-access-request.h"
#include "bb-rights.h"

typedef struct
{
  BbContext       *context;
  AdwToastOverlay *toasts;
  gint64           young_person_id;
} Request;

static void
request_free (Request *self)
{
  g_clear_object (&self->context);
  g_clear_object (&self->toasts);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

static void
show_toast (AdwToastOverlay *toasts,
            const char      *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (toasts, adw_toast_new (escaped));
}

static void
on_save_response (GtkNativeDialog *native,
                  int              response,
                  gpointer         user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(GFile) pdf = NULL;
  g_autoptr(GFile) json = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (native);
      return;
    }

  pdf = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  json = bb_rights_dup_json_file (pdf);
  if (bb_rights_export_write (bb_context_get_database (request->context), request->young_person_id, pdf, json,
                              &error))
    {
      g_autofree char *json_name = g_file_get_basename (json);
      /* TRANSLATORS: a toast; %s is the name of the JSON file saved beside the PDF */
      g_autofree char *title = g_strdup_printf (_("Everything held is saved as a PDF and as »%s«"), json_name);

      show_toast (request->toasts, title);
    }
  else
    {
      /* TRANSLATORS: a toast; %s says why, a sentence of its own */
      g_autofree char *title = g_strdup_printf (_("Everything held could not be exported. %s"), error->message);

      show_toast (request->toasts, title);
    }
  g_object_unref (native);
}

void
bb_access_request_choose_file (GtkWindow       *parent,
                               BbContext       *context,
                               AdwToastOverlay *toasts,
                               gint64           young_person_id)
{
  g_autoptr(BbYoungPerson) person = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;
  Request *request;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (BB_IS_CONTEXT (context));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));

  person = bb_young_person_repository_get (bb_context_get_young_people (context), young_person_id, &error);
  if (person == NULL)
    {
      show_toast (toasts, error->message);
      return;
    }

  /* TRANSLATORS: the file name offered for the export of everything held; %s is the young person */
  name = g_strdup_printf (_("Everything held on %s.pdf"), bb_young_person_get_name (person));
  g_strdelimit (name, "/\\:", '-');
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");

  /* GtkFileChooserNative is what GTK 4.8 has; it goes through the portal in a sandbox. */
  native = gtk_file_chooser_native_new (_("Export Everything Held"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  request = g_new0 (Request, 1);
  request->context = g_object_ref (context);
  request->toasts = g_object_ref (toasts);
  request->young_person_id = young_person_id;
  g_signal_connect (native, "response", G_CALLBACK (on_save_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
