/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Reading an instrument's definition, and writing one for a user-defined instrument. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bb-instrument-private.h"
#include "bb-text.h"

/* ---- reading the definition ------------------------------------------ */

/* Typed look-ups that take a definition of any shape: a member of the wrong type is
 * as good as missing, and read_definition says what is missing. */
static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL && json_object_has_member (object, name) ? json_object_get_member (object, name) : NULL;
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static const char *
node_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  return node_string (member (object, name));
}

static double
member_number (JsonObject *object,
               const char *name,
               double      fallback)
{
  JsonNode *node = member (object, name);

  return node_is_number (node) ? json_node_get_double (node) : fallback;
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
node_object (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* Text is a string, or an object of translations by language code ("en", "da"): the
 * first of the user's languages that it has, else English. */
static const char *
localised (JsonNode *node)
{
  const char * const *languages = g_get_language_names ();
  JsonObject *object = node_object (node);

  if (object == NULL)
    return node_string (node);

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *text = member_string (object, g_str_equal (languages[i], "C") ? "en" : languages[i]);

      if (text != NULL)
        return text;
    }

  return member_string (object, "en");
}

static gboolean
fail (GError     **error,
      const char  *detail)
{
  g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
               _("The definition of the instrument cannot be read: %s"), detail);
  return FALSE;
}

/* Item numbers 1 to @max. */
static gboolean
read_numbers (JsonArray  *array,
              guint       max,
              GArray     *into,
              GError    **error)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      double value = node_is_number (node) ? json_node_get_double (node) : 0;
      guint number = (guint) value;

      if (value < 1 || value > max || number != value)
        return fail (error, "an item number out of range");

      g_array_append_val (into, number);
    }

  return TRUE;
}

static int
find_scale (BbInstrument *self,
            const char   *id)
{
  for (guint i = 0; id != NULL && i < self->scales->len; i++)
    if (g_strcmp0 (g_array_index (self->scales, InstrumentScale, i).id, id) == 0)
      return (int) i;

  return -1;
}

static gboolean
read_items (BbInstrument  *self,
            JsonObject    *items,
            GError       **error)
{
  JsonArray *labels = member_array (items, "labels");
  double count = member_number (items, "count", 0);

  if (items == NULL)
    return fail (error, "no items");

  self->item_min = member_number (items, "min", 0);
  self->item_max = member_number (items, "max", 0);
  self->item_step = member_number (items, "step", 1);
  if (count < 1 || count > BB_INSTRUMENT_MAX_ITEMS || (guint) count != count || self->item_min >= self->item_max ||
      self->item_step <= 0)
    return fail (error, "the items’ count, range or step");
  self->n_items = (guint) count;

  if (!read_numbers (member_array (items, "reverse"), self->n_items, self->reverse, error))
    return FALSE;

  for (guint i = 0; i < self->n_items; i++)
    g_ptr_array_add (self->item_labels,
                     labels != NULL && i < json_array_get_length (labels)
                     ? (gpointer) localised (json_array_get_element (labels, i)) : NULL);

  return TRUE;
}

static gboolean
read_scale (BbInstrument  *self,
            JsonObject    *object,
            GError       **error)
{
  JsonNode *higher_is_better = member (object, "higher_is_better");
  JsonArray *parts = member_array (object, "scales");
  InstrumentScale scale = { 0 };

  scale.id = member_string (object, "id");
  scale.name = localised (member (object, "name"));
  scale.multiplier = member_number (object, "multiplier", 1);
  scale.higher_is_better = higher_is_better == NULL || !JSON_NODE_HOLDS_VALUE (higher_is_better) ||
                           json_node_get_boolean (higher_is_better);
  scale.reliable_change = NAN;
  scale.items = g_array_new (FALSE, FALSE, sizeof (guint));
  scale.parts = g_array_new (FALSE, FALSE, sizeof (guint));
  /* Owned by the array from here, so every failure below frees it. */
  g_array_append_val (self->scales, scale);

  if (scale.id == NULL || scale.name == NULL || find_scale (self, scale.id) != (int) self->scales->len - 1)
    return fail (error, "a scale without an id or name, or twice");

  if (!read_numbers (member_array (object, "items"), self->n_items, scale.items, error))
    return FALSE;
  scale.min = scale.items->len * self->item_min * scale.multiplier;
  scale.max = scale.items->len * self->item_max * scale.multiplier;

  for (guint i = 0; parts != NULL && i < json_array_get_length (parts); i++)
    {
      /* Only scales defined above: no cycles. */
      int part = find_scale (self, node_string (json_array_get_element (parts, i)));
      guint index = (guint) part;

      if (part < 0 || part >= (int) self->scales->len - 1)
        return fail (error, "a scale made of a scale not defined before it");

      g_array_append_val (scale.parts, index);
      scale.min += g_array_index (self->scales, InstrumentScale, part).min * scale.multiplier;
      scale.max += g_array_index (self->scales, InstrumentScale, part).max * scale.multiplier;
    }

  if (scale.items->len == 0 && scale.parts->len == 0)
    return fail (error, "a scale of nothing");

  g_array_index (self->scales, InstrumentScale, self->scales->len - 1) = scale;
  return TRUE;
}

