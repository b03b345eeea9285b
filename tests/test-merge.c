/* test-merge.c — three-way merge of documents: hand-written cases for every kind of
 * change, and properties over random edits of generated plans
 *
 * The random cases start from a fixed seed, printed with the results; set
 * PODIUM_MERGE_SEED to run another one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podium-json.h"
#include "podium-model.h"

#define DEFAULT_SEED 20231120
#define N_CASES      100

static const char plan_json[] =
  "{ \"format\": \"podium\", \"version\": 1,"
  "  \"conference\": { \"title\": \"Austauschtreffen\", \"start_date\": \"2023-11-20\","
  "    \"end_date\": \"2023-11-21\", \"day_start\": \"09:00\", \"day_end\": \"18:00\","
  "    \"time_zone\": \"Europe/Berlin\", \"slot_minutes\": 5, \"host\": \"thaff\","
  "    \"updated\": \"2023-11-01T08:00\", \"x-future\": { \"a\": 1 } },"
  "  \"organizations\": ["
  "    { \"id\": \"thaff\", \"name\": \"Thüringer Agentur\", \"short_name\": \"ThAFF\", \"kind\": \"agency\" },"
  "    { \"id\": \"zefas\", \"name\": \"ZEFAS\", \"kind\": \"agency\" } ],"
  "  \"people\": ["
  "    { \"id\": \"wosche\", \"name\": \"Sabine Wosche\", \"organization\": \"thaff\" },"
  "    { \"id\": \"behr\", \"name\": \"Michael Behr\", \"honorific\": \"Prof.\" } ],"
  "  \"rooms\": ["
  "    { \"id\": \"plenum\", \"name\": \"Plenarsaal\", \"kind\": \"plenary\" },"
  "    { \"id\": \"raum-a\", \"name\": \"Raum A\", \"kind\": \"breakout\" },"
  "    { \"id\": \"raum-b\", \"name\": \"Raum B\", \"kind\": \"breakout\" } ],"
  "  \"sessions\": ["
  "    { \"id\": \"greeting\", \"title\": \"Grußwort\", \"kind\": \"greeting\", \"status\": \"confirmed\","
  "      \"start\": \"2023-11-20T10:00\", \"duration\": 15, \"room\": \"plenum\","
  "      \"roles\": [ { \"role\": \"speaker\", \"person\": \"behr\" } ], \"x-hint\": \"gold\" },"
  "    { \"id\": \"forum\", \"title\": \"Forum\", \"kind\": \"panel\", \"status\": \"draft\","
  "      \"start\": \"2023-11-20T11:00\", \"duration\": 60, \"room\": \"raum-a\","
  "      \"roles\": [ { \"role\": \"moderator\", \"organization\": \"thaff\" },"
  "                 { \"role\": \"panelist\", \"person\": \"wosche\" } ] },"
  "    { \"id\": \"lunch\", \"title\": \"Mittagessen\", \"kind\": \"meal\", \"status\": \"confirmed\","
  "      \"start\": \"2023-11-20T12:00\", \"duration\": 60, \"all_rooms\": true } ],"
  "  \"acknowledged\": [],"
  "  \"x-sync\": { \"server\": \"dav\" } }";

/* Helpers */

static PodiumDocument *
read_text (const char *text,
           gsize       length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  g_autoptr(GError) error = NULL;
  PodiumDocument *doc = podium_json_read_bytes (bytes, "merge.podium.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static PodiumDocument *
load_plan (void)
{
  return read_text (plan_json, strlen (plan_json));
}

/* The document as another Podium would read it from the file */
static PodiumDocument *
reload (PodiumDocument *doc)
{
  gsize length;
  g_autofree char *text = podium_json_write (doc, &length);

  return read_text (text, length);
}

/* Save, load, save again: the result is valid and reads back equal */
static char *
assert_round_trip (PodiumDocument *doc)
{
  gsize length;
  char *text = podium_json_write (doc, &length);
  g_autoptr(PodiumDocument) again = read_text (text, length);
  g_autofree char *text2 = podium_json_write (again, NULL);

  g_assert_cmpstr (text, ==, text2);
  return text;
}

static void
assert_same_document (PodiumDocument *a,
                      PodiumDocument *b)
{
  g_autofree char *ta = podium_json_write (a, NULL);
  g_autofree char *tb = podium_json_write (b, NULL);

  g_assert_cmpstr (ta, ==, tb);
}

static gpointer
find (PodiumDocument *doc,
      GType           type,
      const char     *id)
{
  return podium_document_lookup (doc, type, id);
}

static PodiumSession *
session (PodiumDocument *doc,
         const char     *id)
{
  return find (doc, PODIUM_TYPE_SESSION, id);
}

static gint64
at (const char *text)
{
  gint64 time = PODIUM_TIME_NONE;

  g_assert_true (podium_time_parse (text, &time));
  return time;
}

static PodiumMergeConflict *
conflict_at (PodiumMerge *merge,
             guint        i)
{
  PodiumMergeConflict *conflict = g_list_model_get_item (podium_merge_get_conflicts (merge), i);

  g_object_unref (conflict);  /* the list keeps it */
  return conflict;
}

static void
set_member (gpointer    object,
            const char *name,
            JsonNode   *value)
{
  JsonObject *old = PODIUM_IS_DOCUMENT (object) ? podium_document_get_extra (object)
                                                : podium_object_get_extra (object);
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(GList) names = old ? json_object_get_members (old) : NULL;

  for (const GList *l = names; l; l = l->next)
    json_object_set_member (extra, l->data, json_node_copy (json_object_get_member (old, l->data)));
  if (value)
    json_object_set_member (extra, name, value);
  else
    json_object_remove_member (extra, name);

  /* as the reader keeps them: no members, no object */
  if (json_object_get_size (extra) == 0)
    g_clear_pointer (&extra, json_object_unref);
  if (PODIUM_IS_DOCUMENT (object))
    podium_document_set_extra (object, extra);
  else
    podium_object_set_extra (object, extra);
}

static char *
role_names (PodiumSession *s)
{
  GListModel *roles = podium_session_get_roles (s);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);
      PodiumObject *holder = podium_role_get_person (role) ? PODIUM_OBJECT (podium_role_get_person (role))
                                                           : PODIUM_OBJECT (podium_role_get_organization (role));

      g_string_append_printf (str, "%s%s", i ? " " : "", podium_object_get_id (holder));
    }
  return g_string_free (str, FALSE);
}

static char *
room_order (PodiumDocument *doc)
{
  GListModel *rooms = podium_document_get_rooms (doc);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(PodiumObject) room = g_list_model_get_item (rooms, i);
      g_string_append_printf (str, "%s%s", i ? " " : "", podium_object_get_id (room));
    }
  return g_string_free (str, FALSE);
}

typedef struct
{
  PodiumDocument *base;
  PodiumDocument *mine;
  PodiumDocument *theirs;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->base = load_plan ();
  f->mine = load_plan ();
  f->theirs = load_plan ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->base);
  g_assert_finalize_object (f->mine);
  g_assert_finalize_object (f->theirs);
}

/* Merges and checks that every result, mine's way and theirs', is a valid document */
static PodiumMerge *
merge (Fixture *f)
{
  PodiumMerge *merge;
  g_autoptr(PodiumDocument) theirs = reload (f->theirs);

  merge = podium_merge_new (f->base, f->mine, theirs);
  for (guint i = 0; i < podium_merge_get_n_conflicts (merge); i++)
    {
      PodiumMergeConflict *conflict = conflict_at (merge, i);

      g_assert_nonnull (podium_merge_conflict_get_object_name (conflict));
      g_assert_cmpstr (podium_merge_conflict_get_label (conflict), !=, "");
      g_assert_cmpstr (podium_merge_conflict_get_mine_text (conflict), !=,
                       podium_merge_conflict_get_theirs_text (conflict));
      g_assert_cmpint (podium_merge_conflict_get_choice (conflict), ==, PODIUM_MERGE_MINE);
    }
  return merge;
}

