/* test-ics.c — the iCalendar and CSV exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <libical/ical.h>

#include "podium-csv.h"
#include "podium-frab.h"
#include "podium-ics.h"
#include "podium-json.h"
#include "podium-model.h"
#include "podium-test-util.h"

#define LONG_TITLE "Ein sehr langer Titel, der über die Zeilengrenze hinausgeht; mit Komma, " \
                   "Semikolon; Backslash \\ und\nZeilenumbruch – äöü ß € 🎤 und noch mehr Text, " \
                   "damit er zweimal gefaltet wird"


static PodiumDocument *
make_document (void)
{
  PodiumDocument *document = podium_document_new ();
  PodiumConference *conference = podium_document_get_conference (document);
  g_autoptr(PodiumRoom) room = podium_room_new ();
  g_autoptr(PodiumPerson) person = podium_person_new ();
  g_autoptr(PodiumSession) first = podium_session_new ();
  g_autoptr(PodiumSession) second = podium_session_new ();
  g_autoptr(PodiumSession) loose = podium_session_new ();
  gint64 start;

  g_object_set (conference, "title", "Test", "start-date", 19783, "end-date", 19783,
                "time-zone", "Europe/Berlin", "venue-name", "Haus", "updated", "2024-02-20T12:34", NULL);
  g_object_set (room, "name", "Saal, groß", NULL);
  podium_document_add (document, room);
  g_object_set (person, "name", "Pat \"P\" Person", NULL);
  podium_document_add (document, person);

  g_assert_true (podium_time_parse ("2024-03-01T10:00", &start));
  g_object_set (first, "title", LONG_TITLE, "status", PODIUM_STATUS_CONFIRMED, "abstract", "Line one\nLine two, \"quoted\"", NULL);
  podium_document_add (document, first);
  podium_document_schedule (document, first, room, start, 45);
  podium_document_add_role (document, first, PODIUM_ROLE_SPEAKER, person, NULL);

  g_object_set (second, "title", "=HYPERLINK(\"x\")", "status", PODIUM_STATUS_CANCELLED, NULL);
  podium_document_add (document, second);
  podium_document_schedule (document, second, room, start + 60, 30);

  g_object_set (loose, "title", "Not yet", NULL);
  podium_document_add (document, loose);
  return document;
}

static char *
export_text (GBytes *bytes)
{
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* RFC 5545 3.1: CRLF line ends, at most 75 octets a line, never inside a character */
static void
assert_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n = g_strv_length (lines);

  g_assert_cmpuint (n, >, 2);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i < n - 1; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
}

static void
test_ics_example (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = podium_ics_export (document, NULL, &error);
  g_autoptr(GBytes) again = podium_ics_export (document, NULL, &error);
  g_autofree char *text = export_text (bytes);
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *sessions = podium_document_get_sessions (document);
  icalcomponent *calendar, *zone, *event;
  guint scheduled = 0, events = 0;

  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, again));
  assert_lines (text);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "PRODID:-//Podium//"));
  g_assert_nonnull (strstr (text, "VERSION:2.0\r\n"));

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  zone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  g_assert_nonnull (zone);
  g_assert_cmpstr (icalproperty_get_tzid (icalcomponent_get_first_property (zone, ICAL_TZID_PROPERTY)),
                   ==, "Europe/Berlin");

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
      icalparameter *tzid = icalproperty_get_first_parameter (dtstart, ICAL_TZID_PARAMETER);
      const char *uid = icalcomponent_get_uid (event);

      g_assert_nonnull (tzid);
      g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "Europe/Berlin");
      g_assert_true (g_str_has_suffix (uid, "@podium"));
      g_assert_true (g_hash_table_add (uids, (gpointer) uid));
      g_assert_nonnull (icalcomponent_get_summary (event));
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY));
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY));
      g_assert_nonnull (icalcomponent_get_location (event));
      events++;
    }
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);
      scheduled += podium_session_is_scheduled (session);
    }
  g_assert_cmpuint (events, ==, scheduled);

  /* The greeting at 10:00 with its speaker in the description */
  g_assert_nonnull (strstr (text, "DTSTART;TZID=Europe/Berlin:20231120T100000\r\n"));
  g_assert_nonnull (strstr (text, "DESCRIPTION:Speaker: Sabine Wosche (LEG Thüringen)\\n\\n"));
  icalcomponent_free (calendar);
}

