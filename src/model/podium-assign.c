/* podium-assign.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podium-assign.h"

/* A flow network in arrays: edge e and its reverse e ^ 1 */
typedef struct
{
  GArray *to;     /* int */
  GArray *cap;    /* int */
  GArray *cost;   /* gint64 */
  GArray *next;   /* int: the next edge from the same node */
  int    *head;   /* node → its first edge, -1 */
  int     n_nodes;
} Network;

static void
network_init (Network *net,
              int      n_nodes)
{
  net->to = g_array_new (FALSE, FALSE, sizeof (int));
  net->cap = g_array_new (FALSE, FALSE, sizeof (int));
  net->cost = g_array_new (FALSE, FALSE, sizeof (gint64));
  net->next = g_array_new (FALSE, FALSE, sizeof (int));
  net->head = g_new (int, n_nodes);
  net->n_nodes = n_nodes;
  for (int i = 0; i < n_nodes; i++)
    net->head[i] = -1;
}

static void
network_clear (Network *net)
{
  g_array_unref (net->to);
  g_array_unref (net->cap);
  g_array_unref (net->cost);
  g_array_unref (net->next);
  g_free (net->head);
}

static void
add_half (Network *net,
          int      from,
          int      to,
          int      cap,
          gint64   cost)
{
  int e = net->to->len;

  g_array_append_val (net->to, to);
  g_array_append_val (net->cap, cap);
  g_array_append_val (net->cost, cost);
  g_array_append_val (net->next, net->head[from]);
  net->head[from] = e;
}

/* Returns the edge from @from to @to */
static int
add_edge (Network *net,
          int      from,
          int      to,
          int      cap,
          gint64   cost)
{
  int e = net->to->len;

  add_half (net, from, to, cap, cost);
  add_half (net, to, from, 0, -cost);
  return e;
}

#define TO(e)   g_array_index (net->to, int, (e))
#define CAP(e)  g_array_index (net->cap, int, (e))
#define COST(e) g_array_index (net->cost, gint64, (e))
#define NEXT(e) g_array_index (net->next, int, (e))

/* Successive shortest paths (Bellman–Ford with a queue, as residual costs go negative),
 * each path carrying its bottleneck: the flow is maximum and, since every path is a
 * cheapest one, of minimum cost among maximum flows. */
static void
min_cost_max_flow (Network *net,
                   int      source,
                   int      sink)
{
  g_autofree gint64 *dist = g_new (gint64, net->n_nodes);
  g_autofree int *via = g_new (int, net->n_nodes);
  g_autofree gboolean *queued = g_new (gboolean, net->n_nodes);
  g_autofree int *queue = g_new (int, net->n_nodes);

  for (;;)
    {
      int q_head = 0, q_len = 0;
      int bottleneck = G_MAXINT;

      for (int i = 0; i < net->n_nodes; i++)
        {
          dist[i] = G_MAXINT64;
          via[i] = -1;
          queued[i] = FALSE;
        }
      dist[source] = 0;
      queue[q_len++] = source;
      queued[source] = TRUE;

      while (q_len > 0)
        {
          int u = queue[q_head];

          q_head = (q_head + 1) % net->n_nodes;
          q_len--;
          queued[u] = FALSE;
          for (int e = net->head[u]; e >= 0; e = NEXT (e))
            if (CAP (e) > 0 && dist[u] + COST (e) < dist[TO (e)])
              {
                int v = TO (e);

                dist[v] = dist[u] + COST (e);
                via[v] = e;
                if (!queued[v])
                  {
                    queue[(q_head + q_len++) % net->n_nodes] = v;
                    queued[v] = TRUE;
                  }
              }
        }

      if (dist[sink] == G_MAXINT64)
        return;

      for (int v = sink; v != source; v = TO (via[v] ^ 1))
        bottleneck = MIN (bottleneck, CAP (via[v]));
      for (int v = sink; v != source; v = TO (via[v] ^ 1))
        {
          CAP (via[v]) -= bottleneck;
          CAP (via[v] ^ 1) += bottleneck;
        }
    }
}

