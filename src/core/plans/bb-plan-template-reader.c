/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Reading a plan template's JSON. Strict, because a template that loads with a hole
 * (a text missing in one language, an activity pointing at nothing) would show up as
 * a blank on a project leader's plan. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-plan-template-private.h"
#include "bb-text.h"

/* The version of the file format this reader knows ("format" in the file). */
#define TEMPLATE_FORMAT 1

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbTemplateItem, _bb_template_item_free)

/* What the reader needs to say where a fault is: the file, and the path to the
 * member inside it ("elements/open-setting/title"). */
typedef struct
{
  const char *file;
} Reader;

/* "elements/open-setting" and "title" make "elements/open-setting/title"; a member of
 * the file's top level is named alone. */
static char *
member_path (const char *path,
             const char *name)
{
  return *path != '\0' ? g_strdup_printf ("%s/%s", path, name) : g_strdup (name);
}

/* Every member of @object must be one of @allowed: a misspelt member ("replace")
 * would otherwise be silently left out of every plan. "note" is a comment for whoever
 * maintains the file and is allowed everywhere. */
static gboolean
check_members (Reader             *reader,
               JsonObject         *object,
               const char         *path,
               const char * const *allowed,
               GError            **error)
{
  g_autoptr (GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (!g_str_equal (name, "note") && !g_strv_contains (allowed, name))
        {
          g_autofree char *unknown = member_path (path, name);

          return _bb_plan_template_fail (reader->file, error,
                                         _("“%s” is not something a template can have"), unknown);
        }
    }

  return TRUE;
}

static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  return json_object_has_member (object, name) ? json_object_get_member (object, name) : NULL;
}

static gboolean
node_is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* A member that must be text, not blank. */
static gboolean
read_string (Reader      *reader,
             JsonObject  *object,
             const char  *path,
             const char  *name,
             char       **into,
             GError     **error)
{
  g_autofree char *where = member_path (path, name);
  JsonNode *node = get_member (object, name);
  const char *value;

  if (node == NULL)
    return _bb_plan_template_fail (reader->file, error, _("“%s” is missing"), where);

  value = node_is_string (node) ? json_node_get_string (node) : NULL;
  if (bb_text_is_blank (value))
    return _bb_plan_template_fail (reader->file, error, _("“%s” is not a text"), where);

  *into = g_strdup (value);
  return TRUE;
}

/* Stable keys are written into plans: lowercase letters and digits in words joined by
 * single hyphens ("open-setting"). */
static gboolean
key_is_valid (const char *key)
{
  gboolean after_hyphen = TRUE;

  for (const char *p = key; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (after_hyphen)
            return FALSE;
          after_hyphen = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_hyphen = FALSE;
      else
        return FALSE;
    }

  return *key != '\0' && !after_hyphen;
}

static gboolean
read_key (Reader      *reader,
          JsonObject  *object,
          const char  *path,
          const char  *name,
          char       **into,
          GError     **error)
{
  if (!read_string (reader, object, path, name, into, error))
    return FALSE;

  if (!key_is_valid (*into))
    {
      g_autofree char *where = member_path (path, name);

      _bb_plan_template_fail (reader->file, error,
                              _("“%s” is not a key of lowercase letters and digits joined by hyphens: “%s”"),
                              where, *into);
      g_clear_pointer (into, g_free);
      return FALSE;
    }

  return TRUE;
}

/* A text: {"da": "…", "en": "…"}, both there and neither blank. */
static gboolean
read_text_node (Reader          *reader,
                JsonNode        *node,
                const char      *path,
                BbTemplateText  *into,
                GError         **error)
{
  static const char * const languages[] = { "da", "en", NULL };
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return _bb_plan_template_fail (reader->file, error, _("“%s” is not a text in Danish and English"), path);

  object = json_node_get_object (node);
  if (!check_members (reader, object, path, languages, error))
    return FALSE;

  if (!json_object_has_member (object, "da"))
    return _bb_plan_template_fail (reader->file, error, _("“%s” has no Danish text"), path);
  if (!json_object_has_member (object, "en"))
    return _bb_plan_template_fail (reader->file, error, _("“%s” has no English text"), path);

  return read_string (reader, object, path, "da", &into->da, error) &&
         read_string (reader, object, path, "en", &into->en, error);
}

static gboolean
read_text (Reader          *reader,
           JsonObject      *object,
           const char      *path,
           const char      *name,
           BbTemplateText  *into,
           GError         **error)
{
  g_autofree char *where = member_path (path, name);
  JsonNode *node = get_member (object, name);

  if (node == NULL)
    return _bb_plan_template_fail (reader->file, error, _("“%s” is missing"), where);

  return read_text_node (reader, node, where, into, error);
}

