/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The figures of a month, and the figure file that carries them to a project leader. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "bb-file.h"
#include "bb-month-figures.h"

/* The key that says what the file is, holding its format version. */
#define FORMAT_KEY "brobygger-figures"
#define FORMAT_VERSION 1

G_DEFINE_BOXED_TYPE (BbMonthFigures, bb_month_figures, bb_month_figures_copy, bb_month_figures_free)

BbMonthFigures *
bb_month_figures_new (const char *month)
{
  BbMonthFigures *self = g_new0 (BbMonthFigures, 1);

  self->month = g_strdup (month);
  self->waiting_median = NAN;
  self->conversations_mean = NAN;
  self->share_handed_over = NAN;
  self->share_follow_up = NAN;
  self->share_goals_reached = NAN;

  return self;
}

BbMonthFigures *
bb_month_figures_copy (const BbMonthFigures *figures)
{
  BbMonthFigures *copy;

  g_return_val_if_fail (figures != NULL, NULL);

  copy = g_memdup2 (figures, sizeof *figures);
  copy->month = g_strdup (figures->month);
  return copy;
}

void
bb_month_figures_free (BbMonthFigures *figures)
{
  if (figures == NULL)
    return;

  g_free (figures->month);
  g_free (figures);
}

/* ---- the file ----------------------------------------------------------- */

typedef enum
{
  FIELD_COUNT,
  /* Days, or conversations: zero or more, or null when the month has none. */
  FIELD_AMOUNT,
  /* 0 to 1, or null. */
  FIELD_SHARE,
} FieldKind;

static const struct
{
  const char *key;
  FieldKind   kind;
  gsize       offset;
} fields[] = {
  { "started", FIELD_COUNT, G_STRUCT_OFFSET (BbMonthFigures, started) },
  { "waited", FIELD_COUNT, G_STRUCT_OFFSET (BbMonthFigures, waited) },
  { "waiting_median", FIELD_AMOUNT, G_STRUCT_OFFSET (BbMonthFigures, waiting_median) },
  { "ended", FIELD_COUNT, G_STRUCT_OFFSET (BbMonthFigures, ended) },
  { "conversations_mean", FIELD_AMOUNT, G_STRUCT_OFFSET (BbMonthFigures, conversations_mean) },
  { "share_handed_over", FIELD_SHARE, G_STRUCT_OFFSET (BbMonthFigures, share_handed_over) },
  { "share_follow_up", FIELD_SHARE, G_STRUCT_OFFSET (BbMonthFigures, share_follow_up) },
  { "closed", FIELD_COUNT, G_STRUCT_OFFSET (BbMonthFigures, closed) },
  { "share_goals_reached", FIELD_SHARE, G_STRUCT_OFFSET (BbMonthFigures, share_goals_reached) },
};

#define FIELD_UINT(figures, i) G_STRUCT_MEMBER (guint, (figures), fields[i].offset)
#define FIELD_DOUBLE(figures, i) G_STRUCT_MEMBER (double, (figures), fields[i].offset)

static gboolean
is_month (const char *text)
{
  return text != NULL && strlen (text) == 7 &&
         g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && g_ascii_isdigit (text[2]) &&
         g_ascii_isdigit (text[3]) && text[4] == '-' && g_ascii_isdigit (text[5]) &&
         g_ascii_isdigit (text[6]) && strcmp (text + 5, "01") >= 0 && strcmp (text + 5, "12") <= 0;
}

static gboolean
is_date (const char *text)
{
  GDate date;

  if (text == NULL || strlen (text) != 10 || text[7] != '-' ||
      !g_ascii_isdigit (text[8]) || !g_ascii_isdigit (text[9]))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_parse (&date, text);
  return g_date_valid (&date);
}

typedef struct
{
  GPtrArray  *months;
  const char *adviser;
  const char *exported;
} WriteClosure;

