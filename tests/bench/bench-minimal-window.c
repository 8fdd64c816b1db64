/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The floor of the start-up and memory figures: the thinnest libadwaita program that
 * shows a window, quitting after its first frame as Brobygger does with
 * BROBYGGER_QUIT_AFTER_FIRST_FRAME=1. */

#include <adwaita.h>

static void
on_first_frame_painted (GdkFrameClock *clock,
                        GApplication  *application)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, application);
  g_application_quit (application);
}

static void
on_activate (GtkApplication *application)
{
  GtkWidget *window = adw_application_window_new (application);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Brobygger"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));

  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_first_frame_painted), application, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = adw_application_new ("io.github.brobygger.BenchMinimalWindow",
                                                                G_APPLICATION_NON_UNIQUE);

  g_signal_connect (application, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
