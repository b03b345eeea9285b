/* test-frab.c — schedule.xml and schedule.json, out and in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "podium-frab.h"
#include "podium-json.h"
#include "podium-model.h"
#include "podium-test-util.h"

/* Helpers */

static char *
shared_path (const char *what)
{
  const char *root = g_getenv ("PODIUM_SOURCE_ROOT");
  const char *samples = g_getenv ("PODIUM_FORMAT_SAMPLES");

  if (samples != NULL && g_str_equal (what, "samples"))
    return g_strdup (samples);
  if (root == NULL)
    return NULL;
  return g_build_filename (root, "..", "shared", "formats", what, NULL);
}


static GBytes *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "frab", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static PodiumDocument *
import_fixture (const char *name)
{
  g_autoptr(GBytes) bytes = fixture (name);
  g_autoptr(GError) error = NULL;
  PodiumDocument *document;

  if (g_str_has_suffix (name, ".xml"))
    document = podium_frab_xml_read (bytes, name, &error);
  else
    document = podium_frab_json_read (bytes, name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static char *
write_temp (GBytes     *bytes,
            const char *suffix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strconcat ("podium-frab-XXXXXX", suffix, NULL);
  char *path = NULL;
  int fd = g_file_open_tmp (template, &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

/* Validates with xmllint or the Python helper; returns FALSE when the tool is missing */
static gboolean
validate (GBytes     *bytes,
          gboolean    xml,
          const char *what)
{
  g_autofree char *schema_dir = shared_path ("schema");
  g_autofree char *schema = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *helper = NULL;
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr(GError) error = NULL;
  int status;

  if (schema_dir == NULL || !g_file_test (schema_dir, G_FILE_TEST_IS_DIR))
    return FALSE;
  if (xml && xmllint == NULL)
    return FALSE;
  if (!xml && python == NULL)
    return FALSE;

  schema = g_build_filename (schema_dir, xml ? "voc-schedule__validator_xsd_schedule.xml.xsd"
                                             : "voc-schedule__validator_json_schema.json", NULL);
  path = write_temp (bytes, xml ? ".xml" : ".json");
  helper = g_test_build_filename (G_TEST_DIST, "validate-frab-json.py", NULL);
  {
    const char *xml_argv[] = { xmllint, "--noout", "--schema", schema, path, NULL };
    const char *json_argv[] = { python, helper, schema, path, NULL };

    g_spawn_sync (NULL, (char **) (xml ? xml_argv : json_argv), NULL, G_SPAWN_DEFAULT,
                  NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  g_unlink (path);

  if (!xml && WIFEXITED (status) && WEXITSTATUS (status) == 77)
    return FALSE;
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s does not validate:\n%s%s", what, out, err);
  g_test_message ("%s: valid %s", what, xml ? "schedule.xml" : "schedule.json");
  return TRUE;
}

static int
count_scheduled (PodiumDocument *document,
                 gboolean        with_cancelled)
{
  GListModel *sessions = podium_document_get_sessions (document);
  int n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);

      if (podium_session_is_scheduled (session) &&
          (with_cancelled || podium_session_get_status (session) != PODIUM_STATUS_CANCELLED))
        n++;
    }
  return n;
}

static PodiumSession *
find_session (PodiumDocument *document,
              const char     *title)
{
  GListModel *sessions = podium_document_get_sessions (document);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);

      if (g_strcmp0 (podium_session_get_title (session), title) == 0)
        return session;
    }
  g_error ("no session “%s”", title);
  return NULL;
}

static char *
persons_of (PodiumSession *session)
{
  GListModel *roles = podium_session_get_roles (session);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);
      PodiumPerson *person = podium_role_get_person (role);
      PodiumOrganization *organization = podium_role_get_organization (role);
      const char *name;

      if (person)
        name = podium_person_get_name (person);
      else
        name = podium_organization_get_short_name (organization) ? podium_organization_get_short_name (organization)
                                                                  : podium_organization_get_name (organization);
      if (strstr (names->str, name) == NULL)
        g_string_append_printf (names, "%s;", name);
    }
  return g_string_free (names, FALSE);
}

