/* test-media.c — reading real video files: lengths, sizes, thumbnails, errors, the slot
 *
 * Generates small video files with gst-launch-1.0 at run time; skips when it is missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "podium-conflicts.h"
#include "podium-media.h"
#include "podium-model.h"

static char *tmpdir;
static char *gst_launch;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static gboolean
make_video (const char *name,
            const char *description)
{
  g_autofree char *path = tmp_path (name);
  g_autofree char *command = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  int status;

  command = g_strdup_printf ("%s -q %s ! filesink location=%s", gst_launch, description, path);
  g_assert_true (g_shell_parse_argv (command, NULL, &argv, NULL));
  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_printerr ("# could not make %s: %s %s\n", name, error ? error->message : "", err);
      return FALSE;
    }
  return TRUE;
}

static GFile *
tmp_file (const char *name)
{
  g_autofree char *path = tmp_path (name);

  return g_file_new_for_path (path);
}

static PodiumMediaInfo *
inspect_ok (const char *name)
{
  g_autoptr(GFile) file = tmp_file (name);
  g_autoptr(GError) error = NULL;
  PodiumMediaInfo *info = podium_media_inspect (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (info);
  return info;
}

static gboolean
skip_without_videos (void)
{
  if (gst_launch != NULL)
    return FALSE;
  g_test_skip ("gst-launch-1.0 is not installed, or could not make the test videos");
  return TRUE;
}

/* The thumbnail is a real picture: the test pattern's colour bars, not one flat colour */
static void
assert_thumbnail (PodiumMediaInfo *info,
                  int              expect_width,
                  int              expect_height)
{
  int width = 0, height = 0;
  gsize stride = 0, size = 0;
  GBytes *bytes = podium_media_info_get_thumbnail (info, &width, &height, &stride);
  const guint8 *data;
  gboolean differs = FALSE;

  g_assert_nonnull (bytes);
  g_assert_cmpint (width, ==, expect_width);
  g_assert_cmpint (height, ==, expect_height);
  g_assert_cmpuint (stride, >=, (gsize) width * 3);
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpuint (size, ==, stride * height);

  for (int x = 1; x < width && !differs; x++)
    differs = memcmp (data, data + x * 3, 3) != 0;
  g_assert_true (differs);
}

static void
test_ogg (void)
{
  g_autoptr(PodiumMediaInfo) info = NULL;

  if (skip_without_videos ())
    return;

  info = inspect_ok ("three.ogg");
  g_assert_cmpint (podium_media_info_get_duration (info), ==, 3);
  g_assert_cmpuint (podium_media_info_get_duration_ns (info), >=, G_GUINT64_CONSTANT (2900000000));
  g_assert_cmpint (podium_media_info_get_width (info), ==, 320);
  g_assert_cmpint (podium_media_info_get_height (info), ==, 240);
  g_assert_false (podium_media_info_get_has_audio (info));
  /* 320×240 fits 320×180 at 240×180 */
  assert_thumbnail (info, 240, 180);
}

static void
test_webm (void)
{
  g_autoptr(PodiumMediaInfo) info = NULL;

  if (skip_without_videos ())
    return;

  info = inspect_ok ("seven.webm");
  g_assert_cmpint (podium_media_info_get_duration (info), ==, 7);
  g_assert_cmpint (podium_media_info_get_width (info), ==, 320);
  g_assert_cmpint (podium_media_info_get_height (info), ==, 240);
  assert_thumbnail (info, 240, 180);
}

static void
test_long_tiny (void)
{
  g_autoptr(PodiumMediaInfo) info = NULL;

  if (skip_without_videos ())
    return;

  info = inspect_ok ("seventy.ogg");
  g_assert_cmpint (podium_media_info_get_duration (info), ==, 70);
  g_assert_cmpint (podium_media_info_get_width (info), ==, 16);
  /* Never scaled up */
  assert_thumbnail (info, 16, 16);
}

