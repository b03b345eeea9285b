/* podium-export-dialog.h — the Export dialog: a format, a document for PDF and HTML, a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podium-model.h"
#include "podium-plan.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_EXPORT_DIALOG (podium_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PodiumExportDialog, podium_export_dialog, PODIUM, EXPORT_DIALOG,
                      AdwMessageDialog)

/* Asks for a format (PDF first) and, for PDF and HTML, which document; Export asks for a
 * file (in the folder of the last export, or the plan's) and writes @plan's document there
 * in the background. "exported" (GFile *) is emitted once written; errors are shown over
 * @parent. */
GtkWidget *podium_export_dialog_new     (GtkWindow      *parent,
                                         PodiumPlan     *plan);

/* (transfer full): a file name for @document's plan: its acronym or title, characters a
 * file name cannot hold replaced, then @extension (".podium.json") */
char      *podium_export_suggested_name (PodiumDocument *document,
                                         const char     *extension);

G_END_DECLS
