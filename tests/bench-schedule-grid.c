/* bench-schedule-grid.c — how the schedule grid copes with a full day (docs/design.md §11)
 *
 * Not a test: `meson test -C BUILD --benchmark bench-schedule-grid` (it needs an X display,
 * and wraps itself in xvfb-run) shows two days of 500 sessions in 35 rooms and two empty
 * days of 35 rooms in the same run, and prints for each the first paint, a day switch, one
 * change (a session moved, the view synced and repainted), scrolling one step per frame and
 * a drag across the day, then the full day's times as ratios of the empty day's. For the
 * scroll and the drag it prints the grid's own work per frame (its allocate and snapshot,
 * children included), whose 95th percentile should stay far below a 16.7 ms frame.
 * Making 500 card widgets made the first paint 5× the empty day's; cards are now made
 * near the view only and reused across days. Last, it opens the FOSDEM 2020 schedule
 * (when the sample is there) against the seed event: in Podium's window, as a user opens
 * a file (the window reads it in a worker thread while it appears), until the schedule
 * has painted it; and, for where the time goes, reading it and then showing it in the
 * schedule view alone. Xvfb has no GPU, so the cairo renderer is used; software GL would
 * time Mesa rather than the grid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-test-gtk.h"

#include <adwaita.h>

#include <glib/gstdio.h>
#include <stdlib.h>

#include "podium-frab.h"
#include "podium-json.h"
#include "podium-plan.h"
#include "podium-ui.h"
#include "podium-window.h"
#include "podium-schedule-grid-private.h"
#include "podium-schedule-view.h"

#define ROUNDS (g_getenv ("PODIUM_BENCH_ROUNDS") ? atoi (g_getenv ("PODIUM_BENCH_ROUNDS")) : 3)

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
percentile (GArray *values,
            double  p)
{
  g_autoptr(GArray) sorted = g_array_copy (values);

  if (sorted->len == 0)
    return 0;
  g_array_sort (sorted, compare_doubles);
  return g_array_index (sorted, double, MIN (sorted->len - 1, (guint) (p * sorted->len)));
}

/* Runs until @widget's frame clock has painted @n frames from now; the milliseconds it took */
static double
time_frames (GtkWidget *widget,
             int        n,
             gint64     t0)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 before = gdk_frame_clock_get_frame_counter (clock);

  /* The empty day may have nothing to redraw (no card to move, nothing to scroll to):
   * the clock ticks anyway, as it does for the full day */
  gdk_frame_clock_begin_updating (clock);
  while (gdk_frame_clock_get_frame_counter (clock) < before + n)
    g_main_context_iteration (NULL, TRUE);
  gdk_frame_clock_end_updating (clock);
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* 35 rooms and 500 sessions on each of two days: build, switch, change, scroll and drag */
typedef struct
{
  double build_ms;
  double build_call_ms;   /* of which in podium_schedule_view_set_document () */
  double build_grid_ms;   /* of which the grid's own work: cards, allocate, snapshot */
  double switch_ms;
  double switch_call_ms;
  double switch_grid_ms;
  double change_ms;
  double scroll_mean_ms;
  double scroll_worst_ms;
  double scroll_work_p95_ms;
  double drag_work_p95_ms;
  double drag_work_worst_ms;
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
  g_autoptr(GArray) scroll_work = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) drag_work = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) rooms = g_ptr_array_new ();
  gint64 t0;
  double worst = 0, total = 0;
  PodiumSession *moved = NULL;
  int width, height;

  podium_time_parse_date ("2024-02-03", &date);
  g_object_set (conference, "start-date", date, "end-date", date + 1,
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
  for (int day = 0; day < 2; day++)
    for (int s = 0; s < n_sessions; s++)
      {
        g_autoptr(PodiumSession) session = podium_session_new ();
        g_autofree char *id = g_strdup_printf ("session-%d-%d", day, s);
        g_autofree char *title = g_strdup_printf ("Session number %d about something", s);

        podium_object_set_id (PODIUM_OBJECT (session), id);
        g_object_set (session, "title", title, "kind", s % 12,
                      "start", podium_time_from_date (date + day, 8 * 60 + (s / 35) * 55),
                      "duration", 25 + (s % 4) * 10,
                      "room", g_ptr_array_index (rooms, s % 35), NULL);
        podium_document_add (document, session);
        if (s == 250 && day == 0)
          moved = session;
      }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 820);
  view = podium_schedule_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  podium_test_wait_frames (view, 3);

  /* First paint: until the first frame with the cards in view is painted */
  grid = podium_test_find_grid (view);
  podium_schedule_grid_take_work_time (grid);
  t0 = g_get_monotonic_time ();
  podium_schedule_view_set_document (PODIUM_SCHEDULE_VIEW (view), document);
  speed->build_call_ms = (g_get_monotonic_time () - t0) / 1000.0;
  speed->build_ms = time_frames (view, 2, t0);
  speed->build_grid_ms = podium_schedule_grid_take_work_time (grid) / 1000.0;
  g_assert_true (moved == NULL || podium_schedule_grid_get_card (grid, moved));

  /* A day switch there and back, the best of both */
  for (int i = 0; i < 2; i++)
    {
      double ms, call_ms;

      podium_schedule_grid_take_work_time (grid);
      t0 = g_get_monotonic_time ();
      podium_schedule_grid_set_date (grid, date + (i == 0 ? 1 : 0));
      call_ms = (g_get_monotonic_time () - t0) / 1000.0;
      ms = time_frames (view, 2, t0);
      if (i == 0 || ms < speed->switch_ms)
        {
          speed->switch_ms = ms;
          speed->switch_call_ms = call_ms;
          speed->switch_grid_ms = podium_schedule_grid_take_work_time (grid) / 1000.0;
        }
      podium_test_wait_frames (view, 3);
    }

  /* One change: the view syncs in an idle and repaints */
  t0 = g_get_monotonic_time ();
  if (moved)
    podium_document_move (document, moved, g_ptr_array_index (rooms, 3),
                        podium_time_from_date (date, 12 * 60));
  speed->change_ms = time_frames (view, 1, t0);

  /* Scroll diagonally one step per frame and time the frames */
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (grid));
  hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (grid));
  podium_schedule_grid_take_work_time (grid);
  for (int i = 0; i < 120; i++)
    {
      double ms, work;

      t0 = g_get_monotonic_time ();
      gtk_adjustment_set_value (vadjustment, i * 24);
      gtk_adjustment_set_value (hadjustment, i * 40);
      ms = time_frames (view, 1, t0);
      work = podium_schedule_grid_take_work_time (grid) / 1000.0;
      g_array_append_val (scroll_work, work);
      worst = MAX (worst, ms);
      total += ms;
    }
  speed->scroll_mean_ms = total / 120;
  speed->scroll_worst_ms = worst;
  speed->scroll_work_p95_ms = percentile (scroll_work, 0.95);

  /* A drag across the day: the pointer goes from the top left to the bottom right while
   * the view scrolls under it as autoscroll would, and the preview follows each frame
   */
  gtk_adjustment_set_value (vadjustment, 0);
  gtk_adjustment_set_value (hadjustment, 0);
  podium_test_wait_frames (view, 2);
  width = gtk_widget_get_width (GTK_WIDGET (grid));
  height = gtk_widget_get_height (GTK_WIDGET (grid));
  podium_schedule_grid_take_work_time (grid);
  for (int i = 0; i < 180; i++)
    {
      PodiumSession *held = moved ? moved : podium_session_new ();
      double work;

      podium_schedule_grid_drag_motion (grid, held, 10,
                                        120 + (width - 240) * (i % 60) / 60.0,
                                        100 + (height - 200) * (i % 60) / 60.0);
      if (moved == NULL)
        g_object_unref (held);
      gtk_adjustment_set_value (vadjustment, i * 12);
      gtk_adjustment_set_value (hadjustment, i * 20);
      time_frames (view, 1, g_get_monotonic_time ());
      work = podium_schedule_grid_take_work_time (grid) / 1000.0;
      g_array_append_val (drag_work, work);
      speed->drag_work_worst_ms = MAX (speed->drag_work_worst_ms, work);
    }
  podium_schedule_grid_stop_autoscroll (grid);
  podium_schedule_grid_clear_preview (grid);
  speed->drag_work_p95_ms = percentile (drag_work, 0.95);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
