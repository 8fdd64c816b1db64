/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The courses view's search, filters, caseload and sort order, the bar of the
 * filters in use (each removable), and the totals under the list. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-courses-view-private.h"
#include "bb-format.h"
#include "bb-validate.h"

/* The status filter's entries after "all": open courses, then each status. */
#define STATUS_OPEN 1
#define STATUS_FIRST 2
/* After "any" and each closing reason: referred on or not admitted, as the
 * overview's flow counts it. */
#define CLOSING_REFERRED_ON_OR_NOT_ADMITTED (1 + BB_CLOSING_REASON_COUNT)
/* After "any" and each hand-over state: beyond a suggestion, as the overview counts
 * referrals. */
#define HANDOVER_STATES_REFERRED (1 + BB_HANDOVER_STATE_COUNT)
#define HANDOVER_STATES_BEYOND_SUGGESTION \
  (((1u << BB_HANDOVER_STATE_COUNT) - 1) & ~(1u << BB_HANDOVER_SUGGESTED))

static guint
dropdown_selected (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected == GTK_INVALID_LIST_POSITION ? 0 : selected;
}

static const char *
dropdown_text (GtkDropDown *dropdown)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  return item != NULL ? gtk_string_object_get_string (item) : "";
}

static int
spin_days (GtkCheckButton *check,
           GtkSpinButton  *spin)
{
  return gtk_check_button_get_active (check) ? gtk_spin_button_get_value_as_int (spin) : -1;
}

/* An entry's date into @date (char[11]), or "" when it holds none yet. */
static void
entry_date (GtkEditable *entry,
            char        *date)
{
  const char *text = gtk_editable_get_text (entry);

  if (bb_validate_date (text))
    g_strlcpy (date, text, 11);
  else
    date[0] = '\0';
}

/* The dates of a filter bar's chip. */
typedef enum
{
  RANGE_FIRST_CONTACT,
  RANGE_CLOSED,
  RANGE_HANDED_OVER,
} Range;

/* "First contact 1 March 2026 – 31 March 2026", "… from …", "… until …" (or "Closed
 * …", "Handed over …"), or NULL. */
static char *
describe_range (const char *from,
                const char *to,
                Range       range)
{
  g_autofree char *a = *from != '\0' ? bb_format_date (from) : NULL;
  g_autofree char *b = *to != '\0' ? bb_format_date (to) : NULL;
  gboolean closed = range == RANGE_CLOSED;

  if (range == RANGE_HANDED_OVER)
    {
      if (a != NULL && b != NULL)
        /* Translators: part of a filter in the filter bar, between two dates */
        return g_strdup_printf (_("handed over %s – %s"), a, b);
      if (a != NULL)
        return g_strdup_printf (_("handed over from %s"), a);
      if (b != NULL)
        return g_strdup_printf (_("handed over until %s"), b);
      return NULL;
    }

  if (a != NULL && b != NULL)
    /* Translators: a filter in the filter bar, between two dates */
    return closed ? g_strdup_printf (_("Closed %s – %s"), a, b) : g_strdup_printf (_("First contact %s – %s"), a, b);
  if (a != NULL)
    return closed ? g_strdup_printf (_("Closed from %s"), a) : g_strdup_printf (_("First contact from %s"), a);
  if (b != NULL)
    return closed ? g_strdup_printf (_("Closed until %s"), b) : g_strdup_printf (_("First contact until %s"), b);
  return NULL;
}

