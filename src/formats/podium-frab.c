/* podium-frab.c — identities, the export plan and the import interpretation that the
 * schedule.xml and schedule.json code share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "podium-frab-private.h"
#include "podium-json.h"
#include "podium-labels.h"
#include "podium-schedule.h"

#define MAX_SHORT_TEXT 4096
#define MAX_LONG_TEXT  (1024 * 1024)

/* UUIDv5 of the URL "https://github.com/podiumplanner/podium/frab": the namespace of every
 * GUID Podium makes, so they never collide with another tool's. */
#define PODIUM_GUID_NAMESPACE "4dde4abe-994a-5377-9ccb-1c4c77dc13a5"

/* Identities */

static gboolean
parse_uuid (const char *text,
            guint8      bytes[16])
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    {
      int high, low;

      if (*p == '-')
        continue;
      if (n == 16 || (high = g_ascii_xdigit_value (p[0])) < 0 ||
          (low = g_ascii_xdigit_value (p[1])) < 0)
        return FALSE;
      bytes[n++] = (guint8) (high << 4 | low);
      p++;
    }
  return n == 16;
}

static gboolean
is_uuid (const char *text)
{
  static const char pattern[] = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";

  if (text == NULL || strlen (text) != sizeof pattern - 1)
    return FALSE;
  for (guint i = 0; pattern[i]; i++)
    if (pattern[i] == '-' ? text[i] != '-' : !g_ascii_isxdigit (text[i]))
      return FALSE;
  return TRUE;
}