static gboolean
read_rule (const char   *text,
           BbCutoffRule *rule)
{
  static const char * const rules[] = {
    [BB_CUTOFF_BELOW] = "below",
    [BB_CUTOFF_AT_OR_BELOW] = "at-or-below",
    [BB_CUTOFF_AT_OR_ABOVE] = "at-or-above",
    [BB_CUTOFF_ABOVE] = "above",
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_strcmp0 (text, rules[i]) == 0)
      {
        *rule = (BbCutoffRule) i;
        return TRUE;
      }

  return FALSE;
}

static gboolean
read_cutoff (BbInstrument  *self,
             JsonObject    *object,
             GError       **error)
{
  g_autofree InstrumentCutoff *cutoff = g_new0 (InstrumentCutoff, 1);
  const char *respondent = member_string (object, "respondent");
  int scale = find_scale (self, member_string (object, "scale"));
  BbRespondent value;

  if (scale < 0 || !node_is_number (member (object, "value")) ||
      !read_rule (member_string (object, "rule"), &cutoff->cutoff.rule))
    return fail (error, "a cut-off without a known scale, value or rule");

  cutoff->cutoff.scale = (guint) scale;
  cutoff->cutoff.value = member_number (object, "value", 0);
  cutoff->cutoff.severity = (int) member_number (object, "severity", 1);
  cutoff->cutoff.label = localised (member (object, "label"));
  if (cutoff->cutoff.label == NULL)
    cutoff->cutoff.label = _("Past the cut-off");
  cutoff->age_min = (int) member_number (object, "age_min", -1);
  cutoff->age_max = (int) member_number (object, "age_max", -1);
  cutoff->respondent = -1;
  if (respondent != NULL)
    {
      if (!bb_respondent_from_key (respondent, &value))
        return fail (error, "a cut-off for an unknown respondent");
      cutoff->respondent = value;
    }

  g_ptr_array_add (self->cutoffs, g_steal_pointer (&cutoff));
  return TRUE;
}

static gboolean
read_reliable_change (BbInstrument  *self,
                      JsonObject    *object,
                      GError       **error)
{
  int scale = find_scale (self, member_string (object, "scale"));
  double value = member_number (object, "value", -1);

  if (scale < 0 || value <= 0)
    return fail (error, "a reliable change without a known scale or a positive value");

  g_array_index (self->scales, InstrumentScale, scale).reliable_change = value;
  return TRUE;
}

static gboolean
read_respondents (BbInstrument  *self,
                  JsonArray     *array,
                  GError       **error)
{
  if (array == NULL)
    {
      self->respondents = 1 << BB_RESPONDENT_SELF;
      return TRUE;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      BbRespondent respondent;

      if (!bb_respondent_from_key (node_string (json_array_get_element (array, i)), &respondent))
        return fail (error, "an unknown respondent");
      self->respondents |= 1 << respondent;
    }

  return TRUE;
}

typedef gboolean (*ReadFunc) (BbInstrument *self,
                              JsonObject   *object,
                              GError      **error);