static const char *
empty_null (const char *text)
{
  return text && *text ? text : NULL;
}

/* One line per scheduled, not cancelled session, with everything the format carries */
static char *
describe_session (PodiumDocument *document,
                  PodiumSession  *session,
                  gboolean        full)
{
  PodiumRoom *room = podium_session_get_room (session);
  g_autofree char *start = podium_time_format (podium_session_get_start (session));
  g_autofree char *persons = persons_of (session);
  const char *room_name;

  if (room != NULL)
    room_name = podium_room_get_name (room);
  else
    {
      g_autoptr(PodiumRoom) first = g_list_model_get_item (podium_document_get_rooms (document), 0);
      room_name = podium_room_get_name (first);
    }

  if (!full)
    return g_strdup_printf ("%s|%s|%d|%s|%s", podium_session_get_title (session), start,
                            podium_session_get_duration (session), room_name, persons);
  return g_strdup_printf ("%s|%s|%d|%s|%s|%s|%s|%s|%s", podium_session_get_title (session), start,
                          podium_session_get_duration (session), room_name, persons,
                          empty_null (podium_session_get_subtitle (session)),
                          empty_null (podium_session_get_track (session)),
                          empty_null (podium_session_get_language (session)),
                          empty_null (podium_session_get_abstract (session)));
}

static GPtrArray *
describe (PodiumDocument *document,
          gboolean        full)
{
  GListModel *sessions = podium_document_get_sessions (document);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);

      if (podium_session_is_scheduled (session) &&
          podium_session_get_status (session) != PODIUM_STATUS_CANCELLED)
        g_ptr_array_add (lines, describe_session (document, session, full));
    }
  return lines;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
assert_same_sessions (PodiumDocument *a,
                      PodiumDocument *b,
                      gboolean        full)
{
  g_autoptr(GPtrArray) x = describe (a, full);
  g_autoptr(GPtrArray) y = describe (b, full);

  g_ptr_array_sort (x, compare_strings);
  g_ptr_array_sort (y, compare_strings);
  g_assert_cmpuint (x->len, ==, y->len);
  for (guint i = 0; i < x->len; i++)
    g_assert_cmpstr (g_ptr_array_index (x, i), ==, g_ptr_array_index (y, i));
}

/* Tests */