static void
on_inspected_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PodiumMediaInfo **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = podium_media_inspect_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(PodiumMediaInfo) info = NULL;

  if (skip_without_videos ())
    return;

  file = tmp_file ("seven.webm");
  podium_media_inspect_async (file, NULL, on_inspected_cb, &info);
  while (info == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (podium_media_info_get_duration (info), ==, 7);
  g_assert_nonnull (podium_media_info_get_thumbnail (info, NULL, NULL, NULL));
}

static void
on_cancelled_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PodiumMediaInfo) info = podium_media_inspect_finish (result, &error);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (info);
  *done = TRUE;
}

static void
test_cancel (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gboolean done = FALSE;

  if (skip_without_videos ())
    return;

  file = tmp_file ("seven.webm");
  g_cancellable_cancel (cancellable);
  podium_media_inspect_async (file, cancellable, on_cancelled_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_missing (void)
{
  g_autoptr(GFile) file = tmp_file ("gone.webm");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *expected = g_strdup_printf ("The file “%s” does not exist", path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodiumMediaInfo) info = podium_media_inspect (file, &error);

  g_assert_null (info);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_garbage (void)
{
  g_autoptr(GFile) file = tmp_file ("garbage.webm");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodiumMediaInfo) info = NULL;

  g_assert_true (g_file_set_contents (path, "This is a letter, not a video.\n", -1, NULL));
  info = podium_media_inspect (file, &error);

  g_assert_null (info);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "is not a video file"));
  g_clear_error (&error);

  /* A folder is no video either */
  g_clear_object (&file);
  file = g_file_new_for_path (tmpdir);
  info = podium_media_inspect (file, &error);
  g_assert_null (info);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  /* Nor is a remote URL fetched on a plan's say-so */
  g_clear_object (&file);
  file = g_file_new_for_uri ("http://example.invalid/video.webm");
  info = podium_media_inspect (file, &error);
  g_assert_null (info);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
}

static void
test_resolve (void)
{
  g_autoptr(GFile) document = g_file_new_for_path ("/srv/plans/treffen.podium.json");
  g_autoptr(GFile) inside = g_file_new_for_path ("/srv/plans/videos/dulig.webm");
  g_autoptr(GFile) outside = g_file_new_for_path ("/home/anna/Videos/werner.webm");
  g_autoptr(GFile) resolved = NULL;
  g_autofree char *path = NULL;
  g_autofree char *relative = NULL;
  g_autofree char *uri = NULL;

  resolved = podium_media_resolve (document, "videos/dulig.webm");
  path = g_file_get_path (resolved);
  g_assert_cmpstr (path, ==, "/srv/plans/videos/dulig.webm");
  g_clear_object (&resolved);
  g_clear_pointer (&path, g_free);

  resolved = podium_media_resolve (document, "file:///home/anna/Videos/werner.webm");
  path = g_file_get_path (resolved);
  g_assert_cmpstr (path, ==, "/home/anna/Videos/werner.webm");
  g_clear_object (&resolved);
  g_clear_pointer (&path, g_free);

  resolved = podium_media_resolve (document, "/tmp/a.ogg");
  path = g_file_get_path (resolved);
  g_assert_cmpstr (path, ==, "/tmp/a.ogg");

  g_assert_null (podium_media_resolve (document, NULL));
  g_assert_null (podium_media_resolve (document, ""));

  relative = podium_media_path_for_document (document, inside);
  g_assert_cmpstr (relative, ==, "videos/dulig.webm");
  uri = podium_media_path_for_document (document, outside);
  g_assert_cmpstr (uri, ==, "file:///home/anna/Videos/werner.webm");
}

