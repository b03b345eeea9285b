/* test-participants.c — participants, parallel blocks, room assignment, CSV import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podium-conflicts.h"
#include "podium-json.h"
#include "podium-model.h"
#include "podium-participants-csv.h"

typedef struct
{
  PodiumDocument     *document;
  PodiumOrganization *thaff;
  PodiumRoom         *rooms[4];      /* the plenary, three theme rooms */
  PodiumSession      *keynote;
  PodiumSession      *morning[3];    /* 10:00–11:30, one per theme room */
  PodiumSession      *afternoon[2];  /* 13:00–14:30 in theme rooms 1 and 2 */
} Fixture;

static gint64
at (const char *text)
{
  gint64 time = PODIUM_TIME_NONE;

  g_assert_true (podium_time_parse (text, &time));
  return time;
}

static PodiumSession *
add_session (PodiumDocument *document,
             const char     *id,
             const char     *title,
             PodiumRoom     *room,
             const char     *start,
             int             duration)
{
  PodiumSession *session = g_object_new (PODIUM_TYPE_SESSION, "id", id, "title", title,
                                         "kind", PODIUM_SESSION_BREAKOUT, NULL);

  podium_document_add (document, session);
  podium_document_schedule (document, session, room, at (start), duration);
  return session;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const char * const names[] = { "Plenum", "Themenraum 1", "Themenraum 2", "Themenraum 3" };
  static const int capacities[] = { 200, 25, 20, 15 };

  f->document = podium_document_new ();
  g_object_set (podium_document_get_conference (f->document),
                "title", "Fachtag", "start-date", 19787, "end-date", 19787, NULL);
  f->thaff = g_object_new (PODIUM_TYPE_ORGANIZATION, "id", "thaff", "name", "ThAFF", NULL);
  podium_document_add (f->document, f->thaff);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("room-%u", i);

      f->rooms[i] = g_object_new (PODIUM_TYPE_ROOM, "id", id, "name", names[i],
                                  "capacity", capacities[i], NULL);
      podium_document_add (f->document, f->rooms[i]);
    }
  f->keynote = add_session (f->document, "keynote", "Keynote", f->rooms[0], "2024-03-05T09:00", 60);
  f->morning[0] = add_session (f->document, "m1", "Fachkräfte", f->rooms[1], "2024-03-05T10:00", 90);
  f->morning[1] = add_session (f->document, "m2", "Digitalisierung", f->rooms[2], "2024-03-05T10:00", 90);
  f->morning[2] = add_session (f->document, "m3", "Netzwerke", f->rooms[3], "2024-03-05T10:15", 75);
  f->afternoon[0] = add_session (f->document, "a1", "Praxis", f->rooms[1], "2024-03-05T13:00", 90);
  f->afternoon[1] = add_session (f->document, "a2", "Förderung", f->rooms[2], "2024-03-05T13:00", 90);
  podium_document_clear_history (f->document);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_unref (f->thaff);
  for (guint i = 0; i < 4; i++)
    g_object_unref (f->rooms[i]);
  g_object_unref (f->keynote);
  for (guint i = 0; i < 3; i++)
    g_object_unref (f->morning[i]);
  for (guint i = 0; i < 2; i++)
    g_object_unref (f->afternoon[i]);
  g_assert_finalize_object (f->document);
}

static GPtrArray *
sessions (PodiumSession *first,
          ...)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;

  va_start (args, first);
  for (PodiumSession *s = first; s; s = va_arg (args, PodiumSession *))
    g_ptr_array_add (list, g_object_ref (s));
  va_end (args);
  return list;
}

static PodiumParticipant *
add_participant (PodiumDocument *document,
                 const char     *name,
                 const char     *email,
                 PodiumSession  *first,
                 PodiumSession  *second)
{
  g_autoptr(PodiumParticipant) p = podium_participant_new ();
  g_autoptr(GPtrArray) firsts = first ? sessions (first, NULL) : NULL;
  g_autoptr(GPtrArray) seconds = second ? sessions (second, NULL) : NULL;

  g_object_set (p, "name", name, "email", email, "first-choices", firsts,
                "second-choices", seconds, NULL);
  podium_document_add (document, p);
  return p;   /* the document holds it */
}

/* Parallel blocks: overlapping sessions of different rooms on one day; a session alone
 * is in none; touching is not overlapping */