/* A chip of the filter bar: its text, and what a screen reader says it does. */
static void
set_chip (GtkWidget        *chip,
          AdwButtonContent *content,
          const char       *text)
{
  g_autofree char *spoken = NULL;

  /* The flow box's child around the button takes the room, so it is what hides. */
  gtk_widget_set_visible (gtk_widget_get_parent (chip), text != NULL);
  if (text == NULL)
    return;

  adw_button_content_set_label (content, text);
  /* Translators: what a screen reader says of a filter's button in the filter bar */
  spoken = g_strdup_printf (_("Remove the filter “%s”"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_widget_set_tooltip_text (chip, spoken);
}

/* The waiting filters in one chip: "Waiting more than 7 days", "First conversation
 * after 8–14 days", "First conversation held", … */
static char *
describe_waiting (const BbCourseQuery *query)
{
  int more = query->waiting_more_than, most = query->waiting_at_most;

  if (most >= 0 && more >= 0)
    /* Translators: a filter in the filter bar, "First conversation after 8–14 days" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First conversation after %d–%d day",
                                         "First conversation after %d–%d days", most),
                            more + 1, most);
  if (most >= 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First conversation within %d day",
                                         "First conversation within %d days", most),
                            most);
  if (more >= 0 && query->first_conversation_held)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First conversation after more than %d day",
                                         "First conversation after more than %d days", more),
                            more);
  if (more >= 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Waiting more than %d day",
                                         "Waiting more than %d days", more),
                            more);
  if (query->first_conversation_held)
    return g_strdup (_("First conversation held"));
  return NULL;
}

/* The hand-over filters in one chip, as they are met by one hand-over: "Handed over
 * to: Ungdomsskolen, accepted, handed over 1 March 2026 – 31 March 2026". */
static char *
describe_handover (BbCoursesView       *self,
                   const BbCourseQuery *query)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dates = describe_range (query->handover_from, query->handover_to, RANGE_HANDED_OVER);

  if (query->handover_offer_id > 0)
    /* Translators: a filter in the filter bar, "Handed over to: Ungdomsskolen" */
    g_ptr_array_add (parts, g_strdup_printf (_("Handed over to: %s"), dropdown_text (self->handover_dropdown)));
  if (query->handover_states != 0)
    /* Translators: part of a filter in the filter bar, "hand-over: Accepted" */
    g_ptr_array_add (parts, g_strdup_printf (_("hand-over: %s"), dropdown_text (self->handover_state_dropdown)));
  if (dates != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&dates));
  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  /* Translators: between the parts of the hand-over filter in the filter bar */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

static void
update_filter_bar (BbCoursesView       *self,
                   const BbCourseQuery *query)
{
  guint status = dropdown_selected (self->status_dropdown);
  gboolean by_adviser = dropdown_selected (self->adviser_dropdown) > 0 && !gtk_toggle_button_get_active (self->mine_button);
  g_autofree char *referral = NULL;
  g_autofree char *waiting = NULL;
  g_autofree char *no_meeting = NULL;
  g_autofree char *adviser = NULL;
  g_autofree char *closing = NULL;
  g_autofree char *conversations = NULL;
  g_autofree char *handover = NULL;
  g_autofree char *first_contact = NULL;
  g_autofree char *closed = NULL;
  gboolean any;

  if (by_adviser && query->responsible_only)
    /* Translators: a filter in the filter bar, "Responsible adviser: Mette Holm" */
    adviser = g_strdup_printf (_("Responsible adviser: %s"), dropdown_text (self->adviser_dropdown));
  else if (by_adviser)
    adviser = g_strdup (dropdown_text (self->adviser_dropdown));
  if (query->closing_reason >= 0)
    /* Translators: a filter in the filter bar, "Closing reason: Moved" */
    closing = g_strdup_printf (_("Closing reason: %s"), bb_closing_reason_get_label (query->closing_reason));
  else if (query->referred_on_or_not_admitted)
    closing = g_strdup (dropdown_text (self->closing_dropdown));
  if (query->conversations >= 0 && query->conversations_or_more)
    conversations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d or more conversations",
                                                  "%d or more conversations", query->conversations),
                                     query->conversations);
  else if (query->conversations >= 0)
    conversations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d conversation",
                                                  "%d conversations", query->conversations),
                                     query->conversations);
  handover = describe_handover (self, query);
  first_contact = describe_range (query->first_contact_from, query->first_contact_to, RANGE_FIRST_CONTACT);
  closed = describe_range (query->closed_from, query->closed_to, RANGE_CLOSED);

  if (query->referral_source >= 0)
    /* Translators: a filter in the filter bar, "Referred by: School" */
    referral = g_strdup_printf (_("Referred by: %s"), dropdown_text (self->referral_dropdown));
  waiting = describe_waiting (query);
  if (query->no_meeting_for >= 0)
    no_meeting = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No meeting for %d day",
                                               "No meeting for %d days", query->no_meeting_for),
                                  query->no_meeting_for);

  set_chip (self->status_chip, self->status_chip_content, status > 0 ? dropdown_text (self->status_dropdown) : NULL);
  set_chip (self->adviser_chip, self->adviser_chip_content, adviser);
  set_chip (self->referral_chip, self->referral_chip_content, referral);
  set_chip (self->waiting_chip, self->waiting_chip_content, waiting);
  set_chip (self->no_meeting_chip, self->no_meeting_chip_content, no_meeting);
  set_chip (self->closing_chip, self->closing_chip_content, closing);
  set_chip (self->conversations_chip, self->conversations_chip_content, conversations);
  set_chip (self->handover_chip, self->handover_chip_content, handover);
  set_chip (self->first_contact_chip, self->first_contact_chip_content, first_contact);
  set_chip (self->closed_chip, self->closed_chip_content, closed);

  any = status > 0 || by_adviser || referral != NULL || waiting != NULL || no_meeting != NULL || closing != NULL
        || conversations != NULL || handover != NULL || first_contact != NULL || closed != NULL;
  gtk_revealer_set_reveal_child (self->filter_bar, any);
}

