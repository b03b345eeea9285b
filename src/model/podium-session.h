/* podium-session.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-object.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_SESSION (podium_session_get_type ())

#define PODIUM_SESSION_MAX_DURATION 10080  /* the longest session: a week, in minutes */

/* One item of the programme. It is scheduled when `start` is set and it has a `room` or spans `all-rooms`.
 *
 * Read its properties with the getters below or g_object_get(); change them only
 * through the document's commands (podium_document_edit()), so every change can be undone.
 */
G_DECLARE_FINAL_TYPE (PodiumSession, podium_session, PODIUM, SESSION, PodiumObject)

PodiumSession *podium_session_new (void);
const char *podium_session_get_title (PodiumSession *self);
const char *podium_session_get_subtitle (PodiumSession *self);
PodiumSessionKind podium_session_get_kind (PodiumSession *self);
PodiumSessionStatus podium_session_get_status (PodiumSession *self);
const char *podium_session_get_abstract (PodiumSession *self);
const char *podium_session_get_notes (PodiumSession *self);
const char *podium_session_get_language (PodiumSession *self);
const char *podium_session_get_track (PodiumSession *self);
const char * const *podium_session_get_tags (PodiumSession *self);
gint64 podium_session_get_start (PodiumSession *self);
int podium_session_get_duration (PodiumSession *self);
PodiumRoom *podium_session_get_room (PodiumSession *self);
gboolean podium_session_get_all_rooms (PodiumSession *self);
int podium_session_get_expected_attendance (PodiumSession *self);

/* (transfer none): the session's #PodiumRole objects, in order */
GListModel     *podium_session_get_roles     (PodiumSession *self);
/* (transfer none): the video details, present on every session, used by video messages */
PodiumVideo    *podium_session_get_video     (PodiumSession *self);
/* The end of a scheduled session (start + duration), or PODIUM_TIME_NONE */
gint64          podium_session_get_end       (PodiumSession *self);
gboolean        podium_session_is_scheduled  (PodiumSession *self);

G_END_DECLS