static void
test_blocks (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (f->document);
  PodiumParallelBlock *morning, *afternoon;

  g_assert_cmpuint (blocks->len, ==, 2);
  morning = g_ptr_array_index (blocks, 0);
  afternoon = g_ptr_array_index (blocks, 1);
  g_assert_cmpuint (morning->sessions->len, ==, 3);
  g_assert_true (g_ptr_array_index (morning->sessions, 0) == f->morning[0]);
  g_assert_true (g_ptr_array_index (morning->sessions, 2) == f->morning[2]);
  g_assert_cmpint (morning->start, ==, at ("2024-03-05T10:00"));
  g_assert_cmpint (morning->end, ==, at ("2024-03-05T11:30"));
  g_assert_false (podium_parallel_block_contains (morning, f->keynote));
  g_assert_cmpuint (afternoon->sessions->len, ==, 2);

  /* A session ending as the afternoon starts does not join it; one that overlaps does,
   * even in the same room as another of the block */
  {
    g_autoptr(PodiumSession) lunch = add_session (f->document, "lunch", "Lunch talk", f->rooms[3],
                                                  "2024-03-05T12:00", 60);
    g_autoptr(PodiumSession) late = add_session (f->document, "late", "Late", f->rooms[3],
                                                 "2024-03-05T14:00", 60);
    g_autoptr(GPtrArray) again = podium_parallel_blocks (f->document);

    g_assert_cmpuint (again->len, ==, 2);
    afternoon = g_ptr_array_index (again, 1);
    g_assert_cmpuint (afternoon->sessions->len, ==, 3);
    g_assert_true (podium_parallel_block_contains (afternoon, late));
    g_assert_false (podium_parallel_block_contains (afternoon, lunch));
    g_assert_cmpint (afternoon->end, ==, at ("2024-03-05T15:00"));
    for (guint i = 0; i < 4; i++)
      podium_document_undo (f->document);
  }

  /* A cancelled session is in no block: the afternoon has one session left, so no block */
  podium_document_edit (f->document, f->afternoon[1], "status", PODIUM_STATUS_CANCELLED, NULL);
  {
    g_autoptr(GPtrArray) third = podium_parallel_blocks (f->document);
    g_assert_cmpuint (third->len, ==, 1);
  }
}

/* Choices per block, set and undone; the organisation label */
static void
test_choices (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (f->document);
  PodiumParallelBlock *morning = g_ptr_array_index (blocks, 0);
  PodiumParallelBlock *afternoon = g_ptr_array_index (blocks, 1);
  PodiumParticipant *anna = add_participant (f->document, "Anna Berg", "anna@example.org",
                                             f->morning[1], NULL);

  g_assert_true (podium_participant_get_choice (anna, morning, 1) == f->morning[1]);
  g_assert_null (podium_participant_get_choice (anna, afternoon, 1));

  podium_document_set_participant_choice (f->document, anna, afternoon, 1, f->afternoon[0]);
  podium_document_set_participant_choice (f->document, anna, morning, 1, f->morning[2]);
  podium_document_set_participant_choice (f->document, anna, morning, 2, f->morning[0]);
  g_assert_true (podium_participant_get_choice (anna, morning, 1) == f->morning[2]);
  g_assert_true (podium_participant_get_choice (anna, morning, 2) == f->morning[0]);
  g_assert_true (podium_participant_get_choice (anna, afternoon, 1) == f->afternoon[0]);
  g_assert_cmpuint (podium_participant_get_first_choices (anna)->len, ==, 2);

  podium_document_undo (f->document);
  podium_document_undo (f->document);
  g_assert_true (podium_participant_get_choice (anna, morning, 1) == f->morning[1]);
  g_assert_null (podium_participant_get_choice (anna, morning, 2));

  podium_document_assign_participant (f->document, anna, morning, f->morning[0]);
  g_assert_true (podium_participant_get_assigned_in (anna, morning) == f->morning[0]);
  g_assert_cmpint (podium_participants_expected_attendance (f->document, f->morning[0]), ==, 1);
  g_assert_cmpint (podium_participants_expected_attendance (f->document, f->morning[1]), ==, 0);

  g_assert_null (podium_participant_get_organization_label (anna));
  podium_document_edit (f->document, anna, "organization-name", "Stadt Erfurt", NULL);
  g_assert_cmpstr (podium_participant_get_organization_label (anna), ==, "Stadt Erfurt");
  podium_document_edit (f->document, anna, "organization", f->thaff, NULL);
  g_assert_cmpstr (podium_participant_get_organization_label (anna), ==, "ThAFF");

  g_assert_true (podium_participants_find_by_email (f->document, "ANNA@example.org") == anna);
  g_assert_null (podium_participants_find_by_email (f->document, "bert@example.org"));
}

/* A removed session leaves the choices; a removed organisation stays as its name */
static void
test_remove_references (Fixture       *f,
                        gconstpointer  data)
{
  PodiumParticipant *anna = add_participant (f->document, "Anna Berg", "anna@example.org",
                                             f->morning[1], f->morning[2]);

  podium_document_edit (f->document, anna, "organization", f->thaff, NULL);
  podium_document_remove (f->document, f->morning[1]);
  g_assert_null (podium_participant_get_first_choices (anna));
  g_assert_cmpuint (podium_participant_get_second_choices (anna)->len, ==, 1);
  podium_document_undo (f->document);
  g_assert_true (g_ptr_array_index (podium_participant_get_first_choices (anna), 0) == f->morning[1]);

  podium_document_remove (f->document, f->thaff);
  g_assert_null (podium_participant_get_organization (anna));
  g_assert_cmpstr (podium_participant_get_organization_name (anna), ==, "ThAFF");
  podium_document_undo (f->document);
  g_assert_true (podium_participant_get_organization (anna) == f->thaff);
}

static PodiumDocument *
round_trip (PodiumDocument *document,
            char          **text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PodiumDocument *again;
  gsize length;

  *text = podium_json_write (document, &length);
  bytes = g_bytes_new (*text, length);
  again = podium_json_read_bytes (bytes, "participants.podium", &error);
  g_assert_no_error (error);
  return again;
}

