/* bench-conflicts.c — how the conflict check grows with the plan (DESIGN §11)
 *
 * Not a test: `meson test -C BUILD --benchmark bench-conflicts` prints the time of one
 * recomputation for a generated plan of 1,000 sessions and one of 10,000, and their ratio.
 * Sorting per room and per person keeps that ratio near 10–13; comparing all pairs would
 * make it 100.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <time.h>

#include "podium-conflicts.h"
#include "podium-model.h"

#define SESSIONS_PER_ROOM 50
#define DAYS              5
#ifndef REPEATS
#define REPEATS           15
#endif

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

/* The best of REPEATS recomputations, in CPU seconds */
static double
measure (guint  n_sessions,
         guint *n_conflicts)
{
  g_autoptr(PodiumDocument) doc = generate (n_sessions);
  g_autoptr(PodiumConflicts) conflicts = podium_conflicts_new (doc);
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < REPEATS; i++)
    {
      double begin = cpu_seconds ();

      podium_conflicts_refresh (conflicts);
      best = MIN (best, cpu_seconds () - begin);
    }

  *n_conflicts = podium_conflicts_get_count (conflicts);
  return best;
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 1000, 5000, 10000 };
  double seconds[G_N_ELEMENTS (sizes)];

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      guint n_conflicts;

      seconds[i] = measure (sizes[i], &n_conflicts);
      g_print ("conflicts, %5u sessions: %8.2f ms CPU per recompute (%u conflicts)\n",
               sizes[i], seconds[i] * 1000, n_conflicts);
    }

  g_print ("ratio 10000 / 1000 sessions: %5.1fx (linear 10x, all pairs 100x)\n",
           seconds[2] / seconds[0]);
  g_print ("ratio 10000 / 5000 sessions: %5.1fx (linear 2x, all pairs 4x)\n",
           seconds[2] / seconds[1]);

  return 0;
}
