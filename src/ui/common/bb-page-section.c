/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-page-section.h"
#include "bb-read-only-banner.h"

typedef struct
{
  BbContext  *context;
  gint64      item_id;
  gulong      changed_id;
} BbPageSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BbPageSection, bb_page_section, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_ITEM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_database_changed (BbPageSection *self,
                     const char    *domain)
{
  BbPageSectionClass *klass = BB_PAGE_SECTION_GET_CLASS (self);

  if (klass->watches != NULL && klass->watches (self, domain))
    bb_page_section_refresh (self);
}

static void
set_context (BbPageSection *self,
             BbContext     *context)
{
  BbPageSectionPrivate *priv = bb_page_section_get_instance_private (self);

  if (priv->context == context)
    return;

  if (priv->changed_id != 0)
    g_clear_signal_handler (&priv->changed_id, bb_context_get_database (priv->context));
  g_set_object (&priv->context, context);
  /* A database that can only be read: nothing here can be changed (the window's
   * banner says why), rather than each field failing as it is saved. */
  gtk_widget_set_sensitive (GTK_WIDGET (self), !bb_read_only_get (context));
  if (context != NULL && BB_PAGE_SECTION_GET_CLASS (self)->watches != NULL)
    priv->changed_id = g_signal_connect_object (bb_context_get_database (context), "changed",
                                                G_CALLBACK (on_database_changed), self,
                                                G_CONNECT_SWAPPED);
  bb_page_section_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
set_item_id (BbPageSection *self,
             gint64         item_id)
{
  BbPageSectionPrivate *priv = bb_page_section_get_instance_private (self);

  if (priv->item_id == item_id)
    return;

  priv->item_id = item_id;
  bb_page_section_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_ID]);
}

static void
bb_page_section_dispose (GObject *object)
{
  BbPageSection *self = BB_PAGE_SECTION (object);
  BbPageSectionPrivate *priv = bb_page_section_get_instance_private (self);

  if (priv->changed_id != 0)
    g_clear_signal_handler (&priv->changed_id, bb_context_get_database (priv->context));
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (bb_page_section_parent_class)->dispose (object);
}

static void
bb_page_section_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BbPageSection *self = BB_PAGE_SECTION (object);
  BbPageSectionPrivate *priv = bb_page_section_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    case PROP_ITEM_ID:
      g_value_set_int64 (value, priv->item_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_page_section_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BbPageSection *self = BB_PAGE_SECTION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      set_context (self, g_value_get_object (value));
      break;
    case PROP_ITEM_ID:
      set_item_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_page_section_class_init (BbPageSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bb_page_section_dispose;
  object_class->get_property = bb_page_section_get_property;
  object_class->set_property = bb_page_section_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_page_section_init (BbPageSection *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
}

BbContext *
bb_page_section_get_context (BbPageSection *self)
{
  BbPageSectionPrivate *priv = bb_page_section_get_instance_private (self);

  g_return_val_if_fail (BB_IS_PAGE_SECTION (self), NULL);

  return priv->context;
}

gint64
bb_page_section_get_item_id (BbPageSection *self)
{
  BbPageSectionPrivate *priv = bb_page_section_get_instance_private (self);

  g_return_val_if_fail (BB_IS_PAGE_SECTION (self), 0);

  return priv->item_id;
}

void
bb_page_section_refresh (BbPageSection *self)
{
  g_return_if_fail (BB_IS_PAGE_SECTION (self));

  if (BB_PAGE_SECTION_GET_CLASS (self)->refresh != NULL)
    BB_PAGE_SECTION_GET_CLASS (self)->refresh (self);
}

void
bb_page_section_add_toast (GtkWidget *widget,
                           AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autoptr(AdwToast) owned = g_object_ref_sink (toast);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_steal_pointer (&owned));
}

void
bb_page_section_show_error (GtkWidget    *widget,
                            const GError *error)
{
  g_autofree char *escaped = NULL;

  if (gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY) == NULL)
    {
      g_message ("%s", error->message);
      return;
    }
  escaped = g_markup_escape_text (error->message, -1);
  bb_page_section_add_toast (widget, adw_toast_new (escaped));
}

char *
bb_page_dup_text (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

char *
bb_page_dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

gboolean
bb_page_parse_date (GtkEditable  *editable,
                    const char   *field,
                    char        **iso_out,
                    GError      **error)
{
  g_autofree char *text = bb_page_dup_text (editable);
  unsigned int day = 0, month = 0, year = 0;
  char sep1 = 0, sep2 = 0;
  char rest = 0;

  *iso_out = NULL;
  if (text == NULL)
    return TRUE;

  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &rest) != 3 &&
      (sscanf (text, "%2u%c%2u%c%4u%c", &day, &sep1, &month, &sep2, &year, &rest) != 5 ||
       sep1 != sep2 || strchr (".-/", sep1) == NULL || year < 1000))
    year = 0;

  if (year == 0 || !g_date_valid_dmy (day, month, year))
    {
      /* Translators: %s is the name of a field, e.g. "Birth date". */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: write the date as 17-08-2024 or 2024-08-17."), field);
      return FALSE;
    }

  *iso_out = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  return TRUE;
}

char *
bb_page_dup_today (BbContext *context)
{
  GDate today;

  g_date_clear (&today, 1);
  bb_clock_get_today (bb_context_get_clock (context), &today);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&today),
                          g_date_get_month (&today), g_date_get_day (&today));
}
