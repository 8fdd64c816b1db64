/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-offer-editor-section.h"

typedef struct
{
  /* Filling the widgets is not an edit. */
  gboolean loading;
  gboolean changed;
  gboolean save_attempted;
  /* Checking the fields for a save now, not after an edit. */
  gboolean applying;
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
  priv->applying = TRUE;
  revalidate (self);
  priv->applying = FALSE;
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
  /* For the sections' templates. */
  g_type_ensure (BB_TYPE_OFFER_EDITOR_ERROR_ROW);

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

/* A contact person's fields are out of sight while its row is folded: every row with
 * a field marked wrong opens, so that each shows its message. */
static gboolean
open_errors (GtkWidget *widget)
{
  gboolean has_error = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_EDITABLE (child) && gtk_widget_has_css_class (child, "error"))
        has_error = TRUE;
      else if (open_errors (child))
        has_error = TRUE;
    }

  if (has_error && ADW_IS_EXPANDER_ROW (widget))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);

  return has_error;
}

/* The message row right under @field, when it shows one. */
static GtkWidget *
get_shown_error_row (GtkWidget *field)
{
  GtkWidget *next = gtk_widget_get_next_sibling (field);

  if (BB_IS_OFFER_EDITOR_ERROR_ROW (next) && gtk_widget_get_visible (next))
    return next;

  return field;
}

void
bb_offer_editor_section_open_errors (BbOfferEditorSection *self)
{
  g_return_if_fail (BB_IS_OFFER_EDITOR_SECTION (self));

  open_errors (GTK_WIDGET (self));
}

gboolean
bb_offer_editor_section_focus_first_error (BbOfferEditorSection *self)
{
  GtkWidget *field;

  g_return_val_if_fail (BB_IS_OFFER_EDITOR_SECTION (self), FALSE);

  field = find_error (GTK_WIDGET (self));
  if (field == NULL)
    return FALSE;

  open_errors (GTK_WIDGET (self));
  gtk_widget_grab_focus (field);
  /* The message says what to put right: it is to be read too, not just the field. */
  bb_offer_editor_scroll_into_view (field, get_shown_error_row (field));
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

gboolean
bb_offer_editor_section_is_applying (BbOfferEditorSection *self)
{
  BbOfferEditorSectionPrivate *priv = bb_offer_editor_section_get_instance_private (self);

  g_return_val_if_fail (BB_IS_OFFER_EDITOR_SECTION (self), FALSE);

  return priv->applying;
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

/* Invalid, and why: read out with the field, so the message need not be looked for.
 * NULL: valid. */
static void
mark_invalid (GtkAccessible *accessible,
              gpointer       message)
{
  gtk_accessible_update_state (accessible,
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (message != NULL)
    gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  else
    gtk_accessible_reset_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* A row's text field is what has the focus, and so what a screen reader speaks of:
 * both are told. */
static void
for_field_and_text (gpointer   field,
                    void     (*func) (GtkAccessible *accessible, gpointer data),
                    gpointer   data)
{
  func (GTK_ACCESSIBLE (field), data);
  if (GTK_IS_EDITABLE (field) && gtk_editable_get_delegate (GTK_EDITABLE (field)) != NULL &&
      GTK_IS_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (field))))
    func (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (field))), data);
}

gboolean
bb_offer_editor_show_error (gpointer               field,
                            BbOfferEditorErrorRow *error_row,
                            const char            *message,
                            gboolean               reveal)
{
  gboolean shown = message != NULL && reveal;

  if (shown)
    gtk_widget_add_css_class (GTK_WIDGET (field), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (field), "error");

  bb_offer_editor_error_row_set_message (error_row, shown ? message : NULL);
  for_field_and_text (field, mark_invalid, shown ? (gpointer) message : NULL);

  return message == NULL;
}

/* The tick callback of the scroll request waiting on a scrolled window. */
#define SCROLL_REQUEST_KEY "bb-offer-editor-scroll-request"

