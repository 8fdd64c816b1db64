/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-plan-form-dialog.h"
#include "bb-plan-new-dialog.h"
#include "bb-plans-view-private.h"
#include "bb-read-only-banner.h"

/* The actions that need a plan shown beside the list. */
/* What writes: off while the database can only be read (bb_read_only_get ()). */
static const char * const editing_actions[] = {
  "plans.new", "plans.import", "plans.duplicate", "plans.delete", "plans.archive", "plans.unarchive", NULL
};

static const char * const plan_actions[] = {
  "plans.duplicate",
  "plans.export",
  "plans.save-pdf",
  "plans.print",
  "plans.delete",
};

/* The actions that need a database at all. */
static const char * const database_actions[] = {
  "plans.new",
  "plans.import",
  "plans.show-plan",
};

static gint64
shown_plan_id (BbPlansView *self)
{
  return bb_browse_pane_get_selected_id (self->pane);
}

static BbPlanRepository *
get_plans (BbPlansView *self)
{
  return bb_context_get_plans (self->context);
}

/* ---- the list -------------------------------------------------------- */

static void
focus_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  bb_browse_pane_focus_search (BB_PLANS_VIEW (widget)->pane);
}

/* What other views reach through win.show-plan. */
static void
show_plan (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  _bb_plans_view_show_plan (BB_PLANS_VIEW (widget), g_variant_get_int64 (parameter), FALSE);
}

/* What the overview reaches through win.show-filtered ("a{ss}": filters of
 * bb-overview.h and their values): a plan behind a figure; the list has no filter for
 * overdue activities, so those show the list, where each plan's page holds them. */
static void
show_filtered (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbPlansView *self = BB_PLANS_VIEW (widget);
  const char *value;

  if (g_variant_lookup (parameter, "plan", "&s", &value))
    _bb_plans_view_show_plan (self, g_ascii_strtoll (value, NULL, 10), FALSE);
  else
    bb_browse_pane_show_list (self->pane);
}

/* ---- new and duplicate ----------------------------------------------- */

static void
on_plan_created (BbPlansView *self,
                 gint64       id)
{
  _bb_plans_view_show_plan (self, id, TRUE);
}

static void
new_plan (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  BbPlansView *self = BB_PLANS_VIEW (widget);
  BbPlanNewDialog *dialog;

  if (self->context == NULL)
    return;

  dialog = bb_plan_new_dialog_new (self->context);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_plan_created), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), _bb_plans_view_get_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
save_duplicate (BbPlanFormDialog  *dialog,
                gpointer           user_data,
                GError           **error)
{
  BbPlansView *self = BB_PLANS_VIEW (user_data);
  g_autofree char *title = bb_plan_form_dialog_dup_text (dialog, "title_row");
  int months = 0;
  gint64 id;

  if (title == NULL)
    {
      bb_plan_form_dialog_show_error (dialog, "title_row", _("Give the new plan a title."));
      return FALSE;
    }
  if (!bb_plan_form_dialog_read_count (dialog, "months_row", &months))
    return FALSE;
  if (months < 0)
    months = 12;

  id = bb_plan_repository_duplicate (get_plans (self), shown_plan_id (self), title, months, error);
  if (id == 0)
    return FALSE;

  _bb_plans_view_show_plan (self, id, TRUE);
  return TRUE;
}

static void
duplicate_plan (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BbPlansView *self = BB_PLANS_VIEW (widget);
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  BbPlanFormDialog *dialog;

  if (shown_plan_id (self) == 0)
    return;
  plan = bb_plan_repository_get (get_plans (self), shown_plan_id (self), &error);
  if (plan == NULL)
    {
      bb_browse_pane_show_error (self->pane, error);
      return;
    }

  dialog = bb_plan_form_dialog_new (_("Duplicate for Next Period"),
                                    "/io/github/brobygger/Brobygger/plans/bb-plan-duplicate-form.ui");
  /* Translators: the title a duplicated plan gets to begin with; %s is the old one. */
  title = g_strdup_printf (_("%s (next period)"), bb_plan_get_title (plan));
  bb_plan_form_dialog_set_text (dialog, "title_row", title);
  bb_plan_form_dialog_set_text (dialog, "months_row", "12");
  bb_plan_form_dialog_set_save_func (dialog, save_duplicate, g_object_ref (self), g_object_unref);
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

/* ---- archive --------------------------------------------------------- */

static void
set_archived (BbPlansView *self,
              gboolean     archived)
{
  g_autoptr(GError) error = NULL;
  gint64 id = shown_plan_id (self);

  if (id == 0)
    return;
  if (!bb_plan_repository_set_archived (get_plans (self), id, archived, &error))
    {
      bb_browse_pane_show_error (self->pane, error);
      return;
    }

  bb_browse_pane_show_toast (self->pane, archived ? _("The plan is archived") : _("The plan is back from the archive"));
  _bb_plans_view_actions_update (self);
}

static void
archive_plan (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  set_archived (BB_PLANS_VIEW (widget), TRUE);
}

static void
unarchive_plan (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  set_archived (BB_PLANS_VIEW (widget), FALSE);
}

/* ---- files ----------------------------------------------------------- */

typedef void (*FileChosenFunc) (BbPlansView *self,
                                GFile       *file);

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     BbPlansView     *self)
{
  FileChosenFunc func = g_object_get_data (G_OBJECT (chooser), "chosen");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (self->context != NULL)
        func (self, file);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

/* GtkFileChooserNative is what GTK 4.8 has; it goes through the portal in a sandbox.
 * @name is the file name offered when saving. */
static void
choose_file (BbPlansView    *self,
             const char     *title,
             const char     *accept,
             const char     *name,
             const char     *filter_name,
             const char     *pattern,
             FileChosenFunc  func)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, _bb_plans_view_get_window (self),
                                 name != NULL ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                 accept, _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "chosen", func);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A file name from the plan's title, without what file systems refuse. */
