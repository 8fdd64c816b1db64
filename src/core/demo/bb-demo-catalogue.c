/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The demonstration catalogue: providers across the sectors and their offers on the
 * seeded target groups and steps, and the advisers. Written through the
 * repositories, as a person would make them, in one transaction. */

#include "config.h"

#include "bb-demo-private.h"
#include "bb-demo-repository.h"
#include "bb-step.h"
#include "bb-target-group.h"

/* For e-mail addresses: "Søren Østergaard" → "soeren.oestergaard". */
static char *
ascii_name (const char *name)
{
  GString *text = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));

      if (c == 0xe6)
        g_string_append (text, "ae");
      else if (c == 0xf8)
        g_string_append (text, "oe");
      else if (c == 0xe5)
        g_string_append (text, "aa");
      else if (c == ' ')
        g_string_append_c (text, '.');
      else if (c < 0x80 && g_ascii_isalnum ((char) c))
        g_string_append_c (text, (char) c);
    }

  return g_string_free (text, FALSE);
}

static char *
person_name (BbDemoRun *run)
{
  gboolean girl = _bb_demo_chance (run, 0.55);
  const char *first = girl ? _bb_demo_pick (run, _bb_demo_girls, _bb_demo_girls_count)
                           : _bb_demo_pick (run, _bb_demo_boys, _bb_demo_boys_count);

  return g_strdup_printf ("%s %s", first, _bb_demo_pick (run, _bb_demo_surnames, _bb_demo_surnames_count));
}

/* The seeded lists take UUIDs from the seed; the models keep the rows for offers. */
static gboolean
load_lists (BbDemoRun   *run,
            GListModel **groups,
            GListModel **steps,
            GError     **error)
{
  *groups = bb_list_repository_list_target_groups (run->lists, error);
  if (*groups == NULL)
    return FALSE;

  *steps = bb_list_repository_list_steps (run->lists, error);
  if (*steps == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (*groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (*groups, i);
      g_autofree char *uuid = _bb_demo_uuid (run);

      if (!bb_demo_repository_set_list_uuid (run->database, FALSE, bb_target_group_get_id (group), uuid, error))
        return FALSE;
      bb_target_group_set_uuid (group, uuid);
    }

  for (guint i = 0; i < g_list_model_get_n_items (*steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (*steps, i);
      g_autofree char *uuid = _bb_demo_uuid (run);

      if (!bb_demo_repository_set_list_uuid (run->database, TRUE, bb_step_get_id (step), uuid, error))
        return FALSE;
      bb_step_set_uuid (step, uuid);
    }

  return TRUE;
}

static char *
provider_name (const BbDemoProviderKind *kind,
               const char               *place)
{
  GString *name = g_string_new (kind->pattern);

  g_string_replace (name, "@", place, 1);
  return g_string_free (name, FALSE);
}

/* The sectors take turns, so even a small catalogue spans them all. */
static const BbDemoProviderKind *
pick_kind (BbDemoRun *run,
           BbSector   sector)
{
  for (;;)
    {
      const BbDemoProviderKind *kind = &_bb_demo_provider_kinds[_bb_demo_int (run, _bb_demo_provider_kinds_count)];

      if (kind->sector == sector)
        return kind;
    }
}

/* Unique names: a kind in a town, then in a district of it. */
static GPtrArray *
make_providers (BbDemoRun *run,
                guint      n_providers)
{
  GPtrArray *providers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_providers; i++)
    {
      const BbDemoProviderKind *kind = pick_kind (run, (BbSector) (i % BB_SECTOR_COUNT));
      const BbDemoTown *town = &_bb_demo_towns[_bb_demo_int (run, _bb_demo_towns_count)];
      g_autofree char *place = g_strdup (town->name);
      g_autofree char *name = provider_name (kind, place);
      g_autofree char *uuid = _bb_demo_uuid (run);
      g_autofree char *domain = NULL;
      g_autofree char *website = NULL;
      g_autofree char *phone = NULL;
      BbProvider *provider;

      for (guint attempt = 2; g_hash_table_contains (names, name); attempt++)
        {
          g_free (place);
          place = attempt <= _bb_demo_districts_count + 1
                  ? g_strdup_printf ("%s %s", town->name, _bb_demo_districts[attempt - 2])
                  : g_strdup_printf ("%s %u", town->name, attempt);
          g_free (name);
          name = provider_name (kind, place);
        }

      g_hash_table_add (names, g_strdup (name));
      provider = bb_provider_new (name);
      bb_provider_set_uuid (provider, uuid);
      bb_provider_set_sector (provider, kind->sector);
      bb_provider_set_department (provider, kind->department);
      domain = ascii_name (name);
      g_strdelimit (domain, ".", '-');
      website = g_strdup_printf ("https://%s.example.dk", domain);
      bb_provider_set_website (provider, website);
      phone = _bb_demo_phone (run);
      bb_provider_set_phone (provider, phone);
      g_object_set_data_full (G_OBJECT (provider), "bb-demo-town", (gpointer) town, NULL);
      g_ptr_array_add (providers, provider);
    }

  return providers;
}

static void
add_contacts (BbDemoRun  *run,
              BbOffer    *offer,
              BbProvider *provider)
{
  guint n = (guint) _bb_demo_range (run, 1, 2);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = person_name (run);
      g_autofree char *uuid = _bb_demo_uuid (run);
      g_autofree char *phone = _bb_demo_phone (run);
      g_autofree char *local = ascii_name (name);
      g_autofree char *email = g_strdup_printf ("%s@example.dk", local);
      g_autoptr(BbContact) contact = bb_contact_new (name);

      bb_contact_set_uuid (contact, uuid);
      bb_contact_set_role (contact, _bb_demo_pick (run, _bb_demo_contact_roles, _bb_demo_contact_roles_count));
      bb_contact_set_phone (contact, phone);
      bb_contact_set_email (contact, email);
      bb_contact_set_ambassador (contact, i == 0 && _bb_demo_chance (run, 0.3));
      g_list_store_append (bb_offer_get_contacts (offer), contact);
    }
}

