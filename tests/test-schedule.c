/* test-schedule.c — the rules of the conference's days and the grid's lanes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-model.h"

static gint64
at (const char *text)
{
  gint64 time = PODIUM_TIME_NONE;

  g_assert_true (podium_time_parse (text, &time));
  return time;
}

static int
date (const char *text)
{
  int value = PODIUM_DATE_NONE;

  g_assert_true (podium_time_parse_date (text, &value));
  return value;
}

static PodiumConference *
conference_new (const char *day_start,
                const char *day_end)
{
  int start = 0, end = 0;

  g_assert_true (podium_time_parse_clock (day_start, &start));
  g_assert_true (podium_time_parse_clock (day_end, &end));
  return g_object_new (PODIUM_TYPE_CONFERENCE,
                       "start-date", date ("2023-11-20"), "end-date", date ("2023-11-21"),
                       "day-start", start, "day-end", end, NULL);
}

static void
assert_day_of (PodiumConference *conference,
               const char       *time,
               const char       *expected)
{
  g_autofree char *got = podium_time_format_date (podium_schedule_day_of (conference, at (time)));

  if (g_strcmp0 (got, expected) != 0)
    g_error ("%s belongs to %s, not %s", time, got, expected);
}

static void
assert_bounds (PodiumConference *conference,
               const char       *day,
               const char       *first,
               const char       *last)
{
  gint64 a = PODIUM_TIME_NONE, b = PODIUM_TIME_NONE;
  g_autofree char *got_first = NULL;
  g_autofree char *got_last = NULL;

  podium_schedule_day_bounds (conference, date (day), &a, &b);
  got_first = podium_time_format (a);
  got_last = podium_time_format (b);
  g_assert_cmpstr (got_first, ==, first);
  g_assert_cmpstr (got_last, ==, last);
  /* Every time within the bounds is of that day; past midnight, its end starts the next */
  g_assert_cmpint (podium_schedule_day_of (conference, a), ==, date (day));
  g_assert_cmpint (podium_schedule_day_of (conference, b - 1), ==, date (day));
  if (podium_time_get_date (b) != date (day))
    g_assert_cmpint (podium_schedule_day_of (conference, b), ==, date (day) + 1);
}

static void
test_day_past_midnight (void)
{
  g_autoptr(PodiumConference) conference = conference_new ("18:00", "02:00");

  assert_day_of (conference, "2023-11-20T18:00", "2023-11-20");
  assert_day_of (conference, "2023-11-20T23:59", "2023-11-20");
  assert_day_of (conference, "2023-11-21T00:00", "2023-11-20");
  assert_day_of (conference, "2023-11-21T00:30", "2023-11-20");
  assert_day_of (conference, "2023-11-21T01:59", "2023-11-20");
  /* Exactly at the day's end: the next day's, early */
  assert_day_of (conference, "2023-11-21T02:00", "2023-11-21");
  /* Before the day's start: its own date's, early */
  assert_day_of (conference, "2023-11-21T09:00", "2023-11-21");
  assert_day_of (conference, "2023-11-21T17:59", "2023-11-21");
  /* The small hours after the last day are still the last day's */
  assert_day_of (conference, "2023-11-22T00:30", "2023-11-21");

  assert_bounds (conference, "2023-11-20", "2023-11-20T18:00", "2023-11-21T02:00");
  /* Across a month's end */
  assert_bounds (conference, "2023-11-30", "2023-11-30T18:00", "2023-12-01T02:00");
}

static void
test_day_ending_at_midnight (void)
{
  g_autoptr(PodiumConference) conference = conference_new ("18:00", "00:00");

  assert_day_of (conference, "2023-11-20T23:59", "2023-11-20");
  assert_day_of (conference, "2023-11-21T00:00", "2023-11-21");
  assert_bounds (conference, "2023-11-20", "2023-11-20T18:00", "2023-11-21T00:00");
}

