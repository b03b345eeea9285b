/* bench-schedule-grid.c — how the schedule grid copes with a full day (docs/design.md §11)
 *
 * Not a test: `meson test -C BUILD --benchmark bench-schedule-grid` (it needs an X display,
 * and wraps itself in xvfb-run) shows a day of 500 sessions in 35 rooms and an empty day of
 * 35 rooms in the same run, and prints for each the first paint, one change (a session
 * moved, the view synced and repainted) and scrolling one step per frame, then the full
 * day's times as ratios of the empty day's. Laying out every card on every frame made the
 * scroll ratio 3–5; keeping cards to the shown day and allocating only what moved keeps it
 * near 1. Xvfb has no GPU, so the cairo renderer is used; software GL would time Mesa
 * rather than the grid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "podium-schedule-grid.h"
#include "podium-schedule-view.h"

#define ROUNDS 3

/* Runs the main loop until @widget has painted @n more frames */
static void
wait_frames (GtkWidget *widget,
             int        n)
{
  GdkFrameClock *clock;
  gint64 before;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (widget);
  before = gdk_frame_clock_get_frame_counter (clock);
  while (gdk_frame_clock_get_frame_counter (clock) < before + n)
    g_main_context_iteration (NULL, TRUE);
}

static PodiumScheduleGrid *
find_grid (GtkWidget *widget)
{
  if (PODIUM_IS_SCHEDULE_GRID (widget))
    return PODIUM_SCHEDULE_GRID (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child;
       child = gtk_widget_get_next_sibling (child))
    {
      PodiumScheduleGrid *found = find_grid (child);

      if (found)
        return found;
    }
  return NULL;
}

/* 35 rooms and 500 sessions on one day: build, change and scroll times */
typedef struct
{
  double build_ms;
  double change_ms;
  double scroll_mean_ms;
  double scroll_worst_ms;
} Speed;

static void
measure_speed (int    n_sessions,
               Speed *speed)
{
  g_autoptr(PodiumDocument) document = podium_document_new ();
  PodiumConference *conference = podium_document_get_conference (document);
  int date = 0;
  GtkWidget *window, *view;
  PodiumScheduleGrid *grid;
  GtkAdjustment *vadjustment, *hadjustment;
  GdkFrameClock *clock;
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) rooms = g_ptr_array_new ();
  gint64 t0;
  double build_ms, change_ms, worst = 0, total = 0;
  PodiumSession *moved = NULL;

  podium_time_parse_date ("2024-02-03", &date);
  g_object_set (conference, "start-date", date, "end-date", date,
                "day-start", 8 * 60, "day-end", 22 * 60, NULL);
  for (int r = 0; r < 35; r++)
    {
      g_autoptr(PodiumRoom) room = podium_room_new ();
      g_autofree char *id = g_strdup_printf ("room-%d", r);
      g_autofree char *name = g_strdup_printf ("Room %d", r);

      podium_object_set_id (PODIUM_OBJECT (room), id);
      g_object_set (room, "name", name, "capacity", 100 + r, NULL);
      podium_document_add (document, room);
      g_ptr_array_add (rooms, room);
    }
  for (int s = 0; s < n_sessions; s++)
    {
      g_autoptr(PodiumSession) session = podium_session_new ();
      g_autofree char *id = g_strdup_printf ("session-%d", s);
      g_autofree char *title = g_strdup_printf ("Session number %d about something", s);

      podium_object_set_id (PODIUM_OBJECT (session), id);
      g_object_set (session, "title", title, "kind", s % 12,
                    "start", podium_time_from_date (date, 8 * 60 + (s / 35) * 55),
                    "duration", 25 + (s % 4) * 10,
                    "room", g_ptr_array_index (rooms, s % 35), NULL);
      podium_document_add (document, session);
      if (s == 250)
        moved = session;
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 820);
  view = podium_schedule_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (view, 3);

  t0 = g_get_monotonic_time ();
  podium_schedule_view_set_document (PODIUM_SCHEDULE_VIEW (view), document);
  grid = find_grid (view);
  clock = gtk_widget_get_frame_clock (view);
  {
    /* until the first frame with every card is painted */
    gint64 before = gdk_frame_clock_get_frame_counter (clock);

    while (gdk_frame_clock_get_frame_counter (clock) < before + 2)
      g_main_context_iteration (NULL, TRUE);
  }
  build_ms = (g_get_monotonic_time () - t0) / 1000.0;
  g_assert_true (moved == NULL || podium_schedule_grid_get_card (grid, moved));

  /* One change: the view syncs in an idle and repaints */
  t0 = g_get_monotonic_time ();
  if (moved)
    podium_document_move (document, moved, g_ptr_array_index (rooms, 3),
                        podium_time_from_date (date, 12 * 60));
  {
    gint64 before = gdk_frame_clock_get_frame_counter (clock);

    while (gdk_frame_clock_get_frame_counter (clock) < before + 1)
      g_main_context_iteration (NULL, TRUE);
  }
  change_ms = (g_get_monotonic_time () - t0) / 1000.0;

  /* Scroll diagonally one step per frame and time the frames */
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (grid));
  hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (grid));
  for (int i = 0; i < 120; i++)
    {
      gint64 before = gdk_frame_clock_get_frame_counter (clock);
      double ms;

      t0 = g_get_monotonic_time ();
      gtk_adjustment_set_value (vadjustment, i * 24);
      gtk_adjustment_set_value (hadjustment, i * 40);
      while (gdk_frame_clock_get_frame_counter (clock) <= before)
        g_main_context_iteration (NULL, TRUE);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (frames, ms);
      worst = MAX (worst, ms);
      total += ms;
    }

  speed->build_ms = build_ms;
  speed->change_ms = change_ms;
  speed->scroll_mean_ms = total / frames->len;
  speed->scroll_worst_ms = worst;

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
print_speed (const char  *name,
             const Speed *speed)
{
  g_print ("%-22s first paint %7.1f ms   change %6.1f ms   scroll mean %5.1f ms, worst %5.1f ms\n",
           name, speed->build_ms, speed->change_ms, speed->scroll_mean_ms, speed->scroll_worst_ms);
}

int
main (int    argc,
      char **argv)
{
  Speed empty = { 0 }, full = { 0 };

  gdk_set_allowed_backends ("x11");
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  if (!gtk_init_check ())
    {
      g_printerr ("bench-schedule-grid: needs an X display\n");
      return 77;
    }
  adw_init ();

  /* The best of a few rounds of each, alternating, so that a busy moment on the machine
   * does not land on one side only
   */
  for (int round = 0; round < ROUNDS; round++)
    {
      Speed e, f;

      measure_speed (0, &e);
      measure_speed (500, &f);
      if (round == 0 || e.scroll_mean_ms < empty.scroll_mean_ms)
        empty = e;
      if (round == 0 || f.scroll_mean_ms < full.scroll_mean_ms)
        full = f;
    }

  print_speed ("empty day, 35 rooms:", &empty);
  print_speed ("500 sessions, 35 rooms:", &full);
  g_print ("ratio full / empty:     first paint %.1f   change %.1f   scroll mean %.2f   worst %.2f\n",
           full.build_ms / empty.build_ms, full.change_ms / empty.change_ms,
           full.scroll_mean_ms / empty.scroll_mean_ms, full.scroll_worst_ms / empty.scroll_worst_ms);
  return 0;
}