static PodiumDocument *
result (PodiumMerge *merge)
{
  PodiumDocument *doc = podium_merge_get_result (merge);
  g_autofree char *text = assert_round_trip (doc);

  return doc;
}

/* Hand-written cases */

static void
test_different_properties (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;

  podium_document_edit (f->mine, session (f->mine, "greeting"), "title", "Begrüßung", NULL);
  podium_document_edit (f->theirs, session (f->theirs, "greeting"), "notes", "Mikrofon!", NULL);
  podium_document_edit (f->theirs, session (f->theirs, "forum"), "status", PODIUM_STATUS_CONFIRMED, NULL);

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 0);
  r = result (m);
  g_assert_cmpstr (podium_session_get_title (session (r, "greeting")), ==, "Begrüßung");
  g_assert_cmpstr (podium_session_get_notes (session (r, "greeting")), ==, "Mikrofon!");
  g_assert_cmpint (podium_session_get_status (session (r, "forum")), ==, PODIUM_STATUS_CONFIRMED);
}

/* What one copy found on disk (a missing video file) is no change of the plan */
static void
test_transient_facts (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;
  PodiumVideo *video = podium_session_get_video (session (f->mine, "greeting"));
  g_auto(GValue) missing = G_VALUE_INIT;

  podium_document_edit (f->mine, video, "file", "videos/behr.webm", NULL);
  g_value_set_string (g_value_init (&missing, G_TYPE_STRING), "videos/behr.webm");
  podium_document_update_fact (f->mine, video, "missing-file", &missing);
  podium_document_edit (f->theirs, session (f->theirs, "forum"), "title", "Fachforum", NULL);

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 0);
  r = result (m);
  video = podium_session_get_video (session (r, "greeting"));
  g_assert_cmpstr (podium_video_get_file (video), ==, "videos/behr.webm");
  g_assert_null (podium_video_get_missing_file (video));
  g_assert_cmpstr (podium_session_get_title (session (r, "forum")), ==, "Fachforum");
}

static void
test_same_property (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r_mine = NULL;
  g_autoptr(PodiumDocument) r_theirs = NULL;
  PodiumMergeConflict *c;

  podium_document_edit (f->mine, session (f->mine, "greeting"), "title", "Begrüßung", NULL);
  podium_document_edit (f->theirs, session (f->theirs, "greeting"), "title", "Willkommen", NULL);
  podium_document_edit (f->mine, session (f->mine, "forum"), "duration", 45, NULL);
  podium_document_edit (f->theirs, session (f->theirs, "forum"), "duration", 90, NULL);

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 2);

  c = conflict_at (m, 0);
  g_assert_cmpint (podium_merge_conflict_get_kind (c), ==, PODIUM_MERGE_BOTH_CHANGED);
  g_assert_true (podium_merge_conflict_get_object_type (c) == PODIUM_TYPE_SESSION);
  g_assert_cmpstr (podium_merge_conflict_get_object_id (c), ==, "greeting");
  g_assert_cmpstr (podium_merge_conflict_get_object_name (c), ==, "Begrüßung");
  g_assert_cmpstr (podium_merge_conflict_get_property_name (c), ==, "title");
  g_assert_cmpstr (podium_merge_conflict_get_label (c), ==, "Title");
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (c), ==, "Begrüßung");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (c), ==, "Willkommen");

  c = conflict_at (m, 1);
  g_assert_cmpstr (podium_merge_conflict_get_object_id (c), ==, "forum");
  g_assert_cmpstr (podium_merge_conflict_get_label (c), ==, "Length");
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (c), ==, "45 min");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (c), ==, "90 min");

  /* Mine until chosen otherwise; then one by one, or all at once */
  r_mine = result (m);
  g_assert_cmpstr (podium_session_get_title (session (r_mine, "greeting")), ==, "Begrüßung");
  g_assert_cmpint (podium_session_get_duration (session (r_mine, "forum")), ==, 45);

  podium_merge_conflict_set_choice (conflict_at (m, 0), PODIUM_MERGE_THEIRS);
  r_theirs = result (m);
  g_assert_cmpstr (podium_session_get_title (session (r_theirs, "greeting")), ==, "Willkommen");
  g_assert_cmpint (podium_session_get_duration (session (r_theirs, "forum")), ==, 45);
  g_clear_object (&r_theirs);

  podium_merge_choose_all (m, PODIUM_MERGE_THEIRS);
  g_assert_cmpint (podium_merge_conflict_get_choice (conflict_at (m, 1)), ==, PODIUM_MERGE_THEIRS);
  r_theirs = result (m);
  g_assert_cmpint (podium_session_get_duration (session (r_theirs, "forum")), ==, 90);
}

static void
test_equal_changes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;

  podium_document_edit (f->mine, session (f->mine, "greeting"), "title", "Begrüßung", NULL);
  podium_document_edit (f->theirs, session (f->theirs, "greeting"), "title", "Begrüßung", NULL);
  podium_document_move (f->mine, session (f->mine, "forum"), find (f->mine, PODIUM_TYPE_ROOM, "raum-b"), at ("2023-11-20T14:00"));
  podium_document_move (f->theirs, session (f->theirs, "forum"), find (f->theirs, PODIUM_TYPE_ROOM, "raum-b"), at ("2023-11-20T14:00"));
  podium_document_remove (f->mine, session (f->mine, "lunch"));
  podium_document_remove (f->theirs, session (f->theirs, "lunch"));

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 0);
  r = result (m);
  assert_same_document (r, f->mine);
}

/* A session moves as a whole: never mine's room at theirs' time */
static void
test_place_is_one_unit (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;
  PodiumMergeConflict *c;
  PodiumSession *s;

  podium_document_move (f->mine, session (f->mine, "greeting"), find (f->mine, PODIUM_TYPE_ROOM, "raum-a"), at ("2023-11-20T10:00"));
  podium_document_move (f->theirs, session (f->theirs, "greeting"), find (f->theirs, PODIUM_TYPE_ROOM, "plenum"), at ("2023-11-20T10:30"));
  /* Both move the forum in its room, to other times */
  podium_document_move (f->mine, session (f->mine, "forum"), find (f->mine, PODIUM_TYPE_ROOM, "raum-a"), at ("2023-11-20T11:15"));
  podium_document_move (f->theirs, session (f->theirs, "forum"), find (f->theirs, PODIUM_TYPE_ROOM, "raum-a"), at ("2023-11-21T11:30"));

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 2);
  c = conflict_at (m, 0);
  g_assert_cmpstr (podium_merge_conflict_get_property_name (c), ==, "place");
  g_assert_cmpstr (podium_merge_conflict_get_label (c), ==, "Time and room");
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (c), ==, "10:00, Raum A");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (c), ==, "10:30, Plenarsaal");
  c = conflict_at (m, 1);
  g_assert_cmpstr (podium_merge_conflict_get_label (c), ==, "Start");
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (c), ==, "Monday, 20 November 2023, 11:15");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (c), ==, "Tuesday, 21 November 2023, 11:30");

  podium_merge_conflict_set_choice (conflict_at (m, 0), PODIUM_MERGE_THEIRS);
  r = result (m);
  s = session (r, "greeting");
  g_assert_cmpstr (podium_object_get_id (PODIUM_OBJECT (podium_session_get_room (s))), ==, "plenum");
  g_assert_cmpint (podium_session_get_start (s), ==, at ("2023-11-20T10:30"));
  g_assert_cmpint (podium_session_get_start (session (r, "forum")), ==, at ("2023-11-20T11:15"));
}

