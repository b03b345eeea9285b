/* podium-role.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-object.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_ROLE (podium_role_get_type ())

/* A role in a session, held by a person, an organisation or both.
 *
 * Read its properties with the getters below or g_object_get(); change them only
 * through the document's commands (podium_document_edit()), so every change can be undone.
 */
G_DECLARE_FINAL_TYPE (PodiumRole, podium_role, PODIUM, ROLE, PodiumObject)

PodiumRole *podium_role_new (void);
PodiumRoleKind podium_role_get_role (PodiumRole *self);
PodiumPerson *podium_role_get_person (PodiumRole *self);
PodiumOrganization *podium_role_get_organization (PodiumRole *self);

G_END_DECLS
