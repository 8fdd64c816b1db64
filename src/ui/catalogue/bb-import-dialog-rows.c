/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the import preview shows of each record (the template's row closures) and of
 * each name the catalogue lacks (a row with the entries it can be mapped to). */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-format.h"
#include "bb-import-dialog-private.h"

/* Long enough for a title or a sentence; a description is shown by its beginning. */
#define VALUE_CHARS 80

/* ---- records ---------------------------------------------------------- */

/* The rows read their record when it is bound: they watch none of its properties,
 * because the import's worker changes them while it prepares and commits. The dialog
 * binds the rows again when the user changes what the import does. */
/* A screen reader names the row the user moves to, the list's item around the
 * template's box, so the title also names that row; a builder factory has no bind
 * callback, and the binding runs again whenever the item or that row changes. */
static char *
record_title (gpointer        unused,
              BbImportRecord *record,
              GtkWidget      *row)
{
  BbOffer *offer;
  char *title;

  if (record == NULL)
    return NULL;

  offer = bb_import_record_get_offer (record);
  if (offer == NULL)
    title = g_strdup (bb_import_record_get_reason (record));
  else
    title = g_strdup (bb_offer_get_title (offer));

  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  return title;
}

static gboolean
record_has_offer (gpointer        unused,
                  BbImportRecord *record)
{
  return record != NULL && bb_import_record_get_offer (record) != NULL;
}

/* The row reaches the dialog, which knows how the file numbers its records, as the
 * root of its label. */
static char *
record_subtitle (gpointer        unused,
                 BbImportRecord *record,
                 GtkRoot        *root)
{
  g_autofree char *position = NULL;
  BbOffer *offer;

  if (record == NULL || !BB_IS_IMPORT_DIALOG (root))
    return NULL;

  position = bb_import_record_dup_position (record);
  offer = bb_import_record_get_merged (record);
  if (offer == NULL)
    offer = bb_import_record_get_offer (record);
  if (offer == NULL)
    return g_steal_pointer (&position);

  /* TRANSLATORS: a record of an imported file: where it is in the file ("Line 3"),
   * then the name of the offer's provider */
  return g_strdup_printf (_("%s · %s"),
                          position,
                          bb_provider_get_name (bb_offer_get_provider (offer)));
}

static char *
record_action_label (gpointer        unused,
                     BbImportRecord *record)
{
  if (record == NULL)
    return NULL;

  switch (bb_import_record_get_action (record))
    {
    case BB_IMPORT_ACTION_NEW:
      return g_strdup (C_("import record", "New"));

    case BB_IMPORT_ACTION_UPDATE:
      return g_strdup (C_("import record", "Updated"));

    case BB_IMPORT_ACTION_CONFLICT:
      return g_strdup (C_("import record", "Conflict"));

    case BB_IMPORT_ACTION_UNCHANGED:
      return g_strdup (C_("import record", "Unchanged"));

    case BB_IMPORT_ACTION_REJECT:
      return g_strdup (C_("import record", "Rejected"));

    default:
      g_return_val_if_reached (NULL);
    }
}

static char **
record_action_css_classes (gpointer        unused,
                           BbImportRecord *record)
{
  const char *colour;

  switch (record != NULL ? bb_import_record_get_action (record) : BB_IMPORT_ACTION_UNCHANGED)
    {
    case BB_IMPORT_ACTION_NEW:
      colour = "success";
      break;

    case BB_IMPORT_ACTION_UPDATE:
      colour = "accent";
      break;

    case BB_IMPORT_ACTION_CONFLICT:
      colour = "warning";
      break;

    case BB_IMPORT_ACTION_REJECT:
      colour = "error";
      break;

    case BB_IMPORT_ACTION_UNCHANGED:
    default:
      colour = "dim-label";
      break;
    }

  return g_strdupv ((char *[]) { (char *) "caption-heading", (char *) colour, NULL });
}

static gboolean
record_is_duplicate (gpointer        unused,
                     BbImportRecord *record)
{
  return record != NULL && bb_import_record_get_duplicate (record);
}

static char *
duplicate_label (gpointer unused)
{
  return g_strdup (_("Possible duplicate"));
}

static gboolean
record_has_changes (gpointer        unused,
                    BbImportRecord *record)
{
  GPtrArray *changes = record != NULL ? bb_import_record_get_changes (record) : NULL;

  /* A new offer has no fields to change, but it may change a known provider. */
  return changes != NULL && changes->len > 0;
}

/* One line: a value is shown by its beginning, its line breaks as spaces. */
static char *
dup_value (BbOfferChange *change,
           const char    *value)
{
  g_autofree char *date = NULL;
  g_autofree char *flat = NULL;

  if (value == NULL)
    return g_strdup (_("(empty)"));

  if (g_strcmp0 (bb_offer_change_get_field (change), "reviewed") == 0
      && (date = bb_format_date (value)) != NULL)
    return g_steal_pointer (&date);

  flat = g_strdelimit (g_strdup (value), "\r\n\t", ' ');
  if (g_utf8_strlen (flat, -1) <= VALUE_CHARS)
    return g_steal_pointer (&flat);

  *g_utf8_offset_to_pointer (flat, VALUE_CHARS - 1) = '\0';
  return g_strconcat (flat, "…", NULL);
}

/* "Description: old → new", one line a field; the fields also edited here say so. */
static char *
record_changes (gpointer        unused,
                BbImportRecord *record)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *changes;

  if (!record_has_changes (NULL, record))
    return NULL;

  changes = bb_import_record_get_changes (record);
  for (guint i = 0; i < changes->len; i++)
    {
      BbOfferChange *change = g_ptr_array_index (changes, i);
      g_autofree char *old_value = dup_value (change, bb_offer_change_get_old_value (change));
      g_autofree char *new_value = dup_value (change, bb_offer_change_get_new_value (change));
      g_autofree char *line = NULL;

      /* Translators: a change in an offer's history: field: old value → new value */
      line = g_strdup_printf (_("%s: %s → %s"), bb_import_change_get_label (change), old_value, new_value);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (bb_import_record_change_is_local (record, change))
        /* TRANSLATORS: a change the file makes to a field that was edited here too */
        g_string_append_printf (text, _("%s (edited here)"), line);
      else
        g_string_append (text, line);
    }

  if (bb_import_record_get_action (record) == BB_IMPORT_ACTION_CONFLICT)
    {
      g_autofree char *when = bb_format_date_time (bb_import_record_get_local_edited_at (record));

      if (when != NULL)
        {
          g_string_append_c (text, '\n');
          /* TRANSLATORS: %s is a date and time, "15 March 2026, 11:00" */
          g_string_append_printf (text, _("Last edited here: %s"), when);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GPtrArray *
get_warnings (BbImportRecord *record)
{
  BbOffer *offer = record != NULL ? bb_import_record_get_offer (record) : NULL;

  return offer != NULL ? bb_offer_get_details (offer)->warnings : NULL;
}

static gboolean
record_has_warnings (gpointer        unused,
                     BbImportRecord *record)
{
  GPtrArray *warnings = get_warnings (record);

  return warnings != NULL && warnings->len > 0;
}

/* What the reader kept as written but would have the user know ("The phone number
 * “555-0134” is kept as written"), a line each. */
static char *
record_warnings (gpointer        unused,
                 BbImportRecord *record)
{
  GPtrArray *warnings = get_warnings (record);
  GString *text = g_string_new (NULL);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (warnings, i));

  return g_string_free (text, FALSE);
}

static gboolean
record_is_conflict (gpointer        unused,
                    BbImportRecord *record)
{
  return record != NULL && bb_import_record_get_action (record) == BB_IMPORT_ACTION_CONFLICT;
}

static gboolean
record_takes_file (gpointer        unused,
                   BbImportRecord *record)
{
  return record != NULL && bb_import_record_get_take_file (record);
}

static char *
take_file_label (gpointer unused)
{
  return g_strdup (_("Use the file’s version"));
}

/* The builder of the row passes its list item to the handlers of its signals. */
static void
on_take_file_toggled (GtkCheckButton *button,
                      GtkListItem    *list_item)
{
  BbImportRecord *record = gtk_list_item_get_item (list_item);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));

  if (record == NULL || bb_import_record_get_take_file (record) == gtk_check_button_get_active (button))
    return;

  bb_import_record_set_take_file (record, gtk_check_button_get_active (button));
  if (BB_IS_IMPORT_DIALOG (root))
    _bb_import_dialog_update (BB_IMPORT_DIALOG (root), FALSE);
}