/* Weak pointers: the request must not keep a closing form alive. */
typedef struct
{
  GtkWidget *scrolled;
  GtkWidget *top;
  GtkWidget *bottom;
  /* Frames waited for a place, so a widget that never gets one ends the wait. */
  guint      frames;
} ScrollRequest;

static void
scroll_request_free (ScrollRequest *request)
{
  /* Done, replaced or gone with its scrolled window. */
  g_object_set_data (G_OBJECT (request->scrolled), SCROLL_REQUEST_KEY, NULL);
  g_clear_weak_pointer (&request->top);
  g_clear_weak_pointer (&request->bottom);
  g_free (request);
}

/* Whether @widget is still moving: in a revealer that is opening or closing. */
static gboolean
is_settling (GtkWidget *widget)
{
  if (gtk_widget_get_height (widget) == 0)
    return TRUE;

  for (GtkWidget *ancestor = gtk_widget_get_parent (widget);
       ancestor != NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    if (GTK_IS_REVEALER (ancestor) &&
        gtk_revealer_get_reveal_child (GTK_REVEALER (ancestor)) !=
        gtk_revealer_get_child_revealed (GTK_REVEALER (ancestor)))
      return TRUE;

  return FALSE;
}

static gboolean
scroll_into_view_cb (GtkWidget     *widget,
                     GdkFrameClock *frame_clock,
                     gpointer       user_data)
{
  ScrollRequest *request = user_data;
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (widget);
  GtkWidget *viewport = gtk_scrolled_window_get_child (scrolled);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  double value = gtk_adjustment_get_value (adjustment);
  graphene_rect_t top;
  graphene_rect_t bottom;

  if (request->top == NULL || request->bottom == NULL ||
      !gtk_widget_is_ancestor (request->top, widget) || !gtk_widget_is_ancestor (request->bottom, widget))
    return G_SOURCE_REMOVE;
  /* Ticks come before the frame's layout: the first sees the places as they were
   * before the row opened (or was added), the next ones the new places. */
  if (request->frames++ == 0 ||
      ((is_settling (request->top) || is_settling (request->bottom)) && request->frames < 120))
    return G_SOURCE_CONTINUE;

  if (gtk_widget_compute_bounds (request->top, viewport, &top) &&
      gtk_widget_compute_bounds (request->bottom, viewport, &bottom))
    gtk_adjustment_clamp_page (adjustment,
                               value + top.origin.y,
                               value + bottom.origin.y + bottom.size.height);

  return G_SOURCE_REMOVE;
}

void
bb_offer_editor_scroll_into_view (GtkWidget *top,
                                  GtkWidget *bottom)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (top, GTK_TYPE_SCROLLED_WINDOW);
  ScrollRequest *request;
  guint tick_id;

  g_return_if_fail (GTK_IS_WIDGET (top));
  g_return_if_fail (GTK_IS_WIDGET (bottom));

  if (scrolled == NULL)
    return;

  /* The latest request is what the user is looking for; an older one still waiting
   * for its row would take the view away again. */
  tick_id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (scrolled), SCROLL_REQUEST_KEY));
  if (tick_id != 0)
    gtk_widget_remove_tick_callback (scrolled, tick_id);

  request = g_new0 (ScrollRequest, 1);
  g_set_weak_pointer (&request->top, top);
  g_set_weak_pointer (&request->bottom, bottom);
  request->scrolled = scrolled;
  tick_id = gtk_widget_add_tick_callback (scrolled, scroll_into_view_cb, request,
                                          (GDestroyNotify) scroll_request_free);
  g_object_set_data (G_OBJECT (scrolled), SCROLL_REQUEST_KEY, GUINT_TO_POINTER (tick_id));
}

static void
mark_required (GtkAccessible *accessible,
               gpointer       data)
{
  gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE, -1);
}

void
bb_offer_editor_mark_required (gpointer field)
{
  for_field_and_text (field, mark_required, NULL);
}

void
bb_offer_editor_set_accessible_name (gpointer    field,
                                     const char *name)
{
  /* A label given besides the visible title would be read after it, not instead. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}