static void
test_identities (void)
{
  g_autofree char *dns = podium_uuid5 ("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org");
  g_autofree char *bad = podium_uuid5 ("not-a-uuid", "python.org");
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autofree char *a = podium_frab_make_guid (document, "session", "s1");
  g_autofree char *b = podium_frab_make_guid (document, "session", "s1");
  g_autofree char *c = podium_frab_make_guid (document, "session", "s2");

  /* Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") */
  g_assert_cmpstr (dns, ==, "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  g_assert_null (bad);
  /* SHA-1 of "s1", first 31 bits: the same on every machine and every run */
  g_assert_cmpint (podium_frab_stable_id ("s1"), ==, 1678608359);
  g_assert_cmpint (podium_frab_stable_id (""), >, 0);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpint (a[14], ==, '5');
}

static void
test_export_example (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = podium_frab_xml_export (document, NULL, &error);
  g_autoptr(GBytes) xml2 = podium_frab_xml_export (document, NULL, &error);
  g_autoptr(GBytes) json = podium_frab_json_export (document, NULL, &error);
  g_autoptr(GBytes) json2 = podium_frab_json_export (document, NULL, &error);
  g_autofree char *text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *conference;
  guint events = 0;
  char *p;

  g_assert_no_error (error);
  /* The same bytes every time: GUIDs and ids are stable */
  g_assert_true (g_bytes_equal (xml, xml2));
  g_assert_true (g_bytes_equal (json, json2));

  for (p = text; (p = strstr (p, "<event ")); p++)
    events++;
  g_assert_cmpuint (events, ==, count_scheduled (document, FALSE));
  g_assert_nonnull (strstr (text, "<time_zone_name>Europe/Berlin</time_zone_name>"));
  g_assert_nonnull (strstr (text, "<title>Begrüßung und Eröffnung</title>"));
  g_assert_nonnull (strstr (text, "<date>2023-11-20T10:00:00+01:00</date>"));
  g_assert_nonnull (strstr (text, "<person id=\"1339634944\""));

  json_parser_load_from_data (parser, g_bytes_get_data (json, NULL), (gssize) g_bytes_get_size (json), &error);
  g_assert_no_error (error);
  conference = json_object_get_object_member (json_object_get_object_member (
    json_node_get_object (json_parser_get_root (parser)), "schedule"), "conference");
  g_assert_cmpint (json_object_get_int_member (conference, "daysCount"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (conference, "acronym"), ==, "1admf");

  if (!validate (xml, TRUE, "example.xml") | !validate (json, FALSE, "example.json"))
    g_test_message ("a validator or the schemas are missing: not validated");
}

/* <version> and the JSON "version" name the version published last; before any, the time
 * the plan last changed */
static void
test_export_version (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = podium_frab_xml_export (document, NULL, &error);
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autofree char *before_text = g_strndup (g_bytes_get_data (before, NULL), g_bytes_get_size (before));
  g_autofree char *xml_text = NULL;
  g_autofree char *json_text = NULL;

  g_assert_nonnull (strstr (before_text, "<version>2023-11-13T16:30</version>"));

  podium_document_publish_version (document, "v1", NULL, NULL, 0);
  podium_document_publish_version (document, "v2 — an die Ministerien", NULL, NULL, 60);
  xml = podium_frab_xml_export (document, NULL, &error);
  g_assert_no_error (error);
  json = podium_frab_json_export (document, NULL, &error);
  g_assert_no_error (error);
  xml_text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  json_text = g_strndup (g_bytes_get_data (json, NULL), g_bytes_get_size (json));
  g_assert_nonnull (strstr (xml_text, "<version>v2 — an die Ministerien</version>"));
  g_assert_nonnull (strstr (json_text, "\"version\" : \"v2 — an die Ministerien\""));
}

static void
test_roundtrip_example (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = podium_frab_xml_export (document, NULL, &error);
  g_autoptr(GBytes) json = podium_frab_json_export (document, NULL, &error);
  g_autoptr(PodiumDocument) from_xml = podium_frab_xml_read (xml, "example.xml", &error);
  g_autoptr(PodiumDocument) from_json = NULL;
  g_autoptr(GBytes) again = NULL;
  PodiumConference *a = podium_document_get_conference (document);
  PodiumConference *b;

  g_assert_no_error (error);
  from_json = podium_frab_json_read (json, "example.json", &error);
  g_assert_no_error (error);

  assert_same_sessions (document, from_xml, TRUE);
  assert_same_sessions (document, from_json, TRUE);

  b = podium_document_get_conference (from_xml);
  g_assert_cmpstr (podium_conference_get_title (a), ==, podium_conference_get_title (b));
  g_assert_cmpstr (podium_conference_get_time_zone (a), ==, podium_conference_get_time_zone (b));
  g_assert_cmpint (podium_conference_get_start_date (a), ==, podium_conference_get_start_date (b));
  g_assert_cmpint (podium_conference_get_end_date (a), ==, podium_conference_get_end_date (b));
  g_assert_cmpint (podium_conference_get_slot_minutes (a), ==, podium_conference_get_slot_minutes (b));
  g_assert_cmpint (podium_conference_get_day_start (a), ==, podium_conference_get_day_start (b));
  g_assert_cmpint (podium_conference_get_day_end (a), ==, podium_conference_get_day_end (b));
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_rooms (document)), ==,
                    g_list_model_get_n_items (podium_document_get_rooms (from_xml)));

  /* Exported again, the GUIDs and ids stay what they were */
  again = podium_frab_xml_export (from_xml, NULL, &error);
  g_assert_no_error (error);
  {
    g_autofree char *first = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
    g_autofree char *second = g_strndup (g_bytes_get_data (again, NULL), g_bytes_get_size (again));
    g_autoptr(GRegex) regex = g_regex_new ("<event guid=\"[^\"]+\" id=\"[0-9]+\"", 0, 0, NULL);
    g_autoptr(GMatchInfo) match = NULL;

    for (g_regex_match (regex, first, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
      {
        g_autofree char *tag = g_match_info_fetch (match, 0);
        g_assert_nonnull (strstr (second, tag));
      }
  }
}

static PodiumDocument *
make_edge_document (void)
{
  PodiumDocument *document = podium_document_new ();
  PodiumConference *conference = podium_document_get_conference (document);
  g_autoptr(PodiumRoom) hall = podium_room_new ();
  g_autoptr(PodiumRoom) twin = podium_room_new ();
  g_autoptr(PodiumOrganization) org = podium_organization_new ();
  g_autoptr(PodiumPerson) person = podium_person_new ();
  const struct { const char *title; const char *start; int duration; int room; PodiumSessionStatus status; } items[] = {
    { "Keynote <b>&</b> \"quotes\"\x01", "2024-03-01T18:00", 60, 0, PODIUM_STATUS_CONFIRMED },
    { "All together", "2024-03-01T19:00", 30, -1, PODIUM_STATUS_CONFIRMED },
    { "After midnight", "2024-03-02T01:00", 45, 1, PODIUM_STATUS_DRAFT },
    { "Called off", "2024-03-01T20:00", 30, 0, PODIUM_STATUS_CANCELLED },
    { "Marathon", "2024-03-02T18:00", 7000, 1, PODIUM_STATUS_CONFIRMED },
  };

  g_object_set (conference, "title", "Edge Cases 2024", "start-date", 19783, "end-date", 19784,
                "day-start", 18 * 60, "day-end", 2 * 60, "time-zone", "Europe/Berlin", NULL);
  g_object_set (hall, "name", "Hall", NULL);
  g_object_set (twin, "name", "Hall", NULL);
  podium_document_add (document, hall);
  podium_document_add (document, twin);
  g_object_set (org, "name", "Organisation Name", "short-name", "ON", NULL);
  podium_document_add (document, org);
  g_object_set (person, "name", "Pat Person", NULL);
  podium_document_add (document, person);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(PodiumSession) session = podium_session_new ();
      gint64 start;

      g_assert_true (podium_time_parse (items[i].start, &start));
      g_object_set (session, "title", items[i].title, "status", items[i].status, NULL);
      podium_document_add (document, session);
      if (items[i].room < 0)
        {
          g_object_set (session, "all-rooms", TRUE, "start", start, "duration", items[i].duration, NULL);
        }
      else
        podium_document_schedule (document, session, items[i].room == 0 ? hall : twin, start, items[i].duration);
      podium_document_add_role (document, session, PODIUM_ROLE_MODERATOR, NULL, org);
      podium_document_add_role (document, session, PODIUM_ROLE_SPEAKER, person, NULL);
    }
  return document;
}

static void
test_export_edges (void)
{
  g_autoptr(PodiumDocument) document = make_edge_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = podium_frab_xml_export (document, NULL, &error);
  g_autoptr(GBytes) json = podium_frab_json_export (document, NULL, &error);
  g_autofree char *text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  g_autoptr(PodiumDocument) back = podium_frab_xml_read (xml, "edges.xml", &error);
  PodiumSession *session;
  const char *day2;

  g_assert_no_error (error);
  /* A cancelled session is not announced to schedule viewers */
  g_assert_null (strstr (text, "Called off"));
  /* Rooms of the same name stay apart */
  g_assert_nonnull (strstr (text, "<room name=\"Hall (2)\""));
  /* Escaped, and the control character dropped */
  g_assert_nonnull (strstr (text, "<title>Keynote &lt;b&gt;&amp;&lt;/b&gt; &quot;quotes&quot;</title>"));
  /* An organisation holding a role is a person named by it */
  g_assert_nonnull (strstr (text, ">ON</person>"));
  g_assert_nonnull (strstr (text, ">Pat Person</person>"));
  /* The small hours belong to the first day, which runs 18:00 to 02:00 */
  day2 = strstr (text, "<day index=\"2\"");
  g_assert_nonnull (day2);
  g_assert_true (strstr (text, "After midnight") < day2);
  g_assert_nonnull (strstr (text, "start=\"2024-03-01T18:00:00+01:00\" end=\"2024-03-02T02:00:00+01:00\""));
  /* A session in all rooms sits in the first room, once */
  {
    const char *all = strstr (text, "All together");
    g_assert_nonnull (all);
    g_assert_null (strstr (all + 1, "All together"));
    g_assert_true (all < strstr (text, "<room name=\"Hall (2)\""));
  }
  g_assert_nonnull (strstr (text, "<duration>99:59</duration>"));
  g_assert_nonnull (strstr (text, "<acronym>ec2024</acronym>"));

  validate (xml, TRUE, "edges.xml");
  validate (json, FALSE, "edges.json");

  session = find_session (back, "After midnight");
  {
    g_autofree char *start = podium_time_format (podium_session_get_start (session));
    g_assert_cmpstr (start, ==, "2024-03-02T01:00");
  }
  g_assert_cmpint (podium_conference_get_day_start (podium_document_get_conference (back)), ==, 18 * 60);
  g_assert_cmpint (count_scheduled (back, TRUE), ==, 4);
}

static void
test_import_single_quotes (void)
{
  g_autoptr(PodiumDocument) document = import_fixture ("frab-single-quotes.xml");
  PodiumConference *conference = podium_document_get_conference (document);
  PodiumSession *session;
  g_autofree char *night = NULL;
  g_autofree char *other = NULL;

  g_assert_cmpstr (podium_conference_get_title (conference), ==, "Test Congress");
  g_assert_cmpstr (podium_conference_get_acronym (conference), ==, "testcon");
  /* No zone name: Podium's default agrees with +01:00 in December */
  g_assert_cmpstr (podium_conference_get_time_zone (conference), ==, "Europe/Berlin");
  g_assert_cmpint (podium_conference_get_slot_minutes (conference), ==, 15);
  g_assert_cmpint (podium_conference_get_day_start (conference), ==, 11 * 60);
  g_assert_cmpint (podium_conference_get_day_end (conference), ==, 4 * 60);
  g_assert_cmpint (podium_conference_get_end_date (conference) - podium_conference_get_start_date (conference), ==, 1);

  /* Both events with id 102 are there */
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_sessions (document)), ==, 3);
  /* Saal 3 is declared only, on an empty day */
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_rooms (document)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_people (document)), ==, 2);

  session = find_session (document, "Opening & Welcome");
  g_assert_cmpstr (podium_session_get_abstract (session), ==, "<p>Hello <b>world</b></p>");
  g_assert_cmpstr (podium_session_get_track (session), ==, "CCC");
  g_assert_cmpint (podium_session_get_kind (session), ==, PODIUM_SESSION_TALK);
  g_assert_cmpint (podium_session_get_duration (session), ==, 30);

  night = podium_time_format (podium_session_get_start (find_session (document, "Night Talk")));
  g_assert_cmpstr (night, ==, "2024-12-28T01:30");
  /* 12:00 UTC is 13:00 in Berlin */
  session = find_session (document, "Duplicate Id, Other Offset");
  other = podium_time_format (podium_session_get_start (session));
  g_assert_cmpstr (other, ==, "2024-12-27T13:00");
  g_assert_cmpstr (podium_room_get_name (podium_session_get_room (session)), ==, "Saal 2");
  g_assert_cmpint (podium_session_get_kind (session), ==, PODIUM_SESSION_WORKSHOP);
}

