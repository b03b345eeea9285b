/* podium-grid-layout.h — the schedule grid's geometry: where a time and a room are
 *
 * Pure arithmetic, no widgets: the grid draws and places its cards with it, the drop
 * target maps the pointer back to a room and a time with it, and tests check it without
 * a display. Content coordinates start at the first row of the first room column (the
 * time axis and the room headers lie outside).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <graphene.h>
#include <glib.h>

G_BEGIN_DECLS

#define PODIUM_GRID_ROW_HEIGHT       48   /* pixels per row, whatever the zoom */
#define PODIUM_GRID_AXIS_WIDTH       64
#define PODIUM_GRID_MIN_COLUMN_WIDTH 176
#define PODIUM_GRID_CARD_GAP         2

typedef struct
{
  int    zoom;          /* minutes per row */
  int    slot;          /* minutes a drop or resize snaps to */
  int    n_columns;     /* rooms */
  int    column_width;
  gint64 view_start;    /* minutes (podium time) at the top of the first row */
  gint64 view_end;
} PodiumGridLayout;

double  podium_grid_layout_pixels_per_minute (const PodiumGridLayout *layout);
int     podium_grid_layout_content_width     (const PodiumGridLayout *layout);
int     podium_grid_layout_content_height    (const PodiumGridLayout *layout);
/* The card of a session: @column and @span rooms, @lane of @lanes in them */
void    podium_grid_layout_card_rect         (const PodiumGridLayout *layout,
                                              int                     column,
                                              int                     span,
                                              int                     lane,
                                              int                     lanes,
                                              gint64                  start,
                                              gint64                  end,
                                              graphene_rect_t        *rect);
/* Where a session of @duration minutes lands when the content point (@x, @y) holds it
 * @grab_minutes below its start: snapped to the slot, kept inside the day; FALSE without
 * rooms */
gboolean podium_grid_layout_place_at         (const PodiumGridLayout *layout,
                                              double                  x,
                                              double                  y,
                                              double                  grab_minutes,
                                              int                     duration,
                                              int                    *column,
                                              gint64                 *start);
/* The gap between columns nearest to @x (0 … n_columns), for reordering rooms */
int     podium_grid_layout_insert_column_at  (const PodiumGridLayout *layout,
                                              double                  x);
/* The length after dragging the lower edge by @dy pixels: snapped, at least one slot */
int     podium_grid_layout_resized_duration  (const PodiumGridLayout *layout,
                                              int                     duration,
                                              double                  dy,
                                              int                     max_duration);
/* Rows from @first to @last (inclusive) lie in [@y, @y + @height) */
void    podium_grid_layout_rows_in           (const PodiumGridLayout *layout,
                                              double                  y,
                                              double                  height,
                                              int                    *first,
                                              int                    *last);
/* Widens [@first, @last] to whole rows of the zoom, for view_start and view_end */
void    podium_grid_layout_set_bounds        (PodiumGridLayout       *layout,
                                              gint64                  first,
                                              gint64                  last);

G_END_DECLS
