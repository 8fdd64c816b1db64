/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "bb-text-scale.h"

/* GTK's own default: 96 dots per inch, in 1024ths. */
#define DEFAULT_XFT_DPI (96 * 1024)
#define DEFAULT_DPI_KEY "bb-text-scale-default-dpi"

static double
clamp_scale (double scale)
{
  /* Whole steps, so that ten presses in and ten out come back to 100 %. */
  scale = round (scale / BB_TEXT_SCALE_STEP) * BB_TEXT_SCALE_STEP;
  return CLAMP (scale, BB_TEXT_SCALE_MIN, BB_TEXT_SCALE_MAX);
}

double
bb_text_scale_get (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), 1.0);

  return clamp_scale (g_settings_get_double (settings, "text-scale"));
}

static GSettings *
dup_settings (GtkWidget *widget)
{
  GSettings *settings = NULL;

  g_object_get (widget, "settings", &settings, NULL);
  return settings;
}

static void
step (GtkWidget *widget,
      int        steps)
{
  g_autoptr(GSettings) settings = dup_settings (widget);
  double scale;

  if (settings == NULL)
    return;

  scale = steps == 0 ? 1.0 : clamp_scale (bb_text_scale_get (settings) + steps * BB_TEXT_SCALE_STEP);
  g_settings_set_double (settings, "text-scale", scale);
}

static void
zoom_in (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  step (widget, 1);
}

static void
zoom_out (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  step (widget, -1);
}

static void
zoom_reset (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  step (widget, 0);
}

void
bb_text_scale_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset);

}

void
bb_text_scale_add_accelerators (GtkApplication *application)
{
  const char *in_accels[] = { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL };
  const char *out_accels[] = { "<Control>minus", "<Control>KP_Subtract", NULL };
  const char *reset_accels[] = { "<Control>0", "<Control>KP_0", NULL };

  gtk_application_set_accels_for_action (application, "win.zoom-in", in_accels);
  gtk_application_set_accels_for_action (application, "win.zoom-out", out_accels);
  gtk_application_set_accels_for_action (application, "win.zoom-reset", reset_accels);
}

static void
apply (GtkWidget *window,
       GSettings *settings)
{
  GtkSettings *gtk_settings = gtk_widget_get_settings (window);
  double scale = bb_text_scale_get (settings);
  gpointer stored = g_object_get_data (G_OBJECT (gtk_settings), DEFAULT_DPI_KEY);
  int default_dpi;
  int dpi;

  /* The desktop's value, read before the first change, is what 100 % means. */
  if (stored == NULL)
    {
      g_object_get (gtk_settings, "gtk-xft-dpi", &default_dpi, NULL);
      if (default_dpi <= 0)
        default_dpi = DEFAULT_XFT_DPI;
      g_object_set_data (G_OBJECT (gtk_settings), DEFAULT_DPI_KEY, GINT_TO_POINTER (default_dpi));
    }
  else
    default_dpi = GPOINTER_TO_INT (stored);

  dpi = (int) round (default_dpi * scale);
  g_object_set (gtk_settings, "gtk-xft-dpi", dpi, NULL);

  gtk_widget_action_set_enabled (window, "win.zoom-in", scale < BB_TEXT_SCALE_MAX - BB_TEXT_SCALE_STEP / 2);
  gtk_widget_action_set_enabled (window, "win.zoom-out", scale > BB_TEXT_SCALE_MIN + BB_TEXT_SCALE_STEP / 2);
}

static void
on_text_scale_changed (GSettings  *settings,
                       const char *key,
                       GtkWidget  *window)
{
  apply (window, settings);
}

/* The same keys as the application's accelerators, for a window without an
 * application too; before the focused widget, as those are. */
static void
add_shortcuts (GtkWidget *window)
{
  const struct { guint keyval; const char *action; } keys[] = {
    { GDK_KEY_plus, "win.zoom-in" }, { GDK_KEY_equal, "win.zoom-in" }, { GDK_KEY_KP_Add, "win.zoom-in" },
    { GDK_KEY_minus, "win.zoom-out" }, { GDK_KEY_KP_Subtract, "win.zoom-out" },
    { GDK_KEY_0, "win.zoom-reset" }, { GDK_KEY_KP_0, "win.zoom-reset" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, GDK_CONTROL_MASK),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (window, controller);
}

void
bb_text_scale_follow (GtkWidget *window,
                      GSettings *settings)
{
  g_return_if_fail (GTK_IS_WIDGET (window));
  g_return_if_fail (G_IS_SETTINGS (settings));

  /* Left at 100 %, the desktop's own value stays in charge of the text size. */
  if (bb_text_scale_get (settings) != 1.0)
    apply (window, settings);
  else
    {
      gtk_widget_action_set_enabled (window, "win.zoom-in", TRUE);
      gtk_widget_action_set_enabled (window, "win.zoom-out", TRUE);
    }
  g_signal_connect_object (settings, "changed::text-scale",
                           G_CALLBACK (on_text_scale_changed), window, 0);
  add_shortcuts (window);
}