/* Participants and kept counts are written and read back equal; a plan without them is
 * written without the members */
static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(PodiumDocument) again = NULL;
  g_autoptr(PodiumDocument) third = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  g_autofree char *before = podium_json_write (f->document, NULL);
  PodiumParticipant *anna, *read;
  g_autoptr(GPtrArray) assigned = NULL;

  g_assert_null (strstr (before, "participants"));

  anna = add_participant (f->document, "Anna Berg", "anna@example.org", f->morning[1], f->morning[2]);
  assigned = sessions (f->morning[2], f->afternoon[0], NULL);
  podium_document_edit (f->document, anna,
                        "organization", f->thaff, "position", "Referentin", "region", "Thüringen",
                        "notes", "vegetarisch", "status", PODIUM_PARTICIPANT_ATTENDED,
                        "assigned", assigned, NULL);
  add_participant (f->document, "Bert Roth", "bert@example.org", NULL, NULL);

  again = round_trip (f->document, &text);
  g_assert_nonnull (strstr (text, "\"first_choices\" : [\n        \"m2\"\n      ]"));
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_participants (again)), ==, 2);
  read = g_list_model_get_item (podium_document_get_participants (again), 0);
  g_object_unref (read);
  g_assert_cmpstr (podium_participant_get_name (read), ==, "Anna Berg");
  g_assert_cmpstr (podium_participant_get_region (read), ==, "Thüringen");
  g_assert_cmpint (podium_participant_get_status (read), ==, PODIUM_PARTICIPANT_ATTENDED);
  g_assert_cmpstr (podium_object_get_id (PODIUM_OBJECT (podium_participant_get_organization (read))), ==, "thaff");
  g_assert_cmpstr (podium_object_get_id (g_ptr_array_index (podium_participant_get_assigned (read), 1)), ==, "a1");

  podium_document_remove_personal_data (again);
  third = round_trip (again, &text2);
  g_assert_null (strstr (text2, "anna@example.org"));
  g_assert_null (strstr (text2, "Anna"));
  g_assert_nonnull (strstr (text2, "\"participant_counts\""));
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_participant_counts (third)), ==, 2);
  g_clear_pointer (&text2, g_free);
  text2 = podium_json_write (third, NULL);
  {
    g_autofree char *text3 = podium_json_write (again, NULL);
    g_assert_cmpstr (text2, ==, text3);
  }
}

/* A reference to a session that is not there, a session twice: the file is refused */
#define CONFERENCE "{\"format\":\"podium\",\"version\":1,\"conference\":{\"title\":\"T\"," \
  "\"start_date\":\"2024-03-05\",\"end_date\":\"2024-03-05\"},"

static void
test_json_errors (void)
{
  static const char *docs[] = {
    CONFERENCE
    "\"participants\":[{\"id\":\"p\",\"name\":\"A\",\"first_choices\":[\"nope\"]}]}",
    CONFERENCE
    "\"sessions\":[{\"id\":\"s\",\"title\":\"S\"}],"
    "\"participants\":[{\"id\":\"p\",\"name\":\"A\",\"assigned\":[\"s\",\"s\"]}]}",
    CONFERENCE
    "\"participants\":[{\"id\":\"p\",\"name\":\"A\",\"status\":\"maybe\"}]}",
    CONFERENCE
    "\"participant_counts\":[{\"id\":\"c\",\"region\":\"X\"}]}",
  };
  static const char *messages[] = { "no session with id “nope”", "listed twice", "maybe", "count" };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (docs[i], strlen (docs[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(PodiumDocument) document = podium_json_read_bytes (bytes, "bad", &error);

      g_assert_null (document);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, messages[i]));
    }
}

/* Remove Personal Data: counts per organisation and region, one undo step */
static void
test_remove_personal_data (Fixture       *f,
                           gconstpointer  data)
{
  PodiumParticipant *p[4];
  g_autoptr(GPtrArray) balance = NULL;
  PodiumBalanceEntry *entry;
  guint64 revision;

  p[0] = add_participant (f->document, "Anna", "a@example.org", NULL, NULL);
  p[1] = add_participant (f->document, "Bert", "b@example.org", NULL, NULL);
  p[2] = add_participant (f->document, "Cem", "c@example.org", NULL, NULL);
  p[3] = add_participant (f->document, "Dora", "d@example.org", NULL, NULL);
  podium_document_edit (f->document, p[0], "organization", f->thaff, "region", "Thüringen",
                        "status", PODIUM_PARTICIPANT_ATTENDED, NULL);
  podium_document_edit (f->document, p[1], "organization", f->thaff, "region", "Thüringen", NULL);
  podium_document_edit (f->document, p[2], "organization-name", "Stadt Jena", "region", "Thüringen", NULL);
  podium_document_edit (f->document, p[3], "organization", f->thaff, "status",
                        PODIUM_PARTICIPANT_CANCELLED, NULL);

  balance = podium_participants_balance (f->document);
  g_assert_cmpuint (balance->len, ==, 2);
  entry = g_ptr_array_index (balance, 0);
  g_assert_cmpstr (entry->organization_name, ==, "Stadt Jena");
  g_assert_cmpint (entry->count, ==, 1);
  entry = g_ptr_array_index (balance, 1);
  g_assert_cmpstr (entry->organization_name, ==, "ThAFF");
  g_assert_cmpstr (entry->region, ==, "Thüringen");
  g_assert_cmpint (entry->count, ==, 2);
  g_assert_cmpint (entry->attended, ==, 1);

  revision = podium_document_get_revision (f->document);
  podium_document_remove_personal_data (f->document);
  g_assert_cmpuint (podium_document_get_revision (f->document), ==, revision + 1);
  g_assert_cmpstr (podium_document_get_undo_label (f->document), ==, "Remove Personal Data");
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_participants (f->document)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_participant_counts (f->document)), ==, 2);
  g_assert_false (podium_participants_in_use (f->document));
  g_clear_pointer (&balance, g_ptr_array_unref);
  balance = podium_participants_balance (f->document);
  g_assert_cmpuint (balance->len, ==, 2);
  entry = g_ptr_array_index (balance, 1);
  g_assert_cmpint (entry->count, ==, 2);
  g_assert_cmpint (entry->attended, ==, 1);

  podium_document_undo (f->document);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_participants (f->document)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_participant_counts (f->document)), ==, 0);
}

