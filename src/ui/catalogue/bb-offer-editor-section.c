/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-offer-editor-section.h"

typedef struct
{
  /* Filling the widgets is not an edit. */
  gboolean loading;
  gboolean changed;
  gboolean save_attempted;
  gboolean valid;
} BbOfferEditorSectionPrivate;

static void bb_offer_editor_section_section_init (BbSectionInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (BbOfferEditorSection, bb_offer_editor_section, GTK_TYPE_BOX,
                                  G_ADD_PRIVATE (BbOfferEditorSection)
                                  G_IMPLEMENT_INTERFACE (BB_TYPE_SECTION,
                                                         bb_offer_editor_section_section_init))

enum {
  SIGNAL_EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
revalidate (BbOfferEditorSection *self)
{
  BbOfferEditorSectionPrivate *priv = bb_offer_editor_section_get_instance_private (self);

  priv->valid = BB_OFFER_EDITOR_SECTION_GET_CLASS (self)->validate (self);
}

/* The first field marked wrong below @widget, in the order the form reads. */
static GtkWidget *
find_error (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_EDITABLE (child) && gtk_widget_has_css_class (child, "error"))
        return child;
      if ((found = find_error (child)) != NULL)
        return found;
    }

  return NULL;
}

static void
bb_offer_editor_section_set_item (BbSection *section,
                                  GObject   *item)
{
  BbOfferEditorSection *self = BB_OFFER_EDITOR_SECTION (section);
  BbOfferEditorSectionPrivate *priv = bb_offer_editor_section_get_instance_private (self);
  g_autoptr(BbOffer) empty = NULL;

  g_return_if_fail (item == NULL || BB_IS_OFFER (item));

  if (item == NULL)
    item = G_OBJECT (empty = bb_offer_new ());

  priv->loading = TRUE;
  BB_OFFER_EDITOR_SECTION_GET_CLASS (self)->load (self, BB_OFFER (item));
  priv->loading = FALSE;
  priv->changed = FALSE;
  priv->save_attempted = FALSE;
  revalidate (self);
}

static gboolean
bb_offer_editor_section_apply (BbSection *section,
                               GObject   *item)
{
  BbOfferEditorSection *self = BB_OFFER_EDITOR_SECTION (section);
  BbOfferEditorSectionPrivate *priv = bb_offer_editor_section_get_instance_private (self);

  g_return_val_if_fail (BB_IS_OFFER (item), FALSE);

  /* From now on every message shows, required fields too. */
  priv->save_attempted = TRUE;
  revalidate (self);
  if (!priv->valid)
    return FALSE;

  BB_OFFER_EDITOR_SECTION_GET_CLASS (self)->store (self, BB_OFFER (item));
  return TRUE;
}

static gboolean
bb_offer_editor_section_changed (BbSection *section)
{
  BbOfferEditorSection *self = BB_OFFER_EDITOR_SECTION (section);
  BbOfferEditorSectionPrivate *priv = bb_offer_editor_section_get_instance_private (self);

  return priv->changed;
}

static void
bb_offer_editor_section_section_init (BbSectionInterface *iface)
{
  iface->set_item = bb_offer_editor_section_set_item;
  iface->apply = bb_offer_editor_section_apply;
  iface->changed = bb_offer_editor_section_changed;
}

static void
bb_offer_editor_section_class_init (BbOfferEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* The section groups rows for the eye only; its groups speak for themselves. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);

  signals[SIGNAL_EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
bb_offer_editor_section_init (BbOfferEditorSection *self)
{
  BbOfferEditorSectionPrivate *priv = bb_offer_editor_section_get_instance_private (self);

  /* Until set_item () has put an offer in. */
  priv->loading = TRUE;
  priv->valid = TRUE;

  /* The editor's groups stand as far apart as the sections. */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 24);
}

gboolean
bb_offer_editor_section_get_valid (BbOfferEditorSection *self)
{
  BbOfferEditorSectionPrivate *priv = bb_offer_editor_section_get_instance_private (self);

  g_return_val_if_fail (BB_IS_OFFER_EDITOR_SECTION (self), FALSE);

  return priv->valid;
}

gboolean
bb_offer_editor_section_focus_first_error (BbOfferEditorSection *self)
{
  GtkWidget *field;

  g_return_val_if_fail (BB_IS_OFFER_EDITOR_SECTION (self), FALSE);

  field = find_error (GTK_WIDGET (self));
  if (field == NULL)
    return FALSE;

  /* A contact person's fields are out of sight while its row is folded. */
  for (GtkWidget *ancestor = gtk_widget_get_parent (field);
       ancestor != NULL && ancestor != GTK_WIDGET (self);
       ancestor = gtk_widget_get_parent (ancestor))
    if (ADW_IS_EXPANDER_ROW (ancestor))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (ancestor), TRUE);

  gtk_widget_grab_focus (field);
  return TRUE;
}

/* Called by a section whenever a field of it changed. */
void
bb_offer_editor_section_edited (BbOfferEditorSection *self)
{
  BbOfferEditorSectionPrivate *priv = bb_offer_editor_section_get_instance_private (self);

  g_return_if_fail (BB_IS_OFFER_EDITOR_SECTION (self));

  if (priv->loading)
    return;

  priv->changed = TRUE;
  revalidate (self);
  g_signal_emit (self, signals[SIGNAL_EDITED], 0);
}

gboolean
bb_offer_editor_section_is_loading (BbOfferEditorSection *self)
{
  BbOfferEditorSectionPrivate *priv = bb_offer_editor_section_get_instance_private (self);

  g_return_val_if_fail (BB_IS_OFFER_EDITOR_SECTION (self), FALSE);

  return priv->loading;
}

gboolean
bb_offer_editor_section_get_save_attempted (BbOfferEditorSection *self)
{
  BbOfferEditorSectionPrivate *priv = bb_offer_editor_section_get_instance_private (self);

  g_return_val_if_fail (BB_IS_OFFER_EDITOR_SECTION (self), FALSE);

  return priv->save_attempted;
}

char *
bb_offer_editor_dup_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

gboolean
bb_offer_editor_parse_number (GtkEditable *editable,
                              int          max,
                              int         *value)
{
  g_autofree char *text = bb_offer_editor_dup_text (editable);
  guint64 number;

  *value = -1;
  if (text[0] == '\0')
    return TRUE;

  if (!g_ascii_isdigit (text[0]) ||
      !g_ascii_string_to_unsigned (text, 10, 0, (guint64) max, &number, NULL))
    return FALSE;

  *value = (int) number;
  return TRUE;
}

void
bb_offer_editor_set_number (GtkEditable *editable,
                            int          value)
{
  g_autofree char *text = value < 0 ? g_strdup ("") : g_strdup_printf ("%d", value);

  gtk_editable_set_text (editable, text);
}

gboolean
bb_offer_editor_show_error (gpointer    field,
                            GtkLabel   *label,
                            const char *message,
                            gboolean    reveal)
{
  gboolean shown = message != NULL && reveal;

  if (shown)
    {
      gtk_widget_add_css_class (GTK_WIDGET (field), "error");
      gtk_label_set_text (label, message);
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (field), "error");

  gtk_widget_set_visible (GTK_WIDGET (label), shown);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               shown ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);

  return message == NULL;
}
