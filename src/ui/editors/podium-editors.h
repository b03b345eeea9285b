/* podium-editors.h — the editor pages of sessions, people, organisations, rooms and the
 * conference
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podium-labels.h"
#include "podium-model.h"

G_BEGIN_DECLS

/* The editors made from .ui templates, with the properties "document" and "object" (set
 * when made); podium_editor_new () makes the right one */
#define PODIUM_TYPE_ROOM_EDITOR (podium_room_editor_get_type ())
G_DECLARE_FINAL_TYPE (PodiumRoomEditor, podium_room_editor, PODIUM, ROOM_EDITOR, AdwPreferencesPage)
#define PODIUM_TYPE_PERSON_EDITOR (podium_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (PodiumPersonEditor, podium_person_editor, PODIUM, PERSON_EDITOR,
                      AdwPreferencesPage)
#define PODIUM_TYPE_SESSION_EDITOR (podium_session_editor_get_type ())
G_DECLARE_FINAL_TYPE (PodiumSessionEditor, podium_session_editor, PODIUM, SESSION_EDITOR,
                      AdwPreferencesPage)
#define PODIUM_TYPE_CONFERENCE_EDITOR (podium_conference_editor_get_type ())
G_DECLARE_FINAL_TYPE (PodiumConferenceEditor, podium_conference_editor, PODIUM, CONFERENCE_EDITOR,
                      AdwPreferencesPage)
#define PODIUM_TYPE_ORGANIZATION_EDITOR (podium_organization_editor_get_type ())
G_DECLARE_FINAL_TYPE (PodiumOrganizationEditor, podium_organization_editor, PODIUM,
                      ORGANIZATION_EDITOR, AdwPreferencesPage)
#define PODIUM_TYPE_PARTICIPANT_EDITOR (podium_participant_editor_get_type ())
G_DECLARE_FINAL_TYPE (PodiumParticipantEditor, podium_participant_editor, PODIUM,
                      PARTICIPANT_EDITOR, AdwPreferencesPage)

/* The session editor's sections, groups with "document" and "object" (the session), each set
 * once: the time and place, the people and organisations in roles, the video message */
#define PODIUM_TYPE_SESSION_WHEN_SECTION (podium_session_when_section_get_type ())
G_DECLARE_FINAL_TYPE (PodiumSessionWhenSection, podium_session_when_section, PODIUM,
                      SESSION_WHEN_SECTION, AdwPreferencesGroup)
#define PODIUM_TYPE_SESSION_ROLES_SECTION (podium_session_roles_section_get_type ())
G_DECLARE_FINAL_TYPE (PodiumSessionRolesSection, podium_session_roles_section, PODIUM,
                      SESSION_ROLES_SECTION, AdwPreferencesGroup)
#define PODIUM_TYPE_SESSION_VIDEO_SECTION (podium_session_video_section_get_type ())
G_DECLARE_FINAL_TYPE (PodiumSessionVideoSection, podium_session_video_section, PODIUM,
                      SESSION_VIDEO_SECTION, AdwPreferencesGroup)

/* An AdwPreferencesPage editing every field of @object (a #PodiumSession, #PodiumPerson,
 * #PodiumOrganization, #PodiumRoom, #PodiumConference or #PodiumParticipant). Every change
 * is an undoable document step. Rows that list sessions activate "win.show-session" with the
 * session id; the session page's delete button activates "win.delete-session".
 */
GtkWidget *podium_editor_new          (PodiumDocument *document,
                                       gpointer        object);

/* Groups summing up moderations, impulses and speaking slots per organisation and per
 * region, so that the agencies can see the balance between them. */
GtkWidget *podium_editor_balance_new  (PodiumDocument *document);

/* Focuses the first text row of an editor page and selects its text. */
void       podium_editor_focus_first  (GtkWidget      *page);

/* A parallel block as a heading: "Tue 21 Nov, 14:00–15:30". (transfer full) */
char      *podium_editor_block_label  (PodiumParallelBlock *block);

/* Whether @role counts for @organization: held by it, or by one of its people */
gboolean   podium_role_counts_for     (PodiumRole         *role,
                                       PodiumOrganization *organization);

G_END_DECLS
