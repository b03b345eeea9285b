/* podium-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "podium-labels.h"
#include "podium-time.h"

const char *
podium_labels_session_kind (PodiumSessionKind kind)
{
  static const char * const labels[] = {
    N_("Greeting"), N_("Keynote"), N_("Talk"), N_("Impulse"), N_("Video message"),
    N_("Panel"), N_("Breakout"), N_("Workshop"), N_("Break"), N_("Meal"),
    N_("Networking"), N_("Other"),
  };

  g_return_val_if_fail (kind < G_N_ELEMENTS (labels), NULL);
  return _(labels[kind]);
}

const char *
podium_labels_session_status (PodiumSessionStatus status)
{
  static const char * const labels[] = {
    /* TRANSLATORS: status of a session */
    N_("Draft"), N_("Confirmed"), N_("Cancelled"),
  };

  g_return_val_if_fail (status < G_N_ELEMENTS (labels), NULL);
  return _(labels[status]);
}

const char *
podium_labels_role (PodiumRoleKind role)
{
  static const char * const labels[] = {
    /* TRANSLATORS: roles in a session, as in "Moderation: ThAFF" */
    NC_("role", "Speaker"), NC_("role", "Moderation"), NC_("role", "Impulse"),
    NC_("role", "Panelist"), NC_("role", "Host"),
  };

  g_return_val_if_fail (role < G_N_ELEMENTS (labels), NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "role", labels[role]);
}

const char *
podium_labels_organization_kind (PodiumOrganizationKind kind)
{
  static const char * const labels[] = {
    N_("Agency"), N_("Ministry"), N_("Company"), N_("Association"), N_("Other organisation"),
  };

  g_return_val_if_fail (kind < G_N_ELEMENTS (labels), NULL);
  return _(labels[kind]);
}

const char *
podium_labels_room_kind (PodiumRoomKind kind)
{
  static const char * const labels[] = {
    N_("Plenary room"), N_("Breakout room"), N_("Foyer"), N_("Virtual room"),
  };

  g_return_val_if_fail (kind < G_N_ELEMENTS (labels), NULL);
  return _(labels[kind]);
}

const char *
podium_labels_video_status (PodiumVideoStatus status)
{
  static const char * const labels[] = {
    /* TRANSLATORS: readiness of a video message */
    N_("Requested"), N_("Received"), N_("Checked"), N_("Approved"),
  };

  g_return_val_if_fail (status < G_N_ELEMENTS (labels), NULL);
  return _(labels[status]);
}

const char *
podium_labels_equipment (PodiumEquipment equipment)
{
  switch (equipment)
    {
    case PODIUM_EQUIPMENT_PROJECTOR:      return _("Projector");
    case PODIUM_EQUIPMENT_AUDIO:          return _("Audio");
    case PODIUM_EQUIPMENT_VIDEO_PLAYBACK: return _("Video playback");
    case PODIUM_EQUIPMENT_MICROPHONES:    return _("Microphones");
    case PODIUM_EQUIPMENT_INTERPRETING:   return _("Interpreting");
    case PODIUM_EQUIPMENT_STREAMING:      return _("Streaming");
    case PODIUM_EQUIPMENT_NONE:
    default:                              return _("None");
    }
}

char *
podium_labels_time_range (gint64 start,
                          gint64 end)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (start == PODIUM_TIME_NONE)
    return g_strdup ("");

  from = podium_time_format_clock (podium_time_get_clock (start));
  to = podium_time_format_clock (podium_time_get_clock (end));
  /* TRANSLATORS: a time range such as "10:00–10:30"; German adds " Uhr" */
  return g_strdup_printf (_("%s–%s"), from, to);
}

char *
podium_labels_date (int date)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) dt = NULL;

  if (date == PODIUM_DATE_NONE)
    return g_strdup ("");

  utc = g_time_zone_new_utc ();
  dt = podium_time_to_date_time (podium_time_from_date (date, 0), utc);
  /* TRANSLATORS: a full date, see strftime(3): "Monday, 20 November 2023";
   * German: "%A, %-d. %B %Y" */
  return g_date_time_format (dt, _("%A, %-d %B %Y"));
}

