/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-offer-editor.h"
#include "bb-validate.h"

#define AGE_LIMIT 130

/* One ticked-or-not target group or step. */
typedef struct
{
  GObject        *item;
  char           *title;
  GtkCheckButton *check;
} Choice;

/* The rows of one contact person. */
typedef struct
{
  BbOfferEditor  *editor;
  /* The stored contact the rows edit, so it keeps its id; NULL for a new one. */
  BbContact      *contact;
  AdwExpanderRow *expander;
  GtkEditable    *name;
  GtkEditable    *role;
  GtkEditable    *phone;
  GtkEditable    *email;
  GtkSwitch      *ambassador;
  GtkLabel       *name_error;
  GtkLabel       *phone_error;
  GtkLabel       *email_error;
  gboolean        name_edited;
  gboolean        valid;
} ContactRows;

/* A contact person taken out of the form, whole, for as long as its toast offers Undo. */
typedef struct
{
  ContactRows *rows;
  /* Where it was among the contacts, to put it back there. */
  guint        position;
} RemovedContact;

struct _BbOfferEditor
{
  AdwWindow          parent_instance;

  BbStore           *store;
  BbOffer           *offer;
  GListModel        *providers;
  GPtrArray         *target_groups;
  GPtrArray         *steps;
  GPtrArray         *contacts;
  /* RemovedContact by the serial number its toast carries. */
  GHashTable        *removed_contacts;
  guint              last_removed;
  AdwMessageDialog  *discard_dialog;

  /* Filling the form is not an edit. */
  gboolean           loading;
  gboolean           changed;
  /* A required field only complains once it was edited or Save was tried. */
  gboolean           title_edited;
  gboolean           provider_edited;
  gboolean           save_attempted;

  AdwToastOverlay   *toast_overlay;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  AdwWindowTitle    *window_title;
  GtkWidget         *save_button;
  AdwEntryRow       *title_row;
  GtkLabel          *title_error;
  AdwEntryRow       *summary_row;
  GtkTextBuffer     *description_buffer;
  AdwEntryRow       *legal_basis_row;
  AdwEntryRow       *keywords_row;
  AdwEntryRow       *provider_row;
  GtkLabel          *provider_error;
  GtkMenuButton     *provider_button;
  AdwComboRow       *sector_row;
  AdwEntryRow       *department_row;
  AdwExpanderRow    *target_groups_row;
  AdwExpanderRow    *steps_row;
  AdwEntryRow       *age_min_row;
  GtkLabel          *age_min_error;
  AdwEntryRow       *age_max_row;
  GtkLabel          *age_max_error;
  AdwComboRow       *access_row;
  AdwEntryRow       *capacity_row;
  GtkLabel          *capacity_error;
  AdwEntryRow       *waiting_row;
  GtkLabel          *waiting_error;
  AdwComboRow       *status_row;
  AdwEntryRow       *location_row;
  AdwEntryRow       *opening_hours_row;
  AdwPreferencesGroup *contacts_group;
  GtkWidget         *add_contact_button;
};

G_DEFINE_FINAL_TYPE (BbOfferEditor, bb_offer_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_OFFER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void         validate         (BbOfferEditor *self);
static ContactRows *add_contact_rows (BbOfferEditor *self,
                                      BbContact     *contact,
                                      guint          position,
                                      gboolean       expanded);

static void
choice_free (Choice *choice)
{
  g_clear_object (&choice->item);
  g_free (choice->title);
  g_free (choice);
}

static void
contact_rows_free (ContactRows *rows)
{
  g_clear_object (&rows->contact);
  g_free (rows);
}

static void
removed_contact_free (RemovedContact *removed)
{
  /* The widgets first: their handlers point into the rows. */
  g_object_unref (removed->rows->expander);
  contact_rows_free (removed->rows);
  g_free (removed);
}

static char *
dup_stripped (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static gboolean
is_blank (GtkEditable *editable)
{
  g_autofree char *text = dup_stripped (editable);

  return text[0] == '\0';
}

/* Empty text is a number not set (-1). FALSE unless a whole number from 0 to @max. */
static gboolean
parse_whole_number (GtkEditable *editable,
                    int          max,
                    int         *value)
{
  g_autofree char *text = dup_stripped (editable);
  guint64 number;

  *value = -1;
  if (text[0] == '\0')
    return TRUE;

  if (!g_ascii_isdigit (text[0]) ||
      !g_ascii_string_to_unsigned (text, 10, 0, (guint64) max, &number, NULL))
    return FALSE;

  *value = (int) number;
  return TRUE;
}

static void
set_number (AdwEntryRow *row,
            int          value)
{
  g_autofree char *text = value < 0 ? g_strdup ("") : g_strdup_printf ("%d", value);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* The error under a field: shown (and the field marked) only when @reveal. Returns whether
 * the field is valid, shown or not. */
static gboolean
show_error (gpointer    field,
            GtkLabel   *label,
            const char *message,
            gboolean    reveal)
{
  gboolean shown = message != NULL && reveal;

  if (shown)
    {
      gtk_widget_add_css_class (GTK_WIDGET (field), "error");
      gtk_label_set_text (label, message);
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (field), "error");

  gtk_widget_set_visible (GTK_WIDGET (label), shown);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               shown ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);

  return message == NULL;
}

/* The stored provider called @name, ignoring case and surrounding spaces; owned by
 * self->providers. */
static BbProvider *
find_provider (BbOfferEditor *self,
               const char    *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *key = g_utf8_casefold (stripped, -1);
  guint n_items = g_list_model_get_n_items (self->providers);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbProvider) provider = g_list_model_get_item (self->providers, i);
      g_autofree char *provider_key = g_utf8_casefold (bb_provider_get_name (provider), -1);

      if (g_strcmp0 (key, provider_key) == 0)
        return provider;
    }

  return NULL;
}

