/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-demo-reset-dialog.h"

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             BbDemoMode       *demo)
{
  if (g_strcmp0 (response, "reset") == 0)
    bb_demo_mode_reset (demo);
}

void
bb_demo_reset_dialog_ask (BbDemoMode *demo,
                          GtkWindow  *parent)
{
  GtkWidget *dialog;

  g_return_if_fail (BB_IS_DEMO_MODE (demo));

  dialog = adw_message_dialog_new (parent, _("Reset Demonstration Data?"),
                                   _("Everything changed in the demonstration data is thrown away, and the fictional municipality is made anew as it was at the start. Your own data is not touched."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reset", _("_Reset"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response), demo, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