char *
podium_uuid5 (const char *namespace_uuid,
              const char *name)
{
  g_autoptr(GChecksum) checksum = NULL;
  guint8 ns[16], digest[20];
  gsize length = sizeof digest;

  g_return_val_if_fail (namespace_uuid != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!parse_uuid (namespace_uuid, ns))
    return NULL;

  checksum = g_checksum_new (G_CHECKSUM_SHA1);
  g_checksum_update (checksum, ns, sizeof ns);
  g_checksum_update (checksum, (const guchar *) name, (gssize) strlen (name));
  g_checksum_get_digest (checksum, digest, &length);

  digest[6] = (digest[6] & 0x0f) | 0x50;   /* version 5 */
  digest[8] = (digest[8] & 0x3f) | 0x80;   /* RFC 4122 variant */

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

int
podium_frab_stable_id (const char *text)
{
  g_autoptr(GChecksum) checksum = NULL;
  guint8 digest[20];
  gsize length = sizeof digest;
  guint32 value;

  g_return_val_if_fail (text != NULL, 1);

  /* Not g_str_hash(): its algorithm is not promised to stay the same */
  checksum = g_checksum_new (G_CHECKSUM_SHA1);
  g_checksum_update (checksum, (const guchar *) text, (gssize) strlen (text));
  g_checksum_get_digest (checksum, digest, &length);
  value = ((guint32) digest[0] << 24 | (guint32) digest[1] << 16 |
           (guint32) digest[2] << 8 | digest[3]) & 0x7fffffff;
  return value == 0 ? 1 : (int) value;
}

char *
podium_frab_make_guid (PodiumDocument *document,
                       const char     *kind,
                       const char     *id)
{
  PodiumConference *conference;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  const char *title;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (kind != NULL && id != NULL, NULL);

  conference = podium_document_get_conference (document);
  title = podium_conference_get_title (conference);
  if (podium_conference_get_start_date (conference) != PODIUM_DATE_NONE)
    date = podium_time_format_date (podium_conference_get_start_date (conference));

  name = g_strdup_printf ("%s\n%s\n%s\n%s", title ? title : "", date ? date : "", kind, id);
  return podium_uuid5 (PODIUM_GUID_NAMESPACE, name);
}

/* The "frab" member of an object's extra: what an import remembered of the original */
static JsonObject *
frab_extra (gpointer object)
{
  JsonObject *extra = podium_object_get_extra (object);
  JsonNode *node;

  if (extra == NULL || !(node = json_object_get_member (extra, "frab")) ||
      !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

static const char *
extra_string (JsonObject *object,
              const char *key)
{
  JsonNode *node;

  if (object == NULL || !(node = json_object_get_member (object, key)) ||
      !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static int
extra_id (JsonObject *object)
{
  JsonNode *node;
  gint64 value;

  if (object == NULL || !(node = json_object_get_member (object, "id")) ||
      !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;
  value = json_node_get_int (node);
  return value > 0 && value <= G_MAXINT ? (int) value : 0;
}

char *
podium_frab_session_guid (PodiumDocument *document,
                          PodiumSession  *session)
{
  const char *guid;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PODIUM_IS_SESSION (session), NULL);

  guid = extra_string (frab_extra (session), "guid");
  if (is_uuid (guid))
    return g_ascii_strdown (guid, -1);
  return podium_frab_make_guid (document, "session", podium_object_get_id (PODIUM_OBJECT (session)));
}

/* Text helpers */

char *
frab_slugify (const char *text,
              char        separator)
{
  g_autofree char *ascii = NULL;
  GString *slug;

  if (text == NULL)
    return NULL;

  ascii = g_str_to_ascii (text, "C");
  slug = g_string_new (NULL);
  for (const char *p = ascii; *p && slug->len < 48; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != separator)
        g_string_append_c (slug, separator);
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == separator)
    g_string_truncate (slug, slug->len - 1);

  if (slug->len == 0)
    {
      g_string_free (slug, TRUE);
      return NULL;
    }
  return g_string_free (slug, FALSE);
}

char *
frab_format_duration (int      minutes,
                      gboolean clamp)
{
  /* The XSD allows at most two digits of hours */
  if (clamp && minutes > 99 * 60 + 59)
    minutes = 99 * 60 + 59;
  return g_strdup_printf ("%02d:%02d", MAX (minutes, 0) / 60, MAX (minutes, 0) % 60);
}

static char *
format_date_time (gint64     time,
                  GTimeZone *tz)
{
  g_autoptr(GDateTime) dt = podium_time_to_date_time (time, tz);

  if (dt == NULL)
    return NULL;
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S%:z");
}

/* Both schemas: lower-case letters, digits and "_", at least four. Made from the initials
 * of the title and the year when the conference has no acronym. */
static char *
make_acronym (PodiumConference *conference)
{
  const char *acronym = podium_conference_get_acronym (conference);
  const char *title = podium_conference_get_title (conference);
  g_autofree char *slug = NULL;
  GString *result;

  if (acronym != NULL && (slug = frab_slugify (acronym, '_')))
    result = g_string_new (slug);
  else
    {
      g_autofree char *ascii = g_str_to_ascii (title ? title : "", "C");
      g_auto(GStrv) words = g_strsplit_set (ascii, " \t-/.,:;", -1);

      result = g_string_new (NULL);
      for (guint i = 0; words[i]; i++)
        {
          if (words[i][0] == '\0')
            continue;
          if (g_ascii_isdigit (words[i][0]))
            for (const char *p = words[i]; g_ascii_isdigit (*p); p++)
              g_string_append_c (result, *p);
          else if (g_ascii_isalpha (words[i][0]))
            g_string_append_c (result, g_ascii_tolower (words[i][0]));
        }
      if (result->len < 4 && podium_conference_get_start_date (conference) != PODIUM_DATE_NONE)
        {
          g_autofree char *date = podium_time_format_date (podium_conference_get_start_date (conference));
          g_string_append_len (result, date, 4);
        }
    }

  while (result->len < 4)
    g_string_append_c (result, '_');
  return g_string_free (result, FALSE);
}

/* Export */

static void
frab_person_free (gpointer data)
{
  FrabPerson *person = data;

  g_free (person->guid);
  g_free (person->name);
  g_free (person);
}

static void
frab_event_free (gpointer data)
{
  FrabEvent *event = data;

  g_free (event->guid);
  g_free (event->date);
  g_free (event->clock);
  g_free (event->slug);
  g_free (event->url);
  g_free (event->type);
  g_clear_pointer (&event->persons, g_ptr_array_unref);
  g_free (event);
}

static void
frab_room_free (gpointer data)
{
  FrabRoom *room = data;

  g_free (room->name);
  g_free (room->guid);
  g_free (room);
}

static void
frab_day_free (gpointer data)
{
  FrabDay *day = data;

  g_free (day->date_text);
  g_free (day->start);
  g_free (day->end);
  g_clear_pointer (&day->events, g_ptr_array_unref);
  g_free (day);
}

void
frab_schedule_free (FrabSchedule *schedule)
{
  if (schedule == NULL)
    return;
  g_free (schedule->title);
  g_free (schedule->acronym);
  g_free (schedule->description);
  g_free (schedule->start);
  g_free (schedule->end);
  g_free (schedule->timeslot);
  g_free (schedule->time_zone);
  g_free (schedule->url);
  g_free (schedule->version);
  g_clear_pointer (&schedule->rooms, g_ptr_array_unref);
  g_clear_pointer (&schedule->days, g_ptr_array_unref);
  g_clear_pointer (&schedule->tracks, g_ptr_array_unref);
  g_free (schedule);
}

static gboolean
is_web_url (const char *url)
{
  return url != NULL && (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://")) &&
         strchr (url, ' ') == NULL;
}

static gboolean
slug_is_valid (const char *slug)
{
  /* voc-slug-new of the XSD and the slug pattern of the JSON schema at once */
  return slug != NULL &&
         g_regex_match_simple ("^[a-z0-9_]{4,}-[a-z0-9_-]{3,}[a-z0-9]$", slug, 0, 0);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const FrabEvent *x = *(FrabEvent * const *) a;
  const FrabEvent *y = *(FrabEvent * const *) b;

  if (x->room != y->room)
    return x->room < y->room ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return x < y ? -1 : x > y;
}

static void
add_person (FrabEvent      *event,
            PodiumDocument *document,
            PodiumRole     *role,
            GHashTable     *seen)
{
  PodiumPerson *person = podium_role_get_person (role);
  PodiumOrganization *organization = podium_role_get_organization (role);
  FrabPerson *frab;
  const char *id;
  const char *kind;
  JsonObject *extra;

  if (person != NULL)
    kind = "person", id = podium_object_get_id (PODIUM_OBJECT (person));
  else if (organization != NULL)
    kind = "organization", id = podium_object_get_id (PODIUM_OBJECT (organization));
  else
    return;

  {
    g_autofree char *key = g_strconcat (kind, ":", id, NULL);

    if (g_hash_table_contains (seen, key))
      return;
    g_hash_table_add (seen, g_steal_pointer (&key));
  }

  frab = g_new0 (FrabPerson, 1);
  if (person != NULL)
    {
      const char *guid;

      extra = frab_extra (person);
      frab->name = g_strdup (podium_person_get_name (person));
      guid = extra_string (extra, "guid");
      frab->guid = is_uuid (guid) ? g_ascii_strdown (guid, -1)
                                  : podium_frab_make_guid (document, kind, id);
      frab->id = extra_id (extra);
    }
  else
    {
      /* Who holds a role as an organisation is still who the audience sees */
      frab->name = g_strdup (podium_labels_organization (organization));
      frab->guid = podium_frab_make_guid (document, kind, id);
    }
  if (frab->id == 0)
    {
      g_autofree char *key = g_strconcat (kind, ":", id, NULL);
      frab->id = podium_frab_stable_id (key);
    }
  if (frab->name == NULL)
    frab->name = g_strdup ("");
  g_ptr_array_add (event->persons, frab);
}

static int
kind_from_type (const char *type);

FrabSchedule *
frab_schedule_new (PodiumDocument            *document,
                   const PodiumExportOptions *options)
{
  PodiumConference *conference = podium_document_get_conference (document);
  GListModel *rooms = podium_document_get_rooms (document);
  int only_day = options ? options->day : PODIUM_DATE_NONE;
  g_autoptr(GPtrArray) sessions = podium_schedule_sessions_on_day (document, only_day);
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GHashTable) days = g_hash_table_new (NULL, NULL);            /* date → FrabDay */
  g_autoptr(GHashTable) ids = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) guids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) slugs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) room_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) tracks = g_hash_table_new (g_str_hash, g_str_equal);
  FrabSchedule *schedule;
  const char *website = podium_conference_get_website (conference);
  const char *language = podium_conference_get_language (conference);
  const char *updated = podium_conference_get_updated (conference);
  int first = podium_conference_get_start_date (conference);
  int last = podium_conference_get_end_date (conference);
  guint n_rooms = g_list_model_get_n_items (rooms);

  tz = g_time_zone_new_identifier (podium_conference_get_time_zone (conference));
  if (tz == NULL)
    tz = g_time_zone_new_utc ();

  schedule = g_new0 (FrabSchedule, 1);
  schedule->title = g_strdup (podium_conference_get_title (conference));
  if (schedule->title == NULL)
    schedule->title = g_strdup ("");
  schedule->acronym = make_acronym (conference);
  schedule->description = g_strdup (podium_conference_get_description (conference));
  schedule->timeslot = frab_format_duration (podium_conference_get_slot_minutes (conference), TRUE);
  schedule->time_zone = g_strdup (podium_conference_get_time_zone (conference));
  schedule->url = is_web_url (website) ? g_strdup (website) : NULL;
  /* The version the organisers published last names the schedule; else its last change */
  if (podium_document_get_latest_version (document) != NULL)
    schedule->version = g_strdup (podium_version_get_name (podium_document_get_latest_version (document)));
  else
    schedule->version = g_strdup (updated ? updated : "1");
  schedule->rooms = g_ptr_array_new_with_free_func (frab_room_free);
  schedule->days = g_ptr_array_new_with_free_func (frab_day_free);
  schedule->tracks = g_ptr_array_new ();

  /* Room names key the JSON, so two rooms of one name get told apart */
  for (guint i = 0; i < n_rooms; i++)
    {
      g_autoptr(PodiumRoom) room = g_list_model_get_item (rooms, i);
      FrabRoom *frab = g_new0 (FrabRoom, 1);
      const char *guid = extra_string (frab_extra (room), "guid");
      const char *name = podium_room_get_name (room);

      frab->name = g_strdup (name && *name ? name : _("Room"));
      for (guint n = 2; g_hash_table_contains (room_names, frab->name); n++)
        {
          g_free (frab->name);
          frab->name = g_strdup_printf ("%s (%u)", name && *name ? name : _("Room"), n);
        }
      g_hash_table_add (room_names, g_strdup (frab->name));
      frab->guid = is_uuid (guid) ? g_ascii_strdown (guid, -1)
                                  : podium_frab_make_guid (document, "room",
                                                           podium_object_get_id (PODIUM_OBJECT (room)));
      g_ptr_array_add (schedule->rooms, frab);
    }

  /* Every conference day, even an empty one, so viewers show the right days */
  if (first != PODIUM_DATE_NONE && last != PODIUM_DATE_NONE && last >= first && last - first <= 366)
    for (int date = first; date <= last; date++)
      if (only_day == PODIUM_DATE_NONE || date == only_day)
        g_hash_table_insert (days, GINT_TO_POINTER (date), NULL);

  for (guint i = 0; i < sessions->len; i++)
    {
      PodiumSession *session = g_ptr_array_index (sessions, i);
      PodiumRoom *room = podium_session_get_room (session);
      JsonObject *extra = frab_extra (session);
      GListModel *roles = podium_session_get_roles (session);
      g_autoptr(GHashTable) seen = NULL;
      const char *session_id = podium_object_get_id (PODIUM_OBJECT (session));
      const char *text;
      FrabEvent *event;
      FrabDay *day;
      gint64 start = podium_session_get_start (session);
      int date, room_index;
      g_autofree char *title_slug = NULL;

      if (!podium_session_is_scheduled (session) ||
          podium_session_get_status (session) == PODIUM_STATUS_CANCELLED)
        continue;
      date = podium_schedule_day_of (conference, start);

      if (room != NULL)
        room_index = podium_document_get_room_position (document, room);
      else
        room_index = 0;
      if (room_index < 0)
        continue;
      if (schedule->rooms->len == 0)
        {
          /* An all-rooms session in a plan without rooms still needs a place */
          FrabRoom *frab = g_new0 (FrabRoom, 1);

          frab->name = g_strdup (_("All rooms"));
          frab->guid = podium_frab_make_guid (document, "room", "all-rooms");
          g_ptr_array_add (schedule->rooms, frab);
        }

      day = g_hash_table_lookup (days, GINT_TO_POINTER (date));
      if (day == NULL)
        {
          day = g_new0 (FrabDay, 1);
          day->date = date;
          day->events = g_ptr_array_new_with_free_func (frab_event_free);
          g_hash_table_insert (days, GINT_TO_POINTER (date), day);
        }

      event = g_new0 (FrabEvent, 1);
      event->start = start;
      event->room = room_index;
      event->duration = podium_session_get_duration (session);
      event->date = format_date_time (start, tz);
      event->clock = podium_time_format_clock (podium_time_get_clock (start));
      event->title = podium_session_get_title (session);
      event->subtitle = podium_session_get_subtitle (session);
      event->track = podium_session_get_track (session);
      event->language = podium_session_get_language (session);
      if (event->language == NULL)
        event->language = language;
      event->abstract = podium_session_get_abstract (session);
      event->description = extra_string (extra, "description");

      /* What the session was imported with, as long as it is still unique and valid */
      event->id = extra_id (extra);
      if (event->id == 0 || g_hash_table_contains (ids, GINT_TO_POINTER (event->id)))
        for (event->id = podium_frab_stable_id (session_id);
             g_hash_table_contains (ids, GINT_TO_POINTER (event->id));
             event->id = event->id == G_MAXINT32 ? 1 : event->id + 1)
          ;
      g_hash_table_add (ids, GINT_TO_POINTER (event->id));

      event->guid = podium_frab_session_guid (document, session);
      if (g_hash_table_contains (guids, event->guid))
        {
          g_free (event->guid);
          event->guid = podium_frab_make_guid (document, "session", session_id);
        }
      for (guint n = 2; g_hash_table_contains (guids, event->guid); n++)
        {
          g_autofree char *key = g_strdup_printf ("%s#%u", session_id, n);

          g_free (event->guid);
          event->guid = podium_frab_make_guid (document, "session", key);
        }
      g_hash_table_add (guids, g_strdup (event->guid));

      text = extra_string (extra, "slug");
      if (slug_is_valid (text) && !g_hash_table_contains (slugs, text))
        event->slug = g_strdup (text);
      else
        {
          g_autofree char *prefix = g_strdelimit (g_strdup (schedule->acronym), "-", '_');

          title_slug = frab_slugify (event->title, '_');
          event->slug = g_strdup_printf ("%s-%d-%s", prefix, event->id, title_slug ? title_slug : "event");
        }
      g_hash_table_add (slugs, g_strdup (event->slug));

      text = extra_string (extra, "url");
      if (text != NULL && *text)
        event->url = g_strdup (text);
      else if (schedule->url != NULL)
        event->url = g_strdup (schedule->url);
      else
        event->url = g_strconcat ("urn:uuid:", event->guid, NULL);
      event->url_is_web = is_web_url (event->url);

      text = extra_string (extra, "type");
      if (text != NULL && *text && kind_from_type (text) == (int) podium_session_get_kind (session))
        event->type = g_strdup (text);
      else
        event->type = g_strdup (podium_enum_to_nick (PODIUM_TYPE_SESSION_KIND, podium_session_get_kind (session)));

      event->persons = g_ptr_array_new_with_free_func (frab_person_free);
      seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr(PodiumRole) role = g_list_model_get_item (roles, r);
          add_person (event, document, role, seen);
        }

      if (event->track != NULL && *event->track)
        g_hash_table_add (tracks, (gpointer) event->track);

      g_ptr_array_add (day->events, event);
    }

  /* Days in date order with their hours, stretched over any session outside them */
  {
    g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (int));
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, days);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        int date = GPOINTER_TO_INT (key);
        g_array_append_val (sorted, date);
      }
    g_array_sort (sorted, compare_ints);

    for (guint i = 0; i < sorted->len; i++)
      {
        int date = g_array_index (sorted, int, i);
        FrabDay *day = g_hash_table_lookup (days, GINT_TO_POINTER (date));
        gint64 start, end;

        if (day == NULL)
          {
            day = g_new0 (FrabDay, 1);
            day->date = date;
            day->events = g_ptr_array_new_with_free_func (frab_event_free);
          }
        podium_schedule_day_bounds (conference, date, &start, &end);
        for (guint e = 0; e < day->events->len; e++)
          {
            FrabEvent *event = g_ptr_array_index (day->events, e);

            start = MIN (start, event->start);
            end = MAX (end, event->start + event->duration);
          }
        g_ptr_array_sort (day->events, compare_events);
        day->index = (int) i + 1;
        day->date_text = podium_time_format_date (date);
        day->start = format_date_time (start, tz);
        day->end = format_date_time (end, tz);
        g_ptr_array_add (schedule->days, day);
      }

    if (sorted->len > 0)
      {
        schedule->start = podium_time_format_date (g_array_index (sorted, int, 0));
        schedule->end = podium_time_format_date (g_array_index (sorted, int, sorted->len - 1));
      }
    else
      {
        g_autoptr(GDateTime) now = g_date_time_new_now (tz);
        schedule->start = g_date_time_format (now, "%Y-%m-%d");
        schedule->end = g_strdup (schedule->start);
      }
  }

  {
    g_autoptr(GList) names = g_list_sort (g_hash_table_get_keys (tracks), (GCompareFunc) g_strcmp0);

    for (GList *l = names; l; l = l->next)
      g_ptr_array_add (schedule->tracks, l->data);
  }

  return schedule;
}