static void
test_format (void)
{
  struct { int seconds; const char *text; } cases[] = {
    { 143, "2:23" }, { 7, "0:07" }, { 300, "5:00" }, { 3723, "1:02:03" }, { -1, "–" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = podium_media_format_duration (cases[i].seconds);
      g_assert_cmpstr (text, ==, cases[i].text);
    }

  g_assert_cmpint (podium_media_slot_minutes (1), ==, 1);
  g_assert_cmpint (podium_media_slot_minutes (60), ==, 1);
  g_assert_cmpint (podium_media_slot_minutes (61), ==, 2);
  g_assert_cmpint (podium_media_slot_minutes (320), ==, 6);
}

static PodiumSession *
add_video_session (PodiumDocument *doc,
                   PodiumRoom     *room,
                   const char     *id,
                   const char     *file,
                   const char     *start,
                   int             minutes)
{
  PodiumSession *session = g_object_new (PODIUM_TYPE_SESSION, "id", id, "title", id,
                                         "kind", PODIUM_SESSION_VIDEO_MESSAGE,
                                         "status", PODIUM_STATUS_CONFIRMED, NULL);
  gint64 time = PODIUM_TIME_NONE;

  g_assert_true (podium_time_parse (start, &time));
  podium_document_add (doc, session);
  podium_document_schedule (doc, session, room, time, minutes);
  if (file != NULL)
    podium_document_edit (doc, podium_session_get_video (session), "file", file, NULL);
  return session;
}

static void
test_refresh_and_fit (void)
{
  g_autoptr(PodiumDocument) doc = podium_document_new ();
  g_autoptr(PodiumRoom) room = g_object_new (PODIUM_TYPE_ROOM, "id", "plenum", "name", "Plenum", NULL);
  g_autoptr(PodiumSession) seventy = NULL;
  g_autoptr(PodiumSession) three = NULL;
  g_autoptr(PodiumSession) gone = NULL;
  g_autoptr(GFile) document_file = tmp_file ("plan.podium.json");
  g_autofree char *uri = NULL;
  PodiumVideo *video;

  if (skip_without_videos ())
    return;

  podium_document_add (doc, room);
  seventy = add_video_session (doc, room, "seventy", "seventy.ogg", "2023-11-20T10:00", 1);
  /* A URI works as well as a relative path */
  uri = g_strdup_printf ("file://%s/three.ogg", tmpdir);
  three = add_video_session (doc, room, "three", uri, "2023-11-20T10:05", 5);
  gone = add_video_session (doc, room, "gone", "videos/gone.webm", "2023-11-20T10:10", 5);
  podium_document_clear_history (doc);

  /* Without the plan's file only the URI can be looked for */
  podium_media_refresh_videos (doc, NULL);
  g_assert_cmpint (podium_video_get_duration (podium_session_get_video (seventy)), ==, -1);
  g_assert_cmpint (podium_video_get_duration (podium_session_get_video (three)), ==, 3);
  g_assert_null (podium_video_get_missing_file (podium_session_get_video (gone)));

  podium_media_refresh_videos (doc, document_file);

  g_assert_cmpint (podium_video_get_duration (podium_session_get_video (seventy)), ==, 70);
  g_assert_cmpint (podium_video_get_duration (podium_session_get_video (three)), ==, 3);
  g_assert_cmpint (podium_video_get_duration (podium_session_get_video (gone)), ==, -1);
  g_assert_null (podium_video_get_missing_file (podium_session_get_video (seventy)));
  g_assert_null (podium_video_get_missing_file (podium_session_get_video (three)));
  g_assert_cmpstr (podium_video_get_missing_file (podium_session_get_video (gone)), ==, "videos/gone.webm");
  /* Reading the files is no edit of the plan */
  g_assert_false (podium_document_get_modified (doc));
  g_assert_false (podium_document_can_undo (doc));

  /* 70 s need a two-minute slot; fitting is one undoable step */
  g_assert_true (podium_media_fit_slot (doc, seventy));
  g_assert_cmpint (podium_session_get_duration (seventy), ==, 2);
  g_assert_true (podium_document_get_modified (doc));
  g_assert_cmpstr (podium_document_get_undo_label (doc), ==, "Fit Slot to Video");
  g_assert_false (podium_media_fit_slot (doc, seventy));
  podium_document_undo (doc);
  g_assert_cmpint (podium_session_get_duration (seventy), ==, 1);
  g_assert_false (podium_document_get_modified (doc));

  /* 3 s fit a one-minute slot; an unknown length fits nothing */
  g_assert_true (podium_media_fit_slot (doc, three));
  g_assert_cmpint (podium_session_get_duration (three), ==, 1);
  g_assert_false (podium_media_fit_slot (doc, gone));
  g_assert_cmpint (podium_session_get_duration (gone), ==, 5);

  video = podium_session_get_video (gone);
  g_assert_cmpstr (podium_video_get_file (video), ==, "videos/gone.webm");
}

static gboolean
has_conflict (PodiumConflicts *conflicts,
              const char      *rule,
              PodiumSession   *session)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (conflicts));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumConflict) conflict = g_list_model_get_item (G_LIST_MODEL (conflicts), i);

      if (g_str_equal (podium_conflict_get_rule (conflict), rule) &&
          podium_conflict_involves (conflict, session))
        return TRUE;
    }
  return FALSE;
}

