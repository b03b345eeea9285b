/* podium-accessible.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void podium_accessible_drop_mnemonic_names (GtkWidget  *root);
void podium_accessible_name_inner_button   (GtkWidget  *widget,
                                            const char *name);
void podium_accessible_hide_stack_pages    (GtkWidget  *stack);

G_END_DECLS
