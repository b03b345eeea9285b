/* bench-plan.c — how checking, saving, loading and exporting grow (docs/design.md §11)
 *
 * Not a test: `meson test -C BUILD --benchmark bench-plan -v` prints, for a generated plan
 * of 1,000 sessions and one of 10,000, the CPU time of a conflict check, of writing and
 * reading the Podium file and of every export, and the ratio of the two. Linear growth is
 * a ratio near 10; the conflict check sorts per room and per person, comparing all pairs
 * would make its ratio 100. Then Assign Rooms for 10,000 participants against loading
 * their plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <time.h>

#include "podium-conflicts.h"
#include "podium-export.h"
#include "podium-json.h"
#include "podium-model.h"

#define SESSIONS_PER_ROOM 50
#define DAYS              5
#define REPEATS           5   /* the best of so many runs counts */

/* A plan like a large conference: rooms full from 09:00 in 30-minute slots over five days,
 * a tenth as many people as sessions, one or two of them in each session, an all-rooms
 * break every morning, some video messages and panels, and a few deliberate clashes.
 */
static PodiumDocument *
generate (guint n_sessions)
{
  PodiumDocument *doc = podium_document_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20231120);
  g_autoptr(GPtrArray) rooms = g_ptr_array_new ();
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  guint n_rooms = MAX (1, n_sessions / SESSIONS_PER_ROOM);
  guint n_people = MAX (1, n_sessions / 10);
  int first_day = 19681;  /* 2023-11-20 */

  podium_document_edit (doc, podium_document_get_conference (doc),
                        "title", "Benchmark", "start-date", first_day,
                        "end-date", first_day + DAYS - 1, NULL);

  for (guint i = 0; i < n_rooms; i++)
    {
      g_autofree char *id = g_strdup_printf ("room-%u", i);
      g_autofree char *name = g_strdup_printf ("Room %u", i + 1);
      g_autoptr(PodiumRoom) room = g_object_new (PODIUM_TYPE_ROOM, "id", id, "name", name,
                                                 "capacity", 100, NULL);

      podium_document_add (doc, room);
      g_ptr_array_add (rooms, room);
    }

  for (guint i = 0; i < n_people; i++)
    {
      g_autofree char *id = g_strdup_printf ("person-%u", i);
      g_autofree char *name = g_strdup_printf ("Person %u", i + 1);
      g_autoptr(PodiumPerson) person = g_object_new (PODIUM_TYPE_PERSON, "id", id, "name", name, NULL);

      podium_document_add (doc, person);
      g_ptr_array_add (people, person);
    }

  for (guint i = 0; i < DAYS; i++)
    {
      g_autofree char *id = g_strdup_printf ("break-%u", i);
      g_autoptr(PodiumSession) session = g_object_new (PODIUM_TYPE_SESSION,
                                                       "id", id, "title", "Coffee",
                                                       "kind", PODIUM_SESSION_BREAK,
                                                       "start", podium_time_from_date (first_day + i, 8 * 60 + 30),
                                                       "duration", 30, "all-rooms", TRUE, NULL);
      podium_document_add (doc, session);
    }

  for (guint i = 0; i < n_sessions; i++)
    {
      guint slot = i / n_rooms;
      guint per_day = SESSIONS_PER_ROOM / DAYS;
      gint64 start = podium_time_from_date (first_day + slot / per_day, 9 * 60 + 30 * (slot % per_day));
      PodiumSessionKind kind = i % 17 == 0 ? PODIUM_SESSION_VIDEO_MESSAGE :
                               i % 11 == 0 ? PODIUM_SESSION_PANEL : PODIUM_SESSION_TALK;
      g_autofree char *id = g_strdup_printf ("session-%u", i);
      g_autofree char *title = g_strdup_printf ("Session %u", i + 1);
      g_autoptr(PodiumSession) session = NULL;

      if (i % 97 == 0)
        start += 15;  /* a clash with the slot before */

      session = g_object_new (PODIUM_TYPE_SESSION, "id", id, "title", title, "kind", kind,
                              "status", PODIUM_STATUS_CONFIRMED, "start", start, "duration", 30,
                              "room", g_ptr_array_index (rooms, i % n_rooms),
                              "expected-attendance", g_rand_int_range (rand, 10, 120), NULL);
      podium_document_add (doc, session);

      for (int j = g_rand_int_range (rand, 1, 3); j > 0; j--)
        podium_document_add_role (doc, session, PODIUM_ROLE_SPEAKER,
                                  g_ptr_array_index (people, g_rand_int_range (rand, 0, n_people)),
                                  NULL);
    }

  podium_document_clear_history (doc);
  return doc;
}

/* CPU time rather than wall time: the machine may be busy building or testing */
static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* One thing the benchmark times; returns FALSE on failure */
typedef gboolean (*Step) (PodiumDocument *doc,
                          gconstpointer   data);

