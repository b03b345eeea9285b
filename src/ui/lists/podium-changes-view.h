/* podium-changes-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podium-model.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_CHANGES_VIEW (podium_changes_view_get_type ())

G_DECLARE_FINAL_TYPE (PodiumChangesView, podium_changes_view, PODIUM, CHANGES_VIEW, AdwBin)

GtkWidget *podium_changes_view_new          (void);
void       podium_changes_view_set_document (PodiumChangesView *self,
                                             PodiumDocument    *document);
void       podium_changes_view_publish      (PodiumChangesView *self);

G_END_DECLS