/* Import */

static void
import_person_free (gpointer data)
{
  FrabImportPerson *person = data;

  g_free (person->id);
  g_free (person->guid);
  g_free (person->code);
  g_free (person->name);
  g_free (person);
}

static void
import_event_free (gpointer data)
{
  FrabImportEvent *event = data;

  g_free (event->id);
  g_free (event->guid);
  g_free (event->code);
  g_free (event->title);
  g_free (event->subtitle);
  g_free (event->type);
  g_free (event->track);
  g_free (event->language);
  g_free (event->abstract);
  g_free (event->description);
  g_free (event->slug);
  g_free (event->url);
  g_free (event->room);
  g_free (event->date);
  g_free (event->end);
  g_free (event->start);
  g_free (event->duration);
  g_clear_pointer (&event->persons, g_ptr_array_unref);
  g_free (event);
}

static void
import_day_free (gpointer data)
{
  FrabImportDay *day = data;

  g_free (day->start);
  g_free (day->end);
  g_free (day);
}

FrabImport *
frab_import_new (void)
{
  FrabImport *import = g_new0 (FrabImport, 1);

  import->rooms = g_ptr_array_new_with_free_func (frab_room_free);
  import->days = g_ptr_array_new_with_free_func (import_day_free);
  import->events = g_ptr_array_new_with_free_func (import_event_free);
  return import;
}

