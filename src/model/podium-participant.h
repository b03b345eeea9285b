/* podium-participant.h — who comes, their choices per parallel block, and what stays of
 * them after the event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-object.h"

G_BEGIN_DECLS

typedef enum
{
  PODIUM_PARTICIPANT_REGISTERED,
  PODIUM_PARTICIPANT_ATTENDED,
  PODIUM_PARTICIPANT_CANCELLED,
} PodiumParticipantStatus;

GType podium_participant_status_get_type (void) G_GNUC_CONST;
#define PODIUM_TYPE_PARTICIPANT_STATUS (podium_participant_status_get_type ())
/* "Registered", "Attended", "Cancelled", translated */
const char *podium_participant_status_label (PodiumParticipantStatus status);

/**
 * PodiumParallelBlock:
 * @date: the conference day (podium_schedule_day_of())
 * @start: the earliest start of its sessions
 * @end: the latest end of its sessions
 * @sessions: (element-type PodiumSession): its sessions, by start, then room order
 *
 * A parallel block is a set of sessions a participant attends one of. It is defined
 * once, here: take the scheduled sessions of one room each (not cancelled, not in every
 * room) of one conference day, and join two whenever they overlap in time (a session
 * ending when another starts does not overlap it), transitively, as the grid's overlap
 * groups do across rooms. A group whose sessions lie in at least two rooms is a block;
 * a session that runs alone (a keynote) is in none. Every session is in at most one block.
 */
typedef struct
{
  int        date;
  gint64     start;
  gint64     end;
  GPtrArray *sessions;
} PodiumParallelBlock;

void       podium_parallel_block_free     (PodiumParallelBlock *block);
gboolean   podium_parallel_block_contains (PodiumParallelBlock *block,
                                           PodiumSession       *session);
/* (transfer container) (element-type PodiumParallelBlock): the plan's blocks, by start */
GPtrArray *podium_parallel_blocks         (PodiumDocument      *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodiumParallelBlock, podium_parallel_block_free)

#define PODIUM_TYPE_PARTICIPANT (podium_participant_get_type ())

/* Someone who registered for the conference (not a speaker: that is a #PodiumPerson).
 *
 * `organization` is an organisation of the plan, or NULL with the free text
 * `organization-name`. `first-choices`, `second-choices` and `assigned` are #GPtrArray
 * of #PodiumSession, at most one per parallel block: the choice for a block is the entry
 * that lies in it (podium_participant_get_choice()). Keeping sessions rather than blocks
 * means nothing is lost when the grid changes; a session that leaves its block leaves the
 * choice with it. Personal data: never in a programme export.
 *
 * Change it only through the document's commands (podium_document_edit(),
 * podium_document_set_participant_choice()), so every change can be undone.
 */
G_DECLARE_FINAL_TYPE (PodiumParticipant, podium_participant, PODIUM, PARTICIPANT, PodiumObject)

PodiumParticipant      *podium_participant_new                (void);
const char             *podium_participant_get_name           (PodiumParticipant *self);
PodiumOrganization     *podium_participant_get_organization   (PodiumParticipant *self);
const char             *podium_participant_get_organization_name (PodiumParticipant *self);
const char             *podium_participant_get_position       (PodiumParticipant *self);
const char             *podium_participant_get_email          (PodiumParticipant *self);
const char             *podium_participant_get_region         (PodiumParticipant *self);
const char             *podium_participant_get_notes          (PodiumParticipant *self);
PodiumParticipantStatus podium_participant_get_status         (PodiumParticipant *self);
GPtrArray              *podium_participant_get_first_choices  (PodiumParticipant *self);
GPtrArray              *podium_participant_get_second_choices (PodiumParticipant *self);
GPtrArray              *podium_participant_get_assigned       (PodiumParticipant *self);

/* The organisation as printed: the organisation's name, else the free text, else NULL */
const char             *podium_participant_get_organization_label (PodiumParticipant *self);

/* @rank 1: the first choice in @block, 2: the second; NULL if none */
PodiumSession          *podium_participant_get_choice         (PodiumParticipant   *self,
                                                               PodiumParallelBlock *block,
                                                               int                  rank);
PodiumSession          *podium_participant_get_assigned_in    (PodiumParticipant   *self,
                                                               PodiumParallelBlock *block);

#define PODIUM_TYPE_PARTICIPANT_COUNT (podium_participant_count_get_type ())

/* What stays of participants after Remove Personal Data: how many came from one
 * organisation (`organization`, or the free text `organization-name`) and `region`;
 * `count` were registered or attended, `attended` of them attended.
 */
G_DECLARE_FINAL_TYPE (PodiumParticipantCount, podium_participant_count, PODIUM,
                      PARTICIPANT_COUNT, PodiumObject)

PodiumParticipantCount *podium_participant_count_new          (void);
PodiumOrganization     *podium_participant_count_get_organization (PodiumParticipantCount *self);
const char             *podium_participant_count_get_organization_name (PodiumParticipantCount *self);
const char             *podium_participant_count_get_region   (PodiumParticipantCount *self);
int                     podium_participant_count_get_count    (PodiumParticipantCount *self);
int                     podium_participant_count_get_attended (PodiumParticipantCount *self);

/**
 * PodiumBalanceEntry:
 * @organization: (nullable): the organisation, or %NULL
 * @organization_name: (nullable): its name as shown (the organisation's or the free text)
 * @region: (nullable): the region
 * @count: participants not cancelled, counted now or kept after Remove Personal Data
 * @attended: of them, those who attended
 */
typedef struct
{
  PodiumOrganization *organization;
  char               *organization_name;
  char               *region;
  int                 count;
  int                 attended;
} PodiumBalanceEntry;

void       podium_balance_entry_free               (PodiumBalanceEntry *entry);

/* The organisation balance: participants per organisation and region, the plan's
 * participants and its kept counts together, sorted by organisation then region.
 * (transfer container) (element-type PodiumBalanceEntry) */
GPtrArray *podium_participants_balance             (PodiumDocument *document);

/* Whether the plan has participants who are not cancelled: then a session's attendance
 * is its assigned count. */
gboolean   podium_participants_in_use              (PodiumDocument *document);
/* Session → GINT_TO_POINTER (participants assigned to it, not cancelled) */
GHashTable *podium_participants_assigned_counts    (PodiumDocument *document);
/* Session → GINT_TO_POINTER (participants whose first choice it is, not cancelled) */
GHashTable *podium_participants_first_choice_counts (PodiumDocument *document);
/* The attendance a session expects: its assigned count where the plan has participants,
 * else its `expected-attendance` */
int        podium_participants_expected_attendance (PodiumDocument *document,
                                                    PodiumSession  *session);

/* The participant whose e-mail is @email (compared without case), or NULL */
PodiumParticipant *podium_participants_find_by_email (PodiumDocument *document,
                                                      const char     *email);

/* Commands, each one undo step */
void       podium_document_set_participant_choice  (PodiumDocument      *document,
                                                    PodiumParticipant   *participant,
                                                    PodiumParallelBlock *block,
                                                    int                  rank,
                                                    PodiumSession       *session);
void       podium_document_assign_participant      (PodiumDocument      *document,
                                                    PodiumParticipant   *participant,
                                                    PodiumParallelBlock *block,
                                                    PodiumSession       *session);
void       podium_document_remove_personal_data    (PodiumDocument      *document);

/* For the model: @list with the entry in @block replaced by @session (or removed, for
 * NULL). (transfer full) */
GPtrArray *_podium_participant_replace_in_block    (GPtrArray           *list,
                                                    PodiumParallelBlock *block,
                                                    PodiumSession       *session);

G_END_DECLS
