/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-offer-audience-section.h"
#include "bb-offer-basics-section.h"
#include "bb-offer-contacts-section.h"
#include "bb-offer-editor.h"
#include "bb-offer-hours-section.h"
#include "bb-offer-phones-section.h"
#include "bb-offer-places-section.h"
#include "bb-offer-practical-section.h"
#include "bb-save-error-bar.h"

/* A page of sections (BbSection), as gnome-calendar's event editor is: each fills
 * itself from the offer and writes its own fields back; the editor loads the lists
 * they choose from, saves, and asks before changes are lost. */
struct _BbOfferEditor
{
  AdwWindow               parent_instance;

  BbContext              *context;
  BbOffer                *offer;
  AdwMessageDialog       *discard_dialog;
  /* Saved or discarded: nothing left to ask about when closing. */
  gboolean                done;

  BbSaveErrorBar         *error_bar;
  AdwWindowTitle         *window_title;
  GtkWidget              *sections_box;
  BbOfferBasicsSection   *basics_section;
  BbOfferAudienceSection *audience_section;
  BbOfferContactsSection *contacts_section;
};

G_DEFINE_FINAL_TYPE (BbOfferEditor, bb_offer_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_OFFER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define FOREACH_SECTION(self, section) \
  for (GtkWidget *section = gtk_widget_get_first_child ((self)->sections_box); \
       section != NULL; \
       section = gtk_widget_get_next_sibling (section))

static gboolean
is_changed (BbOfferEditor *self)
{
  FOREACH_SECTION (self, section)
    if (bb_section_changed (BB_SECTION (section)))
      return TRUE;

  return FALSE;
}

/* Every message in sight, and the eye (and the focus) led to the first thing to put
 * right. */
static void
reveal_errors (BbOfferEditor *self)
{
  FOREACH_SECTION (self, section)
    bb_offer_editor_section_open_errors (BB_OFFER_EDITOR_SECTION (section));

  FOREACH_SECTION (self, section)
    if (bb_offer_editor_section_focus_first_error (BB_OFFER_EDITOR_SECTION (section)))
      return;
}

/* What the repository lists; when it cannot, an empty list and a message saying why. */
static GListModel *
list_or_empty (BbOfferEditor  *self,
               GListModel     *list,
               GType           item_type,
               GError        **error)
{
  if (list != NULL)
    return list;

  bb_save_error_bar_show_message (self->error_bar, (*error)->message);
  g_clear_error (error);
  return G_LIST_MODEL (g_list_store_new (item_type));
}

static void
fill_form (BbOfferEditor *self)
{
  BbListRepository *lists = bb_context_get_lists (self->context);
  g_autoptr(GListModel) providers = NULL;
  g_autoptr(GListModel) target_groups = NULL;
  g_autoptr(GListModel) steps = NULL;
  g_autoptr(GError) error = NULL;

  providers = bb_list_repository_list_providers (lists, &error);
  providers = list_or_empty (self, providers, BB_TYPE_PROVIDER, &error);
  target_groups = bb_list_repository_list_target_groups (lists, &error);
  target_groups = list_or_empty (self, target_groups, BB_TYPE_TARGET_GROUP, &error);
  steps = bb_list_repository_list_steps (lists, &error);
  steps = list_or_empty (self, steps, BB_TYPE_STEP, &error);
  bb_offer_basics_section_set_providers (self->basics_section, providers);
  bb_offer_audience_section_set_lists (self->audience_section, target_groups, steps);

  if (bb_offer_get_id (self->offer) == 0)
    gtk_window_set_title (GTK_WINDOW (self), _("New Offer"));
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Offer"));
      adw_window_title_set_subtitle (self->window_title, bb_offer_get_title (self->offer));
    }

  FOREACH_SECTION (self, section)
    bb_section_set_item (BB_SECTION (section), G_OBJECT (self->offer));
}

static void
set_reviewed_today (BbOfferEditor *self,
                    BbOffer       *offer)
{
  GDate today;
  char iso[16];

  g_date_clear (&today, 1);
  bb_clock_get_today (bb_context_get_clock (self->context), &today);
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &today);
  bb_offer_set_reviewed (offer, iso);
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (widget);
  /* On a copy: a failed save leaves no half-set ids behind. */
  g_autoptr(BbOffer) offer = bb_offer_copy (self->offer);
  g_autoptr(GError) error = NULL;
  gboolean applied = TRUE;

  /* Every section, so each shows what is wrong with it; one that cannot be saved
   * stops the save. Save is never greyed out: pressing it is how to learn why. */
  FOREACH_SECTION (self, section)
    if (!bb_section_apply (BB_SECTION (section), G_OBJECT (offer)))
      applied = FALSE;

  if (!applied)
    {
      reveal_errors (self);
      return;
    }

  /* A new offer is written by someone who has just looked at it. */
  if (bb_offer_get_id (offer) == 0 && bb_offer_get_reviewed (offer) == NULL)
    set_reviewed_today (self, offer);

  if (!bb_offer_validate (offer, &error) ||
      !bb_offer_repository_save (bb_context_get_offers (self->context), offer, &error))
    {
      /* Kept open with all that was typed, to save again. */
      bb_save_error_bar_show (self->error_bar, error);
      return;
    }

  g_set_object (&self->offer, offer);
  self->done = TRUE;
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, offer);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
add_contact (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (widget);

  bb_offer_contacts_section_add_contact (self->contacts_section);
}