static void
test_ics_escaping (void)
{
  g_autoptr(PodiumDocument) document = make_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = podium_ics_export (document, NULL, &error);
  g_autofree char *text = export_text (bytes);
  g_autofree char *unfolded = NULL;
  g_autoptr(GRegex) fold = g_regex_new ("\r\n[ \t]", 0, 0, NULL);
  icalcomponent *calendar, *event;
  g_autofree char *guid = NULL;
  g_autofree char *uid = NULL;
  int n = 0;

  g_assert_no_error (error);
  assert_lines (text);

  /* The long title is folded, and unfolded it is escaped as RFC 5545 says */
  unfolded = g_regex_replace_literal (fold, text, -1, 0, "", 0, NULL);
  g_assert_nonnull (strstr (text, "\r\n "));
  g_assert_nonnull (strstr (unfolded, "SUMMARY:Ein sehr langer Titel\\, der über die Zeilengrenze "
                                      "hinausgeht\\; mit Komma\\, Semikolon\\; Backslash \\\\ und\\n"
                                      "Zeilenumbruch"));
  g_assert_nonnull (strstr (unfolded, "LOCATION:Saal\\, groß\\, Haus\r\n"));
  g_assert_nonnull (strstr (unfolded, "DTSTAMP:20240220T113400Z\r\n"));

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), n++)
    {
      if (n == 0)
        {
          g_assert_cmpstr (icalcomponent_get_summary (event), ==, LONG_TITLE);
          g_assert_cmpstr (icalcomponent_get_description (event), ==,
                           "Speaker: Pat \"P\" Person\n\nLine one\nLine two, \"quoted\"");
          g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CONFIRMED);
          guid = podium_frab_session_guid (document, g_list_model_get_item (podium_document_get_sessions (document), 0));
          g_object_unref (g_list_model_get_item (podium_document_get_sessions (document), 0));
          uid = g_strconcat (guid, "@podium", NULL);
          g_assert_cmpstr (icalcomponent_get_uid (event), ==, uid);
        }
      else
        g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CANCELLED);
    }
  /* The unscheduled session is not in the calendar */
  g_assert_cmpint (n, ==, 2);
  icalcomponent_free (calendar);
}

/* A small RFC 4180 reader, to see the table as a spreadsheet would */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, '"'), p++;
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        g_ptr_array_add (row, g_strdup (field->str)), g_string_truncate (field, 0);
      else if (*p == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p++;
        }
      else
        {
          g_assert_cmpint (*p, !=, '\n');
          g_string_append_c (field, *p);
        }
    }
  g_assert_false (quoted);
  g_assert_cmpuint (row->len, ==, 0);
  g_assert_cmpuint (field->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

static void
test_csv (void)
{
  g_autoptr(PodiumDocument) document = make_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = podium_csv_export (document, NULL, &error);
  g_autofree char *text = export_text (bytes);
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *row;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "id,title,kind,status,date,start,end,duration,room,roles,abstract\r\n"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, "\"Line one\nLine two, \"\"quoted\"\"\""));

  rows = parse_csv (text);
  g_assert_cmpuint (rows->len, ==, 4);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, i))->len, ==, 11);

  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (g_ptr_array_index (row, 1), ==, LONG_TITLE);
  g_assert_cmpstr (g_ptr_array_index (row, 4), ==, "2024-03-01");
  g_assert_cmpstr (g_ptr_array_index (row, 5), ==, "10:00");
  g_assert_cmpstr (g_ptr_array_index (row, 6), ==, "10:45");
  g_assert_cmpstr (g_ptr_array_index (row, 7), ==, "45");
  g_assert_cmpstr (g_ptr_array_index (row, 8), ==, "Saal, groß");
  g_assert_cmpstr (g_ptr_array_index (row, 9), ==, "Speaker: Pat \"P\" Person");
  g_assert_cmpstr (g_ptr_array_index (row, 10), ==, "Line one\nLine two, \"quoted\"");

  /* Cancelled, and its formula-like title defused */
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (g_ptr_array_index (row, 1), ==, "'=HYPERLINK(\"x\")");
  g_assert_cmpstr (g_ptr_array_index (row, 3), ==, "Cancelled");

  /* Not scheduled: no times, last */
  row = g_ptr_array_index (rows, 3);
  g_assert_cmpstr (g_ptr_array_index (row, 1), ==, "Not yet");
  g_assert_cmpstr (g_ptr_array_index (row, 4), ==, "");
  g_assert_cmpstr (g_ptr_array_index (row, 8), ==, "Not scheduled");

  /* The export keeps no session alive, for every day or one */
  {
    g_autoptr(GBytes) one_day = NULL;
    PodiumExportOptions options = { .day = PODIUM_DATE_NONE };
    GListModel *sessions = podium_document_get_sessions (document);
    guint n = g_list_model_get_n_items (sessions);
    gpointer *alive = g_new0 (gpointer, n);

    g_assert_true (podium_time_parse_date ("2024-03-01", &options.day));
    one_day = podium_csv_export (document, &options, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < n; i++)
      {
        alive[i] = g_list_model_get_item (sessions, i);
        g_object_unref (alive[i]);
        g_object_add_weak_pointer (alive[i], &alive[i]);
      }
    g_assert_finalize_object (g_steal_pointer (&document));
    for (guint i = 0; i < n; i++)
      g_assert_null (alive[i]);
    g_free (alive);
  }
}

