/* podium-video-panel.h — the video message of a session: file, real length, readiness
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podium-model.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_VIDEO_PANEL (podium_video_panel_get_type ())

G_DECLARE_FINAL_TYPE (PodiumVideoPanel, podium_video_panel, PODIUM, VIDEO_PANEL, GtkWidget)

GtkWidget     *podium_video_panel_new           (void);
/* @document_file (nullable): where the plan is saved; relative video paths live beside it */
void           podium_video_panel_set_document  (PodiumVideoPanel *self,
                                                 PodiumDocument   *document,
                                                 GFile            *document_file);
/* @session (nullable): a session of the document, normally a video message */
void           podium_video_panel_set_session   (PodiumVideoPanel *self,
                                                 PodiumSession    *session);
PodiumSession *podium_video_panel_get_session   (PodiumVideoPanel *self);

/* For tests: what choosing @file in the file chooser does */
void           _podium_video_panel_use_file     (PodiumVideoPanel *self,
                                                 GFile            *file);

G_END_DECLS
