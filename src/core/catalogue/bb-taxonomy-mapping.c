/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The terms of other taxonomies that an import's offers use, and which target group
 * or step of the catalogue each stands for. */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-step.h"
#include "bb-target-group.h"
#include "bb-taxonomy-mapping.h"

struct _BbForeignTerm
{
  GObject   parent_instance;

  char     *taxonomy;
  char     *code;
  char     *name;
  GObject  *target;
  gboolean  remembered;
  guint     n_offers;
};

G_DEFINE_FINAL_TYPE (BbForeignTerm, bb_foreign_term, G_TYPE_OBJECT)

enum {
  TERM_PROP_0,
  TERM_PROP_TAXONOMY,
  TERM_PROP_CODE,
  TERM_PROP_NAME,
  TERM_PROP_TARGET,
  TERM_PROP_REMEMBERED,
  TERM_PROP_N_OFFERS,
  N_TERM_PROPS
};

static GParamSpec *term_properties[N_TERM_PROPS];

struct _BbTaxonomyMapping
{
  GObject     parent_instance;

  char       *source;
  GListStore *terms;
  GHashTable *terms_by_key;
};

G_DEFINE_FINAL_TYPE (BbTaxonomyMapping, bb_taxonomy_mapping, G_TYPE_OBJECT)

/* ---- a term ------------------------------------------------------------ */

static void
bb_foreign_term_finalize (GObject *object)
{
  BbForeignTerm *self = (BbForeignTerm *)object;

  g_clear_pointer (&self->taxonomy, g_free);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->target);

  G_OBJECT_CLASS (bb_foreign_term_parent_class)->finalize (object);
}

