/* podium-changes.h — what changed in the programme since a published version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-document.h"

G_BEGIN_DECLS

typedef enum
{
  PODIUM_CHANGE_ADDED,           /* a session is in the programme that was not */
  PODIUM_CHANGE_REMOVED,         /* a session is no longer in it (deleted or unscheduled) */
  PODIUM_CHANGE_CANCELLED,
  PODIUM_CHANGE_REINSTATED,      /* a cancelled session takes place again */
  PODIUM_CHANGE_MOVED,           /* another day, time or room, or another end */
  PODIUM_CHANGE_RETITLED,
  PODIUM_CHANGE_PERSON_ADDED,    /* a person holds a role they did not hold */
  PODIUM_CHANGE_PERSON_REMOVED,
} PodiumChangeKind;

/* One change, as a user would write it in an email:
 * "“Keynote: Fachkräfte” moved from Tue 21 Nov 10:00, Plenary to Tue 21 Nov 11:30, Room 2".
 */
typedef struct
{
  PodiumChangeKind  kind;
  char             *object_id;   /* the session's id */
  char             *person_id;   /* the person's, for PERSON_ADDED and PERSON_REMOVED */
  char             *text;        /* translated */
} PodiumChange;

void       podium_change_free                (PodiumChange   *change);

/* (transfer full): what the programme says now, as a version records it: the scheduled
 * sessions (cancelled ones too) in programme order, a #GPtrArray of
 * #PodiumSnapshotSession */
GPtrArray *podium_changes_snapshot           (PodiumDocument *document);

/* (transfer full): the changes of @document's programme since @version was published,
 * a #GPtrArray of #PodiumChange ordered by the sessions' (new, else old) start. Empty
 * when nothing a programme shows has changed. */
GPtrArray *podium_changes_compute            (PodiumVersion  *version,
                                              PodiumDocument *document);

/* The version of @document whose name or id is @name, or %NULL */
PodiumVersion *podium_changes_find_version   (PodiumDocument *document,
                                              const char     *name);

/* Whether every co-organiser of @document's conference has approved @version; %FALSE
 * when the conference has no co-organisers (there is nobody to agree with). */
gboolean   podium_version_is_approved_by_all (PodiumVersion  *version,
                                              PodiumDocument *document);
/* Whether the programme changed after everyone approved @version: approved by all, and
 * podium_changes_compute() is not empty. */
gboolean   podium_version_is_superseded      (PodiumVersion  *version,
                                              PodiumDocument *document);

/* The version as a programme's footer names it: its name, "v2 — an die Ministerien
 * versandt", with its note after a dash if it has one. */
char      *podium_version_label              (PodiumVersion  *version);
/* "Agreed with ZEFAS, FiF" (the co-organisers' short names) when @version is approved by
 * all and not superseded, else %NULL: a programme says it only when it is true. */
char      *podium_version_approval_label     (PodiumVersion  *version,
                                              PodiumDocument *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodiumChange, podium_change_free)

G_END_DECLS
