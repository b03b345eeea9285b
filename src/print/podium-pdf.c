/* podium-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "podium-pdf.h"
#include "podium-pdf-tags.h"

static cairo_status_t
write_to_byte_array (void                *closure,
                     const unsigned char *data,
                     unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
podium_pdf_render (PodiumRenderer  *renderer,
                   GError         **error)
{
  double width, height;

  g_return_val_if_fail (PODIUM_IS_RENDERER (renderer), NULL);

  podium_renderer_get_paper_size (renderer, &width, &height);
  return podium_pdf_render_on_paper (renderer, width, height, error);
}

GBytes *
podium_pdf_render_on_paper (PodiumRenderer  *renderer,
                            double           width,
                            double           height,
                            GError         **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GBytes) cairo_pdf = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (PODIUM_IS_RENDERER (renderer), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  podium_renderer_paginate (renderer, width, height);

  surface = cairo_pdf_surface_create_for_stream (write_to_byte_array, bytes, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  podium_renderer_get_title (renderer));
  if (podium_renderer_get_author (renderer) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                    podium_renderer_get_author (renderer));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Podium");

  cr = cairo_create (surface);
  podium_renderer_draw_tagged (renderer, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* TRANSLATORS: %s is cairo's description of the problem */
                   _("Could not write the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }

  /* What cairo cannot write: language, metadata, artifacts, table scopes, alternative text */
  cairo_pdf = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
  return podium_pdf_complete_tags (cairo_pdf,
                                   podium_renderer_get_language (renderer),
                                   podium_renderer_get_title (renderer),
                                   podium_renderer_get_author (renderer),
                                   podium_renderer_get_figure_alts (renderer),
                                   error);
}

GBytes *
podium_pdf_export (PodiumDocument            *document,
                   const PodiumExportOptions *options,
                   GError                   **error)
{
  g_autoptr(PodiumRenderer) renderer = NULL;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  /* Badges without participants would be an empty file that looks like a success */
  if (!podium_renderer_check_document (document, options ? options->document : NULL, error))
    return NULL;

  renderer = podium_renderer_new (document, options);
  return podium_pdf_render (renderer, error);
}

static GBytes *
export_document (PodiumDocument            *document,
                 const PodiumExportOptions *options,
                 const char                *kind,
                 GError                   **error)
{
  PodiumExportOptions opts = { 0, };

  if (options != NULL)
    opts = *options;
  opts.document = kind;
  return podium_pdf_export (document, &opts, error);
}

GBytes *
podium_pdf_export_badges (PodiumDocument            *document,
                          const PodiumExportOptions *options,
                          GError                   **error)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  return export_document (document, options, PODIUM_PRINT_BADGES, error);
}

GBytes *
podium_pdf_export_attendance (PodiumDocument            *document,
                              const PodiumExportOptions *options,
                              GError                   **error)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  return export_document (document, options, PODIUM_PRINT_ATTENDANCE, error);
}
