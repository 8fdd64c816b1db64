/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A deterministic generator of hostile offers, for the round-trip property test. */

#include "bb-contact.h"
#include "bb-provider.h"
#include "bb-step.h"
#include "bb-target-group.h"
#include "bb-test-hostile.h"

#define N_PROVIDERS     12
#define N_TARGET_GROUPS 10
#define N_STEPS         6

/* What a cell may hold: each is a way a reader or writer went wrong once. */
static const char *const pieces[] = {
  "\r", "\r\n", "\n", "\n\n", "|", " | ", "\"", "\"\"", ",", ", ", ";", "\t", "'",
  "=1+1", "+45", "-3", "@SUM(A1)", "'=", "'=HYPERLINK(\"x\")", "æøå ÆØÅ", "é",
  "😀", "𝄞", "\\", "\\n", "{\"a\":1}", "<b>", "&amp;", "  ", "Ω", "ß", "–",
};

/* How a value may start: a formula, a quote, a space. */
static const char *const starts[] = {
  "", "", "", "=", "+", "-", "@", "\t", "\r", "'=", "'", " ", "  ", "\"",
};

static char *
hostile_text (GRand      *rand,
              const char *word,
              guint       index)
{
  GString *text = g_string_new (starts[g_rand_int_range (rand, 0, G_N_ELEMENTS (starts))]);
  guint n_pieces = g_rand_int_range (rand, 0, 6);

  /* Never blank: required fields must stay valid. */
  g_string_append_printf (text, "%s %u", word, index);
  for (guint i = 0; i < n_pieces; i++)
    {
      g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      if (g_rand_boolean (rand))
        g_string_append (text, word);
    }
  if (g_rand_int_range (rand, 0, 4) == 0)
    g_string_append (text, " ");

  return g_string_free (text, FALSE);
}

/* Optional text: empty one time in four. */
static char *
maybe_text (GRand      *rand,
            const char *word,
            guint       index)
{
  if (g_rand_int_range (rand, 0, 4) == 0)
    return g_strdup ("");

  return hostile_text (rand, word, index);
}

static char *
hostile_id (GRand *rand,
            guint  index)
{
  switch (g_rand_int_range (rand, 0, 5))
    {
    case 0:
      return g_uuid_string_random ();
    case 1:
      return g_strdup_printf ("%u", index);
    case 2:
      return g_strdup_printf ("svc/%u?x=1&y=2", index);
    case 3:
      return g_strdup_printf ("urn:kommune:%u|ø", index);
    default:
      return g_strdup_printf ("ID-%u", index);
    }
}

/* Phones and e-mail addresses must be valid to be saved; within that, hostile. */
static const char *const phones[] = {
  "", "+45 12 34 56 78", "-12 34 56 78", "(45) 1234-5678", "12345678", "+4512345678",
};

static const char *const emails[] = {
  "", "=cmd@example.dk", "a|b@example.dk", "+tag@example.dk", "-x@example.dk",
  "\"q\"@example.dk", "ø@æ.dk", "a;b,c@example.dk",
};

static char *
random_date (GRand *rand)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 2000, 2031),
                          g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
}

static BbProvider *
new_provider (GRand *rand,
              guint  index)
{
  g_autofree char *core = hostile_text (rand, "Udbyder", index);
  /* Spaces around a provider's name once moved its offers to a new provider. */
  g_autofree char *name = index % 3 == 0 ? g_strdup_printf ("  %s  ", core) : g_strdup (core);
  g_autofree char *department = maybe_text (rand, "Afdeling", index);
  BbProvider *provider = bb_provider_new (name);

  bb_provider_set_sector (provider, g_rand_int_range (rand, 0, BB_SECTOR_COUNT));
  bb_provider_set_department (provider, department);
  return provider;
}

static void
add_contacts (GRand   *rand,
              BbOffer *offer,
              guint    index)
{
  guint n_contacts = g_rand_int_range (rand, 0, 4);

  for (guint i = 0; i < n_contacts; i++)
    {
      g_autofree char *name = hostile_text (rand, "Kontakt", index * 10 + i);
      g_autofree char *role = maybe_text (rand, "Rolle", index * 10 + i);
      g_autoptr(BbContact) contact = bb_contact_new (name);

      bb_contact_set_role (contact, role);
      bb_contact_set_phone (contact, phones[g_rand_int_range (rand, 0, G_N_ELEMENTS (phones))]);
      bb_contact_set_email (contact, emails[g_rand_int_range (rand, 0, G_N_ELEMENTS (emails))]);
      bb_contact_set_ambassador (contact, i == 0 && g_rand_boolean (rand));
      g_list_store_append (bb_offer_get_contacts (offer), contact);
    }
}