static void
show_save_error (BbOfferEditor *self,
                 const char    *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
mark_changed (BbOfferEditor *self)
{
  if (self->loading)
    return;

  self->changed = TRUE;
  /* What failed to save may no longer hold. */
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  validate (self);
}

static void
update_choices_subtitle (AdwExpanderRow *row,
                         GPtrArray      *choices)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (choices, i);

      if (!gtk_check_button_get_active (choice->check))
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, choice->title);
    }

  adw_expander_row_set_subtitle (row, names->str);
}

static void
on_choice_toggled (BbOfferEditor *self)
{
  update_choices_subtitle (self->target_groups_row, self->target_groups);
  update_choices_subtitle (self->steps_row, self->steps);
  mark_changed (self);
}

/* Whether @chosen holds @item: the same id, or for an item not stored yet the same name. */
static gboolean
model_contains (GListModel *chosen,
                GObject    *item)
{
  guint n_items = g_list_model_get_n_items (chosen);
  g_autofree char *name = NULL;
  gint64 id;

  g_object_get (item, "id", &id, "name", &name, NULL);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (chosen, i);
      g_autofree char *other_name = NULL;
      gint64 other_id;

      g_object_get (other, "id", &other_id, "name", &other_name, NULL);
      if (id != 0 ? id == other_id : g_strcmp0 (name, other_name) == 0)
        return TRUE;
    }

  return FALSE;
}

static char *
dup_choice_title (GObject *item)
{
  if (BB_IS_STEP (item))
    return bb_step_dup_display_name (BB_STEP (item));

  return g_strdup (bb_target_group_get_name (BB_TARGET_GROUP (item)));
}

static void
add_choice (BbOfferEditor  *self,
            AdwExpanderRow *expander,
            GPtrArray      *choices,
            GObject        *item,
            gboolean        active)
{
  Choice *choice = g_new0 (Choice, 1);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  choice->item = g_object_ref (item);
  choice->title = dup_choice_title (item);
  choice->check = GTK_CHECK_BUTTON (check);
  g_ptr_array_add (choices, choice);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (choice->check, active);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, choice->title,
                                  -1);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_choice_toggled), self, G_CONNECT_SWAPPED);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), choice->title);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_expander_row_add_row (expander, row);
}

/* A row per stored item, ticked when the offer has it, then any the offer has that are
 * not stored, so saving never drops them unseen. */
static void
fill_choices (BbOfferEditor  *self,
              AdwExpanderRow *expander,
              GPtrArray      *choices,
              GListModel     *available,
              GListModel     *chosen)
{
  guint n_available = g_list_model_get_n_items (available);
  guint n_chosen = g_list_model_get_n_items (chosen);
  guint n_active = 0;

  for (guint i = 0; i < n_available; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (available, i);
      gboolean active = model_contains (chosen, item);

      add_choice (self, expander, choices, item, active);
      n_active += active;
    }

  for (guint i = 0; i < n_chosen; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (chosen, i);

      if (model_contains (available, item))
        continue;
      add_choice (self, expander, choices, item, TRUE);
      n_active++;
    }

  update_choices_subtitle (expander, choices);
  /* Open while nothing is chosen; otherwise the subtitle says what is. */
  adw_expander_row_set_expanded (expander, n_active == 0);
}

static void
collect_choices (GPtrArray  *choices,
                 GListStore *chosen)
{
  g_list_store_remove_all (chosen);

  for (guint i = 0; i < choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (choices, i);

      if (gtk_check_button_get_active (choice->check))
        g_list_store_append (chosen, choice->item);
    }
}

static void
update_contact_header (ContactRows *rows)
{
  g_autofree char *name = dup_stripped (rows->name);
  g_autofree char *role = dup_stripped (rows->role);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->expander),
                                 name[0] != '\0' ? name : _("New contact person"));
  adw_expander_row_set_subtitle (rows->expander, role);
}

static void
on_contact_name_changed (ContactRows *rows)
{
  update_contact_header (rows);
  if (!rows->editor->loading)
    rows->name_edited = TRUE;
  mark_changed (rows->editor);
}

static void
on_contact_role_changed (ContactRows *rows)
{
  update_contact_header (rows);
  mark_changed (rows->editor);
}

static void
on_contact_field_changed (ContactRows *rows)
{
  mark_changed (rows->editor);
}

