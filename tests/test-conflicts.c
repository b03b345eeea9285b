/* test-conflicts.c — every rule of docs/design.md §7, just triggered and just not; acknowledging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "podium-conflicts.h"
#include "podium-json.h"
#include "podium-model.h"

/* Minimal plans, built in code: one conference day, 2023-11-20, 09:00–18:00 */

static int
day (void)
{
  int date;

  g_assert_true (podium_time_parse_date ("2023-11-20", &date));
  return date;
}

/* "10:30" on the conference day, "+1 01:00" on the day after */
static gint64
at (const char *clock)
{
  int offset = 0;
  int minutes;

  if (g_str_has_prefix (clock, "+1 "))
    {
      offset = 1;
      clock += 3;
    }
  g_assert_true (podium_time_parse_clock (clock, &minutes));
  return podium_time_from_date (day () + offset, minutes);
}

static PodiumDocument *
new_plan (void)
{
  PodiumDocument *doc = podium_document_new ();

  podium_document_edit (doc, podium_document_get_conference (doc),
                        "title", "Test",
                        "start-date", day (),
                        "end-date", day (),
                        "day-start", 9 * 60,
                        "day-end", 18 * 60,
                        NULL);
  return doc;
}

static PodiumRoom *
add_room (PodiumDocument  *doc,
          const char      *name,
          int              capacity,
          PodiumEquipment  equipment)
{
  g_autoptr(PodiumRoom) room = g_object_new (PODIUM_TYPE_ROOM,
                                             "name", name,
                                             "capacity", capacity,
                                             "equipment", equipment,
                                             NULL);

  podium_document_add (doc, room);
  return room;  /* the document holds it */
}

static PodiumPerson *
add_person (PodiumDocument *doc,
            const char     *honorific,
            const char     *name)
{
  g_autoptr(PodiumPerson) person = g_object_new (PODIUM_TYPE_PERSON,
                                                 "name", name,
                                                 "honorific", honorific,
                                                 NULL);

  podium_document_add (doc, person);
  return person;
}

static PodiumOrganization *
add_organization (PodiumDocument *doc,
                  const char     *short_name)
{
  g_autoptr(PodiumOrganization) org = g_object_new (PODIUM_TYPE_ORGANIZATION,
                                                    "name", short_name,
                                                    "short-name", short_name,
                                                    NULL);

  podium_document_add (doc, org);
  return org;
}

/* A draft talk; @room NULL with a @start means "all rooms", @start NULL unscheduled */
static PodiumSession *
add_session (PodiumDocument    *doc,
             const char        *title,
             PodiumSessionKind  kind,
             PodiumRoom        *room,
             const char        *start,
             int                duration)
{
  g_autoptr(PodiumSession) session = g_object_new (PODIUM_TYPE_SESSION,
                                                   "title", title,
                                                   "kind", kind,
                                                   "duration", duration,
                                                   NULL);

  if (start != NULL)
    g_object_set (session,
                  "start", at (start),
                  "room", room,
                  "all-rooms", room == NULL,
                  NULL);
  if (kind == PODIUM_SESSION_VIDEO_MESSAGE)
    g_object_set (podium_session_get_video (session), "status", PODIUM_VIDEO_APPROVED, NULL);
  podium_document_add (doc, session);
  return session;
}

static void
move (PodiumDocument *doc,
      PodiumSession  *session,
      PodiumRoom     *room,
      const char     *start)
{
  podium_document_move (doc, session, room, at (start));
}

/* The rules of the current conflicts in list order, "room-overlap,unscheduled" */
static char *
rules (PodiumConflicts *conflicts)
{
  GString *str = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (conflicts));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumConflict) conflict = g_list_model_get_item (G_LIST_MODEL (conflicts), i);

      g_test_message ("%s: %s (%s)", podium_conflict_get_rule (conflict),
                      podium_conflict_get_message (conflict), podium_conflict_get_key (conflict));
      g_string_append_printf (str, "%s%s", i ? "," : "", podium_conflict_get_rule (conflict));
    }
  return g_string_free (str, FALSE);
}

#define assert_rules(conflicts, expected) \
  G_STMT_START { \
    g_autofree char *_rules = rules (conflicts); \
    g_assert_cmpstr (_rules, ==, expected); \
  } G_STMT_END

static void
assert_message (PodiumConflicts *conflicts,
                const char      *expected)
{
  g_autoptr(PodiumConflict) conflict = g_list_model_get_item (G_LIST_MODEL (conflicts), 0);

  g_assert_nonnull (conflict);
  g_assert_cmpstr (podium_conflict_get_message (conflict), ==, expected);
}