static gboolean
write_figures (GOutputStream  *stream,
               gpointer        user_data,
               GError        **error)
{
  WriteClosure *closure = user_data;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  gsize length;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, FORMAT_KEY);
  json_builder_add_int_value (builder, FORMAT_VERSION);
  if (closure->exported != NULL)
    {
      json_builder_set_member_name (builder, "exported");
      json_builder_add_string_value (builder, closure->exported);
    }
  if (closure->months->len > 0)
    {
      json_builder_set_member_name (builder, "from");
      json_builder_add_string_value (builder, ((BbMonthFigures *) g_ptr_array_index (closure->months, 0))->month);
      json_builder_set_member_name (builder, "to");
      json_builder_add_string_value (builder,
                                     ((BbMonthFigures *) g_ptr_array_index (closure->months,
                                                                            closure->months->len - 1))->month);
    }
  if (closure->adviser != NULL)
    {
      json_builder_set_member_name (builder, "adviser");
      json_builder_add_string_value (builder, closure->adviser);
    }

  json_builder_set_member_name (builder, "months");
  json_builder_begin_array (builder);
  for (guint m = 0; m < closure->months->len; m++)
    {
      BbMonthFigures *figures = g_ptr_array_index (closure->months, m);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "month");
      json_builder_add_string_value (builder, figures->month);
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          json_builder_set_member_name (builder, fields[i].key);
          if (fields[i].kind == FIELD_COUNT)
            json_builder_add_int_value (builder, FIELD_UINT (figures, i));
          else if (isnan (FIELD_DOUBLE (figures, i)))
            json_builder_add_null_value (builder);
          else
            json_builder_add_double_value (builder, FIELD_DOUBLE (figures, i));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, &length);

  return g_output_stream_write_all (stream, json, length, NULL, NULL, error) &&
         g_output_stream_write_all (stream, "\n", 1, NULL, NULL, error);
}

/**
 * bb_figure_file_write:
 * @file: where to write
 * @months: (element-type BbMonthFigures): the figures, oldest month first
 * @adviser: (nullable): the adviser whose courses they were counted over
 * @exported: (nullable): the day of the export, YYYY-MM-DD (the clock's today)
 * @error: return location for an error
 *
 * Returns: %TRUE when the file was written
 */
gboolean
bb_figure_file_write (GFile       *file,
                      GPtrArray   *months,
                      const char  *adviser,
                      const char  *exported,
                      GError     **error)
{
  WriteClosure closure = { months, adviser, exported };

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (months != NULL, FALSE);

  return bb_file_replace (file, write_figures, &closure, error);
}

static gboolean
refuse (GError    **error,
        const char *reason)
{
  /* TRANSLATORS: %s says what is wrong with a figure file */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("This is not a figure file from Brobygger: %s"),
               reason);
  return FALSE;
}

static BbMonthFigures *
read_month (JsonNode  *element,
            GError   **error)
{
  g_autoptr(BbMonthFigures) figures = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  JsonNode *node;
  const char *month;

  if (!JSON_NODE_HOLDS_OBJECT (element))
    {
      refuse (error, _("a month is not a set of figures."));
      return NULL;
    }
  object = json_node_get_object (element);
  node = json_object_get_member (object, "month");
  month = node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
          ? json_node_get_string (node) : NULL;
  if (!is_month (month))
    {
      refuse (error, _("a month is not written as YYYY-MM."));
      return NULL;
    }

  figures = bb_month_figures_new (month);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      JsonNode *value = json_object_get_member (object, key);
      guint i;

      if (g_str_equal (key, "month"))
        continue;

      for (i = 0; i < G_N_ELEMENTS (fields); i++)
        if (g_str_equal (key, fields[i].key))
          break;
      if (i == G_N_ELEMENTS (fields))
        {
          g_autofree char *reason = g_strdup_printf (_("“%s” is not a figure."), key);

          /* Anything that is not a figure could carry a name or a note. */
          refuse (error, reason);
          return NULL;
        }

      if (fields[i].kind == FIELD_COUNT)
        {
          if (json_node_get_value_type (value) != G_TYPE_INT64 || json_node_get_int (value) < 0 ||
              json_node_get_int (value) > G_MAXINT)
            {
              g_autofree char *reason = g_strdup_printf (_("“%s” of %s is not a count."), key, month);

              refuse (error, reason);
              return NULL;
            }
          FIELD_UINT (figures, i) = (guint) json_node_get_int (value);
        }
      else if (!JSON_NODE_HOLDS_NULL (value))
        {
          GType type = JSON_NODE_HOLDS_VALUE (value) ? json_node_get_value_type (value) : G_TYPE_INVALID;
          double number = type == G_TYPE_INT64 ? (double) json_node_get_int (value)
                          : type == G_TYPE_DOUBLE ? json_node_get_double (value) : NAN;

          if (isnan (number) || number < 0 || (fields[i].kind == FIELD_SHARE && number > 1))
            {
              g_autofree char *reason = g_strdup_printf (_("“%s” of %s is out of range."), key, month);

              refuse (error, reason);
              return NULL;
            }
          FIELD_DOUBLE (figures, i) = number;
        }
    }

  return g_steal_pointer (&figures);
}

