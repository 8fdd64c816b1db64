/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-plan-activities-row.h"
#include "bb-plan-activities-section.h"
#include "bb-plan-activity-dialog.h"
#include "bb-plan-sections-private.h"
#include "bb-plan-timeline-item.h"

struct _BbPlanActivitiesSection
{
  BbPlanSection  parent_instance;

  GListStore        *activities;

  GtkScrolledWindow *list_window;
  GtkGridView       *list_view;
  GtkLabel          *empty_label;
};

G_DEFINE_FINAL_TYPE (BbPlanActivitiesSection, bb_plan_activities_section, BB_TYPE_PLAN_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_PLANS, NULL };

/* ---- shared by the sections (bb-plan-sections-private.h) --------------- */

GtkWidget *
_bb_plan_sections_row_new (const char *title,
                           const char *subtitle,
                           const char *delete_action,
                           gint64      id,
                           const char *delete_name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_set_tooltip_text (delete_button, _("Delete"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete_button), delete_action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete_button), "x", id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button);

  return row;
}

void
_bb_plan_sections_clear_list (GtkListBox *list_box)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list_box, 0)) != NULL)
    gtk_list_box_remove (list_box, GTK_WIDGET (row));
}

typedef struct
{
  BbPlanSection     *section;
  gpointer           record;
  GDestroyNotify     free_record;
  BbPlanSaveRowFunc  restore;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_weak_pointer (&undo->section);
  undo->free_record (undo->record);
  g_free (undo);
}

static void
undo_delete (gpointer data)
{
  Undo *undo = data;
  g_autoptr(GError) error = NULL;

  if (undo->section == NULL || bb_plan_section_get_plans (undo->section) == NULL)
    return;

  if (!undo->restore (bb_plan_section_get_plans (undo->section), undo->record, &error))
    bb_plan_section_show_error (undo->section, error);
}

void
_bb_plan_sections_offer_undo (BbPlanSection     *section,
                              const char        *message,
                              gpointer           record,
                              GDestroyNotify     free_record,
                              BbPlanSaveRowFunc  restore)
{
  AdwToast *toast = adw_toast_new (message);
  Undo *undo = g_new0 (Undo, 1);

  g_set_weak_pointer (&undo->section, section);
  undo->record = record;
  undo->free_record = free_record;
  undo->restore = restore;

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, G_CONNECT_SWAPPED);
  bb_plan_section_add_toast (section, toast);
}

void
_bb_plan_sections_add_shortcut (BbPlanSection *section,
                                const char    *accelerator,
                                const char    *action)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  /* Wherever the focus is while the page is shown (an unmapped page takes no keys). */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (keys), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accelerator),
                                                          gtk_named_action_new (action)));
  gtk_widget_add_controller (GTK_WIDGET (section), keys);
}

char *
_bb_plan_sections_join (const char * const *parts,
                        guint               n_parts)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (joined->len > 0)
        g_string_append (joined, " · ");
      g_string_append (joined, parts[i]);
    }
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* ---- rows --------------------------------------------------------------- */

/* Each row about as tall as a two-line row, and the most the list grows to before it
 * scrolls: hundreds of activities make widgets only for the rows in view. */
#define ROW_HEIGHT 52
#define MAX_HEIGHT 520

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, bb_plan_activities_row_new ());
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item)
{
  bb_plan_activities_row_set_item (BB_PLAN_ACTIVITIES_ROW (gtk_list_item_get_child (list_item)),
                                   gtk_list_item_get_item (list_item));
}

static void
bb_plan_activities_section_refresh (BbPlanSection *section)
{
  BbPlanActivitiesSection *self = BB_PLAN_ACTIVITIES_SECTION (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  gint64 plan_id = bb_plan_section_get_plan_id (section);
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GDate today;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activities.add", plans != NULL && plan_id != 0);
  if (plans != NULL && plan_id != 0)
    {
      g_date_clear (&today, 1);
      bb_clock_get_today (bb_context_get_clock (bb_plan_section_get_context (section)), &today);
      activities = bb_plan_repository_list_activitys (plans, plan_id, &error);
      if (activities == NULL)
        bb_plan_section_show_error (section, error);
    }

  for (guint i = 0; activities != NULL && i < activities->len; i++)
    g_ptr_array_add (items, bb_plan_timeline_item_new (g_ptr_array_index (activities, i), &today));
  g_list_store_splice (self->activities, 0, g_list_model_get_n_items (G_LIST_MODEL (self->activities)),
                       items->pdata, items->len);
  gtk_widget_set_visible (GTK_WIDGET (self->list_window), items->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), items->len == 0);
  gtk_scrolled_window_set_min_content_height (self->list_window, MIN (items->len * ROW_HEIGHT, MAX_HEIGHT));
}