static BbOffer *
make_offer (BbDemoRun  *run,
            BbProvider *provider,
            GListModel *groups,
            GListModel *steps)
{
  const BbDemoOfferKind *kind = &_bb_demo_offer_kinds[_bb_demo_int (run, _bb_demo_offer_kinds_count)];
  const BbDemoTown *town = g_object_get_data (G_OBJECT (provider), "bb-demo-town");
  const char *suffix = _bb_demo_pick (run, _bb_demo_title_suffixes, _bb_demo_title_suffixes_count);
  g_autofree char *title = g_strconcat (kind->title, suffix, NULL);
  g_autofree char *uuid = _bb_demo_uuid (run);
  g_autofree char *location = g_strdup_printf ("%s %d, %s %s",
                                               _bb_demo_pick (run, _bb_demo_streets, _bb_demo_streets_count),
                                               _bb_demo_range (run, 1, 120), town->postcode, town->name);
  BbOffer *offer = bb_offer_new ();
  guint n_groups = g_list_model_get_n_items (groups);
  int age_min = _bb_demo_range (run, 12, 18);
  guint status = _bb_demo_int (run, 100);

  bb_offer_set_uuid (offer, uuid);
  bb_offer_set_title (offer, title);
  bb_offer_set_summary (offer, kind->summary);
  bb_offer_set_description (offer, kind->description);
  bb_offer_set_provider (offer, provider);
  bb_offer_set_legal_basis (offer, kind->legal_basis);
  bb_offer_set_age_min (offer, age_min);
  bb_offer_set_age_max (offer, _bb_demo_range (run, MAX (age_min, 17), 30));
  bb_offer_set_access (offer, kind->access);
  bb_offer_set_capacity (offer, _bb_demo_chance (run, 0.7) ? _bb_demo_range (run, 4, 60) : -1);
  bb_offer_set_waiting_weeks (offer, kind->access == BB_ACCESS_OPEN ? 0 : _bb_demo_range (run, 0, 16));
  bb_offer_set_location (offer, location);
  bb_offer_set_opening_hours (offer, _bb_demo_pick (run, _bb_demo_opening_hours, _bb_demo_opening_hours_count));
  bb_offer_set_status (offer, status < 85 ? BB_OFFER_STATUS_ACTIVE
                              : status < 90 ? BB_OFFER_STATUS_PLANNED
                              : status < 95 ? BB_OFFER_STATUS_PAUSED : BB_OFFER_STATUS_CLOSED);
  bb_offer_set_keywords (offer, kind->keywords);

  /* Some never reviewed, some long ago: the stale marks have something to show. */
  if (_bb_demo_chance (run, 0.9))
    {
      char reviewed[16];

      _bb_demo_format (&run->today, -_bb_demo_range (run, 0, 900), reviewed);
      bb_offer_set_reviewed (offer, reviewed);
    }

  for (guint i = 0, n = (guint) _bb_demo_range (run, 1, 3); i < n && n_groups > 0; i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, _bb_demo_int (run, n_groups));
      guint position;

      if (!g_list_store_find (bb_offer_get_target_groups (offer), group, &position))
        g_list_store_append (bb_offer_get_target_groups (offer), group);
    }

  if ((guint) kind->step < g_list_model_get_n_items (steps))
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, (guint) kind->step);

      g_list_store_append (bb_offer_get_steps (offer), step);
    }

  add_contacts (run, offer, provider);
  return offer;
}

