/* podium-version.h — a published version of the programme and its sign-off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-object.h"
#include "podium-organization.h"

G_BEGIN_DECLS

/* What the programme said about one person in a session when a version was published.
 * @name is how the person was named then ("Prof. Michael Behr"), so that a person
 * removed since is still named.
 */
typedef struct
{
  PodiumRoleKind  role;
  char           *person;   /* the person's id */
  char           *name;
  JsonObject     *extra;    /* unknown JSON members, written back */
} PodiumSnapshotPerson;

/* What the programme said about one scheduled session when a version was published */
typedef struct
{
  char       *session;      /* the session's id */
  char       *title;
  PodiumSessionKind kind;
  gint64      start;        /* PodiumTime */
  gint64      end;
  char       *room;         /* the room's id, %NULL when @all_rooms */
  char       *room_name;
  gboolean    all_rooms;
  gboolean    cancelled;
  GPtrArray  *people;       /* PodiumSnapshotPerson, in the session's role order */
  JsonObject *extra;
} PodiumSnapshotSession;

PodiumSnapshotPerson  *podium_snapshot_person_new   (PodiumRoleKind         role,
                                                     const char            *person,
                                                     const char            *name);
void                   podium_snapshot_person_free  (PodiumSnapshotPerson  *person);
PodiumSnapshotSession *podium_snapshot_session_new  (void);
void                   podium_snapshot_session_free (PodiumSnapshotSession *session);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodiumSnapshotPerson, podium_snapshot_person_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodiumSnapshotSession, podium_snapshot_session_free)

#define PODIUM_TYPE_APPROVAL (podium_approval_get_type ())

/* A co-organising organisation's sign-off of a version: who agreed on its behalf
 * ("by"), when ("date", a PodiumTime) and a note. Change it only through the document's
 * commands.
 */
G_DECLARE_FINAL_TYPE (PodiumApproval, podium_approval, PODIUM, APPROVAL, PodiumObject)

PodiumApproval     *podium_approval_new              (void);
PodiumOrganization *podium_approval_get_organization (PodiumApproval *self);
const char         *podium_approval_get_by           (PodiumApproval *self);
gint64              podium_approval_get_date         (PodiumApproval *self);
const char         *podium_approval_get_note         (PodiumApproval *self);

#define PODIUM_TYPE_VERSION (podium_version_get_type ())

/* A named version of the programme, as it was sent out ("v2 — an die Ministerien
 * versandt"): when it was published ("published", a PodiumTime), by whom ("publisher",
 * a name), a note, and what the programme said then ("programme", a #GPtrArray of
 * #PodiumSnapshotSession, fixed when it is made). Its approvals are a #GListModel of
 * #PodiumApproval, changed only through podium_document_add_approval() and
 * podium_document_remove_approval().
 */
G_DECLARE_FINAL_TYPE (PodiumVersion, podium_version, PODIUM, VERSION, PodiumObject)

PodiumVersion *podium_version_new           (void);
const char    *podium_version_get_name      (PodiumVersion *self);
const char    *podium_version_get_note      (PodiumVersion *self);
gint64         podium_version_get_published (PodiumVersion *self);
const char    *podium_version_get_publisher (PodiumVersion *self);
GPtrArray     *podium_version_get_programme (PodiumVersion *self);
GListModel    *podium_version_get_approvals (PodiumVersion *self);
/* The approval on behalf of @organization, or %NULL */
PodiumApproval *podium_version_lookup_approval (PodiumVersion      *self,
                                                PodiumOrganization *organization);

G_END_DECLS