/* Guiding questions: an array of texts, kept one per line in each language. */
static gboolean
read_questions (Reader          *reader,
                JsonObject      *object,
                const char      *path,
                BbTemplateText  *into,
                GError         **error)
{
  g_autofree char *questions_path = member_path (path, "questions");
  JsonNode *node = get_member (object, "questions");
  g_autoptr (GString) da = g_string_new (NULL);
  g_autoptr (GString) en = g_string_new (NULL);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    return _bb_plan_template_fail (reader->file, error, _("“%s” has no guiding questions"), path);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *question_path = g_strdup_printf ("%s/%u", questions_path, i + 1);
      BbTemplateText question = { NULL, NULL };
      gboolean ok = read_text_node (reader, json_array_get_element (array, i), question_path, &question, error);

      if (ok)
        {
          g_string_append_printf (da, "%s%s", i > 0 ? "\n" : "", question.da);
          g_string_append_printf (en, "%s%s", i > 0 ? "\n" : "", question.en);
        }
      _bb_template_text_clear (&question);
      if (!ok)
        return FALSE;
    }

  into->da = g_string_free (g_steal_pointer (&da), FALSE);
  into->en = g_string_free (g_steal_pointer (&en), FALSE);
  return TRUE;
}

static gboolean
read_replaces (Reader          *reader,
               JsonObject      *object,
               const char      *path,
               BbTemplateItem  *item,
               GError         **error)
{
  JsonNode *node = get_member (object, "replaces");
  g_autoptr (GStrvBuilder) keys = g_strv_builder_new ();

  if (node != NULL)
    {
      JsonArray *array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

      if (array == NULL)
        return _bb_plan_template_fail (reader->file, error,
                                       _("the “replaces” of “%s” is not a list of keys"), path);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!node_is_string (element) || !key_is_valid (json_node_get_string (element)))
            return _bb_plan_template_fail (reader->file, error,
                                           _("the “replaces” of “%s” is not a list of keys"), path);
          g_strv_builder_add (keys, json_node_get_string (element));
        }
    }

  item->replaces = g_strv_builder_end (keys);
  return TRUE;
}

typedef enum
{
  ITEM_ELEMENT,
  ITEM_CHALLENGE,
  ITEM_FOCUS_AREA,
  ITEM_ACTIVITY,
} ItemKind;

static const char * const item_members[][8] = {
  [ITEM_ELEMENT] = { "key", "title", "description", "replaces", NULL },
  [ITEM_CHALLENGE] = { "key", "title", "description", "questions", "replaces", NULL },
  [ITEM_FOCUS_AREA] = { "key", "title", "description", "questions", "replaces", NULL },
  [ITEM_ACTIVITY] = { "key", "title", "description", "replaces", "element", "focus_area", NULL },
};

static const char * const item_lists[] = {
  [ITEM_ELEMENT] = "elements",
  [ITEM_CHALLENGE] = "challenges",
  [ITEM_FOCUS_AREA] = "focus_areas",
  [ITEM_ACTIVITY] = "activities",
};

/* An activity names the core element or focus area it serves, one that the file has. */
static gboolean
read_activity_links (Reader          *reader,
                     BbPlanTemplate  *self,
                     JsonObject      *object,
                     const char      *path,
                     BbTemplateItem  *item,
                     GError         **error)
{
  if (json_object_has_member (object, "element") &&
      !read_key (reader, object, path, "element", &item->element, error))
    return FALSE;
  if (json_object_has_member (object, "focus_area") &&
      !read_key (reader, object, path, "focus_area", &item->focus_area, error))
    return FALSE;

  if (item->element == NULL && item->focus_area == NULL)
    return _bb_plan_template_fail (reader->file, error,
                                   _("the activity “%s” names neither a core element nor a focus area"), path);
  if (item->element != NULL && _bb_template_find_item (self->elements, item->element) == NULL)
    return _bb_plan_template_fail (reader->file, error,
                                   _("the activity “%s” names the core element “%s”, which the template does not have"),
                                   path, item->element);
  if (item->focus_area != NULL && _bb_template_find_item (self->focus_areas, item->focus_area) == NULL)
    return _bb_plan_template_fail (reader->file, error,
                                   _("the activity “%s” names the focus area “%s”, which the template does not have"),
                                   path, item->focus_area);

  return TRUE;
}

