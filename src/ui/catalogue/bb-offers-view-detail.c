/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The offer beside the list: what it is, its facts, how to get in, how to reach it,
 * its places, its provider, contact persons and history. Each group shows only the
 * rows that have something to say, and hides itself when none has. */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "bb-format.h"
#include "bb-offer-change.h"
#include "bb-offers-view-private.h"

/* The groups of the template that the offer fills besides facts_group and
 * contacts_group. */
static const char * const filled_groups[] = {
  "access_group", "reach_group", "places_group", "provider_group",
};

/* The template names these groups without binding them: they sit beside facts_group. */
static AdwPreferencesGroup *
get_group (BbOffersView *self,
           const char   *name)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self->facts_group));

  for (GtkWidget *child = gtk_widget_get_first_child (parent); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), name) == 0)
      return ADW_PREFERENCES_GROUP (child);

  g_return_val_if_reached (NULL);
}

/* @rows holds rows of several groups; each leaves the one it is in. */
static void
clear_rows (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (rows, 0);
}

static void
show_group_if_filled (AdwPreferencesGroup *group,
                      GPtrArray           *rows)
{
  gboolean filled = FALSE;

  for (guint i = 0; i < rows->len && !filled; i++)
    filled = gtk_widget_get_ancestor (g_ptr_array_index (rows, i), ADW_TYPE_PREFERENCES_GROUP)
             == GTK_WIDGET (group);

  gtk_widget_set_visible (GTK_WIDGET (group), filled);
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static GtkWidget *
new_property_row (const char *title,
                  const char *value)
{
  g_autofree char *escaped_title = NULL;
  g_autofree char *escaped_value = NULL;
  GtkWidget *row;

  /* Row titles are markup in libadwaita 1.2; what users typed is text. */
  escaped_title = g_markup_escape_text (title, -1);
  escaped_value = g_markup_escape_text (value, -1);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_value);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         const char          *title,
         const char          *value)
{
  GtkWidget *row;

  if (!is_set (value))
    return NULL;

  row = new_property_row (title, value);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

/* A button at the end of @row that opens @uri (a call, a map, a web page, an e-mail),
 * named for screen readers by what it does; the whole row opens it too. */
static void
add_link (GtkWidget  *row,
          const char *uri,
          const char *icon_name,
          const char *tooltip,
          const char *accessible_name)
{
  GtkWidget *button = gtk_link_button_new (uri);

  gtk_button_set_icon_name (GTK_BUTTON (button), icon_name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  if (ADW_IS_ACTION_ROW (row))
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
    }
  else
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
}

/* Open Referral's phone types, for people; another type is shown as written. */
static const char *
get_phone_type_label (const char *type)
{
  static const struct { const char *type; const char *label; } types[] = {
    { "voice", N_("Phone") }, { "cell", N_("Mobile") }, { "text", N_("Text message") },
    { "fax", N_("Fax") }, { "video", N_("Video call") }, { "pager", N_("Pager") },
    { "textphone", N_("Textphone") },
  };

  if (type == NULL)
    return _("Phone");
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_ascii_strcasecmp (type, types[i].type) == 0)
      return _(types[i].label);
  return type;
}

/* "555-0134, ext. 12" as written, below its type and description. */
static GtkWidget *
new_phone_row (const BbPhone *phone)
{
  g_autofree char *number = NULL;
  g_autofree char *uri = bb_format_tel_uri (phone->number, phone->extension);
  g_autofree char *name = NULL;
  g_autofree char *details = NULL;
  GtkWidget *row;

  if (phone->extension >= 0)
    {
      /* The same words as the history's: bb_phone_to_string (). */
      g_autofree char *extension = g_strdup_printf (_(", ext. %d"), (int) MIN (phone->extension, G_MAXINT));

      number = g_strconcat (phone->number, extension, NULL);
    }
  else
    number = g_strdup (phone->number);

  details = _bb_offers_view_join (" · ", get_phone_type_label (phone->type),
                                  phone->description != NULL ? phone->description : "", NULL);
  row = new_property_row (details, number);
  if (uri != NULL)
    {
      /* Translators: a button's name for screen readers, with the number it calls */
      name = g_strdup_printf (_("Call %s"), number);
      add_link (row, uri, "call-start-symbolic", _("Call"), name);
    }
  return row;
}

