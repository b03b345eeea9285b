/* test-grid-layout.c — the schedule grid's geometry, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-grid-layout.h"
#include "podium-time.h"

static PodiumGridLayout
day_layout (void)
{
  PodiumGridLayout layout = { .zoom = 15, .slot = 5, .n_columns = 4, .column_width = 200 };

  /* 09:00–18:00 on day 100 */
  podium_grid_layout_set_bounds (&layout, podium_time_from_date (100, 9 * 60),
                                 podium_time_from_date (100, 18 * 60));
  return layout;
}

/* A session's card sits in its room's column, one row per zoom step, lanes side by side */
static void
test_card_rect (void)
{
  PodiumGridLayout layout = day_layout ();
  gint64 ten = podium_time_from_date (100, 10 * 60);
  graphene_rect_t rect, left, right;

  g_assert_cmpint (podium_grid_layout_content_height (&layout), ==, 9 * 4 * PODIUM_GRID_ROW_HEIGHT);
  g_assert_cmpint (podium_grid_layout_content_width (&layout), ==, 800);

  podium_grid_layout_card_rect (&layout, 2, 1, 0, 1, ten, ten + 30, &rect);
  g_assert_cmpfloat (rect.origin.x, >=, 400);
  g_assert_cmpfloat (rect.origin.x + rect.size.width, <=, 600);
  g_assert_cmpfloat (rect.origin.y, >=, 4 * PODIUM_GRID_ROW_HEIGHT);
  g_assert_cmpfloat (rect.origin.y, <, 4 * PODIUM_GRID_ROW_HEIGHT + PODIUM_GRID_CARD_GAP);
  g_assert_cmpfloat (rect.size.height, ==, 2 * PODIUM_GRID_ROW_HEIGHT - PODIUM_GRID_CARD_GAP);

  podium_grid_layout_card_rect (&layout, 2, 1, 0, 2, ten, ten + 30, &left);
  podium_grid_layout_card_rect (&layout, 2, 1, 1, 2, ten, ten + 30, &right);
  g_assert_cmpfloat (left.origin.x + left.size.width, <, right.origin.x);
  g_assert_cmpfloat (right.origin.x + right.size.width, <=, 600);

  /* A one-minute session at 30-minute zoom still has a card to grab */
  layout.zoom = 30;
  podium_grid_layout_card_rect (&layout, 0, 1, 0, 1, ten, ten + 1, &rect);
  g_assert_cmpfloat (rect.size.height, >=, 6);
}

/* The pointer maps back to a room and a start snapped to the slot, kept inside the day */
static void
test_place_at (void)
{
  PodiumGridLayout layout = day_layout ();
  int column = -1;
  gint64 start = 0;

  /* 10:07 in the third room, held at its top: 10:05 */
  g_assert_true (podium_grid_layout_place_at (&layout, 450, (67 / 15.0) * PODIUM_GRID_ROW_HEIGHT,
                                              0, 30, &column, &start));
  g_assert_cmpint (column, ==, 2);
  g_assert_cmpint (podium_time_get_clock (start), ==, 10 * 60 + 5);

  /* Beyond the last room and past the day's end: the last room, ending at 18:00 */
  g_assert_true (podium_grid_layout_place_at (&layout, 5000, 1e6, 0, 60, &column, &start));
  g_assert_cmpint (column, ==, 3);
  g_assert_cmpint (podium_time_get_clock (start), ==, 17 * 60);

  /* Above the first row: 09:00 */
  g_assert_true (podium_grid_layout_place_at (&layout, -20, -50, 10, 30, &column, &start));
  g_assert_cmpint (column, ==, 0);
  g_assert_cmpint (podium_time_get_clock (start), ==, 9 * 60);

  layout.n_columns = 0;
  g_assert_false (podium_grid_layout_place_at (&layout, 10, 10, 0, 30, &column, &start));
}

static void
test_resize_and_insert (void)
{
  PodiumGridLayout layout = day_layout ();
  double ppm = podium_grid_layout_pixels_per_minute (&layout);

  /* 30 minutes dragged 12 minutes longer snaps to 40; never below one slot */
  g_assert_cmpint (podium_grid_layout_resized_duration (&layout, 30, 12 * ppm, 600), ==, 40);
  g_assert_cmpint (podium_grid_layout_resized_duration (&layout, 30, -1000, 600), ==, 5);
  g_assert_cmpint (podium_grid_layout_resized_duration (&layout, 30, 1e6, 600), ==, 600);

  g_assert_cmpint (podium_grid_layout_insert_column_at (&layout, 90), ==, 0);
  g_assert_cmpint (podium_grid_layout_insert_column_at (&layout, 110), ==, 1);
  g_assert_cmpint (podium_grid_layout_insert_column_at (&layout, 9000), ==, 4);
}

/* A day's bounds widen to whole rows: 09:10–17:50 at 30 minutes is 09:00–18:00 */
static void
test_bounds (void)
{
  PodiumGridLayout layout = { .zoom = 30, .slot = 5, .n_columns = 1, .column_width = 200 };
  int first, last;

  podium_grid_layout_set_bounds (&layout, podium_time_from_date (100, 9 * 60 + 10),
                                 podium_time_from_date (100, 17 * 60 + 50));
  g_assert_cmpint (podium_time_get_clock (layout.view_start), ==, 9 * 60);
  g_assert_cmpint (podium_time_get_clock (layout.view_end), ==, 18 * 60);

  podium_grid_layout_rows_in (&layout, 2.5 * PODIUM_GRID_ROW_HEIGHT, 3 * PODIUM_GRID_ROW_HEIGHT,
                              &first, &last);
  g_assert_cmpint (first, ==, 2);
  g_assert_cmpint (last, ==, 6);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/grid-layout/card-rect", test_card_rect);
  g_test_add_func ("/grid-layout/place-at", test_place_at);
  g_test_add_func ("/grid-layout/resize-and-insert", test_resize_and_insert);
  g_test_add_func ("/grid-layout/bounds", test_bounds);

  return g_test_run ();
}