/* A move and a resize are different changes, and combine */
static void
test_move_and_resize (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;
  PodiumSession *s;

  podium_document_resize (f->mine, session (f->mine, "greeting"), 30);
  podium_document_move (f->theirs, session (f->theirs, "greeting"), find (f->theirs, PODIUM_TYPE_ROOM, "raum-b"), at ("2023-11-20T10:30"));
  podium_document_unschedule (f->mine, session (f->mine, "lunch"));

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 0);
  r = result (m);
  s = session (r, "greeting");
  g_assert_cmpint (podium_session_get_duration (s), ==, 30);
  g_assert_cmpint (podium_session_get_start (s), ==, at ("2023-11-20T10:30"));
  g_assert_cmpstr (podium_object_get_id (PODIUM_OBJECT (podium_session_get_room (s))), ==, "raum-b");
  g_assert_false (podium_session_is_scheduled (session (r, "lunch")));
}

static void
test_edited_and_removed (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;
  PodiumMergeConflict *c;

  /* Edited here, removed there; removed here, edited there; removed, untouched */
  podium_document_edit (f->mine, session (f->mine, "forum"), "title", "Podium", NULL);
  podium_document_remove (f->theirs, session (f->theirs, "forum"));
  podium_document_remove (f->mine, find (f->mine, PODIUM_TYPE_PERSON, "behr"));
  podium_document_edit (f->theirs, find (f->theirs, PODIUM_TYPE_PERSON, "behr"),
                        "email", "behr@example.org", "position", "Präsident", NULL);
  podium_document_remove (f->theirs, session (f->theirs, "lunch"));

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 2);

  c = conflict_at (m, 0);
  g_assert_true (podium_merge_conflict_get_object_type (c) == PODIUM_TYPE_PERSON);
  g_assert_cmpint (podium_merge_conflict_get_kind (c), ==, PODIUM_MERGE_REMOVED_MINE);
  g_assert_cmpstr (podium_merge_conflict_get_object_name (c), ==, "Prof. Michael Behr");
  g_assert_null (podium_merge_conflict_get_property_name (c));
  g_assert_cmpstr (podium_merge_conflict_get_label (c), ==, "Position, Email");
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (c), ==, "removed");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (c), ==, "changed");

  c = conflict_at (m, 1);
  g_assert_cmpint (podium_merge_conflict_get_kind (c), ==, PODIUM_MERGE_REMOVED_THEIRS);
  g_assert_cmpstr (podium_merge_conflict_get_object_id (c), ==, "forum");
  g_assert_cmpstr (podium_merge_conflict_get_label (c), ==, "Title");
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (c), ==, "Podium");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (c), ==, "removed");

  /* Mine: the forum stays as edited, Behr and his role are gone */
  r = result (m);
  g_assert_cmpstr (podium_session_get_title (session (r, "forum")), ==, "Podium");
  g_assert_null (find (r, PODIUM_TYPE_PERSON, "behr"));
  g_assert_cmpuint (g_list_model_get_n_items (podium_session_get_roles (session (r, "greeting"))), ==, 0);
  g_assert_null (session (r, "lunch"));
  g_clear_object (&r);

  /* Theirs: the forum is gone, Behr is back as they edited him, with his role */
  podium_merge_choose_all (m, PODIUM_MERGE_THEIRS);
  r = result (m);
  g_assert_null (session (r, "forum"));
  g_assert_cmpstr (podium_person_get_email (find (r, PODIUM_TYPE_PERSON, "behr")), ==, "behr@example.org");
  g_assert_cmpuint (g_list_model_get_n_items (podium_session_get_roles (session (r, "greeting"))), ==, 1);
}

/* Two new sessions and people under the same generated id are four objects */
static void
test_added_under_one_id (Fixture       *f,
                         gconstpointer  data)
{
  PodiumDocument *docs[] = { f->mine, f->theirs };
  const char *names[] = { "Anna Adler", "Ben Bauer" };
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;
  g_autofree char *roles = NULL;
  PodiumPerson *ben = NULL;
  GListModel *people;

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_autoptr(PodiumPerson) person = g_object_new (PODIUM_TYPE_PERSON, "name", names[i], NULL);
      g_autoptr(PodiumSession) s = g_object_new (PODIUM_TYPE_SESSION, "title", names[i], NULL);

      podium_document_add (docs[i], person);
      podium_document_add (docs[i], s);
      podium_document_add_role (docs[i], session (docs[i], "greeting"), PODIUM_ROLE_SPEAKER, person, NULL);
      g_assert_cmpstr (podium_object_get_id (PODIUM_OBJECT (s)), ==, "session-4");
    }

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 0);
  r = result (m);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_sessions (r)), ==, 5);
  g_assert_cmpstr (podium_session_get_title (session (r, "session-4")), ==, "Anna Adler");
  g_assert_cmpstr (podium_session_get_title (session (r, "session-4-2")), ==, "Ben Bauer");

  people = podium_document_get_people (r);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 4);
  ben = find (r, PODIUM_TYPE_PERSON, "person-3-2");
  g_assert_nonnull (ben);
  g_assert_cmpstr (podium_person_get_name (ben), ==, "Ben Bauer");
  /* Theirs' role points at theirs' person under the new id */
  roles = role_names (session (r, "greeting"));
  g_assert_cmpstr (roles, ==, "behr person-3 person-3-2");
}

static void
test_room_order (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;
  g_autoptr(PodiumRoom) c = g_object_new (PODIUM_TYPE_ROOM, "id", "raum-c", "name", "Raum C", NULL);
  g_autofree char *order = NULL;
  PodiumMergeConflict *conflict;

  /* A reorder here and an insertion and a removal there combine */
  podium_document_move_room (f->mine, find (f->mine, PODIUM_TYPE_ROOM, "raum-b"), 0);
  podium_document_insert (f->theirs, c, 1);
  podium_document_remove (f->theirs, find (f->theirs, PODIUM_TYPE_ROOM, "raum-a"));

  m = merge (f);
  /* theirs removed Raum A, and the forum in it lost its room there; mine did not touch either */
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 0);
  r = result (m);
  order = room_order (r);
  g_assert_cmpstr (order, ==, "raum-b plenum raum-c");
  g_clear_object (&r);
  g_clear_object (&m);
  g_clear_pointer (&order, g_free);

  /* Two reorders do not */
  g_assert_finalize_object (f->theirs);
  f->theirs = load_plan ();
  podium_document_move_room (f->theirs, find (f->theirs, PODIUM_TYPE_ROOM, "plenum"), 2);
  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 1);
  conflict = conflict_at (m, 0);
  g_assert_true (podium_merge_conflict_get_object_type (conflict) == PODIUM_TYPE_DOCUMENT);
  g_assert_cmpstr (podium_merge_conflict_get_property_name (conflict), ==, "room-order");
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (conflict), ==, "Raum B, Plenarsaal, Raum A");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (conflict), ==, "Raum A, Raum B, Plenarsaal");
  r = result (m);
  order = room_order (r);
  g_assert_cmpstr (order, ==, "raum-b plenum raum-a");
  g_clear_object (&r);
  g_clear_pointer (&order, g_free);
  podium_merge_conflict_set_choice (conflict, PODIUM_MERGE_THEIRS);
  r = result (m);
  order = room_order (r);
  g_assert_cmpstr (order, ==, "raum-a raum-b plenum");
}