/* One ambassador per offer: choosing another takes the part from the first. */
static void
on_contact_ambassador_changed (ContactRows *rows)
{
  BbOfferEditor *self = rows->editor;

  if (gtk_switch_get_active (rows->ambassador))
    {
      for (guint i = 0; i < self->contacts->len; i++)
        {
          ContactRows *other = g_ptr_array_index (self->contacts, i);

          if (other != rows)
            gtk_switch_set_active (other->ambassador, FALSE);
        }
    }

  mark_changed (self);
}

/* Shows @rows at @position among the contacts. AdwPreferencesGroup can only append, so
 * the contacts after @position are taken out and appended again behind it. */
static void
insert_contact_rows (BbOfferEditor *self,
                     ContactRows   *rows,
                     guint          position)
{
  g_ptr_array_insert (self->contacts, position, rows);

  for (guint i = position + 1; i < self->contacts->len; i++)
    {
      ContactRows *later = g_ptr_array_index (self->contacts, i);

      g_object_ref (later->expander);
      adw_preferences_group_remove (self->contacts_group, GTK_WIDGET (later->expander));
    }

  adw_preferences_group_add (self->contacts_group, GTK_WIDGET (rows->expander));

  for (guint i = position + 1; i < self->contacts->len; i++)
    {
      ContactRows *later = g_ptr_array_index (self->contacts, i);

      adw_preferences_group_add (self->contacts_group, GTK_WIDGET (later->expander));
      g_object_unref (later->expander);
    }
}

/* The viewport follows the focus only to a widget that has its place already; a new
 * contact gets it in the next layout. */
static gboolean
scroll_to_new_contact_cb (GtkWidget     *expander,
                          GdkFrameClock *frame_clock,
                          gpointer       user_data)
{
  GtkWidget *name = user_data;
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (expander,
                                                                              GTK_TYPE_SCROLLED_WINDOW));
  GtkWidget *viewport = gtk_scrolled_window_get_child (scrolled);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  double value = gtk_adjustment_get_value (adjustment);
  graphene_rect_t top;
  graphene_rect_t bottom;

  if (gtk_widget_get_height (name) == 0)
    return G_SOURCE_CONTINUE;

  /* Its header and the name being typed. */
  if (gtk_widget_compute_bounds (expander, viewport, &top) &&
      gtk_widget_compute_bounds (name, viewport, &bottom))
    gtk_adjustment_clamp_page (adjustment,
                               value + top.origin.y,
                               value + bottom.origin.y + bottom.size.height);

  return G_SOURCE_REMOVE;
}

/* A contact person to fill in: open (from add_contact_rows ()), in view, the cursor in
 * its name. */
static void
present_new_contact (ContactRows *rows)
{
  gtk_widget_grab_focus (GTK_WIDGET (rows->name));
  gtk_widget_add_tick_callback (GTK_WIDGET (rows->expander), scroll_to_new_contact_cb, rows->name, NULL);
}

static void
on_contact_duplicate_clicked (ContactRows *rows)
{
  BbOfferEditor *self = rows->editor;
  /* A new contact (id 0, its own uuid) with what is typed; never a second ambassador. */
  g_autoptr(BbContact) copy = bb_contact_new (gtk_editable_get_text (rows->name));
  ContactRows *copy_rows;
  guint position;

  bb_contact_set_role (copy, gtk_editable_get_text (rows->role));
  bb_contact_set_phone (copy, gtk_editable_get_text (rows->phone));
  bb_contact_set_email (copy, gtk_editable_get_text (rows->email));

  g_ptr_array_find (self->contacts, rows, &position);
  copy_rows = add_contact_rows (self, copy, position + 1, TRUE);
  /* The copy is there to be changed. */
  present_new_contact (copy_rows);
  mark_changed (self);
}

/* Undo went with its toast, and so does what it would have put back. */
static void
on_remove_toast_dismissed (BbOfferEditor *self,
                           AdwToast      *toast)
{
  GVariant *target = adw_toast_get_action_target_value (toast);

  g_hash_table_remove (self->removed_contacts, GUINT_TO_POINTER (g_variant_get_uint32 (target)));
}

static void
on_contact_remove_clicked (ContactRows *rows)
{
  BbOfferEditor *self = rows->editor;
  RemovedContact *removed = g_new0 (RemovedContact, 1);
  guint serial = ++self->last_removed;
  g_autofree char *name = dup_stripped (rows->name);
  AdwToast *toast;

  g_ptr_array_find (self->contacts, rows, &removed->position);
  removed->rows = g_ptr_array_steal_index (self->contacts, removed->position);
  /* Kept, with everything typed in it, until Undo or the toast is gone. */
  g_object_ref (rows->expander);
  adw_preferences_group_remove (self->contacts_group, GTK_WIDGET (rows->expander));
  g_hash_table_insert (self->removed_contacts, GUINT_TO_POINTER (serial), removed);

  if (name[0] == '\0')
    toast = adw_toast_new (_("Contact person removed"));
  else
    {
      /* Toast titles are markup. */
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *title = NULL;

      /* Translators: %s is the name of a contact person */
      title = g_strdup_printf (_("“%s” removed"), escaped);
      toast = adw_toast_new (title);
    }
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo-remove-contact");
  adw_toast_set_action_target (toast, "u", serial);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_remove_toast_dismissed), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  /* The focused button went with its row. */
  gtk_widget_grab_focus (self->add_contact_button);
  mark_changed (self);
}

