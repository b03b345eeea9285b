/* test-model.c — the document model and its undo history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <string.h>

#include "podium-labels.h"
#include "podium-model.h"

typedef struct
{
  PodiumDocument     *document;
  PodiumOrganization *thaff;
  PodiumOrganization *zefas;
  PodiumPerson       *wosche;
  PodiumPerson       *behr;
  PodiumRoom         *plenum;
  PodiumRoom         *theme;
  PodiumSession      *greeting;
  PodiumSession      *breakout;
} Fixture;

static gint64
at (const char *text)
{
  gint64 time = PODIUM_TIME_NONE;

  g_assert_true (podium_time_parse (text, &time));
  return time;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->document = podium_document_new ();

  f->thaff = g_object_new (PODIUM_TYPE_ORGANIZATION, "id", "thaff", "name", "Thüringer Agentur für Fachkräftegewinnung", "short-name", "ThAFF", NULL);
  f->zefas = g_object_new (PODIUM_TYPE_ORGANIZATION, "id", "zefas", "name", "ZEFAS", NULL);
  f->wosche = g_object_new (PODIUM_TYPE_PERSON, "id", "wosche", "name", "Sabine Wosche", "organization", f->thaff, NULL);
  f->behr = g_object_new (PODIUM_TYPE_PERSON, "id", "behr", "name", "Michael Behr", "honorific", "Prof.", NULL);
  f->plenum = g_object_new (PODIUM_TYPE_ROOM, "id", "plenum", "name", "Plenarsaal", NULL);
  f->theme = g_object_new (PODIUM_TYPE_ROOM, "id", "theme-1", "name", "Themenraum 1", NULL);
  f->greeting = g_object_new (PODIUM_TYPE_SESSION, "id", "greeting", "title", "Grußwort", "kind", PODIUM_SESSION_GREETING, NULL);
  f->breakout = g_object_new (PODIUM_TYPE_SESSION, "id", "breakout", "title", "Themenraum", "kind", PODIUM_SESSION_BREAKOUT, NULL);

  podium_document_add (f->document, f->thaff);
  podium_document_add (f->document, f->zefas);
  podium_document_add (f->document, f->wosche);
  podium_document_add (f->document, f->behr);
  podium_document_add (f->document, f->plenum);
  podium_document_add (f->document, f->theme);
  podium_document_add (f->document, f->greeting);
  podium_document_add (f->document, f->breakout);
  podium_document_clear_history (f->document);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_unref (f->thaff);
  g_object_unref (f->zefas);
  g_object_unref (f->wosche);
  g_object_unref (f->behr);
  g_object_unref (f->plenum);
  g_object_unref (f->theme);
  g_object_unref (f->greeting);
  g_object_unref (f->breakout);
  g_assert_finalize_object (f->document);
}

static void
test_time (void)
{
  gint64 t;
  int d, m;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;

  g_assert_true (podium_time_parse ("2023-11-20T10:30", &t));
  text = podium_time_format (t);
  g_assert_cmpstr (text, ==, "2023-11-20T10:30");
  g_assert_cmpint (podium_time_get_clock (t), ==, 630);
  g_assert_cmpint (podium_time_get_weekday (podium_time_get_date (t)), ==, G_DATE_MONDAY);

  g_assert_true (podium_time_parse ("1969-12-31T23:59", &t));
  before = podium_time_format (t);
  g_assert_cmpstr (before, ==, "1969-12-31T23:59");

  g_assert_true (podium_time_parse_date ("2024-02-29", &d));
  g_assert_false (podium_time_parse_date ("2023-02-29", &d));
  g_assert_false (podium_time_parse_date ("2023-02-30", &d));
  g_assert_false (podium_time_parse_date ("2023-13-01", &d));
  g_assert_false (podium_time_parse_date ("2023-1-01", &d));
  g_assert_false (podium_time_parse_date ("2023-01-01x", &d));
  g_assert_true (podium_time_parse_clock ("23:59", &m));
  g_assert_cmpint (m, ==, 1439);
  g_assert_false (podium_time_parse_clock ("24:00", &m));
  g_assert_false (podium_time_parse_clock ("9:00", &m));
  g_assert_false (podium_time_parse ("2023-11-20 10:30", &t));
  g_assert_false (podium_time_parse ("2023-11-20T25:00", &t));
}

static void
test_edit_undo_redo (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_false (podium_document_can_undo (f->document));
  g_assert_false (podium_document_get_modified (f->document));

  podium_document_edit (f->document, f->greeting, "title", "Begrüßung", "status", PODIUM_STATUS_CONFIRMED, NULL);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_cmpint (podium_session_get_status (f->greeting), ==, PODIUM_STATUS_CONFIRMED);
  g_assert_true (podium_document_can_undo (f->document));
  g_assert_true (podium_document_get_modified (f->document));

  /* an edit that changes nothing is not a step */
  podium_document_edit (f->document, f->greeting, "title", "Begrüßung", NULL);
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Grußwort");
  g_assert_cmpint (podium_session_get_status (f->greeting), ==, PODIUM_STATUS_DRAFT);
  g_assert_false (podium_document_can_undo (f->document));
  g_assert_false (podium_document_get_modified (f->document));

  podium_document_redo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_true (podium_document_get_modified (f->document));

  /* saving marks the current step; undoing past it is a modification again */
  podium_document_mark_saved (f->document);
  g_assert_false (podium_document_get_modified (f->document));
  podium_document_undo (f->document);
  g_assert_true (podium_document_get_modified (f->document));

  /* a new step clears redo */
  podium_document_edit (f->document, f->greeting, "notes", "Kurz halten", NULL);
  g_assert_false (podium_document_can_redo (f->document));
}

