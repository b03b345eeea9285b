/* podium-conference.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-conference.h"
#include "podium-organization.h"

struct _PodiumConference
{
  PodiumObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumConference, podium_conference, PODIUM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_ACRONYM,
  PROP_DESCRIPTION,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_DAY_START,
  PROP_DAY_END,
  PROP_TIME_ZONE,
  PROP_LANGUAGE,
  PROP_VENUE_NAME,
  PROP_VENUE_ADDRESS,
  PROP_VENUE_CITY,
  PROP_HOST,
  PROP_CO_ORGANIZERS,
  PROP_EXPECTED_ATTENDANCE,
  PROP_CONTACT,
  PROP_WEBSITE,
  PROP_SLOT_MINUTES,
  PROP_UPDATED,
  PROP_UPDATED_BY,
  PROP_FUNDING_NOTICE,
  PROP_FUNDING_EMBLEM,
  PROP_RECORDING_NOTICE,
  PROP_REGISTRATION_DEADLINE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podium_conference_class_init (PodiumConferenceClass *klass)
{
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ACRONYM] =
    g_param_spec_string ("acronym", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_START_DATE] =
    g_param_spec_int ("start-date", NULL, NULL,
                      G_MININT, G_MAXINT, PODIUM_DATE_NONE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_END_DATE] =
    g_param_spec_int ("end-date", NULL, NULL,
                      G_MININT, G_MAXINT, PODIUM_DATE_NONE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DAY_START] =
    g_param_spec_int ("day-start", NULL, NULL,
                      0, 1439, 540,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DAY_END] =
    g_param_spec_int ("day-end", NULL, NULL,
                      0, 1439, 1080,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL,
                         "Europe/Berlin",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_VENUE_NAME] =
    g_param_spec_string ("venue-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_VENUE_ADDRESS] =
    g_param_spec_string ("venue-address", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_VENUE_CITY] =
    g_param_spec_string ("venue-city", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_HOST] =
    g_param_spec_object ("host", NULL, NULL,
                         PODIUM_TYPE_ORGANIZATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CO_ORGANIZERS] =
    g_param_spec_boxed ("co-organizers", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_EXPECTED_ATTENDANCE] =
    g_param_spec_int ("expected-attendance", NULL, NULL,
                      0, 10000000, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTACT] =
    g_param_spec_string ("contact", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SLOT_MINUTES] =
    g_param_spec_int ("slot-minutes", NULL, NULL,
                      1, 60, 5,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who saved that change: the merge dialog says whose version "theirs" is */
  properties [PROP_UPDATED_BY] =
    g_param_spec_string ("updated-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What a funded programme must say: "Gefördert durch …", with the funders' emblem
   * (a path relative to the plan, like a logo) */
  properties [PROP_FUNDING_NOTICE] =
    g_param_spec_string ("funding-notice", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_FUNDING_EMBLEM] =
    g_param_spec_string ("funding-emblem", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* That photos or recordings are made, and why (GDPR Art. 13) */
  properties [PROP_RECORDING_NOTICE] =
    g_param_spec_string ("recording-notice", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_REGISTRATION_DEADLINE] =
    g_param_spec_int ("registration-deadline", NULL, NULL,
                      G_MININT, G_MAXINT, PODIUM_DATE_NONE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _podium_object_class_install_properties (klass, N_PROPS, properties);
}

static void
podium_conference_init (PodiumConference *self)
{
}

PodiumConference *
podium_conference_new (void)
{
  return g_object_new (PODIUM_TYPE_CONFERENCE, NULL);
}

const char *
podium_conference_get_title (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_TITLE));
}

const char *
podium_conference_get_subtitle (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_SUBTITLE));
}

const char *
podium_conference_get_acronym (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_ACRONYM));
}

const char *
podium_conference_get_description (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_DESCRIPTION));
}

int
podium_conference_get_start_date (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), PODIUM_DATE_NONE);

  return g_value_get_int (_podium_object_peek (self, PROP_START_DATE));
}

int
podium_conference_get_end_date (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), PODIUM_DATE_NONE);

  return g_value_get_int (_podium_object_peek (self, PROP_END_DATE));
}

int
podium_conference_get_day_start (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), 0);

  return g_value_get_int (_podium_object_peek (self, PROP_DAY_START));
}

int
podium_conference_get_day_end (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), 0);

  return g_value_get_int (_podium_object_peek (self, PROP_DAY_END));
}

const char *
podium_conference_get_time_zone (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_TIME_ZONE));
}

const char *
podium_conference_get_language (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_LANGUAGE));
}

const char *
podium_conference_get_venue_name (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_VENUE_NAME));
}

const char *
podium_conference_get_venue_address (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_VENUE_ADDRESS));
}

const char *
podium_conference_get_venue_city (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_VENUE_CITY));
}

PodiumOrganization *
podium_conference_get_host (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_object (_podium_object_peek (self, PROP_HOST));
}

GPtrArray *
podium_conference_get_co_organizers (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_boxed (_podium_object_peek (self, PROP_CO_ORGANIZERS));
}

int
podium_conference_get_expected_attendance (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), 0);

  return g_value_get_int (_podium_object_peek (self, PROP_EXPECTED_ATTENDANCE));
}

const char *
podium_conference_get_contact (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_CONTACT));
}

const char *
podium_conference_get_website (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_WEBSITE));
}

int
podium_conference_get_slot_minutes (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), 0);

  return g_value_get_int (_podium_object_peek (self, PROP_SLOT_MINUTES));
}

const char *
podium_conference_get_updated (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_UPDATED));
}

const char *
podium_conference_get_updated_by (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_UPDATED_BY));
}

const char *
podium_conference_get_funding_notice (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_FUNDING_NOTICE));
}

const char *
podium_conference_get_funding_emblem (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_FUNDING_EMBLEM));
}

const char *
podium_conference_get_recording_notice (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_RECORDING_NOTICE));
}

int
podium_conference_get_registration_deadline (PodiumConference *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFERENCE (self), PODIUM_DATE_NONE);

  return g_value_get_int (_podium_object_peek (self, PROP_REGISTRATION_DEADLINE));
}
