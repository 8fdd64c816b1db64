/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-offer-phones-section.h"
#include "bb-phones-editor.h"
#include "bb-section.h"

struct _BbPhonesEditor
{
  GtkBox                parent_instance;

  /* The section edits an offer's phones; this one carries the owner's. */
  BbOffer              *carrier;

  BbOfferPhonesSection *section;
};

G_DEFINE_FINAL_TYPE (BbPhonesEditor, bb_phones_editor, GTK_TYPE_BOX)

enum {
  SIGNAL_EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_section_edited (BbPhonesEditor *self)
{
  g_signal_emit (self, signals[SIGNAL_EDITED], 0);
}

static AdwButtonContent *
find_button_content (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwButtonContent *found;

      if (ADW_IS_BUTTON_CONTENT (child))
        return ADW_BUTTON_CONTENT (child);
      if ((found = find_button_content (child)) != NULL)
        return found;
    }

  return NULL;
}

static void
bb_phones_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_PHONES_EDITOR);

  G_OBJECT_CLASS (bb_phones_editor_parent_class)->dispose (object);
}

static void
bb_phones_editor_finalize (GObject *object)
{
  BbPhonesEditor *self = BB_PHONES_EDITOR (object);

  g_clear_object (&self->carrier);

  G_OBJECT_CLASS (bb_phones_editor_parent_class)->finalize (object);
}

static void
bb_phones_editor_class_init (BbPhonesEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_phones_editor_dispose;
  object_class->finalize = bb_phones_editor_finalize;

  signals[SIGNAL_EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (BB_TYPE_OFFER_PHONES_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-phones-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPhonesEditor, section);
  gtk_widget_class_bind_template_callback (widget_class, on_section_edited);
}

static void
bb_phones_editor_init (BbPhonesEditor *self)
{
  AdwButtonContent *add;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->carrier = bb_offer_new ();

  /* Shown many times over (a provider's, each place's): no mnemonic of its own, which
   * would clash with the offer's Add Phone. */
  add = find_button_content (GTK_WIDGET (self->section));
  g_return_if_fail (add != NULL);
  adw_button_content_set_use_underline (add, FALSE);
  adw_button_content_set_label (add, _("Add Phone"));
}

void
bb_phones_editor_load (BbPhonesEditor *self,
                       GPtrArray      *phones)
{
  BbOfferDetails *details;

  g_return_if_fail (BB_IS_PHONES_EDITOR (self));

  details = bb_offer_get_details (self->carrier);
  g_ptr_array_set_size (details->phones, 0);
  for (guint i = 0; phones != NULL && i < phones->len; i++)
    g_ptr_array_add (details->phones, bb_phone_copy (g_ptr_array_index (phones, i)));

  bb_section_set_item (BB_SECTION (self->section), G_OBJECT (self->carrier));
}

GPtrArray *
bb_phones_editor_dup_phones (BbPhonesEditor *self)
{
  g_autoptr(BbOffer) edited = NULL;

  g_return_val_if_fail (BB_IS_PHONES_EDITOR (self), NULL);

  edited = bb_offer_copy (self->carrier);
  if (!bb_section_apply (BB_SECTION (self->section), G_OBJECT (edited)))
    return NULL;

  return g_ptr_array_ref (bb_offer_get_details (edited)->phones);
}

void
bb_phones_editor_set_description (BbPhonesEditor *self,
                                  const char     *description)
{
  GtkWidget *group;

  g_return_if_fail (BB_IS_PHONES_EDITOR (self));

  /* The section's own words are about an offer's numbers. */
  group = gtk_widget_get_first_child (GTK_WIDGET (self->section));
  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
}