static void
test_import_pentabarf (void)
{
  g_autoptr(PodiumDocument) document = import_fixture ("pentabarf-day.xml");
  PodiumConference *conference = podium_document_get_conference (document);
  PodiumSession *session;
  g_autofree char *start = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_sessions (document)), ==, 2);
  g_assert_cmpstr (podium_conference_get_venue_name (conference), ==, "University");
  g_assert_cmpstr (podium_conference_get_venue_city (conference), ==, "Brussels");
  g_assert_cmpint (podium_conference_get_end_date (conference) - podium_conference_get_start_date (conference), ==, 1);

  session = find_session (document, "Composited desktops");
  g_assert_cmpstr (podium_room_get_name (podium_session_get_room (session)), ==, "Chavanne");
  g_assert_cmpstr (podium_session_get_abstract (session), ==,
                   "<p>Text with a <a href=\"http://example.org/\">link</a>.\n</p>");
  g_assert_cmpint (podium_session_get_duration (session), ==, 45);

  /* Before the day change of 09:00: the night after the day's date */
  session = find_session (document, "After midnight");
  start = podium_time_format (podium_session_get_start (session));
  g_assert_cmpstr (start, ==, "2007-02-25T01:00");
  g_assert_cmpstr (podium_room_get_name (podium_session_get_room (session)), ==, "H.2214");
  g_assert_cmpuint (g_list_model_get_n_items (podium_session_get_roles (session)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_people (document)), ==, 2);
}

