/* podium-schedule-grid-private.h — what the grid's files share (layout, drawing, drops)
 *
 * Not for the window: it uses podium-schedule-grid.h. The benchmark drives a drag through
 * podium_schedule_grid_drag_motion() as the drop target would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-grid-layout.h"
#include "podium-schedule-grid.h"
#include "podium-session-card.h"

G_BEGIN_DECLS

#define AXIS_WIDTH        PODIUM_GRID_AXIS_WIDTH
#define ROW_HEIGHT        PODIUM_GRID_ROW_HEIGHT
#define MIN_COLUMN_WIDTH  PODIUM_GRID_MIN_COLUMN_WIDTH
#define CARD_GAP          PODIUM_GRID_CARD_GAP
#define MIN_HEADER_HEIGHT 52

/* One session on the shown day. Its card widget exists only once it came near the view */
typedef struct
{
  PodiumSession *session;
  GtkWidget     *card;      /* (nullable) */
  int            column;
  int            span;
  int            lane;
  int            lanes;
  gint64         start;
  gint64         end;
  guint          stale : 1; /* the session changed since its card last read it */
} CardInfo;

struct _PodiumScheduleGrid
{
  GtkWidget           parent_instance;

  PodiumDocument     *document;
  int                 date;
  PodiumGridLayout    layout;
  gboolean            by_organization;

  GtkWidget          *header_layer;
  GtkWidget          *body_layer;
  GPtrArray          *rooms;     /* PodiumRoom, in grid order */
  GPtrArray          *headers;   /* GtkWidget, parallel to rooms */
  GHashTable         *room_columns; /* PodiumRoom → column + 1 */
  GHashTable         *cards;     /* PodiumSession → CardInfo */
  GPtrArray          *spare_cards; /* hidden cards of sessions no longer shown, for reuse */
  guint               warm_id;   /* idle creating the cards around the view */
  guint               prepare_id;  /* idle making spare cards before there is a plan */
  int                 n_prepared;
  guint               cards_tick_id; /* makes the cards before the next layout */

  int                 header_height;
  GtkAdjustment      *hadjustment;
  GtkAdjustment      *vadjustment;
  guint               hscroll_policy : 1;
  guint               vscroll_policy : 1;
  guint               in_allocate : 1;
  guint               in_ensure : 1;
  guint               follow_focus : 1;

  /* Drop and resize preview, in content coordinates */
  gboolean            preview_active;
  int                 preview_column;
  int                 preview_span;
  gint64              preview_start;
  gint64              preview_end;
  char               *preview_label;
  int                 insert_column;   /* room reordering: -1 when unused */

  guint               autoscroll_id;
  double              pointer_x;
  double              pointer_y;
  gboolean            pointer_inside;
  gboolean            autoscroll_armed; /* the pointer left the card it drags */
  gint64              last_tick;

  PodiumSessionCard  *resizing;   /* weak */

  /* The whole text of the hovered or focused compact card, drawn above the others */
  GtkWidget          *peek;
  GtkWidget          *peek_owner; /* the card it shows, compared only */
  gboolean            peek_placed; /* allocated in the last layout */

  PodiumSession      *selected;
  PodiumSession      *focus_pending; /* focus its card once laid out */
  PodiumConflictFunc  conflict_func;
  gpointer            conflict_data;

  /* Time spent in allocate and snapshot, for the benchmark */
  guint               timing_depth;
  gint64              timing_start;
  gint64              work_us;

  guint               syncs;     /* for the tests: how often it re-read the document */
};

double      podium_schedule_grid_hvalue        (PodiumScheduleGrid *self);
double      podium_schedule_grid_vvalue        (PodiumScheduleGrid *self);
gboolean    podium_schedule_grid_scroll_by     (PodiumScheduleGrid *self,
                                                double              dx,
                                                double              dy);
/* Widget coordinates to a room column and a snapped start, as in the layout */
gboolean    podium_schedule_grid_place_at      (PodiumScheduleGrid *self,
                                                double              x,
                                                double              y,
                                                double              grab_minutes,
                                                PodiumSession      *session,
                                                int                *column,
                                                gint64             *start);
void        podium_schedule_grid_set_preview   (PodiumScheduleGrid *self,
                                                int                 column,
                                                int                 span,
                                                gint64              start,
                                                gint64              end,
                                                PodiumRoom         *room);
void        podium_schedule_grid_clear_preview (PodiumScheduleGrid *self);
const char *podium_schedule_grid_room_name     (PodiumRoom         *room);
void        podium_schedule_grid_emit_toast    (PodiumScheduleGrid *self,
                                                const char         *title,
                                                gboolean            undoable);
/* Focuses the card of @session once it is laid out */
void        podium_schedule_grid_focus_later   (PodiumScheduleGrid *self,
                                                PodiumSession      *session);

/* podium-grid-drop.c: the drop target, its preview and autoscroll */
void        podium_schedule_grid_init_drop     (PodiumScheduleGrid *self);
void        podium_schedule_grid_stop_autoscroll (PodiumScheduleGrid *self);
/* What a drag's motion over the grid does, at widget point (@x, @y), @session held
 * @grab_y pixels below its top */
void        podium_schedule_grid_drag_motion   (PodiumScheduleGrid *self,
                                                PodiumSession      *session,
                                                double              grab_y,
                                                double              x,
                                                double              y);

/* podium-grid-draw.c: what the grid paints itself */
/* The body layer: shading and lines, the cards with the peek above them, the drop
 * preview or the room-insertion line */
void        podium_schedule_grid_snapshot_body (PodiumScheduleGrid *self,
                                                GtkSnapshot        *snapshot);
/* The whole grid: the header strip and the time axis, then the two layers */
void        podium_schedule_grid_snapshot_grid (PodiumScheduleGrid *self,
                                                GtkSnapshot        *snapshot);

/* For the benchmark: microseconds spent in the grid's allocate and snapshot since the
 * last call */
gint64      podium_schedule_grid_take_work_time (PodiumScheduleGrid *self);
/* For the tests: how many times podium_schedule_grid_sync() re-read the document */
guint       podium_schedule_grid_get_syncs      (PodiumScheduleGrid *self);

G_END_DECLS