static void
fill_query (BbCoursesView *self,
            BbCourseQuery *query)
{
  guint status = dropdown_selected (self->status_dropdown);
  guint adviser = dropdown_selected (self->adviser_dropdown);
  guint handover = dropdown_selected (self->handover_dropdown);
  guint closing = dropdown_selected (self->closing_dropdown);
  guint handover_state = dropdown_selected (self->handover_state_dropdown);

  query->search = bb_browse_pane_get_search_text (self->pane);
  query->sort = (BbCourseSort) dropdown_selected (self->sort_dropdown);
  query->descending = gtk_check_button_get_active (self->descending_check);
  if (status == STATUS_OPEN)
    query->statuses = BB_COURSE_STATUSES_OPEN;
  else if (status >= STATUS_FIRST)
    query->statuses = BB_COURSE_STATUS_BIT (status - STATUS_FIRST);
  if (adviser > 0 && adviser < self->adviser_ids->len)
    query->adviser_id = g_array_index (self->adviser_ids, gint64, adviser);
  query->referral_source = (int) dropdown_selected (self->referral_dropdown) - 1;
  query->waiting_more_than = spin_days (self->waiting_check, self->waiting_spin);
  query->no_meeting_for = spin_days (self->no_meeting_check, self->no_meeting_spin);
  query->responsible_only = gtk_check_button_get_active (self->responsible_check);
  query->referred_on_or_not_admitted = closing == CLOSING_REFERRED_ON_OR_NOT_ADMITTED;
  query->closing_reason = closing < CLOSING_REFERRED_ON_OR_NOT_ADMITTED ? (int) closing - 1 : -1;
  query->waiting_at_most = spin_days (self->waiting_at_most_check, self->waiting_at_most_spin);
  query->first_conversation_held = gtk_check_button_get_active (self->first_conversation_check);
  if (handover_state == HANDOVER_STATES_REFERRED)
    query->handover_states = HANDOVER_STATES_BEYOND_SUGGESTION;
  else if (handover_state > 0)
    query->handover_states = 1u << (handover_state - 1);
  entry_date (self->handover_from_entry, query->handover_from);
  entry_date (self->handover_to_entry, query->handover_to);
  query->conversations = spin_days (self->conversations_check, self->conversations_spin);
  query->conversations_or_more = gtk_check_button_get_active (self->conversations_more_check);
  if (handover > 0 && handover < self->handover_ids->len)
    query->handover_offer_id = g_array_index (self->handover_ids, gint64, handover);
  entry_date (self->first_from_entry, query->first_contact_from);
  entry_date (self->first_to_entry, query->first_contact_to);
  entry_date (self->closed_from_entry, query->closed_from);
  entry_date (self->closed_to_entry, query->closed_to);
}

/* My caseload: the adviser named in Preferences, who must be on the advisers list. */
static void
apply_caseload (BbCoursesView *self,
                BbCourseQuery *query)
{
  g_autoptr(BbAdviser) current = NULL;
  const char *name;
  g_autofree char *description = NULL;

  self->no_adviser = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->adviser_dropdown), !gtk_toggle_button_get_active (self->mine_button));
  if (!gtk_toggle_button_get_active (self->mine_button))
    return;

  current = bb_adviser_repository_find_current (bb_context_get_advisers (self->context), NULL);
  if (current != NULL)
    {
      query->adviser_id = bb_adviser_get_id (current);
      return;
    }

  /* Nobody's courses rather than everybody's. */
  self->no_adviser = TRUE;
  query->adviser_id = G_MAXINT64;
  name = bb_database_get_user_name (bb_context_get_database (self->context));
  if (name == NULL || *name == '\0')
    description = g_strdup (_("My caseload shows the courses of the adviser named in Preferences, and no adviser is named there yet."));
  else
    description = g_strdup_printf (_("My caseload shows the courses of the adviser named in Preferences, “%s”, who is not on the list of advisers. Add them there, or name another adviser."),
                                   name);
  adw_status_page_set_description (self->no_adviser_page, description);
}

