/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-offer-audience-section.h"
#include "bb-offer-choice-row.h"

#define AGE_LIMIT 130

struct _BbOfferAudienceSection
{
  BbOfferEditorSection   parent_instance;

  GListModel            *available_target_groups;
  GListModel            *available_steps;
  /* BbOfferChoiceRow, in the order shown. */
  GPtrArray             *target_groups;
  GPtrArray             *steps;

  AdwExpanderRow        *target_groups_row;
  AdwExpanderRow        *steps_row;
  AdwEntryRow           *age_min_row;
  BbOfferEditorErrorRow *age_min_error;
  AdwEntryRow           *age_max_row;
  BbOfferEditorErrorRow *age_max_error;
};

G_DEFINE_FINAL_TYPE (BbOfferAudienceSection, bb_offer_audience_section, BB_TYPE_OFFER_EDITOR_SECTION)

static void
update_choices_subtitle (AdwExpanderRow *row,
                         GPtrArray      *choices)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < choices->len; i++)
    {
      BbOfferChoiceRow *choice = g_ptr_array_index (choices, i);

      if (!bb_offer_choice_row_get_active (choice))
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (choice)));
    }

  adw_expander_row_set_subtitle (row, names->str);
}

static void
on_choice_toggled (BbOfferAudienceSection *self)
{
  update_choices_subtitle (self->target_groups_row, self->target_groups);
  update_choices_subtitle (self->steps_row, self->steps);
  bb_offer_editor_section_edited (BB_OFFER_EDITOR_SECTION (self));
}

static void
on_field_changed (BbOfferAudienceSection *self)
{
  bb_offer_editor_section_edited (BB_OFFER_EDITOR_SECTION (self));
}

