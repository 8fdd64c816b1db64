/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-contact.h"
#include "bb-enums.h"
#include "bb-offer.h"
#include "bb-offer-change.h"
#include "bb-provider.h"
#include "bb-step.h"
#include "bb-target-group.h"
#include "bb-validate.h"

static BbOffer *
make_offer (void)
{
  BbOffer *offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungeenheden");
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("Unge 15-25 med angst");
  g_autoptr(BbStep) step = bb_step_new (1, "Tidlig og let");
  g_autoptr(BbContact) contact = bb_contact_new ("Mette Holm");

  bb_offer_set_title (offer, "Rådgivende samtaler");
  bb_offer_set_provider (offer, provider);
  bb_offer_set_age_min (offer, 15);
  bb_offer_set_age_max (offer, 25);
  bb_offer_set_reviewed (offer, "2024-03-01");

  bb_contact_set_role (contact, "Psykolog");
  bb_contact_set_phone (contact, "+45 12 34 56 78");
  bb_contact_set_email (contact, "mette@kommune.dk");

  g_list_store_append (bb_offer_get_target_groups (offer), group);
  g_list_store_append (bb_offer_get_steps (offer), step);
  g_list_store_append (bb_offer_get_contacts (offer), contact);

  return offer;
}

static BbContact *
get_contact (BbOffer *offer,
             guint    position)
{
  g_autoptr(BbContact) contact =
    g_list_model_get_item (G_LIST_MODEL (bb_offer_get_contacts (offer)), position);

  /* The offer keeps its own reference. */
  return contact;
}

static void
assert_invalid (BbOffer    *offer,
                const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (bb_offer_validate (offer, &error));
  g_assert_error (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_new_defaults (void)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();

  g_assert_cmpint (bb_offer_get_id (offer), ==, 0);
  g_assert_true (g_uuid_string_is_valid (bb_offer_get_uuid (offer)));
  g_assert_cmpstr (bb_offer_get_title (offer), ==, "");
  g_assert_cmpstr (bb_offer_get_keywords (offer), ==, "");
  g_assert_null (bb_offer_get_provider (offer));
  g_assert_null (bb_offer_get_reviewed (offer));
  g_assert_null (bb_offer_get_created (offer));
  g_assert_null (bb_offer_get_modified (offer));
  g_assert_cmpint (bb_offer_get_access (offer), ==, BB_ACCESS_OPEN);
  g_assert_cmpint (bb_offer_get_status (offer), ==, BB_OFFER_STATUS_ACTIVE);
  g_assert_cmpint (bb_offer_get_age_min (offer), ==, -1);
  g_assert_cmpint (bb_offer_get_age_max (offer), ==, -1);
  g_assert_cmpint (bb_offer_get_capacity (offer), ==, -1);
  g_assert_cmpint (bb_offer_get_waiting_weeks (offer), ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_contacts (offer))), ==, 0);

  bb_offer_set_title (offer, NULL);
  g_assert_cmpstr (bb_offer_get_title (offer), ==, "");
  bb_offer_set_reviewed (offer, "");
  g_assert_null (bb_offer_get_reviewed (offer));

  g_assert_finalize_object (g_steal_pointer (&offer));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbContact) contact = bb_contact_new ("A");
  g_autoptr(BbProvider) provider = bb_provider_new ("P");
  guint title_count = 0;
  guint age_count = 0;
  guint provider_count = 0;
  guint contact_count = 0;

  g_signal_connect (offer, "notify::title", G_CALLBACK (count_notify_cb), &title_count);
  g_signal_connect (offer, "notify::age-min", G_CALLBACK (count_notify_cb), &age_count);
  g_signal_connect (offer, "notify::provider", G_CALLBACK (count_notify_cb), &provider_count);
  g_signal_connect (contact, "notify::ambassador", G_CALLBACK (count_notify_cb), &contact_count);

  bb_offer_set_title (offer, "Samtaler");
  bb_offer_set_title (offer, "Samtaler");
  g_object_set (offer, "title", "Samtaler", NULL);
  g_assert_cmpuint (title_count, ==, 1);

  g_object_set (offer, "title", "Gruppeforløb", NULL);
  g_assert_cmpuint (title_count, ==, 2);

  /* NULL and "" are the same empty title. */
  bb_offer_set_title (offer, "");
  bb_offer_set_title (offer, NULL);
  g_assert_cmpuint (title_count, ==, 3);

  bb_offer_set_age_min (offer, -1);
  g_assert_cmpuint (age_count, ==, 0);
  bb_offer_set_age_min (offer, 15);
  bb_offer_set_age_min (offer, 15);
  g_assert_cmpuint (age_count, ==, 1);

  bb_offer_set_provider (offer, provider);
  bb_offer_set_provider (offer, provider);
  g_assert_cmpuint (provider_count, ==, 1);

  bb_contact_set_ambassador (contact, TRUE);
  bb_contact_set_ambassador (contact, 2);
  g_assert_cmpuint (contact_count, ==, 1);
}