static void
add_phone_rows (AdwPreferencesGroup *group,
                GPtrArray           *rows,
                GPtrArray           *phones)
{
  for (guint i = 0; i < phones->len; i++)
    {
      const BbPhone *phone = g_ptr_array_index (phones, i);
      GtkWidget *row;

      if (!is_set (phone->number))
        continue;

      row = new_phone_row (phone);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }
}

static void
add_link_row (AdwPreferencesGroup *group,
              GPtrArray           *rows,
              const char          *title,
              const char          *value,
              gboolean             email)
{
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;
  GtkWidget *row = add_row (group, rows, title, value);

  if (row == NULL)
    return;

  if (email)
    {
      uri = g_strconcat ("mailto:", value, NULL);
      /* Translators: a button's name for screen readers */
      name = g_strdup_printf (_("Write to %s"), value);
      add_link (row, uri, "mail-unread-symbolic", _("Write an E-mail"), name);
    }
  else
    {
      /* A website written without its scheme ("www.example.dk") still opens. */
      uri = g_uri_peek_scheme (value) != NULL ? g_strdup (value) : g_strconcat ("https://", value, NULL);
      name = g_strdup_printf (_("Open %s"), value);
      add_link (row, uri, "web-browser-symbolic", _("Open the Website"), name);
    }
}

/* The texts that @member of the JSON object @extra lists, each as @format_item makes
 * it, joined by @separator; NULL when there are none. */
static char *
dup_json_list (const char  *extra,
               const char  *member,
               char       *(*format_item) (JsonObject *item),
               const char  *separator)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GString) text = NULL;
  JsonNode *root;
  JsonNode *list;

  if (!is_set (extra))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, extra, -1, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  list = json_object_get_member (json_node_get_object (root), member);
  if (list == NULL)
    return NULL;

  text = g_string_new (NULL);
  if (JSON_NODE_HOLDS_VALUE (list) && json_node_get_value_type (list) == G_TYPE_STRING)
    g_string_append (text, json_node_get_string (list));
  else if (JSON_NODE_HOLDS_ARRAY (list))
    {
      JsonArray *array = json_node_get_array (list);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          g_autofree char *item = NULL;

          if (format_item != NULL && JSON_NODE_HOLDS_OBJECT (node))
            item = format_item (json_node_get_object (node));
          if (is_set (item))
            g_string_append_printf (text, "%s%s", text->len > 0 ? separator : "", item);
        }
    }

  if (text->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
get_json_string (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* "English (Chat only)"; a language the file gives only by its code is its code. */
static char *
format_language (JsonObject *language)
{
  const char *name = get_json_string (language, "name");
  const char *note = get_json_string (language, "note");

  if (!is_set (name))
    name = get_json_string (language, "code");
  if (!is_set (name))
    return NULL;
  if (is_set (note))
    return g_strdup_printf ("%s (%s)", name, note);
  return g_strdup (name);
}

/* "Ramp at the entrance – Lift to the first floor", a line a note; NULL for none. */
static char *
dup_accessibility (const BbOfferLocation *place)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < place->accessibility->len; i++)
    {
      const BbAccessibility *note = g_ptr_array_index (place->accessibility, i);
      char *line = _bb_offers_view_join (" – ",
                                         is_set (note->description) ? note->description : "",
                                         is_set (note->details) ? note->details : "",
                                         NULL);

      if (*line != '\0')
        g_ptr_array_add (lines, line);
      else
        g_free (line);
    }

  if (lines->len == 0)
    return NULL;

  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* "CVR-nummer: 12345678", by the identifier's type or else its scheme. */
static char *
format_identifier (JsonObject *identifier)
{
  const char *value = get_json_string (identifier, "identifier");
  const char *kind = get_json_string (identifier, "identifier_type");

  if (!is_set (kind))
    kind = get_json_string (identifier, "identifier_scheme");
  if (!is_set (value))
    return NULL;
  if (!is_set (kind))
    return g_strdup (value);
  /* Translators: an organisation's identifier and what kind it is, "CVR-nummer: 12345678" */
  return g_strdup_printf (_("%s: %s"), kind, value);
}

/* The address as a letter gives it, its kind said when it is not where people go. */
static char *
format_address (const BbAddress *address)
{
  g_autofree char *town = _bb_offers_view_join (" ", address->postal_code != NULL ? address->postal_code : "",
                                                address->city != NULL ? address->city : "", NULL);
  g_autofree char *text = _bb_offers_view_join (", ",
                                                address->attention != NULL ? address->attention : "",
                                                address->address_1 != NULL ? address->address_1 : "",
                                                address->address_2 != NULL ? address->address_2 : "",
                                                town, NULL);

  if (*text == '\0')
    return NULL;
  if (g_strcmp0 (address->address_type, "postal") == 0)
    /* Translators: an address letters go to, not where people come */
    return g_strdup_printf (_("Postal address: %s"), text);
  return g_steal_pointer (&text);
}

static char *
dup_addresses (const BbOfferLocation *place)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < place->addresses->len; i++)
    {
      g_autofree char *line = format_address (g_ptr_array_index (place->addresses, i));

      if (line != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", line);
    }

  return g_string_free (text, text->len == 0);
}