print_speed (const char  *name,
             const Speed *speed)
{
  g_print ("%-24s first paint %6.1f ms  day switch %6.1f ms  change %5.1f ms  "
           "scroll mean %4.1f ms, worst %4.1f ms\n",
           name, speed->build_ms, speed->switch_ms, speed->change_ms,
           speed->scroll_mean_ms, speed->scroll_worst_ms);
  g_print ("%-24s first paint: %5.1f ms in set_document, grid's work %5.1f ms; "
           "day switch: %5.1f ms in set_date, grid's work %5.1f ms\n",
           "", speed->build_call_ms, speed->build_grid_ms, speed->switch_call_ms, speed->switch_grid_ms);
  g_print ("%-24s grid work per frame: scrolling p95 %5.2f ms; dragging p95 %5.2f ms, worst %5.2f ms\n",
           "", speed->scroll_work_p95_ms, speed->drag_work_p95_ms, speed->drag_work_worst_ms);
}

/* Where opening a plan goes: reading, handing it to the view, and the first frames */
typedef struct
{
  double total_ms;
  double read_ms;
  double set_document_ms;
  double frames_ms;
} Opening;

/* One after the other: reading a plan, then showing it, until the window has painted its
 * first frames */
static Opening
open_plan_in_turn (PodiumDocument *(*read) (const char *path),
                   const char      *path)
{
  gint64 t0 = g_get_monotonic_time (), t1, t2;
  g_autoptr(PodiumDocument) document = read (path);
  GtkWidget *window;
  GtkWidget *view;
  Opening ms;

  g_assert_nonnull (document);
  t1 = g_get_monotonic_time ();
  window = gtk_window_new ();
  view = podium_schedule_view_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 820);
  podium_schedule_view_set_document (PODIUM_SCHEDULE_VIEW (view), document);
  t2 = g_get_monotonic_time ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (view))
    g_main_context_iteration (NULL, TRUE);
  ms.total_ms = time_frames (view, 2, t0);
  ms.read_ms = (t1 - t0) / 1000.0;
  ms.set_document_ms = (t2 - t1) / 1000.0;
  ms.frames_ms = ms.total_ms - ms.read_ms - ms.set_document_ms;

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  return ms;
}