static void
test_validate_valid (void)
{
  g_autoptr(BbOffer) offer = make_offer ();
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_offer_validate (offer, &error));
  g_assert_no_error (error);

  /* Unset ages and no review date are fine. */
  bb_offer_set_age_min (offer, -1);
  bb_offer_set_age_max (offer, -1);
  bb_offer_set_reviewed (offer, NULL);
  g_assert_true (bb_offer_validate (offer, &error));
  g_assert_no_error (error);
}

static void
test_validate_title (void)
{
  g_autoptr(BbOffer) offer = make_offer ();

  bb_offer_set_title (offer, "");
  assert_invalid (offer, "The title is required.");

  bb_offer_set_title (offer, "  \t\n");
  assert_invalid (offer, "The title is required.");

  /* The title comes first even when other things are wrong too. */
  bb_offer_set_provider (offer, NULL);
  assert_invalid (offer, "The title is required.");
}

static void
test_validate_provider (void)
{
  g_autoptr(BbOffer) offer = make_offer ();
  g_autoptr(BbProvider) nameless = bb_provider_new (" ");

  bb_offer_set_provider (offer, NULL);
  assert_invalid (offer, "Choose or enter the provider.");

  bb_offer_set_provider (offer, nameless);
  assert_invalid (offer, "Choose or enter the provider.");
}

static void
test_validate_age_range (void)
{
  g_autoptr(BbOffer) offer = make_offer ();

  bb_offer_set_age_max (offer, 131);
  assert_invalid (offer, "Ages must be between 0 and 130.");

  bb_offer_set_age_max (offer, 130);
  g_assert_true (bb_offer_validate (offer, NULL));

  bb_offer_set_age_max (offer, -1);
  bb_offer_set_age_min (offer, 200);
  assert_invalid (offer, "Ages must be between 0 and 130.");

  bb_offer_set_age_min (offer, 0);
  g_assert_true (bb_offer_validate (offer, NULL));
}

static void
test_validate_age_order (void)
{
  g_autoptr(BbOffer) offer = make_offer ();

  bb_offer_set_age_min (offer, 26);
  bb_offer_set_age_max (offer, 25);
  assert_invalid (offer, "The lowest age must not be above the highest.");

  bb_offer_set_age_min (offer, 25);
  g_assert_true (bb_offer_validate (offer, NULL));

  /* Only one end given: nothing to compare. */
  bb_offer_set_age_min (offer, 40);
  bb_offer_set_age_max (offer, -1);
  g_assert_true (bb_offer_validate (offer, NULL));
}

static void
test_validate_reviewed (void)
{
  g_autoptr(BbOffer) offer = make_offer ();

  bb_offer_set_reviewed (offer, "2023-02-29");
  assert_invalid (offer, "The review date must be a real date written YYYY-MM-DD.");

  bb_offer_set_reviewed (offer, "1/3/2024");
  assert_invalid (offer, "The review date must be a real date written YYYY-MM-DD.");

  bb_offer_set_reviewed (offer, "2024-02-29");
  g_assert_true (bb_offer_validate (offer, NULL));
}