static gboolean
check_conflicts (PodiumDocument *doc,
                 gconstpointer   data)
{
  /* @data: the plan's checker, kept as the window keeps it; a recomputation is timed */
  PodiumConflicts *conflicts = (PodiumConflicts *) data;

  podium_conflicts_refresh (conflicts);
  return podium_conflicts_get_count (conflicts) > 0;
}

static gboolean
save_and_load (PodiumDocument *doc,
               gconstpointer   data)
{
  gsize length = 0;
  char *text = podium_json_write (doc, &length);
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, length);
  g_autoptr(PodiumDocument) copy = podium_json_read_bytes (bytes, "bench.podium.json", NULL);

  return copy != NULL;
}

static gboolean
export (PodiumDocument *doc,
        gconstpointer   data)
{
  const PodiumExporter *exporter = data;
  PodiumExportOptions options = { "programme", "en", PODIUM_DATE_NONE, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = exporter->export (doc, &options, &error);

  if (bytes == NULL)
    g_printerr ("%s: %s\n", exporter->name, error->message);
  return bytes != NULL;
}

/* The best of REPEATS runs of @step, in CPU seconds */
static double
measure (PodiumDocument *doc,
         Step            step,
         gconstpointer   data)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < REPEATS; i++)
    {
      double begin = cpu_seconds ();

      if (!step (doc, data))
        g_error ("a benchmark step failed");
      best = MIN (best, cpu_seconds () - begin);
    }
  return best;
}

static void
report (const char     *name,
        PodiumDocument *small,
        PodiumDocument *large,
        Step            step,
        gconstpointer   small_data,
        gconstpointer   large_data)
{
  double a = measure (small, step, small_data);
  double b = measure (large, step, large_data);

  g_print ("%-26s %9.1f ms %10.1f ms %8.1fx\n", name, a * 1000, b * 1000, b / a);
}

/* Merging two edited copies against loading one, in the same run (issue: at most 3x).
 * Mine moves every 50th session, theirs retitles every 70th: both edit, some the same. */

static PodiumDocument *
read_copy (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PodiumDocument *doc = podium_json_read_bytes (bytes, "bench.podium.json", &error);

  if (doc == NULL)
    g_error ("%s", error->message);
  return doc;
}

typedef struct
{
  GBytes         *bytes;
  PodiumDocument *base;
  PodiumDocument *mine;
  PodiumDocument *theirs;
} MergeData;

static gboolean
load_one (PodiumDocument *doc,
          gconstpointer   data)
{
  const MergeData *m = data;
  g_autoptr(PodiumDocument) copy = read_copy (m->bytes);

  return copy != NULL;
}

static gboolean
merge_two (PodiumDocument *doc,
           gconstpointer   data)
{
  const MergeData *m = data;
  g_autoptr(PodiumMerge) merge = podium_merge_new (m->base, m->mine, m->theirs);
  g_autoptr(PodiumDocument) result = podium_merge_get_result (merge);

  return result != NULL;
}

static void
report_merge (PodiumDocument *large)
{
  gsize length = 0;
  char *text = podium_json_write (large, &length);
  MergeData m = { g_bytes_new_take (text, length), NULL, NULL, NULL };
  GListModel *sessions;
  double load, merge;

  m.base = read_copy (m.bytes);
  m.mine = read_copy (m.bytes);
  m.theirs = read_copy (m.bytes);
  sessions = podium_document_get_sessions (m.mine);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i += 50)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);

      if (podium_session_get_start (session) != PODIUM_TIME_NONE)
        podium_document_edit (m.mine, session, "start", podium_session_get_start (session) + 15, NULL);
    }
  sessions = podium_document_get_sessions (m.theirs);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i += 70)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);
      g_autofree char *title = g_strdup_printf ("%s (new)", podium_session_get_title (session));

      podium_document_edit (m.theirs, session, "title", title, NULL);
    }

  load = measure (large, load_one, &m);
  merge = measure (large, merge_two, &m);
  g_print ("%-26s %9.1f ms %10.1f ms %8.1fx\n", "load vs merge (10,000)", load * 1000, merge * 1000,
           merge / load);
  g_clear_object (&m.base);
  g_clear_object (&m.mine);
  g_clear_object (&m.theirs);
  g_bytes_unref (m.bytes);
}

/* Assign Rooms against loading the plan, in the same run (issue: under 3x): 10,000
 * participants, 100 sessions in 10 parallel blocks of 10 rooms, each participant with a
 * first and second choice per block, skewed so that popular rooms overflow */
