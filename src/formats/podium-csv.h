/* podium-csv.h — the sessions as a table for spreadsheets (RFC 4180)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-export.h"

G_BEGIN_DECLS

/* "csv": UTF-8, CRLF line ends, a header row
 * "id,title,kind,status,date,start,end,duration,room,roles,abstract", then every session
 * (scheduled ones by time, then the rest). Kinds, statuses, rooms and roles are the
 * words people read, in the current language. A text that a spreadsheet would take for
 * a formula (starting with = + - @) gets a leading apostrophe. */
GBytes *podium_csv_export (PodiumDocument            *document,
                           const PodiumExportOptions *options,
                           GError                   **error);

G_END_DECLS