static void
test_import_pretalx (void)
{
  g_autoptr(PodiumDocument) document = import_fixture ("pretalx.json");
  GListModel *rooms = podium_document_get_rooms (document);
  PodiumSession *session;
  g_autofree char *start = NULL;
  g_autoptr(PodiumRoom) second = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_sessions (document)), ==, 3);
  /* Declared rooms in their order, the unused one too */
  g_assert_cmpuint (g_list_model_get_n_items (rooms), ==, 3);
  second = g_list_model_get_item (rooms, 1);
  g_assert_cmpstr (podium_room_get_name (second), ==, "Unused Room");
  /* Brian is one person: by id, then by code, then by name */
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_people (document)), ==, 2);

  session = find_session (document, "Testing 🧪 “everything”");
  g_assert_cmpstr (podium_session_get_abstract (session), ==, "<p>HTML stays <em>text</em></p>");
  g_assert_null (podium_session_get_track (session));
  g_assert_cmpint (podium_session_get_kind (session), ==, PODIUM_SESSION_TALK);

  session = find_session (document, "Hands-on workshop");
  start = podium_time_format (podium_session_get_start (session));
  g_assert_cmpstr (start, ==, "2023-06-01T11:00");
  g_assert_cmpstr (podium_session_get_subtitle (session), ==, "Bring a laptop");

  g_clear_pointer (&start, g_free);
  start = podium_time_format (podium_session_get_start (find_session (document, "Night owls")));
  g_assert_cmpstr (start, ==, "2023-06-02T00:30");
  g_assert_cmpint (podium_conference_get_end_date (podium_document_get_conference (document)) -
                   podium_conference_get_start_date (podium_document_get_conference (document)), ==, 1);
}