static void
finish (PodiumConflicts *conflicts,
        PodiumDocument  *doc)
{
  g_assert_finalize_object (conflicts);
  g_assert_finalize_object (doc);
}

/* room-overlap */

static void
test_room_overlap (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Plenarsaal", 0, 0);
  PodiumRoom *other = add_room (doc, "Foyer", 0, 0);
  PodiumSession *a = add_session (doc, "Welcome", PODIUM_SESSION_TALK, room, "10:00", 30);
  PodiumSession *b = add_session (doc, "Keynote", PODIUM_SESSION_TALK, room, "10:30", 30);

  /* Touching at 10:30 is not overlapping */
  assert_rules (conflicts, "");

  move (doc, b, room, "10:15");
  assert_rules (conflicts, "room-overlap");
  assert_message (conflicts, "“Welcome” and “Keynote” overlap in Plenarsaal (10:15–10:30)");
  {
    g_autoptr(PodiumConflict) conflict = g_list_model_get_item (G_LIST_MODEL (conflicts), 0);

    g_assert_cmpint (podium_conflict_get_severity (conflict), ==, PODIUM_SEVERITY_ERROR);
    g_assert_cmpuint (podium_conflict_get_sessions (conflict)->len, ==, 2);
    g_assert_true (g_ptr_array_index (podium_conflict_get_sessions (conflict), 0) == a);
    g_assert_true (podium_conflict_involves (conflict, b));
    g_assert_cmpint (podium_conflict_get_start (conflict), ==, at ("10:00"));
  }

  /* A session inside another one, and a third overlapping both: one group */
  add_session (doc, "Lightning", PODIUM_SESSION_TALK, room, "10:20", 5);
  assert_rules (conflicts, "room-overlap");
  assert_message (conflicts, "3 sessions overlap in Plenarsaal (10:15–10:30): “Welcome”, "
                             "“Keynote”, “Lightning”");

  podium_document_undo (doc);
  move (doc, b, other, "10:15");
  assert_rules (conflicts, "");

  finish (conflicts, doc);
}

/* N sessions at one time in one room are one problem, not N(N−1)/2, and so are a person's
 * N bookings at once: the check grows with the plan, whatever it holds (2,000 sessions
 * gave 1,999,000 problems before). A group is accepted as a whole, until it changes. */
static void
test_overlap_groups (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Raum A", 0, 0);
  PodiumRoom *other = add_room (doc, "Raum B", 0, 0);
  PodiumPerson *behr = add_person (doc, NULL, "Michael Behr");
  PodiumSession *first = NULL, *last = NULL;
  g_autoptr(PodiumConflict) conflict = NULL;

  podium_document_begin (doc, "many");
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *title = g_strdup_printf ("Talk %u", i + 1);

      last = add_session (doc, title, PODIUM_SESSION_TALK, room, "10:00", 30);
      first = first ? first : last;
    }
  podium_document_end (doc);
  assert_rules (conflicts, "room-overlap");
  assert_message (conflicts, "2000 sessions overlap in Raum A (10:00–10:30): “Talk 1”, "
                             "“Talk 2”, “Talk 3” and 1997 more");
  conflict = g_list_model_get_item (G_LIST_MODEL (conflicts), 0);
  g_assert_cmpuint (podium_conflict_get_sessions (conflict)->len, ==, 2000);
  g_assert_true (podium_conflict_involves (conflict, last));
  g_clear_object (&conflict);

  /* Accepted as a group; a session more is a new group that warns again */
  conflict = g_list_model_get_item (G_LIST_MODEL (conflicts), 0);
  podium_conflicts_acknowledge (conflicts, conflict);
  g_clear_object (&conflict);
  assert_rules (conflicts, "");
  add_session (doc, "One more", PODIUM_SESSION_TALK, room, "10:15", 30);
  assert_rules (conflicts, "room-overlap");
  podium_document_undo (doc);
  assert_rules (conflicts, "");
  podium_document_undo (doc);
  assert_rules (conflicts, "room-overlap");

  /* One person in three rooms at once: one problem naming the three */
  podium_document_undo (doc);
  {
    PodiumSession *a = add_session (doc, "Welcome", PODIUM_SESSION_TALK, room, "14:00", 30);
    PodiumSession *b = add_session (doc, "Panel", PODIUM_SESSION_TALK, other, "14:10", 30);
    PodiumSession *c = add_session (doc, "Talk", PODIUM_SESSION_TALK, NULL, "14:20", 30);

    podium_document_add_role (doc, a, PODIUM_ROLE_SPEAKER, behr, NULL);
    podium_document_add_role (doc, b, PODIUM_ROLE_SPEAKER, behr, NULL);
    podium_document_add_role (doc, c, PODIUM_ROLE_SPEAKER, behr, NULL);
    assert_rules (conflicts, "person-double-booked,room-overlap,room-overlap");
    assert_message (conflicts, "Michael Behr is booked for 3 sessions at once (14:10–14:40): "
                               "“Welcome”, “Panel”, “Talk”");
  }

  finish (conflicts, doc);
}

