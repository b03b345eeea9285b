/* podium-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podium-model.h"
#include "podium-plan.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_WINDOW (podium_window_get_type ())

G_DECLARE_FINAL_TYPE (PodiumWindow, podium_window, PODIUM, WINDOW, AdwApplicationWindow)

PodiumWindow   *podium_window_new           (GtkApplication    *app);
void            podium_window_open          (PodiumWindow      *self,
                                             GFile             *file);
void            podium_window_new_document  (PodiumWindow      *self);
gboolean        podium_window_is_empty      (PodiumWindow      *self);
PodiumDocument *podium_window_get_document  (PodiumWindow      *self);
PodiumPlan     *podium_window_get_plan      (PodiumWindow      *self);
/* Offers to recover the drafts that a Podium which ended without saving left behind. */
void            podium_window_offer_drafts  (PodiumWindow      *self);

G_END_DECLS