static void
test_import_schedule2 (void)
{
  g_autoptr(PodiumDocument) document = import_fixture ("schedule2.json");
  PodiumSession *session = find_session (document, "Late one");
  g_autofree char *start = podium_time_format (podium_session_get_start (session));

  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_sessions (document)), ==, 2);
  g_assert_cmpstr (start, ==, "2024-12-28T02:00");
  g_assert_cmpint (podium_session_get_duration (session), ==, 75);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_people (document)), ==, 1);
  g_assert_cmpstr (podium_session_get_track (find_session (document, "Opening Ceremony")), ==, "ccc");
  g_assert_cmpint (podium_conference_get_end_date (podium_document_get_conference (document)) -
                   podium_conference_get_start_date (podium_document_get_conference (document)), ==, 1);
}

static void
test_import_hostile (void)
{
  const struct { const char *name; int code; const char *words; } cases[] = {
    { "bomb.xml", PODIUM_FORMAT_ERROR_STRUCTURE, "entities" },
    { "external-entity.xml", PODIUM_FORMAT_ERROR_STRUCTURE, "entities" },
    { "truncated.xml", PODIUM_FORMAT_ERROR_SYNTAX, "truncated.xml:" },
    { "garbage.xml", PODIUM_FORMAT_ERROR_SYNTAX, "garbage.xml:" },
    { "not-schedule.xml", PODIUM_FORMAT_ERROR_STRUCTURE, "<html>" },
    { "truncated.json", PODIUM_FORMAT_ERROR_SYNTAX, "truncated.json:17:" },
    { "garbage.json", PODIUM_FORMAT_ERROR_SYNTAX, "garbage.json:1:" },
    { "deep.json", PODIUM_FORMAT_ERROR_SYNTAX, "deep" },
    { "no-schedule.json", PODIUM_FORMAT_ERROR_STRUCTURE, "schedule" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = fixture (cases[i].name);
      g_autoptr(GError) error = NULL;
      g_autoptr(PodiumDocument) document = NULL;

      /* An entity bomb that were expanded would hang here until the test's timeout */
      if (g_str_has_suffix (cases[i].name, ".xml"))
        document = podium_frab_xml_read (bytes, cases[i].name, &error);
      else
        document = podium_frab_json_read (bytes, cases[i].name, &error);
      g_test_message ("%s: %s", cases[i].name, error ? error->message : "(no error)");
      g_assert_null (document);
      g_assert_error (error, PODIUM_FORMAT_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].words));
    }

  /* Refused by what the parser sees, whatever the encoding: an entity declared in a UTF-16
   * file was expanded in attributes before (the room was named "REXPANDED") */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "findings",
                                                   "entity-declared-utf16le-expanded.xml", NULL);
    g_autofree char *contents = NULL;
    gsize length;
    g_autoptr(GBytes) utf16 = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(PodiumDocument) document = NULL;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    utf16 = g_bytes_new (contents, length);
    document = podium_frab_xml_read (utf16, "utf16.xml", &error);
    g_assert_null (document);
    g_assert_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_STRUCTURE);
    g_assert_cmpstr (error->message, ==,
                     "utf16.xml: error: the file declares XML entities; Podium does not read such files");
  }
  {
    const char *text = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [ <!ELEMENT schedule ANY> ]>\n"
                       "<schedule><conference><title>T</title></conference></schedule>\n";
    g_autoptr(GBytes) dtd = g_bytes_new_static (text, strlen (text));
    g_autoptr(GError) error = NULL;
    g_autoptr(PodiumDocument) document = podium_frab_xml_read (dtd, "dtd.xml", &error);

    g_assert_null (document);
    g_assert_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_STRUCTURE);
    g_assert_nonnull (strstr (error->message, "document type declaration"));
  }

  /* json-glib would hand on half a surrogate pair as bytes Podium cannot save, and cut a
   * text at an escaped NUL */
  {
    const char *texts[] = {
      "{\"schedule\":{\"conference\":{\"title\":\"Camp\\udc00x\",\"days\":[]}}}",
      "{\"schedule\":{\"conference\":{\"title\":\"Camp\\u0000x\",\"days\":[]}}}",
    };
    const char *words[] = { "half a surrogate pair", "NUL character" };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
        g_autoptr(GError) error = NULL;
        g_autoptr(PodiumDocument) document = podium_frab_json_read (bytes, "escape.json", &error);

        g_assert_null (document);
        g_assert_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_SYNTAX);
        g_assert_true (g_str_has_prefix (error->message, "escape.json:1:"));
        g_assert_nonnull (strstr (error->message, words[i]));
      }
  }

  /* Too large is refused before parsing */
  {
    gsize size = 64 * 1024 * 1024 + 1;
    g_autoptr(GBytes) big = g_bytes_new_take (g_malloc0 (size), size);
    g_autoptr(GError) error = NULL;
    g_autoptr(PodiumDocument) document = podium_frab_xml_read (big, "big.xml", &error);

    g_assert_null (document);
    g_assert_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_TOO_LARGE);
  }
}

