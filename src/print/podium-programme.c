/* podium-programme.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podium-labels.h"
#include "podium-programme.h"
#include "podium-schedule.h"
#include "podium-time.h"

static void
entry_free (gpointer data)
{
  PodiumProgrammeEntry *entry = data;

  g_free (entry->time);
  g_free (entry->room);
  g_free (entry->theme);
  g_free (entry->title);
  g_free (entry->subtitle);
  g_free (entry->abstract);
  g_free (entry->kind);
  g_ptr_array_unref (entry->people);
  g_free (entry);
}

static void
block_free (gpointer data)
{
  PodiumProgrammeBlock *block = data;

  g_free (block->time);
  g_ptr_array_unref (block->entries);
  g_free (block);
}

static void
day_free (gpointer data)
{
  PodiumProgrammeDay *day = data;

  g_free (day->heading);
  g_ptr_array_unref (day->blocks);
  g_free (day);
}

void
podium_programme_free (PodiumProgramme *programme)
{
  if (programme == NULL)
    return;

  g_free (programme->title);
  g_free (programme->subtitle);
  g_free (programme->dates);
  g_free (programme->venue);
  g_free (programme->website);
  g_free (programme->contact);
  g_free (programme->registration);
  g_free (programme->funding_notice);
  g_free (programme->funding_emblem);
  g_free (programme->recording_notice);
  g_clear_pointer (&programme->logos, g_ptr_array_unref);
  g_free (programme->host);
  g_free (programme->co_organizers);
  g_free (programme->author);
  g_free (programme->updated);
  g_free (programme->version);
  g_free (programme->agreed);
  g_ptr_array_unref (programme->days);
  g_free (programme);
}

void
podium_programme_person_free (PodiumProgrammePerson *person)
{
  if (person == NULL)
    return;

  g_free (person->role);
  g_free (person->name);
  g_free (person->organization);
  g_free (person->position);
  g_free (person);
}

static char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

static gboolean
nonempty_logo (PodiumOrganization *organization)
{
  const char *logo = podium_organization_get_logo (organization);

  return logo != NULL && *logo != '\0';
}

char *
podium_programme_find_mail_uri (const char *text)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *address = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  regex = g_regex_new ("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", 0, 0, NULL);
  if (!g_regex_match (regex, text, 0, &match))
    return NULL;
  address = g_match_info_fetch (match, 0);
  return g_strconcat ("mailto:", address, NULL);
}

PodiumProgrammePerson *
podium_programme_person_new (PodiumRole *role)
{
  PodiumProgrammePerson *person;
  PodiumPerson *who;
  PodiumOrganization *organization;

  g_return_val_if_fail (PODIUM_IS_ROLE (role), NULL);

  who = podium_role_get_person (role);
  organization = podium_role_get_organization (role);
  person = g_new0 (PodiumProgrammePerson, 1);
  person->role = g_strdup (podium_labels_role (podium_role_get_role (role)));

  if (who != NULL)
    {
      person->name = podium_labels_person (who);
      person->position = nonempty (podium_person_get_position (who));
      if (organization == NULL)
        organization = podium_person_get_organization (who);
      if (organization != NULL)
        person->organization = g_strdup (podium_labels_organization (organization));
    }
  else if (organization != NULL)
    {
      /* An organisation in a role: its short name is what people say, the full name explains it */
      person->name = g_strdup (podium_labels_organization (organization));
      if (g_strcmp0 (person->name, podium_organization_get_name (organization)) != 0)
        person->position = nonempty (podium_organization_get_name (organization));
    }
  else
    person->name = g_strdup ("");

  return person;
}

GPtrArray *
podium_programme_sorted_sessions (PodiumDocument *document,
                                  int             day)
{
  GPtrArray *result;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  result = podium_schedule_sessions_on_day (document, day);
  for (guint i = result->len; i > 0; i--)
    {
      PodiumSession *session = g_ptr_array_index (result, i - 1);

      if (podium_session_get_status (session) == PODIUM_STATUS_CANCELLED)
        g_ptr_array_remove_index (result, i - 1);
    }
  return result;
}

char *
podium_programme_format_short_date (int date)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = podium_time_to_date_time (podium_time_from_date (date, 0), utc);

  /* TRANSLATORS: a date without the weekday, see strftime(3): "20 November 2023";
   * German: "%-d. %B %Y" */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

static gboolean
is_break_kind (PodiumSession *session)
{
  switch (podium_session_get_kind (session))
    {
    case PODIUM_SESSION_BREAK:
    case PODIUM_SESSION_MEAL:
    case PODIUM_SESSION_NETWORKING:
      return TRUE;
    case PODIUM_SESSION_OTHER:
      /* Arrival, registration, cloakroom: nobody on stage, set like a break */
      return g_list_model_get_n_items (podium_session_get_roles (session)) == 0;
    default:
      return FALSE;
    }
}

