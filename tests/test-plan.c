/* test-plan.c — PodiumPlan: saving, drafts and changes on disk, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "podium-json.h"
#include "podium-plan.h"

typedef struct
{
  GMainContext *context;
  char         *dir;
  char         *path;
  GFile        *file;
  GBytes       *original;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *example = g_build_filename (g_getenv ("PODIUM_SOURCE_ROOT"), "data", "examples",
                                               "austauschtreffen.podium.json", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  f->context = g_main_context_new ();
  g_main_context_push_thread_default (f->context);
  f->dir = g_dir_make_tmp ("podium-plan-XXXXXX", &error);
  g_assert_no_error (error);

  g_file_get_contents (example, &contents, &length, &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "plan.podium.json", NULL);
  g_file_set_contents (f->path, contents, length, &error);
  g_assert_no_error (error);
  f->original = g_bytes_new_take (g_steal_pointer (&contents), length);
  f->file = g_file_new_for_path (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  while (g_main_context_iteration (f->context, FALSE))
    ;
  g_main_context_pop_thread_default (f->context);
  g_main_context_unref (f->context);
  remove_tree (f->dir);
  remove_tree (g_getenv ("PODIUM_DRAFTS_DIR"));
  g_free (f->dir);
  g_free (f->path);
  g_object_unref (f->file);
  g_bytes_unref (f->original);
}

static gboolean
on_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the fixture's main context until *@done, failing after @seconds */
static void
run_until (Fixture  *f,
           gboolean *done,
           double    seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  GSource *tick = g_timeout_source_new (10);

  g_source_set_callback (tick, on_tick_cb, NULL, NULL);
  g_source_attach (tick, f->context);
  while (!*done)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("waited %.1f s in vain", seconds);
      g_main_context_iteration (f->context, TRUE);
    }
  g_source_destroy (tick);
  g_source_unref (tick);
}

static void
run_for (Fixture *f,
         double   seconds)
{
  gboolean never = FALSE;
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  GSource *tick = g_timeout_source_new (10);

  g_source_set_callback (tick, on_tick_cb, NULL, NULL);
  g_source_attach (tick, f->context);
  while (!never && g_get_monotonic_time () < end)
    g_main_context_iteration (f->context, TRUE);
  g_source_destroy (tick);
  g_source_unref (tick);
}

typedef struct
{
  GAsyncResult *result;
  gboolean      done;
} Wait;

static void
on_result_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      data)
{
  Wait *wait = data;

  wait->result = g_object_ref (result);
  wait->done = TRUE;
}

static PodiumPlan *
load (Fixture             *f,
      GFile               *file,
      PodiumPlanLoadFlags  flags)
{
  Wait wait = { 0 };
  g_autoptr(GError) error = NULL;
  PodiumPlan *plan;

  podium_plan_load_async (file, flags, NULL, on_result_cb, &wait);
  run_until (f, &wait.done, 10);
  plan = podium_plan_load_finish (wait.result, &error);
  g_assert_no_error (error);
  g_assert_true (PODIUM_IS_PLAN (plan));
  g_object_unref (wait.result);
  return plan;
}

static gboolean
save (Fixture              *f,
      PodiumPlan           *plan,
      GFile                *file,
      PodiumPlanSaveFlags   flags,
      GError              **error)
{
  Wait wait = { 0 };
  gboolean ok;

  podium_plan_save_async (plan, file, flags, NULL, on_result_cb, &wait);
  run_until (f, &wait.done, 10);
  ok = podium_plan_save_finish (plan, wait.result, error);
  g_object_unref (wait.result);
  return ok;
}

static const char *
title_of (PodiumPlan *plan)
{
  return podium_conference_get_title (podium_document_get_conference (podium_plan_get_document (plan)));
}

static void
edit_title (PodiumPlan *plan,
            const char *title)
{
  PodiumDocument *document = podium_plan_get_document (plan);

  podium_document_edit (document, podium_document_get_conference (document), "title", title, NULL);
}