static void
test_load_file (void)
{
  const char *names[] = { "frab-single-quotes.xml", "pretalx.json", "schedule2.json" };
  const char *titles[] = { "Test Congress", "Demo Conference", "Flat Congress" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "frab", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(PodiumDocument) document = podium_load_file (file, &error);
      g_autofree char *text = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PodiumDocument) reread = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (podium_conference_get_title (podium_document_get_conference (document)), ==, titles[i]);
      g_assert_false (podium_document_can_undo (document));

      /* What was imported can be saved and opened as a Podium document */
      text = podium_json_write (document, NULL);
      bytes = g_bytes_new (text, strlen (text));
      reread = podium_json_read_bytes (bytes, names[i], &error);
      g_assert_no_error (error);
      assert_same_sessions (document, reread, TRUE);
    }

  /* A Podium document still opens as one, and garbage is named as such */
  {
    g_autofree char *path = g_build_filename (g_getenv ("PODIUM_SOURCE_ROOT"), "data", "examples",
                                              "austauschtreffen.podium.json", NULL);
    g_autofree char *garbage = g_test_build_filename (G_TEST_DIST, "data", "frab", "bomb.xml", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GFile) bad = g_file_new_for_path (garbage);
    g_autoptr(GError) error = NULL;
    g_autoptr(PodiumDocument) document = podium_load_file (file, &error);
    g_autoptr(PodiumDocument) none = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (document);
    none = podium_load_file (bad, &error);
    g_assert_null (none);
    g_assert_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_STRUCTURE);
  }
}