static char *
dup_file_name (BbPlansView *self,
               const char  *extension)
{
  g_autoptr(BbPlan) plan = bb_plan_repository_get (get_plans (self), shown_plan_id (self), NULL);
  g_autofree char *title = g_strdup (plan != NULL && *bb_plan_get_title (plan) != '\0'
                                     ? bb_plan_get_title (plan) : _("Plan"));

  g_strdelimit (title, "/\\:*?\"<>|", '-');
  return g_strconcat (title, extension, NULL);
}

static void
export_to (BbPlansView *self,
           GFile       *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;

  if (!bb_plan_repository_export_json (get_plans (self), shown_plan_id (self), file, &error))
    {
      bb_browse_pane_show_error (self->pane, error);
      return;
    }
  /* Translators: %s is a file name. */
  title = g_strdup_printf (_("The plan is exported to »%s«"), name);
  bb_browse_pane_show_toast (self->pane, title);
}

static void
export_plan (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbPlansView *self = BB_PLANS_VIEW (widget);
  g_autofree char *name = NULL;

  if (shown_plan_id (self) == 0)
    return;
  name = dup_file_name (self, ".json");
  choose_file (self, _("Export Plan as JSON"), _("_Export"), name, _("Plans (JSON)"), "*.[jJ][sS][oO][nN]", export_to);
}

static void
import_from (BbPlansView *self,
             GFile       *file)
{
  g_autoptr(GError) error = NULL;
  gint64 id = bb_plan_repository_import_json (get_plans (self), file, &error);

  if (id == 0)
    {
      bb_browse_pane_show_error (self->pane, error);
      return;
    }
  bb_browse_pane_show_toast (self->pane, _("The plan is imported"));
  _bb_plans_view_show_plan (self, id, TRUE);
}

static void
import_plan (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbPlansView *self = BB_PLANS_VIEW (widget);

  if (self->context == NULL)
    return;
  choose_file (self, _("Import Plan from JSON"), _("_Import"), NULL, _("Plans (JSON)"), "*.[jJ][sS][oO][nN]", import_from);
}

static void
save_pdf_to (BbPlansView *self,
             GFile       *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;

  if (!bb_plan_page_save_pdf (self->plan_page, file, &error))
    {
      bb_browse_pane_show_error (self->pane, error);
      return;
    }
  /* Translators: %s is a file name. */
  title = g_strdup_printf (_("The plan is saved as »%s«"), name);
  bb_browse_pane_show_toast (self->pane, title);
}

static void
save_pdf (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  BbPlansView *self = BB_PLANS_VIEW (widget);
  g_autofree char *name = NULL;

  if (shown_plan_id (self) == 0)
    return;
  name = dup_file_name (self, ".pdf");
  choose_file (self, _("Save Plan as PDF"), _("_Save"), name, _("PDF documents"), "*.[pP][dD][fF]", save_pdf_to);
}

static void
print_plan (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbPlansView *self = BB_PLANS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (shown_plan_id (self) != 0 && !bb_plan_page_print (self->plan_page, _bb_plans_view_get_window (self), &error))
    bb_browse_pane_show_error (self->pane, error);
}

/* ---- delete and undo ------------------------------------------------- */

/* The row goes at once, the plan when its toast does (BbPendingDelete). */
static void
on_delete_committed (BbPlansView *self,
                     gint64       id)
{
  g_autoptr(GError) error = NULL;

  if (self->context != NULL && !bb_plan_repository_delete (get_plans (self), id, &error))
    {
      g_warning ("Cannot delete plan %" G_GINT64_FORMAT ": %s", id, error->message);
      if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
        bb_browse_pane_show_error (self->pane, error);
    }

  if (self->plans != NULL)
    bb_plan_list_set_hidden (self->plans, 0);
}

void
_bb_plans_view_commit_delete (BbPlansView *self)
{
  if (self->pending_delete != NULL)
    bb_pending_delete_commit (self->pending_delete);
}

