/* podium-person.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-object.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_PERSON (podium_person_get_type ())

/* A person who holds roles in sessions. `availability` is a #GPtrArray of #PodiumSpan; empty means always available.
 *
 * Read its properties with the getters below or g_object_get(); change them only
 * through the document's commands (podium_document_edit()), so every change can be undone.
 */
G_DECLARE_FINAL_TYPE (PodiumPerson, podium_person, PODIUM, PERSON, PodiumObject)

PodiumPerson *podium_person_new (void);
const char *podium_person_get_name (PodiumPerson *self);
const char *podium_person_get_honorific (PodiumPerson *self);
const char *podium_person_get_position (PodiumPerson *self);
PodiumOrganization *podium_person_get_organization (PodiumPerson *self);
const char *podium_person_get_email (PodiumPerson *self);
const char *podium_person_get_phone (PodiumPerson *self);
const char *podium_person_get_notes (PodiumPerson *self);
GPtrArray *podium_person_get_availability (PodiumPerson *self);

/* A window of availability, in PodiumTime minutes: [start, end) */
typedef struct
{
  gint64      start;
  gint64      end;
  JsonObject *extra;
} PodiumSpan;

PodiumSpan *podium_span_new  (gint64 start,
                              gint64 end);
void        podium_span_free (PodiumSpan *span);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodiumSpan, podium_span_free)

G_END_DECLS