void
_bb_courses_view_apply_query (BbCoursesView *self)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;

  if (self->filling_filters || self->courses == NULL)
    return;

  fill_query (self, &query);
  apply_caseload (self, &query);
  update_filter_bar (self, &query);
  self->filtered = query.search[0] != '\0' || query.statuses != 0 || query.adviser_id != 0
                   || query.referral_source >= 0 || query.waiting_more_than >= 0 || query.no_meeting_for >= 0
                   || query.closing_reason >= 0 || query.conversations >= 0 || query.handover_offer_id > 0
                   || query.first_contact_from[0] != '\0' || query.first_contact_to[0] != '\0'
                   || query.closed_from[0] != '\0' || query.closed_to[0] != '\0'
                   || query.referred_on_or_not_admitted || query.waiting_at_most >= 0
                   || query.first_conversation_held || query.handover_states != 0
                   || query.handover_from[0] != '\0' || query.handover_to[0] != '\0';
  bb_course_list_set_query (self->courses, &query);
  _bb_courses_view_queue_totals (self);
  _bb_courses_view_update_list_state (self);
}

void
_bb_courses_view_reset_filters (BbCoursesView *self)
{
  g_assert (self->filling_filters);

  bb_browse_pane_set_search_text (self->pane, "");
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->adviser_dropdown, 0);
  gtk_drop_down_set_selected (self->referral_dropdown, 0);
  gtk_check_button_set_active (self->waiting_check, FALSE);
  gtk_check_button_set_active (self->no_meeting_check, FALSE);
  gtk_check_button_set_active (self->responsible_check, FALSE);
  gtk_drop_down_set_selected (self->closing_dropdown, 0);
  gtk_check_button_set_active (self->conversations_check, FALSE);
  gtk_check_button_set_active (self->conversations_more_check, FALSE);
  gtk_drop_down_set_selected (self->handover_dropdown, 0);
  gtk_editable_set_text (self->first_from_entry, "");
  gtk_editable_set_text (self->first_to_entry, "");
  gtk_editable_set_text (self->closed_from_entry, "");
  gtk_editable_set_text (self->closed_to_entry, "");
  gtk_check_button_set_active (self->waiting_at_most_check, FALSE);
  gtk_check_button_set_active (self->first_conversation_check, FALSE);
  gtk_drop_down_set_selected (self->handover_state_dropdown, 0);
  gtk_editable_set_text (self->handover_from_entry, "");
  gtk_editable_set_text (self->handover_to_entry, "");
}

void
_bb_courses_view_remove_filter (BbCoursesView *self,
                                const char    *kind)
{
  self->filling_filters = TRUE;
  if (g_str_equal (kind, "status"))
    gtk_drop_down_set_selected (self->status_dropdown, 0);
  else if (g_str_equal (kind, "adviser"))
    {
      gtk_drop_down_set_selected (self->adviser_dropdown, 0);
      gtk_check_button_set_active (self->responsible_check, FALSE);
    }
  else if (g_str_equal (kind, "closing"))
    gtk_drop_down_set_selected (self->closing_dropdown, 0);
  else if (g_str_equal (kind, "conversations"))
    gtk_check_button_set_active (self->conversations_check, FALSE);
  else if (g_str_equal (kind, "handover"))
    {
      gtk_drop_down_set_selected (self->handover_dropdown, 0);
      gtk_drop_down_set_selected (self->handover_state_dropdown, 0);
      gtk_editable_set_text (self->handover_from_entry, "");
      gtk_editable_set_text (self->handover_to_entry, "");
    }
  else if (g_str_equal (kind, "first-contact"))
    {
      gtk_editable_set_text (self->first_from_entry, "");
      gtk_editable_set_text (self->first_to_entry, "");
    }
  else if (g_str_equal (kind, "closed"))
    {
      gtk_editable_set_text (self->closed_from_entry, "");
      gtk_editable_set_text (self->closed_to_entry, "");
    }
  else if (g_str_equal (kind, "referral"))
    gtk_drop_down_set_selected (self->referral_dropdown, 0);
  else if (g_str_equal (kind, "waiting"))
    {
      gtk_check_button_set_active (self->waiting_check, FALSE);
      gtk_check_button_set_active (self->waiting_at_most_check, FALSE);
      gtk_check_button_set_active (self->first_conversation_check, FALSE);
    }
  else if (g_str_equal (kind, "no-meeting"))
    gtk_check_button_set_active (self->no_meeting_check, FALSE);
  self->filling_filters = FALSE;

  _bb_courses_view_apply_query (self);
}

