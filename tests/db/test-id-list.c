/* SPDX-License-Identifier: GPL-3.0-or-later */

/* BbIdList over a table held in memory: what it counts, which pages it fetches, what
 * it finds, and that it follows a database's changes. */

#include "bb-id-list.h"
#include "bb-test-utils.h"

#define N_ROWS 1000

/* ---- a row and a list of rows ---------------------------------------- */

#define TEST_TYPE_ROW (test_row_get_type ())
G_DECLARE_FINAL_TYPE (TestRow, test_row, TEST, ROW, GObject)

struct _TestRow
{
  GObject parent_instance;
  gint64  id;
};

G_DEFINE_FINAL_TYPE (TestRow, test_row, G_TYPE_OBJECT)

static void
test_row_class_init (TestRowClass *klass)
{
}

static void
test_row_init (TestRow *self)
{
}

#define TEST_TYPE_LIST (test_list_get_type ())
G_DECLARE_FINAL_TYPE (TestList, test_list, TEST, LIST, BbIdList)

/* The "table": ids in the list's order. Each call is counted, and the largest page
 * asked for kept, so a test can tell windowed reading from reading everything. */
struct _TestList
{
  BbIdList  parent_instance;
  GArray   *table;
  guint     counts;
  guint     fetches;
  guint     largest_fetch;
  guint     loads;
  guint     locates;
};

G_DEFINE_FINAL_TYPE (TestList, test_list, BB_TYPE_ID_LIST)

static gint64
test_list_count (BbIdList  *list,
                 GError   **error)
{
  TestList *self = TEST_LIST (list);

  self->counts++;
  return self->table->len;
}

static GArray *
test_list_fetch_ids (BbIdList  *list,
                     guint      offset,
                     guint      limit,
                     GError   **error)
{
  TestList *self = TEST_LIST (list);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->fetches++;
  self->largest_fetch = MAX (self->largest_fetch, limit);
  for (guint i = offset; i < self->table->len && i - offset < limit; i++)
    g_array_append_val (ids, g_array_index (self->table, gint64, i));

  return ids;
}

static gboolean
test_list_locate (BbIdList  *list,
                  gint64     id,
                  guint     *position,
                  GError   **error)
{
  TestList *self = TEST_LIST (list);

  self->locates++;
  *position = G_MAXUINT;
  for (guint i = 0; i < self->table->len; i++)
    if (g_array_index (self->table, gint64, i) == id)
      *position = i;

  return TRUE;
}

static gpointer
test_list_load (BbIdList *list,
                gint64    id)
{
  TestRow *row = g_object_new (TEST_TYPE_ROW, NULL);

  TEST_LIST (list)->loads++;
  row->id = id;
  return row;
}

static void
test_list_finalize (GObject *object)
{
  g_clear_pointer (&TEST_LIST (object)->table, g_array_unref);

  G_OBJECT_CLASS (test_list_parent_class)->finalize (object);
}

static void
test_list_class_init (TestListClass *klass)
{
  BbIdListClass *list_class = BB_ID_LIST_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = test_list_finalize;
  list_class->count = test_list_count;
  list_class->fetch_ids = test_list_fetch_ids;
  list_class->locate = test_list_locate;
  list_class->load = test_list_load;
}

static void
test_list_init (TestList *self)
{
  self->table = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* Rows with ids 10, 20, 30, … in descending order, so position and id differ. */
static TestList *
list_new (guint n_rows)
{
  TestList *self = g_object_new (TEST_TYPE_LIST, "item-type", TEST_TYPE_ROW, NULL);

  for (guint i = 0; i < n_rows; i++)
    {
      gint64 id = 10 * (gint64) (n_rows - i);

      g_array_append_val (self->table, id);
    }

  bb_id_list_refresh (BB_ID_LIST (self));
  return self;
}

/* ---- tests ----------------------------------------------------------- */

static void
test_window (void)
{
  g_autoptr(TestList) list = list_new (N_ROWS);
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(TestRow) last = NULL;

  g_assert_true (g_list_model_get_item_type (model) == TEST_TYPE_ROW);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_ROWS);
  g_assert_cmpuint (list->counts, ==, 1);
  /* Counting fetches no ids. */
  g_assert_cmpuint (list->fetches, ==, 0);

  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(TestRow) row = g_list_model_get_item (model, i);

      g_assert_cmpint (row->id, ==, 10 * (N_ROWS - i));
      g_assert_cmpint (bb_id_list_get_id (BB_ID_LIST (list), i), ==, row->id);
    }

  /* A screenful is one page of ids, far less than the table. */
  g_assert_cmpuint (list->fetches, ==, 1);
  g_assert_cmpuint (list->largest_fetch, <, N_ROWS);

  last = g_list_model_get_item (model, N_ROWS - 1);
  g_assert_cmpint (last->id, ==, 10);
  g_assert_cmpuint (list->fetches, ==, 2);
  g_assert_null (g_list_model_get_item (model, N_ROWS));
  g_assert_cmpint (bb_id_list_get_id (BB_ID_LIST (list), N_ROWS), ==, 0);

  /* A record asked for again comes from the cache. */
  {
    guint loads = list->loads;
    g_autoptr(TestRow) again = g_list_model_get_item (model, N_ROWS - 1);

    g_assert_true (again == last);
    g_assert_cmpuint (list->loads, ==, loads);
  }
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *change)
{
  change[0]++;
  change[1] = position;
  change[2] = removed;
  change[3] = added;
}

