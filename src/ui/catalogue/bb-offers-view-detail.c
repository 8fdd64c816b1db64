/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The offer beside the list: what it is, its facts, contact persons and history. */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-format.h"
#include "bb-offer-change.h"
#include "bb-offers-view-private.h"

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         const char          *title,
         const char          *value)
{
  g_autofree char *escaped_title = NULL;
  g_autofree char *escaped_value = NULL;
  GtkWidget *row;

  if (value == NULL || *value == '\0')
    return;

  /* Row titles are markup in libadwaita 1.2; what users typed is text. */
  escaped_title = g_markup_escape_text (title, -1);
  escaped_value = g_markup_escape_text (value, -1);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_value);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

static char *
describe_ages (BbOffer *offer)
{
  int min = bb_offer_get_age_min (offer);
  int max = bb_offer_get_age_max (offer);

  if (min >= 0 && max >= 0)
    /* Translators: an age range, "15–25 years" */
    return g_strdup_printf (_("%d–%d years"), min, max);
  if (min >= 0)
    return g_strdup_printf (_("From %d years"), min);
  if (max >= 0)
    return g_strdup_printf (_("Up to %d years"), max);
  return NULL;
}

/* A changed value as the rest of the screen shows it: the history keeps review dates
 * as ISO dates. */
static char *
dup_history_value (const char *field,
                   const char *value)
{
  char *date;

  if (value == NULL)
    return g_strdup (_("(empty)"));
  if (g_str_equal (field, "reviewed") && (date = bb_format_date (value)) != NULL)
    return date;
  return g_strdup (value);
}

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  BbOfferChange *change = item;
  const char *field = bb_offer_change_get_field (change);
  g_autofree char *old_value = dup_history_value (field, bb_offer_change_get_old_value (change));
  g_autofree char *new_value = dup_history_value (field, bb_offer_change_get_new_value (change));
  g_autofree char *when = bb_format_date_time (bb_offer_change_get_changed_at (change));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (g_str_equal (field, "created") || g_str_equal (field, "deleted") || g_str_equal (field, "restored"))
    title = g_markup_escape_text (bb_offer_change_get_field_label (change), -1);
  else
    {
      g_autofree char *text = NULL;

      /* Translators: a change in an offer's history: field: old value → new value */
      text = g_strdup_printf (_("%s: %s → %s"), bb_offer_change_get_field_label (change),
                              old_value, new_value);
      title = g_markup_escape_text (text, -1);
    }

  /* Translators: when and by whom, "24 November 2026, 14:05 · Mette Hansen" */
  subtitle = g_markup_printf_escaped (_("%s · %s"), when != NULL ? when : "",
                                      bb_offer_change_get_changed_by (change));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* "Active · Referral · Reviewed 17 August 2024 · Not reviewed for 19 months", as
 * markup; an offer never reviewed says only that. */
static char *
dup_tags_markup (BbOffersView *self,
                 BbOffer      *offer)
{
  g_autofree char *reviewed = bb_format_date (bb_offer_get_reviewed (offer));
  g_autofree char *reviewed_text = reviewed != NULL ? g_strdup_printf (_("Reviewed %s"), reviewed)
                                                    : g_strdup ("");
  g_autofree char *escaped = g_markup_escape_text (reviewed_text, -1);
  g_autofree char *stale_markup = NULL;
  GDate today;

  g_date_clear (&today, 1);
  bb_clock_get_today (bb_context_get_clock (self->context), &today);
  if (bb_offer_is_stale (offer, &today))
    {
      g_autofree char *stale = bb_format_not_reviewed_for (bb_offer_get_reviewed (offer), &today);

      stale_markup = g_markup_printf_escaped ("<span weight=\"bold\">%s</span>", stale);
    }

  return _bb_offers_view_join (" · ", bb_offer_status_get_label (bb_offer_get_status (offer)),
                               bb_access_get_label (bb_offer_get_access (offer)),
                               escaped, stale_markup != NULL ? stale_markup : "", NULL);
}

