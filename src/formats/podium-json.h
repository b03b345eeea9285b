/* podium-json.h — the Podium document file (*.podium.json)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podium-model.h"

G_BEGIN_DECLS

#define PODIUM_FORMAT_ERROR (podium_format_error_quark ())

typedef enum
{
  PODIUM_FORMAT_ERROR_SYNTAX,     /* not well-formed: not JSON, not UTF-8, too deep */
  PODIUM_FORMAT_ERROR_STRUCTURE,  /* well-formed, but not a valid Podium document */
  PODIUM_FORMAT_ERROR_VERSION,    /* written by a newer Podium */
  PODIUM_FORMAT_ERROR_TOO_LARGE,
} PodiumFormatError;

#define PODIUM_JSON_VERSION 1
#define PODIUM_JSON_MAX_SIZE (64 * 1024 * 1024)

GQuark          podium_format_error_quark (void);

/* Every reader refuses input over PODIUM_JSON_MAX_SIZE bytes the same way */
gboolean        podium_format_check_size  (goffset          size,
                                           const char      *display_name,
                                           GError         **error);
/* Reads all of @file, but never more than PODIUM_JSON_MAX_SIZE bytes from any source (a
 * pipe or a device too); errors start with the file's name. @etag, if not %NULL, gets the
 * etag of what was read.
 */
GBytes         *podium_format_load_bytes  (GFile           *file,
                                           GCancellable    *cancellable,
                                           char           **etag,
                                           GError         **error);
/* Removes the ".goutputstream-XXXXXX" files that an atomic write killed half-way
 * (g_file_replace_contents()) left beside @target: only files of that name, owned by
 * this user, in @target's folder, and older than a write takes. Call before writing. */
void            podium_format_remove_stale_temp_files (GFile *target);
/* The start of every reader: the data of @bytes and its @size, or NULL (too large). A NULL
 * *@display_name becomes "<data>".
 */
const char     *podium_format_bytes_data  (GBytes          *bytes,
                                           const char     **display_name,
                                           gsize           *size,
                                           GError         **error);

/* (transfer full): @data parsed by json-glib, which it reaches only if it cannot crash it
 * (too deep), and only if it will hand on what the file says: valid UTF-8, no NUL, no
 * half surrogate pair, only JSON's escapes, numbers as written, nothing after the end.
 * Otherwise %NULL and one message in @errors ("NAME:LINE:COLUMN: error: …"), about the
 * first problem in the file.
 */
JsonParser     *podium_format_parse_json  (const char      *name,
                                           const char      *data,
                                           gsize            size,
                                           GPtrArray       *errors);

/* Reads a document. On failure, the error message lists every problem on its own line,
 * each starting with @display_name and its place ("FILE:3:14: error: …" or
 * "FILE: error: /sessions/3/room: …"). Never returns a half-read document.
 */
PodiumDocument *podium_json_read_bytes    (GBytes          *bytes,
                                           const char      *display_name,
                                           GError         **error);
PodiumDocument *podium_json_read_file     (GFile           *file,
                                           GError         **error);

/* The document as the file holds it: pretty-printed, stable order, ending in a newline. */
char           *podium_json_write         (PodiumDocument  *document,
                                           gsize           *length);

/* Saves atomically: a temporary file beside @file is renamed over it, and the previous
 * version is kept as "FILE~". With @etag set, the save fails with G_IO_ERROR_WRONG_ETAG
 * if the file changed on disk since it was read.
 */
gboolean        podium_json_save_file     (PodiumDocument  *document,
                                           GFile           *file,
                                           const char      *etag,
                                           char           **new_etag,
                                           GError         **error);

G_END_DECLS
