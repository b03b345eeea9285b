/* podium-media.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gst/gst.h>
#include <gst/app/gstappsink.h>
#include <gst/pbutils/pbutils.h>
#include <gst/video/video.h>

#include "podium-media.h"

struct _PodiumMediaInfo
{
  guint64  duration_ns;
  gboolean has_duration;
  int      width;
  int      height;
  gboolean has_audio;
  GBytes  *thumbnail;
  int      thumbnail_width;
  int      thumbnail_height;
  gsize    thumbnail_stride;
};

G_DEFINE_BOXED_TYPE (PodiumMediaInfo, podium_media_info,
                     podium_media_info_ref, podium_media_info_unref)

/* A file on a stalled network share must not hang a check or an export for ever */
#define INSPECT_TIMEOUT      (15 * GST_SECOND)
#define THUMBNAIL_MAX_WIDTH  320
#define THUMBNAIL_MAX_HEIGHT 180
/* Containers store timestamps, not lengths: a 3 s file may read as 3.000 000 001 s, and
 * calling that 4 s would report overruns no technician could ever see.
 */
#define DURATION_TOLERANCE   (50 * GST_MSECOND)

/* playbin's GstPlayFlags, which have no public header: video only, no audio, no subtitles */
#define PLAY_FLAG_VIDEO      (1 << 0)

static void
media_info_clear (PodiumMediaInfo *info)
{
  g_clear_pointer (&info->thumbnail, g_bytes_unref);
}

static char *
file_display_name (GFile *file)
{
  return g_file_get_parse_name (file);
}

static gboolean
ensure_gstreamer (GError **error)
{
  g_autoptr(GError) local_error = NULL;

  /* gst_init_check() may be called any number of times, from any thread */
  if (gst_init_check (NULL, NULL, &local_error))
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               _("GStreamer, which reads video files, could not be started: %s"),
               local_error->message);
  return FALSE;
}

/* Fails with a sentence naming @file when it is not a readable local file */
static char *
check_file (GFile         *file,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = file_display_name (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  /* A plan is untrusted input: opening it must not make Podium fetch URLs */
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a file on this computer; Podium reads only local video files"),
                   name);
      return NULL;
    }

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_ACCESS_CAN_READ,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("The file “%s” does not exist"), name);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, G_IO_ERROR, local_error->code,
                     _("The file “%s” cannot be read: %s"), name, local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not a video file"), name);
      return NULL;
    }

  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_READ) &&
      !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_READ))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("The file “%s” cannot be read: permission denied"), name);
      return NULL;
    }

  return g_steal_pointer (&path);
}

