/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-page-section.h"
#include "bb-plan-activity-dialog.h"
#include "bb-plan-timeline.h"
#include "bb-plan-timeline-row.h"

/* However long a plan runs, the scale stops at ten years. */
#define MAX_MONTHS 120
/* A row's height (the bar's and its margins) and the most the list grows to. */
#define ROW_HEIGHT 34
#define MAX_HEIGHT 440

struct _BbPlanTimeline
{
  BbPlanSection        parent_instance;

  /* Every activity of the plan (BbPlanTimelineItem) by start; the store holds those
   * the filters let through. */
  GPtrArray           *items;
  GListStore          *shown;
  BbPlanTimelineScale  scale;
  /* The ids behind the element filter's choices after "All". */
  GArray              *element_ids;
  gboolean             filling;

  GtkDropDown         *element_dropdown;
  GtkDropDown         *responsible_dropdown;
  GtkScrolledWindow   *header_window;
  GtkScrolledWindow   *list_window;
  BbPlanTimelineRow   *header_row;
  GtkGridView         *list_view;
  GtkLabel            *empty_label;
};

G_DEFINE_FINAL_TYPE (BbPlanTimeline, bb_plan_timeline, BB_TYPE_PLAN_SECTION)

static const char * const watch_domains[] = { BB_DOMAIN_PLANS, NULL };

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  BbPlanTimelineItem *first = *(BbPlanTimelineItem **) a;
  BbPlanTimelineItem *second = *(BbPlanTimelineItem **) b;
  double from_a = bb_plan_timeline_item_get_from (first);
  double from_b = bb_plan_timeline_item_get_from (second);

  /* Activities without dates last, otherwise in the plan's order. */
  if (isnan (from_a) != isnan (from_b))
    return isnan (from_a) ? 1 : -1;
  if (!isnan (from_a) && from_a != from_b)
    return from_a < from_b ? -1 : 1;
  return bb_plan_timeline_item_get_activity (first)->position
         - bb_plan_timeline_item_get_activity (second)->position;
}

static const char *
selected_string (GtkDropDown *dropdown)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static void
apply_filters (BbPlanTimeline *self)
{
  guint element = gtk_drop_down_get_selected (self->element_dropdown);
  guint responsible = gtk_drop_down_get_selected (self->responsible_dropdown);
  gint64 element_id = element == 0 || element == GTK_INVALID_LIST_POSITION
                      ? 0 : g_array_index (self->element_ids, gint64, element - 1);
  const char *person = responsible == 0 || responsible == GTK_INVALID_LIST_POSITION
                       ? NULL : selected_string (self->responsible_dropdown);
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  for (guint i = 0; i < self->items->len; i++)
    {
      BbPlanTimelineItem *item = g_ptr_array_index (self->items, i);
      const BbPlanActivity *activity = bb_plan_timeline_item_get_activity (item);

      if ((element_id == 0 || activity->element_id == element_id)
          && (person == NULL || g_strcmp0 (activity->responsible, person) == 0))
        g_ptr_array_add (shown, item);
    }

  g_list_store_splice (self->shown, 0, g_list_model_get_n_items (G_LIST_MODEL (self->shown)),
                       shown->pdata, shown->len);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), shown->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->list_window), shown->len > 0);
  /* A list view asks for little height of its own: as tall as its rows, up to a
   * screenful, then it scrolls. */
  gtk_scrolled_window_set_min_content_height (self->list_window, MIN (shown->len * ROW_HEIGHT, MAX_HEIGHT));
}

static void
on_filter_changed (BbPlanTimeline *self)
{
  if (!self->filling)
    apply_filters (self);
}

/* The months from the earliest of the activities, the plan's period and today to the
 * latest of them. */