static void
count_changed (guint *counter)
{
  (*counter)++;
}

static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  guint changed = 0;
  guint64 revision = podium_document_get_revision (f->document);

  g_signal_connect_swapped (f->document, "changed", G_CALLBACK (count_changed), &changed);

  podium_document_begin (f->document, "Plan the greeting");
  podium_document_edit (f->document, f->greeting, "title", "A", NULL);
  podium_document_edit (f->document, f->greeting, "subtitle", "B", NULL);
  podium_document_add_role (f->document, f->greeting, PODIUM_ROLE_SPEAKER, f->wosche, NULL);
  g_assert_cmpuint (changed, ==, 0);
  podium_document_end (f->document);

  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (podium_document_get_undo_label (f->document), ==, "Plan the greeting");
  g_assert_cmpuint (podium_document_get_revision (f->document), ==, revision + 1);

  podium_document_undo (f->document);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Grußwort");
  g_assert_null (podium_session_get_subtitle (f->greeting));
  g_assert_cmpuint (g_list_model_get_n_items (podium_session_get_roles (f->greeting)), ==, 0);

  /* an empty group is no step */
  podium_document_begin (f->document, "nothing");
  podium_document_end (f->document);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_false (podium_document_can_undo (f->document));
}

/* What a reader builds is where the history starts: no steps, no "changed", not modified */
static void
test_loading (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PodiumSession) added = podium_session_new ();
  guint changed = 0;

  podium_document_clear_history (f->document);
  g_signal_connect_swapped (f->document, "changed", G_CALLBACK (count_changed), &changed);

  podium_document_begin_load (f->document);
  g_object_set (added, "title", "Podiumsgespräch", NULL);
  podium_document_add (f->document, added);
  podium_document_edit (f->document, f->greeting, "title", "Begrüßung", NULL);
  g_object_set (added, "duration", 45, NULL);
  podium_document_end_load (f->document);

  g_assert_cmpuint (changed, ==, 0);
  g_assert_false (podium_document_can_undo (f->document));
  g_assert_false (podium_document_get_modified (f->document));
  g_assert_nonnull (podium_object_get_id (PODIUM_OBJECT (added)));
  g_assert_true (podium_document_lookup (f->document, PODIUM_TYPE_SESSION,
                                         podium_object_get_id (PODIUM_OBJECT (added))) == (gpointer) added);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_cmpint (podium_session_get_duration (added), ==, 45);

  /* …and afterwards every change is a step again */
  podium_document_edit (f->document, added, "title", "Podium", NULL);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (podium_document_can_undo (f->document));
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (added), ==, "Podiumsgespräch");
}