static void
test_day_within_its_date (void)
{
  g_autoptr(PodiumConference) conference = conference_new ("09:00", "18:00");

  assert_day_of (conference, "2023-11-20T00:00", "2023-11-20");
  assert_day_of (conference, "2023-11-20T00:30", "2023-11-20");   /* before the start */
  assert_day_of (conference, "2023-11-20T09:00", "2023-11-20");
  assert_day_of (conference, "2023-11-20T18:00", "2023-11-20");   /* at the end */
  assert_day_of (conference, "2023-11-20T23:59", "2023-11-20");
  assert_bounds (conference, "2023-11-20", "2023-11-20T09:00", "2023-11-20T18:00");
}

static void
test_day_of_24_hours (void)
{
  g_autoptr(PodiumConference) from_midnight = conference_new ("00:00", "00:00");
  g_autoptr(PodiumConference) from_six = conference_new ("06:00", "06:00");

  assert_day_of (from_midnight, "2023-11-20T00:00", "2023-11-20");
  assert_day_of (from_midnight, "2023-11-20T23:59", "2023-11-20");
  assert_bounds (from_midnight, "2023-11-20", "2023-11-20T00:00", "2023-11-21T00:00");

  assert_day_of (from_six, "2023-11-21T05:59", "2023-11-20");
  assert_bounds (from_six, "2023-11-20", "2023-11-20T06:00", "2023-11-21T06:00");
}

static void
test_conference_days (void)
{
  g_autoptr(PodiumConference) conference = conference_new ("18:00", "02:00");
  g_autoptr(PodiumConference) open = g_object_new (PODIUM_TYPE_CONFERENCE, NULL);

  g_assert_false (podium_schedule_is_conference_day (conference, date ("2023-11-19")));
  g_assert_true (podium_schedule_is_conference_day (conference, date ("2023-11-20")));
  g_assert_true (podium_schedule_is_conference_day (conference, date ("2023-11-21")));
  g_assert_false (podium_schedule_is_conference_day (conference, date ("2023-11-22")));
  g_assert_false (podium_schedule_is_conference_day (conference, PODIUM_DATE_NONE));
  /* Without dates, every day may be one */
  g_assert_true (podium_schedule_is_conference_day (open, date ("2023-11-22")));
}

static PodiumRoom *
add_room (PodiumDocument *document,
          const char     *name)
{
  g_autoptr(PodiumRoom) room = g_object_new (PODIUM_TYPE_ROOM, "id", name, "name", name, NULL);

  podium_document_add (document, room);
  return room;   /* the document holds it */
}

static PodiumSession *
add_session (PodiumDocument *document,
             const char     *title,
             const char     *start,
             int             duration,
             PodiumRoom     *room)
{
  g_autoptr(PodiumSession) session = NULL;

  session = g_object_new (PODIUM_TYPE_SESSION, "id", title, "title", title,
                          "start", start ? at (start) : PODIUM_TIME_NONE, "duration", duration,
                          "room", room, "all-rooms", room == NULL, NULL);
  podium_document_add (document, session);
  return session;   /* the document holds it */
}

static char *
titles (GPtrArray *sessions)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < sessions->len; i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "",
                            podium_session_get_title (g_ptr_array_index (sessions, i)));
  return g_string_free (out, FALSE);
}

