/* podium-schedule-grid.h — rooms × times of one day, with cards placed by the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "podium-model.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_SCHEDULE_GRID (podium_schedule_grid_get_type ())

/* A GtkScrollable: put it straight into a GtkScrolledWindow. Room headers and the time axis
 * are part of the widget and stay pinned while the body scrolls.
 *
 * Signals:
 *   "session-activated" (PodiumSession *session): a card was clicked or focused
 *   "show-toast" (const char *title, gboolean undoable)
 */
G_DECLARE_FINAL_TYPE (PodiumScheduleGrid, podium_schedule_grid, PODIUM, SCHEDULE_GRID, GtkWidget)

GtkWidget *podium_schedule_grid_new         (void);
void       podium_schedule_grid_set_document (PodiumScheduleGrid *self,
                                              PodiumDocument     *document);
/* @date: days since 1970, the conference day to show */
void       podium_schedule_grid_set_date     (PodiumScheduleGrid *self,
                                              int                 date);
int        podium_schedule_grid_get_date     (PodiumScheduleGrid *self);
/* Minutes per row: 5, 10, 15 or 30 */
void       podium_schedule_grid_set_zoom     (PodiumScheduleGrid *self,
                                              int                 zoom);
int        podium_schedule_grid_get_zoom     (PodiumScheduleGrid *self);
void       podium_schedule_grid_set_color_by_organization (PodiumScheduleGrid *self,
                                                           gboolean            by_organization);
/* Shows @session as selected (and focuses its card when @focus); NULL clears */
void       podium_schedule_grid_select       (PodiumScheduleGrid *self,
                                              PodiumSession      *session,
                                              gboolean            focus);
/* Takes @session out of the grid with an undoable toast; FALSE if it was not in it */
gboolean   podium_schedule_grid_unschedule (PodiumScheduleGrid *self,
                                            PodiumSession      *session);
/* Re-reads the document: call after "changed" (coalesced) */
void       podium_schedule_grid_sync         (PodiumScheduleGrid *self);
/* (nullable) (transfer none): the card showing @session on this day */
GtkWidget *podium_schedule_grid_get_card     (PodiumScheduleGrid *self,
                                              PodiumSession      *session);
/* Sets a card's conflict reason; (nullable) */
typedef char *(*PodiumConflictFunc) (PodiumSession *session,
                                     gpointer       user_data);
void       podium_schedule_grid_set_conflict_func (PodiumScheduleGrid *self,
                                                   PodiumConflictFunc  func,
                                                   gpointer            user_data);
/* Writes the rectangles of room columns and cards (in grid coordinates) to @out, one per line:
 * "room ID X Y W H", "card ID X Y W H"; for tests */
void       podium_schedule_grid_dump_geometry (PodiumScheduleGrid *self,
                                               GString            *out);
/* Grid-widget coordinates of the time @start in column @column (for tests and scrolling) */
gboolean   podium_schedule_grid_get_point    (PodiumScheduleGrid *self,
                                              PodiumRoom         *room,
                                              gint64              start,
                                              graphene_point_t   *point);

G_END_DECLS
