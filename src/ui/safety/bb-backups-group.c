/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-backup.h"
#include "bb-backups-dialogs.h"
#include "bb-backups-group.h"
#include "bb-backups-row.h"

struct _BbBackupsGroup
{
  AdwPreferencesGroup  parent_instance;

  BbContext           *context;
  GCancellable        *cancellable;
  GPtrArray           *rows;

  GtkButton           *back_up_button;
  GtkSpinButton       *count_button;
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (BbBackupsGroup, bb_backups_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
get_count (BbBackupsGroup *self)
{
  return bb_backup_get_count (self->context != NULL ? bb_context_get_settings (self->context) : NULL);
}

static void
show_toast (BbBackupsGroup *self,
            const char     *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (escaped));
}

void
bb_backups_group_reload (BbBackupsGroup *self)
{
  g_autoptr(GPtrArray) backups = NULL;

  g_return_if_fail (BB_IS_BACKUPS_GROUP (self));

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->context == NULL)
    return;

  backups = bb_backup_list (bb_database_get_path (bb_context_get_database (self->context)));
  for (guint i = 0; i < backups->len; i++)
    {
      GtkWidget *row = GTK_WIDGET (bb_backups_row_new (g_ptr_array_index (backups, i)));

      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->list), backups->len > 0);
}

static gboolean
back_up_job (BbDatabase    *connection,
             gpointer       job_data,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *path = bb_backup_make (connection, GPOINTER_TO_UINT (job_data), error);

  return path != NULL;
}

static void
on_backed_up (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  BbBackupsGroup *self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = bb_database_run_job_finish (BB_DATABASE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->back_up_button), TRUE);
  bb_backups_group_reload (self);
  if (ok)
    show_toast (self, _("A backup is made and checked"));
  else
    {
      g_autofree char *text = g_strdup_printf (_("No backup was made: %s"), error->message);

      show_toast (self, text);
    }
}

static void
back_up_now (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbBackupsGroup *self = BB_BACKUPS_GROUP (widget);

  if (self->context == NULL)
    return;

  /* A big database takes a while to copy and check: in the job thread. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_up_button), FALSE);
  bb_database_run_job_async (bb_context_get_database (self->context), back_up_job,
                             GUINT_TO_POINTER (get_count (self)), NULL, self->cancellable,
                             on_backed_up, self);
}

static void
restore (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  BbBackupsGroup *self = BB_BACKUPS_GROUP (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->context == NULL)
    return;

  bb_backups_confirm_restore (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                              bb_database_get_path (bb_context_get_database (self->context)),
                              g_variant_get_string (parameter, NULL));
}

void
bb_backups_group_set_context (BbBackupsGroup *self,
                              BbContext      *context)
{
  GSettings *settings;

  g_return_if_fail (BB_IS_BACKUPS_GROUP (self));

  if (!g_set_object (&self->context, context))
    return;

  settings = context != NULL ? bb_context_get_settings (context) : NULL;
  if (settings != NULL)
    g_settings_bind (settings, "backup-count", self->count_button, "value", G_SETTINGS_BIND_DEFAULT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now", context != NULL);
  bb_backups_group_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
bb_backups_group_dispose (GObject *object)
{
  BbBackupsGroup *self = BB_BACKUPS_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_BACKUPS_GROUP);

  G_OBJECT_CLASS (bb_backups_group_parent_class)->dispose (object);
}

static void
bb_backups_group_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BbBackupsGroup *self = BB_BACKUPS_GROUP (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_backups_group_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BbBackupsGroup *self = BB_BACKUPS_GROUP (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      bb_backups_group_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Out of its window, the group lets go of the database at once, whoever still holds
 * the group: a restore needs the file to itself. */
static void
bb_backups_group_unroot (GtkWidget *widget)
{
  bb_backups_group_set_context (BB_BACKUPS_GROUP (widget), NULL);

  GTK_WIDGET_CLASS (bb_backups_group_parent_class)->unroot (widget);
}

static void
bb_backups_group_class_init (BbBackupsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_backups_group_dispose;
  widget_class->unroot = bb_backups_group_unroot;
  object_class->get_property = bb_backups_group_get_property;
  object_class->set_property = bb_backups_group_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/safety/bb-backups-group.ui");
  gtk_widget_class_bind_template_child (widget_class, BbBackupsGroup, back_up_button);
  gtk_widget_class_bind_template_child (widget_class, BbBackupsGroup, count_button);
  gtk_widget_class_bind_template_child (widget_class, BbBackupsGroup, list);

  gtk_widget_class_install_action (widget_class, "backups.back-up-now", NULL, back_up_now);
  gtk_widget_class_install_action (widget_class, "backups.restore", "s", restore);
}

static void
bb_backups_group_init (BbBackupsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now", FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
}
