/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "bb-course-new-dialog.h"
#include "bb-validate.h"

struct _BbCourseNewDialog
{
  AdwWindow     parent_instance;

  BbContext    *context;
  /* Ids behind the adviser entries; index 0 is "none yet". */
  GArray       *adviser_ids;

  AdwEntryRow  *name_row;
  AdwEntryRow  *date_row;
  AdwComboRow  *adviser_row;
  GtkLabel     *error_label;
};

G_DEFINE_FINAL_TYPE (BbCourseNewDialog, bb_course_new_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_error (BbCourseNewDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* YYYY-MM-DD, or the day first as Danes write it: 15.3.2026, 15-03-2026. */
static char *
parse_date (const char *text)
{
  int day, month, year;
  char end;

  text = text != NULL ? text : "";
  while (g_ascii_isspace (*text))
    text++;
  if (bb_validate_date (text))
    return g_strdup (text);
  if ((sscanf (text, "%d.%d.%d%c", &day, &month, &year, &end) == 3
       || sscanf (text, "%d-%d-%d%c", &day, &month, &year, &end) == 3
       || sscanf (text, "%d/%d/%d%c", &day, &month, &year, &end) == 3)
      && year >= 1900 && g_date_valid_dmy (day, month, year))
    return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
  return NULL;
}

static gboolean
create (BbCourseNewDialog  *self,
        const char         *first_contact,
        gint64             *course_id,
        GError            **error)
{
  BbDatabase *database = bb_context_get_database (self->context);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autoptr(BbYoungPerson) young_person = bb_young_person_new (name);
  g_autoptr(BbCourse) course = NULL;
  guint adviser = adw_combo_row_get_selected (self->adviser_row);

  if (!bb_database_begin (database, error))
    return FALSE;

  if (!bb_young_person_repository_save (bb_context_get_young_people (self->context), young_person, error))
    goto failed;

  course = bb_course_new (bb_young_person_get_id (young_person));
  bb_course_set_first_contact (course, first_contact);
  if (adviser != GTK_INVALID_LIST_POSITION && adviser < self->adviser_ids->len)
    bb_course_set_adviser_id (course, g_array_index (self->adviser_ids, gint64, adviser));
  if (!bb_course_repository_save (bb_context_get_courses (self->context), course, error)
      || !bb_database_commit (database, error))
    goto failed;

  *course_id = bb_course_get_id (course);
  return TRUE;

failed:
  bb_database_rollback (database);
  return FALSE;
}

static void
on_create (BbCourseNewDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first_contact = parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  gint64 id = 0;

  if (*name == '\0')
    {
      show_error (self, _("Write the young person’s name or a pseudonym."));
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return;
    }
  if (first_contact == NULL)
    {
      show_error (self, _("Write the first contact as a date, such as 2026-03-15 or 15.3.2026."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }

  if (!create (self, first_contact, &id, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
fill_advisers (BbCourseNewDialog *self)
{
  g_autoptr(GListModel) advisers = bb_adviser_repository_list (bb_context_get_advisers (self->context), FALSE, NULL);
  g_autoptr(BbAdviser) current = bb_adviser_repository_find_current (bb_context_get_advisers (self->context), NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;
  gint64 none = 0;

  g_array_set_size (self->adviser_ids, 0);
  g_array_append_val (self->adviser_ids, none);
  gtk_string_list_append (names, _("None yet"));

  for (guint i = 0; advisers != NULL && i < g_list_model_get_n_items (advisers); i++)
    {
      g_autoptr(BbAdviser) adviser = g_list_model_get_item (advisers, i);
      gint64 id = bb_adviser_get_id (adviser);

      g_array_append_val (self->adviser_ids, id);
      gtk_string_list_append (names, bb_adviser_get_name (adviser));
      if (current != NULL && id == bb_adviser_get_id (current))
        selected = i + 1;
    }

  adw_combo_row_set_model (self->adviser_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->adviser_row, selected);
}

static void
bb_course_new_dialog_constructed (GObject *object)
{
  BbCourseNewDialog *self = BB_COURSE_NEW_DIALOG (object);
  g_autofree char *today_text = NULL;
  GDate today;

  G_OBJECT_CLASS (bb_course_new_dialog_parent_class)->constructed (object);

  g_date_clear (&today, 1);
  bb_clock_get_today (bb_context_get_clock (self->context), &today);
  today_text = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&today), g_date_get_month (&today),
                                g_date_get_day (&today));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today_text);
  fill_advisers (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
bb_course_new_dialog_dispose (GObject *object)
{
  BbCourseNewDialog *self = BB_COURSE_NEW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_COURSE_NEW_DIALOG);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_course_new_dialog_parent_class)->dispose (object);
}

static void
bb_course_new_dialog_finalize (GObject *object)
{
  BbCourseNewDialog *self = BB_COURSE_NEW_DIALOG (object);

  g_clear_pointer (&self->adviser_ids, g_array_unref);

  G_OBJECT_CLASS (bb_course_new_dialog_parent_class)->finalize (object);
}

static void
bb_course_new_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BbCourseNewDialog *self = BB_COURSE_NEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_new_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BbCourseNewDialog *self = BB_COURSE_NEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_new_dialog_class_init (BbCourseNewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bb_course_new_dialog_constructed;
  object_class->dispose = bb_course_new_dialog_dispose;
  object_class->finalize = bb_course_new_dialog_finalize;
  object_class->get_property = bb_course_new_dialog_get_property;
  object_class->set_property = bb_course_new_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         BB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BbCourseNewDialog::created:
   * @id: the new course's id
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-new-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCourseNewDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseNewDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseNewDialog, adviser_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseNewDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_create);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_course_new_dialog_init (BbCourseNewDialog *self)
{
  self->adviser_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbCourseNewDialog *
bb_course_new_dialog_new (BbContext *context)
{
  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);

  return g_object_new (BB_TYPE_COURSE_NEW_DIALOG, "context", context, NULL);
}
