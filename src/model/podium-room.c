/* podium-room.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-room.h"

struct _PodiumRoom
{
  PodiumObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumRoom, podium_room, PODIUM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_CAPACITY,
  PROP_THEME,
  PROP_LOCATION,
  PROP_EQUIPMENT,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podium_room_class_init (PodiumRoomClass *klass)
{
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PODIUM_TYPE_ROOM_KIND, PODIUM_ROOM_PLENARY,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CAPACITY] =
    g_param_spec_int ("capacity", NULL, NULL,
                      0, 10000000, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_THEME] =
    g_param_spec_string ("theme", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_EQUIPMENT] =
    g_param_spec_flags ("equipment", NULL, NULL,
                        PODIUM_TYPE_EQUIPMENT, PODIUM_EQUIPMENT_NONE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _podium_object_class_install_properties (klass, N_PROPS, properties);
}

static void
podium_room_init (PodiumRoom *self)
{
}

PodiumRoom *
podium_room_new (void)
{
  return g_object_new (PODIUM_TYPE_ROOM, NULL);
}

const char *
podium_room_get_name (PodiumRoom *self)
{
  g_return_val_if_fail (PODIUM_IS_ROOM (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NAME));
}

PodiumRoomKind
podium_room_get_kind (PodiumRoom *self)
{
  g_return_val_if_fail (PODIUM_IS_ROOM (self), 0);

  return g_value_get_enum (_podium_object_peek (self, PROP_KIND));
}

int
podium_room_get_capacity (PodiumRoom *self)
{
  g_return_val_if_fail (PODIUM_IS_ROOM (self), 0);

  return g_value_get_int (_podium_object_peek (self, PROP_CAPACITY));
}

const char *
podium_room_get_theme (PodiumRoom *self)
{
  g_return_val_if_fail (PODIUM_IS_ROOM (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_THEME));
}

const char *
podium_room_get_location (PodiumRoom *self)
{
  g_return_val_if_fail (PODIUM_IS_ROOM (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_LOCATION));
}

PodiumEquipment
podium_room_get_equipment (PodiumRoom *self)
{
  g_return_val_if_fail (PODIUM_IS_ROOM (self), 0);

  return g_value_get_flags (_podium_object_peek (self, PROP_EQUIPMENT));
}

const char *
podium_room_get_color (PodiumRoom *self)
{
  g_return_val_if_fail (PODIUM_IS_ROOM (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_COLOR));
}