static void
test_validate_contact_name (void)
{
  g_autoptr(BbOffer) offer = make_offer ();
  g_autoptr(BbContact) nameless = bb_contact_new (NULL);

  /* A nameless contact is reported before a bad address of an earlier one. */
  bb_contact_set_email (get_contact (offer, 0), "mette@");
  g_list_store_append (bb_offer_get_contacts (offer), nameless);
  assert_invalid (offer, "Every contact person needs a name.");

  bb_contact_set_name (nameless, "  ");
  assert_invalid (offer, "Every contact person needs a name.");
}

static void
test_validate_contact_email (void)
{
  g_autoptr(BbOffer) offer = make_offer ();

  bb_contact_set_email (get_contact (offer, 0), "mette.kommune.dk");
  assert_invalid (offer, "The e-mail address of Mette Holm does not look right.");

  /* Checked before the phone number of the same contact. */
  bb_contact_set_phone (get_contact (offer, 0), "12");
  assert_invalid (offer, "The e-mail address of Mette Holm does not look right.");

  bb_contact_set_email (get_contact (offer, 0), "");
  assert_invalid (offer, "The phone number of Mette Holm does not look right.");
}

static void
test_validate_contact_phone (void)
{
  g_autoptr(BbOffer) offer = make_offer ();

  bb_contact_set_phone (get_contact (offer, 0), "1234 567");
  assert_invalid (offer, "The phone number of Mette Holm does not look right.");

  bb_contact_set_phone (get_contact (offer, 0), "");
  g_assert_true (bb_offer_validate (offer, NULL));
}