/* Two people edit different participants, and the same one differently */
static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PodiumDocument) mine = NULL;
  g_autoptr(PodiumDocument) theirs = NULL;
  g_autoptr(PodiumMerge) merge = NULL;
  g_autoptr(PodiumDocument) result = NULL;
  g_autofree char *t1 = NULL, *t2 = NULL;
  PodiumParticipant *anna, *bert;

  add_participant (f->document, "Anna", "a@example.org", f->morning[0], NULL);
  add_participant (f->document, "Bert", "b@example.org", NULL, NULL);
  mine = round_trip (f->document, &t1);
  theirs = round_trip (f->document, &t2);

  anna = g_list_model_get_item (podium_document_get_participants (mine), 0);
  g_object_unref (anna);
  podium_document_edit (mine, anna, "region", "Hessen", NULL);
  anna = g_list_model_get_item (podium_document_get_participants (theirs), 0);
  g_object_unref (anna);
  podium_document_edit (theirs, anna, "position", "Leiterin", NULL);
  bert = g_list_model_get_item (podium_document_get_participants (theirs), 1);
  g_object_unref (bert);
  podium_document_edit (theirs, bert, "email", "bert@example.org", NULL);
  bert = g_list_model_get_item (podium_document_get_participants (mine), 1);
  g_object_unref (bert);
  podium_document_edit (mine, bert, "email", "roth@example.org", NULL);

  merge = podium_merge_new (f->document, mine, theirs);
  g_assert_cmpuint (podium_merge_get_n_conflicts (merge), ==, 1);
  {
    g_autoptr(PodiumMergeConflict) conflict = g_list_model_get_item (podium_merge_get_conflicts (merge), 0);
    g_assert_cmpstr (podium_merge_conflict_get_object_name (conflict), ==, "Bert");
    g_assert_cmpstr (podium_merge_conflict_get_label (conflict), ==, "Email");
  }
  result = podium_merge_get_result (merge);
  anna = g_list_model_get_item (podium_document_get_participants (result), 0);
  g_object_unref (anna);
  g_assert_cmpstr (podium_participant_get_region (anna), ==, "Hessen");
  g_assert_cmpstr (podium_participant_get_position (anna), ==, "Leiterin");
  g_assert_cmpstr (podium_object_get_id (g_ptr_array_index (podium_participant_get_first_choices (anna), 0)), ==, "m1");
  g_assert_true (g_ptr_array_index (podium_participant_get_first_choices (anna), 0) ==
                 podium_document_lookup (result, PODIUM_TYPE_SESSION, "m1"));
}


/* The objective, as a number that orders outcomes: seated, then first, then second */
static gint64
score (PodiumAssignCounts c)
{
  return ((gint64) (c.first + c.second + c.other) * 1000 + c.first) * 1000 + c.second;
}

static PodiumAssignCounts
count_outcome (guint      n_people,
               const int *first,
               const int *second,
               const int *result)
{
  PodiumAssignCounts c = { 0 };

  for (guint i = 0; i < n_people; i++)
    {
      if (result[i] < 0)
        c.unassigned++;
      else if (result[i] == first[i])
        c.first++;
      else if (result[i] == second[i] && second[i] != first[i])
        c.second++;
      else
        c.other++;
    }
  return c;
}

/* Every assignment of @n_people to the sessions or none, within capacity: the best score */
static gint64
brute_force (guint      n_sessions,
             const int *capacity,
             guint      n_people,
             const int *first,
             const int *second)
{
  int result[8];
  int used[8];
  gint64 best = -1;
  guint total = 1;

  for (guint i = 0; i < n_people; i++)
    total *= n_sessions + 1;

  for (guint code = 0; code < total; code++)
    {
      guint rest = code;
      gboolean ok = TRUE;

      memset (used, 0, sizeof used);
      for (guint i = 0; i < n_people; i++)
        {
          result[i] = (int) (rest % (n_sessions + 1)) - 1;
          rest /= n_sessions + 1;
          if (result[i] >= 0 && capacity[result[i]] >= 0 && ++used[result[i]] > capacity[result[i]])
            ok = FALSE;
        }
      if (ok)
        best = MAX (best, score (count_outcome (n_people, first, second, result)));
    }
  return best;
}