static GtkEditable *
add_contact_entry (ContactRows *rows,
                   const char  *title,
                   const char  *text,
                   GCallback    on_changed)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_connect_swapped (row, "changed", on_changed, rows);
  adw_expander_row_add_row (rows->expander, row);

  return GTK_EDITABLE (row);
}

/* The same error row the template puts under its fields. */
static GtkLabel *
add_contact_error (ContactRows *rows,
                   GtkEditable *field)
{
  GtkWidget *row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                                 "activatable", FALSE,
                                 "focusable", FALSE,
                                 NULL);
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "visible", FALSE,
                                   "wrap", TRUE,
                                   "xalign", 0.0f,
                                   "margin-top", 6,
                                   "margin-bottom", 6,
                                   "margin-start", 12,
                                   "margin-end", 12,
                                   "css-classes", (const char * const[]) { "error", "caption", NULL },
                                   NULL);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_bind_property (label, "visible", row, "visible", G_BINDING_SYNC_CREATE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, label, NULL,
                                  -1);
  adw_expander_row_add_row (rows->expander, row);

  return GTK_LABEL (label);
}

/* The rows of @contact (NULL for a new one), shown at @position among the contacts;
 * @expanded from the start, without the animation. */
static ContactRows *
add_contact_rows (BbOfferEditor *self,
                  BbContact     *contact,
                  guint          position,
                  gboolean       expanded)
{
  ContactRows *rows = g_new0 (ContactRows, 1);
  GtkWidget *ambassador_row = adw_action_row_new ();
  GtkWidget *ambassador_badge = gtk_label_new (_("Ambassador"));
  GtkWidget *buttons_row = gtk_list_box_row_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *duplicate_button = gtk_button_new_with_mnemonic (_("D_uplicate"));
  GtkWidget *remove_button = gtk_button_new_with_mnemonic (_("_Remove"));

  rows->editor = self;
  rows->contact = contact != NULL ? g_object_ref (contact) : NULL;
  rows->expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->expander), FALSE);

  rows->name = add_contact_entry (rows, _("Name"),
                                  contact != NULL ? bb_contact_get_name (contact) : "",
                                  G_CALLBACK (on_contact_name_changed));
  rows->name_error = add_contact_error (rows, rows->name);
  rows->role = add_contact_entry (rows, _("Role"),
                                  contact != NULL ? bb_contact_get_role (contact) : "",
                                  G_CALLBACK (on_contact_role_changed));
  rows->phone = add_contact_entry (rows, _("Phone"),
                                   contact != NULL ? bb_contact_get_phone (contact) : "",
                                   G_CALLBACK (on_contact_field_changed));
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (rows->phone), GTK_INPUT_PURPOSE_PHONE);
  rows->phone_error = add_contact_error (rows, rows->phone);
  rows->email = add_contact_entry (rows, _("E-mail"),
                                   contact != NULL ? bb_contact_get_email (contact) : "",
                                   G_CALLBACK (on_contact_field_changed));
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (rows->email), GTK_INPUT_PURPOSE_EMAIL);
  rows->email_error = add_contact_error (rows, rows->email);

  rows->ambassador = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (rows->ambassador), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (ambassador_badge, "caption");
  gtk_widget_add_css_class (ambassador_badge, "dim-label");
  gtk_switch_set_active (rows->ambassador, contact != NULL && bb_contact_get_ambassador (contact));
  g_signal_connect_swapped (rows->ambassador, "notify::active",
                            G_CALLBACK (on_contact_ambassador_changed), rows);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ambassador_row), _("Ambassador"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (ambassador_row),
                               _("Helps others find their way to the offer"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (ambassador_row), GTK_WIDGET (rows->ambassador));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (ambassador_row), GTK_WIDGET (rows->ambassador));
  adw_expander_row_add_row (rows->expander, ambassador_row);
  /* Seen while the row is folded. */
  adw_expander_row_add_action (rows->expander, ambassador_badge);
  g_object_bind_property (rows->ambassador, "active", ambassador_badge, "visible", G_BINDING_SYNC_CREATE);

  g_signal_connect_swapped (duplicate_button, "clicked", G_CALLBACK (on_contact_duplicate_clicked), rows);
  gtk_widget_add_css_class (remove_button, "destructive-action");
  g_signal_connect_swapped (remove_button, "clicked", G_CALLBACK (on_contact_remove_clicked), rows);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (buttons, 8);
  gtk_widget_set_margin_bottom (buttons, 8);
  gtk_widget_set_margin_start (buttons, 12);
  gtk_widget_set_margin_end (buttons, 12);
  gtk_box_append (GTK_BOX (buttons), duplicate_button);
  gtk_box_append (GTK_BOX (buttons), remove_button);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (buttons_row), FALSE);
  gtk_widget_set_focusable (buttons_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (buttons_row), buttons);
  adw_expander_row_add_row (rows->expander, buttons_row);

  update_contact_header (rows);
  adw_expander_row_set_expanded (rows->expander, expanded);
  insert_contact_rows (self, rows, position);

  return rows;
}

