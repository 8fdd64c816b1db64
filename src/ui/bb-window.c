/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-caseload-import-dialog.h"
#include "bb-courses-view.h"
#include "bb-demo-banner.h"
#include "bb-demo-mode.h"
#include "bb-demo-reset-dialog.h"
#include "bb-offers-view.h"
#include "bb-overview-view.h"
#include "bb-plans-view.h"
#include "bb-read-only-banner.h"
#include "bb-access-request.h"
#include "bb-retention-window.h"
#include "bb-text-scale.h"
#include "bb-view.h"
#include "bb-window.h"
#include "bb-zoom-controls.h"

struct _BbWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  BbContext            *context;
  /* Which database "context" is: the real one or the demonstration one. */
  BbDemoMode           *demo;
  gboolean              has_error;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkMenuButton        *menu_button;
  BbDemoBanner         *demo_banner;
  GtkStack             *content_stack;
  AdwViewStack         *view_stack;
  AdwStatusPage        *error_page;
  GtkButton            *restore_button;
};

G_DEFINE_FINAL_TYPE (BbWindow, bb_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_CONTEXT,
  PROP_DEMO_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The views in switcher order; Alt+1… picks them as in other GNOME applications.
 * Adding a view is a line here. While there is only one, the switcher title and bar
 * hide themselves and the header shows the window's title, and there are no view
 * shortcuts to press or to list; from the second on, list each in
 * ui/gtk/help-overlay.ui (a test holds the two to each other). */
static const struct {
  const char  *name;
  const char  *title;
  const char  *icon_name;
  GType      (*get_type) (void);
} views[] = {
  { "offers", N_("Offers"), "view-list-bullet-symbolic", bb_offers_view_get_type },
  { "courses", N_("Courses"), "system-users-symbolic", bb_courses_view_get_type },
  { "plans", N_("Plans"), "x-office-document-symbolic", bb_plans_view_get_type },
  { "overview", N_("Overview"), "view-grid-symbolic", bb_overview_view_get_type },
};

static void
add_views (BbWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *view = g_object_new (views[i].get_type (), NULL);

      g_assert (BB_IS_VIEW (view));

      adw_view_stack_add_titled_with_icon (self->view_stack, view, views[i].name,
                                           _(views[i].title), views[i].icon_name);
    }
}

/* A view is bound to the context, and so reads its rows, on its first visit: at start
 * only the visible one reads the database, which start-up must not grow with. */
static void
bind_visible_view (BbWindow *self)
{
  GtkWidget *view = adw_view_stack_get_visible_child (self->view_stack);

  if (view == NULL || g_object_get_data (G_OBJECT (view), "bb-window-bound") != NULL)
    return;

  g_object_set_data (G_OBJECT (view), "bb-window-bound", GINT_TO_POINTER (TRUE));
  g_object_bind_property (self, "context", view, "context", G_BINDING_SYNC_CREATE);
}

static void
on_visible_view_changed (BbWindow *self)
{
  GtkWidget *view = adw_view_stack_get_visible_child (self->view_stack);

  bind_visible_view (self);
  if (view != NULL)
    bb_view_activate (BB_VIEW (view));
}