static void
test_validate_email (void)
{
  const char *good[] = {
    "",
    "mette@kommune.dk",
    "mette.holm+unge@sub.kommune.dk",
    "a@b.co",
  };
  const char *bad[] = {
    "mette",
    "@kommune.dk",
    "mette@",
    "mette@kommune",
    "mette@@kommune.dk",
    "mette@kom@mune.dk",
    "mette holm@kommune.dk",
    "mette@kom mune.dk",
    "mette@.kommune.dk",
    "mette@kommune.dk.",
    "mette@kommune..dk",
    " mette@kommune.dk",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (bb_validate_email (good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("bad e-mail: '%s'", bad[i]);
      g_assert_false (bb_validate_email (bad[i]));
    }
  g_assert_true (bb_validate_email (NULL));
}

static void
test_validate_phone (void)
{
  const char *good[] = {
    "",
    "12345678",
    "12 34 56 78",
    "+45 12 34 56 78",
    "+45-1234-5678",
    "+(45) 12345678",
    "(45) 12 34 56 78",
  };
  const char *bad[] = {
    "1234567",
    "+45 1234",
    "12 34 56 7a",
    "45+12345678",
    "++4512345678",
    "(+45) 12345678",
    "12.34.56.78",
    "tlf. 12345678",
    "1234/5678",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_test_message ("good phone: '%s'", good[i]);
      g_assert_true (bb_validate_phone (good[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("bad phone: '%s'", bad[i]);
      g_assert_false (bb_validate_phone (bad[i]));
    }
  g_assert_true (bb_validate_phone (NULL));
}

static void
test_validate_date (void)
{
  const char *good[] = {
    "",
    "2024-01-31",
    "2024-02-29",
    "2000-02-29",
    "1999-12-31",
  };
  const char *bad[] = {
    "2023-02-29",
    "1900-02-29",
    "2024-04-31",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "0000-01-01",
    "2024-1-31",
    "24-01-31",
    "2024/01/31",
    "31-01-2024",
    "2024-01-31T10:00",
    " 2024-01-31",
    "2024-0a-31",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (bb_validate_date (good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("bad date: '%s'", bad[i]);
      g_assert_false (bb_validate_date (bad[i]));
    }
}

static void
test_stale_never_reviewed (void)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_JANUARY, 2024);

  g_assert_true (bb_offer_is_stale (offer, today));

  /* An unreadable date is no review either. */
  bb_offer_set_reviewed (offer, "last spring");
  g_assert_true (bb_offer_is_stale (offer, today));

  /* Without a day given, today is used: a review in the far future is fresh. */
  bb_offer_set_reviewed (offer, "9999-01-01");
  g_assert_false (bb_offer_is_stale (offer, NULL));
}

static void
test_stale_boundary (void)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_MARCH, 2024);

  /* Exactly twelve months ago. */
  bb_offer_set_reviewed (offer, "2023-03-15");
  g_assert_true (bb_offer_is_stale (offer, today));

  /* One day less than twelve months ago. */
  bb_offer_set_reviewed (offer, "2023-03-16");
  g_assert_false (bb_offer_is_stale (offer, today));

  bb_offer_set_reviewed (offer, "2024-03-15");
  g_assert_false (bb_offer_is_stale (offer, today));

  bb_offer_set_reviewed (offer, "2020-01-01");
  g_assert_true (bb_offer_is_stale (offer, today));
}

static void
test_stale_leap_day (void)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(GDate) day_before = g_date_new_dmy (27, G_DATE_FEBRUARY, 2025);
  g_autoptr(GDate) due = g_date_new_dmy (28, G_DATE_FEBRUARY, 2025);

  /* Twelve months after 29 February is the last day of February. */
  bb_offer_set_reviewed (offer, "2024-02-29");
  g_assert_false (bb_offer_is_stale (offer, day_before));
  g_assert_true (bb_offer_is_stale (offer, due));
}

static void
test_copy_deep (void)
{
  g_autoptr(BbOffer) offer = make_offer ();
  g_autoptr(BbOffer) copy = bb_offer_copy (offer);
  g_autoptr(BbTargetGroup) extra = bb_target_group_new ("Forældre og pårørende");
  g_autoptr(BbTargetGroup) original_group = NULL;
  g_autoptr(BbTargetGroup) copied_group = NULL;
  g_autofree char *original_names = NULL;
  BbContact *copied_contact;

  g_assert_true (copy != offer);
  g_assert_cmpint (bb_offer_get_id (copy), ==, bb_offer_get_id (offer));
  g_assert_cmpstr (bb_offer_get_uuid (copy), ==, bb_offer_get_uuid (offer));
  g_assert_cmpstr (bb_offer_get_title (copy), ==, "Rådgivende samtaler");
  g_assert_cmpstr (bb_offer_get_reviewed (copy), ==, "2024-03-01");
  g_assert_cmpint (bb_offer_get_age_min (copy), ==, 15);
  g_assert_cmpint (bb_offer_get_age_max (copy), ==, 25);

  /* The provider and every list item are new objects with the same content. */
  g_assert_true (bb_offer_get_provider (copy) != bb_offer_get_provider (offer));
  g_assert_cmpstr (bb_provider_get_uuid (bb_offer_get_provider (copy)), ==,
                   bb_provider_get_uuid (bb_offer_get_provider (offer)));
  g_assert_true (bb_offer_get_target_groups (copy) != bb_offer_get_target_groups (offer));
  original_group = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_target_groups (offer)), 0);
  copied_group = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_target_groups (copy)), 0);
  g_assert_true (original_group != copied_group);
  g_assert_cmpstr (bb_target_group_get_uuid (copied_group), ==,
                   bb_target_group_get_uuid (original_group));

  g_list_store_append (bb_offer_get_target_groups (copy), extra);
  bb_target_group_set_name (copied_group, "Unge med ADHD");
  copied_contact = get_contact (copy, 0);
  g_assert_true (copied_contact != get_contact (offer, 0));
  bb_contact_set_name (copied_contact, "Jonas Berg");
  bb_provider_set_name (bb_offer_get_provider (copy), "Regionspsykiatrien");

  original_names = bb_offer_dup_target_group_names (offer);
  g_assert_cmpstr (original_names, ==, "Unge 15-25 med angst");
  g_assert_cmpstr (bb_contact_get_name (get_contact (offer, 0)), ==, "Mette Holm");
  g_assert_cmpstr (bb_provider_get_name (bb_offer_get_provider (offer)), ==, "Ungeenheden");

  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&offer));
}

