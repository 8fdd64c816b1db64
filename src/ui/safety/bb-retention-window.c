/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-access-request.h"
#include "bb-backup.h"
#include "bb-format.h"
#include "bb-retention.h"
#include "bb-retention-window.h"

struct _BbRetentionWindow
{
  AdwWindow        parent_instance;

  BbContext       *context;
  GPtrArray       *entries;
  GPtrArray       *rows;
  /* Who is being deleted, while the job runs. */
  char            *deleting;

  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  AdwPreferencesGroup *group;
  GtkListBox      *list;
  AdwStatusPage   *empty_page;
};

G_DEFINE_FINAL_TYPE (BbRetentionWindow, bb_retention_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* @key of the settings, or @fallback without settings or without the key. */
static guint
get_setting (BbRetentionWindow *self,
             const char        *key,
             guint              fallback)
{
  GSettings *settings = bb_context_get_settings (self->context);
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return fallback;
  g_object_get (settings, "settings-schema", &schema, NULL);
  return g_settings_schema_has_key (schema, key) ? g_settings_get_uint (settings, key) : fallback;
}

static guint
get_years (BbRetentionWindow *self)
{
  return get_setting (self, "retention-years", BB_RETENTION_DEFAULT_YEARS);
}

static void
show_toast (BbRetentionWindow *self,
            const char        *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static const BbRetentionEntry *
find_entry (BbRetentionWindow *self,
            gint64             young_person_id)
{
  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    {
      BbRetentionEntry *entry = g_ptr_array_index (self->entries, i);

      if (entry->young_person_id == young_person_id)
        return entry;
    }
  return NULL;
}

/* Icons, so that a narrow window leaves the name and dates room; the tooltip and the
 * accessible name say which young person the button is for. */
static GtkWidget *
row_button (const char *icon_name,
            const char *description,
            const char *action,
            gint64      young_person_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, description);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", young_person_id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  return button;
}

static GtkWidget *
row_new (const BbRetentionEntry *entry)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *closed = bb_format_date (entry->closed_date);
  g_autofree char *courses = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u course", "%u courses",
                                                           entry->n_courses),
                                              entry->n_courses);
  g_autofree char *subtitle = NULL;
  g_autofree char *export_name = NULL;
  g_autofree char *delete_name = NULL;

  if (*entry->onward_offer != '\0')
    /* TRANSLATORS: under a young person due for deletion: the last closing, the offer they went on to, and how many courses */
    subtitle = g_strdup_printf (_("Closed %s · went on to %s · %s"), closed, entry->onward_offer, courses);
  else
    /* TRANSLATORS: under a young person due for deletion: the last closing and how many courses */
    subtitle = g_strdup_printf (_("Closed %s · %s"), closed, courses);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* TRANSLATORS: the tooltip of a row's Export button; %s is the young person */
  export_name = g_strdup_printf (_("Export Everything Held on %s for Archiving"), entry->name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("document-save-symbolic", export_name, "retention.export",
                                         entry->young_person_id));
  /* TRANSLATORS: the tooltip of a row's Delete button; %s is the young person */
  delete_name = g_strdup_printf (_("Delete %s for Good"), entry->name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("user-trash-symbolic", delete_name, "retention.delete",
                                         entry->young_person_id));
  return row;
}

static void
refresh (BbRetentionWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  guint years = get_years (self);

  while (self->rows->len > 0)
    gtk_list_box_remove (self->list, g_ptr_array_steal_index (self->rows, self->rows->len - 1));
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  self->entries = bb_retention_list_due (bb_context_get_database (self->context), years, &error);
  if (self->entries == NULL)
    show_toast (self, error->message);

  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    {
      GtkWidget *row = row_new (g_ptr_array_index (self->entries, i));

      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->rows, row);
    }

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Every course of these young people closed more than %u year ago, "
                                              "the retention period set in Preferences. Export what must be "
                                              "archived, then delete them: their data is removed from the "
                                              "database and its backups for good.",
                                              "Every course of these young people closed more than %u years ago, "
                                              "the retention period set in Preferences. Export what must be "
                                              "archived, then delete them: their data is removed from the "
                                              "database and its backups for good.",
                                              years),
                                 years);
  adw_preferences_group_set_description (self->group, description);
  g_clear_pointer (&description, g_free);
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "No young person’s courses all closed more than %u year ago.",
                                              "No young person’s courses all closed more than %u years ago.",
                                              years),
                                 years);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, self->rows->len > 0 ? "list" : "empty");
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbRetentionWindow *self = BB_RETENTION_WINDOW (widget);

  bb_access_request_choose_file (GTK_WINDOW (self), self->context, self->toast_overlay,
                                 g_variant_get_int64 (parameter));
}