static void
set_dropdown_strings (GtkDropDown        *dropdown,
                      const char * const *labels,
                      guint               n_labels,
                      guint               selected)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (strings, labels[i]);

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (dropdown, selected < n_labels ? selected : 0);
}

void
_bb_courses_view_fill_adviser_filter (BbCoursesView *self)
{
  g_autoptr(GListModel) advisers = bb_adviser_repository_list (bb_context_get_advisers (self->context), TRUE, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint selected = dropdown_selected (self->adviser_dropdown);
  gint64 selected_id = selected < self->adviser_ids->len ? g_array_index (self->adviser_ids, gint64, selected) : 0;
  guint position = 0;
  gint64 all = 0;

  g_array_set_size (self->adviser_ids, 0);
  g_array_append_val (self->adviser_ids, all);
  g_ptr_array_add (names, g_strdup (_("All advisers")));

  /* Those who have left keep their caseload, to be handed on. */
  for (guint i = 0; advisers != NULL && i < g_list_model_get_n_items (advisers); i++)
    {
      g_autoptr(BbAdviser) adviser = g_list_model_get_item (advisers, i);
      gint64 id = bb_adviser_get_id (adviser);

      g_array_append_val (self->adviser_ids, id);
      if (bb_adviser_get_active (adviser))
        g_ptr_array_add (names, g_strdup (bb_adviser_get_name (adviser)));
      else
        /* Translators: an adviser who has left, in the adviser filter */
        g_ptr_array_add (names, g_strdup_printf (_("%s (inactive)"), bb_adviser_get_name (adviser)));
      if (id == selected_id)
        position = i + 1;
    }

  self->filling_filters = TRUE;
  set_dropdown_strings (self->adviser_dropdown, (const char * const *) names->pdata, names->len, position);
  self->filling_filters = FALSE;
}

void
_bb_courses_view_fill_fixed_filters (BbCoursesView *self)
{
  const char *statuses[STATUS_FIRST + BB_COURSE_STATUS_COUNT];
  const char *sources[1 + BB_REFERRAL_COUNT];
  const char *reasons[1 + BB_CLOSING_REASON_COUNT + 1];
  const char *states[1 + BB_HANDOVER_STATE_COUNT + 1];

  statuses[0] = _("All statuses");
  statuses[STATUS_OPEN] = _("Open courses");
  for (guint i = 0; i < BB_COURSE_STATUS_COUNT; i++)
    statuses[STATUS_FIRST + i] = bb_course_status_get_label (i);
  sources[0] = _("Any referral source");
  for (guint i = 0; i < BB_REFERRAL_COUNT; i++)
    sources[1 + i] = bb_referral_source_get_label (i);
  reasons[0] = _("Any closing reason");
  for (guint i = 0; i < BB_CLOSING_REASON_COUNT; i++)
    reasons[1 + i] = bb_closing_reason_get_label (i);
  reasons[CLOSING_REFERRED_ON_OR_NOT_ADMITTED] = _("Referred on or not admitted");
  states[0] = _("Any state");
  for (guint i = 0; i < BB_HANDOVER_STATE_COUNT; i++)
    states[1 + i] = bb_handover_state_get_label (i);
  states[HANDOVER_STATES_REFERRED] = _("Referred, accepted or started");

  self->filling_filters = TRUE;
  set_dropdown_strings (self->status_dropdown, statuses, G_N_ELEMENTS (statuses), 0);
  set_dropdown_strings (self->referral_dropdown, sources, G_N_ELEMENTS (sources), 0);
  set_dropdown_strings (self->closing_dropdown, reasons, G_N_ELEMENTS (reasons), 0);
  set_dropdown_strings (self->handover_state_dropdown, states, G_N_ELEMENTS (states), 0);
  self->filling_filters = FALSE;

  _bb_courses_view_fill_handover_filter (self);
}

/* Only "any" until there is a database; then once, when first needed: on 100,000
 * courses reading the offers handed over to is not for every start. */
gboolean
_bb_courses_view_fill_handover_filter (BbCoursesView *self)
{
  g_autoptr(GPtrArray) offers = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint selected = dropdown_selected (self->handover_dropdown);
  gint64 selected_id = selected < self->handover_ids->len ? g_array_index (self->handover_ids, gint64, selected) : 0;
  guint position = 0;
  gint64 any = 0;

  if (self->handover_filled)
    return TRUE;
  if (self->context != NULL)
    {
      offers = bb_course_repository_list_handover_offers (bb_context_get_courses (self->context), &error);
      if (offers == NULL)
        g_warning ("Cannot list the offers handed over to: %s", error->message);
    }

  g_array_set_size (self->handover_ids, 0);
  g_array_append_val (self->handover_ids, any);
  g_ptr_array_add (names, g_strdup (_("Any offer")));
  for (guint i = 0; offers != NULL && i < offers->len; i++)
    {
      BbOfferReferrals *offer = g_ptr_array_index (offers, i);

      g_array_append_val (self->handover_ids, offer->offer_id);
      g_ptr_array_add (names, g_strdup (offer->offer_title));
      if (offer->offer_id == selected_id)
        position = i + 1;
    }

  self->handover_filled = offers != NULL;
  self->filling_filters = TRUE;
  set_dropdown_strings (self->handover_dropdown, (const char * const *) names->pdata, names->len, position);
  self->filling_filters = FALSE;
  return self->handover_filled;
}

/* The entry of @ids holding @id, or 0 ("all"). */
static guint
find_id (GArray *ids,
         gint64  id)
{
  for (guint i = 1; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

/* The entry of @dropdown whose text is @label, or 0 ("all"). */
static guint
find_entry (GtkDropDown *dropdown,
            const char  *label)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), label) == 0)
        return i;
    }

  return 0;
}