static void
test_duplicate (void)
{
  g_autoptr(BbOffer) offer = make_offer ();
  g_autoptr(BbOffer) dup = NULL;
  BbContact *contact;
  BbContact *dup_contact;

  bb_offer_set_id (offer, 42);
  bb_offer_set_created (offer, "2024-01-01T10:00:00Z");
  bb_offer_set_modified (offer, "2024-02-01T10:00:00Z");
  contact = get_contact (offer, 0);
  bb_contact_set_id (contact, 7);

  dup = bb_offer_duplicate (offer);

  g_assert_cmpint (bb_offer_get_id (dup), ==, 0);
  g_assert_true (g_uuid_string_is_valid (bb_offer_get_uuid (dup)));
  g_assert_cmpstr (bb_offer_get_uuid (dup), !=, bb_offer_get_uuid (offer));
  g_assert_cmpstr (bb_offer_get_title (dup), ==, "Rådgivende samtaler (copy)");
  g_assert_null (bb_offer_get_reviewed (dup));
  g_assert_null (bb_offer_get_created (dup));
  g_assert_null (bb_offer_get_modified (dup));
  g_assert_cmpint (bb_offer_get_age_min (dup), ==, 15);

  dup_contact = get_contact (dup, 0);
  g_assert_true (dup_contact != contact);
  g_assert_cmpint (bb_contact_get_id (dup_contact), ==, 0);
  g_assert_true (g_uuid_string_is_valid (bb_contact_get_uuid (dup_contact)));
  g_assert_cmpstr (bb_contact_get_uuid (dup_contact), !=, bb_contact_get_uuid (contact));
  g_assert_cmpstr (bb_contact_get_name (dup_contact), ==, "Mette Holm");

  /* The original is untouched. */
  g_assert_cmpint (bb_offer_get_id (offer), ==, 42);
  g_assert_cmpint (bb_contact_get_id (contact), ==, 7);
  g_assert_cmpstr (bb_offer_get_title (offer), ==, "Rådgivende samtaler");
  g_assert_cmpstr (bb_offer_get_reviewed (offer), ==, "2024-03-01");

  g_assert_finalize_object (g_steal_pointer (&dup));
}

static void
assert_change (GPtrArray  *changes,
               guint       index,
               const char *field,
               const char *old_value,
               const char *new_value)
{
  BbOfferChange *change;

  g_assert_cmpuint (index, <, changes->len);
  change = g_ptr_array_index (changes, index);
  g_assert_cmpstr (bb_offer_change_get_field (change), ==, field);
  g_assert_cmpstr (bb_offer_change_get_old_value (change), ==, old_value);
  g_assert_cmpstr (bb_offer_change_get_new_value (change), ==, new_value);
  g_assert_null (bb_offer_change_get_changed_at (change));
  g_assert_null (bb_offer_change_get_changed_by (change));
}

static void
test_diff_none (void)
{
  g_autoptr(BbOffer) offer = make_offer ();
  g_autoptr(BbOffer) copy = bb_offer_copy (offer);
  g_autoptr(GPtrArray) changes = bb_offer_diff (offer, copy);
  g_autoptr(GPtrArray) created = bb_offer_diff (NULL, offer);

  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (created->len, ==, 0);
}