static void
test_room_overlap_all_rooms (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room1 = add_room (doc, "Room 1", 0, 0);
  PodiumRoom *room2 = add_room (doc, "Room 2", 0, 0);
  PodiumSession *coffee = add_session (doc, "Coffee", PODIUM_SESSION_BREAK, NULL, "10:30", 30);
  PodiumSession *a = add_session (doc, "Talk A", PODIUM_SESSION_TALK, room1, "10:00", 30);
  PodiumSession *b = add_session (doc, "Talk B", PODIUM_SESSION_TALK, room2, "11:00", 30);

  assert_rules (conflicts, "");

  /* An all-rooms session overlaps every room */
  move (doc, a, room1, "10:45");
  assert_rules (conflicts, "room-overlap");
  assert_message (conflicts, "“Coffee” and “Talk A” overlap in Room 1 (10:45–11:00)");
  move (doc, b, room2, "10:50");
  assert_rules (conflicts, "room-overlap,room-overlap");

  /* Two all-rooms sessions are one conflict, not one per room */
  move (doc, a, room1, "12:00");
  move (doc, b, room2, "12:00");
  add_session (doc, "Lunch", PODIUM_SESSION_MEAL, NULL, "10:45", 60);
  assert_rules (conflicts, "room-overlap");
  assert_message (conflicts, "“Coffee” and “Lunch” both span all rooms and overlap (10:45–11:00)");

  podium_document_undo (doc);
  add_session (doc, "Lunch", PODIUM_SESSION_MEAL, NULL, "11:00", 60);
  assert_rules (conflicts, "");
  g_assert_true (podium_session_get_all_rooms (coffee));

  finish (conflicts, doc);
}

/* person-double-booked and tight-room-change */

static void
test_person_double_booked (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room1 = add_room (doc, "Room 1", 0, 0);
  PodiumRoom *room2 = add_room (doc, "Room 2", 0, 0);
  PodiumPerson *behr = add_person (doc, "Prof.", "Michael Behr");
  PodiumOrganization *thaff = add_organization (doc, "ThAFF");
  PodiumSession *a = add_session (doc, "Welcome", PODIUM_SESSION_TALK, room1, "10:00", 30);
  PodiumSession *b = add_session (doc, "Workshop", PODIUM_SESSION_TALK, room1, "10:30", 30);

  /* Two roles in one session are fine */
  podium_document_add_role (doc, a, PODIUM_ROLE_SPEAKER, behr, NULL);
  podium_document_add_role (doc, a, PODIUM_ROLE_MODERATOR, behr, NULL);
  /* Back to back in the same room: no room change at all */
  podium_document_add_role (doc, b, PODIUM_ROLE_SPEAKER, behr, NULL);
  assert_rules (conflicts, "");

  move (doc, b, room2, "10:20");
  assert_rules (conflicts, "person-double-booked");
  assert_message (conflicts,
                  "Prof. Michael Behr is booked for both “Welcome” and “Workshop” (10:20–10:30)");

  /* A role held by an organisation only books no one */
  podium_document_undo (doc);
  podium_document_undo (doc);
  {
    PodiumSession *c = add_session (doc, "Panel", PODIUM_SESSION_TALK, room2, "10:00", 30);

    podium_document_add_role (doc, c, PODIUM_ROLE_MODERATOR, NULL, thaff);
    podium_document_add_role (doc, a, PODIUM_ROLE_IMPULSE, NULL, thaff);
  }
  assert_rules (conflicts, "");

  finish (conflicts, doc);
}