static PodiumDocument *
generate_participants (void)
{
  PodiumDocument *doc = podium_document_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240305);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  int day = 19787;

  podium_document_edit (doc, podium_document_get_conference (doc),
                        "title", "Benchmark", "start-date", day, "end-date", day + 1, NULL);
  for (guint r = 0; r < 10; r++)
    {
      g_autofree char *id = g_strdup_printf ("room-%u", r);
      g_autofree char *name = g_strdup_printf ("Room %u", r + 1);
      g_autoptr(PodiumRoom) room = g_object_new (PODIUM_TYPE_ROOM, "id", id, "name", name,
                                                 "capacity", 800 + 100 * (int) r, NULL);

      podium_document_add (doc, room);
      for (guint b = 0; b < 10; b++)
        {
          g_autofree char *sid = g_strdup_printf ("session-%u-%u", b, r);
          g_autoptr(PodiumSession) session =
            g_object_new (PODIUM_TYPE_SESSION, "id", sid, "title", sid, "kind", PODIUM_SESSION_WORKSHOP,
                          "start", podium_time_from_date (day + b / 5, 9 * 60 + 90 * (b % 5)),
                          "duration", 80, "room", room, NULL);

          podium_document_add (doc, session);
        }
    }
  for (guint b = 0; b < 10; b++)
    for (guint r = 0; r < 10; r++)
      {
        g_autofree char *sid = g_strdup_printf ("session-%u-%u", b, r);
        g_ptr_array_add (sessions, podium_document_lookup (doc, PODIUM_TYPE_SESSION, sid));
      }

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Participant %u", i + 1);
      g_autofree char *email = g_strdup_printf ("p%u@example.org", i + 1);
      g_autoptr(PodiumParticipant) p = podium_participant_new ();
      g_autoptr(GPtrArray) first = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) second = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint b = 0; b < 10; b++)
        {
          /* the square of a uniform number favours the first rooms */
          double x = g_rand_double (rand);
          guint f = (guint) (x * x * 10);
          guint s = (f + 1 + g_rand_int_range (rand, 0, 9)) % 10;

          g_ptr_array_add (first, g_object_ref (g_ptr_array_index (sessions, b * 10 + f)));
          g_ptr_array_add (second, g_object_ref (g_ptr_array_index (sessions, b * 10 + s)));
        }
      g_object_set (p, "name", name, "email", email, "first-choices", first,
                    "second-choices", second, NULL);
      podium_document_add (doc, p);
    }
  podium_document_clear_history (doc);
  return doc;
}

static gboolean
load_participants (PodiumDocument *doc,
                   gconstpointer   data)
{
  g_autoptr(PodiumDocument) copy = read_copy ((GBytes *) data);

  return g_list_model_get_n_items (podium_document_get_participants (copy)) == 10000;
}

static gboolean
assign_rooms (PodiumDocument *doc,
              gconstpointer   data)
{
  PodiumAssignCounts counts;

  /* a fresh start each time, so every run assigns everyone */
  while (podium_document_can_undo (doc))
    podium_document_undo (doc);
  podium_document_clear_history (doc);
  counts = podium_assign_rooms (doc);
  return counts.first + counts.second + counts.other + counts.unassigned == 100000;
}

static void
report_assign (void)
{
  g_autoptr(PodiumDocument) doc = generate_participants ();
  g_autoptr(PodiumDocument) copy = NULL;
  gsize length = 0;
  char *text = podium_json_write (doc, &length);
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, length);
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (doc);
  double load, assign;

  g_assert (blocks->len == 10);
  copy = read_copy (bytes);
  load = measure (copy, load_participants, bytes);
  assign = measure (copy, assign_rooms, NULL);
  g_print ("%-26s %9.1f ms %10.1f ms %8.1fx\n", "load vs assign rooms", load * 1000, assign * 1000,
           assign / load);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PodiumDocument) small = NULL;
  g_autoptr(PodiumDocument) large = NULL;
  g_autoptr(PodiumConflicts) small_conflicts = NULL;
  g_autoptr(PodiumConflicts) large_conflicts = NULL;
  const PodiumExporter *exporters;
  guint n_exporters;

  /* `bench-plan assign`: only the room assignment */
  if (argc > 1 && g_str_equal (argv[1], "assign"))
    {
      report_assign ();
      return 0;
    }

  small = generate (1000);
  large = generate (10000);
  small_conflicts = podium_conflicts_new (small);
  large_conflicts = podium_conflicts_new (large);

  g_print ("%-26s %12s %13s %9s\n", "CPU time, best of 5", "1,000", "10,000", "ratio");
  report ("check conflicts", small, large, check_conflicts, small_conflicts, large_conflicts);
  report ("save and load (podium)", small, large, save_and_load, NULL, NULL);
  exporters = podium_exporter_list (&n_exporters);
  for (guint i = 0; i < n_exporters; i++)
    {
      g_autofree char *name = g_strdup_printf ("export %s", exporters[i].name);

      /* podium is the save above; changes needs a published version */
      if (!g_str_equal (exporters[i].name, "podium") && !g_str_equal (exporters[i].name, "changes"))
        report (name, small, large, export, &exporters[i], &exporters[i]);
    }
  g_print ("(linear growth: 10x; comparing all pairs of sessions: 100x)\n");
  report_merge (large);
  g_print ("(merging two edited copies may cost at most 3x loading one)\n");
  report_assign ();
  g_print ("(10,000 participants, 100 sessions in 10 blocks: assigning may cost at most 3x loading)\n");
  return 0;
}
