/* podium-preferences-dialog.c — Preferences: how the schedule colours its cards, its zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-preferences-dialog.h"
#include "podium-ui.h"

struct _PodiumPreferencesDialog
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* template children */
  AdwComboRow          *color_row;
  GtkSpinButton        *zoom_spin;
};

G_DEFINE_FINAL_TYPE (PodiumPreferencesDialog, podium_preferences_dialog,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* The "color-by" key's choices, in the order of the colour row's items in the .ui */
static const char * const color_by_values[] = { "kind", "organization" };

static gboolean
color_by_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *color_by = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_by_values); i++)
    if (g_str_equal (color_by, color_by_values[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
color_by_set_mapping (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  if (i >= G_N_ELEMENTS (color_by_values))
    return NULL;
  return g_variant_new_string (color_by_values[i]);
}

static void
podium_preferences_dialog_dispose (GObject *object)
{
  PodiumPreferencesDialog *self = PODIUM_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODIUM_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (podium_preferences_dialog_parent_class)->dispose (object);
}

static void
podium_preferences_dialog_class_init (PodiumPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = podium_preferences_dialog_dispose;

  podium_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/podiumplanner/Podium/"
                                               "podium-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PodiumPreferencesDialog, color_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumPreferencesDialog, zoom_spin);
}

static void
podium_preferences_dialog_init (PodiumPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
podium_preferences_dialog_new (GtkWindow *parent,
                               GSettings *settings)
{
  PodiumPreferencesDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PODIUM_TYPE_PREFERENCES_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind_with_mapping (settings, "color-by", self->color_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_by_get_mapping, color_by_set_mapping, NULL, NULL);
  g_settings_bind (settings, "grid-zoom", self->zoom_spin, "value", G_SETTINGS_BIND_DEFAULT);
  return GTK_WIDGET (self);
}
