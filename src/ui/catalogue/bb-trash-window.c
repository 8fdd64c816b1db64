/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-trash-window.h"

struct _BbTrashWindow
{
  AdwWindow        parent_instance;

  BbContext       *context;
  GListStore      *offers;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkLabel        *kept_label;
  GtkStack        *stack;
  GtkListView     *list_view;
  AdwStatusPage   *empty_page;
  AdwStatusPage   *error_page;
};

G_DEFINE_FINAL_TYPE (BbTrashWindow, bb_trash_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- rows ------------------------------------------------------------ */

/* The row's second line. @this is the list item the template is built for. */
static char *
dup_deleted_text (gpointer    this,
                  const char *provider,
                  guint       days)
{
  g_autofree char *when = NULL;

  if (days == 0)
    when = g_strdup (_("deleted today"));
  else if (days == 1)
    when = g_strdup (_("deleted yesterday"));
  else
    when = g_strdup_printf (ngettext ("deleted %u day ago", "deleted %u days ago", days), days);

  /* Translators: a provider, then when the offer was deleted: "Ungeenheden · deleted 3 days ago" */
  return g_strdup_printf (_("%s · %s"), provider != NULL ? provider : "", when);
}

static GVariant *
dup_restore_target (gpointer this,
                    gint64   id)
{
  return g_variant_ref_sink (g_variant_new_int64 (id));
}

/* ---- loading --------------------------------------------------------- */

static void
reload (BbTrashWindow *self)
{
  g_autoptr(GListModel) offers = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items;

  offers = bb_offer_repository_list_deleted (bb_context_get_offers (self->context), &error);
  if (offers == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  n_items = g_list_model_get_n_items (offers);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (offers, i));

  g_list_store_splice (self->offers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->offers)),
                       items->pdata, items->len);
  gtk_stack_set_visible_child_name (self->stack, n_items > 0 ? "list" : "empty");
}

static void
on_database_changed (BbTrashWindow *self,
                     const char    *domain)
{
  reload (self);
}

static BbDeletedOffer *
find_offer (BbTrashWindow *self,
            gint64         id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->offers)); i++)
    {
      g_autoptr(BbDeletedOffer) offer = g_list_model_get_item (G_LIST_MODEL (self->offers), i);

      if (bb_deleted_offer_get_id (offer) == id)
        return g_steal_pointer (&offer);
    }

  return NULL;
}

/* ---- actions --------------------------------------------------------- */

static void
restore_offer (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbTrashWindow *self = BB_TRASH_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(BbDeletedOffer) offer = find_offer (self, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  /* Before the list reloads without it. */
  if (offer != NULL)
    title = g_strdup (bb_deleted_offer_get_title (offer));

  if (!bb_offer_repository_restore (bb_context_get_offers (self->context), id, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
      reload (self);
      return;
    }

  if (title != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);
      g_autofree char *message = g_strdup_printf (_("“%s” is back in the catalogue"), escaped);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }

  /* Focus would otherwise fall out of the list with the row it was on. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->offers)) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* ---- GObject --------------------------------------------------------- */

static void
bb_trash_window_constructed (GObject *object)
{
  BbTrashWindow *self = BB_TRASH_WINDOW (object);
  g_autofree char *kept = NULL;

  G_OBJECT_CLASS (bb_trash_window_parent_class)->constructed (object);

  kept = g_strdup_printf (ngettext ("Deleted offers are kept here for %d day, then removed for good.",
                                    "Deleted offers are kept here for %d days, then removed for good.",
                                    BB_OFFER_TRASH_DAYS),
                          BB_OFFER_TRASH_DAYS);
  gtk_label_set_text (self->kept_label, kept);
  adw_status_page_set_description (self->empty_page, kept);

  g_signal_connect_object (bb_context_get_database (self->context), "changed::" BB_DOMAIN_OFFERS,
                           G_CALLBACK (on_database_changed), self, G_CONNECT_SWAPPED);
  reload (self);
}

static void
bb_trash_window_dispose (GObject *object)
{
  BbTrashWindow *self = BB_TRASH_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_TRASH_WINDOW);
  g_clear_object (&self->offers);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_trash_window_parent_class)->dispose (object);
}

static void
bb_trash_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BbTrashWindow *self = BB_TRASH_WINDOW (object);

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
bb_trash_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BbTrashWindow *self = BB_TRASH_WINDOW (object);

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
bb_trash_window_class_init (BbTrashWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bb_trash_window_constructed;
  object_class->dispose = bb_trash_window_dispose;
  object_class->get_property = bb_trash_window_get_property;
  object_class->set_property = bb_trash_window_set_property;

  /**
   * BbTrashWindow:context:
   *
   * The catalogue whose deleted offers are listed.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The template's rows name it. */
  g_type_ensure (BB_TYPE_DELETED_OFFER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-trash-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BbTrashWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BbTrashWindow, kept_label);
  gtk_widget_class_bind_template_child (widget_class, BbTrashWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BbTrashWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, BbTrashWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BbTrashWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, dup_deleted_text);
  gtk_widget_class_bind_template_callback (widget_class, dup_restore_target);

  gtk_widget_class_install_action (widget_class, "trash.restore", "x", restore_offer);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_trash_window_init (BbTrashWindow *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  self->offers = g_list_store_new (BB_TYPE_DELETED_OFFER);

  gtk_widget_init_template (GTK_WIDGET (self));

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->offers)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

BbTrashWindow *
bb_trash_window_new (BbContext *context)
{
  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);

  return g_object_new (BB_TYPE_TRASH_WINDOW, "context", context, NULL);
}
