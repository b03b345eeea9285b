/* podium-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-types.h"

G_DEFINE_ENUM_TYPE (PodiumOrganizationKind, podium_organization_kind,
  G_DEFINE_ENUM_VALUE (PODIUM_ORGANIZATION_AGENCY, "agency"),
  G_DEFINE_ENUM_VALUE (PODIUM_ORGANIZATION_MINISTRY, "ministry"),
  G_DEFINE_ENUM_VALUE (PODIUM_ORGANIZATION_COMPANY, "company"),
  G_DEFINE_ENUM_VALUE (PODIUM_ORGANIZATION_ASSOCIATION, "association"),
  G_DEFINE_ENUM_VALUE (PODIUM_ORGANIZATION_OTHER, "other"))

G_DEFINE_ENUM_TYPE (PodiumRoomKind, podium_room_kind,
  G_DEFINE_ENUM_VALUE (PODIUM_ROOM_PLENARY, "plenary"),
  G_DEFINE_ENUM_VALUE (PODIUM_ROOM_BREAKOUT, "breakout"),
  G_DEFINE_ENUM_VALUE (PODIUM_ROOM_FOYER, "foyer"),
  G_DEFINE_ENUM_VALUE (PODIUM_ROOM_VIRTUAL, "virtual"))

G_DEFINE_FLAGS_TYPE (PodiumEquipment, podium_equipment,
  G_DEFINE_ENUM_VALUE (PODIUM_EQUIPMENT_NONE, "none"),
  G_DEFINE_ENUM_VALUE (PODIUM_EQUIPMENT_PROJECTOR, "projector"),
  G_DEFINE_ENUM_VALUE (PODIUM_EQUIPMENT_AUDIO, "audio"),
  G_DEFINE_ENUM_VALUE (PODIUM_EQUIPMENT_VIDEO_PLAYBACK, "video-playback"),
  G_DEFINE_ENUM_VALUE (PODIUM_EQUIPMENT_MICROPHONES, "microphones"),
  G_DEFINE_ENUM_VALUE (PODIUM_EQUIPMENT_INTERPRETING, "interpreting"),
  G_DEFINE_ENUM_VALUE (PODIUM_EQUIPMENT_STREAMING, "streaming"))

G_DEFINE_ENUM_TYPE (PodiumSessionKind, podium_session_kind,
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_GREETING, "greeting"),
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_KEYNOTE, "keynote"),
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_TALK, "talk"),
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_IMPULSE, "impulse"),
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_VIDEO_MESSAGE, "video-message"),
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_PANEL, "panel"),
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_BREAKOUT, "breakout"),
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_WORKSHOP, "workshop"),
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_BREAK, "break"),
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_MEAL, "meal"),
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_NETWORKING, "networking"),
  G_DEFINE_ENUM_VALUE (PODIUM_SESSION_OTHER, "other"))

G_DEFINE_ENUM_TYPE (PodiumSessionStatus, podium_session_status,
  G_DEFINE_ENUM_VALUE (PODIUM_STATUS_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (PODIUM_STATUS_CONFIRMED, "confirmed"),
  G_DEFINE_ENUM_VALUE (PODIUM_STATUS_CANCELLED, "cancelled"))

G_DEFINE_ENUM_TYPE (PodiumRoleKind, podium_role_kind,
  G_DEFINE_ENUM_VALUE (PODIUM_ROLE_SPEAKER, "speaker"),
  G_DEFINE_ENUM_VALUE (PODIUM_ROLE_MODERATOR, "moderator"),
  G_DEFINE_ENUM_VALUE (PODIUM_ROLE_IMPULSE, "impulse"),
  G_DEFINE_ENUM_VALUE (PODIUM_ROLE_PANELIST, "panelist"),
  G_DEFINE_ENUM_VALUE (PODIUM_ROLE_HOST, "host"))

G_DEFINE_ENUM_TYPE (PodiumVideoStatus, podium_video_status,
  G_DEFINE_ENUM_VALUE (PODIUM_VIDEO_REQUESTED, "requested"),
  G_DEFINE_ENUM_VALUE (PODIUM_VIDEO_RECEIVED, "received"),
  G_DEFINE_ENUM_VALUE (PODIUM_VIDEO_CHECKED, "checked"),
  G_DEFINE_ENUM_VALUE (PODIUM_VIDEO_APPROVED, "approved"))

const char *
podium_enum_to_nick (GType type,
                     int   value)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  if (G_IS_ENUM_CLASS (klass))
    {
      GEnumValue *ev = g_enum_get_value (G_ENUM_CLASS (klass), value);
      return ev ? ev->value_nick : NULL;
    }
  if (G_IS_FLAGS_CLASS (klass))
    {
      GFlagsValue *fv = g_flags_get_first_value (G_FLAGS_CLASS (klass), (guint) value);
      return fv ? fv->value_nick : NULL;
    }
  return NULL;
}

gboolean
podium_enum_from_nick (GType       type,
                       const char *nick,
                       int        *value)
{
  g_autoptr(GTypeClass) klass = NULL;

  g_return_val_if_fail (nick != NULL, FALSE);

  klass = g_type_class_ref (type);
  if (G_IS_ENUM_CLASS (klass))
    {
      GEnumValue *ev = g_enum_get_value_by_nick (G_ENUM_CLASS (klass), nick);
      if (ev && value)
        *value = ev->value;
      return ev != NULL;
    }
  if (G_IS_FLAGS_CLASS (klass))
    {
      GFlagsValue *fv = g_flags_get_value_by_nick (G_FLAGS_CLASS (klass), nick);
      if (fv && value)
        *value = (int) fv->value;
      return fv != NULL;
    }
  return FALSE;
}

int
podium_session_kind_default_duration (PodiumSessionKind kind)
{
  switch (kind)
    {
    case PODIUM_SESSION_GREETING:      return 10;
    case PODIUM_SESSION_VIDEO_MESSAGE: return 5;
    case PODIUM_SESSION_IMPULSE:       return 15;
    case PODIUM_SESSION_KEYNOTE:       return 45;
    case PODIUM_SESSION_TALK:          return 30;
    case PODIUM_SESSION_BREAK:         return 15;
    case PODIUM_SESSION_MEAL:          return 60;
    case PODIUM_SESSION_PANEL:
    case PODIUM_SESSION_BREAKOUT:
    case PODIUM_SESSION_WORKSHOP:      return 90;
    case PODIUM_SESSION_NETWORKING:    return 30;
    case PODIUM_SESSION_OTHER:
    default:                           return 30;
    }
}
