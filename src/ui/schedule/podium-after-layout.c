/* podium-after-layout.c — run something once the layout under way is done
 *
 * A tick callback that removes itself: it runs in the frame clock's update phase, so what
 * it changes is laid out and drawn in that same frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-after-layout.h"

typedef struct
{
  guint                 *pending;
  PodiumAfterLayoutFunc  func;
} Later;

static gboolean
on_tick_cb (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       data)
{
  Later *later = data;

  if (later->pending)
    *later->pending = 0;
  later->func (widget);
  return G_SOURCE_REMOVE;
}

void
podium_after_layout (GtkWidget             *widget,
                     guint                 *pending,
                     PodiumAfterLayoutFunc  func)
{
  Later *later;
  guint id;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (func != NULL);

  if (pending && *pending)
    return;
  later = g_new (Later, 1);
  later->pending = pending;
  later->func = func;
  id = gtk_widget_add_tick_callback (widget, on_tick_cb, later, g_free);
  if (pending)
    *pending = id;
}

void
podium_after_layout_cancel (GtkWidget *widget,
                            guint     *pending)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (pending != NULL);

  if (*pending)
    gtk_widget_remove_tick_callback (widget, *pending);
  *pending = 0;
}
