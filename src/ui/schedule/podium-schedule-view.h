/* podium-schedule-view.h — the "Schedule" view: the unscheduled tray beside the room/time grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "podium-conflicts.h"
#include "podium-model.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_SCHEDULE_VIEW (podium_schedule_view_get_type ())

/* Signals:
 *   "session-selected" (PodiumSession *session, nullable): the selected card changed
 *   "show-toast" (const char *title, gboolean undoable): the window shows an AdwToast,
 *     with an Undo button (podium_document_undo) when @undoable
 */
G_DECLARE_FINAL_TYPE (PodiumScheduleView, podium_schedule_view, PODIUM, SCHEDULE_VIEW, GtkWidget)

GtkWidget     *podium_schedule_view_new                  (void);
void           podium_schedule_view_set_document         (PodiumScheduleView *self,
                                                          PodiumDocument     *document);
void           podium_schedule_view_select_session       (PodiumScheduleView *self,
                                                          PodiumSession      *session);
PodiumSession *podium_schedule_view_get_selected_session (PodiumScheduleView *self);
/* (nullable): shows a badge on cards whose session has a conflict, the reasons in the
 * tooltip; follows the conflicts' "changed" signal */
void           podium_schedule_view_set_conflicts        (PodiumScheduleView *self,
                                                          PodiumConflicts    *conflicts);

G_END_DECLS