static void
test_samples (void)
{
  const struct { const char *name; guint events; } samples[] = {
    { "frab-31C3-Fahrplan__schedule.xml", 138 },
    { "mttcrsp-fosdem__fosdem_2020.xml", 872 },
    { "mttcrsp-fosdem__fosdem_2007.xml", 215 },
    { "voc-schedule__examples__frab-camp2019.json", 79 },
    { "voc-schedule__examples__pretalx-rc3.json", 48 },
    { "voc-schedule__examples__pretalx-democon.json", 36 },
    { "voc-schedule__examples__hub-schedule2.json", 2 },
  };
  g_autofree char *dir = shared_path ("samples");

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the shared format samples are not here");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_build_filename (dir, samples[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(PodiumDocument) document = NULL;
      g_autoptr(PodiumDocument) from_xml = NULL;
      g_autoptr(PodiumDocument) from_json = NULL;
      g_autoptr(GBytes) xml = NULL;
      g_autoptr(GBytes) json = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(PodiumDocument) reread = NULL;
      gint64 before;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_test_message ("%s: missing, skipped", samples[i].name);
          continue;
        }

      before = g_get_monotonic_time ();
      document = podium_load_file (file, &error);
      g_assert_no_error (error);
      g_test_message ("%s: imported %u events in %.1f ms", samples[i].name,
                      g_list_model_get_n_items (podium_document_get_sessions (document)),
                      (g_get_monotonic_time () - before) / 1000.0);
      g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_sessions (document)), ==, samples[i].events);
      g_assert_cmpint (count_scheduled (document, TRUE), ==, samples[i].events);

      xml = podium_frab_xml_export (document, NULL, &error);
      g_assert_no_error (error);
      json = podium_frab_json_export (document, NULL, &error);
      g_assert_no_error (error);
      validate (xml, TRUE, samples[i].name);
      validate (json, FALSE, samples[i].name);

      /* Every event comes back with its title, start, duration, room and persons */
      from_xml = podium_frab_xml_read (xml, samples[i].name, &error);
      g_assert_no_error (error);
      from_json = podium_frab_json_read (json, samples[i].name, &error);
      g_assert_no_error (error);
      assert_same_sessions (document, from_xml, FALSE);
      assert_same_sessions (document, from_json, FALSE);

      /* And the import is a valid Podium document */
      text = podium_json_write (document, NULL);
      saved = g_bytes_new (text, strlen (text));
      reread = podium_json_read_bytes (saved, samples[i].name, &error);
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/frab/identities", test_identities);
  g_test_add_func ("/frab/export/example", test_export_example);
  g_test_add_func ("/frab/export/edges", test_export_edges);
  g_test_add_func ("/frab/export/version", test_export_version);
  g_test_add_func ("/frab/roundtrip/example", test_roundtrip_example);
  g_test_add_func ("/frab/import/single-quotes", test_import_single_quotes);
  g_test_add_func ("/frab/import/pentabarf", test_import_pentabarf);
  g_test_add_func ("/frab/import/pretalx", test_import_pretalx);
  g_test_add_func ("/frab/import/schedule2", test_import_schedule2);
  g_test_add_func ("/frab/import/hostile", test_import_hostile);
  g_test_add_func ("/frab/load-file", test_load_file);
  g_test_add_func ("/frab/samples", test_samples);

  return g_test_run ();
}