static void
test_diff_changes (void)
{
  g_autoptr(BbOffer) before = make_offer ();
  g_autoptr(BbOffer) after = bb_offer_copy (before);
  g_autoptr(BbStep) step = bb_step_new (2, "Specialiseret kommunal");
  g_autoptr(GPtrArray) changes = NULL;

  /* Set in a different order from the diff's, which must follow the form. */
  bb_contact_set_ambassador (get_contact (after, 0), TRUE);
  g_list_store_append (bb_offer_get_steps (after), step);
  bb_offer_set_status (after, BB_OFFER_STATUS_PAUSED);
  bb_offer_set_capacity (after, 12);
  bb_offer_set_access (after, BB_ACCESS_VISITATION);
  bb_offer_set_age_max (after, -1);
  bb_provider_set_name (bb_offer_get_provider (after), "Ungdomshuset");
  bb_offer_set_summary (after, "Op til fem samtaler");
  bb_offer_set_title (after, "Samtaler for unge");
  bb_offer_set_reviewed (after, NULL);
  /* Not a change in what the history shows. */
  bb_offer_set_modified (after, "2024-05-01T08:00:00Z");

  changes = bb_offer_diff (before, after);

  g_assert_cmpuint (changes->len, ==, 10);
  assert_change (changes, 0, "title", "Rådgivende samtaler", "Samtaler for unge");
  assert_change (changes, 1, "summary", NULL, "Op til fem samtaler");
  assert_change (changes, 2, "provider", "Ungeenheden", "Ungdomshuset");
  assert_change (changes, 3, "age-max", "25", NULL);
  assert_change (changes, 4, "access", "Open access", "Decision by the authority");
  assert_change (changes, 5, "capacity", NULL, "12");
  assert_change (changes, 6, "status", "Active", "Paused");
  assert_change (changes, 7, "reviewed", "2024-03-01", NULL);
  assert_change (changes, 8, "steps", "Tidlig og let", "Tidlig og let, Specialiseret kommunal");
  assert_change (changes, 9, "contacts",
                 "Mette Holm, Psykolog, +45 12 34 56 78, mette@kommune.dk",
                 "Mette Holm, Psykolog, +45 12 34 56 78, mette@kommune.dk (ambassador)");
}

static void
test_diff_lists (void)
{
  g_autoptr(BbOffer) before = make_offer ();
  g_autoptr(BbOffer) after = bb_offer_copy (before);
  g_autoptr(BbContact) second = bb_contact_new ("Jonas Berg");
  g_autoptr(GPtrArray) changes = NULL;

  g_list_store_remove_all (bb_offer_get_target_groups (after));
  g_list_store_append (bb_offer_get_contacts (after), second);
  bb_offer_set_provider (after, NULL);

  changes = bb_offer_diff (before, after);

  g_assert_cmpuint (changes->len, ==, 3);
  assert_change (changes, 0, "provider", "Ungeenheden", NULL);
  assert_change (changes, 1, "target-groups", "Unge 15-25 med angst", NULL);
  assert_change (changes, 2, "contacts",
                 "Mette Holm, Psykolog, +45 12 34 56 78, mette@kommune.dk",
                 "Mette Holm, Psykolog, +45 12 34 56 78, mette@kommune.dk; Jonas Berg");
}

static void
test_names (void)
{
  g_autoptr(BbOffer) offer = make_offer ();
  g_autoptr(BbOffer) empty = bb_offer_new ();
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("ADHD");
  g_autoptr(BbStep) step = bb_step_new (0, "Universel og forebyggende");
  g_autofree char *groups = NULL;
  g_autofree char *steps = NULL;
  g_autofree char *no_groups = bb_offer_dup_target_group_names (empty);

  g_list_store_append (bb_offer_get_target_groups (offer), group);
  g_list_store_insert (bb_offer_get_steps (offer), 0, step);
  groups = bb_offer_dup_target_group_names (offer);
  steps = bb_offer_dup_step_names (offer);

  g_assert_cmpstr (groups, ==, "Unge 15-25 med angst, ADHD");
  g_assert_cmpstr (steps, ==, "Universel og forebyggende, Tidlig og let");
  g_assert_cmpstr (no_groups, ==, "");
}

