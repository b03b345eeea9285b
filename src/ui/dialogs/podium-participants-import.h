/* podium-participants-import.h — the Import Participants dialog: a CSV file's first rows,
 * a field for each column, and the rows that cannot be imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "podium-ui-types.h"

G_BEGIN_DECLS

/* Asks for a CSV file, then shows its preview and mapping; Import imports every row in
 * one undo step and says so in a toast, or lists the bad rows and imports nothing. */
void podium_participants_import_run (PodiumWindow *window);

G_END_DECLS
