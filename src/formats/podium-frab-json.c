/* podium-frab-json.c — the c3voc schedule.json (v1) and the flat "schedule2"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "podium-frab-private.h"
#include "podium-json.h"


/* Export */

static void
set_string (JsonObject *object,
            const char *key,
            const char *value)
{
  json_object_set_string_member (object, key, value ? value : "");
}

static JsonObject *
write_event (FrabSchedule *schedule,
             FrabEvent    *event)
{
  JsonObject *object = json_object_new ();
  FrabRoom *room = g_ptr_array_index (schedule->rooms, event->room);
  JsonArray *persons = json_array_new ();
  g_autofree char *duration = frab_format_duration (event->duration, FALSE);

  json_object_set_string_member (object, "guid", event->guid);
  json_object_set_int_member (object, "id", event->id);
  json_object_set_string_member (object, "date", event->date);
  json_object_set_string_member (object, "start", event->clock);
  json_object_set_string_member (object, "duration", duration);
  json_object_set_string_member (object, "room", room->name);
  json_object_set_string_member (object, "slug", event->slug);
  json_object_set_string_member (object, "url", event->url);
  set_string (object, "title", event->title);
  set_string (object, "subtitle", event->subtitle);
  set_string (object, "track", event->track);
  set_string (object, "type", event->type);
  set_string (object, "language", event->language);
  set_string (object, "abstract", event->abstract);
  set_string (object, "description", event->description);

  for (guint i = 0; i < event->persons->len; i++)
    {
      FrabPerson *person = g_ptr_array_index (event->persons, i);
      JsonObject *p = json_object_new ();

      /* The frab shape: with "name" as well it would also be a pretalx person, and the
       * schema wants exactly one of them */
      json_object_set_int_member (p, "id", person->id);
      json_object_set_string_member (p, "guid", person->guid);
      json_object_set_string_member (p, "public_name", person->name);
      json_array_add_object_element (persons, p);
    }
  json_object_set_array_member (object, "persons", persons);
  json_object_set_array_member (object, "links", json_array_new ());
  json_object_set_array_member (object, "attachments", json_array_new ());
  return object;
}

GBytes *
podium_frab_json_export (PodiumDocument            *document,
                         const PodiumExportOptions *options,
                         GError                   **error)
{
  g_autoptr(FrabSchedule) schedule = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *top, *generator_object, *schedule_object, *conference;
  JsonArray *rooms, *days, *tracks;
  char *text;
  gsize length;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  schedule = frab_schedule_new (document, options);

  top = json_object_new ();
  json_object_set_string_member (top, "$schema", "https://c3voc.de/schedule/schema.json");
  generator_object = json_object_new ();
  json_object_set_string_member (generator_object, "name", "Podium");
  json_object_set_string_member (generator_object, "version", PACKAGE_VERSION);
  json_object_set_object_member (top, "generator", generator_object);

  schedule_object = json_object_new ();
  json_object_set_string_member (schedule_object, "version", schedule->version);
  if (schedule->url)
    json_object_set_string_member (schedule_object, "url", schedule->url);

  conference = json_object_new ();
  json_object_set_string_member (conference, "acronym", schedule->acronym);
  json_object_set_string_member (conference, "title", schedule->title);
  if (schedule->description)
    json_object_set_string_member (conference, "description", schedule->description);
  json_object_set_string_member (conference, "start", schedule->start);
  json_object_set_string_member (conference, "end", schedule->end);
  json_object_set_int_member (conference, "daysCount", schedule->days->len);
  json_object_set_string_member (conference, "timeslot_duration", schedule->timeslot);
  /* The schema only takes Area/City names and UTC; "America/Argentina/Salta" passes,
   * "Etc/GMT-1" does not, and the member is optional */
  if (g_regex_match_simple ("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$", schedule->time_zone, 0, 0))
    json_object_set_string_member (conference, "time_zone_name", schedule->time_zone);
  if (schedule->url)
    json_object_set_string_member (conference, "url", schedule->url);

  tracks = json_array_new ();
  for (guint i = 0; i < schedule->tracks->len; i++)
    {
      const char *name = g_ptr_array_index (schedule->tracks, i);
      g_autofree char *slug = frab_slugify (name, '-');
      JsonObject *track = json_object_new ();

      json_object_set_string_member (track, "name", name);
      if (slug)
        json_object_set_string_member (track, "slug", slug);
      json_array_add_object_element (tracks, track);
    }
  json_object_set_array_member (conference, "tracks", tracks);

  rooms = json_array_new ();
  for (guint i = 0; i < schedule->rooms->len; i++)
    {
      FrabRoom *room = g_ptr_array_index (schedule->rooms, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "name", room->name);
      json_object_set_string_member (object, "guid", room->guid);
      json_array_add_object_element (rooms, object);
    }
  json_object_set_array_member (conference, "rooms", rooms);

  days = json_array_new ();
  for (guint d = 0; d < schedule->days->len; d++)
    {
      FrabDay *day = g_ptr_array_index (schedule->days, d);
      JsonObject *object = json_object_new ();
      JsonObject *day_rooms = json_object_new ();
      guint e = 0;

      json_object_set_int_member (object, "index", day->index);
      json_object_set_string_member (object, "date", day->date_text);
      json_object_set_string_member (object, "day_start", day->start);
      json_object_set_string_member (object, "day_end", day->end);
      for (guint r = 0; r < schedule->rooms->len; r++)
        {
          FrabRoom *room = g_ptr_array_index (schedule->rooms, r);
          JsonArray *events = json_array_new ();

          for (; e < day->events->len; e++)
            {
              FrabEvent *event = g_ptr_array_index (day->events, e);

              if (event->room != (int) r)
                break;
              json_array_add_object_element (events, write_event (schedule, event));
            }
          json_object_set_array_member (day_rooms, room->name, events);
        }
      json_object_set_object_member (object, "rooms", day_rooms);
      json_array_add_object_element (days, object);
    }
  json_object_set_array_member (conference, "days", days);

  json_object_set_object_member (schedule_object, "conference", conference);
  json_object_set_object_member (top, "schedule", schedule_object);

  root = json_node_init_object (json_node_alloc (), top);
  json_object_unref (top);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}