/**
 * bb_figure_file_read:
 * @file: a figure file
 * @adviser: (out) (optional) (nullable): the adviser's name, or %NULL for all courses
 * @error: return location for an error
 *
 * Returns: (transfer container) (element-type BbMonthFigures): the months, oldest
 *   first, or %NULL with @error set
 */
GPtrArray *
bb_figure_file_read (GFile   *file,
                     char   **adviser,
                     GError **error)
{
  static const char * const known[] = { FORMAT_KEY, "exported", "from", "to", "adviser", "months" };
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_month_figures_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GList) members = NULL;
  g_autofree char *contents = NULL;
  JsonObject *root;
  JsonNode *node;
  JsonArray *array;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (adviser != NULL)
    *adviser = NULL;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  if (!json_parser_load_from_data (parser, contents, (gssize) length, &local_error))
    {
      refuse (error, local_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      refuse (error, _("it holds no figures."));
      return NULL;
    }
  root = json_node_get_object (node);

  node = json_object_get_member (root, FORMAT_KEY);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      refuse (error, _("it does not say it holds figures."));
      return NULL;
    }
  if (json_node_get_int (node) != FORMAT_VERSION)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The figure file is of version %d, which this version of Brobygger cannot read."),
                   (int) CLAMP (json_node_get_int (node), G_MININT, G_MAXINT));
      return NULL;
    }

  members = json_object_get_members (root);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        g_autofree char *reason = g_strdup_printf (_("“%s” is not part of a figure file."), (const char *) l->data);

        refuse (error, reason);
        return NULL;
      }

  for (guint i = 1; i < G_N_ELEMENTS (known) - 1; i++)
    {
      const char *key = known[i];

      node = json_object_get_member (root, key);
      if (node == NULL)
        continue;
      if (json_node_get_value_type (node) != G_TYPE_STRING ||
          (g_str_equal (key, "exported") && !is_date (json_node_get_string (node))) ||
          ((g_str_equal (key, "from") || g_str_equal (key, "to")) && !is_month (json_node_get_string (node))) ||
          (g_str_equal (key, "adviser") && strlen (json_node_get_string (node)) > 200))
        {
          g_autofree char *reason = g_strdup_printf (_("“%s” is not written as it should be."), key);

          refuse (error, reason);
          return NULL;
        }
    }

  node = json_object_get_member (root, "months");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      refuse (error, _("it holds no months."));
      return NULL;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      BbMonthFigures *figures = read_month (json_array_get_element (array, i), error);

      if (figures == NULL)
        return NULL;
      g_ptr_array_add (months, figures);
      if (i > 0 && strcmp (((BbMonthFigures *) g_ptr_array_index (months, i - 1))->month, figures->month) >= 0)
        {
          refuse (error, _("its months are not in order."));
          return NULL;
        }
    }

  if (adviser != NULL)
    *adviser = g_strdup (json_object_get_string_member_with_default (root, "adviser", NULL));

  return g_steal_pointer (&months);
}
