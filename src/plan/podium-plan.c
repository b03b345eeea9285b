/* podium-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "podium-export.h"
#include "podium-json.h"
#include "podium-merge.h"
#include "podium-plan.h"

/* A change on disk is looked at once the writer has had time to finish */
#define MONITOR_DELAY_MS 300
/* A conditional write refused although the file holds what the plan knows is tried again
 * this often, this long apart, before it is written without a condition (see
 * write_conditionally()) */
#define WRITE_ATTEMPTS   6
#define WRITE_RETRY_MS   300

/* What the plan knows of the bytes in its file */
typedef struct
{
  char   *etag;
  char   *checksum;
  gint64  size;      /* -1: unknown */
  GBytes *bytes;     /* nullable: the bytes themselves, the base of a merge */
} Facts;

struct _PodiumPlan
{
  GObject              parent_instance;

  PodiumDocument      *document;
  PodiumConflicts     *conflicts;
  GFile               *location;
  gboolean             saveable;        /* the location is a Podium plan we write back to */
  char                *origin;
  /* Changes exist that are not in the file although the undo history says otherwise:
   * a recovered draft, an import, "Keep Mine" after a change on disk */
  gboolean             unsaved;
  gboolean             modified;        /* as last notified */
  PodiumPlanDiskState  disk_state;
  guint                disk_generation; /* a save or reload makes older checks moot */

  GMainContext        *context;
  GMountOperation     *mount_operation; /* nullable: asks for a share's password */
  GFileMonitor        *monitor;
  GSource             *monitor_source;

  char                *draft_id;
  GSource             *draft_source;
  gint64               draft_due;       /* monotonic: the latest the pending draft waits */
  guint                draft_delay_ms;
  guint                draft_max_delay_ms;
  guint                saving;          /* saves in flight: a draft waits for them */
  gboolean             draft_after_save;

  /* Shared with the worker threads, under lock */
  GMutex               lock;
  GCond                turn;
  guint64              next_ticket;     /* main thread only */
  guint64              serving;
  Facts                known;           /* the bytes last read or written */
  Facts                seen;            /* the bytes last found on disk */
  gboolean             base_drafted;    /* the draft holds known.bytes as its base */

  /* A merge with someone else's version that waits for the user's choices */
  PodiumMerge         *merge;
  Facts                merge_facts;     /* of their version */
};

G_DEFINE_FINAL_TYPE (PodiumPlan, podium_plan, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PodiumPlanDiskState, podium_plan_disk_state,
                    G_DEFINE_ENUM_VALUE (PODIUM_PLAN_DISK_SAME, "same"),
                    G_DEFINE_ENUM_VALUE (PODIUM_PLAN_DISK_CHANGED, "changed"),
                    G_DEFINE_ENUM_VALUE (PODIUM_PLAN_DISK_DELETED, "deleted"))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_CONFLICTS,
  PROP_FILE,
  PROP_LOCATION,
  PROP_ORIGIN,
  PROP_MODIFIED,
  PROP_DISK_STATE,
  N_PROPS
};

enum {
  DRAFT_WRITTEN,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void schedule_draft (PodiumPlan *self);

/* Facts */

static void
facts_clear (Facts *facts)
{
  g_clear_pointer (&facts->etag, g_free);
  g_clear_pointer (&facts->checksum, g_free);
  g_clear_pointer (&facts->bytes, g_bytes_unref);
  facts->size = -1;
}

static void
facts_copy (Facts       *to,
            const Facts *from)
{
  if (to == from)
    return;
  facts_clear (to);
  to->etag = g_strdup (from->etag);
  to->checksum = g_strdup (from->checksum);
  to->size = from->size;
  to->bytes = from->bytes ? g_bytes_ref (from->bytes) : NULL;
}

static void
facts_of_bytes (Facts      *facts,
                GBytes     *bytes,
                const char *etag)
{
  gsize length = 0;
  const guchar *data = g_bytes_get_data (bytes, &length);

  facts_clear (facts);
  facts->etag = g_strdup (etag);
  facts->checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, length);
  facts->size = length;
  facts->bytes = g_bytes_ref (bytes);
}

/* The content decides; the etag (the modification time) only where no checksum is known,
 * so a rewrite that restores the time is noticed and a file merely touched is not */
static gboolean
facts_same (const Facts *known,
            const Facts *seen)
{
  if (known->checksum != NULL && seen->checksum != NULL)
    return known->size == seen->size && g_str_equal (known->checksum, seen->checksum);
  if (known->etag != NULL)
    return g_strcmp0 (known->etag, seen->etag) == 0;
  return TRUE;
}

/* Worker threads: one plan's operations take turns in the order they were started */

static guint64
take_ticket (PodiumPlan *self)
{
  return self->next_ticket++;
}

static void
wait_turn (PodiumPlan *self,
           guint64     ticket)
{
  g_mutex_lock (&self->lock);
  while (self->serving != ticket)
    g_cond_wait (&self->turn, &self->lock);
  g_mutex_unlock (&self->lock);
}

static void
end_turn (PodiumPlan *self)
{
  g_mutex_lock (&self->lock);
  self->serving++;
  g_cond_broadcast (&self->turn);
  g_mutex_unlock (&self->lock);
}

static void
get_known (PodiumPlan *self,
           Facts      *facts)
{
  g_mutex_lock (&self->lock);
  facts_copy (facts, &self->known);
  g_mutex_unlock (&self->lock);
}

static void
set_known (PodiumPlan  *self,
           const Facts *facts)
{
  g_mutex_lock (&self->lock);
  facts_copy (&self->known, facts);
  self->base_drafted = FALSE;
  g_mutex_unlock (&self->lock);
}

/* Reads @file whole (never more than a plan may hold) with what the plan remembers of it */
static GBytes *
read_file (GFile         *file,
           Facts         *facts,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *etag = NULL;
  gsize length = 0;

  GBytes *bytes;

  if (!g_file_load_contents (file, cancellable, &contents, &length, &etag, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  facts_of_bytes (facts, bytes, etag);
  return bytes;
}

static PodiumDocument *
read_plan (GFile         *file,
           Facts         *facts,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info && g_file_info_get_size (info) > PODIUM_JSON_MAX_SIZE)
    return podium_json_read_file (file, error);   /* says it is too large */
  if (!(bytes = read_file (file, facts, cancellable, error)))
    return NULL;
  return podium_json_read_bytes (bytes, name, error);
}

static gboolean
is_podium_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename && g_str_has_suffix (basename, ".podium.json");
}