static void
keep_changes (PodiumDocument   *document,
              PodiumChangeSet  *changes,
              PodiumChangeSet **kept)
{
  g_clear_pointer (kept, podium_change_set_unref);
  *kept = podium_change_set_ref (changes);
}

/* "changed" says what the step touched, so that a view can skip a step about something
 * it does not show */
static void
test_changed_carries (Fixture       *f,
                      gconstpointer  data)
{
  PodiumChangeSet *changes = NULL;
  g_autoptr(PodiumSession) extra = podium_session_new ();
  GValue fact = G_VALUE_INIT;

  g_signal_connect (f->document, "changed", G_CALLBACK (keep_changes), &changes);

  /* a move: the session's room and start, nothing of anybody else */
  podium_document_schedule (f->document, f->greeting, f->plenum, at ("2023-11-20T09:00"), 10);
  podium_document_move (f->document, f->greeting, f->theme, at ("2023-11-20T10:00"));
  g_assert_true (podium_change_set_touches (changes, f->greeting, "room"));
  g_assert_true (podium_change_set_touches (changes, f->greeting, "start"));
  g_assert_true (podium_change_set_touches (changes, f->greeting, NULL));
  g_assert_false (podium_change_set_touches (changes, f->greeting, "title"));
  g_assert_false (podium_change_set_touches (changes, f->breakout, NULL));
  g_assert_false (podium_change_set_touches (changes, f->theme, NULL));
  g_assert_true (podium_change_set_touches_type (changes, PODIUM_TYPE_SESSION));
  g_assert_true (podium_change_set_touches_type (changes, PODIUM_TYPE_OBJECT));
  g_assert_false (podium_change_set_touches_type (changes, PODIUM_TYPE_PERSON));
  g_assert_true (podium_change_set_touches_any (changes, PODIUM_TYPE_PERSON, PODIUM_TYPE_SESSION, G_TYPE_INVALID));
  g_assert_false (podium_change_set_touches_any (changes, PODIUM_TYPE_PERSON, PODIUM_TYPE_ROOM, G_TYPE_INVALID));
  g_assert_false (podium_change_set_touches_any (changes, G_TYPE_INVALID));
  g_assert_false (podium_change_set_changes_items (changes, G_TYPE_OBJECT));

  /* its undo touches the same */
  podium_document_undo (f->document);
  g_assert_true (podium_change_set_touches (changes, f->greeting, "room"));
  g_assert_false (podium_change_set_touches (changes, f->greeting, "title"));

  /* a rename is about the person only */
  podium_document_edit (f->document, f->behr, "name", "Michael Behr-Lindner", NULL);
  g_assert_true (podium_change_set_touches (changes, f->behr, "name"));
  g_assert_false (podium_change_set_touches_type (changes, PODIUM_TYPE_SESSION));

  /* a new session is an item of the sessions' list, with all of its properties */
  podium_document_add (f->document, extra);
  g_assert_true (podium_change_set_changes_items (changes, PODIUM_TYPE_SESSION));
  g_assert_false (podium_change_set_changes_items (changes, PODIUM_TYPE_PERSON));
  g_assert_true (podium_change_set_touches (changes, extra, "title"));
  podium_document_undo (f->document);
  g_assert_true (podium_change_set_changes_items (changes, PODIUM_TYPE_SESSION));

  /* a group: everything of its steps, a role added to a session included */
  podium_document_begin (f->document, "Plan the greeting");
  podium_document_edit (f->document, f->greeting, "title", "A", NULL);
  podium_document_add_role (f->document, f->greeting, PODIUM_ROLE_SPEAKER, f->wosche, NULL);
  podium_document_end (f->document);
  g_assert_true (podium_change_set_touches (changes, f->greeting, "title"));
  g_assert_true (podium_change_set_changes_items (changes, PODIUM_TYPE_ROLE));
  g_assert_false (podium_change_set_touches (changes, f->wosche, NULL));

  /* typing: each keystroke says which property it typed into */
  g_clear_pointer (&changes, podium_change_set_unref);
  g_value_init (&fact, G_TYPE_STRING);
  g_value_set_string (&fact, "Themenraum 1");
  podium_document_edit_typing (f->document, f->breakout, "title", &fact);
  g_assert_nonnull (changes);
  g_assert_true (podium_change_set_touches (changes, f->breakout, "title"));
  g_value_unset (&fact);

  /* a fact read from outside, not a step */
  g_value_init (&fact, G_TYPE_STRING);
  g_value_set_string (&fact, "Zentrum");
  podium_document_update_fact (f->document, f->zefas, "name", &fact);
  g_assert_true (podium_change_set_touches (changes, f->zefas, "name"));
  g_value_unset (&fact);

  g_clear_pointer (&changes, podium_change_set_unref);
}