/* The solver reaches the brute force's optimum on small random blocks, with a feasible
 * assignment whose counts are the ones it reports */
static void
test_solver_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);

  for (guint round = 0; round < 3000; round++)
    {
      guint n_sessions = g_rand_int_range (rand, 1, 5);
      guint n_people = g_rand_int_range (rand, 0, 7);
      int capacity[4], first[8], second[8], result[8], used[4] = { 0 };
      PodiumAssignCounts counts, check;

      for (guint j = 0; j < n_sessions; j++)
        capacity[j] = g_rand_int_range (rand, -1, 4);
      for (guint i = 0; i < n_people; i++)
        {
          first[i] = g_rand_int_range (rand, -1, n_sessions);
          second[i] = g_rand_int_range (rand, -1, n_sessions);
        }

      podium_assign_solve (n_sessions, capacity, n_people, first, second, result, &counts);
      for (guint i = 0; i < n_people; i++)
        if (result[i] >= 0)
          {
            g_assert_cmpint (result[i], <, (int) n_sessions);
            used[result[i]]++;
          }
      for (guint j = 0; j < n_sessions; j++)
        if (capacity[j] >= 0)
          g_assert_cmpint (used[j], <=, capacity[j]);

      check = count_outcome (n_people, first, second, result);
      g_assert_cmpuint (check.first, ==, counts.first);
      g_assert_cmpuint (check.second, ==, counts.second);
      g_assert_cmpuint (check.other, ==, counts.other);
      g_assert_cmpuint (check.unassigned, ==, counts.unassigned);
      g_assert_cmpint (score (counts), ==, brute_force (n_sessions, capacity, n_people, first, second));
    }
}

/* Assign Rooms on a plan: theme rooms filled within capacity, first choices where they fit,
 * one undo step; cancelled participants get nothing */
static void
test_assign_rooms (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (f->document);
  PodiumParallelBlock *morning = g_ptr_array_index (blocks, 0);
  PodiumParallelBlock *afternoon = g_ptr_array_index (blocks, 1);
  g_autoptr(GHashTable) assigned = NULL;
  PodiumParticipant *cancelled;
  PodiumAssignCounts counts;

  /* 60 registrations: 30 want the first theme room (25 seats), 10 the second (20),
   * 20 the third (15); second choices go round */
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %02u", i);
      g_autofree char *email = g_strdup_printf ("p%u@example.org", i);
      guint want = i < 30 ? 0 : i < 40 ? 1 : 2;

      add_participant (f->document, name, email, f->morning[want], f->morning[(want + 1) % 3]);
    }
  cancelled = add_participant (f->document, "Weg", "weg@example.org", f->morning[1], NULL);
  podium_document_edit (f->document, cancelled, "status", PODIUM_PARTICIPANT_CANCELLED, NULL);
  podium_document_assign_participant (f->document, cancelled, morning, f->morning[1]);

  counts = podium_assign_rooms (f->document);
  g_assert_cmpstr (podium_document_get_undo_label (f->document), ==, "Assign Rooms");
  /* morning: 25 + 10 + 15 firsts, the five left of room 1 into room 2 (their second),
   * the five left of room 3 into room 1 (their second) – but room 1 is full, so room 2 */
  g_assert_cmpuint (counts.first, ==, 50);
  g_assert_cmpuint (counts.second, ==, 5);
  g_assert_cmpuint (counts.other, ==, 5 + 45);   /* nobody chose in the afternoon: 25 + 20 */
  g_assert_cmpuint (counts.unassigned, ==, 15);  /* the afternoon seats 45 of 60 */

  assigned = podium_participants_assigned_counts (f->document);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (assigned, f->morning[0])), ==, 25);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (assigned, f->morning[1])), ==, 20);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (assigned, f->morning[2])), ==, 15);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (assigned, f->afternoon[0])), ==, 25);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (assigned, f->afternoon[1])), ==, 20);
  g_assert_null (podium_participant_get_assigned (cancelled));
  g_assert_cmpint (podium_participants_expected_attendance (f->document, f->morning[2]), ==, 15);
  (void) afternoon;

  podium_document_undo (f->document);
  g_assert_true (podium_participant_get_assigned_in (cancelled, morning) == f->morning[1]);
  g_clear_pointer (&assigned, g_hash_table_unref);
  assigned = podium_participants_assigned_counts (f->document);
  g_assert_cmpuint (g_hash_table_size (assigned), ==, 0);
}

static PodiumCsvTable *
parse (const char *text,
       gssize      length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(GError) error = NULL;
  PodiumCsvTable *table = podium_csv_table_parse (bytes, &error);

  g_assert_no_error (error);
  return table;
}

/* Semicolons and Windows-1252 as German spreadsheets write them, quotes, the guessed
 * mapping from German headers */
