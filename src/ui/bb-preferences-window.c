/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-backups-group.h"
#include "bb-preferences-window.h"

struct _BbPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwEntryRow          *adviser_name_row;
  AdwEntryRow          *municipality_row;
  BbBackupsGroup       *backups_group;
  GtkSpinButton        *retention_years_button;
};

G_DEFINE_FINAL_TYPE (BbPreferencesWindow, bb_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
bb_preferences_window_class_init (BbPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/bb-preferences-window.ui");
  g_type_ensure (BB_TYPE_BACKUPS_GROUP);
  gtk_widget_class_bind_template_child (widget_class, BbPreferencesWindow, adviser_name_row);
  gtk_widget_class_bind_template_child (widget_class, BbPreferencesWindow, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, BbPreferencesWindow, backups_group);
  gtk_widget_class_bind_template_child (widget_class, BbPreferencesWindow, retention_years_button);
}

static void
bb_preferences_window_init (BbPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbPreferencesWindow *
bb_preferences_window_new (GSettings *settings)
{
  BbPreferencesWindow *self = g_object_new (BB_TYPE_PREFERENCES_WINDOW, NULL);

  g_settings_bind (settings, "adviser-name", self->adviser_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "municipality", self->municipality_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "retention-years", self->retention_years_button, "value", G_SETTINGS_BIND_DEFAULT);
  return self;
}

void
bb_preferences_window_set_context (BbPreferencesWindow *self,
                                   BbContext           *context)
{
  g_return_if_fail (BB_IS_PREFERENCES_WINDOW (self));

  bb_backups_group_set_context (self->backups_group, context);
}