void
podium_assign_solve (guint               n_sessions,
                     const int          *capacity,
                     guint               n_people,
                     const int          *first,
                     const int          *second,
                     int                *result,
                     PodiumAssignCounts *counts)
{
  guint n_kinds = (n_sessions + 1) * (n_sessions + 1);
  g_autofree int *kind_of = g_new (int, n_people);
  g_autofree int *kind_count = g_new0 (int, n_kinds);
  g_autofree int *kind_edge = g_new (int, n_kinds * n_sessions);
  /* A maximum flow seats as many as can be; among those, its cost
   * (n + 1) · (second + other) + other is least with the most first choices, then the
   * fewest others, i.e. the most second choices */
  gint64 k_second = (gint64) n_people + 1;
  gint64 k_other = k_second + 1;
  int source = 0, sink = 1;
  Network net;

  g_return_if_fail (n_sessions == 0 || capacity != NULL);
  g_return_if_fail (n_people == 0 || (first != NULL && second != NULL && result != NULL));

  if (counts)
    *counts = (PodiumAssignCounts) { 0 };

  for (guint i = 0; i < n_people; i++)
    {
      int f = first[i] >= 0 && (guint) first[i] < n_sessions ? first[i] : -1;
      int s = second[i] >= 0 && (guint) second[i] < n_sessions && second[i] != f ? second[i] : -1;

      kind_of[i] = (f + 1) * (n_sessions + 1) + (s + 1);
      kind_count[kind_of[i]]++;
      result[i] = -1;
    }

  /* Nodes: source, sink, the sessions, then the kinds of participant */
  network_init (&net, 2 + n_sessions + n_kinds);
  for (guint j = 0; j < n_sessions; j++)
    add_edge (&net, 2 + j, sink, capacity[j] < 0 ? (int) n_people : MIN (capacity[j], (int) n_people), 0);
  for (guint k = 0; k < n_kinds; k++)
    {
      int f = (int) (k / (n_sessions + 1)) - 1;
      int s = (int) (k % (n_sessions + 1)) - 1;
      int node = 2 + n_sessions + k;

      if (kind_count[k] == 0)
        continue;
      add_edge (&net, source, node, kind_count[k], 0);
      for (guint j = 0; j < n_sessions; j++)
        {
          gint64 cost = (int) j == f ? 0 : (int) j == s ? k_second : k_other;

          kind_edge[k * n_sessions + j] = add_edge (&net, node, 2 + j, kind_count[k], cost);
        }
    }

  min_cost_max_flow (&net, source, sink);

  /* The flow of a kind into a session is how many of its participants go there, in
   * their order */
  for (guint i = 0; i < n_people; i++)
    {
      guint k = kind_of[i];
      int f = (int) (k / (n_sessions + 1)) - 1;
      int s = (int) (k % (n_sessions + 1)) - 1;

      for (guint j = 0; j < n_sessions; j++)
        {
          int reverse = kind_edge[k * n_sessions + j] ^ 1;

          if (g_array_index (net.cap, int, reverse) > 0)
            {
              g_array_index (net.cap, int, reverse)--;
              result[i] = j;
              break;
            }
        }

      if (counts == NULL)
        continue;
      if (result[i] < 0)
        counts->unassigned++;
      else if (result[i] == f)
        counts->first++;
      else if (result[i] == s)
        counts->second++;
      else
        counts->other++;
    }

  network_clear (&net);
}

static int
index_in (PodiumParallelBlock *block,
          PodiumSession       *session)
{
  guint index;

  if (session != NULL && g_ptr_array_find (block->sessions, session, &index))
    return index;
  return -1;
}

static gboolean
same_sessions (GPtrArray *a,
               GPtrArray *b)
{
  guint na = a ? a->len : 0;
  guint nb = b ? b->len : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
      return FALSE;
  return TRUE;
}

/**
 * podium_assign_rooms:
 *
 * Assign Rooms, one undo step: each participant's `assigned` becomes the solver's
 * session of every parallel block, in block order (an assignment to a session that is in
 * no block any more is dropped).
 *
 * Returns: how many participants got their first choice, second, another session or
 *   none, added over the blocks
 */
PodiumAssignCounts
podium_assign_rooms (PodiumDocument *document)
{
  PodiumAssignCounts total = { 0 };
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  GListModel *participants;
  guint n;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), total);

  participants = podium_document_get_participants (document);
  n = g_list_model_get_n_items (participants);
  blocks = podium_parallel_blocks (document);

  /* The participants who come, and the list each will get */
  active = g_ptr_array_new_with_free_func (g_object_unref);
  lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n; i++)
    {
      PodiumParticipant *p = g_list_model_get_item (participants, i);

      if (podium_participant_get_status (p) == PODIUM_PARTICIPANT_CANCELLED)
        {
          g_object_unref (p);
          continue;
        }
      g_ptr_array_add (active, p);
      g_ptr_array_add (lists, g_ptr_array_new_with_free_func (g_object_unref));
    }

  for (guint b = 0; b < blocks->len; b++)
    {
      PodiumParallelBlock *block = g_ptr_array_index (blocks, b);
      guint n_sessions = block->sessions->len;
      g_autofree int *capacity = g_new (int, n_sessions);
      g_autofree int *first = g_new (int, active->len);
      g_autofree int *second = g_new (int, active->len);
      g_autofree int *result = g_new (int, active->len);
      PodiumAssignCounts counts;

      for (guint j = 0; j < n_sessions; j++)
        {
          PodiumRoom *room = podium_session_get_room (g_ptr_array_index (block->sessions, j));
          int seats = podium_room_get_capacity (room);

          capacity[j] = seats > 0 ? seats : -1;
        }
      for (guint i = 0; i < active->len; i++)
        {
          PodiumParticipant *p = g_ptr_array_index (active, i);

          first[i] = index_in (block, podium_participant_get_choice (p, block, 1));
          second[i] = index_in (block, podium_participant_get_choice (p, block, 2));
        }

      podium_assign_solve (n_sessions, capacity, active->len, first, second, result, &counts);
      total.first += counts.first;
      total.second += counts.second;
      total.other += counts.other;
      total.unassigned += counts.unassigned;

      for (guint i = 0; i < active->len; i++)
        if (result[i] >= 0)
          g_ptr_array_add (g_ptr_array_index (lists, i),
                           g_object_ref (g_ptr_array_index (block->sessions, result[i])));
    }

  /* @active keeps the document's order, so one walk pairs them */
  podium_document_begin (document, _("Assign Rooms"));
  for (guint i = 0, k = 0; i < n; i++)
    {
      g_autoptr(PodiumParticipant) p = g_list_model_get_item (participants, i);
      GPtrArray *list = NULL;

      if (k < active->len && g_ptr_array_index (active, k) == (gpointer) p)
        list = g_ptr_array_index (lists, k++);
      if (list != NULL && list->len == 0)
        list = NULL;
      if (!same_sessions (podium_participant_get_assigned (p), list))
        podium_document_edit (document, p, "assigned", list, NULL);
    }
  podium_document_end (document);

  return total;
}
