/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-format.h"
#include "bb-plan-form-dialog.h"
#include "bb-plan-partners-section.h"
#include "bb-plan-sections-private.h"

struct _BbPlanPartnersSection
{
  BbPlanSection  parent_instance;

  /* BbPlanPartner records, as the list shows them. */
  GPtrArray     *partners;

  GtkListBox    *list_box;
};

G_DEFINE_FINAL_TYPE (BbPlanPartnersSection, bb_plan_partners_section, BB_TYPE_PLAN_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_PLANS, NULL };

#define TEXT_FIELD(name) { #name, G_STRUCT_OFFSET (BbPlanPartner, name) }
static const struct
{
  const char *id;
  glong       offset;
} text_fields[] = {
  TEXT_FIELD (name), TEXT_FIELD (new_tasks), TEXT_FIELD (to_inform), TEXT_FIELD (contact_person),
  TEXT_FIELD (challenges), TEXT_FIELD (agreement),
};

static BbPlanPartner *
find_partner (BbPlanPartnersSection *self,
              gint64                 id)
{
  for (guint i = 0; i < self->partners->len; i++)
    if (((BbPlanPartner *) g_ptr_array_index (self->partners, i))->id == id)
      return g_ptr_array_index (self->partners, i);
  return NULL;
}

/* ---- the dialog --------------------------------------------------------- */

typedef struct
{
  BbPlanRepository *plans;
  BbPlanPartner    *partner;
} Edit;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_object_unref (edit->plans);
  bb_plan_partner_free (edit->partner);
  g_free (edit);
}

static gboolean
save (BbPlanFormDialog  *dialog,
      gpointer           data,
      GError           **error)
{
  Edit *edit = data;
  g_autoptr(BbPlanPartner) edited = bb_plan_partner_copy (edit->partner);
  g_autofree char *date = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      char **field = G_STRUCT_MEMBER_P (edited, text_fields[i].offset);

      g_free (*field);
      *field = bb_plan_form_dialog_dup_text (dialog, text_fields[i].id);
    }
  if (edited->name == NULL)
    {
      bb_plan_form_dialog_show_error (dialog, "name", _("Department or organisation: write who the partner is."));
      return FALSE;
    }
  if (!bb_plan_form_dialog_read_date (dialog, "agreement_date", FALSE, &date))
    return FALSE;
  g_free (edited->agreement_date);
  edited->agreement_date = g_steal_pointer (&date);

  return bb_plan_repository_save_partner (edit->plans, edited, error);
}