static void
show_view (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  BbWindow *self = BB_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* Shows the view called @name and passes it @view_action ("offers.…") with @parameter. */
static void
activate_on_view (BbWindow   *self,
                  const char *name,
                  const char *view_action,
                  GVariant   *parameter)
{
  GtkWidget *view = adw_view_stack_get_child_by_name (self->view_stack, name);

  if (view == NULL || self->context == NULL)
    return;

  adw_view_stack_set_visible_child (self->view_stack, view);
  gtk_widget_activate_action_variant (view, view_action, parameter);
}

/* Another view points at an offer: the offers view shows it. */
static void
show_offer (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  activate_on_view (BB_WINDOW (widget), "offers", "offers.show-offer", parameter);
}

/* The lists window points at the offers that use a provider, target group or step
 * ("(sx)": "provider", "target-group" or "step", and its id): the offers view shows
 * those alone, in this window, which the lists window gave way to. */
static void
show_offers_of (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  activate_on_view (BB_WINDOW (widget), "offers", "offers.show-offers-of", parameter);
  gtk_window_present (GTK_WINDOW (widget));
}

/* Another view points at a course (its id): the courses view shows it. */
static void
show_course (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  activate_on_view (BB_WINDOW (widget), "courses", "courses.show-course", parameter);
}

/* The overview points at the rows behind a figure ("(sa{ss})": the view, and the
 * filters and values its "<view>.show-filtered" ("a{ss}") takes). */
static void
show_filtered (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *name;
  g_autofree char *view_action = NULL;
  g_autoptr(GVariant) filters = NULL;

  g_variant_get (parameter, "(&s@a{ss})", &name, &filters);
  view_action = g_strconcat (name, ".show-filtered", NULL);
  activate_on_view (BB_WINDOW (widget), name, view_action, filters);
}

/* The menu's caseload items: a spreadsheet of courses in, the course list out. */
static void
import_courses (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BbWindow *self = BB_WINDOW (widget);

  if (self->context != NULL)
    bb_caseload_import_dialog_choose_file (GTK_WINDOW (self), self->context, self->toast_overlay);
}

static void
export_courses (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BbWindow *self = BB_WINDOW (widget);

  if (self->context != NULL)
    bb_caseload_export_choose_file (GTK_WINDOW (self), self->context, self->toast_overlay);
}

/* A young person's rights: the access request from their page ("x": the young
 * person), and the list of who is due for deletion from the menu. */
static void
export_everything_held (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BbWindow *self = BB_WINDOW (widget);

  if (self->context != NULL)
    bb_access_request_choose_file (GTK_WINDOW (self), self->context, self->toast_overlay,
                                   g_variant_get_int64 (parameter));
}

static void
review_retention (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BbWindow *self = BB_WINDOW (widget);
  BbRetentionWindow *window;

  if (self->context == NULL)
    return;
  window = bb_retention_window_new (self->context);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_present (GTK_WINDOW (window));
}

/* The window's own actions that write; the views disable theirs the same way. */
static const char * const editing_actions[] = { "win.import-courses", "win.review-retention", NULL };

/* How long a write from the window waits for another program's lock: the window is
 * frozen meanwhile, and a save that still meets the lock is tried again (the editors'
 * BbSaveErrorBar), so not the ten seconds a command waits. */
#define BUSY_TIMEOUT_MS 1000

static void
update_editing_actions (BbWindow *self)
{
  for (guint i = 0; editing_actions[i] != NULL; i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), editing_actions[i], TRUE);
  bb_read_only_disable_actions (GTK_WIDGET (self), self->context, editing_actions);
}

static void
update_content_page (BbWindow *self)
{
  const char *page = "views";

  if (self->demo != NULL && bb_demo_mode_get_active (self->demo) && bb_demo_mode_get_busy (self->demo))
    page = "demo-progress";
  else if (self->context == NULL && self->has_error)
    page = "error";
  gtk_stack_set_visible_child_name (self->content_stack, page);
}

static void
on_demo_changed (BbWindow *self)
{
  gboolean active = bb_demo_mode_get_active (self->demo);

  bb_demo_banner_set_revealed (self->demo_banner, active);
  gtk_window_set_title (GTK_WINDOW (self), active ? _("Brobygger – Demonstration") : _("Brobygger"));
  adw_view_switcher_title_set_subtitle (self->switcher_title, active ? _("Demonstration") : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.demo-reset",
                                 active && !bb_demo_mode_get_busy (self->demo));
  update_content_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEMO_MODE]);
}

static void
on_demo_failed (BbWindow   *self,
                const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
demo_reset (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbWindow *self = BB_WINDOW (widget);

  if (self->demo != NULL)
    bb_demo_reset_dialog_ask (self->demo, GTK_WINDOW (self));
}

static void
restore_window_state (BbWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
bb_window_close_request (GtkWindow *window)
{
  BbWindow *self = BB_WINDOW (window);
  int width;
  int height;

  gtk_window_get_default_size (window, &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  /* A maximised window's own size is what it returns to. */
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (bb_window_parent_class)->close_request (window);
}

static void
bb_window_constructed (GObject *object)
{
  BbWindow *self = BB_WINDOW (object);
  g_autofree char *last_view = NULL;

  G_OBJECT_CLASS (bb_window_parent_class)->constructed (object);

  restore_window_state (self);
  bb_text_scale_follow (GTK_WIDGET (self), self->settings);
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (gtk_menu_button_get_popover (self->menu_button)),
                              GTK_WIDGET (bb_zoom_controls_new (self->settings)), "zoom");

  /* The remembered view may be one this version does not have. */
  last_view = g_settings_get_string (self->settings, "last-view");
  if (adw_view_stack_get_child_by_name (self->view_stack, last_view) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, last_view);
  bind_visible_view (self);
  g_settings_bind (self->settings, "last-view", self->view_stack, "visible-child-name",
                   G_SETTINGS_BIND_SET);
}

static void
bb_window_dispose (GObject *object)
{
  BbWindow *self = BB_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_WINDOW);

  G_OBJECT_CLASS (bb_window_parent_class)->dispose (object);
}

static void
bb_window_finalize (GObject *object)
{
  BbWindow *self = BB_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->demo);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_window_parent_class)->finalize (object);
}

