/* podium-media.h — what a video file really holds: length, size and a first look
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podium-model.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_MEDIA_INFO (podium_media_info_get_type ())

/* What podium_media_inspect() read from a video file. Reference counted, immutable. */
typedef struct _PodiumMediaInfo PodiumMediaInfo;

GType            podium_media_info_get_type         (void) G_GNUC_CONST;
PodiumMediaInfo *podium_media_info_ref              (PodiumMediaInfo *info);
void             podium_media_info_unref            (PodiumMediaInfo *info);

/* The length in whole seconds, rounded up (a 142.3 s file takes 143 s of the slot) */
int              podium_media_info_get_duration     (PodiumMediaInfo *info);
/* The exact length in nanoseconds */
guint64          podium_media_info_get_duration_ns  (PodiumMediaInfo *info);
/* The picture size in pixels, as the file stores it */
int              podium_media_info_get_width        (PodiumMediaInfo *info);
int              podium_media_info_get_height       (PodiumMediaInfo *info);
gboolean         podium_media_info_get_has_audio    (PodiumMediaInfo *info);
/* (transfer none) (nullable): a frame from about one second in, scaled to fit 320×180 with
 * square pixels, as packed 8-bit RGB rows of @stride bytes — ready for
 * gdk_memory_texture_new (width, height, GDK_MEMORY_R8G8B8, bytes, stride).
 * %NULL when no frame could be decoded.
 */
GBytes          *podium_media_info_get_thumbnail    (PodiumMediaInfo *info,
                                                     int             *width,
                                                     int             *height,
                                                     gsize           *stride);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodiumMediaInfo, podium_media_info_unref)

/**
 * podium_media_inspect:
 * @file: a video file on this computer
 *
 * Reads @file's length, picture size and a thumbnail frame with GStreamer. Blocks; use
 * podium_media_inspect_async() from the user interface.
 *
 * Errors are in the G_IO_ERROR domain with a sentence a user can act on:
 * %G_IO_ERROR_NOT_FOUND (“The file “x” does not exist”), %G_IO_ERROR_PERMISSION_DENIED,
 * %G_IO_ERROR_NOT_SUPPORTED (not a local file, or a format without an installed decoder),
 * %G_IO_ERROR_INVALID_DATA (not a video), %G_IO_ERROR_TIMED_OUT, %G_IO_ERROR_CANCELLED.
 *
 * Returns: (transfer full): the information, or %NULL with @error set
 */
PodiumMediaInfo *podium_media_inspect               (GFile               *file,
                                                     GError             **error);
void             podium_media_inspect_async         (GFile               *file,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
PodiumMediaInfo *podium_media_inspect_finish        (GAsyncResult        *result,
                                                     GError             **error);

/* The file a video's `file` value names: @path is a URI, an absolute path, or a path
 * relative to the folder of @document_file (the current directory when that is %NULL).
 * Returns: (transfer full) (nullable): %NULL when @path is %NULL or empty
 */
GFile           *podium_media_resolve               (GFile               *document_file,
                                                     const char          *path);
/* The inverse, for storing a chosen file: a '/'-separated path relative to the document's
 * folder when @file lies in it or below, else @file's URI (so the plan stays portable
 * when the folder is copied with its videos).
 */
char            *podium_media_path_for_document     (GFile               *document_file,
                                                     GFile               *file);

/* "2:23", "1:02:03"; "–" for an unknown (negative) length */
char            *podium_media_format_duration       (int                  seconds);

/* Looks for every video message's file and reads its real length, storing both as facts
 * with podium_media_store_inspection(). A relative path is looked for beside
 * @document_file, and not at all without one. Blocks: for the command line and exports;
 * the window uses the _async form.
 */
void             podium_media_refresh_videos        (PodiumDocument      *doc,
                                                     GFile               *document_file);
void             podium_media_refresh_videos_async  (PodiumDocument      *doc,
                                                     GFile               *document_file,
                                                     GCancellable        *cancellable);
void             podium_media_store_inspection      (PodiumDocument      *doc,
                                                     PodiumVideo         *video,
                                                     const char          *path,
                                                     PodiumMediaInfo     *info,
                                                     const GError        *error);

/* The slot length in minutes that a video of @seconds needs: ceil (seconds / 60), at least 1 */
int              podium_media_slot_minutes          (int                  seconds);
/* "Fit slot to video": sets @session's length to podium_media_slot_minutes() of its
 * video's real length, as one undo step. Returns %FALSE (and changes nothing) when the
 * length is unknown or already fits exactly.
 */
gboolean         podium_media_fit_slot              (PodiumDocument      *doc,
                                                     PodiumSession       *session);

G_END_DECLS