/* Checks every field, shows what is wrong where it may be shown, and lets Save be
 * pressed only when all is well. */
static void
validate (BbOfferEditor *self)
{
  gboolean valid = TRUE;
  int age_min;
  int age_max;
  int number;
  gboolean age_min_ok;
  gboolean age_max_ok;
  gboolean capacity_ok;
  gboolean waiting_ok;
  const char *age_max_message = NULL;
  const char *not_whole = _("Write a whole number, 0 or more.");
  const char *not_age = _("Write an age from 0 to 130.");

  if (!show_error (self->title_row, self->title_error,
                   is_blank (GTK_EDITABLE (self->title_row)) ? _("The title is required.") : NULL,
                   self->title_edited || self->save_attempted))
    valid = FALSE;

  if (!show_error (self->provider_row, self->provider_error,
                   is_blank (GTK_EDITABLE (self->provider_row)) ? _("The provider is required.") : NULL,
                   self->provider_edited || self->save_attempted))
    valid = FALSE;

  age_min_ok = parse_whole_number (GTK_EDITABLE (self->age_min_row), AGE_LIMIT, &age_min);
  age_max_ok = parse_whole_number (GTK_EDITABLE (self->age_max_row), AGE_LIMIT, &age_max);
  if (!age_max_ok)
    age_max_message = not_age;
  else if (age_min_ok && age_min != -1 && age_max != -1 && age_min > age_max)
    age_max_message = _("The lowest age must not be above the highest.");

  if (!show_error (self->age_min_row, self->age_min_error, age_min_ok ? NULL : not_age, TRUE))
    valid = FALSE;
  if (!show_error (self->age_max_row, self->age_max_error, age_max_message, TRUE))
    valid = FALSE;
  /* Either end of a reversed range may be the wrong one. */
  if (age_min_ok && age_max_ok && age_max_message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->age_min_row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->age_min_row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }

  capacity_ok = parse_whole_number (GTK_EDITABLE (self->capacity_row), G_MAXINT, &number);
  if (!show_error (self->capacity_row, self->capacity_error, capacity_ok ? NULL : not_whole, TRUE))
    valid = FALSE;
  waiting_ok = parse_whole_number (GTK_EDITABLE (self->waiting_row), G_MAXINT, &number);
  if (!show_error (self->waiting_row, self->waiting_error, waiting_ok ? NULL : not_whole, TRUE))
    valid = FALSE;

  for (guint i = 0; i < self->contacts->len; i++)
    {
      ContactRows *rows = g_ptr_array_index (self->contacts, i);

      rows->valid = TRUE;
      if (!show_error (rows->name, rows->name_error,
                       is_blank (rows->name) ? _("The name is required.") : NULL,
                       rows->name_edited || self->save_attempted))
        rows->valid = FALSE;
      if (!show_error (rows->phone, rows->phone_error,
                       bb_validate_phone (gtk_editable_get_text (rows->phone))
                       ? NULL : _("Write a phone number of 8 digits or more."),
                       TRUE))
        rows->valid = FALSE;
      if (!show_error (rows->email, rows->email_error,
                       bb_validate_email (gtk_editable_get_text (rows->email))
                       ? NULL : _("This does not look like an e-mail address."),
                       TRUE))
        rows->valid = FALSE;

      if (!rows->valid)
        valid = FALSE;
    }

  gtk_widget_set_sensitive (self->save_button, valid);
}

static void
update_provider (BbOfferEditor *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->provider_row));
  /* A provider not stored yet needs its sector and department. */
  gboolean is_new = !is_blank (GTK_EDITABLE (self->provider_row)) && find_provider (self, name) == NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->sector_row), is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->department_row), is_new);
}

static void
fill_provider_menu (BbOfferEditor *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  guint n_items = g_list_model_get_n_items (self->providers);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BbProvider) provider = g_list_model_get_item (self->providers, i);
      const char *name = bb_provider_get_name (provider);
      g_auto(GStrv) parts = g_strsplit (name, "_", -1);
      /* Menus read "_" as a mnemonic. */
      g_autofree char *label = g_strjoinv ("__", parts);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "editor.choose-provider",
                                               g_variant_new_string (name));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->provider_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->provider_button), n_items > 0);
}

/* What the store lists; when it cannot, an empty list and a message saying why. */
static GListModel *
list_or_empty (BbOfferEditor  *self,
               GListModel     *list,
               GType           item_type,
               GError        **error)
{
  if (list != NULL)
    return list;

  show_save_error (self, (*error)->message);
  g_clear_error (error);
  return G_LIST_MODEL (g_list_store_new (item_type));
}