/* A file of the local file system, not one on a share reached through GVfs */
static gboolean
is_local (GFile *file)
{
  return g_file_is_native (file);
}

/* Mounting: a share's location (dav://, davs://, smb://…) reads only once its volume is
 * mounted. That happens on the main thread, where @operation (a GtkMountOperation in the
 * window) may ask for a password; the file operation then runs again. */

/* The volume of the plan's folder: GVfs's dav backend mounts a collection, never a file
 * ("Could not find an enclosing directory") */
static GFile *
mount_point_of (GFile *file)
{
  GFile *parent = g_file_get_parent (file);

  return parent ? parent : g_object_ref (file);
}

static void
mount_async (GFile               *file,
             GMountOperation     *operation,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  g_autoptr(GFile) folder = mount_point_of (file);

  g_file_mount_enclosing_volume (folder, G_MOUNT_MOUNT_NONE, operation, cancellable,
                                 callback, user_data);
}

/* @folder: the source object of @result */
static gboolean
mount_finish (GObject       *folder,
              GFile         *file,
              GAsyncResult  *result,
              GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  if (g_file_mount_enclosing_volume_finish (G_FILE (folder), result, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_ALREADY_MOUNTED))
    return TRUE;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_FAILED_HANDLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  name = g_file_get_parse_name (file);
  g_set_error (error, local_error->domain, local_error->code,
               /* TRANSLATORS: the location of a plan on a share, and why it cannot be reached */
               _("Could not connect to the share of “%s”: %s"), name, local_error->message);
  return FALSE;
}

/* State */

static void
update_modified (PodiumPlan *self)
{
  gboolean modified = self->document != NULL &&
                      (self->unsaved || podium_document_get_modified (self->document));

  if (modified == self->modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODIFIED]);
}

static void
set_unsaved (PodiumPlan *self,
             gboolean    unsaved)
{
  self->unsaved = unsaved;
  update_modified (self);
  if (unsaved)
    schedule_draft (self);
}

static void
set_disk_state (PodiumPlan          *self,
                PodiumPlanDiskState  state)
{
  if (self->disk_state == state)
    return;
  self->disk_state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DISK_STATE]);
}

static void
set_origin (PodiumPlan *self,
            const char *origin)
{
  if (g_strcmp0 (self->origin, origin) == 0)
    return;
  g_free (self->origin);
  self->origin = g_strdup (origin);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORIGIN]);
}

static void start_monitor (PodiumPlan *self);

static void
set_location (PodiumPlan *self,
              GFile      *location,
              gboolean    saveable)
{
  gboolean same = self->location == location ||
                  (self->location && location && g_file_equal (self->location, location));

  if (same && self->saveable == saveable)
    return;
  g_set_object (&self->location, location);
  self->saveable = saveable;
  start_monitor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOCATION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILE]);
}

static void
on_document_changed_cb (PodiumPlan *self)
{
  update_modified (self);
  schedule_draft (self);
}

static void
set_document (PodiumPlan     *self,
              PodiumDocument *document)
{
  if (self->document)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      if (g_object_get_data (G_OBJECT (self->document), "podium-plan") == self)
        g_object_set_data (G_OBJECT (self->document), "podium-plan", NULL);
    }
  g_clear_object (&self->conflicts);
  g_set_object (&self->document, document);

  if (document)
    {
      g_object_set_data (G_OBJECT (document), "podium-plan", self);
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::modified",
                               G_CALLBACK (update_modified), self, G_CONNECT_SWAPPED);
      self->conflicts = podium_conflicts_new (document);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONFLICTS]);
  update_modified (self);
}

static GSource *
add_timeout (PodiumPlan  *self,
             guint        ms,
             GSourceFunc  func)
{
  GSource *source = g_timeout_source_new (ms);

  g_source_set_callback (source, func, self, NULL);
  g_source_attach (source, self->context);
  return source;
}

static void
clear_source (GSource **source)
{
  if (*source)
    {
      g_source_destroy (*source);
      g_clear_pointer (source, g_source_unref);
    }
}

/* Changes on disk */

typedef struct
{
  GFile               *file;
  guint64              ticket;
  guint                generation;
  PodiumPlanDiskState  state;
} CheckData;

static void
check_data_free (CheckData *data)
{
  g_object_unref (data->file);
  g_free (data);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  PodiumPlan *self = source_object;
  CheckData *data = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  Facts seen = { NULL, NULL, -1 };

  wait_turn (self, data->ticket);
  bytes = read_file (data->file, &seen, cancellable, &error);
  g_mutex_lock (&self->lock);
  if (bytes == NULL)
    data->state = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
      ? PODIUM_PLAN_DISK_DELETED : PODIUM_PLAN_DISK_SAME;
  else if (facts_same (&self->known, &seen))
    {
      /* Touched, or written by us: the same bytes */
      g_free (self->known.etag);
      self->known.etag = g_strdup (seen.etag);
      data->state = PODIUM_PLAN_DISK_SAME;
    }
  else
    {
      facts_copy (&self->seen, &seen);
      data->state = PODIUM_PLAN_DISK_CHANGED;
    }
  g_mutex_unlock (&self->lock);
  facts_clear (&seen);
  end_turn (self);
  g_task_return_boolean (task, TRUE);
}

static void
on_check_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  PodiumPlan *self = PODIUM_PLAN (object);
  CheckData *data = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;
  /* Saved or reloaded meanwhile: what it found is no longer news */
  if (data->generation != self->disk_generation || self->location == NULL ||
      !g_file_equal (self->location, data->file))
    return;
  set_disk_state (self, data->state);
}

static void
check_disk (PodiumPlan *self)
{
  g_autoptr(GTask) task = NULL;
  CheckData *data;

  if (self->location == NULL || !self->saveable)
    return;

  data = g_new0 (CheckData, 1);
  data->file = g_object_ref (self->location);
  data->ticket = take_ticket (self);
  data->generation = self->disk_generation;
  task = g_task_new (self, NULL, on_check_done_cb, NULL);
  g_task_set_source_tag (task, check_disk);
  g_task_set_task_data (task, data, (GDestroyNotify) check_data_free);
  g_task_run_in_thread (task, check_thread);
}

static gboolean
on_monitor_timeout_cb (gpointer data)
{
  PodiumPlan *self = data;

  g_clear_pointer (&self->monitor_source, g_source_unref);
  check_disk (self);
  return G_SOURCE_REMOVE;
}