static void
undo_remove_contact (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (widget);

  bb_offer_contacts_section_undo_remove (self->contacts_section, g_variant_get_uint32 (parameter));
}

static void
on_section_edited (BbOfferEditor *self)
{
  /* What failed to save may no longer hold. */
  bb_save_error_bar_hide (self->error_bar);
}

static void
on_error_bar_retry (BbOfferEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static gboolean
close_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response (BbOfferEditor *self)
{
  self->done = TRUE;
  /* Not from inside the dialog's response: the dialog is still busy with it and
   * would outlive the editor it is transient for, then reach back into it. */
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, close_cb, g_object_ref (self), g_object_unref);
}

static gboolean
bb_offer_editor_close_request (GtkWindow *window)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (window);
  GtkWidget *dialog;

  if (self->done || !is_changed (self))
    return GTK_WINDOW_CLASS (bb_offer_editor_parent_class)->close_request (window);

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return TRUE;
    }

  dialog = adw_message_dialog_new (window, _("Discard Changes?"),
                                   _("The changes to this offer will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response::discard",
                           G_CALLBACK (on_discard_response), self, G_CONNECT_SWAPPED);

  self->discard_dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->discard_dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
bb_offer_editor_constructed (GObject *object)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (object);

  G_OBJECT_CLASS (bb_offer_editor_parent_class)->constructed (object);

  fill_form (self);

  /* The form, not the header bar, is what the editor is opened for; the basics
   * section hands the focus on to the title. */
  gtk_widget_grab_focus (GTK_WIDGET (self->basics_section));
}

static void
bb_offer_editor_dispose (GObject *object)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (object);

  g_clear_weak_pointer (&self->discard_dialog);
  /* The form goes now rather than in AdwWindow's dispose. */
  adw_window_set_content (ADW_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_OFFER_EDITOR);

  G_OBJECT_CLASS (bb_offer_editor_parent_class)->dispose (object);
}

static void
bb_offer_editor_finalize (GObject *object)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (object);

  g_clear_object (&self->context);
  g_clear_object (&self->offer);

  G_OBJECT_CLASS (bb_offer_editor_parent_class)->finalize (object);
}

static void
bb_offer_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_OFFER:
      g_value_set_object (value, self->offer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (object);
  BbOffer *offer;

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_OFFER:
      /* The caller's offer stays as it is until the copy is saved. */
      offer = g_value_get_object (value);
      self->offer = offer != NULL ? bb_offer_copy (offer) : bb_offer_new ();
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_editor_class_init (BbOfferEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = bb_offer_editor_constructed;
  object_class->dispose = bb_offer_editor_dispose;
  object_class->finalize = bb_offer_editor_finalize;
  object_class->get_property = bb_offer_editor_get_property;
  object_class->set_property = bb_offer_editor_set_property;
  window_class->close_request = bb_offer_editor_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Written: the offer to edit (NULL for a new one). Read: the copy in the editor. */
  properties[PROP_OFFER] =
    g_param_spec_object ("offer", NULL, NULL,
                         BB_TYPE_OFFER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BB_TYPE_OFFER);

  g_type_ensure (BB_TYPE_OFFER_BASICS_SECTION);
  g_type_ensure (BB_TYPE_OFFER_AUDIENCE_SECTION);
  g_type_ensure (BB_TYPE_OFFER_PRACTICAL_SECTION);
  g_type_ensure (BB_TYPE_OFFER_HOURS_SECTION);
  g_type_ensure (BB_TYPE_OFFER_PHONES_SECTION);
  g_type_ensure (BB_TYPE_OFFER_PLACES_SECTION);
  g_type_ensure (BB_TYPE_OFFER_CONTACTS_SECTION);
  g_type_ensure (BB_TYPE_SAVE_ERROR_BAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offer-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, error_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_retry);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, sections_box);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, basics_section);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, audience_section);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, contacts_section);
  gtk_widget_class_bind_template_callback (widget_class, on_section_edited);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel);
  gtk_widget_class_install_action (widget_class, "editor.add-contact", NULL, add_contact);
  gtk_widget_class_install_action (widget_class, "editor.undo-remove-contact", "u", undo_remove_contact);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
bb_offer_editor_init (BbOfferEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbOfferEditor *
bb_offer_editor_new (BbContext *context,
                     BbOffer   *offer)
{
  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (offer == NULL || BB_IS_OFFER (offer), NULL);

  return g_object_new (BB_TYPE_OFFER_EDITOR,
                       "context", context,
                       "offer", offer,
                       NULL);
}