/* Whether @chosen holds @item: the same id, or for an item not stored yet the same name. */
static gboolean
model_contains (GListModel *chosen,
                GObject    *item)
{
  guint n_items = g_list_model_get_n_items (chosen);
  g_autofree char *name = NULL;
  gint64 id;

  g_object_get (item, "id", &id, "name", &name, NULL);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (chosen, i);
      g_autofree char *other_name = NULL;
      gint64 other_id;

      g_object_get (other, "id", &other_id, "name", &other_name, NULL);
      if (id != 0 ? id == other_id : g_strcmp0 (name, other_name) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
add_choice (BbOfferAudienceSection *self,
            AdwExpanderRow         *expander,
            GPtrArray              *choices,
            GObject                *item,
            gboolean                active)
{
  BbOfferChoiceRow *choice = bb_offer_choice_row_new (item);

  bb_offer_choice_row_set_active (choice, active);
  g_signal_connect_object (choice, "notify::active", G_CALLBACK (on_choice_toggled), self, G_CONNECT_SWAPPED);
  g_ptr_array_add (choices, g_object_ref (choice));
  adw_expander_row_add_row (expander, GTK_WIDGET (choice));
}

/* A row per stored item, ticked when the offer has it, then any the offer has that are
 * not stored, so saving never drops them unseen. */
static void
fill_choices (BbOfferAudienceSection *self,
              AdwExpanderRow         *expander,
              GPtrArray              *choices,
              GListModel             *available,
              GListModel             *chosen)
{
  guint n_available = available != NULL ? g_list_model_get_n_items (available) : 0;
  guint n_chosen = g_list_model_get_n_items (chosen);
  guint n_active = 0;

  for (guint i = 0; i < choices->len; i++)
    adw_expander_row_remove (expander, g_ptr_array_index (choices, i));
  g_ptr_array_set_size (choices, 0);

  for (guint i = 0; i < n_available; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (available, i);
      gboolean active = model_contains (chosen, item);

      add_choice (self, expander, choices, item, active);
      n_active += active;
    }

  for (guint i = 0; i < n_chosen; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (chosen, i);

      if (available != NULL && model_contains (available, item))
        continue;
      add_choice (self, expander, choices, item, TRUE);
      n_active++;
    }

  update_choices_subtitle (expander, choices);
  /* Open while nothing is chosen; otherwise the subtitle says what is. */
  adw_expander_row_set_expanded (expander, n_active == 0);
}

static void
collect_choices (GPtrArray  *choices,
                 GListStore *chosen)
{
  g_list_store_remove_all (chosen);

  for (guint i = 0; i < choices->len; i++)
    {
      BbOfferChoiceRow *choice = g_ptr_array_index (choices, i);

      if (bb_offer_choice_row_get_active (choice))
        g_list_store_append (chosen, bb_offer_choice_row_get_item (choice));
    }
}

static void
bb_offer_audience_section_load (BbOfferEditorSection *section,
                                BbOffer              *offer)
{
  BbOfferAudienceSection *self = BB_OFFER_AUDIENCE_SECTION (section);

  fill_choices (self, self->target_groups_row, self->target_groups, self->available_target_groups,
                G_LIST_MODEL (bb_offer_get_target_groups (offer)));
  fill_choices (self, self->steps_row, self->steps, self->available_steps,
                G_LIST_MODEL (bb_offer_get_steps (offer)));
  bb_offer_editor_set_number (GTK_EDITABLE (self->age_min_row), bb_offer_get_age_min (offer));
  bb_offer_editor_set_number (GTK_EDITABLE (self->age_max_row), bb_offer_get_age_max (offer));
}

static gboolean
bb_offer_audience_section_validate (BbOfferEditorSection *section)
{
  BbOfferAudienceSection *self = BB_OFFER_AUDIENCE_SECTION (section);
  const char *not_age = _("Write an age from 0 to 130.");
  const char *age_max_message = NULL;
  gboolean valid = TRUE;
  gboolean age_min_ok;
  gboolean age_max_ok;
  int age_min;
  int age_max;

  age_min_ok = bb_offer_editor_parse_number (GTK_EDITABLE (self->age_min_row), AGE_LIMIT, &age_min);
  age_max_ok = bb_offer_editor_parse_number (GTK_EDITABLE (self->age_max_row), AGE_LIMIT, &age_max);
  if (!age_max_ok)
    age_max_message = not_age;
  else if (age_min_ok && age_min != -1 && age_max != -1 && age_min > age_max)
    age_max_message = _("The lowest age must not be above the highest.");

  if (!bb_offer_editor_show_error (self->age_min_row, self->age_min_error,
                                   age_min_ok ? NULL : not_age, TRUE))
    valid = FALSE;
  if (!bb_offer_editor_show_error (self->age_max_row, self->age_max_error, age_max_message, TRUE))
    valid = FALSE;
  /* Either end of a reversed range may be the wrong one. */
  if (age_min_ok && age_max_ok && age_max_message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->age_min_row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->age_min_row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }

  return valid;
}

static void
bb_offer_audience_section_store (BbOfferEditorSection *section,
                                 BbOffer              *offer)
{
  BbOfferAudienceSection *self = BB_OFFER_AUDIENCE_SECTION (section);
  int number;

  collect_choices (self->target_groups, bb_offer_get_target_groups (offer));
  collect_choices (self->steps, bb_offer_get_steps (offer));
  bb_offer_editor_parse_number (GTK_EDITABLE (self->age_min_row), AGE_LIMIT, &number);
  bb_offer_set_age_min (offer, number);
  bb_offer_editor_parse_number (GTK_EDITABLE (self->age_max_row), AGE_LIMIT, &number);
  bb_offer_set_age_max (offer, number);
}

static void
bb_offer_audience_section_dispose (GObject *object)
{
  BbOfferAudienceSection *self = BB_OFFER_AUDIENCE_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_OFFER_AUDIENCE_SECTION);
  g_clear_pointer (&self->target_groups, g_ptr_array_unref);
  g_clear_pointer (&self->steps, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_offer_audience_section_parent_class)->dispose (object);
}

static void
bb_offer_audience_section_finalize (GObject *object)
{
  BbOfferAudienceSection *self = BB_OFFER_AUDIENCE_SECTION (object);

  g_clear_object (&self->available_target_groups);
  g_clear_object (&self->available_steps);

  G_OBJECT_CLASS (bb_offer_audience_section_parent_class)->finalize (object);
}

static void
bb_offer_audience_section_class_init (BbOfferAudienceSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbOfferEditorSectionClass *section_class = BB_OFFER_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = bb_offer_audience_section_dispose;
  object_class->finalize = bb_offer_audience_section_finalize;
  section_class->load = bb_offer_audience_section_load;
  section_class->validate = bb_offer_audience_section_validate;
  section_class->store = bb_offer_audience_section_store;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/catalogue/bb-offer-audience-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOfferAudienceSection, target_groups_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferAudienceSection, steps_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferAudienceSection, age_min_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferAudienceSection, age_min_error);
  gtk_widget_class_bind_template_child (widget_class, BbOfferAudienceSection, age_max_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferAudienceSection, age_max_error);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
}

static void
bb_offer_audience_section_init (BbOfferAudienceSection *self)
{
  self->target_groups = g_ptr_array_new_with_free_func (g_object_unref);
  self->steps = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
}

void
bb_offer_audience_section_set_lists (BbOfferAudienceSection *self,
                                     GListModel             *target_groups,
                                     GListModel             *steps)
{
  g_return_if_fail (BB_IS_OFFER_AUDIENCE_SECTION (self));
  g_return_if_fail (G_IS_LIST_MODEL (target_groups));
  g_return_if_fail (G_IS_LIST_MODEL (steps));

  g_set_object (&self->available_target_groups, target_groups);
  g_set_object (&self->available_steps, steps);
}