/* ---- editing ------------------------------------------------------------ */

static void
present_dialog (BbPlanActivitiesSection *self,
                const BbPlanActivity    *activity)
{
  BbPlanFormDialog *dialog = bb_plan_activity_dialog_new (bb_plan_section_get_context (BB_PLAN_SECTION (self)),
                                                          bb_plan_section_get_plan_id (BB_PLAN_SECTION (self)),
                                                          activity);

  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

static void
on_activate (BbPlanActivitiesSection *self,
             guint                    position)
{
  g_autoptr(BbPlanTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (self->activities), position);

  if (item != NULL)
    present_dialog (self, bb_plan_timeline_item_get_activity (item));
}

static gboolean
restore_activity (BbPlanRepository  *plans,
                  gpointer           record,
                  GError           **error)
{
  ((BbPlanActivity *) record)->id = 0;
  return bb_plan_repository_save_activity (plans, record, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbPlanActivitiesSection *self = BB_PLAN_ACTIVITIES_SECTION (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  BbPlanActivity *activity = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; activity == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->activities)); i++)
    {
      g_autoptr(BbPlanTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (self->activities), i);

      if (bb_plan_timeline_item_get_activity (item)->id == id)
        activity = bb_plan_activity_copy (bb_plan_timeline_item_get_activity (item));
    }
  if (activity == NULL)
    return;
  if (!bb_plan_repository_delete_activity (bb_plan_section_get_plans (BB_PLAN_SECTION (self)), id, &error))
    {
      bb_plan_section_show_error (BB_PLAN_SECTION (self), error);
      bb_plan_activity_free (activity);
      return;
    }

  /* Translators: a toast; %s is the activity's title. */
  message = g_markup_printf_escaped (_("Activity »%s« deleted"), activity->title);
  _bb_plan_sections_offer_undo (BB_PLAN_SECTION (self), message, activity,
                                (GDestroyNotify) bb_plan_activity_free, restore_activity);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  bb_plan_activities_section_add_activity (BB_PLAN_ACTIVITIES_SECTION (widget));
}

/* ---- the object --------------------------------------------------------- */

static void
bb_plan_activities_section_dispose (GObject *object)
{
  BbPlanActivitiesSection *self = BB_PLAN_ACTIVITIES_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_ACTIVITIES_SECTION);
  g_clear_object (&self->activities);

  G_OBJECT_CLASS (bb_plan_activities_section_parent_class)->dispose (object);
}

static void
bb_plan_activities_section_class_init (BbPlanActivitiesSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbPlanSectionClass *section_class = BB_PLAN_SECTION_CLASS (klass);

  object_class->dispose = bb_plan_activities_section_dispose;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_plan_activities_section_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-activities-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanActivitiesSection, list_window);
  gtk_widget_class_bind_template_child (widget_class, BbPlanActivitiesSection, list_view);
  gtk_widget_class_bind_template_child (widget_class, BbPlanActivitiesSection, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);

  gtk_widget_class_install_action (widget_class, "activities.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "activities.delete", "x", delete_action);
}

static void
bb_plan_activities_section_init (BbPlanActivitiesSection *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->activities = g_list_store_new (BB_TYPE_PLAN_TIMELINE_ITEM);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), NULL);
  gtk_grid_view_set_factory (self->list_view, factory);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->activities)));
  gtk_grid_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activities.add", FALSE);
  _bb_plan_sections_add_shortcut (BB_PLAN_SECTION (self), "<Control><Shift>a", "activities.add");
}

void
bb_plan_activities_section_add_activity (BbPlanActivitiesSection *self)
{
  g_return_if_fail (BB_IS_PLAN_ACTIVITIES_SECTION (self));

  if (bb_plan_section_get_plans (BB_PLAN_SECTION (self)) == NULL || bb_plan_section_get_plan_id (BB_PLAN_SECTION (self)) == 0)
    return;
  present_dialog (self, NULL);
}
