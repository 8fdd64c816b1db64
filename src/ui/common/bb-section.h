/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_SECTION (bb_section_get_type ())
G_DECLARE_INTERFACE (BbSection, bb_section, BB, SECTION, GtkWidget)

/* One section of a page that edits a record (the offer editor now; the course and plan
 * pages later), as gnome-calendar's event editor builds its dialog. The page hands each
 * section the record, and on save asks each in turn to validate and apply its fields. */
struct _BbSectionInterface
{
  GTypeInterface parent_iface;

  /* Fills the section's widgets from @item (a record object, or NULL for a new one). */
  void     (*set_item) (BbSection  *self,
                        GObject    *item);
  /* Writes the section's fields into @item; FALSE (with the section's fields showing
   * their messages) when something the user typed cannot be saved. */
  gboolean (*apply)    (BbSection  *self,
                        GObject    *item);
  /* TRUE when the user changed something since set_item. */
  gboolean (*changed)  (BbSection  *self);
};

void     bb_section_set_item (BbSection *self,
                              GObject   *item);
gboolean bb_section_apply    (BbSection *self,
                              GObject   *item);
gboolean bb_section_changed  (BbSection *self);

G_END_DECLS
