/* podium-participants-import.h — the Import Participants dialog: a CSV file's first rows,
 * a field for each column, and the rows that cannot be imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podium-model.h"
#include "podium-participants-csv.h"
#include "podium-ui-types.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_PARTICIPANTS_IMPORT (podium_participants_import_get_type ())

G_DECLARE_FINAL_TYPE (PodiumParticipantsImport, podium_participants_import, PODIUM,
                      PARTICIPANTS_IMPORT, AdwWindow)

/* A modal window over @parent showing @table (transfer full), read from the file
 * @file_name: what was detected, its first rows and a field for each column, guessed from
 * its header. Import imports every row into @document in one undo step, emits "imported"
 * (guint added, guint updated) and closes, or lists the bad rows and imports nothing. */
GtkWidget *podium_participants_import_new (GtkWindow      *parent,
                                           PodiumDocument *document,
                                           PodiumCsvTable *table,
                                           const char     *file_name);

/* Asks for a CSV file, then shows its preview and mapping; what was imported is said in
 * a toast. */
void       podium_participants_import_run (PodiumWindow   *window);

G_END_DECLS
