/* podium-merge.h — three-way merge of Podium documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podium-document.h"

G_BEGIN_DECLS

/* Which side's value a conflict takes. Nicks: "mine", "theirs". */
typedef enum
{
  PODIUM_MERGE_MINE,
  PODIUM_MERGE_THEIRS,
} PodiumMergeSide;

/* Nicks: "both-changed", "removed-theirs", "removed-mine". */
typedef enum
{
  PODIUM_MERGE_BOTH_CHANGED,    /* the same thing changed two ways */
  PODIUM_MERGE_REMOVED_THEIRS,  /* edited (or newly used) here, removed there */
  PODIUM_MERGE_REMOVED_MINE,    /* removed here, edited (or newly used) there */
} PodiumMergeConflictKind;

GType podium_merge_side_get_type          (void) G_GNUC_CONST;
GType podium_merge_conflict_kind_get_type (void) G_GNUC_CONST;

#define PODIUM_TYPE_MERGE_SIDE          (podium_merge_side_get_type ())
#define PODIUM_TYPE_MERGE_CONFLICT_KIND (podium_merge_conflict_kind_get_type ())

#define PODIUM_TYPE_MERGE_CONFLICT (podium_merge_conflict_get_type ())

/* One thing the two sides changed in ways that do not combine. Everything but the
 * choice ("choice" property, notified when it changes) is fixed when the merge is made.
 */
G_DECLARE_FINAL_TYPE (PodiumMergeConflict, podium_merge_conflict, PODIUM, MERGE_CONFLICT, GObject)

PodiumMergeConflictKind podium_merge_conflict_get_kind        (PodiumMergeConflict *self);
/* The object concerned: PODIUM_TYPE_SESSION, _PERSON, _ROOM, _ORGANIZATION,
 * _ACKNOWLEDGEMENT, _CONFERENCE, or PODIUM_TYPE_DOCUMENT for the plan as a whole (the
 * order of its rooms, its unknown top-level members).
 */
GType                   podium_merge_conflict_get_object_type (PodiumMergeConflict *self);
/* Its id in the documents, or %NULL for the conference and the plan */
const char             *podium_merge_conflict_get_object_id   (PodiumMergeConflict *self);
/* How a user names it: the session's title, "Prof. Michael Behr", "the conference" */
const char             *podium_merge_conflict_get_object_name (PodiumMergeConflict *self);
/* What differs, as a stable name: a property ("title", "duration", "video.file"),
 * "place" (a session's start, room and all-rooms together), "dates" (a conference's
 * start and end date), "roles", "moderator" (a session's one moderator seat),
 * "room-order", "extra:NAME" for an unknown member (of a role: "roles.extra:NAME"), or
 * %NULL when the whole object was removed on one side and edited on the other.
 */
const char             *podium_merge_conflict_get_property_name (PodiumMergeConflict *self);
/* The same, translated for a user: "Start", "Time and room", "Title, Notes" */
const char             *podium_merge_conflict_get_label       (PodiumMergeConflict *self);
/* Each side's value as a user reads it: "10:00", "Raum A", "removed" */
const char             *podium_merge_conflict_get_mine_text   (PodiumMergeConflict *self);
const char             *podium_merge_conflict_get_theirs_text (PodiumMergeConflict *self);
PodiumMergeSide         podium_merge_conflict_get_choice      (PodiumMergeConflict *self);
void                    podium_merge_conflict_set_choice      (PodiumMergeConflict *self,
                                                               PodiumMergeSide      choice);

#define PODIUM_TYPE_MERGE (podium_merge_get_type ())

/* A three-way merge: what "mine" and "theirs" each changed since "base", combined.
 *
 * Objects are matched by their id (acknowledgements by rule and key, a session's roles
 * by what they are: role, person, organisation), and compared property by property,
 * their unknown JSON members one by one. A change on one side is taken; the same change
 * on both sides is taken once; two different changes of one thing, or an edit of an
 * object the other side removed, is a #PodiumMergeConflict that takes mine until
 * chosen otherwise. Objects both sides added under the same id (two new "session-12")
 * stay two objects unless they are equal; theirs gets a new id. The order of rooms and
 * of a session's roles is merged as a list: insertions and removals from both sides
 * are combined, a reorder on one side is kept, reorders on both sides are a conflict.
 *
 * The merge holds the three documents and reads them again in podium_merge_get_result():
 * change none of them until the result is taken (merge copies when the user may edit on).
 * It uses no main context and no global state, so it may run in a worker thread.
 */
G_DECLARE_FINAL_TYPE (PodiumMerge, podium_merge, PODIUM, MERGE, GObject)

PodiumMerge    *podium_merge_new                (PodiumDocument  *base,
                                                 PodiumDocument  *mine,
                                                 PodiumDocument  *theirs);
/* (transfer none): a #GListModel of #PodiumMergeConflict, in document order
 * (conference, organisations, people, rooms, sessions, acknowledgements, the plan)
 */
GListModel     *podium_merge_get_conflicts      (PodiumMerge     *self);
guint           podium_merge_get_n_conflicts    (PodiumMerge     *self);
/* (transfer none): the other side, as it was read */
PodiumDocument *podium_merge_get_theirs         (PodiumMerge     *self);
/* Sets the choice of every conflict */
void            podium_merge_choose_all         (PodiumMerge     *self,
                                                 PodiumMergeSide  choice);
/* (transfer full): a new document, the merge with every conflict resolved as chosen,
 * without undo history. It is always valid: a reference to an object the merge
 * removed is cleared as podium_document_remove() clears it.
 */
PodiumDocument *podium_merge_get_result         (PodiumMerge     *self);

/* The translated name of a property of @type as a conflict shows it ("Start",
 * "Video file"); the property name itself when Podium has no word for it.
 */
const char     *podium_merge_property_label     (GType            type,
                                                 const char      *property);

G_END_DECLS
