/* podium-types.h — forward declarations and enumerations of the Podium model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PodiumAcknowledgement PodiumAcknowledgement;
typedef struct _PodiumConference      PodiumConference;
typedef struct _PodiumDocument        PodiumDocument;
typedef struct _PodiumObject          PodiumObject;
typedef struct _PodiumOrganization    PodiumOrganization;
typedef struct _PodiumPerson          PodiumPerson;
typedef struct _PodiumRole            PodiumRole;
typedef struct _PodiumRoom            PodiumRoom;
typedef struct _PodiumSession         PodiumSession;
typedef struct _PodiumVideo           PodiumVideo;

/* Times in Podium are naive local times in the conference's time zone, counted in
 * minutes since 1970-01-01 00:00 (so sorting and overlap tests are integer compares);
 * dates are days since 1970-01-01. See podium-time.h for parsing and formatting.
 */
#define PODIUM_TIME_NONE G_MININT64
#define PODIUM_DATE_NONE G_MININT

/* Every enum's value nicks are the strings used in the document file. */
typedef enum
{
  PODIUM_ORGANIZATION_AGENCY,
  PODIUM_ORGANIZATION_MINISTRY,
  PODIUM_ORGANIZATION_COMPANY,
  PODIUM_ORGANIZATION_ASSOCIATION,
  PODIUM_ORGANIZATION_OTHER,
} PodiumOrganizationKind;

typedef enum
{
  PODIUM_ROOM_PLENARY,
  PODIUM_ROOM_BREAKOUT,
  PODIUM_ROOM_FOYER,
  PODIUM_ROOM_VIRTUAL,
} PodiumRoomKind;

typedef enum /*< flags >*/
{
  PODIUM_EQUIPMENT_NONE           = 0,
  PODIUM_EQUIPMENT_PROJECTOR      = 1 << 0,
  PODIUM_EQUIPMENT_AUDIO          = 1 << 1,
  PODIUM_EQUIPMENT_VIDEO_PLAYBACK = 1 << 2,
  PODIUM_EQUIPMENT_MICROPHONES    = 1 << 3,
  PODIUM_EQUIPMENT_INTERPRETING   = 1 << 4,
  PODIUM_EQUIPMENT_STREAMING      = 1 << 5,
} PodiumEquipment;

typedef enum
{
  PODIUM_SESSION_GREETING,
  PODIUM_SESSION_KEYNOTE,
  PODIUM_SESSION_TALK,
  PODIUM_SESSION_IMPULSE,
  PODIUM_SESSION_VIDEO_MESSAGE,
  PODIUM_SESSION_PANEL,
  PODIUM_SESSION_BREAKOUT,
  PODIUM_SESSION_WORKSHOP,
  PODIUM_SESSION_BREAK,
  PODIUM_SESSION_MEAL,
  PODIUM_SESSION_NETWORKING,
  PODIUM_SESSION_OTHER,
} PodiumSessionKind;

typedef enum
{
  PODIUM_STATUS_DRAFT,
  PODIUM_STATUS_CONFIRMED,
  PODIUM_STATUS_CANCELLED,
} PodiumSessionStatus;

typedef enum
{
  PODIUM_ROLE_SPEAKER,
  PODIUM_ROLE_MODERATOR,
  PODIUM_ROLE_IMPULSE,
  PODIUM_ROLE_PANELIST,
  PODIUM_ROLE_HOST,
} PodiumRoleKind;

typedef enum
{
  PODIUM_VIDEO_REQUESTED,
  PODIUM_VIDEO_RECEIVED,
  PODIUM_VIDEO_CHECKED,
  PODIUM_VIDEO_APPROVED,
} PodiumVideoStatus;

GType podium_organization_kind_get_type (void) G_GNUC_CONST;
GType podium_room_kind_get_type         (void) G_GNUC_CONST;
GType podium_equipment_get_type         (void) G_GNUC_CONST;
GType podium_session_kind_get_type      (void) G_GNUC_CONST;
GType podium_session_status_get_type    (void) G_GNUC_CONST;
GType podium_role_kind_get_type         (void) G_GNUC_CONST;
GType podium_video_status_get_type      (void) G_GNUC_CONST;

#define PODIUM_TYPE_ORGANIZATION_KIND (podium_organization_kind_get_type ())
#define PODIUM_TYPE_ROOM_KIND         (podium_room_kind_get_type ())
#define PODIUM_TYPE_EQUIPMENT         (podium_equipment_get_type ())
#define PODIUM_TYPE_SESSION_KIND      (podium_session_kind_get_type ())
#define PODIUM_TYPE_SESSION_STATUS    (podium_session_status_get_type ())
#define PODIUM_TYPE_ROLE_KIND         (podium_role_kind_get_type ())
#define PODIUM_TYPE_VIDEO_STATUS      (podium_video_status_get_type ())

/* The nick of @value in the enum @type ("video-message"), or %NULL. */
const char *podium_enum_to_nick   (GType       type,
                                   int         value);
/* Looks up @nick in @type; returns %FALSE for an unknown nick. */
gboolean    podium_enum_from_nick (GType       type,
                                   const char *nick,
                                   int        *value);

/* Default length in minutes of a newly scheduled session of @kind. */
int         podium_session_kind_default_duration (PodiumSessionKind kind);

G_END_DECLS