/* A track with a comma is one category, and the calendar's name is escaped like every text
 * (libical writes both raw) */
static void
test_ics_categories (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "findings",
                                                 "ics-categories-comma.podium.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodiumDocument) document = podium_json_read_file (file, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *unfolded = NULL;
  g_autoptr(GRegex) fold = g_regex_new ("\r\n[ \t]", 0, 0, NULL);
  PodiumSession *session;

  g_assert_no_error (error);
  bytes = podium_ics_export (document, NULL, &error);
  g_assert_no_error (error);
  text = export_text (bytes);
  assert_lines (text);
  g_assert_nonnull (strstr (text, "\r\nCATEGORIES:Ethics\\, Society & Politics\r\n"));
  g_assert_nonnull (strstr (text, "\r\nX-WR-CALNAME:Conf\\; with\\, punctuation\r\n"));

  /* A long one is folded between characters, and unfolds to the escaped text */
  session = g_list_model_get_item (podium_document_get_sessions (document), 0);
  podium_document_edit (document, session, "track", LONG_TITLE, NULL);
  g_object_unref (session);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&text, g_free);
  bytes = podium_ics_export (document, NULL, &error);
  g_assert_no_error (error);
  text = export_text (bytes);
  assert_lines (text);
  unfolded = g_regex_replace_literal (fold, text, -1, 0, "", 0, NULL);
  g_assert_nonnull (strstr (unfolded, "\r\nCATEGORIES:Ein sehr langer Titel\\, der über die "
                                      "Zeilengrenze hinausgeht\\; mit Komma\\, Semikolon\\; "
                                      "Backslash \\\\ und\\nZeilenumbruch – äöü ß € 🎤 und noch "
                                      "mehr Text\\, damit er zweimal gefaltet wird\r\n"));
}

/* Cells a spreadsheet would run as formulas are defused in every column, the id too, and
 * after a tab, a carriage return or spaces */
static void
test_csv_formulas (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "findings",
                                                 "csv-formula-in-id.podium.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodiumDocument) document = podium_json_read_file (file, &error);
  const char *titles[] = { "\t=1+1", "\r=1+1", "  =1+1", " @SUM(A1)", "-2+3", "+1" };
  g_autoptr(PodiumSession) session = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  session = g_list_model_get_item (podium_document_get_sessions (document), 1);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_clear_pointer (&bytes, g_bytes_unref);
      g_clear_pointer (&rows, g_ptr_array_unref);
      g_clear_pointer (&text, g_free);
      podium_document_edit (document, session, "title", titles[i], NULL);
      bytes = podium_csv_export (document, NULL, &error);
      g_assert_no_error (error);
      text = export_text (bytes);
      rows = parse_csv (text);
      {
        GPtrArray *first = g_ptr_array_index (rows, 1);
        GPtrArray *second = g_ptr_array_index (rows, 2);
        const char *title = g_ptr_array_index (second, 1);

        g_assert_cmpstr (g_ptr_array_index (first, 0), ==,
                         "'=HYPERLINK(\"http://evil.example/\",\"click\")");
        g_assert_cmpint (title[0], ==, '\'');
        g_assert_cmpstr (title + 1, ==, titles[i]);
      }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ics/example", test_ics_example);
  g_test_add_func ("/ics/escaping", test_ics_escaping);
  g_test_add_func ("/ics/categories", test_ics_categories);
  g_test_add_func ("/csv/table", test_csv);
  g_test_add_func ("/csv/formulas", test_csv_formulas);

  return g_test_run ();
}