static char *
missing_plugins_description (GstDiscovererInfo *dinfo)
{
  const char **details = gst_discoverer_info_get_missing_elements_installer_details (dinfo);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Installer details read "gstreamer|1.0|podium|H.264 decoder|decoder-video/x-h264" */
  for (guint i = 0; details != NULL && details[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (details[i], "|", 5);

      if (g_strv_length (fields) < 4)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, fields[3]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
discover (PodiumMediaInfo  *info,
          GFile            *file,
          const char       *uri,
          GError          **error)
{
  g_autofree char *name = file_display_name (file);
  g_autoptr(GstDiscoverer) discoverer = NULL;
  g_autoptr(GstDiscovererInfo) dinfo = NULL;
  g_autoptr(GError) local_error = NULL;
  GstDiscovererResult result;
  GList *streams, *l;
  GstDiscovererVideoInfo *video = NULL;
  gboolean only_images = FALSE;
  GstClockTime duration;

  if (!(discoverer = gst_discoverer_new (INSPECT_TIMEOUT, &local_error)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("GStreamer cannot read video files: %s"), local_error->message);
      return FALSE;
    }

  dinfo = gst_discoverer_discover_uri (discoverer, uri, &local_error);
  result = dinfo ? gst_discoverer_info_get_result (dinfo) : GST_DISCOVERER_ERROR;

  switch (result)
    {
    case GST_DISCOVERER_OK:
      break;

    case GST_DISCOVERER_TIMEOUT:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   _("Reading “%s” took too long"), name);
      return FALSE;

    case GST_DISCOVERER_MISSING_PLUGINS:
      {
        g_autofree char *missing = missing_plugins_description (dinfo);

        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     /* TRANSLATORS: the last %s names GStreamer plugins, e.g. "H.264 decoder" */
                     _("“%s” cannot be played here: a GStreamer plugin is missing (%s)"),
                     name, *missing ? missing : _("unknown"));
        return FALSE;
      }

    case GST_DISCOVERER_URI_INVALID:
    case GST_DISCOVERER_ERROR:
    case GST_DISCOVERER_BUSY:
    default:
      if (local_error != NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("“%s” is not a video file that Podium can read (%s)"),
                     name, local_error->message);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("“%s” is not a video file that Podium can read"), name);
      return FALSE;
    }

  streams = gst_discoverer_info_get_video_streams (dinfo);
  for (l = streams; l != NULL; l = l->next)
    {
      if (gst_discoverer_video_info_is_image (l->data))
        {
          only_images = TRUE;
          continue;
        }
      video = g_object_ref (l->data);
      break;
    }
  gst_discoverer_stream_info_list_free (streams);

  if (video == NULL)
    {
      if (only_images)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("“%s” is a picture, not a video"), name);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("“%s” has no video track"), name);
      return FALSE;
    }

  info->width = gst_discoverer_video_info_get_width (video);
  info->height = gst_discoverer_video_info_get_height (video);
  g_object_unref (video);

  streams = gst_discoverer_info_get_audio_streams (dinfo);
  info->has_audio = streams != NULL;
  gst_discoverer_stream_info_list_free (streams);

  duration = gst_discoverer_info_get_duration (dinfo);
  info->has_duration = GST_CLOCK_TIME_IS_VALID (duration);
  info->duration_ns = info->has_duration ? duration : 0;

  return TRUE;
}

/* Waits until the pipeline has prerolled (after a state change or a flushing seek) */
static gboolean
wait_for_preroll (GstElement    *pipeline,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GstBus) bus = gst_element_get_bus (pipeline);
  gint64 deadline = g_get_monotonic_time () + INSPECT_TIMEOUT / GST_USECOND;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GstMessage) message = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      message = gst_bus_timed_pop_filtered (bus, 100 * GST_MSECOND,
                                            GST_MESSAGE_ASYNC_DONE | GST_MESSAGE_ERROR |
                                            GST_MESSAGE_EOS);
      if (message == NULL)
        continue;

      switch (GST_MESSAGE_TYPE (message))
        {
        case GST_MESSAGE_ASYNC_DONE:
          return TRUE;

        case GST_MESSAGE_ERROR:
          {
            g_autoptr(GError) gst_error = NULL;

            gst_message_parse_error (message, &gst_error, NULL);
            g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, gst_error->message);
            return FALSE;
          }

        case GST_MESSAGE_EOS:
        default:
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "no frame");
          return FALSE;
        }
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, "timed out");
  return FALSE;
}