static void
compute_scale (BbPlanTimeline *self,
               BbPlan         *plan,
               const GDate    *today)
{
  g_autofree char *today_iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (today),
                                                g_date_get_month (today), g_date_get_day (today));
  double first = bb_plan_timeline_month_of (today_iso, FALSE);
  double last = first;
  double start = plan != NULL ? bb_plan_timeline_month_of (bb_plan_get_period_start (plan), FALSE) : NAN;
  double end = plan != NULL ? bb_plan_timeline_month_of (bb_plan_get_period_end (plan), TRUE) : NAN;

  self->scale.today = first;
  if (!isnan (start))
    first = MIN (first, start);
  if (!isnan (end))
    last = MAX (last, end);
  for (guint i = 0; i < self->items->len; i++)
    {
      BbPlanTimelineItem *item = g_ptr_array_index (self->items, i);

      if (isnan (bb_plan_timeline_item_get_from (item)))
        continue;
      first = MIN (first, bb_plan_timeline_item_get_from (item));
      last = MAX (last, bb_plan_timeline_item_get_to (item));
    }

  self->scale.first_month = (int) floor (first);
  self->scale.n_months = CLAMP ((int) ceil (last) - self->scale.first_month, 1, MAX_MONTHS);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* Fills a filter's choices, keeping the one chosen when it is still there. */
static void
fill_dropdown (GtkDropDown *dropdown,
               GPtrArray   *labels)
{
  g_autofree char *chosen = gtk_drop_down_get_selected (dropdown) > 0
                            ? g_strdup (selected_string (dropdown)) : NULL;
  g_autoptr(GtkStringList) list = NULL;
  guint selected = 0;

  g_ptr_array_add (labels, NULL);
  list = gtk_string_list_new ((const char * const *) labels->pdata);
  for (guint i = 1; chosen != NULL && i + 1 < labels->len; i++)
    if (g_strcmp0 (g_ptr_array_index (labels, i), chosen) == 0)
      selected = i;
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, selected);
}

static void
fill_filters (BbPlanTimeline *self,
              GPtrArray      *elements)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) people = g_ptr_array_new ();

  g_array_set_size (self->element_ids, 0);
  g_ptr_array_add (labels, g_strdup (_("All core elements")));
  for (guint i = 0; elements != NULL && i < elements->len; i++)
    {
      BbPlanElement *element = g_ptr_array_index (elements, i);

      g_array_append_val (self->element_ids, element->id);
      g_ptr_array_add (labels, g_strdup (element->title));
    }
  fill_dropdown (self->element_dropdown, labels);

  for (guint i = 0; i < self->items->len; i++)
    {
      const char *person = bb_plan_timeline_item_get_activity (g_ptr_array_index (self->items, i))->responsible;

      if (person != NULL && g_hash_table_add (seen, (gpointer) person))
        g_ptr_array_add (people, (gpointer) person);
    }
  g_ptr_array_sort (people, compare_names);
  g_ptr_array_set_size (labels, 0);
  g_ptr_array_add (labels, g_strdup (_("Everyone responsible")));
  for (guint i = 0; i < people->len; i++)
    g_ptr_array_add (labels, g_strdup (g_ptr_array_index (people, i)));
  fill_dropdown (self->responsible_dropdown, labels);
}

static void
bb_plan_timeline_refresh (BbPlanSection *section)
{
  BbPlanTimeline *self = BB_PLAN_TIMELINE (section);
  BbPlanRepository *plans = bb_plan_section_get_plans (section);
  gint64 plan_id = bb_plan_section_get_plan_id (section);
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_ptr_array_set_size (self->items, 0);
  g_date_clear (&today, 1);
  if (plans != NULL && plan_id != 0)
    {
      bb_clock_get_today (bb_context_get_clock (bb_plan_section_get_context (section)), &today);
      plan = bb_plan_repository_get (plans, plan_id, NULL);
      activities = bb_plan_repository_list_activitys (plans, plan_id, &error);
      if (activities == NULL)
        bb_plan_section_show_error (section, error);
      elements = bb_plan_repository_list_elements (plans, plan_id, NULL);
    }
  else
    g_date_set_dmy (&today, 1, 1, 2000);

  for (guint i = 0; activities != NULL && i < activities->len; i++)
    g_ptr_array_add (self->items, bb_plan_timeline_item_new (g_ptr_array_index (activities, i), &today));
  g_ptr_array_sort (self->items, compare_by_start);
  compute_scale (self, plan, &today);
  bb_plan_timeline_row_set_item (self->header_row, NULL, &self->scale);

  self->filling = TRUE;
  fill_filters (self, elements);
  self->filling = FALSE;
  /* Every row redraws on the new scale: splice replaces them all. */
  g_list_store_remove_all (self->shown);
  apply_filters (self);
}