static void
test_sessions_on_day (void)
{
  g_autoptr(PodiumDocument) document = podium_document_new ();
  PodiumRoom *cellar = add_room (document, "cellar");
  PodiumRoom *attic = add_room (document, "attic");   /* the grid's order: cellar, attic */
  PodiumConference *conference = podium_document_get_conference (document);
  struct { const char *day; const char *titles; } cases[] = {
    { "2023-11-19", "" },
    { "2023-11-20", "Early, Welcome, Cellar talk, Attic talk, Midnight, Late" },
    { "2023-11-21", "Morning, Second night" },
  };

  g_object_set (conference, "start-date", date ("2023-11-20"), "end-date", date ("2023-11-21"),
                "day-start", 18 * 60, "day-end", 2 * 60, NULL);

  /* Added out of order: the result is sorted, not the document's order */
  add_session (document, "Second night", "2023-11-21T19:00", 30, cellar);
  add_session (document, "Midnight", "2023-11-21T00:30", 30, cellar);
  add_session (document, "Late", "2023-11-21T01:59", 30, cellar);
  add_session (document, "Morning", "2023-11-21T02:00", 30, cellar);   /* at the end */
  add_session (document, "Attic talk", "2023-11-20T19:00", 30, attic);
  add_session (document, "Cellar talk", "2023-11-20T19:00", 30, cellar);
  add_session (document, "Welcome", "2023-11-20T19:00", 10, NULL);      /* in every room */
  add_session (document, "Early", "2023-11-20T10:00", 30, cellar);      /* before the start */
  add_session (document, "Unscheduled", NULL, 30, cellar);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) on_day = podium_schedule_sessions_on_day (document, date (cases[i].day));
      g_autofree char *got = titles (on_day);

      g_assert_cmpstr (got, ==, cases[i].titles);
    }

  {
    g_autoptr(GPtrArray) every = podium_schedule_sessions_on_day (document, PODIUM_DATE_NONE);
    g_autofree char *got = titles (every);

    g_assert_cmpstr (got, ==, "Early, Welcome, Cellar talk, Attic talk, Midnight, Late, "
                              "Morning, Second night");
  }

  g_assert_finalize_object (g_steal_pointer (&document));
}

/* "A 0/2, B 1/2, …": each session's lane and its group's lanes, in the order given */
static char *
lanes_text (PodiumDocument *document,
            GPtrArray      *sessions)
{
  g_autoptr(GArray) lanes = podium_schedule_lay_out_lanes (document, sessions);
  GString *out = g_string_new (NULL);

  g_assert_cmpuint (lanes->len, ==, sessions->len);
  for (guint i = 0; i < lanes->len; i++)
    {
      PodiumScheduleLane *lane = &g_array_index (lanes, PodiumScheduleLane, i);

      g_string_append_printf (out, "%s%s %d/%d", i ? ", " : "",
                              podium_session_get_title (g_ptr_array_index (sessions, i)),
                              lane->lane, lane->lanes);
    }
  return g_string_free (out, FALSE);
}