static void
present_dialog (BbPlanPartnersSection *self,
                const BbPlanPartner   *partner)
{
  BbPlanFormDialog *dialog = bb_plan_form_dialog_new (partner != NULL ? _("Edit Partner") : _("New Partner"),
                                                      "/io/github/brobygger/Brobygger/plans/bb-plan-partners-dialog.ui");
  Edit *edit = g_new0 (Edit, 1);

  edit->plans = g_object_ref (bb_plan_section_get_plans (BB_PLAN_SECTION (self)));
  if (partner != NULL)
    edit->partner = bb_plan_partner_copy (partner);
  else
    {
      edit->partner = bb_plan_partner_new ();
      edit->partner->plan_id = bb_plan_section_get_plan_id (BB_PLAN_SECTION (self));
      edit->partner->position = self->partners->len;
    }

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    bb_plan_form_dialog_set_text (dialog, text_fields[i].id,
                                  G_STRUCT_MEMBER (char *, edit->partner, text_fields[i].offset));
  bb_plan_form_dialog_set_text (dialog, "agreement_date", edit->partner->agreement_date);
  bb_plan_form_dialog_set_save_func (dialog, save, edit, edit_free);
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

/* ---- the list ----------------------------------------------------------- */

static GtkWidget *
create_row (const BbPlanPartner *partner)
{
  g_autofree char *date = bb_format_date (partner->agreement_date);
  g_autofree char *agreement = NULL;
  const char *parts[3] = { partner->contact_person, NULL, NULL };
  g_autofree char *subtitle = NULL;
  /* Translators: the accessible name of a partner's delete button; %s is the partner. */
  g_autofree char *delete_name = g_strdup_printf (_("Delete partner %s"), partner->name);

  if (date != NULL)
    /* Translators: a partner's collaboration agreement and its date. */
    agreement = g_strdup_printf (_("Agreement of %s"), date);
  parts[1] = agreement != NULL ? agreement : partner->agreement != NULL ? _("Agreement without a date") : _("No agreement");
  parts[2] = partner->to_inform;
  subtitle = _bb_plan_sections_join (parts, G_N_ELEMENTS (parts));
  return _bb_plan_sections_row_new (partner->name, subtitle, "partners.delete", partner->id, delete_name);
}

static void
bb_plan_partners_section_refresh (BbPlanSection *section)
{
  BbPlanPartnersSection *self = BB_PLAN_PARTNERS_SECTION (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  gint64 plan_id = bb_plan_section_get_plan_id (section);
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.add", plans != NULL && plan_id != 0);
  _bb_plan_sections_clear_list (self->list_box);
  g_ptr_array_set_size (self->partners, 0);
  if (plans == NULL || plan_id == 0)
    return;

  g_clear_pointer (&self->partners, g_ptr_array_unref);
  self->partners = bb_plan_repository_list_partners (plans, plan_id, &error);
  if (self->partners == NULL)
    {
      self->partners = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_plan_partner_free);
      bb_plan_section_show_error (section, error);
      return;
    }
  for (guint i = 0; i < self->partners->len; i++)
    gtk_list_box_append (self->list_box, create_row (g_ptr_array_index (self->partners, i)));
}

static void
on_row_activated (BbPlanPartnersSection *self,
                  GtkListBoxRow         *row)
{
  guint index = gtk_list_box_row_get_index (row);

  /* The rows are the records, in order. */
  if (index < self->partners->len)
    present_dialog (self, g_ptr_array_index (self->partners, index));
}

static gboolean
restore_partner (BbPlanRepository  *plans,
                 gpointer           record,
                 GError           **error)
{
  ((BbPlanPartner *) record)->id = 0;
  return bb_plan_repository_save_partner (plans, record, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbPlanPartnersSection *self = BB_PLAN_PARTNERS_SECTION (widget);
  BbPlanPartner *partner = find_partner (self, g_variant_get_int64 (parameter));
  g_autoptr(BbPlanPartner) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (partner == NULL)
    return;
  deleted = bb_plan_partner_copy (partner);
  if (!bb_plan_repository_delete_partner (bb_plan_section_get_plans (BB_PLAN_SECTION (self)), deleted->id, &error))
    {
      bb_plan_section_show_error (BB_PLAN_SECTION (self), error);
      return;
    }

  /* Translators: a toast; %s is the partner's name. */
  message = g_markup_printf_escaped (_("Partner »%s« deleted"), deleted->name);
  _bb_plan_sections_offer_undo (BB_PLAN_SECTION (self), message, g_steal_pointer (&deleted),
                                (GDestroyNotify) bb_plan_partner_free, restore_partner);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  bb_plan_partners_section_add_partner (BB_PLAN_PARTNERS_SECTION (widget));
}

/* ---- the object --------------------------------------------------------- */

static void
bb_plan_partners_section_dispose (GObject *object)
{
  BbPlanPartnersSection *self = BB_PLAN_PARTNERS_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_PARTNERS_SECTION);
  g_clear_pointer (&self->partners, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_plan_partners_section_parent_class)->dispose (object);
}

static void
bb_plan_partners_section_class_init (BbPlanPartnersSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbPlanSectionClass *section_class = BB_PLAN_SECTION_CLASS (klass);

  object_class->dispose = bb_plan_partners_section_dispose;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_plan_partners_section_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-partners-section.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanPartnersSection, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "partners.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "partners.delete", "x", delete_action);
}

static void
bb_plan_partners_section_init (BbPlanPartnersSection *self)
{
  self->partners = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_plan_partner_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.add", FALSE);
  _bb_plan_sections_add_shortcut (BB_PLAN_SECTION (self), "<Control><Shift>r", "partners.add");
}

void
bb_plan_partners_section_add_partner (BbPlanPartnersSection *self)
{
  g_return_if_fail (BB_IS_PLAN_PARTNERS_SECTION (self));

  if (bb_plan_section_get_plans (BB_PLAN_SECTION (self)) == NULL || bb_plan_section_get_plan_id (BB_PLAN_SECTION (self)) == 0)
    return;
  present_dialog (self, NULL);
}