static gboolean
date_from_gdate (const GDate *gdate,
                 int         *date)
{
  int d;

  if (!g_date_valid (gdate) || g_date_get_year (gdate) < 1 || g_date_get_year (gdate) > 9999)
    return FALSE;
  d = (int) g_date_get_julian (gdate) - 719163;  /* day 1 is 0001-01-01, 1970-01-01 is 0 */
  if (date)
    *date = d;
  return TRUE;
}

/* A date as people type it: "2023-11-20", "20.11.2023", "20 November 2023", or what
 * podium_labels_date() wrote ("Monday, 20 November 2023"), with month names in the
 * user's language */
gboolean
podium_labels_parse_date (const char *text,
                          int        *date)
{
  g_autofree char *copy = NULL;
  g_autoptr(GDate) gdate = g_date_new ();
  const char *comma;
  char *end;
  guint64 day, month, year;
  char *s;

  g_return_val_if_fail (text != NULL, FALSE);

  copy = g_strstrip (g_strdup (text));
  if (podium_time_parse_date (copy, date))
    return TRUE;

  /* 20.11.2023: day first, whatever the locale's order */
  s = copy;
  if (g_ascii_isdigit (*s))
    {
      day = g_ascii_strtoull (s, &end, 10);
      if (*end == '.' && end[1] != ' ')
        {
          month = g_ascii_strtoull (end + 1, &end, 10);
          if (*end == '.')
            {
              year = g_ascii_strtoull (end + 1, &end, 10);
              if (*end == '\0' && year >= 1000 && year <= 9999)
                {
                  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
                    return FALSE;
                  g_date_set_dmy (gdate, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
                  return date_from_gdate (gdate, date);
                }
            }
        }
    }

  /* A weekday in front ("Monday, …") is not part of what GDate reads */
  comma = strchr (copy, ',');
  s = comma ? (char *) comma + 1 : copy;
  if (comma)
    for (const char *p = copy; p < comma; p = g_utf8_next_char (p))
      if (!g_unichar_isalpha (g_utf8_get_char (p)))
        s = copy;
  g_strstrip (s);
  /* Month names need letters; GDate alone would read "11 20" in the locale's order */
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      {
        g_date_set_parse (gdate, s);
        return date_from_gdate (gdate, date);
      }
  return FALSE;
}

char *
podium_labels_date_time (GDateTime *date_time)
{
  /* TRANSLATORS: a date and time, see strftime(3): "20 November 2023, 10:15";
   * German: "%-d. %B %Y, %H:%M Uhr" */
  return g_date_time_format (date_time, _("%-d %B %Y, %H:%M"));
}

char *
podium_labels_wall_time (const char *text)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) dt = NULL;
  gint64 time;

  if (text == NULL || !podium_time_parse (text, &time))
    return NULL;
  /* Podium's times are wall-clock times: shown as they are, in no zone */
  utc = g_time_zone_new_utc ();
  dt = podium_time_to_date_time (time, utc);
  return podium_labels_date_time (dt);
}

char *
podium_labels_conference_dates (PodiumConference *conference)
{
  int start = podium_conference_get_start_date (conference);
  int end = podium_conference_get_end_date (conference);
  g_autofree char *first = podium_labels_date (start);
  g_autofree char *last = NULL;

  if (end == PODIUM_DATE_NONE || end == start)
    return g_steal_pointer (&first);

  last = podium_labels_date (end);
  /* TRANSLATORS: first and last day of a conference */
  return g_strdup_printf (_("%s to %s"), first, last);
}

static void
append_part (GString    *str,
             const char *separator,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (str->len > 0)
    g_string_append (str, separator);
  g_string_append (str, part);
}

char *
podium_labels_conference_venue (PodiumConference *conference)
{
  GString *str = g_string_new (NULL);

  append_part (str, ", ", podium_conference_get_venue_name (conference));
  append_part (str, ", ", podium_conference_get_venue_address (conference));
  append_part (str, ", ", podium_conference_get_venue_city (conference));
  return g_string_free (str, FALSE);
}