static void
fill_form (BbOfferEditor *self)
{
  BbOffer *offer = self->offer;
  BbProvider *provider = bb_offer_get_provider (offer);
  g_autoptr(GListModel) target_groups = NULL;
  g_autoptr(GListModel) steps = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *contacts = G_LIST_MODEL (bb_offer_get_contacts (offer));
  guint n_contacts = g_list_model_get_n_items (contacts);

  self->providers = bb_store_list_providers (self->store, &error);
  self->providers = list_or_empty (self, self->providers, BB_TYPE_PROVIDER, &error);
  target_groups = bb_store_list_target_groups (self->store, &error);
  target_groups = list_or_empty (self, target_groups, BB_TYPE_TARGET_GROUP, &error);
  steps = bb_store_list_steps (self->store, &error);
  steps = list_or_empty (self, steps, BB_TYPE_STEP, &error);

  if (bb_offer_get_id (offer) == 0)
    gtk_window_set_title (GTK_WINDOW (self), _("New Offer"));
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Offer"));
      adw_window_title_set_subtitle (self->window_title, bb_offer_get_title (offer));
    }

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), bb_offer_get_title (offer));
  gtk_editable_set_text (GTK_EDITABLE (self->summary_row), bb_offer_get_summary (offer));
  gtk_text_buffer_set_text (self->description_buffer, bb_offer_get_description (offer), -1);
  gtk_editable_set_text (GTK_EDITABLE (self->legal_basis_row), bb_offer_get_legal_basis (offer));
  gtk_editable_set_text (GTK_EDITABLE (self->keywords_row), bb_offer_get_keywords (offer));

  fill_provider_menu (self);
  if (provider != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->provider_row), bb_provider_get_name (provider));
      adw_combo_row_set_selected (self->sector_row, bb_provider_get_sector (provider));
      gtk_editable_set_text (GTK_EDITABLE (self->department_row), bb_provider_get_department (provider));
    }
  update_provider (self);

  fill_choices (self, self->target_groups_row, self->target_groups, target_groups,
                G_LIST_MODEL (bb_offer_get_target_groups (offer)));
  fill_choices (self, self->steps_row, self->steps, steps,
                G_LIST_MODEL (bb_offer_get_steps (offer)));
  set_number (self->age_min_row, bb_offer_get_age_min (offer));
  set_number (self->age_max_row, bb_offer_get_age_max (offer));

  adw_combo_row_set_selected (self->access_row, bb_offer_get_access (offer));
  set_number (self->capacity_row, bb_offer_get_capacity (offer));
  set_number (self->waiting_row, bb_offer_get_waiting_weeks (offer));
  adw_combo_row_set_selected (self->status_row, bb_offer_get_status (offer));

  gtk_editable_set_text (GTK_EDITABLE (self->location_row), bb_offer_get_location (offer));
  gtk_editable_set_text (GTK_EDITABLE (self->opening_hours_row), bb_offer_get_opening_hours (offer));

  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(BbContact) contact = g_list_model_get_item (contacts, i);

      add_contact_rows (self, contact, i, FALSE);
    }

  self->loading = FALSE;
  validate (self);
}

/* The offer as the form has it, on a copy: a failed save leaves no half-set ids behind. */
static BbOffer *
offer_from_form (BbOfferEditor *self)
{
  g_autoptr(BbOffer) offer = bb_offer_copy (self->offer);
  g_autofree char *title = dup_stripped (GTK_EDITABLE (self->title_row));
  g_autofree char *summary = dup_stripped (GTK_EDITABLE (self->summary_row));
  g_autofree char *legal_basis = dup_stripped (GTK_EDITABLE (self->legal_basis_row));
  g_autofree char *keywords = dup_stripped (GTK_EDITABLE (self->keywords_row));
  g_autofree char *provider_name = dup_stripped (GTK_EDITABLE (self->provider_row));
  g_autofree char *location = dup_stripped (GTK_EDITABLE (self->location_row));
  g_autofree char *opening_hours = dup_stripped (GTK_EDITABLE (self->opening_hours_row));
  g_autofree char *description = NULL;
  g_autoptr(BbProvider) provider = NULL;
  BbProvider *stored_provider;
  GListStore *contacts = bb_offer_get_contacts (offer);
  GtkTextIter start;
  GtkTextIter end;
  int number;

  bb_offer_set_title (offer, title);
  bb_offer_set_summary (offer, summary);
  gtk_text_buffer_get_bounds (self->description_buffer, &start, &end);
  description = g_strstrip (gtk_text_buffer_get_text (self->description_buffer, &start, &end, FALSE));
  bb_offer_set_description (offer, description);
  bb_offer_set_legal_basis (offer, legal_basis);
  bb_offer_set_keywords (offer, keywords);

  stored_provider = find_provider (self, provider_name);
  if (stored_provider != NULL)
    provider = bb_provider_copy (stored_provider);
  else
    {
      g_autofree char *department = dup_stripped (GTK_EDITABLE (self->department_row));

      provider = bb_provider_new (provider_name);
      bb_provider_set_sector (provider, adw_combo_row_get_selected (self->sector_row));
      bb_provider_set_department (provider, department);
    }
  bb_offer_set_provider (offer, provider);

  collect_choices (self->target_groups, bb_offer_get_target_groups (offer));
  collect_choices (self->steps, bb_offer_get_steps (offer));
  parse_whole_number (GTK_EDITABLE (self->age_min_row), AGE_LIMIT, &number);
  bb_offer_set_age_min (offer, number);
  parse_whole_number (GTK_EDITABLE (self->age_max_row), AGE_LIMIT, &number);
  bb_offer_set_age_max (offer, number);

  bb_offer_set_access (offer, adw_combo_row_get_selected (self->access_row));
  parse_whole_number (GTK_EDITABLE (self->capacity_row), G_MAXINT, &number);
  bb_offer_set_capacity (offer, number);
  parse_whole_number (GTK_EDITABLE (self->waiting_row), G_MAXINT, &number);
  bb_offer_set_waiting_weeks (offer, number);
  bb_offer_set_status (offer, adw_combo_row_get_selected (self->status_row));

  bb_offer_set_location (offer, location);
  bb_offer_set_opening_hours (offer, opening_hours);

  g_list_store_remove_all (contacts);
  for (guint i = 0; i < self->contacts->len; i++)
    {
      ContactRows *rows = g_ptr_array_index (self->contacts, i);
      g_autofree char *name = dup_stripped (rows->name);
      g_autofree char *role = dup_stripped (rows->role);
      g_autofree char *phone = dup_stripped (rows->phone);
      g_autofree char *email = dup_stripped (rows->email);
      g_autoptr(BbContact) contact = NULL;

      contact = rows->contact != NULL ? bb_contact_copy (rows->contact) : bb_contact_new (name);
      bb_contact_set_name (contact, name);
      bb_contact_set_role (contact, role);
      bb_contact_set_phone (contact, phone);
      bb_contact_set_email (contact, email);
      bb_contact_set_ambassador (contact, gtk_switch_get_active (rows->ambassador));
      g_list_store_append (contacts, contact);
    }

  return g_steal_pointer (&offer);
}