/* Their version of the file: the original with the conference's @property changed */
static GBytes *
their_version_with (Fixture    *f,
                    const char *property,
                    const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PodiumDocument) document = podium_json_read_bytes (f->original, "original", &error);
  gsize length = 0;
  char *text;

  g_assert_no_error (error);
  g_object_set (podium_document_get_conference (document), property, value, NULL);
  text = podium_json_write (document, &length);
  return g_bytes_new_take (text, length);
}

/* …with another title */
static GBytes *
their_version (Fixture    *f,
               const char *title)
{
  return their_version_with (f, "title", title);
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *text)
{
  return g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), text) != NULL;
}

static void
write_file (const char *path,
            GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
finish (Fixture    *f,
        PodiumPlan *plan)
{
  /* Work the plan queued (a draft removed, a check) ends before it goes */
  run_for (f, 0.2);
  g_assert_finalize_object (plan);
}

/* Saving over a file someone else changed refuses, and keeps both versions */

static void
test_stale_save_refuses (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GBytes) theirs = their_version (f, "Their Title");
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  PodiumPlan *plan = load (f, f->file, PODIUM_PLAN_LOAD_NONE);

  edit_title (plan, "My Title");
  g_assert_true (podium_plan_get_modified (plan));
  write_file (f->path, theirs);

  /* Both changed the title: a conflict the user decides */
  g_assert_false (save (f, plan, NULL, PODIUM_PLAN_SAVE_NONE, &error));
  g_assert_error (error, PODIUM_PLAN_ERROR, PODIUM_PLAN_ERROR_MERGE_CONFLICTS);
  g_assert_nonnull (podium_plan_get_merge (plan));
  g_assert_cmpuint (podium_merge_get_n_conflicts (podium_plan_get_merge (plan)), ==, 1);
  podium_plan_cancel_merge (plan);
  g_assert_null (podium_plan_get_merge (plan));
  on_disk = read_bytes (f->path);
  g_assert_true (g_bytes_equal (on_disk, theirs));
  g_assert_cmpstr (title_of (plan), ==, "My Title");
  g_assert_true (podium_plan_get_modified (plan));
  g_assert_cmpint (podium_plan_get_disk_state (plan), ==, PODIUM_PLAN_DISK_CHANGED);

  /* The user chose to replace theirs */
  g_clear_error (&error);
  g_assert_true (save (f, plan, NULL, PODIUM_PLAN_SAVE_REPLACE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&on_disk, g_bytes_unref);
  on_disk = read_bytes (f->path);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (on_disk, NULL), g_bytes_get_size (on_disk), "My Title"));
  g_assert_false (podium_plan_get_modified (plan));
  g_assert_cmpint (podium_plan_get_disk_state (plan), ==, PODIUM_PLAN_DISK_SAME);
  finish (f, plan);
}

/* A tool that restores the modification time after writing is still noticed */
static void
test_stale_save_same_mtime (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GBytes) theirs = their_version (f, "Their Title, Same Time");
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) before = NULL;
  g_autoptr(GFileInfo) after = NULL;
  struct timespec times[2];
  GStatBuf st;
  PodiumPlan *plan = load (f, f->file, PODIUM_PLAN_LOAD_NONE);

  before = g_file_query_info (f->file, "etag::value", G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  edit_title (plan, "My Title");
  write_file (f->path, theirs);
  times[0] = st.st_atim;
  times[1] = st.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, f->path, times, 0), ==, 0);
  after = g_file_query_info (f->file, "etag::value", G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  /* What the test is about: the etag alone cannot tell */
  g_assert_cmpstr (g_file_info_get_etag (before), ==, g_file_info_get_etag (after));

  g_assert_false (save (f, plan, NULL, PODIUM_PLAN_SAVE_NONE, &error));
  g_assert_error (error, PODIUM_PLAN_ERROR, PODIUM_PLAN_ERROR_MERGE_CONFLICTS);
  on_disk = read_bytes (f->path);
  g_assert_true (g_bytes_equal (on_disk, theirs));
  g_assert_cmpstr (title_of (plan), ==, "My Title");
  finish (f, plan);
}

