/* podium-participants-rooms.h — the participants by room: each parallel block's sessions
 * side by side with the participants assigned to them; dragging a participant onto
 * another session moves the assignment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podium-model.h"

G_BEGIN_DECLS

/* @activated is called with @data and the participant whose row is activated */
typedef void (*PodiumParticipantActivated) (gpointer           data,
                                            PodiumParticipant *participant);

GtkWidget *podium_participants_rooms_new          (PodiumParticipantActivated activated,
                                                   gpointer                   data);
void       podium_participants_rooms_set_document (GtkWidget      *self,
                                                   PodiumDocument *document);

G_END_DECLS