/* Decodes the frame about one second in (the first is often black), scaled down */
static gboolean
grab_thumbnail (PodiumMediaInfo  *info,
                const char       *uri,
                GCancellable     *cancellable,
                GError          **error)
{
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstSample) sample = NULL;
  GstElement *bin;
  GstVideoInfo vinfo;
  GstVideoFrame frame;
  double scale;
  int width, height;
  gboolean ok;

  if (info->width <= 0 || info->height <= 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "no picture size");
      return FALSE;
    }

  scale = MIN (1.0, MIN ((double) THUMBNAIL_MAX_WIDTH / info->width,
                         (double) THUMBNAIL_MAX_HEIGHT / info->height));
  width = MAX (1, (int) (info->width * scale + 0.5));
  height = MAX (1, (int) (info->height * scale + 0.5));

  pipeline = gst_element_factory_make ("playbin", NULL);
  bin = gst_parse_bin_from_description ("videoconvert ! videoscale ! appsink name=sink",
                                        TRUE, error);
  if (pipeline == NULL || bin == NULL)
    {
      if (bin != NULL)
        gst_object_unref (gst_object_ref_sink (bin));
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "no playbin");
      return FALSE;
    }
  gst_object_ref_sink (pipeline);

  sink = gst_bin_get_by_name (GST_BIN (bin), "sink");
  caps = gst_caps_new_simple ("video/x-raw",
                              "format", G_TYPE_STRING, "RGB",
                              "width", G_TYPE_INT, width,
                              "height", G_TYPE_INT, height,
                              "pixel-aspect-ratio", GST_TYPE_FRACTION, 1, 1,
                              NULL);
  g_object_set (sink, "caps", caps, "sync", FALSE, NULL);
  g_object_set (pipeline,
                "uri", uri,
                "video-sink", bin,
                "flags", PLAY_FLAG_VIDEO,
                NULL);

  ok = gst_element_set_state (pipeline, GST_STATE_PAUSED) != GST_STATE_CHANGE_FAILURE &&
       wait_for_preroll (pipeline, cancellable, error);

  if (ok && info->has_duration)
    {
      gint64 position = MIN ((gint64) GST_SECOND, (gint64) info->duration_ns / 2);

      /* Without a seek the prerolled first frame is still a fine thumbnail */
      if (position > 0 &&
          gst_element_seek_simple (pipeline, GST_FORMAT_TIME,
                                   GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE, position))
        ok = wait_for_preroll (pipeline, cancellable, error);
    }

  if (ok)
    sample = gst_app_sink_pull_preroll (GST_APP_SINK (sink));

  gst_element_set_state (pipeline, GST_STATE_NULL);

  if (!ok)
    return FALSE;

  if (sample == NULL ||
      !gst_video_info_from_caps (&vinfo, gst_sample_get_caps (sample)) ||
      !gst_video_frame_map (&frame, &vinfo, gst_sample_get_buffer (sample), GST_MAP_READ))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "no frame");
      return FALSE;
    }

  info->thumbnail_width = GST_VIDEO_FRAME_WIDTH (&frame);
  info->thumbnail_height = GST_VIDEO_FRAME_HEIGHT (&frame);
  info->thumbnail_stride = GST_VIDEO_FRAME_PLANE_STRIDE (&frame, 0);
  info->thumbnail = g_bytes_new (GST_VIDEO_FRAME_PLANE_DATA (&frame, 0),
                                 info->thumbnail_stride * info->thumbnail_height);
  gst_video_frame_unmap (&frame);

  return TRUE;
}

static PodiumMediaInfo *
inspect (GFile         *file,
         gboolean       thumbnail,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autoptr(PodiumMediaInfo) info = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;

  /* The file first: whether it is there is known also without GStreamer */
  if (!(path = check_file (file, cancellable, error)))
    return NULL;
  if (!ensure_gstreamer (error))
    return NULL;
  if (!(uri = gst_filename_to_uri (path, error)))
    return NULL;

  info = g_atomic_rc_box_new0 (PodiumMediaInfo);
  if (!discover (info, file, uri, error))
    return NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (thumbnail)
    {
      g_autoptr(GError) local_error = NULL;

      /* The length is what matters; a file that plays without a thumbnail is no error */
      if (!grab_thumbnail (info, uri, cancellable, &local_error))
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          g_debug ("No thumbnail for %s: %s", uri, local_error->message);
        }
    }

  return g_steal_pointer (&info);
}

static void
inspect_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PodiumMediaInfo *info;
  GError *error = NULL;

  if ((info = inspect (task_data, TRUE, cancellable, &error)))
    g_task_return_pointer (task, info, (GDestroyNotify) podium_media_info_unref);
  else
    g_task_return_error (task, error);
}

PodiumMediaInfo *
podium_media_info_ref (PodiumMediaInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);

  return g_atomic_rc_box_acquire (info);
}

void
podium_media_info_unref (PodiumMediaInfo *info)
{
  g_return_if_fail (info != NULL);

  g_atomic_rc_box_release_full (info, (GDestroyNotify) media_info_clear);
}

int
podium_media_info_get_duration (PodiumMediaInfo *info)
{
  g_return_val_if_fail (info != NULL, -1);

  if (!info->has_duration)
    return -1;
  if (info->duration_ns <= DURATION_TOLERANCE)
    return info->duration_ns > 0 ? 1 : 0;
  return (int) MIN ((info->duration_ns - DURATION_TOLERANCE + GST_SECOND - 1) / GST_SECOND,
                    (guint64) G_MAXINT);
}