static void
test_step_display_name (void)
{
  g_autoptr(BbStep) step = bb_step_new (2, "Specialiseret kommunal");
  g_autofree char *name = bb_step_dup_display_name (step);

  /* As every screen shows a step (bb_format_step ()). */
  g_assert_cmpstr (name, ==, "2 – Specialiseret kommunal");
}

static void
test_contact_to_string (void)
{
  g_autoptr(BbContact) contact = bb_contact_new ("Mette Holm");
  g_autofree char *name_only = bb_contact_to_string (contact);
  g_autofree char *with_email = NULL;
  g_autofree char *ambassador = NULL;

  g_assert_cmpstr (name_only, ==, "Mette Holm");

  bb_contact_set_email (contact, "mette@kommune.dk");
  with_email = bb_contact_to_string (contact);
  g_assert_cmpstr (with_email, ==, "Mette Holm, mette@kommune.dk");

  bb_contact_set_ambassador (contact, TRUE);
  bb_contact_set_role (contact, "Sundhedsplejerske");
  ambassador = bb_contact_to_string (contact);
  g_assert_cmpstr (ambassador, ==, "Mette Holm, Sundhedsplejerske, mette@kommune.dk (ambassador)");
}

static void
test_change_field_label (void)
{
  g_autoptr(BbOfferChange) title = bb_offer_change_new ("title", "A", "B");
  g_autoptr(BbOfferChange) waiting = bb_offer_change_new ("waiting-weeks", NULL, "4");
  g_autoptr(BbOfferChange) created = bb_offer_change_new ("created", NULL, NULL);
  g_autoptr(BbOfferChange) unknown = bb_offer_change_new ("colour", "", "red");

  g_assert_cmpstr (bb_offer_change_get_field_label (title), ==, "Title");
  g_assert_cmpstr (bb_offer_change_get_field_label (waiting), ==, "Waiting time (weeks)");
  g_assert_cmpstr (bb_offer_change_get_field_label (created), ==, "Created");
  g_assert_cmpstr (bb_offer_change_get_field_label (unknown), ==, "colour");
  g_assert_null (bb_offer_change_get_old_value (unknown));

  bb_offer_change_set_changed_by (title, "mette");
  bb_offer_change_set_changed_at (title, "2024-05-01T08:00:00Z");
  g_assert_cmpstr (bb_offer_change_get_changed_by (title), ==, "mette");
  g_assert_cmpstr (bb_offer_change_get_changed_at (title), ==, "2024-05-01T08:00:00Z");
}

static void
test_enums_round_trip (void)
{
  for (guint i = 0; i < BB_SECTOR_COUNT; i++)
    {
      BbSector sector = BB_SECTOR_COUNT;

      g_assert_true (bb_sector_from_key (bb_sector_to_key (i), &sector));
      g_assert_cmpint (sector, ==, i);
      g_assert_true (bb_sector_from_key (bb_sector_get_label (i), &sector));
      g_assert_cmpint (sector, ==, i);
    }

  for (guint i = 0; i < BB_ACCESS_COUNT; i++)
    {
      BbAccess access = BB_ACCESS_COUNT;

      g_assert_true (bb_access_from_key (bb_access_to_key (i), &access));
      g_assert_cmpint (access, ==, i);
      g_assert_true (bb_access_from_key (bb_access_get_label (i), &access));
      g_assert_cmpint (access, ==, i);
    }

  for (guint i = 0; i < BB_OFFER_STATUS_COUNT; i++)
    {
      BbOfferStatus status = BB_OFFER_STATUS_COUNT;

      g_assert_true (bb_offer_status_from_key (bb_offer_status_to_key (i), &status));
      g_assert_cmpint (status, ==, i);
      g_assert_true (bb_offer_status_from_key (bb_offer_status_get_label (i), &status));
      g_assert_cmpint (status, ==, i);
    }
}