/* Someone else changed something else: saving keeps both changes, without a question */
static void
test_merge_disjoint (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) theirs = their_version_with (f, "subtitle", "Their Subtitle");
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  PodiumPlan *plan = load (f, f->file, PODIUM_PLAN_LOAD_NONE);

  edit_title (plan, "My Title");
  write_file (f->path, theirs);

  g_assert_true (save (f, plan, NULL, PODIUM_PLAN_SAVE_NONE, &error));
  g_assert_no_error (error);
  on_disk = read_bytes (f->path);
  g_assert_true (bytes_contain (on_disk, "My Title"));
  g_assert_true (bytes_contain (on_disk, "Their Subtitle"));
  g_assert_cmpstr (title_of (plan), ==, "My Title");
  g_assert_cmpstr (podium_conference_get_subtitle (podium_document_get_conference (podium_plan_get_document (plan))),
                   ==, "Their Subtitle");
  g_assert_false (podium_plan_get_modified (plan));
  g_assert_cmpint (podium_plan_get_disk_state (plan), ==, PODIUM_PLAN_DISK_SAME);
  g_assert_null (podium_plan_get_merge (plan));
  finish (f, plan);
}

/* The same thing changed two ways: the user's choice is saved, nothing before it */
static void
test_merge_conflict_choice (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GBytes) theirs = their_version (f, "Their Title");
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PodiumMergeConflict) conflict = NULL;
  PodiumPlan *plan = load (f, f->file, PODIUM_PLAN_LOAD_NONE);
  PodiumMerge *merge;

  edit_title (plan, "My Title");
  write_file (f->path, theirs);
  g_assert_false (save (f, plan, NULL, PODIUM_PLAN_SAVE_NONE, &error));
  g_assert_error (error, PODIUM_PLAN_ERROR, PODIUM_PLAN_ERROR_MERGE_CONFLICTS);
  g_clear_error (&error);

  merge = podium_plan_get_merge (plan);
  conflict = g_list_model_get_item (podium_merge_get_conflicts (merge), 0);
  g_assert_cmpstr (podium_merge_conflict_get_mine_text (conflict), ==, "My Title");
  g_assert_cmpstr (podium_merge_conflict_get_theirs_text (conflict), ==, "Their Title");
  g_assert_cmpstr (podium_merge_conflict_get_label (conflict), ==, "Title");
  /* Nothing written while the user chooses */
  on_disk = read_bytes (f->path);
  g_assert_true (g_bytes_equal (on_disk, theirs));
  g_clear_pointer (&on_disk, g_bytes_unref);

  podium_merge_conflict_set_choice (conflict, PODIUM_MERGE_THEIRS);
  podium_plan_resolve_merge (plan);
  g_assert_null (podium_plan_get_merge (plan));
  g_assert_cmpstr (title_of (plan), ==, "Their Title");
  g_assert_true (podium_plan_get_modified (plan));
  g_assert_true (save (f, plan, NULL, PODIUM_PLAN_SAVE_NONE, &error));
  g_assert_no_error (error);
  on_disk = read_bytes (f->path);
  g_assert_true (bytes_contain (on_disk, "Their Title"));
  g_assert_false (bytes_contain (on_disk, "My Title"));
  g_assert_false (podium_plan_get_modified (plan));
  finish (f, plan);
}