static void
set_days (GtkCheckButton *check,
          GtkSpinButton  *spin,
          GVariant       *filters,
          const char     *key)
{
  const char *value;

  if (!g_variant_lookup (filters, key, "&s", &value))
    return;
  gtk_check_button_set_active (check, TRUE);
  gtk_spin_button_set_value (spin, g_ascii_strtod (value, NULL));
}

/* The entry of the hand-over state filter for "referred,accepted", or 0 ("any")
 * when it has none for that set. */
static guint
handover_state_entry (const char *value)
{
  g_auto(GStrv) keys = g_strsplit (value, ",", -1);
  guint states = 0;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      BbHandoverState state;

      if (bb_handover_state_from_key (keys[i], &state))
        states |= 1u << state;
    }
  if (states == HANDOVER_STATES_BEYOND_SUGGESTION)
    return HANDOVER_STATES_REFERRED;
  for (guint i = 0; i < BB_HANDOVER_STATE_COUNT; i++)
    if (states == 1u << i)
      return 1 + i;
  return 0;
}

static void
set_date (GtkEditable *entry,
          GVariant    *filters,
          const char  *key)
{
  const char *value;

  if (g_variant_lookup (filters, key, "&s", &value))
    gtk_editable_set_text (entry, value);
}

void
_bb_courses_view_set_filters (BbCoursesView *self,
                              GVariant      *filters)
{
  const char *value;
  BbCourseStatus status;
  BbClosingReason reason;

  g_assert (self->filling_filters);

  _bb_courses_view_reset_filters (self);
  if (g_variant_lookup (filters, "status", "&s", &value) && bb_course_status_from_key (value, &status))
    gtk_drop_down_set_selected (self->status_dropdown,
                                find_entry (self->status_dropdown, bb_course_status_get_label (status)));
  if (g_variant_lookup (filters, "closing", "&s", &value) && bb_closing_reason_from_key (value, &reason))
    gtk_drop_down_set_selected (self->closing_dropdown, 1 + reason);
  if (g_variant_lookup (filters, "outcome", "&s", &value) && g_str_equal (value, "referred-on-or-not-admitted"))
    gtk_drop_down_set_selected (self->closing_dropdown, CLOSING_REFERRED_ON_OR_NOT_ADMITTED);
  set_days (self->waiting_check, self->waiting_spin, filters, "waiting-longer-than");
  set_days (self->waiting_at_most_check, self->waiting_at_most_spin, filters, "waiting-at-most");
  if (g_variant_lookup (filters, "first-conversation", "&s", &value) && g_str_equal (value, "held"))
    gtk_check_button_set_active (self->first_conversation_check, TRUE);
  if (g_variant_lookup (filters, "handover-state", "&s", &value))
    gtk_drop_down_set_selected (self->handover_state_dropdown, handover_state_entry (value));
  set_days (self->conversations_check, self->conversations_spin, filters, "conversations");
  if (g_variant_lookup (filters, "conversations", "&s", &value))
    gtk_check_button_set_active (self->conversations_more_check, g_str_has_suffix (value, "+"));
  /* The overview counts a course for its responsible adviser only. */
  if (g_variant_lookup (filters, "adviser", "&s", &value))
    {
      gtk_drop_down_set_selected (self->adviser_dropdown,
                                  find_id (self->adviser_ids, g_ascii_strtoll (value, NULL, 10)));
      gtk_check_button_set_active (self->responsible_check, TRUE);
    }
  if (g_variant_lookup (filters, "handover-offer", "&s", &value) && _bb_courses_view_fill_handover_filter (self))
    gtk_drop_down_set_selected (self->handover_dropdown,
                                find_id (self->handover_ids, g_ascii_strtoll (value, NULL, 10)));
  set_date (self->first_from_entry, filters, "first-contact-from");
  set_date (self->first_to_entry, filters, "first-contact-to");
  set_date (self->closed_from_entry, filters, "closed-from");
  set_date (self->closed_to_entry, filters, "closed-to");
  set_date (self->handover_from_entry, filters, "handover-from");
  set_date (self->handover_to_entry, filters, "handover-to");
}

