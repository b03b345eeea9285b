/* podium-acknowledgement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-object.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_ACKNOWLEDGEMENT (podium_acknowledgement_get_type ())

/* A conflict the organisers have seen and accepted. `key` identifies the conflict and its cause, so a changed cause warns again.
 *
 * Read its properties with the getters below or g_object_get(); change them only
 * through the document's commands (podium_document_edit()), so every change can be undone.
 */
G_DECLARE_FINAL_TYPE (PodiumAcknowledgement, podium_acknowledgement, PODIUM, ACKNOWLEDGEMENT, PodiumObject)

PodiumAcknowledgement *podium_acknowledgement_new (void);
const char *podium_acknowledgement_get_rule (PodiumAcknowledgement *self);
const char *podium_acknowledgement_get_key (PodiumAcknowledgement *self);
const char *podium_acknowledgement_get_note (PodiumAcknowledgement *self);

G_END_DECLS
