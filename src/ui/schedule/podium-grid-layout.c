/* podium-grid-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-grid-layout.h"
#include "podium-time.h"

/* floor() without pulling in libm for one function */
static double
floor_d (double x)
{
  double t = (double) (gint64) x;

  return t > x ? t - 1 : t;
}

double
podium_grid_layout_pixels_per_minute (const PodiumGridLayout *layout)
{
  return (double) PODIUM_GRID_ROW_HEIGHT / MAX (1, layout->zoom);
}

int
podium_grid_layout_content_width (const PodiumGridLayout *layout)
{
  return layout->column_width * MAX (1, layout->n_columns);
}

int
podium_grid_layout_content_height (const PodiumGridLayout *layout)
{
  return (int) ((layout->view_end - layout->view_start) * podium_grid_layout_pixels_per_minute (layout));
}

void
podium_grid_layout_card_rect (const PodiumGridLayout *layout,
                              int                     column,
                              int                     span,
                              int                     lane,
                              int                     lanes,
                              gint64                  start,
                              gint64                  end,
                              graphene_rect_t        *rect)
{
  double ppm = podium_grid_layout_pixels_per_minute (layout);
  double lane_width = (double) layout->column_width * span / MAX (1, lanes);
  double y = (start - layout->view_start) * ppm;
  double h = MAX (6.0, (end - start) * ppm - PODIUM_GRID_CARD_GAP);

  graphene_rect_init (rect,
                      column * layout->column_width + lane * lane_width + PODIUM_GRID_CARD_GAP + 1,
                      y + PODIUM_GRID_CARD_GAP / 2.0,
                      MAX (8.0, lane_width - 2 * PODIUM_GRID_CARD_GAP - 1),
                      h);
}

gboolean
podium_grid_layout_place_at (const PodiumGridLayout *layout,
                             double                  x,
                             double                  y,
                             double                  grab_minutes,
                             int                     duration,
                             int                    *column,
                             gint64                 *start)
{
  double minutes = layout->view_start + MAX (0, y) / podium_grid_layout_pixels_per_minute (layout)
                   - grab_minutes;
  int slot = MAX (1, layout->slot);
  gint64 latest;

  if (layout->n_columns <= 0)
    return FALSE;

  *column = CLAMP ((int) floor_d (x / layout->column_width), 0, layout->n_columns - 1);
  *start = (gint64) floor_d (minutes / slot) * slot;
  latest = MAX (layout->view_start, layout->view_end - duration);
  *start = CLAMP (*start, layout->view_start, latest);
  return TRUE;
}

int
podium_grid_layout_insert_column_at (const PodiumGridLayout *layout,
                                     double                  x)
{
  return CLAMP ((int) floor_d (x / layout->column_width + 0.5), 0, MAX (0, layout->n_columns));
}

int
podium_grid_layout_resized_duration (const PodiumGridLayout *layout,
                                     int                     duration,
                                     double                  dy,
                                     int                     max_duration)
{
  int slot = MAX (1, layout->slot);
  double minutes = duration + dy / podium_grid_layout_pixels_per_minute (layout);
  int snapped = (int) (floor_d (minutes / slot + 0.5) * slot);

  return CLAMP (snapped, slot, max_duration);
}

void
podium_grid_layout_rows_in (const PodiumGridLayout *layout,
                            double                  y,
                            double                  height,
                            int                    *first,
                            int                    *last)
{
  int zoom = MAX (1, layout->zoom);
  int rows = (int) ((layout->view_end - layout->view_start + zoom - 1) / zoom);

  *first = MAX (0, (int) (y / PODIUM_GRID_ROW_HEIGHT));
  *last = MIN (rows, (int) ((y + height) / PODIUM_GRID_ROW_HEIGHT) + 1);
}

void
podium_grid_layout_set_bounds (PodiumGridLayout *layout,
                               gint64            first,
                               gint64            last)
{
  int zoom = MAX (1, layout->zoom);

  layout->view_start = first - ((podium_time_get_clock (first) % zoom) + zoom) % zoom;
  layout->view_end = last + (zoom - (last - layout->view_start) % zoom) % zoom;
}