static void
test_roles (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;
  g_autofree char *greeting = NULL;
  g_autofree char *forum = NULL;
  g_autoptr(PodiumRole) speaker = g_list_model_get_item (podium_session_get_roles (session (f->theirs, "greeting")), 0);
  g_autoptr(PodiumRole) moderator = g_list_model_get_item (podium_session_get_roles (session (f->mine, "forum")), 0);

  /* Insertions on both sides and a removal there */
  podium_document_add_role (f->mine, session (f->mine, "greeting"), PODIUM_ROLE_SPEAKER,
                            find (f->mine, PODIUM_TYPE_PERSON, "wosche"), NULL);
  podium_document_add_role (f->theirs, session (f->theirs, "greeting"), PODIUM_ROLE_MODERATOR,
                            NULL, find (f->theirs, PODIUM_TYPE_ORGANIZATION, "zefas"));
  podium_document_remove_role (f->theirs, session (f->theirs, "greeting"), speaker);
  /* A reorder here (the moderator last), an insertion there (after the panelist) */
  podium_document_remove_role (f->mine, session (f->mine, "forum"), moderator);
  podium_document_add_role (f->mine, session (f->mine, "forum"), PODIUM_ROLE_MODERATOR,
                            NULL, find (f->mine, PODIUM_TYPE_ORGANIZATION, "thaff"));
  podium_document_add_role (f->theirs, session (f->theirs, "forum"), PODIUM_ROLE_PANELIST,
                            find (f->theirs, PODIUM_TYPE_PERSON, "behr"), NULL);

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 0);
  r = result (m);
  greeting = role_names (session (r, "greeting"));
  g_assert_cmpstr (greeting, ==, "wosche zefas");
  forum = role_names (session (r, "forum"));
  g_assert_cmpstr (forum, ==, "wosche behr thaff");
}

/* A session has one moderator: both replacing it with different people is a conflict
 * naming both, never a session with two moderators */
static void
test_moderator_replaced (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) mine_way = NULL;
  g_autoptr(PodiumDocument) theirs_way = NULL;
  g_autofree char *mine_roles = NULL;
  g_autofree char *theirs_roles = NULL;
  g_autoptr(PodiumRole) mine_moderator = g_list_model_get_item (podium_session_get_roles (session (f->mine, "forum")), 0);
  g_autoptr(PodiumRole) theirs_moderator = g_list_model_get_item (podium_session_get_roles (session (f->theirs, "forum")), 0);
  PodiumMergeConflict *conflict;

  podium_document_remove_role (f->mine, session (f->mine, "forum"), mine_moderator);
  podium_document_add_role (f->mine, session (f->mine, "forum"), PODIUM_ROLE_MODERATOR,
                            NULL, find (f->mine, PODIUM_TYPE_ORGANIZATION, "zefas"));
  podium_document_remove_role (f->theirs, session (f->theirs, "forum"), theirs_moderator);
  podium_document_add_role (f->theirs, session (f->theirs, "forum"), PODIUM_ROLE_MODERATOR,
                            find (f->theirs, PODIUM_TYPE_PERSON, "behr"), NULL);

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 1);
  conflict = conflict_at (m, 0);
  g_assert_cmpstr (podium_merge_conflict_get_object_id (conflict), ==, "forum");
  g_assert_cmpstr (podium_merge_conflict_get_property_name (conflict), ==, "moderator");
  g_assert_cmpstr (podium_merge_conflict_get_label (conflict), ==, "Moderation");
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (conflict), ==, "ZEFAS");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (conflict), ==, "Prof. Michael Behr");

  mine_way = result (m);
  mine_roles = role_names (session (mine_way, "forum"));
  g_assert_cmpstr (mine_roles, ==, "wosche zefas");

  podium_merge_conflict_set_choice (conflict, PODIUM_MERGE_THEIRS);
  theirs_way = result (m);
  theirs_roles = role_names (session (theirs_way, "forum"));
  g_assert_cmpstr (theirs_roles, ==, "wosche behr");
}

static void
test_unknown_members (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;
  g_autofree char *text = NULL;
  PodiumMergeConflict *c;

  set_member (session (f->mine, "forum"), "x-a", json_from_string ("1", NULL));
  set_member (session (f->theirs, "greeting"), "x-hint", json_from_string ("\"silver\"", NULL));
  set_member (f->theirs, "x-new", json_from_string ("[1, 2]", NULL));
  set_member (podium_session_get_video (session (f->theirs, "lunch")), "x-codec", json_from_string ("\"av1\"", NULL));

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 0);
  r = result (m);
  text = podium_json_write (r, NULL);
  g_assert_nonnull (strstr (text, "\"x-a\" : 1"));
  g_assert_nonnull (strstr (text, "\"x-hint\" : \"silver\""));
  g_assert_nonnull (strstr (text, "\"x-codec\" : \"av1\""));
  g_assert_nonnull (strstr (text, "\"x-future\" : {"));
  g_assert_nonnull (strstr (text, "\"server\" : \"dav\""));
  g_assert_nonnull (strstr (text, "\"x-new\" : ["));
  g_clear_object (&r);
  g_clear_object (&m);

  /* The same unknown member changed two ways */
  set_member (session (f->mine, "greeting"), "x-hint", NULL);
  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 1);
  c = conflict_at (m, 0);
  g_assert_cmpstr (podium_merge_conflict_get_property_name (c), ==, "extra:x-hint");
  g_assert_cmpstr (podium_merge_conflict_get_label (c), ==, "Unknown detail “x-hint”");
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (c), ==, "removed");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (c), ==, "\"silver\"");
  r = result (m);
  g_assert_null (podium_object_get_extra (PODIUM_OBJECT (session (r, "greeting"))));
}

/* Moving a session into a room the other side removed keeps the room, unless chosen */
static void
test_use_of_removed (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;
  PodiumMergeConflict *c;

  podium_document_remove (f->theirs, find (f->theirs, PODIUM_TYPE_ROOM, "raum-b"));
  podium_document_move (f->mine, session (f->mine, "forum"), find (f->mine, PODIUM_TYPE_ROOM, "raum-b"), at ("2023-11-20T11:00"));

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 1);
  c = conflict_at (m, 0);
  g_assert_true (podium_merge_conflict_get_object_type (c) == PODIUM_TYPE_ROOM);
  g_assert_cmpint (podium_merge_conflict_get_kind (c), ==, PODIUM_MERGE_REMOVED_THEIRS);
  g_assert_cmpstr (podium_merge_conflict_get_object_name (c), ==, "Raum B");
  g_assert_cmpstr (podium_merge_conflict_get_label (c), ==, "In use");
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (c), ==, "used by “Forum”");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (c), ==, "removed");

  r = result (m);
  g_assert_true (podium_session_get_room (session (r, "forum")) == find (r, PODIUM_TYPE_ROOM, "raum-b"));
  g_clear_object (&r);

  podium_merge_conflict_set_choice (c, PODIUM_MERGE_THEIRS);
  r = result (m);
  g_assert_null (find (r, PODIUM_TYPE_ROOM, "raum-b"));
  g_assert_false (podium_session_is_scheduled (session (r, "forum")));
  g_assert_cmpint (podium_session_get_start (session (r, "forum")), ==, at ("2023-11-20T11:00"));
}