static void
test_csv_parse (void)
{
  /* "Müller" and "Thüringen" in Windows-1252: ü is 0xfc */
  static const char cp1252[] =
    "Vorname;Name;E-Mail;Institution;Bundesland;Funktion;Erstwunsch;Zweitwunsch;Sonstiges\r\n"
    "Jana;M\xfcller;jana@example.org;\"Stadt; Jena\";Th\xfcringen;Referentin;Fachkr\xe4" "fte;;x\r\n"
    "\r\n"
    "Kai;\"Roth \"\"KR\"\"\";kai@example.org;ThAFF;;;\"Themen-\nraum 2\";;\n";
  g_autoptr(PodiumCsvTable) table = parse (cp1252, -1);
  g_autofree PodiumParticipantField *mapping = podium_participants_csv_guess_mapping (table);
  static const PodiumParticipantField expected[] = {
    PODIUM_PARTICIPANT_FIELD_FIRST_NAME, PODIUM_PARTICIPANT_FIELD_LAST_NAME,
    PODIUM_PARTICIPANT_FIELD_EMAIL, PODIUM_PARTICIPANT_FIELD_ORGANIZATION,
    PODIUM_PARTICIPANT_FIELD_REGION, PODIUM_PARTICIPANT_FIELD_POSITION,
    PODIUM_PARTICIPANT_FIELD_FIRST_CHOICE, PODIUM_PARTICIPANT_FIELD_SECOND_CHOICE,
    PODIUM_PARTICIPANT_FIELD_IGNORE,
  };

  g_assert_cmpint (podium_csv_table_get_separator (table), ==, ';');
  g_assert_cmpstr (podium_csv_table_get_encoding (table), ==, "WINDOWS-1252");
  g_assert_cmpuint (podium_csv_table_get_n_columns (table), ==, 9);
  g_assert_cmpuint (podium_csv_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (podium_csv_table_get_cell (table, 0, 1), ==, "Müller");
  g_assert_cmpstr (podium_csv_table_get_cell (table, 0, 3), ==, "Stadt; Jena");
  g_assert_cmpstr (podium_csv_table_get_cell (table, 0, 6), ==, "Fachkräfte");
  g_assert_cmpstr (podium_csv_table_get_cell (table, 1, 1), ==, "Roth \"KR\"");
  g_assert_cmpstr (podium_csv_table_get_cell (table, 1, 6), ==, "Themen-\nraum 2");
  g_assert_cmpuint (podium_csv_table_get_line (table, 0), ==, 2);
  g_assert_cmpuint (podium_csv_table_get_line (table, 1), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (mapping[i], ==, expected[i]);

  {
    g_autoptr(PodiumCsvTable) utf8 = parse ("\xef\xbb\xbfName,E-Mail-Adresse,Organisation,first choice 1\n"
                                            "Jörg Öz,j@example.org,ThAFF,Plenum\n", -1);
    g_autofree PodiumParticipantField *guess = podium_participants_csv_guess_mapping (utf8);

    g_assert_cmpint (podium_csv_table_get_separator (utf8), ==, ',');
    g_assert_cmpstr (podium_csv_table_get_encoding (utf8), ==, "UTF-8");
    g_assert_cmpstr (podium_csv_table_get_header (utf8, 0), ==, "Name");
    g_assert_cmpstr (podium_csv_table_get_cell (utf8, 0, 0), ==, "Jörg Öz");
    g_assert_cmpint (guess[0], ==, PODIUM_PARTICIPANT_FIELD_NAME);
    g_assert_cmpint (guess[1], ==, PODIUM_PARTICIPANT_FIELD_EMAIL);
    g_assert_cmpint (guess[3], ==, PODIUM_PARTICIPANT_FIELD_FIRST_CHOICE);
  }

  {
    g_autoptr(GBytes) nul = g_bytes_new ("a\0b", 3);
    g_autoptr(GBytes) empty = g_bytes_new ("", 0);
    g_autoptr(GError) error = NULL;

    g_assert_null (podium_csv_table_parse (nul, &error));
    g_assert_error (error, PODIUM_PARTICIPANTS_CSV_ERROR, PODIUM_PARTICIPANTS_CSV_ERROR_NOT_TEXT);
    g_clear_error (&error);
    g_assert_null (podium_csv_table_parse (empty, &error));
    g_assert_error (error, PODIUM_PARTICIPANTS_CSV_ERROR, PODIUM_PARTICIPANTS_CSV_ERROR_NOT_TEXT);
  }
}

static gboolean
import_text (PodiumDocument         *document,
             const char             *text,
             PodiumCsvImportCounts  *counts,
             GPtrArray             **problems)
{
  g_autoptr(PodiumCsvTable) table = parse (text, -1);
  g_autofree PodiumParticipantField *mapping = podium_participants_csv_guess_mapping (table);
  g_autoptr(GError) error = NULL;
  gboolean ok = podium_participants_csv_import (document, table, mapping, counts, problems, &error);

  g_assert_true (ok == (error == NULL));
  return ok;
}

/* Import: choices by title or room name, organisations by name, one undo step; a
 * re-import updates by e-mail; bad rows are listed and nothing is imported */
static void
test_csv_import (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (f->document);
  PodiumParallelBlock *morning = g_ptr_array_index (blocks, 0);
  PodiumParallelBlock *afternoon = g_ptr_array_index (blocks, 1);
  PodiumCsvImportCounts counts;
  g_autoptr(GPtrArray) problems = NULL;
  PodiumParticipant *jana, *kai;
  guint64 revision;

  revision = podium_document_get_revision (f->document);
  g_assert_true (import_text (f->document,
                              "Name;E-Mail;Organisation;Region;Erstwunsch 1;Zweitwunsch 1;Erstwunsch 2\n"
                              "Jana Müller;jana@example.org;thaff;Thüringen;Digitalisierung;Themenraum 3;Praxis\n"
                              "Kai Roth;KAI@example.org;Stadt Jena;;Themenraum 1;;Themenraum 2\n",
                              &counts, NULL));
  g_assert_cmpuint (counts.added, ==, 2);
  g_assert_cmpuint (counts.updated, ==, 0);
  g_assert_cmpuint (podium_document_get_revision (f->document), ==, revision + 1);
  g_assert_cmpstr (podium_document_get_undo_label (f->document), ==, "Import Participants");

  jana = podium_participants_find_by_email (f->document, "jana@example.org");
  kai = podium_participants_find_by_email (f->document, "kai@example.org");
  g_assert_true (podium_participant_get_organization (jana) == f->thaff);
  g_assert_cmpstr (podium_participant_get_organization_name (kai), ==, "Stadt Jena");
  g_assert_true (podium_participant_get_choice (jana, morning, 1) == f->morning[1]);
  g_assert_true (podium_participant_get_choice (jana, morning, 2) == f->morning[2]);
  g_assert_true (podium_participant_get_choice (jana, afternoon, 1) == f->afternoon[0]);
  /* "Themenraum 1" is a room of both blocks: the first column means the first block */
  g_assert_true (podium_participant_get_choice (kai, morning, 1) == f->morning[0]);
  g_assert_true (podium_participant_get_choice (kai, afternoon, 1) == f->afternoon[1]);

  /* Again, changed: updated, not doubled */
  g_assert_true (import_text (f->document,
                              "Name;E-Mail;Funktion;Status\n"
                              "Kai Roth;kai@example.org;Leiter;teilgenommen\n"
                              "Lea Sommer;lea@example.org;;\n",
                              &counts, NULL));
  g_assert_cmpuint (counts.added, ==, 1);
  g_assert_cmpuint (counts.updated, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_participants (f->document)), ==, 3);
  g_assert_cmpstr (podium_participant_get_position (kai), ==, "Leiter");
  g_assert_cmpint (podium_participant_get_status (kai), ==, PODIUM_PARTICIPANT_ATTENDED);
  g_assert_cmpstr (podium_participant_get_organization_name (kai), ==, "Stadt Jena");

  /* Bad rows: each with its line and reason, and nothing changes */
  revision = podium_document_get_revision (f->document);
  g_assert_false (import_text (f->document,
                               "Name;E-Mail;Erstwunsch;Status\n"
                               "Ok Person;ok@example.org;;\n"
                               ";nobody@example.org;;\n"
                               "Ohne Mail;;;\n"
                               "Falsch;keine-adresse;;\n"
                               "Doppelt;OK@example.org;;\n"
                               "Wunsch;w@example.org;Kochkurs;\n"
                               "Status;s@example.org;;vielleicht\n"
                               "Zu viel;z@example.org;;;extra\n",
                               NULL, &problems));
  g_assert_cmpuint (podium_document_get_revision (f->document), ==, revision);
  g_assert_null (podium_participants_find_by_email (f->document, "ok@example.org"));
  g_assert_cmpuint (problems->len, ==, 7);
  {
    static const struct { guint line; const char *reason; } expected[] = {
      { 3, "no name" },
      { 4, "no e-mail address" },
      { 5, "“keine-adresse” is not an e-mail address" },
      { 6, "the e-mail address OK@example.org is also on line 2" },
      { 7, "no session or room “Kochkurs” in a parallel block" },
      { 8, "unknown status “vielleicht”" },
      { 9, "5 fields, but the header has 4" },
    };

    for (guint i = 0; i < problems->len; i++)
      {
        PodiumCsvProblem *problem = g_ptr_array_index (problems, i);

        g_assert_cmpuint (problem->line, ==, expected[i].line);
        g_assert_cmpstr (problem->reason, ==, expected[i].reason);
      }
  }
}

/* The participants CSV reads back in with the guessed mapping */
static void
test_csv_export (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PodiumCsvTable) table = NULL;
  g_autofree PodiumParticipantField *mapping = NULL;
  PodiumCsvImportCounts counts;
  PodiumParticipant *anna = add_participant (f->document, "Anna, Berg", "anna@example.org",
                                             f->morning[1], f->morning[0]);

  podium_document_edit (f->document, anna, "organization", f->thaff, "notes", "=1+1", NULL);
  podium_assign_rooms (f->document);
  bytes = podium_participants_csv_export (f->document, NULL, NULL);
  g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==,
                   "name,organization,position,email,region,notes,status,"
                   "first choice 1,second choice 1,assigned 1,first choice 2,second choice 2,assigned 2\r\n"
                   "\"Anna, Berg\",ThAFF,,anna@example.org,,'=1+1,registered,"
                   "Digitalisierung,Fachkräfte,Digitalisierung,,,Förderung\r\n");

  table = podium_csv_table_parse (bytes, NULL);
  mapping = podium_participants_csv_guess_mapping (table);
  g_assert_cmpint (mapping[0], ==, PODIUM_PARTICIPANT_FIELD_NAME);
  g_assert_cmpint (mapping[7], ==, PODIUM_PARTICIPANT_FIELD_FIRST_CHOICE);
  g_assert_cmpint (mapping[9], ==, PODIUM_PARTICIPANT_FIELD_IGNORE);
  g_assert_true (podium_participants_csv_import (f->document, table, mapping, &counts, NULL, NULL));
  g_assert_cmpuint (counts.updated, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_participants (f->document)), ==, 1);
}