/* Leads the eye (and the focus) to the first thing to put right. */
static void
reveal_first_error (BbOfferEditor *self)
{
  GtkWidget *fields[] = {
    GTK_WIDGET (self->title_row),
    GTK_WIDGET (self->provider_row),
    GTK_WIDGET (self->age_min_row),
    GTK_WIDGET (self->age_max_row),
    GTK_WIDGET (self->capacity_row),
    GTK_WIDGET (self->waiting_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (gtk_widget_has_css_class (fields[i], "error"))
        {
          gtk_widget_grab_focus (fields[i]);
          return;
        }
    }

  for (guint i = 0; i < self->contacts->len; i++)
    {
      ContactRows *rows = g_ptr_array_index (self->contacts, i);
      GtkEditable *contact_fields[] = { rows->name, rows->phone, rows->email };

      if (rows->valid)
        continue;

      adw_expander_row_set_expanded (rows->expander, TRUE);
      for (guint j = 0; j < G_N_ELEMENTS (contact_fields); j++)
        {
          if (gtk_widget_has_css_class (GTK_WIDGET (contact_fields[j]), "error"))
            {
              gtk_widget_grab_focus (GTK_WIDGET (contact_fields[j]));
              return;
            }
        }
    }
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (widget);
  g_autoptr(BbOffer) offer = NULL;
  g_autoptr(GError) error = NULL;

  self->save_attempted = TRUE;
  validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    {
      reveal_first_error (self);
      return;
    }

  offer = offer_from_form (self);
  if (!bb_offer_validate (offer, &error) ||
      !bb_store_save_offer (self->store, offer, &error))
    {
      show_save_error (self, error->message);
      return;
    }

  g_set_object (&self->offer, offer);
  self->changed = FALSE;
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, offer);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
add_contact (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (widget);
  ContactRows *rows = add_contact_rows (self, NULL, self->contacts->len, TRUE);

  present_new_contact (rows);
  mark_changed (self);
}

static void
undo_remove_contact (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (widget);
  RemovedContact *removed;
  ContactRows *rows;

  if (!g_hash_table_steal_extended (self->removed_contacts,
                                    GUINT_TO_POINTER (g_variant_get_uint32 (parameter)),
                                    NULL, (gpointer *) &removed))
    return;

  rows = removed->rows;
  /* An ambassador chosen since stays so: there is only one. */
  for (guint i = 0; i < self->contacts->len; i++)
    {
      ContactRows *other = g_ptr_array_index (self->contacts, i);

      if (gtk_switch_get_active (other->ambassador))
        gtk_switch_set_active (rows->ambassador, FALSE);
    }

  /* Others may have been removed since. */
  insert_contact_rows (self, rows, MIN (removed->position, self->contacts->len));
  g_object_unref (rows->expander);
  g_free (removed);

  gtk_widget_grab_focus (GTK_WIDGET (rows->expander));
  mark_changed (self);
}

static void
choose_provider (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->provider_row), g_variant_get_string (parameter, NULL));
}

static void
set_legal_basis (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->legal_basis_row), g_variant_get_string (parameter, NULL));
}

