/* podium-preferences-dialog.h — Preferences: how the schedule colours its cards, its zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PODIUM_TYPE_PREFERENCES_DIALOG (podium_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PodiumPreferencesDialog, podium_preferences_dialog, PODIUM,
                      PREFERENCES_DIALOG, AdwPreferencesWindow)

/* A modal window over @parent whose rows are bound to @settings (the application's):
 * a change applies at once */
GtkWidget *podium_preferences_dialog_new (GtkWindow *parent,
                                          GSettings *settings);

G_END_DECLS