static void
test_tight_room_change (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room1 = add_room (doc, "Plenarsaal", 0, 0);
  PodiumRoom *room2 = add_room (doc, "Room 2", 0, 0);
  PodiumPerson *wosche = add_person (doc, NULL, "Sabine Wosche");
  PodiumSession *a = add_session (doc, "Welcome", PODIUM_SESSION_TALK, room1, "10:00", 30);
  PodiumSession *b = add_session (doc, "Workshop", PODIUM_SESSION_TALK, room2, "10:40", 30);

  podium_document_add_role (doc, a, PODIUM_ROLE_SPEAKER, wosche, NULL);
  podium_document_add_role (doc, b, PODIUM_ROLE_SPEAKER, wosche, NULL);

  /* Exactly ten minutes to change rooms is enough */
  assert_rules (conflicts, "");

  move (doc, b, room2, "10:39");
  assert_rules (conflicts, "tight-room-change");
  assert_message (conflicts, "Sabine Wosche has 9 minutes to get from “Welcome” in Plenarsaal "
                             "to “Workshop” in Room 2");
  g_assert_cmpuint (podium_conflicts_get_count_for_severity (conflicts, PODIUM_SEVERITY_INFO), ==, 1);

  move (doc, b, room2, "10:30");
  assert_message (conflicts, "Sabine Wosche has 0 minutes to get from “Welcome” in Plenarsaal "
                             "to “Workshop” in Room 2");

  /* The same room needs no time */
  move (doc, b, room1, "10:30");
  assert_rules (conflicts, "");

  finish (conflicts, doc);
}

/* person-unavailable */

static void
set_availability (PodiumDocument *doc,
                  PodiumPerson   *person,
                  const char     *from,
                  ...)
{
  g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_span_free);
  va_list args;

  va_start (args, from);
  for (const char *start = from; start != NULL; start = va_arg (args, const char *))
    g_ptr_array_add (spans, podium_span_new (at (start), at (va_arg (args, const char *))));
  va_end (args);

  podium_document_edit (doc, person, "availability", spans, NULL);
}

static void
test_person_unavailable (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Plenarsaal", 0, 0);
  PodiumPerson *dulig = add_person (doc, NULL, "Martin Dulig");
  PodiumSession *a = add_session (doc, "Panel", PODIUM_SESSION_TALK, room, "11:30", 30);

  podium_document_add_role (doc, a, PODIUM_ROLE_SPEAKER, dulig, NULL);
  /* No windows: always available */
  assert_rules (conflicts, "");

  set_availability (doc, dulig, "09:00", "12:00", NULL);
  assert_rules (conflicts, "");

  podium_document_resize (doc, a, 31);
  assert_rules (conflicts, "person-unavailable");
  assert_message (conflicts, "Martin Dulig is not available for “Panel” (11:30–12:01)");

  /* Touching windows join up */
  set_availability (doc, dulig, "12:00", "13:00", "09:00", "12:00", NULL);
  assert_rules (conflicts, "");
  set_availability (doc, dulig, "12:05", "13:00", "09:00", "12:00", NULL);
  assert_rules (conflicts, "person-unavailable");

  finish (conflicts, doc);
}

/* moderation-missing */

static void
test_moderation_missing (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Themenraum 1", 0, 0);
  PodiumOrganization *thaff = add_organization (doc, "ThAFF");
  PodiumPerson *werner = add_person (doc, NULL, "Heidi Werner");
  PodiumSession *breakout, *panel, *workshop;

  add_session (doc, "Talk", PODIUM_SESSION_TALK, room, "09:00", 30);
  breakout = add_session (doc, "Pendler", PODIUM_SESSION_BREAKOUT, room, "10:00", 60);
  panel = add_session (doc, "Results", PODIUM_SESSION_PANEL, room, "11:00", 60);
  workshop = add_session (doc, "Hands on", PODIUM_SESSION_WORKSHOP, NULL, NULL, 60);
  assert_rules (conflicts, "moderation-missing,moderation-missing,moderation-missing");
  assert_message (conflicts, "“Pendler” has no moderator");

  /* An impulse or a panelist is no moderator; an organisation or a person moderating is */
  podium_document_add_role (doc, breakout, PODIUM_ROLE_IMPULSE, NULL, thaff);
  podium_document_add_role (doc, panel, PODIUM_ROLE_PANELIST, werner, NULL);
  assert_rules (conflicts, "moderation-missing,moderation-missing,moderation-missing");
  podium_document_add_role (doc, breakout, PODIUM_ROLE_MODERATOR, NULL, thaff);
  podium_document_add_role (doc, panel, PODIUM_ROLE_MODERATOR, werner, NULL);
  podium_document_add_role (doc, workshop, PODIUM_ROLE_MODERATOR, werner, NULL);
  assert_rules (conflicts, "");

  finish (conflicts, doc);
}

/* outside-conference-hours */

