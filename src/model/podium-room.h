/* podium-room.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-object.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_ROOM (podium_room_get_type ())

/* A room of the venue: one column of the schedule grid, in document order.
 *
 * Read its properties with the getters below or g_object_get(); change them only
 * through the document's commands (podium_document_edit()), so every change can be undone.
 */
G_DECLARE_FINAL_TYPE (PodiumRoom, podium_room, PODIUM, ROOM, PodiumObject)

PodiumRoom *podium_room_new (void);
const char *podium_room_get_name (PodiumRoom *self);
PodiumRoomKind podium_room_get_kind (PodiumRoom *self);
int podium_room_get_capacity (PodiumRoom *self);
const char *podium_room_get_theme (PodiumRoom *self);
const char *podium_room_get_location (PodiumRoom *self);
PodiumEquipment podium_room_get_equipment (PodiumRoom *self);
const char *podium_room_get_color (PodiumRoom *self);

G_END_DECLS