void
frab_import_free (FrabImport *import)
{
  if (import == NULL)
    return;
  g_free (import->title);
  g_free (import->subtitle);
  g_free (import->acronym);
  g_free (import->description);
  g_free (import->start);
  g_free (import->end);
  g_free (import->time_zone);
  g_free (import->day_change);
  g_free (import->timeslot);
  g_free (import->url);
  g_free (import->venue);
  g_free (import->city);
  g_ptr_array_unref (import->rooms);
  g_ptr_array_unref (import->days);
  g_ptr_array_unref (import->events);
  g_free (import);
}

FrabImportEvent *
frab_import_add_event (FrabImport *import)
{
  FrabImportEvent *event = g_new0 (FrabImportEvent, 1);

  event->day = PODIUM_DATE_NONE;
  event->persons = g_ptr_array_new_with_free_func (import_person_free);
  g_ptr_array_add (import->events, event);
  return event;
}

FrabImportPerson *
frab_import_add_person (FrabImportEvent *event)
{
  FrabImportPerson *person = g_new0 (FrabImportPerson, 1);

  g_ptr_array_add (event->persons, person);
  return person;
}

void
frab_import_add_room (FrabImport *import,
                      const char *name,
                      const char *guid)
{
  FrabRoom *room;

  if (name == NULL)
    return;
  room = g_new0 (FrabRoom, 1);
  room->name = g_strdup (name);
  room->guid = g_strdup (guid);
  g_ptr_array_add (import->rooms, room);
}