static void
delete_plan (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbPlansView *self = BB_PLANS_VIEW (widget);
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 id = shown_plan_id (self);
  guint position;

  if (id == 0 || self->plans == NULL)
    return;

  plan = bb_plan_repository_get (get_plans (self), id, &error);
  if (plan == NULL)
    {
      bb_browse_pane_show_error (self->pane, error);
      return;
    }

  /* Translators: %s is the plan's title. */
  title = g_strdup_printf (_("The plan »%s« is deleted"), bb_plan_get_title (plan));
  /* The toast first: it commits the plan deleted before, whose row shows again. */
  bb_browse_pane_add_toast (self->pane, bb_pending_delete_start (self->pending_delete, id, title));
  position = bb_id_list_find (BB_ID_LIST (self->plans), id);
  bb_plan_list_set_hidden (self->plans, id);
  bb_browse_pane_focus_after_removal (self->pane, position);
  _bb_plans_view_update_has_items (self);
}

static void
undo_delete (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbPlansView *self = BB_PLANS_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);

  if (!bb_pending_delete_cancel (self->pending_delete, id))
    return;

  bb_plan_list_set_hidden (self->plans, 0);
  _bb_plans_view_update_has_items (self);

  /* The toast's button, which had the focus, is gone: the focus goes to the plan. */
  _bb_plans_view_show_plan (self, id, TRUE);
}

/* ---- setting up ------------------------------------------------------ */

void
_bb_plans_view_class_actions_init (BbPlansViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "plans.new", NULL, new_plan);
  gtk_widget_class_install_action (widget_class, "plans.search", NULL, focus_search);
  gtk_widget_class_install_property_action (widget_class, "plans.show-archived", "show-archived");
  gtk_widget_class_install_action (widget_class, "plans.import", NULL, import_plan);
  gtk_widget_class_install_action (widget_class, "plans.show-plan", "x", show_plan);
  gtk_widget_class_install_action (widget_class, "plans.show-filtered", "a{ss}", show_filtered);
  gtk_widget_class_install_action (widget_class, "plans.duplicate", NULL, duplicate_plan);
  gtk_widget_class_install_action (widget_class, "plans.archive", NULL, archive_plan);
  gtk_widget_class_install_action (widget_class, "plans.unarchive", NULL, unarchive_plan);
  gtk_widget_class_install_action (widget_class, "plans.export", NULL, export_plan);
  gtk_widget_class_install_action (widget_class, "plans.save-pdf", NULL, save_pdf);
  gtk_widget_class_install_action (widget_class, "plans.print", NULL, print_plan);
  gtk_widget_class_install_action (widget_class, "plans.delete", NULL, delete_plan);
  gtk_widget_class_install_action (widget_class, "plans.undo-delete", "x", undo_delete);
}

static void
add_shortcut (GtkEventController *controller,
              guint               keyval,
              GdkModifierType     modifiers,
              const char         *action)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_named_action_new (action)));
}

void
_bb_plans_view_actions_init (BbPlansView *self)
{
  GtkEventController *window_keys = gtk_shortcut_controller_new ();
  GtkEventController *list_keys = gtk_shortcut_controller_new ();
  GtkEventController *row_keys = gtk_shortcut_controller_new ();

  self->pending_delete = bb_pending_delete_new ("plans.undo-delete");
  g_signal_connect_object (self->pending_delete, "commit", G_CALLBACK (on_delete_committed), self, G_CONNECT_SWAPPED);

  /* Wherever the focus is while the view is shown (an unmapped view takes no keys). */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (window_keys), GTK_SHORTCUT_SCOPE_GLOBAL);
  add_shortcut (window_keys, GDK_KEY_f, GDK_CONTROL_MASK, "plans.search");
  gtk_widget_add_controller (GTK_WIDGET (self), window_keys);

  /* Only from the list and its search, as in the courses view: the plan's sections
   * may take Ctrl+N for a row of their own. */
  add_shortcut (list_keys, GDK_KEY_n, GDK_CONTROL_MASK, "plans.new");
  gtk_widget_add_controller (bb_browse_pane_get_list_pane (self->pane), list_keys);

  /* Delete only on the rows: in the search entry it deletes text. */
  add_shortcut (row_keys, GDK_KEY_Delete, 0, "plans.delete");
  gtk_widget_add_controller (GTK_WIDGET (bb_browse_pane_get_list_view (self->pane)), row_keys);
}

void
_bb_plans_view_actions_update (BbPlansView *self)
{
  gboolean shown = shown_plan_id (self) != 0;
  gboolean archived = shown && bb_plan_page_get_archived (self->plan_page);

  for (guint i = 0; i < G_N_ELEMENTS (plan_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), plan_actions[i], shown);
  for (guint i = 0; i < G_N_ELEMENTS (database_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), database_actions[i], self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.archive", shown && !archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.unarchive", shown && archived);
  bb_read_only_disable_actions (GTK_WIDGET (self), self->context, editing_actions);
}
