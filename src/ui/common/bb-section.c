/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-section.h"

G_DEFINE_INTERFACE (BbSection, bb_section, GTK_TYPE_WIDGET)

static void
bb_section_default_init (BbSectionInterface *iface)
{
}

/**
 * bb_section_set_item:
 * @self: a section
 * @item: (nullable): the record the page edits, or NULL for a new one
 *
 * Fills the section's widgets from @item; what was typed before is gone.
 */
void
bb_section_set_item (BbSection *self,
                     GObject   *item)
{
  BbSectionInterface *iface;

  g_return_if_fail (BB_IS_SECTION (self));
  g_return_if_fail (item == NULL || G_IS_OBJECT (item));

  iface = BB_SECTION_GET_IFACE (self);
  g_return_if_fail (iface->set_item != NULL);
  iface->set_item (self, item);
}

/**
 * bb_section_apply:
 * @self: a section
 * @item: the record to write the section's fields into
 *
 * Returns: FALSE, with the section showing why, when its fields cannot be saved
 */
gboolean
bb_section_apply (BbSection *self,
                  GObject   *item)
{
  BbSectionInterface *iface;

  g_return_val_if_fail (BB_IS_SECTION (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (item), FALSE);

  iface = BB_SECTION_GET_IFACE (self);
  g_return_val_if_fail (iface->apply != NULL, FALSE);
  return iface->apply (self, item);
}

/**
 * bb_section_changed:
 * @self: a section
 *
 * Returns: whether the user changed something since bb_section_set_item ()
 */
gboolean
bb_section_changed (BbSection *self)
{
  BbSectionInterface *iface;

  g_return_val_if_fail (BB_IS_SECTION (self), FALSE);

  /* A section that edits nothing has nothing to lose. */
  iface = BB_SECTION_GET_IFACE (self);
  return iface->changed != NULL && iface->changed (self);
}