const char *
podium_labels_organization (PodiumOrganization *organization)
{
  const char *short_name;

  g_return_val_if_fail (PODIUM_IS_ORGANIZATION (organization), NULL);

  short_name = podium_organization_get_short_name (organization);
  if (short_name != NULL && *short_name != '\0')
    return short_name;
  return podium_organization_get_name (organization);
}

char *
podium_labels_conference_hosts (PodiumConference *conference)
{
  PodiumOrganization *host = podium_conference_get_host (conference);
  GPtrArray *co = podium_conference_get_co_organizers (conference);
  g_autoptr(GString) others = g_string_new (NULL);

  if (co != NULL)
    for (guint i = 0; i < co->len; i++)
      append_part (others, ", ", podium_labels_organization (g_ptr_array_index (co, i)));

  if (host && others->len)
    /* TRANSLATORS: the host organisation, then the co-organisers */
    return g_strdup_printf (_("%s, with %s"), podium_labels_organization (host), others->str);
  if (host)
    return g_strdup (podium_labels_organization (host));
  return g_string_free (g_steal_pointer (&others), FALSE);
}

char *
podium_labels_person (PodiumPerson *person)
{
  const char *honorific, *name;

  g_return_val_if_fail (PODIUM_IS_PERSON (person), NULL);

  honorific = podium_person_get_honorific (person);
  name = podium_person_get_name (person);
  if (name == NULL || *name == '\0')
    return g_strdup (honorific);
  if (honorific != NULL && *honorific != '\0')
    return g_strdup_printf ("%s %s", honorific, name);
  return g_strdup (name);
}

char *
podium_labels_session_place (PodiumSession *session)
{
  PodiumRoom *room = podium_session_get_room (session);
  gint64 start = podium_session_get_start (session);

  if (podium_session_get_all_rooms (session))
    return g_strdup (_("All rooms"));
  if (room != NULL)
    return g_strdup (podium_room_get_name (room));
  if (start != PODIUM_TIME_NONE)
    {
      g_autofree char *clock = podium_time_format_clock (podium_time_get_clock (start));

      /* TRANSLATORS: a session that has a time but no room yet: "10:20, no room" */
      return g_strdup_printf (_("%s, no room"), clock);
    }
  return g_strdup (_("Not scheduled"));
}

char *
podium_labels_role_holder (PodiumRole *role)
{
  PodiumPerson *person = podium_role_get_person (role);
  PodiumOrganization *organization = podium_role_get_organization (role);
  g_autofree char *name = NULL;

  if (person == NULL)
    return g_strdup (organization ? podium_labels_organization (organization) : "");

  name = podium_labels_person (person);
  if (organization == NULL)
    organization = podium_person_get_organization (person);
  if (organization == NULL)
    return g_steal_pointer (&name);
  return g_strdup_printf ("%s (%s)", name, podium_labels_organization (organization));
}

char *
podium_labels_session_roles (PodiumSession *session)
{
  GListModel *roles = podium_session_get_roles (session);
  GString *str = g_string_new (NULL);
  guint n = g_list_model_get_n_items (roles);

  /* One entry per kind of role, in the order they first appear: "Moderation: A, B" */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);
      PodiumRoleKind kind = podium_role_get_role (role);
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        {
          g_autoptr(PodiumRole) earlier = g_list_model_get_item (roles, j);
          seen = podium_role_get_role (earlier) == kind;
        }
      if (seen)
        continue;

      if (str->len)
        g_string_append (str, " · ");
      /* TRANSLATORS: a role and who holds it, "Moderation: ThAFF" */
      g_string_append_printf (str, _("%s: "), podium_labels_role (kind));
      for (guint j = i, k = 0; j < n; j++)
        {
          g_autoptr(PodiumRole) other = g_list_model_get_item (roles, j);
          g_autofree char *holder = NULL;

          if (podium_role_get_role (other) != kind)
            continue;
          holder = podium_labels_role_holder (other);
          g_string_append_printf (str, "%s%s", k++ ? ", " : "", holder);
        }
    }

  return g_string_free (str, FALSE);
}