static void
add_some (GRand      *rand,
          GPtrArray  *pool,
          GListStore *store,
          GType       type)
{
  guint n_items = g_rand_int_range (rand, 0, 4);
  guint first = g_rand_int_range (rand, 0, pool->len);

  /* Distinct entries, in an order of their own. */
  for (guint i = 0; i < n_items && i < pool->len; i++)
    {
      GObject *entry = g_ptr_array_index (pool, (first + i * 7) % pool->len);
      g_autoptr(GObject) copy = type == BB_TYPE_STEP ? G_OBJECT (bb_step_copy (BB_STEP (entry)))
                                                     : G_OBJECT (bb_target_group_copy (BB_TARGET_GROUP (entry)));

      g_list_store_append (store, copy);
    }
}

static BbOffer *
new_offer (GRand     *rand,
           guint      index,
           GPtrArray *providers,
           GPtrArray *target_groups,
           GPtrArray *steps)
{
  BbOffer *offer = bb_offer_new ();
  g_autofree char *id = hostile_id (rand, index);
  g_autofree char *title = hostile_text (rand, "Tilbud", index);
  g_autofree char *summary = maybe_text (rand, "Resumé", index);
  g_autofree char *description = maybe_text (rand, "Beskrivelse", index);
  g_autofree char *legal_basis = maybe_text (rand, "Serviceloven § 11", index);
  g_autofree char *location = maybe_text (rand, "Torvet", index);
  g_autofree char *opening_hours = maybe_text (rand, "Man–fre", index);
  g_autofree char *keywords = maybe_text (rand, "nøgleord", index);
  g_autofree char *reviewed = g_rand_boolean (rand) ? random_date (rand) : NULL;
  g_autofree char *how_to_get_in = NULL;
  int age_min = g_rand_boolean (rand) ? g_rand_int_range (rand, 0, 30) : -1;
  BbProvider *provider = g_ptr_array_index (providers, g_rand_int_range (rand, 0, providers->len));

  bb_offer_set_uuid (offer, id);
  bb_offer_set_title (offer, title);
  bb_offer_set_summary (offer, summary);
  bb_offer_set_description (offer, description);
  bb_offer_set_provider (offer, provider);
  bb_offer_set_legal_basis (offer, legal_basis);
  add_some (rand, target_groups, bb_offer_get_target_groups (offer), BB_TYPE_TARGET_GROUP);
  add_some (rand, steps, bb_offer_get_steps (offer), BB_TYPE_STEP);
  bb_offer_set_age_min (offer, age_min);
  bb_offer_set_age_max (offer, g_rand_boolean (rand) ? MAX (age_min, 0) + g_rand_int_range (rand, 0, 100) : -1);
  bb_offer_set_access (offer, g_rand_int_range (rand, 0, BB_ACCESS_COUNT));
  bb_offer_set_capacity (offer, g_rand_boolean (rand) ? g_rand_int_range (rand, 0, 10000) : -1);
  bb_offer_set_waiting_weeks (offer, g_rand_boolean (rand) ? g_rand_int_range (rand, 0, 60) : -1);
  bb_offer_set_location (offer, location);
  bb_offer_set_opening_hours (offer, opening_hours);
  bb_offer_set_status (offer, g_rand_int_range (rand, 0, BB_OFFER_STATUS_COUNT));
  bb_offer_set_reviewed (offer, reviewed);
  bb_offer_set_keywords (offer, keywords);
  add_contacts (rand, offer, index);
  /* Last, so the fields above are drawn as before it existed. */
  how_to_get_in = maybe_text (rand, "Henvisning fra egen læge", index);
  if (*how_to_get_in != '\0')
    bb_offer_get_details (offer)->how_to_get_in = g_steal_pointer (&how_to_get_in);

  return offer;
}

GPtrArray *
bb_test_hostile_offers (guint32  seed,
                        guint    n_offers,
                        gboolean huge)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) providers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) target_groups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *offers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < N_PROVIDERS; i++)
    g_ptr_array_add (providers, new_provider (rand, i));
  for (guint i = 0; i < N_TARGET_GROUPS; i++)
    {
      g_autofree char *name = hostile_text (rand, "Målgruppe", i);

      g_ptr_array_add (target_groups, bb_target_group_new (name));
    }
  for (guint i = 0; i < N_STEPS; i++)
    {
      g_autofree char *name = hostile_text (rand, "Trin", i);

      /* Level 10 and up: no clash with the steps a new catalogue is seeded with. */
      g_ptr_array_add (steps, bb_step_new (10 + i, name));
    }

  for (guint i = 0; i < n_offers; i++)
    g_ptr_array_add (offers, new_offer (rand, i, providers, target_groups, steps));

  if (huge && n_offers > 0)
    {
      BbOffer *offer = g_ptr_array_index (offers, 0);
      GString *text = g_string_new ("=Stor\r\n");

      /* Over 1 MB, line breaks of every kind included. */
      while (text->len <= 1200 * 1024)
        g_string_append (text, "Lang tekst; \"æøå\" 😀\r\n|\r");
      bb_offer_set_description (offer, text->str);
      g_string_free (text, TRUE);
    }

  return offers;
}