/* Random bytes and mutated tables: parsed or refused, never a crash */
static void
test_csv_garbage (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1252);
  static const char seed[] = "Name;E-Mail;Erstwunsch\n\"A\";a@example.org;Praxis\nB;b@x;\"\n";

  for (guint round = 0; round < 2000; round++)
    {
      guint length = g_rand_int_range (rand, 0, 200);
      g_autofree guint8 *buffer = g_malloc (length + sizeof seed);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PodiumCsvTable) table = NULL;

      if (round % 2)
        for (guint i = 0; i < length; i++)
          buffer[i] = g_rand_int_range (rand, 0, 256);
      else
        {
          length = sizeof seed - 1;
          memcpy (buffer, seed, length);
          for (guint k = g_rand_int_range (rand, 1, 6); k > 0; k--)
            buffer[g_rand_int_range (rand, 0, length)] = "\";,\n\r\xfc" "\x81" "a@"[g_rand_int_range (rand, 0, 10)];
        }

      bytes = g_bytes_new (buffer, length);
      if ((table = podium_csv_table_parse (bytes, NULL)))
        {
          g_autofree PodiumParticipantField *mapping = podium_participants_csv_guess_mapping (table);
          g_autoptr(GPtrArray) problems = NULL;

          for (guint r = 0; r < podium_csv_table_get_n_rows (table); r++)
            for (guint c = 0; c < podium_csv_table_get_n_columns (table); c++)
              g_assert_true (g_utf8_validate (podium_csv_table_get_cell (table, r, c), -1, NULL));
          podium_participants_csv_import (f->document, table, mapping, NULL, &problems, NULL);
        }
    }
}

