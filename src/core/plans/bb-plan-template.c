/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Plan templates: one version of an intervention model per JSON file in
 * data/plan-templates/, both languages in the file (read in
 * bb-plan-template-reader.c); finding versions and what changed between them. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-plan-enums.h"
#include "bb-plan-template-private.h"
#include "bb-text.h"

G_DEFINE_FINAL_TYPE (BbPlanTemplate, bb_plan_template, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_MODEL,
  PROP_VERSION,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- records ------------------------------------------------------------- */

void
_bb_template_text_clear (BbTemplateText *text)
{
  g_clear_pointer (&text->da, g_free);
  g_clear_pointer (&text->en, g_free);
}

void
_bb_template_item_free (BbTemplateItem *item)
{
  g_free (item->key);
  _bb_template_text_clear (&item->title);
  _bb_template_text_clear (&item->description);
  _bb_template_text_clear (&item->questions);
  g_strfreev (item->replaces);
  g_free (item->element);
  g_free (item->focus_area);
  g_free (item);
}

void
bb_template_change_free (BbTemplateChange *change)
{
  if (change == NULL)
    return;

  g_strfreev (change->old_keys);
  g_free (change->new_key);
  g_free (change->description);
  g_free (change);
}

const char *
bb_template_text_get (const BbTemplateText *text)
{
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *name = languages[i];

      /* "da", "da_DK", "da_DK.UTF-8", "da.UTF-8"; a language we do not speak is
       * passed over for the next the user named. */
      if (g_str_has_prefix (name, "da") && (name[2] == '\0' || name[2] == '_' || name[2] == '.'))
        return text->da;
      if (g_str_has_prefix (name, "en") && (name[2] == '\0' || name[2] == '_' || name[2] == '.'))
        return text->en;
    }

  return text->en;
}

gboolean
_bb_plan_template_fail (const char  *file,
                        GError     **error,
                        const char  *format,
                        ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_TEMPLATE,
               _("The plan template “%s” cannot be read: %s"), file, detail);
  return FALSE;
}

const BbTemplateItem *
_bb_template_find_item (GPtrArray  *items,
                        const char *key)
{
  for (guint i = 0; key != NULL && i < items->len; i++)
    {
      const BbTemplateItem *item = g_ptr_array_index (items, i);

      if (g_str_equal (item->key, key))
        return item;
    }

  return NULL;
}

/* ---- the object ---------------------------------------------------------- */

static void
bb_plan_template_finalize (GObject *object)
{
  BbPlanTemplate *self = BB_PLAN_TEMPLATE (object);

  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->model, g_free);
  g_clear_pointer (&self->version, g_free);
  _bb_template_text_clear (&self->title);
  _bb_template_text_clear (&self->description);
  _bb_template_text_clear (&self->source);
  g_clear_pointer (&self->elements, g_ptr_array_unref);
  g_clear_pointer (&self->challenges, g_ptr_array_unref);
  g_clear_pointer (&self->focus_areas, g_ptr_array_unref);
  g_clear_pointer (&self->activities, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_plan_template_parent_class)->finalize (object);
}

static void
bb_plan_template_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BbPlanTemplate *self = BB_PLAN_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_string (value, self->model);
      break;

    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title.en != NULL ? bb_template_text_get (&self->title) : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_plan_template_class_init (BbPlanTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_plan_template_finalize;
  object_class->get_property = bb_plan_template_get_property;

  properties[PROP_MODEL] =
    g_param_spec_string ("model", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_plan_template_init (BbPlanTemplate *self)
{
  self->elements = g_ptr_array_new_with_free_func ((GDestroyNotify) _bb_template_item_free);
  self->challenges = g_ptr_array_new_with_free_func ((GDestroyNotify) _bb_template_item_free);
  self->focus_areas = g_ptr_array_new_with_free_func ((GDestroyNotify) _bb_template_item_free);
  self->activities = g_ptr_array_new_with_free_func ((GDestroyNotify) _bb_template_item_free);
}

/* ---- public API ---------------------------------------------------------- */

BbPlanTemplate *
bb_plan_template_load_file (GFile   *file,
                            GError **error)
{
  g_autoptr (BbPlanTemplate) self = g_object_new (BB_TYPE_PLAN_TEMPLATE, NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  self->file = g_file_get_parse_name (file);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      _bb_plan_template_fail (self->file, error, "%s", local_error->message);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, contents, (gssize) length, &local_error))
    {
      _bb_plan_template_fail (self->file, error, _("it is not JSON (%s)"), local_error->message);
      return NULL;
    }

  if (!_bb_plan_template_read (self, json_parser_get_root (parser), error))
    return NULL;

  return g_steal_pointer (&self);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char **) a, *(char **) b);
}

