/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-offer-rows-section.h"

typedef struct
{
  GtkListBox *rows_box;
  GtkButton  *add_button;
} BbOfferRowsSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BbOfferRowsSection, bb_offer_rows_section, BB_TYPE_OFFER_EDITOR_SECTION)

#define GET_PRIVATE(self) ((BbOfferRowsSectionPrivate *) bb_offer_rows_section_get_instance_private (self))

/* An empty list would show as an empty frame. */
static void
update_rows (BbOfferRowsSection *self)
{
  BbOfferRowsSectionPrivate *priv = GET_PRIVATE (self);
  BbOfferRowsSectionClass *klass = BB_OFFER_ROWS_SECTION_GET_CLASS (self);
  guint number = 0;

  gtk_widget_set_visible (GTK_WIDGET (priv->rows_box),
                          gtk_widget_get_first_child (GTK_WIDGET (priv->rows_box)) != NULL);
  if (klass->number_row == NULL)
    return;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (priv->rows_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    klass->number_row (row, ++number);
}

static void
on_row_edited (BbOfferRowsSection *self)
{
  bb_offer_editor_section_edited (BB_OFFER_EDITOR_SECTION (self));
}

static void
on_row_remove (BbOfferRowsSection *self,
               GtkWidget          *row)
{
  BbOfferRowsSectionPrivate *priv = GET_PRIVATE (self);
  GtkWidget *next = gtk_widget_get_next_sibling (row);

  if (next == NULL)
    next = gtk_widget_get_prev_sibling (row);
  gtk_list_box_remove (priv->rows_box, row);
  update_rows (self);
  /* The focus stays in the list, or goes to Add when it is empty. */
  if (next != NULL)
    BB_OFFER_ROWS_SECTION_GET_CLASS (self)->focus_row (next);
  else
    gtk_widget_grab_focus (GTK_WIDGET (priv->add_button));
  bb_offer_editor_section_edited (BB_OFFER_EDITOR_SECTION (self));
}

static void
on_row_add_after (BbOfferRowsSection *self,
                  GtkWidget          *row)
{
  bb_offer_rows_section_add_row (self, BB_OFFER_ROWS_SECTION_GET_CLASS (self)->new_row (self, row), row);
}

static void
on_add_clicked (BbOfferRowsSection *self)
{
  bb_offer_rows_section_add_row (self, BB_OFFER_ROWS_SECTION_GET_CLASS (self)->new_row (self, NULL), NULL);
}

static gboolean
bb_offer_rows_section_validate (BbOfferEditorSection *section)
{
  BbOfferRowsSection *self = BB_OFFER_ROWS_SECTION (section);
  gboolean valid = TRUE;

  for (GtkWidget *row = bb_offer_rows_section_get_first_row (self);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!BB_OFFER_ROWS_SECTION_GET_CLASS (self)->validate_row (row))
        valid = FALSE;
    }

  return valid;
}

static GtkWidget *
bb_offer_rows_section_real_new_row (BbOfferRowsSection *self,
                                    GtkWidget          *like)
{
  return BB_OFFER_ROWS_SECTION_GET_CLASS (self)->new_item_row (NULL);
}

static void
bb_offer_rows_section_load (BbOfferEditorSection *section,
                            BbOffer              *offer)
{
  BbOfferRowsSection *self = BB_OFFER_ROWS_SECTION (section);
  BbOfferRowsSectionClass *klass = BB_OFFER_ROWS_SECTION_GET_CLASS (self);
  GPtrArray *items = *klass->get_items (offer);
  GtkWidget *last = NULL;

  bb_offer_rows_section_clear (self);
  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *row = klass->new_item_row (g_ptr_array_index (items, i));

      bb_offer_rows_section_add_row (self, row, last);
      last = row;
    }
}

static void
bb_offer_rows_section_store (BbOfferEditorSection *section,
                             BbOffer              *offer)
{
  BbOfferRowsSection *self = BB_OFFER_ROWS_SECTION (section);
  BbOfferRowsSectionClass *klass = BB_OFFER_ROWS_SECTION_GET_CLASS (self);
  GPtrArray **items = klass->get_items (offer);
  g_autoptr(GPtrArray) typed = g_ptr_array_new_with_free_func (klass->free_item);
  gboolean same;

  for (GtkWidget *row = bb_offer_rows_section_get_first_row (self);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gpointer item = klass->dup_item (row);

      if (item != NULL)
        g_ptr_array_add (typed, item);
    }

  same = typed->len == (*items)->len;
  for (guint i = 0; same && i < typed->len; i++)
    same = klass->equal_item (g_ptr_array_index (typed, i), g_ptr_array_index (*items, i));
  if (same)
    return;

  g_ptr_array_unref (*items);
  *items = g_steal_pointer (&typed);
}