/* ---- new names -------------------------------------------------------- */

static const char *
entry_label (BbImportNameKind  kind,
             gpointer          entry,
             char            **owned)
{
  switch (kind)
    {
    case BB_IMPORT_NAME_PROVIDER:
      return bb_provider_get_name (entry);

    case BB_IMPORT_NAME_TARGET_GROUP:
      return bb_target_group_get_name (entry);

    case BB_IMPORT_NAME_STEP:
    default:
      return *owned = bb_format_step (bb_step_get_level (entry), bb_step_get_name (entry));
    }
}

static void
on_name_row_selected (AdwComboRow    *row,
                      GParamSpec     *pspec,
                      BbImportDialog *self)
{
  BbImportName *name = g_object_get_data (G_OBJECT (row), "import-name");
  GListModel *entries = bb_import_get_catalogue_entries (self->import, bb_import_name_get_kind (name));
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GObject) target = NULL;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    target = g_list_model_get_item (entries, selected - 1);

  bb_import_map_name (self->import, name, target);
  _bb_import_dialog_update (self, TRUE);
}

/* A row per name: "Create new", or one of the catalogue's entries of that kind. */
static GtkWidget *
create_name_row (gpointer item,
                 gpointer user_data)
{
  BbImportDialog *self = user_data;
  BbImportName *name = item;
  BbImportNameKind kind = bb_import_name_get_kind (name);
  GListModel *entries = bb_import_get_catalogue_entries (self->import, kind);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autofree char *title = g_markup_escape_text (bb_import_name_get_name (name), -1);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  switch (kind)
    {
    case BB_IMPORT_NAME_PROVIDER:
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("New provider"));
      gtk_string_list_append (choices, C_("new provider", "Create new"));
      break;

    case BB_IMPORT_NAME_TARGET_GROUP:
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("New target group"));
      gtk_string_list_append (choices, C_("new target group", "Create new"));
      break;

    case BB_IMPORT_NAME_STEP:
    default:
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("New step"));
      gtk_string_list_append (choices, C_("new step", "Create new"));
      break;
    }

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (entries, i);
      g_autofree char *owned = NULL;

      gtk_string_list_append (choices, entry_label (kind, entry, &owned));
      if (entry == bb_import_name_get_target (name))
        selected = i + 1;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data_full (G_OBJECT (row), "import-name", g_object_ref (name), g_object_unref);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_name_row_selected), self, 0);
  return row;
}