static void
test_outside_hours (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Plenarsaal", 0, 0);
  PodiumSession *a = add_session (doc, "Farewell", PODIUM_SESSION_TALK, room, "17:30", 30);
  PodiumSession *b = add_session (doc, "Doors", PODIUM_SESSION_TALK, room, "09:00", 15);

  /* 09:00 to 18:00 on the dot is inside */
  assert_rules (conflicts, "");

  podium_document_resize (doc, a, 31);
  assert_rules (conflicts, "outside-conference-hours");
  assert_message (conflicts, "“Farewell” (17:30–18:01) is outside the conference hours (09:00–18:00)");
  podium_document_undo (doc);

  move (doc, b, room, "08:55");
  assert_rules (conflicts, "outside-conference-hours");

  /* The day after the conference */
  move (doc, b, room, "+1 10:00");
  assert_rules (conflicts, "outside-conference-hours");
  assert_message (conflicts, "“Doors” is on Tuesday, 21 November 2023, which is not a day of "
                             "the conference");

  finish (conflicts, doc);
}

static void
test_outside_hours_past_midnight (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Club", 0, 0);
  PodiumSession *a = add_session (doc, "Late set", PODIUM_SESSION_TALK, room, "+1 01:00", 60);

  /* A day from 18:00 to 02:00: its night belongs to it */
  podium_document_edit (doc, podium_document_get_conference (doc),
                        "day-start", 18 * 60, "day-end", 2 * 60, NULL);
  assert_rules (conflicts, "");

  podium_document_resize (doc, a, 61);
  assert_rules (conflicts, "outside-conference-hours");
  assert_message (conflicts, "“Late set” (01:00–02:01) is outside the conference hours (18:00–02:00)");

  podium_document_resize (doc, a, 60);
  move (doc, a, room, "17:00");
  assert_rules (conflicts, "outside-conference-hours");

  /* The night after the last day is no conference day */
  move (doc, a, room, "+1 19:00");
  assert_rules (conflicts, "outside-conference-hours");

  finish (conflicts, doc);
}

/* room-capacity */

static void
test_room_capacity (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Themenraum 2", 25, 0);
  PodiumRoom *open = add_room (doc, "Garden", 0, 0);
  PodiumSession *a = add_session (doc, "Welcome Center", PODIUM_SESSION_TALK, room, "10:00", 60);
  PodiumSession *b = add_session (doc, "Plenary", PODIUM_SESSION_TALK, NULL, "12:00", 60);

  podium_document_edit (doc, a, "expected-attendance", 25, NULL);
  podium_document_edit (doc, b, "expected-attendance", 500, NULL);
  assert_rules (conflicts, "");

  podium_document_edit (doc, a, "expected-attendance", 26, NULL);
  assert_rules (conflicts, "room-capacity");
  assert_message (conflicts, "“Welcome Center” expects 26 people, but Themenraum 2 holds 25");

  /* A room of unknown size holds anyone */
  move (doc, a, open, "10:00");
  assert_rules (conflicts, "");

  finish (conflicts, doc);
}

/* video-missing, video-overrun, video-not-approved, room-equipment */

static void
set_missing_file (PodiumDocument *doc,
                  PodiumVideo    *video,
                  const char     *path)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_set_string (g_value_init (&value, G_TYPE_STRING), path);
  podium_document_update_fact (doc, video, "missing-file", &value);
}

static void
test_video_missing (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Plenarsaal", 0, PODIUM_EQUIPMENT_VIDEO_PLAYBACK);
  PodiumSession *a = add_session (doc, "Grußwort", PODIUM_SESSION_VIDEO_MESSAGE, room, "10:00", 5);
  PodiumVideo *video = podium_session_get_video (a);
  g_autofree char *saved = NULL;
  guint64 serial;

  assert_rules (conflicts, "video-missing");
  assert_message (conflicts, "The video message “Grußwort” has no video file");

  /* The rule reads no file (it runs on the main thread after every edit): a file nobody
   * has looked for yet counts as there, even one that is not */
  podium_document_edit (doc, video, "file", "/nonexistent/podium/dulig.webm", NULL);
  assert_rules (conflicts, "");
  podium_document_edit (doc, video, "file", "videos/dulig.webm", NULL);
  assert_rules (conflicts, "");

  /* The media code looked and did not find it: a fact, not an edit */
  podium_document_mark_saved (doc);
  serial = podium_document_get_undo_serial (doc);
  set_missing_file (doc, video, "videos/dulig.webm");
  assert_rules (conflicts, "video-missing");
  assert_message (conflicts, "The video file “videos/dulig.webm” of “Grußwort” is missing");
  g_assert_false (podium_document_get_modified (doc));
  g_assert_cmpuint (podium_document_get_undo_serial (doc), ==, serial);

  /* Another file is chosen: that one is not known to be missing; undoing the choice
   * brings back the file that is */
  podium_document_edit (doc, video, "file", "videos/dulig-neu.webm", NULL);
  assert_rules (conflicts, "");
  podium_document_undo (doc);
  assert_rules (conflicts, "video-missing");

  /* Found after all (put in place, looked for again) */
  set_missing_file (doc, video, NULL);
  assert_rules (conflicts, "");

  /* What was found on disk is not saved with the plan */
  set_missing_file (doc, video, "videos/dulig.webm");
  saved = podium_json_write (doc, NULL);
  g_assert_nonnull (strstr (saved, "videos/dulig.webm"));
  g_assert_null (strstr (saved, "missing"));

  finish (conflicts, doc);
}