/* ---- the list's rows ---------------------------------------------------- */

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, bb_plan_timeline_row_new ());
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         BbPlanTimeline           *self)
{
  bb_plan_timeline_row_set_item (BB_PLAN_TIMELINE_ROW (gtk_list_item_get_child (list_item)),
                                 gtk_list_item_get_item (list_item), &self->scale);
}

static void
on_activate (BbPlanTimeline *self,
             guint           position)
{
  g_autoptr(BbPlanTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (self->shown), position);
  BbPlanFormDialog *dialog;

  if (item == NULL)
    return;
  dialog = bb_plan_activity_dialog_new (bb_plan_section_get_context (BB_PLAN_SECTION (self)),
                                        bb_plan_section_get_plan_id (BB_PLAN_SECTION (self)),
                                        bb_plan_timeline_item_get_activity (item));
  bb_plan_form_dialog_present (dialog, GTK_WIDGET (self));
}

/* The filters' buttons shorten a long title, so a narrow window keeps its width; the
 * list they open shows it whole. */
static void
on_setup_label (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
on_bind_label (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (list_item)));
}

static void
set_label_factories (GtkDropDown *dropdown)
{
  for (int ellipsize = 0; ellipsize <= 1; ellipsize++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_label), GINT_TO_POINTER (ellipsize));
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_label), NULL);
      if (ellipsize)
        gtk_drop_down_set_factory (dropdown, factory);
      else
        gtk_drop_down_set_list_factory (dropdown, factory);
    }
}

/* ---- the object --------------------------------------------------------- */

static void
bb_plan_timeline_dispose (GObject *object)
{
  BbPlanTimeline *self = BB_PLAN_TIMELINE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_TIMELINE);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->element_ids, g_array_unref);

  G_OBJECT_CLASS (bb_plan_timeline_parent_class)->dispose (object);
}

static void
bb_plan_timeline_class_init (BbPlanTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BbPlanSectionClass *section_class = BB_PLAN_SECTION_CLASS (klass);

  object_class->dispose = bb_plan_timeline_dispose;
  section_class->watch_domains = watch_domains;
  section_class->refresh = bb_plan_timeline_refresh;

  g_type_ensure (BB_TYPE_PLAN_TIMELINE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-timeline.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanTimeline, element_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbPlanTimeline, responsible_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BbPlanTimeline, header_window);
  gtk_widget_class_bind_template_child (widget_class, BbPlanTimeline, list_window);
  gtk_widget_class_bind_template_child (widget_class, BbPlanTimeline, header_row);
  gtk_widget_class_bind_template_child (widget_class, BbPlanTimeline, list_view);
  gtk_widget_class_bind_template_child (widget_class, BbPlanTimeline, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
}

static void
bb_plan_timeline_init (BbPlanTimeline *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_list_store_new (BB_TYPE_PLAN_TIMELINE_ITEM);
  self->element_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->scale.n_months = 1;
  self->scale.today = NAN;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), self);
  gtk_grid_view_set_factory (self->list_view, factory);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_grid_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  set_label_factories (self->element_dropdown);
  set_label_factories (self->responsible_dropdown);
  /* The months' names scroll sideways with the bars. */
  gtk_scrolled_window_set_hadjustment (self->header_window, gtk_scrolled_window_get_hadjustment (self->list_window));
}