static void
test_enums_from_key (void)
{
  BbSector sector = BB_SECTOR_MUNICIPALITY;
  BbAccess access = BB_ACCESS_OPEN;
  BbOfferStatus status = BB_OFFER_STATUS_ACTIVE;

  g_assert_cmpstr (bb_sector_to_key (BB_SECTOR_VOLUNTARY), ==, "voluntary");
  g_assert_cmpstr (bb_access_to_key (BB_ACCESS_VISITATION), ==, "visitation");
  g_assert_cmpstr (bb_offer_status_to_key (BB_OFFER_STATUS_CLOSED), ==, "closed");
  g_assert_cmpstr (bb_access_get_label (BB_ACCESS_VISITATION), ==, "Decision by the authority");

  g_assert_true (bb_sector_from_key ("  VOLUNTARY / Civil Society\t", &sector));
  g_assert_cmpint (sector, ==, BB_SECTOR_VOLUNTARY);
  g_assert_true (bb_sector_from_key (" Region ", &sector));
  g_assert_cmpint (sector, ==, BB_SECTOR_REGION);
  g_assert_true (bb_access_from_key ("Referral", &access));
  g_assert_cmpint (access, ==, BB_ACCESS_REFERRAL);
  g_assert_true (bb_offer_status_from_key ("PAUSED", &status));
  g_assert_cmpint (status, ==, BB_OFFER_STATUS_PAUSED);

  /* Unknown words leave the value alone. */
  g_assert_false (bb_offer_status_from_key ("gone", &status));
  g_assert_false (bb_offer_status_from_key ("", &status));
  g_assert_false (bb_offer_status_from_key (NULL, &status));
  g_assert_false (bb_offer_status_from_key ("\xff\xfe", &status));
  g_assert_cmpint (status, ==, BB_OFFER_STATUS_PAUSED);
  g_assert_false (bb_access_from_key ("open access please", &access));
  g_assert_cmpint (access, ==, BB_ACCESS_REFERRAL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/offer/new/defaults", test_new_defaults);
  g_test_add_func ("/offer/notify/only-on-change", test_notify_only_on_change);
  g_test_add_func ("/offer/validate/valid", test_validate_valid);
  g_test_add_func ("/offer/validate/title", test_validate_title);
  g_test_add_func ("/offer/validate/provider", test_validate_provider);
  g_test_add_func ("/offer/validate/age-range", test_validate_age_range);
  g_test_add_func ("/offer/validate/age-order", test_validate_age_order);
  g_test_add_func ("/offer/validate/reviewed", test_validate_reviewed);
  g_test_add_func ("/offer/validate/contact-name", test_validate_contact_name);
  g_test_add_func ("/offer/validate/contact-email", test_validate_contact_email);
  g_test_add_func ("/offer/validate/contact-phone", test_validate_contact_phone);
  g_test_add_func ("/validate/email", test_validate_email);
  g_test_add_func ("/validate/phone", test_validate_phone);
  g_test_add_func ("/validate/date", test_validate_date);
  g_test_add_func ("/offer/stale/never-reviewed", test_stale_never_reviewed);
  g_test_add_func ("/offer/stale/boundary", test_stale_boundary);
  g_test_add_func ("/offer/stale/leap-day", test_stale_leap_day);
  g_test_add_func ("/offer/copy/deep", test_copy_deep);
  g_test_add_func ("/offer/duplicate", test_duplicate);
  g_test_add_func ("/offer/diff/none", test_diff_none);
  g_test_add_func ("/offer/diff/changes", test_diff_changes);
  g_test_add_func ("/offer/diff/lists", test_diff_lists);
  g_test_add_func ("/offer/names", test_names);
  g_test_add_func ("/step/display-name", test_step_display_name);
  g_test_add_func ("/contact/to-string", test_contact_to_string);
  g_test_add_func ("/offer-change/field-label", test_change_field_label);
  g_test_add_func ("/enums/round-trip", test_enums_round_trip);
  g_test_add_func ("/enums/from-key", test_enums_from_key);

  return g_test_run ();
}
