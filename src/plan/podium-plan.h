/* podium-plan.h — a conference plan with its file: loading, saving, drafts, changes on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podium-conflicts.h"
#include "podium-draft.h"
#include "podium-merge.h"
#include "podium-model.h"

G_BEGIN_DECLS

/* PodiumPlan owns a PodiumDocument, its PodiumConflicts and everything about where the
 * document lives: its location (the only place that knows it; the conflicts' base and the
 * editors' video paths follow it), the etag, size and checksum of the bytes last read or
 * written, whether it has changes that are not in the file ("modified"), and whether
 * someone else changed the file meanwhile ("disk-state", watched with a GFileMonitor).
 *
 * Every file operation is an _async/_finish pair: the document is serialised on the
 * calling thread (it is not thread-safe), the bytes are written and read, checked and
 * parsed in a worker thread, and a parsed document is handed over whole. The operations
 * of one plan run in the order they were started.
 *
 * Saving notices when the file on disk is not what the plan last read or wrote: a local
 * file by size and checksum just before the write (a tool that restores the modification
 * time is still noticed), and every file by the etag the write carries, so that a share
 * (WebDAV through GVfs: dav://, davs://) refuses a write over someone else's version
 * however two saves interleave. It then merges their version into the plan's (podium-merge.h), with what the
 * plan last read or wrote (kept with the draft too) as the base: when nothing conflicts it
 * saves the merge; when something does, it fails with PODIUM_PLAN_ERROR_MERGE_CONFLICTS
 * and podium_plan_get_merge() holds the conflicts for the user to choose; where it cannot
 * merge (the base is not known, their file does not read) it fails with
 * G_IO_ERROR_WRONG_ETAG. Until the user chose, the file and the document both stay as
 * they are.
 * Saving a local file keeps the previous version as "FILE~" and removes our own stale
 * ".goutputstream-XXXXXX" temporary files beside the target, as opening does. A location
 * whose share is not mounted is mounted (podium_plan_set_mount_operation()), then read or
 * written.
 *
 * Unsaved changes reach a draft (podium-draft.h) a short while after the last change,
 * and never later than a maximum delay after the first change the draft lacks, however
 * steadily the edits keep coming.
 *
 * The plan's timers and file monitor run on the thread-default main context at the time
 * it was made. GTK-free: the dialogs that ask the user stay in the window.
 */

typedef enum
{
  PODIUM_PLAN_DISK_SAME,     /* the file holds what the plan last read or wrote */
  PODIUM_PLAN_DISK_CHANGED,  /* someone else wrote the file */
  PODIUM_PLAN_DISK_DELETED,  /* the file was moved away or deleted */
} PodiumPlanDiskState;

typedef enum
{
  PODIUM_PLAN_LOAD_NONE    = 0,
  PODIUM_PLAN_LOAD_AS_COPY = 1 << 0,  /* never written back (the bundled example) */
} PodiumPlanLoadFlags;

#define PODIUM_PLAN_ERROR (podium_plan_error_quark ())

typedef enum
{
  PODIUM_PLAN_ERROR_MERGE_CONFLICTS,  /* someone else's changes conflict with ours */
} PodiumPlanError;

GQuark podium_plan_error_quark (void);

typedef enum
{
  PODIUM_PLAN_SAVE_NONE    = 0,
  PODIUM_PLAN_SAVE_REPLACE = 1 << 0,  /* the user chose to replace a changed file */
} PodiumPlanSaveFlags;

/* A draft follows the last change this long after it… */
#define PODIUM_PLAN_DRAFT_DELAY_MS     2000
/* …but never waits longer than this after the first change it lacks */
#define PODIUM_PLAN_DRAFT_MAX_DELAY_MS 5000

#define PODIUM_TYPE_PLAN_DISK_STATE (podium_plan_disk_state_get_type ())
GType podium_plan_disk_state_get_type (void) G_GNUC_CONST;

#define PODIUM_TYPE_PLAN (podium_plan_get_type ())

G_DECLARE_FINAL_TYPE (PodiumPlan, podium_plan, PODIUM, PLAN, GObject)

/* A plan of @document that has no file yet */
PodiumPlan          *podium_plan_new                   (PodiumDocument       *document);
/* The plan that owns @document, if any */
PodiumPlan          *podium_plan_get_for_document      (PodiumDocument       *document);