static void
on_file_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    PodiumPlan        *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
      clear_source (&self->monitor_source);
      self->monitor_source = add_timeout (self, MONITOR_DELAY_MS, on_monitor_timeout_cb);
      break;

    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

static void
stop_monitor (PodiumPlan *self)
{
  clear_source (&self->monitor_source);
  if (self->monitor)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
}

static void
start_monitor (PodiumPlan *self)
{
  g_autoptr(GError) error = NULL;

  stop_monitor (self);
  if (self->location == NULL || !self->saveable)
    return;

  /* The monitor reports to the thread-default context at its creation */
  g_main_context_push_thread_default (self->context);
  /* WATCH_MOVES: a save by another program usually renames a new file over this one */
  self->monitor = g_file_monitor_file (self->location, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  g_main_context_pop_thread_default (self->context);
  if (self->monitor == NULL)
    {
      g_debug ("Cannot watch the file: %s", error->message);
      return;
    }
  g_file_monitor_set_rate_limit (self->monitor, 200);
  g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed_cb), self);
}

/* Drafts */

typedef struct
{
  char    *id;
  GBytes  *text;      /* nullable: remove the draft */
  GFile   *original;
  guint64  ticket;
} DraftData;

static void
draft_data_free (DraftData *data)
{
  g_free (data->id);
  g_clear_pointer (&data->text, g_bytes_unref);
  g_clear_object (&data->original);
  g_free (data);
}

static void
draft_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  PodiumPlan *self = source_object;
  DraftData *data = task_data;
  GError *error = NULL;
  Facts known = { NULL, NULL, -1 };
  gboolean ok = TRUE;

  wait_turn (self, data->ticket);
  if (data->text == NULL)
    {
      podium_draft_remove (data->id);
      g_mutex_lock (&self->lock);
      self->base_drafted = FALSE;
      g_mutex_unlock (&self->lock);
    }
  else
    {
      gboolean base_drafted;

      g_mutex_lock (&self->lock);
      facts_copy (&known, &self->known);
      base_drafted = self->base_drafted;
      g_mutex_unlock (&self->lock);
      /* The base only changes when the plan reads or writes its file: written once */
      ok = podium_draft_write_bytes (data->id, data->text, base_drafted ? NULL : known.bytes,
                                     data->original, known.etag, known.checksum, known.size,
                                     &error);
      if (ok && known.bytes)
        {
          g_mutex_lock (&self->lock);
          /* Unless the file was read or written meanwhile */
          self->base_drafted = self->known.bytes == known.bytes;
          g_mutex_unlock (&self->lock);
        }
      facts_clear (&known);
    }
  end_turn (self);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_draft_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  PodiumPlan *self = PODIUM_PLAN (object);
  g_autoptr(GTask) outer = user_data;
  DraftData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }
  if (data->text)
    g_signal_emit (self, signals [DRAFT_WRITTEN], 0);
  g_task_return_boolean (outer, TRUE);
}

static void
run_draft (PodiumPlan   *self,
           gboolean      remove,
           GCancellable *cancellable,
           GTask        *outer)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, on_draft_done_cb, outer);
  DraftData *data = g_new0 (DraftData, 1);

  data->id = g_strdup (self->draft_id);
  data->ticket = take_ticket (self);
  if (!remove)
    {
      gsize length = 0;
      char *text = podium_json_write (self->document, &length);

      data->text = g_bytes_new_take (text, length);
      data->original = self->saveable && self->location ? g_object_ref (self->location) : NULL;
    }
  g_task_set_source_tag (task, run_draft);
  g_task_set_task_data (task, data, (GDestroyNotify) draft_data_free);
  g_task_run_in_thread (task, draft_thread);
}

static void
on_draft_warn_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!podium_plan_save_draft_finish (PODIUM_PLAN (object), result, &error))
    g_warning ("Could not write the draft: %s", error->message);
}

/* In a thread, after any other file work of the plan */
static void
drop_draft (PodiumPlan *self)
{
  g_autoptr(GTask) outer = NULL;

  clear_source (&self->draft_source);
  if (self->draft_id == NULL)
    return;
  outer = g_task_new (self, NULL, NULL, NULL);
  run_draft (self, TRUE, NULL, g_steal_pointer (&outer));
  g_clear_pointer (&self->draft_id, g_free);
}

static gboolean
on_draft_timeout_cb (gpointer user_data)
{
  PodiumPlan *self = user_data;

  g_clear_pointer (&self->draft_source, g_source_unref);
  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  if (!self->modified)
    drop_draft (self);
  else if (self->saving > 0)
    self->draft_after_save = TRUE;   /* the save decides */
  else
    podium_plan_save_draft_async (self, NULL, on_draft_warn_cb, NULL);
  return G_SOURCE_REMOVE;
}

/* A draft follows the last change after draft_delay_ms, but a steady stream of changes
 * must not put it off: it never waits longer than draft_max_delay_ms after the first
 * change it lacks */
static void
schedule_draft (PodiumPlan *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 left;

  if (self->draft_source == NULL)
    self->draft_due = now + self->draft_max_delay_ms * G_TIME_SPAN_MILLISECOND;
  clear_source (&self->draft_source);
  if (self->document == NULL)
    return;
  left = MAX (0, (self->draft_due - now) / G_TIME_SPAN_MILLISECOND);
  self->draft_source = add_timeout (self, MIN (self->draft_delay_ms, left), on_draft_timeout_cb);
}

/* Loading */

typedef struct
{
  GFile               *file;
  PodiumPlanLoadFlags  flags;
  GMountOperation     *mount_operation;
  gboolean             mounted;     /* tried to mount its volume */
  gboolean             native;
  PodiumDraft         *draft;       /* recovering */
  PodiumDocument      *document;
  Facts                facts;       /* of the file read, or of the original when it began */
  PodiumPlanDiskState  disk_state;  /* recovering: the original now */
  GBytes              *base;        /* recovering: the original when the changes began */
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->mount_operation);
  g_clear_pointer (&data->draft, podium_draft_free);
  g_clear_object (&data->document);
  facts_clear (&data->facts);
  g_clear_pointer (&data->base, g_bytes_unref);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;

  if (data->native)
    {
      if (is_local (data->file))
        podium_format_remove_stale_temp_files (data->file);
      data->document = read_plan (data->file, &data->facts, cancellable, &error);
    }
  else
    data->document = podium_load_file (data->file, &error);

  if (data->document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void run_load (GTask *outer);

static void
on_load_mounted_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  LoadData *data = g_task_get_task_data (outer);
  GError *error = NULL;

  if (!mount_finish (object, data->file, result, &error))
    g_task_return_error (outer, error);
  else
    run_load (g_steal_pointer (&outer));
}

