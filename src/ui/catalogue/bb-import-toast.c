/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-import-toast.h"

/* Long enough to reach the button by keyboard after the dialog has closed. */
#define UNDO_TIMEOUT_SECONDS 10

typedef struct
{
  BbContext    *context;
  gint64        import_id;
  GWeakRef      overlay;
  /* Held while the undo runs, so closing the window does not end the program halfway
   * through its transaction. */
  GApplication *application;
} Undo;

static void
undo_free (Undo *undo)
{
  g_clear_object (&undo->context);
  g_weak_ref_clear (&undo->overlay);
  if (undo->application != NULL)
    g_application_release (undo->application);
  g_clear_object (&undo->application);
  g_free (undo);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Undo, undo_free)

static AdwToastOverlay *
find_overlay (GtkWindow *parent)
{
  GtkWidget *content = NULL;

  if (ADW_IS_APPLICATION_WINDOW (parent))
    content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (parent));
  else if (ADW_IS_WINDOW (parent))
    content = adw_window_get_content (ADW_WINDOW (parent));
  else if (parent != NULL)
    content = gtk_window_get_child (parent);

  return ADW_IS_TOAST_OVERLAY (content) ? ADW_TOAST_OVERLAY (content) : NULL;
}

/* The repository's messages are plain text; toast titles are markup. */
static void
add_toast (AdwToastOverlay *overlay,
           const char      *text,
           gboolean         error)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  if (error)
    {
      adw_toast_set_timeout (toast, 0);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }

  adw_toast_overlay_add_toast (overlay, toast);
}

static void
on_undone (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Undo) undo = user_data;
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (&undo->overlay);
  g_autoptr(GError) error = NULL;

  /* Finished even without an overlay: this is what tells the views. */
  if (!bb_offer_repository_undo_import_finish (BB_OFFER_REPOSITORY (source), result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The import was not undone: %s"), error->message);

      if (overlay != NULL)
        add_toast (overlay, message, TRUE);
      else
        g_warning ("%s", message);
      return;
    }

  if (overlay != NULL)
    add_toast (overlay, _("The import is undone"), FALSE);
}

static void
start_undo (AdwToastOverlay *overlay,
            BbContext       *context,
            gint64           import_id)
{
  Undo *undo = g_new0 (Undo, 1);

  undo->context = g_object_ref (context);
  undo->import_id = import_id;
  g_weak_ref_init (&undo->overlay, overlay);
  undo->application = g_application_get_default ();
  if (undo->application != NULL)
    {
      g_object_ref (undo->application);
      g_application_hold (undo->application);
    }

  /* No cancellable: a cancelled task would hide whether the undo landed. */
  bb_offer_repository_undo_import_async (bb_context_get_offers (undo->context), undo->import_id,
                                         NULL, on_undone, undo);
}

static void
on_undo_clicked (AdwToast *toast,
                 Undo     *data)
{
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (&data->overlay);

  start_undo (overlay, data->context, data->import_id);
}

void
bb_import_toast_show (GtkWindow  *parent,
                      BbContext  *context,
                      gint64      import_id,
                      const char *summary)
{
  AdwToastOverlay *overlay = find_overlay (parent);
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;
  Undo *data;

  g_return_if_fail (BB_IS_CONTEXT (context));
  g_return_if_fail (summary != NULL);

  if (overlay == NULL)
    return;

  title = g_strdup_printf (_("Imported: %s"), summary);
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, UNDO_TIMEOUT_SECONDS);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  if (import_id > 0)
    {
      data = g_new0 (Undo, 1);
      data->context = g_object_ref (context);
      data->import_id = import_id;
      g_weak_ref_init (&data->overlay, overlay);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked), data,
                             (GClosureNotify) G_CALLBACK (undo_free), 0);
    }

  adw_toast_overlay_add_toast (overlay, toast);
}

void
bb_import_toast_undo (GtkWindow *parent,
                      BbContext *context,
                      gint64     import_id)
{
  g_return_if_fail (BB_IS_CONTEXT (context));
  g_return_if_fail (import_id > 0);

  start_undo (find_overlay (parent), context, import_id);
}