/* The conference's days change together: each side's pair is valid, a mix may not be */
static void
test_conference (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;
  PodiumConference *mine = podium_document_get_conference (f->mine);
  PodiumConference *theirs = podium_document_get_conference (f->theirs);
  int day = podium_conference_get_start_date (mine);
  PodiumMergeConflict *c;

  podium_document_edit (f->mine, mine, "start-date", day + 1, "end-date", day + 2, NULL);
  podium_document_edit (f->theirs, theirs, "end-date", day, NULL);
  g_object_set (mine, "updated", "2023-11-19T10:00", NULL);
  g_object_set (theirs, "updated", "2023-11-19T11:00", NULL);
  podium_document_edit (f->theirs, theirs, "venue-city", "Erfurt", NULL);

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 1);
  c = conflict_at (m, 0);
  g_assert_true (podium_merge_conflict_get_object_type (c) == PODIUM_TYPE_CONFERENCE);
  g_assert_cmpstr (podium_merge_conflict_get_object_name (c), ==, "the conference");
  g_assert_cmpstr (podium_merge_conflict_get_property_name (c), ==, "dates");
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (c), ==, "Tuesday, 21 November 2023 to Wednesday, 22 November 2023");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (c), ==, "Monday, 20 November 2023");

  r = result (m);
  g_assert_cmpint (podium_conference_get_start_date (podium_document_get_conference (r)), ==, day + 1);
  g_assert_cmpstr (podium_conference_get_venue_city (podium_document_get_conference (r)), ==, "Erfurt");
  /* When the plan last changed is a fact, not an edit: the later one */
  g_assert_cmpstr (podium_conference_get_updated (podium_document_get_conference (r)), ==, "2023-11-19T11:00");
}

/* Random plans and random edits */

static PodiumVersion *
version (PodiumDocument *doc,
         const char     *id)
{
  return find (doc, PODIUM_TYPE_VERSION, id);
}

/* Versions and approvals either side published are kept; a changed note is taken */
static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PodiumMerge) m = NULL;
  g_autoptr(PodiumDocument) r = NULL;
  g_autoptr(PodiumMerge) m2 = NULL;
  g_autoptr(PodiumDocument) r2 = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  PodiumVersion *v1;
  PodiumOrganization *zefas;

  podium_document_publish_version (f->base, "v1", NULL, "Anna", at ("2023-11-01T08:00"));
  g_clear_object (&f->mine);
  g_clear_object (&f->theirs);
  f->mine = reload (f->base);
  f->theirs = reload (f->base);

  podium_document_publish_version (f->mine, "v2", NULL, NULL, at ("2023-11-02T08:00"));
  zefas = find (f->mine, PODIUM_TYPE_ORGANIZATION, "zefas");
  podium_document_add_approval (f->mine, version (f->mine, "version-1"), zefas, "Kai", at ("2023-11-02T09:00"), NULL);
  podium_document_publish_version (f->theirs, "v2 bei ZEFAS", NULL, NULL, at ("2023-11-02T10:00"));
  podium_document_edit (f->theirs, version (f->theirs, "version-1"), "note", "an alle", NULL);
  podium_document_edit (f->theirs, session (f->theirs, "forum"), "title", "Forum Fachkräfte", NULL);

  m = merge (f);
  g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 0);
  r = result (m);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_versions (r)), ==, 3);
  v1 = version (r, "version-1");
  g_assert_cmpstr (podium_version_get_note (v1), ==, "an alle");
  g_assert_cmpstr (podium_version_get_publisher (v1), ==, "Anna");
  g_assert_cmpstr (podium_approval_get_by (podium_version_lookup_approval (v1, find (r, PODIUM_TYPE_ORGANIZATION, "zefas"))),
                   ==, "Kai");
  g_assert_cmpstr (podium_version_get_name (version (r, "version-2")), ==, "v2");
  g_assert_cmpstr (podium_version_get_name (podium_document_get_latest_version (r)), ==, "v2 bei ZEFAS");
  /* what v1 recorded came along: the merged plan's changes since it */
  changes = podium_changes_compute (v1, r);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((PodiumChange *) g_ptr_array_index (changes, 0))->text, ==,
                   "“Forum” is now called “Forum Fachkräfte”");

  /* an approval undone before saving is not merged in */
  podium_document_undo (f->mine);
  g_clear_object (&m);
  m2 = merge (f);
  r2 = result (m2);
  g_assert_null (podium_version_lookup_approval (version (r2, "version-1"), find (r2, PODIUM_TYPE_ORGANIZATION, "zefas")));
  /* a version removed on one side and left alone on the other is removed */
  podium_document_remove (f->theirs, version (f->theirs, "version-1"));
  g_clear_object (&m2);
  g_clear_object (&r2);
  m2 = merge (f);
  r2 = result (m2);
  g_assert_null (version (r2, "version-1"));
}

static const char * const words[] = {
  "Forum", "Impuls", "Fachkräfte", "Austausch", "Erfurt", "Leipzig", "Magdeburg", "Netzwerk",
  "Pause", "Grußwort", "Zukunft", "Arbeit",
};

typedef struct
{
  GRand          *rand;
  PodiumDocument *doc;
  GHashTable     *own;        /* NULL: may change everything; else the keys of what it may */
  gboolean        plan;       /* may change the conference, the room order, the plan's members */
  const char     *prefix;     /* for new ids, or NULL for the document's own */
  guint           added;
} Editor;

static char *
key_of (gpointer object)
{
  if (PODIUM_IS_ACKNOWLEDGEMENT (object))
    return g_strdup_printf ("ack:%s:%s", podium_acknowledgement_get_rule (object),
                            podium_acknowledgement_get_key (object));
  return g_strdup_printf ("%s:%s", G_OBJECT_TYPE_NAME (object), podium_object_get_id (object));
}

static gboolean
may_touch (Editor   *ed,
           gpointer  object)
{
  g_autofree char *key = NULL;

  if (ed->own == NULL)
    return TRUE;
  if (PODIUM_IS_CONFERENCE (object))
    return ed->plan;
  key = key_of (object);
  return g_hash_table_contains (ed->own, key);
}

static void
own (Editor   *ed,
     gpointer  object)
{
  if (ed->own)
    g_hash_table_add (ed->own, key_of (object));
}

static int
rnd (Editor *ed,
     int     n)
{
  return g_rand_int_range (ed->rand, 0, n);
}

static char *
random_text (Editor *ed)
{
  return g_strdup_printf ("%s %d", words[rnd (ed, G_N_ELEMENTS (words))], rnd (ed, 100));
}

/* An object of @model this editor may change (or refer to, with @ref), or NULL */
static gpointer
pick (Editor     *ed,
      GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (model, i);

      if (may_touch (ed, item))
        g_ptr_array_add (candidates, item);
      else
        g_object_unref (item);
    }
  if (candidates->len == 0)
    return NULL;
  /* the document holds it */
  return g_ptr_array_index (candidates, rnd (ed, candidates->len));
}

/* Whether removing @object would change something this editor may not */
static gboolean
used_elsewhere (Editor   *ed,
                gpointer  object)
{
  GListModel *sessions = podium_document_get_sessions (ed->doc);
  GListModel *people = podium_document_get_people (ed->doc);
  PodiumConference *conference = podium_document_get_conference (ed->doc);
  GPtrArray *co = podium_conference_get_co_organizers (conference);

  if (ed->own == NULL)
    return FALSE;
  if (!ed->plan && (podium_conference_get_host (conference) == object ||
                    (co && g_ptr_array_find (co, object, NULL))))
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(PodiumPerson) person = g_list_model_get_item (people, i);

      if (!may_touch (ed, person) && podium_person_get_organization (person) == object)
        return TRUE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PodiumSession) s = g_list_model_get_item (sessions, i);
      GListModel *roles = podium_session_get_roles (s);

      if (may_touch (ed, s))
        continue;
      if (podium_session_get_room (s) == object ||
          podium_video_get_contact (podium_session_get_video (s)) == object)
        return TRUE;
      for (guint j = 0; j < g_list_model_get_n_items (roles); j++)
        {
          g_autoptr(PodiumRole) role = g_list_model_get_item (roles, j);

          if (podium_role_get_person (role) == object || podium_role_get_organization (role) == object)
            return TRUE;
        }
    }
  return FALSE;
}

