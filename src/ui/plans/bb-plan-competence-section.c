/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-format.h"
#include "bb-plan-competence-section.h"
#include "bb-plan-form-dialog.h"
#include "bb-plan-sections-private.h"

struct _BbPlanCompetenceSection
{
  BbPlanSection  parent_instance;

  /* BbCompetenceEvent records, as the list shows them. */
  GPtrArray     *events;

  GtkListBox    *list_box;
};

G_DEFINE_FINAL_TYPE (BbPlanCompetenceSection, bb_plan_competence_section, BB_TYPE_PLAN_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_PLANS, NULL };

/* ---- the dialog --------------------------------------------------------- */

typedef struct
{
  BbPlanRepository  *plans;
  BbCompetenceEvent *event;
} Edit;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_object_unref (edit->plans);
  bb_competence_event_free (edit->event);
  g_free (edit);
}

static void
replace (char **field,
         char  *value)
{
  g_free (*field);
  *field = value;
}

static gboolean
save (BbPlanFormDialog  *dialog,
      gpointer           data,
      GError           **error)
{
  Edit *edit = data;
  g_autoptr(BbCompetenceEvent) edited = bb_competence_event_copy (edit->event);
  g_autofree char *date = NULL;

  replace (&edited->title, bb_plan_form_dialog_dup_text (dialog, "title"));
  if (edited->title == NULL)
    {
      bb_plan_form_dialog_show_error (dialog, "title", _("Title: write what the event was."));
      return FALSE;
    }
  if (!bb_plan_form_dialog_read_date (dialog, "date", TRUE, &date)
      || !bb_plan_form_dialog_read_count (dialog, "n_participants", &edited->n_participants)
      || !bb_plan_form_dialog_read_share (dialog, "share_rating_high", &edited->share_rating_high)
      || !bb_plan_form_dialog_read_share (dialog, "share_used_after", &edited->share_used_after))
    return FALSE;
  replace (&edited->date, g_steal_pointer (&date));
  replace (&edited->participants, bb_plan_form_dialog_dup_text (dialog, "participants"));
  replace (&edited->note, bb_plan_form_dialog_dup_text (dialog, "note"));

  return bb_plan_repository_save_competence_event (edit->plans, edited, error);
}