static char *
kind_label (PodiumSession *session)
{
  PodiumSessionKind kind = podium_session_get_kind (session);

  switch (kind)
    {
    case PODIUM_SESSION_GREETING:
    case PODIUM_SESSION_KEYNOTE:
    case PODIUM_SESSION_IMPULSE:
    case PODIUM_SESSION_VIDEO_MESSAGE:
    case PODIUM_SESSION_PANEL:
    case PODIUM_SESSION_WORKSHOP:
      return g_strdup (podium_labels_session_kind (kind));
    default:
      return NULL;
    }
}

/* Someone in two roles is named once: "Moderation, Impulse  ThAFF" */
static void
add_person (GPtrArray             *people,
            PodiumProgrammePerson *person)
{
  for (guint i = 0; i < people->len; i++)
    {
      PodiumProgrammePerson *other = g_ptr_array_index (people, i);

      if (g_str_equal (other->name, person->name) &&
          g_strcmp0 (other->organization, person->organization) == 0)
        {
          char *roles = g_strdup_printf ("%s, %s", other->role, person->role);

          g_free (other->role);
          other->role = roles;
          podium_programme_person_free (person);
          return;
        }
    }
  g_ptr_array_add (people, person);
}

static PodiumProgrammeEntry *
entry_new (PodiumSession *session)
{
  PodiumProgrammeEntry *entry = g_new0 (PodiumProgrammeEntry, 1);
  PodiumRoom *room = podium_session_get_room (session);
  GListModel *roles = podium_session_get_roles (session);

  entry->session = session;
  entry->time = podium_labels_time_range (podium_session_get_start (session),
                                          podium_session_get_end (session));
  entry->room = podium_labels_session_place (session);
  entry->theme = room && !podium_session_get_all_rooms (session) ?
                 nonempty (podium_room_get_theme (room)) : NULL;
  entry->title = g_strdup (podium_session_get_title (session));
  entry->subtitle = nonempty (podium_session_get_subtitle (session));
  /* A subtitle that only repeats the room says nothing the reader has not just read */
  if (entry->subtitle && g_strcmp0 (entry->subtitle, entry->room) == 0)
    g_clear_pointer (&entry->subtitle, g_free);
  /* Pasted descriptions often end in blank lines, which would only push the next entry down */
  entry->abstract = g_strstrip (g_strdup (podium_session_get_abstract (session) ?: ""));
  if (*entry->abstract == '\0')
    g_clear_pointer (&entry->abstract, g_free);
  entry->kind = kind_label (session);
  entry->is_break = is_break_kind (session);
  entry->is_video = podium_session_get_kind (session) == PODIUM_SESSION_VIDEO_MESSAGE;
  entry->people = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_programme_person_free);

  /* Whose logo a room sign shows: the moderating organisation, or the moderator's */
  for (guint i = 0; i < g_list_model_get_n_items (roles) && entry->moderator == NULL; i++)
    {
      g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);

      if (podium_role_get_role (role) != PODIUM_ROLE_MODERATOR)
        continue;
      entry->moderator = podium_role_get_organization (role);
      if (entry->moderator == NULL && podium_role_get_person (role) != NULL)
        entry->moderator = podium_person_get_organization (podium_role_get_person (role));
    }

  /* Moderation first, then impulse, speakers, panel, hosts: the order a reader meets them */
  {
    static const PodiumRoleKind order[] = {
      PODIUM_ROLE_MODERATOR, PODIUM_ROLE_IMPULSE, PODIUM_ROLE_SPEAKER,
      PODIUM_ROLE_PANELIST, PODIUM_ROLE_HOST,
    };

    for (guint k = 0; k < G_N_ELEMENTS (order); k++)
      for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
        {
          g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);

          if (podium_role_get_role (role) == order[k])
            add_person (entry->people, podium_programme_person_new (role));
        }
  }

  return entry;
}

