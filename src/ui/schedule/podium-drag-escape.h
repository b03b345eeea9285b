/* podium-drag-escape.h — Escape cancels a drag, on every windowing system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

/* Makes Escape cancel @drag until it ends. Call from GtkDragSource::drag-begin.
 *
 * Wayland compositors cancel a drag on Escape themselves. GTK 4.8's X11 backend grabs
 * Escape on the root window for the drag but never gets the key to the drag: the grab is
 * for the pointer only, so the key press has no surface and is dropped. On X11 this
 * watches the display's events for that key press and cancels the drag the way GDK
 * would (GdkDrag::cancel with GDK_DRAG_CANCEL_USER_CANCELLED). Elsewhere it does nothing.
 */
void podium_drag_cancel_on_escape (GdkDrag *drag);

G_END_DECLS