void
_bb_import_dialog_show_names (BbImportDialog *self)
{
  GListModel *names = bb_import_get_new_names (self->import);
  guint n_names = g_list_model_get_n_items (names);
  g_autofree char *label = NULL;

  label = g_strdup_printf (ngettext ("%u name is new to the catalogue",
                                     "%u names are new to the catalogue",
                                     n_names),
                           n_names);
  gtk_expander_set_label (self->names_expander, label);
  gtk_list_box_bind_model (self->names_list, names, create_name_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->names_expander), n_names > 0);
}

void
_bb_import_dialog_class_rows_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, record_title);
  gtk_widget_class_bind_template_callback (widget_class, record_has_offer);
  gtk_widget_class_bind_template_callback (widget_class, record_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, record_action_label);
  gtk_widget_class_bind_template_callback (widget_class, record_action_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, record_is_duplicate);
  gtk_widget_class_bind_template_callback (widget_class, duplicate_label);
  gtk_widget_class_bind_template_callback (widget_class, record_has_changes);
  gtk_widget_class_bind_template_callback (widget_class, record_changes);
  gtk_widget_class_bind_template_callback (widget_class, record_has_warnings);
  gtk_widget_class_bind_template_callback (widget_class, record_warnings);
  gtk_widget_class_bind_template_callback (widget_class, record_is_conflict);
  gtk_widget_class_bind_template_callback (widget_class, record_takes_file);
  gtk_widget_class_bind_template_callback (widget_class, take_file_label);
  gtk_widget_class_bind_template_callback (widget_class, on_take_file_toggled);
}