static gboolean
make_advisers (BbDemoRun            *run,
               const BbDemoOptions  *options,
               GError              **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = options->n_advisers > 0 ? options->n_advisers : CLAMP (options->n_courses / 250, 6, 400);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = person_name (run);
      g_autofree char *uuid = _bb_demo_uuid (run);
      g_autoptr(BbAdviser) adviser = NULL;
      guint profession = _bb_demo_int (run, 10);
      BbDemoAdviser row;

      /* Two advisers cannot share a name. */
      for (guint attempt = 2; g_hash_table_contains (names, name); attempt++)
        {
          g_free (name);
          name = attempt < 20 ? person_name (run) : g_strdup_printf ("Rådgiver %u", i + 1);
        }

      g_hash_table_add (names, g_strdup (name));
      adviser = bb_adviser_new (name);
      bb_adviser_set_uuid (adviser, uuid);
      /* The first three have one profession each, so every one is there to be seen. */
      if (i < 3)
        profession = i == 0 ? 0 : i == 1 ? 6 : 9;
      bb_adviser_set_profession (adviser, profession < 6 ? BB_PROFESSION_SOCIAL_WORKER
                                          : profession < 9 ? BB_PROFESSION_PSYCHOLOGIST : BB_PROFESSION_OTHER);
      /* Someone who has left still holds the courses of the past. */
      bb_adviser_set_active (adviser, i < 4 || _bb_demo_chance (run, 0.9));
      if (!bb_adviser_repository_save (run->advisers, adviser, error))
        return FALSE;

      row.id = bb_adviser_get_id (adviser);
      row.name = g_strdup (name);
      row.profession = bb_adviser_get_profession (adviser);
      row.active = bb_adviser_get_active (adviser);
      g_array_append_val (run->advisers_made, row);
    }

  return TRUE;
}

gboolean
_bb_demo_make_catalogue (BbDemoRun            *run,
                         const BbDemoOptions  *options,
                         GError              **error)
{
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GListModel) steps = NULL;
  g_autoptr(GPtrArray) providers = NULL;

  if (!bb_database_begin (run->database, error))
    return FALSE;

  if (!load_lists (run, &groups, &steps, error))
    goto failed;

  providers = make_providers (run, MAX (1, options->n_offers / 6));
  for (guint i = 0; i < options->n_offers; i++)
    {
      /* Every provider has an offer; the rest go to providers at random. */
      BbProvider *provider = g_ptr_array_index (providers, i < providers->len ? i : _bb_demo_int (run, providers->len));
      g_autoptr(BbOffer) offer = make_offer (run, provider, groups, steps);
      gint64 id;

      if (!bb_offer_repository_save (run->offers, offer, error))
        goto failed;

      id = bb_offer_get_id (offer);
      g_array_append_val (run->offer_ids, id);
      g_ptr_array_add (run->offer_titles, g_strdup (bb_offer_get_title (offer)));
    }

  if (!make_advisers (run, options, error) || !bb_database_commit (run->database, error))
    goto failed;

  return TRUE;

failed:
  bb_database_rollback (run->database);
  return FALSE;
}