static void
add_object (Editor   *ed,
            gpointer  object)
{
  if (ed->prefix && !PODIUM_IS_ACKNOWLEDGEMENT (object))
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", ed->prefix, ed->added++);
      podium_object_set_id (object, id);
    }
  podium_document_add (ed->doc, object);
  own (ed, object);
}

static void
random_member (Editor   *ed,
               gpointer  object)
{
  g_autofree char *name = g_strdup_printf ("x-%d", rnd (ed, 3));

  if (rnd (ed, 4) == 0)
    set_member (object, name, NULL);
  else
    set_member (object, name, json_from_string (rnd (ed, 2) ? "\"eins\"" : "{\"n\": [1, 2]}", NULL));
}

static gint64
random_start (Editor *ed)
{
  int first = podium_conference_get_start_date (podium_document_get_conference (ed->doc));

  return podium_time_from_date (first + rnd (ed, 2), 8 * 60 + 15 * rnd (ed, 36));
}

static void
edit_session (Editor        *ed,
              PodiumSession *s)
{
  PodiumDocument *doc = ed->doc;
  PodiumVideo *video = podium_session_get_video (s);
  g_autofree char *text = random_text (ed);

  switch (rnd (ed, 16))
    {
    case 0: podium_document_edit (doc, s, "title", text, NULL); break;
    case 1: podium_document_edit (doc, s, rnd (ed, 2) ? "subtitle" : "notes", rnd (ed, 3) ? text : NULL, NULL); break;
    case 2: podium_document_set_session_kind (doc, s, rnd (ed, PODIUM_SESSION_OTHER + 1)); break;
    case 3: podium_document_edit (doc, s, "status", rnd (ed, 3), NULL); break;
    case 4: podium_document_resize (doc, s, 5 * (1 + rnd (ed, 24))); break;
    case 5: podium_document_edit (doc, s, "expected-attendance", rnd (ed, 200), NULL); break;
    case 6:
      {
        const char *tags[] = { words[rnd (ed, G_N_ELEMENTS (words))], NULL };
        podium_document_edit (doc, s, "tags", rnd (ed, 3) ? tags : NULL, NULL);
      }
      break;
    case 7:
    case 8:
      {
        PodiumRoom *room = pick (ed, podium_document_get_rooms (doc));

        if (room || rnd (ed, 3) == 0)
          podium_document_move (doc, s, room, random_start (ed));
      }
      break;
    case 9: podium_document_unschedule (doc, s); break;
    case 10:
      switch (rnd (ed, 5))
        {
        case 0: podium_document_edit (doc, video, "file", text, NULL); break;
        case 1: podium_document_edit (doc, video, "status", rnd (ed, 4), NULL); break;
        case 2: podium_document_edit (doc, video, "contact", pick (ed, podium_document_get_people (doc)), NULL); break;
        case 3: podium_document_edit (doc, video, "received", 19670 + rnd (ed, 10), "subtitles", rnd (ed, 2), NULL); break;
        default: random_member (ed, video); break;
        }
      break;
    case 11:
    case 12:
      {
        PodiumPerson *person = pick (ed, podium_document_get_people (doc));
        PodiumOrganization *organization = rnd (ed, 2) ? pick (ed, podium_document_get_organizations (doc)) : NULL;

        if (person || organization)
          podium_document_add_role (doc, s, rnd (ed, PODIUM_ROLE_HOST + 1), person, organization);
      }
      break;
    case 13:
      {
        GListModel *roles = podium_session_get_roles (s);
        guint n = g_list_model_get_n_items (roles);

        if (n > 0)
          {
            g_autoptr(PodiumRole) role = g_list_model_get_item (roles, rnd (ed, n));
            if (rnd (ed, 4) == 0)
              random_member (ed, role);
            else
              podium_document_remove_role (doc, s, role);
          }
      }
      break;
    default:
      random_member (ed, s);
      break;
    }
}

static void
edit_person (Editor       *ed,
             PodiumPerson *person)
{
  g_autofree char *text = random_text (ed);

  switch (rnd (ed, 6))
    {
    case 0: podium_document_edit (ed->doc, person, "name", text, NULL); break;
    case 1: podium_document_edit (ed->doc, person, rnd (ed, 2) ? "email" : "honorific", text, NULL); break;
    case 2:
      podium_document_edit (ed->doc, person, "organization",
                            rnd (ed, 3) ? pick (ed, podium_document_get_organizations (ed->doc)) : NULL, NULL);
      break;
    case 3:
      {
        g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_span_free);
        gint64 start = random_start (ed);

        g_ptr_array_add (spans, podium_span_new (start, start + 60 * (1 + rnd (ed, 4))));
        podium_document_edit (ed->doc, person, "availability", spans, NULL);
      }
      break;
    default: random_member (ed, person); break;
    }
}

static void
edit_room (Editor     *ed,
           PodiumRoom *room)
{
  g_autofree char *text = random_text (ed);

  switch (rnd (ed, 6))
    {
    case 0: podium_document_edit (ed->doc, room, "name", text, NULL); break;
    case 1: podium_document_edit (ed->doc, room, "capacity", rnd (ed, 300), "kind", rnd (ed, 4), NULL); break;
    case 2: podium_document_edit (ed->doc, room, "equipment", rnd (ed, 64), NULL); break;
    case 3: podium_document_edit (ed->doc, room, "color", rnd (ed, 2) ? "#3584e4" : NULL, NULL); break;
    case 4:
      if (ed->plan)
        podium_document_move_room (ed->doc, room,
                                   rnd (ed, g_list_model_get_n_items (podium_document_get_rooms (ed->doc))));
      break;
    default: random_member (ed, room); break;
    }
}

static void
edit_organization (Editor             *ed,
                   PodiumOrganization *organization)
{
  g_autofree char *text = random_text (ed);

  switch (rnd (ed, 4))
    {
    case 0: podium_document_edit (ed->doc, organization, "name", text, NULL); break;
    case 1: podium_document_edit (ed->doc, organization, "short-name", text, "kind", rnd (ed, 5), NULL); break;
    case 2: podium_document_edit (ed->doc, organization, "region", text, NULL); break;
    default: random_member (ed, organization); break;
    }
}

static void
edit_conference (Editor *ed)
{
  PodiumConference *conference = podium_document_get_conference (ed->doc);
  int start = podium_conference_get_start_date (conference);
  g_autofree char *text = random_text (ed);

  switch (rnd (ed, 7))
    {
    case 0: podium_document_edit (ed->doc, conference, "title", text, NULL); break;
    case 1: podium_document_edit (ed->doc, conference, "venue-name", text, NULL); break;
    case 2:
      start += rnd (ed, 3) - 1;
      podium_document_edit (ed->doc, conference, "start-date", start, "end-date", start + rnd (ed, 3), NULL);
      break;
    case 3: podium_document_edit (ed->doc, conference, "day-start", 7 * 60 + 30 * rnd (ed, 6), NULL); break;
    case 4:
      {
        g_autoptr(GPtrArray) co = g_ptr_array_new_with_free_func (g_object_unref);
        PodiumOrganization *organization = pick (ed, podium_document_get_organizations (ed->doc));

        if (organization)
          g_ptr_array_add (co, g_object_ref (organization));
        podium_document_edit (ed->doc, conference, "co-organizers", co,
                              "host", pick (ed, podium_document_get_organizations (ed->doc)), NULL);
      }
      break;
    case 5: random_member (ed, conference); break;
    default: random_member (ed, ed->doc); break;
    }
}