static BbTemplateItem *
read_item (Reader          *reader,
           BbPlanTemplate  *self,
           ItemKind         kind,
           JsonNode        *node,
           guint            position,
           GPtrArray       *into,
           GError         **error)
{
  g_autoptr (BbTemplateItem) item = g_new0 (BbTemplateItem, 1);
  g_autofree char *path = g_strdup_printf ("%s/%u", item_lists[kind], position + 1);
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _bb_plan_template_fail (reader->file, error, _("“%s” is not an object"), path);
      return NULL;
    }
  object = json_node_get_object (node);

  if (!read_key (reader, object, path, "key", &item->key, error))
    return NULL;
  /* From here on the key says which item it is better than its position. */
  g_free (path);
  path = g_strdup_printf ("%s/%s", item_lists[kind], item->key);

  if (_bb_template_find_item (into, item->key) != NULL)
    {
      _bb_plan_template_fail (reader->file, error,
                              _("the key “%s” is used twice in “%s”"), item->key, item_lists[kind]);
      return NULL;
    }

  if (!check_members (reader, object, path, item_members[kind], error) ||
      !read_text (reader, object, path, "title", &item->title, error) ||
      !read_text (reader, object, path, "description", &item->description, error) ||
      !read_replaces (reader, object, path, item, error))
    return NULL;

  if (kind == ITEM_CHALLENGE || kind == ITEM_FOCUS_AREA)
    {
      if (!read_questions (reader, object, path, &item->questions, error))
        return NULL;
    }
  else
    {
      /* Set like every other text, so that no caller meets a NULL. */
      item->questions.da = g_strdup ("");
      item->questions.en = g_strdup ("");
    }

  if (kind == ITEM_ACTIVITY && !read_activity_links (reader, self, object, path, item, error))
    return NULL;

  return g_steal_pointer (&item);
}

static gboolean
read_items (Reader          *reader,
            BbPlanTemplate  *self,
            JsonObject      *root,
            ItemKind         kind,
            GPtrArray       *into,
            GError         **error)
{
  JsonNode *node = get_member (root, item_lists[kind]);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return _bb_plan_template_fail (reader->file, error, _("the list “%s” is missing"), item_lists[kind]);

  array = json_node_get_array (node);
  if (kind == ITEM_ELEMENT && json_array_get_length (array) == 0)
    return _bb_plan_template_fail (reader->file, error, _("the template has no core elements"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      BbTemplateItem *item = read_item (reader, self, kind, json_array_get_element (array, i), i, into, error);

      if (item == NULL)
        return FALSE;
      g_ptr_array_add (into, item);
    }

  return TRUE;
}

static gboolean
read_format (Reader      *reader,
             JsonObject  *root,
             GError     **error)
{
  JsonNode *node = get_member (root, "format");

  if (node == NULL)
    return _bb_plan_template_fail (reader->file, error, _("“%s” is missing"), "format");

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != TEMPLATE_FORMAT)
    {
      g_autofree char *shown = json_to_string (node, FALSE);

      return _bb_plan_template_fail (reader->file, error,
                                     _("it is in format %s, which this version of Brobygger cannot read"), shown);
    }

  return TRUE;
}

gboolean
_bb_plan_template_read (BbPlanTemplate  *self,
                        JsonNode        *root_node,
                        GError         **error)
{
  static const char * const members[] = {
    "format", "model", "version", "title", "description", "source",
    "elements", "challenges", "focus_areas", "activities", NULL
  };
  Reader reader = { self->file };
  JsonObject *root;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return _bb_plan_template_fail (self->file, error, _("it does not hold a template"));
  root = json_node_get_object (root_node);

  /* The format first: a newer file is refused for what it is, not for a member this
   * version has never heard of. */
  return read_format (&reader, root, error) &&
         check_members (&reader, root, "", members, error) &&
         read_key (&reader, root, "", "model", &self->model, error) &&
         read_string (&reader, root, "", "version", &self->version, error) &&
         read_text (&reader, root, "", "title", &self->title, error) &&
         read_text (&reader, root, "", "description", &self->description, error) &&
         read_text (&reader, root, "", "source", &self->source, error) &&
         read_items (&reader, self, root, ITEM_ELEMENT, self->elements, error) &&
         read_items (&reader, self, root, ITEM_CHALLENGE, self->challenges, error) &&
         read_items (&reader, self, root, ITEM_FOCUS_AREA, self->focus_areas, error) &&
         read_items (&reader, self, root, ITEM_ACTIVITY, self->activities, error);
}