static void
test_lanes (void)
{
  g_autoptr(PodiumDocument) document = podium_document_new ();
  PodiumRoom *cellar = add_room (document, "cellar");
  PodiumRoom *attic = add_room (document, "attic");
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  PodiumSession *a, *b, *c, *d, *e, *f, *g, *h, *all, *none;
  char *text;

  /* An empty list has no lanes */
  text = lanes_text (document, sessions);
  g_assert_cmpstr (text, ==, "");
  g_free (text);

  /* The chain A–B–C: A and C do not overlap, yet the three share two lanes */
  a = add_session (document, "A", "2023-11-20T10:00", 60, cellar);
  b = add_session (document, "B", "2023-11-20T10:30", 60, cellar);
  c = add_session (document, "C", "2023-11-20T11:00", 60, cellar);
  /* D starts as C ends: a group of its own */
  d = add_session (document, "D", "2023-11-20T12:00", 30, cellar);
  /* Same start: the longer first; then one inside it, once a lane is free */
  e = add_session (document, "E", "2023-11-20T14:00", 30, cellar);
  f = add_session (document, "F", "2023-11-20T14:00", 90, cellar);
  g = add_session (document, "G", "2023-11-20T14:30", 30, cellar);
  /* Another room at the same time as A: does not share the cellar's lanes */
  h = add_session (document, "H", "2023-11-20T10:00", 60, attic);
  /* In every room, and unscheduled: alone */
  all = add_session (document, "All", "2023-11-20T10:00", 120, NULL);
  none = add_session (document, "None", NULL, 30, cellar);

  /* Given in an order the layout must not depend on */
  g_ptr_array_add (sessions, g);
  g_ptr_array_add (sessions, c);
  g_ptr_array_add (sessions, all);
  g_ptr_array_add (sessions, a);
  g_ptr_array_add (sessions, e);
  g_ptr_array_add (sessions, h);
  g_ptr_array_add (sessions, d);
  g_ptr_array_add (sessions, b);
  g_ptr_array_add (sessions, none);
  g_ptr_array_add (sessions, f);
  text = lanes_text (document, sessions);
  g_assert_cmpstr (text, ==,
                   "G 1/2, C 0/2, All 0/1, A 0/2, E 1/2, H 0/1, D 0/1, B 1/2, None 0/1, F 0/2");
  g_free (text);

  /* Three at once need three lanes; a fourth takes the lane of the one that has ended */
  {
    g_autoptr(GPtrArray) three = g_ptr_array_new ();
    PodiumSession *p = add_session (document, "P", "2023-11-21T10:00", 30, attic);
    PodiumSession *q = add_session (document, "Q", "2023-11-21T10:00", 60, attic);
    PodiumSession *r = add_session (document, "R", "2023-11-21T10:15", 60, attic);
    PodiumSession *s = add_session (document, "S", "2023-11-21T10:30", 15, attic);

    g_ptr_array_add (three, p);
    g_ptr_array_add (three, q);
    g_ptr_array_add (three, r);
    g_ptr_array_add (three, s);
    text = lanes_text (document, three);
    g_assert_cmpstr (text, ==, "P 1/3, Q 0/3, R 2/3, S 1/3");
    g_free (text);
  }

  /* Two sessions of equal times: the one given first takes the left lane */
  {
    g_autoptr(GPtrArray) twins = g_ptr_array_new ();
    PodiumSession *x = add_session (document, "X", "2023-11-21T15:00", 30, attic);
    PodiumSession *y = add_session (document, "Y", "2023-11-21T15:00", 30, attic);

    g_ptr_array_add (twins, y);
    g_ptr_array_add (twins, x);
    text = lanes_text (document, twins);
    g_assert_cmpstr (text, ==, "Y 0/2, X 1/2");
    g_free (text);
  }

  g_ptr_array_set_size (sessions, 0);
  g_assert_finalize_object (g_steal_pointer (&document));
}

/* With one room, or none, the grid has one column: sessions in every room share it */
static void
test_lanes_of_one_column (void)
{
  for (guint n_rooms = 0; n_rooms <= 1; n_rooms++)
    {
      g_autoptr(PodiumDocument) document = podium_document_new ();
      PodiumRoom *hall = n_rooms ? add_room (document, "hall") : NULL;
      g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
      char *text;

      g_ptr_array_add (sessions, add_session (document, "Welcome", "2023-11-20T10:00", 60, NULL));
      if (hall != NULL)
        g_ptr_array_add (sessions, add_session (document, "Talk", "2023-11-20T10:30", 60, hall));
      else
        g_ptr_array_add (sessions, add_session (document, "Talk", "2023-11-20T10:30", 60, NULL));
      text = lanes_text (document, sessions);
      g_assert_cmpstr (text, ==, "Welcome 0/2, Talk 1/2");
      g_free (text);

      g_ptr_array_set_size (sessions, 0);
      g_assert_finalize_object (g_steal_pointer (&document));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/day/past-midnight", test_day_past_midnight);
  g_test_add_func ("/schedule/day/ending-at-midnight", test_day_ending_at_midnight);
  g_test_add_func ("/schedule/day/within-its-date", test_day_within_its_date);
  g_test_add_func ("/schedule/day/24-hours", test_day_of_24_hours);
  g_test_add_func ("/schedule/day/conference-days", test_conference_days);
  g_test_add_func ("/schedule/sessions-on-day", test_sessions_on_day);
  g_test_add_func ("/schedule/lanes", test_lanes);
  g_test_add_func ("/schedule/lanes/one-column", test_lanes_of_one_column);

  return g_test_run ();
}
