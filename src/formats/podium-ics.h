/* podium-ics.h — the programme as an iCalendar file (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-export.h"

G_BEGIN_DECLS

/* "ics": a VCALENDAR with the conference's VTIMEZONE and one VEVENT per scheduled
 * session (cancelled ones with STATUS:CANCELLED, so calendars that imported them before
 * learn of it). UIDs are the sessions' frab GUIDs with "@podium", and DTSTAMP comes from
 * the plan's last change, so exporting twice gives the same bytes. */
GBytes *podium_ics_export (PodiumDocument            *document,
                           const PodiumExportOptions *options,
                           GError                   **error);

G_END_DECLS