/* Reads @file: a Podium plan is saved back to it; any other format (or
 * PODIUM_PLAN_LOAD_AS_COPY) opens as an unsaved plan that remembers where it came from. */
void                 podium_plan_load_async            (GFile                *file,
                                                        PodiumPlanLoadFlags   flags,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
PodiumPlan          *podium_plan_load_finish           (GAsyncResult         *result,
                                                        GError              **error);
/* The same; a location on a share that is not mounted yet (dav://, davs://…) is mounted
 * first, asking through @mount_operation (nullable) for what the share needs. The plan
 * keeps @mount_operation for its saves. Finish with podium_plan_load_finish(). */
void                 podium_plan_load_full_async       (GFile                *file,
                                                        PodiumPlanLoadFlags   flags,
                                                        GMountOperation      *mount_operation,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);

/* Reads a draft left by a Podium that ended without saving; the plan then owns it */
void                 podium_plan_recover_async         (PodiumDraft          *draft,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
PodiumPlan          *podium_plan_recover_finish        (GAsyncResult         *result,
                                                        GError              **error);

/* Saves to @file, or with %NULL to the plan's own file */
void                 podium_plan_save_async            (PodiumPlan           *self,
                                                        GFile                *file,
                                                        PodiumPlanSaveFlags   flags,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean             podium_plan_save_finish           (PodiumPlan           *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

/* Writes the draft now (the plan also does by itself, see above) */
void                 podium_plan_save_draft_async      (PodiumPlan           *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean             podium_plan_save_draft_finish     (PodiumPlan           *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
/* Removes the draft: the user discarded the changes */
void                 podium_plan_discard_draft         (PodiumPlan           *self);

/* Reads the file again, replacing the document (notify::document) */
void                 podium_plan_reload_async          (PodiumPlan           *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean             podium_plan_reload_finish         (PodiumPlan           *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

/* Merges what someone else saved into the plan's document without saving: nothing to do
 * when the file holds what the plan last read or wrote; fails as saving does */
void                 podium_plan_merge_async           (PodiumPlan           *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean             podium_plan_merge_finish          (PodiumPlan           *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
/* (nullable): the merge that waits for the user's choices after
 * PODIUM_PLAN_ERROR_MERGE_CONFLICTS; set each conflict's choice, then resolve or cancel */
PodiumMerge         *podium_plan_get_merge             (PodiumPlan           *self);
/* Takes the merge as chosen as the plan's document, with their version as the one it
 * starts from (unsaved: save it next) */
void                 podium_plan_resolve_merge         (PodiumPlan           *self);
/* Leaves the document and the file as they are */
void                 podium_plan_cancel_merge          (PodiumPlan           *self);

/* The user has seen that the file changed and keeps this version: the next save replaces
 * what they saw (and still refuses if it changes again) */
void                 podium_plan_keep_mine             (PodiumPlan           *self);

PodiumDocument      *podium_plan_get_document          (PodiumPlan           *self);
PodiumConflicts     *podium_plan_get_conflicts         (PodiumPlan           *self);
/* (nullable): the file the plan saves to */
GFile               *podium_plan_get_file              (PodiumPlan           *self);
/* (nullable): the file it was read from or saved to, also for an import or a copy;
 * relative video paths are beside it */
GFile               *podium_plan_get_location          (PodiumPlan           *self);
/* (nullable): "Imported from …", "Copy of …", "Recovered" for a plan without a file */
const char          *podium_plan_get_origin            (PodiumPlan           *self);
gboolean             podium_plan_get_modified          (PodiumPlan           *self);
PodiumPlanDiskState  podium_plan_get_disk_state        (PodiumPlan           *self);

/* What asks for a password (a GtkMountOperation in the window) when a save finds the
 * share of the plan's file not mounted; %NULL mounts without asking */
void                 podium_plan_set_mount_operation   (PodiumPlan           *self,
                                                        GMountOperation      *operation);
/* (nullable) (transfer none) */
GMountOperation     *podium_plan_get_mount_operation   (PodiumPlan           *self);

/* For tests: other draft delays than PODIUM_PLAN_DRAFT_DELAY_MS / _MAX_DELAY_MS */
void                 podium_plan_set_draft_delays      (PodiumPlan           *self,
                                                        guint                 delay_ms,
                                                        guint                 max_delay_ms);
/* (nullable): the id of the plan's draft, once one was written */
const char          *podium_plan_get_draft_id          (PodiumPlan           *self);

G_END_DECLS