static void
add_random_object (Editor *ed)
{
  g_autofree char *text = random_text (ed);

  switch (rnd (ed, 5))
    {
    case 0:
      {
        g_autoptr(PodiumOrganization) o = g_object_new (PODIUM_TYPE_ORGANIZATION, "name", text, NULL);
        add_object (ed, o);
      }
      break;
    case 1:
      {
        g_autoptr(PodiumPerson) p = g_object_new (PODIUM_TYPE_PERSON, "name", text,
                                                  "organization", pick (ed, podium_document_get_organizations (ed->doc)),
                                                  NULL);
        add_object (ed, p);
      }
      break;
    case 2:
      {
        g_autoptr(PodiumRoom) room = g_object_new (PODIUM_TYPE_ROOM, "name", text, NULL);
        add_object (ed, room);
      }
      break;
    case 3:
      {
        g_autofree char *key = g_strdup_printf ("%s-%u", ed->prefix ? ed->prefix : "k", ed->added++);
        g_autoptr(PodiumAcknowledgement) ack = g_object_new (PODIUM_TYPE_ACKNOWLEDGEMENT,
                                                             "rule", "room-overlap", "key", key,
                                                             "note", text, NULL);
        add_object (ed, ack);
      }
      break;
    default:
      {
        g_autoptr(PodiumSession) s = g_object_new (PODIUM_TYPE_SESSION, "title", text,
                                                   "kind", rnd (ed, PODIUM_SESSION_OTHER + 1), NULL);
        PodiumPerson *person = pick (ed, podium_document_get_people (ed->doc));

        add_object (ed, s);
        if (person)
          podium_document_add_role (ed->doc, s, PODIUM_ROLE_SPEAKER, person, NULL);
        if (rnd (ed, 2))
          podium_document_move (ed->doc, s, pick (ed, podium_document_get_rooms (ed->doc)), random_start (ed));
      }
      break;
    }
}

static void
remove_random_object (Editor *ed)
{
  GListModel *models[] = {
    podium_document_get_organizations (ed->doc), podium_document_get_people (ed->doc),
    podium_document_get_rooms (ed->doc), podium_document_get_sessions (ed->doc),
    podium_document_get_acknowledgements (ed->doc),
  };
  gpointer object = pick (ed, models[rnd (ed, G_N_ELEMENTS (models))]);

  if (object && !used_elsewhere (ed, object))
    podium_document_remove (ed->doc, object);
}

static void
edit_once (Editor *ed)
{
  PodiumDocument *doc = ed->doc;
  gpointer object;

  switch (rnd (ed, 20))
    {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6:
      if ((object = pick (ed, podium_document_get_sessions (doc))))
        edit_session (ed, object);
      break;
    case 7: case 8:
      if ((object = pick (ed, podium_document_get_people (doc))))
        edit_person (ed, object);
      break;
    case 9: case 10:
      if ((object = pick (ed, podium_document_get_rooms (doc))))
        edit_room (ed, object);
      break;
    case 11:
      if ((object = pick (ed, podium_document_get_organizations (doc))))
        edit_organization (ed, object);
      break;
    case 12:
      if (ed->own == NULL || ed->plan)
        edit_conference (ed);
      break;
    case 13:
      if ((object = pick (ed, podium_document_get_acknowledgements (doc))))
        podium_document_edit (doc, object, "note", words[rnd (ed, G_N_ELEMENTS (words))], NULL);
      break;
    case 14: case 15: case 16:
      add_random_object (ed);
      break;
    default:
      remove_random_object (ed);
      break;
    }
}

/* A plan with a bit of everything: the hand-written one, grown at random */
static PodiumDocument *
random_plan (GRand *rand)
{
  g_autoptr(PodiumDocument) doc = load_plan ();
  Editor ed = { rand, doc, NULL, TRUE, "base", 0 };
  guint n = 10 + g_rand_int_range (rand, 0, 20);

  for (guint i = 0; i < n; i++)
    add_random_object (&ed);
  for (guint i = 0; i < n; i++)
    edit_once (&ed);
  return reload (doc);
}

static PodiumDocument *
random_edit (GRand          *rand,
             PodiumDocument *base,
             GHashTable     *own,
             gboolean        plan,
             const char     *prefix)
{
  PodiumDocument *doc = reload (base);
  Editor ed = { rand, doc, own, plan, prefix, 0 };
  guint n = 1 + g_rand_int_range (rand, 0, 12);

  for (guint i = 0; i < n; i++)
    edit_once (&ed);
  return doc;
}

static guint32
seed (void)
{
  const char *text = g_getenv ("PODIUM_MERGE_SEED");
  guint32 value = text ? (guint32) g_ascii_strtoull (text, NULL, 10) : DEFAULT_SEED;

  g_test_message ("seed %u (set PODIUM_MERGE_SEED to change it)", value);
  return value;
}

static char *
merged_text (PodiumDocument  *base,
             PodiumDocument  *mine,
             PodiumDocument  *theirs,
             PodiumMergeSide  choice,
             gboolean         expect_none,
             guint           *n_conflicts)
{
  g_autoptr(PodiumMerge) m = podium_merge_new (base, mine, theirs);
  g_autoptr(PodiumDocument) r = NULL;

  podium_merge_choose_all (m, choice);
  *n_conflicts = podium_merge_get_n_conflicts (m);
  /* What a failing "no conflicts" was about */
  for (guint i = 0; expect_none && i < *n_conflicts; i++)
    {
      PodiumMergeConflict *c = conflict_at (m, i);

      g_test_message ("conflict: %s %s: %s: %s / %s", g_type_name (podium_merge_conflict_get_object_type (c)),
                      podium_merge_conflict_get_object_name (c), podium_merge_conflict_get_label (c),
                      podium_merge_conflict_get_mine_text (c), podium_merge_conflict_get_theirs_text (c));
    }
  r = podium_merge_get_result (m);
  return assert_round_trip (r);
}

/* merge(b, x, b) = x, merge(b, b, x) = x, merge(b, x, x) = x, without conflicts */
static void
test_random_identities (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed ());

  for (guint i = 0; i < N_CASES; i++)
    {
      g_autoptr(PodiumDocument) base = random_plan (rand);
      g_autoptr(PodiumDocument) x = random_edit (rand, base, NULL, TRUE, NULL);
      g_autoptr(PodiumDocument) x2 = reload (x);
      g_autofree char *expected = podium_json_write (x, NULL);
      g_autofree char *a = NULL, *b = NULL, *c = NULL;
      guint n;

      a = merged_text (base, x, base, PODIUM_MERGE_MINE, TRUE, &n);
      g_assert_cmpuint (n, ==, 0);
      g_assert_cmpstr (a, ==, expected);
      b = merged_text (base, base, x, PODIUM_MERGE_MINE, TRUE, &n);
      g_assert_cmpuint (n, ==, 0);
      g_assert_cmpstr (b, ==, expected);
      c = merged_text (base, x, x2, PODIUM_MERGE_MINE, TRUE, &n);
      g_assert_cmpuint (n, ==, 0);
      g_assert_cmpstr (c, ==, expected);
    }
}

/* Every object of a document as the file writes it: "sessions/ID" → its JSON */
typedef struct
{
  JsonParser *parser;
  GHashTable *objects;
} Objects;

