/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-offer-basics-section.h"
#include "bb-text.h"

struct _BbOfferBasicsSection
{
  BbOfferEditorSection   parent_instance;

  GListModel            *providers;
  gboolean               title_edited;
  gboolean               provider_edited;

  AdwEntryRow           *title_row;
  GtkWidget             *title_required;
  BbOfferEditorErrorRow *title_error;
  AdwEntryRow           *summary_row;
  GtkTextBuffer         *description_buffer;
  AdwEntryRow           *legal_basis_row;
  AdwEntryRow           *keywords_row;
  AdwEntryRow           *provider_row;
  GtkWidget             *provider_required;
  BbOfferEditorErrorRow *provider_error;
  GtkMenuButton         *provider_button;
  AdwComboRow           *sector_row;
  AdwEntryRow           *department_row;
};

G_DEFINE_FINAL_TYPE (BbOfferBasicsSection, bb_offer_basics_section, BB_TYPE_OFFER_EDITOR_SECTION)

/* The stored provider called @name, ignoring case and surrounding spaces; owned by
 * self->providers. */
static BbProvider *
find_provider (BbOfferBasicsSection *self,
               const char           *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *key = g_utf8_casefold (stripped, -1);
  guint n_items = self->providers != NULL ? g_list_model_get_n_items (self->providers) : 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbProvider) provider = g_list_model_get_item (self->providers, i);
      g_autofree char *provider_key = g_utf8_casefold (bb_provider_get_name (provider), -1);

      if (g_strcmp0 (key, provider_key) == 0)
        return provider;
    }

  return NULL;
}

static void
update_provider (BbOfferBasicsSection *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->provider_row));
  /* A provider not stored yet needs its sector and department. */
  gboolean is_new = !bb_text_is_blank (name) && find_provider (self, name) == NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->sector_row), is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->department_row), is_new);
}

static void
on_field_changed (BbOfferBasicsSection *self)
{
  bb_offer_editor_section_edited (BB_OFFER_EDITOR_SECTION (self));
}

static void
on_title_changed (BbOfferBasicsSection *self)
{
  if (!bb_offer_editor_section_is_loading (BB_OFFER_EDITOR_SECTION (self)))
    self->title_edited = TRUE;
  bb_offer_editor_section_edited (BB_OFFER_EDITOR_SECTION (self));
}

static void
on_provider_changed (BbOfferBasicsSection *self)
{
  if (!bb_offer_editor_section_is_loading (BB_OFFER_EDITOR_SECTION (self)))
    self->provider_edited = TRUE;
  update_provider (self);
  bb_offer_editor_section_edited (BB_OFFER_EDITOR_SECTION (self));
}

static void
choose_provider (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BbOfferBasicsSection *self = BB_OFFER_BASICS_SECTION (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->provider_row), g_variant_get_string (parameter, NULL));
}

static void
set_legal_basis (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BbOfferBasicsSection *self = BB_OFFER_BASICS_SECTION (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->legal_basis_row), g_variant_get_string (parameter, NULL));
}

static void
bb_offer_basics_section_load (BbOfferEditorSection *section,
                              BbOffer              *offer)
{
  BbOfferBasicsSection *self = BB_OFFER_BASICS_SECTION (section);
  BbProvider *provider = bb_offer_get_provider (offer);

  self->title_edited = FALSE;
  self->provider_edited = FALSE;

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), bb_offer_get_title (offer));
  gtk_editable_set_text (GTK_EDITABLE (self->summary_row), bb_offer_get_summary (offer));
  gtk_text_buffer_set_text (self->description_buffer, bb_offer_get_description (offer), -1);
  gtk_editable_set_text (GTK_EDITABLE (self->legal_basis_row), bb_offer_get_legal_basis (offer));
  gtk_editable_set_text (GTK_EDITABLE (self->keywords_row), bb_offer_get_keywords (offer));

  if (provider != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->provider_row), bb_provider_get_name (provider));
      adw_combo_row_set_selected (self->sector_row, bb_provider_get_sector (provider));
      gtk_editable_set_text (GTK_EDITABLE (self->department_row), bb_provider_get_department (provider));
    }
  update_provider (self);
}

/* A required field says so while it is empty; it complains (and the message takes the
 * mark's place) only once it was edited or Save was tried. */
static gboolean
check_required (AdwEntryRow           *row,
                GtkWidget             *required,
                BbOfferEditorErrorRow *error_row,
                const char            *message,
                gboolean               reveal)
{
  gboolean blank = bb_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (row)));

  gtk_widget_set_visible (required, blank && !reveal);
  return bb_offer_editor_show_error (row, error_row, blank ? message : NULL, reveal);
}

static gboolean
bb_offer_basics_section_validate (BbOfferEditorSection *section)
{
  BbOfferBasicsSection *self = BB_OFFER_BASICS_SECTION (section);
  gboolean save_attempted = bb_offer_editor_section_get_save_attempted (section);
  gboolean valid = TRUE;

  if (!check_required (self->title_row, self->title_required, self->title_error,
                       _("The title is required."), self->title_edited || save_attempted))
    valid = FALSE;
  if (!check_required (self->provider_row, self->provider_required, self->provider_error,
                       _("The provider is required."), self->provider_edited || save_attempted))
    valid = FALSE;

  return valid;
}