char *
frab_text (const char *text)
{
  const char *end;

  if (text == NULL)
    return NULL;
  while (g_ascii_isspace (*text))
    text++;
  end = text + strlen (text);
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  if (end == text)
    return NULL;
  return g_strndup (text, (gsize) (end - text));
}

/* Cuts @text to what a Podium document holds, at a character boundary */
static char *
clip (const char *text,
      gsize       max)
{
  const char *end;

  if (text == NULL || strlen (text) <= max)
    return g_strdup (text);
  end = g_utf8_find_prev_char (text, text + max + 1);
  return g_strndup (text, (gsize) (end - text));
}

/* "9:30", "09:30:00", "100:00" → minutes; -1 if it is not a time */
static int
parse_clock (const char *text)
{
  guint64 hours, minutes, seconds = 0;
  char *end;

  if (text == NULL || !g_ascii_isdigit (*text))
    return -1;
  hours = g_ascii_strtoull (text, &end, 10);
  if (*end != ':' || !g_ascii_isdigit (end[1]) || hours > 10000)
    return -1;
  minutes = g_ascii_strtoull (end + 1, &end, 10);
  if (*end == ':' && g_ascii_isdigit (end[1]))
    seconds = g_ascii_strtoull (end + 1, &end, 10);
  if (*end != '\0' || minutes > 59 || seconds > 60)
    return -1;
  return (int) (hours * 60 + minutes + (seconds >= 30 ? 1 : 0));
}

static int
parse_date (const char *text)
{
  char date[11];
  int result;

  if (text == NULL || strlen (text) < 10)
    return PODIUM_DATE_NONE;
  memcpy (date, text, 10);
  date[10] = '\0';
  if (!podium_time_parse_date (date, &result))
    return PODIUM_DATE_NONE;
  return result;
}

static gboolean
has_time (const char *text)
{
  return text != NULL && strlen (text) > 10 && (text[10] == 'T' || text[10] == 't' || text[10] == ' ');
}

static gboolean
has_offset (const char *text)
{
  gsize len = text ? strlen (text) : 0;

  if (!has_time (text))
    return FALSE;
  if (text[len - 1] == 'Z' || text[len - 1] == 'z')
    return TRUE;
  /* "…+01:00", "…-0500", "…+01" after the time */
  for (const char *p = text + 11; *p; p++)
    if (*p == '+' || *p == '-')
      return TRUE;
  return FALSE;
}

static gint64
local_time (GDateTime *dt,
            GTimeZone *tz)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (dt, tz);
  g_autofree char *date_text = NULL;
  int date;

  if (local == NULL)
    return PODIUM_TIME_NONE;
  date_text = g_date_time_format (local, "%Y-%m-%d");
  if (date_text == NULL || !podium_time_parse_date (date_text, &date))
    return PODIUM_TIME_NONE;
  return podium_time_from_date (date, g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local));
}

/* An absolute date-time in the conference's time zone; naive ones are taken to be in it */
static gint64
parse_date_time (const char *text,
                 GTimeZone  *tz)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *copy = NULL;

  if (!has_time (text))
    return PODIUM_TIME_NONE;
  copy = g_strdup (text);
  if (copy[10] == ' ')
    copy[10] = 'T';
  dt = g_date_time_new_from_iso8601 (copy, tz);
  if (dt == NULL)
    return PODIUM_TIME_NONE;
  return local_time (dt, tz);
}

/* A file with offsets but no zone name: keep Podium's default zone if it agrees with the
 * first offset, else a fixed zone of that offset. */
static char *
guess_time_zone (FrabImport *import,
                 const char *fallback)
{
  const char *sample = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GTimeZone) default_tz = NULL;
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDateTime) there = NULL;
  GTimeSpan offset;
  g_autofree char *copy = NULL;

  for (guint i = 0; i < import->events->len && !sample; i++)
    {
      FrabImportEvent *event = g_ptr_array_index (import->events, i);
      if (has_offset (event->date))
        sample = event->date;
    }
  for (guint i = 0; i < import->days->len && !sample; i++)
    {
      FrabImportDay *day = g_ptr_array_index (import->days, i);
      if (has_offset (day->start))
        sample = day->start;
    }
  if (sample == NULL)
    return g_strdup (fallback);

  copy = g_strdup (sample);
  if (copy[10] == ' ')
    copy[10] = 'T';
  utc = g_time_zone_new_utc ();
  if (!(dt = g_date_time_new_from_iso8601 (copy, utc)))
    return g_strdup (fallback);
  offset = g_date_time_get_utc_offset (dt) / G_TIME_SPAN_SECOND;
  default_tz = g_time_zone_new_identifier (fallback);
  if (default_tz && (there = g_date_time_to_timezone (dt, default_tz)) &&
      g_date_time_get_utc_offset (there) / G_TIME_SPAN_SECOND == offset)
    return g_strdup (fallback);
  if (offset == 0)
    return g_strdup ("UTC");
  if (offset % 3600 == 0)
    {
      /* POSIX-style names count the other way: UTC+1 is Etc/GMT-1 */
      char *name = g_strdup_printf ("Etc/GMT%+d", (int) (-offset / 3600));
      g_autoptr(GTimeZone) check = g_time_zone_new_identifier (name);

      if (check != NULL)
        return name;
      g_free (name);
    }
  return g_strdup ("UTC");
}

