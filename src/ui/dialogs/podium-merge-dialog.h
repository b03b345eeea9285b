/* podium-merge-dialog.h — choosing between two versions of what both sides changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podium-merge.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_MERGE_DIALOG (podium_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PodiumMergeDialog, podium_merge_dialog, PODIUM, MERGE_DIALOG,
                      AdwMessageDialog)

/* An AdwMessageDialog listing the conflicts of @merge, one row each with both values,
 * and a choice of "Yours" or "Theirs" that sets the conflict's choice. Its responses:
 * "cancel", "theirs" (every conflict theirs), "merge" (as chosen, labelled "Save" when
 * @saving). @name is the file's. */
GtkWidget *podium_merge_dialog_new (GtkWindow   *parent,
                                    PodiumMerge *merge,
                                    const char  *name,
                                    gboolean     saving);

G_END_DECLS