PodiumProgramme *
podium_programme_new (PodiumDocument *document,
                      int             day)
{
  PodiumConference *conference;
  PodiumOrganization *host;
  GPtrArray *co;
  PodiumProgramme *programme;
  g_autoptr(GPtrArray) sessions = NULL;
  PodiumProgrammeDay *current_day = NULL;
  PodiumProgrammeBlock *block = NULL;
  const char *updated;
  gint64 updated_time;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  conference = podium_document_get_conference (document);
  programme = g_new0 (PodiumProgramme, 1);
  programme->title = g_strdup (podium_conference_get_title (conference));
  programme->subtitle = nonempty (podium_conference_get_subtitle (conference));
  programme->dates = day != PODIUM_DATE_NONE ? podium_labels_date (day)
                                             : podium_labels_conference_dates (conference);
  programme->venue = podium_labels_conference_venue (conference);
  if (*programme->venue == '\0')
    g_clear_pointer (&programme->venue, g_free);

  programme->website = nonempty (podium_conference_get_website (conference));
  programme->contact = nonempty (podium_conference_get_contact (conference));
  if (podium_conference_get_registration_deadline (conference) != PODIUM_DATE_NONE)
    programme->registration = podium_labels_date (podium_conference_get_registration_deadline (conference));
  programme->funding_notice = nonempty (podium_conference_get_funding_notice (conference));
  programme->funding_emblem = nonempty (podium_conference_get_funding_emblem (conference));
  programme->recording_notice = nonempty (podium_conference_get_recording_notice (conference));

  /* The partners' logos in a row, the host's first */
  programme->logos = g_ptr_array_new ();
  if (podium_conference_get_host (conference) != NULL &&
      nonempty_logo (podium_conference_get_host (conference)))
    g_ptr_array_add (programme->logos, podium_conference_get_host (conference));
  co = podium_conference_get_co_organizers (conference);
  for (guint i = 0; co != NULL && i < co->len; i++)
    if (nonempty_logo (g_ptr_array_index (co, i)))
      g_ptr_array_add (programme->logos, g_ptr_array_index (co, i));

  host = podium_conference_get_host (conference);
  if (host != NULL)
    {
      const char *short_name = podium_organization_get_short_name (host);

      programme->author = g_strdup (podium_organization_get_name (host));
      if (short_name != NULL && *short_name != '\0')
        programme->host = g_strdup_printf ("%s (%s)", podium_organization_get_name (host), short_name);
      else
        programme->host = g_strdup (podium_organization_get_name (host));
    }
  co = podium_conference_get_co_organizers (conference);
  if (co != NULL && co->len > 0)
    {
      GString *str = g_string_new (NULL);

      for (guint i = 0; i < co->len; i++)
        {
          PodiumOrganization *org = g_ptr_array_index (co, i);
          const char *short_name = podium_organization_get_short_name (org);

          if (str->len)
            g_string_append (str, "; ");
          g_string_append (str, podium_organization_get_name (org));
          if (short_name != NULL && *short_name != '\0')
            g_string_append_printf (str, " (%s)", short_name);
        }
      programme->co_organizers = g_string_free (str, FALSE);
    }

  updated = podium_conference_get_updated (conference);
  if (updated != NULL && podium_time_parse (updated, &updated_time))
    programme->updated = podium_programme_format_short_date (podium_time_get_date (updated_time));
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) epoch = g_date_time_new_utc (1970, 1, 1, 0, 0, 0);
      int today = (int) (g_date_time_difference (now, epoch) / G_TIME_SPAN_DAY);

      programme->updated = podium_programme_format_short_date (today);
    }

  /* The version it was sent out as, and the partners' agreement while it holds */
  {
    PodiumVersion *version = podium_document_get_latest_version (document);

    if (version)
      {
        programme->version = podium_version_label (version);
        programme->agreed = podium_version_approval_label (version, document);
      }
  }

  programme->days = g_ptr_array_new_with_free_func (day_free);
  sessions = podium_programme_sorted_sessions (document, day);
  for (guint i = 0; i < sessions->len; i++)
    {
      PodiumSession *session = g_ptr_array_index (sessions, i);
      gint64 start = podium_session_get_start (session);
      gint64 end = podium_session_get_end (session);
      int date = podium_schedule_day_of (conference, start);
      PodiumProgrammeEntry *entry;

      if (current_day == NULL || current_day->date != date)
        {
          current_day = g_new0 (PodiumProgrammeDay, 1);
          current_day->date = date;
          current_day->heading = podium_labels_date (date);
          current_day->blocks = g_ptr_array_new_with_free_func (block_free);
          g_ptr_array_add (programme->days, current_day);
          block = NULL;
        }

      /* Same start, another room: the reader chooses one of them, so they share a block */
      if (block == NULL || block->start != start)
        {
          block = g_new0 (PodiumProgrammeBlock, 1);
          block->start = start;
          block->end = end;
          block->is_break = TRUE;
          block->entries = g_ptr_array_new_with_free_func (entry_free);
          g_ptr_array_add (current_day->blocks, block);
        }

      entry = entry_new (g_ptr_array_index (sessions, i));
      block->end = MAX (block->end, end);
      block->is_break &= entry->is_break;
      g_ptr_array_add (block->entries, entry);
      block->parallel = block->entries->len > 1;
      g_free (block->time);
      block->time = podium_labels_time_range (block->start, block->end);
    }

  return programme;
}
