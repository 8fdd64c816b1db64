/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-demo-file.h"
#include "bb-demo-mode.h"

struct _BbDemoMode
{
  GObject       parent_instance;

  char         *real_path;
  char         *path;
  gboolean      create_folder;
  GSettings    *settings;
  BbClock      *clock;

  BbContext    *real;
  BbContext    *demo;
  gboolean      active;
  /* A generation runs: the first one, or a reset. */
  gboolean      busy;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (BbDemoMode, bb_demo_mode, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_ACTIVE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void fail (BbDemoMode *self,
                  const char *format,
                  ...) G_GNUC_PRINTF (2, 3);

static void
fail (BbDemoMode *self,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_signal_emit (self, signals[FAILED], 0, message);
}

static void
set_user_name (BbDemoMode *self,
               BbContext  *context)
{
  g_autofree char *name = NULL;

  if (context == NULL)
    return;

  if (self->settings != NULL)
    name = g_settings_get_string (self->settings, "adviser-name");
  bb_database_set_user_name (bb_context_get_database (context), name);
}

static void
on_adviser_name_changed (BbDemoMode *self)
{
  set_user_name (self, self->real);
  set_user_name (self, self->demo);
}

static BbContext *
open_context (BbDemoMode  *self,
              const char  *path,
              GError     **error)
{
  g_autoptr(BbDatabase) database = bb_database_open (path, self->create_folder, error);
  BbContext *context;

  if (database == NULL)
    return NULL;

  bb_database_set_clock (database, self->clock);
  context = bb_context_new (database, self->settings, error);
  set_user_name (self, context);
  return context;
}

/* What the window shows changes with each of them: notified together, the views let
 * go of the old database before anything closes it. */
static void
notify_all (BbDemoMode *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Shows the demonstration database at its path, or leaves demonstration mode when it
 * cannot be opened. */
static void
show_demo (BbDemoMode *self)
{
  g_autoptr(GError) error = NULL;

  self->demo = open_context (self, self->path, &error);
  if (self->demo == NULL)
    self->active = FALSE;
  notify_all (self);
  if (error != NULL)
    fail (self, _("The demonstration database cannot be opened: %s"), error->message);
}

static void
on_generated (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BbDemoMode) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean made = bb_demo_file_generate_finish (result, &error);

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  self->busy = FALSE;
  if (!self->active)
    {
      /* Left while it was being made: it is there for the next time. */
      notify_all (self);
    }
  else if (made || g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      /* A failed reset left the old demonstration data as it was. */
      show_demo (self);
    }
  else
    {
      self->active = FALSE;
      notify_all (self);
    }

  if (!made)
    fail (self, _("The demonstration data cannot be made: %s"), error->message);
}

static void
generate (BbDemoMode *self)
{
  bb_demo_file_generate_async (self->path, self->clock, self->create_folder, self->cancellable,
                               on_generated, g_object_ref (self));
}

static void
bb_demo_mode_dispose (GObject *object)
{
  BbDemoMode *self = BB_DEMO_MODE (object);

  /* A generation still running finishes in its thread; its file is then removed. */
  g_cancellable_cancel (self->cancellable);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->demo);
  g_clear_object (&self->real);

  G_OBJECT_CLASS (bb_demo_mode_parent_class)->dispose (object);
}

static void
bb_demo_mode_finalize (GObject *object)
{
  BbDemoMode *self = BB_DEMO_MODE (object);

  g_clear_pointer (&self->real_path, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (bb_demo_mode_parent_class)->finalize (object);
}

static void
bb_demo_mode_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BbDemoMode *self = BB_DEMO_MODE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, bb_demo_mode_get_context (self));
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_demo_mode_class_init (BbDemoModeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bb_demo_mode_dispose;
  object_class->finalize = bb_demo_mode_finalize;
  object_class->get_property = bb_demo_mode_get_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BB_TYPE_CONTEXT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
bb_demo_mode_init (BbDemoMode *self)
{
  self->cancellable = g_cancellable_new ();
}

/* @real is the real database's context when it is open already, NULL to open it only
 * on leaving; @create_folder as for bb_database_open (). */
BbDemoMode *
bb_demo_mode_new (const char *real_path,
                  gboolean    create_folder,
                  BbContext  *real,
                  GSettings  *settings,
                  BbClock    *clock)
{
  BbDemoMode *self;

  g_return_val_if_fail (real_path != NULL, NULL);
  g_return_val_if_fail (real == NULL || BB_IS_CONTEXT (real), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (BB_IS_CLOCK (clock), NULL);

  self = g_object_new (BB_TYPE_DEMO_MODE, NULL);
  self->real_path = g_strdup (real_path);
  self->path = bb_demo_file_dup_path (real_path);
  self->create_folder = create_folder;
  self->real = real != NULL ? g_object_ref (real) : NULL;
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->clock = g_object_ref (clock);

  if (settings != NULL)
    g_signal_connect_swapped (settings, "changed::adviser-name",
                              G_CALLBACK (on_adviser_name_changed), self);

  return self;
}

BbContext *
bb_demo_mode_get_context (BbDemoMode *self)
{
  g_return_val_if_fail (BB_IS_DEMO_MODE (self), NULL);

  if (!self->active)
    return self->real;

  return self->busy ? NULL : self->demo;
}

gboolean
bb_demo_mode_get_active (BbDemoMode *self)
{
  g_return_val_if_fail (BB_IS_DEMO_MODE (self), FALSE);

  return self->active;
}

gboolean
bb_demo_mode_get_busy (BbDemoMode *self)
{
  g_return_val_if_fail (BB_IS_DEMO_MODE (self), FALSE);

  return self->busy;
}

const char *
bb_demo_mode_get_path (BbDemoMode *self)
{
  g_return_val_if_fail (BB_IS_DEMO_MODE (self), NULL);

  return self->path;
}

void
bb_demo_mode_enter (BbDemoMode *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BB_IS_DEMO_MODE (self));

  if (self->active)
    return;

  /* Left while the first generation ran: it is still coming. */
  if (!self->busy && g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      self->demo = open_context (self, self->path, &error);
      if (self->demo == NULL)
        {
          fail (self, _("The demonstration database cannot be opened: %s"), error->message);
          return;
        }
    }
  else if (!self->busy)
    {
      self->busy = TRUE;
      generate (self);
    }

  self->active = TRUE;
  notify_all (self);
}

void
bb_demo_mode_leave (BbDemoMode *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BB_IS_DEMO_MODE (self));

  if (!self->active)
    return;

  if (self->real == NULL)
    {
      self->real = open_context (self, self->real_path, &error);
      if (self->real == NULL)
        {
          fail (self, _("Your own database cannot be opened: %s"), error->message);
          return;
        }
    }

  self->active = FALSE;
  notify_all (self);
  g_clear_object (&self->demo);
}

void
bb_demo_mode_reset (BbDemoMode *self)
{
  g_return_if_fail (BB_IS_DEMO_MODE (self));

  if (!self->active || self->busy)
    return;

  /* The views let go of the old file, and it is closed, before it is replaced. */
  self->busy = TRUE;
  notify_all (self);
  g_clear_object (&self->demo);
  generate (self);
}