static int
compare_templates (gconstpointer a,
                   gconstpointer b)
{
  BbPlanTemplate *x = *(BbPlanTemplate **) a;
  BbPlanTemplate *y = *(BbPlanTemplate **) b;
  int by_model = strcmp (x->model, y->model);

  return by_model != 0 ? by_model : strcmp (x->version, y->version);
}

/* Two files for one version would make "the template a plan came from" ambiguous;
 * a replaced key that the previous version lacks would make its diff a lie. */
static gboolean
check_versions (GPtrArray  *templates,
                GError    **error)
{
  for (guint i = 1; i < templates->len; i++)
    {
      BbPlanTemplate *previous = g_ptr_array_index (templates, i - 1);
      BbPlanTemplate *self = g_ptr_array_index (templates, i);

      if (!g_str_equal (previous->model, self->model))
        continue;

      if (g_str_equal (previous->version, self->version))
        return _bb_plan_template_fail (self->file, error, _("“%s” holds version %s of “%s” too"),
                                       previous->file, self->version, self->model);

      for (guint j = 0; j < self->elements->len; j++)
        {
          const BbTemplateItem *item = g_ptr_array_index (self->elements, j);

          for (guint k = 0; item->replaces[k] != NULL; k++)
            if (_bb_template_find_item (previous->elements, item->replaces[k]) == NULL)
              return _bb_plan_template_fail (self->file, error,
                                             _("“elements/%s” replaces “%s”, which version %s does not have"),
                                             item->key, item->replaces[k], previous->version);
        }
    }

  return TRUE;
}