static gboolean
read_each (BbInstrument  *self,
           JsonObject    *root,
           const char    *name,
           ReadFunc       read,
           GError       **error)
{
  JsonArray *array = member_array (root, name);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = node_object (json_array_get_element (array, i));

      if (object == NULL)
        return fail (error, name);
      if (!read (self, object, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_definition (BbInstrument  *self,
                 JsonObject    *root,
                 GError       **error)
{
  int main_scale;

  if (member_number (root, "format", 0) != BB_INSTRUMENT_FORMAT)
    return fail (error, "not a definition of format 1");

  self->key = member_string (root, "id");
  self->name = localised (member (root, "name"));
  self->source = localised (member (root, "source"));
  self->licence = localised (member (root, "licence"));
  if (self->key == NULL || *self->key == '\0' || self->name == NULL)
    return fail (error, "no id or name");

  if (!read_respondents (self, member_array (root, "respondents"), error) ||
      !read_items (self, node_object (member (root, "items")), error) ||
      !read_each (self, root, "scales", read_scale, error))
    return FALSE;

  main_scale = find_scale (self, member_string (root, "score"));
  if (main_scale < 0)
    return fail (error, "no scale named as the score");
  self->main_scale = (guint) main_scale;

  return read_each (self, root, "cutoffs", read_cutoff, error) &&
         read_each (self, root, "reliable_change", read_reliable_change, error);
}

BbInstrument *
bb_instrument_new_from_json (const char  *json,
                             GError     **error)
{
  g_autoptr(BbInstrument) self = g_object_new (BB_TYPE_INSTRUMENT, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (json != NULL, NULL);

  if (!json_parser_load_from_data (parser, json, -1, &local_error))
    {
      fail (error, local_error->message);
      return NULL;
    }

  self->root = json_parser_steal_root (parser);
  if (node_object (self->root) == NULL)
    {
      fail (error, "not an object");
      return NULL;
    }

  self->json = g_strdup (json);
  if (!read_definition (self, json_node_get_object (self->root), error))
    return NULL;

  return g_steal_pointer (&self);
}

BbInstrument *
bb_instrument_new_custom (const char  *name,
                          guint        n_items,
                          int          item_min,
                          int          item_max,
                          gboolean     higher_is_better,
                          double       cutoff,
                          double       reliable_change,
                          GError     **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *key = g_strconcat ("custom-", uuid, NULL);
  g_autofree char *json = NULL;

  if (bb_text_is_blank (name))
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("The instrument needs a name."));
      return NULL;
    }

  if (n_items < 1 || n_items > BB_INSTRUMENT_MAX_ITEMS || item_min >= item_max)
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   _("The instrument needs 1 to %d items, each with a lowest value below its highest."),
                   BB_INSTRUMENT_MAX_ITEMS);
      return NULL;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, BB_INSTRUMENT_FORMAT);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, key);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "respondents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < BB_RESPONDENT_COUNT; i++)
    json_builder_add_string_value (builder, bb_respondent_to_key (i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "count");
  json_builder_add_int_value (builder, n_items);
  json_builder_set_member_name (builder, "min");
  json_builder_add_int_value (builder, item_min);
  json_builder_set_member_name (builder, "max");
  json_builder_add_int_value (builder, item_max);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "scales");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "total");
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "higher_is_better");
  json_builder_add_boolean_value (builder, higher_is_better);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 1; i <= n_items; i++)
    json_builder_add_int_value (builder, i);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "score");
  json_builder_add_string_value (builder, "total");

  if (!isnan (cutoff))
    {
      json_builder_set_member_name (builder, "cutoffs");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "scale");
      json_builder_add_string_value (builder, "total");
      json_builder_set_member_name (builder, "value");
      json_builder_add_double_value (builder, cutoff);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, higher_is_better ? "below" : "above");
      json_builder_end_object (builder);
      json_builder_end_array (builder);
    }

  if (!isnan (reliable_change))
    {
      json_builder_set_member_name (builder, "reliable_change");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "scale");
      json_builder_add_string_value (builder, "total");
      json_builder_set_member_name (builder, "value");
      json_builder_add_double_value (builder, reliable_change);
      json_builder_end_object (builder);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);

  return bb_instrument_new_from_json (json, error);
}
