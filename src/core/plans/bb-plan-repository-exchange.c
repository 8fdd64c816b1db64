/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A plan as a JSON file, for another municipality. The rows are written through the
 * row tables, numbered within the file (1, 2, … per section) so that links point at
 * those numbers and the same plan always gives the same file. No adviser, no
 * database id, no uuid and no moment of writing goes into it. */

#include "config.h"

#include <math.h>
#include <string.h>
#include <json-glib/json-glib.h>
#include <glib/gi18n-lib.h>

#include "bb-file.h"
#include "bb-plan-repository-private.h"

#define FORMAT_NAME "brobygger-plan"
#define FORMAT_VERSION 1

/* The plan's own fields in the file, each a string. */
static const char *const plan_members[] = {
  "title", "model", "model_title", "template_version", "organisation", "owner", "purpose",
  "target_group", "period_start", "period_end", "status", "stage",
};

/* ---- writing ---------------------------------------------------------- */

static void
add_fields (JsonBuilder         *builder,
            const BbPlanRowKind *kind,
            gconstpointer        record,
            GHashTable          *numbers)
{
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const BbPlanField *field = &kind->fields[i];
      gconstpointer value = ((const guint8 *) record) + field->offset;
      const char *text;

      if ((field->flags & BB_PLAN_FIELD_DERIVED) != 0)
        continue;

      switch (field->type)
        {
        case BB_PLAN_FIELD_TEXT:
        case BB_PLAN_FIELD_DATE:
          text = *(char *const *) value;
          if (text != NULL)
            {
              json_builder_set_member_name (builder, field->name);
              json_builder_add_string_value (builder, text);
            }
          break;
        case BB_PLAN_FIELD_INT:
          json_builder_set_member_name (builder, field->name);
          json_builder_add_int_value (builder, *(const int *) value);
          break;
        case BB_PLAN_FIELD_OPTIONAL_INT:
          if (*(const int *) value >= 0)
            {
              json_builder_set_member_name (builder, field->name);
              json_builder_add_int_value (builder, *(const int *) value);
            }
          break;
        case BB_PLAN_FIELD_LINK:
          if (*(const gint64 *) value > 0)
            {
              json_builder_set_member_name (builder, field->name);
              json_builder_add_int_value (builder, _bb_plan_row_ids_lookup (numbers, field->link,
                                                                            *(const gint64 *) value));
            }
          break;
        case BB_PLAN_FIELD_ADVISER:
          /* Whose courses an indicator counts stays in this municipality. */
          break;
        case BB_PLAN_FIELD_DOUBLE:
          if (!isnan (*(const double *) value))
            {
              json_builder_set_member_name (builder, field->name);
              json_builder_add_double_value (builder, *(const double *) value);
            }
          break;
        case BB_PLAN_FIELD_ENUM:
          json_builder_set_member_name (builder, field->name);
          json_builder_add_string_value (builder, field->entries[*(const int *) value].key);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static gboolean
add_rows (BbPlanRepository     *self,
          JsonBuilder          *builder,
          const BbPlanRowKind  *kind,
          gint64                owner_id,
          GHashTable           *numbers,
          GError              **error)
{
  g_autoptr(GPtrArray) rows = _bb_plan_rows_list (self, kind, owner_id, error);

  if (rows == NULL)
    return FALSE;

  json_builder_set_member_name (builder, kind->json_name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      gconstpointer record = g_ptr_array_index (rows, i);

      json_builder_begin_object (builder);
      /* Rows of a plan are numbered for links; rows of a row are not linked to. */
      if (kind->parent == NULL)
        {
          _bb_plan_row_ids_note (numbers, kind, BB_PLAN_ROW_HEAD (record)->id, i + 1);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, i + 1);
        }
      add_fields (builder, kind, record, numbers);
      for (guint c = 0; kind->children != NULL && kind->children[c] != NULL; c++)
        if (!add_rows (self, builder, kind->children[c], BB_PLAN_ROW_HEAD (record)->id, numbers, error))
          return FALSE;
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return TRUE;
}

static void
add_plan (JsonBuilder *builder,
          BbPlan      *plan)
{
  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (plan_members); i++)
    {
      g_autofree char *property = g_strdelimit (g_strdup (plan_members[i]), "_", '-');
      g_autofree char *value = NULL;

      if (g_str_equal (property, "status"))
        value = g_strdup (bb_plan_status_to_key (bb_plan_get_status (plan)));
      else if (g_str_equal (property, "stage"))
        value = g_strdup (bb_plan_stage_to_key (bb_plan_get_stage (plan)));
      else
        g_object_get (plan, property, &value, NULL);

      if (value == NULL)
        continue;
      json_builder_set_member_name (builder, plan_members[i]);
      json_builder_add_string_value (builder, value);
    }
  json_builder_end_object (builder);
}

static gboolean
write_text (GOutputStream  *stream,
            gpointer        user_data,
            GError        **error)
{
  const char *text = user_data;

  return g_output_stream_write_all (stream, text, strlen (text), NULL, NULL, error);
}

gboolean
bb_plan_repository_export_json (BbPlanRepository  *self,
                                gint64             id,
                                GFile             *file,
                                GError           **error)
{
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) numbers = _bb_plan_row_ids_new ();
  g_autofree char *text = NULL;

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  plan = bb_plan_repository_get (self, id, error);
  if (plan == NULL)
    return FALSE;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FORMAT_VERSION);
  add_plan (builder, plan);
  for (guint k = 0; _bb_plan_kinds[k] != NULL; k++)
    if (!add_rows (self, builder, _bb_plan_kinds[k], id, numbers, error))
      return FALSE;
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  return bb_file_replace (file, write_text, text, error);
}