static void
on_load_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  LoadData *data = g_task_get_task_data (outer);
  GError *error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (outer, TRUE);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_MOUNTED) && !data->mounted)
    {
      GCancellable *cancellable = g_task_get_cancellable (outer);

      g_error_free (error);
      data->mounted = TRUE;
      mount_async (data->file, data->mount_operation, cancellable,
                   on_load_mounted_cb, g_steal_pointer (&outer));
    }
  else
    g_task_return_error (outer, error);
}

/* Takes @outer, which holds the LoadData */
static void
run_load (GTask *outer)
{
  g_autoptr(GTask) task = g_task_new (NULL, g_task_get_cancellable (outer), on_load_read_cb, outer);

  g_task_set_source_tag (task, load_thread);
  g_task_set_task_data (task, g_task_get_task_data (outer), NULL);
  g_task_run_in_thread (task, load_thread);
}

void
podium_plan_load_async (GFile               *file,
                        PodiumPlanLoadFlags  flags,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  podium_plan_load_full_async (file, flags, NULL, cancellable, callback, user_data);
}

void
podium_plan_load_full_async (GFile               *file,
                             PodiumPlanLoadFlags  flags,
                             GMountOperation     *mount_operation,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (mount_operation == NULL || G_IS_MOUNT_OPERATION (mount_operation));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  data->flags = flags;
  data->mount_operation = mount_operation ? g_object_ref (mount_operation) : NULL;
  data->native = is_podium_file (file) && !(flags & PODIUM_PLAN_LOAD_AS_COPY);
  data->facts.size = -1;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, podium_plan_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  run_load (task);
}

/**
 * podium_plan_load_finish:
 *
 * Returns: (transfer full): the plan, or %NULL with @error listing every problem
 */
PodiumPlan *
podium_plan_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  LoadData *data;
  PodiumPlan *self;
  g_autofree char *basename = NULL;
  g_autofree char *origin = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == podium_plan_load_async, NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  data = g_task_get_task_data (G_TASK (result));
  self = podium_plan_new (data->document);
  podium_plan_set_mount_operation (self, data->mount_operation);
  set_known (self, &data->facts);
  set_location (self, data->file, data->native);
  if (!data->native)
    {
      basename = g_file_get_basename (data->file);
      /* TRANSLATORS: instead of a file name, for a plan read from another format */
      origin = g_strdup_printf ((data->flags & PODIUM_PLAN_LOAD_AS_COPY) ? _("Copy of %s")
                                                                         : _("Imported from %s"),
                                basename);
      set_origin (self, origin);
      /* An import is work not yet saved; a copy of the example is not */
      set_unsaved (self, !(data->flags & PODIUM_PLAN_LOAD_AS_COPY));
    }
  return self;
}

static void
recover_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;

  if (!(data->document = podium_draft_load (data->draft, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  data->disk_state = PODIUM_PLAN_DISK_SAME;
  if (data->draft->base)
    {
      char *contents = NULL;
      gsize length = 0;

      /* Without it the draft still recovers; it just cannot be merged */
      if (g_file_load_contents (data->draft->base, cancellable, &contents, &length, NULL, NULL))
        data->base = g_bytes_new_take (contents, length);
    }
  if (data->draft->original)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) read_error = NULL;
      Facts known = { data->draft->etag, data->draft->checksum, data->draft->size };
      Facts now = { NULL, NULL, -1 };

      podium_format_remove_stale_temp_files (data->draft->original);
      bytes = read_file (data->draft->original, &now, cancellable, &read_error);
      if (bytes == NULL)
        data->disk_state = g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
          ? PODIUM_PLAN_DISK_DELETED : PODIUM_PLAN_DISK_SAME;
      else if (!facts_same (&known, &now))
        data->disk_state = PODIUM_PLAN_DISK_CHANGED;
      facts_copy (&data->facts, &now);
      facts_clear (&now);
    }
  g_task_return_boolean (task, TRUE);
}

void
podium_plan_recover_async (PodiumDraft         *draft,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (draft != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (LoadData, 1);
  data->draft = g_new0 (PodiumDraft, 1);
  data->draft->id = g_strdup (draft->id);
  data->draft->draft = g_object_ref (draft->draft);
  data->draft->original = draft->original ? g_object_ref (draft->original) : NULL;
  data->draft->etag = g_strdup (draft->etag);
  data->draft->checksum = g_strdup (draft->checksum);
  data->draft->size = draft->size;
  data->draft->base = draft->base ? g_object_ref (draft->base) : NULL;
  data->draft->written = draft->written;
  data->draft->pid = draft->pid;
  data->facts.size = -1;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, podium_plan_recover_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, recover_thread);
}

/**
 * podium_plan_recover_finish:
 *
 * Returns: (transfer full): the plan, unsaved and tied to the draft's original file
 */
PodiumPlan *
podium_plan_recover_finish (GAsyncResult  *result,
                            GError       **error)
{
  LoadData *data;
  PodiumPlan *self;
  Facts known;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == podium_plan_recover_async, NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  data = g_task_get_task_data (G_TASK (result));
  self = podium_plan_new (data->document);
  /* The file as it was when the changes began: a save notices anything newer */
  known.etag = data->draft->etag;
  known.checksum = data->draft->checksum;
  known.size = data->draft->size;
  known.bytes = data->base;
  set_known (self, &known);
  g_mutex_lock (&self->lock);
  facts_copy (&self->seen, &data->facts);
  g_mutex_unlock (&self->lock);
  set_location (self, data->draft->original, data->draft->original != NULL);
  if (data->draft->original == NULL)
    set_origin (self, _("Recovered"));
  set_disk_state (self, data->disk_state);
  /* Our process now owns the draft */
  self->draft_id = g_strdup (data->draft->id);
  set_unsaved (self, TRUE);
  return self;
}

/* Saving */

typedef struct
{
  GFile   *file;
  GBytes  *text;
  char    *draft_id;    /* nullable: removed once saved */
  char    *display_name;
  gboolean check;
  guint64  ticket;
  guint64  revision;
  PodiumPlanSaveFlags flags;
  /* Someone else saved: the versions to merge, read in the worker */
  PodiumDocument *base;
  PodiumDocument *theirs;
  Facts           theirs_facts;
} SaveData;

/* Worker: the version the plan last read or wrote, and @now_bytes (what the file holds now),
 * as documents to merge with; FALSE when the base is not known or either does not read */
