/* podium-ui.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void   podium_ui_register_resources (void);
/* (transfer full): the bundled example, installed or in the source tree ($PODIUM_EXAMPLE
 * overrides it) */
GFile *podium_ui_get_example_file    (void);

/* Shows @chooser (a #GtkFileChooser) starting in @folder when that is a folder; whether it
 * is is asked off the main thread (a plan on a share), so the chooser opens a moment
 * later, unless @owner, the widget that asked, has left its window by then. @folder may
 * be %NULL. */
void   podium_ui_show_chooser_in     (GtkNativeDialog *chooser,
                                      GFile           *folder,
                                      GtkWidget       *owner);

G_END_DECLS