/* ---- reading ---------------------------------------------------------- */

/* What the file holds, before anything is written. */
typedef struct
{
  BbPlan     *plan;
  /* Per row kind of a plan (_bb_plan_kinds): the records, and for each record the
   * records of its child kind (or NULL). */
  GPtrArray  *rows[16];
  GPtrArray  *children[16];
  gint64      id;
} PlanFile;

static void
plan_file_clear (PlanFile *content)
{
  g_clear_object (&content->plan);
  for (guint k = 0; k < G_N_ELEMENTS (content->rows); k++)
    {
      g_clear_pointer (&content->rows[k], g_ptr_array_unref);
      g_clear_pointer (&content->children[k], g_ptr_array_unref);
    }
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlanFile, plan_file_clear)

static gboolean
damaged (GError     **error,
         const char  *section,
         guint        row,
         const char  *member)
{
  g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_FILE,
               _("The plan file is damaged: row %u of “%s” has “%s”, which is not valid there."),
               row, section, member);
  return FALSE;
}

static gboolean
is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == G_TYPE_INT64 || json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* One member into @record; FALSE when it is not one of @kind's written fields or
 * not of its type. */
static gboolean
read_field (const BbPlanRowKind *kind,
            gpointer             record,
            const char          *name,
            JsonNode            *node)
{
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const BbPlanField *field = &kind->fields[i];
      gpointer value = ((guint8 *) record) + field->offset;
      guint key;

      if (strcmp (field->name, name) != 0)
        continue;
      if ((field->flags & BB_PLAN_FIELD_DERIVED) != 0)
        return FALSE;

      switch (field->type)
        {
        case BB_PLAN_FIELD_TEXT:
        case BB_PLAN_FIELD_DATE:
          if (!is_string (node))
            return FALSE;
          g_free (*(char **) value);
          *(char **) value = g_strdup (json_node_get_string (node));
          return TRUE;
        case BB_PLAN_FIELD_INT:
        case BB_PLAN_FIELD_OPTIONAL_INT:
          if (!is_integer (node) || json_node_get_int (node) < G_MININT || json_node_get_int (node) > G_MAXINT)
            return FALSE;
          *(int *) value = (int) json_node_get_int (node);
          return TRUE;
        case BB_PLAN_FIELD_LINK:
          if (!is_integer (node) || json_node_get_int (node) <= 0)
            return FALSE;
          *(gint64 *) value = json_node_get_int (node);
          return TRUE;
        case BB_PLAN_FIELD_DOUBLE:
          if (!is_number (node))
            return FALSE;
          *(double *) value = json_node_get_double (node);
          return TRUE;
        case BB_PLAN_FIELD_ENUM:
          if (!is_string (node) ||
              !bb_enum_lookup (field->entries, field->n_entries, json_node_get_string (node), &key))
            return FALSE;
          *(int *) value = (int) key;
          return TRUE;
        case BB_PLAN_FIELD_ADVISER:
        default:
          return FALSE;
        }
    }
  return FALSE;
}

static void
unref_rows (gpointer rows)
{
  if (rows != NULL)
    g_ptr_array_unref (rows);
}