static void
add_child_row (GtkWidget  *expander,
               const char *title,
               const char *value)
{
  if (is_set (value))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), new_property_row (title, value));
}

/* A place as a row that opens to its address, hours, phones and the rest; with a
 * map link when the file gave its coordinates. */
static GtkWidget *
new_place_row (const BbOfferLocation *place)
{
  g_autofree char *addresses = dup_addresses (place);
  g_autofree char *first_line = NULL;
  g_autofree char *hours = bb_schedules_format (place->schedules);
  g_autofree char *accessibility = dup_accessibility (place);
  g_autofree char *languages = dup_json_list (place->extra, "languages", format_language, ", ");
  g_autofree char *escaped = NULL;
  const char *title;
  GtkWidget *row = adw_expander_row_new ();

  first_line = addresses != NULL ? g_strndup (addresses, strcspn (addresses, "\n")) : NULL;
  title = is_set (place->name) ? place->name : first_line != NULL ? first_line : _("Place");
  escaped = g_markup_escape_text (title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  if (first_line != NULL && title != first_line)
    {
      g_autofree char *subtitle = g_markup_escape_text (first_line, -1);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
    }

  if (place->has_coordinates)
    {
      g_autofree char *uri = bb_format_map_uri (place->latitude, place->longitude);
      /* Translators: a button's name for screen readers, with the place it shows */
      g_autofree char *name = g_strdup_printf (_("Show %s on a Map"), title);

      add_link (row, uri, "mark-location-symbolic", _("Show on a Map"), name);
    }

  add_child_row (row, _("Address"), addresses);
  add_child_row (row, _("Opening hours"), hours);
  for (guint i = 0; i < place->phones->len; i++)
    {
      const BbPhone *phone = g_ptr_array_index (place->phones, i);

      if (is_set (phone->number))
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), new_phone_row (phone));
    }
  add_child_row (row, _("Accessibility"), accessibility);
  add_child_row (row, _("Languages"), languages);
  add_child_row (row, _("Getting there"), place->transportation);
  add_child_row (row, _("About the place"), place->description);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  return row;
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

/* The access route as the file or the user stated it; never Brobygger's default
 * passed off as known. */
static const char *
get_access_text (BbOffer *offer)
{
  if (!bb_offer_get_details (offer)->access_stated)
    return _("Not stated");
  return bb_access_get_label (bb_offer_get_access (offer));
}

static const char *
get_sector_text (BbProvider *provider)
{
  if (!bb_provider_get_sector_stated (provider))
    return _("Not stated");
  return bb_sector_get_label (bb_provider_get_sector (provider));
}

/* "Active · Referral · Reviewed 17 August 2024 · Not reviewed for 19 months", as
 * markup; an offer never reviewed says only that, one whose access route is not
 * stated leaves it out. */
static char *
dup_tags_markup (BbOffersView *self,
                 BbOffer      *offer)
{
  g_autofree char *reviewed = bb_format_date (bb_offer_get_reviewed (offer));
  g_autofree char *reviewed_text = reviewed != NULL ? g_strdup_printf (_("Reviewed %s"), reviewed)
                                                    : g_strdup ("");
  g_autofree char *escaped = g_markup_escape_text (reviewed_text, -1);
  g_autofree char *access = g_markup_escape_text (bb_offer_get_details (offer)->access_stated
                                                  ? bb_access_get_label (bb_offer_get_access (offer))
                                                  : "", -1);
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
                               access, escaped, stale_markup != NULL ? stale_markup : "", NULL);
}