static void
objects_free (Objects *o)
{
  g_hash_table_unref (o->objects);
  g_object_unref (o->parser);
  g_free (o);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Objects, objects_free)

static Objects *
objects_of (PodiumDocument *doc)
{
  static const char * const arrays[] = { "organizations", "people", "rooms", "sessions", "acknowledged" };
  Objects *o = g_new0 (Objects, 1);
  g_autofree char *text = podium_json_write (doc, NULL);
  JsonObject *top;
  g_autoptr(GList) members = NULL;

  o->parser = json_parser_new ();
  g_assert_true (json_parser_load_from_data (o->parser, text, -1, NULL));
  o->objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  top = json_node_get_object (json_parser_get_root (o->parser));

  g_hash_table_insert (o->objects, g_strdup ("conference"), json_object_get_member (top, "conference"));
  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    {
      JsonArray *array = json_object_get_array_member (top, arrays[i]);

      for (guint k = 0; k < json_array_get_length (array); k++)
        {
          JsonObject *object = json_array_get_object_element (array, k);
          char *key = json_object_has_member (object, "id")
            ? g_strdup_printf ("%s/%s", arrays[i], json_object_get_string_member (object, "id"))
            : g_strdup_printf ("%s/%s/%s", arrays[i], json_object_get_string_member (object, "rule"),
                               json_object_get_string_member (object, "key"));

          g_assert_false (g_hash_table_contains (o->objects, key));
          g_hash_table_insert (o->objects, key, json_array_get_element (array, k));
        }
    }

  members = json_object_get_members (top);
  for (const GList *l = members; l; l = l->next)
    if (!JSON_NODE_HOLDS_ARRAY (json_object_get_member (top, l->data)) &&
        !g_str_equal (l->data, "conference"))
      g_hash_table_insert (o->objects, g_strdup_printf ("top/%s", (char *) l->data),
                           json_object_get_member (top, l->data));
  return o;
}

static gboolean
same_node (JsonNode *a,
           JsonNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_node_equal (a, b);
}

static void
assign_halves (GRand          *rand,
               PodiumDocument *doc,
               GHashTable     *halves[2])
{
  GListModel *models[] = {
    podium_document_get_organizations (doc), podium_document_get_people (doc),
    podium_document_get_rooms (doc), podium_document_get_sessions (doc),
    podium_document_get_acknowledgements (doc),
  };

  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    for (guint k = 0; k < g_list_model_get_n_items (models[i]); k++)
      {
        g_autoptr(GObject) object = g_list_model_get_item (models[i], k);
        g_hash_table_add (halves[g_rand_int_range (rand, 0, 2)], key_of (object));
      }
}

/* Changes to disjoint objects never conflict, and each object in the result is what the
 * side that changed it made of it */
static void
test_random_disjoint (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed () + 1);

  for (guint i = 0; i < N_CASES; i++)
    {
      g_autoptr(PodiumDocument) base = random_plan (rand);
      GHashTable *halves[2] = {
        g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
        g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
      };
      g_autoptr(PodiumDocument) x = NULL;
      g_autoptr(PodiumDocument) y = NULL;
      g_autoptr(PodiumDocument) y_read = NULL;
      g_autoptr(PodiumMerge) m = NULL;
      g_autoptr(PodiumDocument) r = NULL;
      g_autoptr(Objects) ob = NULL, ox = NULL, oy = NULL, or = NULL;
      g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
      GHashTableIter iter;
      gpointer key;
      guint expected = 0;

      assign_halves (rand, base, halves);
      x = random_edit (rand, base, halves[0], TRUE, "x");
      y = random_edit (rand, base, halves[1], FALSE, "y");
      y_read = reload (y);

      m = podium_merge_new (base, x, y_read);
      g_assert_cmpuint (podium_merge_get_n_conflicts (m), ==, 0);
      r = podium_merge_get_result (m);
      g_free (assert_round_trip (r));

      ob = objects_of (base);
      ox = objects_of (x);
      oy = objects_of (y);
      or = objects_of (r);
      for (Objects **o = (Objects *[]) { ob, ox, oy, NULL }; *o; o++)
        {
          g_hash_table_iter_init (&iter, (*o)->objects);
          while (g_hash_table_iter_next (&iter, &key, NULL))
            g_hash_table_add (keys, key);
        }

      g_hash_table_iter_init (&iter, keys);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          JsonNode *nb = g_hash_table_lookup (ob->objects, key);
          JsonNode *nx = g_hash_table_lookup (ox->objects, key);
          JsonNode *ny = g_hash_table_lookup (oy->objects, key);
          JsonNode *want = nb ? (same_node (nb, nx) ? ny : nx) : nx ? nx : ny;
          JsonNode *got = g_hash_table_lookup (or->objects, key);

          if (!same_node (want, got))
            {
              g_autofree char *tb = nb ? json_to_string (nb, FALSE) : NULL;
              g_autofree char *tx = nx ? json_to_string (nx, FALSE) : NULL;
              g_autofree char *ty = ny ? json_to_string (ny, FALSE) : NULL;
              g_autofree char *tr = got ? json_to_string (got, FALSE) : NULL;

              g_error ("case %u: %s differs\nbase %s\nx    %s\ny    %s\nr    %s",
                       i, (char *) key, tb, tx, ty, tr);
            }
          expected += want != NULL;
        }
      g_assert_cmpuint (g_hash_table_size (or->objects), ==, expected);

      g_hash_table_unref (halves[0]);
      g_hash_table_unref (halves[1]);
    }
}

/* Whatever both sides do, every resolution is a valid document that reads back equal */
static void
test_random_overlapping (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed () + 2);
  guint total = 0;

  for (guint i = 0; i < N_CASES; i++)
    {
      g_autoptr(PodiumDocument) base = random_plan (rand);
      g_autoptr(PodiumDocument) x = random_edit (rand, base, NULL, TRUE, NULL);
      g_autoptr(PodiumDocument) y = random_edit (rand, base, NULL, TRUE, NULL);
      g_autoptr(PodiumDocument) y_read = reload (y);
      g_autofree char *a = NULL, *b = NULL;
      guint n, n2;

      a = merged_text (base, x, y_read, PODIUM_MERGE_MINE, FALSE, &n);
      b = merged_text (base, x, y_read, PODIUM_MERGE_THEIRS, FALSE, &n2);
      g_assert_cmpuint (n, ==, n2);
      total += n;
    }
  g_test_message ("%u conflicts in %u cases", total, N_CASES);
  g_assert_cmpuint (total, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/merge/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("different-properties", test_different_properties);
  ADD ("transient-facts", test_transient_facts);
  ADD ("same-property", test_same_property);
  ADD ("equal-changes", test_equal_changes);
  ADD ("place-is-one-unit", test_place_is_one_unit);
  ADD ("move-and-resize", test_move_and_resize);
  ADD ("edited-and-removed", test_edited_and_removed);
  ADD ("added-under-one-id", test_added_under_one_id);
  ADD ("room-order", test_room_order);
  ADD ("roles", test_roles);
  ADD ("moderator-replaced", test_moderator_replaced);
  ADD ("unknown-members", test_unknown_members);
  ADD ("use-of-removed", test_use_of_removed);
  ADD ("conference", test_conference);
  ADD ("versions", test_versions);
  g_test_add_func ("/merge/random/identities", test_random_identities);
  g_test_add_func ("/merge/random/disjoint", test_random_disjoint);
  g_test_add_func ("/merge/random/overlapping", test_random_overlapping);

  return g_test_run ();
}