static void
test_video_overrun (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Plenarsaal", 0, PODIUM_EQUIPMENT_VIDEO_PLAYBACK);
  PodiumSession *a = add_session (doc, "Grußwort", PODIUM_SESSION_VIDEO_MESSAGE, room, "10:00", 5);
  PodiumVideo *video = podium_session_get_video (a);

  podium_document_edit (doc, video, "file", "https://example.org/dulig.webm", NULL);
  /* Length unknown, then exactly the slot */
  assert_rules (conflicts, "");
  podium_document_edit (doc, video, "duration", 300, NULL);
  assert_rules (conflicts, "");

  podium_document_edit (doc, video, "duration", 301, NULL);
  assert_rules (conflicts, "video-overrun");
  assert_message (conflicts, "The video of “Grußwort” is 5:01 min long, but its slot is only 5 minutes");

  podium_document_resize (doc, a, 6);
  assert_rules (conflicts, "");

  finish (conflicts, doc);
}

static void
test_video_not_approved (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Plenarsaal", 0, PODIUM_EQUIPMENT_VIDEO_PLAYBACK);
  PodiumSession *a = add_session (doc, "Grußwort", PODIUM_SESSION_VIDEO_MESSAGE, room, "10:00", 5);
  PodiumVideo *video = podium_session_get_video (a);

  podium_document_edit (doc, video, "file", "https://example.org/dulig.webm", NULL);
  assert_rules (conflicts, "");

  podium_document_edit (doc, video, "status", PODIUM_VIDEO_CHECKED, NULL);
  assert_rules (conflicts, "video-not-approved");
  assert_message (conflicts, "The video of “Grußwort” is not approved yet (Checked)");
  g_assert_cmpuint (podium_conflicts_get_count_for_severity (conflicts, PODIUM_SEVERITY_INFO), ==, 1);

  /* Only video messages have videos that matter */
  podium_document_edit (doc, a, "kind", PODIUM_SESSION_TALK, NULL);
  assert_rules (conflicts, "");

  finish (conflicts, doc);
}

static void
test_room_equipment (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *plenary = add_room (doc, "Plenarsaal", 0, PODIUM_EQUIPMENT_VIDEO_PLAYBACK | PODIUM_EQUIPMENT_AUDIO);
  PodiumRoom *breakout = add_room (doc, "Themenraum 1", 0, PODIUM_EQUIPMENT_PROJECTOR);
  PodiumSession *a = add_session (doc, "Grußwort", PODIUM_SESSION_VIDEO_MESSAGE, plenary, "10:00", 5);

  podium_document_edit (doc, podium_session_get_video (a), "file", "https://example.org/a.webm", NULL);
  assert_rules (conflicts, "");

  move (doc, a, breakout, "10:00");
  assert_rules (conflicts, "room-equipment");
  assert_message (conflicts, "“Grußwort” plays a video, but Themenraum 1 has no video playback");

  finish (conflicts, doc);
}

/* unscheduled, cancelled */

static void
test_unscheduled (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Plenarsaal", 0, 0);
  PodiumSession *a = add_session (doc, "Closing", PODIUM_SESSION_TALK, NULL, NULL, 30);

  /* A draft may wait in the tray */
  assert_rules (conflicts, "");

  podium_document_edit (doc, a, "status", PODIUM_STATUS_CONFIRMED, NULL);
  assert_rules (conflicts, "unscheduled");
  assert_message (conflicts, "“Closing” is confirmed but not scheduled");

  /* A time without a room is not scheduled either */
  podium_document_edit (doc, a, "start", at ("10:00"), NULL);
  assert_rules (conflicts, "unscheduled");

  podium_document_schedule (doc, a, room, at ("10:00"), 30);
  assert_rules (conflicts, "");

  finish (conflicts, doc);
}

