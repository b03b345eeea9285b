/* test-video-panel.c — the inspector's video message panel with real files
 *
 * Needs a display (the ui suite runs under Xvfb) and gst-launch-1.0; skips without them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "podium-media.h"
#include "podium-video-panel.h"

static char *tmpdir;

static gboolean
make_video (const char *name,
            const char *description)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autofree char *command = g_strdup_printf ("gst-launch-1.0 -q %s ! filesink location=%s",
                                              description, path);
  int status;

  return g_spawn_command_line_sync (command, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

/* The texts a user sees in the panel: labels and row titles, subtitles */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static gboolean
shows (GtkWidget  *panel,
       const char *needle)
{
  g_autoptr(GString) text = g_string_new (NULL);

  collect_text (panel, text);
  return strstr (text->str, needle) != NULL;
}

static void
wait_for_text (GtkWidget  *panel,
               const char *needle)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!shows (panel, needle) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  if (!shows (panel, needle))
    {
      g_autoptr(GString) text = g_string_new (NULL);

      collect_text (panel, text);
      g_error ("“%s” never appeared; the panel shows:\n%s", needle, text->str);
    }
}

/* With PODIUM_TEST_SHOTS=DIR, keeps a picture of the window for people to look at */
static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  const char *dir = g_getenv ("PODIUM_TEST_SHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  paintable = gtk_widget_paintable_new (window);
  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static void
on_refreshed_cb (PodiumDocument  *document,
                 PodiumChangeSet *changes,
                 gpointer         user_data)
{
  (*(int *) user_data)++;
}

static void
test_panel (void)
{
  g_autoptr(PodiumDocument) doc = podium_document_new ();
  g_autoptr(PodiumRoom) room = g_object_new (PODIUM_TYPE_ROOM, "id", "plenum", "name", "Plenum", NULL);
  g_autoptr(PodiumPerson) dulig = g_object_new (PODIUM_TYPE_PERSON, "id", "dulig", "name", "Martin Dulig", NULL);
  g_autoptr(PodiumSession) session = NULL;
  g_autoptr(PodiumSession) gone = NULL;
  g_autofree char *plan_path = g_build_filename (tmpdir, "plan.podium.json", NULL);
  g_autofree char *three_path = g_build_filename (tmpdir, "three.ogg", NULL);
  g_autoptr(GFile) plan = g_file_new_for_path (plan_path);
  g_autoptr(GFile) three = g_file_new_for_path (three_path);
  PodiumVideo *video;
  GtkWidget *window, *panel;
  int refreshed = 0;
  gint64 start = PODIUM_TIME_NONE;

  g_assert_true (podium_time_parse ("2023-11-20T10:25", &start));
  session = g_object_new (PODIUM_TYPE_SESSION, "id", "video", "title", "Videobotschaft",
                          "kind", PODIUM_SESSION_VIDEO_MESSAGE, NULL);
  gone = g_object_new (PODIUM_TYPE_SESSION, "id", "gone", "title", "Verschollen",
                       "kind", PODIUM_SESSION_VIDEO_MESSAGE, NULL);
  podium_document_add (doc, room);
  podium_document_add (doc, dulig);
  podium_document_add (doc, session);
  podium_document_add (doc, gone);
  podium_document_schedule (doc, session, room, start, 5);
  video = podium_session_get_video (session);
  /* A stale length, as a plan saved before the file was replaced would have */
  podium_document_edit (doc, video, "file", "seven.webm", "duration", 99, NULL);
  podium_document_edit (doc, podium_session_get_video (gone), "file", "videos/gone.webm", NULL);
  podium_document_clear_history (doc);

  window = gtk_window_new ();
  panel = podium_video_panel_new ();
  /* the refreshed length reaches the document's listeners (conflicts), without a step */
  g_signal_connect (doc, "changed", G_CALLBACK (on_refreshed_cb), &refreshed);
  gtk_window_set_child (GTK_WINDOW (window), panel);
  podium_video_panel_set_document (PODIUM_VIDEO_PANEL (panel), doc, plan);
  podium_video_panel_set_session (PODIUM_VIDEO_PANEL (panel), session);
  gtk_window_present (GTK_WINDOW (window));

  /* The real length and size appear; the stale length is replaced without an edit */
  wait_for_text (panel, "320×240");
  g_assert_true (shows (panel, "0:07"));
  g_assert_true (shows (panel, "seven.webm"));
  g_assert_cmpint (podium_video_get_duration (video), ==, 7);
  g_assert_cmpint (refreshed, ==, 1);
  g_assert_false (podium_document_get_modified (doc));
  g_assert_false (podium_document_can_undo (doc));

  save_screenshot (window, "video-panel.png");

  /* Fit slot to video: five minutes become one, as an undoable step */
  g_assert_true (gtk_widget_activate_action (panel, "video-panel.fit", NULL));
  g_assert_cmpint (podium_session_get_duration (session), ==, 1);
  g_assert_cmpstr (podium_document_get_undo_label (doc), ==, "Fit Slot to Video");

  /* Choosing a file beside the plan stores it relative, with its length, in one step */
  _podium_video_panel_use_file (PODIUM_VIDEO_PANEL (panel), three);
  wait_for_text (panel, "0:03");
  g_assert_cmpstr (podium_video_get_file (video), ==, "three.ogg");
  g_assert_cmpint (podium_video_get_duration (video), ==, 3);
  g_assert_cmpstr (podium_document_get_undo_label (doc), ==, "Choose Video File");
  podium_document_undo (doc);
  g_assert_cmpstr (podium_video_get_file (video), ==, "seven.webm");
  g_assert_cmpint (podium_video_get_duration (video), ==, 7);
  wait_for_text (panel, "0:07");

  /* A file that is gone says so */
  podium_video_panel_set_session (PODIUM_VIDEO_PANEL (panel), gone);
  wait_for_text (panel, "does not exist");
  g_assert_true (shows (panel, "videos/gone.webm"));

  /* File names are text, not markup */
  podium_document_edit (doc, podium_session_get_video (gone), "file", "Q&A <final>.webm", NULL);
  wait_for_text (panel, "Q&A <final>.webm");

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
skip_no_display (void)
{
  g_test_skip ("no display");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *gst_launch = g_find_program_in_path ("gst-launch-1.0");
  gboolean have_display;
  int status;

  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  tmpdir = g_dir_make_tmp ("podium-panel-XXXXXX", &error);
  g_assert_no_error (error);

  if (!have_display)
    g_test_add_func ("/video-panel/no-display", skip_no_display);
  if (have_display && gst_launch != NULL &&
      make_video ("seven.webm", "videotestsrc num-buffers=175 ! "
                  "video/x-raw,framerate=25/1,width=320,height=240 ! vp8enc deadline=1 ! webmmux") &&
      make_video ("three.ogg", "videotestsrc num-buffers=75 ! "
                  "video/x-raw,framerate=25/1,width=160,height=90 ! theoraenc ! oggmux"))
    g_test_add_func ("/video-panel/real-files", test_panel);

  status = g_test_run ();

  {
    const char *names[] = { "seven.webm", "three.ogg" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = g_build_filename (tmpdir, names[i], NULL);
        g_unlink (path);
      }
    g_rmdir (tmpdir);
    g_free (tmpdir);
  }
  return status;
}