static void
fill_facts (BbOffersView *self,
            BbOffer      *offer)
{
  const BbOfferDetails *details = bb_offer_get_details (offer);
  g_autofree char *groups = bb_offer_dup_target_group_names (offer);
  g_autofree char *steps = _bb_offers_view_dup_step_names (offer);
  g_autofree char *ages = describe_ages (offer);
  g_autofree char *capacity = NULL;
  g_autofree char *hours = bb_schedules_format (details->schedules);
  g_autofree char *languages = dup_json_list (details->extra, "languages", format_language, ", ");
  g_autofree char *interpreting = dup_json_list (details->extra, "interpretation_services", NULL, "");
  g_autofree char *handed_over = NULL;
  guint n_courses;

  if (bb_offer_get_capacity (offer) >= 0)
    capacity = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d place", "%d places",
                                             bb_offer_get_capacity (offer)),
                                bb_offer_get_capacity (offer));

  n_courses = bb_course_repository_count_handed_over (bb_context_get_courses (self->context),
                                                      bb_offer_get_id (offer), NULL);
  if (n_courses > 0)
    handed_over = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Handed over from %u course",
                                                "Handed over from %u courses", n_courses),
                                   n_courses);

  add_row (self->facts_group, self->fact_rows, _("Notice"), details->alert);
  add_row (self->facts_group, self->fact_rows, _("Description"), bb_offer_get_description (offer));
  add_row (self->facts_group, self->fact_rows, _("Also known as"), details->alternate_name);
  add_row (self->facts_group, self->fact_rows, _("Target groups"), groups);
  add_row (self->facts_group, self->fact_rows, _("Steps"), steps);
  add_row (self->facts_group, self->fact_rows, _("Age"), ages);
  add_row (self->facts_group, self->fact_rows, _("Capacity"), capacity);
  /* The hours the file structured, in the UI language; else what was written. */
  add_row (self->facts_group, self->fact_rows, _("Opening hours"),
           hours != NULL ? hours : bb_offer_get_opening_hours (offer));
  /* The places are shown one by one below; a location only written as text here. */
  if (details->locations->len == 0)
    add_row (self->facts_group, self->fact_rows, _("Location"), bb_offer_get_location (offer));
  add_row (self->facts_group, self->fact_rows, _("Languages"), languages);
  add_row (self->facts_group, self->fact_rows, _("Interpreting"), interpreting);
  add_row (self->facts_group, self->fact_rows, _("Fees"), details->fees);
  add_row (self->facts_group, self->fact_rows, _("Legal basis"), bb_offer_get_legal_basis (offer));
  add_row (self->facts_group, self->fact_rows, _("Keywords"), bb_offer_get_keywords (offer));
  add_row (self->facts_group, self->fact_rows, _("Hand-overs"), handed_over);
}

static void
fill_access (BbOffersView *self,
             BbOffer      *offer)
{
  AdwPreferencesGroup *group = get_group (self, "access_group");
  const BbOfferDetails *details = bb_offer_get_details (offer);
  g_autofree char *waiting = NULL;

  if (bb_offer_get_waiting_weeks (offer) == 0)
    waiting = g_strdup (_("No waiting time"));
  else if (bb_offer_get_waiting_weeks (offer) > 0)
    waiting = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week", "%d weeks",
                                            bb_offer_get_waiting_weeks (offer)),
                               bb_offer_get_waiting_weeks (offer));

  add_row (group, self->fact_rows, _("Access route"), get_access_text (offer));
  add_row (group, self->fact_rows, _("How to get in"), details->how_to_get_in);
  add_row (group, self->fact_rows, _("Who can use it"), details->eligibility);
  add_row (group, self->fact_rows, _("Waiting time"), waiting);
}