static void
bb_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BbWindow *self = BB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_DEMO_MODE:
      g_value_set_boolean (value, self->demo != NULL && bb_demo_mode_get_active (self->demo));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  BbWindow *self = BB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_CONTEXT:
      if (g_set_object (&self->context, g_value_get_object (value)))
        {
          if (self->context != NULL)
            bb_database_set_busy_timeout (bb_context_get_database (self->context), BUSY_TIMEOUT_MS);
          update_editing_actions (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_DEMO_MODE:
      if (self->demo == NULL)
        break;
      if (g_value_get_boolean (value))
        bb_demo_mode_enter (self->demo);
      else
        bb_demo_mode_leave (self->demo);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_window_class_init (BbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = bb_window_constructed;
  object_class->dispose = bb_window_dispose;
  object_class->finalize = bb_window_finalize;
  object_class->get_property = bb_window_get_property;
  object_class->set_property = bb_window_set_property;
  window_class->close_request = bb_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BbWindow:context:
   *
   * What every view works with, bound to each view's own "context".
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BbWindow:demo-mode:
   *
   * Whether the window shows the demonstration database; setting it enters or leaves
   * demonstration mode (bb_window_set_demo_mode () first).
   */
  properties[PROP_DEMO_MODE] =
    g_param_spec_boolean ("demo-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BB_TYPE_DEMO_BANNER);
  g_type_ensure (BB_TYPE_READ_ONLY_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/brobygger/Brobygger/bb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BbWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BbWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BbWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, BbWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, BbWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BbWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, BbWindow, demo_banner);

  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view);
  gtk_widget_class_install_action (widget_class, "win.show-offer", "x", show_offer);
  gtk_widget_class_install_action (widget_class, "win.show-offers-of", "(sx)", show_offers_of);
  gtk_widget_class_install_action (widget_class, "win.show-course", "x", show_course);
  gtk_widget_class_install_action (widget_class, "win.show-filtered", "(sa{ss})", show_filtered);
  gtk_widget_class_install_action (widget_class, "win.import-courses", NULL, import_courses);
  gtk_widget_class_install_action (widget_class, "win.export-courses", NULL, export_courses);
  gtk_widget_class_install_action (widget_class, "win.export-everything-held", "x", export_everything_held);
  gtk_widget_class_install_action (widget_class, "win.review-retention", NULL, review_retention);
  gtk_widget_class_install_property_action (widget_class, "win.demo-mode", "demo-mode");
  gtk_widget_class_install_action (widget_class, "win.demo-reset", NULL, demo_reset);
  bb_text_scale_install_actions (widget_class);
}

static void
bb_window_init (BbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_views (self);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (on_visible_view_changed), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.demo-mode", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.demo-reset", FALSE);
}

BbWindow *
bb_window_new (GtkApplication *application,
               GSettings      *settings,
               BbContext      *context,
               const GError   *error)
{
  BbWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  /* Both NULL: a window that shows the demonstration database (bb_window_set_demo_mode ()). */

  self = g_object_new (BB_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       "context", context,
                       NULL);

  if (context == NULL && error != NULL)
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);
      g_autofree char *description = NULL;

      description = g_strdup_printf (_("%s\n\nNothing has been changed. Close Brobygger, put the problem right, and start it again."),
                                     message);
      adw_status_page_set_description (self->error_page, description);
      self->has_error = TRUE;
      gtk_stack_set_visible_child_name (self->content_stack, "error");
    }

  return self;
}

BbContext *
bb_window_get_context (BbWindow *self)
{
  g_return_val_if_fail (BB_IS_WINDOW (self), NULL);

  return self->context;
}

void
bb_window_set_demo_mode (BbWindow   *self,
                         BbDemoMode *demo)
{
  g_return_if_fail (BB_IS_WINDOW (self));
  g_return_if_fail (BB_IS_DEMO_MODE (demo));
  g_return_if_fail (self->demo == NULL);

  self->demo = g_object_ref (demo);
  g_object_bind_property (demo, "context", self, "context", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (demo, "notify", G_CALLBACK (on_demo_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (demo, "failed", G_CALLBACK (on_demo_failed), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.demo-mode", TRUE);
  on_demo_changed (self);
}

void
bb_window_offer_backup (BbWindow   *self,
                        const char *offer,
                        const char *backup_path)
{
  g_autofree char *escaped = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (BB_IS_WINDOW (self));

  /* The page's text is markup already. */
  escaped = g_markup_escape_text (offer, -1);
  description = g_strconcat (adw_status_page_get_description (self->error_page), "\n\n", escaped, NULL);
  adw_status_page_set_description (self->error_page, description);
  /* Named here with its target: a parameterised action without one is refused. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->restore_button), "s", backup_path);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->restore_button), "app.restore-backup");
  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), TRUE);
}

void
bb_window_add_toast (BbWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (BB_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
bb_window_add_accelerators (GtkApplication *application)
{
  bb_text_scale_add_accelerators (application);

  if (G_N_ELEMENTS (views) < 2)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (views) && i < 9; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.show-view('%s')", views[i].name);
      g_autofree char *accel = g_strdup_printf ("<Alt>%u", i + 1);
      const char *accels[] = { accel, NULL };

      gtk_application_set_accels_for_action (application, action, accels);
    }
}