void
_bb_offers_view_show_offer (BbOffersView *self,
                            BbOffer      *offer)
{
  BbProvider *provider;
  GListModel *contacts;
  g_autoptr(GListModel) history = NULL;
  g_autofree char *provider_text = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *steps = NULL;
  g_autofree char *ages = NULL;
  g_autofree char *capacity = NULL;
  g_autofree char *waiting = NULL;

  g_set_object (&self->offer, offer);
  self->undo_import_id = offer != NULL
                         ? bb_offer_repository_find_undoable_import (bb_context_get_offers (self->context),
                                                                     bb_offer_get_id (offer), NULL)
                         : 0;
  gtk_widget_set_visible (self->undo_import_button, self->undo_import_id > 0);
  _bb_offers_view_actions_update (self);

  clear_rows (self->facts_group, self->fact_rows);
  clear_rows (self->contacts_group, self->contact_rows);
  gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);

  if (offer == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  provider = bb_offer_get_provider (offer);
  provider_text = _bb_offers_view_join (" · ", bb_provider_get_name (provider),
                                        bb_provider_get_department (provider),
                                        bb_sector_get_label (bb_provider_get_sector (provider)), NULL);
  tags = dup_tags_markup (self, offer);

  gtk_label_set_text (self->title_label, bb_offer_get_title (offer));
  gtk_label_set_text (self->provider_label, provider_text);
  gtk_label_set_markup (self->tags_label, tags);
  gtk_label_set_text (self->summary_label, bb_offer_get_summary (offer));
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), *bb_offer_get_summary (offer) != '\0');

  groups = bb_offer_dup_target_group_names (offer);
  steps = _bb_offers_view_dup_step_names (offer);
  ages = describe_ages (offer);
  if (bb_offer_get_capacity (offer) >= 0)
    capacity = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d place", "%d places",
                                             bb_offer_get_capacity (offer)),
                                bb_offer_get_capacity (offer));
  if (bb_offer_get_waiting_weeks (offer) == 0)
    waiting = g_strdup (_("No waiting time"));
  else if (bb_offer_get_waiting_weeks (offer) > 0)
    waiting = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week", "%d weeks",
                                            bb_offer_get_waiting_weeks (offer)),
                               bb_offer_get_waiting_weeks (offer));

  add_row (self->facts_group, self->fact_rows, _("Description"), bb_offer_get_description (offer));
  add_row (self->facts_group, self->fact_rows, _("Target groups"), groups);
  add_row (self->facts_group, self->fact_rows, _("Steps"), steps);
  add_row (self->facts_group, self->fact_rows, _("Age"), ages);
  add_row (self->facts_group, self->fact_rows, _("Capacity"), capacity);
  add_row (self->facts_group, self->fact_rows, _("Waiting time"), waiting);
  add_row (self->facts_group, self->fact_rows, _("Location"), bb_offer_get_location (offer));
  add_row (self->facts_group, self->fact_rows, _("Opening hours"), bb_offer_get_opening_hours (offer));
  add_row (self->facts_group, self->fact_rows, _("Legal basis"), bb_offer_get_legal_basis (offer));
  add_row (self->facts_group, self->fact_rows, _("Keywords"), bb_offer_get_keywords (offer));
  add_row (self->facts_group, self->fact_rows, _("Provider’s website"), bb_provider_get_website (provider));

  contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *details = _bb_offers_view_join (" · ", bb_contact_get_role (contact),
                                                       bb_contact_get_phone (contact),
                                                       bb_contact_get_email (contact),
                                                       bb_contact_get_ambassador (contact) ? _("Ambassador") : "",
                                                       NULL);

      add_row (self->contacts_group, self->contact_rows, bb_contact_get_name (contact),
               *details != '\0' ? details : " ");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->contacts_group), self->contact_rows->len > 0);

  history = bb_offer_repository_list_history (bb_context_get_offers (self->context),
                                              bb_offer_get_id (offer), NULL);
  if (history != NULL)
    gtk_list_box_bind_model (self->history_list, history, create_history_row, NULL, NULL);

  gtk_stack_set_visible_child_name (self->detail_stack, "offer");
}

void
_bb_offers_view_show_selected (BbOffersView *self)
{
  g_autoptr(BbOffer) offer = NULL;

  if (self->selected_id != 0)
    offer = bb_offer_repository_get (bb_context_get_offers (self->context), self->selected_id, NULL);

  _bb_offers_view_show_offer (self, offer);
}