static void
fill_reach (BbOffersView *self,
            BbOffer      *offer)
{
  AdwPreferencesGroup *group = get_group (self, "reach_group");
  const BbOfferDetails *details = bb_offer_get_details (offer);

  add_phone_rows (group, self->fact_rows, details->phones);
  add_link_row (group, self->fact_rows, _("Website"), details->url, FALSE);
  add_link_row (group, self->fact_rows, _("E-mail"), details->email, TRUE);
}

static void
fill_places (BbOffersView *self,
             BbOffer      *offer)
{
  AdwPreferencesGroup *group = get_group (self, "places_group");
  GPtrArray *places = bb_offer_get_details (offer)->locations;

  for (guint i = 0; i < places->len; i++)
    {
      GtkWidget *row = new_place_row (g_ptr_array_index (places, i));

      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->fact_rows, row);
    }
}

static void
fill_provider (BbOffersView *self,
               BbProvider   *provider)
{
  AdwPreferencesGroup *group = get_group (self, "provider_group");
  g_autofree char *identifiers = dup_json_list (bb_provider_get_extra (provider), "organization_identifiers",
                                                format_identifier, "\n");
  const char *phone = bb_provider_get_phone (provider);

  add_row (group, self->fact_rows, _("Name"), bb_provider_get_name (provider));
  add_row (group, self->fact_rows, _("Department"), bb_provider_get_department (provider));
  add_row (group, self->fact_rows, _("Sector"), get_sector_text (provider));
  add_row (group, self->fact_rows, _("About the provider"), bb_provider_get_description (provider));
  add_row (group, self->fact_rows, _("Legal status"), bb_provider_get_legal_status (provider));
  add_row (group, self->fact_rows, _("Tax ID"), bb_provider_get_tax_id (provider));
  add_row (group, self->fact_rows, _("Identifiers"), identifiers);
  if (is_set (phone))
    {
      g_autoptr(BbPhone) record = bb_phone_new (phone);
      GtkWidget *row = new_phone_row (record);

      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->fact_rows, row);
    }
  add_link_row (group, self->fact_rows, _("Website"), bb_provider_get_website (provider), FALSE);
  add_link_row (group, self->fact_rows, _("E-mail"), bb_provider_get_email (provider), TRUE);
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

  g_set_object (&self->offer, offer);
  self->undo_import_id = offer != NULL
                         ? bb_offer_repository_find_undoable_import (bb_context_get_offers (self->context),
                                                                     bb_offer_get_id (offer), NULL)
                         : 0;
  gtk_widget_set_visible (self->undo_import_button, self->undo_import_id > 0);
  _bb_offers_view_actions_update (self);

  clear_rows (self->fact_rows);
  clear_rows (self->contact_rows);
  gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);

  if (offer == NULL)
    {
      bb_browse_pane_set_item_shown (self->pane, FALSE);
      return;
    }

  provider = bb_offer_get_provider (offer);
  provider_text = _bb_offers_view_join (" · ", bb_provider_get_name (provider),
                                        bb_provider_get_department (provider),
                                        bb_provider_get_sector_stated (provider)
                                        ? bb_sector_get_label (bb_provider_get_sector (provider)) : "",
                                        NULL);
  tags = dup_tags_markup (self, offer);

  gtk_label_set_text (self->title_label, bb_offer_get_title (offer));
  gtk_label_set_text (self->provider_label, provider_text);
  gtk_label_set_markup (self->tags_label, tags);
  gtk_label_set_text (self->summary_label, bb_offer_get_summary (offer));
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), *bb_offer_get_summary (offer) != '\0');

  fill_facts (self, offer);
  fill_access (self, offer);
  fill_reach (self, offer);
  fill_places (self, offer);
  fill_provider (self, provider);
  show_group_if_filled (self->facts_group, self->fact_rows);
  for (guint i = 0; i < G_N_ELEMENTS (filled_groups); i++)
    show_group_if_filled (get_group (self, filled_groups[i]), self->fact_rows);

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

  bb_browse_pane_set_item_shown (self->pane, TRUE);
}

void
_bb_offers_view_show_selected (BbOffersView *self)
{
  g_autoptr(BbOffer) offer = NULL;
  gint64 selected_id = bb_browse_pane_get_selected_id (self->pane);

  if (selected_id != 0)
    offer = bb_offer_repository_get (bb_context_get_offers (self->context), selected_id, NULL);

  _bb_offers_view_show_offer (self, offer);
}