static void
test_refresh (void)
{
  g_autoptr(TestList) list = list_new (N_ROWS);
  g_autoptr(TestRow) before = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_autoptr(TestRow) after = NULL;
  guint change[4] = { 0 };
  gint64 id = 99999;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), change);
  g_array_prepend_val (list->table, id);
  bb_id_list_refresh (BB_ID_LIST (list));

  g_assert_cmpuint (change[0], ==, 1);
  g_assert_cmpuint (change[1], ==, 0);
  g_assert_cmpuint (change[2], ==, N_ROWS);
  g_assert_cmpuint (change[3], ==, N_ROWS + 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_ROWS + 1);

  /* The pages held before are forgotten: the new row is first, the old one second. */
  after = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (after->id, ==, 99999);
  g_assert_cmpint (bb_id_list_get_id (BB_ID_LIST (list), 1), ==, before->id);
}

static void
test_find (void)
{
  g_autoptr(TestList) list = list_new (N_ROWS);
  g_autoptr(TestRow) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

  /* On the page at hand: no query. */
  g_assert_cmpuint (bb_id_list_find (BB_ID_LIST (list), 10 * N_ROWS - 20), ==, 2);
  g_assert_cmpuint (list->locates, ==, 0);

  /* On a page never loaded: the subclass locates it, without fetching every id. */
  g_assert_cmpuint (bb_id_list_find (BB_ID_LIST (list), 30), ==, N_ROWS - 3);
  g_assert_cmpuint (list->locates, ==, 1);
  g_assert_cmpuint (list->largest_fetch, <, N_ROWS);
  g_assert_cmpuint (bb_id_list_find (BB_ID_LIST (list), 35), ==, G_MAXUINT);

  /* Without locate, find reads the ids and still finds it. */
  BB_ID_LIST_GET_CLASS (list)->locate = NULL;
  g_assert_cmpuint (bb_id_list_find (BB_ID_LIST (list), 30), ==, N_ROWS - 3);
  g_assert_cmpuint (bb_id_list_find (BB_ID_LIST (list), 35), ==, G_MAXUINT);
  BB_ID_LIST_GET_CLASS (list)->locate = test_list_locate;
}

static void
test_watch (void)
{
  g_autofree char *folder = NULL;
  g_autoptr(BbDatabase) database = bb_test_database_new (&folder);
  TestList *list = list_new (3);
  g_autoptr(GError) error = NULL;
  guint change[4] = { 0 };

  bb_id_list_watch (BB_ID_LIST (list), database, "offers");
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), change);

  /* Another domain changes nothing here. */
  bb_database_notify (database, "lists");
  g_assert_cmpuint (change[0], ==, 0);

  g_assert_true (bb_database_begin (database, &error));
  bb_database_notify (database, "offers");
  g_assert_cmpuint (change[0], ==, 0);
  g_assert_true (bb_database_commit (database, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (change[0], ==, 1);
  g_assert_cmpuint (list->counts, ==, 2);

  /* Gone with the list: the database no longer calls it. */
  g_assert_finalize_object (list);
  bb_database_notify (database, "offers");

  g_clear_object (&database);
  bb_test_remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/id-list/window", test_window);
  g_test_add_func ("/id-list/refresh", test_refresh);
  g_test_add_func ("/id-list/find", test_find);
  g_test_add_func ("/id-list/watch", test_watch);

  return g_test_run ();
}