static void
bb_offer_rows_section_class_init (BbOfferRowsSectionClass *klass)
{
  BbOfferEditorSectionClass *section_class = BB_OFFER_EDITOR_SECTION_CLASS (klass);

  section_class->load = bb_offer_rows_section_load;
  section_class->validate = bb_offer_rows_section_validate;
  section_class->store = bb_offer_rows_section_store;
  klass->new_row = bb_offer_rows_section_real_new_row;
}

static void
bb_offer_rows_section_init (BbOfferRowsSection *self)
{
}

void
bb_offer_rows_section_class_bind_template (GtkWidgetClass *widget_class)
{
  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), BB_TYPE_OFFER_ROWS_SECTION));

  gtk_widget_class_bind_template_child_full (widget_class, "rows_box", FALSE,
                                             G_PRIVATE_OFFSET (BbOfferRowsSection, rows_box));
  gtk_widget_class_bind_template_child_full (widget_class, "add_button", FALSE,
                                             G_PRIVATE_OFFSET (BbOfferRowsSection, add_button));
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
}

void
bb_offer_rows_section_clear (BbOfferRowsSection *self)
{
  BbOfferRowsSectionPrivate *priv;
  GtkWidget *child;

  g_return_if_fail (BB_IS_OFFER_ROWS_SECTION (self));

  priv = GET_PRIVATE (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (priv->rows_box))) != NULL)
    gtk_list_box_remove (priv->rows_box, child);
  update_rows (self);
}

void
bb_offer_rows_section_add_row (BbOfferRowsSection *self,
                               GtkWidget          *row,
                               GtkWidget          *after)
{
  BbOfferRowsSectionPrivate *priv;
  int position = -1;

  g_return_if_fail (BB_IS_OFFER_ROWS_SECTION (self));
  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));

  priv = GET_PRIVATE (self);
  if (after != NULL)
    position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (after)) + 1;
  g_signal_connect_object (row, "edited", G_CALLBACK (on_row_edited), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_row_remove), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "add-after", G_CALLBACK (on_row_add_after), self, G_CONNECT_SWAPPED);
  gtk_list_box_insert (priv->rows_box, row, position);
  update_rows (self);

  if (!bb_offer_editor_section_is_loading (BB_OFFER_EDITOR_SECTION (self)))
    {
      BB_OFFER_ROWS_SECTION_GET_CLASS (self)->focus_row (row);
      bb_offer_editor_section_edited (BB_OFFER_EDITOR_SECTION (self));
    }
}

GtkWidget *
bb_offer_rows_section_get_first_row (BbOfferRowsSection *self)
{
  g_return_val_if_fail (BB_IS_OFFER_ROWS_SECTION (self), NULL);

  return gtk_widget_get_first_child (GTK_WIDGET (GET_PRIVATE (self)->rows_box));
}

static void
on_field_changed (GtkWidget *row)
{
  g_signal_emit_by_name (row, "edited");
}

static void
on_remove_clicked (GtkWidget *row)
{
  g_signal_emit_by_name (row, "remove");
}

static void
on_last_activate (GtkWidget *row)
{
  g_signal_emit_by_name (row, "add-after");
}

void
bb_offer_rows_class_init_row (GtkWidgetClass *row_class)
{
  GType type = G_TYPE_FROM_CLASS (row_class);

  g_signal_new ("edited", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  g_signal_new ("remove", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  g_signal_new ("add-after", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_bind_template_callback (row_class, on_field_changed);
  gtk_widget_class_bind_template_callback (row_class, on_remove_clicked);
  gtk_widget_class_bind_template_callback (row_class, on_last_activate);
}

void
bb_offer_rows_mark_invalid (gpointer entry,
                            gboolean invalid)
{
  if (invalid)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

void
bb_offer_rows_name_field (gpointer  field,
                          char     *name)
{
  bb_offer_editor_set_accessible_name (field, name);
  g_free (name);
}

void
bb_offer_rows_show_message (GtkLabel   *label,
                            gpointer    about,
                            const char *message,
                            gboolean    warning)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (warning)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
    }
  if (message != NULL && about != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (about), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                    label, NULL, -1);
}