static PodiumSessionKind
session_kind_from_type (const char *type)
{
  static const struct { const char *word; PodiumSessionKind kind; } words[] = {
    { "keynote", PODIUM_SESSION_KEYNOTE },
    { "workshop", PODIUM_SESSION_WORKSHOP },
    { "hands-on", PODIUM_SESSION_WORKSHOP },
    { "panel", PODIUM_SESSION_PANEL },
    { "podium", PODIUM_SESSION_PANEL },
    { "discussion", PODIUM_SESSION_PANEL },
    { "impulse", PODIUM_SESSION_IMPULSE },
    { "video", PODIUM_SESSION_VIDEO_MESSAGE },
    { "breakout", PODIUM_SESSION_BREAKOUT },
    { "break", PODIUM_SESSION_BREAK },
    { "pause", PODIUM_SESSION_BREAK },
    { "lunch", PODIUM_SESSION_MEAL },
    { "dinner", PODIUM_SESSION_MEAL },
    { "breakfast", PODIUM_SESSION_MEAL },
    { "meal", PODIUM_SESSION_MEAL },
    { "networking", PODIUM_SESSION_NETWORKING },
    { "meetup", PODIUM_SESSION_NETWORKING },
    { "meeting", PODIUM_SESSION_NETWORKING },
    { "social", PODIUM_SESSION_NETWORKING },
    { "greeting", PODIUM_SESSION_GREETING },
    { "welcome", PODIUM_SESSION_GREETING },
    { "opening", PODIUM_SESSION_GREETING },
    { "lecture", PODIUM_SESSION_TALK },
    { "talk", PODIUM_SESSION_TALK },
    { "presentation", PODIUM_SESSION_TALK },
  };
  g_autofree char *lower = NULL;
  int kind;

  if (type == NULL || *type == '\0')
    return PODIUM_SESSION_TALK;
  if (podium_enum_from_nick (PODIUM_TYPE_SESSION_KIND, type, &kind))
    return (PodiumSessionKind) kind;
  lower = g_ascii_strdown (type, -1);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (lower, words[i].word))
      return words[i].kind;
  return PODIUM_SESSION_OTHER;
}

static int
kind_from_type (const char *type)
{
  return (int) session_kind_from_type (type);
}

static void
set_extra_member (JsonObject *frab,
                  const char *key,
                  const char *value)
{
  if (value != NULL && *value)
    json_object_set_string_member (frab, key, value);
}

static void
store_frab_extra (gpointer    object,
                  JsonObject *frab)
{
  g_autoptr(JsonObject) extra = NULL;

  if (json_object_get_size (frab) == 0)
    return;
  extra = json_object_new ();
  json_object_set_object_member (extra, "frab", json_object_ref (frab));
  podium_object_set_extra (object, extra);
}

static void
set_frab_id (JsonObject *frab,
             const char *id)
{
  char *end;
  gint64 value;

  if (id == NULL || *id == '\0')
    return;
  value = g_ascii_strtoll (id, &end, 10);
  if (*end == '\0' && value > 0 && value <= G_MAXINT32)
    json_object_set_int_member (frab, "id", value);
  else
    json_object_set_string_member (frab, "id", id);
}

typedef struct
{
  PodiumDocument *document;
  GHashTable     *rooms;     /* name → PodiumRoom */
  GHashTable     *people;    /* "id:…", "guid:…", "name:…" → PodiumPerson */
} Builder;

static PodiumRoom *
builder_room (Builder    *b,
              const char *name,
              const char *guid)
{
  PodiumRoom *room;

  if (name == NULL || *name == '\0')
    name = _("Room");
  if ((room = g_hash_table_lookup (b->rooms, name)))
    return room;

  room = podium_room_new ();
  {
    g_autofree char *clipped = clip (name, MAX_SHORT_TEXT);
    g_object_set (room, "name", clipped, NULL);
  }
  if (is_uuid (guid))
    {
      g_autoptr(JsonObject) frab = json_object_new ();
      json_object_set_string_member (frab, "guid", guid);
      store_frab_extra (room, frab);
    }
  podium_document_add (b->document, room);
  g_hash_table_insert (b->rooms, g_strdup (name), room);
  g_object_unref (room);
  return room;
}

static PodiumPerson *
builder_person (Builder          *b,
                FrabImportPerson *p)
{
  PodiumPerson *person = NULL;
  g_autofree char *id_key = p->id ? g_strconcat ("id:", p->id, NULL) : NULL;
  g_autofree char *guid_key = p->guid ? g_strconcat ("guid:", p->guid, NULL) : NULL;
  g_autofree char *code_key = p->code ? g_strconcat ("code:", p->code, NULL) : NULL;
  g_autofree char *folded = g_utf8_casefold (p->name, -1);
  g_autofree char *name_key = g_strconcat ("name:", folded, NULL);
  const char *keys[] = { id_key, guid_key, code_key, name_key };

  for (guint i = 0; i < G_N_ELEMENTS (keys) && person == NULL; i++)
    if (keys[i])
      person = g_hash_table_lookup (b->people, keys[i]);

  if (person == NULL)
    {
      g_autoptr(JsonObject) frab = json_object_new ();
      g_autofree char *name = clip (p->name, MAX_SHORT_TEXT);

      person = podium_person_new ();
      g_object_set (person, "name", name, NULL);
      set_frab_id (frab, p->id);
      if (is_uuid (p->guid))
        json_object_set_string_member (frab, "guid", p->guid);
      set_extra_member (frab, "code", p->code);
      store_frab_extra (person, frab);
      podium_document_add (b->document, person);
      g_object_unref (person);
    }

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (keys[i] && !g_hash_table_contains (b->people, keys[i]))
      g_hash_table_insert (b->people, g_strdup (keys[i]), person);
  return person;
}

typedef struct
{
  gint64 start;      /* PODIUM_TIME_NONE: not scheduled */
  int    duration;
  int    day;        /* its conference day */
} Timing;