/* The file changed while the plan has unsaved changes: theirs come in, nothing is saved */
static void
test_merge_without_saving (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GBytes) theirs = their_version_with (f, "subtitle", "Their Subtitle");
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { 0 };
  PodiumPlan *plan = load (f, f->file, PODIUM_PLAN_LOAD_NONE);

  edit_title (plan, "My Title");
  write_file (f->path, theirs);
  podium_plan_merge_async (plan, NULL, on_result_cb, &wait);
  run_until (f, &wait.done, 10);
  g_assert_true (podium_plan_merge_finish (plan, wait.result, &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  g_assert_cmpstr (title_of (plan), ==, "My Title");
  g_assert_cmpstr (podium_conference_get_subtitle (podium_document_get_conference (podium_plan_get_document (plan))),
                   ==, "Their Subtitle");
  g_assert_true (podium_plan_get_modified (plan));
  on_disk = read_bytes (f->path);
  g_assert_true (g_bytes_equal (on_disk, theirs));
  /* Theirs is now what the plan starts from: a plain save, no merge */
  g_assert_true (save (f, plan, NULL, PODIUM_PLAN_SAVE_NONE, &error));
  g_assert_no_error (error);
  finish (f, plan);
}

/* Saving keeps the previous version as FILE~, and a plain save of our own file works */
static void
test_save_backup (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GError) error = NULL;
  PodiumPlan *plan = load (f, f->file, PODIUM_PLAN_LOAD_NONE);

  edit_title (plan, "Saved Title");
  g_assert_true (save (f, plan, NULL, PODIUM_PLAN_SAVE_NONE, &error));
  g_assert_no_error (error);
  kept = read_bytes (backup);
  g_assert_true (g_bytes_equal (kept, f->original));
  g_assert_false (podium_plan_get_modified (plan));
  {
    /* The file says who saved it, for the merge dialog of whoever saves next */
    g_autoptr(GBytes) saved = read_bytes (f->path);
    g_autofree char *expected = g_strdup_printf ("\"updated_by\" : \"%s\"", g_get_real_name ());

    g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                    expected));
  }

  /* And again: what we wrote ourselves is no change on disk */
  edit_title (plan, "Saved Twice");
  g_assert_true (save (f, plan, NULL, PODIUM_PLAN_SAVE_NONE, &error));
  g_assert_no_error (error);
  finish (f, plan);
}

/* Drafts */

static void
on_draft_written_cb (PodiumPlan *plan,
                     GArray     *times)
{
  gint64 now = g_get_monotonic_time ();

  g_array_append_val (times, now);
}

static gboolean
on_edit_tick_cb (gpointer data)
{
  PodiumPlan *plan = data;
  static int n = 0;
  g_autofree char *title = g_strdup_printf ("Edit %d", ++n);

  edit_title (plan, title);
  return G_SOURCE_CONTINUE;
}

/* A steady stream of edits, each sooner than the debounce, still gets drafts: the first
 * within the maximum delay of the first edit, and then again and again */
static void
test_draft_max_delay (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  PodiumPlan *plan = load (f, f->file, PODIUM_PLAN_LOAD_NONE);
  GSource *edits;
  gint64 start;
  const guint delay = 200, max_delay = 500, interval = 120;

  podium_plan_set_draft_delays (plan, delay, max_delay);
  g_signal_connect (plan, "draft-written", G_CALLBACK (on_draft_written_cb), times);

  start = g_get_monotonic_time ();
  edit_title (plan, "Edit 0");
  edits = g_timeout_source_new (interval);
  g_source_set_callback (edits, on_edit_tick_cb, plan, NULL);
  g_source_attach (edits, f->context);
  run_for (f, 2.0);
  g_source_destroy (edits);
  g_source_unref (edits);

  /* Edits every 120 ms never leave the 200 ms debounce alone: only the maximum delay
   * brings drafts, about one each 500 ms */
  g_test_message ("%u drafts in 2 s of edits", times->len);
  g_assert_cmpuint (times->len, >=, 3);
  g_assert_cmpint (g_array_index (times, gint64, 0) - start, <=, (max_delay + 250) * G_TIME_SPAN_MILLISECOND);
  for (guint i = 1; i < times->len; i++)
    g_assert_cmpint (g_array_index (times, gint64, i) - g_array_index (times, gint64, i - 1), <=,
                     (max_delay + interval + 250) * G_TIME_SPAN_MILLISECOND);

  /* Once the edits stop, the debounce alone writes the last one */
  g_array_set_size (times, 0);
  edit_title (plan, "Last Edit");
  start = g_get_monotonic_time ();
  run_for (f, 0.8);
  g_assert_cmpuint (times->len, ==, 1);
  g_assert_cmpint (g_array_index (times, gint64, 0) - start, >=, (delay - 20) * G_TIME_SPAN_MILLISECOND);
  finish (f, plan);
}

static void
on_draft_done_cb (PodiumPlan *plan,
                  gboolean   *done)
{
  *done = TRUE;
}

/* A draft holds the unsaved changes; after a crash it is recovered, tied to its file,
 * and a save removes it */