static void
test_add_remove (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PodiumSession) extra = podium_session_new ();
  GListModel *sessions = podium_document_get_sessions (f->document);

  podium_document_add (f->document, extra);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);
  g_assert_nonnull (podium_object_get_id (PODIUM_OBJECT (extra)));
  g_assert_true (podium_document_lookup (f->document, PODIUM_TYPE_SESSION,
                                         podium_object_get_id (PODIUM_OBJECT (extra))) == (gpointer) extra);

  podium_document_remove (f->document, f->greeting);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 2);
  g_assert_null (podium_document_lookup (f->document, PODIUM_TYPE_SESSION, "greeting"));

  podium_document_undo (f->document);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);
  {
    g_autoptr(PodiumSession) first = g_list_model_get_item (sessions, 0);
    g_assert_true (first == f->greeting);
  }
  g_assert_true (podium_document_lookup (f->document, PODIUM_TYPE_SESSION, "greeting") == (gpointer) f->greeting);

  podium_document_undo (f->document);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 2);
  podium_document_redo (f->document);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);

  /* a taken id is replaced rather than duplicated */
  {
    g_autoptr(PodiumRoom) clash = g_object_new (PODIUM_TYPE_ROOM, "id", "plenum", "name", "Other", NULL);

    podium_document_add (f->document, clash);
    g_assert_cmpstr (podium_object_get_id (PODIUM_OBJECT (clash)), !=, "plenum");
    g_assert_true (podium_document_lookup (f->document, PODIUM_TYPE_ROOM, "plenum") == (gpointer) f->plenum);
  }
}