/* The length read from the file is what the video-overrun rule sees */
static void
count_changes (PodiumDocument  *doc,
               PodiumChangeSet *change_set,
               guint           *changes)
{
  (*changes)++;
}

/* The window's form: lengths arrive in the background, each as a "changed" */
static void
test_refresh_async (void)
{
  g_autoptr(PodiumDocument) doc = podium_document_new ();
  g_autoptr(PodiumRoom) room = g_object_new (PODIUM_TYPE_ROOM, "id", "plenum", "name", "Plenum", NULL);
  g_autoptr(PodiumSession) seven = NULL;
  g_autoptr(PodiumSession) three = NULL;
  g_autoptr(PodiumSession) gone = NULL;
  g_autoptr(GFile) document_file = tmp_file ("plan.podium.json");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  guint changes = 0;
  gint64 deadline;

  if (skip_without_videos ())
    return;

  podium_document_add (doc, room);
  seven = add_video_session (doc, room, "seven", "seven.webm", "2023-11-20T10:00", 1);
  three = add_video_session (doc, room, "three", "three.ogg", "2023-11-20T10:05", 5);
  gone = add_video_session (doc, room, "gone", "videos/gone.webm", "2023-11-20T10:10", 5);
  podium_document_clear_history (doc);
  g_signal_connect (doc, "changed", G_CALLBACK (count_changes), &changes);

  podium_media_refresh_videos_async (doc, document_file, cancellable);
  /* nothing is read before the main loop runs: opening a plan does not wait */
  g_assert_cmpint (podium_video_get_duration (podium_session_get_video (seven)), ==, -1);

  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (changes < 3 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  /* two lengths, and one file not there */
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpint (podium_video_get_duration (podium_session_get_video (seven)), ==, 7);
  g_assert_cmpint (podium_video_get_duration (podium_session_get_video (three)), ==, 3);
  g_assert_cmpint (podium_video_get_duration (podium_session_get_video (gone)), ==, -1);
  g_assert_cmpstr (podium_video_get_missing_file (podium_session_get_video (gone)), ==, "videos/gone.webm");
  g_assert_false (podium_document_get_modified (doc));
  g_assert_false (podium_document_can_undo (doc));

  /* a cancelled refresh (the plan was closed) stores nothing */
  {
    g_auto(GValue) stale = G_VALUE_INIT;

    g_value_set_int (g_value_init (&stale, G_TYPE_INT), 99);
    podium_document_update_fact (doc, podium_session_get_video (three), "duration", &stale);
    g_cancellable_cancel (cancellable);
    podium_media_refresh_videos_async (doc, document_file, cancellable);
    deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
    while (g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpint (podium_video_get_duration (podium_session_get_video (three)), ==, 99);
  }
}

static void
test_conflicts (void)
{
  g_autoptr(PodiumDocument) doc = podium_document_new ();
  g_autoptr(PodiumRoom) room = NULL;
  g_autoptr(PodiumSession) seventy = NULL;
  g_autoptr(PodiumSession) three = NULL;
  g_autoptr(PodiumSession) gone = NULL;
  g_autoptr(PodiumConflicts) conflicts = NULL;
  g_autoptr(GFile) document_file = tmp_file ("plan.podium.json");

  if (skip_without_videos ())
    return;

  room = g_object_new (PODIUM_TYPE_ROOM, "id", "plenum", "name", "Plenum",
                       "equipment", PODIUM_EQUIPMENT_VIDEO_PLAYBACK, NULL);
  podium_document_add (doc, room);
  seventy = add_video_session (doc, room, "seventy", "seventy.ogg", "2023-11-20T10:00", 1);
  three = add_video_session (doc, room, "three", "three.ogg", "2023-11-20T10:05", 1);
  gone = add_video_session (doc, room, "gone", "gone.webm", "2023-11-20T10:10", 5);

  podium_media_refresh_videos (doc, document_file);
  conflicts = podium_conflicts_new (doc);

  g_assert_true (has_conflict (conflicts, "video-overrun", seventy));
  g_assert_false (has_conflict (conflicts, "video-overrun", three));
  g_assert_false (has_conflict (conflicts, "video-missing", seventy));
  g_assert_true (has_conflict (conflicts, "video-missing", gone));

  /* Fitting the slot to the video ends the overrun, live */
  g_assert_true (podium_media_fit_slot (doc, seventy));
  g_assert_false (has_conflict (conflicts, "video-overrun", seventy));
  podium_document_undo (doc);
  g_assert_true (has_conflict (conflicts, "video-overrun", seventy));

  /* The missing file is put in place (broken, but there) and looked for again */
  {
    g_autofree char *path = g_build_filename (tmpdir, "gone.webm", NULL);

    g_assert_true (g_file_set_contents (path, "not a video", -1, NULL));
    podium_media_refresh_videos (doc, document_file);
    g_assert_false (has_conflict (conflicts, "video-missing", gone));
    g_assert_cmpint (g_remove (path), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("podium-media-XXXXXX", &error);
  g_assert_no_error (error);

  gst_launch = g_find_program_in_path ("gst-launch-1.0");
  if (gst_launch != NULL &&
      !(make_video ("three.ogg",
                    "videotestsrc num-buffers=75 ! video/x-raw,framerate=25/1,width=320,height=240"
                    " ! theoraenc ! oggmux") &&
        make_video ("seven.webm",
                    "videotestsrc num-buffers=175 ! video/x-raw,framerate=25/1,width=320,height=240"
                    " ! vp8enc deadline=1 ! webmmux") &&
        make_video ("seventy.ogg",
                    "videotestsrc num-buffers=70 ! video/x-raw,framerate=1/1,width=16,height=16"
                    " ! theoraenc ! oggmux")))
    g_clear_pointer (&gst_launch, g_free);

  g_test_add_func ("/media/ogg", test_ogg);
  g_test_add_func ("/media/webm", test_webm);
  g_test_add_func ("/media/long-tiny", test_long_tiny);
  g_test_add_func ("/media/async", test_async);
  g_test_add_func ("/media/cancel", test_cancel);
  g_test_add_func ("/media/missing", test_missing);
  g_test_add_func ("/media/garbage", test_garbage);
  g_test_add_func ("/media/resolve", test_resolve);
  g_test_add_func ("/media/format", test_format);
  g_test_add_func ("/media/refresh-and-fit", test_refresh_and_fit);
  g_test_add_func ("/media/refresh-async", test_refresh_async);
  g_test_add_func ("/media/conflicts", test_conflicts);

  status = g_test_run ();

  {
    g_autoptr(GFile) dir = g_file_new_for_path (tmpdir);
    g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);
    GFileInfo *info;

    while (children && (info = g_file_enumerator_next_file (children, NULL, NULL)))
      {
        g_autofree char *path = tmp_path (g_file_info_get_name (info));
        g_unlink (path);
        g_object_unref (info);
      }
    g_rmdir (tmpdir);
  }

  g_free (gst_launch);
  g_free (tmpdir);
  return status;
}