static void
test_draft_recovered (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = podium_draft_get_dir ();
  g_autofree char *info_path = NULL;
  g_autofree char *base_path = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GBytes) theirs = NULL;
  g_autoptr(GBytes) on_disk = NULL;
  gboolean written = FALSE;
  Wait wait = { 0 };
  PodiumPlan *plan = load (f, f->file, PODIUM_PLAN_LOAD_NONE);
  PodiumPlan *recovered;

  podium_plan_set_draft_delays (plan, 50, 100);
  g_signal_connect (plan, "draft-written", G_CALLBACK (on_draft_done_cb), &written);
  edit_title (plan, "Unsaved Title");
  run_until (f, &written, 5);
  id = g_strdup (podium_plan_get_draft_id (plan));
  g_assert_nonnull (id);

  /* Our own draft is not offered while we run */
  orphans = podium_draft_list_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);
  g_clear_pointer (&orphans, g_ptr_array_unref);

  /* "Crash": the plan goes without a word, and the draft names a writer that is gone */
  g_signal_handlers_disconnect_by_data (plan, &written);
  g_object_run_dispose (G_OBJECT (plan));
  g_object_unref (plan);
  info_path = g_strdup_printf ("%s/%s.draft", dir, id);
  g_key_file_load_from_file (info, info_path, G_KEY_FILE_KEEP_COMMENTS, &error);
  g_assert_no_error (error);
  g_key_file_set_integer (info, "Draft", "pid", 0);
  g_key_file_save_to_file (info, info_path, &error);
  g_assert_no_error (error);

  orphans = podium_draft_list_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  podium_plan_recover_async (g_ptr_array_index (orphans, 0), NULL, on_result_cb, &wait);
  run_until (f, &wait.done, 10);
  recovered = podium_plan_recover_finish (wait.result, &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  g_assert_cmpstr (title_of (recovered), ==, "Unsaved Title");
  g_assert_true (podium_plan_get_modified (recovered));
  g_assert_true (g_file_equal (podium_plan_get_file (recovered), f->file));
  g_assert_cmpint (podium_plan_get_disk_state (recovered), ==, PODIUM_PLAN_DISK_SAME);
  g_assert_cmpstr (podium_plan_get_draft_id (recovered), ==, id);

  /* The draft kept what the changes started from: a colleague's save after the crash
   * is merged, not lost and not overwritten */
  theirs = their_version_with (f, "subtitle", "Their Subtitle");
  write_file (f->path, theirs);
  g_assert_true (save (f, recovered, NULL, PODIUM_PLAN_SAVE_NONE, &error));
  g_assert_no_error (error);
  on_disk = read_bytes (f->path);
  g_assert_true (bytes_contain (on_disk, "Unsaved Title"));
  g_assert_true (bytes_contain (on_disk, "Their Subtitle"));
  g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));
  base_path = g_strdup_printf ("%s/%s.base.podium.json", dir, id);
  g_assert_false (g_file_test (base_path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&orphans, g_ptr_array_unref);
  finish (f, recovered);
}

/* Changes on disk */

static void
on_disk_state_cb (PodiumPlan *plan,
                  GParamSpec *pspec,
                  gboolean   *done)
{
  *done = TRUE;
}

static void
test_external_change (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) theirs = their_version (f, "Changed Outside");
  g_autoptr(GError) error = NULL;
  PodiumPlan *plan = load (f, f->file, PODIUM_PLAN_LOAD_NONE);
  gboolean changed = FALSE;

  g_signal_connect (plan, "notify::disk-state", G_CALLBACK (on_disk_state_cb), &changed);
  /* Touching the file is no change */
  run_for (f, 0.3);
  g_file_set_attribute_uint64 (f->file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                               g_get_real_time () / G_USEC_PER_SEC + 5,
                               G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  run_for (f, 1.0);
  g_assert_false (changed);
  g_assert_cmpint (podium_plan_get_disk_state (plan), ==, PODIUM_PLAN_DISK_SAME);

  write_file (f->path, theirs);
  run_until (f, &changed, 10);
  g_assert_cmpint (podium_plan_get_disk_state (plan), ==, PODIUM_PLAN_DISK_CHANGED);
  /* Noticing is not reloading */
  g_assert_cmpstr (title_of (plan), !=, "Changed Outside");

  /* Keep Mine: the next save replaces what the user saw */
  podium_plan_keep_mine (plan);
  g_assert_cmpint (podium_plan_get_disk_state (plan), ==, PODIUM_PLAN_DISK_SAME);
  g_assert_true (podium_plan_get_modified (plan));
  g_assert_true (save (f, plan, NULL, PODIUM_PLAN_SAVE_NONE, &error));
  g_assert_no_error (error);

  changed = FALSE;
  g_unlink (f->path);
  run_until (f, &changed, 10);
  g_assert_cmpint (podium_plan_get_disk_state (plan), ==, PODIUM_PLAN_DISK_DELETED);
  g_signal_handlers_disconnect_by_data (plan, &changed);
  finish (f, plan);
}

