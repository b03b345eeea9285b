/* podium-test-gtk.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-test-gtk.h"

void
podium_test_wait_frames (GtkWidget *widget,
                         int        n)
{
  GdkFrameClock *clock;
  gint64 before;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (widget);
  before = gdk_frame_clock_get_frame_counter (clock);
  gdk_frame_clock_begin_updating (clock);
  while (gdk_frame_clock_get_frame_counter (clock) < before + n)
    g_main_context_iteration (NULL, TRUE);
  gdk_frame_clock_end_updating (clock);
}

PodiumScheduleGrid *
podium_test_find_grid (GtkWidget *widget)
{
  if (PODIUM_IS_SCHEDULE_GRID (widget))
    return PODIUM_SCHEDULE_GRID (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child;
       child = gtk_widget_get_next_sibling (child))
    {
      PodiumScheduleGrid *found = podium_test_find_grid (child);

      if (found)
        return found;
    }
  return NULL;
}
