/* podium-video.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-object.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_VIDEO (podium_video_get_type ())

/* The pre-recorded video of a video-message session. `duration` is the real length in
 * seconds read from the file, -1 while unknown. `missing-file` is the `file` Podium last
 * looked for and did not find (%NULL when it was found or not looked for yet): a
 * transient fact, not saved, that the media code sets off the main thread
 * (podium_media_refresh_videos_async()) and the video-missing rule reads.
 *
 * Read its properties with the getters below or g_object_get(); change them only
 * through the document's commands (podium_document_edit()), so every change can be undone.
 */
G_DECLARE_FINAL_TYPE (PodiumVideo, podium_video, PODIUM, VIDEO, PodiumObject)

PodiumVideo *podium_video_new (void);
const char *podium_video_get_file (PodiumVideo *self);
int podium_video_get_duration (PodiumVideo *self);
const char *podium_video_get_thumbnail (PodiumVideo *self);
PodiumVideoStatus podium_video_get_status (PodiumVideo *self);
PodiumPerson *podium_video_get_contact (PodiumVideo *self);
int podium_video_get_received (PodiumVideo *self);
gboolean podium_video_get_subtitles (PodiumVideo *self);
const char *podium_video_get_notes (PodiumVideo *self);
const char *podium_video_get_missing_file (PodiumVideo *self);

G_END_DECLS