static void
on_save_button_clicked (BbOfferEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
on_field_changed (BbOfferEditor *self)
{
  mark_changed (self);
}

static void
on_title_changed (BbOfferEditor *self)
{
  if (!self->loading)
    self->title_edited = TRUE;
  mark_changed (self);
}

static void
on_provider_changed (BbOfferEditor *self)
{
  if (!self->loading)
    self->provider_edited = TRUE;
  update_provider (self);
  mark_changed (self);
}

static void
on_discard_response (BbOfferEditor *self)
{
  self->changed = FALSE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
bb_offer_editor_close_request (GtkWindow *window)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (window);
  GtkWidget *dialog;

  if (!self->changed)
    return GTK_WINDOW_CLASS (bb_offer_editor_parent_class)->close_request (window);

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return TRUE;
    }

  dialog = adw_message_dialog_new (window, _("Discard Changes?"),
                                   _("The changes to this offer will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response::discard",
                           G_CALLBACK (on_discard_response), self, G_CONNECT_SWAPPED);

  self->discard_dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->discard_dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
bb_offer_editor_constructed (GObject *object)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (object);

  G_OBJECT_CLASS (bb_offer_editor_parent_class)->constructed (object);

  fill_form (self);

  if (bb_offer_get_id (self->offer) == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
bb_offer_editor_dispose (GObject *object)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (object);

  g_clear_weak_pointer (&self->discard_dialog);
  /* The form goes now rather than in AdwWindow's dispose. */
  adw_window_set_content (ADW_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_OFFER_EDITOR);
  /* After the widgets: their handlers point into these. The table itself stays until
   * finalize, as a toast may still be dismissed. */
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_hash_table_remove_all (self->removed_contacts);
  g_clear_pointer (&self->target_groups, g_ptr_array_unref);
  g_clear_pointer (&self->steps, g_ptr_array_unref);

  G_OBJECT_CLASS (bb_offer_editor_parent_class)->dispose (object);
}

static void
bb_offer_editor_finalize (GObject *object)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->offer);
  g_clear_object (&self->providers);
  g_hash_table_unref (self->removed_contacts);

  G_OBJECT_CLASS (bb_offer_editor_parent_class)->finalize (object);
}

static void
bb_offer_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_OFFER:
      g_value_set_object (value, self->offer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BbOfferEditor *self = BB_OFFER_EDITOR (object);
  BbOffer *offer;

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_OFFER:
      /* The caller's offer stays as it is until the copy is saved. */
      offer = g_value_get_object (value);
      self->offer = offer != NULL ? bb_offer_copy (offer) : bb_offer_new ();
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_offer_editor_class_init (BbOfferEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = bb_offer_editor_constructed;
  object_class->dispose = bb_offer_editor_dispose;
  object_class->finalize = bb_offer_editor_finalize;
  object_class->get_property = bb_offer_editor_get_property;
  object_class->set_property = bb_offer_editor_set_property;
  window_class->close_request = bb_offer_editor_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         BB_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Written: the offer to edit (NULL for a new one). Read: the copy in the editor. */
  properties[PROP_OFFER] =
    g_param_spec_object ("offer", NULL, NULL,
                         BB_TYPE_OFFER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BB_TYPE_OFFER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/bb-offer-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, summary_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, description_buffer);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, legal_basis_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, keywords_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, provider_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, provider_error);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, provider_button);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, sector_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, department_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, target_groups_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, steps_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, age_min_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, age_min_error);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, age_max_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, age_max_error);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, access_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, capacity_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, capacity_error);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, waiting_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, waiting_error);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, opening_hours_row);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, BbOfferEditor, add_contact_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_provider_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel);
  gtk_widget_class_install_action (widget_class, "editor.add-contact", NULL, add_contact);
  gtk_widget_class_install_action (widget_class, "editor.undo-remove-contact", "u", undo_remove_contact);
  gtk_widget_class_install_action (widget_class, "editor.choose-provider", "s", choose_provider);
  gtk_widget_class_install_action (widget_class, "editor.set-legal-basis", "s", set_legal_basis);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
bb_offer_editor_init (BbOfferEditor *self)
{
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) accesses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  self->target_groups = g_ptr_array_new_with_free_func ((GDestroyNotify) choice_free);
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) choice_free);
  self->contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) contact_rows_free);
  self->removed_contacts = g_hash_table_new_full (NULL, NULL, NULL,
                                                  (GDestroyNotify) removed_contact_free);
  /* Until fill_form () has put the offer in. */
  self->loading = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In enum order, so the selected position is the value. */
  for (int i = 0; i < BB_SECTOR_COUNT; i++)
    gtk_string_list_append (sectors, bb_sector_get_label (i));
  for (int i = 0; i < BB_ACCESS_COUNT; i++)
    gtk_string_list_append (accesses, bb_access_get_label (i));
  for (int i = 0; i < BB_OFFER_STATUS_COUNT; i++)
    gtk_string_list_append (statuses, bb_offer_status_get_label (i));
  adw_combo_row_set_model (self->sector_row, G_LIST_MODEL (sectors));
  adw_combo_row_set_model (self->access_row, G_LIST_MODEL (accesses));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}

BbOfferEditor *
bb_offer_editor_new (BbStore *store,
                     BbOffer *offer)
{
  g_return_val_if_fail (BB_IS_STORE (store), NULL);
  g_return_val_if_fail (offer == NULL || BB_IS_OFFER (offer), NULL);

  return g_object_new (BB_TYPE_OFFER_EDITOR,
                       "store", store,
                       "offer", offer,
                       NULL);
}