static void
test_schedule (Fixture       *f,
               gconstpointer  data)
{
  g_assert_false (podium_session_is_scheduled (f->greeting));

  podium_document_schedule (f->document, f->greeting, f->plenum, at ("2023-11-20T10:00"), 10);
  g_assert_true (podium_session_is_scheduled (f->greeting));
  g_assert_true (podium_session_get_room (f->greeting) == f->plenum);
  g_assert_cmpint (podium_session_get_end (f->greeting), ==, at ("2023-11-20T10:10"));

  podium_document_move (f->document, f->greeting, f->theme, at ("2023-11-20T11:00"));
  g_assert_true (podium_session_get_room (f->greeting) == f->theme);
  g_assert_cmpint (podium_session_get_duration (f->greeting), ==, 10);

  podium_document_resize (f->document, f->greeting, 25);
  g_assert_cmpint (podium_session_get_end (f->greeting), ==, at ("2023-11-20T11:25"));

  podium_document_schedule (f->document, f->greeting, NULL, at ("2023-11-20T12:00"), 30);
  g_assert_true (podium_session_get_all_rooms (f->greeting));
  g_assert_null (podium_session_get_room (f->greeting));

  podium_document_unschedule (f->document, f->greeting);
  g_assert_false (podium_session_is_scheduled (f->greeting));
  g_assert_cmpint (podium_session_get_duration (f->greeting), ==, 30);
  /* back in the tray it still spans every room, for when it is dragged back */
  g_assert_true (podium_session_get_all_rooms (f->greeting));
  g_assert_null (podium_session_get_room (f->greeting));

  /* each of the five was one step */
  podium_document_undo (f->document);
  g_assert_true (podium_session_get_all_rooms (f->greeting));
  podium_document_undo (f->document);
  g_assert_true (podium_session_get_room (f->greeting) == f->theme);
  g_assert_cmpint (podium_session_get_duration (f->greeting), ==, 25);
  podium_document_undo (f->document);
  g_assert_cmpint (podium_session_get_duration (f->greeting), ==, 10);
  podium_document_undo (f->document);
  g_assert_true (podium_session_get_room (f->greeting) == f->plenum);
  g_assert_cmpint (podium_session_get_start (f->greeting), ==, at ("2023-11-20T10:00"));
  podium_document_undo (f->document);
  g_assert_false (podium_session_is_scheduled (f->greeting));
  g_assert_false (podium_document_can_undo (f->document));
}

/* A new session takes its kind's length along until someone chooses one */
static void
test_session_kind_length (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PodiumSession) session = podium_session_new ();

  g_object_set (session, "title", "New", "kind", PODIUM_SESSION_TALK, "duration", 30, NULL);
  podium_document_add (f->document, session);

  podium_document_set_session_kind (f->document, session, PODIUM_SESSION_VIDEO_MESSAGE);
  g_assert_cmpint (podium_session_get_kind (session), ==, PODIUM_SESSION_VIDEO_MESSAGE);
  g_assert_cmpint (podium_session_get_duration (session), ==, 5);
  podium_document_set_session_kind (f->document, session, PODIUM_SESSION_KEYNOTE);
  g_assert_cmpint (podium_session_get_duration (session), ==, 45);

  /* one step each */
  podium_document_undo (f->document);
  g_assert_cmpint (podium_session_get_kind (session), ==, PODIUM_SESSION_VIDEO_MESSAGE);
  g_assert_cmpint (podium_session_get_duration (session), ==, 5);

  /* a length someone chose stays */
  podium_document_resize (f->document, session, 7);
  podium_document_set_session_kind (f->document, session, PODIUM_SESSION_TALK);
  g_assert_cmpint (podium_session_get_duration (session), ==, 7);

  /* and so does the length of a session in the grid */
  podium_document_schedule (f->document, session, f->plenum, at ("2023-11-20T10:00"), 30);
  podium_document_set_session_kind (f->document, session, PODIUM_SESSION_VIDEO_MESSAGE);
  g_assert_cmpint (podium_session_get_duration (session), ==, 30);
}

static void
test_roles (Fixture       *f,
            gconstpointer  data)
{
  GListModel *roles = podium_session_get_roles (f->breakout);
  PodiumRole *moderation, *impulse;
  g_autofree char *summary = NULL;

  moderation = podium_document_add_role (f->document, f->breakout, PODIUM_ROLE_MODERATOR, NULL, f->thaff);
  impulse = podium_document_add_role (f->document, f->breakout, PODIUM_ROLE_IMPULSE, NULL, f->thaff);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
  g_assert_true (podium_role_get_organization (moderation) == f->thaff);

  /* a person can be named later */
  podium_document_edit (f->document, moderation, "person", f->wosche, NULL);
  g_assert_true (podium_role_get_person (moderation) == f->wosche);
  summary = podium_labels_session_roles (f->breakout);
  g_assert_nonnull (strstr (summary, "Sabine Wosche (ThAFF)"));
  g_assert_nonnull (strstr (summary, "ThAFF"));

  podium_document_remove_role (f->document, f->breakout, impulse);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 1);
  podium_document_undo (f->document);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
  podium_document_undo (f->document);
  g_assert_null (podium_role_get_person (moderation));
}