guint64
podium_media_info_get_duration_ns (PodiumMediaInfo *info)
{
  g_return_val_if_fail (info != NULL, 0);

  return info->duration_ns;
}

int
podium_media_info_get_width (PodiumMediaInfo *info)
{
  g_return_val_if_fail (info != NULL, 0);

  return info->width;
}

int
podium_media_info_get_height (PodiumMediaInfo *info)
{
  g_return_val_if_fail (info != NULL, 0);

  return info->height;
}

gboolean
podium_media_info_get_has_audio (PodiumMediaInfo *info)
{
  g_return_val_if_fail (info != NULL, FALSE);

  return info->has_audio;
}

GBytes *
podium_media_info_get_thumbnail (PodiumMediaInfo *info,
                                 int             *width,
                                 int             *height,
                                 gsize           *stride)
{
  g_return_val_if_fail (info != NULL, NULL);

  if (width != NULL)
    *width = info->thumbnail_width;
  if (height != NULL)
    *height = info->thumbnail_height;
  if (stride != NULL)
    *stride = info->thumbnail_stride;
  return info->thumbnail;
}

PodiumMediaInfo *
podium_media_inspect (GFile   *file,
                      GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return inspect (file, TRUE, NULL, error);
}

void
podium_media_inspect_async (GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, podium_media_inspect_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, inspect_thread);
}

PodiumMediaInfo *
podium_media_inspect_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == podium_media_inspect_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GFile *
podium_media_resolve (GFile      *document_file,
                      const char *path)
{
  g_autofree char *scheme = NULL;
  g_autoptr(GFile) folder = NULL;

  g_return_val_if_fail (document_file == NULL || G_IS_FILE (document_file), NULL);

  if (path == NULL || *path == '\0')
    return NULL;

  if ((scheme = g_uri_parse_scheme (path)))
    return g_file_new_for_uri (path);
  if (g_path_is_absolute (path) || document_file == NULL)
    return g_file_new_for_path (path);

  if (!(folder = g_file_get_parent (document_file)))
    return g_file_new_for_path (path);
  return g_file_resolve_relative_path (folder, path);
}

char *
podium_media_path_for_document (GFile *document_file,
                                GFile *file)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *relative = NULL;

  g_return_val_if_fail (document_file == NULL || G_IS_FILE (document_file), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (document_file != NULL && (folder = g_file_get_parent (document_file)) &&
      (relative = g_file_get_relative_path (folder, file)))
    {
#ifdef G_OS_WIN32
      /* The plan travels between systems: always '/' */
      g_strdelimit (relative, "\\", '/');
#endif
      return g_steal_pointer (&relative);
    }

  return g_file_get_uri (file);
}

