/* podium-test-gtk.h — what the tests and benchmarks that show widgets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-schedule-grid.h"

G_BEGIN_DECLS

/* Runs until @widget is mapped and its frame clock has painted @n frames from now; the
 * clock ticks meanwhile, since a window with nothing to redraw paints no frame */
void                podium_test_wait_frames (GtkWidget *widget,
                                             int        n);
/* The schedule grid inside @widget, or %NULL */
PodiumScheduleGrid *podium_test_find_grid   (GtkWidget *widget);

G_END_DECLS
