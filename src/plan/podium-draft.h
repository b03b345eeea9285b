/* podium-draft.h — unsaved changes kept on disk, so a crash loses nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podium-model.h"

G_BEGIN_DECLS

/* A draft is "$XDG_DATA_HOME/podium/drafts/ID.podium.json" (the document as it would be
 * saved) beside "ID.draft" (a small key file naming the original file, its etag, size and
 * checksum when it was read, and the process that writes the draft). ID is "file-HASH" for a document with
 * a file, "untitled-UUID" for one without.
 */
typedef struct
{
  char   *id;
  GFile  *draft;      /* the document */
  GFile  *original;   /* nullable: the file the changes belong to */
  char   *etag;       /* nullable: the original's etag when it was read */
  char   *checksum;   /* nullable: SHA-256 of the original's bytes when it was read */
  gint64  size;       /* the original's size when it was read, or -1 */
  GFile  *base;       /* nullable: the original's bytes when it was read, to merge with */
  gint64  written;    /* when the draft was last written, microseconds since 1970 (UTC) */
  int     pid;        /* the process that wrote it */
} PodiumDraft;

/* The folder of drafts; $PODIUM_DRAFTS_DIR overrides it for tests */
char           *podium_draft_get_dir       (void);
/* (transfer full): the draft id for @original, or a new untitled one for %NULL */
char           *podium_draft_make_id       (GFile           *original);

/* Writes the draft atomically; cheap enough to call a few seconds after each change.
 * @text is the document as podium_json_write() gives it; @base (nullable: keep the one
 * written before) the original's bytes the changes started from, kept so that a
 * recovered draft can still be merged with a version someone else saved meanwhile; any
 * thread. */
gboolean        podium_draft_write_bytes   (const char      *id,
                                            GBytes          *text,
                                            GBytes          *base,
                                            GFile           *original,
                                            const char      *etag,
                                            const char      *checksum,
                                            gint64           size,
                                            GError         **error);
void            podium_draft_remove        (const char      *id);

/* (transfer full) (element-type PodiumDraft): drafts whose writer is no longer running,
 * newest first */
GPtrArray      *podium_draft_list_orphans  (void);
PodiumDocument *podium_draft_load          (PodiumDraft     *draft,
                                            GError         **error);
void            podium_draft_free          (PodiumDraft     *draft);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodiumDraft, podium_draft_free)

G_END_DECLS
