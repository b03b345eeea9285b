/* podium-conference.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-object.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_CONFERENCE (podium_conference_get_type ())

/* The conference a document plans: its title, dates, daily hours, venue and organisers. A day whose `day-end` is not after its `day-start` runs past midnight.
 *
 * Read its properties with the getters below or g_object_get(); change them only
 * through the document's commands (podium_document_edit()), so every change can be undone.
 */
G_DECLARE_FINAL_TYPE (PodiumConference, podium_conference, PODIUM, CONFERENCE, PodiumObject)

PodiumConference *podium_conference_new (void);
const char *podium_conference_get_title (PodiumConference *self);
const char *podium_conference_get_subtitle (PodiumConference *self);
const char *podium_conference_get_acronym (PodiumConference *self);
const char *podium_conference_get_description (PodiumConference *self);
int podium_conference_get_start_date (PodiumConference *self);
int podium_conference_get_end_date (PodiumConference *self);
int podium_conference_get_day_start (PodiumConference *self);
int podium_conference_get_day_end (PodiumConference *self);
const char *podium_conference_get_time_zone (PodiumConference *self);
const char *podium_conference_get_language (PodiumConference *self);
const char *podium_conference_get_venue_name (PodiumConference *self);
const char *podium_conference_get_venue_address (PodiumConference *self);
const char *podium_conference_get_venue_city (PodiumConference *self);
PodiumOrganization *podium_conference_get_host (PodiumConference *self);
GPtrArray *podium_conference_get_co_organizers (PodiumConference *self);
int podium_conference_get_expected_attendance (PodiumConference *self);
const char *podium_conference_get_contact (PodiumConference *self);
const char *podium_conference_get_website (PodiumConference *self);
const char *podium_conference_get_funding_notice (PodiumConference *self);
const char *podium_conference_get_funding_emblem (PodiumConference *self);
const char *podium_conference_get_recording_notice (PodiumConference *self);
int podium_conference_get_registration_deadline (PodiumConference *self);
int podium_conference_get_slot_minutes (PodiumConference *self);
const char *podium_conference_get_updated (PodiumConference *self);
const char *podium_conference_get_updated_by (PodiumConference *self);

G_END_DECLS