/* Where a session is, in words: a time without a room is not "not scheduled" */
static void
test_session_place (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *unscheduled = podium_labels_session_place (f->greeting);
  g_autofree char *placed = NULL;
  g_autofree char *roomless = NULL;

  g_assert_cmpstr (unscheduled, ==, "Not scheduled");

  podium_document_schedule (f->document, f->greeting, f->plenum, at ("2023-11-20T10:20"), 5);
  placed = podium_labels_session_place (f->greeting);
  g_assert_cmpstr (placed, ==, podium_room_get_name (f->plenum));

  podium_document_edit (f->document, f->greeting, "room", NULL, NULL);
  g_assert_null (podium_session_get_room (f->greeting));
  g_assert_false (podium_session_is_scheduled (f->greeting));
  roomless = podium_labels_session_place (f->greeting);
  g_assert_cmpstr (roomless, ==, "10:20, no room");
}

static void
test_remove_references (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *roles = podium_session_get_roles (f->breakout);
  PodiumConference *conference = podium_document_get_conference (f->document);
  g_autoptr(GPtrArray) co = g_ptr_array_new_with_free_func (g_object_unref);
  PodiumVideo *video = podium_session_get_video (f->greeting);

  g_ptr_array_add (co, g_object_ref (f->zefas));
  g_ptr_array_add (co, g_object_ref (f->thaff));
  g_object_set (conference, "host", f->thaff, "co-organizers", co, NULL);
  podium_document_schedule (f->document, f->breakout, f->theme, at ("2023-11-20T11:00"), 75);
  podium_document_add_role (f->document, f->breakout, PODIUM_ROLE_MODERATOR, f->wosche, f->thaff);
  podium_document_add_role (f->document, f->breakout, PODIUM_ROLE_IMPULSE, NULL, f->thaff);
  podium_document_add_role (f->document, f->breakout, PODIUM_ROLE_SPEAKER, f->behr, NULL);
  podium_document_edit (f->document, video, "contact", f->behr, NULL);
  podium_document_clear_history (f->document);

  /* the organisation: off the roles, people, host and co-organisers, in one step */
  podium_document_remove (f->document, f->thaff);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
  g_assert_null (podium_person_get_organization (f->wosche));
  g_assert_null (podium_conference_get_host (conference));
  g_assert_cmpuint (podium_conference_get_co_organizers (conference)->len, ==, 1);
  g_assert_null (podium_document_lookup (f->document, PODIUM_TYPE_ORGANIZATION, "thaff"));

  podium_document_undo (f->document);
  g_assert_false (podium_document_can_undo (f->document));
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 3);
  g_assert_true (podium_person_get_organization (f->wosche) == f->thaff);
  g_assert_true (podium_conference_get_host (conference) == f->thaff);
  g_assert_cmpuint (podium_conference_get_co_organizers (conference)->len, ==, 2);
  {
    g_autoptr(PodiumRole) impulse = g_list_model_get_item (roles, 1);
    g_assert_cmpint (podium_role_get_role (impulse), ==, PODIUM_ROLE_IMPULSE);
  }

  /* the person: the speaker role held by nobody else goes, the video contact is cleared */
  podium_document_remove (f->document, f->behr);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
  g_assert_null (podium_video_get_contact (video));
  podium_document_undo (f->document);
  g_assert_true (podium_video_get_contact (video) == f->behr);

  /* the room: its sessions go back to the tray, keeping start and length */
  podium_document_remove (f->document, f->theme);
  g_assert_false (podium_session_is_scheduled (f->breakout));
  g_assert_cmpint (podium_session_get_duration (f->breakout), ==, 75);
  podium_document_undo (f->document);
  g_assert_true (podium_session_get_room (f->breakout) == f->theme);
}

