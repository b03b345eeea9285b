/* podium-conflicts.h — what is wrong with a plan, kept up to date as it changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podium-document.h"

G_BEGIN_DECLS

/* Worst first, so sorting by severity puts errors on top. Nicks: "error", "warning",
 * "info" — the untranslated words `podium --check` prints.
 */
typedef enum
{
  PODIUM_SEVERITY_ERROR,
  PODIUM_SEVERITY_WARNING,
  PODIUM_SEVERITY_INFO,
} PodiumSeverity;

#define PODIUM_N_SEVERITIES 3

GType       podium_severity_get_type  (void) G_GNUC_CONST;
#define PODIUM_TYPE_SEVERITY (podium_severity_get_type ())

/* "Error", "Warning", "Note" — translated, for headings in the problems list */
const char *podium_severity_get_label (PodiumSeverity severity);

#define PODIUM_TYPE_CONFLICT (podium_conflict_get_type ())

/* One problem of the plan: immutable, created by #PodiumConflicts. */
G_DECLARE_FINAL_TYPE (PodiumConflict, podium_conflict, PODIUM, CONFLICT, GObject)

/* The rule id of docs/design.md §7: "room-overlap", "person-double-booked", … */
const char     *podium_conflict_get_rule     (PodiumConflict *self);
PodiumSeverity  podium_conflict_get_severity (PodiumConflict *self);
/* A translated sentence naming the sessions, people and rooms involved */
const char     *podium_conflict_get_message  (PodiumConflict *self);
/* Identifies the conflict and its cause (ids, times, rooms …); an acknowledgement with
 * this rule and key silences it, and a changed cause gives a new key.
 */
const char     *podium_conflict_get_key      (PodiumConflict *self);
/* (transfer none) (element-type PodiumSession): the sessions involved, earliest first */
GPtrArray      *podium_conflict_get_sessions (PodiumConflict *self);
/* The earliest start of the sessions involved, or PODIUM_TIME_NONE when none is scheduled */
gint64          podium_conflict_get_start    (PodiumConflict *self);
gboolean        podium_conflict_involves     (PodiumConflict *self,
                                              PodiumSession  *session);

#define PODIUM_TYPE_CONFLICTS (podium_conflicts_get_type ())

/* The current, unacknowledged conflicts of a document, as a #GListModel of
 * #PodiumConflict sorted by time (unscheduled last), then severity.
 *
 * Recomputed synchronously on the document's "changed" signal, so the list is up to date
 * when the command that changed the document returns. When the result differs from before,
 * the list emits "items-changed" (replacing every item), then "notify::count", then
 * "changed".
 */
G_DECLARE_FINAL_TYPE (PodiumConflicts, podium_conflicts, PODIUM, CONFLICTS, GObject)

PodiumConflicts *podium_conflicts_new             (PodiumDocument  *document);
PodiumDocument  *podium_conflicts_get_document    (PodiumConflicts *self);

/* Checks again from scratch (for benchmarks and tests; "changed" keeps the list current). */
void             podium_conflicts_refresh         (PodiumConflicts *self);

/* The number of unacknowledged conflicts (the "count" property) … */
guint            podium_conflicts_get_count       (PodiumConflicts *self);
/* … and of those with @severity */
guint            podium_conflicts_get_count_for_severity (PodiumConflicts *self,
                                                          PodiumSeverity   severity);

/* (transfer full) (element-type PodiumConflict): the unacknowledged conflicts involving
 * @session, in list order; empty when there are none. Free with g_ptr_array_unref().
 */
GPtrArray       *podium_conflicts_for_session     (PodiumConflicts *self,
                                                   PodiumSession   *session);

/* Stores a #PodiumAcknowledgement for @conflict in the document, as one undo step
 * ("Accept Problem"); the conflict leaves the list until its cause changes.
 */
void             podium_conflicts_acknowledge     (PodiumConflicts *self,
                                                   PodiumConflict  *conflict);

G_END_DECLS
