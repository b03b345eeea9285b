/* podium-after-layout.h — run something once the layout under way is done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*PodiumAfterLayoutFunc) (GtkWidget *widget);

/* Calls @func (@widget) once, at the start of @widget's next frame, before that frame's
 * layout: for what must not change widgets during a layout (from a size_allocate, or a
 * notification a widget sends while it is allocated). @pending (nullable) holds the call
 * while it waits, 0 otherwise; while one waits, another call does nothing. */
void podium_after_layout        (GtkWidget             *widget,
                                 guint                 *pending,
                                 PodiumAfterLayoutFunc  func);
/* Drops the call *@pending waits for, if any */
void podium_after_layout_cancel (GtkWidget             *widget,
                                 guint                 *pending);

G_END_DECLS
