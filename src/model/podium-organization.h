/* podium-organization.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-object.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_ORGANIZATION (podium_organization_get_type ())

/* An organisation that runs, hosts or speaks at the conference.
 *
 * Read its properties with the getters below or g_object_get(); change them only
 * through the document's commands (podium_document_edit()), so every change can be undone.
 */
G_DECLARE_FINAL_TYPE (PodiumOrganization, podium_organization, PODIUM, ORGANIZATION, PodiumObject)

PodiumOrganization *podium_organization_new (void);
const char *podium_organization_get_name (PodiumOrganization *self);
const char *podium_organization_get_short_name (PodiumOrganization *self);
const char *podium_organization_get_region (PodiumOrganization *self);
PodiumOrganizationKind podium_organization_get_kind (PodiumOrganization *self);
const char *podium_organization_get_color (PodiumOrganization *self);
const char *podium_organization_get_website (PodiumOrganization *self);
const char *podium_organization_get_notes (PodiumOrganization *self);
const char *podium_organization_get_logo (PodiumOrganization *self);

G_END_DECLS