static void
present_dialog (BbPlanCompetenceSection *self,
                const BbCompetenceEvent *event)
{
  BbPlanFormDialog *dialog = bb_plan_form_dialog_new (event != NULL ? _("Edit Competence Development")
                                                                    : _("New Competence Development"),
                                                      "/io/github/brobygger/Brobygger/plans/bb-plan-competence-dialog.ui");
  Edit *edit = g_new0 (Edit, 1);
  g_autofree char *count = NULL;
  g_autofree char *rating = NULL;
  g_autofree char *used = NULL;

  edit->plans = g_object_ref (bb_plan_section_get_plans (BB_PLAN_SECTION (self)));
  if (event != NULL)
    edit->event = bb_competence_event_copy (event);
  else
    {
      edit->event = bb_competence_event_new ();
      edit->event->plan_id = bb_plan_section_get_plan_id (BB_PLAN_SECTION (self));
      edit->event->date = bb_page_dup_today (bb_plan_section_get_context (BB_PLAN_SECTION (self)));
      edit->event->n_participants = -1;
      edit->event->share_rating_high = NAN;
      edit->event->share_used_after = NAN;
    }
  event = edit->event;

  if (event->n_participants >= 0)
    count = g_strdup_printf ("%d", event->n_participants);
  rating = bb_plan_format_share (event->share_rating_high);
  used = bb_plan_format_share (event->share_used_after);
  bb_plan_form_dialog_set_text (dialog, "title", event->title);
  bb_plan_form_dialog_set_text (dialog, "date", event->date);
  bb_plan_form_dialog_set_text (dialog, "n_participants", count);
  bb_plan_form_dialog_set_text (dialog, "participants", event->participants);
  bb_plan_form_dialog_set_text (dialog, "share_rating_high", rating);
  bb_plan_form_dialog_set_text (dialog, "share_used_after", used);
  bb_plan_form_dialog_set_text (dialog, "note", event->note);
  bb_plan_form_dialog_set_save_func (dialog, save, edit, edit_free);
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

/* ---- the list ----------------------------------------------------------- */

static GtkWidget *
create_row (const BbCompetenceEvent *event)
{
  g_autofree char *date = bb_format_date (event->date);
  g_autofree char *count = NULL;
  g_autofree char *rating = NULL;
  g_autofree char *used = NULL;
  g_autofree char *subtitle = NULL;
  /* Translators: the accessible name of a competence development event's delete button. */
  g_autofree char *delete_name = g_strdup_printf (_("Delete competence development %s"), event->title);

  if (event->n_participants >= 0)
    count = g_strdup_printf (g_dngettext (NULL, "%d participant", "%d participants", event->n_participants),
                             event->n_participants);
  if (!isnan (event->share_rating_high))
    /* Translators: the share of participants rating an event 4 or 5 of 5, e.g. "85 % rated it 4–5". */
    rating = g_strdup_printf (_("%.0f %% rated it 4–5"), event->share_rating_high * 100);
  if (!isnan (event->share_used_after))
    /* Translators: the share of participants who used what they learnt, e.g. "60 % used it afterwards". */
    used = g_strdup_printf (_("%.0f %% used it afterwards"), event->share_used_after * 100);

  {
    const char *parts[] = { date, count, rating, used };

    subtitle = _bb_plan_sections_join (parts, G_N_ELEMENTS (parts));
  }
  return _bb_plan_sections_row_new (event->title, subtitle, "competence.delete", event->id, delete_name);
}

static void
bb_plan_competence_section_refresh (BbPlanSection *section)
{
  BbPlanCompetenceSection *self = BB_PLAN_COMPETENCE_SECTION (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  gint64 plan_id = bb_plan_section_get_plan_id (section);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "competence.add", plans != NULL && plan_id != 0);
  _bb_plan_sections_clear_list (self->list_box);
  g_ptr_array_set_size (self->events, 0);
  if (plans == NULL || plan_id == 0)
    return;

  events = bb_plan_repository_list_competence_events (plans, plan_id, &error);
  if (events == NULL)
    {
      bb_plan_section_show_error (section, error);
      return;
    }
  for (guint i = 0; i < events->len; i++)
    {
      g_ptr_array_add (self->events, bb_competence_event_copy (g_ptr_array_index (events, i)));
      gtk_list_box_append (self->list_box, create_row (g_ptr_array_index (events, i)));
    }
}

static void
on_row_activated (BbPlanCompetenceSection *self,
                  GtkListBoxRow           *row)
{
  guint index = gtk_list_box_row_get_index (row);

  /* The rows are the records, in order. */
  if (index < self->events->len)
    present_dialog (self, g_ptr_array_index (self->events, index));
}

static gboolean
restore_event (BbPlanRepository  *plans,
               gpointer           record,
               GError           **error)
{
  ((BbCompetenceEvent *) record)->id = 0;
  return bb_plan_repository_save_competence_event (plans, record, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbPlanCompetenceSection *self = BB_PLAN_COMPETENCE_SECTION (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(BbCompetenceEvent) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; deleted == NULL && i < self->events->len; i++)
    if (((BbCompetenceEvent *) g_ptr_array_index (self->events, i))->id == id)
      deleted = bb_competence_event_copy (g_ptr_array_index (self->events, i));
  if (deleted == NULL)
    return;
  if (!bb_plan_repository_delete_competence_event (bb_plan_section_get_plans (BB_PLAN_SECTION (self)), id, &error))
    {
      bb_plan_section_show_error (BB_PLAN_SECTION (self), error);
      return;
    }

  /* Translators: a toast; %s is the title of a competence development event. */
  message = g_markup_printf_escaped (_("Competence development »%s« deleted"), deleted->title);
  _bb_plan_sections_offer_undo (BB_PLAN_SECTION (self), message, g_steal_pointer (&deleted),
                                (GDestroyNotify) bb_competence_event_free, restore_event);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  bb_plan_competence_section_add_event (BB_PLAN_COMPETENCE_SECTION (widget));
}

/* ---- the object --------------------------------------------------------- */

static void
bb_plan_competence_section_dispose (GObject *object)
{
  BbPlanCompetenceSection *self = BB_PLAN_COMPETENCE_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_COMPETENCE_SECTION);
  g_clear_pointer (&self->events, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_plan_competence_section_parent_class)->dispose (object);
}

static void
bb_plan_competence_section_class_init (BbPlanCompetenceSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbPlanSectionClass *section_class = BB_PLAN_SECTION_CLASS (klass);

  object_class->dispose = bb_plan_competence_section_dispose;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_plan_competence_section_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-competence-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanCompetenceSection, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "competence.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "competence.delete", "x", delete_action);
}

static void
bb_plan_competence_section_init (BbPlanCompetenceSection *self)
{
  self->events = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_competence_event_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "competence.add", FALSE);
  _bb_plan_sections_add_shortcut (BB_PLAN_SECTION (self), "<Control><Shift>k", "competence.add");
}

void
bb_plan_competence_section_add_event (BbPlanCompetenceSection *self)
{
  g_return_if_fail (BB_IS_PLAN_COMPETENCE_SECTION (self));

  if (bb_plan_section_get_plans (BB_PLAN_SECTION (self)) == NULL || bb_plan_section_get_plan_id (BB_PLAN_SECTION (self)) == 0)
    return;
  present_dialog (self, NULL);
}
