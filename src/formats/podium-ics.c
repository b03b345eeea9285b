/* podium-ics.c — the programme for calendar apps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>
#include <libical/ical.h>

#include "podium-frab.h"
#include "podium-ics.h"
#include "podium-labels.h"
#include "podium-schedule.h"

static struct icaltimetype
to_ical_time (GDateTime *dt)
{
  struct icaltimetype t = icaltime_null_time ();

  t.year = g_date_time_get_year (dt);
  t.month = g_date_time_get_month (dt);
  t.day = g_date_time_get_day_of_month (dt);
  t.hour = g_date_time_get_hour (dt);
  t.minute = g_date_time_get_minute (dt);
  t.second = 0;
  t.is_date = 0;
  return t;
}

/* libical 3.0 writes CATEGORIES (taking commas for its list separators) and X- properties
 * without escaping commas and semicolons, and doubles any backslash given to it. Such a
 * property carries a placeholder, replaced in the written text by the value escaped as
 * RFC 5545 §3.3.11 says, so one track stays one category.
 */
static icalproperty *
text_property (icalproperty_kind  kind,
               const char        *x_name,
               const char        *text,
               GPtrArray         *texts)
{
  g_autofree char *placeholder = g_strdup_printf ("PODIUM-TEXT-%u", texts->len);
  GString *escaped = g_string_new (NULL);
  icalproperty *property;

  for (const char *p = text; *p; p++)
    {
      if (*p == '\\' || *p == ';' || *p == ',')
        g_string_append_c (escaped, '\\');
      if (*p == '\n')
        g_string_append (escaped, "\\n");
      else if (*p != '\r')
        g_string_append_c (escaped, *p);
    }
  g_ptr_array_add (texts, g_string_free (escaped, FALSE));

  if (kind == ICAL_X_PROPERTY)
    {
      property = icalproperty_new_x (placeholder);
      icalproperty_set_x_name (property, x_name);
    }
  else
    property = icalproperty_new_categories (placeholder);
  return property;
}

/* Puts the escaped values in place of their placeholders, folding the line at 75 octets
 * between characters */
static GBytes *
replace_texts (const char *ical,
               GPtrArray  *texts)
{
  g_auto(GStrv) lines = g_strsplit (ical, "\r\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      const char *line = lines[i];
      const char *colon = strchr (line, ':');
      guint64 n;
      char *end;

      if (colon && g_str_has_prefix (colon + 1, "PODIUM-TEXT-") &&
          (n = g_ascii_strtoull (colon + 1 + strlen ("PODIUM-TEXT-"), &end, 10)) < texts->len &&
          *end == '\0')
        {
          g_autofree char *full = g_strdup_printf ("%.*s:%s", (int) (colon - line), line,
                                                   (char *) g_ptr_array_index (texts, n));
          gsize width = 0;

          for (const char *p = full; *p; p = g_utf8_next_char (p))
            {
              gsize size = (gsize) (g_utf8_next_char (p) - p);

              if (width + size > 75)
                {
                  g_string_append (out, "\r\n ");
                  width = 1;
                }
              g_string_append_len (out, p, (gssize) size);
              width += size;
            }
        }
      else
        g_string_append (out, line);
      if (lines[i + 1])
        g_string_append (out, "\r\n");
    }
  return g_string_free_to_bytes (out);
}

/* @time in the conference's zone with TZID when libical knows the zone, else in UTC */
static icalproperty *
time_property (icalproperty *(*make) (struct icaltimetype),
               gint64         time,
               GTimeZone     *tz,
               const char    *tzid)
{
  g_autoptr(GDateTime) local = podium_time_to_date_time (time, tz);
  icalproperty *property;

  if (tzid != NULL)
    {
      property = make (to_ical_time (local));
      icalproperty_add_parameter (property, icalparameter_new_tzid (tzid));
    }
  else
    {
      g_autoptr(GDateTime) utc = g_date_time_to_utc (local);
      struct icaltimetype t = to_ical_time (utc);

      t = icaltime_set_timezone (&t, icaltimezone_get_utc_timezone ());
      property = make (t);
    }
  return property;
}