char *
podium_media_format_duration (int seconds)
{
  if (seconds < 0)
    return g_strdup ("–");
  if (seconds >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return g_strdup_printf ("%d:%02d", seconds / 60, seconds % 60);
}

int
podium_media_slot_minutes (int seconds)
{
  if (seconds <= 0)
    return 1;
  return seconds / 60 + (seconds % 60 != 0);
}

gboolean
podium_media_fit_slot (PodiumDocument *doc,
                       PodiumSession  *session)
{
  int seconds, minutes;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (PODIUM_IS_SESSION (session), FALSE);

  seconds = podium_video_get_duration (podium_session_get_video (session));
  if (seconds < 0)
    return FALSE;

  minutes = podium_media_slot_minutes (seconds);
  if (minutes == podium_session_get_duration (session))
    return FALSE;

  podium_document_begin (doc, _("Fit Slot to Video"));
  podium_document_resize (doc, session, minutes);
  podium_document_end (doc);
  return TRUE;
}

/**
 * podium_media_store_inspection:
 * @path: the video's "file" as it was when the inspection began
 * @info: (nullable): what the inspection found, or %NULL with @error
 *
 * Stores what inspecting a video's file found out as facts, not edits (see
 * podium_document_update_fact(): no undo step, the plan not modified): its real length,
 * and whether @path is missing, which the video-missing rule reads. Only a file that is
 * not there counts as missing; one that cannot be read or played is there.
 */
void
podium_media_store_inspection (PodiumDocument  *doc,
                               PodiumVideo     *video,
                               const char      *path,
                               PodiumMediaInfo *info,
                               const GError    *error)
{
  g_auto(GValue) missing = G_VALUE_INIT;

  g_return_if_fail (PODIUM_IS_DOCUMENT (doc));
  g_return_if_fail (PODIUM_IS_VIDEO (video));
  g_return_if_fail (info != NULL || error != NULL);

  if (info == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_value_init (&missing, G_TYPE_STRING);
  if (info == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_value_set_string (&missing, path);
  else if (g_strcmp0 (podium_video_get_missing_file (video), path) != 0)
    g_value_set_string (&missing, podium_video_get_missing_file (video));
  podium_document_update_fact (doc, video, "missing-file", &missing);

  if (info != NULL && podium_media_info_get_duration (info) >= 0)
    {
      g_auto(GValue) duration = G_VALUE_INIT;

      g_value_set_int (g_value_init (&duration, G_TYPE_INT), podium_media_info_get_duration (info));
      podium_document_update_fact (doc, video, "duration", &duration);
    }
  else if (info == NULL)
    g_debug ("Keeping the stored length of %s: %s", path, error->message);
}

/* Calls @func for every video message whose file can be looked for: a relative path
 * cannot be without the document's file */
static void
foreach_video_file (PodiumDocument *doc,
                    GFile          *document_file,
                    void          (*func) (PodiumDocument *doc,
                                           PodiumVideo    *video,
                                           GFile          *file,
                                           gpointer        data),
                    gpointer        data)
{
  GListModel *sessions = podium_document_get_sessions (doc);
  guint n = g_list_model_get_n_items (sessions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);
      PodiumVideo *video = podium_session_get_video (session);
      const char *path = podium_video_get_file (video);
      g_autoptr(GFile) file = NULL;

      if (podium_session_get_kind (session) != PODIUM_SESSION_VIDEO_MESSAGE || path == NULL)
        continue;
      if (document_file == NULL && !g_path_is_absolute (path) && !g_uri_peek_scheme (path))
        continue;
      if ((file = podium_media_resolve (document_file, path)))
        func (doc, video, file, data);
    }
}

static void
refresh_now (PodiumDocument *doc,
             PodiumVideo    *video,
             GFile          *file,
             gpointer        data)
{
  g_autoptr(PodiumMediaInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (podium_video_get_file (video));

  info = inspect (file, FALSE, NULL, &error);
  podium_media_store_inspection (doc, video, path, info, error);
}

void
podium_media_refresh_videos (PodiumDocument *doc,
                             GFile          *document_file)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (doc));
  g_return_if_fail (document_file == NULL || G_IS_FILE (document_file));

  foreach_video_file (doc, document_file, refresh_now, NULL);
}

typedef struct
{
  PodiumDocument *doc;
  PodiumVideo    *video;
  char           *path;
} Refresh;

static void
on_refresh_inspected_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  Refresh *refresh = user_data;
  g_autoptr(PodiumMediaInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = podium_media_inspect_finish (result, &error);
  podium_media_store_inspection (refresh->doc, refresh->video, refresh->path, info, error);

  g_object_unref (refresh->doc);
  g_object_unref (refresh->video);
  g_free (refresh->path);
  g_free (refresh);
}

static void
refresh_later (PodiumDocument *doc,
               PodiumVideo    *video,
               GFile          *file,
               gpointer        cancellable)
{
  Refresh *refresh = g_new0 (Refresh, 1);

  refresh->doc = g_object_ref (doc);
  refresh->video = g_object_ref (video);
  refresh->path = g_strdup (podium_video_get_file (video));
  podium_media_inspect_async (file, cancellable, on_refresh_inspected_cb, refresh);
}

/**
 * podium_media_refresh_videos_async:
 *
 * Like podium_media_refresh_videos(), without blocking: each file is inspected in a
 * worker thread and what it found stored when it is known ("changed" is emitted then, so
 * conflicts follow). Cancel @cancellable when the document is put away.
 */
void
podium_media_refresh_videos_async (PodiumDocument *doc,
                                   GFile          *document_file,
                                   GCancellable   *cancellable)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (doc));
  g_return_if_fail (document_file == NULL || G_IS_FILE (document_file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  foreach_video_file (doc, document_file, refresh_later, cancellable);
}