static void
bb_foreign_term_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BbForeignTerm *self = BB_FOREIGN_TERM (object);

  switch (prop_id)
    {
    case TERM_PROP_TAXONOMY:
      g_value_set_string (value, self->taxonomy);
      break;

    case TERM_PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case TERM_PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case TERM_PROP_TARGET:
      g_value_set_object (value, self->target);
      break;

    case TERM_PROP_REMEMBERED:
      g_value_set_boolean (value, self->remembered);
      break;

    case TERM_PROP_N_OFFERS:
      g_value_set_uint (value, self->n_offers);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_foreign_term_class_init (BbForeignTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_foreign_term_finalize;
  object_class->get_property = bb_foreign_term_get_property;

  term_properties[TERM_PROP_TAXONOMY] =
    g_param_spec_string ("taxonomy", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  term_properties[TERM_PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  term_properties[TERM_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  term_properties[TERM_PROP_TARGET] =
    g_param_spec_object ("target", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  term_properties[TERM_PROP_REMEMBERED] =
    g_param_spec_boolean ("remembered", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  term_properties[TERM_PROP_N_OFFERS] =
    g_param_spec_uint ("n-offers", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_TERM_PROPS, term_properties);
}

static void
bb_foreign_term_init (BbForeignTerm *self)
{
}

const char *
bb_foreign_term_get_taxonomy (BbForeignTerm *self)
{
  g_return_val_if_fail (BB_IS_FOREIGN_TERM (self), NULL);

  return self->taxonomy;
}

const char *
bb_foreign_term_get_code (BbForeignTerm *self)
{
  g_return_val_if_fail (BB_IS_FOREIGN_TERM (self), NULL);

  return self->code;
}

const char *
bb_foreign_term_get_name (BbForeignTerm *self)
{
  g_return_val_if_fail (BB_IS_FOREIGN_TERM (self), NULL);

  return self->name;
}

const char *
bb_foreign_term_get_key (BbForeignTerm *self)
{
  g_return_val_if_fail (BB_IS_FOREIGN_TERM (self), NULL);

  return *self->code != '\0' ? self->code : self->name;
}

char *
bb_foreign_term_dup_label (BbForeignTerm *self)
{
  g_return_val_if_fail (BB_IS_FOREIGN_TERM (self), NULL);

  if (*self->code == '\0')
    return g_strdup (self->name);

  /* TRANSLATORS: a term of another taxonomy: its code, then its name ("YF-5000 Mental Health Services") */
  return g_strdup_printf (C_("foreign term", "%s %s"), self->code, self->name);
}

GObject *
bb_foreign_term_get_target (BbForeignTerm *self)
{
  g_return_val_if_fail (BB_IS_FOREIGN_TERM (self), NULL);

  return self->target;
}

gboolean
bb_foreign_term_get_remembered (BbForeignTerm *self)
{
  g_return_val_if_fail (BB_IS_FOREIGN_TERM (self), FALSE);

  return self->remembered;
}

guint
bb_foreign_term_get_n_offers (BbForeignTerm *self)
{
  g_return_val_if_fail (BB_IS_FOREIGN_TERM (self), 0);

  return self->n_offers;
}

/* ---- the mapping -------------------------------------------------------- */

static void
bb_taxonomy_mapping_finalize (GObject *object)
{
  BbTaxonomyMapping *self = (BbTaxonomyMapping *)object;

  g_clear_pointer (&self->source, g_free);
  g_clear_object (&self->terms);
  g_clear_pointer (&self->terms_by_key, g_hash_table_unref);

  G_OBJECT_CLASS (bb_taxonomy_mapping_parent_class)->finalize (object);
}

static void
bb_taxonomy_mapping_class_init (BbTaxonomyMappingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_taxonomy_mapping_finalize;
}

static void
bb_taxonomy_mapping_init (BbTaxonomyMapping *self)
{
  self->terms = g_list_store_new (BB_TYPE_FOREIGN_TERM);
  /* Borrowed from the store, which lives as long as the table. */
  self->terms_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

BbTaxonomyMapping *
bb_taxonomy_mapping_new (const char *source)
{
  BbTaxonomyMapping *self = g_object_new (BB_TYPE_TAXONOMY_MAPPING, NULL);

  self->source = g_strdup (source != NULL ? source : "");
  return self;
}

static gboolean
is_edition_char (gunichar c)
{
  return g_unichar_isdigit (c) || c == '-' || c == '_' || c == '.' || c == ' ';
}

char *
bb_taxonomy_source_for_file_name (const char *file_name)
{
  g_autofree char *first = NULL;
  g_autofree char *lower = NULL;
  const char *comma;
  char *dot;
  char *end;

  if (file_name == NULL)
    return g_strdup ("");

  /* Several files imported as one: the first names the source. */
  comma = strstr (file_name, ", ");
  first = comma != NULL ? g_strndup (file_name, comma - file_name) : g_strdup (file_name);
  dot = strrchr (first, '.');
  if (dot != NULL && dot != first)
    *dot = '\0';

  lower = g_utf8_strdown (first, -1);
  /* What changes between editions: a date, a number, "page-2" at the end. */
  end = lower + strlen (lower);
  for (;;)
    {
      char *previous = end;

      while (end > lower && is_edition_char (g_utf8_get_char (g_utf8_prev_char (end))))
        end = g_utf8_prev_char (end);
      if (end - lower >= 4 && g_str_has_prefix (end - 4, "page") && end - 4 > lower)
        end -= 4;
      if (end == previous)
        break;
    }

  /* A name that is all edition keeps it: "2026.json" is "2026". */
  if (end == lower)
    return g_steal_pointer (&lower);

  return g_strndup (lower, end - lower);
}

const char *
bb_taxonomy_mapping_get_source (BbTaxonomyMapping *self)
{
  g_return_val_if_fail (BB_IS_TAXONOMY_MAPPING (self), NULL);

  return self->source;
}

GListModel *
bb_taxonomy_mapping_get_terms (BbTaxonomyMapping *self)
{
  g_return_val_if_fail (BB_IS_TAXONOMY_MAPPING (self), NULL);

  return G_LIST_MODEL (self->terms);
}

GStrv
bb_taxonomy_mapping_dup_taxonomies (BbTaxonomyMapping *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *terms;

  g_return_val_if_fail (BB_IS_TAXONOMY_MAPPING (self), NULL);

  terms = G_LIST_MODEL (self->terms);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(BbForeignTerm) term = g_list_model_get_item (terms, i);

      if (g_hash_table_add (seen, term->taxonomy))
        g_strv_builder_add (builder, term->taxonomy);
    }

  return g_strv_builder_end (builder);
}

static char *
dup_key (const char *taxonomy,
         const char *code,
         const char *name)
{
  return g_strdup_printf ("%s\n%s", taxonomy != NULL ? taxonomy : "",
                          code != NULL && *code != '\0' ? code : (name != NULL ? name : ""));
}

BbForeignTerm *
bb_taxonomy_mapping_lookup (BbTaxonomyMapping *self,
                            const char        *taxonomy,
                            const char        *code,
                            const char        *name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (BB_IS_TAXONOMY_MAPPING (self), NULL);

  key = dup_key (taxonomy, code, name);
  return g_hash_table_lookup (self->terms_by_key, key);
}

BbForeignTerm *
bb_taxonomy_mapping_add (BbTaxonomyMapping *self,
                         const BbTerm      *term)
{
  g_autofree char *key = NULL;
  BbForeignTerm *item;

  g_return_val_if_fail (BB_IS_TAXONOMY_MAPPING (self), NULL);
  g_return_val_if_fail (term != NULL, NULL);

  key = dup_key (term->taxonomy, term->code, term->name);
  item = g_hash_table_lookup (self->terms_by_key, key);
  if (item == NULL)
    {
      item = g_object_new (BB_TYPE_FOREIGN_TERM, NULL);
      item->taxonomy = g_strdup (term->taxonomy != NULL ? term->taxonomy : "");
      item->code = g_strdup (term->code != NULL ? term->code : "");
      item->name = g_strdup (term->name != NULL ? term->name : "");
      g_list_store_append (self->terms, item);
      g_hash_table_insert (self->terms_by_key, g_steal_pointer (&key), item);
      g_object_unref (item);
    }

  item->n_offers++;
  g_object_notify_by_pspec (G_OBJECT (item), term_properties[TERM_PROP_N_OFFERS]);
  return item;
}

void
bb_taxonomy_mapping_set_target (BbTaxonomyMapping *self,
                                BbForeignTerm     *term,
                                GObject           *target,
                                gboolean           remembered)
{
  g_return_if_fail (BB_IS_TAXONOMY_MAPPING (self));
  g_return_if_fail (BB_IS_FOREIGN_TERM (term));
  g_return_if_fail (target == NULL || BB_IS_TARGET_GROUP (target) || BB_IS_STEP (target));

  if (g_set_object (&term->target, target))
    g_object_notify_by_pspec (G_OBJECT (term), term_properties[TERM_PROP_TARGET]);
  if (term->remembered != remembered)
    {
      term->remembered = remembered;
      g_object_notify_by_pspec (G_OBJECT (term), term_properties[TERM_PROP_REMEMBERED]);
    }
}
