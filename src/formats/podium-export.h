/* podium-export.h — turning a document into the files other people and tools read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podium-model.h"

G_BEGIN_DECLS

typedef struct
{
  const char *document;   /* "programme", "rooms", "speakers", "run-of-show" (pdf, html) */
  const char *language;   /* language of the exported text, NULL: the conference's */
  int         day;        /* only this conference day (podium-schedule.h), or PODIUM_DATE_NONE */
  GFile      *base;       /* the document's file, to resolve relative paths; may be NULL */
  gboolean    abstracts;  /* the programme prints each session's abstract (pdf, html) */
  const char *since;      /* changes: the version's name or id, NULL: the latest version */
  const char *output;     /* where it goes, if known: changes are plain text for ".txt" and "-" */
  /* The images the document shows, read beforehand (podium_print_images_read_async(), so
   * that drawing reads no file on the main thread): path → GBytes; NULL: read when drawn */
  GHashTable *images;
} PodiumExportOptions;

typedef GBytes *(*PodiumExportFunc) (PodiumDocument            *document,
                                     const PodiumExportOptions *options,
                                     GError                   **error);

typedef struct
{
  const char       *name;       /* as --export takes it: "podium", "pdf", … */
  const char       *extension;  /* ".podium.json" */
  const char       *mime_type;
  gboolean          binary;     /* cannot go to a terminal */
  PodiumExportFunc  export;
} PodiumExporter;

/* The table is src/print/podium-exporters.c: PDF needs the print library. */
const PodiumExporter *podium_exporter_find  (const char *name);
const PodiumExporter *podium_exporter_list  (guint      *n_exporters);

/* The podium exporter, for the table */
GBytes *podium_json_export (PodiumDocument            *document,
                            const PodiumExportOptions *options,
                            GError                   **error);

/* Loads a Podium document, or imports any format Podium reads, recognised by content. */
PodiumDocument *podium_load_file (GFile   *file,
                                  GError **error);

G_END_DECLS