/* Import */

static JsonObject *
member_object (JsonObject *object,
               const char *key)
{
  JsonNode *node = object ? json_object_get_member (object, key) : NULL;

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
member_array (JsonObject *object,
              const char *key)
{
  JsonNode *node = object ? json_object_get_member (object, key) : NULL;

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* A string, or a number written as text (ids arrive both ways); NULL for anything else */
static char *
member_text (JsonObject *object,
             const char *key)
{
  JsonNode *node = object ? json_object_get_member (object, key) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return frab_text (json_node_get_string (node));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    default:
      return NULL;
    }
}

/* schedule2 makes rooms and tracks objects: {name, slug, guid} */
static char *
member_name (JsonObject *object,
             const char *key)
{
  JsonObject *inner = member_object (object, key);
  char *text;

  if (inner == NULL)
    return member_text (object, key);
  if ((text = member_text (inner, "name")))
    return text;
  return member_text (inner, "slug");
}

static void
read_person (FrabImportEvent *event,
             JsonNode        *node)
{
  JsonObject *object;
  FrabImportPerson *person;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  object = json_node_get_object (node);
  person = frab_import_add_person (event);
  person->name = member_text (object, "public_name");
  if (person->name == NULL)
    person->name = member_text (object, "name");
  person->id = member_text (object, "id");
  person->guid = member_text (object, "guid");
  person->code = member_text (object, "code");
}

static void
read_event (FrabImport *import,
            JsonNode   *node,
            int         day,
            const char *room)
{
  JsonObject *object;
  FrabImportEvent *event;
  JsonArray *persons;
  char *start;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  object = json_node_get_object (node);
  event = frab_import_add_event (import);
  event->day = day;
  event->id = member_text (object, "id");
  event->guid = member_text (object, "guid");
  event->code = member_text (object, "code");
  event->title = member_text (object, "title");
  event->subtitle = member_text (object, "subtitle");
  event->type = member_text (object, "type");
  event->track = member_name (object, "track");
  event->language = member_text (object, "language");
  event->abstract = member_text (object, "abstract");
  event->description = member_text (object, "description");
  event->slug = member_text (object, "slug");
  event->url = member_text (object, "url");
  event->date = member_text (object, "date");
  event->end = member_text (object, "end");
  event->duration = member_text (object, "duration");
  event->room = member_name (object, "room");
  if (event->room == NULL)
    event->room = g_strdup (room);

  /* v1 gives a clock time, schedule2 a date-time */
  start = member_text (object, "start");
  if (start != NULL && strlen (start) > 10 && start[4] == '-')
    {
      if (event->date == NULL)
        event->date = start;
      else
        g_free (start);
    }
  else
    event->start = start;

  if ((persons = member_array (object, "persons")) ||
      (persons = member_array (object, "participants")))
    for (guint i = 0; i < json_array_get_length (persons); i++)
      read_person (event, json_array_get_element (persons, i));
}

static void
read_day (FrabImport *import,
          JsonNode   *node)
{
  JsonObject *object, *rooms;
  FrabImportDay *day;
  g_autofree char *date = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  object = json_node_get_object (node);
  day = g_new0 (FrabImportDay, 1);
  day->date = PODIUM_DATE_NONE;
  if ((date = member_text (object, "date")))
    podium_time_parse_date (date, &day->date);
  day->start = member_text (object, "day_start");
  if (day->start == NULL)
    day->start = member_text (object, "start");
  day->end = member_text (object, "day_end");
  if (day->end == NULL)
    day->end = member_text (object, "end");
  g_ptr_array_add (import->days, day);

  if ((rooms = member_object (object, "rooms")))
    {
      g_autoptr(GList) names = json_object_get_members (rooms);

      for (GList *l = names; l; l = l->next)
        {
          JsonArray *events = member_array (rooms, l->data);

          frab_import_add_room (import, l->data, NULL);
          if (events)
            for (guint i = 0; i < json_array_get_length (events); i++)
              read_event (import, json_array_get_element (events, i), day->date, l->data);
        }
    }
}

PodiumDocument *
podium_frab_json_read_node (JsonNode    *root,
                            const char  *display_name,
                            GError     **error)
{
  g_autoptr(FrabImport) import = NULL;
  JsonObject *schedule, *conference;
  JsonArray *array;

  g_return_val_if_fail (root != NULL, NULL);

  if (display_name == NULL)
    display_name = "<data>";

  schedule = JSON_NODE_HOLDS_OBJECT (root) ? member_object (json_node_get_object (root), "schedule") : NULL;
  if (schedule == NULL)
    {
      g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_STRUCTURE,
                   _("%s: error: not a schedule: there is no \"schedule\" object"), display_name);
      return NULL;
    }
  conference = member_object (schedule, "conference");

  import = frab_import_new ();
  import->title = member_text (conference, "title");
  import->subtitle = member_text (conference, "subtitle");
  import->acronym = member_text (conference, "acronym");
  import->description = member_text (conference, "description");
  import->start = member_text (conference, "start");
  import->end = member_text (conference, "end");
  import->time_zone = member_text (conference, "time_zone_name");
  import->day_change = member_text (conference, "day_change");
  import->timeslot = member_text (conference, "timeslot_duration");
  import->url = member_text (conference, "url");

  /* Declared rooms first, in their order, even the unused ones */
  if ((array = member_array (conference, "rooms")) || (array = member_array (schedule, "rooms")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *node = json_array_get_element (array, i);

        if (JSON_NODE_HOLDS_OBJECT (node))
          {
            g_autofree char *name = member_text (json_node_get_object (node), "name");
            g_autofree char *guid = member_text (json_node_get_object (node), "guid");

            frab_import_add_room (import, name, guid);
          }
      }

  if ((array = member_array (conference, "days")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      read_day (import, json_array_get_element (array, i));

  /* schedule2: one flat list */
  if ((array = member_array (schedule, "events")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      read_event (import, json_array_get_element (array, i), PODIUM_DATE_NONE, NULL);

  return frab_import_build (import, display_name, error);
}

PodiumDocument *
podium_frab_json_read (GBytes      *bytes,
                       const char  *display_name,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = podium_format_bytes_data (bytes, &display_name, &size, error);
  if (data == NULL)
    return NULL;
  /* Some tools write a byte-order mark, which json-glib does not take */
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, size -= 3;
  if (!(parser = podium_format_parse_json (display_name, data, size, errors)))
    {
      g_set_error_literal (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_SYNTAX,
                           g_ptr_array_index (errors, 0));
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_SYNTAX,
                   _("%s: error: the file is empty"), display_name);
      return NULL;
    }

  return podium_frab_json_read_node (json_parser_get_root (parser), display_name, error);
}
