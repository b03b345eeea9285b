/* podium-labels.h — the words people see for model values, translated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-document.h"

G_BEGIN_DECLS

/* Translated names of enum values ("Video message", "Moderation", …) */
const char *podium_labels_session_kind      (PodiumSessionKind       kind);
const char *podium_labels_session_status    (PodiumSessionStatus     status);
const char *podium_labels_role              (PodiumRoleKind          role);
const char *podium_labels_organization_kind (PodiumOrganizationKind  kind);
const char *podium_labels_room_kind         (PodiumRoomKind          kind);
const char *podium_labels_video_status      (PodiumVideoStatus       status);
const char *podium_labels_equipment         (PodiumEquipment         equipment);

/* "10:00–10:30", or an empty string when @start is unset */
char       *podium_labels_time_range        (gint64                  start,
                                             gint64                  end);
/* "Monday, 20 November 2023", in the current language */
char       *podium_labels_date              (int                     date);
gboolean    podium_labels_parse_date        (const char             *text,
                                             int                    *date);
/* "20 November 2023, 10:15", in the current language */
char       *podium_labels_date_time         (GDateTime              *date_time);
/* A wall-clock time as the file writes it ("2023-11-20T14:02") in words, or NULL */
char       *podium_labels_wall_time         (const char             *text);
/* The dates of the conference, a single date or a range */
char       *podium_labels_conference_dates  (PodiumConference       *conference);
char       *podium_labels_conference_venue  (PodiumConference       *conference);
/* "Host: ThAFF; with ZEFAS and FiF" */
char       *podium_labels_conference_hosts  (PodiumConference       *conference);
/* The short name of an organisation if it has one, else its name */
const char *podium_labels_organization      (PodiumOrganization     *organization);
/* "Prof. Michael Behr" */
char       *podium_labels_person            (PodiumPerson           *person);
/* "Plenarsaal", "All rooms" or "Not scheduled" */
char       *podium_labels_session_place     (PodiumSession          *session);
/* "Moderation: ThAFF · Speaker: Sabine Wosche (LEG)" */
char       *podium_labels_session_roles     (PodiumSession          *session);
/* Who holds @role: "Sabine Wosche (LEG Thüringen)", "ThAFF" */
char       *podium_labels_role_holder       (PodiumRole             *role);

G_END_DECLS