static gboolean
read_versions (const Facts     *known,
               GBytes          *now_bytes,
               const char      *display_name,
               PodiumDocument **base,
               PodiumDocument **theirs)
{
  if (known->bytes == NULL || now_bytes == NULL)
    return FALSE;
  *base = podium_json_read_bytes (known->bytes, display_name, NULL);
  *theirs = *base ? podium_json_read_bytes (now_bytes, display_name, NULL) : NULL;
  if (*theirs == NULL)
    g_clear_object (base);
  return *base != NULL;
}

static void
save_data_free (SaveData *data)
{
  g_object_unref (data->file);
  g_bytes_unref (data->text);
  g_free (data->draft_id);
  g_free (data->display_name);
  g_clear_object (&data->base);
  g_clear_object (&data->theirs);
  facts_clear (&data->theirs_facts);
  g_free (data);
}

/* What holds where. A local file's etag is its modification time: a tool that writes
 * other bytes and restores the time keeps it, and a mere touch changes it. So for local
 * files the content decides (read just before the write), and the etag of the bytes just
 * compared goes with the write, narrowing the gap between check and write to GLib's own
 * check as it opens the file. On a share (GVfs: dav, davs, smb, …) the etag is the
 * server's: GVfs's dav backend sends it as If-Match with a HEAD and again with the PUT, so
 * the server refuses a write over someone else's version (412) however the two saves
 * interleave; no read is needed before the write, and none is made when an etag is known.
 * A refused write is told by reading the file again (GVfs reports a 412 of the PUT only as
 * "HTTP Error", not as G_IO_ERROR_WRONG_ETAG). */
/* Apache marks the etag of a file written less than a second ago weak ("W/…"), and
 * If-Match compares strongly, so a weak etag never matches; the same tag without the mark
 * does once the second is over */
static const char *
strong_etag (const char *etag)
{
  if (etag && g_str_has_prefix (etag, "W/"))
    return etag + 2;
  return etag;
}

/* Writes atomically where the file system can: g_file_replace_contents() writes a
 * temporary file and renames it over the target, keeping the old one as "FILE~", so a
 * crash leaves either the old file or the new one, whole. GVfs's dav backend has no
 * backup (G_IO_ERROR_CANT_CREATE_BACKUP) and writes with one PUT. */
static gboolean
replace_contents (GFile         *file,
                  GBytes        *text,
                  const char    *etag,
                  char         **new_etag,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (text, &length);

  if (g_file_replace_contents (file, data, length, strong_etag (etag), TRUE, G_FILE_CREATE_NONE,
                               new_etag, cancellable, &local_error))
    return TRUE;
  if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANT_CREATE_BACKUP))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return g_file_replace_contents (file, data, length, strong_etag (etag), FALSE,
                                  G_FILE_CREATE_NONE, new_etag, cancellable, error);
}

/* Worker: someone else saved (@bytes, @now): their version and the base go with @data to
 * be merged, and the save fails with G_IO_ERROR_WRONG_ETAG */
static gboolean
changed_by_someone (PodiumPlan   *self,
                    SaveData     *data,
                    const Facts  *known,
                    GBytes       *bytes,
                    const Facts  *now,
                    GError      **error)
{
  g_mutex_lock (&self->lock);
  facts_copy (&self->seen, now);
  g_mutex_unlock (&self->lock);
  if (read_versions (known, bytes, data->display_name, &data->base, &data->theirs))
    facts_copy (&data->theirs_facts, now);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
               _("“%s” was changed by someone else since it was read"),
               data->display_name);
  return FALSE;
}

/* Worker: writes @data->text on condition that the file is still the version @etag names.
 * Refused while the file holds what the plan knows (an etag too fresh to match, see
 * strong_etag()), it tries again a few times, then writes after a last check of the
 * content. */
static gboolean
write_conditionally (PodiumPlan    *self,
                     SaveData      *data,
                     const Facts   *known,
                     const char    *first_etag,
                     char         **new_etag,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *etag = g_strdup (first_etag);

  for (guint attempt = 1; ; attempt++)
    {
      g_autoptr(GError) write_error = NULL;
      g_autoptr(GError) read_error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      Facts now = { NULL, NULL, -1 };
      gboolean same;

      if (replace_contents (data->file, data->text, etag, new_etag, cancellable, &write_error))
        return TRUE;
      if (etag == NULL ||
          !(g_error_matches (write_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG) ||
            g_error_matches (write_error, G_IO_ERROR, G_IO_ERROR_FAILED)))
        {
          g_propagate_error (error, g_steal_pointer (&write_error));
          return FALSE;
        }

      g_debug ("A write on condition of etag %s was refused: %s", etag, write_error->message);
      bytes = read_file (data->file, &now, cancellable, &read_error);
      if (bytes == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&write_error));
          return FALSE;
        }
      same = facts_same (known, &now);
      if (!same)
        {
          changed_by_someone (self, data, known, bytes, &now, error);
          facts_clear (&now);
          return FALSE;
        }
      g_free (etag);
      /* The last attempt: the content was just checked, so without a condition */
      etag = attempt + 1 < WRITE_ATTEMPTS ? g_strdup (now.etag) : NULL;
      facts_clear (&now);
      if (etag)
        g_usleep (WRITE_RETRY_MS * G_TIME_SPAN_MILLISECOND);
    }
}

static gboolean
save_checked (PodiumPlan    *self,
              SaveData      *data,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *new_etag = NULL;
  g_autofree char *etag = NULL;
  gboolean local = is_local (data->file);
  Facts known = { NULL, NULL, -1 };
  Facts written = { NULL, NULL, -1 };
  gboolean ok;

  if (local)
    podium_format_remove_stale_temp_files (data->file);

  get_known (self, &known);
  if (data->check && (local || known.etag == NULL))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) read_error = NULL;
      Facts now = { NULL, NULL, -1 };

      /* Gone: written anew. Unreadable: the write says why */
      bytes = read_file (data->file, &now, cancellable, &read_error);
      if (bytes != NULL && !facts_same (&known, &now))
        {
          changed_by_someone (self, data, &known, bytes, &now, error);
          facts_clear (&now);
          facts_clear (&known);
          return FALSE;
        }
      etag = bytes ? g_strdup (now.etag) : NULL;
      facts_clear (&now);
    }
  else if (data->check)
    etag = g_strdup (known.etag);

  ok = write_conditionally (self, data, &known, etag, &new_etag, cancellable, error);
  if (ok && new_etag == NULL && !local)
    {
      g_autoptr(GBytes) bytes = NULL;
      Facts now = { NULL, NULL, -1 };

      /* GVfs's dav backend tells no etag for a write: the file read back does, if it
       * holds what was written (else someone saved since, and the next save compares
       * the content) */
      bytes = read_file (data->file, &now, cancellable, NULL);
      if (bytes && g_bytes_equal (bytes, data->text))
        new_etag = g_strdup (now.etag);
      facts_clear (&now);
    }
  facts_clear (&known);
  if (!ok)
    return FALSE;

  facts_of_bytes (&written, data->text, new_etag);
  set_known (self, &written);
  facts_clear (&written);
  if (data->draft_id)
    podium_draft_remove (data->draft_id);
  return TRUE;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PodiumPlan *self = source_object;
  SaveData *data = task_data;
  GError *error = NULL;
  gboolean ok;

  wait_turn (self, data->ticket);
  ok = save_checked (self, data, cancellable, &error);
  end_turn (self);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Merging */

