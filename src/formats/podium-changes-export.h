/* podium-changes-export.h — the changes since a published version, for an email
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-export.h"

G_BEGIN_DECLS

/* "changes": what changed in the programme since the version @options->since names (by
 * name or id; NULL: the latest), one sentence a change, with the version's name, when and
 * by whom it was published, and whether the co-organisers had agreed to it. Plain text
 * when @options->output ends in ".txt" or is "-", else an HTML page. Fails with
 * G_IO_ERROR_NOT_FOUND, listing the plan's versions, when there is no such version. */
GBytes *podium_changes_export (PodiumDocument            *document,
                               const PodiumExportOptions *options,
                               GError                   **error);

G_END_DECLS
