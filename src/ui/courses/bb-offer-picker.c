/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-offer-list.h"
#include "bb-offer-picker.h"
#include "bb-provider.h"

struct _BbOfferPicker
{
  AdwWindow           parent_instance;

  BbContext          *context;
  BbOfferList        *offers;
  GtkSingleSelection *selection;
  /* The search the list shows: the entry waits a moment before it says it changed. */
  char               *applied;

  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (BbOfferPicker, bb_offer_picker, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_OFFER_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pick (BbOfferPicker *self,
      guint          position)
{
  g_autoptr(BbOffer) offer = NULL;

  if (self->offers == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->offers)))
    return;

  offer = g_list_model_get_item (G_LIST_MODEL (self->offers), position);
  g_object_ref (self);
  g_signal_emit (self, signals[SIGNAL_OFFER_PICKED], 0, bb_offer_get_id (offer), bb_offer_get_title (offer));
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
apply_search (BbOfferPicker *self)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  gboolean any;

  g_free (self->applied);
  self->applied = g_strdup (text);
  query.search = *text != '\0' ? text : NULL;
  query.sort = query.search != NULL ? BB_OFFER_SORT_RELEVANCE : BB_OFFER_SORT_TITLE;
  bb_offer_list_set_query (self->offers, &query);

  any = g_list_model_get_n_items (G_LIST_MODEL (self->offers)) > 0;
  gtk_stack_set_visible_child_name (self->stack, any ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "picker.pick", any);
  if (any)
    gtk_single_selection_set_selected (self->selection, 0);
}

static void
on_search_changed (BbOfferPicker *self)
{
  apply_search (self);
}

static void
on_search_activate (BbOfferPicker *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  if (g_strcmp0 (text, self->applied) != 0)
    apply_search (self);
  pick (self, gtk_single_selection_get_selected (self->selection));
}

static void
on_stop_search (BbOfferPicker *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_list_activate (BbOfferPicker *self,
                  guint          position)
{
  pick (self, position);
}

/* Up and Down in the search entry move through the results, so the hands stay on
 * the keys. */
static gboolean
on_search_key_pressed (BbOfferPicker   *self,
                       guint            keyval,
                       guint            keycode,
                       GdkModifierType  state)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (n == 0 || (keyval != GDK_KEY_Down && keyval != GDK_KEY_Up))
    return GDK_EVENT_PROPAGATE;

  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;
  else if (keyval == GDK_KEY_Down && selected + 1 < n)
    selected++;
  else if (keyval == GDK_KEY_Up && selected > 0)
    selected--;
  gtk_single_selection_set_selected (self->selection, selected);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", selected);
  return GDK_EVENT_STOP;
}

static void
pick_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbOfferPicker *self = BB_OFFER_PICKER (widget);

  pick (self, gtk_single_selection_get_selected (self->selection));
}

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *provider = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (provider), 0);
  gtk_label_set_ellipsize (GTK_LABEL (provider), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (provider, "caption");
  gtk_widget_add_css_class (provider, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), provider);
  gtk_list_item_set_child (item, box);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  BbOffer *offer = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *provider = gtk_widget_get_next_sibling (title);
  BbProvider *by = offer != NULL ? bb_offer_get_provider (offer) : NULL;
  const char *name = by != NULL ? bb_provider_get_name (by) : NULL;

  gtk_label_set_text (GTK_LABEL (title), offer != NULL ? bb_offer_get_title (offer) : "");
  gtk_label_set_text (GTK_LABEL (provider), name != NULL ? name : "");
  gtk_widget_set_visible (provider, name != NULL && *name != '\0');
}

static void
bb_offer_picker_dispose (GObject *object)
{
  BbOfferPicker *self = BB_OFFER_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_OFFER_PICKER);
  g_clear_object (&self->selection);
  g_clear_object (&self->offers);
  g_clear_object (&self->context);
  g_clear_pointer (&self->applied, g_free);

  G_OBJECT_CLASS (bb_offer_picker_parent_class)->dispose (object);
}

static void
bb_offer_picker_class_init (BbOfferPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_offer_picker_dispose;

  signals[SIGNAL_OFFER_PICKED] =
    g_signal_new ("offer-picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-offer-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOfferPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPicker, stack);
  gtk_widget_class_bind_template_child (widget_class, BbOfferPicker, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);

  gtk_widget_class_install_action (widget_class, "picker.pick", NULL, pick_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_offer_picker_init (BbOfferPicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

BbOfferPicker *
bb_offer_picker_new (BbContext *context)
{
  BbOfferPicker *self;

  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);

  self = g_object_new (BB_TYPE_OFFER_PICKER, NULL);
  self->context = g_object_ref (context);
  self->offers = bb_offer_list_new (bb_context_get_offers (context));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->offers)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  apply_search (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return self;
}