G_DEFINE_QUARK (podium-plan-error-quark, podium_plan_error)

/* The merged document replaces the plan's: their version (@facts) is now the one on disk
 * that the plan's changes start from */
static void
apply_merge (PodiumPlan  *self,
             PodiumMerge *merge,
             const Facts *facts)
{
  g_autoptr(PodiumDocument) result = podium_merge_get_result (merge);

  set_known (self, facts);
  g_mutex_lock (&self->lock);
  facts_copy (&self->seen, facts);
  g_mutex_unlock (&self->lock);
  self->disk_generation++;
  set_document (self, result);
  set_disk_state (self, PODIUM_PLAN_DISK_SAME);
  set_unsaved (self, TRUE);
}

/* Merges their version into the plan's document: at once when nothing conflicts, else the
 * merge waits for the user (podium_plan_get_merge()) */
static gboolean
merge_with (PodiumPlan      *self,
            PodiumDocument  *base,
            PodiumDocument  *theirs,
            const Facts     *facts,
            const char      *display_name,
            GError         **error)
{
  g_autoptr(PodiumMerge) merge = podium_merge_new (base, self->document, theirs);
  guint n = podium_merge_get_n_conflicts (merge);

  if (n == 0)
    {
      apply_merge (self, merge, facts);
      return TRUE;
    }

  g_set_object (&self->merge, merge);
  facts_copy (&self->merge_facts, facts);
  set_disk_state (self, PODIUM_PLAN_DISK_CHANGED);
  g_set_error (error, PODIUM_PLAN_ERROR, PODIUM_PLAN_ERROR_MERGE_CONFLICTS,
               ngettext ("“%s” was changed by someone else, and %u of their changes conflicts with yours",
                         "“%s” was changed by someone else, and %u of their changes conflict with yours", n),
               display_name, n);
  return FALSE;
}

static void start_save (PodiumPlan          *self,
                        GFile               *file,
                        PodiumPlanSaveFlags  flags,
                        GTask               *outer);

/* A save that waits for the volume of its file to be mounted */
typedef struct
{
  PodiumPlan          *self;
  GFile               *file;
  PodiumPlanSaveFlags  flags;
  GTask               *outer;
} SaveRetry;

static void
on_save_mounted_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  SaveRetry *retry = user_data;
  GError *error = NULL;

  if (mount_finish (object, retry->file, result, &error))
    start_save (retry->self, retry->file, retry->flags, retry->outer);
  else
    {
      g_task_return_error (retry->outer, error);
      g_object_unref (retry->outer);
    }
  g_object_unref (retry->self);
  g_object_unref (retry->file);
  g_free (retry);
}

static void
on_save_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PodiumPlan *self = PODIUM_PLAN (object);
  g_autoptr(GTask) outer = user_data;
  SaveData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  self->saving--;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Once: the outer task's data marks that its volume was mounted */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_MOUNTED) &&
          g_task_get_task_data (outer) == NULL)
        {
          SaveRetry *retry = g_new0 (SaveRetry, 1);

          g_clear_error (&error);
          g_task_set_task_data (outer, GINT_TO_POINTER (TRUE), NULL);
          retry->self = g_object_ref (self);
          retry->file = g_object_ref (data->file);
          retry->flags = data->flags;
          retry->outer = g_steal_pointer (&outer);
          mount_async (retry->file, self->mount_operation, g_task_get_cancellable (retry->outer),
                       on_save_mounted_cb, retry);
          return;
        }
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG) && data->theirs)
        {
          g_clear_error (&error);
          self->draft_after_save = FALSE;
          /* Nothing conflicts: save the merge, checked against their version */
          if (merge_with (self, data->base, data->theirs, &data->theirs_facts,
                          data->display_name, &error))
            {
              start_save (self, data->file, data->flags, g_steal_pointer (&outer));
              return;
            }
          g_task_return_error (outer, error);
          return;
        }
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        set_disk_state (self, PODIUM_PLAN_DISK_CHANGED);
      if (self->draft_after_save || self->modified)
        schedule_draft (self);
      self->draft_after_save = FALSE;
      g_task_return_error (outer, error);
      return;
    }

  self->disk_generation++;
  g_clear_pointer (&self->draft_id, g_free);   /* removed by the save */
  set_location (self, data->file, TRUE);
  set_origin (self, NULL);
  self->unsaved = FALSE;
  set_disk_state (self, PODIUM_PLAN_DISK_SAME);
  /* Changes made while it was written are not in the file */
  if (podium_document_get_revision (self->document) == data->revision)
    podium_document_mark_saved (self->document);
  update_modified (self);
  if (self->modified)
    schedule_draft (self);
  self->draft_after_save = FALSE;
  g_task_return_boolean (outer, TRUE);
}

