/* podium-assign.h — Assign Rooms: participants into the sessions of each parallel block
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-document.h"

G_BEGIN_DECLS

/**
 * PodiumAssignCounts:
 * @first: participant-blocks where the participant got their first choice
 * @second: … their second choice
 * @other: … a session they did not choose (or they chose none there)
 * @unassigned: … no session, as every session of the block was full
 *
 * Each participant counts once per parallel block.
 */
typedef struct
{
  guint first;
  guint second;
  guint other;
  guint unassigned;
} PodiumAssignCounts;

/**
 * podium_assign_solve:
 * @n_sessions: how many sessions the block has
 * @capacity: (array length=n_sessions): the seats of each session; a negative one is
 *   unlimited
 * @n_people: how many participants
 * @first: (array length=n_people): each participant's first choice, an index of a
 *   session, or -1 for none
 * @second: (array length=n_people): the second choice, likewise
 * @result: (out caller-allocates) (array length=n_people): the session each participant
 *   gets, or -1
 * @counts: (out) (optional): how many got what
 *
 * The optimum for one parallel block, by a minimum-cost maximum flow: as many
 * participants seated as the capacities allow, then as many first choices as possible,
 * then as many second choices. Participants with the same two choices are
 * interchangeable, so the flow runs between kinds of participants, not between people:
 * at most (n_sessions + 1)² nodes, whatever the number of participants. Pure; no model.
 */
void podium_assign_solve (guint               n_sessions,
                          const int          *capacity,
                          guint               n_people,
                          const int          *first,
                          const int          *second,
                          int                *result,
                          PodiumAssignCounts *counts);

/* Assign Rooms: every participant who has not cancelled is put into one session of each
 * parallel block by podium_assign_solve(), within each session's room capacity (a room
 * without a capacity is unlimited); cancelled participants are assigned nowhere. One undo
 * step. Returns the counts over every block. */
PodiumAssignCounts podium_assign_rooms (PodiumDocument *document);

G_END_DECLS