static void
test_reload (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GBytes) theirs = their_version (f, "Reloaded Title");
  g_autoptr(GError) error = NULL;
  PodiumPlan *plan = load (f, f->file, PODIUM_PLAN_LOAD_NONE);
  PodiumDocument *before = podium_plan_get_document (plan);
  Wait wait = { 0 };

  edit_title (plan, "Mine");
  write_file (f->path, theirs);
  podium_plan_reload_async (plan, NULL, on_result_cb, &wait);
  run_until (f, &wait.done, 10);
  g_assert_true (podium_plan_reload_finish (plan, wait.result, &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  g_assert_true (podium_plan_get_document (plan) != before);
  g_assert_cmpstr (title_of (plan), ==, "Reloaded Title");
  g_assert_false (podium_plan_get_modified (plan));
  g_assert_true (podium_plan_get_for_document (podium_plan_get_document (plan)) == plan);

  /* What was reloaded is what the next save checks against */
  edit_title (plan, "Mine After Reload");
  g_assert_true (save (f, plan, NULL, PODIUM_PLAN_SAVE_NONE, &error));
  g_assert_no_error (error);
  finish (f, plan);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  PodiumPlan *plan = load (f, f->file, PODIUM_PLAN_LOAD_AS_COPY);

  g_assert_null (podium_plan_get_file (plan));
  g_assert_true (g_file_equal (podium_plan_get_location (plan), f->file));
  g_assert_cmpstr (podium_plan_get_origin (plan), ==, "Copy of plan.podium.json");
  g_assert_false (podium_plan_get_modified (plan));
  finish (f, plan);
}

/* Nothing blocks the main loop: a file that comes in slowly (a FIFO written by a thread
 * over a second) is read while the loop keeps running */

typedef struct
{
  char   *path;
  GBytes *bytes;
} Writer;

static gpointer
slow_writer_thread (gpointer data)
{
  Writer *w = data;
  gsize length = 0;
  const char *text = g_bytes_get_data (w->bytes, &length);
  FILE *fifo = fopen (w->path, "w");
  gsize chunk = length / 10 + 1;

  g_assert_nonnull (fifo);
  for (gsize done = 0; done < length; done += chunk)
    {
      fwrite (text + done, 1, MIN (chunk, length - done), fifo);
      fflush (fifo);
      g_usleep (100 * 1000);
    }
  fclose (fifo);
  return NULL;
}

static gboolean
on_count_cb (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

static void
test_slow_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *fifo_path = g_build_filename (f->dir, "slow.podium.json", NULL);
  g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GThread) writer = NULL;
  Writer w = { fifo_path, f->original };
  Wait wait = { 0 };
  guint ticks = 0;
  GSource *counter;
  PodiumPlan *plan;
  gint64 start;

  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  counter = g_timeout_source_new (10);
  g_source_set_callback (counter, on_count_cb, &ticks, NULL);
  g_source_attach (counter, f->context);

  start = g_get_monotonic_time ();
  podium_plan_load_async (fifo, PODIUM_PLAN_LOAD_NONE, NULL, on_result_cb, &wait);
  /* Started after the load: the load has already returned to the loop */
  writer = g_thread_new ("slow-writer", slow_writer_thread, &w);
  run_until (f, &wait.done, 10);
  g_thread_join (g_steal_pointer (&writer));
  plan = podium_plan_load_finish (wait.result, &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);

  /* About a second of reading, a tick each 10 ms: most of them came */
  g_test_message ("%u ticks in %" G_GINT64_FORMAT " ms", ticks,
                  (g_get_monotonic_time () - start) / 1000);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 900 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpuint (ticks, >=, 40);
  g_assert_cmpstr (title_of (plan), !=, NULL);

  g_source_destroy (counter);
  g_source_unref (counter);
  g_object_run_dispose (G_OBJECT (plan));
  finish (f, plan);
}