static void
test_move_room (Fixture       *f,
                gconstpointer  data)
{
  GListModel *rooms = podium_document_get_rooms (f->document);

  podium_document_move_room (f->document, f->theme, 0);
  g_assert_cmpint (podium_document_get_room_position (f->document, f->theme), ==, 0);
  g_assert_cmpint (podium_document_get_room_position (f->document, f->plenum), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rooms), ==, 2);
  podium_document_undo (f->document);
  g_assert_cmpint (podium_document_get_room_position (f->document, f->plenum), ==, 0);
  g_assert_true (podium_document_lookup (f->document, PODIUM_TYPE_ROOM, "theme-1") == (gpointer) f->theme);
}

static void
test_sessions_by_time (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PodiumSession) lunch = g_object_new (PODIUM_TYPE_SESSION, "title", "Mittag", NULL);
  g_autoptr(GPtrArray) sorted = NULL;

  podium_document_add (f->document, lunch);
  podium_document_schedule (f->document, f->breakout, f->theme, at ("2023-11-20T11:00"), 60);
  podium_document_schedule (f->document, f->greeting, f->plenum, at ("2023-11-20T11:00"), 10);
  podium_document_schedule (f->document, lunch, NULL, at ("2023-11-20T09:00"), 60);

  sorted = podium_document_list_sessions_by_time (f->document);
  g_assert_cmpuint (sorted->len, ==, 3);
  g_assert_true (g_ptr_array_index (sorted, 0) == lunch);
  g_assert_true (g_ptr_array_index (sorted, 1) == f->greeting);
  g_assert_true (g_ptr_array_index (sorted, 2) == f->breakout);
}

static void
test_edit_notifies (Fixture       *f,
                    gconstpointer  data)
{
  guint notified = 0;

  g_signal_connect_swapped (f->plenum, "notify::capacity", G_CALLBACK (count_changed), &notified);
  podium_document_edit (f->document, f->plenum, "capacity", 80, NULL);
  g_assert_cmpuint (notified, ==, 1);
  podium_document_edit (f->document, f->plenum, "capacity", 80, NULL);
  g_assert_cmpuint (notified, ==, 1);
  podium_document_undo (f->document);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpint (podium_room_get_capacity (f->plenum), ==, 0);
}

/* The serial names the step Undo would undo, and keeps naming it through undo and redo:
 * what a toast's Undo relies on to undo its own step and no other */