static GPtrArray *read_rows (const BbPlanRowKind  *kind,
                             JsonNode             *node,
                             GPtrArray           **children,
                             GError              **error);

static gpointer
read_row (const BbPlanRowKind  *kind,
          JsonNode             *node,
          guint                 number,
          GPtrArray           **children,
          GError              **error)
{
  const BbPlanRowKind *child = kind->children != NULL ? kind->children[0] : NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  gpointer record;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      damaged (error, kind->json_name, number, kind->json_name);
      return NULL;
    }

  object = json_node_get_object (node);
  record = _bb_plan_record_new (kind);
  /* Rows without a number are never linked to; their own ones cannot clash. */
  BB_PLAN_ROW_HEAD (record)->id = -(gint64) number;
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *value = json_object_get_member (object, name);

      if (g_str_equal (name, "id") && kind->parent == NULL && is_integer (value) && json_node_get_int (value) > 0)
        BB_PLAN_ROW_HEAD (record)->id = json_node_get_int (value);
      else if (child != NULL && g_str_equal (name, child->json_name))
        {
          g_clear_pointer (children, g_ptr_array_unref);
          *children = read_rows (child, value, NULL, error);
          if (*children == NULL)
            break;
        }
      else if (!read_field (kind, record, name, value))
        {
          damaged (error, kind->json_name, number, name);
          break;
        }
    }

  if (error != NULL && *error != NULL)
    {
      _bb_plan_record_free (kind, record);
      return NULL;
    }
  return record;
}

/* The rows of @kind in @node (an array), and when @children is set, the rows of each
 * one's child kind (a GPtrArray of GPtrArray, NULL where there are none). */
static GPtrArray *
read_rows (const BbPlanRowKind  *kind,
           JsonNode             *node,
           GPtrArray           **children,
           GError              **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (kind->free_func);
  g_autoptr(GHashTable) numbers = g_hash_table_new (g_int64_hash, g_int64_equal);
  JsonArray *array;

  if (children != NULL)
    *children = g_ptr_array_new_with_free_func (unref_rows);
  if (node == NULL)
    return g_steal_pointer (&rows);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_FILE,
                   _("The plan file is damaged: “%s” is not a list of rows."), kind->json_name);
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      GPtrArray *of_row = NULL;
      gpointer record = read_row (kind, json_array_get_element (array, i), i + 1, &of_row, error);

      if (record == NULL)
        return NULL;

      g_ptr_array_add (rows, record);
      if (children != NULL)
        g_ptr_array_add (*children, of_row);
      else if (of_row != NULL)
        g_ptr_array_unref (of_row);

      if (g_hash_table_contains (numbers, &BB_PLAN_ROW_HEAD (record)->id))
        {
          damaged (error, kind->json_name, i + 1, "id");
          return NULL;
        }
      g_hash_table_add (numbers, &BB_PLAN_ROW_HEAD (record)->id);
    }
  return g_steal_pointer (&rows);
}

static BbPlan *
read_plan (JsonNode  *node,
           GError   **error)
{
  g_autoptr(BbPlan) plan = bb_plan_new (NULL);
  g_autoptr(GList) members = NULL;
  g_autoptr(GError) invalid = NULL;
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      damaged (error, "plan", 1, "plan");
      return NULL;
    }

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *value = json_object_get_member (object, name);
      g_autofree char *property = g_strdelimit (g_strdup (name), "_", '-');
      const char *text = is_string (value) ? json_node_get_string (value) : NULL;
      BbPlanStatus status;
      BbPlanStage stage;

      if (text == NULL || !g_strv_contains (plan_members, name))
        {
          damaged (error, "plan", 1, name);
          return NULL;
        }

      if (g_str_equal (name, "status"))
        {
          if (!bb_plan_status_from_key (text, &status))
            {
              damaged (error, "plan", 1, name);
              return NULL;
            }
          bb_plan_set_status (plan, status);
        }
      else if (g_str_equal (name, "stage"))
        {
          if (!bb_plan_stage_from_key (text, &stage))
            {
              damaged (error, "plan", 1, name);
              return NULL;
            }
          bb_plan_set_stage (plan, stage);
        }
      else
        g_object_set (plan, property, text, NULL);
    }

  if (!bb_plan_validate (plan, &invalid))
    {
      g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_FILE, _("The plan file cannot be imported: %s"),
                   invalid->message);
      return NULL;
    }
  return g_steal_pointer (&plan);
}