GPtrArray *
bb_plan_template_load_all (const char  *directory,
                           GError     **error)
{
  g_autoptr (GPtrArray) templates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GFileEnumerator) children = NULL;
  const char *from_environment = g_getenv ("BROBYGGER_TEMPLATE_DIR");

  if (directory == NULL)
    directory = !bb_text_is_blank (from_environment) ? from_environment : PKGDATADIR "/plan-templates";

  folder = g_file_new_for_path (directory);
  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (children == NULL)
    return NULL;

  for (;;)
    {
      GFileInfo *info = NULL;

      if (!g_file_enumerator_iterate (children, &info, NULL, NULL, error))
        return NULL;
      if (info == NULL)
        break;
      if (g_str_has_suffix (g_file_info_get_name (info), ".json"))
        g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
    }

  /* In name order, so that the same broken folder always names the same file. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr (GFile) file = g_file_get_child (folder, g_ptr_array_index (names, i));
      BbPlanTemplate *template = bb_plan_template_load_file (file, error);

      if (template == NULL)
        return NULL;
      g_ptr_array_add (templates, template);
    }

  g_ptr_array_sort (templates, compare_templates);
  if (!check_versions (templates, error))
    return NULL;

  return g_steal_pointer (&templates);
}

const char *
bb_plan_template_get_model (BbPlanTemplate *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (self), NULL);

  return self->model;
}

const char *
bb_plan_template_get_version (BbPlanTemplate *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (self), NULL);

  return self->version;
}

const BbTemplateText *
bb_plan_template_get_title (BbPlanTemplate *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (self), NULL);

  return &self->title;
}

const BbTemplateText *
bb_plan_template_get_description (BbPlanTemplate *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (self), NULL);

  return &self->description;
}

const BbTemplateText *
bb_plan_template_get_source (BbPlanTemplate *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (self), NULL);

  return &self->source;
}

GPtrArray *
bb_plan_template_get_elements (BbPlanTemplate *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (self), NULL);

  return self->elements;
}

GPtrArray *
bb_plan_template_get_challenges (BbPlanTemplate *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (self), NULL);

  return self->challenges;
}

GPtrArray *
bb_plan_template_get_focus_areas (BbPlanTemplate *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (self), NULL);

  return self->focus_areas;
}

GPtrArray *
bb_plan_template_get_activities (BbPlanTemplate *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (self), NULL);

  return self->activities;
}

const BbTemplateItem *
bb_plan_template_find_element (BbPlanTemplate *self,
                               const char     *key)
{
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (self), NULL);

  return _bb_template_find_item (self->elements, key);
}

BbPlanTemplate *
bb_plan_template_find (GPtrArray  *templates,
                       const char *model,
                       const char *version)
{
  for (guint i = 0; templates != NULL && i < templates->len; i++)
    {
      BbPlanTemplate *template = g_ptr_array_index (templates, i);

      if (g_strcmp0 (template->model, model) == 0 && g_strcmp0 (template->version, version) == 0)
        return template;
    }

  return NULL;
}

BbPlanTemplate *
bb_plan_template_find_newer (GPtrArray  *templates,
                             const char *model,
                             const char *version)
{
  BbPlanTemplate *newest = NULL;

  for (guint i = 0; templates != NULL && version != NULL && i < templates->len; i++)
    {
      BbPlanTemplate *template = g_ptr_array_index (templates, i);

      if (g_strcmp0 (template->model, model) == 0 && strcmp (template->version, version) > 0 &&
          (newest == NULL || strcmp (template->version, newest->version) > 0))
        newest = template;
    }

  return newest;
}

/* "“A”, “B” and “C”" in the UI language. */
static char *
quoted_list (GPtrArray *titles)
{
  g_autoptr (GString) list = g_string_new (NULL);

  for (guint i = 0; i < titles->len; i++)
    {
      if (i > 0)
        g_string_append (list, i + 1 < titles->len ? ", " : _(" and "));
      /* TRANSLATORS: a title quoted in a sentence */
      g_string_append_printf (list, _("“%s”"), (const char *) g_ptr_array_index (titles, i));
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

static BbTemplateChange *
change_new (BbTemplateChangeKind  kind,
            GPtrArray            *old_keys,
            const char           *new_key,
            char                 *description)
{
  BbTemplateChange *change = g_new0 (BbTemplateChange, 1);
  g_autoptr (GStrvBuilder) keys = g_strv_builder_new ();

  for (guint i = 0; old_keys != NULL && i < old_keys->len; i++)
    g_strv_builder_add (keys, g_ptr_array_index (old_keys, i));

  change->kind = kind;
  change->old_keys = g_strv_builder_end (keys);
  change->new_key = g_strdup (new_key);
  change->description = description;
  return change;
}

GPtrArray *
bb_plan_template_diff (BbPlanTemplate *older,
                       BbPlanTemplate *newer)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_template_change_free);
  g_autoptr (GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (older), changes);
  g_return_val_if_fail (BB_IS_PLAN_TEMPLATE (newer), changes);

  for (guint i = 0; i < newer->elements->len; i++)
    {
      const BbTemplateItem *item = g_ptr_array_index (newer->elements, i);
      const char *title = bb_template_text_get (&item->title);
      g_autoptr (GPtrArray) old_keys = g_ptr_array_new ();
      g_autoptr (GPtrArray) old_titles = g_ptr_array_new ();
      g_autofree char *list = NULL;
      const BbTemplateItem *same_key;

      for (guint k = 0; item->replaces[k] != NULL; k++)
        {
          const BbTemplateItem *old = _bb_template_find_item (older->elements, item->replaces[k]);

          /* Keys of a version between the two are not older's to report. */
          if (old == NULL)
            continue;
          g_ptr_array_add (old_keys, old->key);
          g_ptr_array_add (old_titles, (gpointer) bb_template_text_get (&old->title));
          g_hash_table_add (taken, old->key);
        }

      /* An element that kept its key but forgot to say so has not become new. */
      same_key = _bb_template_find_item (older->elements, item->key);
      if (old_keys->len == 0 && item->replaces[0] == NULL && same_key != NULL)
        {
          const BbTemplateItem *old = same_key;

          g_ptr_array_add (old_keys, old->key);
          g_ptr_array_add (old_titles, (gpointer) bb_template_text_get (&old->title));
          g_hash_table_add (taken, old->key);
        }

      if (old_keys->len == 0)
        {
          g_ptr_array_add (changes, change_new (BB_TEMPLATE_CHANGE_ADDED, NULL, item->key,
                                                g_strdup_printf (_("“%s” is a new core element"), title)));
          continue;
        }

      if (old_keys->len == 1)
        {
          const BbTemplateItem *old = _bb_template_find_item (older->elements, g_ptr_array_index (old_keys, 0));

          if (g_str_equal (old->key, item->key) && g_str_equal (old->title.da, item->title.da) &&
              g_str_equal (old->title.en, item->title.en))
            continue;

          g_ptr_array_add (changes, change_new (BB_TEMPLATE_CHANGE_RENAMED, old_keys, item->key,
                                                g_strdup_printf (_("“%s” is now called “%s”"),
                                                                 (const char *) g_ptr_array_index (old_titles, 0),
                                                                 title)));
          continue;
        }

      list = quoted_list (old_titles);
      /* TRANSLATORS: the first %s is a list of quoted titles: “A” and “B” */
      g_ptr_array_add (changes, change_new (BB_TEMPLATE_CHANGE_MERGED, old_keys, item->key,
                                            g_strdup_printf (_("%s are merged into “%s”"), list, title)));
    }

  for (guint i = 0; i < older->elements->len; i++)
    {
      const BbTemplateItem *old = g_ptr_array_index (older->elements, i);
      g_autoptr (GPtrArray) old_keys = NULL;

      if (g_hash_table_contains (taken, old->key))
        continue;

      old_keys = g_ptr_array_new ();
      g_ptr_array_add (old_keys, old->key);
      g_ptr_array_add (changes, change_new (BB_TEMPLATE_CHANGE_REMOVED, old_keys, NULL,
                                            g_strdup_printf (_("“%s” is no longer a core element"),
                                                             bb_template_text_get (&old->title))));
    }

  return changes;
}