static void
test_cancelled (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Plenarsaal", 10, 0);
  PodiumPerson *behr = add_person (doc, "Prof.", "Michael Behr");
  PodiumSession *a = add_session (doc, "Welcome", PODIUM_SESSION_TALK, room, "10:00", 30);
  PodiumSession *b = add_session (doc, "Panel", PODIUM_SESSION_PANEL, room, "10:15", 30);
  PodiumSession *c = add_session (doc, "Video", PODIUM_SESSION_VIDEO_MESSAGE, NULL, NULL, 5);

  podium_document_add_role (doc, a, PODIUM_ROLE_SPEAKER, behr, NULL);
  podium_document_add_role (doc, b, PODIUM_ROLE_SPEAKER, behr, NULL);
  podium_document_edit (doc, b, "expected-attendance", 50, NULL);
  podium_document_edit (doc, c, "status", PODIUM_STATUS_CONFIRMED, NULL);
  g_assert_cmpuint (podium_conflicts_get_count (conflicts), ==, 6);

  podium_document_begin (doc, "Cancel");
  podium_document_edit (doc, b, "status", PODIUM_STATUS_CANCELLED, NULL);
  podium_document_edit (doc, c, "status", PODIUM_STATUS_CANCELLED, NULL);
  podium_document_end (doc);
  assert_rules (conflicts, "");

  finish (conflicts, doc);
}

/* Acknowledging */

static PodiumDocument *
save_and_load (PodiumDocument *doc)
{
  gsize length;
  g_autofree char *text = podium_json_write (doc, &length);
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  g_autoptr(GError) error = NULL;
  PodiumDocument *loaded = podium_json_read_bytes (bytes, "test.podium.json", &error);

  g_assert_no_error (error);
  return loaded;
}

static void
test_acknowledge (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Plenarsaal", 0, 0);
  PodiumSession *a = add_session (doc, "Welcome", PODIUM_SESSION_TALK, room, "10:00", 30);
  PodiumSession *b = add_session (doc, "Keynote", PODIUM_SESSION_TALK, room, "10:15", 30);
  GListModel *acks = podium_document_get_acknowledgements (doc);
  g_autoptr(PodiumConflict) conflict = g_list_model_get_item (G_LIST_MODEL (conflicts), 0);
  g_autofree char *key = g_strdup (podium_conflict_get_key (conflict));

  assert_rules (conflicts, "room-overlap");

  podium_conflicts_acknowledge (conflicts, conflict);
  assert_rules (conflicts, "");
  g_assert_cmpuint (podium_conflicts_get_count (conflicts), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (acks), ==, 1);
  {
    g_autoptr(PodiumAcknowledgement) ack = g_list_model_get_item (acks, 0);

    g_assert_cmpstr (podium_acknowledgement_get_rule (ack), ==, "room-overlap");
    g_assert_cmpstr (podium_acknowledgement_get_key (ack), ==, key);
  }
  g_assert_cmpstr (podium_document_get_undo_label (doc), ==, "Accept Problem");

  /* Accepting the same conflict again adds nothing */
  podium_conflicts_acknowledge (conflicts, conflict);
  g_assert_cmpuint (g_list_model_get_n_items (acks), ==, 1);

  /* It stays accepted in the file */
  {
    PodiumDocument *loaded = save_and_load (doc);
    PodiumConflicts *again = podium_conflicts_new (loaded);

    assert_rules (again, "");
    g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_acknowledgements (loaded)), ==, 1);
    finish (again, loaded);
  }

  /* Undo brings the warning back, redo silences it */
  podium_document_undo (doc);
  assert_rules (conflicts, "room-overlap");
  podium_document_redo (doc);
  assert_rules (conflicts, "");

  /* Another session now overlaps: the three are a new group, which warns */
  add_session (doc, "Lightning", PODIUM_SESSION_TALK, room, "10:25", 10);
  assert_rules (conflicts, "room-overlap");
  podium_document_undo (doc);
  assert_rules (conflicts, "");

  /* A changed cause warns again: the overlap is longer now */
  move (doc, b, room, "10:10");
  assert_rules (conflicts, "room-overlap");
  move (doc, b, room, "10:15");
  assert_rules (conflicts, "");

  /* Renaming does not change the cause */
  podium_document_edit (doc, a, "title", "Opening", NULL);
  assert_rules (conflicts, "");

  finish (conflicts, doc);
}

/* The list: order, counts, per session, notifications */