/* Anything else at the top is not ours. */
static gboolean
check_top_members (JsonObject  *root,
                   GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (root);

  for (GList *l = members; l != NULL; l = l->next)
    {
      gboolean known = g_str_equal (l->data, "format") || g_str_equal (l->data, "version") ||
                       g_str_equal (l->data, "plan");

      for (guint k = 0; _bb_plan_kinds[k] != NULL && !known; k++)
        known = g_str_equal (l->data, _bb_plan_kinds[k]->json_name);
      if (!known)
        return damaged (error, "plan", 1, l->data);
    }
  return TRUE;
}

static gboolean
read_file (GFile     *file,
           PlanFile  *content,
           GError   **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *name = g_file_get_basename (file);
  JsonObject *root;
  JsonNode *format, *version;
  gsize length;

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return FALSE;

  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_FILE, _("“%s” is not a plan file: %s"), name,
                   local_error->message);
      return FALSE;
    }

  /* An empty file parses to no root node at all. */
  root = json_parser_get_root (parser) != NULL && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))
         ? json_node_get_object (json_parser_get_root (parser))
         : NULL;
  format = root != NULL ? json_object_get_member (root, "format") : NULL;
  version = root != NULL ? json_object_get_member (root, "version") : NULL;
  if (format == NULL || !is_string (format) || g_strcmp0 (json_node_get_string (format), FORMAT_NAME) != 0 ||
      version == NULL || !is_integer (version))
    {
      g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_FILE, _("“%s” is not a plan file."), name);
      return FALSE;
    }
  if (json_node_get_int (version) > FORMAT_VERSION)
    {
      g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_FILE,
                   _("“%s” was written by a newer version of Brobygger; update the program to read it."), name);
      return FALSE;
    }

  content->plan = read_plan (json_object_get_member (root, "plan"), error);
  if (content->plan == NULL)
    return FALSE;

  G_STATIC_ASSERT (G_N_ELEMENTS (content->rows) > 10);
  for (guint k = 0; _bb_plan_kinds[k] != NULL; k++)
    {
      const BbPlanRowKind *kind = _bb_plan_kinds[k];

      content->rows[k] = read_rows (kind, json_object_get_member (root, kind->json_name), &content->children[k],
                                    error);
      if (content->rows[k] == NULL)
        return FALSE;
    }

  return check_top_members (root, error);
}

static gboolean
import_plan (BbPlanRepository  *self,
             gpointer           data,
             GError           **error)
{
  PlanFile *content = data;
  g_autoptr(GHashTable) ids = _bb_plan_row_ids_new ();
  gint64 plan_id;

  if (!_bb_plan_repository_insert_plan (self, content->plan, FALSE, error))
    return FALSE;

  plan_id = bb_plan_get_id (content->plan);
  for (guint k = 0; _bb_plan_kinds[k] != NULL; k++)
    {
      const BbPlanRowKind *kind = _bb_plan_kinds[k];
      GPtrArray *rows = content->rows[k];

      if (!_bb_plan_rows_insert_copies (self, kind, rows, plan_id, ids, error))
        return FALSE;

      for (guint i = 0; i < rows->len; i++)
        {
          GPtrArray *children = g_ptr_array_index (content->children[k], i);
          gint64 owner = _bb_plan_row_ids_lookup (ids, kind, BB_PLAN_ROW_HEAD (g_ptr_array_index (rows, i))->id);

          if (children != NULL &&
              !_bb_plan_rows_insert_copies (self, kind->children[0], children, owner, ids, error))
            return FALSE;
        }
    }

  content->id = plan_id;
  return TRUE;
}

gint64
bb_plan_repository_import_json (BbPlanRepository  *self,
                                GFile             *file,
                                GError           **error)
{
  g_auto(PlanFile) content = { 0 };
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (BB_IS_PLAN_REPOSITORY (self), 0);
  g_return_val_if_fail (G_IS_FILE (file), 0);

  if (!read_file (file, &content, error))
    return 0;

  if (!_bb_plan_repository_transact (self, import_plan, &content, &local_error))
    {
      /* What the rows' checks or the database refuse is what is wrong with the file. */
      if (local_error->domain == BB_PLAN_ERROR || local_error->domain == BB_DATABASE_ERROR)
        g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_FILE, _("The plan file cannot be imported: %s"),
                     local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }

  return content.id;
}