PodiumDocument *
frab_import_build (FrabImport  *import,
                   const char  *display_name,
                   GError     **error)
{
  g_autoptr(PodiumDocument) document = podium_document_new ();
  PodiumConference *conference = podium_document_get_conference (document);
  g_autoptr(GHashTable) rooms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) languages = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) day_starts = g_hash_table_new (NULL, NULL);  /* date → clock + 1 */
  g_autoptr(GTimeZone) tz = NULL;
  g_autofree Timing *timings = NULL;
  g_autofree char *tz_name = NULL;
  Builder b = { document, rooms, people };
  int first = PODIUM_DATE_NONE, last = PODIUM_DATE_NONE;
  int rollover, slot, min_start = G_MAXINT, max_end = G_MININT;
  const char *title;
  const char *best_language = NULL;
  guint best_count = 0;

  if (import->title == NULL && import->days->len == 0 && import->events->len == 0 &&
      import->start == NULL)
    {
      g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_STRUCTURE,
                   _("%s: error: the schedule has no conference, no days and no events"),
                   display_name);
      return NULL;
    }

  podium_document_begin_load (document);

  /* The time zone every time is converted into */
  if (import->time_zone != NULL && (tz = g_time_zone_new_identifier (import->time_zone)))
    tz_name = g_strdup (import->time_zone);
  else
    {
      tz_name = guess_time_zone (import, podium_conference_get_time_zone (conference));
      tz = g_time_zone_new_identifier (tz_name);
    }
  if (tz == NULL)
    {
      g_free (tz_name);
      tz_name = g_strdup ("UTC");
      tz = g_time_zone_new_utc ();
    }

  rollover = MAX (parse_clock (import->day_change), 0);
  for (guint i = 0; i < import->days->len; i++)
    {
      FrabImportDay *day = g_ptr_array_index (import->days, i);
      gint64 start = parse_date_time (day->start, tz);
      gint64 end = parse_date_time (day->end, tz);

      if (day->date == PODIUM_DATE_NONE && start != PODIUM_TIME_NONE)
        day->date = podium_time_get_date (start);
      if (day->date == PODIUM_DATE_NONE)
        continue;
      first = first == PODIUM_DATE_NONE ? day->date : MIN (first, day->date);
      last = last == PODIUM_DATE_NONE ? day->date : MAX (last, day->date);
      if (start != PODIUM_TIME_NONE)
        {
          gint64 offset = start - (gint64) day->date * 1440;

          g_hash_table_insert (day_starts, GINT_TO_POINTER (day->date),
                               GINT_TO_POINTER ((int) (podium_time_get_clock (start) + 1)));
          if (offset >= 0 && offset < 1440)
            min_start = MIN (min_start, (int) offset);
          if (end != PODIUM_TIME_NONE && end > start && end - (gint64) day->date * 1440 <= 2880)
            max_end = MAX (max_end, (int) (end - (gint64) day->date * 1440));
        }
    }

  /* When every event happened */
  timings = g_new (Timing, MAX (import->events->len, 1));
  for (guint i = 0; i < import->events->len; i++)
    {
      FrabImportEvent *event = g_ptr_array_index (import->events, i);
      Timing *t = &timings[i];
      int clock = parse_clock (event->start);
      int duration = parse_clock (event->duration);
      int date = event->day != PODIUM_DATE_NONE ? event->day : parse_date (event->date);

      t->start = parse_date_time (event->date, tz);
      if (t->start == PODIUM_TIME_NONE && date != PODIUM_DATE_NONE && clock >= 0 && clock < 1440)
        {
          /* Pentabarf: the day's date and a clock time; the small hours are the next
           * calendar day */
          int threshold = rollover;

          if (threshold == 0 && g_hash_table_contains (day_starts, GINT_TO_POINTER (date)))
            threshold = GPOINTER_TO_INT (g_hash_table_lookup (day_starts, GINT_TO_POINTER (date))) - 1;
          t->start = podium_time_from_date (date, clock);
          if (event->day != PODIUM_DATE_NONE && clock < threshold)
            t->start += 1440;
        }

      if (duration < 0 && t->start != PODIUM_TIME_NONE)
        {
          gint64 end = parse_date_time (event->end, tz);
          if (end != PODIUM_TIME_NONE && end >= t->start && end - t->start <= PODIUM_SESSION_MAX_DURATION)
            duration = (int) (end - t->start);
        }
      t->duration = CLAMP (duration, 1, PODIUM_SESSION_MAX_DURATION);
      if (duration < 0)
        t->duration = 30;

      t->day = PODIUM_DATE_NONE;
      if (t->start != PODIUM_TIME_NONE)
        {
          if (event->day != PODIUM_DATE_NONE)
            t->day = event->day;
          else
            {
              /* schedule2: the day whose hours hold it, else its date before the day change */
              for (guint d = 0; d < import->days->len && t->day == PODIUM_DATE_NONE; d++)
                {
                  FrabImportDay *day = g_ptr_array_index (import->days, d);
                  gint64 start = parse_date_time (day->start, tz);
                  gint64 end = parse_date_time (day->end, tz);

                  if (start != PODIUM_TIME_NONE && end != PODIUM_TIME_NONE &&
                      t->start >= start && t->start < end)
                    t->day = day->date;
                }
              if (t->day == PODIUM_DATE_NONE)
                t->day = podium_time_get_date (t->start) -
                         (podium_time_get_clock (t->start) < rollover ? 1 : 0);
            }

          first = first == PODIUM_DATE_NONE ? t->day : MIN (first, t->day);
          last = last == PODIUM_DATE_NONE ? t->day : MAX (last, t->day);
          {
            gint64 offset = t->start - (gint64) t->day * 1440;

            /* The small hours after a day do not start it, and an all-day marathon
             * does not stretch every day's hours */
            if (offset >= 0 && offset < 1440)
              min_start = MIN (min_start, (int) offset);
            if (offset >= 0 && offset < 2880 && t->duration <= 12 * 60)
              max_end = MAX (max_end, (int) MIN (offset + t->duration, 2880));
          }
        }
    }

  /* What cannot be written back is refused, not changed: an event rolling into the year
   * 10000 */
  for (guint i = 0; i < import->events->len; i++)
    {
      FrabImportEvent *event = g_ptr_array_index (import->events, i);

      if (timings[i].start != PODIUM_TIME_NONE &&
          !podium_time_session_fits (timings[i].start, timings[i].duration))
        {
          g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_STRUCTURE,
                       _("%s: error: event “%s”: a session must start and end between 0001-01-02 and 9999-12-30"),
                       display_name, event->title ? event->title : "");
          return NULL;
        }
    }

  /* The conference */
  title = import->title ? import->title : import->acronym ? import->acronym : _("Imported schedule");
  {
    g_autofree char *text = clip (title, MAX_SHORT_TEXT);
    g_object_set (conference, "title", text, NULL);
  }
  if (import->subtitle)
    {
      g_autofree char *text = clip (import->subtitle, MAX_SHORT_TEXT);
      g_object_set (conference, "subtitle", text, NULL);
    }
  if (import->acronym)
    {
      g_autofree char *text = clip (import->acronym, MAX_SHORT_TEXT);
      g_object_set (conference, "acronym", text, NULL);
    }
  if (import->description)
    {
      g_autofree char *text = clip (import->description, MAX_LONG_TEXT);
      g_object_set (conference, "description", text, NULL);
    }
  if (import->venue)
    {
      g_autofree char *text = clip (import->venue, MAX_SHORT_TEXT);
      g_object_set (conference, "venue-name", text, NULL);
    }
  if (import->city)
    {
      g_autofree char *text = clip (import->city, MAX_SHORT_TEXT);
      g_object_set (conference, "venue-city", text, NULL);
    }
  if (import->url)
    {
      g_autofree char *text = clip (import->url, MAX_SHORT_TEXT);
      g_object_set (conference, "website", text, NULL);
    }
  g_object_set (conference, "time-zone", tz_name, NULL);
  slot = parse_clock (import->timeslot);
  if (slot >= 1 && slot <= 60)
    g_object_set (conference, "slot-minutes", slot, NULL);

  {
    int start = parse_date (import->start), end = parse_date (import->end);

    if (start != PODIUM_DATE_NONE)
      first = first == PODIUM_DATE_NONE ? start : MIN (first, start);
    if (end != PODIUM_DATE_NONE && (first == PODIUM_DATE_NONE || end >= first))
      last = last == PODIUM_DATE_NONE ? end : MAX (last, end);
  }
  if (first == PODIUM_DATE_NONE)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (tz);
      first = (int) (g_date_time_to_unix (now) / 86400);
    }
  if (last == PODIUM_DATE_NONE || last < first)
    last = first;
  if (last - first > 366)
    last = first + 366;
  g_object_set (conference, "start-date", first, "end-date", last, NULL);

  /* Daily hours that hold every event; a day running past midnight ends before it starts */
  if (min_start != G_MAXINT && max_end != G_MININT)
    {
      int day_start = CLAMP (min_start, 0, 1439);
      int day_end;

      if (max_end < 1440)
        day_end = MAX (max_end, day_start + 1);
      else
        day_end = MIN (max_end - 1440, day_start);
      if (day_end >= 1440)
        day_end = 0;
      g_object_set (conference, "day-start", day_start, "day-end", day_end, NULL);
    }

  /* Rooms in the order the file gives them */
  for (guint i = 0; i < import->rooms->len; i++)
    {
      FrabRoom *room = g_ptr_array_index (import->rooms, i);
      builder_room (&b, room->name, room->guid);
    }

  for (guint i = 0; i < import->events->len; i++)
    {
      FrabImportEvent *event = g_ptr_array_index (import->events, i);
      Timing *t = &timings[i];
      g_autoptr(PodiumSession) session = podium_session_new ();
      g_autoptr(JsonObject) frab = json_object_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      const char *abstract = event->abstract ? event->abstract : event->description;
      g_autofree char *event_title = clip (event->title ? event->title : _("Untitled"), MAX_SHORT_TEXT);
      g_autofree char *subtitle = clip (event->subtitle, MAX_SHORT_TEXT);
      g_autofree char *track = clip (event->track, MAX_SHORT_TEXT);
      g_autofree char *language = clip (event->language, MAX_SHORT_TEXT);
      g_autofree char *abstract_text = clip (abstract, MAX_LONG_TEXT);

      g_object_set (session,
                    "title", event_title,
                    "subtitle", subtitle,
                    "kind", session_kind_from_type (event->type),
                    "status", PODIUM_STATUS_CONFIRMED,
                    "track", track,
                    "language", language,
                    "abstract", abstract_text,
                    "duration", t->duration,
                    NULL);
      if (t->start != PODIUM_TIME_NONE)
        g_object_set (session,
                      "start", t->start,
                      "room", builder_room (&b, event->room, NULL),
                      NULL);

      if (language != NULL)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (languages, event->language)) + 1;

          g_hash_table_insert (languages, event->language, GUINT_TO_POINTER (count));
          if (count > best_count)
            best_count = count, best_language = event->language;
        }

      for (guint p = 0; p < event->persons->len; p++)
        {
          FrabImportPerson *import_person = g_ptr_array_index (event->persons, p);
          PodiumPerson *person;
          g_autoptr(PodiumRole) role = NULL;

          if (import_person->name == NULL)
            continue;
          person = builder_person (&b, import_person);
          if (!g_hash_table_add (seen, person))
            continue;
          role = podium_role_new ();
          g_object_set (role, "role", PODIUM_ROLE_SPEAKER, "person", person, NULL);
          g_list_store_append (G_LIST_STORE (podium_session_get_roles (session)), role);
        }

      /* What Podium has no place for, kept so a re-export says the same */
      set_frab_id (frab, event->id);
      if (is_uuid (event->guid))
        json_object_set_string_member (frab, "guid", event->guid);
      set_extra_member (frab, "code", event->code);
      set_extra_member (frab, "slug", event->slug);
      set_extra_member (frab, "url", event->url);
      set_extra_member (frab, "type", event->type);
      if (event->abstract != NULL && event->description != NULL &&
          g_strcmp0 (event->abstract, event->description) != 0)
        {
          g_autofree char *description = clip (event->description, MAX_LONG_TEXT);
          set_extra_member (frab, "description", description);
        }
      store_frab_extra (session, frab);

      podium_document_add (document, session);
    }

  /* The language most events have is the conference's; only the others say theirs */
  if (best_language != NULL)
    {
      GListModel *sessions = podium_document_get_sessions (document);

      g_object_set (conference, "language", best_language, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
        {
          g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);

          if (g_strcmp0 (podium_session_get_language (session), best_language) == 0)
            g_object_set (session, "language", NULL, NULL);
        }
    }

  podium_document_end_load (document);
  return g_steal_pointer (&document);
}