/* As a user opens a file: Podium's own window, which reads the plan in a worker thread
 * while it appears, until its schedule has painted the first frames with the plan */
static Opening
open_plan_in_window (GtkApplication *app,
                     const char     *path)
{
  gint64 t0 = g_get_monotonic_time (), t1;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PodiumWindow *window = podium_window_new (app);
  PodiumScheduleGrid *grid = NULL;
  Opening ms = { 0 };

  podium_window_open (window, file);
  gtk_window_present (GTK_WINDOW (window));
  while (podium_window_get_plan (window) == NULL ||
         !(grid = podium_test_find_grid (GTK_WIDGET (window))) ||
         !gtk_widget_get_mapped (GTK_WIDGET (grid)))
    g_main_context_iteration (NULL, TRUE);
  t1 = g_get_monotonic_time ();
  ms.total_ms = time_frames (GTK_WIDGET (grid), 2, t0);
  ms.read_ms = (t1 - t0) / 1000.0;
  ms.frames_ms = ms.total_ms - ms.read_ms;

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  return ms;
}

/* The best of the rounds */
static void
keep_fastest (Opening       *best,
              const Opening *opening,
              int            round)
{
  if (round == 0 || opening->total_ms < best->total_ms)
    *best = *opening;
}

static PodiumDocument *
read_json (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return podium_json_read_file (file, NULL);
}

static PodiumDocument *
read_frab (const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  bytes = g_bytes_new_take (contents, length);
  return podium_frab_xml_read (bytes, path, NULL);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}