/* Takes @outer_task, which gets the result */
static void
start_save (PodiumPlan          *self,
            GFile               *file,
            PodiumPlanSaveFlags  flags,
            GTask               *outer_task)
{
  g_autoptr(GTask) outer = outer_task;
  g_autoptr(GTask) task = NULL;
  GCancellable *cancellable;
  SaveData *data;
  gboolean same_file;
  gsize length = 0;
  char *text;

  if (file == NULL)
    file = podium_plan_get_file (self);
  if (file == NULL)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               "The plan has no file to save to");
      return;
    }

  same_file = self->saveable && self->location && g_file_equal (self->location, file);

  /* The time of the last change goes into the file, but is not a change to undo */
  if (self->modified || !same_file)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *updated = g_date_time_format (now, "%Y-%m-%dT%H:%M");

      g_object_set (podium_document_get_conference (self->document),
                    "updated", updated, "updated-by", g_get_real_name (), NULL);
    }

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  text = podium_json_write (self->document, &length);
  data->text = g_bytes_new_take (text, length);
  data->draft_id = g_strdup (self->draft_id);
  data->display_name = g_file_get_basename (file);
  data->check = same_file && !(flags & PODIUM_PLAN_SAVE_REPLACE);
  data->revision = podium_document_get_revision (self->document);
  data->flags = flags;
  data->ticket = take_ticket (self);

  /* The save removes the draft; one written after it would hold what the file holds */
  if (self->draft_source)
    {
      clear_source (&self->draft_source);
      self->draft_after_save = TRUE;
    }
  self->saving++;

  cancellable = g_task_get_cancellable (outer);
  task = g_task_new (self, cancellable, on_save_done_cb, g_steal_pointer (&outer));
  g_task_set_source_tag (task, save_checked);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

void
podium_plan_save_async (PodiumPlan          *self,
                        GFile               *file,
                        PodiumPlanSaveFlags  flags,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *outer;

  g_return_if_fail (PODIUM_IS_PLAN (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, podium_plan_save_async);
  start_save (self, file, flags, outer);
}

gboolean
podium_plan_save_finish (PodiumPlan    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
podium_plan_save_draft_async (PodiumPlan          *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *outer;

  g_return_if_fail (PODIUM_IS_PLAN (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, podium_plan_save_draft_async);
  clear_source (&self->draft_source);
  if (self->draft_id == NULL)
    self->draft_id = podium_draft_make_id (self->saveable ? self->location : NULL);
  run_draft (self, FALSE, cancellable, outer);
}

gboolean
podium_plan_save_draft_finish (PodiumPlan    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
podium_plan_discard_draft (PodiumPlan *self)
{
  g_return_if_fail (PODIUM_IS_PLAN (self));

  clear_source (&self->draft_source);
  /* At once, not in a thread: the user may quit Podium right after, and a discarded
   * draft must not be offered at the next start. Two small unlinks. */
  if (self->draft_id)
    podium_draft_remove (self->draft_id);
  g_clear_pointer (&self->draft_id, g_free);
  g_mutex_lock (&self->lock);
  self->base_drafted = FALSE;
  g_mutex_unlock (&self->lock);
}

/* Merging with what someone else saved, without saving */

typedef struct
{
  GFile          *file;
  char           *display_name;
  guint64         ticket;
  PodiumDocument *base;
  PodiumDocument *theirs;
  Facts           facts;
} MergeData;

static void
merge_data_free (MergeData *data)
{
  g_object_unref (data->file);
  g_free (data->display_name);
  g_clear_object (&data->base);
  g_clear_object (&data->theirs);
  facts_clear (&data->facts);
  g_free (data);
}

static void
merge_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  PodiumPlan *self = source_object;
  MergeData *data = task_data;
  g_autoptr(GBytes) bytes = NULL;
  Facts known = { NULL, NULL, -1 };
  GError *error = NULL;

  wait_turn (self, data->ticket);
  get_known (self, &known);
  bytes = read_file (data->file, &data->facts, cancellable, &error);
  end_turn (self);
  if (bytes != NULL && facts_same (&known, &data->facts))
    g_clear_pointer (&bytes, g_bytes_unref);   /* nothing new: nothing to merge */
  else if (bytes != NULL &&
           !read_versions (&known, bytes, data->display_name, &data->base, &data->theirs))
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                 _("“%s” was changed by someone else, and the version your changes started from is not known, so they cannot be merged"),
                 data->display_name);
  facts_clear (&known);
  if (error)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_merge_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  PodiumPlan *self = PODIUM_PLAN (object);
  g_autoptr(GTask) outer = user_data;
  MergeData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_error (outer, error);
  else if (data->theirs == NULL)
    {
      set_disk_state (self, PODIUM_PLAN_DISK_SAME);
      g_task_return_boolean (outer, TRUE);
    }
  else if (merge_with (self, data->base, data->theirs, &data->facts, data->display_name, &error))
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, error);
}

void
podium_plan_merge_async (PodiumPlan          *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  MergeData *data;

  g_return_if_fail (PODIUM_IS_PLAN (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, podium_plan_merge_async);
  if (podium_plan_get_file (self) == NULL)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               "The plan has no file to merge with");
      return;
    }

  data = g_new0 (MergeData, 1);
  data->file = g_object_ref (self->location);
  data->display_name = g_file_get_basename (self->location);
  data->facts.size = -1;
  data->ticket = take_ticket (self);
  task = g_task_new (self, cancellable, on_merge_done_cb, g_steal_pointer (&outer));
  g_task_set_source_tag (task, merge_thread);
  g_task_set_task_data (task, data, (GDestroyNotify) merge_data_free);
  g_task_run_in_thread (task, merge_thread);
}

gboolean
podium_plan_merge_finish (PodiumPlan    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

PodiumMerge *
podium_plan_get_merge (PodiumPlan *self)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), NULL);

  return self->merge;
}

void
podium_plan_resolve_merge (PodiumPlan *self)
{
  g_autoptr(PodiumMerge) merge = NULL;

  g_return_if_fail (PODIUM_IS_PLAN (self));
  g_return_if_fail (self->merge != NULL);

  merge = g_steal_pointer (&self->merge);
  apply_merge (self, merge, &self->merge_facts);
  facts_clear (&self->merge_facts);
}

void
podium_plan_cancel_merge (PodiumPlan *self)
{
  g_return_if_fail (PODIUM_IS_PLAN (self));

  g_clear_object (&self->merge);
  facts_clear (&self->merge_facts);
}

/* Reloading */

typedef struct
{
  GFile          *file;
  guint64         ticket;
  PodiumDocument *document;
  Facts           facts;
} ReloadData;

static void
reload_data_free (ReloadData *data)
{
  g_object_unref (data->file);
  g_clear_object (&data->document);
  facts_clear (&data->facts);
  g_free (data);
}

static void
reload_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  PodiumPlan *self = source_object;
  ReloadData *data = task_data;
  GError *error = NULL;

  wait_turn (self, data->ticket);
  data->document = read_plan (data->file, &data->facts, cancellable, &error);
  end_turn (self);
  if (data->document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_reload_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PodiumPlan *self = PODIUM_PLAN (object);
  g_autoptr(GTask) outer = user_data;
  ReloadData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }

  self->disk_generation++;
  set_known (self, &data->facts);
  self->unsaved = FALSE;
  drop_draft (self);
  set_document (self, data->document);
  set_disk_state (self, PODIUM_PLAN_DISK_SAME);
  g_task_return_boolean (outer, TRUE);
}