GBytes *
podium_ics_export (PodiumDocument            *document,
                   const PodiumExportOptions *options,
                   GError                   **error)
{
  PodiumConference *conference;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GTimeZone) tz = NULL;
  icalcomponent *calendar;
  icaltimezone *zone;
  const char *tz_name, *title, *venue, *updated;
  const char *tzid = NULL;
  struct icaltimetype stamp;
  int only_day;
  gint64 stamp_time = PODIUM_TIME_NONE;
  char *text;
  GBytes *bytes;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  conference = podium_document_get_conference (document);
  tz_name = podium_conference_get_time_zone (conference);
  title = podium_conference_get_title (conference);
  venue = podium_conference_get_venue_name (conference);
  updated = podium_conference_get_updated (conference);
  only_day = options ? options->day : PODIUM_DATE_NONE;
  tz = g_time_zone_new_identifier (tz_name);
  if (tz == NULL)
    tz = g_time_zone_new_utc ();

  calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Podium//Podium " PACKAGE_VERSION "//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  if (title != NULL)
    {
      /* Calendar apps show this as the calendar's name */
      icalcomponent_add_property (calendar, text_property (ICAL_X_PROPERTY, "X-WR-CALNAME",
                                                           title, texts));
    }

  /* The zone's rules travel with the file, under its plain IANA name (libical's own
   * TZIDs carry a "/freeassociation…/" prefix) */
  zone = tz_name ? icaltimezone_get_builtin_timezone (tz_name) : NULL;
  if (zone != NULL && icaltimezone_get_component (zone) != NULL)
    {
      icalcomponent *vtimezone = icalcomponent_new_clone (icaltimezone_get_component (zone));
      icalproperty *tzid_property = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);

      int start_date = podium_conference_get_start_date (conference);

      if (tzid_property != NULL)
        icalproperty_set_tzid (tzid_property, tz_name);
      else
        icalcomponent_add_property (vtimezone, icalproperty_new_tzid (tz_name));
      /* The rules since 1893 are of no use: keep those from the year before the
       * conference on (MS-compatible, so Outlook takes them too) */
      if (start_date != PODIUM_DATE_NONE)
        {
          g_autoptr(GDateTime) start = podium_time_to_date_time (podium_time_from_date (start_date, 0), tz);
          struct icaltimetype from = icaltime_null_time ();

          from.year = g_date_time_get_year (start) - 1;
          from.month = 1;
          from.day = 1;
          from = icaltime_set_timezone (&from, icaltimezone_get_utc_timezone ());
          icaltimezone_truncate_vtimezone (vtimezone, from, icaltime_null_time (), 1);
        }
      icalcomponent_add_component (calendar, vtimezone);
      tzid = tz_name;
    }

  /* A fixed DTSTAMP makes the export reproducible: the plan's last change, else its start */
  if (updated == NULL || !podium_time_parse (updated, &stamp_time))
    {
      int start_date = podium_conference_get_start_date (conference);

      stamp_time = start_date != PODIUM_DATE_NONE ? podium_time_from_date (start_date, 0) : 0;
    }
  {
    g_autoptr(GDateTime) local = podium_time_to_date_time (stamp_time, tz);
    g_autoptr(GDateTime) utc = g_date_time_to_utc (local);

    /* Midnight of 0001-01-01 east of Greenwich is in the year 0, which GLib cannot hold:
     * the stamp is then read as UTC */
    if (utc == NULL)
      utc = g_date_time_new_utc (g_date_time_get_year (local), g_date_time_get_month (local),
                                 g_date_time_get_day_of_month (local),
                                 g_date_time_get_hour (local), g_date_time_get_minute (local), 0);

    stamp = to_ical_time (utc);
    stamp.second = g_date_time_get_second (utc);
    stamp = icaltime_set_timezone (&stamp, icaltimezone_get_utc_timezone ());
  }

  sessions = podium_schedule_sessions_on_day (document, only_day);
  for (guint i = 0; i < sessions->len; i++)
    {
      PodiumSession *session = g_ptr_array_index (sessions, i);
      PodiumRoom *room = podium_session_get_room (session);
      gint64 start = podium_session_get_start (session);
      icalcomponent *event;
      g_autofree char *guid = NULL;
      g_autofree char *uid = NULL;
      g_autofree char *roles = NULL;
      g_autofree char *location = NULL;
      GString *description;
      const char *subtitle = podium_session_get_subtitle (session);
      const char *abstract = podium_session_get_abstract (session);
      const char *track = podium_session_get_track (session);

      event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
      guid = podium_frab_session_guid (document, session);
      uid = g_strconcat (guid, "@podium", NULL);
      icalcomponent_add_property (event, icalproperty_new_uid (uid));
      icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
      icalcomponent_add_property (event, time_property (icalproperty_new_dtstart, start, tz, tzid));
      icalcomponent_add_property (event, time_property (icalproperty_new_dtend,
                                                        podium_session_get_end (session), tz, tzid));
      icalcomponent_add_property (event, icalproperty_new_summary (podium_session_get_title (session)));

      if (room != NULL)
        location = g_strdup (podium_room_get_name (room));
      else
        location = g_strdup (_("All rooms"));
      if (venue != NULL && *venue)
        {
          g_autofree char *room_name = g_steal_pointer (&location);
          /* TRANSLATORS: an event's place in a calendar: "Room, Venue" */
          location = g_strdup_printf (C_("location", "%s, %s"), room_name, venue);
        }
      icalcomponent_add_property (event, icalproperty_new_location (location));

      description = g_string_new (NULL);
      if (subtitle != NULL && *subtitle)
        g_string_append_printf (description, "%s\n\n", subtitle);
      roles = podium_labels_session_roles (session);
      if (roles != NULL && *roles)
        g_string_append_printf (description, "%s\n\n", roles);
      if (abstract != NULL && *abstract)
        g_string_append (description, abstract);
      while (description->len > 0 && description->str[description->len - 1] == '\n')
        g_string_truncate (description, description->len - 1);
      if (description->len > 0)
        icalcomponent_add_property (event, icalproperty_new_description (description->str));
      g_string_free (description, TRUE);

      if (track != NULL && *track)
        icalcomponent_add_property (event, text_property (ICAL_CATEGORIES_PROPERTY, NULL,
                                                          track, texts));

      switch (podium_session_get_status (session))
        {
        case PODIUM_STATUS_CANCELLED:
          icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CANCELLED));
          break;
        case PODIUM_STATUS_DRAFT:
          icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_TENTATIVE));
          break;
        default:
          icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
          break;
        }
      icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_OPAQUE));

      icalcomponent_add_component (calendar, event);
    }

  /* libical escapes TEXT values and folds lines at 75 octets */
  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  if (text == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the calendar"));
      return NULL;
    }
  bytes = replace_texts (text, texts);
  free (text);
  return bytes;
}