int
main (int    argc,
      char **argv)
{
  Speed empty = { 0 }, full = { 0 };
  const char *root = g_getenv ("PODIUM_SOURCE_ROOT");
  const char *samples = g_getenv ("PODIUM_SAMPLES_DIR");
  g_autofree char *seed = NULL;
  g_autofree char *fosdem = NULL;
  g_autofree char *home = NULL;
  static const char *homes[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

  gdk_set_allowed_backends ("x11");
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  /* The window adds what it opens to the recent files, under the application's name */
  g_set_application_name ("Podium Benchmark");
  if (!gtk_init_check ())
    {
      g_printerr ("bench-schedule-grid: needs an X display\n");
      return 77;
    }
  adw_init ();

  /* The best of a few rounds of each, alternating, so that a busy moment on the machine
   * does not land on one side only
   */
  /* PODIUM_BENCH_ONLY=open or window: the opening only, for profiling it */
  for (int round = 0; round < ROUNDS && g_getenv ("PODIUM_BENCH_ONLY") == NULL; round++)
    {
      Speed e, f;

      measure_speed (0, &e);
      measure_speed (500, &f);
      if (round == 0)
        {
          empty = e;
          full = f;
          continue;
        }
      if (e.build_ms < empty.build_ms)
        {
          empty.build_ms = e.build_ms;
          empty.build_call_ms = e.build_call_ms;
          empty.build_grid_ms = e.build_grid_ms;
        }
      if (f.build_ms < full.build_ms)
        {
          full.build_ms = f.build_ms;
          full.build_call_ms = f.build_call_ms;
          full.build_grid_ms = f.build_grid_ms;
        }
      if (e.switch_ms < empty.switch_ms)
        {
          empty.switch_ms = e.switch_ms;
          empty.switch_call_ms = e.switch_call_ms;
          empty.switch_grid_ms = e.switch_grid_ms;
        }
      if (f.switch_ms < full.switch_ms)
        {
          full.switch_ms = f.switch_ms;
          full.switch_call_ms = f.switch_call_ms;
          full.switch_grid_ms = f.switch_grid_ms;
        }
      empty.change_ms = MIN (empty.change_ms, e.change_ms);
      full.change_ms = MIN (full.change_ms, f.change_ms);
      if (e.scroll_mean_ms < empty.scroll_mean_ms)
        {
          empty.scroll_mean_ms = e.scroll_mean_ms;
          empty.scroll_worst_ms = e.scroll_worst_ms;
        }
      if (f.scroll_mean_ms < full.scroll_mean_ms)
        {
          full.scroll_mean_ms = f.scroll_mean_ms;
          full.scroll_worst_ms = f.scroll_worst_ms;
        }
      empty.scroll_work_p95_ms = MIN (empty.scroll_work_p95_ms, e.scroll_work_p95_ms);
      full.scroll_work_p95_ms = MIN (full.scroll_work_p95_ms, f.scroll_work_p95_ms);
      if (e.drag_work_p95_ms < empty.drag_work_p95_ms)
        {
          empty.drag_work_p95_ms = e.drag_work_p95_ms;
          empty.drag_work_worst_ms = e.drag_work_worst_ms;
        }
      if (f.drag_work_p95_ms < full.drag_work_p95_ms)
        {
          full.drag_work_p95_ms = f.drag_work_p95_ms;
          full.drag_work_worst_ms = f.drag_work_worst_ms;
        }
    }

  g_print ("best of %d rounds\n", ROUNDS);
  print_speed ("empty days, 35 rooms:", &empty);
  print_speed ("500 a day, 35 rooms:", &full);
  g_print ("ratio full / empty:      first paint %.2f  day switch %.2f  change %.2f  "
           "scroll mean %.2f  worst %.2f\n",
           full.build_ms / empty.build_ms, full.switch_ms / empty.switch_ms,
           full.change_ms / empty.change_ms,
           full.scroll_mean_ms / empty.scroll_mean_ms, full.scroll_worst_ms / empty.scroll_worst_ms);
  g_print ("                         grid work p95: scrolling %.2f  dragging %.2f\n",
           full.scroll_work_p95_ms / MAX (0.01, empty.scroll_work_p95_ms),
           full.drag_work_p95_ms / MAX (0.01, empty.drag_work_p95_ms));

  /* Opening a large real schedule against the seed event */
  seed = g_build_filename (root ? root : ".", "data", "examples", "austauschtreffen.podium.json", NULL);
  fosdem = g_build_filename (samples ? samples : "../shared/formats/samples",
                             "mttcrsp-fosdem__fosdem_2020.xml", NULL);
  if (g_file_test (seed, G_FILE_TEST_EXISTS) && g_file_test (fosdem, G_FILE_TEST_EXISTS))
    {
      Opening seed_window = { 0 }, fosdem_window = { 0 }, seed_turn = { 0 }, fosdem_turn = { 0 };
      g_autoptr(GtkApplication) app = NULL;

      /* The window keeps drafts and recent files: in a home of the benchmark's own */
      home = g_dir_make_tmp ("podium-bench-XXXXXX", NULL);
      g_assert_nonnull (home);
      for (guint i = 0; i < G_N_ELEMENTS (homes); i++)
        {
          g_autofree char *dir = g_build_filename (home, homes[i], NULL);
          g_setenv (homes[i], dir, TRUE);
        }
      podium_ui_register_resources ();
      app = GTK_APPLICATION (adw_application_new ("io.github.podiumplanner.Podium.Bench",
                                                  G_APPLICATION_NON_UNIQUE));
      g_application_set_resource_base_path (G_APPLICATION (app), "/io/github/podiumplanner/Podium");
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
      for (int round = 0; round < ROUNDS; round++)
        {
          Opening sw = open_plan_in_window (app, seed);
          Opening fw = open_plan_in_window (app, fosdem);

          keep_fastest (&seed_window, &sw, round);
          keep_fastest (&fosdem_window, &fw, round);
        }
      g_print ("opening in Podium's window (as a user opens a file; the ratio that counts):\n");
      g_print ("                         seed event %.1f ms  FOSDEM 2020 %.1f ms  ratio %.2f\n",
               seed_window.total_ms, fosdem_window.total_ms, fosdem_window.total_ms / seed_window.total_ms);
      g_print ("%-24s seed event: window and plan there %.1f ms, first frames %.1f ms\n",
               "", seed_window.read_ms, seed_window.frames_ms);
      g_print ("%-24s FOSDEM 2020: window and plan there %.1f ms, first frames %.1f ms\n",
               "", fosdem_window.read_ms, fosdem_window.frames_ms);

      /* PODIUM_BENCH_ONLY=window: Podium's window only, for profiling it */
      for (int round = 0; round < ROUNDS && g_strcmp0 (g_getenv ("PODIUM_BENCH_ONLY"), "window") != 0; round++)
        {
          Opening st = open_plan_in_turn (read_json, seed);
          Opening ft = open_plan_in_turn (read_frab, fosdem);

          keep_fastest (&seed_turn, &st, round);
          keep_fastest (&fosdem_turn, &ft, round);
        }
      g_print ("the schedule view alone, reading then showing:\n");
      g_print ("                         seed event %.1f ms  FOSDEM 2020 %.1f ms  ratio %.2f\n",
               seed_turn.total_ms, fosdem_turn.total_ms, fosdem_turn.total_ms / seed_turn.total_ms);
      g_print ("%-24s seed event: read %.1f ms, set_document %.1f ms, first frames %.1f ms\n",
               "", seed_turn.read_ms, seed_turn.set_document_ms, seed_turn.frames_ms);
      g_print ("%-24s FOSDEM 2020: read %.1f ms, set_document %.1f ms, first frames %.1f ms\n",
               "", fosdem_turn.read_ms, fosdem_turn.set_document_ms, fosdem_turn.frames_ms);
    }
  else
    g_print ("opening and showing:     skipped (no %s)\n", fosdem);
  if (home)
    remove_tree (home);
  return 0;
}