static void
bb_offer_basics_section_store (BbOfferEditorSection *section,
                               BbOffer              *offer)
{
  BbOfferBasicsSection *self = BB_OFFER_BASICS_SECTION (section);
  g_autofree char *title = bb_offer_editor_dup_text (GTK_EDITABLE (self->title_row));
  g_autofree char *summary = bb_offer_editor_dup_text (GTK_EDITABLE (self->summary_row));
  g_autofree char *legal_basis = bb_offer_editor_dup_text (GTK_EDITABLE (self->legal_basis_row));
  g_autofree char *keywords = bb_offer_editor_dup_text (GTK_EDITABLE (self->keywords_row));
  g_autofree char *provider_name = bb_offer_editor_dup_text (GTK_EDITABLE (self->provider_row));
  g_autofree char *description = NULL;
  g_autoptr(BbProvider) provider = NULL;
  BbProvider *stored_provider;
  GtkTextIter start;
  GtkTextIter end;

  bb_offer_set_title (offer, title);
  bb_offer_set_summary (offer, summary);
  gtk_text_buffer_get_bounds (self->description_buffer, &start, &end);
  description = g_strstrip (gtk_text_buffer_get_text (self->description_buffer, &start, &end, FALSE));
  bb_offer_set_description (offer, description);
  bb_offer_set_legal_basis (offer, legal_basis);
  bb_offer_set_keywords (offer, keywords);

  stored_provider = find_provider (self, provider_name);
  if (stored_provider != NULL)
    provider = bb_provider_copy (stored_provider);
  else
    {
      g_autofree char *department = bb_offer_editor_dup_text (GTK_EDITABLE (self->department_row));

      provider = bb_provider_new (provider_name);
      bb_provider_set_sector (provider, adw_combo_row_get_selected (self->sector_row));
      bb_provider_set_department (provider, department);
    }
  bb_offer_set_provider (offer, provider);
}

static gboolean
bb_offer_basics_section_grab_focus (GtkWidget *widget)
{
  BbOfferBasicsSection *self = BB_OFFER_BASICS_SECTION (widget);
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (self->title_row));

  /* The cursor after the title, not the title selected: the first key typed should not
   * wipe it out. */
  if (GTK_IS_TEXT (text) && gtk_text_grab_focus_without_selecting (GTK_TEXT (text)))
    {
      gtk_editable_set_position (text, -1);
      return TRUE;
    }

  return gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
bb_offer_basics_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_OFFER_BASICS_SECTION);

  G_OBJECT_CLASS (bb_offer_basics_section_parent_class)->dispose (object);
}

static void
bb_offer_basics_section_finalize (GObject *object)
{
  BbOfferBasicsSection *self = BB_OFFER_BASICS_SECTION (object);

  g_clear_object (&self->providers);

  G_OBJECT_CLASS (bb_offer_basics_section_parent_class)->finalize (object);
}

static void
bb_offer_basics_section_class_init (BbOfferBasicsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbOfferEditorSectionClass *section_class = BB_OFFER_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = bb_offer_basics_section_dispose;
  object_class->finalize = bb_offer_basics_section_finalize;
  widget_class->grab_focus = bb_offer_basics_section_grab_focus;
  section_class->load = bb_offer_basics_section_load;
  section_class->validate = bb_offer_basics_section_validate;
  section_class->store = bb_offer_basics_section_store;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offer-basics-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, title_required);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, title_error);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, summary_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, description_buffer);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, legal_basis_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, keywords_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, provider_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, provider_required);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, provider_error);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, provider_button);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, sector_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferBasicsSection, department_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_provider_changed);

  gtk_widget_class_install_action (widget_class, "basics.choose-provider", "s", choose_provider);
  gtk_widget_class_install_action (widget_class, "basics.set-legal-basis", "s", set_legal_basis);
}

static void
bb_offer_basics_section_init (BbOfferBasicsSection *self)
{
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  bb_offer_editor_set_accessible_name (self->provider_row, _("Name of the provider"));
  /* Marked from the start for the eye too: the "Required" labels in the rows. */
  bb_offer_editor_mark_required (self->title_row);
  bb_offer_editor_mark_required (self->provider_row);

  /* In enum order, so the selected position is the value. */
  for (int i = 0; i < BB_SECTOR_COUNT; i++)
    gtk_string_list_append (sectors, bb_sector_get_label (i));
  adw_combo_row_set_model (self->sector_row, G_LIST_MODEL (sectors));
}

void
bb_offer_basics_section_set_providers (BbOfferBasicsSection *self,
                                       GListModel           *providers)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  guint n_items;

  g_return_if_fail (BB_IS_OFFER_BASICS_SECTION (self));
  g_return_if_fail (G_IS_LIST_MODEL (providers));

  g_set_object (&self->providers, providers);
  n_items = g_list_model_get_n_items (providers);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbProvider) provider = g_list_model_get_item (providers, i);
      const char *name = bb_provider_get_name (provider);
      g_auto(GStrv) parts = g_strsplit (name, "_", -1);
      /* Menus read "_" as a mnemonic. */
      g_autofree char *label = g_strjoinv ("__", parts);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "basics.choose-provider",
                                               g_variant_new_string (name));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->provider_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->provider_button), n_items > 0);
  update_provider (self);
}
