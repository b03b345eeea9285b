/* podium-frab.h — the frab/pentabarf schedule.xml and the c3voc schedule.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-export.h"

G_BEGIN_DECLS

/* Exporters for the table in podium-exporters.c: "frab-xml" and "frab-json". Both write
 * the scheduled sessions that are not cancelled (a schedule viewer cannot show that a
 * talk is off); a session in all rooms appears once, in the first room, because viewers
 * expect one room per event. The output validates against the c3voc schemas.
 */
GBytes         *podium_frab_xml_export  (PodiumDocument            *document,
                                         const PodiumExportOptions *options,
                                         GError                   **error);
GBytes         *podium_frab_json_export (PodiumDocument            *document,
                                         const PodiumExportOptions *options,
                                         GError                   **error);

/* Importers. Lenient about what real files do (docs/schedule-formats.md); refuse
 * what is not a schedule with a PODIUM_FORMAT_ERROR naming @display_name. The document
 * has no undo history. XML with entity declarations is refused (no expansion, ever).
 */
PodiumDocument *podium_frab_xml_read    (GBytes      *bytes,
                                         const char  *display_name,
                                         GError     **error);
/* schedule.json v1 and the flat "schedule2" */
PodiumDocument *podium_frab_json_read   (GBytes      *bytes,
                                         const char  *display_name,
                                         GError     **error);
PodiumDocument *podium_frab_json_read_node (JsonNode    *root,
                                            const char  *display_name,
                                            GError     **error);

/* Stable identities, shared with the iCalendar export. The GUID is a UUIDv5 (RFC 4122)
 * of the document's identity (conference title and start date) and @kind/@id, so it is
 * the same on every export. (transfer full) */
char           *podium_frab_make_guid   (PodiumDocument *document,
                                         const char     *kind,
                                         const char     *id);
/* The GUID a session is known by: the one it was imported with, else podium_frab_make_guid() */
char           *podium_frab_session_guid (PodiumDocument *document,
                                          PodiumSession  *session);
/* A UUIDv5 of @name in @namespace_uuid ("6ba7b811-…"); %NULL if the namespace is malformed */
char           *podium_uuid5            (const char *namespace_uuid,
                                         const char *name);
/* A positive 31-bit number derived from @text, the same everywhere */
int             podium_frab_stable_id   (const char *text);

G_END_DECLS
