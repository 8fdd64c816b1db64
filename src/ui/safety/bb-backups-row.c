/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-backups-row.h"
#include "bb-format.h"

struct _BbBackupsRow
{
  AdwActionRow  parent_instance;

  GtkButton    *restore_button;
};

G_DEFINE_FINAL_TYPE (BbBackupsRow, bb_backups_row, ADW_TYPE_ACTION_ROW)

static void
bb_backups_row_class_init (BbBackupsRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/safety/bb-backups-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbBackupsRow, restore_button);
}

static void
bb_backups_row_init (BbBackupsRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

char *
bb_backups_row_format_made (const BbBackupInfo *info)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (info->made);
  g_autofree char *iso = g_date_time_format_iso8601 (utc);

  return bb_format_date_time (iso);
}

BbBackupsRow *
bb_backups_row_new (const BbBackupInfo *info)
{
  BbBackupsRow *self = g_object_new (BB_TYPE_BACKUPS_ROW, NULL);
  g_autofree char *made = bb_backups_row_format_made (info);
  g_autofree char *size = g_format_size (info->size);
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;

  /* Translators: "12.3 MB · Checked" under a backup's date */
  subtitle = info->verified ? g_strdup_printf (_("%s · Checked"), size)
                            : g_strdup_printf (_("%s · Not checked: left by an interrupted backup"), size);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), made);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  /* Named here with its target: a parameterised action without one is refused. A
   * file not checked (a backup being written, or one a crash interrupted) gets no
   * action at all: the action's own state would make the button sensitive again. */
  if (info->verified)
    {
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->restore_button), "s", info->path);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->restore_button), "backups.restore");
    }
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self->restore_button), FALSE);
  /* Translators: the accessible name of a backup's Restore… button */
  label = g_strdup_printf (_("Restore the backup of %s"), made);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->restore_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return self;
}
