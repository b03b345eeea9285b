/* podium-print-image.h — logos and emblems for the printed and published programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "podium-model.h"

G_BEGIN_DECLS

typedef struct _PodiumPrintImage PodiumPrintImage;

/* An SVG (drawn as vectors with librsvg) or PNG file: @path is absolute or relative to
 * the folder of @document_file (the current directory when that is NULL).  NULL with
 * @error set when it cannot be read or is neither. With @images (from
 * podium_print_images_read_finish()), the bytes come from there and no file is read. */
PodiumPrintImage *podium_print_image_load      (GFile             *document_file,
                                                const char        *path,
                                                GHashTable        *images,
                                                GError           **error);
/* Reads every image @document shows (the organisations' logos, the funding emblem) in a
 * worker thread. The table maps each path to its bytes; an unreadable one is left out. */
void              podium_print_images_read_async  (PodiumDocument      *document,
                                                   GFile               *document_file,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GHashTable       *podium_print_images_read_finish (GAsyncResult        *result,
                                                   GError             **error);
void              podium_print_image_free      (PodiumPrintImage  *image);
/* The width divided by the height */
double            podium_print_image_get_aspect (PodiumPrintImage *image);
/* Draws the image as large as fits in the box, at its left and vertically centred;
 * returns the width it took */
double            podium_print_image_draw      (PodiumPrintImage  *image,
                                                cairo_t           *cr,
                                                double             x,
                                                double             y,
                                                double             width,
                                                double             height);
/* The file's bytes and type ("image/svg+xml", "image/png"), for a data: URI */
GBytes           *podium_print_image_get_bytes (PodiumPrintImage  *image);
const char       *podium_print_image_get_mime_type (PodiumPrintImage *image);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodiumPrintImage, podium_print_image_free)

G_END_DECLS