static void
on_changed_cb (PodiumConflicts *conflicts,
               guint           *count)
{
  (*count)++;
}

static void
on_notify_cb (PodiumConflicts *conflicts,
              GParamSpec      *pspec,
              guint           *count)
{
  (*count)++;
}

static void
test_list (void)
{
  PodiumDocument *doc = new_plan ();
  PodiumConflicts *conflicts = podium_conflicts_new (doc);
  PodiumRoom *room = add_room (doc, "Plenarsaal", 10, 0);
  PodiumSession *a = add_session (doc, "Welcome", PODIUM_SESSION_TALK, room, "10:00", 30);
  PodiumSession *b = add_session (doc, "Keynote", PODIUM_SESSION_TALK, room, "11:00", 30);
  PodiumSession *c = add_session (doc, "Later", PODIUM_SESSION_PANEL, NULL, NULL, 30);
  guint changed = 0, notified = 0;
  g_autoptr(GPtrArray) of_a = NULL;
  g_autoptr(GPtrArray) of_b = NULL;

  g_signal_connect (conflicts, "changed", G_CALLBACK (on_changed_cb), &changed);
  g_signal_connect (conflicts, "notify::count", G_CALLBACK (on_notify_cb), &notified);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (conflicts)) == PODIUM_TYPE_CONFLICT);
  podium_document_edit (doc, c, "status", PODIUM_STATUS_CONFIRMED, NULL);
  podium_document_edit (doc, b, "expected-attendance", 20, NULL);
  move (doc, a, room, "11:15");
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpuint (notified, ==, 3);

  /* By time, then severity; unscheduled last */
  assert_rules (conflicts, "room-overlap,room-capacity,moderation-missing,unscheduled");
  g_assert_cmpuint (podium_conflicts_get_count (conflicts), ==, 4);
  g_assert_cmpuint (podium_conflicts_get_count_for_severity (conflicts, PODIUM_SEVERITY_ERROR), ==, 1);
  g_assert_cmpuint (podium_conflicts_get_count_for_severity (conflicts, PODIUM_SEVERITY_WARNING), ==, 2);
  g_assert_cmpuint (podium_conflicts_get_count_for_severity (conflicts, PODIUM_SEVERITY_INFO), ==, 1);

  of_a = podium_conflicts_for_session (conflicts, a);
  of_b = podium_conflicts_for_session (conflicts, b);
  g_assert_cmpuint (of_a->len, ==, 1);
  g_assert_cmpuint (of_b->len, ==, 2);
  g_assert_cmpstr (podium_conflict_get_rule (g_ptr_array_index (of_b, 1)), ==, "room-capacity");

  /* A change that changes no conflict says nothing */
  podium_document_edit (doc, b, "notes", "Bring slides", NULL);
  g_assert_cmpuint (changed, ==, 3);

  g_assert_cmpstr (podium_enum_to_nick (PODIUM_TYPE_SEVERITY, PODIUM_SEVERITY_INFO), ==, "info");
  g_assert_cmpstr (podium_severity_get_label (PODIUM_SEVERITY_WARNING), ==, "Warning");

  finish (conflicts, doc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/conflicts/room-overlap", test_room_overlap);
  g_test_add_func ("/conflicts/room-overlap/all-rooms", test_room_overlap_all_rooms);
  g_test_add_func ("/conflicts/overlap-groups", test_overlap_groups);
  g_test_add_func ("/conflicts/person-double-booked", test_person_double_booked);
  g_test_add_func ("/conflicts/tight-room-change", test_tight_room_change);
  g_test_add_func ("/conflicts/person-unavailable", test_person_unavailable);
  g_test_add_func ("/conflicts/moderation-missing", test_moderation_missing);
  g_test_add_func ("/conflicts/outside-conference-hours", test_outside_hours);
  g_test_add_func ("/conflicts/outside-conference-hours/past-midnight", test_outside_hours_past_midnight);
  g_test_add_func ("/conflicts/room-capacity", test_room_capacity);
  g_test_add_func ("/conflicts/video-missing", test_video_missing);
  g_test_add_func ("/conflicts/video-overrun", test_video_overrun);
  g_test_add_func ("/conflicts/video-not-approved", test_video_not_approved);
  g_test_add_func ("/conflicts/room-equipment", test_room_equipment);
  g_test_add_func ("/conflicts/unscheduled", test_unscheduled);
  g_test_add_func ("/conflicts/cancelled", test_cancelled);
  g_test_add_func ("/conflicts/acknowledge", test_acknowledge);
  g_test_add_func ("/conflicts/list", test_list);

  return g_test_run ();
}