static gulong
plural_of (double value)
{
  return (gulong) MAX (0.0, round (value));
}

static void
on_totals_counted (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  BbCoursesView *self;
  BbCourseTotals totals = { 0 };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *line = NULL;
  g_autoptr(GError) error = NULL;

  /* A newer query's totals are on their way, or the view is gone. */
  if (!bb_course_repository_count_totals_finish (BB_COURSE_REPOSITORY (source), result, &totals, &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = BB_COURSES_VIEW (user_data);
  g_clear_object (&self->totals_cancellable);
  if (error != NULL)
    {
      gtk_label_set_text (self->totals_label, "");
      return;
    }

  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u course, %u open",
                                                        "%u courses, %u open", totals.courses),
                                           totals.courses, totals.open));
  if (!isnan (totals.waiting_median))
    {
      g_autofree char *figure = bb_format_figure (totals.waiting_median);

      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "median wait %s day",
                                                            "median wait %s days",
                                                            plural_of (totals.waiting_median)), figure));
    }
  if (totals.courses > 0 && !isnan (totals.conversations_mean))
    {
      g_autofree char *figure = bb_format_figure (totals.conversations_mean);

      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s conversation per course",
                                                            "%s conversations per course",
                                                            plural_of (totals.conversations_mean)), figure));
    }
  if (!isnan (totals.length_median))
    {
      g_autofree char *figure = bb_format_figure (totals.length_median);

      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "median length %s day",
                                                            "median length %s days",
                                                            plural_of (totals.length_median)), figure));
    }
  g_ptr_array_add (parts, NULL);

  line = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_text (self->totals_label, line);
}

static gboolean
update_totals (gpointer data)
{
  BbCoursesView *self = BB_COURSES_VIEW (data);
  BbCourseQuery query = BB_COURSE_QUERY_INIT;

  self->totals_source = 0;
  /* The list's first frame comes first (the view counts when it is drawn). */
  if (self->courses == NULL || !self->drawn)
    return G_SOURCE_REMOVE;

  fill_query (self, &query);
  apply_caseload (self, &query);
  /* A worker thread counts them; the view waits for nothing. */
  g_cancellable_cancel (self->totals_cancellable);
  g_clear_object (&self->totals_cancellable);
  self->totals_cancellable = g_cancellable_new ();
  bb_course_repository_count_totals_async (bb_context_get_courses (self->context), &query,
                                           self->totals_cancellable, on_totals_counted, self);
  return G_SOURCE_REMOVE;
}

/* The totals read every course the query selects (medians), which on 100,000 takes
 * longer than a keystroke may: they follow once the typing pauses. */
void
_bb_courses_view_queue_totals (BbCoursesView *self)
{
  g_clear_handle_id (&self->totals_source, g_source_remove);
  self->totals_source = g_timeout_add (200, update_totals, self);
}