void
podium_plan_reload_async (PodiumPlan          *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  ReloadData *data;

  g_return_if_fail (PODIUM_IS_PLAN (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, podium_plan_reload_async);
  if (podium_plan_get_file (self) == NULL)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               "The plan has no file to reload");
      return;
    }

  data = g_new0 (ReloadData, 1);
  data->file = g_object_ref (self->location);
  data->facts.size = -1;
  data->ticket = take_ticket (self);
  task = g_task_new (self, cancellable, on_reload_done_cb, g_steal_pointer (&outer));
  g_task_set_source_tag (task, reload_thread);
  g_task_set_task_data (task, data, (GDestroyNotify) reload_data_free);
  g_task_run_in_thread (task, reload_thread);
}

gboolean
podium_plan_reload_finish (PodiumPlan    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
podium_plan_keep_mine (PodiumPlan *self)
{
  g_return_if_fail (PODIUM_IS_PLAN (self));

  /* The user has seen the other version and chose to replace it */
  g_mutex_lock (&self->lock);
  facts_copy (&self->known, &self->seen);
  self->base_drafted = FALSE;
  g_mutex_unlock (&self->lock);
  self->disk_generation++;
  set_disk_state (self, PODIUM_PLAN_DISK_SAME);
  set_unsaved (self, TRUE);
}

/* GObject */

static void
podium_plan_dispose (GObject *object)
{
  PodiumPlan *self = (PodiumPlan *)object;

  g_clear_object (&self->merge);
  g_clear_object (&self->mount_operation);
  stop_monitor (self);
  clear_source (&self->draft_source);
  set_document (self, NULL);
  g_clear_object (&self->location);

  G_OBJECT_CLASS (podium_plan_parent_class)->dispose (object);
}

static void
podium_plan_finalize (GObject *object)
{
  PodiumPlan *self = (PodiumPlan *)object;

  g_free (self->origin);
  g_free (self->draft_id);
  facts_clear (&self->known);
  facts_clear (&self->seen);
  facts_clear (&self->merge_facts);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->turn);
  g_main_context_unref (self->context);

  G_OBJECT_CLASS (podium_plan_parent_class)->finalize (object);
}

static void
podium_plan_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PodiumPlan *self = PODIUM_PLAN (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_CONFLICTS:
      g_value_set_object (value, self->conflicts);
      break;

    case PROP_FILE:
      g_value_set_object (value, podium_plan_get_file (self));
      break;

    case PROP_LOCATION:
      g_value_set_object (value, self->location);
      break;

    case PROP_ORIGIN:
      g_value_set_string (value, self->origin);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_DISK_STATE:
      g_value_set_enum (value, self->disk_state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podium_plan_class_init (PodiumPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = podium_plan_dispose;
  object_class->finalize = podium_plan_finalize;
  object_class->get_property = podium_plan_get_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PODIUM_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_CONFLICTS] =
    g_param_spec_object ("conflicts", NULL, NULL, PODIUM_TYPE_CONFLICTS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_LOCATION] =
    g_param_spec_object ("location", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_ORIGIN] =
    g_param_spec_string ("origin", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_DISK_STATE] =
    g_param_spec_enum ("disk-state", NULL, NULL, PODIUM_TYPE_PLAN_DISK_STATE, PODIUM_PLAN_DISK_SAME,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A draft of the unsaved changes reached the disk */
  signals [DRAFT_WRITTEN] =
    g_signal_new ("draft-written", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
podium_plan_init (PodiumPlan *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->turn);
  self->known.size = -1;
  self->seen.size = -1;
  self->context = g_main_context_ref_thread_default ();
  self->draft_delay_ms = PODIUM_PLAN_DRAFT_DELAY_MS;
  self->draft_max_delay_ms = PODIUM_PLAN_DRAFT_MAX_DELAY_MS;
}

/* Public API */

/**
 * podium_plan_new:
 * @document: (transfer none)
 *
 * Returns: (transfer full): a plan of @document without a file
 */
PodiumPlan *
podium_plan_new (PodiumDocument *document)
{
  PodiumPlan *self;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  self = g_object_new (PODIUM_TYPE_PLAN, NULL);
  set_document (self, document);
  return self;
}

/**
 * podium_plan_get_for_document:
 *
 * Returns: (transfer none) (nullable): the plan that owns @document
 */
PodiumPlan *
podium_plan_get_for_document (PodiumDocument *document)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  return g_object_get_data (G_OBJECT (document), "podium-plan");
}

PodiumDocument *
podium_plan_get_document (PodiumPlan *self)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), NULL);

  return self->document;
}

PodiumConflicts *
podium_plan_get_conflicts (PodiumPlan *self)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), NULL);

  return self->conflicts;
}

GFile *
podium_plan_get_file (PodiumPlan *self)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), NULL);

  return self->saveable ? self->location : NULL;
}

GFile *
podium_plan_get_location (PodiumPlan *self)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), NULL);

  return self->location;
}

const char *
podium_plan_get_origin (PodiumPlan *self)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), NULL);

  return self->origin;
}

gboolean
podium_plan_get_modified (PodiumPlan *self)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), FALSE);

  return self->modified;
}

PodiumPlanDiskState
podium_plan_get_disk_state (PodiumPlan *self)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), PODIUM_PLAN_DISK_SAME);

  return self->disk_state;
}

void
podium_plan_set_draft_delays (PodiumPlan *self,
                              guint       delay_ms,
                              guint       max_delay_ms)
{
  g_return_if_fail (PODIUM_IS_PLAN (self));
  g_return_if_fail (delay_ms <= max_delay_ms);

  self->draft_delay_ms = delay_ms;
  self->draft_max_delay_ms = max_delay_ms;
}

const char *
podium_plan_get_draft_id (PodiumPlan *self)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), NULL);

  return self->draft_id;
}

void
podium_plan_set_mount_operation (PodiumPlan      *self,
                                 GMountOperation *operation)
{
  g_return_if_fail (PODIUM_IS_PLAN (self));
  g_return_if_fail (operation == NULL || G_IS_MOUNT_OPERATION (operation));

  g_set_object (&self->mount_operation, operation);
}

GMountOperation *
podium_plan_get_mount_operation (PodiumPlan *self)
{
  g_return_val_if_fail (PODIUM_IS_PLAN (self), NULL);

  return self->mount_operation;
}