/* Stale temporary files of a killed save go; nothing else does */
static void
test_stale_temp_files (Fixture       *f,
                       gconstpointer  data)
{
  static const struct { const char *name; gboolean old; gboolean removed; } files[] = {
    { ".goutputstream-AB12cd", TRUE, TRUE },
    { ".goutputstream-XY34ef", FALSE, FALSE },   /* a save going on now */
    { ".goutputstream-AB12cde", TRUE, FALSE },   /* not the pattern */
    { "goutputstream-AB12cd", TRUE, FALSE },
    { ".goutputstream-AB-2cd", TRUE, FALSE },
    { "notes.txt", TRUE, FALSE },
  };
  g_autofree char *sub = g_build_filename (f->dir, "elsewhere", NULL);
  g_autofree char *elsewhere = g_build_filename (sub, ".goutputstream-AB12cd", NULL);
  g_autoptr(GError) error = NULL;
  PodiumPlan *plan;

  g_mkdir (sub, 0700);
  g_file_set_contents (elsewhere, "x", 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, files[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_file_set_contents (path, "half a plan", -1, &error);
      g_assert_no_error (error);
      if (files[i].old)
        {
          g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                       g_get_real_time () / G_USEC_PER_SEC - 120,
                                       G_FILE_QUERY_INFO_NONE, NULL, &error);
          g_assert_no_error (error);
        }
    }

  plan = load (f, f->file, PODIUM_PLAN_LOAD_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, files[i].name, NULL);

      g_assert_cmpint (g_file_test (path, G_FILE_TEST_EXISTS), ==, !files[i].removed);
    }
  g_assert_true (g_file_test (elsewhere, G_FILE_TEST_EXISTS));

  /* And on save: one left by a save killed meanwhile */
  {
    g_autofree char *path = g_build_filename (f->dir, ".goutputstream-QQ99zz", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_file_set_contents (path, "half a plan", -1, &error);
    g_assert_no_error (error);
    g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                 g_get_real_time () / G_USEC_PER_SEC - 120,
                                 G_FILE_QUERY_INFO_NONE, NULL, &error);
    g_assert_no_error (error);
    edit_title (plan, "Saved");
    g_assert_true (save (f, plan, NULL, PODIUM_PLAN_SAVE_NONE, &error));
    g_assert_no_error (error);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  finish (f, plan);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *drafts = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* Before any thread: setenv() is not thread-safe */
  drafts = g_dir_make_tmp ("podium-plan-drafts-XXXXXX", NULL);
  g_assert_nonnull (drafts);
  g_setenv ("PODIUM_DRAFTS_DIR", drafts, TRUE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/plan/save/stale-etag-refuses", test_stale_save_refuses);
  ADD ("/plan/save/stale-same-mtime", test_stale_save_same_mtime);
  ADD ("/plan/save/backup", test_save_backup);
  ADD ("/plan/merge/disjoint", test_merge_disjoint);
  ADD ("/plan/merge/conflict-choice", test_merge_conflict_choice);
  ADD ("/plan/merge/without-saving", test_merge_without_saving);
  ADD ("/plan/save/stale-temp-files", test_stale_temp_files);
  ADD ("/plan/draft/max-delay", test_draft_max_delay);
  ADD ("/plan/draft/recovered", test_draft_recovered);
  ADD ("/plan/disk/external-change", test_external_change);
  ADD ("/plan/disk/reload", test_reload);
  ADD ("/plan/load/copy", test_import);
  ADD ("/plan/load/slow-file", test_slow_file);
#undef ADD

  status = g_test_run ();
  remove_tree (drafts);
  return status;
}
