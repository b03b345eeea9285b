/* podium-document.h — one conference plan and the commands that change it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-acknowledgement.h"
#include "podium-change-set.h"
#include "podium-conference.h"
#include "podium-organization.h"
#include "podium-participant.h"
#include "podium-person.h"
#include "podium-role.h"
#include "podium-room.h"
#include "podium-session.h"
#include "podium-version.h"
#include "podium-video.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_DOCUMENT (podium_document_get_type ())

G_DECLARE_FINAL_TYPE (PodiumDocument, podium_document, PODIUM, DOCUMENT, GObject)

PodiumDocument   *podium_document_new                  (void);

PodiumConference *podium_document_get_conference       (PodiumDocument *self);
/* The collections, each a GListModel of its object type, in document order. */
GListModel       *podium_document_get_organizations    (PodiumDocument *self);
GListModel       *podium_document_get_people           (PodiumDocument *self);
GListModel       *podium_document_get_rooms            (PodiumDocument *self);
GListModel       *podium_document_get_sessions         (PodiumDocument *self);
GListModel       *podium_document_get_acknowledgements (PodiumDocument *self);
/* The published versions (#PodiumVersion), oldest first */
GListModel       *podium_document_get_versions         (PodiumDocument *self);
PodiumVersion    *podium_document_get_latest_version   (PodiumDocument *self);
/* The participants (#PodiumParticipant) and what Remove Personal Data kept of earlier
 * ones (#PodiumParticipantCount); the commands are in podium-participant.h */
GListModel       *podium_document_get_participants     (PodiumDocument *self);
GListModel       *podium_document_get_participant_counts (PodiumDocument *self);
/* Top-level JSON members this version does not understand, written back unchanged. */
JsonObject       *podium_document_get_extra            (PodiumDocument *self);
void              podium_document_set_extra            (PodiumDocument *self,
                                                        JsonObject     *extra);

gpointer          podium_document_lookup               (PodiumDocument *self,
                                                        GType           type,
                                                        const char     *id);
char             *podium_document_make_id              (PodiumDocument *self,
                                                        GType           type);

/* Commands. Each call is one undo step unless it happens between
 * podium_document_begin() and podium_document_end(), which group everything in between
 * into a single step with @label. "changed" is emitted after each step is applied,
 * undone or redone.
 */
void              podium_document_begin                (PodiumDocument *self,
                                                        const char     *label);
void              podium_document_end                  (PodiumDocument *self);

void              podium_document_edit                 (PodiumDocument *self,
                                                        gpointer        object,
                                                        const char     *first_property,
                                                        ...) G_GNUC_NULL_TERMINATED;
void              podium_document_edit_value           (PodiumDocument *self,
                                                        gpointer        object,
                                                        const char     *property,
                                                        const GValue   *value);
/* Typing: consecutive keystrokes into one property of one object are one undo step,
 * until podium_document_end_typing() or any other step, undo, redo or save point */
void              podium_document_edit_typing          (PodiumDocument *self,
                                                        gpointer        object,
                                                        const char     *property,
                                                        const GValue   *value);
void              podium_document_end_typing           (PodiumDocument *self);

void              podium_document_add                  (PodiumDocument *self,
                                                        gpointer        object);
void              podium_document_insert               (PodiumDocument *self,
                                                        gpointer        object,
                                                        guint           position);
void              podium_document_remove               (PodiumDocument *self,
                                                        gpointer        object);
void              podium_document_move_room            (PodiumDocument *self,
                                                        PodiumRoom     *room,
                                                        guint           position);

PodiumRole       *podium_document_add_role             (PodiumDocument     *self,
                                                        PodiumSession      *session,
                                                        PodiumRoleKind      role,
                                                        PodiumPerson       *person,
                                                        PodiumOrganization *organization);
void              podium_document_remove_role          (PodiumDocument *self,
                                                        PodiumSession  *session,
                                                        PodiumRole     *role);

void              podium_document_schedule             (PodiumDocument *self,
                                                        PodiumSession  *session,
                                                        PodiumRoom     *room,
                                                        gint64          start,
                                                        int             duration);
void              podium_document_move                 (PodiumDocument *self,
                                                        PodiumSession  *session,
                                                        PodiumRoom     *room,
                                                        gint64          start);
void              podium_document_resize               (PodiumDocument *self,
                                                        PodiumSession  *session,
                                                        int             duration);
void              podium_document_unschedule           (PodiumDocument *self,
                                                        PodiumSession  *session);
void              podium_document_set_session_kind     (PodiumDocument    *self,
                                                        PodiumSession     *session,
                                                        PodiumSessionKind  kind);

void              podium_document_update_fact          (PodiumDocument *self,
                                                        gpointer        object,
                                                        const char     *property,
                                                        const GValue   *value);

/* Versions and their sign-off, each one undo step */
PodiumVersion    *podium_document_publish_version      (PodiumDocument     *self,
                                                        const char         *name,
                                                        const char         *note,
                                                        const char         *publisher,
                                                        gint64              published);
PodiumApproval   *podium_document_add_approval         (PodiumDocument     *self,
                                                        PodiumVersion      *version,
                                                        PodiumOrganization *organization,
                                                        const char         *by,
                                                        gint64              date,
                                                        const char         *note);
void              podium_document_remove_approval      (PodiumDocument     *self,
                                                        PodiumVersion      *version,
                                                        PodiumApproval     *approval);

gboolean          podium_document_can_undo             (PodiumDocument *self);
gboolean          podium_document_can_redo             (PodiumDocument *self);
const char       *podium_document_get_undo_label       (PodiumDocument *self);
guint64           podium_document_get_undo_serial      (PodiumDocument *self);
const char       *podium_document_get_redo_label       (PodiumDocument *self);
void              podium_document_undo                 (PodiumDocument *self);
void              podium_document_redo                 (PodiumDocument *self);
void              podium_document_clear_history        (PodiumDocument *self);
/* Readers: what is built in between is applied at once, without steps or "changed" */
void              podium_document_begin_load           (PodiumDocument *self);
void              podium_document_end_load             (PodiumDocument *self);

/* Whether the document differs from the state last marked as saved. */
gboolean          podium_document_get_modified         (PodiumDocument *self);
void              podium_document_mark_saved           (PodiumDocument *self);
/* Grows by one with every applied, undone or redone step: a cheap "did anything change". */
guint64           podium_document_get_revision         (PodiumDocument *self);

/* Helpers for views: sessions scheduled on @date (by their start's date; a conference day
 * that runs past midnight is the caller's business), sorted by start then room order.
 */
GPtrArray        *podium_document_list_sessions_by_time (PodiumDocument *self);
int               podium_document_get_room_position    (PodiumDocument *self,
                                                        PodiumRoom     *room);

G_END_DECLS