static char *
rule_messages (PodiumConflicts *conflicts,
               const char      *rule)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (conflicts)); i++)
    {
      g_autoptr(PodiumConflict) conflict = g_list_model_get_item (G_LIST_MODEL (conflicts), i);

      if (g_str_equal (podium_conflict_get_rule (conflict), rule))
        g_string_append_printf (out, "%s\n", podium_conflict_get_message (conflict));
    }
  return g_string_free (out, FALSE);
}

/* With participants, room-capacity counts those assigned, not the session's estimate;
 * over-subscribed tells where first choices outnumber the seats */
static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PodiumConflicts) conflicts = podium_conflicts_new (f->document);
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (f->document);
  PodiumParallelBlock *morning = g_ptr_array_index (blocks, 0);
  g_autofree char *text = NULL;

  podium_document_edit (f->document, f->morning[2], "expected-attendance", 40, NULL);
  text = rule_messages (conflicts, "room-capacity");
  g_assert_cmpstr (text, ==, "“Netzwerke” expects 40 people, but Themenraum 3 holds 15\n");

  for (guint i = 0; i < 17; i++)
    {
      g_autofree char *email = g_strdup_printf ("n%u@example.org", i);
      PodiumParticipant *p = add_participant (f->document, "N", email, f->morning[2], NULL);

      if (i < 16)
        podium_document_assign_participant (f->document, p, morning, f->morning[2]);
    }
  g_clear_pointer (&text, g_free);
  text = rule_messages (conflicts, "room-capacity");
  g_assert_cmpstr (text, ==, "“Netzwerke” expects 16 people, but Themenraum 3 holds 15\n");
  g_clear_pointer (&text, g_free);
  text = rule_messages (conflicts, "over-subscribed");
  g_assert_cmpstr (text, ==, "“Netzwerke” is the first choice of 17 participants, but Themenraum 3 holds 15\n");

  podium_assign_rooms (f->document);
  g_clear_pointer (&text, g_free);
  text = rule_messages (conflicts, "room-capacity");
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  text = rule_messages (conflicts, "over-subscribed");
  g_assert_cmpstr (text, !=, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/participants/blocks", test_blocks);
  ADD ("/participants/choices", test_choices);
  ADD ("/participants/remove-references", test_remove_references);
  ADD ("/participants/json", test_json);
  g_test_add_func ("/participants/json-errors", test_json_errors);
  ADD ("/participants/remove-personal-data", test_remove_personal_data);
  ADD ("/participants/merge", test_merge);
  g_test_add_func ("/participants/solver-brute-force", test_solver_brute_force);
  ADD ("/participants/assign-rooms", test_assign_rooms);
  g_test_add_func ("/participants/csv-parse", test_csv_parse);
  ADD ("/participants/csv-import", test_csv_import);
  ADD ("/participants/csv-export", test_csv_export);
  ADD ("/participants/csv-garbage", test_csv_garbage);
  ADD ("/participants/rules", test_rules);

  return g_test_run ();
}