typedef struct
{
  gint64  young_person_id;
  guint   years;
  guint   keep;
} Deletion;

/* On a connection of its own: merging the search index, emptying the log and the
 * fresh backup take seconds on a large database, and the window keeps drawing. */
static gboolean
delete_job (BbDatabase    *connection,
            gpointer       job_data,
            GCancellable  *cancellable,
            GError       **error)
{
  Deletion *deletion = job_data;

  return bb_retention_delete (connection, deletion->young_person_id, deletion->years, deletion->keep, error);
}

static void
on_deleted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(BbRetentionWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->stack), TRUE);
  if (bb_database_run_job_finish (BB_DATABASE (source), result, &error))
    {
      /* TRANSLATORS: a toast; %s is the young person just deleted */
      g_autofree char *title = g_strdup_printf (_("%s is deleted for good"), self->deleting);

      show_toast (self, title);
    }
  else
    show_toast (self, error->message);
  g_clear_pointer (&self->deleting, g_free);
  refresh (self);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  BbRetentionWindow *self = BB_RETENTION_WINDOW (user_data);
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "young-person-id"));
  const BbRetentionEntry *entry = find_entry (self, id);
  BbDatabase *database = bb_context_get_database (self->context);
  Deletion *deletion;

  if (g_strcmp0 (response, "delete") != 0 || entry == NULL || self->deleting != NULL)
    return;

  deletion = g_new0 (Deletion, 1);
  deletion->young_person_id = id;
  deletion->years = get_years (self);
  deletion->keep = get_setting (self, "backup-count", BB_BACKUP_DEFAULT_COUNT);
  self->deleting = g_strdup (entry->name);
  gtk_widget_set_sensitive (GTK_WIDGET (self->stack), FALSE);
  bb_database_run_job_async (database, delete_job, deletion, g_free, NULL, on_deleted, g_object_ref (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbRetentionWindow *self = BB_RETENTION_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  const BbRetentionEntry *entry = find_entry (self, id);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (entry == NULL)
    return;

  /* TRANSLATORS: the heading of the confirmation; %s is the young person */
  heading = g_strdup_printf (_("Delete %s for Good?"), entry->name);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Their data and their course, with its meetings, measures, hand-overs and "
                                       "notes, are removed from the database and from its backups. This cannot be "
                                       "undone. The access log keeps only that a deletion was made.",
                                       "Their data and their %u courses, with their meetings, measures, hand-overs "
                                       "and notes, are removed from the database and from its backups. This cannot "
                                       "be undone. The access log keeps only that a deletion was made.",
                                       entry->n_courses),
                          entry->n_courses);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "young-person-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
bb_retention_window_constructed (GObject *object)
{
  BbRetentionWindow *self = BB_RETENTION_WINDOW (object);

  G_OBJECT_CLASS (bb_retention_window_parent_class)->constructed (object);

  refresh (self);
}

static void
bb_retention_window_dispose (GObject *object)
{
  BbRetentionWindow *self = BB_RETENTION_WINDOW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_RETENTION_WINDOW);

  G_OBJECT_CLASS (bb_retention_window_parent_class)->dispose (object);
}

static void
bb_retention_window_finalize (GObject *object)
{
  BbRetentionWindow *self = BB_RETENTION_WINDOW (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->deleting, g_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_retention_window_parent_class)->finalize (object);
}

static void
bb_retention_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BbRetentionWindow *self = BB_RETENTION_WINDOW (object);

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
bb_retention_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BbRetentionWindow *self = BB_RETENTION_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_retention_window_class_init (BbRetentionWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bb_retention_window_constructed;
  object_class->dispose = bb_retention_window_dispose;
  object_class->finalize = bb_retention_window_finalize;
  object_class->get_property = bb_retention_window_get_property;
  object_class->set_property = bb_retention_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/safety/bb-retention-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BbRetentionWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BbRetentionWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BbRetentionWindow, group);
  gtk_widget_class_bind_template_child (widget_class, BbRetentionWindow, list);
  gtk_widget_class_bind_template_child (widget_class, BbRetentionWindow, empty_page);

  gtk_widget_class_install_action (widget_class, "retention.export", "x", export_action);
  gtk_widget_class_install_action (widget_class, "retention.delete", "x", delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_retention_window_init (BbRetentionWindow *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbRetentionWindow *
bb_retention_window_new (BbContext *context)
{
  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);

  return g_object_new (BB_TYPE_RETENTION_WINDOW, "context", context, NULL);
}
