/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-offer-editor-error-row.h"

struct _BbOfferEditorErrorRow
{
  AdwPreferencesRow  parent_instance;

  /* The row's child: GtkListBoxRow disposes of it. */
  GtkLabel          *label;
};

G_DEFINE_FINAL_TYPE (BbOfferEditorErrorRow, bb_offer_editor_error_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GtkListBox hands Tab to the next visible row and gives up when that row takes no
 * focus; this row passes it on to the rows beyond instead. */
static gboolean
bb_offer_editor_error_row_focus (GtkWidget        *widget,
                                 GtkDirectionType  direction)
{
  gboolean forward = direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN;
  gboolean backward = direction == GTK_DIR_TAB_BACKWARD || direction == GTK_DIR_UP;

  if (!forward && !backward)
    return FALSE;

  for (GtkWidget *row = forward ? gtk_widget_get_next_sibling (widget) : gtk_widget_get_prev_sibling (widget);
       row != NULL;
       row = forward ? gtk_widget_get_next_sibling (row) : gtk_widget_get_prev_sibling (row))
    {
      if (!GTK_IS_LIST_BOX_ROW (row) || !gtk_widget_get_visible (row) || !gtk_widget_is_sensitive (row))
        continue;
      if (gtk_widget_child_focus (row, direction))
        return TRUE;
    }

  return FALSE;
}

static void
bb_offer_editor_error_row_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  BbOfferEditorErrorRow *self = BB_OFFER_EDITOR_ERROR_ROW (object);

  switch (prop_id)
    {
    case PROP_MESSAGE:
      g_value_set_string (value, bb_offer_editor_error_row_get_message (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_editor_error_row_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  BbOfferEditorErrorRow *self = BB_OFFER_EDITOR_ERROR_ROW (object);

  switch (prop_id)
    {
    case PROP_MESSAGE:
      bb_offer_editor_error_row_set_message (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_editor_error_row_class_init (BbOfferEditorErrorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = bb_offer_editor_error_row_get_property;
  object_class->set_property = bb_offer_editor_error_row_set_property;
  widget_class->focus = bb_offer_editor_error_row_focus;

  /* NULL while the row is hidden. */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offer-editor-error-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditorErrorRow, label);
}

static void
bb_offer_editor_error_row_init (BbOfferEditorErrorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

const char *
bb_offer_editor_error_row_get_message (BbOfferEditorErrorRow *self)
{
  g_return_val_if_fail (BB_IS_OFFER_EDITOR_ERROR_ROW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self)) ? gtk_label_get_text (self->label) : NULL;
}

void
bb_offer_editor_error_row_set_message (BbOfferEditorErrorRow *self,
                                       const char            *message)
{
  g_return_if_fail (BB_IS_OFFER_EDITOR_ERROR_ROW (self));

  if (g_strcmp0 (message, bb_offer_editor_error_row_get_message (self)) == 0)
    return;

  if (message != NULL)
    gtk_label_set_text (self->label, message);
  gtk_widget_set_visible (GTK_WIDGET (self), message != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}