static void
test_undo_serial (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PodiumDocument) other = podium_document_new ();
  g_autoptr(PodiumRoom) foyer = g_object_new (PODIUM_TYPE_ROOM, "id", "foyer", "name", "Foyer", NULL);
  guint64 first, second, grouped;

  g_assert_cmpuint (podium_document_get_undo_serial (f->document), ==, 0);

  podium_document_edit (f->document, f->greeting, "title", "Begrüßung", NULL);
  first = podium_document_get_undo_serial (f->document);
  g_assert_cmpuint (first, !=, 0);

  /* an edit that changes nothing is no step: the top stays */
  podium_document_edit (f->document, f->greeting, "title", "Begrüßung", NULL);
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), ==, first);

  podium_document_move (f->document, f->greeting, f->plenum, at ("2023-11-20T10:00"));
  second = podium_document_get_undo_serial (f->document);
  g_assert_cmpuint (second, !=, 0);
  g_assert_cmpuint (second, !=, first);

  podium_document_undo (f->document);
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), ==, first);
  podium_document_redo (f->document);
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), ==, second);

  /* a step made after an undo is another step, though it takes the same place */
  podium_document_undo (f->document);
  podium_document_move (f->document, f->greeting, f->theme, at ("2023-11-20T10:00"));
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), !=, second);
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), !=, first);

  /* a group is one step with one serial */
  podium_document_begin (f->document, "Two changes");
  podium_document_edit (f->document, f->greeting, "notes", "Kurz", NULL);
  podium_document_edit (f->document, f->breakout, "notes", "Lang", NULL);
  podium_document_end (f->document);
  grouped = podium_document_get_undo_serial (f->document);
  podium_document_undo (f->document);
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), !=, grouped);
  g_assert_null (podium_session_get_notes (f->breakout));

  /* no step of another document shares a serial with one of this */
  podium_document_add (other, foyer);
  g_assert_cmpuint (podium_document_get_undo_serial (other), !=, 0);
  g_assert_cmpuint (podium_document_get_undo_serial (other), !=, first);
  g_assert_cmpuint (podium_document_get_undo_serial (other), !=, second);
  g_assert_cmpuint (podium_document_get_undo_serial (other), !=, grouped);

  podium_document_clear_history (f->document);
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), ==, 0);
}

/* The date fields read what people type and what they show */
static void
test_parse_date (void)
{
  static const char * const valid[] = {
    "2023-11-20", "20.11.2023", " 20.11.2023 ", "20 November 2023", "November 20, 2023",
    "Monday, 20 November 2023",
  };
  static const char * const invalid[] = {
    "", "2023-13-45", "31.02.2023", "20.11.23", "11/20", "tomorrow", "20. 11", "Monday",
  };
  g_autofree char *shown = NULL;
  int expected, date;

  g_assert_true (podium_time_parse_date ("2023-11-20", &expected));
  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      date = PODIUM_DATE_NONE;
      g_assert_true (podium_labels_parse_date (valid[i], &date));
      g_assert_cmpint (date, ==, expected);
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (podium_labels_parse_date (invalid[i], &date));

  /* What a field shows reads back as the same day, for days across the years */
  for (int d = expected - 40000; d < expected + 40000; d += 397)
    {
      g_free (shown);
      shown = podium_labels_date (d);
      g_assert_true (podium_labels_parse_date (shown, &date));
      g_assert_cmpint (date, ==, d);
    }

  /* Month names in the user's language */
  if (setlocale (LC_ALL, "de_DE.UTF-8"))
    {
      g_assert_true (podium_labels_parse_date ("20. November 2023", &date));
      g_assert_cmpint (date, ==, expected);
      g_assert_true (podium_labels_parse_date ("Montag, 20. November 2023", &date));
      g_assert_cmpint (date, ==, expected);
      g_assert_true (podium_labels_parse_date ("1. März 2024", &date));
      g_assert_cmpint (date, ==, expected + 102);
      setlocale (LC_ALL, "C.UTF-8");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/time", test_time);
  g_test_add_func ("/model/labels/parse-date", test_parse_date);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/model/edit-undo-redo", test_edit_undo_redo);
  ADD ("/model/changed-signal", test_changed_signal);
  ADD ("/model/loading", test_loading);
  ADD ("/model/changed-carries", test_changed_carries);
  ADD ("/model/add-remove", test_add_remove);
  ADD ("/model/schedule", test_schedule);
  ADD ("/model/session-kind-length", test_session_kind_length);
  ADD ("/model/roles", test_roles);
  ADD ("/model/session-place", test_session_place);
  ADD ("/model/remove-references", test_remove_references);
  ADD ("/model/move-room", test_move_room);
  ADD ("/model/sessions-by-time", test_sessions_by_time);
  ADD ("/model/edit-notifies", test_edit_notifies);
  ADD ("/model/undo-serial", test_undo_serial);
#undef ADD

  return g_test_run ();
}
